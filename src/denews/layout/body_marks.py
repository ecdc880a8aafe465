"""What the body's walk (:mod:`.body`) reads of the lines under the article's text: how the article closed, the
persons a byline names, and whether a writer's line is the text's signature."""

from __future__ import annotations

import enum

from ..tokenize import words
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


#: A writer's line under the text names more than the writers with so many words after the last name at least (a
#: post and a place: ``Autor: Anna Muster, Landesamt für Wald, Talheim``).
_SIGNED_WORDS = 2


def signed(text: str, names: list[str]) -> bool:
    """A writer's line that goes on past the writers' names (their post, their place): the article's signature,
    which a reader reads with the text, where a bare byline (``Von Anna Muster``) is header material only."""
    end = text.rfind(names[-1])
    return end >= 0 and len(words(text[end + len(names[-1]) :])) >= _SIGNED_WORDS
