"""Runs of short lines in the body: a list of the article's own (tips, ingredients, spec rows), a link list or
menu, or a heading over running text; and the entries of lists of other stories (link items, teasers)."""

from __future__ import annotations

from collections import Counter

import regex

from .. import boilerplate as bp
from .._data import phrase_pattern
from ..model import BoilerplateKind, Paragraph, Span
from ..tokenize import BULLET_CLASS
from .closing_lines import announces_asked, signed_end
from .list_facts import _LIST_ITEM, _headed, _itemized, _quoted, closes_text, fields, open_line
from .list_facts import PageFacts as PageFacts  # (read by body.py from here)
from .page import Page
from .reference_lines import reference_end
from .title import interface_share, stems
from .units import (
    _BARE_CREDIT,
    _INNER_STOP,
    _U,
    HEAD,
    PROSE,
    SENT,
    Role,
    _asked,
    _bp_kind,
    _mark,
    _norm,
)

# Two headlines glued without punctuation ("... in Europa Die Elektrolimousine ..."): a link teaser.
_GLUED_HEADLINES = regex.compile(r"[\p{L}\d]\s(?:Der|Die|Das|Dieser|Diese|Dieses|Ein|Eine|Wie|Was|Warum|Wer)\s")


def run_above(page: Page, us: list[_U], i: int, facts: PageFacts) -> int:
    """A run of short lines from ``i`` on among the running text above the body's start (where the region began
    late): a list of the article's own, or one heading between two of its paragraphs, stays with the text.  The
    index after the run, all of it marked; ``i`` when there is no such run at ``i``."""
    if i == 0 or us[i - 1].role not in _TEXT_ROLES:
        return i  # (checked first: a run is read once, from its first line)
    end = page.body
    j = i
    while j < end and (open_line(us[j]) or _passed_over(us[j]) or _inner_rule(us, j)):
        j += 1
    if j == i:
        return i
    nxt = us[j] if j < len(us) else None
    leads_text = nxt is not None and nxt.role is Role.NONE and _bp_kind(nxt) is None and nxt.shape == PROSE
    leads_text = leads_text and _native(nxt)
    if j - i == 1:
        return _line_above(page, us, i, facts, leads_text=leads_text)
    if not _article_list(page, us, i, j, facts, leads_text=leads_text):
        return i
    _keep(page, us, i, j)
    return j


def _line_above(page: Page, us: list[_U], i: int, facts: PageFacts, *, leads_text: bool) -> int:
    """One short line above the body's start with running text under it: a heading between two paragraphs, or a
    point of a summary in a bullet right under the headline (``- Der Tarif gilt ab März``).  The index after it;
    ``i`` where it is neither."""
    x, prev = us[i], us[i - 1].role
    alone = Counter([_norm(x.text)])
    if not leads_text or facts.repeated(i, alone) > 0 or _menu_shaped(x) or _labelled(us, i, i + 1):
        return i
    if prev is Role.PARAGRAPH:
        x.role = Role.HEADING
        page.paragraphs.append(Paragraph(x.text, Span(x.start, x.end), "heading"))
    elif prev in (Role.TITLE, Role.TEASER) and _BULLET.match(x.text) and x.nwords >= _SUMMARY_WORDS:
        _keep(page, us, i, i + 1)
    else:
        return i
    return i + 1


_BULLET = regex.compile(rf"{BULLET_CLASS}\s")
#: The fewest words of a summary's point in a bullet (a bullet of one or two words is a menu's).
_SUMMARY_WORDS = 4


def _keep(page: Page, us: list[_U], i: int, j: int) -> None:
    """The lines ``us[i:j]`` are the article's list: its text (a table's rule ``|---|`` is left out)."""
    for k in range(i, j):
        if _table_rule(us[k]):
            _mark(us[k], BoilerplateKind.OTHER, page.boiler)
        else:
            us[k].role = Role.PARAGRAPH
            page.paragraphs.append(Paragraph(us[k].text, Span(us[k].start, us[k].end)))


