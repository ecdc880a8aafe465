"""Names, titles and glosses in marks are not quotes; descriptions and attributed fragments are."""

from __future__ import annotations

import pytest

import denews


def marked(text: str) -> list[denews.Quote]:
    """The quotations in marks (reported speech without marks has its own tests: test_indirect*.py)."""
    return [q for q in denews.extract_quotes(text) if q.kind != "indirect"]


def texts(text: str) -> list[str]:
    return [q.text for q in marked(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Gruppe zog unter dem Motto „Schluss mit dem Lärm! Ruhe jetzt!“ durch die Stadt.",
        "Das Bündnis „Vereinte Front für saubere Flüsse“ (VFSF) rief zur Kundgebung auf.",
        "Die Kreuzungen („Mischlinge“) sind selten, sagte die Forscherin Eva Lind.",
        "Die Autorin stellte ihr Buch „Wenn der Regen kommt“ am Montag vor.",
    ],
)
def test_names_titles_and_glosses_are_no_quotes(text: str) -> None:
    assert texts(text) == []


def test_a_longer_aside_in_brackets_stays_a_quote() -> None:
    text = "Anna Berg lobte das Paket („sicher das wichtigste seit vielen langen Jahren“) vor der Presse."
    assert texts(text) == ["sicher das wichtigste seit vielen langen Jahren"]


def test_a_description_after_an_indefinite_article_is_no_name() -> None:
    # Title case over several words names a thing, but a name takes no indefinite article.
    found = marked("Paul Sommer sagte, das Land sei ein „Opfer der Weltpolitik“ geworden.")
    assert [(q.text, q.speaker) for q in found] == [("Opfer der Weltpolitik", "Paul Sommer")]


def test_a_fragment_takes_the_named_subject_of_its_sentence() -> None:
    text = "Paul Sommer ist Minister. Sommer begründete den Rückzug mit einer „völlig neuen Lage“ im Land."
    found = denews.extract_quotes(text)
    assert [(q.text, q.speaker, q.kind) for q in found] == [("völlig neuen Lage", "Paul Sommer", "partial")]


def test_a_fragment_without_a_named_subject_stays_a_scare_quote() -> None:
    assert texts("Die Lage gilt seit Wochen als „völlig neu“ und sehr schwierig.") == []


def test_the_subject_reporting_a_clause_speaks_its_fragment() -> None:
    text = "Die Ärzte hingegen meinen, der Patient trage die „volle Schuld“ an dem Unfall."
    found = denews.extract_quotes(text)
    assert [(q.speaker, q.mention) for q in found] == [("Ärzte", "Die Ärzte")]


def test_the_subject_of_a_subjunctive_clause_is_not_the_reporter() -> None:
    text = "„Das war ein Fehler“, sagte Eva Roth. Paul Sommer habe dem Land „einen Bärendienst erwiesen“."
    assert [q.speaker for q in marked(text)] == ["Eva Roth", "Eva Roth"]
    # The reported clause around the fragment is hers too, not the subject's.
    assert {q.speaker for q in denews.extract_quotes(text) if q.kind == "indirect"} <= {"Eva Roth"}


def test_a_year_ends_a_sentence() -> None:
    text = "Eva Roth verglich das mit 1933. Dabei griff sie den Minister an: „Das ist eine Schande für uns alle.“"
    (q,) = denews.extract_quotes(text)
    assert (q.speaker, q.mention) == ("Eva Roth", "sie")


def test_an_enumeration_of_titles_is_no_quote() -> None:
    text = "Die Vorträge hießen „Alte Brücken der Stadt“, „Neue Wege im Verkehr“ oder „Bahnhöfe im Wandel“."
    assert texts(text) == []


def test_two_quotes_said_side_by_side_stay_quotes() -> None:
    text = "Eva Roth rief „Halt!“ und „Weg da!“ in die Menge."
    assert len(texts(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Das Bündnis „Volksfront“ (übersetzt etwa: „Front des ganzen Volkes gegen den Hunger“) demonstrierte.",
        "Die Schlange heißt ''Riesenboa aus dem Norden'' und ist groß.",
    ],
)
def test_translations_and_italics_are_no_quotes(text: str) -> None:
    assert not any("Front" in t or "Riesenboa" in t for t in texts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Viele streikten. Die „Aktion für ein sauberes Land“ berichtete über einen Marsch.",
        "Der Verband, kurz „VFL“, legte Einspruch ein.",
        "Das neue Profil, auch „Live-Modus“ genannt, kam gut an.",
    ],
)
def test_names_with_their_article_short_names_and_names_given_are_no_quotes(text: str) -> None:
    assert texts(text) == []


def test_a_name_with_its_other_name_in_brackets_is_no_quote() -> None:
    assert texts("Sie feierten die „Woche des offenen Buches“ (Open Books Week) in vielen Städten.") == []


def test_a_short_quote_with_its_speaker_in_brackets_stays() -> None:
    assert texts("„Wir schaffen das“ (Angela Merkel) wurde ein bekannter Satz.") == ["Wir schaffen das"]
