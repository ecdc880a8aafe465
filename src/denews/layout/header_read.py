"""The header above the body: roles of its lines (stamps, bylines, furniture, headline candidates), the
header's dates, and the dateline of the body's first paragraph."""

from __future__ import annotations

import datetime as dt

import attrs

from .. import credit_lines as cl
from ..model import BoilerplateKind, Span
from .header import dateline
from .page import Page
from .stamps import StampRole, find_stamp, is_person
from .units import (
    _U,
    PROSE,
    SENT,
    Role,
    _caption_unit,
    _credit_only,
    _is_headline,
    _norm,
    _stamp_tail,
    cry_line,
)


def read_header(page: Page, us: list[_U]) -> None:
    """Roles of the units above the body: stamps, bylines, furniture and headline candidates (``cand``)."""
    seen: dict[str, int] = {}
    pending_time: tuple[int, int] | None = None
    for i in range(page.body):
        x = us[i]
        if i == page.teaser_i:
            x.role = Role.TEASER
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
            x.role = Role.HEADER
            pending_time = x.time
        elif x.byline is not None and len(x.text) <= 120:
            x.role = Role.HEADER
            page.add_authors(x.byline[0])
            page.add_agencies(cl.credit_agencies(x.byline[1]))
        elif x.cue is not None:
            x.role, x.kind = Role.BOILERPLATE, x.cue
        elif _agency_byline(us, i):
            x.role = Role.HEADER  # ``APA/red``, ``(sda)``, ``Keystone-SDA`` under the headline: the agencies' byline
            page.add_agencies(cl.credit_agencies(x.text))
        elif x.credit:
            x.role, x.kind = Role.BOILERPLATE, BoilerplateKind.CAPTION
        elif _caption_unit(x):
            x.role, x.kind = Role.BOILERPLATE, BoilerplateKind.CAPTION
            # The caption sentence before a credit that stands on its own line.
            prev = us[i - 1] if i > 0 else None
            if (
                _credit_only(x) and prev is not None and prev.role is Role.NONE and prev.shape in (SENT, PROSE)
                and prev.nwords <= 40
            ):
                prev.role, prev.kind = Role.BOILERPLATE, BoilerplateKind.CAPTION
        elif _is_headline(x) or cry_line(x):
            x.role = Role.CANDIDATE



def _agency_byline(us: list[_U], i: int) -> bool:
    """A source credit naming agencies (no picture's credit) right under a headline, a stamp, a byline or the lead,
    where a byline stands; under a caption's sentence it is the picture's credit."""
    x = us[i]
    return (
        x.credit and i > 0 and us[i - 1].role in (Role.CANDIDATE, Role.HEADER, Role.TEASER)
        and cl.is_credit_line(x.text) and bool(cl.credit_agencies(x.text))
    )


def _repeated_line(us: list[_U], seen: dict[str, int], key: str, i: int) -> None:
    """A repeated header line (page title and h1, a menu entry and the headline): the copy nearest the text
    stays a headline candidate, the other is dropped."""
    x, prior = us[i], us[seen[key]]
    if prior.role is Role.CANDIDATE and _is_headline(x):
        prior.role, prior.kind = Role.BOILERPLATE, BoilerplateKind.OTHER
        seen[key] = i
        x.role = Role.CANDIDATE
    else:
        x.role, x.kind = Role.BOILERPLATE, BoilerplateKind.OTHER


#: How far after the first stamp of a line a second one may start (its label between them).
_SECOND_LEAD = 30


def _header_stamp(page: Page, x: _U, i: int, pending_time: tuple[int, int] | None) -> None:
    """A date stamp of the header, with a time that stood alone on the line before it."""
    assert x.stamp is not None
    x.role = Role.HEADER
    _stamp_tail(x, page.boiler)
    st = x.stamp
    if pending_time is not None and isinstance(st.value, dt.date) and not isinstance(st.value, dt.datetime):
        st = attrs.evolve(st, value=dt.datetime(st.value.year, st.value.month, st.value.day, *pending_time))
    page.stamps.append((i, st))
    _second_stamp(page, x, i)
    if x.byline is not None:
        page.add_authors(x.byline[0])
        page.add_agencies(cl.credit_agencies(x.byline[1]))


def _second_stamp(page: Page, x: _U, i: int) -> None:
    """``Erstellt: 12.03.2026; Aktualisiert: 13.03.2026``: a second stamp of the other role on the stamp's line."""
    assert x.stamp is not None
    second = find_stamp(x.text[x.stamp.end :], max_lead=_SECOND_LEAD)
    if second is not None and second.role is not StampRole.UNLABELLED and second.role is not x.stamp.role:
        page.stamps.append((i, second))


def header_after_teaser(page: Page, us: list[_U], start: int, end: int) -> None:
    """The header continues until the real body: stamps, bylines and names between the lead and it."""
    for j in range(start, end):
        y = us[j]
        if y.stamp is not None or y.time is not None or (y.byline is not None and len(y.text) <= 120):
            y.role = Role.HEADER
            if y.stamp is not None and not page.stamps:
                page.stamps.append((j, y.stamp))
                _second_stamp(page, y, j)
            if y.byline is not None:
                page.add_authors(y.byline[0])
                page.add_agencies(cl.credit_agencies(y.byline[1]))
        elif is_person(y.text):
            y.role = Role.HEADER
            page.add_authors([y.text])


