"""A page that holds no running text, only a sheet of fields (a label of one word over a value that reads as a
phrase), keeps those fields: the labels and their values.  A menu's entries parted by bars do not read so.

Every text here was invented for these tests."""

from __future__ import annotations

import denews

_MENU = ["Startseite", "Produkte", "Hersteller", "Suche"]
_SHEET = [
    "Produkt",
    "Hinweise",
    "Keine Anleitung vom Hersteller hinterlegt",
    "Sicherheitsblatt",
    "Kein Sicherheitsblatt zu diesem Produkt vorhanden",
    "Inhalt",
    "Lieferumfang",
    "- Gerät mit Netzteil 12 V",
    "Verwendung",
    "Nur für den Gebrauch in trockenen Räumen",
]
# (The page's one sentence is the site's, asking the reader to log in: no running text of an article.)
_END = ["Preise und Händler", "Bitte melden Sie sich an, um Preise zu sehen."]


def test_a_sheet_of_fields_alone_on_its_page_is_its_text() -> None:
    art = denews.parse("\n\n".join([*_MENU, *_SHEET, *_END]))
    for line in ("Keine Anleitung vom Hersteller hinterlegt", "Kein Sicherheitsblatt zu diesem Produkt vorhanden"):
        assert line in art.body
    assert "Hinweise" in art.body  # (the label over its value)
    assert not set(_MENU) & set(art.body.split("\n\n"))


def test_entries_parted_by_bars_are_no_value() -> None:
    bar = "Startseite | Produkte | Hersteller | Kontakt zum Team"
    art = denews.parse("\n\n".join([*_MENU, "Bereiche", bar, *_SHEET, *_END]))
    assert "Kein Sicherheitsblatt zu diesem Produkt vorhanden" in art.body
    assert bar not in art.body
    assert "Bereiche" not in art.body.split("\n\n")
