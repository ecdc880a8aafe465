"""denews: clean, structured records from German news articles (see README.md and docs/)."""

from ._version import __version__
from .api import ReferenceDate, extract_quotes, normalize_dates, parse, split, strip_boilerplate
from .batch import parse_many
from .model import Article, Boilerplate, Field, Paragraph, Quote, Span, TimeExpression


def parse_html(html: str, url: str | None = None, *, reference_date: ReferenceDate = None) -> Article:
    """The record of one web page (extra ``denews[html]``): see :func:`denews.html.parse_html`."""
    from .html import parse_html as _parse_html  # imported on first use: `import denews` stays light

    return _parse_html(html, url, reference_date=reference_date)


__all__ = [
    "Article",
    "Boilerplate",
    "Field",
    "Paragraph",
    "Quote",
    "Span",
    "TimeExpression",
    "__version__",
    "extract_quotes",
    "normalize_dates",
    "parse",
    "parse_html",
    "parse_many",
    "split",
    "strip_boilerplate",
]
