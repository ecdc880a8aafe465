"""Temporal expressions.  PLACEHOLDER (replaced by the dates stage)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..model import Span, TimeExpression


def find_dates(text: str, regions: Sequence[Span], reference_date: dt.date | None) -> tuple[TimeExpression, ...]:
    """Temporal expressions inside ``regions`` of ``text``, resolved against ``reference_date``."""
    return ()
