"""The TimeML writer (denews.timeml) and `denews parse --format timeml` / `--vague-dates`."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from denews.timeml import timeml_of, to_timeml

TEXT = (
    "Wien - Die Messe ist am Samstag eröffnet worden. Bisher kamen <mehr> Gäste & Familien, "
    "Anfang Mai folgt die nächste, gegen 3 Uhr war Schluss."
)


def _plain(root: ET.Element) -> str:
    text = root.find("TEXT")
    assert text is not None
    return "".join(text.itertext())


def test_the_document_has_the_dct_and_every_expression_as_timex3() -> None:
    art = denews.parse(TEXT, "2026-03-04")
    root = ET.fromstring(to_timeml(art))
    dct = root.find("DCT/TIMEX3")
    assert dct is not None and dct.get("value") == "2026-03-04" and dct.get("tid") == "t0"
    timexes = root.findall("TEXT/TIMEX3")
    assert [(t.text, t.get("value"), t.get("type")) for t in timexes] == [
        (d.text, d.value, d.type) for d in art.dates
    ]
    assert [t.get("mod") for t in timexes] == [d.mod for d in art.dates]
    assert "START" in [t.get("mod") for t in timexes] and "APPROX" in [t.get("mod") for t in timexes]
    assert len({t.get("tid") for t in timexes}) == len(timexes)
    assert _plain(root) == TEXT  # the tags add nothing and lose nothing (markup characters escaped)


def test_no_dct_without_a_reference_date() -> None:
    root = ET.fromstring(timeml_of("Am Montag kam er.", denews.normalize_dates("Am Montag kam er.")))
    assert root.find("DCT") is None
    assert [t.get("value") for t in root.findall("TEXT/TIMEX3")] == ["XXXX-WXX-1"]


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="am Montag 3. Mai 2019 <>&\"' seit vor Jahren\x01\n", max_size=60))
def test_any_text_gives_well_formed_timeml(text: str) -> None:
    dates = denews.normalize_dates(text, "2026-03-04")
    root = ET.fromstring(timeml_of(text, dates, "2026-03-04"))
    assert _plain(root) == text.replace("\x01", "")
    assert len(root.findall("TEXT/TIMEX3")) == len(dates)


def _cli(*args: str) -> str:
    return subprocess.run(
        [sys.executable, "-m", "denews", "parse", *args], capture_output=True, text=True, check=True, timeout=120
    ).stdout


def test_the_cli_writes_timeml_and_reports_vague_references_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    plain = ET.fromstring(_cli(str(path), "--reference-date", "2026-03-04", "--format", "timeml"))
    vague = ET.fromstring(
        _cli(str(path), "--reference-date", "2026-03-04", "--format", "timeml", "--vague-dates")
    )
    values = [t.get("value") for t in plain.findall("TEXT/TIMEX3")]
    with_vague = [t.get("value") for t in vague.findall("TEXT/TIMEX3")]
    assert "PRESENT_REF" not in values and "PRESENT_REF" in with_vague
    assert [v for v in with_vague if not v.endswith("_REF")] == values


def test_the_text_format_shows_the_mod(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_text("Berlin - Die Halle ist seit Anfang März offen.", encoding="utf-8")
    out = _cli(str(path), "--reference-date", "2026-03-04", "--format", "text")
    assert "'Anfang März' -> 2026-03 (DATE mod=START)  [2026-03-01..2026-03-10]" in out.splitlines()
