"""Words with offsets, and the small word classes the attribution rules look at."""

from __future__ import annotations

import attrs
import regex

from . import lexicon

# A word: letters/digits with inner hyphens, apostrophes and dots (US-Präsident, l’Air, Dr.-Ing).
_WORD = regex.compile(r"[\p{L}\p{M}\d]++(?:[-‐’'][\p{L}\p{M}\d]++)*+")
_PUNCT = regex.compile(r"[,;:.!?()\[\]–—„“”\"»«‚‘’']")
_TOKEN = regex.compile(_WORD.pattern + "|" + _PUNCT.pattern)

_FW = lexicon.function_words()
DETERMINERS = _FW["determiners"]
NON_NOMINATIVE = _FW["non_nominative"]
PREPOSITIONS = _FW["prepositions"]
SUBJECT_PRONOUNS = _FW["subject_pronouns"]
NAME_PARTICLES = _FW["name_particles"]
CLAUSE_BREAK = _FW["clause_break"]


@attrs.frozen(slots=True)
class Tok:
    text: str
    start: int
    end: int
    # Read again and again by the rules: lowered once.
    low: str = attrs.field(init=False, eq=False, repr=False)

    @low.default
    def _lowered(self) -> str:
        return self.text.lower()

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def punct(self) -> bool:
        return not self.text[:1].isalnum()


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Words and single punctuation marks of ``text[start:end]`` in order."""
    return [Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
