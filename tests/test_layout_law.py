"""Shrunk examples of each class of failure the furniture law (tests/test_news_shapes.py) found, as plain tests.

Each article is written for these tests.  The law: lines of page furniture added before or after an article
leave its title and body unchanged; each test also asserts what the article itself must give.
"""

from __future__ import annotations

import pytest

import denews
from denews.blocks import ends_sentence
from denews.model import Article


def _framed(text: str, before: list[str], after: list[str]) -> str:
    return "".join(line + "\n\n" for line in before) + text + "".join("\n\n" + line for line in after)


def _reading(art: Article) -> tuple[str | None, list[tuple[str, str]]]:
    return art.title, [(p.text, p.kind) for p in art.paragraphs]


def _law(text: str, before: list[str], after: list[str]) -> Article:
    """The article of ``text`` alone, asserting the framed text reads the same."""
    alone = denews.parse(text)
    assert _reading(denews.parse(_framed(text, before, after))) == _reading(alone)
    return alone


# --- furniture above the article taken for its title -----------------------------------------------------------
def test_a_navigation_line_sharing_a_stem_with_the_lead_is_no_title() -> None:
    # "Seitenanfang" and "Seiten" share the stem the title's overlap counts: the line is navigation.
    text = (
        "Kommentar\n\nBäder öffnen später\n\n"
        "Die Saison beginnt in diesem Jahr erst im Juni. Kritik kam von allen Seiten des Stadtrats."
    )
    art = _law(text, ["Anzeige", "Zum Seitenanfang", "Drucken"], [])
    assert art.title == "Bäder öffnen später"


def test_a_tag_line_naming_the_topic_is_no_title() -> None:
    text = (
        "Der Stadtrat hat am Abend über den Haushalt beraten und die Entscheidung auf den Herbst vertagt.\n\n"
        "Die Sitzung dauerte bis kurz vor Mitternacht, weil viele Anträge vorlagen."
    )
    art = _law(text, ["Schlagworte: Haushalt, Stadtrat", "Teilen"], [])
    assert art.title is None
    assert len(art.paragraphs) == 2


def test_a_media_label_after_the_text_is_furniture() -> None:
    text = (
        "Brücke wird gesperrt\n\nDie Arbeiten an der alten Brücke beginnen am Montag und dauern drei Wochen.\n\n"
        "Umleitung\n\nBusse fahren anders."
    )
    art = _law(text, [], ["Video"])
    assert art.paragraphs[-1].text == "Busse fahren anders."
    framed = denews.parse(_framed(text, [], ["Video"]))
    assert [b.text for b in framed.boilerplate][-1] == "Video"


# --- the article's paragraphs lost between a picture and furniture after it -------------------------------------
def test_the_only_paragraph_under_a_picture_stays_with_a_share_button_after_it() -> None:
    text = (
        "Fähre fällt aus\n\nFoto: Jana Kranich/dpa\n\n"
        "Die Fähre über den See fährt wegen des Sturms bis auf Weiteres nicht."
    )
    art = _law(text, [], ["Teilen", "Newsletter abonnieren"])
    assert [p.text for p in art.paragraphs] == ["Die Fähre über den See fährt wegen des Sturms bis auf Weiteres nicht."]


def test_a_paragraph_opened_by_a_dateline_under_a_picture_stays() -> None:
    text = (
        "Die Stadt hat lange mit dem Land über die Kosten gestritten. Nun gibt es eine Lösung.\n\n"
        "(Foto: Tom Reiber)\n\n"
        "KASSEL. Die Stadt zahlt ein Drittel."
    )
    art = _law(text, [], ["Jetzt abonnieren"])
    assert any(p.text.startswith("KASSEL.") for p in art.paragraphs)


def test_a_short_paragraph_under_a_picture_credit_stays() -> None:
    text = (
        "Zoo zählt Besucher\n\n"
        "Die Zählung ergab deutlich mehr Gäste als im Vorjahr. Der Direktor ist zufrieden.\n\n"
        "Quelle: Reuters\n\n"
        "Nur im Winter blieben viele weg."
    )
    art = _law(text, [], ["Lesen Sie auch:", "Datenschutz"])
    assert art.paragraphs[-1].text == "Nur im Winter blieben viele weg."


def test_the_last_short_sentence_under_a_subheading_stays_with_furniture_after_it() -> None:
    text = (
        "Markt zieht um\n\n"
        "Der Wochenmarkt zieht im Frühjahr auf den Platz vor dem Rathaus, weil die alte Fläche bebaut wird.\n\n"
        "Wie es weitergeht\n\n"
        "Die Händler sind einverstanden."
    )
    art = _law(text, [], ["Artikel anhören", "Cookie-Einstellungen"])
    assert art.paragraphs[-1].text == "Die Händler sind einverstanden."


def test_a_last_paragraph_cut_off_by_the_scraper_stays_with_furniture_after_it() -> None:
    text = (
        "Der Verein hat einen neuen Vorstand gewählt. Die Wahl fiel knapp aus.\n\n"
        "Die neue Vorsitzende sagte nach der Wahl, sie wolle mit allen Mitgliedern über die"
    )
    art = _law(text, [], ["Alle Rechte vorbehalten", "Hier klicken"])
    assert art.paragraphs[-1].text.endswith("über die")