def _list_at(page: Page, us: list[_U], i: int, j: int, facts: PageFacts, *, leads_text: bool, last: bool) -> int:
    """The article's own list at the start of the run ``us[i:j]``, marked as its text: the index after it, ``i``
    where there is none.  The site's interface lines closing the run are no part of it (after the ``last``
    paragraph, menu entries neither); nor is a last short line over running text, which heads that text."""
    core = _trimmed(us, i, j, menus=last)
    if core - i < 2:
        return i
    if core == j and leads_text and core - i >= _LABELLED_RUN and _LIST_ITEM.search(us[j - 1].text) is None:
        if _article_list(page, us, i, j - 1, facts, leads_text=True):
            core = j - 1  # list, heading, paragraph
        elif not _article_list(page, us, i, j, facts, leads_text=True):
            return i
    elif not _article_list(page, us, i, core, facts, leads_text=leads_text and j - core <= 1):
        return i  # (one interface line cut off the run's end, right over the text, heads that text)
    _keep(page, us, i, core)  # a list next to paragraphs of the article (tips, ingredients, spec rows)
    return core


def _native(x: _U | None) -> bool:
    """Running text in the article's language (an embedded post in English is none), or a date stamp."""
    return x is not None and (x.nfunc > 0 or x.stamp is not None)


def _trimmed(us: list[_U], i: int, j: int, *, menus: bool = False) -> int:
    """The end of the run ``us[i:j]`` before a label of other pages' links in it (``Mehr zum Thema``) and without
    the lines of the site's interface (or, with ``menus``, menu entries) closing it."""
    j = next((k for k in range(i + 1, j) if _is_label(us[k])), j)
    while j > i and (_interface(us[j - 1]) or (menus and _menu_shaped(us[j - 1]))):
        j -= 1
    return j


def _interface(x: _U) -> bool:
    """A line of the site's interface (``Kommentar hinterlassen``, ``Jetzt anmelden``)."""
    return bool(bp.ui_word_count(x.text)) or interface_share(x.text) >= _INTERFACE_SHARE


#: The share of a line's content words that makes it the interface's.
_INTERFACE_SHARE = 0.5


def _passed_over(x: _U) -> bool:
    """A headline-shaped line above the body that did not become the title (left as boilerplate, no cue)."""
    if x.role is not Role.BOILERPLATE or x.kind is not BoilerplateKind.OTHER:
        return False
    return x.shape == HEAD and _bp_kind(x) is None and x.stamp is None


def _inner_rule(us: list[_U], j: int) -> bool:
    """The rule under a table's head (``|---|---|``) with rows after it: it stands inside the run of its rows."""
    return _table_rule(us[j]) and j + 1 < len(us) and (open_line(us[j + 1]) or _passed_over(us[j + 1]))


def _table_rule(x: _U) -> bool:
    """The rule under the head of a table written in Markdown (``|---|---|``), as scrapers write tables."""
    return x.role in (Role.NONE, Role.BOILERPLATE) and x.cue is None and _TABLE_RULE.fullmatch(x.text) is not None


_TABLE_RULE = regex.compile(r"\|(?:\s*:?-{3,}:?\s*\|)+")


def _stamp_only(x: _U) -> bool:
    """A line that is a date stamp and no running text (an entry's date): the body leaves it out of the text."""
    return x.stamp is not None and x.shape != PROSE


