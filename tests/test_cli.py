"""The command line through a real subprocess: formats, standard input, errors, exit codes."""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
SEED = SEEDS[0]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "denews", *args], input=stdin, capture_output=True, timeout=120,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


def test_json_for_one_file_is_an_array_of_one() -> None:
    res = run("parse", str(SEED))
    assert res.returncode == 0, res.stderr
    [data] = json.loads(res.stdout)
    assert data["file"] == str(SEED)
    assert data["text"] == SEED.read_text(encoding="utf-8")
    assert {"title", "paragraphs", "boilerplate", "quotes", "dates", "agencies"} <= set(data)


def test_json_for_several_files_is_an_array() -> None:
    res = run("parse", *map(str, SEEDS[:2]))
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert [d["file"] for d in data] == [str(p) for p in SEEDS[:2]]


def test_jsonl_gives_one_line_per_file() -> None:
    res = run("parse", "--format", "jsonl", *map(str, SEEDS))
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert len(lines) == len(SEEDS)
    assert [json.loads(line)["file"] for line in lines] == [str(p) for p in SEEDS]


def test_text_format_is_a_readable_summary() -> None:
    res = run("parse", "--format", "text", str(SEED))
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith(f"== {SEED}")
    assert "-- body (" in res.stdout


def test_standard_input() -> None:
    text = SEED.read_text(encoding="utf-8")
    res = run("parse", "--format", "jsonl", "-", stdin=text.encode("utf-8"))
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["file"] == "<stdin>" and data["text"] == text
    assert "index" not in data  # only error records carry their index


def test_reference_date_option() -> None:
    res = run("parse", "--reference-date", "2024-02-29", "-", stdin=b"Am Mittwoch.")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)[0]["reference_date"] == "2024-02-29"


def test_bad_reference_date_option() -> None:
    res = run("parse", "--reference-date", "29.02.2024", str(SEED))
    assert res.returncode == 2
    assert "--reference-date" in res.stderr and res.stdout == ""


