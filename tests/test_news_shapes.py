"""Whole articles composed from news shapes (tests/newsgen.py) through the whole pipeline, and two laws.

- Bulk: 10,000 composed articles in CI (``DENEWS_COMPOSED`` sets another number; the deep profile runs
  ``DENEWS_DEEP_COMPOSED``, 1,000,000 by default): ``parse`` raises nothing and every invariant of
  tests/test_properties.py holds.
- Furniture law: lines of page furniture added before or after an article leave its title, body, quotes and
  dates unchanged.
- Invisible-character law: soft hyphens, zero-width characters and byte-order marks inside words keep every
  offset valid and move no boundary; no-break spaces in place of spaces change nothing but the characters.
"""

from __future__ import annotations

import bisect
import os

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from denews.model import Article, Span
from newsgen import Composed, RandomChoices, articles, compose, furniture, furniture_lines
from test_properties import check_invariants, check_text, examples

DEEP = os.environ.get("HYPOTHESIS_PROFILE", "ci") == "deep"
#: Composed articles run by the bulk test: 10,000 in CI, a million in the deep run (unless set otherwise).
COMPOSED = int(os.environ.get("DENEWS_DEEP_COMPOSED" if DEEP else "DENEWS_COMPOSED", 1_000_000 if DEEP else 10_000))
BATCH = 1_000


@pytest.mark.parametrize("first", range(0, COMPOSED, BATCH), ids=lambda n: f"seeds{n}")
def test_composed_articles_parse_and_keep_every_invariant(first: int) -> None:
    failures: list[str] = []
    for seed in range(first, min(first + BATCH, COMPOSED)):
        text = compose(RandomChoices(seed)).text
        try:
            check_invariants(text, denews.parse(text))
        except Exception as exc:  # every failure of the batch, with the seed that rebuilds its article
            failures.append(f"seed {seed}: {type(exc).__name__}: {exc}\n{text!r}")
    assert failures == [], f"{len(failures)} of {BATCH} composed articles failed:\n" + "\n\n".join(failures[:5])


@settings(max_examples=examples(200))
@given(articles())
def test_composed_articles_are_deterministic_and_strip_idempotently(composed: Composed) -> None:
    check_text(composed.text)


def test_the_issue_sentence_parses() -> None:
    text = "Berlin - Der Kanzler sagte: „Wir bleiben.“"
    art = denews.parse(text)
    check_invariants(text, art)
    assert [q.text for q in art.quotes] == ["Wir bleiben."]


# --- furniture law ------------------------------------------------------------------------------------------
def _reading(art: Article, offset: int) -> dict[str, object]:
    """What a reader gets from ``art``, with spans relative to where the article starts."""
    return {
        "title": art.title,
        "body": [(p.text, p.kind) for p in art.paragraphs],
        "quotes": [(q.text, q.kind, q.speaker, q.span.start - offset) for q in art.quotes],
        "dates": [(d.text, d.value, d.span.start - offset) for d in art.dates],
    }


def _framed(composed: Composed, before: list[str], after: list[str]) -> tuple[str, int]:
    head = "".join(line + "\n\n" for line in before)
    tail = "".join("\n\n" + line for line in after)
    return head + composed.text + tail, len(head)


def _law_holds(composed: Composed, before: list[str], after: list[str]) -> bool:
    framed, offset = _framed(composed, before, after)
    return _reading(denews.parse(framed), offset) == _reading(denews.parse(composed.text), 0)


def test_furniture_law_holds_on_seeded_articles() -> None:
    """The law on 500 seeded articles besides hypothesis's draws (seeded choices reach all options evenly; the
    failure classes found are kept as plain tests in tests/test_layout_law.py)."""
    failing = []
    for seed in range(500):
        c = RandomChoices(10_000_000 + seed)
        composed = compose(c, edges=False)
        before = furniture(c, 3) if c.chance(2) else []
        after = furniture(c, 3) if not before or c.chance(2) else []
        if not _law_holds(composed, before, after):
            failing.append(10_000_000 + seed)
    assert failing == [], f"the furniture law fails for the articles of seeds {failing}"


@settings(max_examples=examples(300))
@given(articles(edges=False), furniture_lines(3), furniture_lines(3), st.sampled_from(["before", "after", "both"]))
def test_furniture_law(composed: Composed, before: list[str], after: list[str], where: str) -> None:
    assert _law_holds(composed, before if where != "after" else [], after if where != "before" else [])


