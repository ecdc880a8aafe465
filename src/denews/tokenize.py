"""Words with offsets and the one list of German function words, for every stage.

A word is a run of letters (with combining marks) and inner hyphens: ``Ukraine-Krieg`` is one word, ``2025`` is
none.  The function words (articles, prepositions, conjunctions, pronouns) are read once from
``lexicons/layout_function_words.txt``; their share among a block's words tells running text from headlines,
names and menus (as jusText's stopword density does).

A block is measured once (:func:`measure`): its words and how many of them are function words, passed on to
every later step instead of re-reading the text.
"""

from __future__ import annotations

from functools import cache

import attrs
import regex

from ._data import read_text

WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}\-]*+")

#: The marks that open an item of a list (dashes, dots, a square, a triangle, a star, a plus), and the same as a
#: pattern's character class.
BULLETS = "-–—•·▪►*+"
BULLET_CLASS = "[" + regex.escape(BULLETS) + "]"


@attrs.frozen(slots=True)
class Token:
    """A word of a text and where it stands (``text[start:end] == word``)."""

    word: str
    start: int
    end: int


@cache
def function_words() -> frozenset[str]:
    """German closed-class words (articles, prepositions, conjunctions, pronouns), lower case."""
    data = read_text("lexicons/layout_function_words.txt")
    out: set[str] = set()
    for line in data.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.update(w.lower() for w in line.split())
    return frozenset(out)


def words(s: str) -> list[str]:
    """The words of ``s`` (letters with inner hyphens)."""
    found: list[str] = WORD.findall(s)
    return found


def tokens(s: str, offset: int = 0) -> list[Token]:
    """The words of ``s`` with their offsets, shifted by ``offset`` (the position of ``s`` in a larger text)."""
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in WORD.finditer(s)]


def count_function_words(ws: list[str]) -> int:
    """How many of the words ``ws`` are function words."""
    return sum(map(function_words().__contains__, map(str.lower, ws)))


@attrs.frozen(slots=True)
class Measure:
    """A block's words and how many of them are function words: computed once, read by every step."""

    words: tuple[str, ...]
    function_words: int

    @property
    def density(self) -> float:
        """The share of function words among the words (0 for a block without words)."""
        return self.function_words / len(self.words) if self.words else 0.0


def measure(s: str) -> Measure:
    """The :class:`Measure` of the block ``s``."""
    ws = words(s)
    return Measure(tuple(ws), count_function_words(ws))
