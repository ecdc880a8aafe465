"""The tense of a clause is a ``Tense`` member (or None), and the direction it gives picks the day, month or
year (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from denews.dates.anchoring import Tense, clause_tense, day_month_year, month_year, weekday_day


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("Der Gemeinderat beschloss den Plan gestern.", Tense.PAST),
        ("Der Gemeinderat hat den Plan beschlossen.", Tense.PAST),
        ("Der Gemeinderat wird den Plan beschließen.", Tense.FUTURE),
        ("Der Gemeinderat berät den Plan.", None),
    ],
)
def test_a_clause_gives_a_member_or_none(sentence: str, tense: Tense | None) -> None:
    got = clause_tense(sentence, 0, len(sentence))
    assert got is tense


def test_the_direction_picks_the_date() -> None:
    thursday = dt.date(2025, 3, 6)
    assert weekday_day(thursday, 0, Tense.PAST) == dt.date(2025, 3, 3)
    assert weekday_day(thursday, 0, Tense.FUTURE) == dt.date(2025, 3, 10)
    assert (month_year(2025, 3, 5, Tense.PAST), month_year(2025, 3, 1, Tense.FUTURE)) == (2024, 2026)
    assert (day_month_year(thursday, 12, 1, Tense.PAST), day_month_year(thursday, 12, 1, Tense.FUTURE)) == (2024, 2025)
    assert Tense("past") is Tense.PAST and Tense.FUTURE == "future"
