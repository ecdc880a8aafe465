"""Issue 18, second pass: values that depend on what surrounds an expression (ages, times of recurring
frames, generic "heute", years carried to a day, tense of present-tense plans). Invented sentences only."""

from __future__ import annotations

import datetime as dt

import pytest

import denews

WED = dt.date(2026, 3, 4)  # a Wednesday


def found(text: str, ref: dt.date | None = WED, **kw: bool) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in denews.normalize_dates(text, ref, **kw)]


# -- ages are no durations -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Teilnehmen dürfen Schülerinnen ab 14 Jahren.",
        "Für Kinder unter zwölf Jahren ist der Eintritt frei.",
        "Besonders gefährdet sind Menschen über 80 Jahren.",
        "Die Verletzten sind im Alter von 19 bis 23 Jahren.",
        "Gesucht werden Freiwillige im Alter zwischen 18 und 30 Jahren.",
    ],
)
def test_an_age_is_no_duration(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sie wohnt seit über 20 Jahren in Linz.", "P20Y"),
        ("Nach über 20 Jahren schloss das Lokal.", "P20Y"),
        ("Der Richter verhängte eine Haftstrafe von zwölf Jahren.", "P12Y"),
        ("Ab 14 Jahren dauert die Ausbildung länger.", "P14Y"),
    ],
)
def test_a_stretch_of_years_stays_a_duration(text: str, value: str) -> None:
    assert [v for _, v in found(text)] == [value]


# -- clock times of recurring frames -------------------------------------------------------------------
def test_times_after_a_word_of_repetition_name_no_day() -> None:
    assert found("Das Büro ist ab 9. März wochentags von 8 bis 12 Uhr besetzt.") == [
        ("9. März", "2026-03-09"), ("8", "T08:00"), ("12 Uhr", "T12:00"),
    ]


def test_times_of_two_days_joined_by_und_name_no_day() -> None:
    assert found("Das Fest: 14. und 15. März von 11-19 Uhr.")[-2:] == [("11", "T11:00"), ("19 Uhr", "T19:00")]


def test_times_after_a_set_name_no_day() -> None:
    values = [v for _, v in found("Tauschbörse jeden ersten Sonntag im Monat, im Pfarrsaal, 9-13 Uhr.")]
    assert values == ["P1M", "T09:00", "T13:00"]


def test_a_set_in_an_earlier_sentence_leaves_a_time_on_its_day() -> None:
    assert found("Die Zeitung erscheint täglich. Um 20 Uhr kam die Nachricht.")[-1] == (
        "20 Uhr", "2026-03-04T20:00",
    )
    assert found("Am Freitag um 18 Uhr beginnt das Turnier.") == [
        ("Freitag", "2026-03-06"), ("18 Uhr", "2026-03-06T18:00"),
    ]


@pytest.mark.parametrize("hour", range(24))
@pytest.mark.parametrize("word", ["wochentags", "werktags", "jeweils", "täglich", "sonntags"])
def test_a_recurring_time_keeps_its_clock(hour: int, word: str) -> None:
    *_, d = denews.normalize_dates(f"Die Halle ist {word} ab {hour} Uhr offen.", WED)  # täglich: a set too
    assert d.value == f"T{hour:02d}:00"
    assert d.type == "TIME" and d.earliest is None


# -- "heute" as "nowadays" -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Die Insel ist heute viel ruhiger als noch 1970.",
        "Damals lebten hier Fischer, heute sind die Häuser Ferienwohnungen.",
        "Die Vulkane brechen, wie wir heute wissen, in Zyklen aus.",
        "Von diesem Erbe lebt die Stadt auch heute noch.",
        "Der Favorit von heute ist der Außenseiter von morgen.",
    ],
)
def test_heute_as_nowadays_is_a_vague_reference(text: str) -> None:
    deictic = ("heute", "morgen")
    assert [t for t, _ in found(text) if t.lower() in deictic] == []  # vague references: left out by default
    values = {v for t, v in found(text, vague=True) if t.lower() in deictic}
    assert values and values <= {"PRESENT_REF", "FUTURE_REF"}


