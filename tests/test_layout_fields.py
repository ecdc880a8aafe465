"""A product's data sheet between two paragraphs, each field a label on a line of its own over its value, is the
article's; a menu in capitals between two paragraphs (labels in a row, no values) is not.

Every text here was invented for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import denews

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
