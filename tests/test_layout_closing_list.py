"""A list that closes the text, nothing under it (a scraper's output ends so), right under the article's last
paragraph, stays with the article however many short lines it has (past the region's end, as they weigh); a
bulleted menu closing the text does not.

Every text here was invented for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import denews

_HEAD = "Neue Waage für kleine Bäckereien"
_LEAD = (
    "Ein Hersteller aus dem Schwarzwald bringt eine Waage für kleine Bäckereien auf den Markt, die Teig bis "
    "auf das Gramm genau abwiegt und ihre Werte an die Kasse des Ladens schickt."
)
_NEXT = "Die Waage wird in zwei Größen geliefert, die sich nur in der Fläche der Schale unterscheiden."
_ROWS = [
    "• Wiegebereich für {} Teige",
    "• Schale aus Edelstahl, {} geformt",
    "• Anzeige mit {} Ziffern",
    "• Netzteil und Akku, {} austauschbar",
    "• Schnittstelle zur Kasse, {} verbunden",
    "• Gehäuse {} gegen Spritzwasser geschützt",
    "• Tara per Taste, {} einstellbar",
]
_KINDS = ["leichte", "schwere", "große", "kleine"]


@given(st.integers(min_value=3, max_value=4))
def test_a_long_spec_list_closing_the_text_stays(rounds: int) -> None:
    groups = [[f"AUSFÜHRUNG {kind.upper()}:", *(row.format(kind) for row in _ROWS)] for kind in _KINDS[:rounds]]
    rows = [line for group in groups for line in group]
    # (A row that reads as a sentence, far down the list: the rows under it start past the region's end.)
    rows.insert(len(rows) - 3, "• Alle Teile sind für Lebensmittel zugelassen.")
    art = denews.parse("\n\n".join([_HEAD, _LEAD, _NEXT, *rows]))
    assert _NEXT in art.body
    assert all(row in art.body for row in rows[1:])


def test_a_bulleted_menu_closing_the_text_goes() -> None:
    menu = ["• Startseite", "• Produkte", "• Über uns", "• Kontakt", "• Impressum", "• Datenschutz"]
    art = denews.parse("\n\n".join([_HEAD, _LEAD, _NEXT, *menu]))
    assert _NEXT in art.body
    assert all(entry not in art.body for entry in menu)
