"""Quotations in the shapes outlets print them, on invented articles (:mod:`quotegen`): a table test per shape
found failing, a bulk run over seeded articles, and a hypothesis law over drawn ones."""

from __future__ import annotations

import collections

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from newsgen import DrawChoices, RandomChoices
from quotegen import Article, Expected, article

# Shapes whose attribution denews does not read yet for every name (counted apart in the bulk run; pinned by the
# strict xfails at the end): a name with particles or a double surname as a closing apposition ("sagte der Chef
# der Gewerkschaft, Timo de Vries.") or after "von" ("Die Antwort von García Lorenzo ...").
OPEN_SHAPES = frozenset({"genitive_comma", "antwort"})


def _norm(s: str) -> str:
    return s.strip().strip(".,!?").strip()


def _misses(art: Article) -> list[tuple[str, Expected]]:
    """What the parse gets wrong: ("missed" | "speaker" | "spurious", the quote)."""
    got = [q for q in denews.extract_quotes(art.text) if q.kind != "indirect"]
    used: set[int] = set()
    out: list[tuple[str, Expected]] = []
    for e in art.quotes:
        found = [i for i, q in enumerate(got) if i not in used and _norm(q.text) == _norm(e.text)]
        if not found:
            out.append(("missed", e))
            continue
        used.add(found[0])
        speaker = got[found[0]].speaker
        if (speaker.casefold() if speaker else None) not in {s.casefold() if s else None for s in e.speakers}:
            out.append(("speaker", e))
    out += [("spurious", Expected(q.text, q.kind, (), "")) for i, q in enumerate(got) if i not in used]
    return out


def _speaker(text: str, quote: str) -> str | None:
    for q in denews.extract_quotes(text):
        if _norm(q.text) == _norm(quote):
            return q.speaker
    raise AssertionError(f"no quote {quote!r} in {text!r}")


# A pronoun after a sentence about a thing that cannot speak, or about a plural, still means the person before.
PRONOUN_PAST_THINGS = [
    ("Die Landrätin Mira Quellmann stellte den Plan vor. Die Entscheidung fällt im Herbst.\n\n"
     "„Wir geben nicht auf“, warnte sie.", "Wir geben nicht auf", "Mira Quellmann"),
    ("Die Trainerin Greta Ostergaard kam am Abend. Die Pläne liegen seit Wochen vor.\n\n"
     "„Das Team ist bereit“, betonte sie.", "Das Team ist bereit", "Greta Ostergaard"),
    ("Henrike Lindqvist leitet das Amt. Der Bericht liegt seit Mai vor.\n\n»Wir lesen jeden Satz«, sagte sie.",
     "Wir lesen jeden Satz", "Henrike Lindqvist"),
    # two people: the pronoun is the one named last, not the speaker of the quote before
    ("Tuulia Sonnig sprach zuerst.\n\n„Es reicht“, sagte Sonnig.\n\nDann kam die Ärztin Lea Weißbach. "
     "Die Lage bleibt unklar.\n\nSie erklärte: „Wir brauchen Betten.“", "Wir brauchen Betten.", "Lea Weißbach"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), PRONOUN_PAST_THINGS)
def test_pronoun_passes_over_things_that_cannot_speak(text: str, quote: str, speaker: str) -> None:
    assert _speaker(text, quote) == speaker


def test_a_medium_before_a_pronoun_still_stops_it() -> None:
    # "Die Zeitung ... Sie schrieb": the pronoun fits the medium, no person before is taken.
    text = "Der Minister Paul Kern reiste ab. Die Zeitung schürt seit Tagen Angst. Sie schrieb: „Das ist das Ende.“"
    assert _speaker(text, "Das ist das Ende.") != "Paul Kern"


# The verb first, then a time or a place, then the speaker ("sagte am Montag Anna Roth").
VERB_FIRST = [
    ("„Wir bauen weiter“, sagte am Montag Henrike Quellmann.", "Wir bauen weiter", "Henrike Quellmann"),
    ("Timo Ostergaard ist Landrat.\n\n»Wir bauen weiter«, sagte in Erfurt Ostergaard.", "Wir bauen weiter",
     "Timo Ostergaard"),
    ("«Es bleibt dabei», erklärte nach der Sitzung Bürgermeisterin Fatma Kaltwasser.", "Es bleibt dabei",
     "Fatma Kaltwasser"),
    ("Die Trainerin Zofia Brückner-Ahl kam spät.\n\n„Es bleibt dabei“, sagte am Rande des Treffens die "
     "Trainerin.", "Es bleibt dabei", "Zofia Brückner-Ahl"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), VERB_FIRST)
def test_speaker_after_a_time_or_place(text: str, quote: str, speaker: str) -> None:
    assert _speaker(text, quote) == speaker


