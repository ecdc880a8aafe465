"""TIMEX3 extents: the grammar's matches include the words around an expression; TimeML leaves some out.

A match such as "seit Anfang März" or "am Donnerstag" carries its preposition (the tense and the direction
read it); the extent of the TIMEX3 is "Anfang März", "Donnerstag".  ``lexicons/dates_extent.tsv`` says which
leading words are left out (prepositions, focus particles), which belong to the expression and stop the
trimming (modifiers: Anfang, rund), which trailing words are left out (``lang``), and the TIMEX3 ``mod``
each of them gives.
"""

from __future__ import annotations

import enum
import functools
import re

import attrs

from .vocabulary import table


class Action(enum.Enum):
    """What ``dates_extent.tsv`` says of a word at the edge of a match."""

    DROP = "drop"  # a leading word left out of the extent (a preposition, a focus particle)
    KEEP = "keep"  # a leading word that belongs to the expression and ends the trimming (a modifier)
    TAIL = "tail"  # a trailing word left out (a postposition: "lang")


#: Mods that bound an amount ("mehr als drei Stunden"): they go with durations only ("über Ostern" is no
#: "more than").
AMOUNT_MODS = frozenset({"LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"})


@attrs.frozen
class ExtentRules:
    lead: re.Pattern[str]  # a leading phrase and the space after it
    tail: re.Pattern[str]  # a trailing word and the space before it
    drop: frozenset[str]  # leading phrases left out (lower case, single spaces)
    mods: dict[str, str]  # phrase -> TIMEX3 mod


def _alternation(words: list[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ordered)


@functools.cache
def rules() -> ExtentRules:
    lead: list[str] = []
    tail: list[str] = []
    drop: set[str] = set()
    mods: dict[str, str] = {}
    for phrase, word, mod in table("dates_extent.tsv"):
        action = Action(word)
        (tail if action is Action.TAIL else lead).append(phrase)
        if action is Action.DROP:
            drop.add(phrase)
        if mod != "-":
            mods[phrase] = mod
    return ExtentRules(
        lead=re.compile(r"(?i)(?:" + _alternation(lead) + r")\s+"),
        tail=re.compile(r"(?i)\s+(?:" + _alternation(tail) + r")\Z"),
        drop=frozenset(drop),
        mods=mods,
    )


def standard_extent(text: str, s: int, e: int, timex_type: str = "DATE") -> tuple[int, int, str | None]:
    """``[s, e)`` without the leading and trailing words TimeML leaves out, and the mod the words give.

    At least one word always stays: "Vor Weihnachten" gives "Weihnachten", "seit Langem" gives "Langem".
    """
    r = rules()
    mod: str | None = None
    while True:
        m = r.lead.match(text, s, e)
        if m is None:
            break
        phrase = " ".join(m.group().lower().split())
        given = r.mods.get(phrase)
        if mod is None and (given not in AMOUNT_MODS or timex_type == "DURATION"):
            mod = given
        if phrase not in r.drop or m.end() >= e:
            break
        s = m.end()
    t = r.tail.search(text, s, e)
    if t is not None and t.start() > s:
        e = t.start()
    return s, e, mod
