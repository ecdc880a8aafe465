"""Deictic day words in a generic sense: "heute" as "nowadays", "die Welt von morgen".

TimeML gives these the vague values PRESENT_REF / FUTURE_REF / PAST_REF rather than the reference day:
"Frankreich ist heute offener als 1930", "wie wir heute wissen", "der Sieger von heute ist der Verlierer von
morgen".  The cues are data (table "generic" of dates_normalization.tsv); the rest of the sentence decides
against them when it names a day of its own or a plan.  The sentence before or after may set the earlier time
too ("Bis 1970 ... . Heute schließen sich ..."), if "heute" stands in a clause told in the present.
"""

from __future__ import annotations

import enum
import functools

import regex

from .anchoring import _WORD, Tense, _tense_of, clause_bounds, sentence_bounds, sentence_cues
from .context import Context
from .grammar import RuleMatch
from .vocabulary import CueKind, vocabulary


class GenericCue(enum.Enum):
    CONTRAST = "contrast"  # damals, früher: the present set against an earlier time
    KNOWLEDGE = "knowledge"  # wie wir heute wissen
    EVENT = "event"  # heute beginnt der Prozess: a happening of the day, though the sentence before is of the past


_VALUES = {"heute": "PRESENT_REF", "morgen": "FUTURE_REF", "gestern": "PAST_REF"}
# "der Sieger von heute": a noun (capital letter) right before "von".
_NOUN_BEFORE = regex.compile(r"\p{Lu}\p{Ll}+\s+$")
_OTHER_IDIOM = regex.compile(r"(?i)\bvon\s+(heute|morgen|gestern)\b")
# A day of its own in the sentence: a clock time, a date, another deictic day, a weekday (babel's names, via
# the vocabulary, so they are built on first use and not at import).
_DAY_FORMS = r"\d{1,2}(?:[.:]\d\d)?\s*Uhr|\d{1,2}\.\s*(?:\d{1,2}\.|\p{L}{3,})|gestern|morgen|übermorgen|vorgestern"


@functools.cache
def _day_words() -> regex.Pattern[str]:
    weekdays = "|".join(sorted(vocabulary().weekdays, key=len, reverse=True))
    return regex.compile(rf"(?i)\b(?:{_DAY_FORMS}|{weekdays})")


_YEAR = regex.compile(r"(?<![\d.,])(1[5-9]\d\d|20\d\d)(?![\d.,]\d)")
_NOCH = regex.compile(r"\s+noch\b")
_NEXT_WORD = regex.compile(r"\S")
_ANNIVERSARY = regex.compile(r"\s+(?:genau\s+)?vor\s+(?:[\p{L}\d]+\s+){0,2}(?:Jahr|Monat|Woche|Tag)")
_DAY_COMPOUND = regex.compile(r"\p{L}{3}tag(?:es|s)?\b")


@functools.cache
def _cues() -> dict[str, GenericCue]:
    return {w: GenericCue(kind) for w, kind in vocabulary().norm.get("generic", {}).items()}


def generic_value(m: RuleMatch, ctx: Context) -> str | None:
    """PRESENT_REF (or FUTURE_REF, PAST_REF) for a deictic day word of ``m`` used generically, else None."""
    rel = (m.get("rel") or "").lower()
    if rel not in _VALUES or m.get("dp") or m.get("noun"):
        return None
    text = ctx.text
    s, e = sentence_bounds(text, m.start(), m.end(), *ctx.region)
    prefix = text[m.start() : m.start("rel")].strip().lower()
    if prefix == "von":  # "der Sieger von heute ... der Verlierer von morgen"
        noun = _NOUN_BEFORE.search(text, max(s, m.start() - 40), m.start()) is not None
        pair = sum(1 for _ in _OTHER_IDIOM.finditer(text, s, e)) >= 2
        return _VALUES[rel] if noun and (pair or rel == "morgen") else None
    if rel != "heute" or prefix not in ("", "auch"):
        return None  # bis heute, ab heute, noch heute, schon heute: the day
    rest = text[s : m.start()] + " " + text[m.end() : e]
    if _day_words().search(rest) or _plans(m, ctx, s, e):
        return None
    cs, ce = clause_bounds(text, m.start(), m.end(), s, e)
    found = {_cues().get(w.group().lower()) for w in _WORD.finditer(text, s, e)}
    in_clause = {_cues().get(w.group().lower()) for w in _WORD.finditer(text, cs, ce)}
    if GenericCue.KNOWLEDGE in in_clause or GenericCue.CONTRAST in found:
        return _VALUES[rel]
    year = ctx.anchor.year
    if year is not None and any(int(y.group()) < year for y in _YEAR.finditer(text, s, e)):
        return _VALUES[rel]  # "heute weniger als 1930"
    if prefix == "auch" and _NOCH.match(text, m.end()):
        return _VALUES[rel]  # "auch heute noch": still, in these times
    if GenericCue.EVENT not in in_clause and _own_present(m, ctx, s, e) and _past_next_door(ctx, s, e):
        return _VALUES[rel]  # "Bis 1970 waren die Parteien ... Heute schließen sie sich ... an"
    return None


def _own_present(m: RuleMatch, ctx: Context, s: int, e: int) -> bool:
    """"heute" in a clause told in the present, not an anniversary ("heute vor einem Jahr"), a report of the
    day ("teilte heute mit") or a sentence naming a day of its own (Weltspartag)."""
    text = ctx.text
    if _ANNIVERSARY.match(text, m.end()) or _DAY_COMPOUND.search(text, s, e):
        return False
    cs, ce = clause_bounds(text, m.start(), m.end(), s, e)
    return _tense_of(sentence_cues(text, s, e), cs, ce, (m.start(), m.end())) is not Tense.PAST  # its clause alone


def _past_next_door(ctx: Context, s: int, e: int) -> bool:
    """The sentence before or after sets an earlier time against the present: a contrast word or an earlier
    year, and no day of its own (a day there makes "heute" the next step of a story)."""
    text, (lo, hi) = ctx.text, ctx.region
    year = ctx.anchor.year
    for ns, ne in _neighbours(text, s, e, lo, hi):
        if _day_words().search(text, ns, ne):
            continue
        if any(_cues().get(w.group().lower()) is GenericCue.CONTRAST for w in _WORD.finditer(text, ns, ne)):
            return True
        if year is not None and any(int(y.group()) < year for y in _YEAR.finditer(text, ns, ne)):
            return True
    return False


def _neighbours(text: str, s: int, e: int, lo: int, hi: int) -> list[tuple[int, int]]:
    """The sentences right before and after ``[s, e)`` (past the blank between them)."""
    out = []
    left = max(lo, s - 200)  # a blank run longer than this: no sentence before worth reading
    before = len(text[left:s].rstrip()) + left
    if before > lo:
        out.append(sentence_bounds(text, before - 1, before, lo, hi))
    after = _NEXT_WORD.search(text, e, hi)
    if after is not None:
        out.append(sentence_bounds(text, after.start(), after.start() + 1, lo, hi))
    return out


def _plans(m: RuleMatch, ctx: Context, s: int, e: int) -> bool:
    """A plan in the clause ("wird heute gewählt", "soll heute fallen"): the day, not the era."""
    cs, ce = clause_bounds(ctx.text, m.start(), m.end(), s, e)
    tense = vocabulary().tense
    ahead = (CueKind.FUTURE, CueKind.WEAKFUTURE)
    return any(tense.get(w.group().lower()) in ahead for w in _WORD.finditer(ctx.text, cs, ce))
