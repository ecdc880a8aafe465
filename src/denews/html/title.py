"""The headline of a page, where its markup and its text agree.

A page names its headline in several places: heading elements (``h1``, sometimes ``h2`` on blogs whose ``h1``
is the site's name), ``og:title`` and other meta titles, the document ``<title>`` (with the site's name after a
separator), and the first heading of the main content.  Each alone misleads (a logo in ``h1``, a shortened social
title, a site name); the candidate that the most independent places confirm wins.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from .. import boilerplate as bp
from .furniture import furniture_kind
from .meta import PageMeta

# Separators between a headline and a site or section name in <title> and og:title.
_SEPARATOR = regex.compile(r"\s+[|–—»·:/-]+\s+|\s+::\s+|\s*[|│]\s*")
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_DOMAIN = regex.compile(r"(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,6}")
_MIN_CHARS = 3
_MAX_RUN = 3  # pieces of a title joined into one candidate at most
# Decoration at the edges of a heading ("[> Name", "» Title |"), not part of the headline.
_EDGE = regex.compile(r"^[\s\[\]<>|•·~/\\:–—-]+|[\s\[\]<>|•·~/\\:–—-]+$")

# Weights of the evidence for a candidate headline.
_IN_META = 3  # a meta title or the document title holds it as a piece
_IN_CONTENT = 1.5  # the heading at the top of the main content
_LEVEL_WEIGHT = {1: 2.5, 2: 0.5, 3: 0.0}  # a heading element of the page, by level
_PART = -0.5  # a piece of a heading (its kicker or its headline, each in an element of its own)
_SITE = -5  # the site's own name, or a heading that links to the home page
_META_ONLY = -1  # a title piece that no heading of the page has
_PER_SEPARATOR = 1
_INSIDE_META = 1.5  # a heading that a meta title holds with more words around it, or the other way round
_MIN_INSIDE = 15
_SITE_PIECE = -3  # ... and surely where one of its pieces is the site's name


@attrs.frozen(slots=True)
class _Candidate:
    text: str
    score: float
    order: int


def key(s: str) -> str:
    """A comparison key: the words alone, in lower case (spaces, punctuation, dashes and quotation marks
    differ between a heading and the same headline in a meta title)."""
    return " ".join(_WORD.findall(s.casefold()))


def segments(title: str) -> list[str]:
    """``title`` and each run of up to three of its separator-delimited pieces ("A | B - C": A, B, C, A | B,
    B - C); the bound keeps a title that is a long list of pieces from growing quadratically."""
    cuts = [(m.start(), m.end()) for m in _SEPARATOR.finditer(title)]
    bounds = [0, *[c for cut in cuts for c in cut], len(title)]
    pieces = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    out = [title]
    for i in range(len(pieces)):
        for j in range(i, min(len(pieces), i + _MAX_RUN)):
            if (i, j) != (0, len(pieces) - 1):
                out.append(title[pieces[i][0] : pieces[j][1]].strip())
    return [s for s in out if s]


def _overlaps(k: str, title: str) -> bool:
    """A heading inside a longer meta title, or a heading that goes on where a meta title ends (a heading
    that ends with the meta title has a kicker in front: the meta title is the headline then)."""
    return k in title or (len(title) >= _MIN_INSIDE and k.startswith(title))


def _is_site(text: str, sites: set[str]) -> bool:
    """The site's name as its meta gives it, or a bare domain name ("example.de")."""
    return key(text) in sites or _DOMAIN.fullmatch(text.strip().casefold()) is not None


def choose_title(meta: PageMeta, content_headings: Sequence[str]) -> str | None:
    """The headline: the page's own wording of the candidate that the most places confirm.

    ``content_headings`` are the heading lines at the top of the main content, in order.
    """
    named = [*meta.meta_titles, *([meta.doc_title] if meta.doc_title else [])]
    in_meta = {key(s) for t in named for s in segments(t)}
    in_content = {key(h) for h in content_headings}
    sites = {key(s) for s in meta.site_names}
    whole = [key(t) for t in named]
    best: dict[str, _Candidate] = {}

    def offer(text: str, base: float, order: int) -> None:
        text = _EDGE.sub("", text)
        if text.count("»") != text.count("«"):  # an unpaired guillemet at the edge is a separator, not a quote
            text = text.strip("»« ")
        k = key(text)
        if len(k) < _MIN_CHARS:
            return
        pieces = _SEPARATOR.split(text)
        score = base + _IN_META * (k in in_meta) + _IN_CONTENT * (k in in_content) + _SITE * _is_site(text, sites)
        if k not in in_meta and len(k) >= _MIN_INSIDE and any(_overlaps(k, w) for w in whole):
            score += _INSIDE_META
        if len(pieces) > 1 and any(_is_site(p, sites) for p in pieces):
            score += _SITE_PIECE
        if bp.cue_kind(text) or furniture_kind(text):  # a label of the page's furniture
            score += _SITE
        old = best.get(k)
        if old is None or score > old.score:
            best[k] = _Candidate(text, score, order if old is None else min(order, old.order))

    for i, h in enumerate(meta.headings):
        weight = _LEVEL_WEIGHT.get(h.level, 0.0) + _SITE * h.home_link
        offer(h.text, weight, i)
        for part in h.parts:
            offer(part, weight + _PART, i)
    for line in content_headings:
        offer(line, 0.0, len(meta.headings))
    for t in named:
        for s in segments(t):
            # A piece with a separator inside still carries a site or section name, most likely.
            offer(s, _META_ONLY - _PER_SEPARATOR * len(_SEPARATOR.findall(s)), len(meta.headings) + 1)
    if not best:
        return None
    # Between equals the longer wins: a headline says more than a section label or a kicker.
    top = max(best.values(), key=lambda c: (c.score, len(c.text), -c.order))
    return top.text