@pytest.mark.parametrize(
    "text",
    [
        "Heute beginnt das Turnier, gestern war die Auslosung.",
        "Damals war alles anders, heute wird gewählt.",
        "Früher fuhr hier die Bahn, heute um 14 Uhr fährt der letzte Bus.",
        "Die Ausstellung ist bis heute verlängert worden, anders als 2019.",
        "Heute tagt der Gemeinderat.",
    ],
)
def test_heute_as_the_day_keeps_the_day(text: str) -> None:
    assert ("heute", "2026-03-04") in [(t.lower(), v) for t, v in found(text)]


# -- a year named with a month carries to a day of that month, not back to an earlier month ---------------
def test_a_day_of_the_month_just_named_with_its_year_takes_that_year() -> None:
    text = "Im Juni 1987 trat die Kommission zusammen. Ihr erster Beschluss fiel am 9. Juni."
    assert found(text)[-1] == ("9. Juni", "1987-06-09")


def test_an_earlier_month_is_not_carried_back_into_the_year_named() -> None:
    text = "Im Oktober 2019 gründeten sie den Verein. Er wuchs schnell. Im April hat er ein Büro eröffnet."
    assert found(text)[-1] == ("April", "2025-04")
    assert found("Im Februar 2019 kam der Plan. Im April wurde er beschlossen.")[-1] == ("April", "2019-04")


# -- spans of early years, days whose month comes later -------------------------------------------------
def test_a_span_of_early_years_is_two_years() -> None:
    assert found("Der Dichter (1150-1210) schrieb Lieder.") == [("1150", "1150"), ("1210", "1210")]
    assert found("Die Reparatur kostet 1100-1500 Euro.") == []
    assert found("Es fehlen die Seiten 1100-1110.") == []


def test_two_days_take_the_month_of_the_next_pair() -> None:
    values = [v for _, v in found("Gewählt wird am 7. und 8. sowie am 14. und 15. März.")]
    assert values == ["2026-03-07", "2026-03-08", "2026-03-14", "2026-03-15"]


# -- days of a yearly frame, tense of the nearest clause, months of plans --------------------------------
def test_a_day_of_a_yearly_frame_has_no_year() -> None:
    assert found("Jedes Jahr, am 11. November, ziehen die Kinder mit Laternen durch den Ort.") == [
        ("Jedes Jahr", "P1Y"), ("11. November", "XXXX-11-11"),
    ]
    assert found("Das Fest gibt es jedes Jahr. Am 11. November wurde es abgesagt.")[-1] == (
        "11. November", "2025-11-11",
    )


def test_the_nearest_clause_with_a_tense_decides() -> None:
    text = (
        "Wenn ihr im Herbst, gleich nach der Matura, ins Ausland gehen möchtet, ist es gut, "
        "sich zu erkundigen, denn die Plätze, die früher frei vergeben wurden, sind knapp."
    )
    assert found(text)[0] == ("Herbst", "2026-FA")
    assert found("Im Herbst, als die Ernte eingebracht war, wurde gefeiert.")[0] == ("Herbst", "2025-FA")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Der Umbau beginnt im Oktober.", "2026-10"),
        ("Im Jänner liegt die Quote bei drei Prozent.", "2026-01"),
        ("Im Dezember hat die Quote stark zugelegt.", "2025-12"),
        ("Die Saison endet im November.", "2026-11"),
    ],
)
def test_a_month_of_a_present_tense_clause_is_this_years_or_the_coming_one(text: str, value: str) -> None:
    assert found(text)[0][1] == value


# -- the user's value where KRAUTS's convention differs (docs/dates.md) ---------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Vor fünf Jahren zog sie nach Graz.", "2021"),  # KRAUTS: P5Y, no anchor
        ("In einem Jahr wird gewählt.", "2027"),  # KRAUTS: P1Y
        ("Seit etwa einem Jahrzehnt wird darüber gestritten.", "P1DE"),  # KRAUTS: P10Y
    ],
)
def test_offsets_keep_the_users_value(text: str, value: str) -> None:
    assert [v for _, v in found(text)] == [value]
