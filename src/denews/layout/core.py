"""Header, byline, body split: the layout stage's steps in order.

1. units with their features (:mod:`.units`);
2. the article region by prose density (:mod:`.region`), and the body's start inside it;
3. the header above the body: stamps, bylines, furniture and headline candidates; the title by score
   (:mod:`.title`), its kicker, the teaser;
4. the body (:mod:`.body`): paragraphs, headings and boilerplate, a closing credit read into the agencies;
5. the dateline of the first paragraph.

What the steps find is kept in a :class:`.page.Page` and becomes the ``Article`` at the end.
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from .. import boilerplate as bp
from ..blocks import EDGE_CHARS, INVISIBLE, Unit, is_blank, units
from ..model import Article, Span
from ..tokenize import words
from .body import _body
from .header import dateline, split_kicker
from .headline import MENU_WORDS, cut_site, headline_candidates, picture_between, subtitle
from .page import Page
from .region import article_region, cut_tail, prose_class, region_end, weight
from .stamps import find_stamp, is_name, is_person
from .title import Candidate, best_title, furniture_shape
from .units import (
    _U,
    EMPTY,
    HEAD,
    PROSE,
    SENT,
    _bp_kind,
    _caption_unit,
    _credit_only,
    _cut_tail,
    _dateline_of,
    _features,
    _furniture,
    _headerish,
    _is_headline,
    _norm,
    _site_text,
    _stamp_tail,
    _starts_body,
)

# What a kicker loses at its end: the colon that ties it to the headline, and invisible edge characters
# (a soft hyphen or zero-width space there would not survive the kicker standing on a line of its own).
_KICKER_TRIM = "".join(sorted(EDGE_CHARS | {":", " "}))

_PREFIX = regex.compile(
    rf"[\s{INVISIBLE}]*date[ \t]+(?P<y>\d{{4}})-(?P<m>\d{{2}})(?:-(?P<d>\d{{2}}))?(?![\d-])[ \t]*"
)
_UNIT_PREFIX = regex.compile(r"date[ \t]+\d{4}-\d{2}(?:-\d{2})?(?![\d-])[ \t]*")
# Furniture an article holds inside its text: pictures' captions and credits, embedded posts, ads.
_INLINE = frozenset({"caption", "credit", "embed", "ad"})
# A notice of the site above the article: running text within this many units.
_NOTICE_REACH = 25
# How many units above the headline a name line may stand and still credit the writer.
_BYLINE_REACH = 3
# How many units at the body's start give the lead words a headline shares (as in :func:`_pick_title`).
_LEAD_UNITS = 6


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
    span = _region(us)
    page.body = _body_start(us, span)
    page.region_end = span[1] if span else len(us)
    _prefix_lead(page, us)
    _read_header(page, us)
    _choose_headline(page, us)
    _headline_text(page, us)
    _find_teaser(page, us)
    _header_dates(page)
    headlines = {_norm(us[i].text) for i in (page.title_i, page.kicker_i) if i is not None}
    _body(page, us, headlines)
    if page.published is None:
        page.published = _late_stamp(us, page.body, want_updated=page.updated is not None)
    _find_dateline(page, us)
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


def _prefix_lead(page: Page, us: list[_U]) -> None:
    """A `` date`` prefix line that reads as a lead, followed by the headline: the lead is the teaser."""
    n = len(us)
    if not (
        page.body == 0 and us and us[0].remainder and n > 1 and _is_headline(us[1])
        and 2 <= us[1].nwords <= 12 and not is_name(us[1].text)
    ):
        return
    # Only where text follows the headline: a lead and a last line alone read as text and a stray line
    # (which a second pass, without the prefix, would drop: the stripped text must read the same again).
    later = next((i for i in range(1, n) if _starts_body(us, i)), None)
    if later is not None:
        page.teaser_i, page.forced_title, page.body = 0, 1, later


def _read_header(page: Page, us: list[_U]) -> None:
    """Roles of the units above the body: stamps, bylines, furniture and headline candidates (``cand``)."""
    seen: dict[str, int] = {}
    pending_time: tuple[int, int] | None = None
    for i in range(page.body):
        x = us[i]
        if i == page.teaser_i:
            x.role = "teaser"
            continue
        key = _norm(x.text)
        if key in seen and x.shape != PROSE:
            _repeated_line(us, seen, key, i)
            continue
        seen[key] = i
        if x.stamp is not None:
            _header_stamp(page, x, i, pending_time)
            pending_time = None
        elif x.time is not None:
            x.role = "header"
            pending_time = x.time
        elif x.byline is not None and len(x.text) <= 120:
            x.role = "header"
            page.add_authors(x.byline[0])
            page.add_agencies(bp.credit_agencies(x.byline[1]))
        elif x.cue is not None:
            x.role, x.kind = "bp", x.cue
        elif x.credit:
            x.role, x.kind = "bp", "caption"
        elif _caption_unit(x):
            x.role, x.kind = "bp", "caption"
            # The caption sentence before a credit that stands on its own line.
            prev = us[i - 1] if i > 0 else None
            if (
                _credit_only(x) and prev is not None and prev.role == "" and prev.shape in (SENT, PROSE)
                and prev.nwords <= 40
            ):
                prev.role, prev.kind = "bp", "caption"
        elif _is_headline(x):
            x.role = "cand"


def _repeated_line(us: list[_U], seen: dict[str, int], key: str, i: int) -> None:
    """A repeated header line (page title and h1, a menu entry and the headline): the copy nearest the text
    stays a headline candidate, the other is dropped."""
    x, prior = us[i], us[seen[key]]
    if prior.role == "cand" and _is_headline(x):
        prior.role, prior.kind = "bp", "other"
        seen[key] = i
        x.role = "cand"
    else:
        x.role, x.kind = "bp", "other"


def _header_stamp(page: Page, x: _U, i: int, pending_time: tuple[int, int] | None) -> None:
    """A date stamp of the header, with a time that stood alone on the line before it."""
    assert x.stamp is not None
    x.role = "header"
    _stamp_tail(x, page.boiler)
    st = x.stamp
    if pending_time is not None and isinstance(st.value, dt.date) and not isinstance(st.value, dt.datetime):
        st = attrs.evolve(st, value=dt.datetime(st.value.year, st.value.month, st.value.day, *pending_time))
    page.stamps.append((i, st))
    if x.byline is not None:
        page.add_authors(x.byline[0])
        page.add_agencies(bp.credit_agencies(x.byline[1]))


def _choose_headline(page: Page, us: list[_U]) -> None:
    """The title among the headline candidates, its kicker, and the roles of the other candidates."""
    cands = [i for i in range(page.body) if us[i].role == "cand"]
    # A person's name is a byline; a place standing alone (``Dübendorf -``) is the body's dateline; a breadcrumb
    # or a bullet is never the headline (see also title.best_title).
    multi = [i for i in headline_candidates(us, cands) if not furniture_shape(us[i].text)]
    if page.body == len(us):
        # No body start found (each paragraph over a picture's credit line): the running text left in the
        # header stays body, so the headline stands above it; a line below it would follow the text in the
        # stripped text, where a second pass reads it as a stray line of the body.
        text_at = next((i for i in range(page.body) if _left_text(us[i])), page.body)
        multi = [i for i in multi if i < text_at]
    if page.forced_title is not None and page.forced_title in cands:
        multi = [page.forced_title]
    # (Lines a cue names between that line and the body, at the page's end, stand apart from the text.)
    if (
        len(multi) >= 2
        and all(us[j].cue is not None for j in range(multi[-1] + 1, page.body))
        and picture_between(us, multi[-2], multi[-1])
    ):
        # Headline, picture, then a line right above the text: that line heads the first section.
        us[multi[-1]].role = ""
        page.body = multi[-1]
        multi = multi[:-1]
    if multi:
        page.title_i = _pick_title(us, multi, page.body) if page.forced_title is None else multi[-1]
    if page.title_i is not None:
        page.kicker_i = _kicker_line(us, page.title_i)
        if page.kicker_i is not None and not _holds_stripped(us, page.kicker_i, page.title_i, page.body):
            page.kicker_i = None  # left as boilerplate below
    sub = subtitle(us, page.title_i, page.body) if page.teaser_i is None else None
    if sub is not None:
        page.teaser_i = sub
        us[sub].role = "teaser"
    for i in cands:
        if i in (page.title_i, page.kicker_i, sub):
            continue
        x = us[i]
        # A person's name close to the headline credits the writer; names far above it are menu entries.
        if is_person(x.text) and (page.title_i is None or i >= page.title_i - _BYLINE_REACH):
            x.role = "header"
            page.add_authors([x.text])
        else:
            x.role, x.kind = "bp", "other"


def _kicker_line(us: list[_U], title_i: int) -> int | None:
    """The line above the title that is its kicker (a short headline-shaped line), if one is."""
    k = title_i - 1
    while k >= 0 and us[k].role in ("header",) and us[k].stamp is None and us[k].time is None:
        k -= 1
    if (
        k >= 0
        and us[k].role == "cand"
        # A line in a run of short lines above the headline is a menu entry, not its kicker.
        and not _in_menu(us, k)
        and not furniture_shape(us[k].text)  # a breadcrumb is no kicker
        and us[k].nwords <= 6
        and not any(c.isdigit() for c in us[k].text)
        # The headline repeated above itself (page title + h1) is no kicker: it is left as boilerplate.
        and _norm(us[k].text.rstrip(_KICKER_TRIM)) != _norm(us[title_i].text)
        # A boilerplate label is never a kicker: trimmed of its colon it would be stripped next time ("X:").
        and bp.cue_kind(us[k].text.strip(_KICKER_TRIM)) is None
    ):
        return k
    return None


def _left_text(x: _U) -> bool:
    """A header unit left unassigned that stays body as running text (see ``body._header_leftovers``)."""
    return x.role == "" and x.shape in (PROSE, SENT) and _bp_kind(x) is None and not _site_text(x)


def _holds_stripped(us: list[_U], kicker: int, title: int, body: int) -> bool:
    """Whether the headline still wins over its kicker in the stripped text.

    There the two stand alone above the lead, with nothing between them and the text: the furniture and
    stamps that counted for the choice here are gone, and the lead words are read from the running text kept.
    A kicker that would win there would become the title of a second pass, and the headline would be
    dropped: ``strip_boilerplate`` would not be idempotent.
    """
    # There the lead starts at the first running text under the headline that stays body, which may stand
    # above the body's start (a lead over a picture's credit line is left in the header as running text).
    start = next((i for i in range(title + 1, body) if _left_text(us[i])), body)
    kept = (x for x in us[start:] if not _stripped(x))
    lead = [x.text for _, x in zip(range(_LEAD_UNITS), kept, strict=False) if x.shape == PROSE]
    pair = [Candidate(0, us[kicker].text.rstrip(_KICKER_TRIM)), Candidate(1, us[title].text)]
    return best_title(pair, 2, lead) == 1


def _stripped(x: _U) -> bool:
    """A unit that a stripped text no longer holds, by its own features: furniture, a stamp, a byline, a time."""
    return _furniture(x) or x.stamp is not None or x.byline is not None or x.time is not None or x.shape == EMPTY


def _in_menu(us: list[_U], k: int) -> bool:
    """Whether the short line ``k`` stands in a menu: a menu line above it, past the widgets a cue names (a
    share button, an audio player) and breadcrumbs, which stand on their own in a menu or over a kicker."""
    j = k - 1
    while j >= 0 and us[j].shape == HEAD and (us[j].cue is not None or furniture_shape(us[j].text)):
        j -= 1
    return j >= 0 and _menu_line(us[j])


def _menu_line(x: _U) -> bool:
    """A line of a menu: a headline candidate, or a short line found to be furniture by its place."""
    return x.shape == HEAD and (x.role == "cand" or (x.role == "bp" and x.nwords <= MENU_WORDS and x.cue is None))


def _headline_text(page: Page, us: list[_U]) -> None:
    """The title's and kicker's text and spans: a kicker line trimmed of its colon, or a kicker split off the
    title's own line."""
    text = page.text
    if page.title_i is not None:
        t = us[page.title_i]
        t.role = "title"
        s, e = t.start, t.end
        cut = _kicker_cut(t.text) if page.kicker_i is None else None
        if cut is not None:
            k_end, t_start = cut
            ks, ke = s, s + k_end
            while ke > ks and (text[ke - 1].isspace() or text[ke - 1] in _KICKER_TRIM):
                ke -= 1
            if ke > ks:
                page.kicker = text[ks:ke], Span(ks, ke)
            s = s + t_start
        e = cut_site(page, us, s, e)
        page.title = text[s:e], Span(s, e)
        if page.kicker_i is not None and t.end > e and _norm(text[e : t.end].strip(" |-–—·")) == _norm(
            us[page.kicker_i].text
        ):
            # The site's name standing over the headline (the logo) is no kicker.
            us[page.kicker_i].role, us[page.kicker_i].kind = "bp", "other"
            page.kicker_i = None
    if page.kicker_i is not None:
        ku = us[page.kicker_i]
        ku.role = "kicker"
        ks, ke = ku.start, ku.end
        while ke > ks and text[ke - 1] in _KICKER_TRIM:
            ke -= 1
        page.kicker = text[ks:ke], Span(ks, ke)


