"""Issue 18, third pass: habitual parts of the day and seasons, nights before a date, weekdays named on their
own weekday, ages, and other classes KRAUTS showed. Invented sentences only."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews

WED = dt.date(2026, 3, 4)  # a Wednesday


def dates(text: str, ref: dt.date | None = WED) -> list[tuple[str, str, str]]:
    return [(d.text, d.type, d.value) for d in denews.normalize_dates(text, ref)]


# -- a part of the day as a habit -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Der Bäcker steht nachts in der Backstube.", "PT1NI"),
        ("Morgens fährt der Bus nur bis zum Markt.", "PT1MO"),
        ("Die Katze schläft mittags auf dem Sofa.", "PT1MI"),
        ("Abends ist der Platz voller Leute.", "PT1EV"),
    ],
)
def test_a_part_of_the_day_without_a_day_is_a_habit(text: str, value: str) -> None:
    ((_, kind, got),) = dates(text)
    assert (kind, got) == ("SET", value)


def test_a_part_of_the_day_in_a_past_report_is_one_night() -> None:
    assert dates("Unbekannte haben nachts drei Autos beschädigt.") == [("nachts", "TIME", "2026-03-04TNI")]
    assert dates("Einbrecher stiegen nachts in die Apotheke ein.") == [("nachts", "TIME", "2026-03-04TNI")]
    # the past of another clause does not make a habit one night
    assert dates("Weil der Nachbar klagte, übt sie nachts nicht mehr.") == [("nachts", "SET", "PT1NI")]


def test_a_part_of_the_day_as_a_genitive_noun_is_that_day() -> None:
    assert dates("Das schönste Lied des Abends sang ein Kinderchor.") == [("Abends", "TIME", "2026-03-04TEV")]


def test_a_part_of_the_day_after_a_named_day_belongs_to_it() -> None:
    assert dates("Am Freitag schneit es im Gebirge. Nachts sinken die Werte unter null.")[-1] == (
        "Nachts",
        "TIME",
        "2026-03-06TNI",
    )
    assert dates("Am Montag kam die Fähre. Abends legte sie wieder ab.")[-1] == ("Abends", "TIME", "2026-03-02TEV")


# -- a season as a stretch of time ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Fähre pendelt den Sommer über zwischen den Inseln.", ("den Sommer", "DURATION", "P1SU")),
        ("Den ganzen Winter blieb die Hütte geschlossen.", ("Den ganzen Winter", "DURATION", "P1WI")),
    ],
)
def test_a_season_in_the_accusative_is_a_duration(text: str, expected: tuple[str, str, str]) -> None:
    assert dates(text) == [expected]


def test_a_season_with_a_preposition_stays_a_date() -> None:
    assert dates("Im Sommer öffnet das Freibad.") == [("Sommer", "DATE", "2026-SU")]


# -- the night before a date with an article --------------------------------------------------------------
def test_the_night_before_a_date_with_an_article_is_that_night() -> None:
    got = dates("In der Nacht auf den 3. Mai brannte eine Scheune.", dt.date(2026, 5, 6))
    assert got == [("der Nacht", "TIME", "2026-05-02TNI"), ("3. Mai", "DATE", "2026-05-03")]
    got = dates("Ein Beben weckte in der Nacht vom 2. auf den 3. Mai gegen 1:50 Uhr die Stadt.", dt.date(2026, 5, 6))
    assert got == [
        ("der Nacht", "TIME", "2026-05-02TNI"),
        ("3. Mai", "DATE", "2026-05-03"),
        ("1:50 Uhr", "TIME", "2026-05-03T01:50"),
    ]
    # without the article it stays one expression
    assert dates("In der Nacht zum 3. Mai brannte es.", dt.date(2026, 5, 6)) == [
        ("der Nacht zum 3. Mai", "TIME", "2026-05-02TNI")
    ]


# -- "als etwa 1930": an example, not an amount -----------------------------------------------------------
def test_a_year_after_als_etwa_is_an_example_year() -> None:
    assert dates("Heute reist man leichter als etwa 1950 mit der Bahn.")[-1] == ("1950", "DATE", "1950")
    assert dates("Zum Fest kamen etwa 1950 Gäste.") == []


# -- a day in the year an offset went back to -------------------------------------------------------------
def test_a_past_day_takes_the_year_of_an_offset_in_its_sentence() -> None:
    ref = dt.date(2019, 12, 13)
    got = dates("Vor 30 Jahren, als die Grenze aufging, war der 9. November ein Fest.", ref)
    assert got == [("30 Jahren", "DATE", "1989"), ("9. November", "DATE", "1989-11-09")]
    # said in March: the offset counts from the reference date, not from a 9 November the tense guessed
    got = dates("Vor 30 Jahren, als die Grenze aufging, war der 9. November ein Fest.", dt.date(2019, 3, 13))
    assert got == [("30 Jahren", "DATE", "1989"), ("9. November", "DATE", "1989-11-09")]
    # a statement's own day after the offset still counts for months
    got = dates("Vor zwei Monaten sei alles anders gewesen, sagte er am 14. Juli.", dt.date(2019, 9, 1))
    assert got[0] == ("zwei Monaten", "DATE", "2019-05")
    # a later sentence does not inherit it
    got = dates("Vor zwei Jahren zog sie weg. Am 3. Mai kam sie zurück.", ref)
    assert got[-1] == ("3. Mai", "DATE", "2019-05-03")


# -- "den ersten Tag": one unit, not some ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Den ersten Tag verbrachte die Gruppe im Hafen.", "P1D"),
        ("Den ersten Monat wohnte sie bei einer Tante.", "P1M"),
        ("Die ersten Tage im Lager waren anstrengend.", "PXD"),
    ],
)
def test_the_first_unit_in_the_singular_is_one_unit(text: str, value: str) -> None:
    assert [v for _, _, v in dates(text)] == [value]


# -- a count per day --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Fähre bringt bis zu 900 Autos am Tag über den Fluss.", [("Tag", "SET", "P1D")]),
        ("Er trinkt vier Becher Tee am Tag.", [("Tag", "SET", "P1D")]),
        ("Am Tag, als das Eis brach, blieb sie daheim.", []),
        ("Seit 2021 schläft er am Tag.", [("2021", "DATE", "2021")]),
    ],
)
def test_a_count_per_day_is_a_set(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


# -- invariants -------------------------------------------------------------------------------------------
_HABIT_FRAMES = ["Der Wirt putzt {} die Gläser.", "{} ist die Straße leer.", "Sie liest {} gern Krimis."]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_HABIT_FRAMES),
    st.sampled_from(["morgens", "vormittags", "mittags", "nachmittags", "abends", "nachts"]),
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
)
def test_a_habit_does_not_move_with_the_reference_date(frame: str, adverb: str, ref: dt.date) -> None:
    text = frame.format(adverb if not frame.startswith("{") else adverb.capitalize())
    (d,) = denews.normalize_dates(text, ref)
    assert d.type == "SET" and d.value.startswith("PT1") and d.earliest is None
    assert d.value == denews.normalize_dates(text, dt.date(2000, 1, 1))[0].value


# -- ages after a person and its noun phrase --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Im Lager zelten Kinder beider Schulen zwischen acht und zwölf Jahren.",
        "Die Polizei sucht einen Mann namens Udo Kranich von knapp über 30 Jahren.",
        "Frauen zwischen 25 und 40 Jahren wurden befragt.",
    ],
)
def test_an_age_after_a_person_is_no_duration(text: str) -> None:
    assert dates(text) == []


def test_a_sentence_with_a_person_and_a_penalty_keeps_the_duration() -> None:
    assert dates("Der Mann muss eine Strafe von neun Jahren verbüßen.") == [("neun Jahren", "DURATION", "P9Y")]


# -- adjectives in -te/-ten are no preterite ---------------------------------------------------------------
def test_an_adjective_in_ten_does_not_make_a_clause_past() -> None:
    assert dates("Am Freitag gibt es leichten Regen.") == [("Freitag", "DATE", "2026-03-06")]
    assert dates("Die Köchin kocht morgens leichten Brei.") == [("morgens", "SET", "PT1MO")]
