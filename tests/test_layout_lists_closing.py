"""A list that closes the article (requirements, a photo's data, the products a post names) stays with it; the
same lines where they are the page's (printed in its menu as well, or under a label instead of the text) go.

Every article, list and menu here is invented for these tests.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from conftest import examples

_HEAD = "Neuer Bürgerservice im Rathaus"
_LEAD = (
    "Das Rathaus in Talheim bietet seit dieser Woche einen neuen Bürgerservice an. Wer einen Ausweis beantragen "
    "will, kann den Termin jetzt im Internet buchen und muss nicht mehr lange im Flur warten."
)
_SECOND = (
    "Die Stadt hat dafür zwei zusätzliche Schalter eingerichtet, die auch am Samstagvormittag geöffnet sind. "
    "Zum Termin bringen die Bürger nur wenige Unterlagen mit."
)
_NEEDS = [
    "- Ein gültiges Ausweisdokument oder die Geburtsurkunde",
    "- Ein biometrisches Passfoto, nicht älter als sechs Monate",
    "- Die Gebühr in bar oder mit der Karte",
    "- Bei Kindern die Zustimmung beider Eltern",
]
_FOOTER = ["Kommentar schreiben", "Impressum", "Datenschutz", "Kontakt"]


def _page(parts: list[str]) -> str:
    return "\n\n".join(parts)


def test_a_bulleted_list_closing_the_text_stays_without_an_announcing_colon() -> None:
    art = denews.parse(_page([_HEAD, _LEAD, _SECOND, *_NEEDS, *_FOOTER]))
    for line in _NEEDS:
        assert line in art.body
    for line in _FOOTER:
        assert line not in art.body


def test_the_same_bullets_printed_in_the_pages_menu_too_are_the_pages() -> None:
    # Lines that the page prints above the article as well are its navigation, wherever they stand.
    menu = ["- Ausweis und Pass", "- Meldewesen und Umzug", "- Gewerbe und Handel", "- Abfall und Umwelt"]
    art = denews.parse(_page([*menu, _HEAD, _LEAD, _SECOND, *menu, *_FOOTER]))
    for line in menu:
        assert line not in art.body
    assert _SECOND in art.body


def test_a_photos_data_closing_a_post_stays_around_its_date_line() -> None:
    lead = (
        "In der klaren Nacht zum Sonntag stand der Sternhaufen hoch über dem Hügel hinter unserem Dorf. Mit dem "
        "kleinen Teleskop und viel Geduld ist mir endlich ein Bild gelungen, auf dem man die Nebel sieht."
    )
    data = ["- Kamera: Beispielcam 7", "- Optik: Probelinse 300 mm", "- Belichtung: 40 x 2 Minuten",
            "- Datum: 12.10.2024",
            "- Uhrzeit: kurz nach Mitternacht", "- Ort: Hügel bei Talheim", "- Bearbeitung: Probestack"]
    art = denews.parse(_page(["Der Sternhaufen über dem Dorf", lead, *data, "Kommentar hinterlassen"]))
    for line in data:
        if "Datum" not in line:  # (the date line is read as the post's stamp)
            assert line in art.body
    assert "Kommentar hinterlassen" not in art.body


def test_the_products_a_post_names_under_its_last_paragraph_stay_and_a_closing_menu_word_goes() -> None:
    lead = (
        "Im Sommer trage ich am liebsten leichten Schmuck, der zu jedem Kleid passt. Die kleinen Ringe aus dem "
        "Laden in der Altstadt haben mich sofort begeistert, weil sie so schlicht sind."
    )
    last = "Zusammen mit der feinen Kette ergibt das einen ruhigen Look, den man den ganzen Tag tragen kann."
    items = ["Ohrringe: Probeschmuck Mond", "Kette: Beispielgold fein", "Ring: Musterwerk schmal"]
    art = denews.parse(_page(["Schlichter Sommerschmuck", lead, last, *items, "Kommentare"]))
    for line in items:
        assert line in art.body
    assert "Kommentare" not in art.body.split("\n")


def test_two_lines_under_the_text_are_no_list_of_its_own() -> None:
    # Too short to read as a list by its lines alone: a gallery's teaser under the text stays removed.
    teaser = ["Die schönsten Gärten der Region", "40 Bilder »"]
    art = denews.parse(_page([_HEAD, _LEAD, _SECOND, *teaser, *_FOOTER]))
    assert "40 Bilder" not in art.body


_ITEM_WORDS = st.sampled_from(["Gewicht", "Farbe", "Größe", "Material", "Preis", "Garantie", "Akku", "Lieferung"])


@settings(max_examples=examples(40), deadline=None)
@given(
    labels=st.lists(_ITEM_WORDS, min_size=3, max_size=6, unique=True),
    values=st.lists(st.integers(min_value=2, max_value=900), min_size=6, max_size=6),
    bullet=st.sampled_from(["- ", "• ", ""]),
)
def test_label_and_value_rows_closing_the_text_stay_and_the_same_rows_in_the_menu_go(
    labels: list[str], values: list[int], bullet: str
) -> None:
    rows = [f"{bullet}{label}: {value} Einheiten" for label, value in zip(labels, values, strict=False)]
    kept = denews.parse(_page([_HEAD, _LEAD, _SECOND, *rows, *_FOOTER]))
    for row in rows:
        assert row in kept.body
    menu = denews.parse(_page([*rows, _HEAD, _LEAD, _SECOND, *rows, *_FOOTER]))
    for row in rows:
        assert row not in menu.body


# --- runs between two paragraphs: a quotation over several lines, a heading over its items -----------------------
_BAND_LEAD = (
    "Die Band aus Talheim hat ihren Streit mit dem früheren Produzenten in einem neuen Lied ausgetragen. Schon "
    "in der ersten Strophe geht es um die gemeinsamen Jahre im Studio."
)
_BAND_AFTER = (
    "Der Produzent ließ die Zeilen nicht lange unbeantwortet und schrieb noch am selben Abend, er habe der Band "
    "damals den ersten Vertrag besorgt, und das wisse jeder in der Stadt."
)
_VERSE = [
    "„Du warst mal unser Lehrer, doch heute bist du leer",
    "Weil du nur noch von gestern sprichst und nichts mehr von dir kommt",
    "Wir haben dir vertraut wie einem alten Freund, den man nicht fragt",
    "Und jetzt stehst du allein da, wenn der Vorhang fällt“",
]


def test_a_quotation_over_several_lines_between_paragraphs_stays() -> None:
    # A heading over the verse, the verse in quotation marks, a line with an interface word over the next text.
    parts = ["Streit im Studio", _BAND_LEAD, "Die Band über den Produzenten", *_VERSE, "Antwort des Produzenten",
             _BAND_AFTER]
    art = denews.parse(_page(parts))
    for line in _VERSE:
        assert line in art.body
    assert _BAND_AFTER in art.body


def test_the_same_lines_without_quotation_marks_printed_in_the_footer_go() -> None:
    lines = [line.strip("„“") for line in _VERSE]
    art = denews.parse(_page(["Streit im Studio", _BAND_LEAD, *lines, _BAND_AFTER, *lines, *_FOOTER]))
    for line in lines:
        assert line not in art.body


def test_a_label_over_two_items_between_paragraphs_stays_and_a_label_over_menu_entries_goes() -> None:
    items = ["- Symbol: ein Kreis mit zwei Buchstaben", "- Bedeutung: der Name muss genannt werden"]
    art = denews.parse(_page([_HEAD, _LEAD, "Beispiel", *items, _SECOND]))
    for line in items:
        assert line in art.body
    menu = ["- Politik", "- Sport"]
    art = denews.parse(_page([_HEAD, _LEAD, "Rubriken", *menu, _SECOND]))
    for line in menu:
        assert line not in art.body.split("\n")


# --- tables written in Markdown, as scrapers write them ------------------------------------------------------------
_WINE = (
    "Der Rotwein aus dem Probetal duftet nach Kirschen und reifen Pflaumen. Im Mund ist er weich und rund, mit "
    "einem langen Abgang, und er passt gut zu kräftigen Gerichten vom Grill."
)


def test_a_data_table_under_the_last_paragraph_stays_with_its_second_part() -> None:
    first = ["| Angaben zum Wein | |", "|---|---|", "| Alkoholgehalt: | 13 % vol. |", "| Rebsorte: | Probeblau |",
             "| Herkunft: | Probetal |", "| Weitere Angaben | |"]
    second = ["|---|---|", "| Trinktemperatur: | 16 °C |", "| Lagerfähigkeit: | bis 2030 |",
              "| Verschluss: | Naturkorken |", "| Säure: | 5,1 g/l |"]
    art = denews.parse(_page(["Probeblau vom Probetal", _WINE, *first, *second, *_FOOTER]))
    for row in first[2:] + second[1:]:
        assert row in art.body
    assert "|---|" not in art.body


def test_table_rows_between_their_rule_and_the_next_paragraph_stay() -> None:
    lead = "Das Freibad in Talheim hat im vergangenen Sommer mehr Besucher gezählt als je zuvor, sagt die Stadt."
    table = ["Besucher und Umsatz im Freibad", "| | 2022 | 2023 |", "|---|---|---|",
             "| Besucher | 41.000 | 47.500 |", "| Umsatz | 1,2 Mio. | 1,5 Mio. |", "| Badetage | 88 | 97 |"]
    after = "Die Stadt will das Geld in ein neues Becken für Kinder stecken, sagte der Kämmerer am Dienstag."
    art = denews.parse(_page(["Rekord im Freibad", lead, *table, after]))
    for row in table[3:]:
        assert row in art.body
    assert after in art.body


def test_a_table_of_other_articles_under_its_label_goes() -> None:
    links = ["| Weitere Artikel zum Thema | |", "|---|---|", "| Freibad schließt früher | 12.05.2023 |",
             "| Neues Becken geplant | 03.04.2023 |", "| Eintritt wird teurer | 20.03.2023 |"]
    art = denews.parse(_page([_HEAD, _LEAD, _SECOND, *links, *_FOOTER]))
    for row in links[2:]:
        assert row not in art.body


def test_one_summary_bullet_under_the_headline_stays_above_a_photo_line() -> None:
    bullet = "- Gemeinsamer Prüfstand spart den Herstellern monatelange Messungen"
    photo = (
        "Von links: Erika Probe (Leiterin Prüfstand Talheim), Max Beispiel (Entwickler Probewerk AG), Jana Muster "
        "(Netzbetreiber Talnetz GmbH), Paul Probe (Vorstand Probewerk AG), Lena Beispiel (Prüfinstitut Talheim)."
    )
    body = [
        "Die Probewerk AG und das Prüfinstitut in Talheim wollen neue Windräder schneller ans Netz bringen. Dafür "
        "haben sie in den vergangenen zwei Jahren einen gemeinsamen Prüfstand entwickelt, der die Messungen im "
        "Feld zum großen Teil ersetzt und so viel Zeit bei der Zulassung spart.",
        "Bisher mussten die Hersteller jede neue Anlage über Monate im Feld vermessen, bevor der Netzbetreiber "
        "sie abnahm. Mit dem neuen Verfahren genügen wenige Wochen, sagte die Leiterin des Instituts am Montag.",
    ]
    art = denews.parse(_page(["Pressemitteilung", "Probewerk und Prüfinstitut bauen Prüfstand", bullet, photo, *body]))
    assert bullet in art.body
    menu = denews.parse(_page(["Pressemitteilung", "Probewerk und Prüfinstitut bauen Prüfstand", "- Alle Meldungen",
                               photo, *body]))
    assert "Alle Meldungen" not in menu.body


def test_the_last_two_entries_of_a_bibliography_go_on_from_the_entry_above_them() -> None:
    lead = (
        "Die Ausstellung im Stadtmuseum Talheim zeigt Bücherzeichen aus drei Jahrhunderten. Wer mehr über die "
        "Künstler wissen will, findet sie in diesen Büchern und Katalogen beschrieben."
    )
    entries = [
        "ABEL, Erika: Bücherzeichen im Wandel der Zeit, Probeverlag, Talheim 1988",
        "BERG, Max: Kleine Grafik aus dem Süden, Musterdruck, Beispielstadt 1975",
        "CORN, Jana: Exlibris der Moderne, Katalog zur Ausstellung, Probehaus, Talheim 1991",
        "DORN, Paul: Catalogo delle incisioni, Biblioteca Civica, Sala grafica, Talheim, Inventario 1969.",
        "EBER, Lena: Private Sammlung",
        "FINK, Otto: Sammler und ihre Zeichen, in: Blätter für Grafik, 1980",
    ]
    art = denews.parse(_page(["Werkliste Bücherzeichen", lead, *entries]))
    for line in entries[-2:]:
        assert line in art.body


# --- the writer's sign-off under the last paragraph -------------------------------------------------------------
_POST = [
    "Apfelkuchen wie bei Oma",
    "Am Wochenende habe ich endlich das alte Rezept meiner Großmutter ausprobiert. Der Teig ist schnell gemacht, "
    "und die Äpfel aus unserem Garten passen perfekt dazu, weil sie schön sauer sind.",
    "Wichtig ist nur, dass ihr den Kuchen ganz auskühlen lasst, bevor ihr ihn anschneidet. Sonst bricht er.",
]


def test_a_wish_and_a_sign_off_under_the_last_paragraph_stay_and_the_comment_form_goes() -> None:
    art = denews.parse(_page([*_POST, "Viel Spaß beim Nachbacken!", "Eure Probeköchin", *_FOOTER]))
    assert "Eure Probeköchin" in art.body
    assert "Viel Spaß beim Nachbacken!" in art.body
    assert "Kommentar schreiben" not in art.body


def test_a_signature_of_the_editors_stays_and_a_menu_entry_of_that_name_goes() -> None:
    art = denews.parse(_page([*_POST, "Lena, Die Redaktion"]))
    assert "Lena, Die Redaktion" in art.body
    art = denews.parse(_page([*_POST, "Die Redaktion", "Impressum", "Kontakt"]))
    assert "Die Redaktion" not in art.body


def test_a_line_announcing_an_exclamation_stays_with_it() -> None:
    lead = "Der Bäcker in Talheim hat eine neue Torte im Angebot. So beschreibt er sie selbst: leicht und fruchtig."
    parts = [
        lead,
        "Und das Beste kommt noch:",
        "Am Samstag gibt es für alle Kunden ein Stück davon gratis in der Filiale!",
        "Wer mitmachen will, muss nur den Kassenbon der Woche mitbringen, sagte der Bäcker am Montag.",
    ]
    art = denews.parse(_page(["Neue Torte beim Bäcker", *parts]))
    assert "Und das Beste kommt noch:" in art.body
