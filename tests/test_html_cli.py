"""`denews parse` on HTML files: detection, --input-format html, and the one-line hint without the extra."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PAGE = (
    "<!DOCTYPE html>\n<html><head><title>Der Stadtpark bekommt neue Bänke | Parkzeitung</title>"
    "<meta property='og:title' content='Der Stadtpark bekommt neue Bänke'></head><body>"
    "<nav><a href='/'>Start</a> <a href='/themen'>Themen</a></nav><article>"
    "<h1>Der Stadtpark bekommt neue Bänke</h1>"
    "<p>Im Stadtpark von Eichenau stehen seit Freitag vierzig neue Bänke aus heimischem Holz. "
    "Die alten Sitze waren morsch und wurden im Winter abgebaut.</p>"
    "<p>Die Gärtnerei der Stadt hat die Bänke selbst gebaut, wie ein Sprecher am Samstag sagte. "
    "Spaziergänger lobten die breiten Lehnen und den Blick auf den Teich.</p>"
    "</article><footer>Impressum</footer></body></html>"
)


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "denews", *args], capture_output=True, timeout=120, env=env
    )
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())


@pytest.fixture
def html_file(tmp_path: Path) -> Path:
    path = tmp_path / "seite.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def without_extra(tmp_path: Path) -> dict[str, str]:
    """An environment in which `import trafilatura` fails, as where the extra is not installed."""
    blocker = tmp_path / "blocked" / "trafilatura"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('not installed')\n", encoding="utf-8")
    path = [str(blocker.parent), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in path if p)}


def test_an_html_file_is_detected_and_parsed(html_file: Path) -> None:
    pytest.importorskip("trafilatura", reason="HTML input needs the extra: pip install 'denews[html]'")
    res = run("parse", str(html_file))
    assert res.returncode == 0, res.stderr
    [data] = json.loads(res.stdout)  # --format json: always one array
    assert data["title"] == "Der Stadtpark bekommt neue Bänke"
    assert "<" not in data["text"] and "Impressum" not in data["text"]
    assert any("vierzig neue Bänke" in p["text"] for p in data["paragraphs"]) or "vierzig" in (data["teaser"] or "")


def test_input_format_html_and_text_files_in_one_run(html_file: Path, tmp_path: Path) -> None:
    pytest.importorskip("trafilatura", reason="HTML input needs the extra: pip install 'denews[html]'")
    text_file = tmp_path / "artikel.txt"
    text_file.write_text("Neue Bänke im Park\n\nDie Stadt stellte am Freitag Bänke auf.\n", encoding="utf-8")
    res = run("parse", "--format", "jsonl", str(html_file), str(text_file), str(html_file))
    assert res.returncode == 0, res.stderr
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["file"] for r in rows] == [str(html_file), str(text_file), str(html_file)]
    assert rows[0]["title"] == rows[2]["title"] == "Der Stadtpark bekommt neue Bänke"
    assert rows[1]["text"].startswith("Neue Bänke im Park")
    forced = run("parse", "--input-format", "html", str(html_file))
    assert json.loads(forced.stdout)[0]["title"] == rows[0]["title"]


def test_without_the_extra_one_line_says_how_to_install_it(html_file: Path, tmp_path: Path) -> None:
    res = run("parse", "--quiet", str(html_file), env=without_extra(tmp_path))
    assert res.returncode == 1  # the page failed; with --quiet no summary line follows the one error line
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "pip install 'denews[html]'" in lines[0] and str(html_file) in lines[0]
    [record] = json.loads(res.stdout)  # the page's error record in its place
    assert record["file"] == str(html_file) and "denews[html]" in record["error"]["message"]


def test_a_fragment_named_html_is_a_page(tmp_path: Path) -> None:
    path = tmp_path / "ausschnitt.htm"
    path.write_text("<div><p>Ein Absatz.</p></div>", encoding="utf-8")
    res = run("parse", str(path), env=without_extra(tmp_path))
    assert res.returncode != 0 and "denews[html]" in res.stderr


def test_plain_text_with_markup_inside_is_not_taken_for_a_page(tmp_path: Path) -> None:
    path = tmp_path / "notiz.txt"
    path.write_text("Ein Satz über <b>fette</b> Schrift in einem Text.\n", encoding="utf-8")
    res = run("parse", str(path), env=without_extra(tmp_path))
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)[0]["text"].startswith("Ein Satz über <b>")
