"""The body: paragraphs, headings and boilerplate of the units from the body's start on, in one walk."""

from __future__ import annotations

from collections import Counter

import attrs

from .. import boilerplate as bp
from .. import credit_lines as cl
from ..model import Boilerplate, BoilerplateKind, Paragraph, Span
from ..tokenize import function_words, words
from .body_marks import Closing, contact_sentence, credited_byline, signed, writers
from .list_facts import closes_text
from .lists import PageFacts, _is_label, link_list_at, run_above, short_lines, teaser_triples
from .page import Page
from .page_end import page_end_at, sandwiched
from .reference_lines import data_row, data_value
from .stamps import is_name, is_person
from .tail import article_end, cut_after
from .title import furniture_shape, interface_share
from .units import (
    _BARE_CREDIT,
    _INNER_STOP,
    _U,
    EMPTY,
    HEAD,
    PROSE,
    SENT,
    Role,
    _asked,
    _bp_kind,
    _comments_header,
    _credit_only,
    _cut_text,
    _mark,
    _norm,
    _page_end,
    _paragraph,
    _report_author,
    _site_text,
)

_RELATED_CUES = frozenset({BoilerplateKind.RELATED})


@attrs.define(slots=True)
class _Body:
    """What the walk over the body carries from unit to unit: where the article ends (a copyright notice, the last
    running text, the region's end, the furniture closing the page), the kind that propagates over a link list,
    and the headlines."""

    page: Page
    us: list[_U]
    start: int
    end_i: int
    last_prose: int
    headlines: set[str]
    region_end: int
    tail: int
    facts: PageFacts
    propagate: BoilerplateKind | Closing | None = None
    through_prose: bool = False


def _body(page: Page, us: list[_U], headlines: set[str]) -> None:
    """Paragraphs, headings and boilerplate of the units from the body's start on."""
    start = page.body
    facts = PageFacts(page, us)
    _header_leftovers(page, us, facts)
    _bare_credit_captions(us, start)
    teaser_triples(us, start)
    end_i = page_end_at(us, start)
    last_prose = -1
    for i in range(end_i - 1, start - 1, -1):
        x = us[i]
        if x.shape in (PROSE, SENT) and x.role is Role.NONE and _bp_kind(x) is None:
            last_prose = i
            break
    region_end = page.region_end if page.region_end is not None else len(us)
    tail = len(us)  # where the furniture lines (cues, menus) closing the page start
    while tail > start and (us[tail - 1].cue is not None or furniture_shape(us[tail - 1].text)):
        tail -= 1
    b = _Body(page, us, start, end_i, last_prose, headlines, region_end, tail, facts)
    i = start
    while i < len(us):
        i = _body_step(b, i)
    sandwiched(us, start, page.boiler, page.paragraphs)
    head = [t[0] for t in (page.kicker, page.title, page.teaser) if t is not None]
    end = article_end(us, start, head)
    if end is not None:
        cut_after(us, end, page.boiler, page.paragraphs)
    _settle_headings(page.boiler, page.paragraphs)


def _header_leftovers(page: Page, us: list[_U], facts: PageFacts) -> None:
    """Header units before the body: boilerplate ones are reported; SENT/PROSE units left unassigned stay body,
    and so do the article's lists and headings among them (see :func:`.lists.run_above`)."""
    # (A region holding no running text, a results list or a table alone: its rows under the first one kept are
    # the page's text.)
    data = page.region_end is not None and page.body >= page.region_end
    i = 0
    while i < page.body:
        j = run_above(page, us, i, facts)
        if j > i:
            i = j
            continue
        x = us[i]
        i += 1
        if data and x.kind is BoilerplateKind.OTHER and not _is_label(x) and (
            (page.paragraphs and data_row(x)) or data_value(us, i - 1)
        ):
            x.role = Role.PARAGRAPH  # (under the table's first row; a headline candidate not chosen is boilerplate)
            page.paragraphs.append(Paragraph(x.text, Span(x.start, x.end)))
        elif (
            x.role in (Role.NONE, Role.BOILERPLATE)
            and x.kind is BoilerplateKind.OTHER
            and _over_first_text(page, us, i - 1, facts)
        ):
            x.role = Role.HEADING  # (a headline candidate not chosen is boilerplate by now)
            page.paragraphs.append(Paragraph(x.text, Span(x.start, x.end), "heading"))
        elif x.role is Role.BOILERPLATE:
            _mark(x, x.kind, page.boiler)
        elif x.role is Role.NONE:
            kind = _bp_kind(x)
            if kind is not None or x.shape in (HEAD, EMPTY) or _site_text(x) or _menu_row(x):
                _mark(x, kind or BoilerplateKind.OTHER, page.boiler)  # (a notice of the site above the article too)
            elif x.shape == PROSE:
                _paragraph(page.text, x, page.boiler, page.paragraphs, page.add_agencies)  # its credit cut
            else:
                x.role = Role.PARAGRAPH
                page.paragraphs.append(Paragraph(x.text, Span(x.start, x.end)))