def _kicker_cut(line: str) -> tuple[int, int] | None:
    """Where a kicker on the title's line ends and the title starts, where the split reads back the same."""
    cut = split_kicker(line)
    if cut is None or not _fair_split(line, *cut):
        return None
    # A boilerplate label is never a kicker: on its own line it would be stripped next time.
    if bp.cue_kind(line[: cut[0]].strip(_KICKER_TRIM)) is not None:
        return None
    return cut


def _find_teaser(page: Page, us: list[_U]) -> None:
    """The lead set apart between the headline and the body, and its text without a glued credit."""
    if page.teaser_i is None and page.body < len(us):
        _teaser_at_body(page, us)
    if page.teaser_i is not None:
        t = us[page.teaser_i]
        t.role = "teaser"
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
        and bool(page.stamps or any(us[j].role == "header" for j in range(cand)))
        and us[cand].nwords <= 60 and nxt < n and us[nxt].shape == PROSE
        # A lead is written in sentences; a line without them is a headline again (or a label).
        and us[cand].shape in (PROSE, SENT)
    )
    # A paragraph that opens with a dateline starts the agency report's body: it is no lead set apart.
    if _dateline_of(us[cand]) is not None:
        return
    substantial = any(us[j].shape == PROSE and _bp_kind(us[j]) is None and us[j].nwords >= 20 for j in range(nxt, n))
    if nxt < n and before_ok and substantial and us[nxt].shape in (PROSE, HEAD) and (
        header_between or structured or _dateline_of(us[nxt]) is not None
    ):
        page.teaser_i = cand
        us[cand].role = "teaser"
        _header_after_teaser(page, us, cand + 1, nxt)
        page.body = nxt
    elif us[cand].remainder and nxt < n and _dateline_of(us[nxt]) is not None:
        page.teaser_i = cand
        us[cand].role = "teaser"
        page.body = nxt


