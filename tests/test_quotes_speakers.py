"""Typed mentions, speaker types, and the speaker resolver other stages call with a mention's span."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from denews.model import Span, SpeakerType
from denews.quotes.mentions import Case, MentionType, can_speak, case_of, mention_table, type_of
from denews.quotes.speakers import SpeakerResolver, resolve_speaker


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("Anna Berg", MentionType.PERSON),
        ("Ministerin", MentionType.ROLE),
        ("Bundesregierung", MentionType.ORGANIZATION),
        ("CDU", MentionType.ORGANIZATION),
        ("Nachrichtenagentur", MentionType.MEDIA),
        ("Demonstranten", MentionType.COLLECTIVE),
        ("er", MentionType.PRONOUN),
        ("Klarheit", None),
        ("Millionen Euro", None),
        ("Zudem", None),
    ],
)
def test_mention_types(words: str, kind: MentionType | None) -> None:
    assert type_of(words.split()) is kind


@pytest.mark.parametrize(
    ("det", "before", "case"),
    [
        ("dem", None, Case.DATIVE),
        ("des", None, Case.GENITIVE),
        ("einen", None, Case.ACCUSATIVE),
        ("der", "mit", Case.DATIVE),
        ("die", "für", Case.ACCUSATIVE),
        ("der", None, Case.UNKNOWN),
    ],
)
def test_case_from_article_and_preposition(det: str, before: str | None, case: Case) -> None:
    assert case_of(det, before) is case


def test_mention_table_types_and_cases() -> None:
    text = "Laut der Polizei sprach Anna Berg mit dem Sender, bevor sie ging."
    table = {m.text: (m.type, m.case) for m in mention_table(text, 0, len(text))}
    assert table["Polizei"] == (MentionType.ORGANIZATION, Case.GENITIVE)
    assert table["Anna Berg"][0] is MentionType.PERSON
    assert table["Sender"] == (MentionType.MEDIA, Case.DATIVE)
    assert table["sie"][0] is MentionType.PRONOUN


@pytest.mark.parametrize(
    "name", ["Franz", "Lorenz Jung", "Anna Berg", "Karl-Heinz Jung", "Innenminister Lorenz", "Die Regierungen"]
)
def test_names_that_end_like_abstract_nouns_can_speak(name: str) -> None:
    # A role or a (hyphenated) first name before a name vouches for it; bodies speak in the plural too.
    assert can_speak(name)


@pytest.mark.parametrize(
    "words", ["Polizei-Angaben", "Regierungs-Meinung", "Millionen-Dollar", "Millionen-Euro Projekt"]
)
def test_the_last_part_of_a_compound_is_its_head(words: str) -> None:
    assert not can_speak(words)


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("„Wir helfen sofort“, sagte Anna Berg.", "Anna Berg", SpeakerType.PERSON),
        ("„Wir helfen sofort“, erklärte die Bundesregierung.", "Bundesregierung", SpeakerType.ORGANIZATION),
        ("„Wir helfen sofort“, schrieb die Nachrichtenagentur.", "Nachrichtenagentur", SpeakerType.MEDIA),
        ("Die Demonstranten riefen: „Wir bleiben hier!“", "Demonstranten", SpeakerType.COLLECTIVE),
        ("„Wir helfen sofort“, sagte die Sprecherin.", "Sprecherin", SpeakerType.ROLE),
    ],
)
def test_quotes_carry_the_type_of_their_speaker(text: str, speaker: str, kind: SpeakerType) -> None:
    (q,) = denews.extract_quotes(text)
    assert (q.speaker, q.speaker_type) == (speaker, kind)
    assert q.to_dict()["speaker_type"] == kind.value


def test_a_quote_without_a_speaker_has_no_type() -> None:
    (q,) = denews.extract_quotes("„Wir helfen sofort“, kostet das Projekt Millionen Euro.")
    assert (q.speaker, q.speaker_type) == (None, None)


@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        ("Die Ministerin Eva Roth kam. Die Ministerin sagte, es reiche.", "Die Ministerin", "Eva Roth"),
        ("Innenminister Paul Sommer kam. Er sagte, es reiche.", "Er", "Paul Sommer"),
        ("Paul Sommer kam. Sommer sagte, es reiche.", "Sommer", "Paul Sommer"),
        ("Köln - Der Trainer sagte, es reiche.", "Der Trainer", "Trainer"),
        ("Berlin - Merz sagte, es reiche.", "Merz", "Merz"),
    ],
)
def test_the_resolver_gives_the_fullest_name_and_the_mention(text: str, mention: str, speaker: str) -> None:
    start = text.rindex(mention)
    found = resolve_speaker(text, Span(start, start + len(mention)))
    assert found is not None
    assert found.speaker == speaker
    assert text[found.mention_span.start : found.mention_span.end] == found.mention


def test_the_resolver_refuses_what_cannot_speak() -> None:
    text = "Das kostet Millionen Euro, sagte sie."
    assert resolve_speaker(text, Span(11, 25)) is None


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["Anna", "Berg", "der", "er", "sagte", "Euro", "3", "-", ",", ".", "Ä", "Kanzler"]),
                max_size=16))
def test_resolver_spans_point_into_the_text(words: list[str]) -> None:
    text = " ".join(words)
    resolver = SpeakerResolver(text)
    for start in range(0, len(text), 7):
        found = resolver.resolve(Span(start, len(text)))
        if found is not None:
            assert text[found.mention_span.start : found.mention_span.end] == found.mention
            assert start <= found.mention_span.start <= found.mention_span.end <= len(text)
            assert not any(c.isdigit() for c in found.speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ein Radiosender zitierte Paul Sommer mit den Worten: „Wir geben nicht auf.“", "Paul Sommer"),
        ("Das Wochenblatt zitiert einen Passanten wie folgt mit den Worten: „Es ging alles sehr schnell.“", "Passant"),
        ("Der örtlichen Zeitung sagte Eva Roth: „Wir geben nicht auf.“", "Eva Roth"),
        ("Anna Berg kam. Dazu kritisierte Berg die Entscheidung der Behörde: „Das ist falsch.“", "Anna Berg"),
    ],
)
def test_objects_and_addressees_are_not_the_speaker(text: str, speaker: str) -> None:
    (q,) = denews.extract_quotes(text)
    # The accusative ending may stay ("Augenzeugen"): the case of a cited object is not undone yet.
    assert q.speaker is not None and q.speaker.startswith(speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Anna Larson kam. Weiter sagte Larson: „Wir prüfen alles.“", "Anna Larson"),
        ("Paul Gall kam. Relativierend fügt Gall hinzu: „Wir prüfen alles.“", "Paul Gall"),
        # A description of someone the discourse never lists takes the full name last named before it.
        ("Der Rentner Paul Brandt kam. „Alles gut“, sagt der Anhänger.", "Paul Brandt"),
    ],
)
def test_an_adverb_before_the_verb_gives_way_to_the_subject(text: str, speaker: str) -> None:
    (q,) = denews.extract_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Eva Roth, die Sprecherin des Vereins, kritisierte: „Das ist falsch.“",
        "Eva Roth (SPD) äußerte sich besorgt: „Das ist falsch.“",
    ],
)
def test_the_subject_before_an_apposition_speaks(text: str) -> None:
    (q,) = denews.extract_quotes(text)
    assert q.speaker == "Eva Roth"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Brand war groß. Einer der zwölf beteiligten Feuerwehrmänner sagte: „So etwas sah ich nie.“",
         "Feuerwehrmänner"),
        ("Die Polizei kam. Als ein Gast half, biss der Randalierer den Gast und rief: „Lasst mich raus!“",
         "Randalierer"),
        ("Die Anzeige wurde zurückgewiesen. Der junge Sportler gab bekannt: „Ich war es nicht.“", "Sportler"),
    ],
)
def test_a_description_of_someone_never_named_is_the_speaker(text: str, speaker: str) -> None:
    (q,) = denews.extract_quotes(text)
    assert (q.speaker, q.speaker_type) == (speaker, SpeakerType.ROLE)


def test_after_a_verb_of_naming_the_phrase_named_is_no_speaker() -> None:
    text = "Eva Roth lobte den Plan und nannte den Entwurf des Ministers „einen großen Wurf“."
    (q,) = denews.extract_quotes(text)
    assert q.speaker == "Eva Roth"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Antrag fiel durch. Im Antrag selbst heißt es: „Wir fordern eine Lösung.“", "Antrag"),
        ("Auf der Homepage des Vereins heißt es zur Begründung: „Wir fordern eine Lösung.“", "Verein"),
    ],
)
def test_the_text_where_words_stand_is_their_source(text: str, speaker: str) -> None:
    (q,) = denews.extract_quotes(text)
    assert (q.speaker, q.speaker_type) == (speaker, SpeakerType.ORGANIZATION)


@pytest.mark.parametrize(
    "text",
    [
        "„Wir müssen sparen, koste es, was es wolle.“ Das musste Finanzminister Peer Sturm einräumen.",
        "„Ich bin wieder da“, mit diesen Worten grüßte Peer Sturm am Montag alle.",
    ],
)
def test_a_quote_named_by_the_sentence_after_it(text: str) -> None:
    (q,) = denews.extract_quotes(text)
    assert q.speaker == "Peer Sturm"


@pytest.mark.parametrize(
    "text",
    [
        "Eva Roth kam. Im Radio im Interview der Woche sagte sie: „Das ist falsch.“",
        "Eva Roth kam. Den Plan als Ministerin lobte sie mit den Worten: „Das ist gut.“",
    ],
)
def test_a_genitive_or_a_predicate_before_the_verb_is_no_subject(text: str) -> None:
    (q,) = denews.extract_quotes(text)
    assert (q.speaker, q.mention) == ("Eva Roth", "sie")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Lage ist gut. „Das wird ein großes Jahr“, schreibt die „Wochenpost“.", "Wochenpost"),
        ("„Er war ein großer Musiker“, schrieb „Die Woche“ in einem Nachruf.", "Die Woche"),
    ],
)
def test_a_medium_named_in_marks_speaks(text: str, speaker: str) -> None:
    (q,) = denews.extract_quotes(text)
    assert (q.speaker, q.speaker_type) == (speaker, SpeakerType.MEDIA)


def test_the_words_of_a_later_quote_are_not_the_reporters() -> None:
    text = (
        "Es sei „beschämend“ gewesen, „wie die anderen im Saal gejubelt haben“, sagte Eva Roth danach. "
        "Mehr sagte sie nicht."
    )
    found = [q for q in denews.extract_quotes(text) if q.kind != "indirect"]  # (the reported clause holds one)
    assert [q.speaker for q in found] == ["Eva Roth", "Eva Roth"]


@pytest.mark.parametrize("verb", ["würdigte", "bewertete", "charakterisierte"])
def test_a_verb_of_judging_makes_a_fragment_words_said(verb: str) -> None:
    text = f"Paul Sommer {verb} den Plan als „großen Wurf für alle Beteiligten“."
    (q,) = denews.extract_quotes(text)
    assert (q.kind, q.speaker) == ("partial", "Paul Sommer")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Später kamen tausende Studenten, die vor dem Rathaus skandierten: „Wo ist meine Stimme?“",
         "Studenten"),
        ("Der englisch-sprachigen Zeitung sagte Paul Sommer: „Ich bereue nichts.“", "Paul Sommer"),
    ],
)
def test_relative_subjects_and_hyphenated_datives(text: str, speaker: str) -> None:
    (q,) = denews.extract_quotes(text)
    assert q.speaker == speaker


def test_a_later_so_belongs_to_a_later_clause() -> None:
    text = (
        "Eva Roth betonte, der Mann sei weder „gefährlich“ noch vorbestraft, doch das Gericht blieb hart, "
        "so Paul Sommer."
    )
    (q,) = [q for q in denews.extract_quotes(text) if q.kind != "indirect"]
    assert q.speaker == "Eva Roth"
    # The reported clause is hers as well, and the closing ", so Paul Sommer" is a frame, not its content.
    for r in (q for q in denews.extract_quotes(text) if q.kind == "indirect"):
        assert r.speaker == "Eva Roth" and "Sommer" not in r.text


def test_so_letztere_is_the_latter_of_two() -> None:
    text = "Paul Sommer und Eva Roth standen vor dem Käfig. „Das ist ein Skandal“, so letztere."
    (q,) = denews.extract_quotes(text)
    assert (q.speaker, q.mention) == ("Eva Roth", "letztere")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Präsident Paul Sommer sprach. Er konstatierte eine „wachsende Kluft im Land“.", "Paul Sommer"),
        ("Nach Darstellungen des Verlages enthält der Band eine „völlig neue Sicht“.", "Verlag"),
    ],
)
def test_more_verbs_and_source_nouns(text: str, speaker: str) -> None:
    (q,) = denews.extract_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "„Das wird ein großes Jahr“, zitiert die „Wochenpost“ Paul Sommer in einem Bericht.",
        "„Das wird ein großes Jahr“, zitiert die Zeitung den Sprecher Paul Sommer.",
    ],
)
def test_after_the_quote_zitieren_gives_the_one_cited(text: str) -> None:
    (q,) = denews.extract_quotes(text)
    assert q.speaker == "Paul Sommer"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Veranstalter der Kundgebung betonen hingegen, es habe „keinerlei Gewalt“ gegeben.", "Veranstalter"),
        ("Auch die Ministerin Eva Roth (SPD) äußerte Bedenken und warnte: „Das geht zu weit.“", "Eva Roth"),
    ],
)
def test_people_of_a_thing_and_a_subject_after_an_adverb(text: str, speaker: str) -> None:
    (q,) = [q for q in denews.extract_quotes(text) if q.kind != "indirect"]
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Eva Roth, die Vorsitzende des Vereins, warnte die Stadt vor einem „großen Fehler“.", "Eva Roth"),
        ("Die Mönche, die sich beteiligt hatten, beschrieb die Zeitung als „aggressiv“.", "Zeitung"),
    ],
)
def test_an_apposition_before_the_verb_and_a_fronted_object(text: str, speaker: str) -> None:
    (q,) = denews.extract_quotes(text)
    assert q.speaker == speaker


def test_a_quote_standing_alone_points_to_the_words_that_named_its_speaker() -> None:
    text = "Innenminister Paul Sommer sprach lange über die Lage im Land. „Wir bleiben wachsam.“"
    (q,) = denews.extract_quotes(text)
    assert q.speaker == "Paul Sommer"
    assert q.mention_span is not None and text[q.mention_span.start : q.mention_span.end] == q.mention


def test_a_name_after_any_preposition_enters_the_table_with_a_first_name() -> None:
    text = "Paul Sommer stand neben Eva Roth. „Das ist ein Skandal“, so letztere."
    (q,) = denews.extract_quotes(text)
    assert q.speaker == "Eva Roth"
