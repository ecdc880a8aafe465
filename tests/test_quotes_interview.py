"""Interview transcripts (labels, question and answer) and quotations that run on into the next paragraph.

Every text is invented. A run of paragraphs opening with alternating labels ("Ahlers:", "F.M.:", "Frage:",
"REDAKTION:") is a transcript: each answer is a direct quote of the labelled person, at the fullest name the
article uses; the questions belong to the medium that labels them or to the interviewer the article names.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from denews.model import SpeakerType

INTRO = (
    "Der Schriftsteller Bernd Ahlers hat einen Roman über das Leben in einem Dorf an der Küste geschrieben. "
    "Wir haben mit ihm über Heimat und Arbeit gesprochen.\n\n"
)


def quotes(text: str) -> list[denews.model.Quote]:
    return [q for q in denews.parse(text).quotes if q.kind != "indirect"]


def test_a_surname_label_gives_the_full_name_and_the_medium_asks() -> None:
    text = INTRO + (
        "BLATT: Herr Ahlers, warum schreiben Sie über Dörfer?\n\n"
        "Ahlers: Weil ich selbst in einem Dorf aufgewachsen bin. Das prägt einen für immer.\n\n"
        "BLATT: Vermissen Sie die Stadt nicht?\n\n"
        "Ahlers: Manchmal schon, aber dann fahre ich eben für zwei Tage hin.\n"
    )
    found = quotes(text)
    assert [q.speaker for q in found] == ["BLATT", "Bernd Ahlers", "BLATT", "Bernd Ahlers"]
    assert [q.speaker_type for q in found] == [SpeakerType.MEDIA, SpeakerType.PERSON] * 2
    assert found[1].text.startswith("Weil ich") and found[1].mention == "Ahlers"
    for q in found:
        assert text[q.span.start : q.span.end] == q.text
        assert q.mention_span is not None and text[q.mention_span.start : q.mention_span.end] == q.mention


def test_initials_resolve_to_the_person_and_questions_to_the_named_interviewer() -> None:
    text = (
        "Die Bankerin Frieda Maurer leitet seit dem Frühjahr die Filiale am Markt. Wir sprachen mit ihr.\n\n"
        "Frage: Frau Maurer, wie läuft das Geschäft?\n\n"
        "F.M.: Besser als erwartet. Die Kunden kommen wieder, vor allem die jungen.\n\n"
        "Frage: Und wie geht es mit den Zinsen weiter?\n\n"
        "F.M.: Die bleiben vorerst niedrig, sagen alle.\n\n"
        "Die Fragen stellte Paul Brink.\n"
    )
    found = quotes(text)
    assert [q.speaker for q in found] == ["Paul Brink", "Frieda Maurer", "Paul Brink", "Frieda Maurer"]


def test_answer_labels_stand_for_the_person_the_article_is_about() -> None:
    text = INTRO + (
        "Frage: Wie lange haben Sie an dem Buch gearbeitet?\n\n"
        "Antwort: Fast vier Jahre, mit vielen Pausen.\n\n"
        "Frage: Was kommt als Nächstes?\n\n"
        "Antwort: Ein Buch über meinen Großvater und seine Werkstatt.\n"
    )
    found = quotes(text)
    assert [q.speaker for q in found] == [None, "Bernd Ahlers", None, "Bernd Ahlers"]


def test_words_in_marks_inside_an_answer_are_part_of_it_and_a_paragraph_goes_on_with_its_speaker() -> None:
    text = INTRO + (
        "BLATT: Was sagen die Nachbarn zu dem Buch?\n\n"
        "Ahlers: Die sagen „endlich schreibt mal einer über uns“, und das freut mich.\n\n"
        "Manche erkennen sich auch wieder. Das ist dann schwierig.\n\n"
        "BLATT: Haben Sie Ärger bekommen?\n\n"
        "Ahlers: Nein, noch nicht.\n"
    )
    found = quotes(text)
    assert [q.speaker for q in found] == ["BLATT", "Bernd Ahlers", "Bernd Ahlers", "BLATT", "Bernd Ahlers"]
    assert not any(q.text == "endlich schreibt mal einer über uns" for q in found)
    assert found[2].text.startswith("Manche erkennen")


@pytest.mark.parametrize(
    "body",
    [
        # Headings with a kicker: the answers' labelled lines have no final mark.
        "Ständige Sorgen: Was steckt dahinter?\n\nEin Absatz über die Sorgen der Leute im Ort.\n\n"
        "Schlechter Schlaf: Die häufigste Ursache\n\nNoch ein Absatz über den Schlaf.\n\n"
        "Ständige Sorgen: Was hilft wirklich?\n\nEin Absatz über Hilfe.\n\n"
        "Schlechter Schlaf: Tipps für den Alltag\n\nDer letzte Absatz über den Hafen.\n",
        # An info box: labels that never speak, each once.
        "Ort: Stadthalle am Markt.\n\nZeit: Samstag ab acht Uhr.\n\nPreis: zehn Euro, ermäßigt fünf.\n",
        # One label alone.
        "Ahlers: Ich schreibe jeden Tag vier Stunden.\n\nDer Verlag plant eine zweite Auflage im Herbst.\n",
    ],
)
def test_headings_info_boxes_and_a_single_label_are_no_transcript(body: str) -> None:
    labels = {"Ständige Sorgen", "Schlechter Schlaf", "Ort", "Zeit", "Preis", "Ahlers"}
    assert not [q.text for q in quotes(INTRO + body) if q.mention in labels]


QUESTIONS = ("Wie geht es weiter?", "Was planen Sie als Nächstes?", "Warum gerade jetzt?", "Sind Sie zufrieden?")
ANSWERS = ("Das weiß ich noch nicht.", "Ein neues Buch über die Küste.", "Weil die Zeit reif ist.", "Meistens schon.")


@settings(max_examples=30, deadline=None)
@given(turns=st.lists(st.tuples(st.sampled_from(QUESTIONS), st.sampled_from(ANSWERS)), min_size=2, max_size=5))
def test_every_turn_is_one_quote_of_its_speaker(turns: list[tuple[str, str]]) -> None:
    text = INTRO + "".join(f"BLATT: {q}\n\nAhlers: {a}\n\n" for q, a in turns)
    found = quotes(text)
    assert len(found) == 2 * len(turns)
    assert [q.speaker for q in found] == ["BLATT", "Bernd Ahlers"] * len(turns)
    assert [q.text for q in found] == [w for pair in turns for w in pair]
    assert all(a.span.end <= b.span.start for a, b in itertools.pairwise(found))


# A quotation that runs on into the next paragraph: the paragraph opens with a new mark, the one before has none
# closing it. Every piece keeps the speaker.
RUN_ON = [
    "Die Ministerin Karla Stein sprach am Montag im Landtag. Sie sagte: „Wir ordnen die Pflege neu und geben mehr "
    "Geld. Das Land braucht eine Lösung.\n\n„Ohne die Kommunen geht es aber nicht. Wir brauchen ihre Hilfe.“\n",
    # The first paragraph names someone else inside the quote.
    "Die Ministerin Karla Stein sprach am Montag im Landtag. Sie sagte: „Ich habe mit dem Bürgermeister Otto Hain "
    "gesprochen. Er sieht das genauso.\n\n„Wir werden gemeinsam einen Plan vorlegen.“\n",
    # Three paragraphs; the speaker is named only after the last one.
    "Die Landesregierung will die Pflege neu ordnen. Am Montag stellte sie ihren Plan vor.\n\n"
    "„Die Pflege wird neu geordnet, und zwar bald.\n\n„Das Geld dafür ist da.\n\n„Wir fangen im Herbst an“, "
    "sagte die Ministerin Karla Stein am Montag.\n",
]


@pytest.mark.parametrize("text", RUN_ON)
def test_a_quotation_running_on_into_the_next_paragraph_keeps_its_speaker(text: str) -> None:
    found = quotes(text)
    assert len(found) >= 2
    assert [q.speaker for q in found] == ["Karla Stein"] * len(found)
