"""Layout title: the headline among the lines above the text, by general signals (invented pages)."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import denews
from denews import layout
from denews.layout import title as title_mod
from denews.layout.header import split_kicker
from denews.layout.site_name import holder
from denews.layout.title import crumbed, echo_start, echoed, furniture_shape, interface_share, site_suffix, tag_row
from newsgen import Composed, articles, furniture_lines

LEAD = (
    "Der Gemeinderat von Talheim hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen, nach einer "
    "langen Debatte über die Sanierung des Hallenbads und die Gebühren für die Kindergärten."
)
MORE = (
    "Die Fraktionen hatten sich erst in der Nacht auf einen Kompromiss geeinigt, der den Bau eines neuen "
    "Feuerwehrhauses um zwei Jahre verschiebt und dafür mehr Geld für die Schulen vorsieht."
)
HEAD = "Gemeinderat beschließt Haushalt mit Hallenbad"


def _page(*above: str) -> str:
    return "\n\n".join([*above, LEAD, MORE])


# ---- site name after the headline -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "page", "title"),
    [
        (f"{HEAD} - Talheimer Zeitung", [], HEAD),  # a publication word
        (f"{HEAD} | talbote.de", [], HEAD),  # a domain
        (f"{HEAD} – Talwächter", ["Talwächter"], HEAD),  # the logo on a line of its own
        (f"{HEAD} · Talwächter", ["© 2025 Talwächter"], HEAD),  # the copyright line
        (f"{HEAD} – Talwächter", [], None),  # no sign of a site
        ("Hallenbad bleibt offen – Bürger jubeln", [], None),  # the headline's own second part
        ("Talheim – Wanderwege, Hütten, online buchen", [], None),  # a clause, not a name
    ],
)
def test_site_suffix(line: str, page: list[str], title: str | None) -> None:
    cut = site_suffix(line, page)
    assert (line[:cut] if cut is not None else None) == title


def test_site_name_cut_off_the_title() -> None:
    text = _page("Talheimer Zeitung", f"{HEAD} - Talheimer Zeitung")
    art = layout.split(text)
    assert art.title == HEAD
    assert any(b.text == "Talheimer Zeitung" and b.span.start > text.index(HEAD) for b in art.boilerplate)
    stripped = denews.strip_boilerplate(text)
    assert "Talheimer Zeitung" not in stripped and layout.split(stripped).title == HEAD


# ---- interface lines and echoes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "share"),
    [("Keine Kommentare", 1.0), ("Zum Inhalt springen", 1.0), ("Kommentar: Der Rat hat versagt", 1 / 3),
     ("Meistdiskutierte Beiträge", 1 / 2), (HEAD, 0.0),
     # words with ß are read as the list spells them (casefold would make them "...ss...")
     ("Foto vergrößern", 1 / 2), ("Fenster schließen", 1 / 2)],
)
def test_interface_share(line: str, share: float) -> None:
    assert interface_share(line) == pytest.approx(share)


def test_echo_counts_lines_inside_other_lines_only() -> None:
    page = ["Start › Politik › " + HEAD, HEAD, "Politik", "Politik", "Start", f"{HEAD} - Talbote Online"]
    assert echoed([HEAD, "Politik", "Start", "Talbote Online"], page) == [True, False, False, False]


@pytest.mark.parametrize(
    ("between", "echo"),
    [([], True), (["Drucken", "12.03.2024"], True), (["Drucken", "Teilen", "Merken", "Mail"], False)],
)
def test_a_headline_printed_twice_close_together_echoes_itself(between: list[str], echo: bool) -> None:
    """The page's title over its h1, with a share button or a stamp between; further apart it is a menu's line."""
    page = ["Ein langer Abend", *between, "Ein langer Abend", LEAD]
    assert echoed(["Ein langer Abend"], page) == [echo]


@pytest.mark.parametrize("widget", ["Schreibe eine Antwort", "Keine Kommentare", "Bild vergrößern"])
def test_an_interface_line_under_the_headline_is_no_title(widget: str) -> None:
    assert layout.split(_page("Gemeinderat tagt lange", widget)).title == "Gemeinderat tagt lange"


def test_a_headline_echoed_in_the_breadcrumb_wins_over_a_closer_line() -> None:
    text = _page(f"Start › Talheim › {HEAD}", HEAD, "Neues aus dem Rathaus am Marktplatz")
    assert layout.split(text).title == HEAD


# ---- one-word and name-shaped headlines -------------------------------------------------------------


@pytest.mark.parametrize("head", ["Hallenbadsanierung", "Talheimer Haushalt"])
def test_a_short_headline_apart_from_a_menu(head: str) -> None:
    assert layout.split(_page("* Start", "* Kontakt", head)).title == head


@pytest.mark.parametrize("menu", [["Start", "Politik", "Kultur"], ["Start", "Stille Orte", "Bunte Seiten"]])
def test_menu_entries_are_no_headline(menu: list[str]) -> None:
    assert layout.split(_page(*menu)).title is None


def test_a_person_or_a_dateline_alone_is_no_headline() -> None:
    art = layout.split(_page(HEAD, "Martina Berger", "Talheim -"))
    assert art.title == HEAD and art.authors == ("Martina Berger",)


# ---- subtitle and the picture rule -------------------------------------------------------------------


def test_a_long_line_under_the_headline_is_its_subtitle() -> None:
    head = "Gemeinderat beschließt nach langer Nacht den Haushalt"
    sub = "Alle Seiten einigen sich auf einen Kompromiss zum Bad und zur Feuerwehr"
    art = layout.split(_page(head, sub))
    assert art.title == head and art.teaser == sub


def test_a_menu_between_two_lines_is_no_picture() -> None:
    """A category line, a menu, a picture's credit, a stamp, then the headline: the headline stays the title."""
    text = _page("Kommunales", "* Start", "* Kontakt", "Foto: Anna Beispiel", "12.03.2024", HEAD)
    assert layout.split(text).title == HEAD


