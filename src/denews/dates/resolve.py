"""From a grammar match to TIMEX3 values: the handlers of days and times.  Months and holidays are in
``months.py``, units of time (offsets, durations, sets, relative weeks) in ``units.py``, years, centuries and
decades in ``periods.py``; the helpers every handler reads a match with are in ``reading.py``; ``handlers.py``
maps each rule's handler name to its function.  The state they share is a ``Context`` (``context.py``).
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from . import timex as tx
from .anchoring import Tense, day_month_year, month_year, weekday_day
from .context import Context
from .generic import generic_value
from .grammar import RuleMatch
from .reading import (
    Emission,
    _clock,
    _daypart,
    _int,
    _month_number,
    _s,
    _shifted_year,
    _unresolved_clock,
    _with_clock,
    _year,
    shift_of,
)
from .timex import Timex
from .vocabulary import vocabulary

# A weekday in a clause without tense cues (present tense): in news, mostly the coming one.
DEFAULT_WEEKDAY_TENSE = Tense.FUTURE

_WEEKDAY_SHIFT = {-1: "last", -2: "prev2", 1: "next", 2: "next2"}


# -- handlers ------------------------------------------------------------------------------------------


def absolute(m: RuleMatch, ctx: Context) -> list[Emission]:
    t = absolute_value(m, ctx)
    return [(m.start(), m.end(), t)] if t is not None else []


def absolute_value(m: RuleMatch, ctx: Context, explicit_only: bool = False) -> Timex | None:
    mon = _month_number(m)
    day_n = _int(m, "day")
    if mon is None or not 1 <= mon <= 12:
        return None
    y = _year(m.get("year")) or _shifted_year(m, ctx)
    if day_n is None:  # ISO month: 2024-05
        return tx.month(y, mon) if y is not None else None
    if y is None and not explicit_only:
        if ctx.every_year(m.start()) and tx.safe_date(2000, mon, day_n) is not None:
            return Timex(f"XXXX-{mon:02d}-{day_n:02d}")  # "Jedes Jahr, am 28. Dezember"
        y = ctx.same_month_year(m.start(), mon)
        if y is None and ctx.tense(m) is Tense.PAST:  # "Vor 50 Jahren ... war der 8. Mai ..."
            y = ctx.sentence_offset_year(m)
    if y is None:
        if explicit_only:
            return None
        wd = m.get("wd")
        # The article's date, else (no date given) the nearest day the text names with its year.
        ref = ctx.anchor.day or ctx.ref_day(m.start())
        if ref is not None:
            y = day_month_year(ref, mon, day_n, ctx.tense(m))
            if wd:  # the weekday given with the date decides the year where it can
                want = vocabulary().weekdays[wd.lower()]
                for cand in (y, y - 1, y + 1):
                    d = tx.safe_date(cand, mon, day_n)
                    if d is not None and d.weekday() == want:
                        y = cand
                        break
        elif ctx.anchor.year is not None and ctx.anchor.month is not None:
            y = month_year(ctx.anchor.year, ctx.anchor.month, mon, ctx.tense(m))
        else:
            if tx.safe_date(2000, mon, day_n) is None:
                return None
            return _unresolved_clock(m, f"XXXX-{mon:02d}-{day_n:02d}")
    d = tx.safe_date(y, mon, day_n)
    if d is None:
        return None
    return _with_clock(d, m)


def day_range(m: RuleMatch, ctx: Context) -> list[Emission]:
    second = absolute_value(m, ctx)
    if second is None or second.day is None:
        return []
    day1 = int(_s(m, "day1"))
    year, mon1 = second.day.year, _month_number(m, "mon1", None) if m.get("mon1") else None
    if mon1 is None:
        mon1 = second.day.month
        if day1 > second.day.day:  # "vom 28. bis 3. Oktober": the first day lies in the month before
            year, mon1 = (year - 1, 12) if mon1 == 1 else (year, mon1 - 1)
    d1 = tx.safe_date(year, mon1, day1)
    if d1 is None:
        return []
    # A day coordinated with the next one ("am 25. und 26. August") ends at its number, as KRAUTS's TIMEX3
    # extents have it; the dot of a range's first day ("vom 5. bis 22. November") stays with it.
    first_end = m.end("mon1") if m.get("mon1") else m.end("day1") + (0 if m.get("and") else 1)
    second_end = m.end("day") if m.get("and") and m.end() == m.end("day") + 1 else m.end()  # "16. und 17. sowie"
    return [(m.start(), first_end, tx.day(d1)), (m.start("day"), second_end, second)]


def weekday(m: RuleMatch, ctx: Context) -> list[Emission]:
    v = vocabulary()
    wd_word = _s(m, "wd")
    wd = v.weekdays.get(wd_word.lower())
    if wd is None:
        wd = v.weekday_abbr.get(wd_word.rstrip(".").lower())
    if wd is None:
        return []
    part = _daypart(m.get("wdp")) or _daypart(m.get("dp"))
    ref = ctx.ref_day(m.start())
    if ref is None:
        base = f"XXXX-WXX-{wd + 1}"
        clock = _clock(m)
        if clock is not None:
            return [(m.start(), m.end(), Timex(f"{base}T{clock[0] % 24:02d}:{clock[1]:02d}", "TIME"))]
        return [(m.start(), m.end(), Timex(base + (f"T{part}" if part else ""), "TIME" if part else "DATE"))]
    week_shift = shift_of(m.get("shift2"))
    if week_shift is not None:
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=7 * week_shift)
        d = monday + dt.timedelta(days=wd)
    else:
        k = shift_of(m.get("shift"))
        shift = _WEEKDAY_SHIFT.get(k) if k is not None else None
        tense = None if shift else ctx.tense(m)
        story = ctx.story(m.start()) if shift is None and tense is None else None
        if story is not None:
            # A story in the present tense moves forward from the last day it named.
            d = weekday_day(story, wd, Tense.FUTURE, "next")
            ctx.story_day, ctx.story_pos = d, m.start()
        else:
            d = weekday_day(ref, wd, tense or DEFAULT_WEEKDAY_TENSE, shift)
    return [(m.start(), m.end(), _with_clock(_range_end(m, ctx, d), m, part))]


_RANGE_END = regex.compile(r"(?i)(?:bis|–|-)\s*")
_RANGE_START = regex.compile(r"(?:[^,;:!?.]|\.\d)*")  # the first day and its clock time, no clause between
# How far (characters) the first day of "von Montag bis Freitag" may stand before the second.
RANGE_REACH = 30


def _range_end(m: RuleMatch, ctx: Context, d: dt.date) -> dt.date:
    """"von Montag bis Freitag": the end of a range of weekdays is the first such day after its start (each
    end read alone may land a week off)."""
    start = ctx.last_day
    if start is None or not _RANGE_END.match(m.group()):
        return d
    if not 0 < m.start() - ctx.last_pos <= RANGE_REACH or not _RANGE_START.fullmatch(ctx.text, ctx.last_pos, m.start()):
        return d
    return start + dt.timedelta(days=(d.weekday() - start.weekday()) % 7 or 7)


def night(m: RuleMatch, ctx: Context) -> list[Emission]:
    v = vocabulary()
    ref = ctx.ref_day(m.start())
    if m.get("wd"):
        if ref is None:
            return [(m.start(), m.end(), Timex(tx.UNSPECIFIED_DAY + "TNI", "TIME"))]
        wd = v.weekdays[_s(m, "wd").lower()]
        week_shift = shift_of(m.get("shift"))
        if week_shift is not None:
            monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=7 * week_shift)
            target = monday + dt.timedelta(days=wd)
        else:
            target = weekday_day(ref, wd, ctx.tense(m) or DEFAULT_WEEKDAY_TENSE)
    else:
        t = absolute_value(m, ctx)
        if t is None or t.day is None:
            return []
        target = t.day
    clock = _clock(m)
    eve = target - dt.timedelta(days=1)
    if m.get("art"):  # "in der Nacht auf den 3. Mai (gegen 2 Uhr)": the night, the day it leads to, the time
        out = [(m.start(), m.end("nightw"), tx.day_part(eve, "NI")), (m.start("dated"), m.end("dated"), tx.day(target))]
        if clock is not None:
            out.append((m.start("at"), m.end(), tx.day_time(target if clock[0] < 12 else eve, *clock)))
        return out
    if clock is not None and clock[0] < 12:
        return [(m.start(), m.end(), tx.day_time(target, *clock))]
    return [(m.start(), m.end(), tx.day_part(eve, "NI"))]


def relday(m: RuleMatch, ctx: Context) -> list[Emission]:
    generic = generic_value(m, ctx)
    if generic is not None:  # "Frankreich ist heute offener als 1930": nowadays, not the day
        return [(m.start(), m.end(), Timex(generic))]
    rel = " ".join(_s(m, "rel").lower().split())
    entry = vocabulary().relative_days.get(rel)
    if entry is None:
        return []
    offset, kind = entry
    part = None
    noun = m.get("noun")
    if noun:
        low = noun.lower()
        for word, code in vocabulary().dayparts.items():
            if low.endswith(word) and len(word) > 4:
                part = code
                break
    if kind == "last":
        if m.get("gen"):
            # "am Vortag der Gespräche": the day before an event, not before the reference date; find_dates
            # fills in the day before the next day the text names.
            return [(m.start(), m.end(), Timex(tx.UNSPECIFIED_DAY))]
        else:
            base = ctx.narrative_day(m.start())
    else:
        base = ctx.entry_day or ctx.anchor.day
    if base is None:  # "heute Abend" with no date to count from: a day unknown, not a vague reference
        t = Timex(f"{tx.UNSPECIFIED_DAY}T{part}", "TIME") if part else _unresolved_clock(m)
        return [(m.start(), m.end(), t)]
    return [(m.start(), m.end(), _with_clock(base + dt.timedelta(days=offset), m, part))]


def next_day(m: RuleMatch, ctx: Context) -> list[Emission]:
    rel = _s(m, "rel").lower()
    if rel:
        offset = 0 if rel in ("selben", "gleichen") else -1 if rel == "vorherigen" else 1
    else:  # "am Tag danach", "am Abend zuvor"
        offset = -1 if _s(m, "after").lower() in ("zuvor", "davor", "vorher") else 1
    base = ctx.narrative_day(m.start())
    if base is None:
        return [(m.start(), m.end(), Timex(tx.UNSPECIFIED_DAY))]
    d = base + dt.timedelta(days=offset)
    part = _daypart(_s(m, "noun").rstrip("s")) if not _s(m, "noun").startswith("Tag") else None
    return [(m.start(), m.end(), tx.day_part(d, part) if part else tx.day(d))]


def time(m: RuleMatch, ctx: Context) -> list[Emission]:
    clock = _clock(m)
    if clock is None:
        return []
    if ctx.recurring(m.start()):  # "wochentags von 14 bis 18 Uhr": a time of no one day
        return [(m.start(), m.end(), _unresolved_clock(m, ""))]
    base = ctx.time_day(m.start())
    if base is None:
        return [(m.start(), m.end(), _unresolved_clock(m))]
    return [(m.start(), m.end(), tx.day_time(base, *clock))]


_AFTER_MIDNIGHT = regex.compile(r"(?i)(?:kurz\s+)?(?:nach|seit|ab)\s")


def midnight(m: RuleMatch, ctx: Context) -> list[Emission]:
    """"bis Mitternacht": 24:00 of the day the text is at (the next day's 00:00); after midnight, or told in the
    past of the article's own day, the midnight that began it. A boundary: the story does not move to its day."""
    recurring = ctx.recurring(m.start())
    base = None if recurring else ctx.time_day(m.start())
    if base is None:
        return [(m.start(), m.end(), Timex("T00:00" if recurring else f"{tx.UNSPECIFIED_DAY}T00:00", "TIME"))]
    past = base == ctx.ref_day(m.start()) and ctx.tense(m) is Tense.PAST  # "Das Feuer brach um Mitternacht aus"
    start = past or _AFTER_MIDNIGHT.match(m.group()) is not None  # "am Samstag kurz nach Mitternacht"
    return [(m.start(), m.end(), attrs.evolve(tx.day_time(base, 0 if start else 24, 0), day=None))]


def time_range(m: RuleMatch, ctx: Context) -> list[Emission]:
    """"14-18 Uhr": two times of the same day (TimeML tags each end)."""
    second = _clock(m)
    if second is None:
        return []
    first = (int(_s(m, "hour1")), int(m.get("minute1") or 0))
    first_end = m.end("minute1") if m.get("minute1") else m.end("hour1")
    second_start = m.start("hour") if m.get("hour") else m.start("hourw")
    recurring = ctx.recurring(m.start())
    base = None if recurring else ctx.time_day(m.start())
    if base is None:
        day = "" if recurring else tx.UNSPECIFIED_DAY
        return [
            (m.start(), first_end, Timex(f"{day}T{first[0] % 24:02d}:{first[1]:02d}", "TIME")),
            (second_start, m.end(), _unresolved_clock(m, day)),
        ]
    return [(m.start(), first_end, tx.day_time(base, *first)), (second_start, m.end(), tx.day_time(base, *second))]


_GENITIVE_BEFORE = regex.compile(r"(?i)\b(?:des|eines)\s+$")


def _is_habit(m: RuleMatch, ctx: Context, part: str) -> bool:
    """"Er arbeitet nachts": every night, no one day (TimeML: a SET; KRAUTS writes PT1NI).  Only an adverb with
    no day named in its sentence or the one before; in the past tense a news report means one night
    ("Einbrecher stiegen nachts ein"), so the day stays."""
    if part == "DT" or m.group().lower() not in vocabulary().daypart_adverbs:
        return False
    if _GENITIVE_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()):
        return False  # "die Tore des Abends": the genitive noun, that evening
    return ctx.habitual(m.start(), m.end()) and ctx.clause_tense(m) is not Tense.PAST


def daypart(m: RuleMatch, ctx: Context) -> list[Emission]:
    part = _daypart(m.get("dp"))
    if part is None:
        return []
    if _is_habit(m, ctx, part):
        return [(m.start(), m.end(), Timex(f"PT1{part}", "SET"))]
    base = ctx.narrative_day(m.start())
    if base is None:
        return [(m.start(), m.end(), Timex(f"{tx.UNSPECIFIED_DAY}T{part}", "TIME"))]
    return [(m.start(), m.end(), tx.day_part(base, part))]


def vague(m: RuleMatch, ctx: Context) -> list[Emission]:
    value = vocabulary().vague.get(" ".join(_s(m, "vague").lower().split()))
    return [(m.start(), m.end(), Timex(value))] if value else []


def foreign(m: RuleMatch, ctx: Context) -> list[Emission]:
    """A stamp in English ("14 May 2019"), read by dateparser (imported on the first one)."""
    from .stamps import read_stamp

    t = read_stamp(" ".join(m.group().split()))
    return [(m.start(), m.end(), t)] if t is not None else []


def stop(m: RuleMatch, ctx: Context) -> list[Emission]:
    return []
