"""What the body's walk (:mod:`.body`) reads of the lines under the article's text: how the article closed, and the
persons a byline names."""

from __future__ import annotations

import enum

from .stamps import is_person
from .units import _U


class Closing(enum.Enum):
    """How the article ended where all that follows it is furniture (``body._Body.propagate`` holds it, or a kind)."""

    PAGE_END = "page-end"  # the copyright line closes the article
    COMMENTS = "comments-all"  # a comment section opens in the page's second half and runs to its end


def writers(x: _U) -> list[str]:
    """The persons a byline names, where it names persons only (``Von Anna Muster``) and is short as a byline is."""
    ok = x.byline is not None and len(x.text) <= 80 and all(is_person(a) for a in x.byline[0])
    return x.byline[0] if ok and x.byline is not None else []
