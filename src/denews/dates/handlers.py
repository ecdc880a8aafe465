"""Each rule's handler (the third field of a ``rule`` line in ``dates_grammar.txt``) and its function."""

from __future__ import annotations

from collections.abc import Callable

from . import months, periods, resolve, units
from .context import Context
from .grammar import RuleMatch
from .reading import Emission

HANDLERS: dict[str, Callable[[RuleMatch, Context], list[Emission]]] = {
    "absolute": resolve.absolute,
    "day_range": resolve.day_range,
    "weekday": resolve.weekday,
    "night": resolve.night,
    "relday": resolve.relday,
    "next_day": resolve.next_day,
    "offset": units.offset,
    "offset_range": units.offset_range,
    "span": units.span,
    "duration": units.duration,
    "duration_range": units.duration_range,
    "set": units.set_,
    "time": resolve.time,
    "midnight": resolve.midnight,
    "daypart": resolve.daypart,
    "time_range": resolve.time_range,
    "year_range": periods.year_range,
    "month": months.month,
    "year": periods.year,
    "season": periods.season,
    "decade": periods.decade,
    "rel_decade": periods.rel_decade,
    "century": periods.century,
    "follow_unit": periods.follow_unit,
    "rel_unit": units.rel_unit,
    "in_course": units.in_course,
    "weekend": units.weekend,
    "vague": resolve.vague,
    "holiday": months.holiday,
    "month_range": months.month_range,
    "quarter": units.quarter,
    "half_year": units.half_year,
    "stop": resolve.stop,
    "foreign": resolve.foreign,
}