def short_lines(page: Page, us: list[_U], i: int, *, last_prose: int, region_end: int, facts: PageFacts) -> int:
    """A run of short non-sentence lines from ``i`` on: navigation or a link list, a list of the article's own,
    or (one line before running text) a heading.  The index after the run."""
    x, n = us[i], len(us)
    j = i
    while j < n and (open_line(us[j]) or _inner_rule(us, j)):
        j += 1
    run = j - i
    after_last = i > last_prose
    # (An entry's date stamp line under the run is left out of the text: the run leads what follows the stamp, as
    # on a second pass over the stripped text. Over several stamp lines, a list of dates, it leads that list.)
    dated = j < n and _stamp_only(us[j])
    t = j + 1 if dated and not (j + 1 < n and _stamp_only(us[j + 1])) else j
    nxt = us[t] if t < n else None
    leads_text = nxt is not None and nxt.role is Role.NONE and _bp_kind(nxt) is None and nxt.shape in (PROSE, SENT)
    leads_text = leads_text or (t == j and dated)
    # (After the last paragraph only where that paragraph announces it, ``Die Daten im Überblick:``, or its own
    # first line does: ``Technische Daten``.)
    closing = (us[i - 1].role is Role.PARAGRAPH and us[i - 1].text.rstrip().endswith(":")) or (
        run >= _LABELLED_RUN and _announces(us[i].text)
    )
    # (Past the region's end only the rows of a table kept above, under their next head: a weight of rows ends it.)
    prev = _before(us, i)
    inside = i < region_end or (prev is not None and prev.role is Role.PARAGRAPH and _table_row(prev))
    inside = inside or (prev is not None and prev.role is Role.PARAGRAPH and closes_text(us, i))
    listed = after_last and _itemized(us, i, _trimmed(us, i, j, menus=True), facts, least=CLOSING_ITEMS)
    if inside and (not after_last or closing or listed):
        core = _list_at(page, us, i, j, facts, leads_text=leads_text and _native(nxt), last=after_last)
        if core > i:
            return core
    ref = reference_end(us, i, j)
    if ref > i:
        _keep(page, us, i, ref)  # a review's data of its book or film under the text
        return ref
    if run >= 2 or after_last or not leads_text:
        # A question or exclamation kept as a sentence (no list's item: no bullet) ends the run: the lines after
        # it are read as a run of their own, as they are once what stood above it is gone (a second pass).
        j = next((k + 1 for k in range(i, j) if _asked(us[k]) and _BULLET.match(us[k].text) is None), j)
        short = all(us[k].nwords <= 3 for k in range(i, j))
        signed = signed_end(us, i, j)
        for k in range(i, j):
            if _asked(us[k]) or k < signed or announces_asked(us, k, j):
                # Questions or exclamations in a row are sentences, not a link list (nor is the line announcing
                # one: ``Das Beste kommt jetzt:``); a sign-off under the text (``Eure Erika``) is the writer's.
                us[k].role = Role.PARAGRAPH
                page.paragraphs.append(Paragraph(us[k].text, Span(us[k].start, us[k].end)))
                continue
            kind = BoilerplateKind.OTHER if short or (after_last and run == 1) else BoilerplateKind.RELATED
            _mark(us[k], kind, page.boiler)
        return j
    if _GLUED_HEADLINES.search(x.text):
        _mark(x, BoilerplateKind.RELATED, page.boiler)
    elif _BARE_CREDIT.match(x.text) and x.nwords <= _CREDIT_WORDS:
        # ``Foto: Agentur/Name`` over a paragraph: a picture's credit, no heading
        _mark(x, BoilerplateKind.CREDIT, page.boiler)
    else:
        x.role = Role.HEADING
        page.paragraphs.append(Paragraph(x.text, Span(x.start, x.end), "heading"))
    return i + 1


_CREDIT_WORDS = 6  # the most words of a credit line (``Quelle: Name / Agentur``)
# The weights of the signals of a line of a list of the article's own, and what a run needs to be kept.
MARKED = 0.5  # a bullet, a number, a ``label: value`` pair, a lower-case start, an open end
SENTENCE = 0.25  # function words: a phrase of running text, not a label
SHARED = 0.25  # a content word of the article's running text
MENU = 0.75  # one or two capitalised words, or the vocabulary of the site's interface
INTRO = 0.5  # announced by the line before it: ``folgende``, a colon at its end
BETWEEN = 0.5  # running text of the article before it and after it
KEEP = 1.0
QUOTED = 1.0  # a line of a quotation that runs over several lines: the text's own words

