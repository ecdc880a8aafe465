"""The nesting check of the property tests (tests/quote_nesting.py) fails where it must, on quotes built by hand.

The sentence is invented for this test.
"""

from __future__ import annotations

from denews.model import Quote, QuoteKind, Span
from quote_nesting import nesting_errors

TEXT = "Sie sagte, man müsse „jetzt handeln“, und alle nickten."
_OPEN = TEXT.index("„")
_CLOSE = TEXT.index("“")


def _quote(start: int, end: int, kind: QuoteKind) -> Quote:
    return Quote(text=TEXT[start:end], span=Span(start, end), kind=kind)


MARKED = _quote(_OPEN + 1, _CLOSE, "partial")


def test_reported_speech_holding_the_quotation_with_its_marks_passes() -> None:
    host = _quote(TEXT.index("man"), _CLOSE + 1, "indirect")
    assert nesting_errors([host, MARKED]) == []


def test_a_quote_starting_where_a_quotation_in_marks_ends_fails() -> None:
    after = _quote(_CLOSE, len(TEXT), "indirect")
    assert nesting_errors([MARKED, after]) != []
    assert nesting_errors([MARKED, _quote(_CLOSE + 1, len(TEXT), "indirect")]) == []


def test_an_indirect_quote_across_the_edge_of_a_quotation_fails() -> None:
    across = _quote(TEXT.index("müsse"), TEXT.index("handeln"), "indirect")
    assert nesting_errors([across, MARKED], sort=True) != []
