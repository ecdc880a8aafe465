"""Lists inside an article (tips, steps, ingredients, spec rows) stay with it; menus and link lists do not.

Every article, list and menu here is invented for these tests.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from conftest import examples

_HEAD = "Obstbäume richtig pflanzen"
_LEAD = (
    "Wer im Herbst einen Obstgarten anlegt, hat im Frühjahr weniger Arbeit. Gärtner in der Region empfehlen "
    "dafür robuste Apfelsorten, die auch auf schwerem Boden gut gedeihen:"
)
_AFTER = (
    "Alle drei Apfelsorten brauchen einen sonnigen Platz und sollten im ersten Jahr regelmäßig gegossen werden. "
    "Der Boskoop trägt nach drei Jahren die ersten Früchte, die Goldparmäne oft schon früher."
)
_SORTS = ["Roter Boskoop aus dem Alten Land", "Goldparmäne für kleine Gärten", "Berlepsch mit festem Fruchtfleisch"]
_MENU = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Kontakt", "Impressum"]


def _page(parts: list[str]) -> str:
    return "\n\n".join(parts)


def test_a_list_of_plain_noun_phrases_between_paragraphs_stays() -> None:
    # No bullet, no figure, no sentence end: the items share the article's words and a colon announces them.
    art = denews.parse(_page([_HEAD, _LEAD, *_SORTS, _AFTER]))
    for line in _SORTS:
        assert line in art.body
    assert _AFTER in art.body


def test_the_same_list_under_a_menu_and_over_a_footer_stays_and_the_menu_goes() -> None:
    art = denews.parse(_page([*_MENU, _HEAD, _LEAD, *_SORTS, _AFTER, *_MENU]))
    for line in _SORTS:
        assert line in art.body
    paragraphs = {p.text for p in art.paragraphs}
    assert not paragraphs & set(_MENU)


def test_a_run_of_capitalised_menu_words_between_paragraphs_is_removed() -> None:
    # The same place in the text, but the lines are one-word entries repeated in the page's footer.
    art = denews.parse(_page([_HEAD, _LEAD, *_MENU[:4], _AFTER, *_MENU[:4]]))
    paragraphs = {p.text for p in art.paragraphs}
    assert not paragraphs & set(_MENU)


def test_a_list_labelled_as_other_stories_is_removed() -> None:
    teasers = ["Weitere Beiträge aus dem Garten", "Rosen schneiden im März", "Der Rasen im Sommer"]
    art = denews.parse(_page([_HEAD, _LEAD.replace(":", "."), *teasers, _AFTER]))
    assert "Rosen schneiden im März" not in art.body


# --- the law: an invented article holding an invented list keeps every line of it --------------------------------
_TOPICS = {
    # topic word, lead, items (each sharing a word with the lead or the paragraph after), paragraph after
    "Tipps": (
        "Wer mit dem Fahrrad zur Arbeit fährt, spart Geld und bleibt fit. Die Verkehrswacht gibt dazu folgende Tipps.",
        ["Helm auch auf kurzen Wegen tragen", "Licht am Fahrrad vor der Fahrt prüfen", "Reifen einmal im Monat "
         "aufpumpen", "Bremsen nach dem Winter einstellen lassen", "Fahrrad im Keller trocken abstellen"],
        "Wer diese Tipps beachtet, fährt sicherer durch den Herbst. Die Verkehrswacht bietet außerdem Kurse an.",
    ),
    "Schritte": (
        "Ein eigenes Hochbeet lässt sich an einem Wochenende bauen. Dafür sind nur wenige Schritte nötig:",
        ["Bretter aus Lärchenholz zusägen", "Rahmen für das Hochbeet verschrauben", "Boden mit Gitter gegen "
         "Wühlmäuse auslegen", "Hochbeet mit Ästen, Laub und Erde füllen", "Erste Pflanzen im Hochbeet setzen"],
        "Nach dem Bau sollte das Hochbeet einige Tage ruhen, damit sich die Erde setzt. Danach kann gepflanzt werden.",
    ),
    "Zutaten": (
        "Der Apfelkuchen vom Blech gelingt auch Anfängern. Für ein Blech braucht man diese Zutaten:",
        ["500 g Mehl", "250 g Butter", "200 g Zucker", "4 Eier", "1 kg Äpfel", "1 Päckchen Backpulver"],
        "Die Butter mit dem Zucker schaumig rühren, dann Eier, Mehl und Backpulver unterheben. Die Äpfel schälen.",
    ),
}


@settings(max_examples=examples(60), deadline=None)
@given(
    topic=st.sampled_from(sorted(_TOPICS)),
    n_items=st.integers(min_value=2, max_value=6),
    bullet=st.sampled_from(["", "- ", "• ", "* "]),
    menu_before=st.lists(st.sampled_from(_MENU), min_size=0, max_size=6, unique=True),
    menu_after=st.lists(st.sampled_from(_MENU), min_size=0, max_size=6, unique=True),
)
def test_an_article_keeps_every_line_of_its_list_and_drops_the_menu_around_it(
    topic: str, n_items: int, bullet: str, menu_before: list[str], menu_after: list[str]
) -> None:
    lead, items, after = _TOPICS[topic]
    lines = [bullet + item for item in items[:n_items]]
    title = f"{topic} für den Alltag: So gelingt es"
    art = denews.parse(_page([*menu_before, title, lead, *lines, after, *menu_after]))
    for line in lines:
        assert line in art.body, (line, art.body)
    menu = set(menu_before) | set(menu_after)
    assert not {p.text for p in art.paragraphs} & menu


def test_a_summary_in_bullets_under_the_headline_stays() -> None:
    summary = ["- Die Stadtwerke senken den Gaspreis um zwölf Prozent", "- Der neue Tarif gilt ab dem ersten März",
               "- Kunden müssen nichts unternehmen"]
    text = (
        "Die Stadtwerke in Talheim geben die gesunkenen Einkaufspreise an ihre Kunden weiter. Der Gaspreis sinkt "
        "für rund zwanzigtausend Haushalte, wie ein Sprecher am Montag mitteilte."
    )
    art = denews.parse(_page(["Stadtwerke senken den Gaspreis", *summary, text]))
    for line in summary:
        assert line in art.body


def test_an_announced_list_keeps_its_rows_and_drops_the_interface_line_after_it() -> None:
    rows = ["Gewicht: 2,4 kg", "Akku: 36 Volt", "Ladezeit: etwa 90 Minuten"]
    lead = "Der neue Akku-Rasenmäher aus Talheim ist leicht und leise. Die technischen Daten im Überblick:"
    art = denews.parse(_page(["Leiser Rasenmäher im Test", lead, *rows, "Kommentar schreiben", *_MENU[:4]]))
    for line in rows:
        assert line in art.body
    assert "Kommentar schreiben" not in art.body


def test_a_list_then_a_heading_then_a_paragraph_keeps_both() -> None:
    # The last short line heads the paragraph under it; the rows above it are the article's list.
    rows_a = ["Modell A: Stahlrahmen, 12 kg", "Farbe: Grau", "Preis: 499 Euro"]
    rows_b = ["Modell B: Alurahmen, 9 kg", "Farbe: Blau", "Preis: 649 Euro"]
    first = "Der Fahrradhändler aus Talheim hat zwei neue Modelle im Angebot. Beide Modelle gibt es ab sofort."
    middle = "Das leichtere Modell kostet mehr, dafür trägt sich das Fahrrad leichter in den Keller."
    last = "Wer viel in der Stadt fährt, sollte beide Modelle vorher probefahren, rät der Händler."
    art = denews.parse(_page(["Zwei neue Fahrräder", first, *rows_a, middle, *rows_b, "Unser Fazit", last]))
    for line in rows_a + rows_b:
        assert line in art.body
    assert ("Unser Fazit", "heading") in [(p.text, p.kind) for p in art.paragraphs]


def test_a_markdown_table_between_paragraphs_stays_whole() -> None:
    # Scrapers write tables in Markdown; the rule under the head is no line of the text, the rows are.
    rows = ["| Jahr | Besucher | Umsatz |", "|---|---|---|", "| 2022 | 41.000 | 1,2 Mio. Euro |",
            "| 2023 | 47.500 | 1,5 Mio. Euro |"]
    first = "Das Freibad in Talheim hat im vergangenen Sommer mehr Besucher gezählt als je zuvor."
    after = "Die Stadt will das Geld in ein neues Becken für Kinder stecken, sagte der Kämmerer am Dienstag."
    art = denews.parse(_page(["Rekord im Freibad", first, *rows, after]))
    for row in (rows[0], rows[2], rows[3]):
        assert row in art.body
    assert "|---|" not in art.body


def test_a_fact_box_closing_the_article_with_its_own_label_stays_and_a_share_row_goes() -> None:
    facts = ["Technische Daten im Überblick", "- Gewicht: 2,4 kg", "- Akku: 36 Volt", "- Ladezeit: etwa 90 Minuten"]
    share = ["Teilen mit:", "* Klick, um per Nachricht zu senden", "* Klick, um die Seite zu drucken"]
    lead = "Der neue Akku-Rasenmäher aus Talheim ist leicht und leise, er kostet im Handel rund 300 Euro."
    art = denews.parse(_page(["Leiser Rasenmäher im Test", lead, *facts, *share]))
    for line in facts:
        assert line in art.body
    for line in share:
        assert line not in art.body


# --- a review's reference lines: the book's or film's data under the text --------------------------------------
_REVIEW = [
    "Ein Roman über die Stille der Flüsse",
    "Die Autorin erzählt von einer Fährfrau, die dreißig Jahre lang dieselbe Strecke über den Strom fährt und "
    "dabei die Geschichten ihrer Fahrgäste sammelt. Der Ton bleibt ruhig, die Sätze sind kurz und genau.",
    "Im zweiten Teil wechselt die Perspektive zu ihrer Tochter, die das Boot verkaufen will. Dass der Roman "
    "diesen Streit nicht auflöst, ist seine größte Stärke, und die letzten Seiten wirken lange nach.",
    "Wer ruhige Bücher über Arbeit und Herkunft mag, wird an dieser Geschichte viel Freude haben. Für eine "
    "Reise mit der Bahn ist sie genau richtig, denn sie lässt sich in zwei Abenden lesen.",
]
_REFERENCE = ["Marta Beispiel: Die Fährfrau", "Musterverlag, Beispielstadt 2021, 240 S., 22 Euro"]
_AFTER_REVIEW = ["Ähnliche Artikel", "Ein Krimi aus dem Hafenviertel", "Gedichte für den Winter", "Impressum"]


def test_a_reviews_reference_lines_under_the_text_stay_and_the_link_list_goes() -> None:
    # Publisher, place, year, pages and price: the data of the book the review is about, the article's own.
    art = denews.parse(_page([*_REVIEW, *_REFERENCE, *_AFTER_REVIEW]))
    for line in _REFERENCE:
        assert line in art.body
    assert "Ein Krimi aus dem Hafenviertel" not in art.body


def test_a_film_reviews_data_line_with_a_running_time_stays() -> None:
    film = [_REVIEW[0].replace("Roman", "Film"), *_REVIEW[1:]]
    data = ["Die Fährfrau. Regie: Jonas Probe. Beispielland 2023, 104 Min."]
    art = denews.parse(_page([*film, *data, *_AFTER_REVIEW]))
    assert data[0] in art.body
    assert "Gedichte für den Winter" not in art.body


def test_a_copyright_line_with_a_year_and_a_publisher_is_no_reference() -> None:
    notice = ["© 2021 Musterverlag GmbH", "Alle Angebote 2021 ab 9 Euro"]
    art = denews.parse(_page([*_REVIEW, *notice, *_AFTER_REVIEW]))
    assert "Musterverlag GmbH" not in art.body


def test_a_label_of_videos_inside_a_run_ends_the_articles_list_there() -> None:
    # The run under the text: two lines of the article's list, then a label of other pages and their entries.
    items = ["Roter Boskoop im Alten Land", "Goldparmäne im Hausgarten"]
    videos = ["Weitere Videos", "* Garten - Praxis Rosen richtig schneiden", "* Garten - Praxis Der Rasen im Sommer"]
    art = denews.parse(_page([_HEAD, _LEAD, *items, *videos, _AFTER]))
    assert "Rosen richtig schneiden" not in art.body
    assert "Weitere Videos" not in art.body


def test_a_credit_line_over_a_paragraph_is_no_heading() -> None:
    # "Quelle: name / Bildagentur" where a picture stood: its credit, not a heading of the paragraph under it.
    art = denews.parse(_page([_HEAD, _LEAD.replace(":", "."), "Quelle: musterbild / Beispielfoto.com", _AFTER]))
    assert "Beispielfoto" not in art.body
    assert _AFTER in art.body
