"""Session 20 (qwiki3): reported speech that holds a quotation, two frames in one sentence.

Every sentence here is invented for these tests. The nesting contract (tests/quote_nesting.py): an indirect quote
and a quotation in marks either do not overlap, or the indirect quote holds the quotation whole, with its marks.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from conftest import examples
from denews.model import Quote, Span
from denews.quotes import find_quotes
from newsgen import DrawChoices
from quote_nesting import nesting_errors
from quotegen import article


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in denews.extract_quotes(text)]


# -- nested quotes: the reported clause is one indirect quote, the fragment in marks inside it stays a quote ------


@pytest.mark.parametrize(
    ("text", "clause", "fragment"),
    [
        # Before the fix the reported clause was cut at the marks: only a piece beside the fragment was kept.
        ("Die Ärztin Lena Wolff sagte, man müsse „jetzt und ohne Zögern handeln“.",
         "man müsse „jetzt und ohne Zögern handeln“", "jetzt und ohne Zögern handeln"),
        # The reporter's words beside the fragment are too few to be a piece of their own (they were dropped).
        ("Der Trainer Max Berger sagte, das Spiel „sei in ruhiger Stimmung verlaufen“.",
         "das Spiel „sei in ruhiger Stimmung verlaufen“", "sei in ruhiger Stimmung verlaufen"),
        ("Die Stadt habe den Vertrag „ohne jede Prüfung“ verlängert, sagte die Stadträtin Nora Kessel.",
         "Die Stadt habe den Vertrag „ohne jede Prüfung“ verlängert", "ohne jede Prüfung"),
    ],
)
def test_reported_speech_holds_a_fragment_in_marks(text: str, clause: str, fragment: str) -> None:
    found = denews.extract_quotes(text)
    assert [(q.kind, q.text) for q in found] == [("indirect", clause), ("partial", fragment)]
    assert found[0].speaker is not None and found[0].speaker == found[1].speaker
    assert not nesting_errors(found)


def test_a_statement_built_into_the_clause_is_held_even_where_it_is_most_of_the_sentence() -> None:
    # The statement goes on "Berg sei": it is no quotation the frame stands around ("„…“, sagte sie."), so the
    # sentence is not "mostly quoted" (before: no reported speech at all).
    text = "Die Abgeordnete Eva Roth erklärte, Berg sei „das Aushängeschild der Lobby, und das vertritt nicht uns“."
    found = denews.extract_quotes(text)
    assert [q.kind for q in found] == ["indirect", "direct"]
    assert found[0].text == "Berg sei „das Aushängeschild der Lobby, und das vertritt nicht uns“"
    assert found[0].speaker == found[1].speaker == "Eva Roth"


def test_a_quotation_the_frame_stands_around_is_no_reported_speech() -> None:
    # Guard: "„…“, sagte sie." is a direct quote and its frame, whatever the statement's length.
    text = "„Berg ist das Aushängeschild der Lobby, und das vertritt nicht uns“, erklärte die Abgeordnete Eva Roth."
    assert [k for k, _ in _kinds(text)] == ["direct"]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # A name in marks closing the content is no quotation: the content still ends after its closing mark.
        ("Die Taucher sagten, das Wrack sei das des Frachters „Graf Adler“.",
         "das Wrack sei das des Frachters „Graf Adler“"),
        ("Die Taucher sagten, das Wrack sei das des Frachters »Graf Adler«.",
         "das Wrack sei das des Frachters »Graf Adler«"),
    ],
)
def test_reported_content_never_ends_inside_marks(text: str, clause: str) -> None:
    assert [t for k, t in _kinds(text) if k == "indirect"] == [clause]


def test_a_quotation_that_is_all_the_content_is_no_reported_speech() -> None:
    # Guard (passes before and after): nothing of the reporter's own beside the words in marks.
    text = "Der Trainer Max Berger sagte, „man müsse jetzt handeln“."
    assert [k for k, _ in _kinds(text)] == ["partial"]


def test_a_statement_after_a_colon_cuts_the_reported_clause() -> None:
    # Guard: a statement of its own after a colon is no part of the clause before it.
    text = "Die Ministerin Eva Roth sagte, die Lage sei ernst: „Wir handeln noch heute.“"
    assert _kinds(text) == [("indirect", "die Lage sei ernst"), ("direct", "Wir handeln noch heute.")]


def test_a_statement_after_a_dateline_dash_is_no_reported_speech() -> None:
    text = "Bonn - „Wir bauen den Steg bis zum Winter fertig“, sagte der Bürgermeister Jan Hofer am Montag."
    assert [k for k, _ in _kinds(text)] == ["direct"]


def test_a_fragment_of_a_cut_clause_keeps_its_marks() -> None:
    # A statement after a dash cuts the clause; the fragment the kept side holds stays whole, with its marks.
    text = "Die Stimmung sei „bitter“ gewesen – „Alle im Saal haben laut gejubelt“, sagte die Sprecherin Ida Brandt."
    found = denews.extract_quotes(text)
    assert _kinds(text) == [
        ("indirect", "Die Stimmung sei „bitter“ gewesen"), ("partial", "bitter"),
        ("direct", "Alle im Saal haben laut gejubelt"),
    ]
    assert not nesting_errors(found)


def test_a_statement_after_a_comma_goes_on_the_clause() -> None:
    text = "Die Stimmung sei „bitter“ gewesen, „wie alle im Saal gejubelt haben“, sagte die Sprecherin Ida Brandt."
    found = denews.extract_quotes(text)
    assert _kinds(text)[0] == ("indirect", "Die Stimmung sei „bitter“ gewesen, „wie alle im Saal gejubelt haben“")
    assert not nesting_errors(found)


# The property: a fragment in marks anywhere in a reported clause, framed before or after.
_WORDS = ["die", "neue", "Brücke", "sei", "viel", "zu", "schmal", "und", "deutlich", "zu", "teuer", "geplant"]
_LOWER = [k for k, w in enumerate(_WORDS) if w.islower()]


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(_LOWER), st.integers(1, 4), st.booleans(), st.sampled_from(["sagte", "erklärte", "betonte"]))
def test_any_fragment_of_a_reported_clause_is_held_by_it(i: int, n: int, before: bool, verb: str) -> None:
    words = list(_WORDS)
    j = min(len(words), i + n)
    words[i] = "„" + words[i]
    words[j - 1] += "“"
    clause = " ".join(words)
    fragment = " ".join(_WORDS[i:j])
    text = (
        f"Die Bürgermeisterin Hanna Vogt {verb}, {clause}." if before
        else f"{clause[:1].upper()}{clause[1:]}, {verb} die Bürgermeisterin Hanna Vogt."
    )
    found = denews.extract_quotes(text)
    assert not nesting_errors(found)
    reported = [q for q in found if q.kind == "indirect"]
    assert len(reported) == 1 and reported[0].text.lower() == clause.lower()
    assert [(q.kind, q.text) for q in found if q.kind != "indirect"] == [("partial", fragment)]
    assert {q.speaker for q in found} == {"Hanna Vogt"}


@settings(max_examples=examples(40), deadline=None)
@given(st.data())
def test_generated_articles_keep_the_nesting_contract(data: st.DataObject) -> None:
    # Guard: the generator's quotes in marks and the reported speech around them keep the contract.
    art = article(DrawChoices(data.draw))
    found: tuple[Quote, ...] = denews.extract_quotes(art.text)
    assert not nesting_errors(found)
    for q in found:
        assert art.text[q.span.start : q.span.end] == q.text


# -- two frames in one sentence: each gives its own quote, each with its own speaker -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Während der Bürgermeister Paul Roth erklärte, die Stadt habe kein Geld, räumte die Kämmerin Eva Sommer "
         "ein, dass die Rücklagen reichten.",
         [("die Stadt habe kein Geld", "Paul Roth"), ("dass die Rücklagen reichten", "Eva Sommer")]),
        ("Während die Polizei mitteilte, es habe keine Verletzten gegeben, berichtete die Feuerwehr, zwei Menschen "
         "seien leicht verletzt worden.",
         [("es habe keine Verletzten gegeben", "Polizei"),
          ("zwei Menschen seien leicht verletzt worden", "Feuerwehr")]),
        ("Der Trainer Max Berger sagte, das Team sei müde, doch der Kapitän Jan Ort erwiderte, alle seien bereit.",
         [("das Team sei müde", "Max Berger"), ("alle seien bereit", "Jan Ort")]),
        ("Der Trainer Max Berger sagte, das Team sei müde, und der Kapitän Jan Ort fügte hinzu, die Elf brauche Ruhe.",
         [("das Team sei müde", "Max Berger"), ("die Elf brauche Ruhe", "Jan Ort")]),
        # No subject in the second frame: the first one's speaks on.
        ("Der Trainer Max Berger sagte, das Team sei müde, räumte aber ein, dass der Sieg verdient war.",
         [("das Team sei müde", "Max Berger"), ("dass der Sieg verdient war", "Max Berger")]),
    ],
)
def test_a_second_frame_in_the_sentence_gives_a_second_quote(text: str, expected: list[tuple[str, str]]) -> None:
    found = denews.extract_quotes(text)
    assert [(q.text, q.speaker) for q in found] == expected
    assert all(q.kind == "indirect" and q.cue is not None for q in found)


@pytest.mark.parametrize(
    "text",
    [
        # Guards (pass before and after): a verb of saying in Konjunktiv or as a participle belongs to the reported
        # speech.
        "Der Trainer Max Berger sagte, der Verein habe erklärt, dass der Vertrag ende.",
        "Der Trainer Max Berger sagte, der Verein habe das Ende erklärt, und es gebe Streit.",
        # A relative clause with a verb of saying is no second frame.
        "Der Trainer Max Berger sagte, der Verein, der das mitteilte, habe Streit.",
    ],
)
def test_a_verb_of_saying_inside_the_content_is_no_second_frame(text: str) -> None:
    found = denews.extract_quotes(text)
    assert [q.kind for q in found] == ["indirect"]
    assert found[0].text.startswith("der Verein") and found[0].speaker == "Max Berger"


_PEOPLE = [("der Trainer Max Berger", "Max Berger"), ("die Ärztin Lena Wolff", "Lena Wolff"),
           ("der Stadtrat Jonas Weller", "Jonas Weller"), ("die Kämmerin Eva Sommer", "Eva Sommer")]
_SAID = ["das Team sei müde", "die Halle bleibe zu", "der Plan koste zu viel", "die Stadt habe kein Geld"]


@settings(max_examples=examples(60), deadline=None)
@given(st.permutations(range(4)), st.sampled_from(["sagte", "erklärte", "betonte"]),
       st.sampled_from(["doch", "aber", "und"]), st.sampled_from(["erwiderte", "entgegnete", "sagte"]))
def test_two_framed_statements_joined_give_two_quotes(order: list[int], verb: str, joiner: str, reply: str) -> None:
    (a, who_a), (b, who_b) = _PEOPLE[order[0]], _PEOPLE[order[1]]
    x, y = _SAID[order[2]], _SAID[order[3]]
    text = f"{a[:1].upper()}{a[1:]} {verb}, {x}, {joiner} {b} {reply}, {y}."
    found = denews.extract_quotes(text)
    assert [(q.text, q.speaker) for q in found] == [(x, who_a), (y, who_b)]


def test_reported_speech_never_grows_past_its_region_to_hold_a_piece_of_a_quotation() -> None:
    # Found by hypothesis (test_any_regions_are_handled, deep profile): the piece of a quotation that runs on into
    # the second region opens at the region's edge; the character before it (a mark of another quotation) is
    # outside the region, so the reported speech around the piece may not grow to it.
    text = "„" + "0" * 111 + '"aAAAAAAA.“AAAA,sAGT<A'
    regions = [Span(0, 1), Span(113, len(text))]
    found = find_quotes(text, regions)
    assert all(any(r.contains(q.span) for r in regions) for q in found)
    assert not nesting_errors(found)
