"""A post's categories under its headline, named again from the page's menu, are furniture, not its lead."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from conftest import examples

MENU = ["* Startseite", "* Notizen", "+ Aus der Region", "+ Veranstaltungen", "+ Vermischtes", "* Kontakt"]
HEADLINE = "Neue Bänke für den Stadtpark in Kleinhausen"
TEXT = [
    "Im Stadtpark von Kleinhausen stehen seit dieser Woche zwölf neue Bänke aus heimischem Eichenholz. Der "
    "Bürgerverein hatte das Geld dafür in zwei Jahren bei Festen und Flohmärkten gesammelt.",
    "Die alten Bänke waren morsch geworden und mussten im vergangenen Herbst abgebaut werden. Viele ältere "
    "Besucher hatten sich danach beim Rathaus beschwert, weil sie keine Pause mehr machen konnten.",
    "Der Vorsitzende des Vereins sagte bei der Übergabe, man wolle im nächsten Jahr auch den Spielplatz am "
    "Weiher erneuern. Dafür werden noch Helferinnen und Helfer gesucht.",
]


def _page(under: str) -> str:
    return "\n\n".join(["\n".join(MENU), HEADLINE, "MartaKolb 3. März 2021", under, *TEXT])


def test_a_line_of_menu_entries_under_the_headline_is_no_teaser() -> None:
    under = "Aus der Region, Notizen, Vermischtes, Veranstaltungen"
    art = denews.parse(_page(under))
    assert art.title == HEADLINE
    assert under not in (art.teaser or "") + art.body
    assert under not in denews.strip_boilerplate(_page(under))
    # The article's first paragraph stays (as the lead or the body's start).
    assert TEXT[0] in (art.teaser or "") + art.body


def test_a_subtitle_that_names_no_menu_entries_stays_the_teaser() -> None:
    """The same place, the same comma shape, but the entries are not the menu's: a subtitle of the article."""
    under = "Zwölf Bänke, zwei Jahre Sammeln, ein zufriedener Verein"
    art = denews.parse(_page(under))
    assert art.teaser == under


def test_one_menu_entry_in_a_subtitle_does_not_make_it_furniture() -> None:
    under = "Aus der Region, mit viel Geduld gesammelt, für alle Besucher"
    art = denews.parse(_page(under))
    assert art.teaser == under


ENTRIES = [m[2:] for m in MENU]


@settings(max_examples=examples(25))
@given(st.lists(st.sampled_from(ENTRIES), min_size=2, max_size=5, unique=True))
def test_the_article_stays_whatever_categories_stand_under_the_headline(picked: list[str]) -> None:
    """Law: a category line of the menu's entries never takes the headline's place nor costs a paragraph."""
    art = denews.parse(_page(", ".join(picked)))
    assert art.title == HEADLINE
    assert all(t in (art.teaser or "") + art.body for t in TEXT)