def test_place_after_the_verb_is_no_speaker() -> None:
    # the place's capitalized words are not the speaker, the role after them is
    text = "„Wir warten ab“, sagte im Deutschen Bundestag der Innenminister."
    assert _speaker(text, "Wir warten ab") == "Innenminister"


# A sentence after the quote that points back at it names the speaker, not the one quoted before.
POINTING_BACK = [
    ("Jonas Ferne sprach zuerst.\n\n„Es reicht“, sagte Ferne.\n\nDie Ärztin Henrike Sonnig ist Leiterin.\n\n"
     "„Wir brauchen Betten.“ Das sagte Sonnig am Abend im Rathaus.", "Wir brauchen Betten.", "Henrike Sonnig"),
    ("Jonas Ferne sprach zuerst.\n\n„Es reicht“, sagte Ferne.\n\nDie Ärztin Henrike Sonnig ist Leiterin.\n\n"
     "»Wir brauchen Betten.« Mit diesen Worten eröffnete Sonnig die Sitzung.", "Wir brauchen Betten.",
     "Henrike Sonnig"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), POINTING_BACK)
def test_sentence_after_pointing_back(text: str, quote: str, speaker: str) -> None:
    assert _speaker(text, quote) == speaker


def test_sentence_after_about_something_else_keeps_the_speaker_before() -> None:
    # "Das Amt meldet ...": no pointing back; the quote goes on with the speaker named right before it
    text = ("„Wir warten“, sagt Timo Ostergaard, Leiter des Amts. „Aber wir arbeiten ab, was liegt.“ "
            "Das Ordnungsamt meldet Wartezeiten von drei Monaten.")
    assert _speaker(text, "Aber wir arbeiten ab, was liegt.") == "Timo Ostergaard"


# "Für X ist klar:" before a colon: the one for whom it is so speaks, not the speaker of the quote before.
def test_for_whom_before_a_colon() -> None:
    text = ("Jonas Ferne sprach zuerst.\n\n„Es reicht“, sagte Ferne.\n\nZu den Gästen gehört Mira Testfeld.\n\n"
            "Für Mira Testfeld ist klar: „Wir machen weiter.“")
    assert _speaker(text, "Wir machen weiter.") == "Mira Testfeld"


# A medium's name in marks after a verb of saying and its subject is the one spoken to, no quote.
ADDRESSEES = [
    "„Wir bleiben“, sagte Ole Sonnig der „Abendpost“.",
    "Mira Testfeld kam.\n\n«Wir bleiben hier», sagte sie dem «Tagesblatt».",
    "'Wir bleiben', sagte die Ministerin der 'Rundschau', 'und zwar lange.'",
]


@pytest.mark.parametrize("text", ADDRESSEES)
def test_medium_spoken_to_is_no_quote(text: str) -> None:
    texts = [q.text for q in denews.extract_quotes(text)]
    assert texts and not any(t in ("Abendpost", "Tagesblatt", "Rundschau") for t in texts), texts


def test_fragment_after_a_preposition_stays_a_quote() -> None:
    # "sprach von der „Wende“": said words after a preposition, not an addressee
    assert [q.text for q in denews.extract_quotes("Ole Roth sprach von der „Wende“.")] == ["Wende"]


# Names with particles, also after a hyphenated given name, and the surname with its particles later.
PARTICLE_NAMES = [
    ("„Wir bleiben dabei“, sagte Marie-Luise van der Kolk.", "Wir bleiben dabei", "Marie-Luise van der Kolk"),
    ("Henrike von der Aue leitet die Schule.\n\n„Wir bleiben dabei“, sagte von der Aue.", "Wir bleiben dabei",
     "Henrike von der Aue"),
    ("Zu den Gästen gehört Hans-Peter von der Au, der neue Landrat.\n\n»Wir bleiben dabei«, so von der "
     "Au.", "Wir bleiben dabei", "Hans-Peter von der Au"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), PARTICLE_NAMES)
def test_names_with_particles(text: str, quote: str, speaker: str) -> None:
    assert _speaker(text, quote) == speaker


@pytest.mark.parametrize("first", ["Karin", "Martin", "Aylin"])
def test_given_name_in_in_before_a_double_surname(first: str) -> None:
    # a given name ending like a role noun (-in) opens the name, it is no role in front of it
    text = f"Zu den Gästen gehört {first} Ruiz Ortega aus Ulm.\n\n„Wir bleiben hier“, sagte Ruiz Ortega."
    assert _speaker(text, "Wir bleiben hier") == f"{first} Ruiz Ortega"


def test_words_after_a_particle_without_a_given_name_are_no_name() -> None:
    # "Bericht von der Konferenz" opens no person: no name of it is taken for the speaker
    text = "Der Bericht von der Konferenz liegt vor.\n\n„Wir warten ab“, sagte die Sprecherin."
    assert _speaker(text, "Wir warten ab") == "Sprecherin"