def test_missing_file_is_named_and_others_still_parse(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    res = run("parse", "--format", "jsonl", str(missing), str(SEED))
    assert res.returncode == 1
    assert res.stderr.strip().splitlines()[0] == f"denews: error: {missing}: no such file"
    first, second = map(json.loads, res.stdout.splitlines())
    assert first == {"index": 0, "error": {"type": "FileNotFoundError", "message": "no such file"},
                     "file": str(missing)}
    assert second["file"] == str(SEED)


def test_no_readable_input_at_all_is_a_usage_error(tmp_path: Path) -> None:
    res = run("parse", str(tmp_path / "nope.txt"), str(tmp_path))
    assert res.returncode == 2
    assert [r["error"]["type"] for r in json.loads(res.stdout)] == ["FileNotFoundError", "IsADirectoryError"]


def test_undecodable_bytes_are_named(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Grüße aus Köln".encode("latin-1"))
    res = run("parse", "--format", "jsonl", str(bad), str(SEED))
    assert res.returncode == 1
    assert f"{bad}: not UTF-8" in res.stderr
    first, second = map(json.loads, res.stdout.splitlines())
    assert first["error"]["type"] == "UnicodeDecodeError" and second["file"] == str(SEED)


def test_windows_line_ends_and_bom_parse(tmp_path: Path) -> None:
    f = tmp_path / "crlf.txt"
    f.write_bytes(b"\xef\xbb\xbf" + SEED.read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-8"))
    res = run("parse", str(f))
    assert res.returncode == 0, res.stderr
    assert "\r\n" in json.loads(res.stdout)[0]["text"]


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("denews ")
    res = run("parse", "--help")
    assert res.returncode == 0 and "--reference-date" in res.stdout


def _jsonl_input(tmp_path: Path) -> Path:
    records = [
        {"id": "a", "text": SEEDS[0].read_text(encoding="utf-8")},
        {"id": "b", "text": "Am Mittwoch sagte sie etwas.", "reference_date": "2025-08-07"},
        {"text": SEEDS[1].read_text(encoding="utf-8"), "reference_date": None},
    ]
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return f


def test_jsonl_input_keeps_order_ids_and_reference_dates(tmp_path: Path) -> None:
    res = run("parse", "--input-format", "jsonl", "--format", "jsonl", str(_jsonl_input(tmp_path)))
    assert res.returncode == 0, res.stderr
    out = [json.loads(line) for line in res.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["a", "b", None]
    assert [o["line"] for o in out] == [1, 2, 3]
    assert out[1]["reference_date"] == "2025-08-07"
    assert out[0]["text"] == SEEDS[0].read_text(encoding="utf-8")


def test_jobs_give_the_same_output_as_one_process(tmp_path: Path) -> None:
    src = str(_jsonl_input(tmp_path))
    one = run("parse", "--input-format", "jsonl", "--format", "jsonl", src)
    two = run("parse", "--input-format", "jsonl", "--format", "jsonl", "--jobs", "2", src)
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout


def test_jsonl_input_as_json_is_one_array(tmp_path: Path) -> None:
    res = run("parse", "--input-format", "jsonl", str(_jsonl_input(tmp_path)))
    assert res.returncode == 0, res.stderr
    assert len(json.loads(res.stdout)) == 3


def test_bad_jsonl_records_are_named_and_written_in_their_place(tmp_path: Path) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text('{"text": "Gut."}\nnot json\n{"txt": "x"}\n{"text": "x", "reference_date": "7.8.2025"}\n\n'
                 '{"text": "Auch gut."}\n', encoding="utf-8")
    res = run("parse", "--input-format", "jsonl", "--format", "jsonl", str(f))
    assert res.returncode == 1
    errors = res.stderr.strip().splitlines()
    assert [e.split(": ")[2] for e in errors[:-1]] == [f"{f}:2", f"{f}:3", f"{f}:4"]
    assert errors[-1].startswith("denews: 2 articles, 3 errors, ")
    out = [json.loads(line) for line in res.stdout.splitlines()]
    assert [o.get("text") for o in out] == ["Gut.", None, None, None, "Auch gut."]
    assert [(o.get("index"), o.get("line")) for o in out] == [(None, 1), (1, 2), (2, 3), (3, 4), (None, 6)]
    assert [o["error"]["type"] for o in out[1:4]] == ["JSONDecodeError", "TypeError", "ValueError"]


def test_negative_jobs_is_an_error() -> None:
    res = run("parse", "--jobs", "-1", str(SEED))
    assert res.returncode == 2 and "--jobs" in res.stderr


# --- issue 19: a poisoned record never stops the run ---------------------------------------------------------
def _poisoned_jsonl(tmp_path: Path, n: int = 7, poison_at: int = 3) -> Path:
    lines = []
    for i in range(n):
        text: object = f"Ulm - Der Rat tagte am {i + 1}. März. „Wir sind fertig“, sagte Bürgermeisterin Eva Probe."
        lines.append(json.dumps({"id": f"r{i}", "text": 12345 if i == poison_at else text}, ensure_ascii=False))
    f = tmp_path / "poisoned.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f


def test_a_poisoned_record_is_written_in_its_place_and_the_run_exits_1(tmp_path: Path) -> None:
    f = _poisoned_jsonl(tmp_path)
    for jobs in ("1", "2"):
        res = run("parse", "--input-format", "jsonl", "--jobs", jobs, str(f))
        assert res.returncode == 1, res.stderr
        out = json.loads(res.stdout)  # one JSON array, whatever happened
        assert len(out) == 7
        assert out[3] == {
            "index": 3, "error": {"type": "TypeError", "message": 'a record needs a "text" string (text is int)'},
            "file": str(f), "line": 4, "id": "r3",
        }
        assert [o["id"] for o in out] == [f"r{i}" for i in range(7)]
        assert all("title" in o for i, o in enumerate(out) if i != 3)
        summary = res.stderr.strip().splitlines()[-1]
        assert regex_summary(summary) == (6, 1), summary


def regex_summary(line: str) -> tuple[int, int]:
    m = re.fullmatch(r"denews: (\d+) articles?, (\d+) errors?, \d+\.\d s( \([\d,]+ articles/s\))?", line)
    assert m, line
    return int(m[1]), int(m[2])


_FAILING_WORKER = """
import os, sys
import denews.batch
real = denews.batch.parse
def parse(text, ref=None):
    if "BOOM" in text:
        raise RuntimeError("boom inside a worker")
    if "DIE" in text:
        os._exit(9)
    return real(text, ref)
denews.batch.parse = parse
from denews.cli import main
sys.exit(main(sys.argv[1:]))
"""



def _run_patched(
    script: str, tmp_path: Path, texts: list[str], *args: str
) -> tuple[subprocess.CompletedProcess[str], Path]:
    """``denews parse`` of ``texts`` as JSON Lines, in and out, under a ``script`` that patches the parser first."""
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(json.dumps({"text": t}) for t in texts) + "\n", encoding="utf-8")
    cmd = [sys.executable, "-c", script, "parse", "--input-format", "jsonl", "--format", "jsonl", *args, str(f)]
    return subprocess.run(cmd, capture_output=True, timeout=120, text=True), f

@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="workers must be forked to see the patch")
def test_a_failure_inside_a_worker_and_a_dying_worker_are_error_records(tmp_path: Path) -> None:
    texts = [f"Satz {i}." for i in range(80)]
    texts[1], texts[50] = "Zwei BOOM.", "Fünfzig DIE."
    proc, _ = _run_patched(_FAILING_WORKER, tmp_path, texts, "--jobs", "2")
    assert proc.returncode == 1, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == len(texts)
    assert out[1]["error"] == {"type": "RuntimeError", "message": "boom inside a worker"}
    # The dying worker takes the items of its chunk with it (a run of them around item 50), no other.
    died = [i for i, o in enumerate(out) if o.get("error", {}).get("type") == "WorkerDied"]
    assert 50 in died and died == list(range(died[0], died[-1] + 1)) and len(died) < 40
    assert "status 9" in out[50]["error"]["message"]
    assert [o.get("text") for i, o in enumerate(out) if i != 1 and i not in died] == [
        t for i, t in enumerate(texts) if i != 1 and i not in died
    ]
    assert regex_summary(proc.stderr.strip().splitlines()[-1]) == (80 - 1 - len(died), 1 + len(died))


_HANGING_WORKER = _FAILING_WORKER.replace(
    'if "BOOM" in text:', 'if "HANG" in text:\n        import time; time.sleep(300)\n    if "BOOM" in text:'
)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="workers must be forked to see the patch")
def test_an_article_over_the_timeout_is_an_error_record_in_its_place(tmp_path: Path) -> None:
    texts = [f"Satz {i}." for i in range(6)]
    texts[2] = "Zwei HANG."
    proc, f = _run_patched(_HANGING_WORKER, tmp_path, texts, "--timeout", "2")
    assert proc.returncode == 1, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o.get("error", {}).get("type") for o in out] == [None, None, "Timeout", None, None, None]
    assert [o.get("text") for o in out if "text" in o] == [t for i, t in enumerate(texts) if i != 2]
    assert regex_summary(proc.stderr.strip().splitlines()[-1]) == (5, 1)
    assert run("parse", "--timeout", "0", str(f)).returncode == 2


