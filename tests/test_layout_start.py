"""Where the article starts: a short post under its dated header against a heavier sidebar below a comment form,
and the line right over the article's first text (a heading, a quotation, the opening words of the lead).

Every sentence here was invented for these tests."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import denews
import newsgen

POST = (
    "Am Samstag haben wir mit zwölf Kindern am Ufer des Weihers aufgeräumt und dabei drei Säcke voller Dosen, "
    "Flaschen und Tüten gefunden."
)
POST_END = "Danke an alle, die mitgeholfen haben!"
FORM = [
    "Teilen mit:", "Facebook", "Twitter", "Schreibe einen Kommentar",
    "Deine Adresse zeigen wir niemandem. Felder mit Stern musst du ausfüllen.",
    "Name *", "E-Mail *", "Website", "Kommentar abschicken",
]
SIDEBAR = [
    "Über dieses Blog",
    "Hier schreiben wir seit vielen Jahren über das Segeln auf den Seen rund um die Stadt, über unsere Boote, "
    "über die Leute im Verein und über alles, was uns am Wasser sonst noch so einfällt und gefällt.",
    "Wer mitsegeln möchte, ist bei uns jederzeit willkommen, denn auf unseren Booten ist immer noch ein Platz "
    "frei, und eine Schwimmweste haben wir für jeden Gast an Bord, auch für die ganz kleinen.",
    "Neueste Beiträge",
    "Im Winter sind die Boote an Land und werden für die nächste Saison vorbereitet, was viel Arbeit macht, "
    "aber in der Halle des Vereins bei heißem Tee auch immer wieder großen Spaß bereitet.",
]
MENU = ["Startseite", "Segeln", "Verein", "Termine", "Kontakt"]


def _post_page(*, form: bool) -> str:
    head = [*MENU, "Aufräumen am Weiher", "Veröffentlicht von Kai Muster am 3. März 2021", POST, POST_END]
    return "\n\n".join([*head, *(FORM if form else []), *SIDEBAR])


def test_a_short_post_over_a_comment_form_is_the_article_not_the_sidebar() -> None:
    art = denews.split(_post_page(form=True))
    assert POST in art.body
    assert not any(s in art.body for s in SIDEBAR[1:3])
    assert art.title == "Aufräumen am Weiher"


def test_without_a_comment_form_the_heavier_region_stays() -> None:
    # Nothing closes the post: the stretch with the most running text is still the article (a dated teaser
    # above a long article must not take its place).
    art = denews.split(_post_page(form=False))
    assert SIDEBAR[1] in art.body


LEAD = (
    "findet in diesem Jahr zum dritten Mal statt, und wieder sind alle Schulen der Stadt eingeladen, ihre "
    "Bilder bis Ende April einzureichen."
)
LEAD_UPPER = (
    "So beschreibt die Jury den Stil der Bilder, die in diesem Jahr eingereicht wurden, und sie lobt vor allem "
    "die vielen Farben, die die Kinder gewählt haben."
)
MORE = (
    "Die besten Bilder werden im Sommer im Foyer des Rathauses gezeigt, und die Gewinner erhalten Gutscheine "
    "für den Buchladen am Markt sowie eine Urkunde der Bürgermeisterin."
)


HEADLINE = "Schulen können wieder Bilder einreichen"


def _lead_page(line: str, lead: str, *extra: str) -> str:
    # The headline printed twice (the page's title over its h1) and sharing the lead's words: the title.
    return "\n\n".join(
        [HEADLINE, *MENU, HEADLINE, line, lead, MORE, *extra, "Impressum"]
    )


@pytest.mark.parametrize(
    ("line", "lead"),
    [
        ("Der Malwettbewerb für Kinder", LEAD),  # the lead goes on from it in lower case
        ("„Laut, bunt und mutig“", LEAD_UPPER),  # a quotation over the lead
        ("Was die Jury gesehen hat", LEAD_UPPER),  # a heading with function words
    ],
)
def test_the_line_over_the_first_text_is_the_articles(line: str, lead: str) -> None:
    art = denews.split(_lead_page(line, lead))
    assert line in _read(art)
    assert _read(art).index(line) < _read(art).index(lead[:30])


def _read(art: denews.Article) -> str:
    """What a reader reads: kicker, title, teaser and body."""
    return "\n\n".join(x for x in (art.kicker, art.title, art.teaser, art.body) if x)


@pytest.mark.parametrize(
    "line",
    [
        "Malwettbewerb",  # one word: a label or a topic tag
        "Jetzt teilen",  # the site's interface
        "* Anmeldung",  # a bullet of a menu
    ],
)
def test_labels_and_furniture_over_the_first_text_stay_out(line: str) -> None:
    art = denews.split(_lead_page(line, LEAD_UPPER))
    assert line.lstrip("* ") not in _read(art)


_WORDS = ["Wettbewerb", "Kinder", "Farben", "Bilder", "Jury", "Schule", "Sommer", "Rathaus"]


@given(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=4, unique=True))
def test_a_line_printed_elsewhere_on_the_page_is_no_heading_of_the_text(words: list[str]) -> None:
    # The same line in a menu or a teaser list further down: page furniture, however it reads.
    line = "Die " + " und ".join(words)
    kept = denews.split(_lead_page(line, LEAD_UPPER))
    assert line in _read(kept)
    printed = denews.split(_lead_page(line, LEAD_UPPER, "Weitere Themen", line, "Archiv"))
    assert not any(p.text == line for p in printed.paragraphs)
    assert LEAD_UPPER in _read(printed)


_RUNNING_WORDS = 10


@st.composite
def _posts(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A short post: headline, stamp, one to three paragraphs (all from the test generator's invented parts)."""
    c = newsgen.DrawChoices(draw)
    stamp = newsgen.stamp(c)
    assume(not stamp.startswith(" date"))  # (the scraper's prefix, a stamp only at the text's start)
    paragraphs = [newsgen.paragraph(c) for _ in range(c.number(1, 3))]
    # (A post of one short sentence, or of a line with no closing stop, is no running text to find it by.)
    assume(any(len(p.split()) >= _RUNNING_WORDS and p.rstrip("“”\"»«'’‘")[-1:] in ".!?" for p in paragraphs))
    page = [c.pick(newsgen.TITLES), stamp, *paragraphs]
    return "\n\n".join(page), paragraphs


