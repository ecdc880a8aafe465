"""The dates tables that moved from code to ``lexicons/dates_normalization.tsv`` (clock words, units longer
than a year, season words): the engine reads them, and each row gives the value the code gave."""

from __future__ import annotations

import pytest

import denews
from denews.dates import timex as tx
from denews.dates.vocabulary import vocabulary

REF = "2031-03-12"


def _values(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in denews.normalize_dates(text, reference_date=REF)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Fähre legt um halb neun ab.", ("halb neun", "2031-03-12T08:30")),
        ("Wir treffen uns Viertel nach sieben am Tor.", ("Viertel nach sieben", "2031-03-12T07:15")),
        ("Sie rief erst Viertel vor elf an.", ("Viertel vor elf", "2031-03-12T10:45")),
        ("Der Bus kam dreiviertel sechs an.", ("dreiviertel sechs", "2031-03-12T05:45")),
    ],
)
def test_clock_words_come_from_the_table(text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text)


def test_every_clock_word_row_is_a_shift_and_a_minute() -> None:
    rows = vocabulary().norm["clock_word"]
    assert {"halb", "viertel nach", "viertel vor", "dreiviertel"} <= set(rows)
    for value in rows.values():
        shift, minute = (int(x) for x in value.split())
        assert shift in (-1, 0) and 0 < minute < 60


def test_fractions_of_long_units_are_years() -> None:
    assert tx.duration(0.5, "CE").value == "P50Y"
    assert tx.duration(0.5, "DE").value == "P5Y"
    assert tx.duration(2, "DE").value == "P2DE"  # whole ones keep their own unit
    assert ("ein halbes Jahrhundert", "P50Y") in _values("Der Streit dauerte ein halbes Jahrhundert.")


@pytest.mark.parametrize(("word", "code"), [("Frühling", "SP"), ("frühjahr", "SP"), ("Sommer", "SU"),
                                            ("Herbst", "FA"), ("WINTER", "WI")])
def test_season_words_have_their_timex_codes(word: str, code: str) -> None:
    assert tx.season_code(word) == code
    assert code in tx.SEASONS


def test_a_season_in_a_text_takes_the_table_code() -> None:
    assert ("Herbst 2029", "2029-FA") in _values("Der Umbau beginnt im Herbst 2029.")


def test_a_word_that_is_no_season_has_no_code() -> None:
    with pytest.raises(KeyError):
        tx.season_code("Regenzeit")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Aushilfe bekommt 14 Euro pro Stunde.", ("Stunde", "PT1H", "SET")),
        ("Pro Woche kommen 90 Pakete an.", ("Woche", "P1W", "SET")),
        ("Der Chor probt zweimal pro Woche.", ("zweimal pro Woche", "P1W", "SET")),
    ],
)
def test_pro_is_a_preposition_outside_the_extent(text: str, expected: tuple[str, str, str]) -> None:
    """TimeML leaves prepositions out of a TIMEX3 (table dates_extent.tsv); "pro" is one, as "im" is."""
    assert expected in [(d.text, d.value, d.type) for d in denews.normalize_dates(text, reference_date=REF)]
