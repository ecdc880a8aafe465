"""The site's header over an article: its name (the logo's text) and its tagline under it.

A blog or a magazine prints its name and a line that says what it is (``Anna Beispiels Blog über Garten und
Küche``, ``Das Magazin für Imker``) above every page.  Both stand close above the article's headline and share
the lead's topic words, so the headline score alone may pick them; the tagline names the site by a word of
``layout_site_words.txt`` in its opening words, tied to its topic by a preposition.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from .._data import word_set
from .site_suffix import site_words

# The site's word stands among a tagline's first words (``Das neue Lifestyle-Magazin für ...``).
TAGLINE_REACH = 4
TAGLINE_WORDS = 15  # a tagline is a phrase, not a paragraph
NAME_WORDS = 6  # the logo's text over it is short
LONG_END = 6  # letters of a site's word that a compound may end in (``...magazin``, not ``...bote``)
_WORD = regex.compile(r"[\p{L}\d][\p{L}\p{M}\d\-'’]*")


@cache
def _links() -> frozenset[str]:
    return word_set("lexicons/layout_tagline_links.txt")


def tagline(text: str) -> bool:
    """Whether ``text`` is a site's tagline: a phrase (no sentence mark at its end) whose opening words hold a
    word naming a publication (``Blog``, ``...magazin``) followed by a preposition (``über``, ``für``,
    ``rund um``)."""
    s = text.strip()
    found = _WORD.findall(s)
    if not found or len(found) > TAGLINE_WORDS or s.endswith((".", "!", "?", ":")):
        return False
    for k, w in enumerate(found[: TAGLINE_REACH + 1]):
        if k + 1 < len(found) and _names_site(w.casefold()) and found[k + 1] in _links():
            return True
    return False


def _names_site(word: str) -> bool:
    """Whether ``word`` (casefolded) is a word naming a publication, or a compound ending in a long one
    (``lifestyle-magazin``, ``verbraucherportal``; a short ending reads into other words: ``hotelange-bote``)."""
    last = word.rsplit("-", 1)[-1]
    return last in site_words() or last.endswith(_long_ends())


@cache
def _long_ends() -> tuple[str, ...]:
    return tuple(w for w in site_words() if len(w) >= LONG_END)


def site_header(lines: Sequence[tuple[int, str]]) -> set[int]:
    """Positions in ``lines`` (headline candidates: unit index and text) of the site's tagline and of the
    short line right above it, the site's name."""
    out: set[int] = set()
    for k, (i, t) in enumerate(lines):
        if not tagline(t):
            continue
        out.add(k)
        if k > 0 and lines[k - 1][0] + 1 == i and len(lines[k - 1][1].split()) <= NAME_WORDS:
            out.add(k - 1)
    return out