@given(_posts(), st.integers(min_value=2, max_value=4))
def test_a_dated_post_over_a_comment_form_keeps_its_text_whatever_the_sidebar_weighs(
    post: tuple[str, list[str]], blurbs: int
) -> None:
    text, _ = post
    page = "\n\n".join([*MENU, text, *FORM, *(SIDEBAR[1:3] * blurbs)])
    # What the post alone gives a reader, it gives inside the page; the sidebar's text stays out.
    alone, framed = _read(denews.split(text)), _read(denews.split(page))
    # (Compared as blocks: whether the first paragraph reads as the teaser may differ.)
    assert set(alone.split("\n\n")) <= set(framed.split("\n\n"))
    assert SIDEBAR[1] not in framed


def test_a_comment_form_ends_the_region_before_a_heavier_stretch() -> None:
    from denews.layout.region import cut_tail

    weights = [1.0, 1.0, -0.6, -0.6, -0.6, 3.0, 3.0]
    inline = [False] * len(weights)
    assert cut_tail(weights, (0, 7), inline) == 7  # the heaviest stretch after the gap
    closing = [False, False, False, True, False, False, False]
    assert cut_tail(weights, (0, 7), inline, closing) == 2  # a comment form in the gap: the article ended there
    assert cut_tail(weights, (0, 2), inline, closing) == 2


TEASERS = [
    "Noch bis Ende des Monats können sich junge Autorinnen und Autoren um das Stipendium der Stadt bewerben, "
    "das mit einem Jahr freier Arbeit im Turmzimmer verbunden ist.",
    "Am Wochenende finden die Radtage statt, mit Touren durch alle Bezirke, einer Werkstatt auf dem Marktplatz "
    "und einem Fest für Familien im Park am Fluss.",
    "Die Bäder öffnen in diesem Jahr schon im April, und wer früh eine Saisonkarte kauft, zahlt dafür weniger "
    "als im letzten Sommer, teilt die Stadt mit.",
]
ARTICLE = [
    "Das Gerberviertel entstand im späten Mittelalter vor den Mauern der Stadt, wo die Handwerker das Wasser "
    "des Bachs für ihre Arbeit nutzten und in engen Gassen wohnten.",
    "Heute sind die alten Häuser sorgfältig renoviert, in den Höfen gibt es kleine Läden und Cafés, und an "
    "warmen Abenden sitzen die Leute bis spät in der Nacht auf den Plätzen.",
]


