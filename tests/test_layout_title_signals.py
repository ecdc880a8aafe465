"""Layout title: more general signals of the page's own headline (invented pages, session 18)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from denews import layout
from denews.layout import title as title_mod
from denews.layout.header import split_kicker
from denews.layout.page_lines import contents_entries, lone_ordinal, over_subtitle
from denews.layout.site_name import site_names
from denews.layout.title import Candidate, best_title, furniture_shape

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
    text = _page("* Start", "* Energie", crumb, "Stadtwerke", NAMED)
    assert layout.split(text).title == title


# ---- a table of contents over the article ----------------------------------------------------------------

SECTIONS = ["Was kostet die Wärme im Winter?", "Wer zahlt für das neue Netz?", "Wie geht es im Süden weiter?"]
HEAD = "Stadtwerke frieren die Preise für Fernwärme ein"


def _with_contents(sections: list[str]) -> str:
    """The headline, a table of contents, a stamp, then the article whose sections ``sections`` head."""
    body: list[str] = []
    for head, para in zip(sections, (LEAD, MORE, LEAD.replace("Montag", "Dienstag")), strict=False):
        body += [head, para]
    return "\n\n".join(["* Start", "* Energie", HEAD, "Inhalt", *SECTIONS, "12.03.2024", LEAD, *body])


def test_a_table_of_contents_whose_sections_the_article_heads_is_no_title() -> None:
    assert layout.split(_with_contents(SECTIONS)).title == HEAD


def test_without_the_sections_below_the_last_entry_may_still_win() -> None:
    """The control: the same page without the section headings in the text (the rule did the work above)."""
    assert layout.split(_with_contents([])).title != HEAD


@pytest.mark.parametrize(
    ("text", "entries"),
    [(["Einleitung", "Zweiter Teil", "Dritter Teil"], {0, 1}),  # in the same order below: a table of contents
     (["Zweiter Teil", "Einleitung"], set()),  # in the other order (a logo and its tagline in the footer)
     (["Einleitung"], set())],  # one line printed again: the headline may recur alone
)
def test_contents_entries(text: list[str], entries: set[int]) -> None:
    cands = [(5, "Einleitung"), (6, "Zweiter Teil")]
    assert contents_entries(cands, text) == entries


# ---- a one-word headline over its stamp -------------------------------------------------------------------


@pytest.mark.parametrize("stamp", ["12.03.2024 ~ Anna Beispiel", "12.03.2024", "Montag, 12. März 2024"])
def test_a_one_word_headline_over_its_stamp_stands_apart_from_the_menu(stamp: str) -> None:
    """A stamp line is no menu entry: the short line over it is the headline, not a menu's line."""
    assert layout.split(_page("* Start", "* Kontakt", "Fernwärmepreise.", stamp)).title == "Fernwärmepreise."


# ---- the gender form with a capital I is no glued kicker ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "cut"),
    [("Stadtwerke suchen eine IngenieurIn für das Wärmenetz", None),
     ("Neue AuszubildendeInnen bei den Stadtwerken Brunnhausen", None),
     ("FernwärmeStadtwerke halten die Preise", (9, 9))],  # a kicker glued to its headline is still split off
)
def test_the_gender_form_with_a_capital_i_is_no_glued_kicker(line: str, cut: tuple[int, int] | None) -> None:
    assert split_kicker(line) == cut


def test_a_headline_with_the_gender_form_stays_whole() -> None:
    head = "Stadtwerke suchen eine IngenieurIn für das Wärmenetz"
    assert layout.split(_page("* Start", head)).title == head


# ---- a picture credited with "Credits:" between the headline and a section heading ---------------------------


@pytest.mark.parametrize("credit", ["(Credits: Talwerk Studio)", "(Credit: Anna Beispiel)"])
def test_a_picture_credit_under_the_headline_sets_off_the_first_sections_heading(credit: str) -> None:
    """Headline, stamp, the picture's credit, then a short line right above the text: that line heads the first
    section (it shares the lead's words more than the headline does)."""
    head = "Brunnhausen hält Kurs beim Netzausbau"
    text = _page("* Start", head, "12.03.2024 Anna Beispiel", credit, "Fernwärme bleibt stabil")
    art = layout.split(text)
    assert art.title == head
    assert any(b.text == credit and b.kind == "caption" for b in art.boilerplate)


