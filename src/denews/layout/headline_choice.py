"""The headline step: the title among the header's candidates (scored by :mod:`.title`), its kicker on the
line above or on its own line, and their text."""

from __future__ import annotations

import regex

from .. import boilerplate as bp
from ..blocks import EDGE_CHARS, Unit
from ..model import BoilerplateKind, Span
from ..tokenize import words
from .header import dateline, split_kicker
from .headline import MENU_WORDS, cut_site, headline_candidates, picture_between, subtitle
from .page import Page
from .page_lines import contents_entries, lone_ordinal
from .site_name import is_site_name, site_names
from .stamps import is_name, is_person
from .title import Candidate, best_title, crumbed, echo_start, furniture_shape
from .units import (
    _U,
    EMPTY,
    HEAD,
    PROSE,
    SENT,
    Role,
    _bp_kind,
    _caption_unit,
    _features,
    _furniture,
    _is_headline,
    _norm,
    _site_text,
)

# What a kicker loses at its end: the colon that ties it to the headline, and invisible edge characters
# (a soft hyphen or zero-width space there would not survive the kicker standing on a line of its own).
_KICKER_TRIM = "".join(sorted(EDGE_CHARS | {":", " "}))
# How many units above the headline a name line may stand and still credit the writer.
_BYLINE_REACH = 3
# How many units at the body's start give the lead words a headline shares (as in :func:`_pick_title`).
_LEAD_UNITS = 6
# How many units under a header line its own running text may stand (past a stamp, a byline, a picture).
_UNDER_REACH = 3
# A run of this many spaces inside a line parts the cells of a table or the columns of a layout glued into it
# (``Suche      <headline>      Mehr zu``).
_COLUMN_GAP = regex.compile(r"[ \t\u00a0]{6,}")
# A person's age in brackets in a tabloid headline (``Sängerin (†24)``): no date or number that keeps a line from
# being a kicker.  (In the stripped text such a headline stands over its dek, which wins there once the page's
# breadcrumb is gone: read as the dek's kicker, the line stays, and ``strip_boilerplate`` stays idempotent.)
_AGE = regex.compile(r"\(†\d{1,3}\)|(?<=\p{L}\s)\(\d{2}\)")  # (a part's number, ``Teil (2)``, is none)


def choose_headline(page: Page, us: list[_U]) -> None:
    """The title among the headline candidates, its kicker, and the roles of the other candidates."""
    cands = [i for i in range(page.body) if us[i].role is Role.CANDIDATE]
    # A person's name is a byline; a place standing alone (``Dübendorf -``) is the body's dateline; a breadcrumb
    # or a bullet is never the headline (see also title.best_title).
    lines = [x.text for x in us]
    multi = [i for i in headline_candidates(us, cands) if not furniture_shape(us[i].text, lone_ordinal(lines, i))]
    if page.body == len(us):
        # No body start found (each paragraph over a picture's credit line): the running text left in the
        # header stays body, so the headline stands above it; a line below it would follow the text in the
        # stripped text, where a second pass reads it as a stray line of the body.
        text_at = next((i for i in range(page.body) if left_text(us[i])), page.body)
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
        us[multi[-1]].role = Role.NONE
        page.body = multi[-1]
        multi = multi[:-1]
    if multi:
        page.title_i = _pick_title(us, multi, page) if page.forced_title is None else multi[-1]
    if page.title_i is not None:
        page.kicker_i = _kicker_line(us, page.title_i)
        if page.kicker_i is not None and not _holds_stripped(us, page.kicker_i, page.title_i, page.body):
            page.kicker_i = None  # left as boilerplate below
    sub = subtitle(us, page.title_i, page.body) if page.teaser_i is None else None
    if sub is not None:
        page.teaser_i = sub
        us[sub].role = Role.TEASER
    for i in cands:
        if i in (page.title_i, page.kicker_i, sub):
            continue
        x = us[i]
        # A person's name close to the headline credits the writer; names far above it are menu entries.
        if is_person(x.text) and (page.title_i is None or i >= page.title_i - _BYLINE_REACH):
            x.role = Role.HEADER
            page.add_authors([x.text])
        else:
            x.role, x.kind = Role.BOILERPLATE, BoilerplateKind.OTHER


