"""TIMEX3 values and the calendar days they cover (``earliest``/``latest``)."""

from __future__ import annotations

import calendar
import datetime as dt
import functools

import attrs

from .vocabulary import vocabulary

UNSPECIFIED_DAY = "XXXX-XX-XX"

#: Meteorological seasons (months), as TIMEX3 season codes.
SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def season_code(word: str) -> str:
    """The TIMEX3 code of a season word (table ``season``): ``Herbst`` -> ``FA``; KeyError for another word."""
    return vocabulary().norm["season"][word.lower()]


@attrs.frozen
class Timex:
    """A resolved value: TIMEX3 ``value``, ``type`` and the days it covers (or None)."""

    value: str
    type: str = "DATE"
    earliest: dt.date | None = None
    latest: dt.date | None = None
    day: dt.date | None = None  # the single day this names, if it names one (anchors later expressions)
    mod: str | None = None  # TIMEX3 mod: START, MID, END (Anfang/Mitte/Ende Mai), APPROX, ...


def day(d: dt.date) -> Timex:
    return Timex(d.isoformat(), "DATE", d, d, d)


def day_time(d: dt.date, hour: int, minute: int) -> Timex:
    if hour == 24:  # "24 Uhr", "Mitternacht": the end of the day is the start of the next
        d, hour = d + dt.timedelta(days=1), 0
    return Timex(f"{d.isoformat()}T{hour:02d}:{minute:02d}", "TIME", d, d, d)


def day_part(d: dt.date, part: str) -> Timex:
    return Timex(f"{d.isoformat()}T{part}", "TIME", d, d, d)


def week(d: dt.date) -> Timex:
    iso = d.isocalendar()
    monday = d - dt.timedelta(days=d.weekday())
    return Timex(f"{iso[0]:04d}-W{iso[1]:02d}", "DATE", monday, monday + dt.timedelta(days=6))


def weekend(d: dt.date) -> Timex:
    iso = d.isocalendar()
    saturday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=5)
    return Timex(f"{iso[0]:04d}-W{iso[1]:02d}-WE", "DATE", saturday, saturday + dt.timedelta(days=1))


def last_day_of_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def month(year: int, mon: int, mod: str | None = None) -> Timex:
    first = dt.date(year, mon, 1)
    last = dt.date(year, mon, last_day_of_month(year, mon))
    if mod == "START":
        last = dt.date(year, mon, 10)
    elif mod == "MID":
        first, last = dt.date(year, mon, 11), dt.date(year, mon, 20)
    elif mod == "END":
        first = dt.date(year, mon, 21)
    return Timex(f"{year:04d}-{mon:02d}", "DATE", first, last, mod=mod)


def year(y: int, mod: str | None = None) -> Timex:
    first, last = dt.date(y, 1, 1), dt.date(y, 12, 31)
    if mod == "START":
        last = dt.date(y, 4, 30)
    elif mod == "MID":
        first, last = dt.date(y, 5, 1), dt.date(y, 8, 31)
    elif mod == "END":
        first = dt.date(y, 9, 1)
    return Timex(f"{y:04d}", "DATE", first, last, mod=mod)


def quarter(y: int, q: int) -> Timex:
    first = dt.date(y, 3 * q - 2, 1)
    end_month = 3 * q
    return Timex(f"{y:04d}-Q{q}", "DATE", first, dt.date(y, end_month, last_day_of_month(y, end_month)))


def half_year(y: int, h: int) -> Timex:
    first, end_month = dt.date(y, 6 * h - 5, 1), 6 * h
    return Timex(f"{y:04d}-H{h}", "DATE", first, dt.date(y, end_month, last_day_of_month(y, end_month)))


def season(y: int, code: str) -> Timex:
    start, end = SEASONS[code]
    first = dt.date(y, start, 1)
    end_year = y + 1 if end < start else y
    return Timex(f"{y:04d}-{code}", "DATE", first, dt.date(end_year, end, last_day_of_month(end_year, end)))


