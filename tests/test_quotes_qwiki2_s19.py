"""Session 19 (qwiki2): speakers of reported speech on text denews was not tuned on.

Every sentence is invented.
"""

from __future__ import annotations

import denews


def indirect(text: str) -> list[denews.Quote]:
    return [q for q in denews.extract_quotes(text) if q.kind == "indirect"]


# --- the sentence before names no speaker where it only opens with a capitalized run ----------------------------


def test_an_adjective_and_noun_opening_the_sentence_before_is_no_speaker() -> None:
    text = (
        "Die Prüfer des Amtes besuchten im Mai die Werkstatt der Bahn. "
        "Ernste Schäden zeigten sich an zwei alten Zügen. "
        "Auch seien die Bremsen der Wagen lange nicht geprüft worden."
    )
    quotes = indirect(text)
    assert [q.text for q in quotes] == ["Auch seien die Bremsen der Wagen lange nicht geprüft worden"]
    assert quotes[0].speaker != "Ernste Schäden"


def test_a_name_of_two_words_after_the_verb_before_still_speaks_on() -> None:
    # "Jorvik" is no registered first name: the name stands after the verb, not opening the sentence.
    text = (
        "Am Dienstag hat sich Jorvik Almsted für den Entwurf ausgesprochen. "
        "Mehr Fahrgäste seien damit nicht zu erwarten."
    )
    assert [q.speaker for q in indirect(text)] == ["Jorvik Almsted"]


# --- a web site as the source of reported speech -----------------------------------------------------------------


def test_a_web_address_is_one_token() -> None:
    from denews.quotes.tokens import tokenize

    text = "Wie hafenblatt-online.de meldet, und nicht etwa bei www sagte er. Dann ging er."
    words = [t.text for t in tokenize(text, 0, len(text))]
    assert "hafenblatt-online.de" in words
    assert words[-2:] == ["er", "."]  # a full stop before a capital stays a full stop


def test_wie_a_site_reports_names_the_site() -> None:
    quotes = indirect("Wie kuestenbote.de berichtet, ist die Fähre nach Amrum seit Montag außer Betrieb.")
    assert [q.speaker for q in quotes] == ["kuestenbote.de"]


def test_laut_a_site_in_marks_names_the_site_and_keeps_the_content_whole() -> None:
    quotes = indirect("Laut „kuestenbote.de“ sei die Fähre nach Amrum seit Montag außer Betrieb.")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("sei die Fähre nach Amrum seit Montag außer Betrieb", "kuestenbote.de")
    ]


def test_laut_a_site_before_a_clause_with_its_own_subject() -> None:
    text = "Außerdem hatte die Reederei laut kuestenbote.de eingeräumt, dass die Fähre zu alt sei."
    assert [q.speaker for q in indirect(text)] == ["kuestenbote.de"]


# --- the agent of a passive verb of saying in the sentence before -------------------------------------------------


def test_the_agent_of_a_passive_verb_of_saying_before_speaks_on() -> None:
    text = (
        "Der Plan der Stadtwerke wurde von Senatorin Ilka Brandhorst als zu teuer bezeichnet. "
        "Neue Busse seien oft gar nicht in der Lage, die steilen Straßen zu fahren."
    )
    quotes = indirect(text)
    assert [(q.speaker, q.cue) for q in quotes] == [("Senatorin Ilka Brandhorst", "bezeichnet")]


def test_a_von_phrase_far_from_the_passive_verb_names_no_agent() -> None:
    # A guard (passes without the rule too): "von" opens no noun phrase of its own here ("von dort"), so the
    # sentence before names no agent; the last capitalized word after "von" is not taken instead.
    text = (
        "Der Zug wurde von dort aus nach Kiel umgeleitet und als verspätet gemeldet. "
        "Neue Busse seien oft gar nicht in der Lage, die steilen Straßen zu fahren."
    )
    quotes = indirect(text)
    assert len(quotes) == 1
    assert quotes[0].speaker != "Kiel"


# --- where hearsay comes from: "Aus X verlautete", "Bei X hieß es", "Im Bericht heißt es" ------------------------


def test_hearsay_from_circles_names_them() -> None:
    quotes = indirect("Aus Kabinettskreisen verlautete, die Ministerin werde die Reform noch im Mai vorlegen.")
    assert [(q.speaker, q.mention) for q in quotes] == [("Kabinettskreisen", "Aus Kabinettskreisen")]


def test_hearsay_at_an_agency_names_the_agency() -> None:
    quotes = indirect("Bei der Agentur Nordpress hieß es, dass am Hafen zwei Lager gebrannt haben sollen.")
    assert [q.speaker for q in quotes] == ["Agentur Nordpress"]


def test_a_document_of_one_word_is_the_source() -> None:
    quotes = indirect("Im Prüfbericht heißt es, bei den Messungen seien mehrere Fehler gemacht worden.")
    assert [q.speaker for q in quotes] == ["Prüfbericht"]


# --- the speaker inside an opening subordinate clause -------------------------------------------------------------


def test_the_subject_of_an_opening_subordinate_clause_speaks() -> None:
    text = "Während Stadträtin Mira Olsen ankündigte, den Antrag prüfen zu lassen, lehnte der Rat ihn ab."
    assert [q.speaker for q in indirect(text)] == ["Mira Olsen"]


def test_a_preposition_während_keeps_the_subject_after_the_verb() -> None:
    # A guard (passes without the rule too): "Während der Sitzung" is a phrase, the verb stands second.
    text = "Während der Sitzung erklärte der Kämmerer, der Haushalt sei gesichert."
    assert [q.speaker for q in indirect(text)] == ["Kämmerer"]


def test_a_pronoun_after_the_verb_is_its_subject_not_the_phrase_before() -> None:
    text = "Der Senator Ruben Falk sprach zuletzt. Der Stadt schlug er vor, die Gebühren zu senken."
    quotes = indirect(text)
    assert [(q.speaker, q.mention) for q in quotes] == [("Ruben Falk", "er")]


def test_laut_a_bare_site_is_a_source_phrase_outside_the_content() -> None:
    quotes = indirect("Laut kuestenbote.de sei die Fähre nach Amrum seit Montag außer Betrieb.")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("sei die Fähre nach Amrum seit Montag außer Betrieb", "kuestenbote.de")
    ]


# --- a demonstrative subject stands for the latter ------------------------------------------------------------------


def test_dieser_is_the_man_named_last() -> None:
    text = (
        "Das Gericht hörte die Zeugin Jana Kolb und den Fahrer Bernd Reuter. "
        "Dieser behauptete, der Chef habe eine Waffe getragen."
    )
    quotes = indirect(text)
    assert [(q.speaker, q.mention) for q in quotes] == [("Bernd Reuter", "Dieser")]


def test_diese_passes_over_a_man_named_after_the_woman() -> None:
    text = (
        "Das Gericht hörte die Zeugin Jana Kolb und den Fahrer Bernd Reuter. "
        "Diese erklärte, der Chef habe eine Waffe getragen."
    )
    assert [q.speaker for q in indirect(text)] == ["Jana Kolb"]


def test_a_site_after_the_verb_of_a_frame_after_the_content_speaks() -> None:
    quotes = indirect("Die Fähre nach Amrum sei seit Montag außer Betrieb, berichtete kuestenbote.de.")
    assert [(q.speaker, q.cue) for q in quotes] == [("kuestenbote.de", "berichtete")]
