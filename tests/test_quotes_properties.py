"""Properties of the quotes stage on any input: spans inside their marks, no overlaps, never a crash."""

from __future__ import annotations

import itertools
import os

from hypothesis import given, settings
from hypothesis import strategies as st

from denews import extract_quotes
from denews.model import Span
from denews.quotes import find_quotes

MARKS = "„“”\"»«‚‘’'‹›"
OPEN = "„“”\"»«‚‘’'‹›("


def examples(ci: int) -> int:
    """Few examples under the ci profile; the deep profile's own count otherwise."""
    return (
        ci
        if os.environ.get("HYPOTHESIS_PROFILE", "ci") == "ci"
        else int(os.environ.get("DENEWS_DEEP_EXAMPLES", "100000"))
    )


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
texts = st.one_of(st.text(max_size=300), st.lists(pieces, max_size=120).map("".join))


@settings(max_examples=examples(300), deadline=None)
@given(texts)
def test_spans_lie_strictly_inside_their_marks(text: str) -> None:
    for q in extract_quotes(text):
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


@settings(max_examples=examples(300), deadline=None)
@given(texts)
def test_quotes_are_sorted_and_never_overlap(text: str) -> None:
    found = extract_quotes(text)
    for a, b in itertools.pairwise(found):
        assert a.span.end < b.span.start


@settings(max_examples=examples(200), deadline=None)
@given(texts, st.lists(st.integers(min_value=0, max_value=400), max_size=8))
def test_any_regions_are_handled(text: str, cuts: list[int]) -> None:
    _check_regions(text, cuts)


# Dense marks of every kind over many short regions (the adversarial corpus found an overlap here once).
dense = st.lists(
    st.sampled_from([*MARKS, "「", "」", "‟", "❮", "❯", "Die ", "er ", ", ", "\n", "Mittwoch ", "sagte "]), max_size=200
).map("".join)


@settings(max_examples=examples(300), deadline=None)
@given(dense, st.lists(st.integers(min_value=0, max_value=300), max_size=20))
def test_dense_marks_over_many_regions_never_overlap(text: str, cuts: list[int]) -> None:
    _check_regions(text, cuts)
    found = find_quotes(text, [Span(0, len(text))])
    for a, b in itertools.pairwise(found):
        assert a.span.end < b.span.start


def _check_regions(text: str, cuts: list[int]) -> None:
    points = sorted({min(c, len(text)) for c in cuts} | {0, len(text)})
    regions = [Span(a, b) for a, b in itertools.pairwise(points) if b > a][::2]
    found = find_quotes(text, regions)
    for a, b in itertools.pairwise(found):
        assert a.span.end < b.span.start
    for q in found:
        assert any(r.start < q.span.start <= r.end for r in regions) or not regions
        assert text[q.span.start : q.span.end] == q.text