def _kicker_line(us: list[_U], title_i: int) -> int | None:
    """The line above the title that is its kicker (a short headline-shaped line), if one is."""
    k = title_i - 1
    while k >= 0 and us[k].role in (Role.HEADER,) and us[k].stamp is None and us[k].time is None:
        k -= 1
    if (
        k >= 0
        and us[k].role is Role.CANDIDATE
        # A line in a run of short lines above the headline is a menu entry, not its kicker.
        and (not _in_menu(us, k) or _under_logo(us, k))
        and not furniture_shape(us[k].text)  # a breadcrumb is no kicker
        and us[k].nwords <= 6
        and not any(c.isdigit() for c in _AGE.sub("", us[k].text))
        # The headline repeated above itself (page title + h1) is no kicker: it is left as boilerplate.
        and _norm(us[k].text.rstrip(_KICKER_TRIM)) != _norm(us[title_i].text)
        # Nor is the headline's copy that its line prints after a kicker of its own (a breadcrumb's item).
        and echo_start(us[title_i].text, [us[k].text]) is None
        # A boilerplate label is never a kicker: trimmed of its colon it would be stripped next time ("X:").
        and bp.cue_kind(us[k].text.strip(_KICKER_TRIM)) is None
        # Nor is the site's own name (its logo), as it is no headline (read last: it reads the whole page).
        and not is_site_name(us[k].text, site_names([x.text for x in us]))
    ):
        return k
    return None


def left_text(x: _U) -> bool:
    """A header unit left unassigned that stays body as running text (see ``body._header_leftovers``)."""
    return x.role is Role.NONE and x.shape in (PROSE, SENT) and _bp_kind(x) is None and not _site_text(x)


def _holds_stripped(us: list[_U], kicker: int, title: int, body: int) -> bool:
    """Whether the headline still wins over its kicker in the stripped text.

    There the two stand alone above the lead, with nothing between them and the text: the furniture and
    stamps that counted for the choice here are gone, and the lead words are read from the running text kept.
    A kicker that would win there would become the title of a second pass, and the headline would be
    dropped: ``strip_boilerplate`` would not be idempotent.
    """
    # There the lead starts at the first running text under the headline that stays body, which may stand
    # above the body's start (a lead over a picture's credit line is left in the header as running text).
    start = next((i for i in range(title + 1, body) if left_text(us[i])), body)
    kept = (x for x in us[start:] if not _stripped(x))
    lead = [x.text for _, x in zip(range(_LEAD_UNITS), kept, strict=False) if x.shape == PROSE]
    pair = [Candidate(0, us[kicker].text.rstrip(_KICKER_TRIM)), Candidate(1, us[title].text)]
    return best_title(pair, 2, lead) == 1


def _stripped(x: _U) -> bool:
    """A unit that a stripped text no longer holds, by its own features: furniture, a stamp, a byline, a time."""
    return _furniture(x) or x.stamp is not None or x.byline is not None or x.time is not None or x.shape == EMPTY


def _under_logo(us: list[_U], k: int) -> bool:
    """Whether the line right above ``k`` is the site's own name: its logo is no menu line over a kicker."""
    return k > 0 and is_site_name(us[k - 1].text, site_names([x.text for x in us]))


def _in_menu(us: list[_U], k: int) -> bool:
    """Whether the short line ``k`` stands in a menu: a menu line above it, past the widgets a cue names (a
    share button, an audio player) and breadcrumbs, which stand on their own in a menu or over a kicker."""
    j = k - 1
    while j >= 0 and us[j].shape == HEAD and (us[j].cue is not None or furniture_shape(us[j].text)):
        j -= 1
    return j >= 0 and _menu_line(us[j])