def test_a_stamp_line_with_a_section_is_no_picture() -> None:
    """A stamp line ending like a caption (``date | section``) between two lines: the lower one is the headline."""
    text = _page("Nachrichten und Meldungen", "2024-03-12 | Rathaus", HEAD)
    art = layout.split(text)
    assert art.title == HEAD and LEAD in (art.teaser, art.paragraphs[0].text)


def test_a_subtitle_does_not_borrow_the_headline_words() -> None:
    """A headline of four words over a longer subtitle: the subtitle shares fewer words with the lead and stays
    the subtitle (only a kicker of up to three words lends its words to the line under it)."""
    sub = "Gebühren für die Kindergärten steigen im nächsten Jahr um ein Zehntel"
    art = layout.split(_page("Gemeinderat beschließt neuen Haushalt", sub))
    assert art.title == "Gemeinderat beschließt neuen Haushalt" and art.teaser == sub


def test_a_headline_printed_twice_in_a_row_echoes_itself() -> None:
    """The page's title over its h1: the same line twice in a row (or a few lines apart, see
    test_a_headline_printed_twice_close_together_echoes_itself); a menu word above it does not win."""
    assert echoed([HEAD], ["Start", HEAD, HEAD]) == [True]
    assert echoed([HEAD], [HEAD, "Start", "Politik", "Sport", "Kultur", "Wetter", HEAD]) == [False]


# ---- shapes of navigation: arrows, tag rows, fragments ------------------------------------------------


@pytest.mark.parametrize(
    ("line", "furniture"),
    [("< Alle Beiträge", True), ("« Ältere Einträge", True), ("Nächster Artikel »", True), ("Weiter >", True),
     ("‹ Zurück zur Übersicht", True), ("«Wir bleiben in Talheim»", False), ("»Der Rat hat versagt«", False),
     (HEAD, False),
     # a month and a year alone: an archive's heading
     ("Januar 2022", True), ("Sept. 2019", True), ("Sommer 2022", False), ("Talheim 2030", False)],
)
def test_a_link_to_the_next_or_previous_post_has_furniture_shape(line: str, furniture: bool) -> None:
    assert furniture_shape(line) is furniture


