"""One or two words in marks opening in lower case ("„strengen“", "„sehr ernst“") inside reported speech whose
speaker is known: that speaker's words, not a scare quote. Outside reported speech they stay dropped.

Every sentence is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from denews.quotes import fragments, lexicon
from quote_nesting import nesting_errors

LEAD = "Die Sitzung im Rathaus dauerte bis zum Abend. "


def partials(text: str) -> list[denews.model.Quote]:
    return [q for q in denews.parse(text).quotes if q.kind == "partial"]


@pytest.mark.parametrize(
    ("sentence", "pieces", "speaker"),
    [
        # The reported speech goes on in a sentence of its own (no verb of saying in it frames the marks).
        ("Die Sprecherin Maria Lenz sagte am Morgen, die Stadt handle jetzt. Der Plan bestehe aus „strengen“ und "
         "„milden“ Schritten für die Betriebe.", ["strengen", "milden"], "Maria Lenz"),
        ("Der Stadtrat Jonas Weller sagte am Morgen, die Stadt handle jetzt. Jeder Betrieb erhalte dafür "
         "„spürbar weniger“ Geld aus dem Fonds.", ["spürbar weniger"], "Jonas Weller"),
    ],
)
def test_a_short_piece_in_reported_speech_is_its_speakers(sentence: str, pieces: list[str], speaker: str) -> None:
    found = partials(LEAD + sentence)
    assert [q.text for q in found] == pieces
    assert {q.speaker for q in found} == {speaker}
    # The reported speech holds the pieces whole, with their marks.
    found = denews.parse(LEAD + sentence).quotes
    assert not nesting_errors(found)
    inner = [p for p in found if p.kind != "indirect"]
    held = [q for q in found if q.kind == "indirect" and any(q.span.contains(p.span) for p in inner)]
    assert len(held) == 1 and all(f"„{p}“" in held[0].text for p in pieces)


@pytest.mark.parametrize(
    "sentence",
    [
        # No reported speech around the marks: a word set apart.
        "Der Plan besteht aus „strengen“ Schritten für die Betriebe.",
        "Im Saal galt der Entwurf als „mutig“, die Abstimmung folgt im Juni.",
    ],
)
def test_a_short_piece_outside_reported_speech_is_no_quote(sentence: str) -> None:
    assert partials(LEAD + sentence) == []


@settings(max_examples=200)
@given(st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüß", min_size=4, max_size=9), min_size=1, max_size=5))
def test_only_one_or_two_words_opening_in_lower_case_are_pieces(ws: list[str]) -> None:
    lower = " ".join(ws)
    capital = lower[:1].upper() + lower[1:]
    assert not fragments.lower_piece(capital)
    # (a function word opening them, "„seit langem“", is no piece of anyone's words)
    expected = len(ws) < fragments.FRAGMENT_WORDS and ws[0] not in lexicon.stopwords()
    assert fragments.lower_piece(lower) == expected
