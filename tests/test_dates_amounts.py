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
