"""From a grammar match to TIMEX3 values: one handler per kind of rule (the ``handler`` of a rule).

A ``Context`` walks through the matches of a text in order and carries what later expressions count
from: the anchor (reference date), the last day the text named (narrative anchoring: ``drei Tage
später``, ``am Folgetag``, times and parts of the day), and the explicit dates of each sentence
(statement dates: ``sagte Trump am 14. Juli ... vor zwei Monaten``).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable

import regex

from . import periods
from . import timex as tx
from .anchoring import (
    Anchor,
    Cue,
    Tense,
    day_month_year,
    month_year,
    sentence_bounds,
    tense_around,
    weekday_day,
)
from .grammar import RuleMatch
from .timex import Timex
from .vocabulary import number_value, vocabulary

Emission = tuple[int, int, Timex]

# How far back (characters) a named day still anchors times, parts of the day and "drei Tage später".
NARRATIVE_REACH = 1500
# How far back a coming day named in the text still anchors a bare clock time; beyond, the time is on the
# reference day (a list of events: "heute ... morgen ... im Theatersaal, 20 Uhr").
TIME_REACH = 100
# A weekday in a clause without tense cues (present tense): in news, mostly the coming one.
DEFAULT_WEEKDAY_TENSE = "future"

_WEEKDAY_SHIFT = {-1: "last", -2: "prev2", 1: "next", 2: "next2"}


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


class Context:
    """The state of one pass over one text."""

    def __init__(self, text: str, anchor: Anchor) -> None:
        self.text = text
        self.anchor = anchor
        self.last_day: dt.date | None = None
        self.last_pos = -(10**9)
        self.region = (0, len(text))
        # Explicit days (position, day), filled before the pass: statement dates, "am Vortag der Gespräche".
        self.explicit_days: list[tuple[int, dt.date]] = []
        # The day a story told in the present tense has reached ("Am Sonntag kommt die Mail").
        self.story_day: dt.date | None = None
        self.story_pos = -(10**9)
        # The stamp of a live-ticker entry ("28.4.2020, 12.45 Uhr: ..."): the reference of what follows.
        self.entry_day: dt.date | None = None
        # The last year the text named explicitly (position, year): "im März 2017 ... im Mai".
        self.last_year: tuple[int, int] | None = None
        # The last clock time the text named (position, moment): "um 15 Uhr ... zwei Stunden später".
        self.last_clock: tuple[int, dt.datetime] | None = None
        self._cues: dict[tuple[int, int], list[Cue]] = {}  # tense cue words by sentence

    # -- helpers -------------------------------------------------------------------------------------
    def tense(self, m: RuleMatch) -> Tense:
        s, e = sentence_bounds(self.text, m.start(), m.end(), *self.region)
        return tense_around(self.text, m.start(), m.end(), s, e, self._cues)

    def ref_day(self, pos: int) -> dt.date | None:
        """The reference day at ``pos``: a ticker entry's stamp, the article's date, else the nearest day named."""
        if self.entry_day is not None:
            return self.entry_day
        if self.anchor.day is not None:
            return self.anchor.day
        if self.explicit_days:
            i = bisect.bisect_left(self.explicit_days, (pos,))
            near = self.explicit_days[max(0, i - 1) : i + 1]
            return min(near, key=lambda pd: abs(pd[0] - pos))[1]
        return None

    def story(self, pos: int) -> dt.date | None:
        """The day a present-tense story has reached, if it is near and well before the reference day."""
        ref = self.ref_day(pos)
        if self.story_day is None or pos - self.story_pos > NARRATIVE_REACH or ref is None:
            return None
        return self.story_day if (ref - self.story_day).days > 7 else None

    def year_context(self, pos: int) -> int | None:
        """The year named explicitly shortly before ``pos`` (it carries over to a month without year)."""
        if self.last_year is not None and pos - self.last_year[0] <= 400:
            return self.last_year[1]
        return None

    def narrative_day(self, pos: int, reach: int = NARRATIVE_REACH) -> dt.date | None:
        """The day the text last named (within ``reach`` characters), else the reference day."""
        if self.last_day is not None and pos - self.last_pos <= reach:
            return self.last_day
        return self.ref_day(pos)

    def time_day(self, pos: int) -> dt.date | None:
        """The day of a bare clock time: the day named just before; further back only a day of the past (a
        report of events), not a coming day (a list of events: "morgen ... im Theatersaal, 20 Uhr")."""
        ref = self.ref_day(pos)
        if self.last_day is not None and ref is not None and self.last_day > ref:
            return self.narrative_day(pos, TIME_REACH)
        return self.narrative_day(pos)

    def statement_day(self, m: RuleMatch) -> dt.date | None:
        """An explicit day given in the same sentence (a statement's own date), else the reference day."""
        s, e = sentence_bounds(self.text, m.start(), m.end(), *self.region)
        i = bisect.bisect_left(self.explicit_days, (s,))
        while i < len(self.explicit_days) and self.explicit_days[i][0] < e:
            pos, d = self.explicit_days[i]
            if not (m.start() <= pos < m.end()):
                return d
            i += 1
        return self.ref_day(m.start())

    def note(self, pos: int, t: Timex, handler: str, m: RuleMatch) -> None:
        """Update the narrative state after an expression at ``pos`` resolved to ``t``."""
        # "bis Freitag" (still to come) names a deadline, not the day the text is at.
        deadline = (
            m.group().lower().startswith("bis")
            and t.day is not None
            and (self.anchor.day is None or t.day > self.anchor.day)
        )
        # A bare time on a coming day it took from the text does not carry that day further (a list of events).
        ref = self.ref_day(pos)
        inherited = (
            handler in ("time", "time_range") and t.day is not None and t.day == self.last_day
            and ref is not None and t.day > ref
        )
        if t.day is not None and not deadline and not inherited:
            self.last_day = t.day
            self.last_pos = pos
        clock = _CLOCK_VALUE.match(t.value) if t.day is not None and not deadline else None
        if clock is not None:
            self.last_clock = (pos, dt.datetime.fromisoformat(clock.group()))
        if handler == "absolute" and t.day is not None and _is_credit_stamp(self.text, m):
            self.entry_day = t.day  # "(APA, 22.8.2015)": what follows counts from the stamp
        explicit_year = handler in ("absolute", "month", "year", "season", "day_range") and m.get("year")
        if explicit_year and t.earliest is not None:
            self.last_year = (pos, t.earliest.year)
        if handler in ("absolute", "day_range") and t.day is not None:
            line_start = self.text.rfind("\n", 0, pos) + 1
            # A stamp: a dated clock time at the start of a line, closing it or followed by ":" ("28.4.2020,
            # 12.45 Uhr: ..."); a date at the start of running text ("Am 3. März um 14 Uhr explodierte") is none.
            rest = self.text[m.end() : m.end() + 4].lstrip(" ")
            closes = not rest or rest[0] in ":\n\r|•"
            stamp = t.type == "TIME" and m.get("hour") is not None and pos - line_start <= 25 and closes
            if stamp and (self.anchor.day is None or t.day <= self.anchor.day):
                self.entry_day = t.day
            elif m.get("day") and not stamp and (self.anchor.day is None or t.day <= self.anchor.day):
                self.story_day, self.story_pos = t.day, pos


_OF_THE_YEAR = regex.compile(r"\bdes\s+Jahres\b")
_CLOCK_VALUE = regex.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
# "(APA, " or "(dpa/AFP, " right before a date: an agency's stamp in the middle of a text.
_CREDIT_BEFORE = regex.compile(r"\(\s*\p{L}[\p{L}/.&-]{1,20},\s*$")


def _is_credit_stamp(text: str, m: RuleMatch) -> bool:
    """A date in parentheses after an agency's name: "(APA, 22.8.2015)"."""
    closes = text[m.end() : m.end() + 3].lstrip().startswith(")")
    return closes and _CREDIT_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None


def clock_offset(ctx: Context, m: RuleMatch, amount: float, unit: str, sign: int) -> Timex | None:
    """"zwei Stunden später": the last clock time the text named, moved by the amount (None without one)."""
    if ctx.last_clock is None or m.start() - ctx.last_clock[0] > NARRATIVE_REACH:
        return None
    minutes = amount * (60 if unit == "H" else 1 if unit == "MIN" else 1 / 60)
    when = ctx.last_clock[1] + dt.timedelta(minutes=sign * minutes)
    return tx.day_time(when.date(), when.hour, when.minute)


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
        n = 1 if w == "eins" else number_value(w)
        return (int(n), 0) if n is not None else None
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
    first_end = m.end("mon1") if m.get("mon1") else m.end("day1") + 1
    return [(m.start(), first_end, tx.day(d1)), (m.start("day"), m.end(), second)]


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
            d = weekday_day(story, wd, "future", "next")
            ctx.story_day, ctx.story_pos = d, m.start()
        else:
            d = weekday_day(ref, wd, tense or DEFAULT_WEEKDAY_TENSE, shift)
    return [(m.start(), m.end(), _with_clock(d, m, part))]


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
    if clock is not None and clock[0] < 12:
        return [(m.start(), m.end(), tx.day_time(target, *clock))]
    return [(m.start(), m.end(), tx.day_part(target - dt.timedelta(days=1), "NI"))]


def relday(m: RuleMatch, ctx: Context) -> list[Emission]:
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
    if base is None:
        value = "PRESENT_REF" if offset == 0 and kind == "ref" else tx.UNSPECIFIED_DAY
        return [(m.start(), m.end(), Timex(value))]
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


def _unit(m: RuleMatch) -> str | None:
    g = m.get("unit")
    unit = vocabulary().units.get(g.lower()) if g else None
    return unit.lstrip("0123456789") if unit else None


def _unit_factor(m: RuleMatch) -> float:
    """15 for Viertelstunde (15MIN), 1 for plain units."""
    g = m.get("unit")
    unit = vocabulary().units.get(g.lower(), "") if g else ""
    digits = unit[: len(unit) - len(unit.lstrip("0123456789"))]
    return float(digits) if digits else 1.0


def _shifted(base: dt.date, amount: float, unit: str, sign: int) -> Timex | None:
    """The date ``amount`` ``unit`` before (sign -1) or after (+1) ``base``, at the unit's granularity."""
    if unit in ("H", "MIN", "S"):
        return tx.day(base)
    if unit == "D":
        return tx.day(base + dt.timedelta(days=sign * round(amount)))
    if unit == "W":
        return tx.week(base + dt.timedelta(days=sign * round(amount * 7)))
    if unit == "M":
        return tx.month(*_ym(tx.add_months(base, sign * round(amount))))
    if unit == "Y":
        if amount != int(amount):
            return tx.month(*_ym(tx.add_months(base, sign * round(amount * 12))))
        return tx.year(base.year + sign * int(amount))
    if unit == "DE":
        return tx.decade(base.year + sign * int(amount * 10))
    return None


def _ym(d: dt.date) -> tuple[int, int]:
    return d.year, d.month


def offset(m: RuleMatch, ctx: Context) -> list[Emission]:
    unit = _unit(m)
    if unit is None:
        return []
    amount = number_value(_s(m, "num"))
    direction = _s(m, "dir").lower()
    narrative = direction not in ("vor", "in")
    if (direction == "in" and unit in ("H", "MIN", "S")) or (narrative and unit in ("M", "Y", "DE", "CE")):
        # "in sechseinhalb Stunden" (a travel time), "eineinhalb Jahre später" (from a date we rarely know)
        return duration(m, ctx)
    sign = -1 if direction in ("vor", "zuvor", "davor", "vorher", "früher") else 1
    if amount is None:
        if narrative and unit in ("H", "MIN"):
            base = ctx.narrative_day(m.start())
            if base is not None:
                return [(m.start(), m.end(), tx.day(base))]
        return [(m.start(), m.end(), Timex("PAST_REF" if sign < 0 else "FUTURE_REF"))]
    if narrative and unit in ("H", "MIN", "S"):
        moved = clock_offset(ctx, m, amount, unit, sign)
        if moved is not None:
            return [(m.start(), m.end(), moved)]
    base = ctx.narrative_day(m.start()) if narrative else ctx.statement_day(m)
    if base is None:
        vague_value = tx.UNSPECIFIED_DAY if unit == "D" else "PAST_REF" if sign < 0 else "FUTURE_REF"
        return [(m.start(), m.end(), Timex(vague_value))]
    try:
        t = _shifted(base, amount, unit, sign)
    except (ValueError, OverflowError):  # "vor 8000 Jahren": beyond the calendar dates can hold
        t = Timex("PAST_REF" if sign < 0 else "FUTURE_REF")
    if t is None:
        return []
    if narrative and t.day is not None and (m.get("hour") or m.get("hourw") or m.get("dp")):
        t = _with_clock(t.day, m)
    return [(m.start(), m.end(), t)]


def span(m: RuleMatch, ctx: Context) -> list[Emission]:
    unit = _unit(m)
    if unit is None:
        return []
    shift = _s(m, "shift").lower()
    num = m.get("num")
    if num:
        return [(m.start(), m.end(), tx.duration(number_value(num), unit))]
    if (shift_of(shift) or 0) > 0:  # in den kommenden Tagen
        return [(m.start(), m.end(), Timex("FUTURE_REF"))]
    return [(m.start(), m.end(), tx.duration(None, unit))]


def duration(m: RuleMatch, ctx: Context) -> list[Emission]:
    if m.get("vaguelong"):
        return [(m.start(), m.end(), tx.duration(None, "Y"))]
    if m.get("lang") and not m.get("unit"):
        unit = _norm("lang").get(_s(m, "lang").lower())
        return [(m.start(), m.end(), tx.duration(None, unit))] if unit else []
    if m.get("adjunit"):
        t = periods.duration_adjective(m)
        return [(m.start(), m.end(), t)] if t is not None else []
    unit = _unit(m)
    if unit is None:
        return []
    if m.get("prep"):
        if _s(m, "prep").lower() == "vor":
            return [(m.start(), m.end(), Timex("PAST_REF"))]
        return [(m.start(), m.end(), tx.duration(None, unit))]
    num = m.get("num")
    amount = number_value(num) if num else 1.0
    if amount is not None:
        amount *= _unit_factor(m)
    t = tx.duration(amount, unit)
    if m.get("unit2"):
        t = periods.duration_pair(m, t)
    return [(m.start(), m.end(), t)]


def set_(m: RuleMatch, ctx: Context) -> list[Emission]:
    wd = m.get("setwd")
    if wd:
        w = wd.lower()
        iso = _norm("set_weekday").get(w)
        if iso is None:
            idx = vocabulary().weekdays.get(w)
            if idx is None:
                return []
            iso = str(idx + 1)
        return [(m.start(), m.end(), Timex(f"XXXX-WXX-{iso}", "SET"))]
    if m.get("setunits"):  # "alle vier Jahre": every four years
        every = periods.every(m)
        return [(m.start(), m.end(), every)] if every is not None else []
    words = _s(m, "setunit").lower().split()  # "Woche für Woche": the unit's value
    value = _norm("set").get(words[0]) if words else None
    return [(m.start(), m.end(), Timex(periods.set_frequency(m, value), "SET"))] if value else []


def time(m: RuleMatch, ctx: Context) -> list[Emission]:
    clock = _clock(m)
    if clock is None:
        return []
    base = ctx.time_day(m.start())
    if base is None:
        return [(m.start(), m.end(), _unresolved_clock(m))]
    return [(m.start(), m.end(), tx.day_time(base, *clock))]


def time_range(m: RuleMatch, ctx: Context) -> list[Emission]:
    """"14-18 Uhr": two times of the same day (TimeML tags each end)."""
    second = _clock(m)
    if second is None:
        return []
    first = (int(_s(m, "hour1")), int(m.get("minute1") or 0))
    first_end = m.end("minute1") if m.get("minute1") else m.end("hour1")
    second_start = m.start("hour") if m.get("hour") else m.start("hourw")
    base = ctx.time_day(m.start())
    if base is None:
        return [
            (m.start(), first_end, Timex(f"{tx.UNSPECIFIED_DAY}T{first[0]:02d}:{first[1]:02d}", "TIME")),
            (second_start, m.end(), _unresolved_clock(m)),
        ]
    return [(m.start(), first_end, tx.day_time(base, *first)), (second_start, m.end(), tx.day_time(base, *second))]


def year_range(m: RuleMatch, ctx: Context) -> list[Emission]:
    """"1898-1976", "2005/2010": two years, unless they are amounts ("1500-2000 Euro"); "2019/2020" is one
    season, named by its first year."""
    if _quantity(m, ctx):
        return []
    y1, y2 = int(_s(m, "year1")), int(_s(m, "year"))
    if y2 == y1 + 1 and "/" in ctx.text[m.end("year1") : m.start("year")]:
        return [(m.start(), m.end(), tx.year(y1))]
    return [
        (m.start(), m.end("year1"), tx.year(int(_s(m, "year1")))),
        (m.start("year"), m.end(), tx.year(int(_s(m, "year")))),
    ]


def daypart(m: RuleMatch, ctx: Context) -> list[Emission]:
    part = _daypart(m.get("dp"))
    if part is None:
        return []
    base = ctx.narrative_day(m.start())
    if base is None:
        return [(m.start(), m.end(), Timex(f"{tx.UNSPECIFIED_DAY}T{part}", "TIME"))]
    return [(m.start(), m.end(), tx.day_part(base, part))]


_NAME_AFTER = regex.compile(r"\s+\p{Lu}\p{Ll}+\b")


def month(m: RuleMatch, ctx: Context) -> list[Emission]:
    mon = _month_number(m)
    if mon is None:
        return []
    # "von August Bebel", "und Mai Thi": a month word as a first name (a surname follows, no year).
    if (
        not m.get("year")
        and m.group().split()[0].lower() in _norm("loose_prep")
        and _NAME_AFTER.match(ctx.text, m.end(), min(len(ctx.text), m.end() + 40))
        and _s(m, "mon") in _norm("name_month")
    ):
        return []
    mod = _mod(m.get("mod"))
    a = ctx.anchor
    y = _year(m.get("year")) or _shifted_year(m, ctx)
    if y is None and m.get("shift") and a.year is not None and a.month is not None:
        # "vergangenen Oktober" is the last one before this month, "kommenden Mai" the next one after it
        k = shift_of(m.get("shift"))
        if k is not None and k != 0:
            y = month_year(a.year, a.month, mon, "past" if k < 0 else "future")
            if mon == a.month:
                y += k
    y = y or ctx.year_context(m.start())
    if y is None:
        if a.year is None or a.month is None:
            return [(m.start(), m.end(), Timex(f"XXXX-{mon:02d}"))]
        y = month_year(a.year, a.month, mon, ctx.tense(m))
    return [(m.start(), m.end(), tx.month(y, mon, mod))]


def month_range(m: RuleMatch, ctx: Context) -> list[Emission]:
    """Two months joined by bis/und: the second resolves as usual, the first shares its year."""
    second = month(m, ctx)
    mon1 = vocabulary().months.get(_s(m, "mon1").lower())
    if not second or mon1 is None:
        return []
    _, _, t2 = second[0]
    year1 = _int(m, "year1")
    if year1 is not None:  # "zwischen März 2019 und Mai 2021", "von März 2019 bis Mai"
        first = tx.month(year1, mon1)
        mon2 = _month_number(m)
        if not m.get("year") and mon2 is not None:
            t2 = tx.month(year1 + (1 if mon2 < mon1 else 0), mon2)
        return [(m.start(), m.end("year1"), first), (m.start("mon"), m.end(), t2)]
    if t2.earliest is None:
        first = Timex(f"XXXX-{mon1:02d}")
    else:
        y = t2.earliest.year - (1 if mon1 > t2.earliest.month else 0)
        first = tx.month(y, mon1)
    return [(m.start(), m.end("mon1"), first), (m.start("mon"), m.end(), t2)]


def _shifted_year(m: RuleMatch, ctx: Context) -> int | None:
    """The year of "des vergangenen Jahres", "nächsten Jahres" after a month or day, from the anchor."""
    words = m.get("yshift")
    if not words or ctx.anchor.year is None:
        return None
    if "vorjahr" in words.lower():
        said = ctx.statement_day(m)  # "im März des Vorjahres": the year before the statement's own date
        return (said.year if said is not None else ctx.anchor.year) - 1
    return ctx.anchor.year + (shift_of(words) or 0)


def _quantity(m: RuleMatch, ctx: Context) -> bool:
    """A bare four-digit number that reads as an amount or identifier: ``2000 Euro``, ``rund 1900``."""
    v = vocabulary()
    after = _WORD_AFTER.match(ctx.text, m.end(), min(len(ctx.text), m.end() + 40))
    if after is not None and after.group(1).lower().startswith(v.quantity_nouns):
        return True
    if m.group().strip()[:1].isdigit():  # no preposition inside the match: look at the word before
        before = _WORD_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
        if before is not None and before.group(1).lower() in v.quantity_cues:
            return True
    return False


def year(m: RuleMatch, ctx: Context) -> list[Emission]:
    y = int(_s(m, "year"))
    if _quantity(m, ctx):
        return []
    mod = _mod(m.get("mod"))
    return [(m.start(), m.end(), tx.year(y, mod))]


def season(m: RuleMatch, ctx: Context) -> list[Emission]:
    code = tx.SEASON_WORDS[_s(m, "season").lower()]
    y = _year(m.get("year"))
    if y is None:
        a = ctx.anchor
        if a.year is None or a.month is None:
            return [(m.start(), m.end(), Timex(f"XXXX-{code}"))]
        y = a.year
        start, end = tx.SEASONS[code]
        k = shift_of(m.get("shift"))
        if code == "WI" and a.month <= 2:
            y -= 1  # January/February belong to the winter that began the year before
        if k is not None and k != 0:
            y += k
        elif k is None:
            tense = ctx.tense(m)
            if tense == "past" and start > a.month and code != "WI":
                y -= 1
            elif tense == "future" and end < a.month and code != "WI":
                y += 1
    return [(m.start(), m.end(), tx.season(y, code))]


def rel_unit(m: RuleMatch, ctx: Context) -> list[Emission]:
    unit_word = _s(m, "unit").lower()
    if unit_word.startswith(("heuer", "heurig")):
        unit_word = "jahr"  # heuer: this year
    if unit_word.startswith("vor"):
        k = -1
        unit_word = unit_word[3:]
    else:
        k = shift_of(m.get("shift")) or shift_of(m.group()) or 0
    mod = _mod(m.get("mod")) or _mod(m.get("cmod"), "compound_mod")
    # A ticker entry's stamp, the article's date, else (no date given) the nearest day the text names.
    ref = ctx.ref_day(m.start())
    a = ctx.anchor if ctx.anchor.year is not None or ref is None else Anchor.of(ref)
    if ctx.entry_day is not None:
        a = Anchor.of(ctx.entry_day)
    if _s(m, "unit").lower().startswith("vor"):
        # "im Vorjahr", "des Vorjahres": the year before the date the text gives for that statement.
        a = Anchor.of(ctx.statement_day(m)) if ctx.statement_day(m) is not None else a
    explicit = _year(m.get("year"))
    if explicit is not None:  # "Jahresende 2025"
        return [(m.start(), m.end(), tx.year(explicit, mod))]
    if unit_word.startswith("wochenende"):
        if ref is None:
            return [(m.start(), m.end(), Timex("XXXX-WXX-WE"))]
        return [(m.start(), m.end(), tx.weekend(ref + dt.timedelta(days=7 * _weekend_shift(ref, k))))]
    if unit_word.startswith("woche"):
        if ref is None:
            return [(m.start(), m.end(), Timex("XXXX-WXX"))]
        return [(m.start(), m.end(), tx.week(ref + dt.timedelta(days=7 * k)))]
    if a.year is None or a.month is None:
        return [(m.start(), m.end(), Timex("XXXX-XX" if unit_word.startswith("monat") else "XXXX"))]
    if unit_word.startswith("monat"):
        y, mo = divmod(a.year * 12 + a.month - 1 + k, 12)
        return [(m.start(), m.end(), tx.month(y, mo + 1, mod))]
    if unit_word.startswith("quartal"):
        q = (a.month - 1) // 3 + k
        y, q0 = divmod(a.year * 4 + q, 4)
        return [(m.start(), m.end(), tx.quarter(y, q0 + 1))]
    named = ctx.year_context(m.start())
    if k == 0 and named is not None and _OF_THE_YEAR.search(m.group()):
        return [(m.start(), m.end(), tx.year(named, mod))]  # "Erst 1991 ... Ende des Jahres": that year
    return [(m.start(), m.end(), tx.year(a.year + k, mod))]


def weekend(m: RuleMatch, ctx: Context) -> list[Emission]:
    ref = ctx.anchor.day
    if ref is None:
        return [(m.start(), m.end(), Timex("XXXX-WXX-WE"))]
    k = shift_of(m.group())
    if k is None:
        tense = ctx.tense(m)
        k = 0 if ref.weekday() >= 5 else -1 if tense == "past" else 0
    return [(m.start(), m.end(), tx.weekend(ref + dt.timedelta(days=7 * _weekend_shift(ref, k))))]


def _weekend_shift(ref: dt.date, k: int) -> int:
    """Weeks from ``ref`` to the weekend "kommend"/"vergangen" (k) names: from a working day, the coming
    weekend is that week's own."""
    return k - 1 if k > 0 and ref.weekday() < 5 else k


def holiday(m: RuleMatch, ctx: Context) -> list[Emission]:
    spec = vocabulary().holidays.get(" ".join(_s(m, "hol").lower().split()))
    if spec is None:
        return []
    y = _year(m.get("year"))
    if y is None:
        ref = ctx.ref_day(m.start())
        if ref is None:
            value = f"XXXX-{spec}" if not spec.startswith("E") else tx.UNSPECIFIED_DAY
            return [(m.start(), m.end(), Timex(value))]
        tense = ctx.tense(m)
        candidates = [d for d in (tx.holiday(ref.year + k, spec) for k in (-1, 0, 1)) if d is not None]
        if tense == "past":
            pool = [d for d in candidates if d <= ref]
        elif tense == "future":
            pool = [d for d in candidates if d >= ref]
        else:
            pool = candidates
        d = min(pool or candidates, key=lambda c: abs((c - ref).days))
        return [(m.start(), m.end(), tx.day(d))]
    found = tx.holiday(y, spec)
    return [(m.start(), m.end(), tx.day(found))] if found else []


def quarter(m: RuleMatch, ctx: Context) -> list[Emission]:
    word = _s(m, "qord").lower()
    q = int(m.get("qnum") or 0) or next((int(n) for stem, n in _norm("quarter").items() if word.startswith(stem)), 0)
    a = ctx.anchor
    if not q:  # "im letzten Quartal": the one before the current
        if a.year is None or a.month is None:
            return []
        py, q0 = divmod(a.year * 4 + (a.month - 1) // 3 - 1, 4)
        return [(m.start(), m.end(), tx.quarter(py, q0 + 1))]
    y = _year(m.get("year"))
    if y is None:
        if a.year is None or a.month is None:
            return [(m.start(), m.end(), Timex(f"XXXX-Q{q}"))]
        y = month_year(a.year, a.month, 3 * q - 1, ctx.tense(m)) if (a.month - 1) // 3 + 1 != q else a.year
    return [(m.start(), m.end(), tx.quarter(y, q))]


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


HANDLERS: dict[str, Callable[[RuleMatch, Context], list[Emission]]] = {
    "absolute": absolute,
    "day_range": day_range,
    "weekday": weekday,
    "night": night,
    "relday": relday,
    "next_day": next_day,
    "offset": offset,
    "span": span,
    "duration": duration,
    "set": set_,
    "time": time,
    "daypart": daypart,
    "time_range": time_range,
    "year_range": year_range,
    "month": month,
    "year": year,
    "season": season,
    "decade": periods.decade,
    "century": periods.century,
    "rel_unit": rel_unit,
    "weekend": weekend,
    "vague": vague,
    "holiday": holiday,
    "month_range": month_range,
    "quarter": quarter,
    "stop": stop,
    "foreign": foreign,
}
