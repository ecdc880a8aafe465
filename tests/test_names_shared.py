"""The name table of one text is built once and shared by the quotes in marks and indirect speech, which ask for it
with different quotes: the shared table must equal one built afresh for the same quotes."""

from __future__ import annotations

from denews.model import Span
from denews.quotes import names

# Invented: a name inside a quotation counts as a mention only outside it.
TEXT = (
    "Die Ministerin Ida Kern sagte am Montag, das Amt werde geschlossen. "
    "„Frau Kern hat recht“, sagte der Sprecher Paul Roth. Kern und Roth reisen morgen ab."
)


def _inner(text: str) -> Span:
    return Span(text.index("„") + 1, text.index("“"))


def test_the_shared_name_table_equals_a_fresh_one() -> None:
    regions = [Span(0, len(TEXT))]
    without = names.build(TEXT, regions, [])
    shared = names.build(TEXT, regions, [_inner(TEXT)])  # the same text again: the draft is reused
    assert names._last is not None and names._last[0] is TEXT
    other = "".join(list(TEXT))  # an equal text in another object: built afresh
    fresh = names.build(other, regions, [_inner(other)])
    assert shared == fresh
    # The mention of Kern inside the quotation is left out for the quotes in marks, kept without them.
    inside = _inner(TEXT)
    assert any(inside.start <= p < inside.end for p in without.person_pos)
    assert not any(inside.start <= p < inside.end for p in shared.person_pos)
    assert len(without.person_pos) == len(shared.person_pos) + 1


def test_another_region_builds_another_table() -> None:
    first = names.build(TEXT, [Span(0, 66)], [])
    whole = names.build(TEXT, [Span(0, len(TEXT))], [])
    assert first != whole
    assert "roth" not in first.by_last and "roth" in whole.by_last


def test_find_quotes_lets_go_of_the_text() -> None:
    from denews.quotes import find_quotes

    find_quotes(TEXT, [Span(0, len(TEXT))])
    assert names._last is None
