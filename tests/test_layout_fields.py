"""A product's data sheet between two paragraphs, each field a label on a line of its own over its value, is the
article's; a menu in capitals between two paragraphs (labels in a row, no values) is not.

Every text here was invented for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import denews
from denews.layout.core import Page, _read_units
from denews.layout.list_facts import fields
from denews.layout.start import _sheets
from denews.layout.units import _U

_HEAD = "Neue Heizungspumpe für kleine Häuser"
_LEAD = (
    "Der Hersteller Probotherm bringt im Frühjahr eine kleine Heizungspumpe auf den Markt, die vor allem für "
    "Einfamilienhäuser mit wenig Platz im Keller gedacht ist."
)
_NEXT = (
    "Die Pumpe wird über den Fachhandel vertrieben und soll ab März in allen Größen lieferbar sein, wie der "
    "Hersteller in seiner Mitteilung schreibt."
)
_FIELDS = [
    ("LEISTUNG", "bis 2,5 kW im Dauerbetrieb"),
    ("GERÄUSCH", "leiser als ein Kühlschrank"),
    ("STEUERUNG", "per Taste am Gerät oder über das Heimnetz"),
    ("ANSCHLUSS:", "Standardgewinde für alle gängigen Rohre"),
]
_FOOTER = ["Impressum", "Datenschutz", "Kontakt"]


@given(st.integers(min_value=3, max_value=4))
def test_a_sheet_of_fields_between_two_paragraphs_stays(n: int) -> None:
    sheet = [line for field in _FIELDS[:n] for line in field]
    art = denews.parse("\n".join([_HEAD, _LEAD, *sheet, _NEXT, *_FOOTER]))
    for label, value in _FIELDS[:n]:
        assert label in art.body
        assert value in art.body
    assert _NEXT in art.body


def test_labels_in_a_row_between_two_paragraphs_are_no_sheet() -> None:
    # A menu in capitals: no value under its entries.
    menu = ["PRODUKTE", "SERVICE", "KARRIERE", "PRESSE", "KONTAKT"]
    art = denews.parse("\n".join([_HEAD, _LEAD, *menu, _NEXT, *_FOOTER]))
    assert all(entry not in art.body for entry in menu)
    assert _NEXT in art.body


_LABELS = ["GEWICHT", "MASSE", "FARBE", "MATERIAL", "GARANTIE:", "Lieferumfang:", "Pflege:", "Herkunft:"]
_VALUES = [
    "Zwei Kilogramm ohne Verpackung",
    "Handwäsche bei dreißig Grad",
    "Aus recyceltem Aluminium gefertigt",
    "Fünf Jahre auf alle Teile",
    "Gerät, Kabel und eine kurze Anleitung",
    "Gefertigt in einer Werkstatt im Allgäu",
]


@given(
    st.lists(st.sampled_from(_LABELS), min_size=3, max_size=5, unique=True),
    st.lists(st.sampled_from(_VALUES), min_size=5, max_size=5, unique=True),
)
def test_any_sheet_of_labels_over_values_between_paragraphs_stays(labels: list[str], values: list[str]) -> None:
    sheet = [line for label, value in zip(labels, values[: len(labels)], strict=True) for line in (label, value)]
    art = denews.parse("\n".join([_HEAD, _LEAD, *sheet, _NEXT, *_FOOTER]))
    assert all(line in art.body for line in sheet)
    assert _LEAD in art.body and _NEXT in art.body
    assert all(line not in art.body for line in _FOOTER)


def _units(lines: list[str]) -> list[_U]:
    return _read_units(Page("\n\n".join(lines)))


_EVENTS = [
    "Gründung der Werkstatt in einer Garage",
    "Umzug in die alte Mühle am Bach",
    "Der erste Lehrling fängt an",
    "Eröffnung des Ladens am Markt",
    "Eine zweite Werkstatt in der Nachbarstadt",
]


@given(st.lists(st.integers(min_value=1950, max_value=2030), min_size=3, max_size=5, unique=True))
def test_a_chronology_of_years_over_events_is_no_sheet_of_fields(years: list[int]) -> None:
    # A year is no field's label: the chronology is read as any run of short lines is, and weighs as such.
    rows = [f"{year}\n{event}" for year, event in zip(sorted(years), _EVENTS, strict=False)]
    us = _units([_HEAD, _LEAD, *rows, _NEXT])
    assert us[1].text == _LEAD and us[-1].text == _NEXT
    assert not fields(us, 2, len(us) - 1)
    assert _sheets(us) == []


def test_a_sheet_weighs_nothing_only_between_two_paragraphs() -> None:
    sheet = [line for field in _FIELDS for line in field]
    between = _units([_HEAD, _LEAD, *sheet, _NEXT])
    assert _sheets(between) == [(2, 2 + len(sheet))]
    # The same sheet under the last paragraph, closing the page: the body would not keep it, so it keeps its
    # weight as short lines (it may part the article from what follows).
    under = _units([_HEAD, _LEAD, _NEXT, *sheet])
    assert fields(under, 3, len(under))
    assert _sheets(under) == []
