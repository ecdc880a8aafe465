"""Boilerplate cues, picture credits and source credits, one focused case per kind."""

from __future__ import annotations

import pytest

from denews import boilerplate as bp
from denews import credit_lines as cl
from denews.layout import split


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Empfohlener redaktioneller Inhalt", "embed"),
        ("Externen Inhalt anzeigen", "embed"),
        ("— Greta Beispiel (@gretabeispiel) March 14, 2021", "embed"),
        (  # a tweet's text and its signature on one line
            "Drohne landet mitten im Ziel! #skicup2019 pic.twitter.com/Qw8rTz3Lmn — Lukas Hofer"
            " (@lukas_hofer) 9. März 2019",
            "embed",
        ),
        (  # a tweet without a link (second review)
            "Bin heute in Kiew, um ein klares Zeichen zu setzen: Deutschland steht fest an der Seite der Ukraine. — "
            "Olaf Scholz (@Bundeskanzler) December 2, 2024",
            "embed",
        ),
        (  # third review: abbreviated and numeric dates after the handle
            "Die Schuldenbremse ist keine Verhandlungsmasse. pic.twitter.com/xYz12Ab — Christian Lindner "
            "(@c_lindner) 2. Dez. 2024",
            "embed",
        ),
        ("Wir stehen zusammen. https://t.co/AbC123 — Friedrich Merz (@_FriedrichMerz) 02.12.2024", "embed"),
        ("Der Morgenlage Newsletter", "newsletter"),
        ("Die wichtigsten Nachrichten des Tages — morgens direkt in Ihr E-Mail-Postfach.", "newsletter"),
        ("Mehr zum Thema", "related"),
        ("Weitere Beiträge zu diesem Artikel", "related"),
        ("Mehr Berichte zum Thema:", "related"),
        # an icon font's ligature name leaked as text before the label
        ("arrow_right WEITERE MELDUNGEN ZUM THEMA", "related"),
        ("Lesen Sie auch: Warum die Bahn zu spät kommt", "related"),
        ("Mehr auf Tagesspiegel.de Militärexperte nach Ukraine-Frontbesuch", "related"),
        ("Meistgelesen im Ressort", "related"),
        ("Das könnte Sie auch interessieren:", "related"),
        ("Fotocredit: SID", "caption"),
        ("© picture alliance/dpa", "caption"),
        ("Artikel anhören", "audio"),
        ("Anzeige", "ad"),
        ("Werbung", "ad"),
        ("Jetzt teilen auf:", "social"),
        ("E-Mail Pocket Flipboard", "social"),
        ("Permalink: https://www.faz.net/-pol-8ab3k", "social"),
        ("Neu: Stadtblatt Plus jetzt gratis testen!", "paywall"),
        ("Unterstützen Sie Journalismus für Leipzig! Ab 5,49 €", "paywall"),
        # a site's appeal to fund its journalism (invented lines)
        ("Ohne eure Unterstützung keinen mutigen Stadtteiljournalismus!", "paywall"),
        ("Kein frecher Lokaljournalismus ohne deine Unterstützung", "paywall"),
        ("Ihre Spende hilft, dass unsere Redaktion weiter frei arbeiten kann.", "paywall"),
        ("Also unterstütze uns einmal im Jahr, und wir liefern weiter frechen Journalismus.", "paywall"),
        ("Wir möchten unsere Texte auch künftig nicht hinter einer Paywall verstecken.", "paywall"),
        ("Sichern Sie unabhängigen Journalismus für die Region!", "paywall"),
        ("44 Kommentare", "comments"),
        ("Kommentar hinzufügen", "comments"),
        ("Zum Hauptinhalt springen", "other"),
        ("Bitte aktivieren Sie Javascript", "other"),
        ("Redakteur in der Wirtschaft.", "other"),
        ("4 Min.", "other"),
        ("Wir sind gemeinnützig. Diese Recherche wurde mit Ihrer Hilfe realisiert. Jetzt unterstützen!", "other"),
    ],
)
def test_cue_kinds(line: str, kind: str) -> None:
    assert bp.cue_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Die Regierung hat am Montag neue Regeln beschlossen.",
        "Mehr als 300 Menschen kamen zur Kundgebung.",
        "Kommentare von Lesern zeigen, wie gespalten die Stadt ist.",
        "Die Anzeige wurde am Freitag erstattet.",
        "Weitere Beiträge zum Thema Wohnen folgen im Frühjahr.",
        # news about the press and its money is no funding appeal
        "Die Stiftung unterstützt den Journalismus in der Region seit Jahren.",
        "Ohne Unterstützung des Landes müsste der Sender schließen, sagte die Intendantin.",
        "Ihre Spende hilft den Opfern des Hochwassers, sagte der Bürgermeister.",
        "Der Verlag stellt seine Artikel ab Mai hinter eine Bezahlschranke.",
        # a dash and a handle in running text are no tweet signature without the tweet's link (review)
        "Auch die Grünen meldeten sich zu Wort — die Abgeordnete Anna Berg (@annaberg) kritisierte den Plan am "
        "3. März 2024",
    ],
)
def test_running_text_has_no_cue(line: str) -> None:
    assert bp.cue_kind(line) is None
    assert not bp.is_interface_text(line)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Der Kreml hat bestätigt. (Archivbild) (Quelle: Brandon/AP/dpa)", "(Archivbild) (Quelle: Brandon/AP/dpa)"),
        ("Auch die Sängerin Mia Roth gehört zu den Gästen. Bild: dpa", "Bild: dpa"),
        ("Das Extrablatt warb für die AfD © Ivo Mayr / Correctiv", "© Ivo Mayr / Correctiv"),
        ("Sachsens Landrätin Ute Berger beim Termin | dpa", "| dpa"),
        ("Zwei Polizisten wurden verletzt. Foto: KEYSTONE/Walter Bieri", "Foto: KEYSTONE/Walter Bieri"),
    ],
)
def test_caption_tail(line: str, credit: str) -> None:
    at = cl.caption_tail(line)
    assert at is not None and line[at:] == credit


