"""Session 17 (issue 16, third pass): a speaker named in the dative plural or the genitive is given in the
nominative.

Every sentence is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import denews
from denews.quotes.grammar import _genitive_nominative, _plural_nominative


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in denews.extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Kassel. Laut Gutachtern sei die alte Brücke über den Fluss marode.", "Gutachter"),
        ("Kassel. Den Ermittlern zufolge habe der Mann die Tat inzwischen gestanden.", "Ermittler"),
        ("Kassel. Laut den Anwohnern sei der Lärm an der Baustelle seit Wochen unerträglich.", "Anwohner"),
        ("Kassel. Laut Gutachtern ist „die alte Brücke nicht mehr sicher und muss gesperrt werden“.", "Gutachter"),
    ],
)
def test_dative_plural_speaker_is_given_in_the_nominative(text: str, speaker: str) -> None:
    assert speaker in speakers(text)


@pytest.mark.parametrize("word", ["Eltern", "Bauern", "Schwestern"])
def test_a_noun_whose_nominative_ends_in_ern_keeps_it(word: str) -> None:
    found = speakers(f"Kassel. Laut {word} sei der Unterricht in der Schule ausgefallen.")
    assert word in found


@pytest.mark.parametrize(
    ("word", "det", "out"),
    [
        ("Gutachtern", None, "Gutachter"),
        ("Mitgliedern", "den", "Mitglieder"),
        ("Gutachtern", "der", "Gutachtern"),  # not a dative plural article: left as it stands
        ("Konzern", None, "Konzern"),  # an institution in -ern
        ("Stern", None, "Stern"),  # too short to be a plural in -er with an -n
        ("Experten", None, "Experten"),  # a weak noun: its nominative plural ends in -en too
    ],
)
def test_plural_nominative(word: str, det: str | None, out: str) -> None:
    assert _plural_nominative(word, det) == out


@given(st.text(alphabet="abcdefghiklmnorstuw", min_size=1, max_size=12), st.sampled_from([None, "den", "der", "dem"]))
def test_plural_nominative_only_ever_takes_off_one_final_n(stem: str, det: str | None) -> None:
    word = stem.capitalize()
    out = _plural_nominative(word, det)
    assert out == word or (out + "n" == word and word.endswith("ern") and det in (None, "den"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Kassel. Nach Angaben des Richters sei das Urteil gegen den Händler noch nicht rechtskräftig.", "Richter"),
        ("Kassel. Nach Worten des Vermittlers sei eine Einigung im Tarifstreit nahe.", "Vermittler"),
        ("Kassel. Nach Ansicht des Gutachters sei die alte Brücke über den Fluss marode.", "Gutachter"),
    ],
)
def test_genitive_role_speaker_is_given_in_the_nominative(text: str, speaker: str) -> None:
    assert speaker in speakers(text)


def test_genitive_role_with_a_named_holder_still_gives_the_name() -> None:
    text = (
        "Kassel. Der Richter Tobias Lindner leitet das Verfahren. Nach Angaben des Richters sei das Urteil gegen"
        " den Händler noch nicht rechtskräftig."
    )
    assert "Tobias Lindner" in speakers(text)


@pytest.mark.parametrize(
    ("word", "det", "out"),
    [
        ("Richters", "des", "Richter"),
        ("Direktors", "eines", "Direktor"),
        ("Richters", None, "Richters"),  # no genitive article: left as it stands
        ("Prozess", "des", "Prozess"),  # a nominative in -s
        ("Antrags", "des", "Antrags"),  # a thing, no person noun: left to the institution and thing rules
    ],
)
def test_genitive_nominative(word: str, det: str | None, out: str) -> None:
    assert _genitive_nominative(word, det) == out