def decade(first_year: int, mod: str | None = None) -> Timex:
    d = first_year // 10
    return Timex(f"{d:03d}", "DATE", dt.date(max(1, d * 10), 1, 1), dt.date(d * 10 + 9, 12, 31), mod=mod)


def century(number: int, mod: str | None = None) -> Timex:
    """The ``number``-th century (1-based: the 20th is 1900-1999, TIMEX3 ``19``)."""
    c = number - 1
    return Timex(f"{c:02d}", "DATE", dt.date(max(1, c * 100), 1, 1), dt.date(c * 100 + 99, 12, 31), mod=mod)


_DATE_UNITS = ("Y", "M", "W", "D")
_CLOCK_UNITS = ("H", "MIN", "S")


def duration_of(parts: list[tuple[int, str]]) -> Timex:
    """One duration of several whole units: [(3, "Y"), (4, "M")] is ``P3Y4M``, [(2, "H"), (30, "MIN")] ``PT2H30M``."""
    date = "".join(f"{n}{u}" for u in _DATE_UNITS for n, unit in parts if unit == u)
    clock = "".join(f"{n}{'M' if u == 'MIN' else u}" for u in _CLOCK_UNITS for n, unit in parts if unit == u)
    return Timex("P" + date + ("T" + clock if clock else ""), "DURATION")


@functools.cache
def _unit_years() -> dict[str, int]:
    """Units longer than a year and their years (table ``unit_years``: DE 10, CE 100)."""
    return {unit: int(years) for unit, years in vocabulary().norm.get("unit_years", {}).items()}


def _number(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration(amount: float | None, unit: str) -> Timex:
    """``P3D``, ``PT3H``, ``PXW``; fractions become smaller units where they divide (1.5 years: P18M)."""
    clock = unit in ("H", "MIN", "S")
    letter = "M" if unit == "MIN" else unit
    if amount is None:
        return Timex(("PTX" if clock else "PX") + letter, "DURATION")
    if amount != int(amount):
        if unit == "Y" and (amount * 12) == int(amount * 12):
            return Timex(f"P{int(amount * 12)}M", "DURATION")
        years = _unit_years().get(unit, 0) * amount  # ein halbes Jahrhundert: P50Y
        if years and years == int(years):
            return Timex(f"P{int(years)}Y", "DURATION")
        if unit == "H" and (amount * 60) == int(amount * 60):
            hours, minutes = divmod(int(amount * 60), 60)
            return Timex(f"PT{hours}H{minutes}M" if hours else f"PT{minutes}M", "DURATION")
        if unit == "MIN" and amount * 60 == int(amount * 60):
            return Timex(f"PT{int(amount * 60)}S", "DURATION")
    return Timex(("PT" if clock else "P") + _number(amount) + letter, "DURATION")


def vague(value: str) -> Timex:
    return Timex(value, "DATE")


def add_months(d: dt.date, months: int) -> dt.date:
    total = d.year * 12 + (d.month - 1) + months
    y, m = divmod(total, 12)
    return dt.date(y, m + 1, min(d.day, last_day_of_month(y, m + 1)))


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def easter(y: int) -> dt.date:
    """Easter Sunday of year ``y`` (Gregorian calendar; the anonymous algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day_ = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(y, month, day_ + 1)


def holiday(y: int, spec: str) -> dt.date | None:
    """The day of a holiday in year ``y``: ``spec`` is ``MM-DD``, ``E+N`` (days from Easter Sunday) or ``AN``
    (the N-th Sunday of Advent)."""
    if spec.startswith("E"):
        return easter(y) + dt.timedelta(days=int(spec[1:]))
    if spec.startswith("A"):
        eve = dt.date(y, 12, 24)
        fourth = eve - dt.timedelta(days=(eve.weekday() + 1) % 7)  # the last Sunday on or before 24 December
        return fourth - dt.timedelta(weeks=4 - int(spec[1:]))
    mon, _, d = spec.partition("-")
    return safe_date(y, int(mon), int(d))
