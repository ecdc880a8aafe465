"""The shared tokenizer: words with offsets and the one function-word list."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from denews import blocks
from denews.tokenize import function_words, measure, tokens, words


@given(st.text(max_size=200), st.integers(min_value=0, max_value=50))
def test_tokens_point_into_the_text(s: str, offset: int) -> None:
    text = " " * offset + s
    toks = tokens(s, offset)
    assert [t.word for t in toks] == words(s)
    for t in toks:
        assert text[t.start : t.end] == t.word


def test_words_keep_inner_hyphens_and_skip_figures() -> None:
    assert words("Der Ukraine-Krieg dauert seit 2022 an.") == ["Der", "Ukraine-Krieg", "dauert", "seit", "an"]


def test_measure_counts_function_words_once() -> None:
    m = measure("Die Stadt hält an dem Bad fest")
    assert m.words == ("Die", "Stadt", "hält", "an", "dem", "Bad", "fest")
    assert m.function_words == 3 and abs(m.density - 3 / 7) < 1e-9
    assert measure("").density == 0.0


def test_one_list_for_every_stage() -> None:
    assert blocks.function_words is function_words and blocks.words is words
    assert {"der", "und", "mit"} <= function_words() and "stadt" not in function_words()
