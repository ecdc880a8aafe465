"""The trigger scan of the dates stage: where in a region an expression may start.

A *trigger* is a word that carries rules (a number, a month, a weekday, a unit of time, ...; ``grammar.py``
reads the classes of every trigger word from the grammar and the vocabulary).  ``triggers`` finds them in a
lower-cased region, in order; ``word_before`` and ``may_join`` walk back from one over the words an expression may
start with ("am", "seit", "vergangenen").
"""

from __future__ import annotations

import operator
import re
from itertools import filterfalse

import regex

from .compounds import is_unit_compound, unit_compounds
from .grammar import Grammar

_TOKEN = regex.compile(r"[\p{L}\p{N}]+")
# The same words for the one scan over a whole region: the standard library's engine finds these simple
# tokens faster than ``regex`` (``[^\W_]`` is a letter or a digit, as ``str.isalnum`` says).
_TOKEN_SCAN = re.compile(r"[^\W_]+")
_NUM = frozenset({"num"})
_FIRST = operator.itemgetter(0)
_WD = frozenset({"wd"})
_CUNIT = frozenset({"cunit"})


def _classes(word: str, g: Grammar) -> frozenset[str] | None:
    """The trigger classes of a lower-case word, or None if it carries no expression."""
    if word[0].isdigit():
        return _NUM
    found = g.triggers.get(word)
    if found is not None:
        return found
    if len(word) > 7 and word.startswith(g.weekday_stems):  # compounds the lists do not hold: samstagabend
        return _WD
    if is_unit_compound(word, g):  # zwei sonnentage, zehn arbeitsjahre
        return _CUNIT
    return None


def may_join(word: str, joiners: frozenset[str]) -> bool:
    # Inflected forms of the pattern words count too: vergangene[nrms], diese[nrms].
    return word[0].isdigit() or word in joiners or word[:-1] in joiners or word[:-2] in joiners


def _number_may_date(low: str, start: int, end: int, g: Grammar) -> bool:
    """Whether the number ``low[start:end]`` can carry an expression by itself.

    Years (1800-2099), days and months with dots (7. August, 07.08.2025, 24./30.10.), clock times (12:30),
    decimals before a unit (0,25 Sekunden), numbers before a unit, a month or ``Uhr``.  Other numbers
    ("100 Menschen", "2,8 Prozent", "10.000") still join an expression whose trigger follows ("in den
    vergangenen 40 Jahren" is found from "Jahren").
    """
    token = low[start:end]
    if not token.isdigit() or (len(token) == 4 and token[:2] in ("18", "19", "20")):
        return True  # 1980er, or a year
    n = len(low)
    if end >= n:
        return False
    if len(token) == 4 and token[0] == "1" and _EARLY_YEAR_RANGE.match(low, end, min(n, end + 8)):
        return True  # 1170-1230: years before 1800 only as a span, or named as years (im Jahre 1722)
    if len(token) == 4 and token[0] == "1" and _EARLY_YEAR_CUE.search(low, max(0, start - 12), start):
        return True
    c = low[end]
    small = len(token) <= 2
    if c == " ":
        m = _NEXT_WORD.match(low, end + 1, min(n, end + 30))  # one or two more spaces: "ab  20  Uhr"
        return m is not None and (m.group(1) in g.number_heads or m.group(1)[0].isdigit())
    if not small:
        return False
    after = low[end + 1] if end + 1 < n else ""
    if c == ":":  # 12:30, not a score (2:1, 6:3) or a race time (1:19:29)
        return bool(_CLOCK_TAIL.match(low, end, min(n, end + 4)))
    if c == "/":
        return after.isdigit()
    if c == "-":  # 3-tägig, 2,5-stündig, 14-Tage-Frist
        m = _TOKEN.match(low, end + 1, min(n, end + 20))
        if m is None:
            return False
        word = m.group()
        return (word.startswith(g.adjective_units) and "jährig" not in word) or word in g.number_heads
    if c == ".":
        if _THOUSANDS.match(low, end, min(n, end + 5)):
            return False  # 3.000 Euro
        if after.isdigit() or after == "/":
            return True  # 07.08.2025, 20.10., 24./30.10.
        m = _TOKEN.match(low, end + 2, min(n, end + 30)) if after == " " else None
        return m is not None and (m.group() in g.number_heads or m.group()[0].isdigit())
    if c == ",":
        m = _DECIMAL_HEAD.match(low, end, min(n, end + 40))
        return m is not None and m.group(1) in g.number_heads
    return False


_NEXT_WORD = regex.compile(r" {0,2}([\p{L}\p{N}]+)")
_EARLY_YEAR_RANGE = regex.compile(r"\s?[-–]\s?1\d{3}(?!\d)")
_EARLY_YEAR_CUE = regex.compile(r"(?<![\w])(?:jahre?s?|anno)\s+$")
_CLOCK_TAIL = regex.compile(r":[0-5]\d(?![\d:])")
_THOUSANDS = regex.compile(r"\.\d{3}(?![\d.])")
_DECIMAL_HEAD = regex.compile(r",\d{1,3}\s+(\p{L}+)")


# Words that start with an ASCII digit, all found in one scan: the engine skips from digit to digit, and a
# match that does not start a word ("q3", "b2b") is dropped by the caller (a look-behind for it here would
# cost the engine its skip: four times as long).
_ASCII_NUMBER = re.compile(r"[0-9][^\W_]*")

#: Distinct candidate trigger words up to which they are found by ``str.find`` scans.
_MAX_SCANNED_WORDS = 48

