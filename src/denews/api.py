"""The public functions: one pipeline, each stage also usable alone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs
import regex

from .model import Article, BoilerplateKind, Quote, Span, TimeExpression
from .textview import map_article, map_dates, map_quotes, view_of

ReferenceDate = dt.date | dt.datetime | str | None

# The three stages (layout, quotes, dates) are imported by the functions that run them, on the first call: they
# compile some 150 patterns and read their lexicons, which `import denews` (models, types, the CLI's --help)
# does not need. Python keeps a module once imported, so later calls pay one dictionary lookup.

_ISO_DAY = regex.compile(r"\d{4}-\d{2}-\d{2}")


def coerce_reference_date(value: object, name: str = "reference_date") -> dt.date | None:
    """``date``, ``datetime`` or ``"YYYY-MM-DD"`` to a ``date``; ``None`` stays ``None``.

    Anything else raises: ``TypeError`` for another type, ``ValueError`` for a malformed string.

    Examples:
        >>> coerce_reference_date("2025-08-07")
        datetime.date(2025, 8, 7)
        >>> coerce_reference_date("7.8.2025")
        Traceback (most recent call last):
        ValueError: reference_date must be a date in the form YYYY-MM-DD, got '7.8.2025'
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


_ANCHOR_KINDS = frozenset((BoilerplateKind.EMBED, BoilerplateKind.OTHER))


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
    """Header, byline, body and boilerplate of ``text`` (an Article without quotes and dates).

    Examples:
        >>> import denews
        >>> art = denews.split(
        ...     "Verkehr\\n\\nNeue Brücke über den Rhein eröffnet\\n\\nVon Jana Holzapfel\\n\\n"
        ...     "Köln - Die neue Brücke ist seit Montag für Autos frei. Die Stadt rechnet mit weniger Staus.\\n"
        ... )
        >>> art.kicker, art.title, art.authors, art.dateline
        ('Verkehr', 'Neue Brücke über den Rhein eröffnet', ('Jana Holzapfel',), 'Köln')
        >>> art.quotes, art.dates
        ((), ())
    """
    from . import layout as _layout

    view = view_of(_check_text(text))
    return map_article(view, _layout.split(view.view))


def strip_boilerplate(text: str) -> str:
    """The article as a reader reads it: header lines, body paragraphs and headings, without boilerplate.

    The result keeps the kicker, title and teaser, then the body paragraphs and headings, each in the order of
    the text, joined by blank lines, so that ``strip_boilerplate(strip_boilerplate(t)) == strip_boilerplate(t)``.

    Examples:
        >>> import denews
        >>> text = (
        ...     "Neue Brücke über den Rhein eröffnet\\n\\n"
        ...     "Köln - Die neue Brücke ist seit Montag für Autos frei. Die Stadt rechnet mit weniger Staus.\\n\\n"
        ...     "Abonnieren Sie unseren Newsletter und verpassen Sie keine Nachricht mehr!\\n"
        ... )
        >>> print(denews.strip_boilerplate(text))
        Neue Brücke über den Rhein eröffnet
        <BLANKLINE>
        Köln - Die neue Brücke ist seit Montag für Autos frei. Die Stadt rechnet mit weniger Staus.
    """
    art = split(text)
    kept = [(s, t) for s, t in ((art.kicker_span, art.kicker), (art.title_span, art.title),
                                (art.teaser_span, art.teaser)) if s is not None and t]
    # The header first, then the body, each in the order of the text, so that a second pass reads the pieces as
    # the first one did: a headline chosen below the body's first lines would read there as a line of the body.
    pieces = sorted(kept, key=lambda st: st[0].start) + [(p.span, p.text) for p in art.paragraphs]
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
    """Quotes with speakers anywhere in ``text`` (no layout: the whole text counts as body).

    Examples:
        >>> import denews
        >>> quotes = denews.extract_quotes("„Wir müssen jetzt überall sparen“, sagte Ministerin Ute Beispiel.")
        >>> [(q.text, q.speaker, q.kind, q.cue) for q in quotes]
        [('Wir müssen jetzt überall sparen', 'Ute Beispiel', 'direct', 'sagte')]
    """
    from . import quotes as _quotes

    view = view_of(_check_text(text))
    return map_quotes(view, _quotes.find_quotes(view.view, _whole(view.view)))


