"""Holidays: the Sundays of Advent (computed from Christmas Day) and holiday names that are also a person's
(``der Nikolaus kommt`` is the saint, ``zu Nikolaus`` his day)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import denews
from denews.dates import timex as tx

REF = "2031-11-20"


def _dates(text: str, ref: str | None = REF) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in denews.normalize_dates(text, reference_date=ref)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am ersten Advent zünden die Kinder die erste Kerze an.", ("ersten Advent", "2031-11-30")),
        ("Der Chor singt am 3. Advent in der Pfarrkirche.", ("3. Advent", "2031-12-14")),
        ("Am vierten Adventssonntag ist der Markt offen.", ("vierten Adventssonntag", "2031-12-21")),
        ("Am zweiten Adventsonntag 2027 brannte die Hütte.", ("zweiten Adventsonntag 2027", "2027-12-05")),
    ],
)
def test_sundays_of_advent(text: str, expected: tuple[str, str]) -> None:
    assert expected in _dates(text)


def test_advent_without_a_reference_date_names_no_day() -> None:
    assert ("ersten Advent", "XXXX-XX-XX") in _dates("Am ersten Advent singt der Chor.", None)


@given(st.integers(1900, 2100), st.integers(1, 4))
def test_an_advent_sunday_is_a_sunday_of_its_four_weeks(year: int, n: int) -> None:
    d = tx.holiday(year, f"A{n}")
    assert d is not None and d.weekday() == 6
    assert dt.date(year, 11, 26) < d <= dt.date(year, 12, 24)
    christmas = dt.date(year, 12, 25)
    assert 7 * (4 - n) < (christmas - d).days <= 7 * (5 - n)


@pytest.mark.parametrize(
    "text",
    [
        "Am Abend kommt der Nikolaus mit dem Krampus auf den Dorfplatz.",
        "Nikolaus Berger, der Obmann des Vereins, begrüßte die Gäste.",
        "Die Kinder warten auf den Nikolaus.",
    ],
)
def test_nikolaus_the_person_is_no_date(text: str) -> None:
    assert all(value != "2031-12-06" for _, value in _dates(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zu Nikolaus gibt es Nüsse und Orangen.", ("Nikolaus", "2031-12-06")),
        ("Am Nikolaustag bleibt die Schule zu.", ("Nikolaustag", "2031-12-06")),
        ("Bis Nikolaus 2032 soll die Halle stehen.", ("Nikolaus 2032", "2032-12-06")),
    ],
)
def test_nikolaus_the_day(text: str, expected: tuple[str, str]) -> None:
    assert expected in _dates(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sonntags ruht der Betrieb der Seilbahn.", [("Sonntags", "XXXX-WXX-7")]),
        ("Mittwochs 9 bis 11 Uhr berät die Gemeinde.", [("Mittwochs", "XXXX-WXX-3")]),
        ("Die Bäckerei backt samstags Zopf.", [("samstags", "XXXX-WXX-6")]),
    ],
)
def test_weekday_adverbs_are_sets_also_at_the_start_of_a_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(d.text, d.value) for d in denews.normalize_dates(text, reference_date=REF) if d.type == "SET"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Montags-Demo zog durch die Stadt.",
        "Am Morgen des Sonntags schneite es.",
        "Des Sonntags bleibt das Amt zu.",
        "Eines Freitags kam der Brief nicht mehr.",
    ],
)
def test_no_set_for_a_compound_or_a_genitive(text: str) -> None:
    assert all(d.type != "SET" for d in denews.normalize_dates(text, reference_date=REF))


@pytest.mark.parametrize(
    "text",
    [
        "Der langjährige Bürgermeister der Gemeinde trat zurück.",
        "Als langjähriges Mitglied des Chors sang sie mit.",
        "Sie dankte ihrer langjährigen Sekretärin.",
        "Der mehrjährige Vereinsobmann ging in Pension.",
        "Die langjährigen Mitglieder des Chors sangen ein Ständchen.",
        "Er traf sich mit langjährigen Freunden aus der Schulzeit.",
        "Die mehrjährigen Weggefährten der Wirtin feierten mit.",
        "Den langjährigen Mitgliedern dankte der Obmann.",
    ],
)
def test_a_duration_adjective_before_a_person_is_no_duration(text: str) -> None:
    assert denews.normalize_dates(text, reference_date=REF) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nach langjährigen Verhandlungen gibt es einen Vertrag.", ("langjährigen", "PXY")),
        ("Sie bringt langjährige Erfahrung mit.", ("langjährige", "PXY")),
        ("Ein einwöchiger Kurs beginnt im Mai.", ("einwöchiger", "P1W")),
    ],
)
def test_a_duration_adjective_before_a_thing_stays(text: str, expected: tuple[str, str]) -> None:
    assert expected in _dates(text)
