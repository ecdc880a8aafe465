"""Handlers for units of time: offsets (``vor zwei Wochen``, ``drei Tage später``), stretches and durations,
sets, seasons, relative weeks, months and years, weekends and quarters.
"""

from __future__ import annotations

import datetime as dt
import functools

import regex

from . import periods
from . import timex as tx
from .anchoring import Anchor, Tense, month_year
from .context import NARRATIVE_REACH, Context
from .grammar import RuleMatch
from .reading import Emission, _mod, _norm, _s, _shifted_year, _with_clock, _year, shift_of
from .timex import Timex
from .vocabulary import alternation, number_value, vocabulary

_OF_THE_YEAR = regex.compile(r"\bdes\s+Jahres\b")
_ONE_DAY = regex.compile(r"(?i)eines\s+Tages")


@functools.cache
def _word_before(kind: str) -> regex.Pattern[str]:
    """A word of table ``kind`` of dates_normalization.tsv right before a position (searched up to it)."""
    return regex.compile(rf"(?i)\b(?:{alternation(kind)})\s+$")


def _article_before(text: str, start: int) -> bool:
    """"in den sechs Jahren zuvor": an article before the amount makes a stretch of years, not a year (table
    ``article``).  A short window, so that many offsets stay linear in the text."""
    return _word_before("article").search(text, max(0, start - 40), start) is not None


