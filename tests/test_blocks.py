"""Blocks: units with exact offsets through line-end and white-space variants, broken lines joined back."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import Reach, examples
from denews.blocks import ends_sentence, units, words


def _texts(text: str) -> list[str]:
    return [text[u.start : u.end] for u in units(text)]


def test_blank_lines_and_single_line_ends_separate_units() -> None:
    text = "Erster Absatz endet hier.\nZweiter Absatz beginnt.\n\nDritter."
    assert _texts(text) == ["Erster Absatz endet hier.", "Zweiter Absatz beginnt.", "Dritter."]
    us = units(text)
    assert [u.gap for u in us] == [True, False, True]


def test_line_broken_inside_a_sentence_is_joined() -> None:
    text = (
        "Seit\ndie junge Bergsteigerin mit dem Fahrrad durch Europa reist,\n"
        "wollen viele Leute es ihr nachmachen.\nNächster Satz."
    )
    got = _texts(text)
    assert got[0] == (
        "Seit\ndie junge Bergsteigerin mit dem Fahrrad durch Europa reist,\nwollen viele Leute es ihr nachmachen."
    )
    assert got[1] == "Nächster Satz."


def test_line_ending_in_a_function_word_continues() -> None:
    text = "Eine neue Fährlinie soll von Kiel über Oslo und Bergen bis nach\nTromsø führen, sagte er."
    assert len(units(text)) == 1


def test_headline_and_closing_quote_are_not_joined() -> None:
    text = 'USA: Kein Gipfel "in naher Zukunft"\n21.10.2025, 19:09 Uhr\n„Wir haben die Zusage“\nDie AfD behauptet.'
    assert len(units(text)) == 4


def test_menu_words_in_lower_case_stay_apart() -> None:
    assert _texts("Politik\nmehr\nbento") == ["Politik", "mehr", "bento"]


def test_crlf_nbsp_zero_width_and_soft_hyphen_keep_offsets() -> None:
    text = "\ufeff\u00a0 Titel\u200b \r\n\r\n\xadErster Satz ist da.\u00a0\r\nZweiter.\u2028Dritter."
    got = units(text)
    assert [text[u.start : u.end] for u in got] == ["Titel", "Erster Satz ist da.", "Zweiter.", "Dritter."]
    assert got[1].gap and not got[2].gap


def test_ends_sentence_and_words() -> None:
    assert ends_sentence("Er kam.“") and ends_sentence("Wirklich?") and not ends_sentence("Ein Titel")
    assert words("US-Präsident Trump (79) sagte: ja") == ["US-Präsident", "Trump", "sagte", "ja"]


UNITS = Reach()


@UNITS.least(two_units=0.5)
@settings(max_examples=examples(200), deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Zq.,\n\r\t\u00a0\u200b\xad\u2028\"„“-")), min_size=20, max_size=200))
def test_units_are_trimmed_ordered_and_exact(text: str) -> None:
    prev_end = -1
    found = units(text)
    UNITS.note(two_units=len(found) >= 2)
    for u in found:
        assert 0 <= u.start < u.end <= len(text)
        assert u.start >= prev_end
        prev_end = u.end
        chunk = text[u.start : u.end]
        assert chunk == chunk.strip(" \t\n\r\u00a0\u200b\xad\u2028")
        assert "\n\n" not in chunk.replace("\r", "")