@pytest.mark.parametrize(
    ("line", "tags"),
    [("Talheim, Haushalt, Hallenbad, Gemeinderat", True), ("Urlaub, Ostsee, Camping mit Hund, Sommer", False),
     ("Hunde, Katzen, Pferde", False), ("Talheim, Haushalt, Bad Talheim, Kita-Gebühren, Feuerwehr", True),
     ("Streik bei Bahn, Post, Kitas und Müllabfuhr", False), ("Talheim, Haushalt, Hallenbad: Rat einig", False)],
)
def test_tag_row(line: str, tags: bool) -> None:
    assert tag_row(line) is tags


@pytest.mark.parametrize(
    "line",
    ["« Gemeinderat Talheim", "Haushalt, Hallenbad, Gemeinderat, Kindergärten", "vom Gemeinderat Talheim"],
)
def test_navigation_tags_and_fragments_under_the_headline_are_no_title(line: str) -> None:
    """Each line shares the lead's words and stands closer to the text than the headline."""
    assert layout.split(_page(HEAD, line)).title == HEAD


# ---- a headline that asks or exclaims in the words of running text ------------------------------------


@pytest.mark.parametrize(
    "head",
    ["Alles neu im Hallenbad von Talheim…", "Zu teuer? Talheim schließt das Hallenbad!",
     "Talheim 2.0: Rat beschließt den Haushalt!"],
)
@pytest.mark.parametrize("above", [[], ["Startseite", "Lokales"]])
def test_a_headline_in_sentence_words_over_its_stamp_is_the_title(head: str, above: list[str]) -> None:
    art = layout.split(_page(*above, head, "12.03.2024, 18:30 Uhr"))
    assert art.title == head
    assert head not in art.body and LEAD in (art.teaser or "") + art.body


def test_a_long_exclaiming_paragraph_is_no_headline() -> None:
    """Over CRY_WORDS words a line is the text's first paragraph, even when it ends in an exclamation mark."""
    first = (
        "Der Rat von Talheim hat nach einer langen und oft hitzigen Debatte über das Hallenbad am Ende doch "
        "noch einen Haushalt beschlossen!"
    )
    art = layout.split(_page(HEAD, "12.03.2024, 18:30 Uhr", first))
    assert art.title == HEAD and first in (art.teaser or "") + art.body


# ---- a kicker's echo is its topic's ---------------------------------------------------------------------


def test_a_kicker_echoed_in_the_breadcrumb_stays_the_kicker() -> None:
    """The kicker names the breadcrumb's section; its echo does not lift it over the headline under it."""
    text = _page("Start › Talheimer Finanzen › Artikel", "Talheimer Finanzen", "Rat beschließt den Haushalt")
    art = layout.split(text)
    assert (art.kicker, art.title) == ("Talheimer Finanzen", "Rat beschließt den Haushalt")


def test_a_short_echoed_headline_over_a_long_subtitle_stays_the_headline() -> None:
    sub = "Nach langer Debatte beschließt der Rat den Haushalt mit Geld für das Hallenbad"
    text = _page("Start › Talheimer Finanzen › Artikel", "Talheimer Finanzen", sub)
    assert layout.split(text).title == "Talheimer Finanzen"


# ---- a colon after capitalized words and function words: one headline ----------------------------------


@pytest.mark.parametrize(
    "line",
    ["Ärger für Talheimer Hallenbad: Rat stoppt die Sanierung", "Neue Regeln für Talheimer Vereine: Das gilt ab Mai",
     "Mein Motto Sparen: Bilanz und Pläne für Talheim"],
)
def test_capitalized_words_with_function_words_before_a_colon_are_no_kicker(line: str) -> None:
    """Capitalized nouns joined by function words are one noun phrase (the headline's topic), not a kicker glued
    to the headline's first word."""
    assert split_kicker(line) is None
    assert layout.split(_page(line)).title == line


def test_a_headline_of_two_sentences_without_a_closing_mark_is_the_title() -> None:
    head = "Das Hallenbad öffnet wieder! So kommen Sie zu den neuen Karten"
    art = layout.split(_page("Startseite", "Lokales", head, "12.03.2024, 18:30 Uhr"))
    assert art.title == head and head not in art.body