#: A menu's entries printed on one line: so many words at least, not one punctuation mark, and under this share
#: of function words (the glue of sentences: a paragraph's last sentence without its full stop still has them).
_ROW_WORDS = 15
_ROW_FUNCTION = 0.2
_PUNCT = frozenset(".,;:!?")


def _menu_row(x: _U) -> bool:
    """Whether unit ``x`` above the body is a menu's row read as running text."""
    if x.nwords < _ROW_WORDS or any(c in _PUNCT for c in x.text):
        return False
    ws = words(x.text)
    fw = function_words()
    return sum(w.lower() in fw for w in ws) < _ROW_FUNCTION * len(ws)


#: The line over the article's first text reads as its words with so many words at least (a topic label has one).
_OVER_MIN_WORDS = 2


def _over_first_text(page: Page, us: list[_U], i: int, facts: PageFacts) -> bool:
    """The line right over the body's first paragraph that reads as part of the article: a
    heading, a quotation over the lead, the opening words the lead sentence goes on from.  Never furniture, a
    menu entry, a line printed elsewhere on the page, or a label of one word; it must show the text's own
    voice: function words, a quotation mark, or a lead that goes on in lower case."""
    x, first = us[i], page.body
    # (Not over a teaser: the body, where the line would stand, follows the teaser in the text read.)
    if i + 1 != first or first >= len(us) or x.shape != HEAD or x.nwords < _OVER_MIN_WORDS:
        return False
    if x.stamp is not None or x.time is not None or x.byline is not None or _bp_kind(x) is not None:
        return False
    if furniture_shape(x.text) or interface_share(x.text) >= 0.5 or facts.repeated(i, Counter([_norm(x.text)])) > 0:
        return False
    lead = us[first].text.lstrip("\"„“”«»' ")
    return x.nfunc >= 1 or x.text[:1] in _QUOTES or lead[:1].islower()


_QUOTES = frozenset("\"„“”«»‚‘›‹")


def _body_step(b: _Body, i: int) -> int:
    """Decide the unit ``i`` of the body (or a run of short lines from it on); the index of the next one."""
    x = b.us[i]
    if x.role is not Role.NONE:
        return i + 1
    kind = _bp_kind(x)
    if i > b.last_prose and credited_byline(x, kind):
        kind = None  # ``Text: A / Fotos: B``, ``A | dpa`` under the text: the writer's byline, read as the header's
    if kind is not None and not _voice_of_the_text(b, x, i) and not contact_sentence(b.us, i):
        _body_furniture(b, x, kind, i)
        return i + 1
    if _past_article(b, x, i) or _stamp_line(b, x, i) or _propagated(b, x, i):
        return i + 1
    b.propagate = None
    if x.shape == HEAD and i == b.tail - 1 and _cut_text(x.text) and not writers(x):
        x.shape = PROSE  # the excerpt ends inside the last paragraph (not a byline's ``Von A und B``)
    if _text_unit(b, x, i):
        return i + 1
    if _other_pages_label(b, x):
        _body_furniture(b, x, BoilerplateKind.RELATED, i)  # its entries follow it as a cue's do
        return i + 1
    return short_lines(b.page, b.us, i, last_prose=b.last_prose, region_end=b.region_end, facts=b.facts)


