"""Properties of the quotes stage on any input: spans inside their marks, no overlaps, never a crash."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import Reach, examples
from denews import extract_quotes
from denews.model import Quote, Span
from denews.quotes import find_quotes
from quote_nesting import nesting_errors
from strategies import news_sentence

MARKS = "„“”\"»«‚‘’'‹›"
OPEN = "„“”\"»«‚‘’'‹›("


# Text made of words, spaces, punctuation and every kind of quotation mark.
pieces = st.sampled_from(
    [
        "Trump",
        "sagte",
        "er",
        "der",
        "Kreml",
        " ",
        " ",
        ", ",
        ". ",
        "\n",
        "\r\n",
        ": ",
        "so",
        "laut",
        "geht's",
        "Merz'",
        *list(MARKS),
    ]
)
# Any text; the pieces above; and invented news sentences (quotes with a verb of saying and a speaker), alone
# and among the pieces, so that most examples hold the quotes the properties are about.
texts = st.one_of(
    st.text(max_size=300),
    st.lists(pieces, max_size=120).map("".join),
    st.lists(st.one_of(news_sentence(), pieces), min_size=2, max_size=30).map("".join),
    st.lists(news_sentence(), min_size=2, max_size=8).map(" ".join),
    st.lists(st.one_of(news_sentence(), st.text(max_size=3)), min_size=3, max_size=20).map("".join),
)


def _note(reach: Reach, found: list[Quote] | tuple[Quote, ...]) -> None:
    reach.note(quote=len(found) >= 1, two_quotes=len(found) >= 2, speaker=any(q.speaker for q in found))


SPANS, ORDER, REGIONS, DENSE = Reach(), Reach(), Reach(), Reach()


@SPANS.least(quote=0.5, speaker=0.3)
@settings(max_examples=examples(300), deadline=None)
@given(texts)
def test_spans_lie_strictly_inside_their_marks(text: str) -> None:
    found = extract_quotes(text)
    _note(SPANS, found)
    for q in found:
        if q.kind == "indirect":
            continue  # reported speech stands without marks (test_indirect_properties.py)
        assert 0 < q.span.start <= q.span.end <= len(text)
        assert text[q.span.start : q.span.end] == q.text
        assert q.text.strip()
        # the character before a quote is its opening mark
        assert text[q.span.start - 1] in MARKS
        assert q.kind in ("direct", "partial")
        if q.mention_span is not None:
            assert text[q.mention_span.start : q.mention_span.end] == q.mention


@ORDER.least(two_quotes=0.5)
@settings(max_examples=examples(300), deadline=None)
@given(texts)
def test_quotes_are_sorted_and_nest_or_stay_apart(text: str) -> None:
    found = extract_quotes(text)
    _note(ORDER, found)
    assert not nesting_errors(found)


@REGIONS.least(quote=0.3, two_quotes=0.15)
@settings(max_examples=examples(200), deadline=None)
@given(texts, st.lists(st.integers(min_value=0, max_value=400), max_size=8))
def test_any_regions_are_handled(text: str, cuts: list[int]) -> None:
    _note(REGIONS, _check_regions(text, cuts))


# Dense marks of every kind over many short regions (the adversarial corpus found an overlap here once).
# Each piece: up to six marks and words, then (mostly) an invented sentence that holds a quote.
_dense_piece = st.tuples(
    st.lists(
        st.sampled_from([*MARKS, "「", "」", "‟", "❮", "❯", "Die ", "er ", ", ", "\n", "Mittwoch ", "sagte "]),
        max_size=6,
    ).map("".join),
    st.one_of(news_sentence(), st.just("")),
).map("".join)
dense = st.lists(_dense_piece, min_size=3, max_size=12).map("".join)


@DENSE.least(two_quotes=0.5)
@settings(max_examples=examples(300), deadline=None)
@given(dense, st.lists(st.integers(min_value=0, max_value=300), max_size=20))
def test_dense_marks_over_many_regions_never_overlap(text: str, cuts: list[int]) -> None:
    _check_regions(text, cuts)
    found = find_quotes(text, [Span(0, len(text))])
    _note(DENSE, found)
    assert not nesting_errors(found)


def _check_regions(text: str, cuts: list[int]) -> list[Quote]:
    points = sorted({min(c, len(text)) for c in cuts} | {0, len(text)})
    regions = [Span(a, b) for a, b in itertools.pairwise(points) if b > a][::2]
    found = find_quotes(text, regions)
    assert not nesting_errors(found)
    for q in found:
        # Inside one region (a quotation over several regions gives one piece per region, a continuation from
        # its region's first character on).
        assert any(r.contains(q.span) for r in regions) or not regions
        assert text[q.span.start : q.span.end] == q.text
    return found
