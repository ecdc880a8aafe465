"""Where the article starts: its region by prose density (:mod:`.region`) and the body's first unit in it."""

from __future__ import annotations

import regex

from .._data import phrase_pattern
from ..model import BoilerplateKind
from ..tokenize import BULLET_CLASS, BULLETS
from .boxes import one_box
from .list_facts import fields
from .lists import _table_rule
from .page import Page
from .region import FURNITURE_COST, TAIL_GAP, article_region, cut_tail, prose_class, region_end, weight
from .stamps import is_name
from .units import (
    _U,
    EMPTY,
    HEAD,
    PROSE,
    SENT,
    _bullet,
    _caption_unit,
    _credit_only,
    _dateline_of,
    _furniture,
    _is_headline,
    _norm,
    _page_end,
    _site_text,
    _starts_body,
    cry_line,
)

# Furniture an article holds inside its text: pictures' captions and credits, embedded posts, ads.
_INLINE = frozenset({BoilerplateKind.CAPTION, BoilerplateKind.CREDIT, BoilerplateKind.EMBED, BoilerplateKind.AD})
# A notice of the site above the article: running text within this many units.
_NOTICE_REACH = 25
# A headline stands at most so many units above the text (past its stamp, byline and picture).
HEADLINE_REACH = 4
# A region whose text weighs over this share in the site's words to its reader is a consent or login dialog.
SITE_REGION = 0.5


def region_span(us: list[_U]) -> tuple[int, int] | None:
    """The article region of the units (see :mod:`.region`).  A region whose text is mostly the site speaking to
    its reader (a consent dialog at the page's end) is no article: the region is then chosen with such text
    counted as furniture, and ends where the article's text does.  Other pages' teasers (paragraphs over
    read-more links) weigh as furniture; a short post under its dated header wins over heavier text past its
    comment section (:func:`_anchored`), and a comment form ends the region (:func:`.region.cut_tail`)."""
    _teasers(us)
    weights = [_weight(x) for x in us]
    for i, j in _sheets(us):
        weights[i:j] = [0.0] * (j - i)  # (a data sheet inside the text is its own, as a list's bullets are)
    one_box(us, weights)
    span = article_region(weights)
    if span is None:
        return None
    if _site_region(us, weights, span):
        site = [w if w <= 0 or not _site_text(x) else FURNITURE_COST for x, w in zip(us, weights, strict=True)]
        span = article_region(site) or span
    span = _headed(us, weights, _anchored(us, weights, _before_page_end(us, weights, span)))
    inline = [x.cue in _INLINE or x.credit or (x.cue is None and _caption_unit(x)) for x in us]
    closing = [x.cue is BoilerplateKind.COMMENTS for x in us]
    return span[0], region_end(weights, cut_tail(weights, span, inline, closing))


#: Running text before the page's copyright line weighs so much at least to be the article (a paragraph of about
#: 25 words), where the region by weight lies past that line.
PAGE_END_TEXT = 1.0


def _before_page_end(us: list[_U], weights: list[float], span: tuple[int, int]) -> tuple[int, int]:
    """The region before the page's copyright line (``© 2024 Talbote. Alle Rechte vorbehalten``) where the
    region by weight lies past it: what follows a page's end is an overlay (a consent dialog, a newsletter
    box), never the article, when the page holds running text before it."""
    end = next((i for i in range(span[0] - 1, -1, -1) if _page_end(us[i].text) and us[i].nwords <= 15), None)
    if end is None:
        return span
    before = article_region(weights[:end])
    if before is None or sum(weights[before[0] : before[1]]) < PAGE_END_TEXT:
        return span
    return before


#: A stamp or byline dates the running text at most so many units below it (past a headline, a picture).
ANCHOR_REACH = 5


