"""Compounds whose last part is a unit of time (sonnentage, arbeitsjahren), found by the dates scan.

Such a word carries trigger class "cunit" (rule duration_unit_compound of dates_grammar.txt): the word lists
cannot hold every compound, so the scan finds them by their last part (table compound_head).
"""

from __future__ import annotations

from .grammar import Grammar

# The shortest compound on a unit read as one (sonnentage): the bare units (tage, jahren) are shorter.
_MIN_COMPOUND = 7
# Where the scan looks for such compounds: every head of table compound_head contains one of these.
_COMPOUND_MARKS = (b"tage", b"wochen", b"monate", b"jahre")


def is_unit_compound(word: str, g: Grammar) -> bool:
    """A word of letters that ends in a unit (sonnentage); one that starts with a digit is a number."""
    return len(word) >= _MIN_COMPOUND and not word[0].isdigit() and word.endswith(g.compound_heads)


def unit_compounds(spaced: bytes, g: Grammar) -> set[str]:
    """The words of ``spaced`` (the encoded text, separators made spaces) that end in a unit: sonnentage."""
    found: set[str] = set()
    for mark in _COMPOUND_MARKS:
        p = spaced.find(mark)
        while p >= 0:
            e = spaced.find(b" ", p)
            e = len(spaced) if e < 0 else e
            s = spaced.rfind(b" ", 0, p) + 1
            if e - s >= _MIN_COMPOUND:  # bytes: at least as many as characters
                word = spaced[s:e].decode("utf-8", "surrogatepass")
                if is_unit_compound(word, g) and word.isalnum():
                    found.add(word)
            p = spaced.find(mark, e)
    return found
