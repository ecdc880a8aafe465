"""Hypothesis properties of the dates stage: well-formed TIMEX3 values, ordered calendar ranges, spans that
point into the text and stay inside their regions, and resolution that moves with the reference date."""

from __future__ import annotations

import datetime as dt

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import Reach, examples
from denews.dates import find_dates
from denews.model import Span, TimeExpression
from strategies import DATES, news_sentence

_PART = r"(?:T(?:[01]\d|2[0-3]):[0-5]\d|T(?:MO|MI|AF|EV|NI|DT))"
TIMEX3 = regex.compile(
    r"(?:\d{4}|X{4})(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?" + _PART + r"?"  # 2025, 2025-08, 2025-08-07T21:30
    r"|(?:\d{4}|X{4})-W(?:\d{2}|XX)(?:-(?:[1-7]|WE))?" + _PART + r"?"  # 2025-W33, XXXX-WXX-5, 2025-W33-WE
    r"|\d{4}-Q[1-4]|(?:\d{4}|X{4})-H[12]|(?:\d{4}|X{4})-(?:SP|SU|FA|WI)|\d{3}|\d{2}"  # quarter, half, season, ...
    r"|P(?:T?(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|H|S|DE|CE))(?:\d+M)?"  # P3D, PT3H, PT6H30M, PXW
    r"|P1(?:SP|SU|FA|WI)|PT1(?:MO|MI|AF|EV|NI)"  # a season as a stretch, a part of the day as a habit
    r"|P\d+Y\d+M|PT\d+H\d+M"  # two units: P3Y4M, PT2H30M
    r"|PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|T(?:[01]\d|2[0-3]):[0-5]\d"  # a time of no one day (wochentags von 14 Uhr an)
)

SNIPPETS = [
    "Am Mittwoch sagte er nichts",
    "im 18. Jahrhundert",
    "die Achtzigerjahre",
    "zwischen März 2019 und Mai 2021",
    "jeden zweiten Montag",
    "eine 2,5-stündige Sitzung",
    "von 14-18 Uhr",
    "drei Jahre und vier Monate",
    "Linz (APA, 22.8.2015) -",
    "gestern",
    "heute Abend um 21 Uhr",
    "am 7. August 2025",
    "07.08.2025",
    "nächste Woche",
    "vor zwei Monaten",
    "in drei Wochen",
    "Ende Juli",
    "seit 2019",
    "um 7:20 Uhr",
    "in der Nacht zu Freitag",
    "knapp drei Stunden",
    "täglich",
    "jeden Montag",
    "derzeit",
    "am Vortag der Gespräche",
    "Drei Tage später",
    "im Sommer",
    "Mitte der 1980er Jahre",
    "mit die so",
    "2:1",
    "Seite 3",
    "1939/40",
    "Anfang des Monats",
    "am Wochenende",
    "vergangenen Freitag",
    "wird am Donnerstag kommen",
    "nachts",
    "den Sommer über",
    "200 Gäste am Tag",
    "den ersten Tag",
    "in der Nacht auf den 3. Mai",
]

# Expressions whose days move with the reference date by whole weeks (weekdays keep their place).
DAY_LEVEL = [
    "Am Mittwoch sagte er das",
    "Am Freitag wird er reisen",
    "gestern",
    "vorgestern",
    "heute",
    "morgen",
    "vor drei Tagen",
    "nächste Woche",
    "diese Woche",
    "in zwei Wochen",
    "am Wochenende",
    "am Vortag",
    "um 7:20 Uhr",
    "vergangenen Freitag",
    "heute Abend",
    "in der Nacht zu Sonntag",
]

refs = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31))
texts = st.lists(st.sampled_from(SNIPPETS), min_size=1, max_size=8).map(". ".join)
# Any text, alone or with snippets, dates and invented sentences among its characters.
any_text = st.one_of(
    st.text(max_size=300),
    st.lists(
        st.one_of(st.text(max_size=10), st.sampled_from(SNIPPETS), st.sampled_from(DATES), news_sentence()),
        min_size=1,
        max_size=12,
    ).map(" ".join),
)


def _check(text: str, found: tuple[TimeExpression, ...], regions: list[Span], reach: Reach) -> None:
    reach.note(date=bool(found), resolved=any(d.earliest is not None for d in found), two_regions=len(regions) > 1)
    last = -1
    for d in found:
        assert text[d.span.start : d.span.end] == d.text
        assert d.span.start >= last, "sorted and without overlaps"
        last = d.span.end
        assert any(r.contains(d.span) for r in regions), "inside one region"
        assert TIMEX3.fullmatch(d.value), d.value
        assert d.type in ("DATE", "TIME", "DURATION", "SET")
        assert (d.earliest is None) == (d.latest is None)
        if d.earliest is not None and d.latest is not None:
            assert d.earliest <= d.latest


