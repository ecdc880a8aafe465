"""Reported speech opened by a demonstrative pronoun (``sagte, das sei ...``): the pronoun with the verb in
Konjunktiv right after it opens a main clause, not a relative clause (a relative clause ends with its verb)."""

from __future__ import annotations

import pytest

import denews


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Paul Muster sagte, das sei eine gute Entscheidung für alle.",
            "das sei eine gute Entscheidung für alle",
            "Paul Muster",
        ),
        (
            "Die Sprecherin Lena Vogt erklärte, der habe nie in der Firma gearbeitet.",
            "der habe nie in der Firma gearbeitet",
            "Lena Vogt",
        ),
        (
            "Bürgermeister Jan Roth betonte, die werde man nicht im Stich lassen.",
            "die werde man nicht im Stich lassen",
            "Jan Roth",
        ),
    ],
)
def test_a_demonstrative_with_the_verb_second_opens_reported_speech(text: str, content: str, speaker: str) -> None:
    quotes = [q for q in denews.extract_quotes(text) if q.kind == "indirect"]
    assert [(q.text, q.speaker) for q in quotes] == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei fand einen Hund, der den Weg nach Hause kannte.",
        "Im Dorf lebt ein Mann, das sagen alle.",
    ],
)
def test_a_relative_clause_is_no_reported_speech(text: str) -> None:
    assert not [q for q in denews.extract_quotes(text) if q.kind == "indirect"]
