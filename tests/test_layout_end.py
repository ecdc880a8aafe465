"""Where the article ends: the region's tail after a gap of furniture (denews.layout.region.cut_tail).

All texts are invented for these tests.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from conftest import examples
from denews.layout.region import TAIL_GAP, cut_tail

FURN = -0.6  # a furniture line (region.FURNITURE_COST)

ARTICLE = (
    "Wasser wird teurer\n\n"
    "Die Stadtwerke erhöhen zum ersten Januar den Preis für Trinkwasser, weil die Kosten für die Aufbereitung "
    "und für neue Leitungen in den vergangenen Jahren deutlich gestiegen sind.\n\n"
    "Ein Haushalt mit vier Personen zahlt nach den Angaben der Stadtwerke im Jahr etwa vierzig Euro mehr als "
    "bisher, für Betriebe gelten eigene Tarife, die im Frühjahr veröffentlicht werden sollen.\n\n"
    "Der Stadtrat hatte der Erhöhung bereits im Herbst zugestimmt, allerdings gegen die Stimmen der Opposition, "
    "die eine Staffelung nach dem Einkommen gefordert hatte."
)
BIO = (
    "Unsere Autorin schreibt seit vielen Jahren über die Stadt und ihre Betriebe, und wenn sie nicht gerade "
    "im Rathaus sitzt, ist sie mit dem Rad in den Dörfern rund um die Stadt unterwegs."
)
BIO2 = (
    "Für ihre Reihe über die kleinen Läden der Altstadt hat sie im vergangenen Jahr einen Preis des Verbands der "
    "Lokalzeitungen bekommen, und ihr erstes Buch über die Geschichte des Hafens erscheint im Herbst."
)


def test_a_tail_after_a_gap_of_three_furniture_lines_is_cut() -> None:
    assert cut_tail([2.0, 2.0, FURN, FURN, FURN, 1.0], (0, 6), [False] * 6) == 2


def test_a_lighter_gap_parts_nothing() -> None:
    assert cut_tail([2.0, 2.0, FURN, FURN, 1.0], (0, 5), [False] * 5) == 5
    assert cut_tail([2.0, -0.12, -0.12, 1.0], (0, 4), [False] * 4) == 4  # two headings between paragraphs


def test_inline_furniture_parts_nothing() -> None:
    # A picture's caption and an embedded post inside the article cost the region, but end nothing.
    assert cut_tail([2.0, FURN, FURN, FURN, 1.0], (0, 5), [False, True, True, True, False]) == 5


def test_the_heaviest_stretch_keeps_what_stands_before_it() -> None:
    # A short intro, a widget, then the long text: the text is the article; only what follows it is cut.
    assert cut_tail([0.6, FURN, FURN, FURN, 3.0, 3.0, FURN, FURN, FURN, 0.8], (0, 10), [False] * 10) == 6


@settings(max_examples=examples(200))
@given(st.lists(st.sampled_from([FURN, -0.12, 0.15, 0.6, 1.5, 4.0]), min_size=1, max_size=40), st.data())
def test_the_cut_ends_a_stretch_inside_the_span(ws: list[float], data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(ws) - 1))
    end = data.draw(st.integers(start + 1, len(ws)))
    inline = data.draw(st.lists(st.booleans(), min_size=len(ws), max_size=len(ws)))
    cut = cut_tail(ws, (start, end), inline)
    assert start < cut <= end
    # Either nothing is cut, or a gap of furniture costing TAIL_GAP follows the cut.
    if cut < end:
        i, gap = cut, 0.0
        while i < end and ws[i] < 0:
            gap -= 0.0 if inline[i] else ws[i]
            i += 1
        assert gap >= TAIL_GAP


def test_an_authors_box_after_share_buttons_is_no_article_text() -> None:
    # The box reads as well as the article and weighs more than the buttons cost: only the gap parts them.
    text = ARTICLE + "\n\nTeilen\n\nDrucken\n\nNewsletter abonnieren\n\nÜber die Autorin\n\n" + BIO + "\n\n" + BIO2
    art = denews.parse(text)
    assert len([p for p in art.paragraphs if p.kind == "paragraph"]) == 3
    assert BIO not in art.body and BIO2 not in art.body
    assert {BIO, BIO2} <= {b.text for b in art.boilerplate}


def test_a_picture_inside_the_article_ends_nothing() -> None:
    text = ARTICLE.replace(
        "\n\nDer Stadtrat", "\n\nDas Wasserwerk am Fluss.\n\nFoto: Lena Kranich/dpa\n\n(Archivbild)\n\nDer Stadtrat"
    )
    art = denews.parse(text)
    assert art.paragraphs[-1].text.startswith("Der Stadtrat hatte der Erhöhung")
