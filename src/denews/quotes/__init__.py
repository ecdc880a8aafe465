"""Quotations and their speakers.  PLACEHOLDER (replaced by the quotes stage)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Quote, Span


def find_quotes(text: str, regions: Sequence[Span]) -> tuple[Quote, ...]:
    """Quotes inside ``regions`` (ordered, non-overlapping spans of ``text``), speakers resolved."""
    return ()