#: A run this long may carry its own announcing line (its first) as a list's label.
_LABELLED_RUN = 3
#: The fewest lines of an itemized run (see :func:`.list_facts._itemized`) that stands next to the article's text
#: on one side only: a list closing the text under its last paragraph, or table rows over the next paragraph.
ONE_SIDED_ITEMS = 3
#: ... where its first line goes on with the items of the list kept right above it (``_same_item``).
SAME_ITEMS = 2
#: ... where the run is tried at all after the last paragraph (``short_lines``; the list rules then decide).
CLOSING_ITEMS = 2
#: The roles of a line of the article's text that a list may follow.
_TEXT_ROLES = frozenset({Role.PARAGRAPH, Role.TITLE, Role.TEASER})


def _article_list(page: Page, us: list[_U], i: int, j: int, facts: PageFacts, *, leads_text: bool) -> bool:
    """The run of short lines ``us[i:j]`` is a list of the article's own (tips, ingredients, spec rows): it
    stands next to the article's running text and its lines read as the article's, by a score of signals."""
    prev = _before(us, i)
    after_text = prev is not None and prev.role is Role.PARAGRAPH and bool(page.paragraphs)
    after_text = after_text and page.paragraphs[-1].kind == "paragraph"
    # A summary in bullets right under the headline or the teaser (``- Die Stadt spart 3 Millionen``).
    after_text = after_text or (prev is not None and prev.role in (Role.TITLE, Role.TEASER))
    if not (after_text or leads_text) or _labelled(us, i, j) or (prev is not None and _is_label(prev)):
        return False
    intro = prev is not None and prev.role in (Role.PARAGRAPH, Role.HEADING) and _announces(prev.text)
    intro = intro or (j - i >= _LABELLED_RUN and _announces(us[i].text))  # ``Technische Daten`` over its rows
    # (A list closing the text needs the text's paragraph right above it: a label or a headline there heads
    # something else, a table of contents, a box of contacts.)
    closes = after_text and prev is not None and prev.role is Role.PARAGRAPH
    same = closes and prev is not None and _same_item(prev, us[i])  # (it goes on with the list above it)
    closes = closes and prev is not None and (prev.shape in (PROSE, HEAD) or same)
    table = leads_text and all(_table_row(us[k]) for k in range(i, j))  # (rows over the text they go with)
    least = SAME_ITEMS if same else ONE_SIDED_ITEMS
    sided = (after_text and leads_text) or ((closes or table) and _itemized(us, i, j, facts, least=least))
    if not (sided or intro):
        return False  # next to the text on one side only (a teaser under the text, a menu above it): announced
    if after_text and leads_text and fields(us, i, j):
        return True  # (a sheet of fields between two stretches of the text)
    vocab, inside = facts.vocab(), Counter(_norm(us[k].text) for k in range(i, j))
    quoted = _quoted(us, i, j)
    h = i + 1 if sided and _headed(us, i, j, facts) else i  # (a heading over the items counts for nothing)
    score = sum(QUOTED if k in quoted else _line_score(us, k, inside, facts, vocab) for k in range(h, j)) / (j - h)
    if intro:
        score += INTRO
    if sided:
        score += BETWEEN
    return score >= KEEP


def _before(us: list[_U], i: int) -> _U | None:
    """The unit the run at ``us[i]`` follows: past a date line left out of the text (``- Datum: 31.08.2019`` in a
    list) and past a table's head and the rule under it (the rows follow what the table follows)."""
    k = i - 1
    while k > 0 and ((us[k].role is Role.SKIP and us[k].stamp is not None) or _TABLE_RULE.fullmatch(us[k].text)):
        k -= 1
        if k > 0 and _TABLE_RULE.fullmatch(us[k + 1].text) and _table_row(us[k]):
            k -= 1  # (the head row over the rule)
    return us[k] if k >= 0 else None


def _same_item(a: _U, b: _U) -> bool:
    """Two lines with the same item's mark at their start: a bullet, a number, a name in capitals before a comma
    or a label before a colon (``MUSTER, Erika: Titel``): the one continues the list of the other."""
    ka, kb = _ITEM_START.match(a.text), _ITEM_START.match(b.text)
    return ka is not None and kb is not None and ka.lastgroup == kb.lastgroup


