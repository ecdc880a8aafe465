"""What a page says about itself: title candidates, publication date and authors from its markup.

None of it is trusted alone: :mod:`denews.html.assemble` weighs each value against the page text.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import attrs
import regex

from .convert import clean_text

# <meta> names and properties, in order of preference (Open Graph, Twitter cards, Dublin Core, schema.org).
_TITLE_META = ("og:title", "twitter:title", "dc.title", "headline")
_DATE_META = (
    "article:published_time", "datepublished", "og:published_time", "dc.date.issued", "dc.date", "date",
    "pubdate", "publishdate", "publication_date", "sailthru.date", "parsely-pub-date",
)
_AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl")
# Markup that names an author in the page: schema.org microdata and author links.
_AUTHOR_ELEMENTS = "//*[@itemprop='author' or @rel='author'][not(self::meta or self::link)]"
_MAX_AUTHOR_ELEMENTS = 5
_DESCRIPTION_META = ("description", "og:description", "twitter:description")
# Text nodes a reader sees: not those of scripts, styles, templates and noscript fallbacks.
_VISIBLE = "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
# The text nodes after a heading in which its lead is looked for, and what a lead looks like.
_FOLLOWING_TEXT = "following::text()[normalize-space()][position() <= 12]"
_NOT_TEXT = frozenset(("script", "style", "noscript", "template", "a", "h1", "h2", "h3", "h4", "button", "label"))
_MIN_LEAD = 80
_LEAD_HEADINGS = 12
_SENTENCE_END = frozenset('.!?…"“”«»')
_SITE_META = ("og:site_name", "application-name", "twitter:site")
_SPACE_BEFORE_PUNCT = regex.compile(r" ([,.:;!?)\]“”])(?=\s|$)")
_SITE_TYPES = ("WebSite", "Organization", "NewsMediaOrganization")
_HEADING_TAGS = ("h1", "h2", "h3")
_HOME = regex.compile(r"(?:https?://[^/?#]+)?/?(?:index\.\w+)?|\.{1,2}/?")
_ISO = regex.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?")
_URLISH = regex.compile(r"https?://|www\.|\.\p{L}{2,4}(?:/|$)|@")


@attrs.frozen(slots=True)
class Heading:
    """A heading element of the page: its words, level (1 for h1), the text pieces inside it, and whether
    it links to the site's home page (a logo or site name set as a heading)."""

    text: str
    level: int
    parts: tuple[str, ...] = ()
    home_link: bool = False
    after: str | None = None  # the first paragraph of running text that follows it in the page


@attrs.frozen(slots=True)
class PageMeta:
    """Candidates the markup offers; empty where it offers none."""

    headings: tuple[Heading, ...] = ()
    site_names: tuple[str, ...] = ()
    meta_titles: tuple[str, ...] = ()
    doc_title: str | None = None
    published: dt.date | dt.datetime | None = None
    authors: tuple[str, ...] = ()
    lead: str | None = None  # the page's description, where the page also shows it as text


def _metas(tree: Any) -> Iterator[tuple[str, str]]:
    """(lower-cased name/property/itemprop, content) of every <meta> with content."""
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop")
        content = el.get("content")
        if key and content and content.strip():
            yield key.strip().lower(), clean_text(content)


def _json_ld(tree: Any) -> Iterator[dict[str, Any]]:
    """The objects of the page's JSON-LD scripts, graphs and lists flattened."""
    for el in tree.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                yield item


def parse_stamp(value: str) -> dt.date | dt.datetime | None:
    """An ISO 8601 date or date-time at the start of ``value``; the time is kept when it is given."""
    m = _ISO.match(value.strip())
    if not m:
        return None
    try:
        if m.group(4) is None:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        y, mo, d, h, mi, sec = (int(g or 0) for g in m.groups())
        return dt.datetime(y, mo, d, h, mi, sec)
    except ValueError:
        return None


def _ld_authors(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict) and isinstance(value.get("name"), str):
        yield value["name"]
    elif isinstance(value, list):
        for v in value:
            yield from _ld_authors(v)


