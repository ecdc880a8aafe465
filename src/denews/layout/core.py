"""Header, byline, body split: the layout stage.

One pass over the units of :mod:`denews.blocks`:

1. features of every unit (cue phrases, picture credits, source credits, date stamps, bylines,
   running text or headline shape);
2. the header: the units before the first paragraph of running text give kicker, title, date
   stamps, bylines and authors; the lead set apart from the body becomes the teaser;
3. the body: paragraphs and intermediate headings in order, boilerplate removed by cue, by shape
   (runs of menu or link lines) and by position (what follows the last paragraph), a closing
   credit read into the agencies, the dateline read from the first paragraph.

A block in doubt stays in the body: only cues, credits and runs of short non-sentence lines are
removed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache

import attrs
import regex

from .. import boilerplate as bp
from .._data import read_text
from ..blocks import EDGE_CHARS, INVISIBLE, Unit, ends_sentence, is_blank, units
from ..model import Article, Boilerplate, Paragraph, Span
from ..tokenize import count_function_words, function_words, words
from .header import dateline, glued_list, split_kicker
from .page import Page
from .region import article_region, prose_class, region_end, weight
from .stamps import Stamp, byline, find_stamp, is_name, is_person, is_stamp_unit, time_only
from .title import Candidate, best_title, furniture_shape

# What a kicker loses at its end: the colon that ties it to the headline, and invisible edge characters
# (a soft hyphen or zero-width space there would not survive the kicker standing on a line of its own).
_KICKER_TRIM = "".join(sorted(EDGE_CHARS | {":", " "}))

_PREFIX = regex.compile(
    rf"[\s{INVISIBLE}]*date[ \t]+(?P<y>\d{{4}})-(?P<m>\d{{2}})(?:-(?P<d>\d{{2}}))?(?![\d-])[ \t]*"
)
_UNIT_PREFIX = regex.compile(r"date[ \t]+\d{4}-\d{2}(?:-\d{2})?(?![\d-])[ \t]*")
_BULLET = regex.compile(r"(?:[-•·▪►*+]|\d{1,2}[.)])\s")
_VON_AGENCY = regex.compile(r"(?<!\p{L})Von\s+(?P<ag>[\p{L}][\p{L}\-]{1,20})(?=\s|$|,)")
_MAX_HEAD_WORDS = 20
# A notice of the site above the article: at most this many words, and running text within this many units.
_NOTICE_WORDS = 80
_NOTICE_REACH = 25
# How many units above the headline a name line may stand and still credit the writer.
_BYLINE_REACH = 3
_SHORT_CRY = regex.compile(r"[^.!?…\n]{3,200}[?!][\"“”«»’']?")
_INNER_STOP = regex.compile(r"\p{Ll}[.!?][\"“”«»]?\s+[\"„«»]?\p{Lu}")
# Two headlines glued without punctuation ("... in Europa Die Elektrolimousine ..."): a link teaser.
_GLUED_HEADLINES = regex.compile(r"[\p{L}\d]\s(?:Der|Die|Das|Dieser|Diese|Dieses|Ein|Eine|Wie|Was|Warum|Wer)\s")

# Unit roles.
PROSE, SENT, HEAD, EMPTY = "prose", "sent", "head", "empty"


@attrs.define(slots=True)
class _U:
    """A unit with its features and, once decided, its role."""

    start: int
    end: int
    gap: bool
    text: str
    shape: str
    cue: str | None = None
    stamp: Stamp | None = None
    time: tuple[int, int] | None = None
    byline: tuple[list[str], str] | None = None
    credit: bool = False
    cap_at: int | None = None  # offset in text of a trailing picture credit
    role: str = ""  # "bp", "title", "kicker", "teaser", "header", "para", "heading", "skip"
    kind: str = "other"
    remainder: bool = False  # the rest of a `` date YYYY-MM-DD`` prefix line
    lines: int = 1
    nwords: int = 0
    nfunc: int = 0  # function words among the words counted (the density of running text, as jusText reads it)


def _shape(s: str, ws: list[str] | None = None) -> str:
    if ws is None:
        ws = words(s)
    n = len(ws)
    if n == 0:
        return EMPTY
    fw = function_words()
    # Only "one" and "two or more" function words matter below: stop counting at two.
    nf = 0
    for w in ws:
        if w.lower() in fw:
            nf += 1
            if nf == 2:
                break
    colon = s.rstrip("\"“”«»’)'")[-1:] == ":"
    if _SHORT_CRY.fullmatch(s) and n <= _MAX_HEAD_WORDS:
        return HEAD  # a headline that asks or exclaims: no full stop, no second sentence
    if (n >= (8 if colon else 5) and nf >= 1 and ends_sentence(s)) or (n >= 18 and nf >= 2):
        return PROSE
    # Running text cut off by the scraper: a finished sentence inside, the next one cut.
    if n >= 8 and nf >= 2 and _INNER_STOP.search(s):
        return PROSE
    if ends_sentence(s) and s.rstrip("\"“”«»’)'")[-1:] != ":" and n >= 2:
        return SENT
    return HEAD


#: Every word-count threshold of the layout rules lies below this many words.
_ENOUGH_WORDS = 61


def _unit_words(s: str) -> list[str]:
    """The words of the unit ``s``, or of a prefix of it that decides every rule the same way.

    The rules ask whether a unit has up to 60 words and up to two function words: for a long paragraph
    (an article on one line) a prefix with 61 words and two function words answers all of that.
    """
    if len(s) > 1000:
        head = words(s[:700])
        if len(head) >= _ENOUGH_WORDS:
            fw = function_words()
            found = 0
            for w in head:  # two are enough: stop there (the first words of prose hold them)
                if w.lower() in fw:
                    found += 1
                    if found == 2:
                        return head
    return words(s)


def _features(text: str, u: Unit) -> _U:
    s = text[u.start : u.end]
    ws = _unit_words(s)
    nfunc = count_function_words(ws)
    x = _U(u.start, u.end, u.gap, s, _shape(s, ws), lines=u.lines, nwords=len(ws), nfunc=nfunc)
    if s.endswith(")"):
        tc = bp.trailing_credit(s)
        if tc is not None:
            # A unit with a closing credit has the shape of its text without it (``... ausgefallen. (APA,
            # 12.9.2015)``), as it will have once the credit is cut: a second pass reads it so.
            x.shape = _shape(s[:tc].rstrip())
    x.cue = bp.cue_kind(s)
    if x.cue is None and len(ws) <= 60 and bp.is_interface_text(s, ws, prose=x.shape == PROSE):
        x.cue = "other"
    if (len(s) <= 140 and x.cue is None) or (len(s) <= 600 and s.startswith("(")):
        x.credit = bp.is_credit_line(s)
    cap = bp.caption_tail(s)
    if cap is not None:
        x.cap_at = u.start + cap
    st = find_stamp(s)
    if st is not None and (is_stamp_unit(s, st) or (st.start <= 1 and x.shape != PROSE)):
        x.stamp = st
    elif len(s) <= 25:
        x.time = time_only(s)
    x.byline = byline(s) if len(s) <= 200 else None
    return x


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


def _is_headline(x: _U) -> bool:
    return (
        x.shape == HEAD and 1 <= x.nwords <= _MAX_HEAD_WORDS and x.cue is None and not x.credit
        and not glued_list(x.text) and x.lines == 1
        and _BARE_CREDIT.match(x.text) is None  # ``Quelle: ntv.de``, ``Foto: Keystone``: a credit, not a headline
    )


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


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
    multi = [i for i in cands if us[i].nwords >= 2 and not is_name(us[i].text)]
    if page.forced_title is not None and page.forced_title in cands:
        multi = [page.forced_title]
    if len(multi) >= 2 and multi[-1] + 1 == page.body and any(
        _caption_unit(us[j]) or us[j].kind == "caption" for j in range(multi[-2] + 1, multi[-1])
    ):
        # Headline, picture, then a line right above the text: that line heads the first section.
        us[multi[-1]].role = ""
        page.body = multi[-1]
        multi = multi[:-1]
    if multi:
        page.title_i = _pick_title(us, multi, page.body) if page.forced_title is None else multi[-1]
    if page.title_i is not None:
        page.kicker_i = _kicker_line(us, page.title_i)
    for i in cands:
        if i in (page.title_i, page.kicker_i):
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
        and not (k > 0 and us[k - 1].role == "cand" and us[k - 1].shape == HEAD)
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
        page.title = text[s:e], Span(s, e)
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
        page.dateline = first.text[ps:pe], Span(first.span.start + ps, first.span.start + pe)
        if credit:
            page.add_agencies(bp.credit_agencies(credit))
        return
    for x in us:
        if x.start >= first.span.start:
            break
        if x.shape != PROSE and len(x.text) <= 60:
            d = dateline(x.text)
            if d is not None and d[3] == len(x.text):
                page.dateline = x.text[d[0] : d[1]], Span(x.start + d[0], x.start + d[1])
                if d[2]:
                    page.add_agencies(bp.credit_agencies(d[2]))


def _furniture(x: _U) -> bool:
    """Recognized page furniture: a cue, a credit, a caption (a date stamp is not: liveblog entries have one)."""
    return x.cue is not None or x.credit or _caption_unit(x)


def _region(us: list[_U]) -> tuple[int, int] | None:
    """The article region of the units (see :mod:`.region`)."""
    weights = [weight(prose_class(x.nwords, x.nfunc, furniture=_furniture(x)), x.nwords) for x in us]
    span = article_region(weights)
    return None if span is None else (span[0], region_end(weights, span[1]))


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
    if x.nwords > _NOTICE_WORDS or not bp.speaks_of_the_site(x.text, words(x.text)):
        return False
    if any(_starts_body(us, k) for k in range(i + 1, min(i + _NOTICE_REACH, len(us)))):
        x.cue = "other"
        return True
    return False


def _lead_above(us: list[_U], i: int) -> int:
    """``i``, or running text above it with only header furniture between (a lead over its byline and stamp)."""
    j = i - 1
    while j >= 0 and (_furniture(us[j]) or us[j].stamp is not None or us[j].byline is not None or us[j].time is not None
                      or is_name(us[j].text) or us[j].shape == EMPTY):
        j -= 1
    if j >= 0 and j < i - 1 and _starts_body(us, j):
        return _lead_above(us, j)
    return i


def _pick_title(us: list[_U], cands: list[int], body: int) -> int | None:
    """The headline among the candidate units ``cands`` above the body (see :mod:`.title`)."""
    lead = [us[i].text for i in range(body, min(body + 3, len(us))) if us[i].shape == PROSE]
    picked = best_title([Candidate(i, us[i].text) for i in cands], body, lead)
    return picked


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


def _stamp_tail(x: _U, boiler: list[Boilerplate]) -> None:
    """``21.10.2025, 19:09 Uhr Artikel anhören``: furniture after a date stamp on the same line."""
    assert x.stamp is not None
    rest = x.text[x.stamp.end :]
    s = len(rest) - len(rest.lstrip(" |,-–•"))
    rest = rest.strip(" |,-–•")
    if rest:
        kind = bp.cue_kind(rest)
        if kind is not None:
            rs = x.start + x.stamp.end + s
            boiler.append(Boilerplate(rest, Span(rs, rs + len(rest)), kind))


def _starts_body(us: list[_U], i: int) -> bool:
    """Running text that is not furniture, nor a caption sentence whose credit stands on the next line."""
    x = us[i]
    if x.shape != PROSE or x.cue is not None or x.credit or x.stamp is not None or _caption_unit(x):
        return False
    nxt = us[i + 1] if i + 1 < len(us) else None
    return not (nxt is not None and _credit_only(nxt) and x.nwords <= 40)


def _caption_unit(x: _U) -> bool:
    """The whole unit is a picture caption: a credit at its start, or a short text ending in a credit."""
    if x.cap_at is None:
        return False
    head = x.cap_at - x.start
    if head == 0:
        return True
    # A caption is a sentence or two; a longer paragraph only loses its glued credit.
    lead = x.text[:head]
    return len(words(lead)) <= 30 and len(_INNER_STOP.findall(lead)) <= 1


def _headerish(x: _U) -> bool:
    """Header furniture that may stand between a lead and the body: stamps, bylines, credits, cues."""
    return (
        x.role in ("bp", "header") or x.stamp is not None or x.time is not None
        or (x.byline is not None and len(x.text) <= 120) or x.cue is not None or _caption_unit(x)
        or _bullet(x) or x.credit or is_name(x.text) or x.shape == EMPTY
    )


def _bullet(x: _U) -> bool:
    return bool(_BULLET.match(x.text)) and x.shape != PROSE


def _dateline_of(x: _U) -> tuple[int, int, str | None, int] | None:
    return dateline(x.text) if x.shape == PROSE or len(x.text) < 40 else None


def _next_content(us: list[_U], i: int) -> int:
    """The next unit at or after ``i`` that is running text."""
    while i < len(us):
        x = us[i]
        if x.shape == PROSE and x.cue is None and not x.credit and x.stamp is None and not _caption_unit(x):
            return i
        i += 1
    return i


_RELATED_CUES = frozenset({"related"})


@cache
def _page_end_phrases() -> tuple[str, ...]:
    data = read_text("lexicons/layout_page_end.txt")
    return tuple(line.strip().lower() for line in data.splitlines() if line.strip() and not line.startswith("#"))


def _page_end(s: str) -> bool:
    """A copyright notice that closes the article (``Alle Rechte vorbehalten``), not a picture's credit
    (``Foto: dpa. Alle Rechte vorbehalten``)."""
    low = s.lower()
    return any(p in low for p in _page_end_phrases()) and not _PICTURE_WORD.search(s)


def _page_end_at(us: list[_U], start: int) -> int:
    """Where a copyright notice closes the article: a boilerplate unit after at least two paragraphs that
    is no picture credit (``Foto: dpa. Alle Rechte vorbehalten`` under a picture ends nothing, ``© Der
    Tagesspiegel. Alle Rechte vorbehalten.`` ends the article).
    ``len(us)`` when there is none.

    Computed before the body is read, so that the last paragraph is sought only before it and a second
    pass over the stripped text reads the same page.
    """
    prose = 0
    for i in range(start, len(us)):
        x = us[i]
        kind = _bp_kind(x) if x.role == "" else None
        if kind is None:
            if x.role == "" and (x.shape in (PROSE, SENT) or _asked(x)):
                prose += 1
            continue
        if prose >= 2 and _page_end(x.text):
            return i
    return len(us)


# A credit of a picture or graphic ("Foto: dpa. Alle Rechte vorbehalten", "Foto © dpa"), which closes nothing
# ("© BILD GmbH. Alle Rechte vorbehalten." names a publisher: the word in capitals is no picture word).
_PICTURE_WORD = regex.compile(
    r"\b(?:[Ff]otos?|FOTOS?|[Bb]ilder?|[Gg]rafik|GRAFIK|[Ii]llustration|[Vv]ideo|[Qq]uelle)\b"
)


@attrs.define(slots=True)
class _Body:
    """What the walk over the body carries from unit to unit: where the article ends (a copyright notice, the last
    running text, the region's end), the kind that propagates over a link list, and the headlines."""

    page: Page
    us: list[_U]
    start: int
    end_i: int
    last_prose: int
    headlines: set[str]
    region_end: int
    propagate: str | None = None
    through_prose: bool = False


def _body(page: Page, us: list[_U], headlines: set[str]) -> None:
    """Paragraphs, headings and boilerplate of the units from the body's start on."""
    start = page.body
    _header_leftovers(page, us)
    _bare_credit_captions(us, start)
    _teaser_triples(us, start)
    end_i = _page_end_at(us, start)
    last_prose = -1
    for i in range(end_i - 1, start - 1, -1):
        x = us[i]
        if x.shape == PROSE and x.role == "" and _bp_kind(x) is None:
            last_prose = i
            break
    region_end = page.region_end if page.region_end is not None else len(us)
    b = _Body(page, us, start, end_i, last_prose, headlines, region_end)
    i = start
    while i < len(us):
        i = _body_step(b, i)
    _sandwiched(us, start, page.boiler, page.paragraphs)
    _settle_headings(page.boiler, page.paragraphs)


def _header_leftovers(page: Page, us: list[_U]) -> None:
    """Header units before the body: boilerplate ones are reported; SENT/PROSE units left unassigned stay body."""
    for i in range(page.body):
        x = us[i]
        if x.role == "bp":
            _mark(x, x.kind, page.boiler)
        elif x.role == "":
            kind = _bp_kind(x)
            if kind is not None or x.shape in (HEAD, EMPTY):
                _mark(x, kind or "other", page.boiler)
            elif x.shape == PROSE:
                _paragraph(page.text, x, page.boiler, page.paragraphs, page.add_agencies)  # its credit cut
            else:
                x.role = "para"
                page.paragraphs.append(Paragraph(x.text, Span(x.start, x.end)))


def _body_step(b: _Body, i: int) -> int:
    """Decide the unit ``i`` of the body (or a run of short lines from it on); the index of the next one."""
    x = b.us[i]
    if x.role:
        return i + 1
    kind = _bp_kind(x)
    if kind is not None:
        _body_furniture(b, x, kind, i)
        return i + 1
    if _past_article(b, x, i) or _stamp_line(b, x, i) or _propagated(b, x, i):
        return i + 1
    b.propagate = None
    if x.shape == HEAD and i == len(b.us) - 1 and _cut_text(x.text):
        x.shape = PROSE  # the scraper's excerpt ends inside the last paragraph
    if _text_unit(b, x, i):
        return i + 1
    return _short_lines(b, x, i)


def _body_furniture(b: _Body, x: _U, kind: str, i: int) -> None:
    """A unit with a boilerplate cue: marked, its credit read, and the kind it hands on to what follows."""
    page = b.page
    _mark(x, kind, page.boiler)
    if x.credit:
        page.add_agencies(bp.credit_agencies(x.text))
        _report_author(x.text, page.authors)
    if kind in _RELATED_CUES and x.nwords <= 8:
        b.propagate, b.through_prose = kind, x.nwords <= 5
    elif i == b.end_i:
        b.propagate, b.through_prose = "page-end", True  # the copyright line closes the article
    elif (
        kind == "comments" and _comments_header(x) and len(page.paragraphs) >= 2 and 2 * x.start >= len(page.text)
    ):
        # A comment section opens in the second half of the page and runs to its end.
        b.propagate, b.through_prose = "comments-all", True
    elif b.propagate not in ("comments-all", "page-end"):
        b.propagate = None


def _past_article(b: _Body, x: _U, i: int) -> bool:
    """Running text past the region, the comments and what follows the page's end, a copy of the headline."""
    boiler = b.page.boiler
    if i >= b.region_end and x.shape == PROSE:
        _mark(x, "other", boiler)  # running text past the article's region: teasers, bios, appeals
    elif b.propagate == "comments-all":
        _mark(x, "comments", boiler)
    elif b.propagate == "page-end":
        _mark(x, "other", boiler)
    elif x.shape != PROSE and _norm(x.text) in b.headlines and not _asked(x):
        # (A question of the text stays, alone or in a run, even where it repeats the headline: "Wer zahlt
        # die Rechnung?" may close the article; a sentence is worth more than a removed copy.)
        _mark(x, "other", boiler)  # the headline again (page title, teaser box): a copy, not body text
    else:
        return False
    return True


def _stamp_line(b: _Body, x: _U, i: int) -> bool:
    """A date stamp line in the body: an entry's date in a link list after the article, or a liveblog entry's."""
    if x.stamp is None or x.shape == PROSE:
        return False
    signoff = x.text.startswith("(")  # "(Renate Graber, 28.5.2025)": the article's own closing line
    after = i > b.last_prose and not signoff
    if after and b.propagate is not None:
        _mark(x, b.propagate, b.page.boiler)  # the date of an entry in a link list after the article
    elif after and i > b.start and b.us[i - 1].role == "bp" and b.us[i - 1].kind == "related":
        # The same without a cue above the list: a stamp line among link-list lines after the article.
        _mark(x, "related", b.page.boiler)
    else:
        x.role = "skip"  # liveblog entry stamps: header material of the entry, not body text
        b.propagate = None
    return True


def _propagated(b: _Body, x: _U, i: int) -> bool:
    """A line of the list a cue opened (``Mehr zum Thema``): it takes the cue's kind."""
    if b.propagate is not None and (x.shape != PROSE or (b.through_prose and _link_list_at(b.us, i))):
        _mark(x, b.propagate, b.page.boiler)
        return True
    return False


def _text_unit(b: _Body, x: _U, i: int) -> bool:
    """A paragraph, a sentence, a caption repeated without its credit, a byline or an author box."""
    page, us = b.page, b.us
    prev = us[i - 1] if i > 0 else None
    if (
        prev is not None and prev.role == "bp" and prev.kind == "caption" and len(x.text) >= 20
        and prev.text.startswith(x.text)
    ):
        _mark(x, "caption", page.boiler)  # the same caption again without its credit
    elif x.shape == PROSE:
        _paragraph(page.text, x, page.boiler, page.paragraphs, page.add_agencies)
    elif x.shape == EMPTY:
        _mark(x, "other", page.boiler)  # digits or signs only: counters, page numbers, ornaments
    elif x.shape == SENT:
        x.role = "para"
        page.paragraphs.append(Paragraph(x.text, Span(x.start, x.end)))
    elif x.byline is not None and len(x.text) <= 80 and x.byline[0] and all(is_person(a) for a in x.byline[0]):
        # ``Von Anna Muster`` under the article: the writer's byline, header material wherever it stands.
        x.role = "header"
        page.add_authors(x.byline[0])
    elif is_name(x.text) and not _heads_text(us, i + 1):
        # A writer's name standing alone in the body, not heading a paragraph: an author box.
        _mark(x, "other", page.boiler)
        if is_person(x.text):
            page.add_authors([x.text])
    else:
        return False
    return True


def _heads_text(us: list[_U], i: int) -> bool:
    """The unit ``i`` is running text that is no furniture."""
    return i < len(us) and us[i].shape == PROSE and _bp_kind(us[i]) is None


def _short_lines(b: _Body, x: _U, i: int) -> int:
    """A run of short non-sentence lines from ``i`` on: navigation or a link list, a list of the article's own,
    or (one line before running text) a heading.  The index after the run."""
    us, page, n = b.us, b.page, len(b.us)
    j = i
    while j < n and us[j].role == "" and us[j].shape == HEAD and _bp_kind(us[j]) is None and us[j].stamp is None:
        j += 1
    run = j - i
    after_last = i > b.last_prose
    nxt = us[j] if j < n else None
    leads_text = nxt is not None and nxt.role == "" and _bp_kind(nxt) is None and nxt.shape in (PROSE, SENT)
    leads_text = leads_text or (nxt is not None and nxt.stamp is not None)
    if run >= 2 and not after_last and leads_text and j < b.region_end and _list_in_prose(us, i, j, page.paragraphs):
        # A list between paragraphs of the article (tips, ingredients, spec rows) is its text.
        for k in range(i, j):
            us[k].role = "para"
            page.paragraphs.append(Paragraph(us[k].text, Span(us[k].start, us[k].end)))
        return j
    if run >= 2 or after_last or not leads_text:
        short = all(us[k].nwords <= 3 for k in range(i, j))
        for k in range(i, j):
            if _asked(us[k]):
                # Questions or exclamations in a row are sentences, not a link list.
                us[k].role = "para"
                page.paragraphs.append(Paragraph(us[k].text, Span(us[k].start, us[k].end)))
                continue
            _mark(us[k], "other" if short or (after_last and run == 1) else "related", page.boiler)
        return j
    if _GLUED_HEADLINES.search(x.text):
        _mark(x, "related", page.boiler)
    else:
        x.role = "heading"
        page.paragraphs.append(Paragraph(x.text, Span(x.start, x.end), "heading"))
    return i + 1


def _list_in_prose(us: list[_U], i: int, j: int, paragraphs: list[Paragraph]) -> bool:
    """The run of short lines ``us[i:j]`` stands between paragraphs of running text: a paragraph of the body
    before it, running text right after it."""
    if not (paragraphs and paragraphs[-1].kind == "paragraph" and us[i - 1].role == "para"):
        return False
    marked = sum(1 for k in range(i, j) if _LIST_ITEM.search(us[k].text))
    return 2 * marked >= j - i


# The marks of an item of a list inside an article (a bullet or a number, a ``label: value`` pair, a figure, an
# open end, a lower-case start or a leading quantity), which the labels and headlines of link lists lack.
_LIST_ITEM = regex.compile(r"^(?:[-•·▪*+]|\d{1,2}[.)])\s|^\p{Ll}|^\d|\p{L}:\s(?![\"„“»«])|[,;.]$")


def _settle_headings(boiler: list[Boilerplate], paragraphs: list[Paragraph]) -> None:
    """Headings that end up with no text under them (another heading or the end follows) are not headings.

    What separated them in the input (a date stamp, a removed block) is gone from the stripped text, so
    they are judged as they will read there: a run of short lines or a line after the last paragraph.
    """
    while True:
        drop: set[int] = set()
        for k, p in enumerate(paragraphs):
            if p.kind != "heading":
                continue
            nxt = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
            if nxt is None or nxt.kind == "heading":
                drop.add(k)
                if nxt is not None:
                    drop.add(k + 1)
        if not drop:
            return
        for k in sorted(drop):
            p = paragraphs[k]
            boiler.append(Boilerplate(p.text, p.span, "other"))
        paragraphs[:] = [p for k, p in enumerate(paragraphs) if k not in drop]


def _sandwiched(us: list[_U], start: int, boiler: list[Boilerplate], paragraphs: list[Paragraph]) -> None:
    """A short body line between two removed blocks belongs to them (menus, widgets, author boxes)."""
    drop: set[int] = set()
    for i in range(max(start, 1), len(us) - 1):
        x = us[i]
        if x.role not in ("para", "heading") or x.nwords > 40:
            continue
        if x.nwords > 15 and not bp.ui_word_count(x.text):
            continue
        if us[i - 1].role == "bp" and us[i + 1].role == "bp":
            x.role, x.kind = "bp", us[i - 1].kind
            boiler.append(Boilerplate(x.text, Span(x.start, x.end), x.kind))
            drop.add(x.start)
    if drop:
        paragraphs[:] = [p for p in paragraphs if p.span.start not in drop]


def _link_item(x: _U) -> bool:
    """One entry of a list of links: a headline, possibly with a one-sentence summary glued to it."""
    if x.role or x.stamp is not None or _bp_kind(x) is not None:
        return False
    if x.shape == HEAD:
        return True
    return x.shape == PROSE and x.nwords <= 30 and not _INNER_STOP.search(x.text)


def _link_list_at(us: list[_U], i: int) -> bool:
    """Whether a run of at least two link entries starts at ``i`` (one short paragraph alone is body)."""
    return i + 1 < len(us) and _link_item(us[i]) and _link_item(us[i + 1])


def _credit_only(x: _U) -> bool:
    """A picture credit standing on its own line: ``Foto: Keystone``, ``(Foto: picture alliance/dpa)``."""
    return x.cap_at == x.start or (x.cue == "caption" and x.nwords <= 12)


def _teaser_triples(us: list[_U], start: int) -> None:
    """Headline, one short paragraph, then ``Author, Place 18.10.2019, 19:33``: a teaser of another article."""
    for i in range(max(start, 2), len(us)):
        x = us[i]
        if x.stamp is None or x.stamp.start < 5:
            continue
        lead = x.text[: x.stamp.start]
        if sum(1 for w in lead.split() if w[:1].isupper()) < 2:
            continue
        body, head = us[i - 1], us[i - 2]
        if body.shape == PROSE and body.nwords <= 60 and head.shape == HEAD and head.role == "":
            for y in (head, body, x):
                if y.role == "":
                    y.cue = "related"


def _asked(x: _U) -> bool:
    """A question or exclamation of running text (not a bare headline): ``Was sind die neuesten Methoden?``."""
    if not x.text.rstrip("\"“”«»’'").endswith(("?", "!")) or x.nwords < 4:
        return False
    return x.nfunc >= 2


def _cut_text(s: str) -> bool:
    """Running text cut off mid-sentence (the end of an excerpt)."""
    ws = words(s)
    fw = function_words()
    return len(ws) >= 6 and sum(1 for w in ws if w.lower() in fw) >= 2 and s[-1:].isalnum()


_BARE_CREDIT = regex.compile(r"(?:Fotos?|Bild|Bilder|Quelle|Foto/Quelle)\s*:", regex.IGNORECASE)


def _bare_credit_captions(us: list[_U], start: int) -> None:
    """``Caption sentence.`` / ``Foto:`` / ``Photographer``: a credit label on its own line takes its neighbours.

    A credit line (``Foto: Keystone``) right after a one-sentence line makes that line its caption.
    """
    # The last unit of running text: a paragraph closed by its agency credit is the article's last only after it.
    last_text = max((k for k in range(start, len(us)) if us[k].shape == PROSE and us[k].cue is None), default=-1)
    for i in range(max(start, 1), len(us)):
        x = us[i]
        bare = _BARE_CREDIT.fullmatch(x.text) is not None
        if not bare and not _credit_only(x):
            continue
        if _page_end(x.text):
            continue  # "© Der Tagesspiegel. Alle Rechte vorbehalten.": the page's notice, no picture's credit
        prev = us[i - 1]
        # A paragraph closed by the agency's credit ("... nicht bekannt. (dpa)") is the article's last, no caption.
        closed = i > last_text and prev.text.endswith(")") and bp.trailing_credit(prev.text) is not None
        if not bare:
            if (
                prev.role == "" and prev.cue is None and prev.shape in (SENT, PROSE)
                and prev.nwords <= 25 and not _INNER_STOP.search(prev.text) and not closed
            ):
                prev.cue = "caption"
            continue
        if prev.role == "" and prev.shape in (SENT, PROSE) and prev.nwords <= 25 and not closed:
            prev.cue = "caption"
        if i + 1 < len(us):
            nxt = us[i + 1]
            if nxt.role == "" and nxt.shape == HEAD and nxt.nwords <= 8:
                nxt.cue = "caption"


def _comments_header(x: _U) -> bool:
    return not any(c.isdigit() for c in x.text) or "anmelden" in x.text.lower()


def _report_author(s: str, authors: list[str]) -> None:
    m = regex.search(r"\((?:Bericht|Reporter|Reporterin|Geschrieben)\s+(?:von|:)\s+([^.;,()]{3,60})", s)
    if m is not None and is_name(m.group(1).strip()) and m.group(1).strip() not in authors:
        authors.append(m.group(1).strip())


def _bp_kind(x: _U) -> str | None:
    if x.cue is not None:
        return x.cue
    if x.credit:
        return "credit"
    if _caption_unit(x):
        return "caption"
    return None


def _mark(x: _U, kind: str, boiler: list[Boilerplate]) -> None:
    x.role, x.kind = "bp", kind
    if kind == "caption" and x.cap_at is not None and x.cap_at > x.start:
        # The caption sentence and its picture credit, each as it stands.
        e = x.cap_at
        while e > x.start and is_blank(x.text[e - x.start - 1]):
            e -= 1
        boiler.append(Boilerplate(x.text[: e - x.start], Span(x.start, e), kind))
        boiler.append(Boilerplate(x.text[x.cap_at - x.start :], Span(x.cap_at, x.end), kind))
        return
    boiler.append(Boilerplate(x.text, Span(x.start, x.end), kind))


def _cut_tail(
    text: str, x: _U, s: int, e: int, boiler: list[Boilerplate], add: Callable[[list[str]], None]
) -> int:
    """Where the text of ``x`` ends once a glued picture caption or closing credit is cut off ``text[s:e]``."""
    if x.cap_at is not None and x.cap_at > s:
        cs = x.cap_at
        boiler.append(Boilerplate(text[cs:e], Span(cs, e), "caption"))
        e = cs
    else:
        tc = bp.trailing_credit(text[s:e])
        if tc is None:
            return e
        cs = s + tc
        boiler.append(Boilerplate(text[cs:e], Span(cs, e), "credit"))
        add(bp.credit_agencies(text[cs:e]))
        e = cs
    while e > s and is_blank(text[e - 1]):
        e -= 1
    return e


def _paragraph(
    text: str, x: _U, boiler: list[Boilerplate], paragraphs: list[Paragraph], add: Callable[[list[str]], None]
) -> None:
    """A paragraph of running text, with a glued picture credit or closing credit cut off its end."""
    s, e = x.start, x.end
    head = bp.caption_head(x.text)
    if head is not None:
        boiler.append(Boilerplate(text[s : s + head], Span(s, s + head), "caption"))
        s = s + head
        while s < e and is_blank(text[s]):
            s += 1
    link = bp.trailing_link(text[s:e])
    if link is not None:
        le = s + bp.link_end(text[s:e])
        boiler.append(Boilerplate(text[s + link : le], Span(s + link, le), "related"))
        e = s + link
        while e > s and is_blank(text[e - 1]):
            e -= 1
    e = _cut_tail(text, x, s, e, boiler, add)
    body = text[s:e]
    for m in _VON_AGENCY.finditer(body):
        names = bp.credit_agencies(m.group("ag"))
        if names:
            add(names)
    x.role = "para"
    paragraphs.append(Paragraph(body, Span(s, e)))
