"""The name table's common words, looked up when asked, are those one scan over the regions collects."""

from __future__ import annotations

import itertools

import regex
from hypothesis import given
from hypothesis import strategies as st

from conftest import Reach
from denews.model import Span
from denews.quotes.name_runs import _LOOKUPS, _LOWER_WORD, _CommonWords
from denews.quotes.names import _ARTICLE_NOUN

_PIECES = st.sampled_from(
    ["Direkte", "direkte", "Sanktionen", "die", " ", "  ", ", ", ".", "\n", "-", "Müller", "müller", "Modell",
     "das", "eBay", "iPhone", "a\u0308rger", "Ärger", "ärger", "ab", "abc", "abcdef", "\u00a0", "\u200d", "x", "_",
     "die Sanktionen ", "das Modell ", "der Ärger ", "Die Direkte "]  # article and noun: what _ARTICLE_NOUN finds
)


def _eager(text: str, regions: list[Span]) -> set[str]:
    out: set[str] = set()
    for r in regions:
        out.update(_LOWER_WORD.findall(text, r.start, r.end))
        out.update(map(str.lower, _ARTICLE_NOUN.findall(text, r.start, r.end)))
    return out


COMMON = Reach()


@COMMON.least(word=0.5, noun=0.05)
@given(st.lists(_PIECES, min_size=3, max_size=40).map("".join), st.lists(st.integers(0, 400), max_size=6))
def test_common_words_answer_as_the_full_scan(text: str, cuts: list[int]) -> None:
    bounds = sorted({0, len(text), *(c for c in cuts if c <= len(text))})
    regions = [Span(a, b) for a, b in itertools.pairwise(bounds)][::2]  # every other stretch
    eager = _eager(text, regions)
    nouns = {w for r in regions for w in map(str.lower, _ARTICLE_NOUN.findall(text, r.start, r.end))}
    COMMON.note(word=bool(eager), noun=bool(nouns))
    lazy = _CommonWords(text, regions, nouns)
    # One whose lookups are spent: it answers from all the words collected at once.
    few = _CommonWords(text, regions, nouns)
    few._known.update(dict.fromkeys((f"{i}" for i in range(_LOOKUPS)), False))
    words = {w.lower() for w in regex.findall(r"[\p{L}\p{M}\d_-]+", text)} | eager
    asked = words | {w[:k] for w in words for k in range(1, len(w))}  # and what a longer word begins with
    for word in asked:
        assert (word in lazy) == (word in eager) == (word in few), word
