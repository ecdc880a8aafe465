"""Runs of short lines in the body: a list of the article's own (tips, ingredients, spec rows), a link list or
menu, or a heading over running text; and the entries of lists of other stories (link items, teasers)."""

from __future__ import annotations

import regex

from ..model import Paragraph, Span
from .page import Page
from .units import (
    _INNER_STOP,
    _U,
    HEAD,
    PROSE,
    SENT,
    _asked,
    _bp_kind,
    _mark,
)

# Two headlines glued without punctuation ("... in Europa Die Elektrolimousine ..."): a link teaser.
_GLUED_HEADLINES = regex.compile(r"[\p{L}\d]\s(?:Der|Die|Das|Dieser|Diese|Dieses|Ein|Eine|Wie|Was|Warum|Wer)\s")


def short_lines(page: Page, us: list[_U], i: int, *, last_prose: int, region_end: int) -> int:
    """A run of short non-sentence lines from ``i`` on: navigation or a link list, a list of the article's own,
    or (one line before running text) a heading.  The index after the run."""
    x, n = us[i], len(us)
    j = i
    while j < n and us[j].role == "" and us[j].shape == HEAD and _bp_kind(us[j]) is None and us[j].stamp is None:
        j += 1
    run = j - i
    after_last = i > last_prose
    nxt = us[j] if j < n else None
    leads_text = nxt is not None and nxt.role == "" and _bp_kind(nxt) is None and nxt.shape in (PROSE, SENT)
    leads_text = leads_text or (nxt is not None and nxt.stamp is not None)
    if run >= 2 and not after_last and leads_text and j < region_end and _list_in_prose(us, i, j, page.paragraphs):
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


def _link_item(x: _U) -> bool:
    """One entry of a list of links: a headline, possibly with a one-sentence summary glued to it."""
    if x.role or x.stamp is not None or _bp_kind(x) is not None:
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
        if body.shape == PROSE and body.nwords <= 60 and head.shape == HEAD and head.role == "":
            for y in (head, body, x):
                if y.role == "":
                    y.cue = "related"