def _voice_of_the_text(b: _Body, x: _U, i: int) -> bool:
    """A sentence of running text that reads as the site's interface only by its words (``Klicke jetzt auf Play``
    in a post written to ``du``: no cue phrase names it) inside the article's region, with the article's
    paragraphs right before and after it, in the first person singular: the writer speaking to the reader in the
    text.  A widget speaks as the site (``wir``) or not at all (``Melde dich an``)."""
    if x.shape != PROSE or x.cue is not BoilerplateKind.OTHER or i + 1 >= min(b.region_end, len(b.us)) or i == 0:
        return False
    prev, k = b.us[i - 1], i + 1
    if k + 1 < len(b.us) and b.us[k].shape == HEAD and b.us[k].nwords <= _HEADING_WORDS:
        k += 1  # (a heading over the next paragraph)
    nxt = b.us[k]
    if prev.role not in _TEXT_BEFORE or nxt.shape != PROSE or _bp_kind(nxt) is not None:
        return False
    if not any(w.lower() in _FIRST_PERSON for w in words(x.text)) or bp.cue_kind(x.text) is not None:
        return False
    x.cue = None  # (read as the text it is from here on)
    return True


_HEADING_WORDS = 10
_TEXT_BEFORE = frozenset({Role.PARAGRAPH, Role.HEADING, Role.TEASER})
_FIRST_PERSON = frozenset({"ich", "mir", "mich", "mein", "meine", "meinen", "meinem", "meiner", "meines"})


def _other_pages_label(b: _Body, x: _U) -> bool:
    """A line labelling a list of other pages (``Weitere Meldungen aus der Region``, ``Weiterlesen:``) under the
    article's first paragraphs: more than one word or a colon at its end (one word of the list, ``Themen``, may
    head a part of the article)."""
    if x.shape != HEAD or len(b.page.paragraphs) < _CERTAIN or not _is_label(x):
        return False
    return x.nwords >= 2 or x.text.rstrip().endswith(":")


#: The article's paragraphs above a label before it reads as one of other pages.
_CERTAIN = 2


def _body_furniture(b: _Body, x: _U, kind: BoilerplateKind, i: int) -> None:
    """A unit with a boilerplate cue: marked, its credit read, and the kind it hands on to what follows."""
    page = b.page
    _mark(x, kind, page.boiler)
    if x.credit:
        page.add_agencies(cl.credit_agencies(x.text))
        _report_author(x.text, page.authors)
    if kind in _RELATED_CUES and x.nwords <= 8:
        b.propagate, b.through_prose = kind, x.nwords <= 5
    elif i == b.end_i:
        b.propagate, b.through_prose = Closing.PAGE_END, True  # the copyright line closes the article
    elif (
        kind is BoilerplateKind.COMMENTS
        and _comments_header(x)
        and len(page.paragraphs) >= 2
        and 2 * x.start >= len(page.text)
    ):
        # A comment section opens in the second half of the page and runs to its end.
        b.propagate, b.through_prose = Closing.COMMENTS, True
    elif not isinstance(b.propagate, Closing):
        b.propagate = None


def _past_article(b: _Body, x: _U, i: int) -> bool:
    """Running text past the region, the comments and what follows the page's end, a copy of the headline."""
    boiler = b.page.boiler
    past = i >= b.region_end and x.shape == PROSE
    if past and not (i > 0 and b.us[i - 1].role is Role.PARAGRAPH and closes_text(b.us, i)):
        _mark(x, BoilerplateKind.OTHER, boiler)  # running text past the article's region: teasers, bios, appeals
    elif b.propagate is Closing.COMMENTS:
        _mark(x, BoilerplateKind.COMMENTS, boiler)
    elif b.propagate is Closing.PAGE_END:
        _mark(x, BoilerplateKind.OTHER, boiler)
    elif x.shape != PROSE and _norm(x.text) in b.headlines and not _asked(x):
        # (A question of the text stays, alone or in a run, even where it repeats the headline: "Wer zahlt
        # die Rechnung?" may close the article; a sentence is worth more than a removed copy.)
        _mark(x, BoilerplateKind.OTHER, boiler)  # the headline again (page title, teaser box): a copy, not body text
    else:
        return False
    return True


