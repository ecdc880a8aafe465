"""Lines of a page that belong to lists: a table of contents over the article, a numbered list's items; and a
headline's subtitle.

Helpers of the title's choice (:mod:`.title`): a headline shares neither list shape, and stands over its subtitle.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import regex

# A number opening a line: a numbered list's item, or the ordinal of a headline (``3. Liga: ...``).
_NUMBERED = regex.compile(r"(\d{1,2})[.)]\s")
NUMBER_REACH = 2  # a numbered list's next or previous item stands so many lines away at most
# Entries of a table of contents stand so many lines apart at most.
CONTENTS_REACH = 2
# A full headline line holds so many words at least, a subtitle (a dek) more, and at most so many times its
# headline's (a shorter line over a much longer one is that line's kicker or a category, not a headline over its
# subtitle; a topic of four words over a headline of four is its kicker).
FULL_WORDS = 4
SUBTITLE_WORDS = 5
SUBTITLE_RATIO = 2
# A one-word label and its colon opening a line (``Version: 9.04``): two such lines in a row are a data sheet's
# fields, not a headline over its subtitle.
_LABEL = regex.compile(r"\S+:\s")


def squash(text: str) -> str:
    """``text`` with its runs of white space made one space."""
    return " ".join(text.split())


def numbered(text: str) -> bool:
    """Whether ``text`` opens with a number and a dot or bracket (``3. ``, ``12) ``)."""
    return _NUMBERED.match(text) is not None


def contents_entries(cands: Sequence[tuple[int, str]], text: Sequence[str]) -> set[int]:
    """The candidates (unit index and text) that stand in a table of contents: two or more of them in a row (a
    line or a stamp apart) are printed again, in the same order, as lines of the article's ``text`` (its section
    headings).  The headline recurs there alone, if at all (a logo and its tagline in a footer come in any
    order)."""
    first: dict[str, int] = {}
    for j, t in enumerate(text):
        first.setdefault(squash(t), j)
    at = [first.get(squash(t)) for _, t in cands]
    out: set[int] = set()
    for k in range(1, len(cands)):
        up, low = at[k - 1], at[k]
        if up is not None and low is not None and up < low and cands[k - 1][0] + CONTENTS_REACH >= cands[k][0]:
            out |= {k - 1, k}
    return out


def lone_ordinal(page: Sequence[str], i: int) -> bool:
    """Whether line ``i`` of the ``page`` opens with a number that no line ``NUMBER_REACH`` lines around
    continues or precedes (``15. Stadtfest am Hafen``, ``1. FC ...``): the headline's ordinal, not a numbered
    list's item (``2. Politik`` under ``1. Start``)."""
    m = _NUMBERED.match(page[i].strip())
    if m is None:
        return False
    n = int(m.group(1))
    for j in range(max(0, i - NUMBER_REACH), min(len(page), i + NUMBER_REACH + 1)):
        other = _NUMBERED.match(page[j].strip()) if j != i else None
        if other is not None and abs(int(other.group(1)) - n) == 1:
            return False
    return True


def next_to(upper: int, lower: int, header: Callable[[int], bool]) -> bool:
    """Unit ``upper`` stands right over unit ``lower``, or only ``header`` units (a stamp) stand between."""
    return upper < lower and all(header(j) for j in range(upper + 1, lower))


def over_subtitle(
    cands: Sequence[tuple[int, str]], fit: Iterable[int], header: Callable[[int], bool] = lambda _: False
) -> list[int]:
    """The ``fit`` candidates (positions in ``cands``, each a unit index and a text) right over another fit one,
    both full headline lines: a headline over its subtitle (a dek).  Units between the two that are ``header``
    lines (a stamp) do not part them.  A line right under another full line is that line's subtitle itself, not
    a headline over the next one."""
    ok = set(fit)
    n = [len(t.split()) for _, t in cands]

    def pair(k: int) -> bool:
        """``cands[k - 1]`` right over ``cands[k]``, both fit, the upper a full line, and not two fields."""
        return (
            k >= 1 and k - 1 in ok and k in ok and n[k - 1] >= FULL_WORDS
            and next_to(cands[k - 1][0], cands[k][0], header)
            and not (_LABEL.match(cands[k - 1][1]) and _LABEL.match(cands[k][1]))
        )

    return [
        k - 1 for k in range(1, len(cands))
        if pair(k) and SUBTITLE_WORDS <= n[k] <= SUBTITLE_RATIO * n[k - 1] and not pair(k - 1)
    ]
