"""Layout title: more general signals of the page's own headline (invented pages, session 18)."""

from __future__ import annotations

import pytest

from denews import layout
from denews.layout.title import furniture_shape

LEAD = (
    "Die Stadtwerke von Brunnhausen haben am Montag angekündigt, die Preise für Fernwärme im kommenden Winter "
    "nicht zu erhöhen, obwohl die Kosten für Gas und Holzpellets gestiegen sind."
)
MORE = (
    "Der Aufsichtsrat hatte sich nach einer langen Sitzung darauf geeinigt, die Rücklagen anzugreifen und "
    "den Ausbau des Netzes im Süden der Stadt um ein Jahr zu verschieben."
)


def _page(*above: str) -> str:
    return "\n\n".join([*above, LEAD, MORE])


# ---- an "at" sign between words is no address ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "furniture"),
    [("Fernwärme @ Brunnhausen: Stadtwerke halten die Preise", False),
     ("kontakt@stadtwerke-brunnhausen.example", True), ("Folgen Sie uns: @stadtwerke", True)],
)
def test_an_at_sign_between_words_is_no_address(line: str, furniture: bool) -> None:
    assert furniture_shape(line) is furniture


def test_a_headline_with_an_at_sign_between_words_is_the_title() -> None:
    head = "Fernwärme @ Brunnhausen: Stadtwerke halten die Preise"
    assert layout.split(_page("* Start", "* Energie", head, "Keine Kommentare")).title == head


# ---- a name-shaped headline that the breadcrumb ends with --------------------------------------------------

NAMED = "Fernwärme von Brunnhausen"


@pytest.mark.parametrize(("crumb", "title"), [(f"Start » Energie » {NAMED}", NAMED), ("Start » Energie", None)])
def test_a_name_shaped_headline_the_breadcrumb_ends_with_is_the_title(crumb: str, title: str | None) -> None:
    """Capitalized words around ``von`` read as a person's name; the breadcrumb's last item names the page."""
    text = _page("* Start", "* Energie", crumb, "Stadtwerke | 12.03.2024", NAMED)
    assert layout.split(text).title == title
