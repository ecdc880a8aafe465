"""A view of the text without invisible characters, with a map of its offsets back to the original.

Scrapers leave soft hyphens, zero-width spaces and joiners, byte-order marks and direction marks inside
words: ``"(Archiv\\u200bbild)"`` reads as ``"(Archivbild)"``, but a pattern for the word does not match it.
Every stage therefore runs on the *view*: the text with those characters left out and every no-break
space read as a plain space.  The view's spans are then mapped back, so each span of the result points
into the original text and takes its text from there (an invisible character inside a word stays in the
word; one at the edge of a span stays out of it).

The map is compact: the view positions where characters were left out, sorted, so a view offset maps
back by one binary search (``bisect``), and a text without such characters costs one scan and no map.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import TypeVar

import attrs
import regex

from .model import Article, Boilerplate, Paragraph, Quote, Span, TimeExpression

#: Characters that take no room: soft hyphen, zero-width space, non-joiner and joiner, word joiner,
#: byte-order mark (zero-width no-break space), Mongolian vowel separator, and the direction marks and
#: embeddings a right-to-left quotation leaves behind.
INVISIBLE = (
    "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff"  # soft hyphen, zero-width characters, byte-order mark
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # direction marks and embeddings
)
#: No-break spaces (plain, figure, narrow): a space to every stage.
NO_BREAK_SPACES = "\u00a0\u2007\u202f"

_INVISIBLE = regex.compile(f"[{INVISIBLE}]")
_ANY = regex.compile(f"[{INVISIBLE}{NO_BREAK_SPACES}]")
_SPACES = str.maketrans(dict.fromkeys(NO_BREAK_SPACES, " "))

_T = TypeVar("_T")


@attrs.frozen(slots=True)
class TextView:
    """``view`` is ``original`` without invisible characters; ``removed`` lists, in order, the view
    position of each character left out (several at one position when they stood together)."""

    original: str
    view: str
    removed: tuple[int, ...] = ()

    @property
    def identical(self) -> bool:
        return self.view is self.original

    def start(self, offset: int) -> int:
        """The original offset of the view character at ``offset`` (a span's start)."""
        return offset + bisect_right(self.removed, offset)

    def end(self, offset: int) -> int:
        """The original offset just after the view character before ``offset`` (a span's end)."""
        if offset <= 0:
            return self.start(offset)
        return offset + bisect_right(self.removed, offset - 1)

    def span(self, span: Span) -> Span:
        """``span`` of the view as a span of the original (an empty span stays empty)."""
        start = self.start(span.start)
        return Span(start, start if span.end == span.start else self.end(span.end))


def view_of(text: str) -> TextView:
    """The view of ``text``; the text itself (and no map) when it has nothing to leave out or replace."""
    if _ANY.search(text) is None:
        return TextView(text, text)
    removed: list[int] = []
    kept = 0
    pos = 0
    pieces: list[str] = []
    for m in _INVISIBLE.finditer(text):
        pieces.append(text[pos : m.start()])
        kept += m.start() - pos
        removed.append(kept)
        pos = m.end()
    pieces.append(text[pos:])
    view = "".join(pieces).translate(_SPACES)
    return TextView(text, view, tuple(removed))


def _remap(view: TextView, item: _T, extra: Callable[[_T], dict[str, object]] | None = None) -> _T:
    """``item`` (with ``text`` and ``span``) with its span mapped back and its text taken from the original."""
    span = view.span(item.span)  # type: ignore[attr-defined]
    changes: dict[str, object] = {"span": span, "text": view.original[span.start : span.end]}
    if extra is not None:
        changes.update(extra(item))
    return attrs.evolve(item, **changes)  # type: ignore[misc]


def _field(view: TextView, span: Span | None) -> tuple[Span | None, str | None]:
    if span is None:
        return None, None
    mapped = view.span(span)
    return mapped, view.original[mapped.start : mapped.end]


def _quote_mention(view: TextView) -> Callable[[Quote], dict[str, object]]:
    def extra(q: Quote) -> dict[str, object]:
        if q.mention_span is None:
            return {}
        span, text = _field(view, q.mention_span)
        return {"mention_span": span, "mention": text}

    return extra


def map_quotes(view: TextView, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    if view.identical:
        return quotes
    return tuple(_remap(view, q, _quote_mention(view)) for q in quotes)


def map_dates(view: TextView, dates: tuple[TimeExpression, ...]) -> tuple[TimeExpression, ...]:
    if view.identical:
        return dates
    return tuple(_remap(view, d) for d in dates)


def map_article(view: TextView, art: Article) -> Article:
    """``art``, found on the view, as an article of the original text: every span and its text mapped back."""
    if view.identical:
        return art
    title_span, title = _field(view, art.title_span)
    kicker_span, kicker = _field(view, art.kicker_span)
    teaser_span, teaser = _field(view, art.teaser_span)
    dateline_span, dateline = _field(view, art.dateline_span)
    paragraphs: tuple[Paragraph, ...] = tuple(_remap(view, p) for p in art.paragraphs)
    boilerplate: tuple[Boilerplate, ...] = tuple(_remap(view, b) for b in art.boilerplate)
    return attrs.evolve(
        art,
        text=view.original,
        title=title if art.title is not None else None,
        title_span=title_span,
        kicker=kicker if art.kicker is not None else None,
        kicker_span=kicker_span,
        teaser=teaser if art.teaser is not None else None,
        teaser_span=teaser_span,
        dateline=dateline if art.dateline is not None else None,
        dateline_span=dateline_span,
        paragraphs=paragraphs,
        boilerplate=boilerplate,
        quotes=map_quotes(view, art.quotes),
        dates=map_dates(view, art.dates),
    )