def _header_after_teaser(page: Page, us: list[_U], start: int, end: int) -> None:
    """The header continues until the real body: stamps, bylines and names between the lead and it."""
    for j in range(start, end):
        y = us[j]
        if y.stamp is not None or y.time is not None or (y.byline is not None and len(y.text) <= 120):
            y.role = "header"
            if y.stamp is not None and not page.stamps:
                page.stamps.append((j, y.stamp))
            if y.byline is not None:
                page.add_authors(y.byline[0])
                page.add_agencies(bp.credit_agencies(y.byline[1]))
        elif is_person(y.text):
            y.role = "header"
            page.add_authors([y.text])


def _header_dates(page: Page) -> None:
    """``published`` and ``updated`` from the header's stamps (the first of each role)."""
    for _, st in page.stamps:
        if st.role == "updated":
            if page.updated is None:
                page.updated = st.value
        elif page.published is None:
            page.published = st.value


def _find_dateline(page: Page, us: list[_U]) -> None:
    """The place before the first sentence of the body (after a leading stamp), or standing on its own line
    right before the body (``Dübendorf -``)."""
    first = next((p for p in page.paragraphs if p.kind == "paragraph"), None)
    if first is None:
        return
    pos = 0
    lead = find_stamp(first.text, max_lead=2)
    if lead is not None and lead.start <= 1:
        pos = lead.end
        while pos < len(first.text) and first.text[pos] in " )":
            pos += 1
        if page.published is None and page.updated is None:
            page.published = lead.value
    d = dateline(first.text, pos, after_stamp=pos > 0, glued=True)
    if d is not None:
        ps, pe, credit, _ = d
        if pe > ps:  # ``(dpa) - ...`` names an agency without a place
            page.dateline = first.text[ps:pe], Span(first.span.start + ps, first.span.start + pe)
        if credit:
            page.add_agencies(bp.credit_agencies(credit))
        return
    for x in us:
        if x.start >= first.span.start:
            break
        if x.shape != PROSE and len(x.text) <= 60:
            d = dateline(x.text)
            if d is not None and d[3] == len(x.text) and d[1] > d[0]:
                page.dateline = x.text[d[0] : d[1]], Span(x.start + d[0], x.start + d[1])
                if d[2]:
                    page.add_agencies(bp.credit_agencies(d[2]))