def _person(name: str) -> bool:
    """A credit that reads as a person's name: two to four capitalized words, no address, no domain."""
    ws = name.split()
    return 2 <= len(ws) <= 4 and not _URLISH.search(name) and all(w[:1].isupper() for w in ws if len(w) > 3)


def _words(el: Any) -> str:
    """The words of an element (or a string), a space between the pieces of its children."""
    text = el if isinstance(el, str) else " ".join(el.itertext())
    # No space before closing punctuation that a child element's boundary left behind ("THW : Zukunft").
    words: str = _SPACE_BEFORE_PUNCT.sub(r"\1", " ".join(text.split()))
    return words


def _home_link(el: Any) -> bool:
    """Whether the element is, holds or sits in a link to the site's root."""
    links = [a for a in el.iter("a")] + [a for a in el.iterancestors("a")]
    hrefs = ((a.get("href") or "").strip() for a in links)
    return any(h and _HOME.fullmatch(h) for h in hrefs)


def _text_after(el: Any) -> str | None:
    """The first paragraph of running text after a heading (a lead, where the page has one there)."""
    for node in el.xpath(_FOLLOWING_TEXT):
        block = node.getparent()
        if block is None or block.tag in _NOT_TEXT:
            continue
        text = _words(block)
        if len(text) >= _MIN_LEAD and text[-1] in _SENTENCE_END:
            links = sum(len(_words(a)) for a in block.iter("a"))
            return text if links * 3 < len(text) else None
    return None


def _heading(el: Any, with_after: bool) -> Heading:
    # The pieces of a heading (a kicker in a span before the headline, say) are headline candidates too.
    parts = tuple(p for p in dict.fromkeys(" ".join(t.split()) for t in el.itertext()) if p)
    return Heading(_words(el), int(el.tag[1]), parts, _home_link(el), _text_after(el) if with_after else None)


def _lead(tree: Any, metas: list[tuple[str, str]]) -> str | None:
    """The longest meta description that the page also shows word for word (a lead the content may miss)."""
    found = sorted({c for key, c in metas if key in _DESCRIPTION_META}, key=len, reverse=True)
    if not found:
        return None
    shown = " ".join(" ".join(tree.xpath(_VISIBLE)).split())
    return next((d for d in found if " ".join(d.split()) in shown), None)


def read_meta(tree: Any) -> PageMeta:
    """Title candidates, publication date and authors from the markup of a parsed page."""
    metas = list(_metas(tree))
    lds = list(_json_ld(tree))
    elements = list(tree.iter(*_HEADING_TAGS))
    # The paragraph after a heading is looked up for the first few h1 and h2 only: each look-up walks the page.
    with_lead = [el for el in elements if el.tag != "h3"][:_LEAD_HEADINGS]
    headings = tuple(h for h in (_heading(el, el in with_lead) for el in elements) if h.text)
    sites = [c for key, c in metas if key in _SITE_META]
    sites += [ld["name"] for ld in lds if ld.get("@type") in _SITE_TYPES and isinstance(ld.get("name"), str)]
    titles = [c for k in _TITLE_META for key, c in metas if key == k]
    titles += [ld["headline"] for ld in lds if isinstance(ld.get("headline"), str)]
    doc_title = next((clean_text(el.text_content()) for el in tree.iter("title")), None) or None
    stamps = [c for k in _DATE_META for key, c in metas if key == k]
    stamps += [ld["datePublished"] for ld in lds if isinstance(ld.get("datePublished"), str)]
    stamps += [el.get("datetime", "") for el in tree.iter("time")]
    published = next((v for v in map(parse_stamp, stamps) if v is not None), None)
    names = [c for k in _AUTHOR_META for key, c in metas if key == k]
    names += [n for ld in lds for n in _ld_authors(ld.get("author"))]
    names += [_words(el) for el in tree.xpath(_AUTHOR_ELEMENTS)[:_MAX_AUTHOR_ELEMENTS]]
    authors = tuple(dict.fromkeys(" ".join(n.split()) for n in names if _person(n)))
    return PageMeta(
        headings, tuple(dict.fromkeys(sites)), tuple(dict.fromkeys(titles)), doc_title, published, authors,
        _lead(tree, metas),
    )