# Every ASCII byte that is no letter or digit becomes a space; the bytes of other characters stay.  Split on
# spaces, the UTF-8 text then falls apart into its words, each maybe glued to non-ASCII punctuation („Montag“).
_ASCII_SEPARATORS = bytes(c if chr(c).isalnum() or c >= 0x80 else 0x20 for c in range(256))


def candidates(low: str, g: Grammar) -> set[str]:
    """The distinct words of ``low`` that may carry an expression: trigger words, weekday compounds and the
    numbers that do not start with an ASCII digit (``²``; ``triggers`` finds the others in one scan).

    A word is a maximal run of letters and digits (``str.isalnum``).  ``bytes.translate`` and ``bytes.split``
    cut the encoded text into words much faster than a regular expression walks it; only the few pieces
    with non-ASCII bytes are decoded and looked at one by one.
    """
    spaced = low.encode("utf-8", "surrogatepass").translate(_ASCII_SEPARATORS)
    pieces = spaced.split()  # no set of them: the frozenset's intersection probes the list as it is
    found = {w.decode() for w in g.trigger_bytes.intersection(pieces)}
    for stem in g.weekday_stem_bytes:  # compounds the word lists do not hold: samstagabend
        p = spaced.find(stem)
        while p >= 0:
            e = spaced.find(b" ", p)
            e = len(spaced) if e < 0 else e
            if e - p > 7 and (p == 0 or spaced[p - 1] == 0x20):  # bytes: at least as many as characters
                word = spaced[p:e].decode("utf-8", "surrogatepass")
                if len(word) > 7 and word.isalnum():  # else glued to punctuation: read with the pieces below
                    found.add(word)
            p = spaced.find(stem, e)
    found.update(unit_compounds(spaced, g))
    stems = g.weekday_stems
    for piece in set(filterfalse(bytes.isascii, pieces)):
        text = piece.decode("utf-8", "surrogatepass")
        for w in (text,) if text.isalnum() else _TOKEN_SCAN.findall(text):
            if (
                w in g.trigger_words
                or (w[0].isdigit() and not w[0].isascii())
                or (len(w) > 7 and w.startswith(stems))
                or is_unit_compound(w, g)
            ):
                found.add(w)
    return found


def triggers(low: str, g: Grammar, orig: str | None = None) -> list[tuple[int, frozenset[str], bool]]:
    """Start offsets, classes and joining power of the trigger words of ``low`` (lower case), in order.

    ``orig`` is the text before lowering (same offsets): with it, capital-only triggers in lower case
    (``so``, ``do``) are left out.
    """
    hits: list[tuple[int, frozenset[str], bool]] = []
    n = len(low)
    words = candidates(low, g)
    if len(words) > _MAX_SCANNED_WORDS:
        # Each candidate costs one scan of the text: past a few dozen, one pass over all tokens is cheaper
        # and keeps the cost linear in the length of the text whatever it holds (tables, number lists).
        return triggers_by_tokens(low, g, orig)
    for m in _ASCII_NUMBER.finditer(low):
        p, e = m.span()
        if (p == 0 or not low[p - 1].isalnum()) and _number_may_date(low, p, e, g):
            hits.append((p, _NUM, False))
    for word in words:
        cls = _classes(word, g)
        if cls is None:
            continue
        cased = orig if orig is not None and word in g.capital_only else None
        joining = not word[0].isdigit() and word in g.joiners
        number = cls is _NUM
        size = len(word)
        p = low.find(word)
        while p >= 0:
            e = p + size
            whole = (p == 0 or not low[p - 1].isalnum()) and (e == n or not low[e].isalnum())
            if whole and (not number or _number_may_date(low, p, e, g)) and not (cased and cased[p].islower()):
                hits.append((p, cls, joining))
            p = low.find(word, e)
    hits.sort(key=_FIRST)  # stable: a number found twice keeps its order
    return hits


def triggers_by_tokens(low: str, g: Grammar, orig: str | None = None) -> list[tuple[int, frozenset[str], bool]]:
    """Start offsets, classes and joining power of the trigger words of ``low`` (lower case), in order.

    One pass over the words; what a word carries is looked up once per distinct word.
    """
    hits: list[tuple[int, frozenset[str], bool]] = []
    seen: dict[str, tuple[frozenset[str], bool] | None] = {}
    for m in _TOKEN_SCAN.finditer(low):
        word = m.group()
        if word in seen:
            info = seen[word]
        else:
            cls = _classes(word, g)
            info = None if cls is None else (cls, not word[0].isdigit() and word in g.joiners)
            seen[word] = info
        if info is None:
            continue
        p, e = m.span()
        if info[0] is _NUM and not _number_may_date(low, p, e, g):
            continue
        if orig is not None and orig[p].islower() and word in g.capital_only:
            continue
        hits.append((p, info[0], info[1]))
    return hits


def word_before(seg: str, pos: int) -> tuple[int, int] | None:
    """The word that ends at most three separator characters before ``pos`` in ``seg``."""
    if pos >= 2 and seg[pos - 1] == " " and seg[pos - 2].isalnum():
        # The usual case, one space before a word: find the word's start with str methods.
        i = pos - 2
        j = max(seg.rfind(" ", max(0, i - 40), i) + 1, i - 39)
        if seg[j : i + 1].isalnum() and (j == 0 or j == i - 39 or not seg[j - 1].isalnum()):
            return j, i + 1
    i = pos - 1
    while i >= 0 and pos - i <= 3 and not seg[i].isalnum():
        i -= 1
    if i < 0 or seg[i].isalnum() is False or i == pos - 1:
        return None
    j = i
    while j >= 0 and i - j < 40 and seg[j].isalnum():
        j -= 1
    return j + 1, i + 1
