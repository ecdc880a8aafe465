"""Immutable value classes for everything denews returns.

Every annotation carries ``text`` and ``span``; ``article.text[span.start:span.end] == item.text``
holds for each of them.  The classes are frozen and slotted attrs classes, so they hash, compare
by value and pickle.
"""

from __future__ import annotations

import datetime as _dt
import enum
from typing import Any, Literal

import attrs

ParagraphKind = Literal["paragraph", "heading"]
QuoteKind = Literal["direct", "partial", "indirect"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
#: TIMEX3 ``mod``: part of a period (Anfang/Mitte/Ende), approximation (gegen, rund), bounds (über, knapp).
TimexMod = Literal[
    "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN",
    "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE",
]


class SpeakerType(enum.Enum):
    """What kind of speaker a quote has: a named person, a role or description without a name
    (``Ministerin``), an institution, a medium, or a group speaking as one (``Demonstranten``).

    >>> import denews
    >>> q = denews.extract_quotes("Die Ministerin sagte: „Wir bleiben dabei.“")[0]
    >>> q.speaker, q.speaker_type
    ('Ministerin', <SpeakerType.ROLE: 'ROLE'>)
    >>> denews.SpeakerType("MEDIA").name
    'MEDIA'
    """

    PERSON = "PERSON"
    ROLE = "ROLE"
    ORGANIZATION = "ORGANIZATION"
    MEDIA = "MEDIA"
    COLLECTIVE = "COLLECTIVE"

class BoilerplateKind(str, enum.Enum):
    """What a stretch of boilerplate is: the kinds of the gold format (shared/corpus/GUIDE.md).

    A member is the string it stands for: it compares, hashes, prints and serializes as that string, so
    ``b.kind == "caption"`` holds and ``to_dict``, JSON and the CLI give the plain kind (as ``enum.StrEnum``
    does from Python 3.11 on).

    >>> import denews
    >>> denews.BoilerplateKind("caption") is denews.BoilerplateKind.CAPTION
    True
    >>> k = denews.BoilerplateKind.NEWSLETTER
    >>> k == "newsletter", f"[{k}]", str(k)
    (True, '[newsletter]', 'newsletter')
    """

    EMBED = "embed"
    NEWSLETTER = "newsletter"
    RELATED = "related"
    CAPTION = "caption"
    CREDIT = "credit"
    AUDIO = "audio"
    AD = "ad"
    SOCIAL = "social"
    PAYWALL = "paywall"
    COMMENTS = "comments"
    OTHER = "other"

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return self.value.__format__(spec)


#: The boilerplate kinds of the gold format (shared/corpus/GUIDE.md), as strings, in the guide's order.
BOILERPLATE_KINDS: tuple[str, ...] = tuple(k.value for k in BoilerplateKind)


@attrs.frozen(slots=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` into the input text.

    Examples:
        >>> from denews import Span
        >>> s = Span(4, 10)
        >>> len(s), s.overlaps(Span(9, 12)), s.contains(Span(5, 6)), s.to_dict()
        (6, True, True, {'start': 4, 'end': 10})
        >>> Span(5, 2)
        Traceback (most recent call last):
        ValueError: invalid span: start=5, end=2
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span: start={self.start}, end={self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """Whether the two ranges share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this range."""
        return self.start <= other.start and other.end <= self.end

    def to_dict(self) -> dict[str, int]:
        """``{"start": ..., "end": ...}``."""
        return {"start": self.start, "end": self.end}


@attrs.frozen(slots=True)
class Paragraph:
    """A body block: a paragraph of running text or an intermediate heading.

    Examples:
        >>> import denews
        >>> art = denews.split("Köln - Die Brücke ist frei.\\n\\nWie geht es weiter?\\n\\nDie Stadt plant weiter.")
        >>> [(p.kind, p.text) for p in art.paragraphs][0]
        ('paragraph', 'Köln - Die Brücke ist frei.')
        >>> all(art.text[p.span.start : p.span.end] == p.text for p in art.paragraphs)
        True
    """

    text: str
    span: Span
    kind: ParagraphKind = "paragraph"

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data."""
        return {"text": self.text, "span": self.span.to_dict(), "kind": self.kind}


@attrs.frozen(slots=True)
class Boilerplate:
    """A stretch of the input that is not article content, with its kind (a :class:`BoilerplateKind`; a string
    such as ``"caption"`` is taken as the kind it names).

    Examples:
        >>> import denews
        >>> art = denews.split(
        ...     "Köln - Die neue Brücke ist seit Montag für Autos frei. Die Stadt rechnet mit weniger Staus.\\n\\n"
        ...     "Abonnieren Sie unseren Newsletter und verpassen Sie keine Nachricht mehr!"
        ... )
        >>> [(b.kind, b.text) for b in art.boilerplate]
        [(<BoilerplateKind.NEWSLETTER: 'newsletter'>, 'Abonnieren Sie unseren Newsletter und verpassen Sie keine ...')]
    """

    text: str
    span: Span
    kind: BoilerplateKind = attrs.field(converter=BoilerplateKind)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": self.span.to_dict(), "kind": self.kind.value}


@attrs.frozen(slots=True)
class Quote:
    """A quotation: ``text`` is what stands between the marks (``span`` excludes the marks).

    ``speaker`` is the canonical (fullest) name the article uses for the speaker, or ``None``;
    ``mention`` is the wording at the attribution (``der Putin-Berater``) and ``mention_span`` its place;
    ``cue`` is the verb or phrase of saying; ``speaker_type`` the kind of speaker (``None`` without one).

    Examples:
        >>> import denews
        >>> text = "„Wir müssen jetzt überall sparen“, sagte Ministerin Ute Beispiel."
        >>> q = denews.extract_quotes(text)[0]
        >>> q.text, q.kind, q.speaker, q.mention, q.cue
        ('Wir müssen jetzt überall sparen', 'direct', 'Ute Beispiel', 'Ministerin Ute Beispiel', 'sagte')
        >>> text[q.span.start : q.span.end] == q.text
        True
    """

    text: str
    span: Span
    kind: QuoteKind = "direct"
    speaker: str | None = None
    mention: str | None = None
    mention_span: Span | None = None
    cue: str | None = None
    speaker_type: SpeakerType | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": self.span.to_dict(),
            "kind": self.kind,
            "speaker": self.speaker,
            "mention": self.mention,
            "mention_span": self.mention_span.to_dict() if self.mention_span else None,
            "cue": self.cue,
            "speaker_type": self.speaker_type.value if self.speaker_type is not None else None,
        }


@attrs.frozen(slots=True)
class TimeExpression:
    """A temporal expression with its TIMEX3 ``value``, ``type`` and ``mod``.

    ``span`` is the TIMEX3 extent: a leading preposition is not part of it ("am Donnerstag" gives
    "Donnerstag").  ``mod`` is TIMEX3's modifier (``START`` for "Anfang Mai", ``APPROX`` for "gegen 3 Uhr")
    or ``None``.  ``earliest``/``latest`` are the first and last calendar day the expression covers, where it
    covers days (``None`` for durations, vague references and unresolved expressions).

    Examples:
        >>> import denews
        >>> d = denews.normalize_dates("Die Messe findet im März 2026 statt.")[0]
        >>> d.value, d.type, d.earliest, d.latest
        ('2026-03', 'DATE', datetime.date(2026, 3, 1), datetime.date(2026, 3, 31))
    """

    text: str
    span: Span
    value: str
    type: TimexType = "DATE"
    earliest: _dt.date | None = None
    latest: _dt.date | None = None
    mod: TimexMod | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": self.span.to_dict(),
            "value": self.value,
            "type": self.type,
            "mod": self.mod,
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
        }


@attrs.frozen(slots=True)
class Field:
    """A header field found in the text (title, kicker, teaser, dateline) with its place.

    Examples:
        >>> from denews import Field, Span
        >>> Field("Köln", Span(0, 4)).to_dict()
        {'text': 'Köln', 'span': {'start': 0, 'end': 4}}
    """

    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": self.span.to_dict()}


def _iso(value: _dt.date | _dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.isoformat(timespec="minutes") if not value.second else value.isoformat()
    return value.isoformat()


@attrs.frozen(slots=True)
class Article:
    """The structured record of one article.  ``text`` is the input, untouched.

    Examples:
        >>> import denews
        >>> art = denews.parse(
        ...     "Neue Brücke über den Rhein eröffnet\\n\\n"
        ...     "Köln - Die Brücke ist seit Montag frei.\\n\\nWie geht es weiter?\\n\\nDie Stadt plant weiter.",
        ...     reference_date="2025-08-07",
        ... )
        >>> art.title, art.dateline, art.reference_date
        ('Neue Brücke über den Rhein eröffnet', 'Köln', datetime.date(2025, 8, 7))
        >>> art.body.startswith("Köln - Die Brücke"), art.to_dict()["reference_date"]
        (True, '2025-08-07')
    """

    text: str
    title: str | None = None
    kicker: str | None = None
    teaser: str | None = None
    published: _dt.date | _dt.datetime | None = None
    updated: _dt.date | _dt.datetime | None = None
    authors: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    dateline: str | None = None
    reference_date: _dt.date | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[TimeExpression, ...] = ()
    # Where the header fields stand in ``text`` (None where the field is None).
    title_span: Span | None = None
    kicker_span: Span | None = None
    teaser_span: Span | None = None
    dateline_span: Span | None = None

    @property
    def body(self) -> str:
        """The body blocks joined by blank lines: what a reader reads as the article."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def headings(self) -> tuple[str, ...]:
        """The texts of the heading blocks, in order."""
        return tuple(p.text for p in self.paragraphs if p.kind == "heading")

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data (dates as ISO strings, spans as ``{"start", "end"}``)."""

        def span(s: Span | None) -> dict[str, int] | None:
            return s.to_dict() if s is not None else None

        return {
            "text": self.text,
            "title": self.title,
            "kicker": self.kicker,
            "teaser": self.teaser,
            "published": _iso(self.published),
            "updated": _iso(self.updated),
            "authors": list(self.authors),
            "agencies": list(self.agencies),
            "dateline": self.dateline,
            "reference_date": _iso(self.reference_date),
            "title_span": span(self.title_span),
            "kicker_span": span(self.kicker_span),
            "teaser_span": span(self.teaser_span),
            "dateline_span": span(self.dateline_span),
            "body": self.body,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "boilerplate": [b.to_dict() for b in self.boilerplate],
            "quotes": [q.to_dict() for q in self.quotes],
            "dates": [d.to_dict() for d in self.dates],
        }
