"""Words with offsets, and the small word classes the attribution rules look at."""

from __future__ import annotations

import itertools

import regex

from . import lexicon

# A word: letters/digits with inner hyphens, apostrophes and dots (US-Präsident, l’Air, Dr.-Ing).
_WORD = regex.compile(r"[\p{L}\p{M}\d]++(?:[-‐’'][\p{L}\p{M}\d]++)*+")
# A hyphen standing alone between spaces is a dash ("Berlin - Merz sagte"): punctuation, not part of a name.
_PUNCT = regex.compile(r"[,;:.!?()\[\]–—„“”\"»«‚‘’']|(?<!\S)[-‐‒―]{1,2}+(?!\S)")
_TOKEN = regex.compile(_WORD.pattern + "|" + _PUNCT.pattern)

_FW = lexicon.function_words()
DETERMINERS = _FW["determiners"]
NON_NOMINATIVE = _FW["non_nominative"]
PREPOSITIONS = _FW["prepositions"]
SUBJECT_PRONOUNS = _FW["subject_pronouns"]
NAME_PARTICLES = _FW["name_particles"]
CLAUSE_BREAK = _FW["clause_break"]


class Tok:
    """A word or a punctuation mark of the text with its offsets.

    A plain slotted class rather than an attrs one: the quote stage makes tens of thousands of them per
    megabyte, and attrs' frozen ``__init__`` (one ``object.__setattr__`` per field, a factory call for
    ``low``) cost four times as much.  Treated as immutable: nothing assigns to a Tok after it is made.
    """

    __slots__ = ("cap", "end", "low", "punct", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.low = text.lower()  # read again and again by the rules: lowered once
        # Read hundreds of thousands of times per megabyte: an attribute, not a property computed at each read.
        first = text[:1]
        self.cap: bool = first.isupper()
        self.punct: bool = not first.isalnum()

    def __repr__(self) -> str:
        return f"Tok(text={self.text!r}, start={self.start}, end={self.end})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Tok):
            return NotImplemented
        return (self.text, self.start, self.end) == (other.text, other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Words and single punctuation marks of ``text[start:end]`` in order."""
    # The matches listed first, the word read as ``m[0]``: a quarter cheaper than ``m.group()`` inside the
    # scan (measured over the bench articles); the same tokens.
    return [Tok(m[0], m.start(), m.end()) for m in list(_TOKEN.finditer(text, start, end))]


def first_words(text: str, start: int, end: int, n: int) -> list[str]:
    """The words (and marks) of the first ``n`` tokens of ``text[start:end]``: those :func:`tokenize` gives first,
    without making the tokens."""
    return [m[0] for m in itertools.islice(_TOKEN.finditer(text, start, end), n)]
