"""Words with offsets, and the small word classes the attribution rules look at."""

from __future__ import annotations

import itertools
import operator

import regex

from .._data import domain_alternation, particle_words
from . import lexicon

# A word: letters/digits with inner hyphens, apostrophes and dots (US-Präsident, l’Air, Dr.-Ing).
# A web address ends in a domain ending ("t-online.de", "faz.net"): one word, a site that reports.
_DOMAIN = r"(?:\.(?:" + domain_alternation() + r")(?![\p{L}\p{M}\d]))?+"
_WORD = regex.compile(r"[\p{L}\p{M}\d]++(?:[-‐’'][\p{L}\p{M}\d]++)*+" + _DOMAIN)
# A hyphen standing alone between spaces is a dash ("Berlin - Merz sagte"): punctuation, not part of a name.
_PUNCT = regex.compile(r"[,;:.!?()\[\]–—„“”\"»«‚‘’']|(?<!\S)[-‐‒―]{1,2}+(?!\S)")
_TOKEN = regex.compile(_WORD.pattern + "|" + _PUNCT.pattern)
# Every character a token can start with (a word's, a mark's, a dash's).
_STARTS = r"\p{L}\p{M}\d,;:.!?()\[\]–—„“”\"»«‚‘’'\-‐‒―"
# All the tokens of a stretch in one match: a run of characters no token starts with is passed over at once, then
# a token is captured or (where none starts) one character passed over; the captures, their starts and ends come
# out as lists, without a match object per token.  The same tokens as ``_TOKEN.finditer``, which tries each
# position in turn and goes on after a token's end.
_TOKENS = regex.compile(r"(?s)(?:[^" + _STARTS + r"]*+(?:(" + _TOKEN.pattern + r")|.))*+")

#: A token's lower case, read for a whole list at once (``map(LOW, toks)``): a loop that looks for a few words
#: picks them with ``itertools.compress`` and passes over the others without a Python step each.
LOW = operator.attrgetter("low")

_FW = lexicon.function_words()
DETERMINERS = _FW["determiners"]
NON_NOMINATIVE = _FW["non_nominative"]
PREPOSITIONS = _FW["prepositions"]
SUBJECT_PRONOUNS = _FW["subject_pronouns"]
# Name particles (von, van der, de la): one list for every stage, ``lexicons/person_name_particles.txt``.
NAME_PARTICLES = particle_words()
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
    m = _TOKENS.match(text, start, end)  # (it matches any stretch, the empty one too)
    if m is None:
        return []
    return list(map(Tok, m.captures(1), m.starts(1), m.ends(1)))


def first_words(text: str, start: int, end: int, n: int) -> list[str]:
    """The words (and marks) of the first ``n`` tokens of ``text[start:end]``: those :func:`tokenize` gives first,
    without making the tokens."""
    return [m[0] for m in itertools.islice(_TOKEN.finditer(text, start, end), n)]
