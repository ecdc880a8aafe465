"""Lines right under the article's last paragraph that are the writer's (read with the text) and lines of the same
shape that are not, each tried under the same invented article and over the same comment form:

- a signature that goes on past the writer's name (a post, a place); a bare byline is header material only;
- a quotation the text ends with, its author's name in brackets; a name in brackets that is no person is none;
- a sentence pointing to more on the subject elsewhere (a web address inside it, ``hier:`` over a link left out);
  a link's label (``Mehr auf example.org``) and a site naming itself first are none;
- a contact person's sentence whose only cue is a phone number; a contact box of short lines, or a sentence with
  another cue (a newsletter), is none.

Every text here was invented for these tests."""

from __future__ import annotations

import pytest

import denews

_HEAD = "Ein Dorf baut sein eigenes Wärmenetz"
_LEAD = (
    "In Talheim haben sich vierzig Haushalte zusammengetan, um ihre Häuser künftig mit der Wärme aus einer "
    "gemeinsamen Holzheizung am Rand des Dorfes zu versorgen."
)
_NEXT = (
    "Die Leitungen sollen noch vor dem Winter verlegt werden, und wer später dazukommen möchte, kann sich auch "
    "nach dem Bau noch an das Netz anschließen lassen, sagt der Vorsitzende der Genossenschaft."
)
_FORM = ["Schreibe einen Kommentar", "Name", "E-Mail"]

_KEPT = [
    "Autorin: Jana Beispiel, Versuchsanstalt für Obstbau, Talheim",
    "Autorin: Jana Beispiel, Fachberaterin beim Landesamt für Wald und Flur",
    "Wer immer tut, was er schon kann, bleibt immer das, was er schon ist. (Henry Ford)",
    "Nothing will change unless we start with ourselves today (Maria Muster)",
    "Mehr über das Projekt steht auf der Seite der Genossenschaft: waermenetz-talheim.de",
    "Den Plan des Netzes finden Sie hier:",
    "Alle Zahlen und Pläne gibt es unter www.waermenetz-talheim.de/plaene",
    "Weitere Auskunft gibt Erika Muster im Rathaus der Gemeinde, und zwar unter Tel. 01234 567890.",
    "Fragen beantwortet das Team der Gemeinde unter der Telefon 01234 56789 (netz@example.org).",
]
_GONE = [
    "Alle Unterlagen zum Projekt finden sich in der Datenbank des Verbands (Offene Plattform)",
    "Mehr auf waermenetz-talheim.de",
    "Talheim.de läuft mit einem Baukasten",
    "Jetzt den Newsletter der Gemeinde abonnieren oder anrufen unter Tel. 01234 567890.",
]


def _parse(*lines: str) -> denews.Article:
    return denews.parse("\n\n".join([_HEAD, _LEAD, _NEXT, *lines, *_FORM]))


@pytest.mark.parametrize("line", _KEPT)
def test_a_closing_line_of_the_writer_stays(line: str) -> None:
    art = _parse(line)
    assert line in art.body
    assert not set(_FORM) & set(art.body.split("\n\n"))


@pytest.mark.parametrize("line", _GONE)
def test_a_closing_line_of_the_site_goes(line: str) -> None:
    assert line not in _parse(line).body


def test_the_writer_of_a_signature_is_an_author_and_a_bare_byline_is_header_material() -> None:
    assert _parse(_KEPT[0]).authors == ("Jana Beispiel",)
    art = _parse("Von Jana Beispiel")
    assert "Jana Beispiel" not in art.body
    assert art.authors == ("Jana Beispiel",)


def test_a_contact_box_of_short_lines_goes() -> None:
    box = ["Kontakt", "Rathaus Talheim", "Tel. 01234 567890"]
    assert not set(box) & set(_parse(*box).body.split("\n\n"))