def _stamp_line(b: _Body, x: _U, i: int) -> bool:
    """A date stamp line in the body: an entry's date in a link list after the article, or a liveblog entry's."""
    if x.stamp is None or x.shape == PROSE:
        return False
    signoff = x.text.startswith("(")  # "(Renate Graber, 28.5.2025)": the article's own closing line
    after = i > b.last_prose and not signoff
    if after and isinstance(b.propagate, BoilerplateKind):
        _mark(x, b.propagate, b.page.boiler)  # the date of an entry in a link list after the article
    elif after and i > b.start and b.us[i - 1].role is Role.BOILERPLATE and b.us[i - 1].kind is BoilerplateKind.RELATED:
        # The same without a cue above the list: a stamp line among link-list lines after the article.
        _mark(x, BoilerplateKind.RELATED, b.page.boiler)
    else:
        x.role = Role.SKIP  # liveblog entry stamps: header material of the entry, not body text
        b.propagate = None
    return True


def _propagated(b: _Body, x: _U, i: int) -> bool:
    """A line of the list a cue opened (``Mehr zum Thema``): it takes the cue's kind."""
    if isinstance(b.propagate, BoilerplateKind) and (x.shape != PROSE or (b.through_prose and link_list_at(b.us, i))):
        _mark(x, b.propagate, b.page.boiler)
        return True
    return False


def _text_unit(b: _Body, x: _U, i: int) -> bool:
    """A paragraph, a sentence, a caption repeated without its credit, a byline or an author box."""
    page, us = b.page, b.us
    prev = us[i - 1] if i > 0 else None
    if (
        prev is not None
        and prev.role is Role.BOILERPLATE
        and prev.kind is BoilerplateKind.CAPTION
        and len(x.text) >= 20
        and prev.text.startswith(x.text)
    ):
        _mark(x, BoilerplateKind.CAPTION, page.boiler)  # the same caption again without its credit
    elif x.shape == PROSE:
        _paragraph(page.text, x, page.boiler, page.paragraphs, page.add_agencies)
    elif x.shape == EMPTY:
        _mark(x, BoilerplateKind.OTHER, page.boiler)  # digits or signs only: counters, page numbers, ornaments
    elif x.shape == SENT:
        x.role = Role.PARAGRAPH
        page.paragraphs.append(Paragraph(x.text, Span(x.start, x.end)))
    elif names := writers(x):
        # ``Von Anna Muster`` under the article: the writer's byline, header material wherever it stands.
        page.add_authors(names)
        if x.byline is not None:
            page.add_agencies(cl.credit_agencies(x.byline[1]))  # ``Von Anna Muster, APA``: as the header reads it
        if i > b.last_prose and signed(x.text, names):
            x.role = Role.PARAGRAPH
            page.paragraphs.append(Paragraph(x.text, Span(x.start, x.end)))
        else:
            x.role = Role.HEADER
    elif is_name(x.text) and not _heads_text(us, i + 1):
        # A writer's name standing alone in the body, not heading a paragraph: an author box.
        _mark(x, BoilerplateKind.OTHER, page.boiler)
        if is_person(x.text):
            page.add_authors([x.text])
    else:
        return False
    return True


def _heads_text(us: list[_U], i: int) -> bool:
    """The unit ``i`` is running text that is no furniture."""
    return i < len(us) and us[i].shape == PROSE and _bp_kind(us[i]) is None


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
            boiler.append(Boilerplate(p.text, p.span, BoilerplateKind.OTHER))
        paragraphs[:] = [p for k, p in enumerate(paragraphs) if k not in drop]


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
        closed = i > last_text and prev.text.endswith(")") and cl.trailing_credit(prev.text) is not None
        if not bare:
            if (
                prev.role is Role.NONE and prev.cue is None and prev.shape in (SENT, PROSE)
                and prev.nwords <= 25 and not _INNER_STOP.search(prev.text) and not closed
            ):
                prev.cue = BoilerplateKind.CAPTION
            continue
        if prev.role is Role.NONE and prev.shape in (SENT, PROSE) and prev.nwords <= 25 and not closed:
            prev.cue = BoilerplateKind.CAPTION
        if i + 1 < len(us):
            nxt = us[i + 1]
            if nxt.role is Role.NONE and nxt.shape == HEAD and nxt.nwords <= 8:
                nxt.cue = BoilerplateKind.CAPTION
