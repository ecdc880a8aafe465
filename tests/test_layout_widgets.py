"""Widgets of German, Austrian and Swiss news sites around and inside invented articles: the article's title,
authors and paragraphs stay as they are without the widget, and every line of the widget is reported as
boilerplate, its opening line with a kind the widget may carry (tests/newsparts_widgets.py).

Each article here was written for the tests.  Positions a widget is not yet read at are listed in
``NOT_YET`` (the notes of the helper that wrote them say why); the rest must hold.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from denews.boilerplate import cue_kind, is_interface_text
from denews.model import Article
from newsparts_widgets import (
    Block,
    audio,
    comments,
    consent,
    donation,
    footer,
    newsletter,
    overlay,
    paywall,
    share,
)

ARTICLES = (
    (
        "Neue Brücke über die Salzach soll 2027 fertig sein",
        "Von Katrin Weidinger",
        (
            "Die Landesregierung hat am Dienstag den Bau einer zweiten Brücke über die Salzach beschlossen. Die "
            "Kosten werden auf rund 48 Millionen Euro geschätzt.",
            "Verkehrslandesrat Peter Holzner sprach von einem wichtigen Tag für die Pendler der Region. Der Stau an "
            "der alten Brücke habe in den vergangenen Jahren stark zugenommen.",
            "Kritik kam von den Grünen. Sie fordern, das Geld lieber in den Ausbau der Lokalbahn zu stecken, die "
            "täglich Tausende Fahrgäste befördert.",
            "Die Bauarbeiten sollen im kommenden Frühjahr beginnen. Während der Bauzeit bleibt die Uferstraße für "
            "Radfahrer gesperrt.",
        ),
    ),
    (
        "Zürcher Kantonsrat streitet über Gebühren für Kitas",
        "Von Reto Ambühl und Nadja Keller",
        (
            "Im Zürcher Kantonsrat ist am Montag eine lange Debatte über die Gebühren für Kindertagesstätten zu Ende "
            "gegangen. Eine knappe Mehrheit stimmte für eine Obergrenze.",
            "Die Eltern sollen künftig höchstens ein Drittel der Kosten selbst tragen. Den Rest übernehmen die "
            "Gemeinden und der Kanton.",
            "Der Gewerbeverband warnte vor neuen Lasten für die Gemeinden. Viele kleine Orte hätten schon heute "
            "Mühe, genug Plätze anzubieten.",
            "Das letzte Wort hat voraussichtlich das Volk: Die Gegner haben angekündigt, das Referendum zu ergreifen.",
        ),
    ),
    (
        "Bäckerei in Lindau sucht seit Monaten vergeblich Lehrlinge",
        "Von Hannes Reiter",
        (
            "Seit dem Sommer hängt im Schaufenster der Bäckerei am Hafen ein Zettel. Gesucht werden zwei Lehrlinge, "
            "gemeldet hat sich bisher niemand.",
            "Meister Florian Kessler backt mit seinem Team jede Nacht rund dreitausend Brötchen. Ohne Nachwuchs "
            "werde das bald nicht mehr gehen, sagt er.",
            "Die Handwerkskammer kennt das Problem. In der Region seien derzeit mehr als vierzig Lehrstellen im "
            "Lebensmittelhandwerk unbesetzt.",
            "Kessler will nun an Schulen werben und bietet Schnuppertage an. Wer mag, darf dort auch selbst Teig "
            "kneten.",
        ),
    ),
)
ABOVE, BETWEEN, BELOW = "above", "between", "below"
WIDGETS = {
    "consent": (consent(), (ABOVE, BETWEEN, BELOW)),
    "paywall": (paywall(), (ABOVE, BETWEEN, BELOW)),
    "newsletter": (newsletter(), (ABOVE, BETWEEN, BELOW)),
    "donation": (donation(), (ABOVE, BETWEEN, BELOW)),
    "comments": (comments(), (ABOVE, BELOW)),
    "overlay": (overlay(), (ABOVE, BETWEEN, BELOW)),
    "footer": (footer(), (ABOVE, BELOW)),
    "audio": (audio(), (BELOW,)),
    "share": (share(), (ABOVE, BETWEEN, BELOW)),
}
CASES = [(name, where) for name, (_, places) in WIDGETS.items() for where in places]


def assert_removed(framed: Article, text: str, kinds: frozenset[str]) -> None:
    """Every line of the widget ``text`` is removed from ``framed``, the opening one as one of ``kinds``.

    The widget's opening line names it; the buttons and lists under it may be read as a list of links."""
    found = {b.text: b.kind.value for b in framed.boilerplate}
    lines = text.split("\n\n")
    for line in lines:
        assert any(line in t for t in found), f"not removed: {line!r}"
    assert next(kind for t, kind in found.items() if lines[0] in t) in kinds