def clock_offset(ctx: Context, m: RuleMatch, amount: float, unit: str, sign: int) -> Timex | None:
    """"zwei Stunden später": the last clock time the text named, moved by the amount (None without one)."""
    if ctx.last_clock is None or m.start() - ctx.last_clock[0] > NARRATIVE_REACH:
        return None
    minutes = amount * (60 if unit == "H" else 1 if unit == "MIN" else 1 / 60)
    when = ctx.last_clock[1] + dt.timedelta(minutes=sign * minutes)
    return tx.day_time(when.date(), when.hour, when.minute)


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
    if unit == "CE" and sign < 0:  # "vor einem Jahrhundert": that century; "vor einem halben Jahrhundert": the year
        years = round(amount * 100)
        y = base.year + sign * years
        return tx.century(y // 100 + 1) if years % 100 == 0 else tx.year(y)
    return None


def _ym(d: dt.date) -> tuple[int, int]:
    return d.year, d.month


# The value of an offset of each unit when there is no date to count from.
_UNANCHORED = {"D": tx.UNSPECIFIED_DAY, "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}


def offset(m: RuleMatch, ctx: Context) -> list[Emission]:
    unit = _unit(m)
    if unit is None:
        return []
    amount = number_value(_s(m, "num"))
    direction = _s(m, "dir").lower()
    narrative = direction not in ("vor", "in")
    sign = -1 if direction in ("vor", "zuvor", "davor", "vorher", "früher") else 1
    if narrative and unit in ("M", "Y") and amount is not None and not _article_before(ctx.text, m.start()):
        counted = periods.counted_from_text(ctx, m, amount * _unit_factor(m), unit, sign)
        if counted is not None:  # "2015 zog er nach Wien, drei Jahre später nach Linz": 2018
            return [(m.start(), m.end(), counted)]
    if (direction == "in" and unit in ("H", "MIN", "S")) or (narrative and unit in ("M", "Y", "DE", "CE")):
        # "in sechseinhalb Stunden" (a travel time), "eineinhalb Jahre später" (from a date we rarely know)
        return duration(m, ctx)
    if narrative and unit in ("D", "W") and ctx.elsewhere_in_time(m.start()):
        return duration(m, ctx)  # "Im Mai 2015 ... drei Wochen später": a week we cannot tell
    if amount is None:
        if narrative and unit in ("H", "MIN"):
            base = ctx.narrative_day(m.start())
            if base is not None:
                return [(m.start(), m.end(), tx.day(base))]
        if not narrative:  # "vor einigen Tagen": TimeML tags the amount after the preposition, PXD
            return [(m.start(), m.end(), tx.duration(None, unit))]
        return [(m.start(), m.end(), Timex("PAST_REF" if sign < 0 else "FUTURE_REF"))]
    amount *= _unit_factor(m)  # "vor einem Halbjahr": six months, "eine Viertelstunde später": 15 minutes
    if narrative and unit in ("H", "MIN", "S"):
        moved = clock_offset(ctx, m, amount, unit, sign)
        if moved is not None:
            return [(m.start(), m.end(), moved)]
    base = ctx.narrative_day(m.start()) if narrative else ctx.statement_day(m, unit in ("Y", "DE", "CE"))
    t = _moved(base, amount, unit, sign)
    if t is None:
        return []
    if narrative and t.day is not None and (m.get("hour") or m.get("hourw") or m.get("dp")):
        t = _with_clock(t.day, m)
    return [(m.start(), m.end(), t)]


def _moved(base: dt.date | None, amount: float, unit: str, sign: int) -> Timex | None:
    """``amount`` units before (``sign`` -1) or after ``base``."""
    if base is None:  # "vor zwei Wochen" with no date to count from: a week unknown, not a vague reference
        return Timex(_UNANCHORED.get(unit) or ("PAST_REF" if sign < 0 else "FUTURE_REF"))
    try:
        return _shifted(base, amount, unit, sign)
    except (ValueError, OverflowError):  # "vor 8000 Jahren": beyond the calendar dates can hold
        return Timex("PAST_REF" if sign < 0 else "FUTURE_REF")


def offset_range(m: RuleMatch, ctx: Context) -> list[Emission]:
    """"vor sechs bis acht Monaten": two points back (as "vor acht Monaten" is one), "in zwei bis drei Wochen"
    two ahead.  A range of hours after "in" is a stretch of time, as one amount is: two durations."""
    unit = _unit(m)
    first, second = number_value(_s(m, "num1")), number_value(_s(m, "num"))
    direction = _s(m, "dir").lower()
    if unit is None or first is None or second is None or (direction == "in" and unit in ("H", "MIN", "S")):
        return duration_range(m, ctx)
    sign = -1 if direction == "vor" else 1
    base = ctx.statement_day(m, unit in ("Y", "DE", "CE"))
    factor = _unit_factor(m)
    t1, t2 = _moved(base, first * factor, unit, sign), _moved(base, second * factor, unit, sign)
    if t1 is None or t2 is None:
        return []
    return [(m.start(), m.end("num1"), t1), (m.start("num"), m.end(), t2)]


def span(m: RuleMatch, ctx: Context) -> list[Emission]:
    unit = _unit(m)
    if unit is None:
        return []
    shift = _s(m, "shift").lower()
    num = m.get("num")
    if num:
        return [(m.start(), m.end(), tx.duration(number_value(num), unit))]
    if shift.startswith(("erst", "letzt")) and _s(m, "unit").lower() in _singular_units():
        return [(m.start(), m.end(), tx.duration(1, unit))]  # "den ersten Tag": one day, not some days
    if (shift_of(shift) or 0) > 0:  # in den kommenden Tagen
        return [(m.start(), m.end(), Timex("FUTURE_REF"))]
    return [(m.start(), m.end(), tx.duration(None, unit))]


@functools.cache
def _singular_units() -> frozenset[str]:
    """The singular of each unit: its first form in ``dates_units.tsv`` (Tag, Woche, Monat, Jahr)."""
    first: dict[str, str] = {}
    for word, unit in vocabulary().units.items():
        first.setdefault(unit, word)
    return frozenset(first.values())


def duration(m: RuleMatch, ctx: Context) -> list[Emission]:
    if m.get("vaguelong"):
        return [(m.start(), m.end(), tx.duration(None, "Y"))]
    if m.get("lang") and not m.get("unit"):
        unit = _norm("lang").get(_s(m, "lang").lower())
        return [(m.start(), m.end(), tx.duration(None, unit))] if unit else []
    if m.get("adjunit"):
        t = None if periods.before_person(m, ctx.text) else periods.duration_adjective(m)
        return [(m.start(), m.end(), t)] if t is not None else []
    unit = _unit(m)
    if unit is None or periods.is_age(m, ctx.text):
        return []
    if _ONE_DAY.fullmatch(m.group()) and not _word_before("within").search(ctx.text, max(0, m.start() - 20), m.start()):
        # "eines Tages": some day, not a stretch of one (binnen eines Tages); a vague reference by the tense
        return [(m.start(), m.end(), Timex("PAST_REF" if ctx.tense(m) is Tense.PAST else "FUTURE_REF"))]
    if m.get("cfirst") and not _counts_compound(m):
        return []
    if m.get("prep"):  # "seit Jahren", "vor Jahrzehnten": an amount of units not counted (PXY, PXDE)
        return [(m.start(), m.end(), tx.duration(None, unit))]
    num = m.get("num")
    amount = number_value(num) if num else 1.0
    if amount is not None:
        amount *= _unit_factor(m)
    t = tx.duration(amount, unit)
    if m.get("unit2"):
        t = periods.duration_pair(m, t)
    return [(m.start(), m.end(), t)]


def _counts_compound(m: RuleMatch) -> bool:
    """"zwei Sonnentage": a stretch of days.  Not "eine Reportage" (one: the word is no plural), "9,6
    Hitzetage" (an average, no stretch) nor "zwei Landtage" (a first part of table compound_stop)."""
    num = _s(m, "num")
    return (
        _s(m, "cfirst").lower() not in _norm("compound_stop")
        and "," not in num
        and number_value(num.lower()) != 1
    )


def duration_range(m: RuleMatch, ctx: Context) -> list[Emission]:
    """"sechs bis acht Monate": the first number with the unit of the second (P6M), then the second (P8M)."""
    second = duration(m, ctx)
    first = number_value(_s(m, "num1"))
    unit = _unit(m)
    if len(second) != 1 or unit is None:
        return second  # an age: "Kinder von 8 bis 12 Jahren"
    if first is None:  # "einige bis viele Jahre": the second alone
        return [(m.start("num"), m.end(), second[0][2])]
    t1 = tx.duration(first * _unit_factor(m), unit)
    return [(m.start(), m.end("num1"), t1), (m.start("num"), m.end(), second[0][2])]


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
    if m.get("setseason"):  # "jeden Sommer": every summer
        return [(m.start(), m.end(), Timex(f"XXXX-{tx.season_code(_s(m, 'setseason'))}", "SET"))]
    if m.get("perday"):  # "drei Tassen am Tag": a count per day; "am Tag" alone is the daytime
        return [(m.start(), m.end(), Timex("P1D", "SET"))] if _count_before(ctx.text, m.start()) else []
    if m.get("setunits"):  # "alle vier Jahre": every four years
        every = periods.every(m)
        return [(m.start(), m.end(), every)] if every is not None else []
    words = _s(m, "setunit").lower().split()  # "Woche für Woche": the unit's value
    value = _norm("set").get(words[0]) if words else None
    return [(m.start(), m.end(), Timex(periods.set_frequency(m, value), "SET"))] if value else []


def _count_before(text: str, pos: int) -> bool:
    """Whether a number and one or two nouns stand right before ``pos``: "200 Patienten", "drei Tassen Tee"."""
    words = text[max(0, pos - 50) : pos].split()
    nouns = 0
    while nouns < min(2, len(words) - 1) and words[-1 - nouns].isalpha() and words[-1 - nouns][0].isupper():
        nouns += 1
    if nouns == 0:
        return False
    count = words[-1 - nouns]
    return count[0].isdigit() or number_value(count.lower()) is not None


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
        # "im Vorjahr", "des Vorjahres": the year before the one the text gives for that statement.
        a = Anchor.of(ctx.statement_day(m)) if ctx.statement_day(m) is not None else a
        said = ctx.statement_year(m) if unit_word.startswith("jahr") and _compared(m, ctx.text) else None
        if said is not None and said != a.year:
            a = Anchor(None, said, 1)
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


@functools.cache
def _comparison() -> regex.Pattern[str]:
    words = "|".join(_norm("comparison"))
    return regex.compile(rf"(?<![\p{{L}}])(?i:{words})\s+(?:(?i:dem|im)\s+)?$")


def _compared(m: RuleMatch, text: str) -> bool:
    """Whether "Vorjahr" is what something is compared with: "gegenüber dem Vorjahr", "des Vorjahres"."""
    before = text[max(0, m.start("unit") - 40) : m.start("unit")]
    return _comparison().search(before) is not None


def weekend(m: RuleMatch, ctx: Context) -> list[Emission]:
    ref = ctx.anchor.day
    if ref is None:
        return [(m.start(), m.end(), Timex("XXXX-WXX-WE"))]
    k = shift_of(m.group())
    if k is None:
        tense = ctx.tense(m)
        k = 0 if ref.weekday() >= 5 else -1 if tense is Tense.PAST else 0
    return [(m.start(), m.end(), tx.weekend(ref + dt.timedelta(days=7 * _weekend_shift(ref, k))))]


def _weekend_shift(ref: dt.date, k: int) -> int:
    """Weeks from ``ref`` to the weekend "kommend"/"vergangen" (k) names: from a working day, the coming
    weekend is that week's own."""
    return k - 1 if k > 0 and ref.weekday() < 5 else k


def quarter(m: RuleMatch, ctx: Context) -> list[Emission]:
    word = _s(m, "qord").lower()
    q = int(m.get("qnum") or 0) or next((int(n) for stem, n in _norm("quarter").items() if word.startswith(stem)), 0)
    a = ctx.anchor
    named_year = m.get("year") or m.get("yshift") or m.get("ofyear")
    if not q and named_year:  # "im letzten Quartal des Vorjahres": that year's final quarter
        q = 4
    if not q:  # "im letzten Quartal": the one before the current
        if a.year is None or a.month is None:
            return []
        py, q0 = divmod(a.year * 4 + (a.month - 1) // 3 - 1, 4)
        return [(m.start(), m.end(), tx.quarter(py, q0 + 1))]
    y = _year(m.get("year")) or _shifted_year(m, ctx) or _of_the_year(m, ctx, 3 * q - 1)  # "... des Vorjahres"
    if y is None:
        if a.year is None or a.month is None:
            return [(m.start(), m.end(), Timex(f"XXXX-Q{q}"))]
        y = month_year(a.year, a.month, 3 * q - 1, ctx.tense(m)) if (a.month - 1) // 3 + 1 != q else a.year
    return [(m.start(), m.end(), tx.quarter(y, q))]


def _of_the_year(m: RuleMatch, ctx: Context, month: int) -> int | None:
    """The year "des Jahres" after a quarter or half names: the one the text is speaking of, else the article's."""
    if not m.get("ofyear"):
        return None
    return ctx.year_context(m.start(), month) or ctx.anchor.year


def half_year(m: RuleMatch, ctx: Context) -> list[Emission]:
    """"im ersten Halbjahr", "in der zweiten Jahreshälfte 2025": H1 or H2 of the year named, else of the year
    the tense points to (as a month of that half would be)."""
    h = 1 if _s(m, "qord").lower().startswith(("erst", "1")) else 2
    # "im ersten Halbjahr 2019", "... des Vorjahres", "2019 ... das erste Halbjahr"
    y = _year(m.get("year")) or _shifted_year(m, ctx) or _of_the_year(m, ctx, 6 * h - 3)
    y = y or ctx.year_context(m.start(), 6 * h - 3)
    a = ctx.anchor
    if y is None:
        if a.year is None or a.month is None:
            return [(m.start(), m.end(), Timex(f"XXXX-H{h}"))]
        same_half = (a.month - 1) // 6 + 1 == h
        y = a.year if same_half else month_year(a.year, a.month, 6 * h - 3, ctx.tense(m))
    return [(m.start(), m.end(), tx.half_year(y, h))]


def in_course(m: RuleMatch, ctx: Context) -> list[Emission]:
    """"im Laufe des Tages": the day the text is at; "im Laufe der Woche", "des Jahres": that week or year."""
    if _s(m, "unit").lower() != "tages":
        return rel_unit(m, ctx)
    base = ctx.narrative_day(m.start())
    return [(m.start(), m.end(), tx.day(base) if base is not None else Timex(tx.UNSPECIFIED_DAY))]
