"""Page text and Article from the blocks of a page and what its markup says.

The page text is the headline on its first line (after its kicker, where the h1 has one), the lead where the
main content lacks it, then the main content's blocks, one per heading, paragraph, list item or table row, with
blank lines between them.  The layout (``denews.split``) reads it as it reads any text; the markup then weighs
in.  The main content was chosen by the page's structure, so a block leaves it
only on evidence of its words (the layout's cue-based kinds, the web furniture of ``lexicons/html_furniture.tsv``)
or of its links (a short line that is all link text), not for its shape alone.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Callable, Sequence

import attrs

from .. import boilerplate as bp
from .. import dates as _dates
from .. import quotes as _quotes
from ..api import split
from ..model import Article, Boilerplate, BoilerplateKind, Paragraph, Span
from .convert import Block, BlockKind
from .furniture import furniture_kind
from .meta import PageMeta
from .title import choose_title

# Layout kinds that name what a block says, trusted inside the main content; the others ("related", "other")
# mostly judge a block by its shape (short lines, link lists), which the page's structure already settled.
_TRUSTED_KINDS = frozenset(BoilerplateKind) - {BoilerplateKind.RELATED, BoilerplateKind.OTHER}
_ALL_LINK = 0.9  # a short line with this share of link text is navigation
_NAV_WORDS = 15
_LIST_LINKS = 0.5  # a block after a related-articles label with this share of link text continues the list
_HEAD_BLOCKS = 4  # the headline is looked for among the first blocks of the main content
_TOP_BLOCKS = 2  # a heading among these stands at the top of the main content
_KICKER_WORDS = 8  # a kicker is a short line
_KICKER_EDGE = " :|–—-"  # what ties a kicker to its headline


@attrs.frozen(slots=True)
class PageText:
    """The page text, its blocks and the span of each in it; the headline's and the kicker's block."""

    text: str
    blocks: tuple[Block, ...]
    spans: tuple[Span, ...]
    title_index: int | None
    kicker_index: int | None = None


def build_page_text(
    blocks: Sequence[Block], title: str | None, lead: str | None = None, kicker: str | None = None
) -> PageText:
    """The blocks joined by blank lines, the headline first unless one of the first blocks already is it.

    ``lead`` (a description the page shows) goes after the headline, ``kicker`` before it, where the blocks do
    not hold them already.
    """
    items = list(blocks)
    index = _find(items[:_HEAD_BLOCKS], title)
    if title and index is None:
        items.insert(0, Block(title, BlockKind.HEADING))
        index = 0
    if lead and " ".join(lead.split()) not in " ".join(" ".join(b.text.split()) for b in items):
        items.insert(0 if index is None else index + 1, Block(lead, BlockKind.PARAGRAPH))
    kicker_index = None
    if kicker and index is not None:
        kicker_index = index - 1 if index and _find(items[index - 1 : index], kicker) is not None else None
        if kicker_index is None:
            items.insert(index, Block(kicker, BlockKind.HEADING))
            index, kicker_index = index + 1, index
    spans: list[Span] = []
    pos = 0
    for b in items:
        spans.append(Span(pos, pos + len(b.text)))
        pos += len(b.text) + 2
    return PageText("\n\n".join(b.text for b in items), tuple(items), tuple(spans), index, kicker_index)


def _find(blocks: Sequence[Block], line: str | None) -> int | None:
    """The index of the block whose words are ``line``'s, if any."""
    key = " ".join(line.split()) if line else None
    return next((i for i, b in enumerate(blocks) if " ".join(b.text.split()) == key), None)


@attrs.frozen(slots=True)
class Marks:
    """The layout's boilerplate marks in order of their start, looked up by span without a scan of them all."""

    marks: tuple[Boilerplate, ...]
    starts: tuple[int, ...]
    reach: tuple[int, ...]  # the furthest end of the marks up to each one

    @classmethod
    def of(cls, marks: Sequence[Boilerplate]) -> Marks:
        ordered = tuple(sorted(marks, key=lambda b: b.span.start))
        reach = itertools.accumulate((b.span.end for b in ordered), max)
        return cls(ordered, tuple(b.span.start for b in ordered), tuple(reach))

    def covering(self, span: Span) -> Boilerplate | None:
        """The mark that covers at least half of ``span``, if any."""
        first = bisect.bisect_right(self.starts, span.start)
        before = first - 1  # marks that start before the span and may reach into it
        while before >= 0 and self.reach[before] > span.start:
            before -= 1
        after = bisect.bisect_left(self.starts, span.end)  # marks that start inside the span end before this
        for b in self.marks[before + 1 : after]:
            if (min(span.end, b.span.end) - max(span.start, b.span.start)) * 2 >= len(span):
                return b
        return None


def removed_kind(block: Block, span: Span, marks: Marks) -> BoilerplateKind | None:
    """The boilerplate kind of a block of the main content where its words or links say so; else None."""
    mark = marks.covering(span)
    if mark is not None and mark.kind in _TRUSTED_KINDS:
        return mark.kind
    cue = bp.cue_kind(block.text) or furniture_kind(block.text)
    if cue is not None:
        return cue
    if block.link_density >= _ALL_LINK and len(block.text.split()) <= _NAV_WORDS:
        return BoilerplateKind.RELATED if block.kind is not BlockKind.HEADING else BoilerplateKind.OTHER
    return None