_ITEM_START = regex.compile(
    rf"(?P<bullet>{BULLET_CLASS}\s)|"
    r"(?P<number>\d{1,2}[.)]\s)|(?P<caps>\p{Lu}{2,}[\p{Lu}-]*\s?,)|(?P<label>[\p{L} ]{2,30}:\s)"
)


def _table_row(x: _U) -> bool:
    """A row of a table written in Markdown (``| Gewicht: | 2,4 kg |``)."""
    t = x.text.strip()
    return len(t) > 1 and t[0] == "|" and t[-1] == "|"


def _labelled(us: list[_U], i: int, j: int) -> bool:
    """The run ``us[i:j]`` is labelled as a list of other pages, by its first line or the line before it (a label
    further down ends the article's list: see :func:`_trimmed`)."""
    return any(_is_label(us[k]) for k in range(max(i - 1, 0), min(i + 1, j)))


def _is_label(x: _U) -> bool:
    """The label of a list of other pages or of share buttons (``Mehr zum Thema``, ``Teilen mit:``)."""
    return phrase_pattern(_LABELS).match(_norm(x.text).lstrip("-•·▪*+»| ")) is not None


def _line_score(us: list[_U], k: int, inside: Counter[str], facts: PageFacts, vocab: set[str]) -> float:
    """What the line ``us[k]`` adds to (or takes from) the run's claim to be the article's list."""
    x, score = us[k], 0.0
    if _table_rule(x):
        return MARKED  # the rule under a table's head
    if _LIST_ITEM.search(x.text):
        score += MARKED
    if x.nfunc:
        score += SENTENCE
    if stems(x.text) & vocab:
        score += SHARED
    score -= facts.repeated(k, inside)
    if _menu_shaped(x):
        score -= MENU
    return score


def _menu_shaped(x: _U) -> bool:
    """A menu entry: one or two capitalised words (no figure, no colon), or the site's interface words."""
    if _interface(x):
        return True
    t = x.text.lstrip("-•·▪*+» ")
    return x.nwords <= 2 and t[:1].isupper() and not _FIGURE_OR_LABEL.search(t)


_FIGURE_OR_LABEL = regex.compile(r"\d|:|[,;.!?]$")


_INTRO, _LABELS = "lexicons/layout_list_intro.txt", "lexicons/layout_list_labels.txt"


def _announces(text: str) -> bool:
    """The line announces a list: it ends with a colon, or names one near its end (``folgende``, ``Zutaten``)
    and is no line of the site's interface."""
    if text.rstrip().endswith(":"):
        return True
    tail = " ".join(text.split()[-_INTRO_REACH:])
    return phrase_pattern(_INTRO).search(tail) is not None and not bp.ui_word_count(text)


#: How many words at the end of a line may name the list that follows.
_INTRO_REACH = 5


def _link_item(x: _U) -> bool:
    """One entry of a list of links: a headline, possibly with a one-sentence summary glued to it."""
    if x.role is not Role.NONE or x.stamp is not None or _bp_kind(x) is not None:
        return False
    if x.shape == HEAD:
        return True
    return x.shape == PROSE and x.nwords <= 30 and not _INNER_STOP.search(x.text)


def link_list_at(us: list[_U], i: int) -> bool:
    """Whether a run of at least two link entries starts at ``i`` (one short paragraph alone is body)."""
    return i + 1 < len(us) and _link_item(us[i]) and _link_item(us[i + 1])


def teaser_triples(us: list[_U], start: int) -> None:
    """Headline, one short paragraph, then ``Author, Place 18.10.2019, 19:33``: a teaser of another article."""
    for i in range(max(start, 2), len(us)):
        x = us[i]
        if x.stamp is None or x.stamp.start < 5:
            continue
        lead = x.text[: x.stamp.start]
        if sum(1 for w in lead.split() if w[:1].isupper()) < 2:
            continue
        body, head = us[i - 1], us[i - 2]
        if body.shape == PROSE and body.nwords <= 60 and head.shape == HEAD and head.role is Role.NONE:
            for y in (head, body, x):
                if y.role is Role.NONE:
                    y.cue = BoilerplateKind.RELATED
