"""TIMEX3 extents: the grammar's matches include the words around an expression; TimeML leaves some out.

A match such as "seit Anfang März" or "am Donnerstag" carries its preposition (the tense and the direction
read it); the extent of the TIMEX3 is "Anfang März", "Donnerstag".  ``lexicons/dates_extent.tsv`` says which
leading words are left out (prepositions, focus particles), which belong to the expression and stop the
trimming (modifiers: Anfang, rund), which trailing words are left out (``lang``), and the TIMEX3 ``mod``
each of them gives.
"""

from __future__ import annotations

import functools
import re

import attrs

from .vocabulary import _table


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
    for phrase, action, mod in _table("dates_extent.tsv"):
        (tail if action == "tail" else lead).append(phrase)
        if action == "drop":
            drop.add(phrase)
        if mod != "-":
            mods[phrase] = mod
    return ExtentRules(
        lead=re.compile(r"(?i)(?:" + _alternation(lead) + r")\s+"),
        tail=re.compile(r"(?i)\s+(?:" + _alternation(tail) + r")\Z"),
        drop=frozenset(drop),
        mods=mods,
    )


def standard_extent(text: str, s: int, e: int) -> tuple[int, int, str | None]:
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
        mod = mod or r.mods.get(phrase)
        if phrase not in r.drop or m.end() >= e:
            break
        s = m.end()
    t = r.tail.search(text, s, e)
    if t is not None and t.start() > s:
        e = t.start()
    return s, e, mod
