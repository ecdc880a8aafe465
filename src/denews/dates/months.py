"""From a grammar match to TIMEX3 values: months ("im Mai", "vergangenen Oktober", "März bis Mai") and
holidays ("Weihnachten", "zu Ostern 2020").  The helpers that read a match are in ``reading.py``.
"""

from __future__ import annotations

import regex

from . import timex as tx
from .anchoring import Tense, month_year
from .context import Context
from .grammar import RuleMatch
from .reading import Emission, _int, _mod, _month_number, _norm, _s, _shifted_year, _year, shift_of
from .timex import Timex
from .vocabulary import vocabulary

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
            y = month_year(a.year, a.month, mon, Tense.PAST if k < 0 else Tense.FUTURE)
            if mon == a.month:
                y += k
    y = y or ctx.year_context(m.start(), mon)
    if y is None and ctx.every_year(m.start()):  # "alljährlich im August": every year's August
        return [(m.start(), m.end(), Timex(f"XXXX-{mon:02d}"))]
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


def holiday(m: RuleMatch, ctx: Context) -> list[Emission]:
    name = " ".join(_s(m, "hol").lower().split())
    spec = vocabulary().holidays.get(name)
    y = _year(m.get("year"))
    if spec is None or (name in _norm("holiday_person") and m.start("hol") == m.start() and y is None):
        return []  # "Der Nikolaus kommt um 16 Uhr": the saint, not his day
    if y is None:
        ref = ctx.ref_day(m.start())
        if ref is None:
            value = f"XXXX-{spec}" if spec[0].isdigit() else tx.UNSPECIFIED_DAY  # Easter, Advent: no fixed day
            return [(m.start(), m.end(), Timex(value))]
        tense = ctx.tense(m)
        candidates = [d for d in (tx.holiday(ref.year + k, spec) for k in (-1, 0, 1)) if d is not None]
        if tense is Tense.PAST:
            pool = [d for d in candidates if d <= ref]
        elif tense is Tense.FUTURE:
            pool = [d for d in candidates if d >= ref]
        else:
            pool = candidates
        d = min(pool or candidates, key=lambda c: abs((c - ref).days))
        return [(m.start(), m.end(), tx.day(d))]
    found = tx.holiday(y, spec)
    return [(m.start(), m.end(), tx.day(found))] if found else []