def _region(us: list[_U]) -> tuple[int, int] | None:
    """The article region of the units (see :mod:`.region`)."""
    weights = [weight(prose_class(x.nwords, x.nfunc, furniture=_furniture(x)), x.nwords) for x in us]
    span = article_region(weights)
    if span is None:
        return None
    inline = [x.cue in _INLINE or x.credit or (x.cue is None and _caption_unit(x)) for x in us]
    return span[0], region_end(weights, cut_tail(weights, span, inline))


def _body_start(us: list[_U], span: tuple[int, int] | None) -> int:
    """The first unit of running text inside the article region (see :mod:`.region`); ``len(us)`` without any.

    Running text before the region (a consent notice not on any list, another story's teaser) does not start
    the body; where the region holds none, the first running text anywhere does.
    """
    first = len(us)
    for i in range(len(us)):
        if _starts_body(us, i):
            if _site_notice(us, i):
                continue
            if span is None or i >= span[0]:
                return _lead_above(us, i)
            first = min(first, i)
    return first


def _site_notice(us: list[_U], i: int) -> bool:
    """Running text before the article's first paragraph that speaks to the reader of the site (a consent or
    login notice not on any list): other running text follows within a few units.  It is marked as furniture."""
    x = us[i]
    if not _site_text(x):
        return False
    if any(_starts_body(us, k) for k in range(i + 1, min(i + _NOTICE_REACH, len(us)))):
        x.cue = "other"
        return True
    return False


