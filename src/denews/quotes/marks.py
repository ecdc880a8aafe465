"""Pairing quotation marks inside the running-text regions.

One left-to-right pass over the marks with a small stack.  Each mark is read from its context
(what stands before and after it) as an opener, a closer, either, or no mark at all (the apostrophe
in ``geht's``).  A quote may run over adjacent regions (a quotation over several paragraphs, each
reopened with a new opening mark); an opener that never closes is dropped after a bounded stretch,
so an unclosed mark never swallows the rest of the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs
import regex

from ..model import Span
from .lexicon import read_lines

# A plain character set: the standard library's engine scans for it twice as fast as ``regex``.
_MARK = re.compile(r"[„“”\"»«‚‘’'‹›]")

_FAMILY = {
    "„": "D", "“": "D", "”": "D", '"': "D",
    "»": "G", "«": "G",
    "‚": "S", "‘": "S", "’": "S", "'": "S",
    "‹": "s", "›": "s",
}  # fmt: skip
_ALWAYS_OPEN = frozenset("„‚")
_DOUBLE = frozenset("DG")  # the families of double marks („“ "" and »« «»)
_SINGLE = frozenset("‘’'")
# Before an opener: start, space, brackets, dashes, slash, colon, or another opening mark.
_BEFORE_OPEN = frozenset("([{–—-/:;„‚»«“\"'‘")
# After a closer: end, space, punctuation, brackets, dashes, or another closing mark.
_AFTER_CLOSE = frozenset(".,;:!?)]}–—-/…“”\"«»‘’'‹›")

#: An opener further back than this (characters) is given up as unclosed.
MAX_QUOTE_CHARS = 3000
#: A quote runs over at most this many regions.
MAX_QUOTE_REGIONS = 6
#: An unclosed opener yields its text up to the end of its sentence, at most this long.
MAX_UNCLOSED_CHARS = 300

_SENTENCE_END = regex.compile(r"[.!?…](?=\s+[\p{Lu}„“\"»«(])|[\r\n]")

OPEN, CLOSE, BOTH = 1, 2, 3

# The word after an apostrophe, when a space, punctuation or the end follows it.
_WORD_AFTER = regex.compile(r"(\p{Ll}{1,6})(?![\p{L}'’])")
_ELISIONS = frozenset(
    next(line.split("\t", 1)[1].split() for line in read_lines("quotes_detection.tsv") if line.startswith("elisions\t"))
)


@attrs.frozen(slots=True)
class RawQuote:
    """A stretch between marks: ``inner`` excludes the marks, ``outer`` includes them."""

    inner: Span
    outer: Span
    closed: bool = True
    opener: str = "„"


@attrs.define(slots=True)
class _Open:
    family: str
    char: str
    start: int
    region: int
    inner: list[RawQuote] = attrs.Factory(list)


def _elision(text: str, start: int, end: int) -> bool:
    """An apostrophe that opens a colloquial word ("'ne", "'n", "'raus"), not a quote."""
    m = _WORD_AFTER.match(text, start, end)
    return m is not None and m.group(1) in _ELISIONS


def _role(ch: str, prev: str | None, nxt: str | None) -> int:
    if ch in _ALWAYS_OPEN:
        return OPEN
    open_ctx = (prev is None or prev.isspace() or prev in _BEFORE_OPEN) and nxt is not None and not nxt.isspace()
    close_ctx = (nxt is None or nxt.isspace() or nxt in _AFTER_CLOSE) and prev is not None and not prev.isspace()
    if open_ctx and close_ctx:
        return BOTH
    if open_ctx:
        return OPEN
    if close_ctx:
        return CLOSE
    if ch in _SINGLE:
        return 0  # geht's, Kim's: an apostrophe between letters
    if prev is not None and nxt is not None and not prev.isspace() and not nxt.isspace():
        return BOTH  # a lost space: Wort"Wort
    return 0


def find_marks(text: str, regions: Sequence[Span]) -> list[RawQuote]:
    """Paired quotation marks inside ``regions``, outermost only, in text order."""
    pairing = _Pairing(text, regions)
    for ri, region in enumerate(regions):
        first_char = region.start
        while first_char < region.end and text[first_char].isspace():
            first_char += 1
        if pairing.stack and (ri - pairing.stack[0].region >= MAX_QUOTE_REGIONS):
            pairing.drop_from(0, len(text))
        for m in _MARK.finditer(text, region.start, region.end):
            pairing.mark(m.start(), ri, first_char)
    if pairing.stack:
        pairing.drop_from(0, len(text))
    pairing.out.sort(key=lambda q: q.outer.start)
    return _disjoint(pairing.out)


@attrs.define(slots=True)
class _Pairing:
    """The pass of :func:`find_marks`: the open marks (a small stack) and the quotes paired so far."""

    text: str
    regions: Sequence[Span]
    out: list[RawQuote] = attrs.Factory(list)
    stack: list[_Open] = attrs.Factory(list)

    def drop_from(self, k: int, until: int) -> None:
        """Entries k.. never closed: their completed inner quotes become top-level ones."""
        stack = self.stack
        for entry in stack[k:]:
            if k == 0:
                self.out.extend(entry.inner)
                if entry is stack[0]:
                    _unclosed(self.text, self.regions[entry.region], entry, until, self.out)
            elif k > 0:
                stack[k - 1].inner.extend(entry.inner)
        del stack[k:]

    def mark(self, i: int, ri: int, first_char: int) -> None:
        """Read the mark at ``i`` (in region ``ri``, whose first character is at ``first_char``)."""
        text, region, stack = self.text, self.regions[ri], self.stack
        ch = text[i]
        prev = text[i - 1] if i > region.start else None
        nxt = text[i + 1] if i + 1 < region.end else None
        role = _role(ch, prev, nxt)
        if not role or (role == OPEN and ch in _SINGLE and _elision(text, i + 1, region.end)):
            return
        if stack and i - stack[0].start > MAX_QUOTE_CHARS:
            self.drop_from(0, i)
        fam = _FAMILY[ch]
        depth = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].family == fam), -1)
        if role == BOTH:
            role = CLOSE if depth >= 0 else OPEN
        if role == CLOSE:
            if depth >= 0 or (stack and _closes_other_family(text, fam, stack[-1], ri, i)):
                self._close(len(stack) - 1 if depth < 0 else depth, ri, i)
            return  # else a stray closer (or Merz' with no single quote open)
        if depth >= 0:
            if i == first_char and stack[depth].region < ri:
                return  # the next paragraph of a quotation reopens with a new mark
            outer = stack[depth]
            if outer.region == ri and len(stack) < 3 and not _SENTENCE_END.search(text, outer.start + 1, i):
                # „… eine „Parallelaktion“ des Vereins …“: an inner quote in the same marks, mid-sentence.
                stack.append(_Open(fam, ch, i, ri))
                return
            self.drop_from(depth, i)  # the earlier opener never closed
        if len(stack) < 4:
            stack.append(_Open(fam, ch, i, ri))

    def _close(self, depth: int, ri: int, i: int) -> None:
        """The closer at ``i`` ends the quote opened at ``stack[depth]``."""
        stack = self.stack
        self.drop_from(depth + 1, i)
        entry = stack.pop()
        if i > entry.start + 1 and entry.region < ri and not stack:
            # A quotation over several paragraphs: one quote per paragraph (a quote stays inside
            # its region), each continuation from its reopening mark or its first character.
            self.out.extend(entry.inner)
            self.out.extend(_pieces(self.text, self.regions, entry, ri, i))
        elif i > entry.start + 1:
            rq = RawQuote(Span(entry.start + 1, i), Span(entry.start, i + 1), True, entry.char)
            if stack:
                stack[-1].inner.append(rq)
            else:
                self.out.append(rq)
        elif not stack:
            self.out.extend(entry.inner)


def _closes_other_family(text: str, fam: str, top: _Open, region: int, i: int) -> bool:
    """A double closer of one family ends the open quote of the other in its sentence (``«Wort"``, ``»Wort“``):
    scrapers and writers mix the families, and the mark closes nothing else."""
    return (
        fam in _DOUBLE
        and top.family in _DOUBLE
        and top.family != fam
        and top.region == region
        and _SENTENCE_END.search(text, top.start + 1, i) is None
    )


def _pieces(text: str, regions: Sequence[Span], entry: _Open, last: int, close: int) -> list[RawQuote]:
    """The parts of a quotation from ``entry`` to the closer at ``close`` (in region ``last``), one per region."""
    out: list[RawQuote] = []
    for r in range(entry.region, last + 1):
        region = regions[r]
        if r == entry.region:
            start, outer_start = entry.start + 1, entry.start
        else:
            start = region.start
            while start < region.end and text[start].isspace():
                start += 1
            outer_start = start
            if start < region.end and _FAMILY.get(text[start]) == entry.family:
                start += 1  # the reopening mark
        end = close if r == last else region.end
        outer_end = close + 1 if r == last else end
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start and any(c.isalnum() for c in text[start:end]):
            out.append(RawQuote(Span(start, end), Span(outer_start, max(outer_end, end)), True, entry.char))
    return out


def _disjoint(quotes: list[RawQuote]) -> list[RawQuote]:
    """No two quotes overlap: a closed quote wins over an unclosed one, else the earlier one stays."""
    kept: list[RawQuote] = []
    for q in quotes:
        if kept and q.outer.start < kept[-1].outer.end:
            if kept[-1].closed or not q.closed:
                continue
            kept.pop()
            if kept and q.outer.start < kept[-1].outer.end:
                continue
        kept.append(q)
    return kept


def _unclosed(text: str, region: Span, entry: _Open, until: int, out: list[RawQuote]) -> None:
    """An opener without a closer keeps its text to the end of its sentence (scrapers drop marks),
    never past ``until`` (the mark that showed it unclosed) nor past its region."""
    start = entry.start + 1
    stop = min(region.end, until)
    limit = min(stop, start + MAX_UNCLOSED_CHARS)
    m = _SENTENCE_END.search(text, start, limit)
    end = m.start() if m else limit
    if m is None and limit < stop:
        return
    if m is None and until < region.end and len(text[start:end].split()) < 4:
        return  # a word or two before the next mark: noise, not a quotation that lost its closer
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start >= 2 and any(c.isalpha() for c in text[start:end]):
        out.append(RawQuote(Span(start, end), Span(entry.start, end), False, entry.char))