# --- invisible-character law --------------------------------------------------------------------------------
INVISIBLE = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def _shifted(span: Span, inserted: list[int]) -> Span:
    """``span`` of the text before the insertions, in the text after them: an insertion before the span's first
    character stays outside it, one before its end inside."""
    start = span.start + bisect.bisect_right(inserted, span.start)
    end = span.end + bisect.bisect_left(inserted, span.end)
    return Span(start, max(start, end))


def _expected(art: Article, text: str, inserted: list[int]) -> Article:
    """``art`` (of the text before the insertions) as it must read for ``text``, the text after them."""

    def move(item: object, **extra: object) -> object:
        span = _shifted(item.span, inserted)  # type: ignore[attr-defined]
        return attrs.evolve(item, span=span, text=text[span.start : span.end], **extra)  # type: ignore[misc]

    def field(span: Span | None) -> tuple[Span | None, str | None]:
        if span is None:
            return None, None
        moved = _shifted(span, inserted)
        return moved, text[moved.start : moved.end]

    title_span, title = field(art.title_span)
    kicker_span, kicker = field(art.kicker_span)
    teaser_span, teaser = field(art.teaser_span)
    dateline_span, dateline = field(art.dateline_span)
    quotes = []
    for q in art.quotes:
        mention_span, mention = field(q.mention_span)
        quotes.append(move(q, mention_span=mention_span, mention=mention))
    return attrs.evolve(
        art, text=text, title=title, title_span=title_span, kicker=kicker, kicker_span=kicker_span, teaser=teaser,
        teaser_span=teaser_span, dateline=dateline, dateline_span=dateline_span,
        paragraphs=tuple(move(p) for p in art.paragraphs), boilerplate=tuple(move(b) for b in art.boilerplate),
        quotes=tuple(quotes), dates=tuple(move(d) for d in art.dates),
    )


def _inside_words(text: str) -> list[int]:
    """Offsets between two letters of one word."""
    return [i for i in range(1, len(text)) if text[i - 1].isalpha() and text[i].isalpha()]


@settings(max_examples=examples(200))
@given(articles(), st.data())
def test_invisible_characters_inside_words_move_no_boundary(composed: Composed, data: st.DataObject) -> None:
    text = composed.text
    places = sorted(set(data.draw(st.lists(st.sampled_from(_inside_words(text)), min_size=1, max_size=40))))
    chars = [data.draw(st.sampled_from(INVISIBLE)) for _ in places]
    pieces, last = [], 0
    for at, char in zip(places, chars, strict=True):
        pieces += [text[last:at], char]
        last = at
    perturbed = "".join(pieces) + text[last:]
    art = denews.parse(perturbed)
    check_invariants(perturbed, art)
    assert art == _expected(denews.parse(text), perturbed, places)


@settings(max_examples=examples(200))
@given(articles(), st.data())
def test_no_break_spaces_behave_as_spaces(composed: Composed, data: st.DataObject) -> None:
    text = composed.text
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    chosen = set(data.draw(st.lists(st.sampled_from(spaces), max_size=30))) if spaces else set()
    nbsp = data.draw(st.sampled_from(["\u00a0", "\u202f"]))
    perturbed = "".join(nbsp if i in chosen else ch for i, ch in enumerate(text))
    art = denews.parse(perturbed)
    check_invariants(perturbed, art)
    assert art == _expected(denews.parse(text), perturbed, [])


def test_a_caption_with_a_zero_width_space_inside_is_a_caption() -> None:
    for invisible in INVISIBLE:
        text = f"Die Stadt plant neue Linien.\n\n(Archiv{invisible}bild)\n\nDer Rat entscheidet im Mai."
        art = denews.parse(text)
        check_invariants(text, art)
        captions = [b for b in art.boilerplate if b.kind == "caption"]
        assert [b.text for b in captions] == [f"(Archiv{invisible}bild)"], repr(invisible)
        assert all("Archiv" not in p.text for p in art.paragraphs)


# --- bad input and size -------------------------------------------------------------------------------------
@pytest.mark.parametrize("bad", [b"Berlin - Es regnet.", 42, None, ["Text"]])
def test_non_text_input_is_a_type_error(bad: object) -> None:
    for fn in (denews.parse, denews.split, denews.strip_boilerplate, denews.extract_quotes, denews.normalize_dates):
        with pytest.raises(TypeError, match="text must be str"):
            fn(bad)  # type: ignore[operator]


@pytest.mark.parametrize("bad", ["7.8.2025", "2025-02-30", "gestern", "2025-8-7"])
def test_malformed_reference_date_is_a_value_error(bad: str) -> None:
    with pytest.raises(ValueError, match="reference_date"):
        denews.parse("Am Mittwoch tagte der Rat.", reference_date=bad)


