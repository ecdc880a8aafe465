"""Temporal expressions: find them in a text, resolve them to TIMEX3 values and calendar days.

``find_dates`` scans each region once with the grammar (``grammar.py``, rules in
``lexicons/dates_grammar.txt``), then resolves the matches in text order (``resolve.py``) against the
reference date, the tense of their clause and the days the text itself names (``anchoring.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs
import regex

from ..model import Span, TimeExpression
from .anchoring import Anchor, prefix_anchor
from .grammar import grammar
from .resolve import HANDLERS, Context, absolute_value

__all__ = ["find_dates"]

_FULL_WORD_DOT = regex.compile(r"[\p{L}\d]{4,}\.$")

# How far (characters) the day of an event may follow "am Vortag der Gespräche".
EVENT_REACH = 600


def _raw_matches(text: str, regions: Sequence[Span]) -> list[tuple[regex.Match[str], str, Span]]:
    g = grammar()
    out: list[tuple[regex.Match[str], str, Span]] = []
    names = g.group_names
    for region in regions:
        start, end = max(0, region.start), min(len(text), region.end)
        if start >= end:
            continue
        for m in g.pattern.finditer(text, start, end):
            if m.start() == m.end():
                continue
            for i, n in enumerate(names):
                if m.start(n) >= 0:
                    out.append((m, g.rules[i].handler, region))
                    break
    return out


def find_dates(text: str, regions: Sequence[Span], reference_date: dt.date | None) -> tuple[TimeExpression, ...]:
    """Temporal expressions inside ``regions`` of ``text``, resolved against ``reference_date``.

    Without a reference date, a leading ``date YYYY-MM[-DD]`` stamp of the text anchors what it can;
    with neither, relative expressions get values that name no day (``XXXX-XX-XX``, ``PAST_REF``).
    """
    if not text or not regions:
        return ()
    anchor = Anchor.of(reference_date) if reference_date is not None else prefix_anchor(text)
    matches = _raw_matches(text, regions)
    ctx = Context(text, anchor)
    # Explicit days (with day, month and year, or day and month) first: statement dates and event days.
    for m, handler, region in matches:
        if handler == "absolute":
            ctx.region = (region.start, region.end)
            t = absolute_value(m, ctx)
            if t is not None and t.day is not None:
                ctx.explicit_days.append((m.start(), t.day))
    out: list[TimeExpression] = []
    last_end = -1
    pending: int | None = None  # "am Vortag der Gespräche": waits for the next day the text names
    for m, handler, region in matches:
        ctx.region = (region.start, region.end)
        for s, e, t in HANDLERS[handler](m, ctx):
            # Trim spaces the patterns may have taken at the edges.
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e - s > 1 and text[e - 1] == "." and _FULL_WORD_DOT.search(text, s, e):
                e -= 1  # "am 17. November." ends a sentence; "Okt." keeps its dot
            if s >= e or s < last_end:
                continue
            if pending is not None and t.day is not None:
                if s - out[pending].span.end <= EVENT_REACH:
                    before = t.day - dt.timedelta(days=1)
                    out[pending] = attrs.evolve(out[pending], value=before.isoformat(), earliest=before, latest=before)
                pending = None
            if handler == "relday" and m.group("gen") and t.day is None:
                pending = len(out)
            ctx.note(s, t, handler, m)
            out.append(TimeExpression(text[s:e], Span(s, e), t.value, t.type, t.earliest, t.latest))  # type: ignore[arg-type]
            last_end = e
    return tuple(out)
