"""Parts of a year whose year follows them: "im letzten Quartal des Vorjahres", "in der ersten Hälfte des Jahres
2024", "Ende des Vorjahres".  One expression each, valued as TimeML writes a quarter (2024-Q4), a half (2024-H1)
or a year with its ``mod``.  Invented sentences only."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews

JUNE = dt.date(2025, 6, 10)


def dates(text: str, ref: dt.date | None = JUNE) -> list[tuple[str, str, str | None]]:
    return [(d.text, d.value, d.mod) for d in denews.normalize_dates(text, ref)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "letzte" before a quarter whose year is named: that year's final quarter
        ("Im letzten Quartal des Vorjahres wuchs die Firma.", ("letzten Quartal des Vorjahres", "2024-Q4", None)),
        (
            "Im letzten Quartal des vergangenen Jahres wuchs es.",
            ("letzten Quartal des vergangenen Jahres", "2024-Q4", None),
        ),
        ("Im letzten Quartal 2023 wuchs die Firma.", ("letzten Quartal 2023", "2023-Q4", None)),
        ("Im dritten Quartal des Jahres wächst die Firma.", ("dritten Quartal des Jahres", "2025-Q3", None)),
        # halves written with "Hälfte"
        ("In der ersten Hälfte des Jahres 2024 sank er.", ("der ersten Hälfte des Jahres 2024", "2024-H1", None)),
        ("In der zweiten Hälfte des Jahres steigt er.", ("der zweiten Hälfte des Jahres", "2025-H2", None)),
        ("In der ersten Hälfte des Vorjahres sank er.", ("der ersten Hälfte des Vorjahres", "2024-H1", None)),
        # Anfang/Mitte/Ende of the year or month before
        ("Ende des Vorjahres schloss das Werk.", ("Ende des Vorjahres", "2024", "END")),
        ("Mitte des Vorjahres schloss das Werk.", ("Mitte des Vorjahres", "2024", "MID")),
        ("Anfang des Vormonats schloss das Werk.", ("Anfang des Vormonats", "2025-05", "START")),
    ],
)
def test_a_part_of_a_year_named_after_it_is_one_expression(text: str, expected: tuple[str, str, str | None]) -> None:
    assert dates(text) == [expected]


def test_the_last_quarter_without_a_year_is_still_the_one_before_the_current() -> None:
    assert dates("Im letzten Quartal wuchs die Firma.") == [("letzten Quartal", "2025-Q1", None)]


def test_des_jahres_after_a_quarter_takes_the_year_the_text_speaks_of() -> None:
    text = "Im Jahr 2019 war alles anders. Im dritten Quartal des Jahres fiel der Umsatz."
    assert dates(text)[-1] == ("dritten Quartal des Jahres", "2019-Q3", None)


def test_a_half_of_something_else_is_no_date() -> None:
    assert dates("Die Hälfte des Jahresbudgets war weg.") == []
    assert dates("Die Hälfte der Mitglieder war dagegen.") == []


@settings(max_examples=40, deadline=None)
@given(
    year=st.integers(1990, 2039),
    quarter=st.sampled_from([("ersten", 1), ("zweiten", 2), ("dritten", 3), ("vierten", 4), ("letzten", 4)]),
    ref=st.dates(dt.date(1995, 1, 1), dt.date(2040, 12, 31)),
)
def test_a_quarter_of_a_named_year_does_not_depend_on_the_reference_date(
    year: int, quarter: tuple[str, int], ref: dt.date
) -> None:
    word, n = quarter
    text = f"Im {word} Quartal {year} stieg der Umsatz."
    assert dates(text, ref) == [(f"{word} Quartal {year}", f"{year}-Q{n}", None)]


# -- a range of offsets: "vor sechs bis acht Monaten" ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Werk schloss vor sechs bis acht Monaten.",
            [("sechs", "2024-12", None), ("acht Monaten", "2024-10", None)],
        ),
        ("Vor zwei oder drei Jahren kam sie.", [("zwei", "2023", None), ("drei Jahren", "2022", None)]),
        ("In 2 bis 3 Tagen kommt er zurück.", [("2", "2025-06-12", None), ("3 Tagen", "2025-06-13", None)]),
        # hours after "in" are a stretch of time, as one amount is
        ("In zwei bis drei Stunden ist es fertig.", [("zwei", "PT2H", None), ("drei Stunden", "PT3H", None)]),
    ],
)
def test_a_range_of_offsets_is_a_point_for_each_end(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert dates(text) == expected


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 30), st.integers(1, 30), st.sampled_from(["Tagen", "Wochen", "Monaten", "Jahren"]))
def test_each_end_of_a_range_of_offsets_is_what_the_offset_alone_is(a: int, b: int, unit: str) -> None:
    both = dates(f"Das geschah vor {a} bis {b} {unit}.")
    alone = [value for _, value, _ in dates(f"Das geschah vor {a} {unit}.") + dates(f"Das geschah vor {b} {unit}.")]
    assert [value for _, value, _ in both] == alone
