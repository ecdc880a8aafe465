"""A fragment in marks whose sentence opens with an adverb: the subject stands right after the adverb or, inverted,
right after the finite verb; it is the fragment's speaker where it names a person the article knows or a role.

Every sentence is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews

LEAD = "Der Stadtrat Jonas Kleinert kam am Morgen in den Saal. "


def partials(text: str) -> list[denews.model.Quote]:
    return [q for q in denews.parse(text).quotes if q.kind == "partial"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # The subject right after the adverb, before its verb.
        ("Auch der Stadtrat Jonas Kleinert attackierte den Entwurf als „ein Papier ohne jeden Plan“.",
         "Jonas Kleinert"),
        # Inverted: adverb, finite verb, subject (a person the article names, a role).
        ("Zuletzt warf Kleinert der Verwaltung „ein Spiel auf Zeit mit den Bürgern“ vor.", "Jonas Kleinert"),
        ("Trotzdem will die Stadträtin „bis zum Sommer einen neuen Entwurf vorlegen“.", "Stadträtin"),
    ],
)
def test_the_subject_after_an_opening_adverb_speaks(sentence: str, speaker: str) -> None:
    found = partials(LEAD + sentence)
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        # A pronoun or an article opens the sentence: no adverb; a fragment nobody is said to have said stays out.
        "Sie markiert die Stellen dann mit einem Zeichen für „eine Prüfung der Zahlen folgt“.",
        "Dem Verein wurde am Montag der „Preis für gute Arbeit im Viertel“ verliehen.",
        # A preposition opens it (the time of the sentence), the phrase after the verb is a thing.
        "Am Abend kam die Nachricht von einer „sehr langen Nacht im Rathaus“.",
        # The fragment stands in another clause than the subject.
        "Zuvor war das Gericht der Sicht gefolgt, die Stadt habe „zu spät und zu wenig getan“.",
    ],
)
def test_no_subject_where_no_adverb_opens_the_clause(sentence: str) -> None:
    assert all(q.speaker not in ("Stellen", "Verein", "Nachricht", "Gericht") for q in partials(LEAD + sentence))


ADVERBS = ("Auch", "Dennoch", "Später", "Danach", "Zuletzt", "Schließlich")


@settings(max_examples=30, deadline=None)
@given(adverb=st.sampled_from(ADVERBS), verb=st.sampled_from(("attackierte", "feierte", "empfing")))
def test_an_adverb_never_becomes_the_speaker(adverb: str, verb: str) -> None:
    text = LEAD + f"{adverb} der Stadtrat Kleinert {verb} den Plan als „eine Antwort auf die drängenden Fragen“."
    for q in partials(text):
        assert q.speaker is None or adverb not in q.speaker.split()
    assert [q.speaker for q in partials(text)] == ["Jonas Kleinert"]


def test_a_fragment_in_the_first_person_is_the_quote_not_reported_speech() -> None:
    # The fragment is the whole content of the reported speech; in the first person it is said word for word.
    text = LEAD + "Er sprach von einer schweren Woche. Seiner Ansicht nach „haben wir das Schlimmste jetzt hinter uns“."
    found = [q for q in denews.parse(text).quotes if "Schlimmste" in q.text]
    assert [(q.kind, q.speaker) for q in found] == [("partial", "Jonas Kleinert")]


def test_a_fragment_in_the_third_person_stays_inside_the_reported_speech() -> None:
    text = LEAD + "Er sprach von einer schweren Woche. Seiner Ansicht nach „habe die Stadt das Schlimmste hinter sich“."
    found = [q for q in denews.parse(text).quotes if "Schlimmste" in q.text]
    assert [q.kind for q in found] == ["indirect"]


def test_three_lower_case_words_have_the_shape_of_words_said_two_do_not() -> None:
    from denews.quotes import fragments

    assert fragments.said_fragment("selbst dafür zahlen")
    assert fragments.said_fragment("böse und laut")
    assert not fragments.said_fragment("grüne Welle")
    assert not fragments.said_fragment("Verein für Heimatkunde")


def test_an_unframed_three_word_fragment_without_a_speaker_stays_out() -> None:
    text = LEAD + "Nach der Sitzung gab es eine „sehr kurze Pause“ und Kaffee für alle."
    assert not [q for q in denews.parse(text).quotes if q.kind != "indirect"]
