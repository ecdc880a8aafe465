"""Issue 18, fifth pass: compounds on a unit after a number (zwei Sonnentage), and more. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews

WED = dt.date(2026, 3, 4)  # a Wednesday


def dates(text: str, ref: dt.date | None = WED, vague: bool = False) -> list[tuple[str, str, str]]:
    return [(d.text, d.type, d.value) for d in denews.normalize_dates(text, ref, vague=vague)]


# -- a number before a compound whose last part is a unit -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Auf der Insel blieben ihnen drei Regentage Pause.", ("drei Regentage", "DURATION", "P3D")),
        ("Nach zwölf Dienstjahren wechselte die Ärztin nach Graz.", ("zwölf Dienstjahren", "DURATION", "P12Y")),
        ("Der Neue muss vier Probewochen überstehen.", ("vier Probewochen", "DURATION", "P4W")),
        ("Die fünf Wintermonate waren hart.", ("fünf Wintermonate", "DURATION", "P5M")),
        ("Das Gericht plant 14 Verhandlungstage.", ("14 Verhandlungstage", "DURATION", "P14D")),
        ("Nach zweieinhalb Krisenjahren wächst die Firma.", ("zweieinhalb Krisenjahren", "DURATION", "P30M")),
        ("„Zwei Übungstage“ genügten dem Team.", ("Zwei Übungstage", "DURATION", "P2D")),
    ],
)
def test_a_number_before_a_compound_on_a_unit_is_a_duration(text: str, expected: tuple[str, str, str]) -> None:
    assert dates(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "In zwei Landtagen wurde über das Gesetz gestritten.",  # assemblies
        "Die Partei hielt drei Parteitage ab.",
        "Sie feierten zwei Geburtstage an einem Abend.",  # anniversaries
        "Der Stern ist vier Lichtjahre entfernt.",  # a distance
        "Er arbeitete an drei Sonntagen im Lager.",  # weekdays in the plural
        "Das Magazin zeigte eine Fotomontage des Ministers.",  # one: no plural, no unit
        "Sie drehte einer Reportage wegen nach Linz.",
        "Im Schnitt gab es 7,4 Hitzetage im Sommer.",  # an average, no stretch of time
        "Drei Verträge und zwei Beiträge wurden geprüft.",  # -trag is no unit
        "Der Bau hat drei Etagen.",
    ],
)
def test_compounds_that_are_no_stretch_of_time_are_not_durations(text: str) -> None:
    assert not [d for d in dates(text) if d[1] == "DURATION"]


_HEADS = {"tage": "D", "wochen": "W", "monate": "M", "jahre": "Y"}


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=2, max_value=99),
    st.sampled_from(["Probe", "Ferien", "Arbeits", "Sonnen", "Kalender"]),
    st.sampled_from(sorted(_HEADS)),
)
def test_the_number_and_the_head_give_the_duration(n: int, first: str, head: str) -> None:
    found = dates(f"Es folgten {n} {first}{head} im Süden.")
    assert found == [(f"{n} {first}{head}", "DURATION", f"P{n}{_HEADS[head]}")]


# -- "heute" as nowadays, set against an earlier time in the sentence next to it -------------------------------
def _heute(text: str, ref: dt.date | None = WED) -> list[str]:
    return [v for t, _, v in dates(text, ref, vague=True) if t.lower() == "heute"]


@pytest.mark.parametrize(
    "text",
    [
        "Bis 1965 gab es im Dorf keine Straße. Heute fahren dort täglich Busse.",
        "Früher stand hier ein Sumpf.\n\nHeute wohnen an dieser Stelle zweihundert Familien.",
        "Wie sehen die Jungen heute die Gewerkschaften?\n\nNoch 1980 war jeder zweite Arbeiter Mitglied.",
        "Im Wahlkampf 1998 verspottete er die Bauern als Faulpelze. Der Spruch tut ihm heute leid.",
        "Die Firma entstand 1990 in einer Garage. Heute ist sie vor allem im Handel tätig.",  # no anniversary
    ],
)
def test_heute_next_to_an_earlier_time_is_nowadays(text: str) -> None:
    assert _heute(text) == ["PRESENT_REF"]
    assert not [d for d in dates(text) if d[0].lower() == "heute"]  # vague: left out by default


@pytest.mark.parametrize(
    "text",
    [
        "Das Werk wurde 2011 gebaut. Heute teilte die Firma mit, dass es schließt.",  # a report of the day
        "Der Verein entstand 1990. Heute vor drei Jahren brannte sein Heim ab.",  # an anniversary
        "Die Stadt wurde 1850 gegründet. Heute feiert sie ihren Gründungstag.",  # a day of its own
        "Gestern sprach der Minister über die Reform von 2015. Heute trifft er die Gewerkschaft.",
        "Das Gesetz stammt aus dem Jahr 1990. Heute wird der Landtag darüber abstimmen.",  # a plan
        "Der Regen hörte auf. Heute scheint die Sonne.",  # no earlier time named
    ],
)
def test_heute_of_the_day_keeps_the_reference_day(text: str) -> None:
    assert _heute(text) == [WED.isoformat()]


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1900, max_value=1999), st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)))
def test_nowadays_does_not_depend_on_the_day_of_the_text(year: int, ref: dt.date) -> None:
    text = f"Bis {year} lebten hier nur Fischer. Heute leben hier vor allem Pendler."
    assert _heute(text, ref) == ["PRESENT_REF"]


def test_every_compound_head_holds_a_mark_the_scan_looks_for() -> None:
    from denews.dates.compounds import _COMPOUND_MARKS
    from denews.dates.grammar import grammar

    heads = grammar().compound_heads
    assert heads
    assert all(any(mark.decode() in head for mark in _COMPOUND_MARKS) for head in heads)
