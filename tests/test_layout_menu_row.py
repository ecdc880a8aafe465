"""A menu's entries printed on one line above the article read as running text by their length alone: with not
one punctuation mark and hardly a function word they are furniture, not the article's first paragraph."""

from __future__ import annotations

import denews
from denews.blocks import units
from denews.layout.body import _menu_row
from denews.layout.units import _features

ROW = (
    "Garten Pflanzen Gemüse anbauen Kräuter im Topf Rosen schneiden Rasen mähen Obstbäume Beete anlegen "
    "Hochbeet bauen Kompost Gartengeräte Teich anlegen Balkonpflanzen Zimmerpflanzen"
)
TEXT = [
    "Wer Tomaten im Garten zieht, sollte die Seitentriebe regelmäßig entfernen. So wachsen die Früchte größer, "
    "und die Pflanze steckt ihre Kraft nicht in Blätter.",
    "Am besten bricht man die jungen Triebe mit den Fingern aus, solange sie noch weich sind. Ein Messer ist "
    "dafür nicht nötig, wenn man früh genug beginnt.",
]


LEAD = "Im Mai beginnt die Zeit der Tomaten im Garten, und wer sie richtig pflegt, wird reich belohnt."


def _page(above: str, second: str | None = None) -> str:
    """Two rows of the menu (the second opens with its "all" entry), the breadcrumb, the header, the text."""
    head = ["Schließen", "Hefte & Abos", above, second or "Alle " + above, "Startseite", "Garten"]
    return "\n\n".join([*head, "Tomaten richtig ausgeizen: So geht es", LEAD, "Erika Muster", *TEXT])


def test_a_menu_row_above_the_headline_is_furniture() -> None:
    art = denews.parse(_page(ROW))
    assert ROW not in art.body
    assert ROW not in denews.strip_boilerplate(_page(ROW))
    assert LEAD in (art.teaser or "") + art.body
    assert all(t in (art.teaser or "") + art.body for t in TEXT)


def _row(text: str) -> bool:
    return _menu_row(_features(text, units(text)[0]))


def test_a_sentence_without_its_full_stop_is_no_menu_row() -> None:
    """As long as the row, no punctuation either, but written with the function words of a sentence."""
    above = (
        "Der Gartenverein lädt alle Mitglieder und ihre Familien am nächsten Samstag zu einem Vortrag über die "
        "Pflege der Tomaten in den Hochbeeten ein"
    )
    assert _row(ROW)
    assert not _row(above)
    assert not _row(ROW + ".")  # one punctuation mark: not the menu's shape
    assert not _row(" ".join(ROW.split()[:10]))  # too short to tell
