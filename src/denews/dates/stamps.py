"""Stamps the German grammar does not read (``14 May 2019``, ``Tue, 14 May 2019 12:00:00 GMT``), read by
dateparser.  The grammar finds them; dateparser only parses the string found, and it is imported on the
first such stamp, so that ``import denews`` and German text never load it.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
from types import ModuleType

from . import timex as tx
from .timex import Timex

#: dateparser's settings: the stamp alone, as written (its own time zone, not the machine's).
SETTINGS = {"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}


@functools.cache
def _dateparser() -> ModuleType:
    return importlib.import_module("dateparser")


def read_stamp(stamp: str) -> Timex | None:
    """The day (or the day and clock time, where the stamp has one) of an English date stamp."""
    moment: dt.datetime | None = _dateparser().parse(stamp, languages=["en"], settings=SETTINGS)
    if moment is None:
        return None
    if ":" in stamp:
        return tx.day_time(moment.date(), moment.hour, moment.minute)
    return tx.day(moment.date())
