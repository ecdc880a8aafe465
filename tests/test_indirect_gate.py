"""The gate of indirect speech leaves out only sentences the frames and the mood rules would not read anyway.

The gate (:mod:`denews.quotes.indirect_gate`) looks at a sentence's characters before any token is made; a
sentence it turns away is never read.  That must never change the output: each gate answers yes wherever the token
rules it stands for could fire, and indirect speech found with the gate equals what is found with every sentence
read.  The sentences are invented, built from pieces chosen to stress the word edges (hyphens, apostrophes,
marks, digits, case, the German sharp s).
"""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from denews.model import Span
from denews.quotes import indirect_frames as frames
from denews.quotes import indirect_gate as gate
from denews.quotes import indirect_sources as sources
from denews.quotes.indirect import find_indirect
from denews.quotes.indirect_lexicon import Mood, konjunktiv
from denews.quotes.indirect_mood import mood
from denews.quotes.indirect_speaker import _cut
from denews.quotes.tokens import tokenize
from newsgen import glued_words

WORDS = [
    "sagte", "Sagte", "SAGTE", "teilte", "mit", "erklärte", "laut", "Laut", "zufolge", "nach", "Nach", "Angaben",
    "demnach", "Demnach", "wonach", "so", "So", "hieß", "HIEẞ", "heißt", "es", "Es", "er", "sie", "man", "sicher",
    "Ansicht", "Meinung", "sei", "Sei", "habe", "hätten", "würden", "sollten", "plane", "verlange", "erspare",
    "handele", "die", "Die", "eine", "keine", "große", "neue", "heute", "Firma", "Stadt", "Polizei", "BASF",
    "Dies", "Das", "das", "dies", "Diesel", "dass", "ob", "gab", "an", "bekannt", "wie", "Wie", "zu", "verlassen",
    "Haus", "2025", "3.", "Ost-West", "l'Air", "e", "ee", "Idee", "gehe", "ginge",
    # Phrases the frames and the mood rules read as a whole.
    "nach Angaben der Polizei", "Seiner Meinung nach", "eine Klage, nach der", "Dem Bericht zufolge",
    "laut Polizei", "Die Firma plane", "BASF erspare", "er verlange", "Dazu handele es sich", "sie sei",
    "Dies teilte die Stadt mit", "Das bestätigte ein Sprecher", "die Kosten steigen, so der Verband",
    "Er sagte, die Lage sei ernst", "Sie kündigte an, dass", "Wie die Bahn mitteilte,", "hieß es",
    "forderte auf das Haus zu verlassen", "ist der Ansicht, dass", "Er ist sicher, dass",
    "Die Stadt hat angekündigt die Preise zu erhöhen", "Sie wurden aufgefordert es anzubieten",
    # Invented verbs in -e (no listed form) and nouns that are no verb of saying.
    "Dazu plinke es", "dazu plinke es", "er plinke", "Die Firma plinke", "Die Firma plinke Autos",
    "Die Firma plinke bald", "ein Papier, nach dem",
    "nach ersten Schätzungen", "Seinen Schätzungen nach",
]  # fmt: skip
GLUE = [" ", " ", " ", ", ", ": ", "-", "'", "’", "\u00a0", " – ", " „", "“ ", ". ", "\u0301", "", "; ", " (", ") "]


def sentences() -> st.SearchStrategy[str]:
    """A run of words and glue, with the case of a word changed now and then."""
    return glued_words(WORDS, GLUE, 14).map(lambda s: s.strip() or "x")


@settings(max_examples=400, deadline=None)
@given(sentences())
def test_the_gates_answer_yes_wherever_the_token_rules_can_fire(text: str) -> None:
    _check(text)


@pytest.mark.parametrize("piece", WORDS)
def test_each_piece_alone_passes_the_gates_where_the_rules_fire(piece: str) -> None:
    _check(piece)
    _check(piece + ".")
    _check("Es regnet. " + piece)


def _check(text: str) -> None:
    """Where a gate answers no, the rules it stands for find nothing in ``text``."""
    sent = Span(0, len(text))
    toks = tokenize(text, 0, len(text))
    w = gate.words(text, sent)
    if not gate.has_cue(w):
        direct: list[Span] = []
        assert frames.before(text, toks, sent, direct) is None
        assert frames.after(toks, sent) is None
        assert sources.source(text, toks, sent) is None
        assert frames.bare_infinitive(text, toks, sent) is None
    if not gate.has_konjunktiv(w):
        assert not any(konjunktiv().get(t.low) for t in toks)
        assert mood(toks) is None
        assert mood(toks, reported=True) is None
        assert mood(toks, main_only=True) is None
    if not gate.has_konjunktiv(w, k2=False):  # no reported speech runs on: only Konjunktiv I counts
        assert mood(toks, main_only=True) is not Mood.K1
    if not gate.may_echo(text, sent):
        assert sources.echo(toks) is None


@settings(max_examples=150, deadline=None)
@given(st.lists(sentences(), min_size=1, max_size=6).map(". ".join))
def test_the_gate_changes_no_output(text: str) -> None:
    gated = find_indirect(text, [Span(0, len(text))], ())
    # Every sentence read: the cue gate (and with it the others) always open.
    with mock.patch.object(gate, "has_cue", lambda w: True), mock.patch.object(gate, "may_echo", lambda t, s: True):
        everything = find_indirect(text, [Span(0, len(text))], ())
    assert gated == everything
    # Every sentence with a word in Konjunktiv read, Konjunktiv II too where no reported speech runs on.
    with mock.patch.object(gate, "has_konjunktiv", lambda w, k2=True: True):
        assert find_indirect(text, [Span(0, len(text))], ()) == gated


@pytest.mark.parametrize(
    ("sentence", "cue", "konj"),
    [
        ("Die Lage sei ernst.", False, True),
        ("Er sagte: Nein.", True, False),
        ("Er sagte nichts.", False, False),
        ("Der Hund bellt laut.", True, False),
        ("Das Wetter ist schön und warm.", False, False),
        ("Die Kosten steigen, so der Verband.", True, False),
        ("Die Firma plane neue Werke.", False, True),
    ],
)
def test_gates_on_plain_sentences(sentence: str, cue: bool, konj: bool) -> None:
    w = gate.words(sentence, Span(0, len(sentence)))
    assert gate.has_cue(w) is cue
    assert gate.has_konjunktiv(w) is konj


@settings(max_examples=300, deadline=None)
@given(sentences(), st.integers(0, 200), st.integers(0, 200))
def test_tokens_cut_from_the_sentence_are_those_of_the_frame(text: str, a: int, b: int) -> None:
    """A frame's tokens cut from its sentence's (no tokenizing again) are what tokenizing the frame gives."""
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    toks = tokenize(text, 0, len(text))
    cut = _cut(text, Span(a, b), (Span(0, len(text)), toks))
    if cut is not None:
        assert cut == tokenize(text, a, b)


def test_a_frame_ending_in_a_dash_is_tokenized_again() -> None:
    text = "Er sagte -, so"  # the dash is a token only where the frame ends right after it
    assert _cut(text, Span(0, 10), (Span(0, len(text)), tokenize(text, 0, len(text)))) is None


def test_konjunktiv_two_is_read_where_reported_speech_runs_on() -> None:
    text = "Der Bürgermeister sagte, die Brücke sei marode. Die Kosten würden sich verdoppeln. Am Abend regnete es."
    found = [q.text for q in find_indirect(text, [Span(0, len(text))], ())]
    assert found == ["die Brücke sei marode", "Die Kosten würden sich verdoppeln"]
