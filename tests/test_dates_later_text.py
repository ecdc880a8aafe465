"""Invariant: with a reference date, what the text says after a sentence does not change the expressions of that
sentence (their spans and values), apart from the two readings that look ahead on purpose ("heute" set against
the next sentence, "am Vortag der Wahl" waiting for the day named next), which these sentences leave out."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import denews

_FIRST = [
    "Am Montag stürzte ein Segelflieger bei Krems ab.",
    "Der Markt öffnet am 12. Oktober, die Halle bleibt bis Freitag zu.",
    "Die Mühle brannte 1961 ab, vier Jahre später stand eine neue.",
    "Von Freitag bis Montag ist die Straße gesperrt.",
    "Am 25. und 26. August spielt die Kapelle um 20 Uhr.",
    "Der Einbruch soll sich am Samstag ereignet haben.",
    "Im vergangenen Jahrhundert stand hier ein Kloster.",
    "Sonntags ruht der Betrieb, pro Woche kommen 90 Pakete.",
    "Die Wahl vom Sonntag bringt seit drei Wochen Streit.",
]
_LATER = [
    "Am 3. März 2019 kam der Bescheid.",
    "Morgen beginnt die Sitzung.",
    "Zwei Jahre zuvor war alles anders.",
    "Im Herbst 2030 soll die Brücke fertig sein.",
    "Gestern um 15 Uhr krachte es.",
    "Bis Ende Mai werden 300 Anträge erwartet.",
    "Die Firma wurde 1998 gegründet.",
    "Am Tag darauf kam der Brief.",
]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_FIRST),
    st.lists(st.sampled_from(_LATER), max_size=3),
    st.dates(dt.date(1995, 1, 1), dt.date(2040, 12, 31)),
)
def test_later_sentences_leave_a_sentence_alone(first: str, later: list[str], ref: dt.date) -> None:
    alone = [(d.span, d.value, d.type) for d in denews.normalize_dates(first, reference_date=ref)]
    text = " ".join([first, *later])
    cut = len(first)
    together = [(d.span, d.value, d.type) for d in denews.normalize_dates(text, reference_date=ref)]
    assert [x for x in together if x[0].end <= cut] == alone
    assert all(x[0].start >= cut or x[0].end <= cut for x in together)  # no expression across the boundary
