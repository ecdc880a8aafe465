"""``before()`` of the indirect frames against a reference copy of its loop as it stood before the speed rewrite
(``947be2d``: the tokens it reads are picked in one ``itertools.compress`` pass instead of one step per token).

The reference is the old body verbatim, with the helpers it calls taken from the module that holds ``before``
itself (its ``__globals__``), so both sides read the same lexicons and helpers and only the loop is compared.
Inputs: invented sentences of words from the frames' own word classes (verbs of saying in their forms, stances,
hearsay, complementizers, w-words, subordinators, Konjunktiv forms, negations, articles, pronouns), invented
nouns and names, commas and colons, with quoted stretches to skip.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples
from denews.model import Span
from denews.quotes.indirect_frames import before
from denews.quotes.indirect_lexicon import frame_verbs, frames, konjunktiv
from denews.quotes.tokens import Tok, tokenize

# The helpers of before(), looked up where it lives: the test follows the function if its module is split.
_H = SimpleNamespace(**before.__globals__)
_F = frames()
# The words a stance or hearsay frame stands on (the old loop's filter, with the verbs of saying).
_FRAME_WORDS = _F["adjectives"] | _F["stance_nouns"] | _F["hearsay"]


def reference_before(text: str, toks: list[Tok], sent: Span, skip: list[Span]) -> Any:
    """``before()`` as it was at ``947be2d^`` (one step per token, two set lookups to pass a word over)."""
    cue: str | None = None
    cue_i = -1
    verbs = frame_verbs()
    for c, sep in enumerate(toks[:-1]):
        if sep.text not in (",", ":"):
            low = sep.low
            if low not in _FRAME_WORDS and low not in verbs:
                continue
            stance = low in _H._ADJECTIVES or (sep.cap and low in _H._STANCES) or _H._hearsay(toks, c)
            lemma = _H.cue_at(toks, c, len(toks)) or (low if stance else None)
            if lemma is not None:
                cue, cue_i = lemma, c
            continue
        if sep.text not in (",", ":") or cue is None or any(s.start <= sep.start < s.end for s in skip):
            continue
        stance = toks[cue_i].low in _H._ADJECTIVES or toks[cue_i].low in _H._STANCES
        if _H.cue_at(toks, cue_i, c) is None and not stance and not _H._hearsay(toks, cue_i):
            continue
        if stance and cue_i != c - 1 and not _H._genitive(toks, cue_i, c):
            continue
        rest = toks[c + 1 :]
        first = rest[0].low
        if any(t.low in _H._NEGATIONS for t in toks[max(0, cue_i - 2) : cue_i]) or _H._relative(rest):
            continue
        if first in _H._SUBORDINATORS and not (len(rest) > 1 and rest[1].low in konjunktiv()):
            continue
        opened = first in _H._COMPLEMENTIZERS or (first in _H._W_WORDS and rest[0].text.islower())
        opened = opened or (
            c == cue_i + 1 and (toks[cue_i].low in _H._SAYING or sep.text == ":") and len(rest) >= 4
            and _H._opens_clause(rest) and _H.cue_at(toks, c + 1, len(toks)) is None
        )
        any_infinitive = cue in _H._INFINITIVE_VERBS or toks[cue_i].low in _H._STANCES
        if not (opened or _H.mood(rest, skip, reported=True) is not None or _H._infinitive(rest, any_infinitive)):
            continue
        content = Span(rest[0].start, _H.content_end(text, sent))
        if toks[cue_i].low in _H._STANCES and toks[cue_i].cap:
            return _H._noun_frame(toks, cue_i, c, sent, content)
        return _H.Frame(content, Span(sent.start, sep.start), toks[cue_i].text, toks[cue_i].start)
    return None


def _some(words: frozenset[str] | set[str], n: int = 40) -> list[str]:
    """Up to ``n`` single words of a class, in a fixed order (hypothesis draws from a stable list)."""
    return sorted(w for w in words if " " not in w)[:n]


_VERBS = _some(set(frame_verbs()), 120)
_STANCE = _some(_F["adjectives"]) + [w.capitalize() for w in _some(_F["stance_nouns"])] + _some(_F["stance_nouns"])
_W = _some(_F["w_words"])
_CLAUSE = _some(_F["complementizers"]) + _W + [w.capitalize() for w in _W] + _some(_F["subordinators"])
_CLAUSE += _some(_F["hearsay"])
_MOOD = _some(set(konjunktiv()), 60)
_SMALL = ["nicht", "kein", "nie", "der", "die", "das", "des", "dem", "ein", "er", "sie", "wir", "man", "sich", "zu",
          "zu erhöhen", "anzubieten", "mit", "auf", "an", "zu", "so", "dass", "ob", "weil", "damit", "wie"]
_INVENTED = ["Gemeinderat", "Verband", "Brückenbau", "Ministerin", "Klara Feldmann", "Rolf Ahrens", "Lage", "Preise",
             "Stellen", "300", "ernst", "Behörde", "Sprecher", "Plan", "gestern", "wegfallen", "sollen", "halten"]
_PUNCT = [",", ",", ",", ":", ".", "„", "“", "?"]
WORD = st.one_of(
    st.sampled_from(_VERBS), st.sampled_from(_STANCE), st.sampled_from(_CLAUSE), st.sampled_from(_MOOD),
    st.sampled_from(_SMALL), st.sampled_from(_INVENTED), st.sampled_from(_PUNCT),
)


def _sentence(words: list[str]) -> str:
    out = ""
    for w in words:
        out += w if w in (",", ":", ".", "?", "“") or not out else " " + w
    return out[:1].upper() + out[1:] + "."


# The shape of a frame before its content, its parts drawn: words, a verb or stance, a comma or colon, a clause.
FRAMED = st.builds(
    lambda head, cue, sep, opener, rest: [*head, cue, sep, opener, *rest],
    st.lists(st.one_of(st.sampled_from(_INVENTED), st.sampled_from(_SMALL)), max_size=5),
    st.one_of(st.sampled_from(_VERBS), st.sampled_from(_STANCE)),
    st.sampled_from([",", ":"]),
    st.one_of(st.sampled_from(_CLAUSE), st.sampled_from(_INVENTED), st.sampled_from(_SMALL)),
    st.lists(st.one_of(st.sampled_from(_MOOD), WORD), max_size=12),
)


@st.composite
def sentences(draw: st.DrawFn) -> tuple[str, list[Span]]:
    text = _sentence(draw(st.one_of(st.lists(WORD, min_size=2, max_size=30), FRAMED)))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=4)))
    skip = [Span(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False)]
    return text, skip


@settings(max_examples=examples(1500))
@given(sentences(), st.integers(0, 6))
def test_before_is_its_reference(case: tuple[str, list[Span]], lead: int) -> None:
    body, skip = case
    text = "x" * lead + body  # a sentence that does not start the text: its offsets shift
    sent = Span(lead, len(text))
    toks = tokenize(text, sent.start, sent.end)
    skip = [Span(s.start + lead, s.end + lead) for s in skip]
    assert before(text, toks, sent, skip) == reference_before(text, toks, sent, skip)


# Invented sentences of each of its forms: the comparison is not only between two Nones.
FORMS = [
    "Die Ministerin sagte, die Lage sei ernst.",
    "Der Sprecher teilte mit, dass der Plan gestern gescheitert sei.",
    "Der Verband erhob die Forderung, die Preise nicht zu erhöhen.",
    "Die Behörde kündigte an: Rund 300 Stellen sollen wegfallen.",
    "Er sei zuversichtlich, dass der Brückenbau bald beginne.",
    "Es ist nicht bekannt, ob der Gemeinderat zustimmt.",
    "Die Ministerin sagte, weil es regnete, nichts.",
]


def test_the_forms_are_found_as_before() -> None:
    found = 0
    for text in FORMS:
        sent = Span(0, len(text))
        toks = tokenize(text, 0, len(text))
        got = before(text, toks, sent, [])
        assert got == reference_before(text, toks, sent, [])
        found += got is not None
    assert found >= 4, "the invented forms reach the frame, not only the end of the loop"
