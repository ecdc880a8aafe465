"""Where the page prints a headline line again: its breadcrumb or page title (an echo), the breadcrumb's current
item right above it, a kicker glued before a copy of it.  Signals of :mod:`.title`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from ..tokenize import function_words, words
from .page_lines import squash as _squash
from .site_suffix import SITE_SEP

# The separators of a breadcrumb's items (its last item is the page's own headline).
_TRAIL_SEP = regex.compile(r"\s[›»>/|•·]\s")
# A line of fewer words recurs anywhere (a menu entry): no echo.
ECHO_WORDS = 2
# How far above the headline its breadcrumb's or list's current item stands, and the headline's least content
# words (see ``title.CRUMB``).
CRUMB_REACH = 3
CRUMB_WORDS = 3

# A headline printed twice within so many lines (the page's title over its h1, a stamp or a share button
# between) echoes itself.
TWIN_REACH = 4
# A scraper's heading mark (``# ``) before a line, and the lone angle of a link to another page (``< X``,
# ``X »``): the line printed with one of them is the same line, not a longer one holding it.  A gallery's
# captions above the text, printed again as its section headings, are no echo; nor is the name of a section that
# a link back to it repeats.  (Swiss quotes «...» come in pairs and stay.)
_MARK = regex.compile(r"^#+\s+|^[<‹«]\s*(?=[^>›»]*$)")
# The closing angle is looked up apart: a lookbehind to the line's start would cost each position a rescan.
_TRAIL = regex.compile(r"\s*[>›»]$")
_OPENING = frozenset("<‹«")


def _unmarked(line: str) -> str:
    """``line`` with its runs of white space made one space, without a heading mark or a link's lone angle."""
    s = _squash(line)
    plain: str = _MARK.sub("", s)
    trail = _TRAIL.search(s)
    if trail is not None and _OPENING.isdisjoint(s[: trail.start()]):
        plain = _TRAIL.sub("", plain)
    return plain


def echoed(lines: Sequence[str], page: Sequence[str]) -> list[bool]:
    """For each of ``lines``: whether it recurs inside another, longer line of ``page``.

    An article's headline recurs in its breadcrumb (``Home > Politik > <headline>``) and in the page's title;
    a one-word menu entry recurs anywhere, so only lines of several words count, and an occurrence after a page
    title's separator (`` - <site>``) is a site's name, not a headline's echo; a line printed twice within
    ``TWIN_REACH`` lines echoes itself.  The page is joined once and each line counted in it once; exact copies
    and separator tails are looked up in tables built once.
    """
    squashed = [_unmarked(t) for t in page]
    joined = "\n".join(squashed)
    exact = Counter(squashed)
    # A headline printed twice close together (the page's title over its h1) echoes itself.
    twins = {a for k, a in enumerate(squashed) if a in squashed[k + 1 : k + 1 + TWIN_REACH]}
    tails: Counter[str] = Counter()
    for t in squashed:
        m = SITE_SEP.search(t)
        if m is not None:
            tails[t[m.end() :]] += 1
    out = []
    for t in lines:
        s = _unmarked(t)
        if len(s.split()) < ECHO_WORDS:
            out.append(False)
            continue
        out.append(s in twins or joined.count(s) - exact[s] - tails[s] > 0)
    return out


def crumbed(page: Sequence[str], i: int, least: int = CRUMB_WORDS) -> bool:
    """Whether one of the ``CRUMB_REACH`` lines above line ``i`` of the ``page`` ends with it and holds more:
    the breadcrumb's or a list's current item over the headline (see ``CRUMB``); the line holds ``least``
    content words at least."""
    s = _squash(page[i])
    if _content_words(s) < least:
        return False
    for j in range(max(0, i - CRUMB_REACH), i):
        t = _squash(page[j])
        if t != s and t.endswith(s):
            return True
    return False


def shortened(upper: list[str], lower: list[str]) -> bool:
    """``upper`` is the opening of the longer ``lower`` cut short, of three words or more (a breadcrumb's item
    or the page's title over the full headline)."""
    return CRUMB_WORDS <= len(upper) < len(lower) and lower[: len(upper)] == upper


# A kicker glued before a headline the page prints again has at most so many words.
GLUED_KICKER_WORDS = 6


def echo_start(line: str, page: Sequence[str]) -> int | None:
    """Where the headline starts in ``line`` when a kicker is glued before it with no mark between: the page
    prints the headline (or its opening words) again on a line of its own or as its breadcrumb's last item,
    and that copy starts in ``line`` after one to ``GLUED_KICKER_WORDS`` words (``Ärger in Talheim Hallenbad
    bleibt offen`` under a breadcrumb ``Start / Talheim / Hallenbad bleibt offen``).  ``None`` without one."""
    starts = {m.start() for m in regex.finditer(r"(?<=\s)\S", line)}
    best: int | None = None
    for t in page:
        last = t.rsplit(None, 1)[-1:]
        if not last or last[0] not in line:
            continue  # (the copy's last word is not in the line: the cheap test first)
        copy = _squash(_TRAIL_SEP.split(t)[-1])
        if not copy or len(copy) >= len(line):
            continue
        at = line.find(copy)
        while at > 0 and at not in starts:
            at = line.find(copy, at + 1)
        if at <= 0 or (best is not None and at >= best):
            continue
        kicker = line[:at].split()
        # (A headline opens with a capital or a digit; a tagline's tail ``zur Bunten Republik`` does not; a menu
        # entry ``Energie und Klima`` has fewer content words.  A kicker is a phrase of its own: it does not end
        # in a function word, ``Neue Regeln für``.)
        if (
            not copy[0].islower() and _content_words(copy) >= CRUMB_WORDS
            and kicker and len(kicker) <= GLUED_KICKER_WORDS and kicker[-1] not in function_words()
        ):
            best = at
    return best


def _content_words(text: str) -> int:
    fw = function_words()
    return sum(1 for w in words(text) if w.lower() not in fw)
