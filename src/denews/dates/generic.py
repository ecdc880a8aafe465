"""Deictic day words in a generic sense: "heute" as "nowadays", "die Welt von morgen".

TimeML gives these the vague values PRESENT_REF / FUTURE_REF / PAST_REF rather than the reference day:
"Frankreich ist heute offener als 1930", "wie wir heute wissen", "der Sieger von heute ist der Verlierer von
morgen".  The cues are data (table "generic" of dates_normalization.tsv); the rest of the sentence decides
against them when it names a day of its own or a plan.
"""

from __future__ import annotations

import enum
import functools

import regex

from .anchoring import clause_bounds, sentence_bounds
from .context import Context
from .grammar import RuleMatch
from .vocabulary import vocabulary


class GenericCue(enum.Enum):
    CONTRAST = "contrast"  # damals, früher: the present set against an earlier time
    KNOWLEDGE = "knowledge"  # wie wir heute wissen


_VALUES = {"heute": "PRESENT_REF", "morgen": "FUTURE_REF", "gestern": "PAST_REF"}
# "der Sieger von heute": a noun (capital letter) right before "von".
_NOUN_BEFORE = regex.compile(r"\p{Lu}\p{Ll}+\s+$")
_OTHER_IDIOM = regex.compile(r"(?i)\bvon\s+(heute|morgen|gestern)\b")
# A day of its own in the sentence: a clock time, a weekday, a date, another deictic day.
_DAY_WORDS = regex.compile(
    r"(?i)\b(?:\d{1,2}(?:[.:]\d\d)?\s*Uhr|\d{1,2}\.\s*(?:\d{1,2}\.|\p{L}{3,})|gestern|morgen|übermorgen|vorgestern"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sonnabend)"
)
_YEAR = regex.compile(r"(?<![\d.,])(1[5-9]\d\d|20\d\d)(?![\d.,]\d)")
_WORD = regex.compile(r"\p{L}+")
_NOCH = regex.compile(r"\s+noch\b")


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
    if _DAY_WORDS.search(rest) or _plans(m, ctx, s, e):
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
    return None


def _plans(m: RuleMatch, ctx: Context, s: int, e: int) -> bool:
    """A plan in the clause ("wird heute gewählt", "soll heute fallen"): the day, not the era."""
    cs, ce = clause_bounds(ctx.text, m.start(), m.end(), s, e)
    tense = vocabulary().tense
    return any(tense.get(w.group().lower()) == "future" for w in _WORD.finditer(ctx.text, cs, ce))
