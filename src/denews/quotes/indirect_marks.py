"""Quotations in marks inside reported speech: which of them the reported content holds, and where it is cut.

Reported speech often quotes a few of the speaker's words ("Er sagte, man müsse „jetzt handeln“"): the indirect
quote is the whole reported clause and holds the quotation, which stays a quote of its own (as the WikiNews
annotation nests them). It holds a fragment (kind ``partial``) and a statement that goes on its clause, after a
word or a comma ("Am Tor riefen sie Sprüche wie „…“, sagte die Polizei"); a statement after a colon or a dash
("Er sagte, die Lage sei ernst: „…“"), and any quotation across the content's edge, cut the content instead: the
longest stretch beside it is kept. So an indirect quote and a quotation in marks either do not overlap, or the
indirect quote holds the quotation whole, with its marks.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Sequence

import regex

from ..model import Quote, Span

#: The fewest letters reported content has (shorter pieces beside a quotation are left out, and reported speech
#: that a fragment in marks cuts keeps a side only with this many).
MIN_CONTENT = 12
#: The fewest letters outside its quotations reported content that holds one needs: the reporter's own words
#: around the quotation ("das Gespräch „…“"); with fewer, the quotation is the speech itself.
MIN_OWN = 4
#: The letters outside its direct quotations that a mostly quoted sentence needs to hold reported content too.
_FRAME_LETTERS = 40

#: How many spaces before a quotation are read for the word it goes on from.
_LOOK_BACK = 8

#: A closing quotation mark and the opening marks it closes.
_CLOSING = {"“": "„", "”": "„“", "«": "»", "»": "«", "‘": "‚", "’": "‚‘"}
#: The quotation marks (as quotes/marks.py pairs them).
_QUOTE_MARKS = frozenset("„“”\"»«‚‘’'‹›")
#: Any quotation mark.
_MARK_CHARS = regex.compile("[„“”\"»«‚‘]")

_END = operator.attrgetter("end")


class Marks:
    """The quotations in marks (with their marks), sorted: lookups by position in logarithmic time."""

    def __init__(self, text: str, quotes: Sequence[Quote]) -> None:
        self.quotes = sorted(quotes, key=lambda q: q.span.start)
        self.every = [with_marks(text, q.span) for q in self.quotes]
        self.direct = [s for s, q in zip(self.every, self.quotes, strict=True) if q.kind == "direct"]
        #: The quotations reported content may hold, with their marks: fragments, and statements that go on its
        #: clause ("riefen Sprüche wie „…“", "..., „die ...“"), not one after a colon or a dash ("sei ernst: „…“").
        self.nestable = frozenset(
            s for s, q in zip(self.every, self.quotes, strict=True)
            if marked(text, s, q.span) and (q.kind == "partial" or _built_in(text, s.start))
        )

    @staticmethod
    def within(spans: list[Span], s: Span) -> list[Span]:
        """The spans of ``spans`` (sorted, not overlapping) that overlap ``s``."""
        lo = first_ending_after(spans, s.start)
        out = []
        for x in spans[lo:]:
            if x.start >= s.end:
                break
            out.append(x)
        return out


def with_marks(text: str, s: Span) -> Span:
    """The span of a quotation ``s`` with its marks: one character more on each side, within ``text``."""
    return Span(max(0, s.start - 1), min(len(text), s.end + 1))


def first_ending_after(spans: list[Span], pos: int) -> int:
    """The first index whose span ends after ``pos`` (ends ascend: the spans do not overlap)."""
    return bisect.bisect_right(spans, pos, key=_END)


def marked(text: str, s: Span, inner: Span) -> bool:
    """``s`` is ``inner`` with a quotation mark on each side (not a piece of a quotation that runs on past a
    region, which opens at the region's edge without its mark)."""
    inside = s.start < inner.start and inner.end < s.end
    return inside and text[s.start] in _QUOTE_MARKS and text[inner.end] in _QUOTE_MARKS


def _built_in(text: str, pos: int) -> bool:
    """A word or a comma stands right before ``pos`` (spaces between): the quotation opening there goes on the
    clause before it."""
    k = pos
    while k > 0 and text[k - 1].isspace() and pos - k < _LOOK_BACK:
        k -= 1
    return k > 0 and (text[k - 1].isalnum() or text[k - 1] == ",")


def content(text: str, found: Span, marks: Marks) -> Span | None:
    """The reported content of ``found``: whole where each quotation in it is a fragment it holds, else the longest
    stretch that no other quotation touches; trimmed, and None where too short or nothing but a quotation."""
    touching = Marks.within(marks.every, found)
    kept = [o for o in touching if o in marks.nestable and found.contains(o)]
    pieces = [found]
    for o in touching:
        if o not in kept:  # (a handful of quotations in one sentence at most)
            pieces = [p for piece in pieces for p in minus(piece, o)]
    best = max((widened(tidy(text, p), kept) for p in pieces), key=len, default=None)
    if best is None or not letters(text[best.start : best.end], MIN_CONTENT):
        return None
    held = [o for o in kept if best.contains(o)]
    if held and not letters(outside(text, best, held), MIN_OWN):
        return None  # "Er sagte, „man müsse handeln“": the quotation is the speech itself
    return _closed(text, best, found.end)


def _closed(text: str, s: Span, limit: int) -> Span:
    """``s`` with the closing mark right after it (before ``limit``) where it holds that mark's opening one unclosed
    (a name in marks at the end of the content, which is no quotation: "das Wrack der „Graf Adler“")."""
    if s.end >= limit or text[s.end] not in _CLOSING:
        return s
    inside = text[s.start : s.end]
    close = text[s.end]
    if any(inside.count(o) > inside.count(close) for o in _CLOSING[close]):
        return Span(s.start, s.end + 1)
    return s


def outside(text: str, s: Span, held: list[Span]) -> str:
    """The text of ``s`` outside the sorted spans ``held`` (each inside ``s``)."""
    out, pos = [], s.start
    for h in held:
        out.append(text[pos : h.start])
        pos = h.end
    out.append(text[pos : s.end])
    return " ".join(out)


def minus(piece: Span, cut: Span) -> list[Span]:
    """``piece`` without ``cut``: nothing, one or two spans."""
    if cut.end <= piece.start or cut.start >= piece.end:
        return [piece]
    left = [Span(piece.start, cut.start)] if piece.start < cut.start else []
    right = [Span(cut.end, piece.end)] if cut.end < piece.end else []
    return left + right


def stray_mark(text: str, s: Span, marks: Marks) -> bool:
    """A quotation mark stands in ``s`` outside the quotations reported content may hold."""
    pos = s.start
    for o in Marks.within(marks.every, s):
        if o in marks.nestable and s.contains(o):
            if _MARK_CHARS.search(text, pos, o.start):
                return True
            pos = o.end
    return _MARK_CHARS.search(text, pos, s.end) is not None


def mostly_quoted(text: str, sent: Span, direct: list[Span]) -> bool:
    """Half the sentence or more is direct quotation: the rest is its frame, not reported content."""
    if not direct:
        return False
    covered = sum(max(0, min(d.end, sent.end) - max(d.start, sent.start)) for d in direct)
    if covered * 2 < len(sent):
        return False
    # A long frame around a quotation may hold reported content of its own ("Er sagte, Europa brauche X, und
    # fügte hinzu: „…“"); a short one ("„…“, sagte er.") does not.
    pos, count = sent.start, 0
    for d in direct:
        count += sum(map(str.isalpha, text[pos : max(pos, d.start)]))
        pos = max(pos, d.end)
    count += sum(map(str.isalpha, text[pos : sent.end]))
    return count < _FRAME_LETTERS


def letters(s: str, n: int) -> bool:
    """``s`` holds ``n`` letters or more (counted only until there are ``n``)."""
    return next(itertools.islice(filter(str.isalpha, s), n - 1, None), None) is not None


def tidy(text: str, s: Span) -> Span:
    """``s`` without spaces and punctuation at its edges."""
    a, b = s.start, s.end
    while a < b and not text[a].isalnum():
        a += 1
    while b > a and not (text[b - 1].isalnum() or text[b - 1] in ")"):
        b -= 1
    return Span(a, b)


def widened(s: Span, spans: Sequence[Span]) -> Span:
    """``s`` with the whole of each of ``spans`` it overlaps (:func:`tidy` may have cut off a quotation's marks)."""
    over = [h for h in spans if h.overlaps(s)]
    if not over:
        return s
    return Span(min(s.start, *(h.start for h in over)), max(s.end, *(h.end for h in over)))
