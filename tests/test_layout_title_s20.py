"""Layout title: signals added in session 20 (invented pages only)."""

from __future__ import annotations

import pytest

from denews import layout
from denews.layout.site_header import site_header, tagline
from denews.layout.title import echoed

BEES = (
    "Wer einen Bienenkasten im eigenen Garten aufstellen will, braucht vor allem Geduld, einen ruhigen Platz "
    "und einen Imker aus der Nachbarschaft, der beim ersten Öffnen des Kastens hilft."
)
SPRING = (
    "Im Frühjahr wird der Kasten zum ersten Mal geöffnet, sobald die Temperatur über zwölf Grad steigt und "
    "die Bienen wieder ausfliegen."
)
FRAMES = (
    "Die Rähmchen werden einzeln und langsam gezogen, damit keine Biene zerdrückt wird und das Volk ruhig "
    "bleibt."
)


# ---- a line printed again as a heading (``# X``) is no echo -------------------------------------------------


def test_a_line_printed_again_as_a_heading_is_no_echo() -> None:
    page = ["Die Rähmchen langsam ziehen", "Start", "Garten", BEES, SPRING, "# Die Rähmchen langsam ziehen"]
    assert echoed([page[0]], page) == [False]
    # (inside a longer line it still is one)
    assert echoed([page[0]], [*page, "Start > Garten > Die Rähmchen langsam ziehen"]) == [True]


def test_gallery_captions_printed_again_as_section_headings_are_no_title() -> None:
    # A gallery over the article repeats its steps' headings; the step right above a caption sharing the lead's
    # words must not outscore the headline for being "printed again" in the text.
    page = "\n\n".join([
        "Den Kasten im Frühjahr öffnen",
        "Im Frühjahr den Kasten behutsam öffnen, wenn die Bienen ausfliegen und der Garten blüht.",
        "Die Rähmchen langsam ziehen",
        "Mehr zum Thema",
        "So pflegen Sie einen Bienenkasten im eigenen Garten",
        "Von Anna Beispiel",
        "12. März 2024",
        BEES,
        "# Den Kasten im Frühjahr öffnen",
        SPRING,
        "# Die Rähmchen langsam ziehen",
        FRAMES,
    ])
    assert layout.split(page).title == "So pflegen Sie einen Bienenkasten im eigenen Garten"


# ---- a blog's name and tagline over the headline -----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "is_tagline"),
    [
        ("Anna Beispiels Blog über Garten, Küche und Bienen", True),
        ("Das Magazin für Imker und Gärtner", True),
        ("Das neue Lifestyle-Magazin für junge Leute", True),
        ("Nachrichten aus Brunnhausen und der Region", True),
        # (a short ending of a site's word inside another word: ``...bote``)
        ("Reiseangebote mit Frühstück in der Altstadt", False),
        ("Der Blog über den Garten ist umgezogen.", False),
        ("Stadtrat stimmt für neuen Radweg", False),
        ("Ein Blog", False),
    ],
)
def test_tagline(line: str, is_tagline: bool) -> None:
    assert tagline(line) is is_tagline


def test_site_header_marks_the_tagline_and_the_name_over_it() -> None:
    lines = [(3, "Suche"), (5, "Gartenzwerg"), (6, "Anna Beispiels Blog über Garten und Bienen"), (7, "Gelesen")]
    assert site_header(lines) == {1, 2}
    # (a line apart from the tagline is no logo)
    assert site_header([(4, "Gartenzwerg"), (6, "Anna Beispiels Blog über Garten und Bienen")]) == {1}


def test_a_blog_name_and_its_tagline_over_the_headline_are_no_title() -> None:
    page = "\n\n".join([
        "Zum Inhalt springen",
        "Gartenzwerg",
        "Anna Beispiels Blog über Garten, Bienen und Kasten",
        "Gelesen und gesehen: meine Bücher im März",
        "3. April 2024",
        BEES,
        SPRING,
        FRAMES,
    ])
    assert layout.split(page).title == "Gelesen und gesehen: meine Bücher im März"


# ---- a link back to a section (``< X``) is no echo of X ----------------------------------------------------


def test_a_link_back_to_a_section_is_no_echo_of_its_name() -> None:
    page = ["Alle Gärten im Bereich Bienen", "Start", "Garten", BEES, SPRING, "< Alle Gärten im Bereich Bienen"]
    assert echoed([page[0]], page) == [False]
    assert echoed([page[0]], [*page[:-1], "Nächste Seite: Alle Gärten im Bereich Bienen"]) == [True]
    # (Swiss quotes come in pairs: a quoted line printed inside a longer one is still an echo)
    quoted = ["«Die Bienen bleiben im Garten»", "Start", "Garten", BEES, "«Die Bienen bleiben im Garten» – Interview"]
    assert echoed([quoted[0]], quoted) == [True]


def test_a_section_heading_a_back_link_repeats_is_no_title() -> None:
    # A directory page: the headline over a short intro, then lists of links under section names; one list's
    # heading is repeated by a link back at its end.  That repeat must not count as the headline's echo.
    shops = ["Imkerei Sonnenhang", "Wabenhaus Nord", "Honigtopf Brunnhausen", "Kasten und Co", "Imkerbedarf Süd",
             "Bienenglück", "Zargenwerk", "Beutenbau Meier"]
    page = "\n\n".join([
        "Menü",
        "Bienenkästen – Imker, Händler, selbst bauen",
        "Bienenkästen sind für Imker so etwas wie ein Zuhause für ihre Völker: ohne geht es nicht lange gut.",
        "In Deutschland",
        *(f"* {n}" for n in shops[:4]),
        "Alle Händler im Bereich Bienenkästen",
        "Weltweit",
        *(f"* {n}" for n in shops[4:]),
        "< Alle Händler im Bereich Bienenkästen",
        "Foto: Anna Beispiel",
        BEES,
        SPRING,
        FRAMES,
    ])
    assert layout.split(page).title == "Bienenkästen – Imker, Händler, selbst bauen"