# ---- an English title before a colon is no kicker with a speaker ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "cut"),
    [("Into the Deep Blue: Ein Sommer am See", None), ("Out of the Dark: Lesung in Brunnhausen", None),
     # a German kicker glued before a speaker's name is still split off before the name
     ("Ärger wegen teurer Wärme Stadtwerke: Preise bleiben", (24, 25))],
)
def test_short_english_words_are_no_content_words_of_a_colon_kicker(line: str, cut: tuple[int, int] | None) -> None:
    assert split_kicker(line) == cut


# ---- laws: menu lines and a table of contents around an article never change its title --------------------

_MENU = st.lists(
    st.sampled_from(["Start", "Energie", "Verkehr", "Kontakt", "Archiv", "Leserbriefe", "Wetter"]), max_size=5
)
_SECTION = st.sampled_from(
    ["Was kostet die Wärme im Winter?", "Wer zahlt für das neue Netz?", "Wie geht es im Süden weiter?",
     "Warum steigen die Kosten?", "Was sagt der Aufsichtsrat?", "Welche Häuser sind betroffen?"]
)


@settings(max_examples=40, deadline=None)
@given(menu=_MENU, bullets=st.booleans(), sections=st.lists(_SECTION, min_size=2, max_size=4, unique=True))
def test_a_table_of_contents_and_menu_lines_change_no_title(
    menu: list[str], bullets: bool, sections: list[str]
) -> None:
    lines = [f"* {m}" if bullets else m for m in menu]
    body: list[str] = []
    for k, head in enumerate(sections):
        body += [head, LEAD if k % 2 == 0 else MORE]
    text = "\n\n".join([*lines, HEAD, "Inhalt", *sections, "12.03.2024 ~ Anna Beispiel", LEAD, *body])
    assert layout.split(text).title == HEAD


@settings(max_examples=40, deadline=None)
@given(menu=_MENU, stamp=st.sampled_from(["12.03.2024 ~ Anna Beispiel", "Montag, 12. März 2024", "12.03.2024"]))
def test_bulleted_menu_lines_over_a_one_word_headline_change_nothing(menu: list[str], stamp: str) -> None:
    text = _page(*(f"* {m}" for m in menu), "Fernwärmepreise.", stamp)
    assert layout.split(text).title == "Fernwärmepreise."


# ---- a headline shares the words of the running text right under it ---------------------------------------


@pytest.mark.parametrize("under", [True, False])
def test_a_headline_over_its_own_lead_wins_where_the_body_starts_further_down(under: bool) -> None:
    """The body was found to start below a box (its lead read as the box's): the headline far above shares the
    words of the running text right under it; a box's heading close to the body shares none."""
    own = "Die Stadtwerke Brunnhausen frieren die Preise für Fernwärme ein, trotz teurer Holzpellets."
    cands = [
        Candidate(2, "Stadtwerke frieren Fernwärmepreise ein", under=own if under else ""),
        Candidate(19, "Aktuelle Ausgabe"),
    ]
    lead = ["Unser Heft erscheint jeden Monat neu und liegt an allen Kiosken der Region aus."]
    assert best_title(cands, 20, lead) == (2 if under else 19)


# ---- a number opening a headline is its ordinal unless a numbered list goes on around it ------------------


@pytest.mark.parametrize(
    ("page", "i", "lone"),
    [(["* Start", "1. FC Brunnhausen gewinnt das Derby", LEAD], 1, True),
     (["1. Start", "2. Energie", "3. Fernwärme"], 1, False),  # a numbered list (or breadcrumb) goes on
     (["4. Brunnhausen", "15. Stadtfest am Hafen"], 1, True),  # no neighbour 14. or 16.
     (["Stadtfest am Hafen"], 0, False)],
)
def test_lone_ordinal(page: list[str], i: int, lone: bool) -> None:
    assert lone_ordinal(page, i) is lone


