"""Issue 18: the failure classes of unseen text, each from invented sentences, and TimeML's extents."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from denews.model import TimeExpression

WED = dt.date(2026, 3, 4)  # a Wednesday


def found(text: str, ref: dt.date | None = WED, **kw: bool) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in denews.normalize_dates(text, ref, **kw)]


def only(text: str, ref: dt.date | None = WED) -> TimeExpression:
    (d,) = denews.normalize_dates(text, ref)
    return d


# -- extents -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "extent"),
    [
        ("Der Chor probt am Donnerstag im Saal.", "Donnerstag"),
        ("Die Firma wächst seit 2019 kräftig.", "2019"),
        ("Im vergangenen Jahr sank der Umsatz.", "vergangenen Jahr"),
        ("Die Brücke ist bis zum 21. März gesperrt.", "21. März"),
        ("Die Anmeldung läuft noch bis Freitag.", "Freitag"),
        ("Vor fünf Jahren zog sie nach Graz.", "fünf Jahren"),
        ("In den vergangenen Jahren wuchs die Stadt.", "den vergangenen Jahren"),
        ("Drei Jahre lang stritten die Nachbarn.", "Drei Jahre"),
        ("Seit Anfang März ist die Halle offen.", "Anfang März"),
    ],
)
def test_a_leading_preposition_or_particle_is_no_part_of_the_extent(text: str, extent: str) -> None:
    d = only(text)
    assert d.text == extent
    assert text[d.span.start : d.span.end] == extent


def test_a_clock_time_after_a_preposition_is_its_own_expression() -> None:
    assert found("Der Markt öffnet heute um 9.30 Uhr.") == [("heute", "2026-03-04"), ("9.30 Uhr", "2026-03-04T09:30")]


def test_a_time_range_is_two_times() -> None:
    assert found("Der Basar ist heute von 14-18 Uhr geöffnet.") == [
        ("heute", "2026-03-04"), ("14", "2026-03-04T14:00"), ("18 Uhr", "2026-03-04T18:00"),
    ]
    assert [v for _, v in found("Die Praxis ist von 8.30-12 und 14-16.30 Uhr offen.")] == [
        "2026-03-04T08:30", "2026-03-04T12:00", "2026-03-04T14:00", "2026-03-04T16:30",
    ]


def test_a_wide_gap_parts_a_date_from_a_time() -> None:
    assert found("Chorkonzert, 7.3.2026        18.00 Uhr     Pfarrkirche") == [
        ("7.3.2026", "2026-03-07"), ("18.00 Uhr", "2026-03-07T18:00"),
    ]
    assert found("Chorkonzert, 7.3.2026 18.00 Uhr") == [("7.3.2026 18.00 Uhr", "2026-03-07T18:00")]


def test_a_part_of_a_dated_day() -> None:
    d = only("In der Nacht des 2. März brannte die Scheune.")
    assert (d.text, d.value, d.type) == ("der Nacht des 2. März", "2026-03-02TNI", "TIME")


# -- vague references ----------------------------------------------------------------------------------
def test_vague_references_are_left_out_unless_asked_for() -> None:
    text = "Bisher hat der Verein nun genug Geld, künftig will er inzwischen mehr."
    assert found(text) == []
    values = [d.value for d in denews.normalize_dates(text, WED, vague=True)]
    assert values and set(values) <= {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
    assert [d.value for d in denews.parse(text, WED, vague_dates=True).dates] == values
    assert denews.parse(text, WED).dates == ()


def test_without_a_date_to_count_from_deictic_words_are_kept_with_unknown_days() -> None:
    # A day not known is no vague reference: "heute" and "vor zwei Wochen" stay, with X for what is unknown.
    assert found("Heute Abend kommt er, vor zwei Wochen war er da, in einem Jahr kommt er wieder.", None) == [
        ("Heute Abend", "XXXX-XX-XXTEV"), ("zwei Wochen", "XXXX-WXX"), ("einem Jahr", "XXXX"),
    ]


# -- tense ---------------------------------------------------------------------------------------------
def test_a_weekday_in_a_perfect_passive_is_the_past_one() -> None:
    assert only("Die Ausstellung ist am Samstag eröffnet worden.").value == "2026-02-28"
    assert only("Die Ausstellung wird am Samstag eröffnet.").value == "2026-03-07"
    assert only("Der Täter hat am Samstag gestanden.").value == "2026-02-28"
    assert only("Das Fest, das am Samstag stattgefunden hat, war voll.").value == "2026-02-28"
    assert only("Das Fest, das am Samstag im Park stattfand, war voll.").value == "2026-02-28"


def test_a_day_and_month_without_a_year_follow_the_tense() -> None:
    assert only("Der Vertrag wird am 2. Oktober unterschrieben.").value == "2026-10-02"
    assert only("Der Vertrag wurde am 2. Oktober unterschrieben.").value == "2025-10-02"
    assert only("Der Vertrag ist am 2. Oktober unterschrieben worden.").value == "2025-10-02"


def test_a_holiday_follows_the_tense_of_its_clause() -> None:
    assert only("Vor Weihnachten wird nichts entschieden.").value == "2026-12-25"
    assert only("Zu Weihnachten war das Haus voll.").value == "2025-12-25"


# -- ranges --------------------------------------------------------------------------------------------
def test_a_range_of_months_with_their_own_years() -> None:
    assert found("Gebaut wurde zwischen März 2019 und Mai 2021.") == [("März 2019", "2019-03"), ("Mai 2021", "2021-05")]
    assert found("Gebaut wurde von November 2019 bis Februar.") == [
        ("November 2019", "2019-11"), ("Februar", "2020-02"),
    ]


def test_a_range_of_years_is_two_years() -> None:
    assert found("Der Maler (1898-1976) lebte in Wien.") == [("1898", "1898"), ("1976", "1976")]
    assert found("Er war Weltmeister (2005/2010).") == [("2005", "2005"), ("2010", "2010")]
    assert found("Die Saison 2019/20 war kurz.") == [("2019/20", "2019")]


# -- centuries and decades -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "mod"),
    [
        ("Die Kirche stammt aus dem 18. Jahrhundert.", "17", None),
        ("Anfang des 20. Jahrhunderts kam die Bahn.", "19", "START"),
        ("Ende des 19. Jahrhunderts wuchs die Stadt.", "18", "END"),
        ("Sie liebt die Achtzigerjahre.", "198", None),
        ("In den neunziger Jahren war alles anders.", "199", None),
        ("Mitte der siebziger Jahre begann es.", "197", "MID"),
        ("In den 1960er-Jahren kam das Fernsehen.", "196", None),
    ],
)
def test_centuries_and_decades(text: str, value: str, mod: str | None) -> None:
    d = only(text)
    assert (d.value, d.type, d.mod) == (value, "DATE", mod)
    assert d.earliest is not None and d.latest is not None and d.earliest.year <= d.latest.year


# -- parts of days and weekends ------------------------------------------------------------------------
def test_compound_day_parts() -> None:
    assert found("Er kam Sonntagfrüh an.") == [("Sonntagfrüh", "2026-03-01TMO")]
    d = only("Tagsüber bleibt es mild.")
    assert (d.value, d.type) == ("2026-03-04TDT", "TIME")


def test_the_coming_weekend_said_on_a_working_day_is_that_weeks() -> None:
    assert only("Wir treffen uns am kommenden Wochenende.").value == "2026-W10-WE"
    assert only("Wir treffen uns am kommenden Wochenende.", dt.date(2026, 3, 7)).value == "2026-W11-WE"
    assert only("Am vergangenen Wochenende regnete es.").value == "2026-W09-WE"


# -- sets ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("Die Gruppe trifft sich jeden zweiten Montag.", "jeden zweiten Montag", "XXXX-WXX-1"),
        ("Die Pillen nimmt er jeden dritten Tag.", "jeden dritten Tag", "P3D"),
        ("Woche für Woche kamen mehr Gäste.", "Woche für Woche", "P1W"),
        ("Der Flohmarkt ist jeden ersten Sonntag im Monat.", "jeden ersten Sonntag im Monat", "P1M"),
        ("Das Zimmer kostet 30 Euro pro Stunde.", "Stunde", "PT1H"),  # "pro": a preposition, outside
        ("Die täglichen Staus nerven.", "täglichen", "P1D"),
        ("Der Rat wird alle vier Jahre gewählt.", "alle vier Jahre", "P4Y"),
        ("Der Bus fährt alle 20 Minuten.", "alle 20 Minuten", "PT20M"),
    ],
)
def test_sets_with_a_frequency(text: str, extent: str, value: str) -> None:
    d = only(text)
    assert (d.text, d.value, d.type) == (extent, value, "SET")


def test_a_speed_is_no_set() -> None:
    assert found("Der Zug fuhr 160 Kilometer pro Stunde.") == []
    assert found("Der Ältere ist 16 Jahre jünger, die Jüngere drei Jahre ältere Schwester.") == []


# -- durations -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("Sie wartete drei lange Jahre auf den Brief.", "drei lange Jahre", "P3Y"),
        ("Nach einer 2,5-stündigen Sitzung gab es Kaffee.", "2,5-stündigen", "PT2H30M"),
        ("Ein mehrtägiges Fest beginnt.", "mehrtägiges", "PXD"),
        ("Die einwöchige Reise führt ans Meer.", "einwöchige", "P1W"),
        ("Er saß zwei Jahre und neun Monate in Haft.", "zwei Jahre und neun Monate", "P2Y9M"),
        ("Die 14-Tage-Frist läuft bald ab.", "14-Tage", "P14D"),
    ],
)
def test_durations_with_words_in_between(text: str, extent: str, value: str) -> None:
    d = only(text)
    assert (d.text, d.value, d.type) == (extent, value, "DURATION")


# -- offsets -------------------------------------------------------------------------------------------
def test_a_day_after_the_day_just_named() -> None:
    assert found("Am 2. März begann der Prozess. Am Tag danach schwieg der Zeuge.") == [
        ("2. März", "2026-03-02"), ("Tag danach", "2026-03-03"),
    ]
    assert found("Am 2. März begann der Prozess. Am Abend zuvor gab es Streit.") == [
        ("2. März", "2026-03-02"), ("Abend zuvor", "2026-03-01TEV"),
    ]


def test_hours_later_count_from_the_last_time_named() -> None:
    assert found("Um 15 Uhr begann die Sitzung. Zwei Stunden später war sie vorbei.") == [
        ("15 Uhr", "2026-03-04T15:00"), ("Zwei Stunden später", "2026-03-04T17:00"),
    ]
    assert found("Um 23.30 Uhr fiel der Strom aus. 45 Minuten später war er zurück.")[1] == (
        "45 Minuten später", "2026-03-05T00:15",
    )


def test_a_coming_day_does_not_carry_down_a_list_of_events() -> None:
    filler = "Treffpunkt beim Brunnen vor der alten Schule, Eintritt frei, Anmeldung erbeten. " * 2
    text = (
        "Markt am Platz, heute und morgen, jeweils 9-17 Uhr. " + filler
        + "Lesung im Saal, 20 Uhr. " + filler + "Konzert in der Kirche, ab  19  Uhr."
    )
    values = [v for _, v in found(text)]
    # "jeweils 9-17 Uhr" after two days: a time of each of them, of no one day.
    assert values[:4] == ["2026-03-04", "2026-03-05", "T09:00", "T17:00"]
    assert values[-2:] == ["2026-03-04T20:00", "2026-03-04T19:00"]
    # A day of the past still carries a story's times further on.
    story = "Am Montag brach das Feuer aus. " + filler * 2 + "Gegen 23 Uhr war es gelöscht."
    assert found(story)[-1] == ("23 Uhr", "2026-03-02T23:00")


def test_the_year_before_counts_from_the_statements_own_date() -> None:
    assert found("Am 3. Mai 2019 sagte der Chef, der Umsatz sei höher als im Vorjahr.") == [
        ("3. Mai 2019", "2019-05-03"), ("Vorjahr", "2018"),
    ]
    assert found("Der Umsatz ist höher als im Vorjahr.") == [("Vorjahr", "2025")]
    said = found("Im März des Vorjahres, sagte er am 3. Mai 2019, war es knapp.")
    assert said[0] == ("März des Vorjahres", "2018-03")


# -- stamps in the text --------------------------------------------------------------------------------
def test_an_agency_stamp_in_the_text_anchors_what_follows() -> None:
    text = (
        "Der Streit ging weiter. Linz (APA, 22.8.2015) - Am Montag kam es zum Eklat. "
        "Im vergangenen Jahr war es ruhig."
    )
    assert found(text) == [("22.8.2015", "2015-08-22"), ("Montag", "2015-08-17"), ("vergangenen Jahr", "2014")]


def test_an_agency_stamp_in_the_text_credits_the_agency() -> None:
    text = "Der Streit ging weiter.\n\nLinz (APA, 22.8.2015) - Am Montag kam es zum Eklat, sagte ein Sprecher."
    art = denews.parse(text, "2015-08-25")
    assert "APA" in art.agencies
    assert [(d.text, d.value) for d in art.dates][:2] == [("22.8.2015", "2015-08-22"), ("Montag", "2015-08-17")]
    assert "APA" not in denews.parse("Linz - Am Montag (22.8.2015) kam es zum Eklat.", "2015-08-25").agencies


# -- mod -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("Die Wahl ist Anfang Mai.", "START"),
        ("Die Wahl ist Mitte Mai.", "MID"),
        ("Die Wahl ist Ende 2027.", "END"),
        ("Er kam gegen 3 Uhr nach Hause.", "APPROX"),
        ("Es dauerte rund drei Stunden.", "APPROX"),
        ("Es dauerte mehr als drei Stunden.", "MORE_THAN"),
        ("Der Vertrag gilt seit 2019.", None),
        ("Wir fahren über Ostern weg.", None),  # "über" bounds amounts, not days
        ("Das Haus wurde um 1900 gebaut.", "APPROX"),
        ("Der Zug fährt um 19 Uhr.", None),
    ],
)
def test_the_timex3_mod(text: str, mod: str | None) -> None:
    d = only(text)
    assert d.mod == mod
    assert d.to_dict()["mod"] == mod


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="am im seit bis vor 0123456789. MaiJuniMontagUhrJahre", max_size=80))
def test_extents_stay_inside_the_text_and_start_with_no_preposition(text: str) -> None:
    for d in denews.normalize_dates(text, WED):
        assert text[d.span.start : d.span.end] == d.text and d.text.strip() == d.text
        first = d.text.split()[0].lower()
        assert first not in {"am", "im", "seit", "bis", "vor"} or len(d.text.split()) == 1


# -- stamps the grammar hands to dateparser ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("Posted 14 October 2018 by the desk.", "14 October 2018", "2018-10-14"),
        ("Updated: May 14, 2019 10:30 AM", "May 14, 2019 10:30 AM", "2019-05-14T10:30"),
        ("Tue, 14 May 2019 12:00:00 GMT", "Tue, 14 May 2019 12:00:00 GMT", "2019-05-14T12:00"),
        ("Stand: 2019-05-14T12:00:00+02:00", "2019-05-14T12:00:00+02:00", "2019-05-14T12:00"),
        ("Aktualisiert vor 3 Std. von der Redaktion", "3 Std", "2019-05-15"),
    ],
)
def test_stamps_in_other_forms(text: str, extent: str, value: str) -> None:
    d = only(text, dt.date(2019, 5, 15))
    assert (d.text, d.value) == (extent, value)


def test_dateparser_is_loaded_only_for_a_stamp_the_grammar_cannot_read() -> None:
    import subprocess
    import sys

    code = (
        "import sys, denews\n"
        "assert 'dateparser' not in sys.modules, 'import'\n"
        "denews.parse('Berlin - Am Montag, 3. März 2025, kam er um 14 Uhr. Vor zwei Wochen war es kalt.')\n"
        "assert 'dateparser' not in sys.modules, 'German text'\n"
        "denews.normalize_dates('Posted 14 October 2019')\n"
        "assert 'dateparser' in sys.modules, 'stamp'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Der Stadtrat tagte am Montag.", "2025-08-04"),  # a five-letter weak preterite
        ("Die Firma legte am Freitag neue Zahlen vor.", "2025-08-01"),
        ("Am Montag tagt der Rat erneut.", "2025-08-11"),  # present: the coming Monday
        ("Heute kommt der Rat, am Montag tagt er wieder.", "2025-08-11"),  # "heute" is no preterite
    ],
)
def test_short_weak_preterites_point_back(sentence: str, value: str) -> None:
    # Written on Thursday 2025-08-07.
    found = denews.parse(sentence, reference_date="2025-08-07").dates
    dates = [d for d in found if d.text in ("Montag", "Freitag")]
    assert [d.value for d in dates] == [value]
