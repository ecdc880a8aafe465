"""The quote stage's faster paths of the fourth speed pass give what the paths they replace gave (issue 20).

Each check keeps the old path here as the reference and compares it with the new one, by hypothesis over words
and texts built to stress the edges, and over any string.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from denews.model import Span
from denews.quotes import lexicon, name_runs, tokens
from denews.quotes.tokens import Tok
from newsgen import glued_words


def _old_longest_suffix(w: str, heads: frozenset[str], min_len: int = 1) -> str | None:
    """``lexicon._longest_suffix`` as it was: every suffix of ``min_len`` letters or more, the longest first."""
    for k in range(len(w) - min_len + 1):
        if w[k:] in heads:
            return w[k:]
    return None


_HEADS = sorted(lexicon._role_set() | lexicon._institution_set() | lexicon.media_words())


def _words() -> st.SearchStrategy[str]:
    """A head of any of the lists, cut or not, after a prefix and before an ending: compounds and near misses."""
    head = st.sampled_from(_HEADS)
    cut = st.integers(0, 3)
    part = st.text(alphabet="aeinrsßäö-", max_size=6)
    return st.builds(lambda p, h, c, e: p + h[c:] + e, part, head, cut, st.sampled_from(["", "", "s", "n", "in"]))


@settings(max_examples=1000, deadline=None)
@given(st.one_of(_words(), st.text(max_size=12)))
def test_the_longest_suffix_is_the_one_it_was(word: str) -> None:
    assert lexicon._roles().longest_suffix(word) == _old_longest_suffix(word, lexicon._role_set())
    assert lexicon._media().longest_suffix(word) == _old_longest_suffix(word, lexicon.media_words())
    assert lexicon._institutions().longest_suffix(word) == _old_longest_suffix(word, lexicon._institution_set(), 3)


@settings(max_examples=300, deadline=None)
@given(st.sets(st.text(alphabet="abce", min_size=1, max_size=4), max_size=6), st.text(alphabet="abce", max_size=8),
       st.integers(1, 4))
def test_the_longest_suffix_of_any_heads_is_the_one_it_was(heads: set[str], word: str, min_len: int) -> None:
    got = lexicon._Heads(frozenset(heads), min_len).longest_suffix(word)
    assert got == _old_longest_suffix(word, frozenset(heads), min_len)


def test_a_compound_ends_in_its_longest_head() -> None:
    head = lexicon.role_head("Regierungssprecherin")
    assert head is not None and head.endswith("sprecherin")
    assert lexicon.role_head("Regierung") is None
    assert lexicon.is_role("Kremlchef") and not lexicon.is_role("Regierung")
    assert lexicon._Heads(frozenset()).longest_suffix("abc") is None


def _old_tokenize(text: str, start: int, end: int) -> list[Tok]:
    """``tokens.tokenize`` as it was: one match object per token."""
    return [Tok(m[0], m.start(), m.end()) for m in tokens._TOKEN.finditer(text, start, end)]


#: Pieces that stress the token rules: dashes alone and doubled, joiners, marks, combining accents, digits.
TOKEN_PIECES = [
    "Er", "sagte", "-", "--", "---", "‐", "―", "US-Präsident", "l’Air", "l'", "3.5", "„", "“", "»", "«", "‚", "‘",
    "(", ")", "[", "]", "–", "—", ",", ";", ":", ".", "!", "?", "\u0301", "é", "ǅ", "1", "_", "@", "#", "a-", "-b",
]  # fmt: skip
TOKEN_GLUE = [" ", "", "  ", "\u00a0", "\n", "\t"]


@settings(max_examples=1000, deadline=None)
@given(st.one_of(glued_words(TOKEN_PIECES, TOKEN_GLUE, 14), st.text(max_size=40)), st.integers(0, 80),
       st.integers(0, 80))
def test_the_tokens_are_the_ones_they_were(text: str, a: int, b: int) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    assert tokens.tokenize(text, start, end) == _old_tokenize(text, start, end)
    assert tokens.tokenize(text, 0, len(text)) == _old_tokenize(text, 0, len(text))


def test_a_dash_between_spaces_is_a_token_and_a_hyphen_is_not() -> None:
    text = "Berlin - Merz sagte, US-Chef -- nein ---"
    assert [t.text for t in tokens.tokenize(text, 0, len(text))] == [
        "Berlin", "-", "Merz", "sagte", ",", "US-Chef", "--", "nein"
    ]
    assert tokens.tokenize(text, 3, 3) == []


#: Pieces that stress the capitalized words: capitals of every kind, joiners, marks, digits, a capital alone.
CAP_PIECES = [
    "Merz", "von", "der", "Leyen", "US-Präsident", "l’Air", "O'Neill", "ÄÖÜ", "ß", "ẞ", "Ǆx", "ǅx", "A", "a", "B2",
    "x-Y", "-Z", "Z-", "É\u0301", "\u0301A", "3A", "„Nein“", "İstanbul", "‐Q", "R’",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.one_of(glued_words(CAP_PIECES, [*TOKEN_GLUE, ", ", "-", "’"], 14), st.text(max_size=40)),
       st.integers(0, 80), st.integers(0, 80))
def test_the_capitalized_words_are_the_ones_they_were(text: str, a: int, b: int) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    caps = name_runs._Caps(text, Span(start, end))
    old = list(name_runs._CAP_WORD.finditer(text, start, end))
    assert caps.word == [m[0] for m in old]
    assert caps.start == [m.start() for m in old]
    assert caps.end == [m.end() for m in old]
    assert caps.low == [m[0].lower() for m in old]