@pytest.mark.parametrize(
    ("menu", "head"),
    [(["* Start", "* Sport"], "1. FC Brunnhausen gewinnt das Derby"),
     (["1. Start", "2. Sport", "3. Feste"], "15. Stadtfest am Hafen von Brunnhausen")],
)
def test_a_headline_opening_with_an_ordinal_is_the_title(menu: list[str], head: str) -> None:
    """(Where the number goes on a numbered list right above, ``4. Politik`` under ``3. Sport``, it stays an
    item of the list.)"""
    assert layout.split(_page(*menu, head, "12.03.2024")).title == head


# ---- an organisation's name with its legal form names the site ---------------------------------------------

ORG_LEAD = (
    "Die Freunde des Talwalds haben am Wochenende mehr als zweihundert junge Buchen gepflanzt, nachdem der "
    "Sturm im Frühjahr eine breite Schneise in den Hang oberhalb von Brunnhausen gerissen hatte."
)


def _org_page(logo: str, foot: str) -> str:
    return "\n\n".join(["* Start", "* Spenden", logo, "Ein Wald wächst", "12.03.2025", ORG_LEAD, MORE, foot])


@pytest.mark.parametrize("foot", ["Freunde des Talwalds e.V.", "Freunde des Talwalds GmbH"])
def test_the_publishers_name_with_its_legal_form_names_the_site(foot: str) -> None:
    """The logo shares the lead's words; the footer's line naming the publisher with its legal form tells the
    site's name: the headline under the logo is the title (the logo wins without that line)."""
    assert layout.split(_org_page("Freunde des Talwalds", foot)).title == "Ein Wald wächst"
    assert layout.split(_org_page("Freunde des Talwalds", "Impressum")).title == "Freunde des Talwalds"


@pytest.mark.parametrize(
    ("line", "names"),
    [("Freunde des Talwalds e.V.", {"freunde des talwalds"}), ("Talbote Verlag GmbH & Co. KG", {"talbote verlag"}),
     ("Der Laden wurde gegründet als AG", set()),  # a clause, its last word before the form a function word
     ("Gemeinderat beschließt den Haushalt", set())],
)
def test_organisation_lines(line: str, names: set[str]) -> None:
    assert set(site_names([line]).holders) == names


# ---- a line longer than any headline costs more than its closeness gains ----------------------------------


@pytest.mark.parametrize("between", [["* Stadtwerke", "* 12. März 2024", "* Energie"], ["12.03.2024"]])
def test_a_teaser_line_longer_than_a_headline_right_over_the_text_is_no_title(
    monkeypatch: pytest.MonkeyPatch, between: list[str]
) -> None:
    """A line of sixteen words without its full stop, right above the text, shares more of the lead's words than
    the headline above it; its length makes it a teaser (with the old cost it won)."""
    head = "Stadtwerke halten Fernwärmepreise"
    teaser = (
        "Stadtwerke von Brunnhausen: die Preise für Fernwärme bleiben im kommenden Winter trotz Gas und "
        "Holzpellets stabil"
    )
    text = _page("* Start", head, *between, teaser)
    assert layout.split(text).title == head
    monkeypatch.setattr(title_mod, "LONG", 0.4)
    assert layout.split(text).title == teaser


# ---- columns glued into the headline's line (session 18, ttitle2) -----------------------------------------

GAP = " " * 12


@pytest.mark.parametrize(
    "line",
    [f"Suche{GAP}Stadtwerke frieren die Preise für Fernwärme ein{GAP}Mehr zu",
     f"Titel:{GAP}Stadtwerke frieren die Preise für Fernwärme ein",
     "Stadtwerke frieren die Preise für Fernwärme ein"],
)
def test_the_headline_is_the_widest_cell_of_a_line_of_columns(line: str) -> None:
    """A wide run of spaces parts the columns of a layout glued into one line: the headline is its widest cell."""
    text = _page("* Start", "* Energie", line, "12.03.2024")
    article = layout.split(text)
    assert article.title == "Stadtwerke frieren die Preise für Fernwärme ein"
    assert article.title_span is not None
    assert text[article.title_span.start : article.title_span.end] == article.title


@given(st.lists(st.sampled_from(["Suche", "Mehr zu", "Archiv", "Seite 1 von 3"]), min_size=1, max_size=3))
@settings(max_examples=30, deadline=None)
def test_cells_around_the_headline_never_reach_its_text(cells: list[str]) -> None:
    line = GAP.join([*cells[:1], "Stadtwerke frieren die Preise für Fernwärme ein", *cells[1:]])
    title = layout.split(_page("* Start", line, "12.03.2024")).title
    assert title == "Stadtwerke frieren die Preise für Fernwärme ein"



