"""denews: clean, structured records from German news articles (see README.md and docs/)."""

from ._version import __version__
from .api import ReferenceDate, extract_quotes, normalize_dates, parse, split, strip_boilerplate
from .batch import OnError, ParseError, parse_many
from .model import Article, Boilerplate, BoilerplateKind, Field, Paragraph, Quote, Span, SpeakerType, TimeExpression
from .tables import to_frame  # imports pandas only when called


def parse_html(html: str, url: str | None = None, *, reference_date: ReferenceDate = None) -> Article:
    """The record of one web page (extra ``denews[html]``): see :func:`denews.html.parse_html`.

    Examples:
        >>> import denews
        >>> page = (
        ...     "<html><head><title>Rat beschließt Haushalt - Beispielblatt</title></head><body>"
        ...     "<nav><a href='/'>Start</a> <a href='/politik'>Politik</a></nav><article>"
        ...     "<h1>Rat beschließt Haushalt</h1><p>Der Stadtrat hat am Dienstag den Haushalt für das kommende"
        ...     " Jahr beschlossen. Die Mehrheit stimmte nach langer Debatte zu.</p><p>„Wir sparen, wo es geht“,"
        ...     " sagte Kämmerin Eva Probe.</p></article></body></html>"
        ... )
        >>> art = denews.parse_html(page, reference_date="2025-03-06")
        >>> art.title, [q.speaker for q in art.quotes]
        ('Rat beschließt Haushalt', ['Eva Probe'])
    """
    from .html import parse_html as _parse_html  # imported on first use: `import denews` stays light

    return _parse_html(html, url, reference_date=reference_date)


__all__ = [
    "Article",
    "Boilerplate",
    "BoilerplateKind",
    "Field",
    "OnError",
    "Paragraph",
    "ParseError",
    "Quote",
    "Span",
    "SpeakerType",
    "TimeExpression",
    "__version__",
    "extract_quotes",
    "normalize_dates",
    "parse",
    "parse_html",
    "parse_many",
    "split",
    "strip_boilerplate",
    "to_frame",
]
