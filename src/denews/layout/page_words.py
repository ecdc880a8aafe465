"""Whose words a block speaks: the page's furniture or the article's.

A block after the article that describes the site, its shop or its writer shares its words with the page's
furniture (the site's name, its sections, its offers, printed in menus and footers) more than with the article
above it; a paragraph of the article shares them with the article's other paragraphs.  Both vocabularies are
read once per page, as the stems of :func:`content_stems`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from ..model import BoilerplateKind
from ..tokenize import function_words, words
from .units import _U, Role

#: Furniture an article holds inline (a picture's caption and credit, an embedded post): no gap between the
#: article's blocks, and its words are the article's.  An ad's label is no such furniture: what it labels is not
#: the article's.
INLINE = frozenset({BoilerplateKind.CAPTION, BoilerplateKind.CREDIT, BoilerplateKind.EMBED})
#: The fewest content words a block needs for the shares to say anything.
MIN_CONTENT = 4


def content_stems(lower: Iterable[str]) -> set[str]:
    """The content words among ``lower`` (words in lower case): no function words, four letters or more, cut to
    five letters (a cheap stem)."""
    fw = function_words()
    return {w[:5] for w in lower if len(w) >= 4 and w not in fw}


def content(text: str) -> set[str]:
    """The content stems of ``text``."""
    return content_stems(w.lower() for w in words(text))


class PageWords:
    """The stems of the page's removed furniture, and of the article's kept blocks with their counts."""

    __slots__ = ("_article", "_furniture")

    def __init__(self, us: Sequence[_U], kept: Iterable[int]) -> None:
        self._furniture: set[str] = set()
        for x in us:
            if x.role is Role.BOILERPLATE and x.kind not in INLINE:
                self._furniture |= content(x.text)
        self._article: Counter[str] = Counter()
        for i in kept:
            self._article.update(content(us[i].text))

    def leaning(self, text: str) -> float:
        """The share of the block's content words found in the furniture less the share found in the article's
        other blocks (the block's own words not counted): above 0 it speaks the page's words more than the
        article's.  0 for a block of fewer than ``MIN_CONTENT`` content words."""
        own = content(text)
        if len(own) < MIN_CONTENT:
            return 0.0
        in_furniture = sum(1 for s in own if s in self._furniture)
        in_article = sum(1 for s in own if self._article[s] > 1)
        return (in_furniture - in_article) / len(own)