# ---- a headline over its subtitle (session 19, ttitle3) ---------------------------------------------------

HEAT = "Stadtwerke halten die Preise für Fernwärme"
HEAT_SUB = "Rücklagen der Stadtwerke decken die gestiegenen Kosten"
HEAT_LONG = "Rücklagen der Stadtwerke decken im kommenden Winter die gestiegenen Kosten für Gas und Holz"


@pytest.mark.parametrize(
    ("upper", "lower", "title"),
    [(HEAT, HEAT_SUB, HEAT),
     # A short line over a full one is its kicker; a line over one more than twice as long, too.
     ("Preise bleiben stabil", HEAT_SUB, HEAT_SUB), ("Wärme für Brunnhausen im Winter", HEAT_LONG, HEAT_LONG)],
)
def test_of_two_full_headline_lines_the_upper_is_the_title(upper: str, lower: str, title: str) -> None:
    """The subtitle right under the headline shares as many of the lead's words or more and stands closer to
    the text; the upper line is still the headline."""
    assert layout.split(_page("* Start", "* Energie", "12.03.2024", upper, lower)).title == title


@pytest.mark.parametrize(("between", "title"), [("12.03.2024 | Anna Beispiel", HEAT), ("* Energie", HEAT_SUB)])
def test_a_stamp_between_a_headline_and_its_subtitle_does_not_part_them(between: str, title: str) -> None:
    """A stamp line between the two is the header's (the stripped text drops it); a menu line parts them."""
    assert layout.split(_page("* Start", "* Energie", HEAT, between, HEAT_SUB)).title == title


FOUR, FIVE = "Vier Wörter stehen hier", "Und fünf Wörter stehen hier"


@pytest.mark.parametrize(
    ("texts", "over"),
    [([FOUR, FIVE], [0]), (["Drei Wörter hier", FIVE], []), ([FOUR, "Vier andere Wörter hier"], []),
     ([FOUR, "Neun Wörter stehen hier und noch viel mehr dazu"], []), ([FOUR, "Drei Wörter hier"], []),
     # A line right under a full line is its subtitle, not a headline over the next line.
     ([FOUR, "Vier andere Wörter hier", FIVE], []), (["Drei Wörter hier", "Vier andere Wörter hier", FIVE], [1]),
     # Two fields of a data sheet, each opening with its label, are no headline over its subtitle.
     (["Version: 2.1 vom Mai", "Preis: ab zehn Euro im Laden"], []),
     (["Neue Akkus von Talwerk halten länger", "Preis: ab zehn Euro im Laden"], [0])],
)
def test_over_subtitle(texts: list[str], over: list[int]) -> None:
    cands = list(enumerate(texts))
    assert over_subtitle(cands, range(len(cands))) == over
    # Header lines between (here every odd unit) do not part them.
    assert over_subtitle([(2 * i, t) for i, t in cands], range(len(cands)), lambda j: j % 2 == 1) == over
    # Lines apart (another unit between) are no headline over its subtitle; nor is a line left out of the fit.
    assert over_subtitle([(2 * i, t) for i, t in cands], range(len(cands))) == []
    assert over_subtitle(cands, [0]) == []


_LINE = st.integers(min_value=1, max_value=12).map(lambda n: " ".join(["Wort"] * n))


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(st.tuples(st.integers(min_value=1, max_value=2), _LINE), max_size=8))
def test_over_subtitle_marks_only_upper_lines_of_adjacent_pairs(lines: list[tuple[int, str]]) -> None:
    """Each line it marks stands right over the next candidate, holds four words or more, and is not itself
    right under a full line; the line under it holds five or more."""
    cands, at = [], 0
    for step, text in lines:
        at += step
        cands.append((at, text))
    for k in over_subtitle(cands, range(len(cands))):
        assert cands[k + 1][0] == cands[k][0] + 1
        assert len(cands[k][1].split()) >= 4 and len(cands[k + 1][1].split()) >= 5
        assert not (k >= 1 and cands[k - 1][0] + 1 == cands[k][0] and len(cands[k - 1][1].split()) >= 4)