# --- a kicker under a furniture line ------------------------------------------------------------------------------
def test_a_share_button_above_the_kicker_keeps_the_kicker() -> None:
    # A line a cue names is a widget of its own, not an entry of a menu the kicker would belong to.
    text = (
        "Nach der Wahl\n\nVon Lea Sommer, dpa\n\nDie Bürgermeisterin sagte am Morgen: „Wir machen weiter“\n\n"
        "Die Stadt hat am Sonntag über den Haushalt abgestimmt.\n\n"
        "Die Stadt hat am Sonntag über den Haushalt abgestimmt. Das Ergebnis war knapp, die Beteiligung hoch."
    )
    art = _law(text, ["Artikel anhören"], [])
    assert art.kicker == "Nach der Wahl"


# --- a paragraph closed by a German single quote -----------------------------------------------------------------
def test_a_paragraph_closed_by_a_german_single_quote_is_running_text() -> None:
    assert ends_sentence("Der Wirt sagte, ‚wir öffnen wieder.‘")
    text = (
        "Gasthaus öffnet wieder\n\n"
        "Nach zwei Jahren Umbau öffnet das Gasthaus am Markt wieder, mit neuer Küche und einem Saal für Feste.\n\n"
        "Wie es weitergeht\n\n"
        "Die Gemeinde hat das Haus verpachtet. ‚Wir‘, sagte der neue Wirt am Abend, ‚öffnen am Freitag.‘\n\n"
        "Der Saal ist schon ausgebucht."
    )
    art = _law(text, ["Zum Seitenanfang", "Alle Rechte vorbehalten"], ["Zum Seitenanfang"])
    assert art.paragraphs[-1].text == "Der Saal ist schon ausgebucht."
    assert any(p.text.endswith("am Freitag.‘") and p.kind == "paragraph" for p in art.paragraphs)


# --- a last paragraph after a run of short lines -----------------------------------------------------------------
def test_a_last_paragraph_after_a_run_of_short_lines_stays_with_furniture_after_it() -> None:
    # Two lines without a sentence end are dropped as a run of short lines; the paragraph under them is text,
    # whether a share button follows it or not.
    text = (
        "Der Verein hat seine Halle renoviert und lädt am Samstag alle Nachbarn zu einem Fest mit Musik ein.\n\n"
        "Der Vorsitzende sagte: „Wir feiern, ‚endlich‘ sei es so weit“\n\n"
        "Der Vorsitzende sagte: „Wir feiern, ‚endlich‘ sei es so weit“\n\n"
        "Das Fest beginnt am Nachmittag um drei Uhr."
    )
    art = _law(text, [], ["Artikel anhören"])
    assert art.paragraphs[-1].text == "Das Fest beginnt am Nachmittag um drei Uhr."


# --- a breadcrumb above an article without a headline -----------------------------------------------------------
def test_a_breadcrumb_takes_no_part_in_choosing_the_headline() -> None:
    # A breadcrumb over a picture made the line right above the text "the first section's heading" (headline,
    # picture, heading), and with the breadcrumb never a title the article lost its title.
    text = (
        "Von Jana Kranich\n\n(Archivbild)\n\nDie Schule bleibt zu.\n\nBaustelle am Bahnhof\n\n"
        "Die Arbeiten am Bahnhof dauern länger als geplant, weil im Boden alte Leitungen gefunden wurden."
    )
    art = _law(text, ["Startseite > Stadt > Verkehr"], [])
    framed = denews.parse(_framed(text, ["Startseite > Stadt > Verkehr"], []))
    assert framed.title == art.title
    assert "Startseite > Stadt > Verkehr" in {b.text for b in framed.boilerplate}


def test_a_line_under_a_picture_heads_no_text_whether_furniture_follows_or_not() -> None:
    # Kicker, picture, one line without a sentence end: the line right above "the text" heads a section (here
    # the page's end); a share button after it does not make it the headline.
    text = "Nach dem Sturm\n\n(Archivbild)\n\nDer Förster sagte: „Wir räumen auf, ‚bald‘ sei alles frei“"
    art = _law(text, [], ["Artikel anhören"])
    assert art.title == "Nach dem Sturm"


# --- a one-word line over the text, with share buttons above it --------------------------------------------------
@pytest.mark.parametrize("before", [["Teilen", "X"], ["Mail", "Drucken"], ["Startseite", "Teilen", "X"]])
def test_share_buttons_above_a_one_word_headline_make_no_menu_of_it(before: list[str]) -> None:
    # A one-word line is a title only where it stands apart from a menu; buttons already found to be furniture
    # are no menu entries, so they leave the choice as it is without them.
    text = (
        "Hochwasser\n\nDie Pegel steigen weiter. Die Stadt sperrt die Ufer.\n\nVon Lena Gruber\n\n"
        "Passau - Die Pegel an der Donau steigen seit Tagen, und die Stadt hat am Morgen die Uferstraßen gesperrt."
    )
    art = _law(text, before, [])
    assert art.title == "Hochwasser"
