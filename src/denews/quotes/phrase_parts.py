"""Token-level pieces of a noun phrase: the article and its adjectives, "einer der ...", a prepositional phrase
(used by :mod:`.phrases` and by the frames that step over a phrase)."""

from __future__ import annotations

from . import lexicon
from .grammar import _ADJ_END, _AGE_NOUN, Mention, _person_word
from .tokens import DETERMINERS, NON_NOMINATIVE, PREPOSITIONS, Tok

_YEARS = frozenset(("jahre", "monate", "wochen"))
_OLD = frozenset(("alte", "alten", "alter"))


def _article(toks: list[Tok], i: int, named: bool, allow_nonnom: bool) -> tuple[str | None, int] | None:
    """The article opening a phrase at ``toks[i]`` and the index after it and its adjectives (``None``: a
    phrase in another case than the nominative where only a subject is wanted)."""
    t, n = toks[i], len(toks)
    if t.low not in DETERMINERS or named:
        return None, i
    if t.low in NON_NOMINATIVE and not allow_nonnom:
        return None
    j = i + 1
    if j + 3 < n and toks[j].text.isdigit() and toks[j + 1].low in _YEARS and toks[j + 2].low in _OLD:
        j += 3  # "der 44 Jahre alte Landrat": an age in words before the noun is an adjective
    while j < n and not toks[j].cap and toks[j].low.endswith(_ADJ_END):
        if not toks[j].text.replace("-", "").isalpha():  # "des baden-württembergischen ..." goes on
            # "die 71-jährige Rentnerin": an age before a noun is an adjective, alone it is the noun.
            if not (_AGE_NOUN.fullmatch(toks[j].text) and j + 1 < n and toks[j + 1].cap):
                break
        elif toks[j].low in PREPOSITIONS or toks[j].low in lexicon.stopwords():
            break
        j += 1
    return t.low, j


def _one_of(toks: list[Tok], i: int) -> Mention | None:
    """"Einer der beteiligten Feuerwehrmänner": one of a group, named by the group's noun."""
    n = len(toks)
    if not (toks[i].low in ("einer", "eine") and i + 2 < n and toks[i + 1].low == "der"):
        return None
    e = i + 2
    while e < n and e - i < 5 and not toks[e].cap and (toks[e].text.isdigit() or toks[e].text.isalpha()):
        e += 1
    if e < n and toks[e].cap and not toks[e].punct and _person_word(toks[e].text):
        return Mention(toks[i].start, toks[e].end, (toks[e].text,), "einer")
    return None


def _past_prepositional_phrase(toks: list[Tok], j: int, hi: int) -> int:
    """The index after the prepositional phrase opening at ``toks[j]``: its article and lower-case words (up to
    the next preposition), then its capitalized words."""
    j += 1
    while j < hi and (toks[j].low in DETERMINERS or (not toks[j].cap and toks[j].text.isalpha())):
        if toks[j].low in PREPOSITIONS:
            break
        j += 1
    while j < hi and toks[j].cap and not toks[j].punct:
        j += 1
        # "Bündnis 90/Die Grünen": a number and a slash inside a name; "mit Anna Roth und Paul Ohm": a second name.
        if j + 1 < hi and toks[j].text.isdigit() and toks[j + 1].cap and not toks[j + 1].punct:
            j += 1  # the tokens leave out the slash
        elif j + 1 < hi and toks[j].low == "und" and toks[j + 1].cap and not toks[j + 1].punct:
            j += 1
    return j