def _page(article: tuple[str, str, tuple[str, ...]], block: str, where: str, at: int) -> str:
    title, byline, paras = article
    body = list(paras)
    if where == BETWEEN:
        body.insert(at, block)
    parts = [title, byline, *body]
    if where == ABOVE:
        parts.insert(0, block)
    elif where == BELOW:
        parts.append(block)
    return "\n\n".join(parts)


def _reading(art: Article) -> tuple[str | None, tuple[str, ...], list[str]]:
    return art.title, art.authors, [p.text for p in art.paragraphs]


@pytest.mark.parametrize(("name", "where"), CASES)
@settings(max_examples=12, deadline=None)
@given(data=st.data())
def test_a_widget_is_removed_and_the_article_stays(name: str, where: str, data: st.DataObject) -> None:
    article = data.draw(st.sampled_from(ARTICLES))
    block: Block = data.draw(WIDGETS[name][0])
    text, kinds = block
    at = data.draw(st.integers(1, len(article[2]) - 1))
    alone = denews.parse(_page(article, "", "none", 0))
    framed = denews.parse(_page(article, text, where, at))
    assert _reading(framed) == _reading(alone)
    assert_removed(framed, text, kinds)


@pytest.mark.parametrize(
    ("row", "kind"),
    [
        ("Drucken | Merken | Teilen", "social"),
        ("Teilen auf Facebook | Per E-Mail senden", "social"),
        ("Impressum | Datenschutz | AGB | Kontakt", "other"),
        ("Alle akzeptieren | Einstellungen", "other"),
        ("Login • Registrieren", "other"),
    ],
)
def test_a_row_of_buttons_parted_by_bars_takes_its_first_entry_s_kind(row: str, kind: str) -> None:
    assert cue_kind(row) == kind


def test_a_line_with_a_bar_and_a_headline_in_it_is_no_row() -> None:
    # One entry without a cue: a section's name beside a headline, not a row of buttons.
    assert cue_kind("Drucken | Stadtrat vertagt die Entscheidung über das Hallenbad") is None


@pytest.mark.parametrize(
    "line",
    [
        "Als Abonnentin oder Abonnent lesen Sie alle Texte auch im E-Paper.",
        "Bitte halten Sie sich an unsere Netiquette, sonst schließen wir die Kommentarfunktion.",
        "Ohne Ihre Einwilligung laden wir keine Inhalte von Drittanbietern.",
    ],
)
def test_the_site_s_words_to_its_reader_on_subscriptions_consent_and_comments_are_interface_text(line: str) -> None:
    assert is_interface_text(line, prose=True)


def test_a_news_sentence_with_one_such_word_is_no_interface_text() -> None:
    assert not is_interface_text("Die Zahl der Abonnenten der Zeitung ist im vergangenen Jahr gestiegen.", prose=True)


