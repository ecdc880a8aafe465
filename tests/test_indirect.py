"""Indirect speech (quotes of kind "indirect"): each form on invented sentences."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from denews import extract_quotes, parse
from denews.evaluate import evaluate_dir
from denews.model import Quote
from denews.quotes.indirect_lexicon import Mood
from denews.quotes.indirect_mood import mood
from denews.quotes.tokens import tokenize
from quote_nesting import nesting_errors


def indirect(text: str) -> list[Quote]:
    return [q for q in extract_quotes(text) if q.kind == "indirect"]


def only(text: str) -> Quote:
    found = indirect(text)
    assert len(found) == 1, found
    return found[0]


# -- a verb of saying and a clause in Konjunktiv -------------------------------------------------------


def test_frame_before_konjunktiv_clause() -> None:
    text = "Bürgermeisterin Hanna Vogt sagte am Dienstag, die neue Brücke sei zu schmal geplant."
    q = only(text)
    assert q.text == "die neue Brücke sei zu schmal geplant"
    assert q.speaker == "Hanna Vogt"
    assert q.cue == "sagte"
    assert q.mention_span is not None and text[q.mention_span.start : q.mention_span.end] == q.mention


def test_frame_after_konjunktiv_clause() -> None:
    q = only("Der Zug habe fast eine Stunde im Tunnel gestanden, berichtete die Reisende Olga Brandt.")
    assert q.text == "Der Zug habe fast eine Stunde im Tunnel gestanden"
    assert q.speaker is not None and q.speaker.endswith("Olga Brandt")  # the full name is the name table's call
    assert q.cue == "berichtete"


def test_frame_in_the_middle_keeps_the_longer_side() -> None:
    q = only("Die Kosten, so Kämmerer Tim Albers, würden sich im kommenden Jahr beinahe verdoppeln.")
    assert q.text == "würden sich im kommenden Jahr beinahe verdoppeln"
    assert q.speaker is not None and q.speaker.endswith("Tim Albers")


def test_hearsay_frame() -> None:
    q = only("Die Verhandlungen seien festgefahren, hieß es aus Kreisen der Gewerkschaft.")
    assert q.text == "Die Verhandlungen seien festgefahren"
    assert q.cue == "hieß es"


def test_indicative_after_a_comma_without_a_verb_of_saying_is_no_speech() -> None:
    assert indirect("Die Brücke ist gesperrt, die Umleitung führt über den Markt.") == []


# -- dass/ob clauses and zu-infinitives ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "Die Stadtwerke kündigten an, dass die Preise im Herbst steigen.",
            "dass die Preise im Herbst steigen", "kündigten",
        ),
        (
            "Der Wetterdienst warnte, dass es in der Nacht Glatteis geben kann.",
            "dass es in der Nacht Glatteis geben kann", "warnte",
        ),
        ("Die Eltern fragten, ob der Unterricht ausfällt.", "ob der Unterricht ausfällt", "fragten"),
        (
            "Der Verband forderte die Gemeinde auf, den Radweg bis zum Sommer zu bauen.",
            "den Radweg bis zum Sommer zu bauen", "forderte",
        ),
    ],
)
def test_content_clauses_after_verbs_of_saying(text: str, content: str, cue: str) -> None:
    q = only(text)
    assert q.text == content
    assert q.cue is not None and q.cue.startswith(cue)
    assert q.speaker is not None


def test_dass_after_a_verb_that_reports_nothing_is_no_speech() -> None:
    assert indirect("Das Hochwasser führte dazu, dass die Straße gesperrt wurde.") == []


def test_subordinate_clause_after_a_verb_of_saying_is_no_content() -> None:
    assert indirect("Der Trainer sprach lange, weil die Spieler unruhig waren.") == []


# -- source phrases ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Laut Feuerwehr brannte der Dachstuhl vollständig aus.", "brannte der Dachstuhl vollständig aus", "Feuerwehr"),
        ("Dem Wetteramt zufolge wird der Winter mild.", "wird der Winter mild", "Wetteramt"),
        (
            "Nach Angaben der Bergwacht waren drei Wanderer in Not geraten.",
            "waren drei Wanderer in Not geraten", "Bergwacht",
        ),
        (
            "Wie die Stadtverwaltung mitteilte, bleibt das Freibad bis August geschlossen.",
            "bleibt das Freibad bis August geschlossen", "Stadtverwaltung",
        ),
    ],
)
def test_source_phrases_with_indicative_content(text: str, content: str, speaker: str) -> None:
    q = only(text)
    assert q.text == content
    assert q.speaker is not None and q.speaker.endswith(speaker)


def test_a_noun_frames_content_and_its_genitive_names_the_source() -> None:
    text = "Die Forderung des Elternbeirats, die Schule länger zu öffnen, fand keine Mehrheit."
    q = only(text)
    assert q.text.startswith("die Schule länger zu öffnen")
    assert q.cue == "Forderung"
    assert q.mention == "Die Forderung des Elternbeirats"


def test_stance_before_a_dass_clause() -> None:
    q = only("Der Verband ist der Ansicht, dass die Gebühren zu hoch sind.")
    assert q.text == "dass die Gebühren zu hoch sind"
    assert q.speaker is not None and q.speaker.endswith("Verband")


def test_demnach_points_back_to_the_source() -> None:
    text = "Die Stadtwerke Lindau legten ihren Bericht vor. Demnach ist der Verbrauch um ein Zehntel gesunken."
    q = only(text)
    assert q.text == "ist der Verbrauch um ein Zehntel gesunken"
    assert q.mention == "Demnach" and q.mention_span is not None


def test_passive_frame_takes_the_agent_not_the_addressed() -> None:
    q = only("Die Anwohner wurden von der Feuerwehr aufgefordert, die Fenster geschlossen zu halten.")
    assert q.text == "die Fenster geschlossen zu halten"
    assert q.speaker == "Feuerwehr"


def test_an_adverb_opening_the_sentence_is_no_speaker() -> None:
    q = only("Weiterhin erklärte die Ministerin Sara Lind, der Etat sei gedeckt.")
    assert q.speaker is not None and q.speaker.endswith("Sara Lind")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Laut örtlichen Medien wurde die Straße wieder geöffnet.", "wurde die Straße wieder geöffnet"),
        ("Laut „Kurier“ wurde die Straße wieder geöffnet.", "wurde die Straße wieder geöffnet"),
        (
            "Der Verein legte eine Studie vor, nach der die Halle zu klein ist.",
            "die Halle zu klein ist",
        ),
    ],
)
def test_more_source_phrases(text: str, content: str) -> None:
    assert only(text).text == content


def test_wonach_is_the_mention_that_points_to_the_source() -> None:
    q = only("Es gibt Berichte der Zeitung, wonach der Bahnhof im Herbst schließt.")
    assert q.text == "der Bahnhof im Herbst schließt"
    assert q.mention == "wonach"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Der Sprecher Tom Alt sagte, dabei handele es sich um einen Irrtum.", "dabei handele es sich um einen Irrtum"),
        ("Der Präsident erklärte, damit solle Ruhe einkehren.", "damit solle Ruhe einkehren"),
        ("Die Zeitung berichtete, 200 Stellen fallen weg.", "200 Stellen fallen weg"),
        ("Der Verband warnte, die Mieten steigen weiter.", "die Mieten steigen weiter"),
    ],
)
def test_main_clauses_after_a_frame(text: str, content: str) -> None:
    assert only(text).text == content


def test_long_frame_beside_a_quotation_keeps_its_content() -> None:
    text = "Die Ministerin sagte, die Stadt brauche die Brücke, und fügte hinzu: „Wir bauen sie.“"
    found = extract_quotes(text)
    assert [q.kind for q in found] == ["indirect", "direct"]
    assert found[0].text.startswith("die Stadt brauche die Brücke")


@pytest.mark.parametrize(
    "text",
    [
        "Nachdem der Zug gehalten hatte, sagte der Schaffner kein Wort mehr.",  # a subordinate clause, then the verb
        "Die Gäste, die spät kamen, fanden keinen Platz mehr.",  # a subject with its relative clause
        "Bisher ist nicht bekannt, ob die Brücke hält.",  # not known: no one's statement
        "In der Halle wurde ein Koffer gefunden, der niemandem gehörte.",  # a relative clause after the verb
    ],
)
def test_no_speech_where_the_verb_frames_nothing(text: str) -> None:
    assert indirect(text) == []


def test_an_adjective_after_the_article_is_no_relative_clause() -> None:
    q = only("Der Sprecher sagte, die neue Halle sei zu klein.")
    assert q.text == "die neue Halle sei zu klein"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Wie das Ministerium heute bekannt gab, wird die Schule saniert.", "wird die Schule saniert"),
        ("Das Land hat sich bereit erklärt, 2.000 Betten bereitzustellen.", "2.000 Betten bereitzustellen"),
        ("Der Bürgermeister gab der Feuerwehr den Auftrag, die Straße zu räumen.", "die Straße zu räumen"),
    ],
)
def test_particles_numbers_and_nouns_in_frames(text: str, content: str) -> None:
    assert only(text).text == content


def test_sources_that_are_documents_or_opinions() -> None:
    q = only("In einem Bericht der Stadtwerke wurde vermutet, dass die Leitung alt ist.")
    assert (q.text, q.speaker) == ("dass die Leitung alt ist", "Stadtwerke")
    q = only("Im Bericht der Prüfer heißt es, die Halle sei sicher.")
    assert q.text == "die Halle sei sicher" and q.speaker == "Prüfer"
    q = only("Seiner Meinung nach hätte die Stadt früher handeln müssen.")
    assert q.mention == "Seiner Meinung" and q.text == "hätte die Stadt früher handeln müssen"


def test_zu_infinitive_without_a_comma() -> None:
    q = only("Die Firma hat angekündigt die Preise im Herbst zu erhöhen.")
    assert (q.text, q.speaker, q.cue) == ("die Preise im Herbst zu erhöhen", "Firma", "angekündigt")
    q = only("Die Anwohner wurden aufgefordert Fenster und Türen geschlossen zu halten.")
    assert q.text == "Fenster und Türen geschlossen zu halten"
    assert q.speaker is None  # addressed, not speaking; no agent named


def test_loud_is_no_source() -> None:
    assert indirect("Die Musik im Saal war sehr laut, und alle tanzten bis zum Morgen.") == []


def test_next_sentence_names_the_source() -> None:
    text = "Die Schwimmhalle bleibt wegen eines Wasserschadens geschlossen. Dies teilte die Gemeinde Lindenau mit."
    q = only(text)
    assert q.text == "Die Schwimmhalle bleibt wegen eines Wasserschadens geschlossen"
    assert q.speaker is not None and q.speaker.endswith("Lindenau")


# -- reported speech running on ------------------------------------------------------------------------


def test_konjunktiv_runs_on_with_the_speaker() -> None:
    text = (
        "Landrätin Edith Kramer sagte, der Kreis müsse sparen. Die Schulen seien davon aber ausgenommen. "
        "Auch die Busse würden weiter fahren. Am Abend regnete es in der ganzen Region."
    )
    found = indirect(text)
    # The sentences that run on without a frame of their own are one passage (session 19).
    assert [q.text for q in found] == [
        "der Kreis müsse sparen",
        "Die Schulen seien davon aber ausgenommen. Auch die Busse würden weiter fahren",
    ]
    assert len({q.speaker for q in found}) == 1
    assert found[0].speaker is not None and found[0].speaker.endswith("Edith Kramer")
    # Carried over: the words that named the speaker are those of the sentence that opened the speech.
    assert found[1].mention == found[0].mention == "Landrätin Edith Kramer"
    assert found[1].cue is None


def test_indicative_ends_the_run() -> None:
    text = "Der Wirt Paul Seiler sagte, das Fest sei gelungen. Der Regen kam erst in der Nacht. Es werde regnen."
    found = indirect(text)
    assert found[0].text == "das Fest sei gelungen"
    # "Es werde regnen" comes after an indicative sentence: the speech that named the innkeeper has ended (at
    # most he is the last speaker in sight, as for a quotation in marks that names no one).
    assert [q.text for q in found] == ["das Fest sei gelungen", "Es werde regnen"]
    assert found[1].mention is None and found[1].mention_span is None


def test_konjunktiv_two_alone_opens_no_speech() -> None:
    assert indirect("Ohne den Regen wäre die Ernte in diesem Jahr verloren gewesen.") == []


def test_run_on_after_a_direct_quote() -> None:
    text = "„Wir bauen weiter“, sagte der Unternehmer Rolf Hagen. Die Halle werde im Frühjahr fertig."
    found = indirect(text)
    assert [(q.text, q.speaker) for q in found] == [("Die Halle werde im Frühjahr fertig", "Rolf Hagen")]


def test_free_konjunktiv_takes_the_speaker_named_before() -> None:
    text = "Die Ärztin Lena Wolff widersprach dem Bericht. Die Station habe genug Personal."
    q = only(text)
    assert q.speaker == "Lena Wolff"


# -- alongside quotations in marks -----------------------------------------------------------------------


def test_holds_a_fragment_in_marks_whole() -> None:
    text = "Der Förster Ulrich Mayr sagte, der Wald sei „in einem erbärmlichen Zustand“ und brauche dringend Regen."
    found = extract_quotes(text)
    assert [(q.kind, q.text) for q in found] == [
        ("indirect", "der Wald sei „in einem erbärmlichen Zustand“ und brauche dringend Regen"),
        ("partial", "in einem erbärmlichen Zustand"),
    ]
    assert not nesting_errors(found)
    assert found[1].speaker == found[0].speaker == "Ulrich Mayr"


def test_direct_quote_with_frame_is_not_indirect() -> None:
    assert indirect("Sie sagte: „Die Lage ist ernst, wir müssen handeln.“") == []


def test_to_dict_and_article_carry_the_kind() -> None:
    art = parse("Der Vorsitzende Karl Engel erklärte, der Verein sei schuldenfrei.")
    kinds = [d["kind"] for d in art.to_dict()["quotes"]]
    assert kinds == ["indirect"]


# -- the text view and the evaluation ----------------------------------------------------------------------


def test_text_view_shows_the_kind_without_marks(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Die Brücke sei zu schmal geplant, sagte die Stadträtin Hanna Vogt.\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "denews", "parse", "--format", "text", str(path)],
        capture_output=True, text=True, check=True,
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("[indirect]"))
    assert line.endswith(": Die Brücke sei zu schmal geplant")
    assert "„" not in line


def test_evaluate_scores_indirect_apart(tmp_path: Path) -> None:
    text = "Der Plan sei gescheitert, sagte die Ministerin Eva Roth. „Wir fangen neu an“, sagte Roth.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    gold = {
        "quotes": [
            {"text": "Wir fangen neu an", "speaker": ["Eva Roth"], "kind": "direct"},
            {"text": "Der Plan sei gescheitert", "speaker": ["Eva Roth"], "kind": "indirect"},
        ]
    }
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    fig = evaluate_dir(tmp_path).figures
    assert fig["quote_detect_f1"] == 1.0  # the marked quote against the marked gold entry only
    assert fig["indirect_detect_f1"] == 1.0
    (tmp_path / "a.gold.json").write_text(json.dumps({"quotes": gold["quotes"][:1]}), encoding="utf-8")
    fig = evaluate_dir(tmp_path).figures
    assert fig["quote_detect_f1"] == 1.0  # indirect speech found is no spurious marked quote
    assert fig["indirect_detect_f1"] is None  # a gold file without indirect entries says nothing about them


# -- Konjunktiv as data, with persons --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "reported", "expected"),
    [
        ("er habe keine Zeit", False, Mood.K1),
        ("ich habe keine Zeit", False, None),  # "habe" is indicative in the first person
        ("die Lage sei ernst", False, Mood.K1),
        ("die Preise würden steigen", False, Mood.K2),
        ("die Preise sollten steigen", False, None),  # as often the past: only where speech is open
        ("die Preise sollten steigen", True, Mood.K2),
        ("es sei denn, es regnet", False, None),  # a set phrase
        ("die Firma plane einen Neubau", False, Mood.K1),  # stem + e in second place
        ("er sagte nichts", False, None),  # the weak past in -te
    ],
)
def test_konjunktiv_forms_with_their_persons(words: str, reported: bool, expected: Mood | None) -> None:
    assert mood(tokenize(words, 0, len(words)), reported=reported) is expected


# -- speakers through the typed checks of the direct quotes ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lena Vogt leitet das Amt seit Mai. Ihrer Meinung nach ist der Tunnel zu teuer.", "Lena Vogt"),
        ("Nach Angaben des Umweltamts wurden zwei Seen gesperrt.", "Umweltamt"),
        ("Nach Einschätzung vieler Fachleute reicht das Geld nicht.", "Fachleute"),
        ("Laut Feuerwehr-Angaben brannte die Halle vollständig nieder.", "Feuerwehr"),
        ("Rund 60 Prozent der Befragten sagten, sie seien zufrieden.", "Befragten"),
    ],
)
def test_a_source_noun_speaks_for_its_owner(text: str, speaker: str) -> None:
    # "Angaben", "Meinung", "Prozent" name no one: the genitive, the possessive's antecedent or the
    # compound's first part does.
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nach eigenen Angaben hat die Stiftung nichts davon gewusst.", "Stiftung"),
        ("Die Bergwacht hat nach eigenen Angaben zwei Wanderer gerettet.", "Bergwacht"),
        ("Jonas Feld leitet den Verein. Er hat nach eigenen Angaben nie Geld genommen.", "Jonas Feld"),
    ],
)
def test_own_statements_are_the_subjects(text: str, speaker: str) -> None:
    q = only(text)
    assert q.speaker == speaker
    assert q.mention is not None and "Angaben" in q.mention  # the words that named the source


@pytest.mark.parametrize(
    "text",
    [
        "Nach ersten Angaben wurde bei dem Brand niemand verletzt.",
        "Rund 60 Prozent gaben an, dass die Mieten zu hoch seien.",
        "Den bisherigen Aussagen zufolge war die Brücke seit Jahren marode.",
    ],
)
def test_a_source_noun_without_an_owner_names_no_speaker(text: str) -> None:
    q = only(text)
    assert q.speaker is None and q.speaker_type is None
    assert q.mention is not None  # the words that named the source stay visible


def test_speech_runs_on_from_a_source_that_names_no_one() -> None:
    text = (
        "Sabine Kraft leitet die Wache. Nach ersten Angaben brannte die Halle aus. Die Ursache sei noch unklar. "
        "Verletzte gebe es keine."
    )
    found = indirect(text)
    # The source runs on over every sentence in Konjunktiv (one passage, session 19), and no one named before
    # takes its place.
    assert len(found) == 2 and all(q.speaker is None for q in found)
    assert found[1].text == "Die Ursache sei noch unklar. Verletzte gebe es keine"
    assert found[1].mention == found[0].mention


def test_the_one_who_said_it_comes_before_the_medium_that_reports_it() -> None:
    q = only("Der Damm sei sicher, sagte Eva Roth der Zeitung zufolge weiter.")
    assert (q.speaker, q.mention) == ("Eva Roth", "Eva Roth")


def test_a_closing_so_frame_is_no_content() -> None:
    q = only("Der Bau sei zu teuer geworden, so der Kämmerer.")
    assert q.text == "Der Bau sei zu teuer geworden"
    assert q.speaker == "Kämmerer"


@given(
    noun=st.sampled_from(["Angaben", "Ansicht", "Meinung", "Einschätzung", "Aussagen", "Ergebnis"]),
    shape=st.sampled_from(["Nach {a} {n} ist die Lage ernst.", "{A} {n} zufolge ist die Lage ernst.",
                           "Laut {a} {n} ist die Lage ernst."]),
    article=st.sampled_from(["", "den", "ersten", "eigenen", "seinen"]),
)
def test_no_indirect_speaker_is_a_thing_said(noun: str, shape: str, article: str) -> None:
    text = shape.format(a=article, A=article.capitalize(), n=noun).replace("  ", " ").strip()
    for q in indirect(text):
        assert q.speaker is None or noun not in q.speaker
