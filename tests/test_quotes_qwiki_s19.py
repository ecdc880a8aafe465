"""Session 19 (qwiki): reported speech and speakers on text denews was not tuned on.

Every sentence is invented.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from denews.quotes.indirect_lexicon import Mood
from denews.quotes.indirect_mood import mood
from denews.quotes.tokens import tokenize
from quote_nesting import nesting_errors


def indirect(text: str) -> list[denews.Quote]:
    return [q for q in denews.extract_quotes(text) if q.kind == "indirect"]


# --- a passage of reported speech without a frame is one quote --------------------------------------------------

FRAMED = "Die Bürgermeisterin Hanna Vogt sagte am Montag, die Brücke sei zu schmal geplant."
RUN_ON = [
    "Der Bau werde deshalb teurer als gedacht.",
    "Die Stadt müsse nun neue Mittel beim Land beantragen.",
    "Im Sommer solle die Arbeit an der Brücke beginnen.",
]


def test_sentences_that_run_on_without_a_frame_are_one_passage() -> None:
    text = " ".join([FRAMED, *RUN_ON]) + "\n\nDer Rat tagt am Freitag."
    quotes = indirect(text)
    # The framed sentence stands alone; what runs on after it is one passage, its speaker carried.
    assert [q.text for q in quotes] == ["die Brücke sei zu schmal geplant", " ".join(RUN_ON)[:-1]]
    assert [q.speaker for q in quotes] == ["Hanna Vogt", "Hanna Vogt"]
    passage = quotes[1]
    assert text[passage.span.start : passage.span.end] == passage.text


def test_a_paragraph_break_ends_the_passage() -> None:
    text = " ".join([FRAMED, *RUN_ON[:2]]) + "\n\n" + RUN_ON[2]
    quotes = indirect(text)
    assert [q.text for q in quotes][1:] == [" ".join(RUN_ON[:2])[:-1], RUN_ON[2][:-1]]


def test_a_second_frame_starts_its_own_quote() -> None:
    text = " ".join([FRAMED, RUN_ON[0], "Ihr Stellvertreter erklärte dagegen, der Bau werde nicht teurer.", RUN_ON[1]])
    quotes = indirect(text)
    assert len(quotes) == 4
    assert all(q.text.count(".") == 0 for q in quotes)


def test_a_passage_holds_the_fragments_in_marks_it_runs_over() -> None:
    held = "Man müsse jetzt „sehr schnell“ neue Mittel beantragen."
    text = " ".join([FRAMED, RUN_ON[0], held, RUN_ON[2]])
    quotes = denews.extract_quotes(text)
    assert not nesting_errors(quotes)  # the reported speech holds the words in marks whole
    assert [q.text for q in quotes if q.kind == "indirect"][1:] == [" ".join([RUN_ON[0], held, RUN_ON[2]])[:-1]]
    assert [(q.kind, q.speaker) for q in quotes if "„" not in q.text][-1] == ("partial", "Hanna Vogt")


def test_no_passage_runs_over_a_statement_in_marks() -> None:
    # Guard (session 20): a statement in marks of its own still ends the passage.
    said = "„Wir brauchen das Geld schnell.“"
    text = " ".join([FRAMED, RUN_ON[0], said, RUN_ON[2]])
    quotes = denews.extract_quotes(text)
    assert not nesting_errors(quotes)
    assert not any("„" in q.text for q in quotes if q.kind == "indirect")


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(RUN_ON), min_size=1, max_size=5), st.sampled_from([" ", "  ", "\n\n"]))
def test_passages_cover_each_run_on_sentence_once(run: list[str], gap: str) -> None:
    text = FRAMED + gap + gap.join(run)
    quotes = indirect(text)
    spans = sorted((q.span.start, q.span.end) for q in quotes)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))
    # Every sentence's content lies inside one quote; within a paragraph the run after the frame is one quote.
    for sentence in run:
        start = text.find(sentence)
        assert any(s <= start < e for s, e in spans)
    assert len(quotes) == (2 if gap != "\n\n" else 1 + len(run))


# --- "sei es" is a set phrase only where it opens a clause ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Bei der Arbeit am Netz sei es zu einem Kurzschluss gekommen.",
        "Dabei sei es zu einem schweren Unfall gekommen.",
        "Am Abend sei es in der Halle sehr laut gewesen.",
    ],
)
def test_sei_es_after_a_word_in_first_place_is_reported(sentence: str) -> None:
    assert mood(tokenize(sentence, 0, len(sentence))) is Mood.K1
    text = "Die Polizei sagte, niemand sei verletzt worden. " + sentence
    assert [q.text for q in indirect(text)][-1] == sentence[:-1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sei es aus Angst, sei es aus Not: viele Menschen verlassen die Stadt.",
        "Viele Menschen verlassen die Stadt, sei es aus Angst oder sei es aus Not.",
    ],
)
def test_sei_es_opening_a_clause_reports_nothing(sentence: str) -> None:
    assert mood(tokenize(sentence, 0, len(sentence))) is None


# --- the first person and a possessive are not Konjunktiv I ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ich arbeite an einem Buch über Vögel und plane einen kurzen Film.",
        "Ich lese viel, schreibe wenig und lerne jeden Tag etwas dazu.",
        "Meine Schüler kommen und gehen ganz normal.",
        "Meinem Bruder geht es gut.",
    ],
)
def test_first_person_and_possessives_are_no_reported_speech(sentence: str) -> None:
    assert mood(tokenize(sentence, 0, len(sentence))) is None
    assert indirect("Kassel. " + sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ich glaube, er plane einen kurzen Film.",
        "Der Trainer meine, das Team spiele gut.",
        "Meine er das ernst, sei das ein Fehler.",
    ],
)
def test_konjunktiv_beside_them_stays(sentence: str) -> None:
    assert mood(tokenize(sentence, 0, len(sentence))) is Mood.K1


# --- a subject with a clause of its own before ", VERB" is no content ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kassel. Paul Roth, der wegen eines Fouls vom Platz musste, nannte die Strafe ungerecht.",
        "Kassel. Auch die Pfleger der Station, in die der Mann gebracht wurde, fanden keine Spuren.",
        "Kassel. Eine Prüfung, ob wirklich jeder Gast eine Karte hat, findet offenbar nicht statt.",
    ],
)
def test_subject_with_its_clause_before_the_verb_is_no_content(text: str) -> None:
    assert indirect(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Kassel. Die Lage sei ernst, weil Geld fehle, sagte Paul Roth.", "Die Lage sei ernst, weil Geld fehle"),
        ("Kassel. Die Halle bleibt zu, weil es regnet, sagte Paul Roth.", "Die Halle bleibt zu, weil es regnet"),
    ],
)
def test_content_with_a_clause_of_its_own_stays(text: str, content: str) -> None:
    assert [q.text for q in indirect(text)] == [content]


# --- the main clause of a condition is no content -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kassel. Sollte der Plan bekannt gegeben werden, könnte die Halle im Herbst öffnen.",
        "Kassel. Falls die Pläne als gescheitert eingestuft werden, wäre der Bau beendet.",
        "Kassel. Wenn der Plan bekannt gegeben wird, würden viele Anwohner protestieren.",
    ],
)
def test_main_clause_of_a_condition_is_no_reported_speech(text: str) -> None:
    assert indirect(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Kassel. Paul Roth sagte, er würde wieder antreten.", "er würde wieder antreten"),
        ("Kassel. Wenn er gefragt werde, sagte Roth, würde er wieder antreten.", "würde er wieder antreten"),
        ("Kassel. Falls es regnet, sagte Roth, dass das Fest ausfallen würde.", "dass das Fest ausfallen würde"),
    ],
)
def test_konjunktiv_two_after_a_frame_stays(text: str, content: str) -> None:
    assert [q.text for q in indirect(text)] == [content]


# --- ", wie X, APPOSITION, mitteilte" ends after its verb -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kassel. Die Leitung stand unter Druck, wie Paul Roth, Chef der Firma Bauwerk, mitteilte.",
        "Kassel. Die Leitung stand unter Druck, wie Paul Roth, der Leiter des Werks, am Abend mitteilte.",
    ],
)
def test_wie_frame_runs_past_an_apposition_to_its_verb(text: str) -> None:
    quotes = indirect(text)
    assert [q.text for q in quotes] == ["Die Leitung stand unter Druck"]
    assert quotes[0].speaker == "Paul Roth"


def test_speech_runs_on_after_a_wie_frame_with_an_apposition() -> None:
    text = (
        "Kassel. Die Leitung stand unter Druck, wie Paul Roth, Chef der Firma Bauwerk, mitteilte. "
        "Die genaue Ursache sei aber nicht klar."
    )
    assert [q.speaker for q in indirect(text)] == ["Paul Roth", "Paul Roth"]


# --- the subject of the verb that holds a noun frame speaks --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Kassel. Paul Roth ist Lehrer. Seit Mai vertritt er die These, dass der Plan scheitern werde.", None),
        ("Kassel. Paul Roth ist Lehrer. Er machte zur Bedingung, dass die Proteste enden.", "Bedingung"),
        ("Kassel. Paul Roth ist Lehrer. Am Abend äußerte er die Forderung, die Steuer zu senken.", "äußerte"),
    ],
)
def test_pronoun_subject_of_a_noun_frame_is_resolved(text: str, cue: str | None) -> None:
    quotes = indirect(text)
    assert [q.speaker for q in quotes] == ["Paul Roth"]
    assert quotes[0].mention is not None and quotes[0].mention.lower() == "er"
    if cue is not None:
        assert quotes[0].cue == cue


# --- a fragment as long as a clause is words said, even where no speaker is found ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Berlin. Die Stadt hat den Plan „ohne jede Prüfung und ohne einen Blick auf die Kosten“ beschlossen.",
        "Berlin. Es herrschte die Ansicht vor, dass das Mittel „in den meisten Fällen gar nicht wirklich hilft“.",
    ],
)
def test_a_long_fragment_without_a_speaker_stays(text: str) -> None:
    found = [q for q in denews.extract_quotes(text) if q.kind != "indirect"]
    assert len(found) == 1 and found[0].kind == "partial"
    assert len(found[0].text.split()) >= 7


@pytest.mark.parametrize(
    "text",
    [
        "Berlin. Die Stadt hat das Geld „ohne jede Prüfung an die Firmen“ verteilt.",
        "Berlin. Nach der Sitzung gab es eine „sehr kurze Pause“ und Kaffee für alle.",
    ],
)
def test_a_short_fragment_without_a_speaker_stays_out(text: str) -> None:
    assert [q for q in denews.extract_quotes(text) if q.kind != "indirect"] == []
