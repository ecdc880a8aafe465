"""The article region: the run of blocks that best makes one article.

As jusText does, each block gets a class from two measured features, its length in words and the share of
function words among them (running German prose holds a third or more; menus, link lists and tables hold
almost none).  Page furniture that another step recognized (a consent notice, a credit, a date stamp) counts
against the region whatever its density.  The region is then the stretch of blocks with the largest sum of
class weights: good prose pulls it in, a short heading or list item between two paragraphs costs little,
and a run of menu lines or furniture costs more than a paragraph is worth, so the region ends there.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence


class Prose(enum.Enum):
    """How much a block reads as running text."""

    GOOD = "good"  # a paragraph: long enough, dense in function words
    NEAR = "near"  # a short sentence or a thin paragraph
    SHORT = "short"  # a headline, a list item, a label
    FURNITURE = "furniture"  # recognized inline furniture: a cue, a credit, a caption (articles hold some)
    BAD = "bad"  # long without function words (menus and link lists run together), or empty


# Named thresholds (jusText uses 0.30/0.32 for its stopword densities; German function-word lists are shorter).
GOOD_WORDS = 12
GOOD_DENSITY = 0.25
NEAR_WORDS = 6
NEAR_DENSITY = 0.18
SHORT_WORDS = 15

# Class weights of the region sum. A good paragraph weighs by its length (capped), so that one long cookie-free
# paragraph outweighs a few short furniture lines, and a teaser of one sentence still counts.
_GOOD_PER_WORD = 1 / 25
_GOOD_MIN, _GOOD_MAX = 0.6, 4.0
FURNITURE_COST = -0.6
_WEIGHT = {Prose.NEAR: 0.15, Prose.SHORT: -0.12, Prose.FURNITURE: FURNITURE_COST, Prose.BAD: -0.6}


def prose_class(nwords: int, nfunc: int, *, furniture: bool) -> Prose:
    """The class of a block with ``nwords`` words, ``nfunc`` of them function words."""
    if furniture:
        return Prose.FURNITURE
    if nwords == 0:
        return Prose.BAD
    density = nfunc / nwords
    if nwords >= GOOD_WORDS and density >= GOOD_DENSITY:
        return Prose.GOOD
    if nwords >= NEAR_WORDS and density >= NEAR_DENSITY:
        return Prose.NEAR
    if nwords <= SHORT_WORDS:
        return Prose.SHORT
    return Prose.BAD


def weight(cls: Prose, nwords: int) -> float:
    """What a block of class ``cls`` adds to the sum of a region that holds it."""
    if cls is Prose.GOOD:
        return min(max(nwords * _GOOD_PER_WORD, _GOOD_MIN), _GOOD_MAX)
    return _WEIGHT[cls]


def article_region(weights: Sequence[float]) -> tuple[int, int] | None:
    """``(start, end)`` (end exclusive) of the stretch with the largest sum of ``weights``; None without any
    positive weight.  Kadane's scan: one pass, linear time."""
    best = 0.0
    best_span: tuple[int, int] | None = None
    run = 0.0
    run_start = 0
    for i, w in enumerate(weights):
        if run <= 0:
            run, run_start = 0.0, i
        run += w
        if run > best:
            best, best_span = run, (run_start, i + 1)
    return best_span


#: How much the blocks after the region must cost before the article counts as ended: a closing line of one
#: short sentence right after the last paragraph is still the article's.
END_GAP = 1.5

#: The cost of a run of furniture inside the region that parts two stretches of text (as much as ends the
#: article after the region): what follows the heaviest stretch after such a gap is another element of the page
#: (an author's box, other stories' teasers, the site's own blurb), however well it reads.
TAIL_GAP = END_GAP


def cut_tail(
    weights: Sequence[float], span: tuple[int, int], inline: Sequence[bool], closing: Sequence[bool] = ()
) -> int:
    """The end of ``span`` without the stretches of text that follow its heaviest one after a gap of furniture
    costing ``TAIL_GAP`` or more.  Furniture an article holds inline (``inline``: a picture's caption, an
    embedded post) parts nothing; a gap holding a block that closes an article (``closing``: a comment form)
    ends it, however heavy the text after it (a sidebar, other posts)."""
    start, end = span
    starts, ends = [start], []  # the stretches of text between the gaps
    gap, gap_start, closed = 0.0, -1, False
    for i in range(start, end):
        w = weights[i]
        if w < 0:
            gap_start = i if gap_start < 0 else gap_start
            gap -= 0.0 if inline[i] else w
            closed = closed or (i < len(closing) and closing[i])
            continue
        if gap >= TAIL_GAP and gap_start > start:
            ends.append(gap_start)
            if closed:
                break
            starts.append(i)
        gap, gap_start, closed = 0.0, -1, False
    if len(ends) < len(starts):
        ends.append(end)
    sums = [sum(weights[s:e]) for s, e in zip(starts, ends, strict=True)]
    return ends[max(range(len(sums)), key=sums.__getitem__)]


def region_end(weights: Sequence[float], end: int) -> int:
    """Where the article ends: ``end`` (the region's end) moved over the blocks right after it until the
    blocks passed cost ``END_GAP``; what follows is past the article."""
    cost = 0.0
    i = end
    while i < len(weights):
        cost -= weights[i]
        if cost >= END_GAP:
            return i
        i += 1
    return i
