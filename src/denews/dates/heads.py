"""The words a rule's match can start with, read from its pattern: a rule is tried only where one stands.

About half of the rule attempts that fail start at a word no rule of the trigger's class can start with ("die",
"es", "einmal" before "Jahre"); a failing attempt costs the engine every branch of the alternation.  The
*heads* of a pattern are what its first word (the first run of letters and digits, as ``str.isalnum`` says)
can be, lower case: ``exact`` words, and ``prefixes`` where the pattern lets the word go on with any letters
(``[a-zäöüß]+``) or ends inside it.  A word may start a match only if it is an exact head or starts with a
prefix; words with a letter outside ``PLAIN`` (or a digit) are always tried, so the letters compared are
those whose case the engine folds as ``str.lower`` does.

The pattern is read once, when its rule is first compiled, from the parse tree of the standard library's own
regular-expression parser (``re._parser``).  What the reading does not know (an unknown node, a class of many
letters, a repeat beyond ``_UNROLL``) ends the word as a prefix, which only lets more words through: the heads
are a superset of the first words of the matches, never fewer.
"""

from __future__ import annotations

import functools
import os.path
import re
import sys
from collections.abc import Iterable, Sequence
from typing import Any

if sys.version_info >= (3, 11):
    from re import _constants as sre
    from re import _parser as sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_constants as sre
    import sre_parse

#: The letters a head is spelled with; a word with any other character is always tried.
PLAIN = "abcdefghijklmnopqrstuvwxyzäöüß"
_PLAIN_SET = frozenset(PLAIN)
# Every character whose lower case is one of them (the Kelvin sign is a k, the capital sharp s an ß).
_PLAIN_CASES = frozenset(PLAIN + PLAIN.upper() + "\u1e9e\u212a")
# A class of up to this many letters ([Dd], [nrms]) spells each of them out; a larger one ends the word.
_SMALL_CLASS = 4
# Repeats of a piece that stays inside the word are spelled out this often, then the word ends as a prefix.
_UNROLL = 3
# Past this many words spelled out at once, they end as one prefix (the part they share): nested repeats of a
# class would otherwise multiply without bound.
_MAX_OPEN = 16384
_REPEATS = tuple(op for op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) if op)


class _Heads:
    """What the first word of a match can be: ``exact`` words and ``prefixes`` (the word may go on)."""

    def __init__(self) -> None:
        self.exact: set[str] = set()
        self.prefixes: set[str] = set()


@functools.cache
def pattern_heads(pattern: str) -> tuple[frozenset[str], frozenset[str]]:
    """The exact heads and the head prefixes of ``pattern`` (``re`` syntax, VERBOSE, no named groups); read
    once per pattern."""
    heads = _Heads()
    tree = sre_parse.parse(pattern, re.VERBOSE)
    open_words = _sequence(tree.data, {""}, heads, bool(tree.state.flags & re.IGNORECASE))
    heads.prefixes.update(open_words)  # the match may end inside the word
    return frozenset(heads.exact), frozenset(heads.prefixes)


def may_start(word: str, exact: frozenset[str], prefixes: tuple[str, ...]) -> bool:
    """Whether a match whose heads are ``exact`` and ``prefixes`` can start with ``word`` (lower case)."""
    return not word or bool(word.strip(PLAIN)) or word in exact or word.startswith(prefixes)


def _sequence(items: Iterable[tuple[Any, Any]], words: set[str], heads: _Heads, fold: bool) -> set[str]:
    """Read the nodes ``items`` after each of ``words`` (the first word so far, still open); the words still
    open after them.  Words the nodes end go to ``heads``.  ``fold``: IGNORECASE is on."""
    for op, av in items:
        if not words:
            break
        if op is sre.LITERAL:
            words = _literal(chr(av), words, heads, fold)
        elif op is sre.IN:
            words = _class(av, words, heads, fold)
        elif op is sre.BRANCH:
            words = set().union(*(_sequence(branch, set(words), heads, fold) for branch in av[1]))
        elif op is sre.SUBPATTERN:
            _, on, off, body = av
            words = _sequence(body, words, heads, (fold or bool(on & re.IGNORECASE)) and not off & re.IGNORECASE)
        elif op in _REPEATS:
            words = _repeat(av, words, heads, fold)
        elif op is sre.ASSERT_NOT and av[0] == 1 and _is_word_class(av[1]):
            heads.exact.update(words)  # (?![\w...]): the word ends here
            words = set()
        elif op not in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # those match no character; the rest is unknown
            heads.prefixes.update(words)
            words = set()
        if len(words) > _MAX_OPEN:
            heads.prefixes.add(os.path.commonprefix(list(words)))  # noqa: RUF071 - by character, as meant
            words = set()
    return words


def _literal(char: str, words: set[str], heads: _Heads, fold: bool) -> set[str]:
    low = char.lower()
    if not any(c.isalnum() for c in ((char, low, char.upper()) if fold else (char,))):
        heads.exact.update(words)  # a space, a dot: the word ends before it
        return set()
    if low in _PLAIN_SET or char.isdecimal():
        return {w + low for w in words}
    heads.prefixes.update(words)  # a letter outside PLAIN: such words are always tried
    return set()


def _class(items: Sequence[tuple[Any, Any]], words: set[str], heads: _Heads, fold: bool) -> set[str]:
    """A character class (``[Dd]``, ``\\s``, ``[{WC}]``) after ``words``."""
    if all(op is sre.LITERAL for op, _ in items):
        letters = {chr(av).lower() for _, av in items}
        if len(letters) <= _SMALL_CLASS and letters <= _PLAIN_SET:
            return {w + c for w in words for c in letters}
    ends, goes_on = _class_kinds(items, fold)
    if ends:
        heads.exact.update(words)
    if goes_on:
        heads.prefixes.update(words)
    return set()


def _class_kinds(items: Sequence[tuple[Any, Any]], fold: bool) -> tuple[bool, bool]:
    """Whether a class may match a character that is no letter or digit, and one of ``_PLAIN_CASES``."""
    chars: list[str] = []
    spaces = False
    for op, av in items:
        if op is sre.LITERAL:
            chars.append(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < 5000:
            chars.extend(map(chr, range(av[0], av[1] + 1)))
        elif op is sre.CATEGORY and av in (sre.CATEGORY_SPACE, sre.CATEGORY_DIGIT):
            spaces = spaces or av is sre.CATEGORY_SPACE
        else:  # \w, a negated class, a large range: anything
            return True, True
    forms = {f for c in chars for f in (c, c.lower(), c.upper(), c.swapcase())} if fold else set(chars)
    return spaces or not all(f.isalnum() for f in forms), not forms.isdisjoint(_PLAIN_CASES)


def _repeat(av: tuple[int, int, Any], words: set[str], heads: _Heads, fold: bool) -> set[str]:
    low, high, body = av
    out = set(words) if low == 0 else set()
    done = 0
    while words and done < high:
        if done == _UNROLL:
            heads.prefixes.update(words)  # more repeats: the word may go on
            break
        words = _sequence(body, set(words), heads, fold)
        done += 1
        if done >= low:
            out |= words
    return out


def _is_word_class(items: Sequence[tuple[Any, Any]]) -> bool:
    """A look-ahead of one class that holds ``\\w`` (``(?![{WC}])``): no letter or digit may follow."""
    if len(items) != 1 or items[0][0] is not sre.IN:
        return False
    members = items[0][1]
    return (sre.CATEGORY, sre.CATEGORY_WORD) in members and all(op is not sre.NEGATE for op, _ in members)
