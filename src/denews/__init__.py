"""denews: clean, structured records from German news articles (see README.md and docs/)."""

from ._version import __version__
from .api import extract_quotes, normalize_dates, parse, split, strip_boilerplate
from .batch import OnError, ParseError, parse_many
from .model import Article, Boilerplate, Field, Paragraph, Quote, Span, TimeExpression

__all__ = [
    "Article",
    "Boilerplate",
    "Field",
    "OnError",
    "Paragraph",
    "ParseError",
    "Quote",
    "Span",
    "TimeExpression",
    "__version__",
    "extract_quotes",
    "normalize_dates",
    "parse",
    "parse_many",
    "split",
    "strip_boilerplate",
]
