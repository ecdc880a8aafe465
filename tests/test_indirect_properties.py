"""Properties of indirect speech on generated text: spans valid, never overlapping a quotation, never a crash."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from denews import extract_quotes, parse
from denews.model import Quote
from quote_nesting import nesting_errors

# Invented pieces: frames, Konjunktiv sentences, indicative sentences, quotations in marks, and debris.
PIECES = [
    "Die Ministerin Ida Kern sagte, die Reform sei nötig.",
    "Der Plan werde bald umgesetzt, erklärte ein Sprecher.",
    "Laut Polizei wurde niemand verletzt.",
    "Nach Angaben der Stadt fehlen zwei Millionen Euro.",
    "Dem Gutachten zufolge ist die Halle sicher.",
    "Wie die Bahn mitteilte, fallen drei Züge aus.",
    "Er warnte, dass die Preise steigen.",
    "Sie fragte, ob das Amt noch offen habe.",
    "Die Schulen müssten schließen.",
    "Es gebe keine Alternative.",
    "Das Wetter war schön.",
    "„Wir schaffen das“, sagte Kern.",
    "Der Wald sei „in einem schlimmen Zustand“, so der Förster.",
    "Er sagte: „Die Lage ist ernst.“",
    "Dies teilte die Feuerwehr mit.",
    "laut",
    "zufolge,",
    "»",
    "„",
    ", sagte er",
    "sei",
    "\n\n",
    ":",
]


def check(text: str, quotes: tuple[Quote, ...]) -> None:
    assert not nesting_errors(quotes)
    for q in quotes:
        assert text[q.span.start : q.span.end] == q.text
        if q.kind != "indirect":
            continue
        assert q.text.strip() == q.text and q.text
        if q.mention_span is not None:
            assert text[q.mention_span.start : q.mention_span.end] == q.mention
        assert q.to_dict()["kind"] == "indirect"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map(" ".join))
def test_indirect_spans_round_trip_and_never_overlap(text: str) -> None:
    check(text, extract_quotes(text))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map("\n\n".join))
def test_in_articles_too(text: str) -> None:
    art = parse(text)
    check(text, art.quotes)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aesi ,.:;„“»«\nLDSzuflgt")), max_size=120))
def test_never_raises_on_debris(text: str) -> None:
    check(text, extract_quotes(text))