# ---- a region of the site's words to its reader is no article -------------------------------------------

# Invented paragraphs of a consent dialog after the footer: longer and denser in function words than the
# article, but the site speaking to its reader about its cookies and settings.
_DIALOG = [
    "Auf dieser Seite setzen wir kleine Dateien ein, damit die Seite für Sie schneller lädt und wir sehen, welche "
    "Bereiche oft besucht werden; Ihre Wahl lässt sich später ganz unten auf der Seite wieder ändern.",
    "Einige dieser Cookies sind für den Betrieb nötig und lassen sich nicht abschalten, weil ohne sie weder die "
    "Anmeldung noch der Warenkorb funktionieren würde, den Sie während des Besuchs auf der Seite benutzen.",
    "Mit den übrigen Cookies zählen wir die Aufrufe der Seiten und messen, wie lange Sie bleiben, damit wir das "
    "Angebot verbessern können; wenn Sie das nicht möchten, lehnen Sie diese Cookies einfach hier unten ab.",
    # (the last one speaks of the site without addressing the reader)
    "Dazu kommen Dienste anderer Anbieter wie Karten und Videos, die erst nach der Zustimmung geladen werden "
    "und dabei ebenfalls Cookies auf dem Gerät speichern, mit dem die Seite gerade besucht wird.",
]
_FOOTER = (
    "Lokales Sport Kultur Wirtschaft Vereine Termine Leserbriefe Bildergalerien Archiv Kontakt Impressum "
    "Datenschutz Mediadaten Abo Newsletter Jobs Anzeigen Fahrplan Wetter Hilfe"
)


def test_a_consent_dialog_heavier_than_the_article_is_no_region() -> None:
    """A consent dialog at the page's end outweighs a short article: the region is still the article's, the
    headline over it the title (not another story's headline over the dialog)."""
    footer = [f"* {w}" for w in _FOOTER.split()]
    other = "Feuerwehr übt am Samstag in der Altstadt"  # another story's headline above the footer's end
    end = [other, "© 2024 Talbote", "Datenschutz-Einstellungen", *_DIALOG]
    text = "\n\n".join(["Startseite", "Lokales", HEAD, "12.03.2024, 18:30 Uhr", LEAD, MORE, *footer, *end])
    art = layout.split(text)
    assert art.title == HEAD
    assert LEAD in (art.teaser or "") + art.body and _DIALOG[1] not in art.body


def test_a_dialog_sentence_inside_an_article_keeps_the_article() -> None:
    """One paragraph in the site's words among the article's keeps the region (the article's text outweighs
    it)."""
    text = "\n\n".join(["Startseite", HEAD, "12.03.2024, 18:30 Uhr", LEAD, _DIALOG[0], MORE])
    art = layout.split(text)
    assert art.title == HEAD and LEAD in (art.teaser or "") + art.body and MORE in art.body


# ---- the opening of the headline repeated under it is its tag -------------------------------------------


@pytest.mark.parametrize("tag", ["Gemeinderat", "Gemeinderat beschließt"])
def test_the_opening_of_the_headline_repeated_under_it_is_no_title(tag: str) -> None:
    """A tag line under the headline that repeats its first words (and is closer to the text) is no headline."""
    art = layout.split(_page("Startseite", HEAD, tag, "12.03.2024, 18:30 Uhr"))
    assert art.title == HEAD


# ---- a kicker's topic word named again in the headline ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kicker", "title"),
    [
        ("Hallenbad: Wie teuer wird das Hallenbad?", "Hallenbad:", "Wie teuer wird das Hallenbad?"),
        ("Finanzen Talheim: Ist Talheim pleite?", "Finanzen Talheim:", "Ist Talheim pleite?"),
    ],
)
def test_a_topic_before_a_colon_named_again_after_it_is_the_kicker(line: str, kicker: str, title: str) -> None:
    """A headline does not name its own word twice: the word before the colon, named again after it, is the
    kicker's topic."""
    art = layout.split(_page("Startseite", line, "12.03.2024, 18:30 Uhr"))
    assert (art.kicker or "").rstrip(":") == kicker.rstrip(":") and art.title == title