def _dated(us: list[_U], i: int) -> bool:
    """Running text ``i`` with a stamp or byline at most ``ANCHOR_REACH`` units above it: the first paragraph
    under an article's header."""
    for j in range(i - 1, max(i - 1 - ANCHOR_REACH, -1), -1):
        x = us[j]
        if x.stamp is not None or (x.byline is not None and len(x.text) <= 120):
            return True
        if x.shape == PROSE:
            return False
    return False


def _anchored(us: list[_U], weights: list[float], span: tuple[int, int]) -> tuple[int, int]:
    """The stretch under the page's first dated header (see :func:`_dated`) where the region chosen by weight lies
    further down with no header of its own: a short post outweighed by the sidebar, comments or other stories
    below it.  The stretch runs from that paragraph as far as its running sum is largest."""
    start = span[0]
    if any(_dated(us, i) for i in range(start, min(start + 2, span[1])) if _starts_body(us, i)):
        return span
    first = next((i for i in range(start) if _starts_body(us, i) and _dated(us, i)), None)
    if first is None or not any(x.cue is BoilerplateKind.COMMENTS for x in us[first:start]):
        return span
    # (The paragraph itself always: running text under a dated header, however thin in function words.)
    best, end, run = weights[first], first + 1, weights[first]
    for k in range(first + 1, start):
        run += weights[k]
        if run > best:
            best, end = run, k + 1
    return first, end


#: A headline of an article's own header has so many words at least (a label or a name has fewer).
HEADED_WORDS = 3
#: Text above that header weighing this much (about 200 words of running text) is an article of its own (a
#: blog's earlier post), not blurbs, descriptions or captions.
HEADED_ABOVE = 8.0


def _headed(us: list[_U], weights: list[float], span: tuple[int, int]) -> tuple[int, int]:
    """The region from the article's own header where the region by weight starts with undated text (a
    sidebar's blurbs, a mega-menu's descriptions, a gallery's captions) and a header lies inside it further
    down: a headline over a stamp or byline over running text.  The text above that header must weigh less
    than the text under it, so that a lead over its byline stays the article's."""
    start, end = span
    first = next((i for i in range(start, end) if _starts_body(us, i)), None)
    if first is None or _dated(us, first):
        return span
    k = next((i for i in range(first + 1, end) if _starts_body(us, i) and _dated(us, i)), None)
    if k is None:
        return span
    stamp = next((j for j in range(k - 1, max(first, k - 1 - ANCHOR_REACH), -1) if _header_stamp(us[j])), None)
    if stamp is None:
        return span
    # The headline over the stamp, or right over the text under the stamp (``12.03.2024`` over the headline).
    over = range(stamp - 1, max(first, stamp - 1 - HEADLINE_REACH), -1)
    head = next((j for j in (*range(k - 1, max(stamp, k - 2), -1), *over) if _own_headline(us[j])), None)
    if head is None:
        return span
    top = min(head, stamp)
    if any(x.cue is BoilerplateKind.COMMENTS or _header_stamp(x) for x in us[start:top]):
        return span  # a comment's header under the post, or one of a forum's or a blog's dated posts
    above = sum(w for w in weights[start:top] if w > 0)
    return (top, end) if above < min(_stretch(weights, k, end), HEADED_ABOVE) else span


def _stretch(weights: list[float], k: int, end: int) -> float:
    """The weight of the text from ``k`` up to the first gap that would part the region (see
    :data:`.region.TAIL_GAP`)."""
    total = gap = 0.0
    for w in weights[k:end]:
        if w < 0:
            gap -= w
            if gap >= TAIL_GAP:
                break
        else:
            total, gap = total + w, 0.0
    return total


def _own_headline(x: _U) -> bool:
    """A headline-shaped line of ``HEADED_WORDS`` words or more, not a list's item."""
    return _is_headline(x) and x.nwords >= HEADED_WORDS and not _bullet(x)


def _header_stamp(x: _U) -> bool:
    """A date stamp of a header, not of furniture (an embedded post's signature)."""
    return x.stamp is not None and not _furniture(x)


