"""The first-word filter of the rule attempts (``dates/heads.py``): it skips only attempts that cannot match.

- the heads read from a pattern are what its matches start with, never fewer (invented patterns with known
  heads; random patterns and strings drawn from them);
- on the real grammar, every attempt that matches starts with a word its sub-grammar lets through, and the
  filter does skip the common words no rule starts with;
- the matches with the filter are the matches without it.

Invented sentences and patterns only.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from denews.dates import _raw_matches
from denews.dates.grammar import SubGrammar, grammar, sub_grammar
from denews.dates.heads import may_start, pattern_heads
from denews.model import Span

_RUN = re.compile(r"[^\W_]+")


def _first_word(text: str) -> str | None:
    """The lower-case run of letters and digits ``text`` starts with, as the scan reads it (None: no such run)."""
    m = _RUN.match(text)
    if m is None:
        return None
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in m.group())


@pytest.mark.parametrize(
    ("pattern", "exact", "prefixes"),
    [
        (r"(?i:am|im)\s+Mai", {"am", "im"}, set()),
        (r"(?:am\s+)?(?:Montag|Dienstag)(?![\w])", {"am", "montag", "dienstag"}, set()),
        (r"[Vv]or\s+\d+", {"vor"}, set()),
        (r"heute", set(), {"heute"}),  # the match may end inside a longer word
        (r"\d+\s+Jahre", set(), set()),  # starts with a digit: such words are always tried
        (r"[a-zäöüß]+ig", set(), {""}),  # any word
        (r"(?:sehr\s+)*spät\b", {"sehr"}, {"spät"}),
        (r"x{5}", set(), {"xxx"}),  # repeats are spelled out three times, then the word may go on
        (r"Woche(?:n|nende)?,", {"woche", "wochen", "wochenende"}, set()),
        (r"(?<![\w])(?=\w)(?:bis|ab)\s", {"bis", "ab"}, set()),  # look-arounds match no character
        (r"Ende[nrs]?-", {"ende", "enden", "ender", "endes"}, set()),
        (r"café", set(), {"caf"}),  # a letter outside PLAIN ends what is spelled out
    ],
)
def test_heads_of_invented_patterns(pattern: str, exact: set[str], prefixes: set[str]) -> None:
    assert pattern_heads(pattern) == (frozenset(exact), frozenset(prefixes))


def test_words_outside_the_plain_letters_are_always_tried() -> None:
    exact, prefixes = frozenset({"am"}), ("heut",)
    assert may_start("am", exact, prefixes) and may_start("heute", exact, prefixes)
    assert not may_start("die", exact, prefixes) and not may_start("ame", exact, prefixes)
    for word in ("2025", "ſeit", "café", "x2", "ı", ""):
        assert may_start(word, exact, prefixes)


# Small patterns built from the pieces the grammar is written with: literals in both cases, classes, spaces,
# optional and repeated groups, alternations, case-insensitive groups and look-arounds.
_ATOMS = st.sampled_from(
    ["am", "Am", "im", "seit", "Ende", "März", "über", "[Dd]en", "[nrs]", r"\d{1,2}", r"\.", r"\s+", r",\s*",
     "[a-zäöüß]{2,}", "[-–]", "(?![\\w])", "(?<!\\d)", "\\b", "ab", "Uhr"]
)
_PATTERNS = st.recursive(
    _ATOMS,
    lambda inner: st.one_of(
        st.lists(inner, min_size=2, max_size=3).map("".join),
        st.lists(inner, min_size=2, max_size=3).map(lambda xs: "(?:" + "|".join(xs) + ")"),
        inner.map(lambda x: f"(?:{x})?"),
        inner.map(lambda x: f"(?:{x})*"),
        inner.map(lambda x: f"(?:{x}){{1,4}}"),
        inner.map(lambda x: f"(?i:{x})"),
    ),
    max_leaves=8,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data(), _PATTERNS)
def test_every_match_of_a_pattern_starts_with_one_of_its_heads(data: st.DataObject, pattern: str) -> None:
    try:
        compiled = re.compile(pattern, re.VERBOSE)
    except re.error:  # a repeat of nothing
        assume(False)
        raise
    text = data.draw(st.from_regex(compiled, fullmatch=True))
    assume(compiled.fullmatch(text) is not None)  # hypothesis does not read every look-around
    word = _first_word(text)
    assume(word is not None and text[:1].isalnum())  # the scan tries rules only where a word starts
    assert word is not None
    exact, prefixes = pattern_heads(pattern)
    assert may_start(word, exact, tuple(prefixes))


_PIECES = [
    "am", "Am", "AM", "Montag", "7.", "August", "2025", "um", "14:30", "Uhr", "vor", "Vor", "drei", "Jahren",
    "seit", "Ende", "März", "im", "Sommer", "der", "die", "Die", "und", "es", "Es", "nächsten", "Woche",
    "gestern", "Abend", "bis", "zum", "1.", "Mai", "2019", "jeden", "Samstag", "Mitte", "Juni", "zwei",
    "Stunden", "später", "heute", "Heute", "Morgen", "morgens", "20.10.", "1990er", "Jahre", "Jahrhundert",
    "Quartal", "Weihnachten", "einmal", "Zeit", "zur", "so", "So", "in", "den", "vergangenen", "ſeit",
    "ÜBER", "Jänner", "Tag", "für", "sagte", "er", ".", ",", "(", "„", "“", "-", "Stadt", "plant",
]
_sentences = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=16).map(" ".join)


def _sub_grammars() -> list[SubGrammar]:
    classes = sorted({c for r in grammar().rules for c in r.classes if c != "*"})
    return [sub_grammar(frozenset({c})) for c in classes] + [sub_grammar(frozenset({"num", "unit"}))]


@given(_sentences)
def test_every_attempt_that_matches_starts_with_a_head(text: str) -> None:
    starts = [m.start() for m in _RUN.finditer(text)]
    for sub in _sub_grammars():
        for s in starts:
            m = sub.pattern.match(text, s)
            if m is not None and m.end() > s:
                word = _first_word(text[s:])
                assert word is not None and sub.may_start(word), (text[s:], word)


def test_the_filter_skips_words_no_rule_starts_with() -> None:
    weekday, unit = sub_grammar(frozenset({"wd"})), sub_grammar(frozenset({"unit"}))
    for word in ("am", "montag", "vergangenen", "seit"):
        assert weekday.may_start(word), word
    for word in ("es", "die", "und", "einmal", "er"):
        assert not weekday.may_start(word), word
    for word in ("es", "und", "er", "zeit", "nicht", "arbeit"):
        assert not unit.may_start(word), word
    for word in ("vor", "die", "einmal", "seit"):  # vor drei Jahren, die ganze Woche, einmal pro Woche
        assert unit.may_start(word), word
    assert all(w == w.lower() for w in weekday.heads) and "montag" in weekday.heads


@given(_sentences)
def test_the_filter_changes_no_match(text: str) -> None:
    with_filter = _raw_matches(text, [Span(0, len(text))])
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(SubGrammar, "may_start", lambda self, word: True)
        without = _raw_matches(text, [Span(0, len(text))])
    assert [(m.start(), m.end(), h) for m, h, _ in with_filter] == [(m.start(), m.end(), h) for m, h, _ in without]