def _with_warm_up(body: str) -> str:
    """The failing-worker script with ``denews._workers._warm_up`` replaced by a function of ``body``."""
    patch = f"import time, denews._workers\nwarm = denews._workers._warm_up\ndef _warm():\n    {body}\n"
    return _FAILING_WORKER.replace(
        "denews.batch.parse = parse", f"denews.batch.parse = parse\n{patch}denews._workers._warm_up = _warm"
    )


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="workers must be forked to see the patch")
@pytest.mark.parametrize(
    ("warm_up", "timeout"),
    [
        # Building the tables and compiling the rules takes a new process a while (seconds on a loaded machine):
        # the timeout bounds an item's own parse, so a warm-up longer than the timeout fails no item.
        ("time.sleep(3); warm()", "1"),
        # A warm-up that raises costs only the warm-up.
        ("raise RuntimeError('no warm-up')", "5"),
    ],
)
def test_a_workers_warm_up_fails_no_item(tmp_path: Path, warm_up: str, timeout: str) -> None:
    texts = [f"Satz {i}." for i in range(3)]
    proc, _ = _run_patched(_with_warm_up(warm_up), tmp_path, texts, "--timeout", timeout)
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line).get("text") for line in proc.stdout.splitlines()] == texts


def test_json_is_one_array_for_any_number_of_inputs(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    assert json.loads(run("parse", "--input-format", "jsonl", str(empty)).stdout) == []
    assert len(json.loads(run("parse", str(SEED)).stdout)) == 1
    assert len(json.loads(run("parse", *map(str, SEEDS)).stdout)) == len(SEEDS)


def test_output_file_and_quiet(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    res = run("parse", "--format", "jsonl", "-o", str(target), "--quiet", *map(str, SEEDS))
    assert res.returncode == 0 and res.stdout == "" and res.stderr == ""
    assert [json.loads(line)["file"] for line in target.read_text(encoding="utf-8").splitlines()] == list(
        map(str, SEEDS)
    )
    loud = run("parse", "--output", str(tmp_path / "again.json"), str(SEED))
    assert regex_summary(loud.stderr.strip()) == (1, 0)


def test_unwritable_output_is_a_usage_error(tmp_path: Path) -> None:
    res = run("parse", "-o", str(tmp_path / "no" / "such" / "dir.json"), str(SEED))
    assert res.returncode == 2 and "denews: error:" in res.stderr


def test_usage_errors_exit_2() -> None:
    assert run("parse").returncode == 2
    assert run("parse", "--format", "xml", str(SEED)).returncode == 2
    assert run("frobnicate").returncode == 2


def test_text_view_shows_missing_values_as_a_dash() -> None:
    res = run("parse", "--format", "text", "-", stdin=b"Es regnet.")
    assert res.returncode == 0
    for name in ("kicker", "title", "teaser", "published", "updated", "authors", "agencies", "dateline"):
        assert f"\n{name + ':':<11} -\n" in res.stdout
    assert "None" not in res.stdout


def test_every_argument_has_help() -> None:
    import argparse

    from denews.cli import build_parser

    def walk(parser: argparse.ArgumentParser) -> list[str]:
        missing = []
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    missing += walk(sub)
            elif not action.help:
                missing.append(f"{parser.prog} {action.dest}")
        return missing

    assert walk(build_parser()) == []


def test_evaluate_help_explains_gold_dir() -> None:
    res = run("evaluate", "--help")
    assert res.returncode == 0
    assert "GOLD_DIR" in res.stdout and ".gold.json" in res.stdout and "docs/evaluation.md" in res.stdout


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal (POSIX)")
def test_progress_line_on_a_terminal_only(tmp_path: Path) -> None:
    records = tmp_path / "many.jsonl"
    records.write_text("\n".join(json.dumps({"text": f"Satz {i}."}) for i in range(40)) + "\n", encoding="utf-8")
    args = [sys.executable, "-m", "denews", "parse", "--input-format", "jsonl", "--format", "jsonl", str(records)]
    master, slave = os.openpty()
    proc = subprocess.run(args, stdout=subprocess.PIPE, stderr=slave, timeout=120)
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal's other end is closed: all read
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    shown = seen.decode("utf-8")
    assert proc.returncode == 0
    assert re.search(r"\r\x1b\[Kdenews: \d+ done, \d+ articles/s, 0 errors", shown), shown
    assert regex_summary(shown.rsplit("\x1b[K", 1)[-1].strip()) == (40, 0)
    # Not a terminal (a pipe): no progress line, only the summary; --quiet: nothing.
    piped = run(*args[3:])
    assert "\x1b[K" not in piped.stderr and regex_summary(piped.stderr.strip()) == (40, 0)
    master, slave = os.openpty()
    quiet = subprocess.run([*args, "--quiet"], stdout=subprocess.PIPE, stderr=slave, timeout=120)
    os.close(slave)
    try:
        rest = os.read(master, 65536)
    except OSError:
        rest = b""
    os.close(master)
    assert quiet.returncode == 0 and rest == b""