#: A page with so many paragraphs under a read-more link lists other pages' teasers.
TEASER_PAIRS = 2
_READ_MORE = "lexicons/layout_read_more.txt"
_ORNAMENT = " .…»>→›-–|[]()"


def _teasers(us: list[_U]) -> None:
    """Paragraphs each with a read-more link right under them (``mehr …``, ``Weiterlesen``): where the page holds
    ``TEASER_PAIRS`` or more, they are other pages' teasers (one alone may be an article's own lead over the
    button that opens the rest of it)."""
    pairs = [i for i in range(len(us) - 1) if us[i].shape == PROSE and us[i].cue is None and _read_more(us[i + 1])]
    if len(pairs) >= TEASER_PAIRS:
        for i in pairs:
            us[i].cue = us[i + 1].cue = BoilerplateKind.RELATED


def _read_more(x: _U) -> bool:
    """A line that is only a read-more link."""
    core = x.text.strip(_ORNAMENT)
    return 0 < len(core) <= _READ_MORE_CHARS and phrase_pattern(_READ_MORE).fullmatch(core) is not None


_READ_MORE_CHARS = 30


def _sheets(us: list[_U]) -> list[tuple[int, int]]:
    """The runs of short lines between two paragraphs of running text that are sheets of fields (see
    :func:`.list_facts.fields`): the body keeps such a sheet there only (:func:`.lists._article_list`)."""
    out, i, n = [], 0, len(us)
    while i < n:
        j = i
        while j < n and us[j].shape == HEAD and us[j].cue is None:
            j += 1
        if 0 < i < j < n and _running(us[i - 1]) and _running(us[j]) and fields(us, i, j):
            out.append((i, j))
        i = j + 1
    return out


def _running(x: _U) -> bool:
    """Running text or a sentence (the end of one a scraper broke off) that no cue names furniture."""
    return x.shape in (PROSE, SENT) and x.cue is None


def _weight(x: _U) -> float:
    """What the unit ``x`` adds to the sum of a region that holds it (see :mod:`.region`)."""
    if _lone_bullet(x) or _table_rule(x):
        return 0.0
    return weight(prose_class(x.nwords, x.nfunc, furniture=_furniture(x)), x.nwords)


# A bullet's marks; the letter ``o`` is one only standing alone (``o Punkt``, a word processor's list).
_BULLETS = frozenset(BULLETS + "o")
_LEAD_BULLET = regex.compile(rf"^\s*(?:{BULLET_CLASS}+|o(?=\s))(?:\s|{BULLET_CLASS})*")


def _lone_bullet(x: _U) -> bool:
    """A list's bullet on a line of its own (the scraper split it off its item): a mark of the list around it,
    which weighs neither for the article nor against it (as the rule under a table's head, ``|---|---|``)."""
    t = x.text.strip()
    return 0 < len(t) <= 2 and all(c in _BULLETS for c in t)


def _site_region(us: list[_U], weights: list[float], span: tuple[int, int]) -> bool:
    """Over half the text weight of ``span`` is the site speaking to its reader (see :func:`.units._site_text`)."""
    text = site = 0.0
    for i in range(*span):
        if weights[i] > 0:
            text += weights[i]
            site += weights[i] if _site_text(us[i]) else 0.0
    return site > SITE_REGION * text


def body_start(us: list[_U], span: tuple[int, int] | None) -> int:
    """The first unit of running text inside the article region (see :mod:`.region`); ``len(us)`` without any.

    Running text before the region (a consent notice not on any list, another story's teaser) does not start
    the body; where the region holds none, the first running text anywhere does.
    """
    first = len(us)
    twice = _printed_twice(us)
    for i in range(len(us)):
        if _starts_body(us, i):
            if _site_notice(us, i) or _headline_sentence(us, i):
                continue
            if _echoed(us, i, twice):
                first = min(first, i)  # (where no other text follows, the copies are the text)
                continue
            if span is None or i >= span[0] or _dateline_lead(us, i, span[0]):
                return _lead_above(us, i)
            first = min(first, i)
    return first