def test_caption_tail_needs_a_credit() -> None:
    assert cl.caption_tail("Er sagte, das Bild sei klar.") is None
    assert cl.caption_tail("Die Linke | Partei der Woche ist, was sie ist.") is None


def test_caption_head_in_capitals() -> None:
    line = "Foto: REUTERS/ANNA MEIER Glück gehabt: Der Fahrer blieb unverletzt."
    end = cl.caption_head(line)
    assert end is not None and line[:end] == "Foto: REUTERS/ANNA MEIER"


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("(dpa, AFP, Tsp)", ["dpa", "AFP"]),
        ("(afp/red)", ["AFP"]),
        ("Quelle: ntv.de, lme/rts/dpa", ["Reuters", "dpa"]),
        ("dpa/jp", ["dpa"]),
        ("(FR mit dpa)", ["dpa"]),
        ("mit Material von dpa", ["dpa"]),
        ("(SID)", ["SID"]),
        ("(KNA/epd)", ["KNA", "epd"]),
        ("(mz)", []),
    ],
)
def test_credit_lines(line: str, agencies: list[str]) -> None:
    assert cl.is_credit_line(line)
    assert cl.credit_agencies(line) == agencies


@pytest.mark.parametrize("line", ["Merkel", "Ende gut", "(Archivbild)", "Die Linke und die Grünen"])
def test_not_credit_lines(line: str) -> None:
    assert not cl.is_credit_line(line)


def test_trailing_credit_and_link() -> None:
    s = "Nur Seitenwind möge sie nicht. (mz)"
    at = cl.trailing_credit(s)
    assert at is not None and s[at:] == "(mz)"
    s = "Dahinter landete Paula Moltzan (zum Rennbericht >>>)."
    at = cl.trailing_link(s)
    assert at is not None and s[at : cl.link_end(s)] == "(zum Rennbericht >>>)"


def test_interface_text() -> None:
    assert bp.is_interface_text("Du kannst jetzt dein neues Passwort eingeben.")
    assert bp.is_interface_text("Registrierung wird geprüft")
    assert not bp.is_interface_text("Die Polizei rät, das Passwort regelmäßig zu ändern.")


def _kinds(text: str) -> dict[str, str]:
    return {b.text: b.kind for b in split(text).boilerplate}


BODY = (
    "Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung der Windkraft beschlossen, "
    "das schon im Herbst in Kraft treten soll.\n\n"
    "Nach Angaben des Ministeriums sollen damit die Genehmigungsverfahren deutlich kürzer werden, "
    "wie eine Sprecherin in Berlin sagte.\n\n"
)


def test_blocks_of_each_kind_in_an_article() -> None:
    text = (
        "Artikel anhören\n\n" + BODY + "Externen Inhalt anzeigen\n\n"
        "Mehr zum Thema\n\nWindräder: Wo der Ausbau stockt\n\n"
        "Kritiker bemängeln allerdings, dass der Naturschutz dabei zu kurz komme, sagte ein Sprecher "
        "des Umweltverbands am Abend.\n\n"
        "Jetzt teilen auf:\n\nFacebook\n\nWhatsApp\n\n(dpa, AFP)\n\n44 Kommentare\n\nZur Startseite"
    )
    art = split(text)
    kinds = _kinds(text)
    assert kinds["Artikel anhören"] == "audio"
    assert kinds["Externen Inhalt anzeigen"] == "embed"
    assert kinds["Mehr zum Thema"] == "related"
    assert kinds["Windräder: Wo der Ausbau stockt"] == "related"
    assert kinds["Facebook"] == "social"
    assert kinds["(dpa, AFP)"] == "credit"
    assert kinds["44 Kommentare"] == "comments"
    assert kinds["Zur Startseite"] == "other"
    assert art.agencies == ("dpa", "AFP")
    assert len([p for p in art.paragraphs if p.kind == "paragraph"]) == 3


def test_comment_section_is_removed_to_the_end() -> None:
    comment = "Das ist doch alles Unsinn, die Regierung weiß nicht, was sie tut, und das seit Jahren."
    text = BODY + BODY + "Kommentare\n\nLeser123\n\n" + comment + "\n"
    art = split(text)
    assert all("Unsinn" not in p.text for p in art.paragraphs)
    assert any(b.kind == "comments" and "Unsinn" in b.text for b in art.boilerplate)


def test_menu_run_is_navigation() -> None:
    text = "Menü\n\nPolitik\n\nWirtschaft\n\nSport\n\nKultur\n\n" + BODY
    art = split(text)
    assert {b.text for b in art.boilerplate} >= {"Menü", "Politik", "Wirtschaft", "Sport", "Kultur"}
    assert len(art.paragraphs) == 2


def test_caption_sentence_before_its_credit_line() -> None:
    text = BODY + "Ein Windrad in Brandenburg.\n\nFoto: Keystone\n\n" + BODY
    kinds = _kinds(text)
    assert kinds["Ein Windrad in Brandenburg."] == "caption"
    assert kinds["Foto: Keystone"] == "caption"


def test_author_box_in_the_body() -> None:
    text = BODY + "Jonas Albrecht\n\nRedakteur in der Wirtschaft.\n\n" + BODY
    art = split(text)
    assert "Jonas Albrecht" in art.authors
    assert {"Jonas Albrecht", "Redakteur in der Wirtschaft."} <= set(_kinds(text))
