"""Where the article starts when the region by weight starts above its header: a mega-menu's descriptions, a
sidebar's blurbs or a gallery's captions over the article's own header (headline, stamp, text).

Every sentence here was invented for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import denews

# A mega-menu whose entries each carry a sentence of description (running text, but not the article's).
MENU_ENTRIES = [
    ("+ Bildung für alle", "Wir möchten, dass jedes Kind in der Stadt eine gute Schule in seiner Nähe findet."),
    ("+ Wohnen und Bauen", "Wir setzen uns dafür ein, dass in den Vierteln mehr günstige Wohnungen gebaut werden."),
    ("+ Mobilität", "Wir wollen, dass Busse und Bahnen öfter fahren und auch am Abend gut zu erreichen sind."),
    ("+ Umwelt und Klima", "Wir wollen die Parks der Stadt erhalten und an den Straßen viele neue Bäume pflanzen."),
]
CRUMBS = ["* Themen", "* Presse", "* Kontakt", "Aktuelles", "Verkehr"]
HEADLINE = "Neue Nachtbuslinie verbindet die Vororte"
STAMP = "14.03.2024"
ARTICLE = [
    "Ab dem kommenden Montag fährt eine neue Nachtbuslinie zwischen dem Bahnhof und den drei Vororten im Norden, "
    "teilten die Verkehrsbetriebe am Mittwoch mit, und zwar jede Stunde bis drei Uhr morgens.",
    "Die Fraktion hatte die Linie seit zwei Jahren gefordert, weil viele Beschäftigte in der Gastronomie und in "
    "den Kliniken nach ihrer Schicht bisher ein Taxi nehmen oder lange zu Fuß gehen mussten.",
    "Die Kosten für den Probebetrieb von einem Jahr teilen sich die Stadt und der Landkreis, danach soll geprüft "
    "werden, wie viele Fahrgäste die Busse tatsächlich nutzen und ob die Linie bleibt.",
]
FOOTER = ["Teilen auf", "Impressum", "Datenschutz"]


def _page(entries: int = len(MENU_ENTRIES), *, stamp_first: bool = False) -> str:
    menu = [line for entry in MENU_ENTRIES[:entries] for line in entry]
    header = [STAMP, HEADLINE] if stamp_first else [HEADLINE, STAMP]
    return "\n\n".join([*menu, *CRUMBS, *header, *ARTICLE, *FOOTER])


def _read(art: denews.Article) -> str:
    """What a reader reads: kicker, title, teaser and body."""
    return "\n\n".join(x for x in (art.kicker, art.title, art.teaser, art.body) if x)


@given(st.integers(min_value=2, max_value=len(MENU_ENTRIES)), st.booleans())
def test_menu_descriptions_over_a_dated_header_do_not_start_the_article(entries: int, stamp_first: bool) -> None:
    # The header: the headline over its stamp, or the stamp over the headline.
    art = denews.split(_page(entries, stamp_first=stamp_first))
    assert art.title == HEADLINE
    read = _read(art)
    assert all(a in read for a in ARTICLE)
    # (The descriptions are running text above the header: what no step claims stays the reader's.)


def test_a_lead_over_its_byline_stays_the_articles() -> None:
    # No headline between the lead and its stamp: the lead is the article's own, not another element's.
    lead = (
        "Die Verkehrsbetriebe haben eine neue Nachtbuslinie angekündigt, die ab Montag den Bahnhof mit den "
        "Vororten im Norden verbindet."
    )
    page = "\n\n".join(["Startseite", "Verkehr", HEADLINE, lead, "Von Jana Beispiel", STAMP, *ARTICLE, *FOOTER])
    read = _read(denews.split(page))
    assert lead in read and all(a in read for a in ARTICLE)


def test_a_heavier_article_above_a_dated_section_keeps_its_start() -> None:
    # The text above the second header weighs more than the text under it: one article with a dated update.
    update = [
        "Nachtrag vom Abend",
        "15.03.2024",
        "Inzwischen hat auch der Kreistag zugestimmt, die Hälfte der Kosten zu tragen, sodass der Probebetrieb "
        "wie geplant am Montag beginnen kann und die ersten Busse um Mitternacht losfahren.",
    ]
    page = "\n\n".join(["Startseite", HEADLINE, *ARTICLE, *update, *FOOTER])
    art = denews.split(page)
    assert art.title == HEADLINE
    assert all(a in _read(art) for a in ARTICLE)


@pytest.mark.parametrize("stamped", [False, True])
def test_dated_posts_of_a_forum_keep_the_first_post(stamped: bool) -> None:
    # Each post of a thread has a stamp: the first post's text stays the start however the others weigh.
    first = (
        "Ich habe gestern zum ersten Mal die neue Nachtbuslinie ausprobiert, die seit Montag vom Bahnhof in die "
        "Vororte fährt, und war pünktlich zu Hause."
    )
    posts = [
        first, "Kalle_77", "14.03.2024, 22:10 Zitieren",
        "Frage zum Nachtbus", "Mona", "14.03.2024, 22:40 Zitieren" if stamped else "Mona schreibt",
        *ARTICLE,
    ]
    art = denews.split("\n\n".join(["Forum", "Verkehr", *posts, *FOOTER]))
    assert first in art.body
    assert art.title != "Frage zum Nachtbus"  # the second post's subject is not the page's headline


SENTENCE_HEADLINE = "Der Herbst kommt. Was planen die Gärtner jetzt im Stadtpark?"


@pytest.mark.parametrize("copy", [SENTENCE_HEADLINE, f"* {SENTENCE_HEADLINE}"])
def test_a_sentence_headline_printed_twice_is_the_title_not_the_text(copy: str) -> None:
    # The page's title over its h1 (or a breadcrumb's last item): a short sentence printed again is a headline.
    page = "\n\n".join(
        ["Startseite", "Umwelt", copy, "Gärten", SENTENCE_HEADLINE, "Gartenfreund Ein Kommentar", *ARTICLE, *FOOTER]
    )
    art = denews.split(page)
    assert art.title == SENTENCE_HEADLINE
    assert all(a in _read(art) for a in ARTICLE)
    assert SENTENCE_HEADLINE not in art.body


def test_a_long_lead_printed_twice_stays_the_articles() -> None:
    # Over ECHO_WORDS words a copy is the lead's (a teaser list's copy of it): the text starts with it.
    page = "\n\n".join(["Startseite", HEADLINE, STAMP, *ARTICLE, "Weitere Artikel", ARTICLE[0], *FOOTER])
    art = denews.split(page)
    assert art.title == HEADLINE
    read = _read(art)
    assert read.index(ARTICLE[0]) < read.index(ARTICLE[1])


@given(st.sampled_from(["Der Stadtpark bekommt im Herbst dreißig neue Bäume.", SENTENCE_HEADLINE]))
def test_a_short_text_printed_twice_keeps_its_text(short: str) -> None:
    # Nothing printed once follows: the copies are the text itself, which must not vanish.
    page = "\n\n".join(["Startseite", HEADLINE, short, "Teilen auf", "Impressum", short])
    assert short in _read(denews.split(page))


def test_a_page_printing_its_short_paragraphs_twice_starts_with_the_first() -> None:
    # Two layouts of one page (for wide and narrow screens): every short paragraph is printed twice, and none is
    # a headline over text printed once.
    shorts = [
        "Unsere Bäckerei backt jeden Morgen frisches Brot aus Mehl der Region.",
        "Die Brötchen sind ab sechs Uhr in allen Filialen zu haben.",
        "Am Sonntag haben wir von acht bis elf Uhr geöffnet.",
    ]
    labels = ["Frisch", "Früh", "Sonntags"]
    block = [line for pair in zip(labels, shorts, strict=True) for line in pair]
    once = "Seit drei Generationen führt die Familie das Geschäft, und viele Rezepte stammen noch vom Großvater."
    page = "\n\n".join(["Startseite", "Bäckerei am Markt", *block, "Mehr erfahren", *block, once, *FOOTER])
    art = denews.split(page)
    assert art.paragraphs and art.paragraphs[0].text == shorts[0]
    # The body starts at the copies, not past them at the one paragraph printed once.
    from denews.layout.core import Page, _read_units
    from denews.layout.start import body_start, region_span

    us = _read_units(Page(page))
    assert us[body_start(us, region_span(us))].text in shorts


DIALOG = [
    "Einstellungen zur Speicherung",
    "Die technische Speicherung der Angaben dient allein dem Zweck, die gewählten Einstellungen über mehrere "
    "Besuche hinweg zu behalten, und sie wird nach einem Jahr ohne weiteren Besuch wieder gelöscht.",
    "Statistik",
    "Die Speicherung zu statistischen Zwecken erfolgt ohne Namen und ohne Adressen, damit die Redaktion erkennen "
    "kann, welche Seiten wie oft gelesen werden und zu welcher Tageszeit die meisten Besuche kommen.",
    "Werbung",
    "Die Speicherung zu Zwecken der Werbung erlaubt es den Partnern des Verlags, Anzeigen nach den Themen "
    "auszuwählen, die zuvor gelesen wurden, und die Zahl der Anzeigen für jede Person zu begrenzen.",
    "Alle annehmen Alle ablehnen Auswahl speichern",
]
COPYRIGHT = "© 2024 Talbote. Alle Rechte vorbehalten."


@pytest.mark.parametrize("paragraphs", [1, 2])
def test_an_overlay_past_the_copyright_line_is_not_the_article(paragraphs: int) -> None:
    # A consent dialog printed after the page's end outweighs a short report: the report is the article.
    page = "\n\n".join(
        ["Startseite", "Polizei", HEADLINE, STAMP, *ARTICLE[:paragraphs], *FOOTER, "Kontakt", COPYRIGHT, *DIALOG]
    )
    art = denews.split(page)
    assert art.title == HEADLINE
    assert all(a in _read(art) for a in ARTICLE[:paragraphs])
    assert not any(d in _read(art) for d in DIALOG[1::2])


def test_text_after_a_copyright_line_at_the_top_stays_the_article() -> None:
    # Nothing with running text before the line: the text after it is the article.
    page = "\n\n".join([COPYRIGHT, "Startseite", HEADLINE, STAMP, *ARTICLE, "Impressum"])
    art = denews.split(page)
    assert art.title == HEADLINE
    assert all(a in _read(art) for a in ARTICLE)


def test_a_long_undated_post_above_a_dated_one_keeps_the_start() -> None:
    # Over HEADED_ABOVE the text above the second header is an article of its own (a blog's earlier post whose
    # date is not printed), not blurbs: the region keeps its start however heavy the post below is.
    earlier = [f"{p} Das schrieb die Fraktion im Frühjahr, Teil {k + 1}." for k in range(3) for p in ARTICLE]
    later = [f"{p} So steht es im Bericht des Kreistags, Abschnitt {k + 1}." for k in range(5) for p in ARTICLE]
    page = "\n\n".join(["Blog", "Busse im Kreis", *earlier, "Der Kreistag hat entschieden", STAMP, *later, *FOOTER])
    art = denews.split(page)
    assert art.title == "Busse im Kreis"
    assert art.body.startswith(earlier[0])
    assert any(p.kind == "heading" and p.text == "Der Kreistag hat entschieden" for p in art.paragraphs)


# -- a short lead opening with a dateline starts the body, though the region by weight starts below it ----------
@pytest.mark.parametrize("dateline", ["Talheim - ", "TALHEIM (tb) - ", "Talheim/Neudorf - "])
@pytest.mark.parametrize("heading", ["Wie es weitergeht", "Der Plan der Stadt"])
def test_a_short_dateline_lead_keeps_the_heading_under_it_in_the_body(dateline: str, heading: str) -> None:
    lead = f"{dateline}Die Brücke bleibt gesperrt."
    rest = "Der Gemeinderat hat am Dienstag über die Reparatur der alten Brücke am Fluss beraten und abgestimmt."
    art = denews.parse(f"{lead}\n\n{heading}\n\n{rest}")
    assert art.title is None
    assert [p.text for p in art.paragraphs] == [lead, heading, rest]
    once = denews.strip_boilerplate(f"{lead}\n\n{heading}\n\n{rest}")
    assert denews.strip_boilerplate(once) == once


def test_a_dateline_teaser_far_above_the_article_does_not_start_its_body() -> None:
    teaser = "Hafenstadt - Die Fähre fährt ab Mai öfter."
    menu = "\n".join(["Start", "Lokales", "Sport", "Kultur", "Wetter", "Anzeigen", "Kontakt", "Impressum"] * 3)
    headline = "Neue Brücke über den Fluss eröffnet"
    body = [
        "Talheim. Nach zwei Jahren Bauzeit ist die neue Brücke über den Fluss seit Dienstag für den Verkehr frei.",
        "Der Bürgermeister sprach bei der Eröffnung von einem guten Tag für die Stadt und alle Pendler.",
        "Die alte Brücke soll im kommenden Jahr abgerissen werden, sagte eine Sprecherin der Stadt.",
    ]
    text = "\n\n".join([teaser, menu, headline, "12.05.2025, 10:15 Uhr", *body])
    art = denews.parse(text)
    assert art.title == headline
    # (the teaser above the menu stays a paragraph, as running text above the body start does: a known limit)
    assert [p.text for p in art.paragraphs if p.kind == "paragraph"][-3:] == body
