"""Sentences and the mood of their verbs, for indirect speech.

A sentence is reported speech when its finite verb is in Konjunktiv I (``sei``, ``habe``, ``plane``), or in the
Konjunktiv II that stands in for it (``hätten``, ``würden``) where a frame or an earlier reported sentence has
opened reported speech.  The forms and their persons are data (``quotes_konjunktiv.tsv``).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..model import Span
from . import lexicon
from .indirect_lexicon import Mood, frames, konjunktiv
from .tokens import Tok

# A sentence ends at . ! ? … (and the closing marks after it) before a space and a capital, digit or mark.
_END = regex.compile(r"[.!?…]++[“”\"»«’'‘)]*+(?=\s++[\p{Lu}\d„“\"»«‚(])")
# The word right before a dot: letters and digits read backwards from it (a reverse match, not a search for "$").
_WORD_BEFORE = regex.compile(r"(?r)[\p{L}\d]++")
_FW = lexicon.function_words()
NOT_VERBS = _FW["not_verbs"] | _FW["determiners"] | lexicon.stopwords()
_PRONOUNS_3 = frozenset(("er", "sie", "es", "man"))
_ARTICLE_WORDS = _FW["determiners"]
_ADJ = ("e", "en", "er", "es", "em")
_FIRST_PERSON = frozenset(("ich", "wir", "du", "ihr"))
_COORDINATORS = frozenset(("oder", "und", "ob"))
_VERB_POSSESSIVES = _FW["verb_possessives"]
# Words that open a subordinate or relative clause after a comma.
_SUBORDINATE = (
    frames()["subordinators"] | frames()["complementizers"] | frames()["w_words"]
    | frozenset(("der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche", "welcher", "welches"))
)
# The pronoun that makes a form read as indicative in that person ("ich habe", "wir sollten").
_PERSON_PRONOUN = {"1sg": "ich", "2sg": "du", "1pl": "wir", "2pl": "ihr", "3pl": "sie", "3sg": "er"}


def sentences(text: str, region: Span) -> list[Span]:
    """The sentences of ``text`` inside ``region`` (trimmed), split after final punctuation before a capital;
    a dot after an abbreviation or a one- or two-digit number (an ordinal: ``am 3. Mai``) ends none."""
    abbreviations = frames()["abbreviations"]
    bounds: list[tuple[int, int]] = []  # offsets, not Spans: one Span per sentence is made, once trimmed
    start = region.start
    for m in _END.finditer(text, region.start, region.end):
        if text[m.start()] == ".":  # only a dot can follow an abbreviation or an ordinal
            w = _WORD_BEFORE.match(text, max(start, m.start() - 12), m.start())
            word = w[0] if w is not None else ""
            if word and (word.lower() in abbreviations or (len(word) == 1 and word.isalpha()) or (
                word.isdigit() and len(word) <= 2
            )):
                continue
        bounds.append((start, m.end()))
        start = m.end()
    bounds.append((start, region.end))
    out: list[Span] = []
    for a, b in bounds:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append(Span(a, b))
    return out


def _stopped(toks: Sequence[Tok], i: int) -> bool:
    """The form at ``toks[i]`` stands in a set phrase (``es sei denn``, ``Gott sei Dank``; ``sei es`` where it opens
    a clause)."""
    window = " ".join(t.low for t in toks[max(0, i - 2) : i + 3])
    if any(p in window for p in frames()["stop_phrases"]):
        return True
    if not (i == 0 or toks[i - 1].punct or toks[i - 1].low in _COORDINATORS):
        return False
    ahead = " ".join(t.low for t in toks[i : i + 3])
    return any(ahead.startswith(p) for p in frames()["opening_stop_phrases"])


def _indicative_here(toks: Sequence[Tok], i: int, persons: frozenset[str], clause: int) -> bool:
    """The form at ``toks[i]`` is indicative here: next to the pronoun of a person it is indicative in, or, in the
    first person singular, after "ich" in its clause ("Ich arbeite an X und plane Y")."""
    near = {t.low for t in toks[max(0, i - 1) : i + 2]}
    if any(_PERSON_PRONOUN.get(p) in near for p in persons):
        return True
    return "1sg" in persons and any(t.low == "ich" for t in toks[clause:i])


def mood(
    toks: Sequence[Tok], skip: Sequence[Span] = (), *, main_only: bool = False, reported: bool = False
) -> Mood | None:
    """The strongest Konjunktiv among ``toks`` (K1 before K2), leaving out words inside ``skip`` (quotations);
    with ``main_only``, also the words of subordinate and relative clauses (the reporter's "weil er ... habe").
    ``reported``: reported speech is already open, so a form that is as often the past ("sollten") counts as K2."""
    forms = konjunktiv()
    best: Mood | None = None
    sub = False
    clause = 0  # where the current clause starts
    for i, t in enumerate(toks):
        if t.text == "," and i + 1 < len(toks):
            sub = toks[i + 1].low in _SUBORDINATE
            clause = i + 1
        if (t.cap and i > 0) or (main_only and (sub or (i == 0 and t.low in _SUBORDINATE))):
            continue
        if skip and any(s.start <= t.start < s.end for s in skip):
            continue
        f = forms.get(t.low)
        if f is not None and i == 0 and t.low in _VERB_POSSESSIVES and len(toks) > 1 and toks[1].cap:
            continue  # "Meine Studenten ...": the possessive, not "er meine"
        if f is not None:
            if _stopped(toks, i) or (f.indicative_in == f.persons and not reported):
                continue  # "sollte": as often the past as a stand-in; never a marker alone
            if f.indicative_in == f.persons:
                best = Mood.K2
                continue
            if f.indicative_in and _indicative_here(toks, i, f.indicative_in, clause):
                continue
            if f.mood is Mood.K1:
                return Mood.K1
            best = Mood.K2
        elif (
            t.low[-1:] == "e" and _stem_e(t)  # (the ending asked first: most words end otherwise, no call)
            and (_generic_k1(toks, i) or _second_place_k1(toks, clause, i) or _before_pronoun(toks, i))
        ):
            return Mood.K1  # each of the three asks for stem + e: asked once, first
    return best


def _stem_e(t: Tok) -> bool:
    """Looks like stem + e: a Konjunktiv I third person singular (not the weak past in -te, not -ie)."""
    low = t.low
    return (
        not t.cap and len(low) >= 4 and low.endswith("e") and not low.endswith(("ie", "te"))
        and low not in NOT_VERBS and t.text.isalpha()
    )


def _second_place_k1(toks: Sequence[Tok], clause: int, i: int) -> bool:
    """Stem + e right after the subject that opens a clause: "Die neue Sorte erspare ...", "BASF plane ..."
    (an adjective before its noun, "die neue Sorte", has a capitalized word after it)."""
    if i == clause or not _stem_e(toks[i]) or (i + 1 < len(toks) and toks[i + 1].cap and not toks[i + 1].punct):
        return False
    if i + 1 < len(toks) and toks[i + 1].low in ("und", "oder", "sowie", "ich", "wir", "du", "ihr"):
        return False  # "Tatsächlich fühle ich": the first person, indicative
    k = clause
    while k < i and (toks[k].low in _ARTICLE_WORDS or (not toks[k].cap and toks[k].low.endswith(_ADJ))):
        k += 1
    subject = toks[k:i]
    return 0 < len(subject) <= 3 and all(u.cap and not u.punct and u.low not in _FIRST_PERSON for u in subject)


def _before_pronoun(toks: Sequence[Tok], i: int) -> bool:
    """Stem + e right before a third-person pronoun, the verb in second place: "Dazu handele es sich ..."."""
    return i > 0 and i + 1 < len(toks) and toks[i + 1].low in _PRONOUNS_3 and _stem_e(toks[i])


def _generic_k1(toks: Sequence[Tok], i: int) -> bool:
    """Stem + e right after a third-person pronoun: ``er plane``, ``sie verlange`` (indicative: -t)."""
    if i == 0 or toks[i - 1].low not in _PRONOUNS_3:
        return False
    # "sie regierungskritische Sprechchöre": an adjective before its noun, not a verb.
    return _stem_e(toks[i]) and not (i + 1 < len(toks) and toks[i + 1].cap and not toks[i + 1].punct)
