"""Issue 18, session 19: expressions counted from what the text last named, and other classes TimeML tags
that denews left out (see /work/notes/s19/dkrauts.md).  Invented sentences only."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews

WED = dt.date(2026, 3, 4)  # a Wednesday


def dates(text: str, ref: dt.date | None = WED) -> list[tuple[str, str, str]]:
    return [(d.text, d.type, d.value) for d in denews.normalize_dates(text, ref)]


# -- a year or month counted from the one last named -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Mühle brannte 1987 ab. Im selben Jahr zog der Müller fort.", ("selben Jahr", "DATE", "1987")),
        ("Die Mühle brannte 1987 ab. Im gleichen Jahr zog der Müller fort.", ("gleichen Jahr", "DATE", "1987")),
        ("Die Mühle brannte 1987 ab. Im Jahr darauf zog der Müller fort.", ("Jahr darauf", "DATE", "1988")),
        ("Die Mühle brannte 1987 ab. Im Folgejahr zog der Müller fort.", ("Folgejahr", "DATE", "1988")),
        ("Die Mühle brannte 1987 ab. Im Jahr zuvor war der Müller krank.", ("Jahr zuvor", "DATE", "1986")),
        ("Die Mühle brannte 1987 ab, im vorangegangenen Jahr war Dürre.", ("vorangegangenen Jahr", "DATE", "1986")),
        ("Die Mühle brannte im Mai 1987 ab. Im Folgemonat zog der Müller fort.", ("Folgemonat", "DATE", "1987-06")),
        ("Die Mühle brannte am 2. Mai 1987 ab. Im selben Monat zog er fort.", ("selben Monat", "DATE", "1987-05")),
    ],
)
def test_a_year_counted_from_the_one_last_named(text: str, expected: tuple[str, str, str]) -> None:
    assert dates(text)[-1] == expected


def test_the_following_year_chains_and_falls_back_on_the_reference_date() -> None:
    # each "im Jahr darauf" counts from the year just reached
    found = dates("Der Bau begann 2001. Im Jahr darauf fehlte Geld. Im Jahr darauf ruhte er.")
    assert [v for _, _, v in found] == ["2001", "2002", "2003"]
    # nothing named: the year of the reference date; no reference date either: a year unknown
    assert dates("Im selben Jahr schloss die Bäckerei.") == [("selben Jahr", "DATE", "2026")]
    assert dates("Im selben Jahr schloss die Bäckerei.", None) == [("selben Jahr", "DATE", "XXXX")]


@settings(max_examples=30, deadline=None)
@given(year=st.integers(1900, 2090), ref=st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)))
def test_the_year_after_a_named_year_does_not_depend_on_the_reference_date(year: int, ref: dt.date) -> None:
    found = dates(f"Die Schule öffnete {year}. Im Jahr darauf kamen die ersten Schüler.", ref)
    assert found[-1] == ("Jahr darauf", "DATE", f"{year + 1:04d}")


# -- a decade named from the reference year ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im vergangenen Jahrzehnt verdoppelte sich die Zahl der Läden.", ("vergangenen Jahrzehnt", "DATE", "201")),
        ("In diesem Jahrzehnt soll die Bahn fertig werden.", ("diesem Jahrzehnt", "DATE", "202")),
        ("Im kommenden Jahrzehnt soll die Bahn fahren.", ("kommenden Jahrzehnt", "DATE", "203")),
        ("Bis Ende des Jahrzehnts soll die Bahn fahren.", ("Ende des Jahrzehnts", "DATE", "202")),
    ],
)
def test_a_decade_named_from_the_reference_year(text: str, expected: tuple[str, str, str]) -> None:
    assert dates(text) == [expected]
    # a number of decades stays a duration
    assert dates("Der Streit dauerte zwei Jahrzehnte.") == [("zwei Jahrzehnte", "DURATION", "P2DE")]


def test_the_end_of_the_decade_is_that_of_the_year_the_text_is_at() -> None:
    found = dates("Die Fabrik öffnete 1994. Bis Ende des Jahrzehnts wuchs sie auf 300 Stellen.")
    assert found[-1] == ("Ende des Jahrzehnts", "DATE", "199")
    assert next(d for d in denews.normalize_dates("Ende des Jahrzehnts ist Schluss.", WED)).mod == "END"


# -- a capital "Morgen" opening a sentence -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Morgen entscheidet der Gemeinderat über das Bad.",
        "Der Rat tagt lange. Morgen entscheidet er über das Bad.",
        "„Morgen entscheiden wir“, sagte die Bürgermeisterin.",
        "Morgen, Donnerstag, entscheidet der Gemeinderat.",
    ],
)
def test_a_capital_morgen_opening_a_sentence_is_tomorrow(text: str) -> None:
    assert ("Morgen", "DATE", "2026-03-05") in dates(text)


def test_a_clock_time_after_tomorrow_is_on_tomorrow() -> None:
    assert dates("Morgen ab 9 Uhr ist die Straße gesperrt.") == [
        ("Morgen", "DATE", "2026-03-05"),
        ("9 Uhr", "TIME", "2026-03-05T09:00"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Der Morgen war kalt.",
        "Morgen für Morgen fährt sie mit dem Rad.",
        "Guten Morgen, sagte er.",
        "Am Morgen kam der Bus nicht.",
    ],
)
def test_the_noun_morgen_is_not_tomorrow(text: str) -> None:
    assert all(value != "2026-03-05" for _, _, value in dates(text))


# -- clock times in words --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Zug fährt um halb acht ab.", ("halb acht", "TIME", "2026-03-04T07:30")),
        ("Der Zug fährt um Viertel nach neun ab.", ("Viertel nach neun", "TIME", "2026-03-04T09:15")),
        ("Der Zug fährt um Viertel vor zehn ab.", ("Viertel vor zehn", "TIME", "2026-03-04T09:45")),
        ("Der Zug fährt um halb eins ab.", ("halb eins", "TIME", "2026-03-04T12:30")),
        ("Der Zug fährt um halb acht abends ab.", ("halb acht abends", "TIME", "2026-03-04T19:30")),
        ("Der Zug fährt um acht Uhr abends ab.", ("acht Uhr abends", "TIME", "2026-03-04T20:00")),
    ],
)
def test_a_clock_time_in_words(text: str, expected: tuple[str, str, str]) -> None:
    assert dates(text) == [expected]


@pytest.mark.parametrize("text", ["Das Brot kostet halb so viel.", "Sie aß halb zwei Drittel des Kuchens."])
def test_halb_before_no_hour_is_no_time(text: str) -> None:
    assert dates(text) == []


@settings(max_examples=30, deadline=None)
@given(hour=st.integers(1, 12))
def test_half_past_is_thirty_minutes_before_the_named_hour(hour: int) -> None:
    (found,) = dates(f"Die Messe beginnt um halb {hour}.")
    assert found[2] == f"2026-03-04T{(hour - 2) % 12 + 1:02d}:30"


# -- weekends as a set, the evening before -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jedes Wochenende ist der Platz voll.", ("Jedes Wochenende", "SET", "XXXX-WXX-WE")),
        ("An Wochenenden ist der Platz voll.", ("Wochenenden", "SET", "XXXX-WXX-WE")),
    ],
)
def test_weekends_as_a_set(text: str, expected: tuple[str, str, str]) -> None:
    assert dates(text) == [expected]
    # one weekend stays that weekend's date
    assert dates("Am Wochenende war der Platz voll.") == [("Wochenende", "DATE", "2026-W09-WE")]


def test_the_evening_before_the_day_the_text_is_at() -> None:
    assert dates("Am Vorabend war der Saal schon voll.") == [("Vorabend", "TIME", "2026-03-03TEV")]
    found = dates("Die Wahl fand am 8. Mai 2022 statt. Am Vorabend gab es Streit.")
    assert found[-1] == ("Vorabend", "TIME", "2022-05-07TEV")
    # the evening before a day the text does not name is left out rather than guessed
    assert dates("Am Vorabend der Wahl gab es Streit.") == []


# -- parts of the day and long stretches the lexicons lacked ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frühmorgens fuhr der Bäcker los.", ("Frühmorgens", "TIME", "2026-03-04TMO")),
        ("Spätnachts fuhr der Bäcker los.", ("Spätnachts", "TIME", "2026-03-04TNI")),
        ("Zur Mittagszeit fuhr der Bäcker los.", ("Mittagszeit", "TIME", "2026-03-04TMI")),
        (
            "Das Unglück geschah zur Mittagszeit des 9. Mai 2024.",
            ("Mittagszeit des 9. Mai 2024", "TIME", "2024-05-09TMI"),
        ),
        ("Der Streit dauerte ein Vierteljahrhundert.", ("ein Vierteljahrhundert", "DURATION", "P25Y")),
        ("Der Streit dauerte ein halbes Jahrhundert.", ("ein halbes Jahrhundert", "DURATION", "P50Y")),
        ("Der Streit dauerte ein halbes Jahrzehnt.", ("ein halbes Jahrzehnt", "DURATION", "P5Y")),
    ],
)
def test_parts_of_the_day_and_long_stretches(text: str, expected: tuple[str, str, str]) -> None:
    assert dates(text) == [expected]


def test_zur_before_a_night_keeps_the_night_between_two_days() -> None:
    # "zur" before a part of the day (zur Mittagszeit) must not cut "zur Nacht auf Samstag" in two
    found = dates("Der Förster rechnet erst zur Nacht auf Samstag mit Regen.")
    assert found == [("Nacht auf Samstag", "TIME", "2026-03-06TNI")]


@pytest.mark.parametrize("month", ["Mai", "Juni", "November"])
def test_a_sentence_dot_after_a_month_is_not_part_of_the_expression(month: str) -> None:
    (found,) = dates(f"Die Messe war am 15. {month}.")
    assert found[0] == f"15. {month}"
    # an abbreviation keeps its dot
    assert dates("Die Messe war am 15. Jan. 2025 in Bozen.")[0][0] == "15. Jan. 2025"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In den 1970ern zog die Familie nach Meran.", ("den 1970ern", "DATE", "197")),
        ("In den 70ern zog die Familie nach Meran.", ("den 70ern", "DATE", "197")),
        ("Ende der Sechziger zog die Familie nach Meran.", ("Ende der Sechziger", "DATE", "196")),
        ("Anfang der Neunziger zog die Familie nach Meran.", ("Anfang der Neunziger", "DATE", "199")),
    ],
)
def test_decades_with_a_case_ending_or_without_jahre(text: str, expected: tuple[str, str, str]) -> None:
    assert dates(text) == [expected]


def test_a_man_of_sixty_is_no_decade() -> None:
    assert dates("Der Sechziger aus Meran gewann das Rennen.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vergangene Nacht brannte eine Scheune.", ("Vergangene Nacht", "TIME", "2026-03-03TNI")),
        ("In der letzten Nacht brannte eine Scheune.", ("der letzten Nacht", "TIME", "2026-03-03TNI")),
        ("Am Stefanitag 2024 brannte eine Scheune.", ("Stefanitag 2024", "DATE", "2024-12-26")),
        ("Am Heiligen Abend 2024 brannte eine Scheune.", ("Heiligen Abend 2024", "DATE", "2024-12-24")),
        ("Zu Mariä Empfängnis 2024 brannte eine Scheune.", ("Mariä Empfängnis 2024", "DATE", "2024-12-08")),
        ("Am Faschingsdienstag 2024 brannte eine Scheune.", ("Faschingsdienstag 2024", "DATE", "2024-02-13")),
    ],
)
def test_the_night_just_past_and_regional_holidays(text: str, expected: tuple[str, str, str]) -> None:
    assert dates(text) == [expected]


def test_the_last_night_of_something_is_not_last_night() -> None:
    assert dates("In der letzten Nacht vor der Wahl schlief niemand.") == []


def test_a_relative_decade_without_a_date_to_count_from_is_left_out() -> None:
    assert dates("Im vergangenen Jahrzehnt verdoppelte sich die Zahl der Läden.", None) == []
