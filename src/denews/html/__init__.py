"""HTML input: ``parse_html(html, url=None)`` (extra ``denews[html]``; see docs/html.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..api import ReferenceDate, coerce_reference_date
from ..model import Article

INSTALL_HINT = "HTML input needs the extra: pip install 'denews[html]'"


def available() -> bool:
    """Whether the converter the extra installs can be imported."""
    try:
        import trafilatura  # noqa: F401  (it brings lxml)
    except ImportError:
        return False
    return True


def _tree(html: str) -> Any:
    """The parsed page (trafilatura's loader: it copes with encoding declarations and broken markup)."""
    from trafilatura import load_html

    tree = load_html(html)
    if tree is None:  # nothing the parser could read as a page
        tree = load_html("<html><body></body></html>")
    return tree


def parse_html(html: str, url: str | None = None, *, reference_date: ReferenceDate = None) -> Article:
    """The full record of one web page: its main content as page text, then layout, quotes and dates.

    ``Article.text`` is the page text built from the HTML (the headline, then one block per heading, paragraph,
    list item or table row, blank lines between them); every span points into it.  ``url`` helps the
    converter where the page's links are relative; ``reference_date`` is as for :func:`denews.parse` (without
    it, the date the page states, in its text or else in its metadata).
    """
    if not isinstance(html, str):
        raise TypeError(f"html must be str, not {type(html).__name__}")
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be str or None, not {type(url).__name__}")
    ref = coerce_reference_date(reference_date)
    if not available():
        raise ImportError(INSTALL_HINT)
    from .assemble import assemble
    from .convert import extract
    from .meta import read_meta

    tree = _tree(html)
    meta = read_meta(tree)  # before the extraction, which prunes the tree
    return assemble(extract(tree, url), meta, ref, lambda: _htmldate(html, url))


def _htmldate(html: str, url: str | None) -> dt.date | None:
    """htmldate's publication date of the page: asked only where neither the text nor the meta elements
    state one (it reads dates from URLs, markup and text patterns; measured in docs/html.md)."""
    from htmldate import find_date

    from .meta import parse_stamp

    found = find_date(html, url=url, original_date=True, extensive_search=True)
    value = parse_stamp(found) if found else None
    return value if not isinstance(value, dt.datetime) else value.date()
