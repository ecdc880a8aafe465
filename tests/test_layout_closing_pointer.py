"""A sentence under the article's last paragraph that points the reader to more on its subject elsewhere (a web
address inside it, or ``hier:`` over the link a scraper left out) is the writer's closing line; a link's label
(``Mehr auf example.org``) and a site's line naming itself first are not.

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
_POINTERS = [
    "Mehr über das Projekt steht auf der Seite der Genossenschaft: waermenetz-talheim.de",
    "Den Plan des Netzes finden Sie hier:",
    "Alle Zahlen und Pläne gibt es unter www.waermenetz-talheim.de/plaene",
]


@pytest.mark.parametrize("line", _POINTERS)
def test_a_pointer_to_more_on_the_subject_closes_the_text(line: str) -> None:
    art = denews.parse("\n\n".join([_HEAD, _LEAD, _NEXT, line, *_FORM]))
    assert line in art.body
    assert all(entry not in art.body for entry in _FORM)


@pytest.mark.parametrize("line", ["Mehr auf waermenetz-talheim.de", "Talheim.de läuft mit einem Baukasten"])
def test_a_links_label_or_a_sites_own_line_is_no_pointer(line: str) -> None:
    art = denews.parse("\n\n".join([_HEAD, _LEAD, _NEXT, line, *_FORM]))
    assert line not in art.body
