"""Issue 18, fourth pass: classes KRAUTS showed (vague amounts of units after a preposition, ...).
Invented sentences only."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews

WED = dt.date(2026, 3, 4)  # a Wednesday


def dates(text: str, ref: dt.date | None = WED, vague: bool = False) -> list[tuple[str, str, str]]:
    return [(d.text, d.type, d.value) for d in denews.normalize_dates(text, ref, vague=vague)]


# -- an amount of units not counted, after "vor" / "in" -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vor einigen Tagen stürzte der Kran um.", ("einigen Tagen", "DURATION", "PXD")),
        ("Die Brücke wurde erst vor wenigen Jahren gebaut.", ("wenigen Jahren", "DURATION", "PXY")),
        ("Das Dorf hat schon vor Jahrzehnten seine Schule verloren.", ("Jahrzehnten", "DURATION", "PXDE")),
        ("In ein paar Wochen öffnet der Laden wieder.", ("ein paar Wochen", "DURATION", "PXW")),
        ("Vor Jahren stand hier eine Mühle.", ("Jahren", "DURATION", "PXY")),
    ],
)
def test_an_amount_not_counted_after_a_preposition_is_a_vague_duration(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert dates(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In diesen Tagen zieht die Bücherei um.", ("diesen Tagen", "DURATION", "PXD")),
        ("In jenen Jahren gab es im Dorf noch zwei Bäcker.", ("jenen Jahren", "DURATION", "PXY")),
        ("Sie hat all die Jahre auf ihn gewartet.", ("all die Jahre", "DURATION", "PXY")),
        ("Der Maler zog in späteren Jahren aufs Land.", ("späteren Jahren", "DURATION", "PXY")),
        ("Im Laufe der Jahrzehnte verfiel die Burg.", ("Laufe der Jahrzehnte", "DURATION", "PXDE")),
    ],
)
def test_these_days_and_those_years_are_vague_stretches(text: str, expected: tuple[str, str, str]) -> None:
    assert dates(text) == [expected]
    # the singular is one week, month or year, not a stretch
    assert dates("Diese Woche zieht die Bücherei um.") == [("Diese Woche", "DATE", "2026-W10")]


def test_a_counted_amount_after_vor_keeps_its_date() -> None:
    # the user's value: the year (or week, day) the offset names, not KRAUTS's bare duration
    assert dates("Vor drei Jahren stand hier eine Mühle.") == [("drei Jahren", "DATE", "2023")]
    assert dates("Vor zwei Tagen stürzte der Kran um.") == [("zwei Tagen", "DATE", "2026-03-02")]


_VAGUE_AMOUNTS = ["einigen", "wenigen", "ein paar", "mehreren"]
_UNITS = {"Tagen": "PXD", "Wochen": "PXW", "Monaten": "PXM", "Jahren": "PXY"}


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["vor", "Vor", "in", "In"]),
    st.sampled_from(_VAGUE_AMOUNTS),
    st.sampled_from(sorted(_UNITS)),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
    st.booleans(),
)
def test_a_vague_amount_is_the_same_duration_on_any_day(
    prep: str, amount: str, unit: str, ref: dt.date, vague: bool
) -> None:
    # no day to count from: the value does not depend on the reference date, nor on asking for vague references
    found = dates(f"Der Verein zog {prep} {amount} {unit} in die Halle am Fluss.", ref, vague)
    assert found == [(f"{amount} {unit}", "DURATION", _UNITS[unit])]


# -- a range of durations -------------------------------------------------------------------------------------
def test_a_range_of_durations_is_two_expressions() -> None:
    assert dates("Die Reparatur dauert höchstens zwei bis drei Tage.") == [
        ("höchstens zwei", "DURATION", "P2D"),
        ("drei Tage", "DURATION", "P3D"),
    ]
    assert dates("Der Teig ruht 10-15 Minuten.") == [("10", "DURATION", "PT10M"), ("15 Minuten", "DURATION", "PT15M")]
    assert dates("Es dauert einige bis viele Jahre.") == [("viele Jahre", "DURATION", "PXY")]


def test_a_range_that_is_an_age_a_set_or_an_offset_is_not_split() -> None:
    assert dates("Kinder im Alter von 6 bis 10 Jahren basteln Laternen.") == []
    assert dates("Der Komet kehrt alle zehn bis 20 Jahre zurück.") == [("20 Jahre", "DURATION", "P20Y")]
    assert dates("Zwei bis drei Tage später kam die Antwort.") == [("drei Tage später", "DATE", "2026-03-07")]


_UNIT_CODE = {"Tage": "D", "Wochen": "W", "Monate": "M", "Jahre": "Y"}


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 60), st.integers(1, 30), st.sampled_from(sorted(_UNIT_CODE)), st.sampled_from(["bis", "oder"]))
def test_each_end_of_a_range_keeps_its_own_number(low: int, step: int, unit: str, joiner: str) -> None:
    high = low + step
    found = dates(f"Die Arbeiten am Dach dauern {low} {joiner} {high} {unit}.")
    code = _UNIT_CODE[unit]
    assert found == [(str(low), "DURATION", f"P{low}{code}"), (f"{high} {unit}", "DURATION", f"P{high}{code}")]


# -- "Vorjahr" in a comparison counts from the year the sentence names ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "2019 stieg der Umsatz der Brauerei gegenüber dem Vorjahr.",
        "Im Jahr 2019 kamen mehr Gäste ins Museum als im Vorjahr.",
        "Die Zahl der Anträge sank 2019 im Vergleich zum Vorjahr.",
        "Der Absatz lag 2019 um drei Prozent über dem Wert des Vorjahres.",
    ],
)
def test_vorjahr_in_a_comparison_is_the_year_before_the_named_year(text: str) -> None:
    assert [value for found, _, value in dates(text) if "Vorjahr" in found] == ["2018"]


def test_vorjahr_as_a_time_of_its_own_counts_from_the_reference_date() -> None:
    # not compared: the year before the article's date, whatever year the sentence names
    text = "Die Sängerin starb 2010, ihre Schwester hat im Vorjahr ein Buch geschrieben."
    assert dates(text)[-1] == ("Vorjahr", "DATE", "2025")
    assert dates("Im Vergleich zum Vorjahr 2019 sank die Zahl.") == [("Vorjahr 2019", "DATE", "2019")]


@settings(max_examples=30, deadline=None)
@given(st.integers(1950, 2040), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2045, 12, 31)))
def test_a_compared_vorjahr_does_not_depend_on_the_reference_date(year: int, ref: dt.date) -> None:
    found = dates(f"Im Jahr {year} wuchs der Hafen gegenüber dem Vorjahr.", ref)
    assert found[-1] == ("dem Vorjahr", "DATE", str(year - 1))


# -- half years ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im ersten Halbjahr stieg der Absatz der Molkerei.", ("ersten Halbjahr", "2026-H1")),
        ("In der zweiten Jahreshälfte soll die Halle fertig werden.", ("der zweiten Jahreshälfte", "2026-H2")),
        ("Im zweiten Halbjahr sank der Absatz der Molkerei.", ("zweiten Halbjahr", "2025-H2")),  # past tense
        ("Im 2. Halbjahr 2019 sank der Absatz.", ("2. Halbjahr 2019", "2019-H2")),
    ],
)
def test_a_half_year_is_h1_or_h2(text: str, expected: tuple[str, str]) -> None:
    assert [(found, value) for found, _, value in dates(text)] == [expected]


def test_a_half_year_takes_a_year_named_just_before() -> None:
    text = "Die Bilanz 2019 liegt vor. Über das erste Halbjahr berichtet der Vorstand."
    assert dates(text)[-1] == ("das erste Halbjahr", "DATE", "2019-H1")
    assert dates("Im ersten Halbjahr stieg der Absatz.", None) == [("ersten Halbjahr", "DATE", "XXXX-H1")]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["ersten", "zweiten"]), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2045, 12, 31)))
def test_a_half_year_covers_its_six_months(ordinal: str, ref: dt.date) -> None:
    (d,) = denews.normalize_dates(f"Im {ordinal} Halbjahr stieg der Absatz.", ref)
    assert d.earliest is not None and d.latest is not None
    assert d.value == f"{d.earliest.year}-H{1 if ordinal == 'ersten' else 2}"
    assert (d.earliest.month, d.latest.month, d.latest.day) == ((1, 6, 30) if ordinal == "ersten" else (7, 12, 31))
    assert abs(d.earliest.year - ref.year) <= 1


# -- years before 1800 where the words name a year ---------------------------------------------------------
def test_an_early_year_is_found_where_the_words_name_a_year() -> None:
    assert dates("Die Kapelle wurde im Jahre 1722 geweiht.") == [("Jahre 1722", "DATE", "1722")]
    assert dates("Anno 1595 brach der Seefahrer auf.") == [("Anno 1595", "DATE", "1595")]
    assert dates("Die Chronik des Jahres 1348 erzählt von der Pest.") == [("des Jahres 1348", "DATE", "1348")]


@settings(max_examples=30, deadline=None)
@given(st.integers(1000, 1799), st.sampled_from(["Gäste", "Euro", "Meter", "Stimmen"]))
def test_an_early_number_without_a_year_word_stays_an_amount(n: int, noun: str) -> None:
    assert dates(f"Zum Fest kamen {n} {noun} zusammen.") == []
    assert dates(f"Die Burg wurde im Jahr {n} erbaut.") == [(f"Jahr {n}", "DATE", str(n))]


# -- midnight -------------------------------------------------------------------------------------------------
def test_midnight_ends_the_day_the_text_is_at() -> None:
    assert dates("Am Freitag wird im Zelt bis Mitternacht gefeiert.")[-1] == ("Mitternacht", "TIME", "2026-03-07T00:00")
    assert dates("Die Bar am Hafen ist bis 24 Uhr offen.") == [("24 Uhr", "TIME", "2026-03-05T00:00")]
    # told in the past of the article's own day: the midnight that began it
    assert dates("Das Feuer in der Scheune brach um Mitternacht aus.") == [("Mitternacht", "TIME", "2026-03-04T00:00")]
    assert dates("Er kam um Mitternacht.", None) == [("Mitternacht", "TIME", "XXXX-XX-XXT00:00")]


def test_midnight_does_not_move_the_story_to_the_next_day() -> None:
    text = "Am 3. Mai 2019 wurde der Laden kurz vor Mitternacht geplündert. Am nächsten Morgen kam die Polizei."
    assert [value for _, _, value in dates(text)] == ["2019-05-03", "2019-05-04T00:00", "2019-05-04TMO"]
    # after midnight: the first hour of the day named
    after = dates("Am 3. Mai 2019 kurz nach Mitternacht kam die Polizei.")
    assert after[-1] == ("Mitternacht", "TIME", "2019-05-03T00:00")


# -- a season of a year named relatively; in the course of a day, week or year -------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im Herbst vergangenen Jahres schloss die Fabrik.", ("Herbst vergangenen Jahres", "2025-FA")),
        ("Die Brücke soll im Sommer nächsten Jahres fertig sein.", ("Sommer nächsten Jahres", "2027-SU")),
        ("Der Umzug ist für den Winter dieses Jahres geplant.", ("den Winter dieses Jahres", "2026-WI")),
    ],
)
def test_a_season_with_a_relative_year_is_one_expression(text: str, expected: tuple[str, str]) -> None:
    assert [(found, value) for found, _, value in dates(text)] == [expected]


def test_in_the_course_of_a_unit_is_that_unit() -> None:
    assert dates("Im Laufe des Tages stieg der Pegel.") == [("Laufe des Tages", "DATE", "2026-03-04")]
    assert dates("Am Montag brach der Damm. Im Laufe des Tages stieg der Pegel.")[-1] == (
        "Laufe des Tages",
        "DATE",
        "2026-03-02",
    )
    assert dates("Die Gutachter kommen im Laufe der Woche.") == [("Laufe der Woche", "DATE", "2026-W10")]
    assert dates("Im Laufe des Jahres 2017 soll die Halle öffnen.") == [("Laufe des Jahres 2017", "DATE", "2017")]


# -- words between: "ein ganzes Jahr"; a sentence-initial "Morgen" before a part of the day ---------------------
def test_a_neuter_adjective_between_number_and_unit_keeps_the_duration() -> None:
    assert dates("Die Sanierung der Schule dauert ein ganzes Jahr.") == [("ein ganzes Jahr", "DURATION", "P1Y")]
    assert dates("Sie wartete ein volles Jahr auf die Antwort.") == [("ein volles Jahr", "DURATION", "P1Y")]


def test_a_sentence_initial_morgen_before_a_part_of_the_day_is_tomorrow() -> None:
    assert dates("Morgen Nachmittag tagt der Ausschuss.") == [("Morgen Nachmittag", "TIME", "2026-03-05TAF")]
    assert dates("Morgen früh fährt der erste Zug.") == [("Morgen früh", "TIME", "2026-03-05TMO")]
    # the noun: "am Morgen", "den Morgen" stay the morning of the day the text is at
    assert dates("Am Morgen früh kam der Bote.") == [("Morgen", "TIME", "2026-03-04TMO")]
    assert dates("Den Morgen früh verbrachte er im Bett.") == []


# -- sets: every summer; a month or season after a yearly set; the first Monday of each month ------------------
def test_every_season_is_a_set() -> None:
    assert dates("Jeden Sommer kommen die Störche zurück.") == [("Jeden Sommer", "SET", "XXXX-SU")]


def test_a_month_or_season_after_a_yearly_set_has_no_year() -> None:
    assert dates("Das Dorffest wird alljährlich im August gefeiert.")[-1] == ("August", "DATE", "XXXX-08")
    assert dates("Die Messe findet jedes Jahr im Herbst statt.")[-1] == ("Herbst", "DATE", "XXXX-FA")
    # without the set: that year's month
    assert dates("Das Dorffest wird im August gefeiert.") == [("August", "DATE", "2026-08")]


def test_the_first_weekday_of_each_month_is_a_set() -> None:
    assert dates("Jeweils am ersten Montag im Monat tagt der Beirat.") == [("ersten Montag im Monat", "SET", "P1M")]


# -- early, high and late seasons ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Störche kamen im Spätsommer zurück.", ("Spätsommer", "2025-SU", "END")),
        ("Im Frühsommer 2019 öffnete das Freibad.", ("Frühsommer 2019", "2019-SU", "START")),
        ("Im Hochsommer wird der Park bewässert.", ("Hochsommer", "2026-SU", "MID")),
    ],
)
def test_an_early_or_late_season_is_the_season_with_its_mod(text: str, expected: tuple[str, str, str]) -> None:
    assert [(d.text, d.value, d.mod) for d in denews.normalize_dates(text, WED)] == [expected]
