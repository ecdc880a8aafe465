"""Date stamps in the forms Austrian and Swiss outlets print them (``layout/stamps.py``): regional and abbreviated
month names, a time before or after the date in either notation, labels holding a preposition, weekday
abbreviations that are also function words.  Every line invented; all but the two `Jänner` cases failed before
this work."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import denews
from denews.layout.stamps import find_stamp

sys.path.insert(0, str(Path(__file__).parent))
from newsgen import RandomChoices
from outletgen import AT_CH_STAMPS, at_ch_stamp

_TITLE = "Gemeinderat beschließt neue Buslinie"
_BODY = (
    "Der Gemeinderat hat am Montag eine neue Buslinie zum Bahnhof beschlossen. Sie fährt ab dem Sommer.\n\n"
    "Die Kosten teilen sich Gemeinde und Land. Die Opposition stimmte dagegen.\n"
)


def _page(stamp_line: str) -> denews.Article:
    return denews.parse(f"{_TITLE}\n\n{stamp_line}\n\n{_BODY}")


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("3. Feber 2026", dt.date(2026, 2, 3)),  # Austrian month name (the dates stage's vocabulary)
        ("17. Jänner 2026", dt.date(2026, 1, 17)),
        ("12. Mrz. 2026", dt.date(2026, 3, 12)),  # a short form babel lacks
        ("9. Jän. 2026, 07:40", dt.datetime(2026, 1, 9, 7, 40)),  # babel's de_AT abbreviation
        ("Online seit 12. März 2026", dt.date(2026, 3, 12)),  # a label holding a preposition
        ("14:05 Uhr, 12.03.2026", dt.datetime(2026, 3, 12, 14, 5)),  # the time before the date
        ("8.30 Uhr, 4. Mai 2026", dt.datetime(2026, 5, 4, 8, 30)),
        ("12.03.2026, 14h05", dt.datetime(2026, 3, 12, 14, 5)),  # the Swiss notation
        ("21h15, 30.11.2026", dt.datetime(2026, 11, 30, 21, 15)),
        ("red, APA | So., 19.07.2026", dt.date(2026, 7, 19)),  # ``So.`` a weekday, not the word ``so``
        ("So 19.07.2026, 10:12", dt.datetime(2026, 7, 19, 10, 12)),  # the Swiss short form, no dot
        ("12.03.2026, 14 Uhr", dt.datetime(2026, 3, 12, 14, 0)),  # a full hour
        ("Online seit 4. Feber 2026 um 9 Uhr", dt.datetime(2026, 2, 4, 9, 0)),
    ],
)
def test_austrian_and_swiss_stamps(line: str, published: dt.date) -> None:
    a = _page(line)
    assert a.published == published
    assert a.title == _TITLE


@pytest.mark.parametrize(
    "line",
    [
        "Seit 12.03.2026 gilt der neue Fahrplan",  # a preposition that is no label's: a sentence
        "Um 14.05 kam es am 12.03.2026 zu Staus",
        "So wie am 12.03.2026 soll es bleiben",  # ``So`` before a word, not before the date
    ],
)
def test_sentences_with_dates_are_no_stamps(line: str) -> None:
    assert find_stamp(line) is None


def test_an_hour_alone_is_no_stamp() -> None:
    assert find_stamp("Einlass: 19 Uhr") is None


def test_a_bare_day_and_month_before_a_date_is_no_time() -> None:
    """``14.05`` without ``Uhr`` is a day and a month, so no time is read before the date."""
    st_ = find_stamp("14.05, 12.03.2026")
    assert st_ is None or not isinstance(st_.value, dt.datetime)


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.integers(0, 23),
    st.integers(0, 59),
    st.sampled_from(["{t} Uhr, {d}", "{d}, {t} Uhr", "{d}, {h}h{m:02d}", "{h}h{m:02d}, {d}", "{d} {t}"]),
)
def test_law_time_on_either_side_of_the_date(day: dt.date, hour: int, minute: int, shape: str) -> None:
    """Wherever the time stands and however it is written, the stamp reads day and time."""
    line = shape.format(t=f"{hour:02d}:{minute:02d}", d=f"{day:%d.%m.%Y}", h=hour, m=minute)
    got = find_stamp(line)
    assert got is not None
    assert got.value == dt.datetime(day.year, day.month, day.day, hour, minute)


def test_every_generated_austrian_and_swiss_stamp_shape() -> None:
    """Each shape of ``outletgen.AT_CH_STAMPS``, ten draws each, under a title: the moment it states."""
    for shape in AT_CH_STAMPS:
        for seed in range(10):
            line, value = at_ch_stamp(RandomChoices(seed), shape)
            assert _page(line).published == value, (shape, line)