def _body(
    page: PageText, header: Sequence[Span], marks: Marks
) -> tuple[list[Paragraph], list[Boilerplate]]:
    """The body paragraphs and the removed blocks of the page, in order; header blocks belong to neither."""
    paragraphs: list[Paragraph] = []
    removed: list[Boilerplate] = []
    in_list = False  # inside a run of links after a related-articles label
    for block, whole in zip(page.blocks, page.spans, strict=True):
        span = _after_header(page.text, whole, header)
        if span is None:
            continue
        continues = in_list and block.link_density >= _LIST_LINKS
        kind = BoilerplateKind.RELATED if continues else removed_kind(block, span, marks)
        # A list starts at a label that says what follows (its words, not its links) and runs while links do.
        in_list = kind is BoilerplateKind.RELATED and (continues or block.link_density < _ALL_LINK)
        piece = page.text[span.start : span.end]
        if kind is not None:
            removed.append(Boilerplate(piece, span, kind))
        else:
            paragraphs.append(Paragraph(piece, span, "heading" if block.kind is BlockKind.HEADING else "paragraph"))
    return paragraphs, removed


def _after_header(text: str, span: Span, header: Sequence[Span]) -> Span | None:
    """The part of a block's ``span`` that is no header line: all of it, or ``None`` where the header holds it;
    where header lines open the block (a teaser line over the text, one newline between), the rest after them."""
    covering = [h for h in header if h.overlaps(span)]
    if not covering:
        return span
    end = max(h.end for h in covering)
    end += len(text[end : span.end]) - len(text[end : span.end].lstrip())
    if min(h.start for h in covering) > span.start or end >= span.end:
        return None
    return Span(end, span.end)


def _layout_title(page: PageText, art: Article, marks: Marks) -> Span | None:
    """The layout's headline, where the markup named none, unless its block is furniture."""
    span = art.title_span
    for block, where in zip(page.blocks, page.spans, strict=True):
        if span is not None and where.overlaps(span) and removed_kind(block, where, marks):
            return None
    return span


def _text_after(meta: PageMeta, title: str | None) -> str | None:
    """The paragraph that follows the headline's element in the page (its lead, where the page has one)."""
    return next((h.after for h in meta.headings if title and h.after and title in (h.text, *h.parts)), None)


def _kicker_of(meta: PageMeta, title: str | None) -> str | None:
    """The pieces of the headline's h1 before the headline, where the headline is one of its pieces."""
    for h in meta.headings:
        if h.level == 1 and title and title != h.text and title in h.parts[1:]:
            kicker = " ".join(h.parts[: h.parts.index(title)]).strip(_KICKER_EDGE)
            furniture = bp.cue_kind(kicker) or furniture_kind(kicker)  # a date stamp, a label
            return kicker if 0 < len(kicker.split()) <= _KICKER_WORDS and not furniture else None
    return None


def _authors(from_text: tuple[str, ...], from_markup: tuple[str, ...]) -> tuple[str, ...]:
    """The byline's names where the markup names none or confirms one; else the markup's names."""
    if not from_markup or set(from_text) & set(from_markup):
        return from_text
    return from_markup


def _own_day(stamp: dt.date | dt.datetime | None) -> dt.date | None:
    return stamp.date() if isinstance(stamp, dt.datetime) else stamp


def assemble(
    blocks: Sequence[Block],
    meta: PageMeta,
    reference_date: dt.date | None = None,
    date_finder: Callable[[], dt.date | None] | None = None,
) -> Article:
    """The Article of a page: layout on the page text, the markup's evidence where the layout has none.

    ``date_finder`` is the last resort for the publication date, asked where neither the text nor the meta
    elements state one.
    """
    # The first heading at the top of the main content, line by line (a kicker may stand on its own line).
    first = next((b for b in blocks[:_TOP_BLOCKS] if b.kind is BlockKind.HEADING), None)
    title = choose_title(meta, first.text.splitlines() if first else [])
    page = build_page_text(blocks, title, meta.lead or _text_after(meta, title), _kicker_of(meta, title))
    text = page.text
    art = split(text)
    marks = Marks.of(art.boilerplate)
    title_span = page.spans[page.title_index] if page.title_index is not None else _layout_title(page, art, marks)
    # The layout's kicker and teaser stand, where they stand above and below the headline.
    kicker, teaser = art.kicker_span, art.teaser_span
    if page.kicker_index is not None:  # the markup's kicker (a piece of the headline's element before it)
        kicker = page.spans[page.kicker_index]
    if title_span is not None:
        kicker = kicker if kicker is not None and kicker.end <= title_span.start else None
        teaser = teaser if teaser is not None and teaser.start >= title_span.end else None
    header = [s for s in (title_span, kicker, teaser) if s is not None]
    paragraphs, removed = _body(page, header, marks)
    published = art.published or meta.published or (date_finder() if date_finder else None)
    ref = reference_date or _own_day(published) or _own_day(art.updated)
    quote_regions = sorted([p.span for p in paragraphs if p.kind == "paragraph"] + ([teaser] if teaser else []))
    return attrs.evolve(
        art,
        title=text[title_span.start : title_span.end] if title_span else None,
        title_span=title_span,
        kicker=text[kicker.start : kicker.end] if kicker else None,
        kicker_span=kicker,
        teaser=art.teaser if teaser else None,
        teaser_span=teaser,
        published=published,
        authors=_authors(art.authors, meta.authors),
        reference_date=ref,
        paragraphs=tuple(paragraphs),
        boilerplate=tuple(removed),
        quotes=_quotes.find_quotes(text, quote_regions),
        dates=_dates.find_dates(text, sorted([*header, *(p.span for p in paragraphs)]), ref),
    )