@pytest.mark.parametrize(
    ("unit", "kind"),
    [
        ("Inhalte nachladen", "embed"),
        ("Für dieses Video brauchen wir deine Zustimmung.", "embed"),
        ("Mit Ihrer Einwilligung erlauben Sie uns, Karten eines Anbieters zu zeigen.", "embed"),
        ("Auswahl speichern", "other"),
        ("Privatsphäre-Einstellungen anpassen", "other"),
        ("Nur technisch notwendige Cookies erlauben", "other"),
        ("Jetzt weiterlesen mit dem Digitalpass", "paywall"),
        ("Du hast schon 4 von 10 freien Artikeln gelesen.", "paywall"),
        ("Drei Monate lesen, danach nur 7,99 Euro pro Monat.", "paywall"),
        ("Monatlich jederzeit kündbar.", "paywall"),
        ("Schon Kundin? Zum Login", "paywall"),
        ("Dieser Bericht ist exklusiv für Mitglieder.", "paywall"),
        ("Unterstütze uns mit einer Spende, damit das so bleibt.", "paywall"),
        ("Werden Sie jetzt Fördermitglied!", "paywall"),
        ("Verpasse keine Nachrichten mehr!", "newsletter"),
        ("Der Überblick am Abend, direkt in Ihr Postfach.", "newsletter"),
        ("Tragen Sie sich jetzt für unseren Morgen-Newsletter ein.", "newsletter"),
        ("Diskutiere mit!", "comments"),
        ("Älteste zuerst", "comments"),
        ("Die Kommentarfunktion ist zu diesem Text deaktiviert.", "comments"),
        ("Du musst eingeloggt sein, um einen Kommentar zu schreiben.", "comments"),
        ("Bitte beachten Sie unsere Netiquette.", "comments"),
        ("Vorlesen lassen", "audio"),
        ("01:05 / 12:40", "audio"),
        ("Hören bei allen gängigen Podcast-Apps", "audio"),
        ("Weiter mit der Werbung", "ad"),
        ("Sie sind noch nicht angemeldet", "other"),
        ("Melden Sie sich an, um mitzureden.", "other"),
        ("Alle Beiträge von Anna Feldmann", "other"),
        ("Bild 3 / 9", "caption"),
        ("24 Fotos", "caption"),
        ("Fotostrecke: Der Almabtrieb im Tal", "caption"),
        ("Per WhatsApp teilen", "social"),
    ],
)
def test_a_widget_s_wording_names_its_kind(unit: str, kind: str) -> None:
    assert cue_kind(unit) == kind


def test_a_newsletter_box_after_the_text_lets_no_author_s_box_in() -> None:
    # The box stands between the last paragraph and a labelled author's box, not between two paragraphs.
    title, byline, paras = ARTICLES[0]
    bio = (
        "Seit vielen Jahren schreibt sie über Verkehr und Bauprojekte im Land und hat dazu zwei Bücher "
        "veröffentlicht, die in der Region viel gelesen werden."
    )
    box = ["Newsletter", "Die wichtigsten Nachrichten jeden Morgen um sechs in Ihrem Postfach.", "Anmelden"]
    art = denews.parse("\n\n".join([title, byline, *paras, *box, "Über Katrin Weidinger", bio]))
    assert bio not in [p.text for p in art.paragraphs]
    assert [p.text for p in art.paragraphs][-1] == paras[-1]


def test_a_box_ending_in_an_advertisement_s_label_lets_no_ad_text_in() -> None:
    # ``Anzeige`` heads the ad's own text: a newsletter line over it and the ad after it stay out, and so does
    # a site blurb under the ad.  (A guard only: the tail cuts this ad's second person either way.)
    title, byline, paras = ARTICLES[2]
    ad = (
        "Finden Sie jetzt die schönsten Ferienhäuser an der Küste und buchen Sie Ihren nächsten Urlaub ganz "
        "bequem bei unserem Partner im Netz."
    )
    blurb = (
        "Musterferien.de nimmt Sie mit an die schönsten Strände im Norden und stellt Ihnen jede Woche neue "
        "Ziele für einen Urlaub mit der ganzen Familie vor."
    )
    page = "\n\n".join([title, byline, *paras, "Newsletter", "Ferienangebote", "Anzeige", ad, "Über uns", blurb])
    kept = [p.text for p in denews.parse(page).paragraphs]
    assert ad not in kept
    assert blurb not in kept
