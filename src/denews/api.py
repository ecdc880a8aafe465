"""The public functions: one pipeline, each stage also usable alone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs
import regex

from . import dates as _dates
from . import layout as _layout
from . import quotes as _quotes
from .model import Article, Quote, Span, TimeExpression
from .textview import map_article, map_dates, map_quotes, view_of

ReferenceDate = dt.date | dt.datetime | str | None

_ISO_DAY = regex.compile(r"\d{4}-\d{2}-\d{2}")


def coerce_reference_date(value: object, name: str = "reference_date") -> dt.date | None:
    """``date``, ``datetime`` or ``"YYYY-MM-DD"`` to a ``date``; ``None`` stays ``None``.

    Anything else raises: ``TypeError`` for another type, ``ValueError`` for a malformed string.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        s = value.strip()
        if not _ISO_DAY.fullmatch(s):
            raise ValueError(f"{name} must be a date in the form YYYY-MM-DD, got {value!r}")
        try:
            return dt.date.fromisoformat(s)
        except ValueError as exc:
            raise ValueError(f"{name} is not a valid calendar date: {value!r} ({exc})") from None
    raise TypeError(f"{name} must be a date, a datetime, a 'YYYY-MM-DD' string or None, not {type(value).__name__}")


#: The longest text any function takes, in characters (docs/errors.md): 10 MB of plain text (and a whole
#: newspaper issue) fits with room to spare; time and memory grow linearly up to it (docs/performance.md).
MAX_CHARS = 20_000_000


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise ValueError(
            f"text is too long: {len(text):,} characters, the limit is {MAX_CHARS:,} "
            "(split it into articles first; see docs/errors.md)"
        )
    return text


_ANCHOR_KINDS = frozenset(("embed", "other"))


def _whole(text: str) -> list[Span]:
    return [Span(0, len(text))] if text else []


def _complement(length: int, holes: Sequence[Span]) -> list[Span]:
    """The parts of ``[0, length)`` not covered by ``holes``."""
    out: list[Span] = []
    pos = 0
    for h in sorted(holes, key=lambda s: (s.start, s.end)):
        if h.start > pos:
            out.append(Span(pos, h.start))
        pos = max(pos, h.end)
    if pos < length:
        out.append(Span(pos, length))
    return out


def split(text: str) -> Article:
    """Header, byline, body and boilerplate of ``text`` (an Article without quotes and dates)."""
    view = view_of(_check_text(text))
    return map_article(view, _layout.split(view.view))


def strip_boilerplate(text: str) -> str:
    """The article as a reader reads it: header lines, body paragraphs and headings, without boilerplate.

    The result keeps the kicker, title and teaser and the body paragraphs and headings, in the order of
    the text, joined by blank lines, so that ``strip_boilerplate(strip_boilerplate(t)) == strip_boilerplate(t)``.
    """
    art = split(text)
    kept = [(s, t) for s, t in ((art.kicker_span, art.kicker), (art.title_span, art.title),
                                (art.teaser_span, art.teaser)) if s is not None and t]
    kept.extend((p.span, p.text) for p in art.paragraphs)
    # In the order of the text, so that a second pass reads the pieces as the first one did.
    pieces = sorted(kept, key=lambda st: st[0].start)
    out: list[str] = []
    for i, (span, piece) in enumerate(pieces):
        if i:
            out.append(_separator(art, pieces[i - 1][0], span))
        out.append(piece)
    return "".join(out)


def _separator(art: Article, before: Span, after: Span) -> str:
    """A blank line between pieces; a kicker and title that shared a line keep what stood between them.

    Split apart, "Kicker\n\nTitle" reads on a second pass as two header lines where the first pass saw
    one, and the header then lands elsewhere; kept on one line, a second pass reads the line as before.
    """
    if before == art.kicker_span and after == art.title_span and before.end <= after.start:
        gap = art.text[before.end : after.start]
        # No line end and no words between them (a space, a colon, a dash): nothing that was removed.
        if "".join(gap.splitlines()) == gap and not any(c.isalnum() for c in gap):
            return gap
    return "\n\n"


def extract_quotes(text: str) -> tuple[Quote, ...]:
    """Quotes with speakers anywhere in ``text`` (no layout: the whole text counts as body)."""
    view = view_of(_check_text(text))
    return map_quotes(view, _quotes.find_quotes(view.view, _whole(view.view)))


def normalize_dates(text: str, reference_date: ReferenceDate = None) -> tuple[TimeExpression, ...]:
    """Temporal expressions anywhere in ``text``, resolved against ``reference_date``.

    Without ``reference_date`` the date the text states (a ``date YYYY-MM-DD`` prefix or a byline)
    is used; with neither, relative expressions keep values that do not invent a day.
    """
    view = view_of(_check_text(text))
    ref = coerce_reference_date(reference_date)
    if ref is None:
        ref = _own_date(_layout.split(view.view))
    return map_dates(view, _dates.find_dates(view.view, _whole(view.view), ref))


def _own_date(art: Article) -> dt.date | None:
    stamp = art.published or art.updated
    if isinstance(stamp, dt.datetime):
        return stamp.date()
    return stamp


def parse(text: str, reference_date: ReferenceDate = None) -> Article:
    """The full record of one article: layout, boilerplate, quotes with speakers, resolved dates.

    Every stage reads a view of the text without invisible characters (soft hyphens, zero-width spaces),
    no-break spaces read as spaces; the spans are mapped back, so they point into ``text`` itself.
    """
    view = view_of(_check_text(text))
    ref = coerce_reference_date(reference_date)
    return map_article(view, _parse_view(view.view, ref))


def _parse_view(text: str, ref: dt.date | None) -> Article:
    art = _layout.split(text)
    if ref is None:
        ref = _own_date(art)
    # Quotes come from the running text: the teaser and the body paragraphs (not headings).
    quote_regions = [p.span for p in art.paragraphs if p.kind == "paragraph"]
    if art.teaser_span is not None:
        quote_regions.append(art.teaser_span)
    quote_regions.sort(key=lambda s: (s.start, s.end))  # attrs' generated ordering is slow
    # Dates come from everything that is not boilerplate: header, byline, body.
    date_regions = _complement(len(text), [b.span for b in art.boilerplate])
    # An embed's date or a summary box may fix the days of an undated text; they are not dates of the article.
    anchors = [b.span for b in art.boilerplate if b.kind in _ANCHOR_KINDS]
    return attrs.evolve(
        art,
        reference_date=ref,
        quotes=_quotes.find_quotes(text, quote_regions),
        dates=_dates.find_dates(text, date_regions, ref, anchors),
    )
