"""The shortcut of the dates scan agrees with the slow, obvious reading it replaces.

``_candidates`` cuts the encoded text into words with ``bytes.translate``; the words must be those a
regular expression for runs of letters and digits finds, glued punctuation (``„Montag“``, ``2016–``), soft
hyphens, lone surrogates and other scripts included.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from denews.dates import _candidates
from denews.dates.grammar import grammar

_RUNS = re.compile(r"[^\W_]+")  # a letter or a digit, as str.isalnum says


def _reference(low: str) -> set[str]:
    g = grammar()
    return {
        w
        for w in _RUNS.findall(low)
        if w in g.trigger_words or w[0].isdigit() or (len(w) > 7 and w.startswith(g.weekday_stems))
    }


_PIECES = st.sampled_from(
    ["montag", "montagabend", "samstagnachmittag", "märz", "mai", "2016", "7.", "12:30", "jahr", "jahren",
     "wochenlang", "²", "½", "٣", "_", " ", ".", ",", "–", "„", "“", "»", "\u00ad", "\u200b", "\u00a0", "\ud800",
     "\n", "é", "ß", "Über", "tag", "heute", "abend", "x"]
)


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_candidates_are_the_trigger_words_of_the_text(text: str) -> None:
    assert _candidates(text, grammar()) == _reference(text)


@given(st.text(max_size=200))
def test_candidates_on_any_string(text: str) -> None:
    assert _candidates(text, grammar()) == _reference(text)


def test_candidates_read_words_glued_to_punctuation() -> None:
    found = _candidates("„montag“ und 2016–2018 sowie am montagabend…", grammar())
    assert {"montag", "2016", "2018", "montagabend"} <= found
    assert "„montag“" not in found and "2016–2018" not in found