def _dateline_lead(us: list[_U], i: int, region_start: int) -> bool:
    """Running text opening with a dateline (``Berlin - ...``) at most ``HEADLINE_REACH`` units over the region,
    with no other running text between (a heading, say): the article's lead, however short, so a heading under it
    is no headline."""
    if region_start - i > HEADLINE_REACH or _dateline_of(us[i]) is None:
        return False  # (far above the region: a teaser, with a menu and the article's own header between)
    return all(us[k].shape != PROSE for k in range(i + 1, region_start))


#: Running text printed again on the page with so many words at most is a headline (the page's title over its
#: h1, a breadcrumb's last item, a list of posts naming it), not the text's first paragraph.
ECHO_WORDS = 20


def _key(x: _U) -> str:
    """The unit's text as its copies elsewhere on the page read: space-normalized, without a list's bullet."""
    return _norm(_LEAD_BULLET.sub("", x.text, count=1))


def _printed_twice(us: list[_U]) -> set[str]:
    """The keys (see :func:`_key`) of the short units of running text the page prints more than once."""
    seen: set[str] = set()
    twice: set[str] = set()
    for x in us:
        if x.shape == PROSE and x.nwords <= ECHO_WORDS:
            k = _key(x)
            (twice if k in seen else seen).add(k)
    return twice


def _echoed(us: list[_U], i: int, twice: set[str]) -> bool:
    """A short line of running text that the page prints again (see ``ECHO_WORDS``) whose next other running
    text is printed once: a headline over its text (a page printing its text twice, for two screens, prints
    the next paragraph twice too)."""
    key = _key(us[i])
    if us[i].nwords > ECHO_WORDS or key not in twice:
        return False
    below = range(i + 1, min(i + 2 + ANCHOR_REACH, len(us)))
    nxt = next((k for k in below if _starts_body(us, k) and _key(us[k]) != key), None)
    return nxt is not None and _key(us[nxt]) not in twice


def _site_notice(us: list[_U], i: int) -> bool:
    """Running text before the article's first paragraph that speaks to the reader of the site (a consent or
    login notice not on any list): other running text follows within a few units.  It is marked as furniture."""
    x = us[i]
    if not _site_text(x):
        return False
    if any(_starts_body(us, k) for k in range(i + 1, min(i + _NOTICE_REACH, len(us)))):
        x.cue = BoilerplateKind.OTHER
        return True
    return False


def _lead_above(us: list[_U], i: int) -> int:
    """``i``, or running text above it with only header furniture between (a lead over its byline and stamp)."""
    j = i - 1
    while j >= 0 and _header_furniture(us, j):
        j -= 1
    if j >= 0 and j < i - 1 and _starts_body(us, j) and not cry_line(us[j]):
        return _lead_above(us, j)
    return i


def _headline_sentence(us: list[_U], i: int) -> bool:
    """A short line asking or exclaiming in the words of running text right above the text, with only header
    furniture between (``Zu teuer? Talheim schließt das Bad!`` over its stamp): the headline, not the text."""
    if not cry_line(us[i]):
        return False
    j = i + 1
    while j < len(us) and _header_furniture(us, j):
        j += 1
    return j < len(us) and j - i <= HEADLINE_REACH and _starts_body(us, j) and not cry_line(us[j])


def _header_furniture(us: list[_U], j: int) -> bool:
    """What stands between a lead and the body: furniture, a stamp, a byline, a name, a picture's caption
    sentence over its credit line."""
    x = us[j]
    if _furniture(x) or x.stamp is not None or x.byline is not None or x.time is not None or x.shape == EMPTY:
        return True
    caption = x.shape == PROSE and j + 1 < len(us) and _credit_only(us[j + 1])
    return caption or is_name(x.text)


def prefix_lead(page: Page, us: list[_U]) -> None:
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
