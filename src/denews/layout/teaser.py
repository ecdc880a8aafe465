"""The teaser: the lead set apart between the headline and the body."""

from __future__ import annotations

from ..model import Span
from .header_read import header_after_teaser
from .lists import _ITEM_START
from .page import Page
from .units import (
    _U,
    HEAD,
    PROSE,
    SENT,
    Role,
    _bp_kind,
    _cut_tail,
    _dateline_of,
    _headerish,
)

#: The marks of a list's item this reads (of those ``lists`` knows): a bullet, or a number (``3. ``, ``3) ``).
_MARKS = frozenset({"bullet", "number"})


def find_teaser(page: Page, us: list[_U]) -> None:
    """The lead set apart between the headline and the body, and its text without a glued credit."""
    if page.teaser_i is None and page.body < len(us):
        _teaser_at_body(page, us)
    if page.teaser_i is not None:
        t = us[page.teaser_i]
        t.role = Role.TEASER
        # A lead carries the same glued picture credits as a paragraph (the same text without its
        # header would make it one).
        te = _cut_tail(page.text, t, t.start, t.end, page.boiler, page.add_agencies)
        page.teaser = page.text[t.start : te], Span(t.start, te)


def _teaser_at_body(page: Page, us: list[_U]) -> None:
    """Whether the first paragraph is a lead: header furniture follows it, the header is a full one, or the
    next paragraph opens with a dateline; more running text must follow."""
    n, cand = len(us), page.body
    nxt = cand + 1
    while nxt < n and _headerish(us[nxt]):
        nxt += 1
    header_between = nxt > cand + 1
    before_ok = page.title_i is not None or us[cand].remainder
    # A header with a headline and a date stamp or byline: the first paragraph after it is the lead.
    structured = (
        page.title_i is not None and cand > page.title_i
        and bool(page.stamps or any(us[j].role is Role.HEADER for j in range(cand)))
        and us[cand].nwords <= 60 and nxt < n and us[nxt].shape == PROSE
        # A lead is written in sentences; a line without them is a headline again (or a label).
        and us[cand].shape in (PROSE, SENT)
    )
    # A paragraph that opens with a dateline starts the agency report's body: it is no lead set apart.
    if _dateline_of(us[cand]) is not None or _list_item(us, cand):
        return
    substantial = any(us[j].shape == PROSE and _bp_kind(us[j]) is None and us[j].nwords >= 20 for j in range(nxt, n))
    if nxt < n and before_ok and substantial and us[nxt].shape in (PROSE, HEAD) and (
        header_between or structured or _dateline_of(us[nxt]) is not None
    ):
        page.teaser_i = cand
        us[cand].role = Role.TEASER
        header_after_teaser(page, us, cand + 1, nxt)
        page.body = nxt
    elif us[cand].remainder and nxt < n and _dateline_of(us[nxt]) is not None:
        page.teaser_i = cand
        us[cand].role = Role.TEASER
        page.body = nxt


def _list_item(us: list[_U], i: int) -> bool:
    """Whether unit ``i`` is an item of a list: a bullet (or a number) at its start, and at the start of the
    nearest line above or below it that is no date stamp (stamps stand between a news list's items).  It is
    another story's entry, no lead: taken for one, it would stand under the headline in the stripped text, its
    list gone, and a second pass would read it otherwise (``strip_boilerplate`` would not be idempotent)."""
    mark = _item_mark(us[i])
    if mark is None:
        return False
    return any(_item_mark(x) == mark for x in (_near(us, i, -1), _near(us, i, 1)) if x is not None)


def _item_mark(x: _U) -> str | None:
    m = _ITEM_START.match(x.text)
    return m.lastgroup if m is not None and m.lastgroup in _MARKS else None


def _near(us: list[_U], i: int, step: int) -> _U | None:
    """The nearest unit from ``i`` in the direction ``step`` that is no date or time stamp line."""
    j = i + step
    while 0 <= j < len(us) and (us[j].stamp is not None or us[j].time is not None):
        j += step
    return us[j] if 0 <= j < len(us) else None
