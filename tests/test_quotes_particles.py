"""The separable particle of a verb of saying may close the sentence after the quote ("wies ... als „…“ zurück"),
and one form may belong to several particle verbs ("wies": hinweisen, zurückweisen): the particle picks the verb.

Every sentence is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from denews.quotes import lexicon

LEAD = "Die Ministerin Eva Roth sprach am Morgen vor dem Landtag. "


@pytest.mark.parametrize(
    ("sentence", "word", "cue"),
    [
        ("Roth wies die Pläne der Opposition als „Unsinn“ zurück.", "Unsinn", "wies zurück"),
        ("Die Ministerin wies den Vorwurf bei einer Sitzung als „Unterstellung“ zurück.", "Unterstellung",
         "wies zurück"),
        ("Roth wies auf die „schwierige Lage der Kommunen“ hin.", "schwierige Lage", "wies hin"),
    ],
)
def test_the_particle_after_the_quote_picks_the_verb_of_saying(sentence: str, word: str, cue: str) -> None:
    found = [q for q in denews.parse(LEAD + sentence).quotes if word in q.text]
    assert [(q.speaker, q.cue) for q in found] == [("Eva Roth", cue)]


def test_a_particle_verb_without_its_particle_is_no_cue() -> None:
    # "wies den Antrag ab" (abweisen) is no verb of saying: the single word in marks later stays a term.
    text = LEAD + "Roth wies den Antrag ab. Im „Landtag“ wurde gestritten."
    assert not [q for q in denews.parse(text).quotes if q.text == "Landtag"]


def test_forms_shared_by_several_particle_verbs_list_them_all() -> None:
    variants = lexicon.cue_variants()
    assert {c.particle for c in variants["wies"]} >= {"hin", "zurück"}
    assert all(len(cues) > 1 for cues in variants.values())
    assert all(c.particle for cues in variants.values() for c in cues)


@settings(max_examples=25, deadline=None)
@given(
    subject=st.sampled_from(("Roth", "Die Ministerin", "Eva Roth")),
    obj=st.sampled_from(("den Vorwurf", "die Kritik", "den Bericht")),
    word=st.sampled_from(("Unsinn", "Polemik", "Unterstellung")),
)
def test_zurueckweisen_gives_the_subject_whatever_stands_between(subject: str, obj: str, word: str) -> None:
    found = [q for q in denews.parse(LEAD + f"{subject} wies {obj} als „{word}“ zurück.").quotes if q.text == word]
    assert [q.speaker for q in found] == ["Eva Roth"]


# Verbs of judging say what stands in marks right after "als" or "für" in their clause, and nothing elsewhere.
@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Roth sieht den Beschluss als „Rückschlag für die Schulen“.", "Rückschlag"),
        ("Die Ministerin hält den Antrag für „schlicht nicht bezahlbar“.", "bezahlbar"),
        ("Roth rechtfertigte die Kürzung als „Gebot der Vernunft“.", "Gebot"),
    ],
)
def test_a_verb_of_judging_before_als_or_fuer_names_the_speaker(sentence: str, word: str) -> None:
    found = [q for q in denews.parse(LEAD + sentence).quotes if word in q.text]
    assert [q.speaker for q in found] == ["Eva Roth"]


def test_a_verb_of_judging_elsewhere_says_nothing() -> None:
    text = LEAD + "Roth sah am Abend den Film „Der lange Weg“ im Kino am Markt."
    assert not [q for q in denews.parse(text).quotes if "lange Weg" in q.text]


@pytest.mark.parametrize(
    ("sentence", "word", "speaker"),
    [
        # The one for whom a thing is so holds that view: a person or a role, also in the indicative.
        ("Für die Ministerin Eva Roth ist der Plan „ein Schritt in die falsche Richtung“.", "Schritt", "Eva Roth"),
        ("Für den Stadtkämmerer war die Lage „besorgniserregend“.", "besorgniserregend", "Stadtkämmerer"),
        # In reported speech (as before), also an institution.
        ("Für den Landkreis sei das Angebot „nicht tragbar“.", "tragbar", "Landkreis"),
    ],
)
def test_fuer_someone_opening_the_sentence_names_who_holds_the_view(sentence: str, word: str, speaker: str) -> None:
    found = [q for q in denews.parse(LEAD + sentence).quotes if word in q.text and q.kind != "indirect"]
    assert [q.speaker for q in found] == [speaker]


def test_fuer_a_thing_in_the_indicative_names_no_one() -> None:
    text = LEAD + "Für das neue Schuljahr ist eine „Reform der Fächer“ geplant."
    assert all(q.speaker != "Schuljahr" for q in denews.parse(text).quotes)


def test_words_a_verb_of_saying_in_the_passive_frames_are_kept_without_a_borrowed_speaker() -> None:
    # The docs' rule: with a verb of saying a fragment stays, without a speaker where none is named; the speaker of
    # the quote before is no evidence of who said it.
    text = (
        "„Wir bauen die Brücke bis zum Sommer“, sagte der Bürgermeister Otto Hain am Montag. "
        "Der Plan wird in der Stadt inzwischen als „völlig verfehlt“ bezeichnet. "
        "Dem Bauamt wurden bei der Prüfung „grobe Mängel“ attestiert."
    )
    found = {q.text: q.speaker for q in denews.parse(text).quotes}
    assert found == {"Wir bauen die Brücke bis zum Sommer": "Otto Hain", "völlig verfehlt": None, "grobe Mängel": None}


def test_a_passive_inside_the_quote_leaves_the_carried_speaker() -> None:
    text = (
        "Die Ministerin Eva Roth sagte am Montag, die Lage sei ernst. Es drohe „eine Krise, die nur mit viel Geld "
        "verhindert werden kann“, fügte sie hinzu."
    )
    assert [q.speaker for q in denews.parse(text).quotes if q.kind != "indirect"] == ["Eva Roth"]


def test_the_agent_of_a_passive_verb_of_saying_is_the_speaker() -> None:
    text = (
        "„Wir bauen die Brücke bis zum Sommer“, sagte der Bürgermeister Otto Hain am Montag. "
        "Der Plan wird von der Ministerin Eva Roth als „mutiger Schritt nach vorn“ bezeichnet. "
        "Die Liste mit der Anschrift von Personen wurde als „unvollständig und fehlerhaft“ bezeichnet."
    )
    found = {q.text: q.speaker for q in denews.parse(text).quotes}
    assert found["mutiger Schritt nach vorn"] == "Eva Roth"
    assert found["unvollständig und fehlerhaft"] is None  # "von" after a noun is its attribute, no agent
