"""The faster paths of the quote stage find what the slower ones they replace found (issue 20: speed only).

Each check compares the new path with the old one, kept here as the reference: a pattern in its old order, a
tokenizer reading each match with ``group()``, a particle gap matched without the cheap test in front.  The
texts are invented, built from pieces that stress the edges (case, hyphens, marks, spaces of every kind).
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from denews.model import Span
from denews.quotes import indirect_gate as gate
from denews.quotes import names
from denews.quotes.tokens import _TOKEN, Tok, first_tokens, tokenize

PIECES = [
    "von", "van", "de", "der", "den", "dem", "des", "die", "das", "ein", "eine", "einer", "eines", "einem", "einen",
    "ten", "ter", "la", "le", "di", "da", "du", "del", "della", "dos", "al", "bin", "el", "und", "Die", "Der",
    "Ursula", "Leyen", "Decker", "Kern", "Kerns", "Haus", "Stadt", "Ida", "Paul", "Roth", "Rothe", "sagte", "habe",
    "plane", "Partie", "hatte", "Idee", "sie", "Sie", "İne", "ẞE", "TE", "Tee", "Ie", "Modell", "Ost-West", "l'Air",
    "3.", "2025", "e", "ee", "gehe",
]  # fmt: skip
GLUE = [" ", "  ", "\t", "\u00a0", ", ", ",  ", ". ", ": ", "-", "'", "’", "„", "“", "\u0301", "", " – ", "\n"]


@st.composite
def texts(draw: st.DrawFn) -> str:
    n = draw(st.integers(1, 12))
    out = []
    for _ in range(n):
        word = draw(st.sampled_from(PIECES))
        case = draw(st.sampled_from(["", "", "", "upper", "lower", "title"]))
        out.append(getattr(word, case)() if case else word)
        out.append(draw(st.sampled_from(GLUE)))
    return "".join(out)


@settings(max_examples=400, deadline=None)
@given(texts())
def test_tokenize_gives_the_tokens_of_each_match(text: str) -> None:
    want = [Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, 0, len(text))]
    assert tokenize(text, 0, len(text)) == want
    for n in (0, 1, 2, 5):
        assert first_tokens(text, 0, len(text), n) == want[:n]


@settings(max_examples=400, deadline=None)
@given(texts())
def test_the_particle_test_passes_every_particle_gap(text: str) -> None:
    """``_particle_start`` is a necessary condition of the particle pattern: it never turns away a gap that matches."""
    for s in range(len(text) + 1):
        for e in range(s, min(len(text), s + 24) + 1):
            if names._PARTICLE_GAP.fullmatch(text, s, e) is not None:
                assert names._particle_start(text, s, e), (text, s, e)


def test_the_particle_test_on_plain_gaps() -> None:
    text = "Ursula von der Leyen und Kris de Decker"
    assert names._particle_start(text, 6, 15)  # " von der "
    assert names._PARTICLE_GAP.fullmatch(text, 6, 15) is not None
    assert not names._particle_start(text, 20, 25)  # " und "


#: The pattern of nouns after an article in its old order (the lookbehind before the word boundary).
_OLD_ARTICLE_NOUN = regex.compile(
    r"(?<!,[ \t\u00a0]{0,3})"
    r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|eines|einer)[ \t\u00a0]++"
    r"(\p{Lu}[\p{L}\p{M}]*+)(?![\p{L}\p{M}-])"
)


@settings(max_examples=400, deadline=None)
@given(texts(), st.integers(0, 30))
def test_the_article_noun_pattern_finds_what_it_found_before(text: str, start: int) -> None:
    start = min(start, len(text))
    old = [(m.span(1), m.group(1)) for m in _OLD_ARTICLE_NOUN.finditer(text, start, len(text))]
    assert [(m.span(1), m.group(1)) for m in names._ARTICLE_NOUN.finditer(text, start, len(text))] == old


#: The pattern of stem + e in its old form (the endings -ie and -te left to the loop of ``has_konjunktiv``).
_OLD_STEM_E = regex.compile(r"(?<![\p{L}\p{M}\d])(?!\p{Lu})\p{L}{3,}+(?<=[eE])(?![\p{L}\p{M}\d])")


@settings(max_examples=400, deadline=None)
@given(texts())
def test_the_stem_e_pattern_leaves_out_only_words_the_loop_skips(text: str) -> None:
    new = {m.span() for m in gate._patterns().stem_e.finditer(text)}
    for m in _OLD_STEM_E.finditer(text):
        if m.span() not in new:
            assert m.group().lower().endswith(("ie", "te")), m.group()
    assert new <= {m.span() for m in _OLD_STEM_E.finditer(text)}


def test_echo_needs_a_verb_of_saying_second() -> None:
    for text, echo in [
        ("Dies teilte die Stadt mit.", True),
        ("Das bestätigte ein Sprecher.", True),
        ("Das Haus brennt.", False),
        ("Dies ist neu.", False),
        ("Dies Sagte er.", False),  # capitalized: no verb here
        ("Dies", False),
    ]:
        assert gate.may_echo(text, Span(0, len(text))) is echo, text


def test_a_genitive_surname_is_a_mention_of_the_name() -> None:
    text = "Die Ministerin Ida Kern kam am Montag. Kerns Plan gilt als mutig, sagte Kern."
    table = names.build(text, [Span(0, len(text))])
    names.forget()
    assert table.by_last["kern"] == "Ida Kern"
    mentioned = [p for p, n in zip(table.person_pos, table.person_name, strict=True) if n == "Ida Kern"]
    assert text.index("Kerns") in mentioned and text.rindex("Kern") in mentioned
