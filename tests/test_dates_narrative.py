"""Offsets told from the text's own time line ("drei Jahre später", "zwei Monate danach"): TimeML anchors them
to the date the text last named (HeidelTime: UNDEF-REF-year-PLUS-3), not to the reference date."""

from __future__ import annotations

import pytest

import denews

REF = "2031-03-12"


def _values(text: str, ref: str | None = REF) -> list[tuple[str, str, str]]:
    return [(d.text, d.value, d.type) for d in denews.normalize_dates(text, reference_date=ref)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Hof brannte 1961 ab, vier Jahre später stand ein neuer.", ("vier Jahre später", "1965", "DATE")),
        ("Die Linie wurde 1977 eröffnet. Zehn Jahre danach fuhr sie bis zum Hafen.",
         ("Zehn Jahre danach", "1987", "DATE")),
        ("Am 9. Oktober 2004 starb die Malerin. Zwei Jahre zuvor hatte sie Paris verlassen.",
         ("Zwei Jahre zuvor", "2002", "DATE")),
        ("Im Juli 2012 kündigte die Köchin. Drei Monate später eröffnete sie ihr Lokal.",
         ("Drei Monate später", "2012-10", "DATE")),
        ("Im November 2018 begann die Sanierung; zwei Monate danach war das Dach dicht.",
         ("zwei Monate danach", "2019-01", "DATE")),
    ],
)
def test_years_and_months_count_from_the_date_the_text_named(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No date in the text to count from: the stretch of time, as before.
        ("Vier Jahre später stand ein neuer Hof.", ("Vier Jahre später", "P4Y", "DURATION")),
        # A year without its month does not tell which month two months later is.
        ("Die Halle wurde 1999 gebaut. Zwei Monate später zog der Verein ein.",
         ("Zwei Monate später", "P2M", "DURATION")),
        # "in den drei Jahren zuvor": a stretch of years, not one year.
        ("2020 kamen 400 Gäste, mehr als in den drei Jahren zuvor.", ("drei Jahren zuvor", "P3Y", "DURATION")),
        # Half years are no whole count.
        ("Der Bau begann 1994. Eineinhalb Jahre später war er fertig.",
         ("Eineinhalb Jahre später", "P18M", "DURATION")),
    ],
)
def test_what_stays_a_duration(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _values(text)


def test_a_count_past_the_reference_year_needs_a_future_clause() -> None:
    # A heading under a listing dated in the reference year: not the year 2056.
    assert ("30 Jahre danach", "P30Y", "DURATION") in _values(
        "Am 2. März um 20.15 Uhr: Das Grubenunglück – 30 Jahre danach. Danach Nachrichten.", "2026-03-02"
    )
    assert ("zwei Jahre später", "2032", "DATE") in _values(
        "Der Vertrag wurde 2030 unterzeichnet; zwei Jahre später soll die Brücke stehen."
    )


def test_weeks_after_a_month_of_another_year_are_a_duration() -> None:
    """"Im Mai 2012 ... drei Wochen später": no day to count weeks from; the reference date's week is wrong."""
    assert ("Drei Wochen später", "P3W", "DURATION") in _values(
        "Im Mai 2012 zog die Familie nach Hamburg. Drei Wochen später begann die Schule."
    )
    # A day the text named still anchors them, and so does a month of the reference year.
    assert ("Drei Wochen später", "2012-W21", "DATE") in _values(
        "Am 3. Mai 2012 zog die Familie nach Hamburg. Drei Wochen später begann die Schule."
    )
    assert ("drei Tage später", "2031-03-10", "DATE") in _values(
        "Am Freitag kam der Brief, drei Tage später die Antwort."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vor einem Jahrhundert stand hier eine Mühle.", ("einem Jahrhundert", "19", "DATE")),
        ("Vor einem halben Jahrhundert stand hier eine Mühle.", ("einem halben Jahrhundert", "1981", "DATE")),
        ("Im vergangenen Jahrhundert stand hier eine Mühle.", ("vergangenen Jahrhundert", "19", "DATE")),
        ("In diesem Jahrhundert wird hier keine Mühle mehr stehen.", ("diesem Jahrhundert", "20", "DATE")),
        ("Die Mühle stammt aus den Sechzigerjahren des letzten Jahrhunderts.",
         ("des letzten Jahrhunderts", "19", "DATE")),
    ],
)
def test_centuries_counted_from_the_reference_year(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _values(text)


def test_centuries_ahead_are_no_offset() -> None:
    """"lebte in drei Jahrhunderten": a stretch, not the century three hundred years on."""
    assert all(v != "23" for _, v, _ in _values("Die Frau lebte in drei Jahrhunderten."))


def _vague(text: str) -> list[tuple[str, str, str]]:
    return [(d.text, d.value, d.type) for d in denews.normalize_dates(text, reference_date=REF, vague=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Als die Musiker eines Tages im Saal warteten, kam der Dirigent nicht.", ("eines Tages", "PAST_REF", "DATE")),
        ("Sie hofft, eines Tages in ihr Dorf zurückzukehren.", ("eines Tages", "FUTURE_REF", "DATE")),
        ("Die Anträge wurden binnen eines Tages geprüft.", ("eines Tages", "P1D", "DURATION")),
    ],
)
def test_eines_tages_is_some_day_not_a_day_long(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _vague(text)
    if expected[2] == "DATE":  # a vague reference: left out by default
        assert all(t != "eines Tages" for t, _, _ in _values(text))