def header_dates(page: Page) -> None:
    """``published`` and ``updated`` from the header's stamps (the first of each role)."""
    for _, st in page.stamps:
        if st.role is StampRole.UPDATED:
            if page.updated is None:
                page.updated = st.value
        elif page.published is None:
            page.published = st.value


def _under_lead(us: list[_U], body: int) -> list[_U]:
    """The stamp lines the body reads between its first and second paragraph (a stamp under the lead)."""
    out: list[_U] = []
    paras = 0
    for x in us[body:]:
        if x.role is Role.PARAGRAPH:
            paras += 1
            if paras > 1:
                break
        elif x.role is Role.SKIP and x.stamp is not None and paras == 1:
            out.append(x)
    return out


def late_stamp(us: list[_U], body: int, *, want_updated: bool) -> dt.date | dt.datetime | None:
    """A publication stamp outside the header.

    A stamp labelled as the publication (``Publiziert: 03.04.2020, 12:35``) counts wherever it stands;
    without any stamp in the header, so does a bare stamp line right after the first paragraph
    (video and gallery pages put the date under the lead).
    """
    for x in us:
        if x.stamp is not None and x.stamp.role is StampRole.PUBLISHED:
            return x.stamp.value
    if want_updated:
        return None
    bare = (x.stamp for x in _under_lead(us, body) if x.stamp is not None)
    return next((st.value for st in bare if st.role is StampRole.UNLABELLED), None)


def late_updated(us: list[_U], body: int) -> dt.date | dt.datetime | None:
    """An update stamp outside the header: sharing its line with a publication stamp (``Erstellt: ...;
    Aktualisiert: ...``), or on its own line right after the first paragraph."""
    for x in us:
        if x.stamp is not None and x.stamp.role is StampRole.PUBLISHED:
            second = find_stamp(x.text[x.stamp.end :], max_lead=_SECOND_LEAD)
            if second is not None and second.role is StampRole.UPDATED:
                return second.value
    under = (x.stamp for x in _under_lead(us, body) if x.stamp is not None)
    return next((st.value for st in under if st.role is StampRole.UPDATED), None)


def lead_bylines(page: Page, us: list[_U]) -> None:
    """The writers named on a stamp's line under the first paragraph (``Aktualisiert: ... · Von X``)."""
    if page.authors:
        return
    for x in _under_lead(us, page.body):
        if x.byline is not None:
            page.add_authors(x.byline[0])
            page.add_agencies(cl.credit_agencies(x.byline[1]))


def _header_between(us: list[_U], start: int, end: int) -> bool:
    """A stamp or a byline read as the header's between the offsets: the first paragraph stood over it."""
    return any(
        start <= x.start < end and x.role in (Role.SKIP, Role.HEADER) and (x.stamp is not None or x.byline is not None)
        for x in us
    )


def _paragraph_dateline(page: Page, text: str, at: int) -> bool:
    """The dateline opening the paragraph ``text`` (at offset ``at``), after a leading stamp; whether one was read."""
    pos = 0
    lead = find_stamp(text, max_lead=2)
    if lead is not None and lead.start <= 1:
        pos = lead.end
        while pos < len(text) and text[pos] in " )":
            pos += 1
        if page.published is None and page.updated is None:
            page.published = lead.value
    d = dateline(text, pos, after_stamp=pos > 0, glued=True)
    if d is None:
        return False
    ps, pe, credit, _ = d
    if pe > ps:  # ``(dpa) - ...`` names an agency without a place
        page.dateline = text[ps:pe], Span(at + ps, at + pe)
    if credit:
        page.add_agencies(cl.credit_agencies(credit))
    return True


def find_dateline(page: Page, us: list[_U]) -> None:
    """The place before the first sentence of the body (after a leading stamp), or standing on its own line
    right before the body (``Dübendorf -``); where a stamp or byline stands under the first paragraph (a lead
    the body starts with), the place opening the paragraph under it."""
    paras = [p for p in page.paragraphs if p.kind == "paragraph"][:2]
    if not paras:
        return
    first = paras[0]
    if _paragraph_dateline(page, first.text, first.span.start):
        return
    if (
        len(paras) > 1 and _header_between(us, first.span.end, paras[1].span.start)
        and _paragraph_dateline(page, paras[1].text, paras[1].span.start)
    ):
        return
    for x in us:
        if x.start >= first.span.start:
            break
        if x.shape != PROSE and len(x.text) <= 60:
            d = dateline(x.text)
            if d is not None and d[3] == len(x.text) and d[1] > d[0]:
                page.dateline = x.text[d[0] : d[1]], Span(x.start + d[0], x.start + d[1])
                if d[2]:
                    page.add_agencies(cl.credit_agencies(d[2]))
