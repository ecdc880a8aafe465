"""Two days of one month joined by "und" or "oder" ("am 12. und 13. Oktober"): two expressions, the first one
ending at its number (KRAUTS's TIMEX3 extents: the elided month's dot is not part of it); a range's first day
("vom 4. bis 9. Juli") keeps its dot."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews

REF = "2031-03-12"


def _dates(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in denews.normalize_dates(text, reference_date=REF)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Flohmarkt wird am 12. und 13. Oktober öffnen.", [("12", "2031-10-12"), ("13. Oktober", "2031-10-13")]),
        ("Das Turnier findet am 7. oder 8. Juni statt.", [("7", "2031-06-07"), ("8. Juni", "2031-06-08")]),
        ("Gespielt wird am 2. und am 3. Mai.", [("2", "2031-05-02"), ("3. Mai", "2031-05-03")]),
        (
            "Proben am 5. und 6. sowie am 19. und 20. April.",
            [("5", "2031-04-05"), ("6", "2031-04-06"), ("19", "2031-04-19"), ("20. April", "2031-04-20")],
        ),
        ("Die Halle ist vom 4. bis 9. Juli zu.", [("4.", "2031-07-04"), ("9. Juli", "2031-07-09")]),
    ],
)
def test_coordinated_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 27), st.sampled_from(["und", "oder", "und am", "bis"]), st.sampled_from(["Mai", "Oktober"]))
def test_a_pair_of_days_is_two_dates_inside_the_text(day: int, joiner: str, month: str) -> None:
    text = f"Die Sitzung ist am {day}. {joiner} {day + 1}. {month} im Rathaus."
    found = denews.normalize_dates(text, reference_date=REF)
    assert len(found) == 2
    first, second = found
    assert text[first.span.start : first.span.end] == first.text
    assert first.text.rstrip(".") == str(day) and second.text == f"{day + 1}. {month}"
    assert first.text.endswith(".") == (joiner == "bis")
    assert first.value < second.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A present-tense clause with a day seven months ahead: a plan, the coming October (not last year's).
        ("Die neue Brücke öffnet am 12. Oktober.", ("12. Oktober", "2031-10-12")),
        ("Der Kongress beginnt am 30. November in Linz.", ("30. November", "2031-11-30")),
        # A day that has only just passed stays in the past, as a month does.
        ("Die Entscheidung vom 2. März ist rechtskräftig.", ("2. März", "2031-03-02")),
        ("Das Urteil vom 20. Januar gilt.", ("20. Januar", "2031-01-20")),
        # Tense cues still decide: told in the past, the October before.
        ("Die Brücke wurde am 12. Oktober geöffnet.", ("12. Oktober", "2030-10-12")),
    ],
)
def test_a_day_without_year_in_a_present_clause_is_read_as_a_month_is(text: str, expected: tuple[str, str]) -> None:
    assert expected in _dates(text)
