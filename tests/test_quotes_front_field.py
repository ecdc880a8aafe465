"""Speaker attribution by the front field of a main clause, and the attribution ways as an enum.

Every sentence is invented. A subject opening its sentence, followed only by what a phrase may hold after its
noun (an apposition, a bracket, a genitive, a prepositional attribute), is the subject of the verb after it;
the phrase after the verb is then its object, not the speaker.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from denews.quotes.speakers import SpeakerResolver
from denews.quotes.ways import Way

LEAD = "Die Debatte im Rat dauerte lange. "


def quote_with(text: str, words: str) -> denews.model.Quote:
    found = [q for q in denews.parse(text).quotes if words in q.text and q.kind != "indirect"]
    assert found, f"no quote with {words!r} in {[q.text for q in denews.parse(text).quotes]}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # A role with an apposition naming its holder: the name, the fullest the article uses.
        ("Die Sprecherin der Grünen im Kreistag, Jana Krüger, kritisierte die Pläne der Verwaltung als "
         "„völlig unrealistisch“.", "Jana Krüger"),
        ("Der frühere Landrat und Stadtrat, Heiner Vogt (SPD), warnte die FDP vor einem „leichtfertigen "
         "Wahlkampf“.", "Heiner Vogt"),
        # Two appositions sharing a comma.
        ("Der Vorsitzende des Vereins, Gründer der Stiftung, Karl Brenner, würdigte Ostermann in einer "
         "Mitteilung als „einen großen Denker“.", "Karl Brenner"),
        # An acronym with its article names a body; the coordinated second verb keeps the subject.
        ("Die KWV dementierte den Bericht des Betriebsrats nicht und nannte ihn „bloßes Gerede“.", "KWV"),
    ],
)
def test_the_front_field_is_the_subject(sentence: str, speaker: str) -> None:
    q = quote_with(LEAD + sentence, sentence.split("„")[1][:8])
    assert q.speaker == speaker
    assert q.mention is not None and speaker.split()[-1] in q.mention


def test_a_plural_front_field_before_a_singular_verb_is_the_object() -> None:
    # "Die Mönche, die ... hatten, beschrieb die Agentur als ...": the agency describes the monks.
    text = (LEAD + "Die Gäste, die zu spät gekommen waren, nannte der Wirt am Abend im Gespräch mit Freunden "
            "„unhöflich“ und „laut“.")
    q = quote_with(text, "unhöflich")
    assert q.speaker != "Gäste"


def test_an_adjective_opening_the_sentence_is_no_subject() -> None:
    text = LEAD + "Bezeichnend für die Stimmung im Saal mahnte die Leiterin eines Chors: „Bitte bleiben Sie sitzen.“"
    q = quote_with(text, "sitzen")
    assert q.speaker is not None and "Bezeichnend" not in q.speaker
    assert q.mention is not None and "Leiterin" in q.mention


def test_a_genitive_after_a_noun_is_no_subject_before_a_colon() -> None:
    text = (LEAD + "Die Ärztin Mara Olsen ist Mitglied der SPD. Jede Schuld an der Affäre im Bezirk Nord der SPD "
            "weist Olsen von sich: „Die Verantwortung trägt allein der Vorstand.“")
    q = quote_with(text, "Verantwortung")
    assert q.speaker == "Mara Olsen"


def test_a_conjunction_before_an_article_opens_no_genitive() -> None:
    text = (LEAD + "Wie die Bauministerin Ella Winkler am Freitag betonte, erkennt das Kabinett in der Reform "
            "„keine Gefahr für den Mietmarkt“.")
    assert quote_with(text, "Gefahr").speaker == "Ella Winkler"


def test_it_had_been_said_in_a_document_names_its_author() -> None:
    text = (LEAD + "In einer Erklärung der Außenminister vom Montag hatte es geheißen: „Es gibt keine einfache "
            "Lösung.“")
    q = quote_with(text, "einfache")
    assert q.mention is not None and "Außenminister" in q.mention


def test_the_citing_verb_keeps_its_object_as_speaker() -> None:
    text = LEAD + "Das Lokalblatt zitiert eine Nachbarin so: „Das Auto fuhr viel zu schnell durch die Gasse.“"
    q = quote_with(text, "Gasse")
    assert q.mention is not None and "Nachbarin" in q.mention


@settings(max_examples=40, deadline=None)
@given(
    role=st.sampled_from(["Sprecherin", "Vorsitzende", "Ministerin", "Bürgermeisterin"]),
    owner=st.sampled_from(["des Vereins", "der Stadt", "im Landtag", "von der Initiative"]),
    name=st.sampled_from(["Lena Vogt", "Ida Brandt", "Maren Kuhl"]),
    obj=st.sampled_from(["die Pläne der Regierung", "die Partei", "den Vorschlag", "Paul Ohm"]),
    verb=st.sampled_from(["kritisierte", "lobte", "bezeichnete", "nannte"]),
)
def test_the_named_holder_of_a_role_in_the_front_field_speaks(
    role: str, owner: str, name: str, obj: str, verb: str
) -> None:
    text = f"{LEAD}Die {role} {owner}, {name}, {verb} {obj} als „eine große Enttäuschung für alle“."
    q = quote_with(text, "Enttäuschung")
    assert q.speaker == name


def test_attribution_ways_are_an_enum() -> None:
    text = "„Wir bleiben hier“, sagte Anna Berg."
    found = SpeakerResolver(text).attributor.resolve_tokens(
        [t for t in __import__("denews.quotes.tokens", fromlist=["tokenize"]).tokenize(text, 26, len(text))], 0
    )
    assert found is not None and isinstance(found.how, Way)
    assert {w.value for w in Way} >= {"after", "colon", "sentence", "alone", "carry"}


def test_a_verb_in_a_closed_relative_clause_is_not_the_quotes_cue() -> None:
    text = (LEAD + "Jonas Brenner lobte den Plan der Stadträtin, die das Projekt angeregt haben soll, als "
            "„mutigen Schritt nach vorn, den wir lange gebraucht haben“.")
    assert quote_with(text, "mutigen").speaker == "Jonas Brenner"


@pytest.mark.parametrize(
    ("sentence", "speaker", "in_mention"),
    [
        # The owner of a source noun after its article, with the name its apposition gives.
        ("Nach den Worten des umweltpolitischen Sprechers der Gruppe, Timo Lind, mangle es „an jeder klaren "
         "Linie“.", "Timo Lind", "Sprechers"),
        # A place opening the sentence before "hieß es" speaks for its government.
        ("Aus Bern hieß es, der Schritt sei „ein klarer Bruch“ aller Absprachen.", "Bern", "Bern"),
        # "Für X sei ...": reported speech whose holder is X; a noun before a first name describes the person.
        ("Für den Historiker Jan Ostrowski sei die Wahl „in jeder Hinsicht nachvollziehbar“.", "Jan Ostrowski",
         "Ostrowski"),
    ],
)
def test_source_frames(sentence: str, speaker: str, in_mention: str) -> None:
    q = quote_with(LEAD + sentence, sentence.split("„")[1][:8])
    assert q.speaker == speaker
    assert q.mention is not None and in_mention in q.mention


def test_the_last_cue_of_the_sentence_before_names_the_speaker_when_the_first_names_no_one() -> None:
    text = ("Der Verband lehnt die Reform ab. Sollten Mieter die Rechnung prüfen wollen, müssten sie dafür "
            "selbst zahlen, schreibt der Verband Wohnen in einem Rundbrief. Die neuen Regeln seien „völlig "
            "veraltet“.")
    q = quote_with(text, "veraltet")
    assert q.speaker is not None and "Verband" in q.speaker


@pytest.mark.parametrize("word", ["Sollten", "Hätte", "Wären", "März", "Dienstag", "Oktober"])
def test_months_weekdays_and_verbs_opening_a_condition_cannot_speak(word: str) -> None:
    from denews.quotes.mentions import can_speak

    assert not can_speak(word)


def test_fuer_after_a_quote_is_no_frame() -> None:
    text = (LEAD + "Lore Hinrichs, Präsidentin des Sportbunds, sagte, dass die verpasste Qualifikation „kein "
            "Urteil“ über eine spätere Teilnahme sei. Mehr sagte sie nicht.")
    assert quote_with(text, "Urteil").speaker == "Lore Hinrichs"


@pytest.mark.parametrize("verb", ["riefen", "skandierten", "sagten"])
def test_a_relative_pronoun_is_the_mention_and_its_noun_the_speaker(verb: str) -> None:
    text = (LEAD + f"Am Abend kamen tausende Demonstranten, die {verb}: „Wir wollen faire Wahlen, und zwar "
            "sofort und überall!“ Danach war es ruhig.")
    q = quote_with(text, "faire")
    assert q.speaker == "Demonstranten"
    assert q.mention == "die" and q.mention_span is not None
    assert text[q.mention_span.start : q.mention_span.end] == "die"


def test_an_impersonal_heisst_es_names_the_body_the_sentences_before_are_about() -> None:
    text = ("Die Lage war schwer. Einen harten Monat hatte die Stadtverwaltung. Es gab viel zu tun. „Für die "
            "Pflege der Räume haben wir 300 Liter Seife gekauft“, heißt es. Die Räume würden täglich geputzt.")
    q = quote_with(text, "Seife")
    assert q.speaker == "Stadtverwaltung"
    assert q.speaker_type is denews.model.SpeakerType.ORGANIZATION


def test_an_impersonal_heisst_es_after_a_person_names_no_one() -> None:
    text = "Paula Brandt war dort. „Wir haben 300 Liter Seife gekauft und alles geputzt“, heißt es."
    assert quote_with(text, "Seife").speaker is None


def test_das_heisse_reports_speech_of_the_person_before() -> None:
    text = ("Tom Reger ist skeptisch und ruft die Redakteurin an. Er glaubt, dass der Bericht übertreibt. Das "
            "bedeute aber nicht, „dass die Redaktion jede Behauptung blind druckt“. Es folgt nichts.")
    assert quote_with(text, "Behauptung").speaker == "Tom Reger"


@pytest.mark.parametrize("word", ["Parolen", "Sprüche", "Einsicht"])
def test_things_said_cannot_speak(word: str) -> None:
    from denews.quotes.mentions import can_speak

    assert not can_speak(word)


@pytest.mark.parametrize("opening", ["da der", "die von der", "so von den"])
def test_name_particles_open_a_name_only_the_article_knows(opening: str) -> None:
    from denews.quotes.tokens import tokenize

    text = f"Es war spät, {opening} Richter Kai Holm erst gegen Mittag kam."
    att = SpeakerResolver(text).attributor
    toks = tokenize(text, text.index(opening), len(text))
    m = att._np(toks, 0, allow_nonnom=True)
    assert m is None or not m.words[0].islower()


def test_a_phrase_in_the_accusative_opening_the_sentence_is_no_subject() -> None:
    text = (LEAD + "Den Unmut des Vereins über die Pläne brachte die Sprecherin der Fans, Carla Menz, auf den "
            "Punkt: „Wir lassen uns das nicht gefallen.“")
    q = quote_with(text, "gefallen")
    assert q.speaker == "Carla Menz"


def test_the_subject_after_the_verb_when_a_prepositional_phrase_opens_the_sentence() -> None:
    text = (LEAD + "Der Betriebsrat Bernd Osterkamp ist empört. In dem Urteil vor dem Gericht sieht Osterkamp "
            "einen „Angriff auf die Beschäftigten“, es stehe im Widerspruch zur „sozialen Ordnung“.")
    assert quote_with(text, "Angriff").speaker == "Bernd Osterkamp"
    assert quote_with(text, "sozialen").speaker == "Bernd Osterkamp"


def test_a_party_name_with_a_number_inside_a_prepositional_attribute() -> None:
    text = (LEAD + "Die Finanzexpertin von Bündnis 90/Die Grünen, Anja Haller, kritisierte die Pläne der Regierung "
            "zum Thema Rente. Hier seien die Mittel „völlig unrealistisch“.")
    q = quote_with(text, "unrealistisch")
    assert q.speaker == "Anja Haller"


def test_von_with_a_name_after_a_noun_names_the_owner() -> None:
    text = (LEAD + "Die Ärztin Sandra Kolbe leitet das Projekt seit Jahren. Das Resümee von Sandra Kolbe fällt "
            "deutlich aus: „Die Zahlen zeigen, dass das Angebot gebraucht wird.“")
    assert quote_with(text, "Angebot").speaker == "Sandra Kolbe"


def test_a_foreign_particle_inside_a_role_stays() -> None:
    text = (LEAD + "Der Delegationsleiter Jonas Brandhuber reiste früh an. „Wir warten jetzt auf das Ergebnis der "
            "Probe“, sagte Chef de Mission Brandhuber.")
    assert quote_with(text, "Probe").speaker == "Jonas Brandhuber"


def test_a_colon_closing_reported_speech_takes_the_reporter_before() -> None:
    text = (LEAD + "„Wir fliegen morgen los“, sagte der Pilot Hans Lau. Wie die Bürgermeisterin von Kleinstadt, "
            "Ruth Albers, erklärte, habe sie die Feuerwehr in Bereitschaft versetzt. Kleinstadt sei den Nachbarn "
            "nach dem Hochwasser zu Dank verpflichtet: „Sie haben uns damals geholfen, und wir werden ihnen "
            "genauso helfen.“")
    assert quote_with(text, "genauso").speaker == "Ruth Albers"


def test_a_second_main_clause_after_a_comma_has_its_own_front_field() -> None:
    text = (LEAD + "Schulrätin Petra Wendt wies den Vorwurf zurück, die schulpolitische Sprecherin der Fraktion, "
            "Ina Kovac (SPD), erklärte: „Solche Debatten helfen niemandem weiter.“")
    q = quote_with(text, "Debatten")
    assert q.speaker == "Ina Kovac"
    assert q.mention is not None and q.mention.startswith("die schulpolitische Sprecherin")


@pytest.mark.parametrize("aux", ["hat", "hatte", "wollte", "will"])
def test_the_front_field_before_the_finite_verb_of_a_cluster_is_the_subject(aux: str) -> None:
    verb = "erklärt" if aux.startswith("ha") else "erklären"
    text = (LEAD + f"Die deutsche Umweltministerin Karla Stein {aux} heute die Bereitschaft ihres Landes {verb}, "
            "„in offene Gespräche“ mit den Nachbarn über den Ausbau einzutreten.")
    q = quote_with(text, "offene")
    assert q.speaker == "Karla Stein"
