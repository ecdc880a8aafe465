"""A sentence right under the article's paragraph whose only cue is a phone number (a press release's contact
person) is the text's closing line; a contact box of short lines, or a sentence with another cue, is not.

Every text here was invented for these tests."""

from __future__ import annotations

import pytest

import denews

_HEAD = "Repariertreff öffnet wieder im Gemeindehaus"
_LEAD = (
    "Wer einen kaputten Toaster, eine Lampe oder ein Fahrrad mit einem Platten hat, kann ab Samstag wieder in "
    "das Gemeindehaus kommen, wo Freiwillige beim Reparieren helfen und Werkzeug bereitliegt."
)
_NEXT = (
    "Der Treff ist jeden ersten Samstag im Monat von zehn bis dreizehn Uhr geöffnet, und für Kaffee und Kuchen "
    "sorgt wie immer der Förderverein der Gemeinde."
)
_FOOTER = ["Impressum", "Datenschutz", "Barrierefreiheit"]
_CONTACTS = [
    "Weitere Auskunft gibt Erika Muster im Rathaus der Gemeinde, und zwar unter Tel. 01234 567890.",
    "Fragen beantwortet das Team der Gemeinde unter der Telefon 01234 56789 (repair@example.org).",
]


@pytest.mark.parametrize("line", _CONTACTS)
def test_a_contact_sentence_closing_the_text_stays(line: str) -> None:
    art = denews.parse("\n\n".join([_HEAD, _LEAD, _NEXT, line, *_FOOTER]))
    assert line in art.body
    assert all(entry not in art.body for entry in _FOOTER)


def test_a_contact_box_or_another_cue_goes() -> None:
    box = ["Kontakt", "Rathaus Talheim", "Tel. 01234 567890"]
    art = denews.parse("\n\n".join([_HEAD, _LEAD, _NEXT, *box, *_FOOTER]))
    assert all(line not in art.body for line in box)
    signup = "Jetzt den Newsletter der Gemeinde abonnieren oder anrufen unter Tel. 01234 567890."
    art = denews.parse("\n\n".join([_HEAD, _LEAD, _NEXT, signup, *_FOOTER]))
    assert signup not in art.body
