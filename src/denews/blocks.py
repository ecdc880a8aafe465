"""Text to blocks with exact offsets.

A *unit* is one line of the input, or several lines joined back where a scraper broke a sentence
(``"... als eine\\nneue Hochgeschwindigkeitstrasse ..."``).  Units never cross a blank line.  Their
spans are trimmed of white space, including non-breaking and zero-width spaces, byte order marks and
stray soft hyphens, so ``text[unit.start:unit.end]`` is the visible content.  One pass, linear time.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

from .tokenize import WORD, function_words, words

__all__ = ["EDGE_CHARS", "INVISIBLE", "Unit", "ends_sentence", "function_words", "is_blank", "units", "words"]

# Line ends: CRLF, LF, CR, and the Unicode separators a str.splitlines() would honour.
_LINE_END = regex.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_RARE_LINE_ENDS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
#: Characters that take no room (zero-width spaces and joiners, byte-order mark, soft hyphen): scrapers leave
#: them anywhere, and every stage reads them as absent.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\xad"
# Characters that are invisible at the edges of a line.
_EDGE = "\t \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000" + INVISIBLE
#: The same set, for other modules that trim the edges of a piece of a line.
EDGE_CHARS = frozenset(_EDGE)
_TERMINAL = frozenset(".!?:;…")
_CLOSERS = frozenset("\"“”«»›‹'’‘)]")  # ‘ closes a German single quote (‚…‘)
_WORD = WORD


def is_blank(c: str) -> bool:
    """White space or an invisible character: what the edges of every piece are trimmed of."""
    return c.isspace() or c in EDGE_CHARS


@attrs.frozen(slots=True)
class Unit:
    """A trimmed stretch of one or more lines; ``gap`` is True when a blank line (or the start) precedes it."""

    start: int
    end: int
    gap: bool
    lines: int = 1


def _lines(text: str, pos: int = 0) -> Iterator[tuple[int, int]]:
    """Trimmed (start, end) of every line from ``pos`` on, including empty ones (start == end)."""
    if not any(c in text for c in _RARE_LINE_ENDS):
        # Only \n ends lines (the usual case): str.find is many times faster than the pattern.
        end = text.find("\n", pos)
        while end >= 0:
            yield _trim(text, pos, end)
            pos = end + 1
            end = text.find("\n", pos)
        yield _trim(text, pos, len(text))
        return
    for m in _LINE_END.finditer(text, pos):
        yield _trim(text, pos, m.start())
        pos = m.end()
    yield _trim(text, pos, len(text))


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s] in _EDGE or text[s].isspace()):
        s += 1
    while e > s and (text[e - 1] in _EDGE or text[e - 1].isspace()):
        e -= 1
    return s, e


def ends_sentence(line: str) -> bool:
    """True if ``line`` ends like a finished sentence (final punctuation, possibly before closing marks)."""
    i = len(line) - 1
    while i >= 0 and line[i] in _CLOSERS:
        i -= 1
    return i >= 0 and line[i] in _TERMINAL


def _last_word(line: str) -> str:
    words = _WORD.findall(line[-40:])
    return words[-1] if words else ""


_STAMP_LINE_MAX = 100
_DIGIT = regex.compile(r"\d")


def _stamp_line(s: str) -> bool:
    from .layout.stamps import stamp_line  # imported when first needed: the layout package imports this module

    return stamp_line(s)


def _continues(prev: str, nxt: str) -> bool:
    """Whether the line ``nxt`` continues the sentence that ``prev`` leaves unfinished."""
    if not prev or not nxt or ends_sentence(prev):
        return False
    first = nxt[0]
    if nxt[:2] in ("- ", "• ", "* ") or first in "•·▪►|+#*":
        return False
    if first.islower():
        if len(nxt) <= _STAMP_LINE_MAX and _DIGIT.search(nxt) is not None and _stamp_line(nxt):
            return False  # ``am 12.03.2026 um 14:05 Uhr`` under a headline: a stamp of its own
        # A lone lower-case word (a menu item such as "mehr") is not a continuation.
        return " " in nxt or len(prev) > 40
    last = prev[-1]
    # An opening mark or a comma leaves the sentence open; a straight quote only when unpaired.
    if last in ",(„" or (last == '"' and prev.count('"') % 2 == 1):
        return True
    if last == "-" and len(prev) > 1 and prev[-2].isalpha() and not prev.endswith(" -"):
        return True
    word = _last_word(prev)
    line_len = len(prev) - (prev.rfind("\n") + 1)
    return bool(word) and word[0].islower() and word.lower() in function_words() and line_len >= 60


def units(text: str, start: int = 0) -> list[Unit]:
    """The units of ``text`` in order (see the module doc), from offset ``start`` on."""
    out: list[Unit] = []
    gap = True
    cur: Unit | None = None
    for s, e in _lines(text, start):
        if s == e:
            if cur is not None:
                out.append(cur)
                cur = None
            gap = True
            continue
        if cur is not None and _continues(text[cur.start:cur.end], text[s:e]):
            cur = Unit(cur.start, e, cur.gap, cur.lines + 1)
            continue
        if cur is not None:
            out.append(cur)
        cur = Unit(s, e, gap)
        gap = False
    if cur is not None:
        out.append(cur)
    return out