@pytest.mark.parametrize("line", ["Talheim: Der Rat beschließt den Haushalt", "Corona: Neue Corona-Regeln ab Mai"])
def test_a_topic_before_a_colon_not_named_again_stays_in_the_headline(line: str) -> None:
    assert split_kicker(line) is None


# ---- a kicker glued before a headline the page prints again ---------------------------------------------

KICKER = "Streit um Gebühren"


@pytest.mark.parametrize(
    "copy",
    [
        f"Startseite / Gemeinde / {HEAD}",  # the breadcrumb's last item
        "Gemeinderat beschließt Haushalt",  # a shortened copy right above (a breadcrumb's item on its own line)
    ],
)
def test_a_kicker_glued_before_a_headline_the_page_prints_again_is_split_off(copy: str) -> None:
    """No mark parts the kicker from the headline; the page's copy of the headline shows where it starts."""
    text = _page("Startseite", copy, f"{KICKER} {HEAD}", "12.03.2024, 18:30 Uhr")
    art = layout.split(text)
    assert (art.title, art.kicker) == (HEAD, KICKER)
    # Stripped, the two keep their line (the copy is gone, so a second pass reads one headline): the text reads
    # the same on every pass.
    stripped = denews.strip_boilerplate(text)
    assert stripped.startswith(f"{KICKER} {HEAD}\n") and denews.strip_boilerplate(stripped) == stripped


def test_without_a_copy_on_the_page_the_line_stays_whole() -> None:
    art = layout.split(_page("Startseite", f"{KICKER} {HEAD}", "12.03.2024, 18:30 Uhr"))
    assert art.title == f"{KICKER} {HEAD}"


@pytest.mark.parametrize(
    ("line", "page", "at"),
    [
        (f"{KICKER} {HEAD}", [f"Start › {HEAD}"], len(KICKER) + 1),
        (f"{KICKER} {HEAD}", ["beschließt Haushalt mit Hallenbad"], None),  # a copy opens with a capital
        (f"{KICKER} {HEAD}", ["Haushalt mit"], None),  # two words are no copy of a headline
        (f"Der Kampf in Talheim um die Gebühren {HEAD}", [HEAD], None),  # seven words are no kicker
        (f"{KICKER} {HEAD}", [f"{KICKER} {HEAD}"], None),  # the line itself
        ("Neue Regeln für Energie und Klima", ["Energie und Klima"], None),  # a menu entry: two content words
        ("Neue Regeln für Talheimer Bad und Kindergärten", ["Talheimer Bad und Kindergärten"], None),  # ``für``
    ],
)
def test_echo_start(line: str, page: list[str], at: int | None) -> None:
    assert echo_start(line, page) == at


_MENU_WORD = st.sampled_from(["Vereine", "Kultur", "Wetter", "Sport", "Anzeigen", "Kontakt", "Archiv", "Leserbriefe"])


@given(menu=st.lists(st.lists(_MENU_WORD, min_size=1, max_size=3).map(" ".join), max_size=6))
@settings(max_examples=40, deadline=None)
def test_menu_lines_around_a_glued_kicker_change_nothing(menu: list[str]) -> None:
    """Menu lines above the breadcrumb neither change the headline nor its kicker."""
    text = _page(*menu, f"Startseite / Gemeinde / {HEAD}", f"{KICKER} {HEAD}", "12.03.2024, 18:30 Uhr")
    art = layout.split(text)
    assert (art.title, art.kicker) == (HEAD, KICKER)


# ---- the breadcrumb's current item right above the headline ------------------------------------------------

CRUMBED = "Neue Wege für Talheim"