WELL_FORMED, ANY_TEXT, NUMBERS, INSIDE, SHIFTED = Reach(), Reach(), Reach(), Reach(), Reach()


@WELL_FORMED.least(date=0.9, resolved=0.3)
@settings(max_examples=examples(150), deadline=None)
@given(texts, st.one_of(st.none(), refs))
def test_values_are_well_formed_timex3(text: str, ref: dt.date | None) -> None:
    regions = [Span(0, len(text))]
    _check(text, find_dates(text, regions, ref), regions, WELL_FORMED)


@ANY_TEXT.least(date=0.4)
@settings(max_examples=examples(150), deadline=None)
@given(any_text, st.one_of(st.none(), refs))
def test_any_text_parses(text: str, ref: dt.date | None) -> None:
    regions = [Span(0, len(text))] if text else []
    _check(text, find_dates(text, regions, ref), regions, ANY_TEXT)


NUMBER_TEMPLATES = [
    "vor {n} Jahren",
    "in {n} Tagen",
    "{n} Wochen später",
    "im Jahr {n}",
    "am {d}. {d}. {n}",
    "{d}.{d}.{n}",
    "seit {n} Monaten",
    "{d}. Mai {n}",
    "um {d}:{d} Uhr",
    "Mitte der {n}er Jahre",
    "vor {n} Jahrzehnten",
    "{n} Jahre danach",
]


@NUMBERS.least(date=0.6)
@settings(max_examples=examples(200), deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(NUMBER_TEMPLATES),
            # Any number, and as often one a date can hold (a year, a day): the share of draws that reach a date
            # then no longer hangs on the run's draw (it fell to 0.52-0.59 on some seeds with any number alone).
            st.one_of(st.integers(min_value=0, max_value=99999), st.integers(min_value=1800, max_value=2099)),
            st.integers(min_value=0, max_value=99),
        ),
        min_size=1,
        max_size=4,
    ),
    st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))),
)
def test_any_numbers_and_reference_dates(parts: list[tuple[str, int, int]], ref: dt.date | None) -> None:
    text = ". ".join(t.format(n=n, d=d) for t, n, d in parts)
    regions = [Span(0, len(text))]
    _check(text, find_dates(text, regions, ref), regions, NUMBERS)


@INSIDE.least(date=0.5, two_regions=0.3)
@settings(max_examples=examples(100), deadline=None)
@given(texts, refs, st.lists(st.tuples(st.integers(0, 1000), st.integers(0, 12)), min_size=1, max_size=4))
def test_expressions_stay_inside_their_regions(text: str, ref: dt.date, gaps: list[tuple[int, int]]) -> None:
    # The text less a few gaps (at thousandths of its length, up to 12 characters wide): regions that cover
    # most of it, so expressions are found, with boundaries that may cut through one.
    regions, start = [], 0
    for at, width in sorted(gaps):
        cut = at * len(text) // 1000
        if cut > start:
            regions.append(Span(start, cut))
        start = max(start, cut + width)
    if start < len(text):
        regions.append(Span(start, len(text)))
    _check(text, find_dates(text, regions, ref), regions, INSIDE)


@SHIFTED.least(resolved=0.9)
@settings(max_examples=examples(100), deadline=None)
@given(
    st.lists(st.sampled_from(DAY_LEVEL), min_size=1, max_size=6).map(". ".join),
    st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2080, 12, 31)),
    st.integers(min_value=-300, max_value=300),
)
def test_shifted_reference_shifts_resolved_days(text: str, ref: dt.date, weeks: int) -> None:
    shift = dt.timedelta(days=7 * weeks)
    regions = [Span(0, len(text))]
    before = find_dates(text, regions, ref)
    after = find_dates(text, regions, ref + shift)
    SHIFTED.note(resolved=any(d.earliest is not None for d in before))
    assert [d.span for d in before] == [d.span for d in after]
    for a, b in zip(before, after, strict=True):
        assert (a.earliest is None) == (b.earliest is None)
        if a.earliest is not None and b.earliest is not None and a.latest is not None and b.latest is not None:
            assert b.earliest - a.earliest == shift
            assert b.latest - a.latest == shift
