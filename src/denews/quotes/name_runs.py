"""The runs of capitalized words of one region: the words themselves (:class:`_Caps`), the runs they make on a
line (with name particles: ``Ursula von der Leyen``), and the text's common words (:class:`_CommonWords`), which a run
is not a name of.

:func:`.names._draft` finds the runs with this module and reads them with :mod:`.name_readers`."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .._data import name_particles, particle_run
from ..model import Span
from . import lexicon
from .name_table import _first_name, _name_like, _name_like_shape
from .tokens import DETERMINERS, Tok

_CAP_WORD = regex.compile(r"(?<![\p{L}\p{M}\d\-‐’'])\p{Lu}[\p{L}\p{M}\d]*+(?:[-‐’'][\p{L}\p{M}\d]++)*+")


# All the capitalized words of a stretch in one match: a run of characters that are no capital is passed over at
# once, then a word is captured or (where none starts) the capital passed over; the captures, their starts and ends
# come out as lists, without a match object per word.  The same words as ``_CAP_WORD.finditer``.
_CAP_WORDS = regex.compile(r"(?s)(?:[^\p{Lu}]*+(?:(" + _CAP_WORD.pattern + r")|.))*+")


_WORDS = regex.compile(r"[\p{L}\p{M}]++")


_SPACE = regex.compile(r"[ \t\u00a0]++")


# A particle run between two capitalized words (``lexicons/person_name_particles.txt``).
_PARTICLE_GAP = regex.compile(r"[ \t\u00a0]++" + particle_run() + r"[ \t\u00a0]++")


_LOWER_WORD = regex.compile(r"\b\p{Ll}[\p{L}\p{M}]{2,}+")


class _Caps:
    """The capitalized words of one region as parallel lists (the word, in lower case, its offsets).

    Most of them are single nouns that only a role or institution lookup reads: a :class:`Tok` is made only for
    the words of a run that reads them (:meth:`tok`), not for every word.
    """

    __slots__ = ("end", "low", "start", "word")

    def __init__(self, text: str, region: Span) -> None:
        m = _CAP_WORDS.match(text, region.start, region.end)  # (it matches any stretch, the empty one too)
        self.word: list[str] = m.captures(1) if m is not None else []
        self.low: list[str] = list(map(str.lower, self.word))  # as Tok.low
        self.start: list[int] = m.starts(1) if m is not None else []
        self.end: list[int] = m.ends(1) if m is not None else []

    def tok(self, i: int) -> Tok:
        return Tok(self.word[i], self.start[i], self.end[i])


#: Distinct words looked up one scan each before the name table collects all lower-case words at once.
_LOOKUPS = 48


class _CommonWords:
    """Common words of the text: nouns after an article, and words the text also writes in lower case
    (Direkte, Langfristiger: a capitalized sentence start, not a name).

    An article asks about a dozen words, so a word is looked for in lower case when asked (and the answer
    kept) instead of collecting every lower-case word of the text: the same answer as ``_LOWER_WORD.findall``
    over the regions, since a match there starts wherever the pattern matches.  Each lookup scans the text,
    so past ``_LOOKUPS`` distinct words (a long text asks for more) the words are collected once after all:
    the cost stays linear in the length of the text.
    """

    def __init__(self, text: str, regions: Sequence[Span], nouns: set[str]) -> None:
        self._text = text
        self._regions = regions
        self._nouns = nouns
        self._known: dict[str, bool] = {}
        self._all: set[str] | None = None  # every lower-case word, once the lookups ran out

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if word in self._nouns:
            return True
        if self._all is not None:
            return word in self._all
        found = self._known.get(word)
        if found is None:
            if len(self._known) >= _LOOKUPS:
                text = self._text
                self._all = {w for r in self._regions for w in _LOWER_WORD.findall(text, r.start, r.end)}
                return word in self._all
            found = self._known[word] = self._written(word)
        return found

    def _written(self, word: str) -> bool:
        """Whether ``word`` is a lower-case word of a region, as ``_LOWER_WORD`` reads them."""
        text = self._text
        size = len(word)
        if size < 3:
            return False  # the pattern's words have three letters at least
        for region in self._regions:
            p = text.find(word, region.start, region.end)
            while p >= 0:
                m = _LOWER_WORD.match(text, p, region.end)
                if m is not None and m.end() == p + size:
                    return True
                p = text.find(word, p + 1, region.end)
        return False


def _spaced(text: str, start: int, end: int) -> bool:
    """Only spaces or tabs (no line end) between ``start`` and ``end``."""
    if end <= start or text[start] not in " \t\u00a0":
        return False  # most gaps between two capitalized words hold other words
    if end - start == 1:
        return True  # the usual gap: one space
    if text[start + 1] not in " \t\u00a0":
        return False  # a space, then a word
    return _SPACE.fullmatch(text, start, end) is not None


#: The first letters of the particles ``_PARTICLE_GAP`` reads, and the spaces before them.
_PARTICLE_FIRST = frozenset(e[0] for e in name_particles()["open"])


_GAP_SPACE = frozenset(" \t\u00a0")
#: The second character of a gap that may be spaced or a particle gap: a space, or a particle's first letter.
_GAP_NEXT = _GAP_SPACE | _PARTICLE_FIRST


def _particle_start(text: str, start: int, end: int) -> bool:
    """The gap may be a particle gap: a space, then a space or a particle's first letter, and room for both spaces
    around a particle of two letters (a necessary condition of ``_PARTICLE_GAP.fullmatch``, not a sufficient one)."""
    return end - start >= 4 and text[start] in _GAP_SPACE and (
        text[start + 1] in _PARTICLE_FIRST or text[start + 1] in _GAP_SPACE
    )


def _runs(text: str, caps: _Caps, *, named_only: bool = False) -> list[tuple[int, list[Tok] | None]]:
    """Runs of capitalized words on one line, split at function words; particles only before a last word: each as
    the index of its first word and its tokens, or ``None`` for a word alone (most runs; no token is made), listed
    with ``named_only`` only where it is a role or an institution (the only single words the name table reads)."""
    out: list[tuple[int, list[Tok] | None]] = []
    low, start, end = caps.low, caps.start, caps.end
    n = len(low)
    i = 0
    stop = lexicon.stopwords()
    while i < n:
        if low[i] in stop:
            i += 1
            continue
        run: list[Tok] | None = None  # made when a second word joins the word i (or a test reads it)
        j = i + 1
        while j < n:
            gap_start, gap_end = end[j - 1], start[j]
            if gap_end - gap_start > 1 and text[gap_start + 1] not in _GAP_NEXT:
                break  # most gaps hold other words: neither spaced nor a particle gap (both tests need this)
            spaced = _spaced(text, gap_start, gap_end)
            if spaced and low[j] not in stop:
                run = run or [caps.tok(i)]
                run.append(caps.tok(j))
                j += 1
                continue
            if spaced:
                # A surname that is also a function word (Stephan Weil) ends the run.
                run = run or [caps.tok(i)]
                if low[j] not in DETERMINERS and _name_like_shape(run[-1]) and len(run) <= 3 and not (
                    j + 1 < n and _spaced(text, end[j], start[j + 1])
                ):
                    run.append(caps.tok(j))
                    j += 1
                break
            # A particle gap holds at most six letters (von der): most gaps fail the pattern's first two characters,
            # checked here without a call into the engine.
            pm = _particle_start(text, gap_start, gap_end) and _PARTICLE_GAP.fullmatch(text, gap_start, gap_end)
            if pm:
                run = run or [caps.tok(i)]
                u = caps.tok(j)
                if (
                    _name_like(u)
                    and not (j + 1 < n and _spaced(text, end[j], start[j + 1]))
                    and _name_like(run[-1])
                    and ("-" not in run[-1].text or _first_name(run[-1].text))
                ):
                    # von der Leyen, de Decker: particles, then exactly one more capitalized word (after a
                    # hyphenated word only where it is a given name: Marie-Luise von der Heide).
                    run.extend(Tok(m[0], m.start(), m.end()) for m in _WORDS.finditer(text, gap_start, gap_end))
                    run.append(u)
                    j += 1
            break
        if run is not None and len(run) > 1:
            out.append((i, run))
        elif not named_only or lexicon.is_role(caps.word[i]) or lexicon.is_institution(caps.word[i]):
            out.append((i, None))
        i = j
    return out
