"""A quotation the writer ends the text with, its author's name in brackets, stays with the text; the same shape
with no person in the brackets (a product's or a treaty's name) is read as before.

Every text here was invented for these tests."""

from __future__ import annotations

import pytest

import denews

_HEAD = "Warum Teams sich so schwer mit Veränderungen tun"
_LEAD = (
    "Viele Abteilungen wissen, dass sich ihre Arbeit ändern muss, und halten trotzdem an den alten Abläufen "
    "fest, weil diese vertraut sind und niemand für einen Fehler verantwortlich sein möchte."
)
_NEXT = (
    "Wer etwas ändern will, muss deshalb zuerst die Angst vor Fehlern nehmen und zeigen, dass ein Versuch, der "
    "scheitert, kein Makel ist, sondern zur Arbeit gehört wie jeder andere Schritt."
)
_QUOTES = [
    "Wer immer tut, was er schon kann, bleibt immer das, was er schon ist. (Henry Ford)",
    "Nothing will change unless we start with ourselves today (Maria Muster)",
    "Der Weg ist weiter als man denkt, aber er lohnt sich immer (Thomas Beispiel)",
]


@pytest.mark.parametrize("quote", _QUOTES)
def test_a_closing_quotation_with_its_author_stays(quote: str) -> None:
    art = denews.parse("\n\n".join([_HEAD, _LEAD, _NEXT, quote, "Kommentar schreiben"]))
    assert quote in art.body
    assert "Kommentar schreiben" not in art.body


def test_a_name_in_brackets_that_is_no_person_is_no_quotation() -> None:
    line = "Alle Unterlagen zum Projekt finden sich in der Datenbank des Verbands (Offene Plattform)"
    art = denews.parse("\n\n".join([_HEAD, _LEAD, _NEXT, line, "Kommentar schreiben"]))
    assert line not in art.body
