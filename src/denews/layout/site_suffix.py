"""A site's name printed after the headline in the page's title (`` - Musterstädter Zeitung``)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from .._data import domain_alternation, word_set
from .page_lines import squash as _squash

# The separators of a page title's site name: `` - ``, `` – ``, `` | ``, `` · ``.
SITE_SEP = regex.compile(r"\s+[|\-–—·]\s+(?=[^|\-–—·]+$)")
_DOMAIN = regex.compile(rf"\b[\p{{L}}\d\-]+\.(?:{domain_alternation()})\b", regex.IGNORECASE)
SITE_WORDS = 4  # a site's name is short


@cache
def site_words() -> tuple[str, ...]:
    """Words (and word endings) that name a publication (``lexicons/layout_site_words.txt``), casefolded."""
    return tuple(sorted(word_set("lexicons/layout_site_words.txt")))


def site_suffix(line: str, page: Sequence[str]) -> int | None:
    """Where a site's name after the headline starts (`` - Musterstädter Zeitung``), or ``None``.

    The last part after a separator is the site's name where it is short and either names a publication (a
    domain, a word of ``layout_site_words.txt``) or recurs on the page as a line of its own (the logo) or in
    the footer's copyright line.  The headline before it keeps two words at least.
    """
    m = SITE_SEP.search(line)
    if m is None:
        return None
    at: int = m.start()
    head, tail = line[:at], line[m.end() :].strip()
    # A name is short and holds no clause: no comma, no sentence mark.
    if len(head.split()) < 2 or not tail or len(tail.split()) > SITE_WORDS or any(c in tail for c in ",;!?"):
        return None
    if _DOMAIN.search(tail) is not None:
        return at
    if not tail[:1].isupper():
        return None
    named = any(w.endswith(site_words()) for w in regex.findall(r"\p{L}+", tail.casefold()))
    return at if named or _recurs(tail, page) else None


def _recurs(tail: str, page: Sequence[str]) -> bool:
    """Whether ``tail`` stands on the page as a line of its own (the logo) or in a copyright line."""
    name = _squash(tail).casefold()
    for t in page:
        low = _squash(t).casefold()
        if low == name or ("©" in low and name in low):
            return True
    return False
