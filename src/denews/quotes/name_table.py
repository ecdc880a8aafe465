"""The name table's data and the shape of a name: :class:`NameTable` (who the article names, their fullest
forms, roles and institutions, and how a surname, role or genitive refers back to them) and the tests of a
capitalized word or a run of them as part of a person's name (a registered first name, a name-like word)."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

import attrs
import regex

from .._data import first_names
from . import lexicon
from .tokens import DETERMINERS, NAME_PARTICLES, Tok

# Common-noun endings: a capitalized word ending so is not a name (Regierung, Freiheit, Nation).
_NOUN_SUFFIXES = (
    "ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "nis", "tum", "ment", "ität", "chen",
    "sion", "lich", "isch", "ische", "ischen", "ischer", "land", "stadt", "burg", "berg", "werk",
)  # fmt: skip


_MAX_NAME = 4


# Place-like endings that surnames share (Zuckerberg, Thunberg, Habsburg): a name's last word may end so
# after a first name that is no word of a place (Sankt Petersburg, Bad Homburg, Schloss Heidelberg).
_SURNAME_ENDINGS = ("berg", "burg")


_PLACE_WORDS = frozenset(("sankt", "st", "bad", "schloss", "burg", "kloster", "neu", "alt", "groß", "klein"))


_SHARED_PREFIXES = lexicon.function_words()["shared_prefixes"]


_ROMAN = regex.compile(r"[IVX]{1,6}+")


@attrs.frozen(slots=True)
class RoleEntry:
    pos: int
    word: str  # the role word in lower case (us-präsident)
    head: str  # its head (präsident)
    owner: str | None  # putin in "Putins Berater", "Putin-Berater"
    name: str


@attrs.define(slots=True)
class NameTable:
    """Names of persons and institutions in one text, with their canonical (fullest) forms."""

    by_last: dict[str, str] = attrs.Factory(dict)
    roles: list[RoleEntry] = attrs.Factory(list)
    #: Positions and canonical names of person mentions outside quotes, in text order.
    person_pos: list[int] = attrs.Factory(list)
    person_name: list[str] = attrs.Factory(list)
    #: Positions and names of institution mentions, in text order.
    inst_pos: list[int] = attrs.Factory(list)
    inst_name: list[str] = attrs.Factory(list)
    #: "f" or "m" where a role noun shows it (Sprecherin, Präsident).
    gender: dict[str, str] = attrs.Factory(dict)

    def canonical(self, words: Sequence[str]) -> str:
        """The fullest name the article uses for the person named ``words``."""
        if not words:
            return ""
        last = words[-1].lower()
        full = self.by_last.get(last)
        if full is None and last.endswith("s"):
            full = self.by_last.get(last[:-1])  # genitive: Putins
        if full is not None:
            parts = full.split()
            if len(words) >= 2 and words[-2] not in parts and _given_name(words[-2]):
                return " ".join(words)  # Greta Roth beside Hans Roth: another person of the same surname
            # The table's name unless the words name someone else (Peter Müller beside Hans Müller).
            if len(parts) >= len(words) or len(words) == 1 or words[0] in parts or words[0].islower():
                return full
            if list(words[-len(parts) :]) == parts and not _first_name(words[0]):
                return full  # "den Theologen Hans Kunz": a noun before the full name describes the person
        return " ".join(words)

    def knows(self, word: str) -> bool:
        return word.lower() in self.by_last

    def role(self, word: str, pos: int, owner: str | None = None) -> str | None:
        """The name a role word (``US-Präsident``, ``Putin-Berater``, ``Kremlchef``) refers to at ``pos``."""
        w = word.lower()
        if owner is None and "-" in w:
            first, rest = w.split("-", 1)
            base = first[:-1] if first.endswith("s") and first not in self.by_last else first
            if base in self.by_last:
                owner, w = base, rest
        head = lexicon.role_head(w)
        best: RoleEntry | None = None
        rank = 0
        for e in self.roles:
            if e.pos > pos:
                break
            r = 0
            if (e.word == w and (owner is None or e.owner == owner)) or (
                head is not None and e.head == head and owner is not None and e.owner == owner
            ):
                r = 3
            elif e.word == w:
                r = 2
            elif "-" in w and "-" in e.word and w.split("-", 1)[0] == e.word.split("-", 1)[0]:
                # VW-Chef ... der VW-Boss: the same organisation's head (not US-, EU-, CDU-: too many share those)
                r = 0 if w.split("-", 1)[0] in _SHARED_PREFIXES else 2
            elif head is not None and e.head == head and owner is None and w == head:
                r = 1
            if r and r >= rank:
                best, rank = e, r
        return self.canonical(best.name.split()) if best else None

    def person_before(self, pos: int, avoid: str = "") -> str | None:
        """The person last mentioned (outside quotes) before ``pos``; with ``avoid`` ("m" or "f") the last one
        not known to be of that gender ("sagte die 71-Jährige" passes over "Bundeskanzler Olaf Scholz")."""
        k = bisect.bisect_left(self.person_pos, pos)
        if not avoid:
            return self.person_name[k - 1] if k else None
        for j in range(k - 1, max(-1, k - 11), -1):
            if self.gender.get(self.person_name[j]) != avoid:
                return self.person_name[j]
        return None

    def institution(self, name: str, pos: int) -> str:
        """An institution at its fullest before ``pos`` (``Ministerium`` -> ``Vereinigungsministerium``)."""
        low = name.lower()
        k = bisect.bisect_left(self.inst_pos, pos)
        for j in range(k - 1, max(-1, k - 40), -1):
            cand = self.inst_name[j]
            if cand.lower() != low and cand.lower().endswith(low) and len(low) >= 3:
                return cand
        return name


#: How often a given name must be registered to count as evidence (the list has noise: rare entries).
_FIRST_NAME_MIN = 50


def _first_name(word: str) -> bool:
    """A given name the list registers often enough; a hyphenated one where each part is (Marie-Luise)."""
    entry = first_names().get(word)
    if entry is not None and entry[0] >= _FIRST_NAME_MIN:
        return True
    return "-" in word[1:-1] and all(_first_name(part) for part in word.split("-"))


def _given_name(word: str) -> bool:
    """``word`` is registered as a given name, however rarely, and is no role noun (before a surname the article
    already knows, the list's rare entries are evidence enough: Ayse, Nusrat)."""
    return word in first_names() and not lexicon.is_role(word) and not lexicon.is_institution(word)


def _name_like(tok: Tok, *, surname: bool = False) -> bool:
    """A capitalized word that may be part of a person's name; as a ``surname`` after a first name it may end
    like a place (Mark Zuckerberg, Greta Thunberg, Anna Weinberg)."""
    return _name_like_word(tok.text, surname)


@functools.lru_cache(maxsize=16384)
def _name_like_word(t: str, surname: bool) -> bool:
    """:func:`_name_like` of a word (its answer depends on the word alone: kept, a text names the same few
    people again and again)."""
    first = t[:1]
    if not first.isupper() or len(t) < 2 or not first.isalnum():  # as Tok.cap and Tok.punct read the word
        return False
    low = t.lower()
    if low in lexicon.stopwords() or (t.isupper() and len(t) > 1):
        return False
    if "-" not in t and sum(map(str.isupper, t)) >= 2 and not t.startswith(("Mc", "Mac", "De", "Di", "La", "Le")):
        return False  # AfD, AStA, ÖVP: acronyms, not names
    if low.endswith(_NOUN_SUFFIXES) and not (surname and low.endswith(_SURNAME_ENDINGS)):
        return False
    return not lexicon.is_institution(t) and not lexicon.is_role(t)


def _name_ok(name: Sequence[Tok]) -> bool:
    """Name-like words; the last may be a surname that is also a function word (Stephan Weil) or a
    regnal number (Leo XIV)."""
    if not name:
        return False
    *head, last = name
    if head and _ROMAN.fullmatch(last.text):
        return all(_name_like(t) for t in head)
    return all(_name_like(t) or t.low in NAME_PARTICLES for t in head) and (
        _name_like(last, surname=bool(head) and head[0].low not in _PLACE_WORDS)
        or (
            last.cap
            and len(last.text) > 2
            and last.low in lexicon.stopwords()
            and last.low not in DETERMINERS
            and bool(head)
        )
    )


def _name_like_shape(tok: Tok) -> bool:
    return tok.cap and not tok.punct and len(tok.text) > 2 and tok.low not in lexicon.stopwords()
