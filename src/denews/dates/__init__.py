"""Temporal expressions: find them in a text, resolve them to TIMEX3 values and calendar days.

``find_dates`` scans each region once with the grammar (``grammar.py``, rules in
``lexicons/dates_grammar.txt``), then resolves the matches in text order (``handlers.py``) against the
reference date, the tense of their clause and the days the text itself names (``anchoring.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs
import regex

from ..model import Span, TimeExpression
from .anchoring import Anchor, prefix_anchor
from .context import Context
from .extent import standard_extent
from .grammar import RuleMatch, grammar, sub_grammar
from .handlers import HANDLERS
from .resolve import absolute_value
from .scan import may_join, triggers, word_before

__all__ = ["find_dates"]

# A dot after a whole word ends the sentence, not an abbreviation: four letters or more, or the month "Mai".
_FULL_WORD_DOT = regex.compile(r"(?:[\p{L}\d]{4,}|(?<!\p{L})Mai)\.$")

# How far (characters) the day of an event may follow "am Vortag der Gespräche".
EVENT_REACH = 600


# Most words an expression may start with stand at most this many words before its trigger word.
_MAX_JOINERS = 5
# Trigger words this close (characters) may belong to one expression.
_NEAR = 24


def _raw_matches(text: str, regions: Sequence[Span]) -> list[tuple[RuleMatch, str, Span]]:
    """Grammar matches in ``regions``: rules are tried only at trigger words and the words joined before them.

    At each trigger the earliest joined start is tried first, so the longest expression wins; matches do
    not overlap and never cross a region boundary.
    """
    g = grammar()
    joiners = g.joiners
    out: list[tuple[RuleMatch, str, Span]] = []
    for region in regions:
        start, end = max(0, region.start), min(len(text), region.end)
        if start >= end:
            continue
        seg = text[start:end]
        low = seg.lower()
        if len(low) != len(seg):  # a few characters change length in lower case: keep offsets exact
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in seg)
        last = 0  # offset in seg after the last match
        hits = triggers(low, g, seg)
        for h, (pos, classes, joins) in enumerate(hits):
            if pos < last:
                continue
            sub = sub_grammar(classes)
            # A trigger that is also a pattern word may open the next one's expression: "nun seit vier Jahren".
            # The next trigger's rules are tried too and the longer match wins (rule sets stay per class, so
            # only a few of them are ever compiled).
            second = None
            if joins and h + 1 < len(hits) and hits[h + 1][0] - pos <= _NEAR and hits[h + 1][1] != classes:
                second = sub_grammar(hits[h + 1][1])
            starts = [pos]
            while len(starts) <= _MAX_JOINERS:
                prev = word_before(low, starts[-1])
                if prev is None or prev[0] < last or not may_join(low[prev[0] : prev[1]], joiners):
                    break
                starts.append(prev[0])
            for s in reversed(starts):
                chosen = sub
                m = sub.pattern.match(text, start + s, end)
                if m is not None and m.end() == m.start():
                    m = None
                if second is not None:  # the longer match wins, the first trigger's on a tie
                    m2 = second.pattern.match(text, start + s, end)
                    if m2 is not None and m2.end() > m2.start() and (m is None or m2.end() > m.end()):
                        m, chosen = m2, second
                if m is None:
                    continue
                # The rule that matched: its group is the last to close (``lastindex``), as each rule is one
                # branch of the alternation wrapped in a group of its own; that rule alone reads its groups.
                handler, rule, groups = chosen.rule_at[m.lastindex or 0]
                full = rule.match(text, m.start(), end)
                assert full is not None and full.end() == m.end()  # the same rule at the same place
                out.append((RuleMatch(full, groups), handler, region))
                last = m.end() - start
                break
    return out


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    """``[s, e)`` without the spaces a pattern may have taken at its edges, nor a sentence's full stop."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e - s > 1 and text[e - 1] == "." and _FULL_WORD_DOT.search(text, s, e):
        e -= 1  # "am 17. November." ends a sentence; "Okt." keeps its dot
    return s, e


def _note_explicit_days(ctx: Context, matches: Sequence[tuple[RuleMatch, str, Span]]) -> None:
    """Explicit days (day, month and year, or day and month) first: statement dates and event days."""
    for m, handler, region in matches:
        if handler == "absolute":
            ctx.region = (region.start, region.end)
            t = absolute_value(m, ctx)
            if t is not None and t.day is not None:
                ctx.explicit_days.append((m.start(), t.day))
                if m.get("year"):
                    ctx.dated_days.add(m.start())


def find_dates(
    text: str,
    regions: Sequence[Span],
    reference_date: dt.date | None,
    anchors: Sequence[Span] = (),
    vague: bool = False,
) -> tuple[TimeExpression, ...]:
    """Temporal expressions inside ``regions`` of ``text``, resolved against ``reference_date``.

    Spans are TIMEX3 extents (``extent.py``: no leading preposition).  Vague references (values
    ``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``) are left out unless ``vague`` is true.

    Without a reference date, a leading ``date YYYY-MM[-DD]`` stamp of the text anchors what it can, and so
    do the days named in ``anchors`` (pieces not searched for expressions themselves, such as an embedded
    tweet's date or a summary box: "Unfall ereignete sich am 8. April 2025" fixes which Tuesday "am Dienstag"
    is); with none of these, relative expressions get values that name no day (``XXXX-XX-XX``, ``PAST_REF``).
    """
    if not text or not regions:
        return ()
    anchor = Anchor.of(reference_date) if reference_date is not None else prefix_anchor(text)
    matches = _raw_matches(text, regions)
    ctx = Context(text, anchor)
    if anchor.day is None and anchors:
        matches_at = [*matches, *((m, h, r) for m, h, r in _raw_matches(text, anchors) if h == "absolute")]
        matches_at.sort(key=lambda mhr: mhr[0].start())
    else:
        matches_at = matches
    _note_explicit_days(ctx, matches_at)
    out: list[TimeExpression] = []
    last_end = -1
    pending: int | None = None  # "am Vortag der Gespräche": waits for the next day the text names
    for m, handler, region in matches:
        if handler == "vague" and not vague:
            continue  # its values are all vague references (``*_REF``): resolved only when they are kept
        ctx.region = (region.start, region.end)
        try:
            emitted = HANDLERS[handler](m, ctx)
        except (ValueError, OverflowError, KeyError, IndexError):  # a day beyond the calendar: no expression
            emitted = []
        for s, e, t in emitted:
            s, e = _trimmed(text, s, e)
            if s >= e or s < last_end or (not vague and t.value.endswith("_REF")):
                continue
            s, e, lead_mod = standard_extent(text, s, e, t.type)
            if pending is not None and t.day is not None:
                if s - out[pending].span.end <= EVENT_REACH:
                    before = t.day - dt.timedelta(days=1)
                    out[pending] = attrs.evolve(out[pending], value=before.isoformat(), earliest=before, latest=before)
                pending = None
            if handler == "relday" and m.get("gen") and t.day is None:
                pending = len(out)
            ctx.note(s, t, handler, m)
            mod = t.mod or lead_mod
            out.append(TimeExpression(text[s:e], Span(s, e), t.value, t.type, t.earliest, t.latest, mod))  # type: ignore[arg-type]
            last_end = e
    return tuple(out)