def test_text_above_the_size_limit_is_a_clear_value_error() -> None:
    from denews.api import MAX_CHARS

    too_long = "a" * (MAX_CHARS + 1)
    for fn in (denews.parse, denews.split, denews.extract_quotes, denews.normalize_dates):
        with pytest.raises(ValueError, match=r"text is too long: 20,000,001 characters, the limit is 20,000,000"):
            fn(too_long)
    del too_long


# A kicker and a headline of the same length over a stamp, a lead and a byline (shrunk by hand from what
# test_composed_articles_are_deterministic_and_strip_idempotently found): the kicker's words stood in the
# running text a second pass reads as the lead (the stamp and byline gone), so there it won the title and the
# headline was dropped.  The headline must win in the stripped text too.
_KICKER_OVER_STAMP = [
    "Ärger um die Brücke",
    "Fähre fällt heute aus",
    "Stand: 03.04.2019 10:15 Uhr",
    "Die Reederei meldet einen Schaden am Motor. Die Fahrgäste warten seit dem Morgen am Ufer.",
    "Ein Kommentar von Dr. Jana Feldmann",
    "KIEL (dpa) - Der Kapitän hat den Schaden am Abend gemeldet, wie eine Sprecherin der Reederei sagte.",
    "Ein Ersatzschiff soll in den nächsten Tagen aus dem Norden kommen. Bis dahin fahren Busse.",
    "Die Pendler müssen sich auf längere Wege einstellen. Viele nehmen nun das Fahrrad.",
    "Der Bürgermeister hat für den Abend eine Sitzung des Rates angesetzt. Dort soll beraten werden.",
    "Seit Jahren wird über eine feste Brücke gestritten, die den Ort mit der Insel verbinden soll.",
    "(dpa)",
]


# The same, with the kicker's word in a lead over a picture's credit line (seed 50000652 of RandomChoices,
# rewritten): the lead stays body above the body's start, and a second pass reads it as the lead.
_KICKER_OVER_CREDIT = [
    "Ärger um die Brücke",
    "Fähre fällt heute aus",
    "03.04.2019, 10:15 Uhr",
    "Seit Jahren wird über eine feste Brücke gestritten. Doch nicht alle sind dafür.",
    "Foto: Jana Feldmann/dpa",
    *_KICKER_OVER_STAMP[5:9],
    "© dpa-infocom, dpa:123456-99-654321/2",
]


@pytest.mark.parametrize("sep", ["\n\n", "\n\n\n"])
@pytest.mark.parametrize("parts", [_KICKER_OVER_STAMP, _KICKER_OVER_CREDIT], ids=["stamp", "credit"])
def test_a_kicker_never_outscores_its_headline_once_stripped(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    check_text(text)
    once = denews.parse(denews.strip_boilerplate(text))
    assert denews.parse(text).title == once.title == "Fähre fällt heute aus"


# --- failures the generators found, shrunk (by hand from hypothesis's example); the lead routes them --------
FOUND_BY_GENERATORS = [
    # Deep run of 2026-12-06 (test_composed_articles_are_deterministic_and_strip_idempotently, after 3,122
    # passing): a lead paragraph, a caption, a short line.  The layout takes the line after the caption for the
    # title; strip_boilerplate puts it after the paragraph, where a second pass drops it.  Fixed: where no body
    # start is found, the headline must stand above the running text the header keeps as body.
    "Nach monatelangem Streit gibt es eine Einigung. Doch nicht alle sind zufrieden.\n\n(Archivbild)\n\n"
    "Was jetzt geschieht",
    "Der Rat hat lange beraten. Nun steht der Plan fest.\n\n(Archivbild)\n\nWie es weitergeht",
    # Seed 70001270 of RandomChoices, same shape (each paragraph over a credit line, so no body start is found),
    # a tag line after the text was taken for the title: rewritten with invented sentences.
    "Kommentar\n\nFähren fahren wieder\n\nDer Hafen ist wieder offen.\n\n(Archivbild)\n\n"
    "Kiel – Die Reederei hat den Schaden behoben. Ab Montag fahren die Schiffe nach Plan.\n\n"
    "© dpa-infocom, dpa:123456-99-654321/2\n\nSchlagworte: Hafen, Verkehr\n\nCookie-Einstellungen",
]


@pytest.mark.parametrize("text", FOUND_BY_GENERATORS)
def test_found_by_generators(text: str) -> None:
    check_text(text)
    # The paragraphs stay body, and a title stands above them, never after them.
    art = denews.parse(text)
    assert art.paragraphs
    assert art.title_span is None or art.title_span.end <= art.paragraphs[0].span.start
