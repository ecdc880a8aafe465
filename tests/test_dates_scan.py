"""The shortcuts of the dates scan agree with the slow, obvious readings they replace.

``_candidates`` cuts the encoded text into words with ``bytes.translate``; the words must be those a
regular expression for runs of letters and digits finds, glued punctuation (``„Montag“``, ``2016–``), soft
hyphens, lone surrogates and other scripts included.  ``_triggers`` (candidate words found with
``str.find``, numbers with one scan) must give what one pass over every word gives
(``_triggers_by_tokens``).
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from conftest import Reach
from denews.dates.grammar import grammar
from denews.dates.scan import candidates as _candidates
from denews.dates.scan import triggers as _triggers
from denews.dates.scan import triggers_by_tokens as _triggers_by_tokens

_RUNS = re.compile(r"[^\W_]+")  # a letter or a digit, as str.isalnum says


def _reference(low: str) -> set[str]:
    g = grammar()
    return {
        w
        for w in _RUNS.findall(low)
        if w in g.trigger_words
        or (w[0].isdigit() and not w[0].isascii())  # numbers that start with an ASCII digit: read apart
        or (len(w) > 7 and w.startswith(g.weekday_stems))
        or (len(w) >= 7 and not w[0].isdigit() and w.endswith(g.compound_heads))  # compounds on a unit
    }


_PIECES = st.sampled_from(
    ["montag", "montagabend", "samstagnachmittag", "märz", "mai", "2016", "7.", "12:30", "jahr", "jahren",
     "wochenlang", "²", "½", "٣", "_", " ", ".", ",", "–", "„", "“", "»", "\u00ad", "\u200b", "\u00a0", "\ud800",
     "\n", "é", "ß", "Über", "tag", "heute", "abend", "x", "sonnen", "tage", "jahre", "wochen", "übungs"]
)

# Numbers in the contexts that decide whether they may carry an expression, and capital-only triggers.
_NEWS_PIECES = st.sampled_from(
    ["7", "12", "2016", "1980er", "3.000", "2,5", "24./30.10.", "12:30", "2:1", "07.08.2025", " Uhr", " Jahren",
     " Prozent", " August", ". ", ", ", "/", "q3", "b2b", "So", "so", "Do", "do", "Montag", "samstagabend",
     "Sonnentage", "am", "vor", "drei", "Wochen", "„", "“", "–", "²", "٣", " ", "\u00a0", "_", "é"]
)


# Any string, alone or with the pieces among its characters (so that it holds trigger words too).
_ANY = st.one_of(st.text(max_size=200), st.lists(st.one_of(st.text(max_size=8), _PIECES), max_size=30).map("".join))
PIECES_READ, ANY_READ, NEWS_TRIGGERS, ANY_TRIGGERS = Reach(), Reach(), Reach(), Reach()


@PIECES_READ.least(candidate=0.5)
@given(st.lists(_PIECES, min_size=3, max_size=40).map("".join))
def test_candidates_are_the_trigger_words_of_the_text(text: str) -> None:
    expected = _reference(text)
    PIECES_READ.note(candidate=bool(expected))
    assert _candidates(text, grammar()) == expected


@ANY_READ.least(candidate=0.2)  # 25-40 % by draw order; a floor that still fails on a generator of no triggers
@given(_ANY)
def test_candidates_on_any_string(text: str) -> None:
    expected = _reference(text)
    ANY_READ.note(candidate=bool(expected))
    assert _candidates(text, grammar()) == expected


def test_candidates_read_words_glued_to_punctuation() -> None:
    low = "„montag“ und 2016–2018 sowie am montagabend…"
    found = _candidates(low, grammar())
    assert {"montag", "montagabend"} <= found
    assert "„montag“" not in found and "2016–2018" not in found
    starts = {p for p, _, _ in _triggers(low, grammar(), low)}
    assert {low.index("montag"), low.index("2016"), low.index("2018"), low.index("montagabend")} <= starts


def _both_readings(text: str, reach: Reach) -> None:
    low = text.lower()
    if len(low) != len(text):
        reach.note(trigger=False)
        return  # the callers keep offsets exact another way
    g = grammar()
    expected = _triggers_by_tokens(low, g, text)
    reach.note(trigger=bool(expected))
    assert _triggers(low, g, text) == expected


@NEWS_TRIGGERS.least(trigger=0.6)
@given(st.lists(_NEWS_PIECES, max_size=40).map("".join))
def test_triggers_agree_with_one_pass_over_every_word(text: str) -> None:
    _both_readings(text, NEWS_TRIGGERS)


@ANY_TRIGGERS.least(trigger=0.3)
@given(
    st.one_of(st.text(max_size=200), st.lists(st.one_of(st.text(max_size=8), _NEWS_PIECES), max_size=30).map("".join))
)
def test_triggers_agree_on_any_string(text: str) -> None:
    _both_readings(text, ANY_TRIGGERS)


def test_triggers_read_numbers_only_at_word_starts() -> None:
    low = "q3 2016 und b2b am 7. august um 12:30 uhr"
    starts = [p for p, cls, _ in _triggers(low, grammar(), low) if "num" in cls]
    assert low.index("2016") in starts and low.index("7.") in starts and low.index("12:30") in starts
    assert low.index("3 ") not in starts and low.index("2b") not in starts  # inside q3 and b2b
