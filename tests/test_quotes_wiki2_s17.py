"""Session 17 (issue 16, second pass): speaker classes the WikiNews misses showed, on invented sentences.

Every sentence is invented; names are made up from common parts.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import denews
from denews.quotes.grammar import _outside_marks
from denews.quotes.tokens import tokenize


def direct(text: str) -> list[denews.model.Quote]:
    return [q for q in denews.extract_quotes(text) if q.kind != "indirect"]


# -- a pronoun stands for a person of the story, not for one named inside quoted words ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Der Trainer Jonas Pfeiffer zog am Sonntag Bilanz. „Das war ein großer Abend für Markus Ebner und die ganze"
        " Mannschaft“, meint Pfeiffer.\n\nEr fürchtet weitere Niederlagen: „Wir müssen jetzt hart arbeiten.“",
        # the sentence before opens inside a quote of two sentences: its closing mark ends the quoted words
        "„Wir haben lange gewartet. Nun hat Markus Ebner endlich unterschrieben“, sagte der Manager Jonas Pfeiffer"
        " am Abend. Er ist zufrieden: „Der Vertrag gilt bis 2030.“",
        "„Wir danken Markus Ebner und dem Team der Klinik“, sagte der Arzt Jonas Pfeiffer am Montag. Er erwartet"
        " eine rasche Genesung: „Der Patient ist wach.“",
    ],
)
def test_pronoun_skips_a_person_named_inside_quoted_words(text: str) -> None:
    last = direct(text)[-1]
    assert last.speaker == "Jonas Pfeiffer"


def test_outside_marks_drops_quoted_words_and_what_came_before_an_unopened_closing_mark() -> None:
    text = "dauert noch.“ So Anna Ebner, „mit Nachdruck“ gesagt."
    words = [t.text for t in _outside_marks(tokenize(text, 0, len(text)))]
    assert words == ["So", "Anna", "Ebner", ",", "gesagt", "."]


@given(st.lists(st.sampled_from(["Paul", "sagte", ",", "„", "“", "Ebner", "."]), max_size=12))
def test_outside_marks_keeps_a_subsequence_without_marks(words: list[str]) -> None:
    text = " ".join(words)
    toks = tokenize(text, 0, len(text))
    kept = _outside_marks(toks)
    assert all(t.text not in "„“" for t in kept)
    it = iter(toks)
    assert all(any(k is t for t in it) for k in kept)  # in order, a subsequence of the tokens


# -- an article and an adjective before capitalized words open a noun phrase, not a person's name -----------------
def table(text: str) -> dict[str, str]:
    from denews.model import Span
    from denews.quotes import names

    names.forget()
    return names.build(text, [Span(0, len(text))]).by_last


@pytest.mark.parametrize(
    "phrase",
    ["für die großen Verbände Sorgen", "bei den meisten Kunden Zweifel", "für einige kleinere Vereine Nachteile"],
)
def test_adjective_and_nouns_after_an_article_are_no_name(phrase: str) -> None:
    text = f"Der neue Tarif bringe {phrase}, so Jana Quandel, Leiterin des Amtes. Das sagte Quandel am Montag."
    found = table(text)
    assert found.get("quandel") == "Jana Quandel"
    assert all("Quandel" in full for full in found.values()), found


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("der junge Paul Brenning", "Paul Brenning"),  # a registered given name opens the name
        ("des früheren Richters Paul Brenning", "Paul Brenning"),
        ("des italienischen Ermittlers Salvo Brenning", "Salvo Brenning"),  # a noun of a person before a name
    ],
)
def test_a_name_after_article_adjective_and_noun_is_still_read(phrase: str, name: str) -> None:
    text = f"Nach Angaben {phrase} wird weiter ermittelt. Brenning sagte: „Wir sind geduldig.“"
    assert table(text).get("brenning") == name
    assert direct(text)[-1].speaker == name


def test_a_pronoun_does_not_take_a_noun_phrase_after_an_adjective_for_a_person() -> None:
    text = (
        "Die Krise schaffe für die großen Parteien Probleme, so der Forscher Jan Kettler. "
        "Er warnte: „Das Vertrauen schwindet.“"
    )
    assert direct(text)[-1].speaker == "Jan Kettler"


# -- a role in the genitive ("nach Angaben des Trainers") names its holder, as the feminine "der Trainerin" did ----
@pytest.mark.parametrize(
    ("intro", "genitive"),
    [
        ("Der Trainer Jonas Pfeiffer zog am Sonntag Bilanz.", "des Trainers"),
        ("Der Bürgermeister Jonas Pfeiffer stellte am Montag den Haushalt vor.", "des Bürgermeisters"),
        ("Die Trainerin Jonas Pfeiffer zog am Sonntag Bilanz.", "der Trainerin"),  # the feminine, as before
    ],
)
def test_a_genitive_role_names_the_holder_the_article_introduced(intro: str, genitive: str) -> None:
    text = f"{intro} Nach Angaben {genitive} sei die Mannschaft „nicht bereit“ gewesen."
    found = denews.extract_quotes(text)
    assert found, text
    assert {q.speaker for q in found} == {"Jonas Pfeiffer"}


def test_a_genitive_role_is_not_the_holder_of_another_role() -> None:
    text = (
        "Der Bürgermeister Jonas Pfeiffer stellte am Montag den Haushalt vor. "
        "Nach Angaben des Trainers sei die Mannschaft „nicht bereit“ gewesen."
    )
    assert all(q.speaker != "Jonas Pfeiffer" for q in denews.extract_quotes(text))


# -- "die Bewohner des Dorfes": the people speak, not the thing in the genitive ---------------------------------
@pytest.mark.parametrize("phrase", ["die Unterstützer des Antrags", "die Bewohner des Dorfes", "die Gegner des Plans"])
def test_people_of_a_thing_in_the_genitive_are_the_speakers(phrase: str) -> None:
    text = f"Über den Bau wurde lange gestritten. „Wir bleiben dabei“, sagten {phrase} am Abend."
    q = direct(text)[0]
    assert q.speaker is not None
    assert q.speaker.split()[-1] == phrase.split()[1], q.speaker
