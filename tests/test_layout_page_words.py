"""Whose words a block after the article speaks (layout/page_words.py): a block that shares its words with the
page's removed furniture (the site's name, its sections) more than with the article is read as the page's.

Every text here was invented for the tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from conftest import examples
from denews.layout import tail
from denews.layout.page_words import PageWords, content
from denews.layout.units import _U, HEAD, PROSE, Role
from test_layout_tail import ARTICLE as FERRY_ARTICLE

MENU = ["Hafenkurier", "Startseite", "Lokales", "Vereine", "Termine", "Anzeigen"]
FOOTER = ["Hafenkurier", "Vereine und Termine", "Anzeigen", "Kontakt", "Impressum"]
ARTICLE = FERRY_ARTICLE.split("\n\n")  # the ferry article of test_layout_tail, as its blocks
#: The site's description of itself: no cue phrase, no word of the after-article lexicon; only its words (the
#: site's name and sections, printed in the menu) and the site's "wir" tell it from the article.
SELF = (
    "Der Hafenkurier berichtet seit zwanzig Jahren über Vereine, Termine und Anzeigen aus Musterhafen und der "
    "Umgebung. Wir erscheinen jeden Donnerstag."
)
#: The article's own closing paragraph in the site's "wir", with words of the menu among the article's.
CLOSING = (
    "Wir werden über die Fahrpläne der Fähre und die Preise für die Überfahrt zur Insel weiter berichten, auch "
    "über die Termine der Reederei."
)


def _page(after: str) -> str:
    return "\n\n".join([*MENU, *ARTICLE, "Teilen", "Drucken", after, *FOOTER])


def _unit(text: str, role: Role, kind: str = "other") -> _U:
    shape = PROSE if len(text.split()) > 4 else HEAD
    return _U(0, len(text), False, text, shape, role=role, kind=kind, nwords=len(text.split()))


def _words_of(units: list[_U], block: str) -> float:
    kept = [i for i, x in enumerate(units) if x.role is Role.PARAGRAPH]
    return PageWords(units, kept).leaning(block)


def test_a_site_description_leans_to_the_furniture() -> None:
    units = [_unit(t, Role.BOILERPLATE) for t in MENU] + [_unit(t, Role.PARAGRAPH) for t in ARTICLE[1:]]
    units.append(_unit(SELF, Role.PARAGRAPH))
    assert _words_of(units, SELF) > tail.LEANING_AT


def test_an_article_paragraph_leans_to_the_article() -> None:
    units = [_unit(t, Role.BOILERPLATE) for t in MENU] + [_unit(t, Role.PARAGRAPH) for t in ARTICLE[1:]]
    units.append(_unit(CLOSING, Role.PARAGRAPH))
    assert _words_of(units, CLOSING) <= tail.LEANING_AT


def test_inline_furniture_is_the_articles() -> None:
    """A caption's words are the article's: they make no block lean to the furniture."""
    units = [_unit(t, Role.PARAGRAPH) for t in ARTICLE[1:]]
    units.append(_unit("Vereine, Termine und Anzeigen im Hafenkurier", Role.BOILERPLATE, "caption"))
    assert _words_of(units, SELF) <= 0.0


def test_a_short_block_says_nothing() -> None:
    units = [_unit(t, Role.BOILERPLATE) for t in MENU]
    assert _words_of(units, "Vereine und Termine") == 0.0


def test_the_sites_description_after_the_article_is_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    art = denews.parse(_page(SELF))
    assert [p.text for p in art.paragraphs] == ARTICLE[1:]
    assert SELF in [b.text for b in art.boilerplate]
    # Without the signal the description stays: the site's "wir" alone is not enough.
    monkeypatch.setattr(tail, "LEANING", 0.0)
    assert SELF in [p.text for p in denews.parse(_page(SELF)).paragraphs]


def test_the_articles_closing_paragraph_with_menu_words_stays() -> None:
    assert [p.text for p in denews.parse(_page(CLOSING)).paragraphs] == [*ARTICLE[1:], CLOSING]


@settings(max_examples=examples(40), deadline=None)
@given(st.lists(st.sampled_from(MENU + FOOTER), min_size=1, max_size=12))
def test_menu_words_never_cut_the_articles_closing_paragraph(menu: list[str]) -> None:
    """Whatever menu the page prints, the article's closing paragraph (its words the article's) stays."""
    page = "\n\n".join([*menu, *ARTICLE, "Teilen", CLOSING, *menu])
    assert CLOSING in [p.text for p in denews.parse(page).paragraphs]


def test_content_words_are_stems_without_function_words() -> None:
    assert content("Die Vereine und die Termine") == {"verei", "termi"}
