"""The contract of how quotes may overlap (docs/quotes.md, "Indirect speech"), for the property tests.

Quotations in marks never overlap each other, nor do two indirect quotes. An indirect quote and a quotation in
marks either do not overlap, or the indirect quote holds the quotation whole, with its marks (reported speech
that quotes a few of the speaker's words: ``Er sagte, man müsse „jetzt handeln“``). Quotes come sorted by where
they start, so a holding indirect quote comes before the quotations it holds.
"""

from __future__ import annotations

from collections.abc import Sequence

from denews.model import Quote


def nesting_errors(quotes: Sequence[Quote], sort: bool = False) -> list[str]:
    """What breaks the contract in ``quotes`` (in their order, or sorted by start with ``sort``): empty when none."""
    seq = sorted(quotes, key=lambda q: (q.span.start, -q.span.end)) if sort else list(quotes)
    errors: list[str] = []
    marked_end = indirect_end = -1
    host: Quote | None = None
    last_start = -1
    for q in seq:
        s = q.span
        if s.start < last_start:
            errors.append(f"{s!r} comes after a quote that starts later")
        last_start = s.start
        if s.start <= marked_end:  # a quotation's span leaves out its closing mark: starting at its end is on it
            errors.append(f"{q.kind} {s!r} touches a quotation in marks ending at {marked_end}")
        if q.kind == "indirect":
            if s.start < indirect_end:
                errors.append(f"indirect {s!r} overlaps an indirect quote ending at {indirect_end}")
            host, indirect_end = q, s.end
            continue
        if s.start < indirect_end and host is not None and not (host.span.start < s.start and s.end < host.span.end):
            errors.append(f"{q.kind} {s!r} crosses the edge of the indirect quote {host.span!r}")
        marked_end = max(marked_end, s.end)
    return errors