def _menu_line(x: _U) -> bool:
    """A line of a menu: a headline candidate, or a short line found to be furniture by its place."""
    furniture = x.role is Role.BOILERPLATE and x.nwords <= MENU_WORDS and x.cue is None
    return x.shape == HEAD and (x.role is Role.CANDIDATE or furniture)


def _pick_title(us: list[_U], cands: list[int], page: Page) -> int | None:
    """The headline among the candidate units ``cands`` above the body (see :mod:`.title`); the entries of a
    table of contents whose sections the article's text heads are left out."""
    body = page.body
    lead = [us[i].text for i in range(body, min(body + _LEAD_UNITS, len(us))) if us[i].shape == PROSE]
    lines = [x.text for x in us]
    found = [
        Candidate(i, us[i].text, crumbed=crumbed(lines, i), under=_prose_under(us, i, body),
                  ordinal=lone_ordinal(lines, i))
        for i in cands
    ]
    toc = contents_entries([(c.index, c.text) for c in found], lines[body : page.region_end])
    return best_title([c for k, c in enumerate(found) if k not in toc], body, lead, lines)


def _prose_under(us: list[_U], i: int, body: int) -> str:
    """The text of the running-text unit at most ``_UNDER_REACH`` units under the header line ``i`` (past its
    stamp, byline or picture, not past another headline-shaped line: a kicker's text is its headline's), or
    ``""``."""
    for j in range(i + 1, min(i + 1 + _UNDER_REACH, body)):
        if us[j].shape == PROSE:
            return us[j].text if us[j].role is Role.NONE else ""
        if us[j].role is Role.CANDIDATE:
            break
    return ""


def headline_text(page: Page, us: list[_U]) -> None:
    """The title's and kicker's text and spans: a kicker line trimmed of its colon, or a kicker split off the
    title's own line."""
    text = page.text
    if page.title_i is not None:
        t = us[page.title_i]
        t.role = Role.TITLE
        s, e = _widest_cell(text, t.start, t.end)
        # (The kicker's cut is read on the whole line: none in a line of cells.)
        whole = (s, e) == (t.start, t.end)
        cut = _kicker_cut(t.text, us) if page.kicker_i is None and whole else None
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
            us[page.kicker_i].role, us[page.kicker_i].kind = Role.BOILERPLATE, BoilerplateKind.OTHER
            page.kicker_i = None
    if page.kicker_i is not None:
        ku = us[page.kicker_i]
        ku.role = Role.KICKER
        ks, ke = ku.start, ku.end
        while ke > ks and text[ke - 1] in _KICKER_TRIM:
            ke -= 1
        page.kicker = text[ks:ke], Span(ks, ke)


def _widest_cell(text: str, s: int, e: int) -> tuple[int, int]:
    """The span of the cell with the most words in ``text[s:e]`` where wide gaps of spaces part it into cells
    (columns glued into one line), else ``(s, e)``."""
    gaps = list(_COLUMN_GAP.finditer(text, s, e))
    if not gaps:
        return s, e
    bounds = [s, *(b for m in gaps for b in (m.start(), m.end())), e]
    cells = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
    return max(cells, key=lambda c: len(words(text[c[0] : c[1]])))


def _kicker_cut(line: str, us: list[_U]) -> tuple[int, int] | None:
    """Where a kicker on the title's line ends and the title starts, where the split reads back the same: at a
    kicker's mark, or where the headline the page prints again starts (see :func:`.title.echo_start`)."""
    cut = split_kicker(line)
    if cut is None:
        at = echo_start(line, [x.text for x in us])
        cut = None if at is None else (at, at)
    if cut is None or not _fair_split(line, *cut):
        return None
    # A boilerplate label is never a kicker: on its own line it would be stripped next time.
    if bp.cue_kind(line[: cut[0]].strip(_KICKER_TRIM)) is not None:
        return None
    return cut


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
