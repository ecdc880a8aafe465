"""What the list rules read of a run of short lines and of the whole page: the marks of a list's items, a
quotation running over several lines, and how often a line is printed on the page (:mod:`.lists`)."""

from __future__ import annotations

from collections import Counter

import regex

from ..tokenize import BULLET_CLASS
from .page import Page
from .title import stems
from .units import _U, HEAD, PROSE, Role, _bp_kind, _norm

# The marks of an item of a list inside an article (a bullet or a number, a ``label: value`` pair, a figure, an
# open end, a lower-case start or a leading quantity, the columns of a table row: a wide gap or a bar), which
# the labels and headlines of link lists lack.
_LIST_ITEM = regex.compile(
    rf"^(?:{BULLET_CLASS}|#|\d{{1,2}}[.)])\s?|"
    r"^\p{Ll}|\d|\p{L}:\s(?![\"„“»«])|[,;.]$|\S {3,}\S|\s\|\s"
)


class PageFacts:
    """What the list decision reads of the whole page, computed once on first use: the stems of the article's
    running text and how often each line occurs on the page."""

    __slots__ = ("_counts", "_outside", "_page", "_us", "_vocab")

    def __init__(self, page: Page, us: list[_U]) -> None:
        self._page, self._us = page, us
        self._vocab: set[str] | None = None
        self._counts: Counter[str] | None = None
        self._outside: Counter[str] = Counter()

    def vocab(self) -> set[str]:
        """Stems of the title and of the running text in the article's region."""
        if self._vocab is None:
            page, us = self._page, self._us
            end = page.region_end if page.region_end is not None else len(us)
            self._vocab = stems(page.title[0]) if page.title else set()
            for x in us[page.body : end]:
                if x.shape == PROSE and x.cue is None:
                    self._vocab |= stems(x.text)
        return self._vocab

    def repeated(self, k: int, inside: Counter[str]) -> float:
        """What the copies of the line ``us[k]`` elsewhere on the page (outside its run, whose lines ``inside``
        counts) cost it: menus print their entries in the header and the footer, outside the article's region;
        a copy inside the region (a product named twice) costs less; copies inside the run (a spec row of each
        item) nothing."""
        us, page = self._us, self._page
        end = page.region_end if page.region_end is not None else len(us)
        if self._counts is None:
            self._counts = Counter(_norm(y.text) for y in us if y.shape == HEAD)
            self._outside = Counter(_norm(y.text) for y in (*us[: page.body], *us[end:]) if y.shape == HEAD)
        key = _norm(us[k].text)
        if self._counts[key] <= inside[key]:
            return 0.0
        own = 0 if page.body <= k < end else 1  # the line itself, where it stands outside the region
        return REPEATED if self._outside[key] > own else REPEATED_INSIDE


REPEATED = 1.0  # the same line elsewhere on the page, outside the article's region: navigation
REPEATED_INSIDE = 0.5  # ... only inside the region (a teaser's kicker printed twice, a product named twice)


def _itemized(us: list[_U], i: int, j: int, facts: PageFacts, *, least: int = 3) -> bool:
    """The run ``us[i:j]`` reads as the items of one list by its own lines (so it needs the article's text on
    one side only, as a list closing the text does): ``least`` lines or more, nearly all with an item's mark, none
    printed outside the article's region (a menu's entries are)."""
    if j - i < least:
        return False
    marked = sum(1 for k in range(i, j) if _LIST_ITEM.search(us[k].text))
    if marked < _ITEMIZED_SHARE * (j - i):
        return False
    inside = Counter(_norm(us[k].text) for k in range(i, j))
    return all(facts.repeated(k, inside) < REPEATED for k in range(i, j))


#: The items under a heading in a run between paragraphs (the text on both sides says the rest).
_HEADED_ITEMS = 2
_ITEMIZED_SHARE = 0.75


def _headed(us: list[_U], i: int, j: int, facts: PageFacts) -> bool:
    """The run's first line heads the itemized lines under it (``Beispiel`` over its bullets)."""
    return _LIST_ITEM.search(us[i].text) is None and _itemized(us, i + 1, j, facts, least=_HEADED_ITEMS)


def _quoted(us: list[_U], i: int, j: int) -> set[int]:
    """The lines of ``us[i:j]`` inside a quotation that runs over several lines (verse, lyrics, a letter quoted
    line by line): opened at a line's start, closed at a later line's end, no mark between."""
    out: set[int] = set()
    k = i
    while k < j:
        t = us[k].text.strip()
        if t[:1] not in _OPENING or any(c in _CLOSING for c in t[1:]):
            k += 1
            continue
        m = k + 1  # (the lines between hold no mark, so the scan goes on from ``m``: linear in the run)
        while m < j and not any(c in _CLOSING or c in _OPENING for c in us[m].text):
            m += 1
        if m < j and us[m].text.rstrip()[-1:] in _CLOSING and not any(c in _OPENING for c in us[m].text):
            out.update(range(k, m + 1))
            m += 1
        k = m
    return out


#: Opening and closing quotation marks of German text (the ambiguous straight ``"`` is left out).
_OPENING, _CLOSING = frozenset("„»‚"), frozenset("“«‘")


#: A field's label on a line of its own: a word of capitals (``GENAUIGKEIT``, ``USB 3``) or a few words ending with a
#: colon; a year or a figure alone is none (a chronology's years are no labels).
_FIELD_LABEL = regex.compile(r"(?=[\d /&-]*\p{Lu})[\p{Lu}\d][\p{Lu}\d /&-]{3,}:?|[\p{L}][\p{L} /&-]{1,40}:")
#: The fewest labels of a field list, and the most lines of one field's value (a scraper breaks long values).
_FIELDS = 3
_VALUE_LINES = 2


def fields(us: list[_U], i: int, j: int) -> bool:
    """The run ``us[i:j]`` is a sheet of fields, each a label on a line of its own over its value (a product's
    data sheet, a form read out): it opens with a label, and every label is followed by one or two lines of its
    value.  A menu's entries do not alternate so."""
    labels, since = 0, _VALUE_LINES
    for k in range(i, j):
        first, _, rest = us[k].text.strip().partition("\n")
        if _FIELD_LABEL.fullmatch(first.strip()):
            if since == 0:
                return False  # (two labels in a row: a menu's entries in capitals)
            labels, since = labels + 1, 1 if rest.strip() else 0  # (the value on the label's unit: a line it broke)
        elif since >= _VALUE_LINES or labels == 0:
            return False
        else:
            since += 1
    return labels >= _FIELDS and since > 0


#: A bullet's mark opening a line (``• Gewicht``).
_ITEM_MARK = regex.compile(rf"{BULLET_CLASS}\s")


def open_line(x: _U) -> bool:
    """A short line no step has decided on, with no cue or stamp."""
    return x.role is Role.NONE and x.shape == HEAD and _bp_kind(x) is None and x.stamp is None


def closes_text(us: list[_U], i: int) -> bool:
    """From ``i`` to the text's end, only the items of a list (a bullet's mark or a short line, no cue): a list
    that closes the text with nothing under it, past the region's end as its many short lines weigh."""
    return i < len(us) and all(_ITEM_MARK.match(us[k].text) or open_line(us[k]) for k in range(i, len(us)))
