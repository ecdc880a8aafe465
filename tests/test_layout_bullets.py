"""Every mark of a list's bullet (``tokenize.BULLETS``: the hyphen, the en and em dash, dots, a square, a
triangle, a star, a plus) marks an item of a list inside the article alike.

Every text here was invented for these tests."""

from __future__ import annotations

import pytest

import denews
from denews.tokenize import BULLETS

_HEAD = "Die Gemeinde ordnet ihre Wanderwege neu"
_LEAD = (
    "Der Gemeinderat hat am Dienstagabend beschlossen, die Wanderwege rund um den Ort neu zu beschildern und "
    "einige alte Pfade durch den Wald wieder für Besucher zu öffnen."
)
_NEXT = (
    "Die Arbeiten sollen im Frühjahr beginnen, sobald der Boden im Wald trocken genug ist, und bis zum "
    "Sommer fertig sein, sagte der Bürgermeister nach der Sitzung."
)
_ITEMS = [
    "neue Schilder an allen Kreuzungen",
    "eine Karte am Parkplatz beim Friedhof",
    "zwei Bänke am Aussichtspunkt",
]
_FOOTER = ["Impressum", "Datenschutz", "Kontakt"]


@pytest.mark.parametrize("mark", sorted(BULLETS))
def test_a_list_closing_the_text_stays_whatever_its_bullet(mark: str) -> None:
    items = [f"{mark} {item}" for item in _ITEMS]
    art = denews.parse("\n\n".join([_HEAD, _LEAD, _NEXT, "Geplant sind unter anderem", *items, *_FOOTER]))
    assert all(item in art.body for item in _ITEMS)
    assert all(line not in art.body for line in _FOOTER)
