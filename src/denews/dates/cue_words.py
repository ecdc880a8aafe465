"""Single words and short contexts that decide a clause's tense: past participles, "ab" and "bis" as
prepositions that look ahead (not a verb's particle, not a range of numbers), perfect infinitives ("soll sich
ereignet haben") and days reported on ("die Wahl vom Sonntag").  ``anchoring.py`` reads
a sentence's cues with these.
"""

from __future__ import annotations

import functools
import re

import regex

from .vocabulary import alternation


@functools.cache
def participle() -> regex.Pattern[str]:
    """A past participle: ge- after an optional particle (tables ``particle`` and ``participle_prefix`` of
    dates_normalization.tsv: abgesagt, vorbeigekommen), or a verb that takes no ge-."""
    return regex.compile(
        rf"(?:{alternation('particle')}|{alternation('participle_prefix')})?"
        r"ge[a-zäöüß]{2,}(?:t|en)"
        # Verbs with an inseparable prefix take no ge-: eröffnet, verhaftet, bestätigt (with "ist"/"hat": perfect).
        r"|(?:ver|be|er|ent|zer|emp|miss)[a-zäöüß]{3,}t"
        # Verbs in -ieren take none either: explodiert, informiert (with "ist"/"hat": perfect).
        r"|[a-zäöüß]{3,}iert"
    )


# "ab" and "bis" point ahead as prepositions (ab Montag, bis Freitag), not as the particle of a separable verb
# closing its clause ("stürzte am Montag ab.") nor inside a range of numbers ("14 bis 17 Jahre", "bis zu 200").
#: The prepositions ``points_ahead`` judges.
AHEAD_PREPOSITIONS = frozenset({"ab", "bis"})


@functools.cache
def _particle_end() -> re.Pattern[str]:
    """What follows a particle closing its clause: a mark, the end, or a word of table ``clause_joiner``."""
    return re.compile(rf"\s*(?:[.,;:!?)\"“”»«–-]|$|(?:{alternation('clause_joiner')})\b)")


_NUMBER_AFTER = re.compile(r"\s*(?:zu\s+)?\d")
_NUMBER_BEFORE = re.compile(r"\d\s*$")
_FROM_BEFORE = re.compile(r"(?i)\bvo[nm]\s+\w+\.?\s+$")
# "vom" before a day reports on it, unless a range goes on ("vom Montag bis Freitag") or a week precedes.
_FROM_DAY = regex.compile(r"(?i)vom\s")
_RANGE_ON = regex.compile(r"\s*(?:bis|–|-|an\b)")
_RANGE_IN = regex.compile(r"\s(?:bis|–|-)\s")


@functools.cache
def _stretch_before() -> regex.Pattern[str]:
    """A noun of a stretch of time right before "vom" (table ``stretch_noun``: die Woche vom 25. April)."""
    return regex.compile(rf"(?i)(?:{alternation('stretch_noun')})\s+$")


def perfect_infinitive(w: str, prev: str) -> bool:
    """``haben`` after a participle ("soll sich ereignet haben"), or ``sein`` after ``worden`` ("sollen getötet
    worden sein"). A participle with ``sein`` alone is left out: it is as often a state planned ("sollen bis zum
    Sommer errichtet sein") as a past ("soll geflohen sein")."""
    if w == "haben":
        return participle().fullmatch(prev) is not None
    return w == "sein" and prev == "worden"


def points_ahead(text: str, start: int, end: int, w: str) -> bool:
    """Whether ``ab``/``bis`` at ``[start, end)`` is a preposition that looks ahead (see ``_particle_end``)."""
    if w == "ab":
        return _particle_end().match(text, end) is None
    if _FROM_BEFORE.search(text, max(0, start - 30), start):
        return False  # "von Freitag bis Sonntag": the end of a range, told in any tense
    after = _NUMBER_AFTER.match(text, end)
    if after is None:
        return True
    if "zu" in after.group():  # "bis zu 200": an amount
        return False
    return _NUMBER_BEFORE.search(text, max(0, start - 12), start) is None  # "14 bis 17": a range


def reported_day(text: str, start: int, end: int) -> bool:
    """"die Wahl vom Sonntag", "Polizeiangaben vom Donnerstag": a day reported on; not the start of a range
    ("vom Montag bis Freitag", "vom 1. Juli an") nor "die Woche vom 25. April"."""
    if not _FROM_DAY.match(text, start) or _RANGE_ON.match(text, end) or _RANGE_IN.search(text, start, end):
        return False
    return _stretch_before().search(text, max(0, start - 12), start) is None
