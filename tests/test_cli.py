"""The command line through a real subprocess: formats, standard input, errors, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
SEED = SEEDS[0]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "denews", *args], input=stdin, capture_output=True, timeout=120,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


def test_json_for_one_file_is_one_object() -> None:
    res = run("parse", str(SEED))
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
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


def test_reference_date_option() -> None:
    res = run("parse", "--reference-date", "2024-02-29", "-", stdin=b"Am Mittwoch.")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["reference_date"] == "2024-02-29"


def test_bad_reference_date_option() -> None:
    res = run("parse", "--reference-date", "29.02.2024", str(SEED))
    assert res.returncode == 2
    assert "--reference-date" in res.stderr and res.stdout == ""


def test_missing_file_is_named_and_others_still_parse(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    res = run("parse", "--format", "jsonl", str(missing), str(SEED))
    assert res.returncode == 2
    assert res.stderr.strip().splitlines() == [f"denews: error: {missing}: no such file"]
    assert json.loads(res.stdout)["file"] == str(SEED)


def test_undecodable_bytes_are_named(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Grüße aus Köln".encode("latin-1"))
    res = run("parse", "--format", "jsonl", str(bad), str(SEED))
    assert res.returncode == 2
    assert f"{bad}: not UTF-8" in res.stderr
    assert len(res.stdout.splitlines()) == 1


def test_windows_line_ends_and_bom_parse(tmp_path: Path) -> None:
    f = tmp_path / "crlf.txt"
    f.write_bytes(b"\xef\xbb\xbf" + SEED.read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-8"))
    res = run("parse", str(f))
    assert res.returncode == 0, res.stderr
    assert "\r\n" in json.loads(res.stdout)["text"]


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


def test_bad_jsonl_records_are_named_and_skipped(tmp_path: Path) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text('{"text": "Gut."}\nnot json\n{"txt": "x"}\n{"text": "x", "reference_date": "7.8.2025"}\n\n'
                 '{"text": "Auch gut."}\n', encoding="utf-8")
    res = run("parse", "--input-format", "jsonl", "--format", "jsonl", str(f))
    assert res.returncode == 2
    errors = res.stderr.strip().splitlines()
    assert [e.split(": ")[2] for e in errors] == [f"{f}:2", f"{f}:3", f"{f}:4"]
    assert [json.loads(line)["text"] for line in res.stdout.splitlines()] == ["Gut.", "Auch gut."]


def test_negative_jobs_is_an_error() -> None:
    res = run("parse", "--jobs", "-1", str(SEED))
    assert res.returncode == 2 and "--jobs" in res.stderr
