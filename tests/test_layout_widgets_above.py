"""Widgets above the article that read like a header or like its text (tests/newsparts_widgets.py): a list of
other stories' dated teasers, an author's bio in full sentences, an audio player's time counter.  Above an
invented article, each must leave its title, authors, paragraphs and date as they are without it, and be
reported as boilerplate with a kind it may carry (the law of tests/test_layout_widgets.py, one place more)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from denews.layout.widget_lines import player_counter
from denews.layout.widgets_above import bio as is_bio
from newsparts_widgets import Block, audio, bio, related
from test_layout_widgets import ARTICLES, _page, _reading, assert_removed

WIDGETS = {"related": related(), "bio": bio(), "audio": audio()}
# (A teaser list below the text, too: its dates must not become the article's stamp.)
CASES = [("audio", "above"), ("bio", "above"), ("related", "above"), ("related", "below")]


@pytest.mark.parametrize(("name", "where"), CASES)
@settings(max_examples=12, deadline=None)
@given(data=st.data())
def test_a_widget_outside_the_text_is_removed_and_the_article_stays(
    name: str, where: str, data: st.DataObject
) -> None:
    article = data.draw(st.sampled_from(ARTICLES))
    block: Block = data.draw(WIDGETS[name])
    text, kinds = block
    alone = denews.parse(_page(article, "", "none", 0))
    framed = denews.parse(_page(article, text, where, 0))
    assert _reading(framed) == _reading(alone)
    # (a teaser's date is no stamp of the article's)
    assert framed.published == alone.published
    assert_removed(framed, text, kinds)


@pytest.mark.parametrize(
    ("line", "counter"),
    [("00:00 / 04:12", True), ("1:02:10 / 1:30:00", True), ("12:30", False), ("12:30 Uhr / Berlin", False)],
)
def test_a_player_s_time_counter_is_no_time_of_day(line: str, counter: bool) -> None:
    assert player_counter(line) is counter


@pytest.mark.parametrize(
    ("text", "bio"),
    [
        ("Jana Hollerbach ist Redakteurin im Ressort Kultur und schreibt über Theater.", True),
        ("Tobias Reinhardt, Jahrgang 1979, studierte Physik in Jena.", True),
        ("Jana Hollerbach hat am Montag den Vorsitz des Vereins übernommen.", False),
        ("Die Redaktion bleibt über die Feiertage geschlossen.", False),
    ],
)
def test_bio(text: str, bio: bool) -> None:
    assert is_bio(text) is bio


def test_a_lead_about_a_journalist_under_its_headline_stays_the_text() -> None:
    # A news lead opening with a name and a trade word is no bio where the headline stands right above it.
    lead = (
        "Jana Hollerbach ist neue Chefredakteurin des Stadtanzeigers. Der Verlag gab die Entscheidung am "
        "Freitag bekannt, sie tritt ihr Amt im Frühjahr an."
    )
    more = (
        "Hollerbach arbeitet seit zwölf Jahren für das Blatt und leitete zuletzt die Lokalredaktion. Ihr "
        "Vorgänger geht nach zwanzig Jahren in den Ruhestand."
    )
    head = "Stadtanzeiger bekommt eine neue Chefin"
    art = denews.parse("\n\n".join([head, lead, "Ein Wechsel mit Ansage", more]))
    assert art.title == head
    assert [p.text for p in art.paragraphs][:1] == [lead]


def test_dated_teasers_under_the_headline_are_not_skipped() -> None:
    # The skip starts only where the body's first unit is itself a dated teaser: a list after the text stays
    # the tail's to cut, and the article keeps its headline and lead.
    title, byline, paras = ARTICLES[1]
    teaser = ("Hallenbad: Die Sanierung dauert länger", "14.03.2024", "Die Stadt rechnet nun mit einem Jahr mehr ...")
    art = denews.parse("\n\n".join([title, byline, *paras, "Mehr zum Thema", *teaser]))
    assert art.title == title
    assert [p.text for p in art.paragraphs] == list(paras)


@settings(max_examples=24, deadline=None)
@given(data=st.data())
def test_a_teaser_list_between_two_paragraphs_takes_no_title(data: st.DataObject) -> None:
    # The body's start may be found at the list's first teaser: the list's first headline, closer to it than the
    # article's, must not become the title, nor its date the article's.  (Known limit, the body's: where the list
    # stands inside the body, its teaser texts are kept as paragraphs; see the notes of ttitle4.)
    article = data.draw(st.sampled_from(ARTICLES))
    text, _ = data.draw(related())
    alone = denews.parse(_page(article, "", "none", 0))
    framed = denews.parse(_page(article, text, "between", data.draw(st.integers(1, len(article[2]) - 1))))
    assert framed.title == alone.title
    assert framed.authors == alone.authors
    assert framed.published == alone.published
