"""denews.parse_html on web pages written for these tests (no page of shared/ is copied here)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("trafilatura", reason="HTML input needs the extra: pip install 'denews[html]'")

import denews
from denews import Boilerplate, Span
from denews.html.assemble import Marks, assemble
from denews.html.convert import Block, BlockKind
from denews.html.furniture import furniture_kind
from denews.html.meta import Heading, PageMeta
from denews.html.title import choose_title, segments

LEAD = (
    "Die Gemeinde Lindenfeld hat am Dienstag ihren neuen Radweg entlang des Kanals freigegeben. "
    "Die Strecke verbindet drei Ortsteile und war seit dem vergangenen Sommer im Bau."
)
QUOTE = (
    "„Damit kommen die Kinder endlich sicher zur Schule“, sagte Bürgermeister Jonas Brettschneider bei der "
    "Eröffnung. Rund zweihundert Gäste feierten mit Musik und Kuchen am Ufer."
)
MORE = (
    "Der Weg ist vier Kilometer lang und nachts beleuchtet. Die Kosten teilen sich das Land und die Gemeinde, "
    "wie die Verwaltung auf Nachfrage mitteilte."
)
ITEMS = (
    "Länge der Strecke: vier Kilometer, durchgehend asphaltiert und beleuchtet",
    "Bauzeit: knapp ein Jahr, Eröffnung mit einem Fest der drei Ortsteile",
)


def page(*, head: str = "", before: str = "", article: str | None = None, after: str = "") -> str:
    """A small news page: navigation, an article and a footer, with room for more in each place."""
    if article is None:
        article = (
            "<h1>Neuer Radweg verbindet drei Ortsteile</h1>"
            f"<p>{LEAD}</p><p>{QUOTE}</p><h2>Licht bis Mitternacht</h2><p>{MORE}</p>"
            f"<ul><li>{ITEMS[0]}</li><li>{ITEMS[1]}</li></ul>"
        )
    return (
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>"
        "<title>Neuer Radweg verbindet drei Ortsteile | Kanalbote</title>"
        "<meta property='og:site_name' content='Kanalbote'>"
        f"{head}</head><body>"
        "<header><a href='/'>Kanalbote</a></header>"
        "<nav><ul><li><a href='/lokales'>Lokales</a></li><li><a href='/sport'>Sport</a></li>"
        "<li><a href='/kultur'>Kultur</a></li></ul></nav>"
        f"{before}<main><article>{article}</article></main>{after}"
        "<footer><p>Alle Rechte beim Kanalboten. Kontakt und Impressum auf der Website.</p>"
        "<a href='/impressum'>Impressum</a> <a href='/datenschutz'>Datenschutz</a></footer>"
        "</body></html>"
    )


def check_spans(art: denews.Article) -> None:
    """Every span of the record points at its text in the page text."""
    for item in (*art.paragraphs, *art.boilerplate, *art.quotes, *art.dates):
        assert art.text[item.span.start : item.span.end] == item.text
    for field in ("title", "kicker", "teaser", "dateline"):
        span = getattr(art, f"{field}_span")
        if span is not None:
            assert art.text[span.start : span.end] == getattr(art, field)


def test_main_content_with_its_blocks_and_without_the_page_furniture() -> None:
    art = denews.parse_html(page())
    check_spans(art)
    assert art.title == "Neuer Radweg verbindet drei Ortsteile"
    assert [p.text for p in art.paragraphs] == [LEAD, QUOTE, "Licht bis Mitternacht", MORE, *ITEMS]
    assert [p.kind for p in art.paragraphs][2] == "heading"
    for furniture in ("Lokales", "Impressum", "Alle Rechte"):
        assert furniture not in art.text
    assert art.quotes and art.quotes[0].speaker == "Jonas Brettschneider"


def test_the_page_text_is_the_headline_then_one_block_per_paragraph() -> None:
    art = denews.parse_html(page())
    blocks = art.text.split("\n\n")
    assert blocks[0] == art.title
    assert blocks[1:] == [p.text for p in art.paragraphs]


def test_metadata_gives_the_date_and_authors_the_text_does_not_state() -> None:
    head = (
        "<meta property='article:published_time' content='2023-09-12T07:45:00+02:00'>"
        "<meta name='author' content='Greta Lindqvist'>"
    )
    art = denews.parse_html(page(head=head))
    assert art.published == dt.datetime(2023, 9, 12, 7, 45)
    assert art.authors == ("Greta Lindqvist",)
    assert art.reference_date == dt.date(2023, 9, 12)


def test_htmldate_gives_the_date_where_text_and_meta_state_none() -> None:
    art = denews.parse_html(page(), url="https://kanalbote.example/lokales/2021/03/04/radweg-eroeffnet")
    assert art.published == dt.date(2021, 3, 4)
    assert denews.parse_html(page()).published is None


def test_an_author_element_names_the_author() -> None:
    byline = "<p class='byline'>Ein Bericht von <span itemprop='author'>Jonas Brettschneider</span></p>"
    art = denews.parse_html(page(before=byline))
    assert art.authors == ("Jonas Brettschneider",)


def test_author_meta_that_is_no_name_is_left_out() -> None:
    art = denews.parse_html(page(head="<meta name='author' content='https://kanalbote.example/team'>"))
    assert art.authors == ()


def test_a_lead_outside_the_article_comes_back_from_the_description_the_page_shows() -> None:
    lead = "Drei Ortsteile rücken zusammen: Der neue Radweg am Kanal ist nach einem Jahr Bauzeit fertig."
    head = f"<meta name='description' content='{lead}'>"
    shown = page(head=head, before=f"<div class='intro'><p>{lead}</p></div>")
    art = denews.parse_html(shown)
    check_spans(art)
    read = [t for t in (art.teaser, *(p.text for p in art.paragraphs)) if t]
    assert read[0] == lead and LEAD in read
    assert art.text.index(lead) > art.text.index(art.title or "")
    # A description the page does not show as text stays out of the page text.
    hidden = denews.parse_html(page(head=head))
    assert lead not in hidden.text


def test_the_paragraph_after_the_headline_element_is_its_lead() -> None:
    lead = "Nach einem Jahr Bauzeit ist der Radweg am Kanal fertig, und drei Ortsteile rücken damit zusammen."
    header = (
        "<div class='head'><h1>Neuer Radweg verbindet drei Ortsteile</h1><span>Von Greta Lindqvist</span>"
        f"<p class='intro'>{lead}</p></div>"
    )
    art = denews.parse_html(page(before=header, article=f"<p>{LEAD}</p><p>{QUOTE}</p><p>{MORE}</p>"))
    check_spans(art)
    assert art.title == "Neuer Radweg verbindet drei Ortsteile"
    read = [t for t in (art.teaser, *(p.text for p in art.paragraphs)) if t]
    assert read[0] == lead
    assert art.text.count(lead) == 1


def test_a_reference_date_given_wins() -> None:
    head = "<meta property='article:published_time' content='2023-09-12'>"
    art = denews.parse_html(page(head=head), reference_date="2020-01-31")
    assert art.reference_date == dt.date(2020, 1, 31)
    assert art.published == dt.date(2023, 9, 12)


def test_a_blog_title_under_a_site_name_heading() -> None:
    # Blogs set the site's name as h1 (a link home) and the post's title as h2; <title> joins both.
    article = (
        "<h2 class='entry-title'>Warum ich im Winter Tomaten ziehe</h2>"
        f"<p>{LEAD}</p><p>{MORE}</p>"
    )
    html = page(article=article).replace(
        "<header><a href='/'>Kanalbote</a></header>", "<header><h1><a href='/'>Gartenblog Erdbeerbeet</a></h1></header>"
    ).replace("Neuer Radweg verbindet drei Ortsteile | Kanalbote", "Warum ich im Winter Tomaten ziehe | Gartenblog")
    art = denews.parse_html(html)
    assert art.title == "Warum ich im Winter Tomaten ziehe"
    assert "Gartenblog Erdbeerbeet" not in (art.title or "")


def test_a_kicker_inside_the_headline_element() -> None:
    article = f"<h1><span class='kicker'>Verkehrswende</span> Neuer Radweg am Kanal</h1><p>{LEAD}</p><p>{MORE}</p>"
    head = "<meta property='og:title' content='Neuer Radweg am Kanal'>"
    art = denews.parse_html(page(head=head, article=article))
    assert art.title == "Neuer Radweg am Kanal"
    assert art.kicker == "Verkehrswende"
    assert art.text.startswith("Verkehrswende\n\nNeuer Radweg am Kanal\n\n")
    check_spans(art)


def test_headline_from_the_meta_title_without_the_site_name() -> None:
    article = f"<p>{LEAD}</p><p>{QUOTE}</p><p>{MORE}</p>"
    art = denews.parse_html(page(article=article))
    assert art.title == "Neuer Radweg verbindet drei Ortsteile"
    assert art.text.startswith(art.title + "\n\n")
    check_spans(art)


def test_labels_and_stamps_inside_the_article_are_removed() -> None:
    article = (
        f"<h1>Neuer Radweg verbindet drei Ortsteile</h1><p>12.09.2023</p><p>{LEAD}</p><p>{MORE}</p>"
        "<p>Quelle: Gemeindeverwaltung Lindenfeld</p>"
    )
    art = denews.parse_html(page(article=article))
    check_spans(art)
    kinds = {b.text: b.kind for b in art.boilerplate}
    assert kinds == {"12.09.2023": "other", "Quelle: Gemeindeverwaltung Lindenfeld": "credit"}
    read = [t for t in (art.teaser, *(p.text for p in art.paragraphs)) if t]
    assert read == [LEAD, MORE]


def test_a_link_list_after_a_related_label_goes_with_it() -> None:
    links = ("Brückensanierung verzögert sich bis zum Herbst", "Stadtrat stimmt für neue Buslinie")
    blocks = [
        Block("Neuer Radweg verbindet drei Ortsteile", BlockKind.HEADING),
        Block(LEAD, BlockKind.PARAGRAPH),
        Block(MORE, BlockKind.PARAGRAPH, link_chars=12),  # a link inside running text stays
        Block("Das könnte Sie auch interessieren", BlockKind.HEADING),
        *(Block(t, BlockKind.ITEM, link_chars=len(t)) for t in links),
        Block(QUOTE, BlockKind.PARAGRAPH),
    ]
    art = assemble(blocks, PageMeta(headings=(Heading(blocks[0].text, 1),)))
    check_spans(art)
    assert art.title == blocks[0].text
    assert [p.text for p in art.paragraphs] == [LEAD, MORE, QUOTE]
    assert [(b.text, b.kind) for b in art.boilerplate] == [
        ("Das könnte Sie auch interessieren", "related"), *((t, "related") for t in links)
    ]


def test_a_short_line_of_link_text_is_navigation_a_long_one_is_not() -> None:
    nav = "Zurück zur Übersicht aller Meldungen"
    linked = LEAD  # a whole paragraph in a link (a teaser wrapped in <a>) is still text
    blocks = [Block(nav, BlockKind.PARAGRAPH, len(nav)), Block(linked, BlockKind.PARAGRAPH, len(linked))]
    art = assemble(blocks, PageMeta())
    assert art.title != nav
    assert [b.text for b in art.boilerplate] == [nav]
    assert linked in [art.title, art.teaser, *(p.text for p in art.paragraphs)]


def test_an_empty_or_textless_page_gives_an_empty_record() -> None:
    for html in ("", "   ", "<html><body></body></html>", "<p></p>"):
        art = denews.parse_html(html)
        assert art.paragraphs == ()
        check_spans(art)


def test_wrong_types_are_refused() -> None:
    with pytest.raises(TypeError):
        denews.parse_html(b"<html></html>")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        denews.parse_html("<html></html>", url=3)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        denews.parse_html("<html></html>", reference_date="gestern")


def test_title_segments() -> None:
    assert segments("A | B - C") == ["A | B - C", "A", "A | B", "B", "B - C", "C"]
    assert segments("Ohne Trenner") == ["Ohne Trenner"]


def test_title_choice_weighs_the_places_that_confirm_a_candidate() -> None:
    site = PageMeta(
        headings=(Heading("Kanalbote", 1, home_link=True), Heading("Radweg eröffnet", 2)),
        doc_title="Kanalbote » Radweg eröffnet",
    )
    assert choose_title(site, []) == "Radweg eröffnet"
    # A heading that goes on where the meta title stops is the fuller headline.
    longer = PageMeta(
        headings=(Heading("Neuer Radweg verbindet drei Ortsteile am Kanal", 1), Heading("Neuer Radweg verbindet", 3)),
        meta_titles=("Neuer Radweg verbindet drei Ortsteile",),
    )
    assert choose_title(longer, []) == "Neuer Radweg verbindet drei Ortsteile am Kanal"
    # Decoration at the edges goes; quotation marks that pair stay.
    assert choose_title(PageMeta(headings=(Heading("[> Greta Lindqvist", 2),)), []) == "Greta Lindqvist"
    assert choose_title(PageMeta(doc_title="Blog » »Haltet den Kanal sauber!«"), []) == "»Haltet den Kanal sauber!«"
    assert choose_title(PageMeta(), []) is None


def test_furniture_labels_match_whole_short_blocks_only() -> None:
    assert furniture_kind("Weitere Artikel zum Thema") == "related"
    assert furniture_kind("Schon gelesen?") == "related"
    assert furniture_kind("3 Kommentare") == "comments"
    assert furniture_kind("Beitragsbild") == "caption"
    assert furniture_kind("05.11.2022, 14:30 Uhr") == "other"
    assert furniture_kind("(Alle Angaben ohne Gewähr)") == "other"
    assert furniture_kind("Titelbild: Der Kanal im Morgennebel, aufgenommen von der Brücke") == "caption"
    assert furniture_kind("*Anzeige: Dieser Beitrag enthält Affiliate-Links") == "ad"
    assert furniture_kind("Meistgelesene Artikel") == "related"
    assert furniture_kind("Jeden Freitag neu: Unser Newsletter für den Kanal!") == "newsletter"
    assert furniture_kind("Das Kanalbuch als E-Book: einfach hier klicken und herunterladen") == "ad"
    assert furniture_kind("Werbung im Fernsehen wird teurer.") is None
    assert furniture_kind("Stand: 12. März 2024, 10:15 Uhr") == "other"
    assert furniture_kind("Veröffentlicht am 3. Mai 2022") == "other"
    assert furniture_kind("Stand der Dinge im Streit um die Brücke") is None
    assert furniture_kind("Zurück zur Übersicht") == "related"
    assert furniture_kind("Zurück in die Zukunft des Kanals") is None
    assert furniture_kind("Weitere Artikel zum Thema finden Sie in unserem Archiv, das wir jeden Tag pflegen.") is None
    assert furniture_kind(LEAD) is None


WORDS = st.sampled_from(
    [
        *("Haus", "Wald", "Fluss", "Stadt", "Bahn", "Brücke", "Schule", "Markt", "Garten", "Nacht", "Licht", "Weg"),
        *("neu", "alt", "groß", "klein", "hell"),
    ]
)
SENTENCES = st.lists(WORDS, min_size=8, max_size=20).map(lambda ws: " ".join(ws).capitalize() + ".")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(SENTENCES, min_size=2, max_size=3).map(" ".join), min_size=2, max_size=6))
def test_spans_point_into_the_page_text(paragraphs: list[str]) -> None:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    art = denews.parse_html(page(article=f"<h1>Ein Tag am Fluss</h1>{body}"))
    check_spans(art)
    assert art.title == "Ein Tag am Fluss"
    kept = [p.text for p in art.paragraphs] + [b.text for b in art.boilerplate]
    for p in paragraphs:
        assert p in art.text
        assert p in kept or p == art.teaser


def test_import_denews_leaves_the_converter_unloaded() -> None:
    code = "import sys, denews; print(any(m.split('.')[0] in ('trafilatura', 'lxml', 'htmldate') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "False"


MARKUP = st.sampled_from(
    ["<p>", "</p>", "<div>", "</div>", "<h1>", "</h1>", "<li>", "<ul>", "<table><tr><td>", "<br>", "<a href='/'>",
     "</a>", "<!-- x -->", "<script>var a = 1;</script>", "<?xml version='1.0' encoding='latin-1'?>", "&amp;",
     "<meta property='og:title' content='Titel'>", "<time datetime='2021-02-30'>", "\u00ad", "\u200b", "\n", " "]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(MARKUP, st.text(max_size=30), SENTENCES), max_size=30).map("".join))
def test_any_markup_gives_a_consistent_record(html: str) -> None:
    art = denews.parse_html(html)
    check_spans(art)
    assert art.body == "\n\n".join(p.text for p in art.paragraphs)


SPANS = st.tuples(st.integers(0, 200), st.integers(1, 60)).map(lambda t: Span(t[0], t[0] + t[1]))


@given(st.lists(SPANS, max_size=12), SPANS)
def test_mark_look_up_agrees_with_a_scan_of_all_marks(marks: list[Span], span: Span) -> None:
    boiler = [Boilerplate("", m, "other") for m in marks]

    def half(b: Boilerplate) -> bool:
        return (min(span.end, b.span.end) - max(span.start, b.span.start)) * 2 >= len(span)

    found = Marks.of(boiler).covering(span)
    assert (found is not None) == any(half(b) for b in boiler)
    assert found is None or half(found)


_SUB_LEAD = (
    "Die Stadtwerke von Brunnhausen haben am Montag angekündigt, die Preise für Fernwärme im kommenden Winter "
    "nicht zu erhöhen, obwohl die Kosten für Gas und Holzpellets gestiegen sind. Der Aufsichtsrat hatte sich "
    "nach einer langen Sitzung darauf geeinigt, die Rücklagen anzugreifen."
)


def test_a_teaser_line_opening_a_paragraph_leaves_the_rest_in_the_body() -> None:
    """A subtitle and the lead in one paragraph, parted by a line break: the layout takes the first line for the
    teaser; the rest of the paragraph is the body's first paragraph, not dropped with it."""
    html = (
        "<html><head><title>Stadtwerke halten die Preise für Fernwärme - Talbote</title></head><body><article>"
        "<h1>Stadtwerke halten die Preise für Fernwärme</h1>"
        f"<p>Rücklagen der Stadtwerke decken die gestiegenen Kosten im Winter<br>{_SUB_LEAD}</p>"
        "<p>Der Ausbau des Netzes im Süden der Stadt wird dafür um ein Jahr verschoben, wie eine Sprecherin am "
        "Abend sagte. Die Kunden müssen nichts tun.</p></article></body></html>"
    )
    art = denews.parse_html(html)
    assert art.teaser == "Rücklagen der Stadtwerke decken die gestiegenen Kosten im Winter"
    assert art.body.startswith(_SUB_LEAD)
    assert all(art.text[p.span.start : p.span.end] == p.text for p in art.paragraphs)