@pytest.mark.parametrize(
    "layout_lines",
    [
        (CRUMBED, "12.03.2024, 18:30 Uhr", "Haushalt und Hallenbad"),
        (CRUMBED, "Haushalt und Hallenbad", "12.03.2024, 18:30 Uhr"),
        (CRUMBED, "Foto: Anna Beispiel", "Haushalt und Hallenbad", "12.03.2024, 18:30 Uhr"),
    ],
)
def test_the_breadcrumbs_current_item_over_the_headline_lifts_it(
    layout_lines: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The breadcrumb ends in the page's own headline, which the page prints again right under it: that line
    wins over a closer line sharing more of the lead's words (which wins once the signal is taken away)."""
    text = _page("1. Startseite", "2. Gemeinde", f"3. {CRUMBED}", *layout_lines)
    assert layout.split(text).title == CRUMBED
    monkeypatch.setattr(title_mod, "CRUMB", 0.0)
    assert layout.split(text).title == "Haushalt und Hallenbad"


@pytest.mark.parametrize(
    ("page", "i", "crumb"),
    [
        (["3. Neue Wege für Talheim", "Neue Wege für Talheim"], 1, True),
        (["Start / Gemeinde / Neue Wege für Talheim", "Foto: Anna Beispiel", "Neue Wege für Talheim"], 2, True),
        (["* Kultur", "Kultur"], 1, False),  # a mega menu's heading over its sub-list: too short
        (["* Kultur und Sport", "Kultur und Sport"], 1, False),  # two words and a function word
        (["3. Neue Wege für Talheim", "a", "b", "c", "Neue Wege für Talheim"], 4, False),  # too far above
        (["Neue Wege für Talheim und Umgebung", "Neue Wege für Talheim"], 1, False),  # starts, does not end with it
    ],
)
def test_crumbed(page: list[str], i: int, crumb: bool) -> None:
    assert crumbed(page, i) is crumb


@given(menu=st.lists(st.lists(_MENU_WORD, min_size=1, max_size=3).map(" ".join), max_size=6))
@settings(max_examples=40, deadline=None)
def test_menu_lines_above_a_breadcrumb_change_nothing(menu: list[str]) -> None:
    text = _page(*menu, "1. Startseite", f"2. {CRUMBED}", CRUMBED, "12.03.2024, 18:30 Uhr", "Haushalt und Hallenbad")
    assert layout.split(text).title == CRUMBED


# ---- the site's own name (its logo) is no headline ----------------------------------------------------------

BOTE_LEAD = (
    "Der TALBOTE hat am Dienstagabend erfahren, dass der Gemeinderat den Haushalt für das kommende Jahr "
    "beschlossen hat, nach einer langen Debatte über die Sanierung des Hallenbads."
)


def _logo_page(logo: str, foot: str) -> str:
    return "\n\n".join(["Startseite", "Archiv", "Politik", logo, "Ein Albdruck", "12.03.2025", BOTE_LEAD, MORE, foot])


@pytest.mark.parametrize(
    ("logo", "foot"),
    [
        ("DER TALBOTE", "DER TALBOTE 12/2025 Alle Rechte vorbehalten"),
        ("DER TALBOTE", "© 2025 DER TALBOTE"),
        ("DER TALBOTE", "Post an leser@dertalbote.de"),
    ],
)
def test_the_sites_name_over_the_headline_is_no_title(logo: str, foot: str) -> None:
    """The logo over a short headline shares the lead's words (the site names itself in the text); the page's
    copyright line or domain names it the site: the headline under it is the title (the logo wins without)."""
    assert layout.split(_logo_page(logo, foot)).title == "Ein Albdruck"
    assert layout.split(_logo_page(logo, "Impressum")).title == logo


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("© 2025 Talheimer Bote", "talheimer bote"),
        ("Copyright © 1999-2025 Talbote Verlag GmbH", "talbote verlag"),  # without its legal form, as the logo
        ("Talheimer Bote 12/2025 Alle Rechte vorbehalten", "talheimer bote"),
        ("Straßenbote 2025. Alle Rechte vorbehalten.", "strassenbote"),  # casefolded, as candidates are
        ("© Talbote: Neue Wege für Talheim - Talbote", "talbote"),
        ("Foto: Anna Beispiel", None),
        ("Der Gemeinderat tagte bis in die Nacht.", None),
    ],
)
def test_holder(line: str, name: str | None) -> None:
    assert holder(line) == name


