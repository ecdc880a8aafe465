"""Issue 2's acceptance check: `denews parse seeds/000_... --format text` shows the article's structure."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import denews

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_31f6704d5b588e8a.txt"


def test_seed_000_summary_through_the_cli() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "denews", "parse", str(SEED), "--format", "text"],
        capture_output=True, text=True, check=True, timeout=120,
    ).stdout
    lines = out.splitlines()
    assert "kicker:     Russisch-amerikanischer Gipfel" in lines
    assert "title:      Kreml: Treffen Putins mit Trump in den nächsten Tagen" in lines
    assert "published:  2025-08-07" in lines
    assert "agencies:   dpa" in lines
    assert "## Uschakow: US-Seite will auch Treffen Putins mit Selenskyj" in lines
    assert sum(1 for line in lines if line.startswith("[direct] Juri Uschakow")) == 3
    assert "'Mittwoch' -> 2025-08-06 (DATE)  [2025-08-06]" in lines
    assert "'Vortag' -> 2025-08-06 (DATE)  [2025-08-06]" in lines


def test_seed_000_through_the_api() -> None:
    art = denews.parse(SEED.read_text(encoding="utf-8"))
    assert art.kicker == "Russisch-amerikanischer Gipfel"
    assert art.title == "Kreml: Treffen Putins mit Trump in den nächsten Tagen"
    assert str(art.published) == "2025-08-07" and art.agencies == ("dpa",)
    assert art.headings == ("Uschakow: US-Seite will auch Treffen Putins mit Selenskyj",)
    direct = [q for q in art.quotes if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Juri Uschakow"] * 3
    values = {d.text: d.value for d in art.dates}
    assert values["Mittwoch"] == values["Vortag"] == "2025-08-06"
