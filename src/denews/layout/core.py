"""Header, byline, body split: the layout stage's steps in order.

1. units with their features (:mod:`.units`);
2. the article region by prose density (:mod:`.region`), and the body's start inside it (:mod:`.start`);
3. the header above the body: stamps, bylines, furniture and headline candidates (:mod:`.header_read`); the
   title by score (:mod:`.title`) and its kicker (:mod:`.headline_choice`), the teaser (:mod:`.teaser`);
4. the body (:mod:`.body`): paragraphs, headings and boilerplate, a closing credit read into the agencies;
5. the dateline of the first paragraph (:mod:`.header_read`).

What the steps find is kept in a :class:`.page.Page` and becomes the ``Article`` at the end.
"""

from __future__ import annotations

import datetime as dt

import regex

from ..blocks import INVISIBLE, Unit, is_blank, units
from ..model import Article
from .body import _body
from .header_read import find_dateline, header_dates, late_stamp, late_updated, lead_bylines, read_header
from .headline_choice import choose_headline, headline_text
from .page import Page
from .start import body_start, prefix_lead, region_span
from .teaser import find_teaser
from .units import _U, _features, _norm
from .widgets_above import skip_widgets

_PREFIX = regex.compile(
    rf"[\s{INVISIBLE}]*date[ \t]+(?P<y>\d{{4}})-(?P<m>\d{{2}})(?:-(?P<d>\d{{2}}))?(?![\d-])[ \t]*"
)
_UNIT_PREFIX = regex.compile(r"date[ \t]+\d{4}-\d{2}(?:-\d{2})?(?![\d-])[ \t]*")


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and is_blank(text[i]):
        i += 1
    return i


def _iso_prefix(text: str) -> tuple[int, dt.date | None] | None:
    m = _PREFIX.match(text)
    if m is None:
        return None
    day = None
    if m.group("d"):
        try:
            day = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            day = None
    return m.end(), day


def split(text: str) -> Article:
    """Split ``text`` into header, body paragraphs and boilerplate (no quotes, no dates).

    The steps, in order: units with their features, where the body starts, the header lines, the headline
    (title and kicker), the teaser, the header's dates, the body, the dateline.
    """
    page = Page(text)
    us = _read_units(page)
    span = region_span(us)
    page.body = skip_widgets(us, body_start(us, span))
    page.region_end = span[1] if span else len(us)
    prefix_lead(page, us)
    read_header(page, us)
    choose_headline(page, us)
    headline_text(page, us)
    find_teaser(page, us)
    header_dates(page)
    headlines = {_norm(us[i].text) for i in (page.title_i, page.kicker_i) if i is not None}
    _body(page, us, headlines)
    if page.published is None:
        page.published = late_stamp(us, page.body, want_updated=page.updated is not None)
        if page.updated is None:
            page.updated = late_updated(us, page.body)
    lead_bylines(page, us)
    find_dateline(page, us)
    if page.published is None and page.updated is not None:
        # Only an update stamp (``Stand: 17.01.2021 23:02``): the article's own day as the text states it.
        page.published = page.updated
    return page.article()


def _read_units(page: Page) -> list[_U]:
    """The units of the text with their features; a scraper's `` date YYYY-MM-DD`` prefix gives ``published``."""
    text = page.text
    prefix = _iso_prefix(text)
    if prefix is not None:
        page.published = prefix[1]
    # Lines are read from after the prefix, so that the prefix never decides how lines join.
    raw = units(text, prefix[0] if prefix is not None else 0)
    # The prefix is cut off the unit it opens (anywhere, so that a repeated block reads the same as the first).
    kept: list[Unit] = []
    for u in raw:
        rest = u.start
        m = _UNIT_PREFIX.match(text, rest, u.end)
        while m is not None:  # repeated prefixes too
            rest = min(_skip_space(text, m.end()), u.end)
            m = _UNIT_PREFIX.match(text, rest, u.end)
        if rest == u.start:
            kept.append(u)
        elif rest < u.end:
            kept.append(Unit(rest, u.end, u.gap, u.lines))
    us = [_features(text, u) for u in kept]
    if prefix is not None and us and kept[0].start <= _skip_space(text, prefix[0]):
        us[0].remainder = True
    return us
