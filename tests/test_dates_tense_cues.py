"""Tense cues that decide whether a weekday lies before or after the reference date: "ab" closing a clause is
the particle of a separable verb (stürzte ... ab), not "ab Montag"; "bis" in a range of numbers or in "bis zu
200" is no deadline; a participle in -iert after "ist"/"hat" makes a perfect (ist ... explodiert)."""

from __future__ import annotations

import pytest

import denews

REF = "2031-03-12"  # a Wednesday


def _value(text: str, word: str) -> str:
    return next(d.value for d in denews.normalize_dates(text, reference_date=REF) if d.text == word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Ein Segelflieger stürzte am Montag bei Krems ab.", "Montag", "2031-03-10"),
        ("Am Freitag sagte der Veranstalter das Fest ab, weil es stürmte.", "Freitag", "2031-03-07"),
        ("Am Samstag kamen bis zu 300 Fans zum Training.", "Samstag", "2031-03-08"),
        ("Am Sonntag trafen sich Kinder von 8 bis 12 Jahren im Park.", "Sonntag", "2031-03-09"),
        ("In Graz ist am Dienstag ein Gasrohr explodiert.", "Dienstag", "2031-03-11"),
        ("Die Stadt hat am Montag über die Sperre informiert.", "Montag", "2031-03-10"),
        ("Die Bergsteigerin befand sich am Sonntag auf dem Gipfel.", "Sonntag", "2031-03-09"),
        ("Der Altbürgermeister verstarb am Montag in seinem Haus.", "Montag", "2031-03-10"),
        ("Damit befassten sich die Räte am Donnerstag.", "Donnerstag", "2031-03-06"),
        ("Damit passten die Pläne zum Budget vom Dienstag.", "Dienstag", "2031-03-11"),
    ],
)
def test_told_in_the_past(text: str, word: str, expected: str) -> None:
    assert _value(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Ab Montag gilt die neue Regel.", "Montag", "2031-03-17"),
        ("Die neue Regel gilt ab Freitag.", "Freitag", "2031-03-14"),
        ("Bis Freitag sollen die Pläne vorliegen.", "Freitag", "2031-03-14"),
        ("Am Samstag wird bis 12 Uhr gewählt.", "Samstag", "2031-03-15"),
    ],
)
def test_prepositions_still_look_ahead(text: str, word: str, expected: str) -> None:
    assert _value(text, word) == expected


def test_a_noun_spelled_as_a_preterite_is_no_past_cue() -> None:
    """"Schloss", "Stahl" are nouns: a present-tense plan with them keeps the coming weekday."""
    assert _value("Am Freitag öffnet das Schloss seine Tore.", "Freitag") == "2031-03-14"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # "vom Sonntag": a day reported on, in the past even in a present-tense sentence.
        ("Das Ergebnis der Abstimmung vom Sonntag liegt nun vor.", "Sonntag", "2031-03-09"),
        ("Nach Angaben der Feuerwehr vom Montag besteht keine Gefahr mehr.", "Montag", "2031-03-10"),
        # A perfect infinitive ("ereignet haben", "getötet worden sein") reports a past.
        ("Der Einbruch soll sich am Samstag ereignet haben.", "Samstag", "2031-03-08"),
        ("Die Tiere sollen am Freitag vergiftet worden sein.", "Freitag", "2031-03-07"),
    ],
)
def test_reported_pasts(text: str, word: str, expected: str) -> None:
    assert _value(text, word) == expected


def test_a_state_after_a_modal_is_no_past() -> None:
    assert _value("Die Rollen am Samstag dürften klar verteilt sein, sagt der Trainer.", "Samstag") != "2031-03-08"
    assert _value("Die neue Halle soll am Montag fertiggestellt sein.", "Montag") == "2031-03-17"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Von Donnerstag bis Sonntag findet das Fest statt.", "2031-03-13", "2031-03-16"),
        ("Die Straße wird von Freitag bis Montag gesperrt.", "2031-03-14", "2031-03-17"),
        ("Die Straße war von Freitag bis Montag gesperrt.", "2031-03-07", "2031-03-10"),
        ("Von Montag bis Mittwoch tagte der Rat.", "2031-03-10", "2031-03-12"),
    ],
)
def test_the_end_of_a_range_of_weekdays_follows_its_start(text: str, first: str, second: str) -> None:
    days = [d.value for d in denews.normalize_dates(text, reference_date=REF)]
    assert days == [first, second]


def test_a_deadline_after_a_clause_is_read_alone() -> None:
    assert _value("Am Sonntag war Markt, bis Dienstag bleibt die Halle zu.", "Dienstag") == "2031-03-18"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Am Montag kamen bis zum Abend 900 Besucher.", "Montag", "2031-03-10"),
        ("Bis zum Wochenende waren alle Karten verkauft.", "Wochenende", "2031-W10-WE"),
        ("Am Sonntag wurden bis 21 Uhr alle Stimmen gezählt.", "Sonntag", "2031-03-09"),
    ],
)
def test_a_preterite_outweighs_a_preposition_that_looks_ahead(text: str, word: str, expected: str) -> None:
    assert _value(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Am Montagabend kündigte die Ministerin für den nächsten Tag eine Rede an.", "Montagabend", "2031-03-10TEV"),
        ("So fassten die Räte am Dienstag einen Beschluss.", "Dienstag", "2031-03-11"),
        ("Am Montag hat in Linz der Prozess gegen den Wirt begonnen.", "Montag", "2031-03-10"),
        ("Ein Kleinflugzeug ist am Sonntag bei Wels notgelandet.", "Sonntag", "2031-03-09"),
    ],
)
def test_more_pasts(text: str, word: str, expected: str) -> None:
    assert _value(text, word) == expected


@pytest.mark.parametrize(
    "text",
    ["Die Messe ist am Freitag notgedrungen kleiner.", "Am Freitag ist der Saal notgedrungen leer."],
)
def test_an_adverb_in_not_is_no_participle(text: str) -> None:
    """"notgedrungen" (of necessity) is no participle of a verb with "not": "ist" before it makes no perfect."""
    assert _value(text, "Freitag") == "2031-03-14"


def test_an_adjective_after_a_determiner_is_no_preterite() -> None:
    """"am späten Abend": "späten" before a noun is an adjective; the coming plan keeps its day."""
    assert _value("Die Band spielt am Freitag bis zum späten Abend.", "Freitag") == "2031-03-14"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Am Montag schien die Sonne, am Sonntag soll es schneien.", "Montag", "2031-03-10"),
        ("Am Dienstag galt die Sperre noch, bald soll sie fallen.", "Dienstag", "2031-03-11"),
    ],
)
def test_strong_preterites_against_a_plan_in_the_next_clause(text: str, word: str, expected: str) -> None:
    assert _value(text, word) == expected


def test_a_postponement_looks_ahead() -> None:
    """"verschoben" is no past cue: a heading "auf Freitag verschoben" names the coming Friday."""
    assert _value("Gemeinderat: Sitzung auf Freitag verschoben", "Freitag") == "2031-03-14"