def _lead_above(us: list[_U], i: int) -> int:
    """``i``, or running text above it with only header furniture between (a lead over its byline and stamp)."""
    j = i - 1
    while j >= 0 and _header_furniture(us, j):
        j -= 1
    if j >= 0 and j < i - 1 and _starts_body(us, j):
        return _lead_above(us, j)
    return i


def _header_furniture(us: list[_U], j: int) -> bool:
    """What stands between a lead and the body: furniture, a stamp, a byline, a name, a picture's caption
    sentence over its credit line."""
    x = us[j]
    if _furniture(x) or x.stamp is not None or x.byline is not None or x.time is not None or x.shape == EMPTY:
        return True
    caption = x.shape == PROSE and j + 1 < len(us) and _credit_only(us[j + 1])
    return caption or is_name(x.text)


def _pick_title(us: list[_U], cands: list[int], body: int) -> int | None:
    """The headline among the candidate units ``cands`` above the body (see :mod:`.title`)."""
    lead = [us[i].text for i in range(body, min(body + _LEAD_UNITS, len(us))) if us[i].shape == PROSE]
    return best_title([Candidate(i, us[i].text) for i in cands], body, lead, [x.text for x in us])


def _fair_split(line: str, k_end: int, t_start: int) -> bool:
    """A kicker/title split that reads back the same once the two stand on lines of their own."""
    kicker, title = line[:k_end].strip(" :"), line[t_start:].strip()
    if not kicker or not title or len(words(kicker)) > 6 or any(c.isdigit() for c in kicker):
        return False
    if _norm(kicker) == _norm(title):
        return False
    return (
        _plain_headline(kicker) and _plain_headline(title) and len(words(title)) >= 2 and not is_name(title)
    )


def _plain_headline(s: str) -> bool:
    """Whether ``s`` on a line of its own would read as a headline candidate (not a stamp, byline ...)."""
    x = _features(s, Unit(0, len(s), True))
    d = dateline(s)
    return (
        _is_headline(x) and x.stamp is None and x.time is None and x.byline is None
        and not _caption_unit(x) and not (d is not None and d[3] == len(s))
    )


def _late_stamp(us: list[_U], body: int, *, want_updated: bool) -> dt.date | dt.datetime | None:
    """A publication stamp outside the header.

    A stamp labelled as the publication (``Publiziert: 03.04.2020, 12:35``) counts wherever it stands;
    without any stamp in the header, so does a bare stamp line right after the first paragraph
    (video and gallery pages put the date under the lead).
    """
    for x in us:
        if x.stamp is not None and x.stamp.role == "published":
            return x.stamp.value
    if want_updated:
        return None
    paras = 0
    for x in us[body:]:
        if x.role == "para":
            paras += 1
            if paras > 1:
                break
        elif x.role == "skip" and x.stamp is not None and x.stamp.role == "" and paras == 1:
            return x.stamp.value
    return None