# An age in words before the role noun ("der 44 Jahre alte Landrat") is part of the phrase naming the speaker.
AGES = [
    ("Landrat Timo Ferne kam.\n\n»Wir bleiben«, sagte der 58 Jahre alte Landrat.", "Wir bleiben", "Timo Ferne"),
    ("«Wir bleiben hier», sagte die 71 Jahre alte Rentnerin.", "Wir bleiben hier", "Rentnerin"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), AGES)
def test_age_in_words_before_the_noun(text: str, quote: str, speaker: str) -> None:
    assert _speaker(text, quote) == speaker


# A quote broken by its attribution, then another quote: in every family the middle one keeps the speaker.
@pytest.mark.parametrize(("o", "c"), [("‚", "‘"), ("›", "‹"), ("'", "'"), ("„", "“"), ("»", "«")])
def test_quote_between_quotes_in_every_family(o: str, c: str) -> None:
    text = (f"Greta Ferne kam.\n\n{o}Das reicht{c}, sagte Ferne. {o}Wir gehen jetzt.{c} "
            f"{o}Der Bus wartet schon.{c}")
    assert _speaker(text, "Wir gehen jetzt.") == "Greta Ferne"


@pytest.mark.parametrize(("full", "label"), [("Greta Ruiz Ortega", "Ruiz Ortega"), ("Jonas de Witt", "De Witt")])
def test_interview_label_of_two_words_is_the_full_name(full: str, label: str) -> None:
    # a surname of two words (or with its particle, capitalized at the line's start) labels the person named
    turns = [("Wie geht es weiter?", "Wir planen neu."), ("Und die Kosten?", "Die tragen wir."),
             ("Ihr Ziel?", "Ein Jahr Ruhe.")]
    body = "\n\n".join(f"Frage: {ask}\n\n{label}: {answer}" for ask, answer in turns)
    text = f"{full} leitet seit Mai das Werk.\n\n{body}"
    assert _speaker(text, "Die tragen wir.") == full


def test_interview_label_with_a_particle() -> None:
    # "Von der Aue:" opening the line is a label: the transcript is read, the answers are hers
    turns = [("Wie geht es weiter?", "Wir planen neu."), ("Und die Kosten?", "Die tragen wir."),
             ("Ihr Ziel?", "Ein Jahr Ruhe.")]
    body = "\n\n".join(f"Frage: {ask}\n\nVon der Aue: {answer}" for ask, answer in turns)
    text = f"Henrike von der Aue leitet seit Mai das Werk.\n\n{body}"
    assert _speaker(text, "Die tragen wir.") == "Henrike von der Aue"


def test_interview_label_of_another_person_of_the_surname() -> None:
    # "Greta Ruiz:" beside a "Jonas Ruiz" the article names is Greta, not Jonas
    turns = [("Wie geht es weiter?", "Wir planen neu."), ("Und die Kosten?", "Die tragen wir."),
             ("Ihr Ziel?", "Ein Jahr Ruhe.")]
    body = "\n\n".join(f"Frage: {ask}\n\nGreta Ruiz: {answer}" for ask, answer in turns)
    text = f"Jonas Ruiz leitet seit Mai das Werk.\n\n{body}"
    assert _speaker(text, "Die tragen wir.") == "Greta Ruiz"


def test_bulk_generated_articles() -> None:
    """400 seeded articles: each kind of error on at most 1 % of the quotes (open shapes apart)."""
    errors: collections.Counter[str] = collections.Counter()
    total = 0
    for seed in range(400):
        art = article(RandomChoices(seed))
        total += len(art.quotes)
        errors.update(kind for kind, e in _misses(art) if e.shape not in OPEN_SHAPES)
    assert total > 1000
    for kind in ("missed", "speaker", "spurious"):
        assert errors[kind] <= total // 100, (kind, errors)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_law_every_quote_points_into_the_text(data: st.DataObject) -> None:
    """Whatever the shape: every quote's span holds its text, and a speaker comes with a type."""
    art = article(DrawChoices(data.draw))
    for q in denews.extract_quotes(art.text):
        assert art.text[q.span.start : q.span.end] == q.text
        assert (q.speaker is None) == (q.speaker_type is None) or q.kind == "indirect"


def test_closing_apposition_with_particle() -> None:
    text = "„Die Kosten steigen seit Monaten“, sagte der Chef der Gewerkschaft, Timo de Witt."
    assert _speaker(text, "Die Kosten steigen seit Monaten") == "Timo de Witt"


def test_double_surname_after_von() -> None:
    text = "Timo Ruiz Ortega kam.\n\nDie Antwort von Ruiz Ortega kam prompt: „Wir bleiben.“"
    assert _speaker(text, "Wir bleiben.") == "Timo Ruiz Ortega"
