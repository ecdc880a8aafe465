"""Every required temporal expression of the five seed articles, with its TIMEX3 value (pinned).

The expected values are those of the seeds' gold annotations (shared/corpus/dev/seed_*.gold.json): the
article's date anchors relative expressions, statement dates anchor their own clause, and the tense of the
clause picks the past or the coming weekday.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

import denews
from denews.model import TimeExpression

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

# seed file prefix -> (reference date, [(expression, occurrence, accepted values)])
REQUIRED: dict[str, tuple[str, list[tuple[str, int, tuple[str, ...]]]]] = {
    "000": (
        "2025-08-07",
        [
            ("2025-08-07", 1, ("2025-08-07",)),
            ("07.08.2025", 1, ("2025-08-07",)),
            ("die nächste Woche", 1, ("2025-W33",)),
            ("nächste Woche", 2, ("2025-W33",)),
            ("am Vortag", 1, ("2025-08-06",)),
            ("am Mittwoch", 1, ("2025-08-06",)),
            ("gestern", 1, ("2025-08-06",)),
        ],
    ),
    "001": (
        "2025-08-07",
        [
            ("die kommende Woche", 1, ("2025-W33",)),
            ("für etwa drei Stunden", 1, ("PT3H",)),
            ("kommende Woche", 2, ("2025-W33",)),
            ("im Dezember 2019", 1, ("2019-12",)),
            ("Am Mittwoch", 1, ("2025-08-06",)),
            ("rund drei Stunden", 1, ("PT3H",)),
            ("am Mittwoch", 1, ("2025-08-06",)),
            ("bis Freitag", 1, ("2025-08-08",)),
            ("für den Abend", 1, ("2025-08-07TEV", "2025-08-06TEV")),
            ("22.30 Uhr MESZ", 1, ("2025-08-07T22:30", "2025-08-06T22:30")),
            ("am Dienstag", 1, ("2025-08-05",)),
            ("Im Juli", 1, ("2025-07",)),
            ("im Februar 2022", 1, ("2022-02",)),
        ],
    ),
    "002": (
        "2025-08-07",
        [
            ("2025-08-07", 1, ("2025-08-07",)),
            ("am Mittwoch", 1, ("2025-08-06",)),
            ("heute", 1, ("2025-08-07",)),
            ("Die kommende Woche", 1, ("2025-W33",)),
            ("gestern", 1, ("2025-08-06",)),
            ("Am 6. August", 1, ("2025-08-06",)),
            ("am 6. August", 1, ("2025-08-06",)),
            ("knapp drei Stunden", 1, ("PT3H",)),
            ("bis Freitag", 1, ("2025-08-08",)),
            ("Am 5. August", 1, ("2025-08-05",)),
            ("vor zwei Monaten", 1, ("2025-05", "2025-05-14")),
            ("am 14. Juli", 1, ("2025-07-14",)),
            ("am Dienstag", 1, ("2025-08-05",)),
            ("am Montag", 1, ("2025-08-04",)),
            ("Im Juli", 1, ("2025-07",)),
            ("im Februar 2022", 1, ("2022-02",)),
        ],
    ),
    "003": (
        "2025-10-21",
        [
            ("21.10.2025, 19:09 Uhr", 1, ("2025-10-21T19:09", "2025-10-21")),
            ("am Montag", 1, ("2025-10-20",)),
            ("diese Woche", 1, ("2025-W43",)),
            ("binnen zweier Wochen", 1, ("P2W",)),
            ("am 15. August", 1, ("2025-08-15",)),
        ],
    ),
    "004": (
        "2025-08-14",
        [
            ("2025-08-14", 1, ("2025-08-14",)),
            ("am Vortag der Gespräche", 1, ("2025-08-14",)),
            ("am Freitag", 1, ("2025-08-15",)),
            ("am Freitag", 2, ("2025-08-15",)),
            ("am späten Abend", 1, ("2025-08-15TEV",)),
            ("gegen 21.30 Uhr", 1, ("2025-08-15T21:30",)),
        ],
    ),
}


def _seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def _locate(text: str, needle: str, occurrence: int) -> tuple[int, int]:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(needle, pos + 1)
        assert pos >= 0, f"{needle!r} (occurrence {occurrence}) not in the seed"
    return pos, pos + len(needle)


def _overlapping(found: tuple[TimeExpression, ...], start: int, end: int) -> list[TimeExpression]:
    return [d for d in found if d.span.start < end and start < d.span.end]


CASES = [(prefix, *entry) for prefix, (_, entries) in REQUIRED.items() for entry in entries]


@pytest.mark.parametrize(("prefix", "expression", "occurrence", "values"), CASES)
def test_required_seed_date(prefix: str, expression: str, occurrence: int, values: tuple[str, ...]) -> None:
    text = _seed(prefix)
    found = denews.normalize_dates(text, REQUIRED[prefix][0])
    start, end = _locate(text, expression, occurrence)
    hits = _overlapping(found, start, end)
    assert len(hits) == 1, f"{expression!r}: {hits}"
    assert hits[0].value in values


@pytest.mark.parametrize("prefix", sorted(REQUIRED))
def test_seed_dates_are_well_formed(prefix: str) -> None:
    text = _seed(prefix)
    found = denews.normalize_dates(text, REQUIRED[prefix][0])
    assert found == tuple(sorted(found, key=lambda d: d.span.start))
    for a, b in itertools.pairwise(found):
        assert a.span.end <= b.span.start
    for d in found:
        assert text[d.span.start : d.span.end] == d.text
        if d.earliest is not None:
            assert d.latest is not None and d.earliest <= d.latest


def test_seed_without_reference_date_uses_its_own_stamp() -> None:
    # seed 000 starts with " date 2025-08-07": without a caller's date the stamp anchors "gestern".
    text = _seed("000")
    start, end = _locate(text, "gestern", 1)
    (hit,) = _overlapping(denews.normalize_dates(text), start, end)
    assert hit.value == "2025-08-06"
