"""Reading a grammar match: its groups as strings, numbers, months, years, clock times, parts of the day and
shift words ("vergangene", "nächste"), the normalization tables, and a date's clock or part of the day.  Every
handler (``resolve.py``, ``months.py``, ``units.py``, ``periods.py``) reads its match with these.
"""

from __future__ import annotations

import datetime as dt
import functools

import regex

from . import timex as tx
from .context import Context
from .grammar import RuleMatch
from .timex import Timex
from .vocabulary import number_value, vocabulary

# What a handler gives: the span of a date and its value.
Emission = tuple[int, int, Timex]


def _norm(table: str) -> dict[str, str]:
    """A normalization table of ``lexicons/dates_normalization.tsv``."""
    return vocabulary().norm.get(table, {})


def _mod(word: str | None, table: str = "mod") -> str | None:
    return _norm(table).get((word or "").lower())


_WORD_AFTER = regex.compile(r"\s*([\p{L}%€$]+-?)")
_WORD_BEFORE = regex.compile(r"([\p{L}§.]+)\s*$")


def shift_of(words: str | None) -> int | None:
    """-1 for vergangene/letzte/vorige, +1 for nächste/kommende, 0 for diese ... ; None without such a word."""
    if not words:
        return None
    w = words.lower()
    for stem, k in _norm("shift").items():
        if stem in w:
            return int(k)
    return None


def _s(m: RuleMatch, name: str) -> str:
    """Group ``name`` of ``m`` as a string ("" where it did not take part)."""
    return m.get(name) or ""


def _int(m: RuleMatch, name: str) -> int | None:
    g = m.get(name)
    return int(g) if g else None


def _month_number(m: RuleMatch, name: str = "mon", num: str | None = "month") -> int | None:
    digits = m.get(num) if num is not None else None
    if digits:
        return int(digits)
    g = m.get(name)
    if g:
        return vocabulary().months.get(g.rstrip(".").lower())
    return None


def _year(g: str | None) -> int | None:
    if not g:
        return None
    y = int(g)
    if len(g) == 2:
        y += 2000 if y < 50 else 1900
    return y


@functools.cache
def _clock_words() -> dict[str, tuple[int, int]]:
    """Clock words before an hour (table ``clock_word``): "halb acht" is 07:30, "Viertel nach neun" 09:15."""
    out: dict[str, tuple[int, int]] = {}
    for word, value in _norm("clock_word").items():
        shift, minute = value.split()
        out[word] = (int(shift), int(minute))
    return out


def _clock(m: RuleMatch) -> tuple[int, int] | None:
    hour = m.get("hour")
    if hour is not None:
        h = int(hour)
        minute = int(m.get("minute") or 0)
        # "8 Uhr abends": a twelve-hour reading made explicit by the part of the day.
        if (h < 12 and m.get("tdp") in ("nachmittags", "abends")) or (h in (9, 10, 11) and m.get("tdp") == "nachts"):
            h += 12
        return (h, minute) if h <= 24 else None
    word = m.get("hourw")
    if word:
        w = word.lower()
        n = int(w) if w.isdigit() else 1 if w == "eins" else number_value(w)
        if n is None:
            return None
        shift, minute = _clock_words().get(" ".join((m.get("qw") or "").lower().split()), (0, 0))
        h = (int(n) + shift - 1) % 12 + 1  # "halb eins": 12:30
        if h < 12 and m.get("tdp") in ("nachmittags", "abends"):
            h += 12
        return h, minute
    return None


def _daypart(word: str | None) -> str | None:
    if not word:
        return None
    return vocabulary().dayparts.get(word.lower())


def _with_clock(d: dt.date, m: RuleMatch, part: str | None = None) -> Timex:
    clock = _clock(m)
    if clock is not None:
        return tx.day_time(d, *clock)
    part = part or _daypart(m.get("dp"))
    if part:
        return tx.day_part(d, part)
    return tx.day(d)


def _unresolved_clock(m: RuleMatch, base: str = tx.UNSPECIFIED_DAY) -> Timex:
    clock = _clock(m)
    if clock is not None:
        return Timex(f"{base}T{clock[0] % 24:02d}:{clock[1]:02d}", "TIME")
    part = _daypart(m.get("dp"))
    if part:
        return Timex(f"{base}T{part}", "TIME")
    return Timex(base, "DATE")


def _shifted_year(m: RuleMatch, ctx: Context) -> int | None:
    """The year of "des vergangenen Jahres", "nächsten Jahres" after a month or day, from the anchor."""
    words = m.get("yshift")
    ref = ctx.ref_day(m.start())  # without a reference date: the nearest day the text names
    base = ctx.anchor.year if ctx.anchor.year is not None else ref.year if ref is not None else None
    if not words or base is None:
        return None
    if "vorjahr" in words.lower():
        said = ctx.statement_year(m)  # "im März des Vorjahres": the year before the statement's own year
        return (said if said is not None else base) - 1
    return base + (shift_of(words) or 0)