def normalize_dates(
    text: str, reference_date: ReferenceDate = None, *, vague: bool = False
) -> tuple[TimeExpression, ...]:
    """Temporal expressions anywhere in ``text``, resolved against ``reference_date``.

    Without ``reference_date`` the date the text states (a ``date YYYY-MM-DD`` prefix or a byline)
    is used; with neither, relative expressions keep values that do not invent a day.  Vague references
    ("nun", "bisher": ``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``) are left out unless ``vague`` is true.

    Examples:
        >>> import denews
        >>> found = denews.normalize_dates("Die Messe beginnt am 3. März 2025 und dauert drei Tage.")
        >>> [(d.value, d.type) for d in found]
        [('2025-03-03', 'DATE'), ('P3D', 'DURATION')]
        >>> [d.value for d in denews.normalize_dates("Am Freitag tagt der Rat.", reference_date="2025-08-07")]
        ['2025-08-08']
    """
    from . import dates as _dates
    from . import layout as _layout

    view = view_of(_check_text(text))
    ref = coerce_reference_date(reference_date)
    if ref is None:
        ref = _own_date(_layout.split(view.view))
    return map_dates(view, _dates.find_dates(view.view, _whole(view.view), ref, vague=vague))


def _own_date(art: Article) -> dt.date | None:
    stamp = art.published or art.updated
    if isinstance(stamp, dt.datetime):
        return stamp.date()
    return stamp


def parse(text: str, reference_date: ReferenceDate = None, *, vague_dates: bool = False) -> Article:
    """The full record of one article: layout, boilerplate, quotes with speakers, resolved dates.

    ``reference_date`` (``date``, ``datetime``, ``"YYYY-MM-DD"`` or ``None``) is the day relative dates are
    resolved against; without it, the date the text states.  Vague references among the dates ("nun",
    "bisher", "künftig") are left out unless ``vague_dates`` is true.

    Examples:
        >>> import denews
        >>> art = denews.parse(
        ...     "Berlin - „Wir handeln noch in dieser Woche“, sagte Ministerin Ute Beispiel am Mittwoch.",
        ...     reference_date="2025-08-07",
        ... )
        >>> art.dateline, [(q.speaker, q.text) for q in art.quotes]
        ('Berlin', [('Ute Beispiel', 'Wir handeln noch in dieser Woche')])
        >>> [d.value for d in art.dates if d.text.endswith("Mittwoch")]
        ['2025-08-06']

    Every stage reads a view of the text without invisible characters (soft hyphens, zero-width spaces),
    no-break spaces read as spaces; the spans are mapped back, so they point into ``text`` itself.
    """
    view = view_of(_check_text(text))
    ref = coerce_reference_date(reference_date)
    return map_article(view, _parse_view(view.view, ref, vague_dates))


def _parse_view(text: str, ref: dt.date | None, vague_dates: bool) -> Article:
    from . import layout as _layout
    from . import quotes as _quotes

    art = _layout.split(text)
    if ref is None:
        ref = _own_date(art)
    # Quotes come from the running text: the teaser and the body paragraphs (not headings).
    quote_regions = [p.span for p in art.paragraphs if p.kind == "paragraph"]
    if art.teaser_span is not None:
        quote_regions.append(art.teaser_span)
    quote_regions.sort(key=lambda s: (s.start, s.end))  # attrs' generated ordering is slow
    dates = article_dates(art, ref, vague=vague_dates)
    return attrs.evolve(
        art,
        reference_date=ref,
        quotes=_quotes.find_quotes(text, quote_regions),
        dates=dates,
        agencies=_with_stamp_agencies(art, dates),
    )


def _with_stamp_agencies(art: Article, dates: Sequence[TimeExpression]) -> tuple[str, ...]:
    """The article's agencies and those of the stamps in its text: "(APA, 22.8.2015)" credits the APA."""
    from .credit_lines import credit_agencies
    from .dates.context import credit_before

    names = list(art.agencies)
    for d in dates:
        credit = credit_before(art.text, d.span.start, d.span.end)
        for name in credit_agencies(credit) if credit else ():
            if name not in names:
                names.append(name)
    return tuple(names)


def article_dates(art: Article, ref: dt.date | None, *, vague: bool = False) -> tuple[TimeExpression, ...]:
    """The dates of a split article: everything but its boilerplate (header, byline, body), against ``ref``.

    Examples:
        >>> import datetime as dt, denews
        >>> art = denews.split("Berlin - Der Rat tagt am Freitag. Bisher gab es keine Einigung.")
        >>> [d.value for d in article_dates(art, dt.date(2025, 8, 7))]
        ['2025-08-08']
        >>> [d.value for d in article_dates(art, dt.date(2025, 8, 7), vague=True)]
        ['2025-08-08', 'PRESENT_REF']
    """
    from . import dates as _dates

    date_regions = _complement(len(art.text), [b.span for b in art.boilerplate])
    # An embed's date or a summary box may fix the days of an undated text; they are not dates of the article.
    anchors = [b.span for b in art.boilerplate if b.kind in _ANCHOR_KINDS]
    return _dates.find_dates(art.text, date_regions, ref, anchors, vague=vague)