@given(menu=st.lists(st.lists(_MENU_WORD, min_size=1, max_size=3).map(" ".join), max_size=6))
@settings(max_examples=40, deadline=None)
def test_menu_lines_around_a_logo_change_nothing(menu: list[str]) -> None:
    text = _logo_page("DER TALBOTE", "© 2025 DER TALBOTE")
    assert layout.split("\n\n".join([*menu, text])).title == "Ein Albdruck"


@pytest.mark.parametrize("between", [[], ["12.03.2024, 18:30 Uhr"], ["Von Anna Beispiel", "12.03.2024, 18:30 Uhr"]])
def test_the_headlines_opening_cut_short_above_it_is_no_title(between: list[str]) -> None:
    """The page's title or a breadcrumb's item above the headline prints its opening only; the copy recurs inside
    the headline (an echo), but the full line is the title."""
    art = layout.split(_page("Startseite", "Gemeinderat beschließt Haushalt", *between, HEAD))
    assert art.title == HEAD


# ---- law: the page's echoes of the title and its site's name change no title --------------------------------

_SITE = st.sampled_from(["DER TALBOTE", "Musterstädter Rundschau", "Bergheimer Blatt"])


@settings(max_examples=60, deadline=None)
@given(articles(edges=False), furniture_lines(3), _SITE, st.sampled_from(["›", "/", ">", "»"]), st.booleans())
def test_the_pages_copies_of_the_title_and_the_sites_name_change_no_title(
    composed: Composed, menu: list[str], site: str, sep: str, crumb: bool
) -> None:
    """Framed as a page frames an article (menu lines, the site's logo, a breadcrumb ending in the headline, a
    copyright line naming the site), a composed article with a headline keeps the title it has alone, or gets
    the headline the breadcrumb names.  (Not
    asserted for a kicker alone: a one-word line right under the logo stands in a menu by its shape.)"""
    assume(composed.title is not None)
    alone = denews.parse(composed.text).title
    before = [*menu, site]
    if crumb:
        before.append(f"Startseite {sep} Region {sep} {composed.title}")
    framed = "\n\n".join([*before, composed.text, f"© 2025 {site}"])
    # (The breadcrumb may only bring the composed headline back where a kicker over it won alone.)
    assert denews.parse(framed).title in ({alone, composed.title} if crumb else {alone})


def test_a_line_longer_than_a_headline_under_it_is_no_title(monkeypatch: pytest.MonkeyPatch) -> None:
    """A line of sixteen words and more between the headline and the text (a caption, a list of keywords) loses
    to the headline, though it stands closer and shares as many of the lead's words."""
    keywords = (
        "Gemeinderat Talheim, Dienstagabend: Haushalt beschlossen nach langer Debatte über Sanierung, Hallenbads, "
        "Gebühren, Kindergärten, Fraktionen, Kompromiss, Feuerwehrhaus"
    )
    text = _page("Startseite", "Gemeinderat beschließt Haushalt", "Von Anna Beispiel", keywords)
    assert layout.split(text).title == "Gemeinderat beschließt Haushalt"
    monkeypatch.setattr(title_mod, "LONG_WORDS", 24)
    assert layout.split(text).title == keywords


_PIECE = st.sampled_from(["Neue", "Wege", "für", "Talheim", "Start", "/", "›", " ", "", "Rat", "stoppt", "Bad", "-"])


@given(line=st.lists(_PIECE, max_size=12).map(" ".join), page=st.lists(st.lists(_PIECE, max_size=8).map(" ".join)))
@settings(max_examples=200, deadline=None)
def test_echo_start_is_a_word_start_after_a_short_kicker(line: str, page: list[str]) -> None:
    """On any lines (empty ones, separators alone, spaces at the ends): ``None``, or where a copy of a page's
    line starts in ``line`` after one to six words."""
    at = echo_start(line, page)
    if at is not None:
        assert 0 < at < len(line) and line[at - 1].isspace() and not line[at].isspace()
        assert 1 <= len(line[:at].split()) <= 6
