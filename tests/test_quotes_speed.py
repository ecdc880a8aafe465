"""The quote stage's faster paths of the second speed pass find what the paths they replace found (issue 20).

Each check keeps the old path here as the reference and compares it with the new one on invented texts built
from pieces that stress the edges (case, hyphens, marks, combining accents, spaces of every kind), and on any
string hypothesis makes.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from denews.model import Span
from denews.quotes import indirect, names
from denews.quotes import indirect_frames as frames
from denews.quotes import indirect_gate as gate
from denews.quotes.indirect_speaker import _cut
from denews.quotes.tokens import Tok, tokenize
from newsgen import glued_words

PIECES = [
    "sagte", "habe", "plane", "Partie", "hatte", "Idee", "sie", "Sie", "İne", "ẞE", "TE", "Tee", "Ie", "gehe", "e",
    "ee", "Ost-West", "l'Air", "3.", "2025", "ABE", "Ǆe", "ǅabe", "stehe", "Kern", "Kerns", "Rothe", "Roth", "der",
]  # fmt: skip
GLUE = [" ", "  ", "\u00a0", ", ", ". ", ": ", "-", "'", "’", "„", "“", "\u0301", "", "1", "_", "\n"]


def texts() -> st.SearchStrategy[str]:
    return glued_words(PIECES, GLUE, 12)


#: The stem + e pattern as it was: the word first, its final e checked by lookbehinds at its end.
_OLD_STEM_E = regex.compile(
    r"(?<![\p{L}\p{M}\d])(?!\p{Lu})\p{L}{3,}+(?<=[eE])(?<![iItT][eE])(?![\p{L}\p{M}\d])"
)


def _stem_e_words(text: str) -> list[tuple[int, int]]:
    return [(m.start(1), m.end()) for m in gate._patterns().stem_e.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.one_of(texts(), st.text(max_size=40)))
def test_the_stem_e_pattern_finds_the_words_it_found(text: str) -> None:
    assert _stem_e_words(text) == [m.span() for m in _OLD_STEM_E.finditer(text)]


def test_the_stem_e_pattern_on_plain_words() -> None:
    text = "Er plane, sie gehe; die Idee, hatte Sie, Ina stehe."
    assert [text[s:e] for s, e in _stem_e_words(text)] == ["plane", "gehe", "stehe"]


def _old_cut(text: str, frame: Span, sentence: tuple[Span, list[Tok]]) -> list[Tok] | None:
    """``indirect_speaker._cut`` as it was: one pass over every token of the sentence."""
    sent, toks = sentence
    a, b = frame.start, frame.end
    if a < sent.start or b > sent.end or (b > a and b < sent.end and text[b - 1] in "-‐‒―"):
        return None
    out = []
    for t in toks:
        if t.start < a < t.end or t.start < b < t.end:
            return None
        if a <= t.start and t.end <= b:
            out.append(t)
    return out


@settings(max_examples=500, deadline=None)
@given(texts(), st.integers(0, 60), st.integers(0, 60), st.integers(0, 60), st.integers(0, 60))
def test_the_tokens_of_a_frame_are_cut_as_before(text: str, s: int, e: int, a: int, b: int) -> None:
    n = len(text)
    s, e = sorted((min(s, n), min(e, n)))
    a, b = sorted((min(a, n), min(b, n)))
    sent = Span(s, e)
    sentence = (sent, tokenize(text, s, e))
    assert _cut(text, Span(a, b), sentence) == _old_cut(text, Span(a, b), sentence)


def test_a_frame_cut_inside_a_word_has_no_tokens() -> None:
    text = "Die Stadt teilte mit, das Amt sei zu."
    sentence = (Span(0, len(text)), tokenize(text, 0, len(text)))
    assert _cut(text, Span(2, 9), sentence) is None  # "e Stadt": the frame starts inside "Die"
    cut = _cut(text, Span(4, 20), sentence)
    assert cut is not None and [t.text for t in cut] == ["Stadt", "teilte", "mit"]


def _old_referring(by_last: dict[str, str], words: set[str]) -> dict[str, str]:
    """The names words refer to as it was: each word looked up in the table."""
    refers = {}
    for low in words:
        full = by_last.get(low) or (by_last.get(low[:-1]) if low.endswith("s") else None)
        if full is not None:
            refers[low] = full
    return refers


LOWS = st.sampled_from(["kern", "kerns", "roth", "roths", "rothe", "s", "ss", "haus", "hau", "ida", "idas", "a"])


@settings(max_examples=500, deadline=None)
@given(st.dictionaries(LOWS, st.sampled_from(["Ida Kern", "Paul Roth", "Kern", "Lina Haus"])), st.sets(LOWS))
def test_the_words_naming_a_surname_are_the_ones_they_were(by_last: dict[str, str], words: set[str]) -> None:
    assert names._referring(by_last, words) == _old_referring(by_last, words)


def test_a_genitive_refers_to_its_surname_unless_it_is_one() -> None:
    assert names._referring({"kern": "Ida Kern"}, {"kerns", "haus"}) == {"kerns": "Ida Kern"}
    by_last = {"kern": "Ida Kern", "kerns": "Max Kerns"}
    assert names._referring(by_last, {"kerns"}) == {"kerns": "Max Kerns"}


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40), st.integers(1, 20))
def test_letters_are_counted_as_before(s: str, n: int) -> None:
    assert indirect._letters(s, n) == (sum(map(str.isalpha, s)) >= n)


FRAME_PIECES = [
    "Er sagte", "sie habe", "die Lage sei ernst", "laut der Polizei", "der Zeitung zufolge", "teilte das Amt mit",
    "Wie die Stadt berichtete", "so die Stadt", "hieß es", "dass", "Nach Angaben der Polizei", "wurden aufgefordert",
    "die Fenster zu schließen", "Demnach", "wonach", "sicher", "die Forderung des Verbands", "sagte er",
]  # fmt: skip
FRAME_GLUE = [", ", " ", ": ", "; ", ". ", " - "]


def _old_framed(text: str, toks: list[Tok], sent: Span) -> object:
    """``indirect._framed`` as it was: every form tried, whatever the sentence's punctuation."""
    return (
        frames.before(text, toks, sent, [])
        or frames.after(toks, sent)
        or frames.source(text, toks, sent)
        or frames.bare_infinitive(text, toks, sent)
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(FRAME_PIECES), st.sampled_from(FRAME_GLUE)), min_size=1, max_size=6))
def test_the_frame_of_a_sentence_is_the_one_it_was(parts: list[tuple[str, str]]) -> None:
    text = "".join(p + g for p, g in parts).rstrip() + "."
    sent = Span(0, len(text))
    toks = tokenize(text, 0, len(text))
    assert indirect._framed(text, toks, sent, []) == _old_framed(text, toks, sent)


def test_a_sentence_without_comma_or_colon_still_has_its_source() -> None:
    text = "Laut der Polizei ist die Straße gesperrt."
    found = indirect._framed(text, tokenize(text, 0, len(text)), Span(0, len(text)), [])
    assert found is not None and found.cue == "Laut"