@pytest.mark.parametrize("more", ["mehr...", "Weiterlesen »", "→ Mehr erfahren"])
def test_paragraphs_under_read_more_links_are_teasers_not_the_article(more: str) -> None:
    teasers = [line for t in TEASERS for line in ("Aktuelles", t, more)]
    page = "\n\n".join([*MENU, *teasers, "Gerberviertel", *ARTICLE, "Impressum"])
    art = denews.split(page)
    read = _read(art)
    assert all(a in read for a in ARTICLE)
    assert not any(t in read for t in TEASERS)


def test_one_lead_over_a_read_more_button_is_the_articles() -> None:
    # One pair alone: the article's lead over the button that opens the rest of it.
    page = "\n\n".join([*MENU, "Das Gerberviertel", TEASERS[0], "Weiterlesen", *ARTICLE, "Impressum"])
    read = _read(denews.split(page))
    assert TEASERS[0] in read and all(a in read for a in ARTICLE)


def test_bullets_split_off_their_items_do_not_end_the_article() -> None:
    # A scraper put each list's bullet on a line of its own: four lone bullets cost no more than the list.
    items = ["Gewicht der Tiere,", "Dauer des Wiederkauens,", "Menge des Futters,", "Zustand des Fells."]
    lead = (
        "Wer seine Herde gesund halten will, sollte im Stall jeden Tag einige Werte im Auge behalten, die viel "
        "über das Befinden der Tiere verraten, und diese am besten gleich aufschreiben:"
    )
    after = (
        "Schon die Auswertungen der Milch aus jedem Monat geben dem Landwirt wichtige Hinweise, ob die Kühe gut "
        "versorgt sind oder ob er das Futter anpassen sollte, bevor eine Krankheit ausbricht."
    )
    page = "\n\n".join(["Sensoren im Kuhstall", lead, *(line for item in items for line in ("-", item)), after])
    art = denews.split(page)
    assert after in art.body


def test_a_table_does_not_part_the_article() -> None:
    # The rule under a table's head is a mark of the table, as its rows are: a long table between two stretches
    # of the text parts nothing.
    before = [
        "Wer einen Teil seines Lohns in die Betriebsrente steckt, spart Steuern und Abgaben, doch wie viel am Ende "
        "übrig bleibt, hängt stark vom Vertrag ab, den der Arbeitgeber ausgesucht hat.",
        "Die folgende Übersicht zeigt für ein erfundenes Beispiel, wie sich das Monatsnetto verändert, wenn ein "
        "Angestellter jeden Monat einen festen Betrag umwandeln lässt und der Chef etwas dazugibt.",
    ]
    rows = [f"| Posten {k} | {100 + k} Euro | {90 + k} Euro |" for k in range(8)]
    after = "Am Ende lohnt sich das Sparen vor allem dann, wenn der Vertrag günstig ist und der Chef etwas dazugibt."
    page = "\n\n".join(["Sparen mit dem Chef", *before, "| Posten | ohne | mit |", "|---|---|---|", *rows, after])
    art = denews.split(page)
    assert after in art.body


_O_WORDS = ["oben", "oft", "ohne", "ob", "oder", "offen", "oooh"]


@given(st.sampled_from(_O_WORDS), st.sampled_from(["", "- ", "• ", "– ", "o ", "* "]))
def test_a_line_printed_twice_is_compared_without_its_bullet_but_with_its_first_letter(word: str, mark: str) -> None:
    # A copy of a line is read without a list's bullet (also the letter o standing alone before the item, as a
    # word processor prints it), never without the first letter of a word that starts with an o.
    from denews.layout.start import _key
    from denews.layout.units import _U, PROSE

    text = f"{mark}{word} kommen die Gäste erst am Abend."
    unit = _U(0, len(text), False, text, PROSE, nwords=len(text.split()))
    assert _key(unit) == f"{word} kommen die gäste erst am abend."
