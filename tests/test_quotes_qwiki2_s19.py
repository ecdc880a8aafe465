"""Session 19 (qwiki2): speakers of reported speech on text denews was not tuned on.

Every sentence is invented.
"""

from __future__ import annotations

import denews


def indirect(text: str) -> list[denews.Quote]:
    return [q for q in denews.extract_quotes(text) if q.kind == "indirect"]


# --- the sentence before names no speaker where it only opens with a capitalized run ----------------------------


def test_an_adjective_and_noun_opening_the_sentence_before_is_no_speaker() -> None:
    text = (
        "Die Prüfer des Amtes besuchten im Mai die Werkstatt der Bahn. "
        "Ernste Schäden zeigten sich an zwei alten Zügen. "
        "Auch seien die Bremsen der Wagen lange nicht geprüft worden."
    )
    quotes = indirect(text)
    assert [q.text for q in quotes] == ["Auch seien die Bremsen der Wagen lange nicht geprüft worden"]
    assert quotes[0].speaker != "Ernste Schäden"


def test_a_name_of_two_words_after_the_verb_before_still_speaks_on() -> None:
    # "Jorvik" is no registered first name: the name stands after the verb, not opening the sentence.
    text = (
        "Am Dienstag hat sich Jorvik Almsted für den Entwurf ausgesprochen. "
        "Mehr Fahrgäste seien damit nicht zu erwarten."
    )
    assert [q.speaker for q in indirect(text)] == ["Jorvik Almsted"]
