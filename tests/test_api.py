"""The public API contract of DESIGN.md: names, types, offsets, reference dates, JSON round trip."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from pathlib import Path

import pytest

import denews
from denews.model import Article, Span

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


def _annotations(art: Article) -> list[object]:
    return [*art.paragraphs, *art.boilerplate, *art.quotes, *art.dates]


def test_public_names() -> None:
    for name in ("parse", "strip_boilerplate", "split", "extract_quotes", "normalize_dates", "Article",
                 "Paragraph", "Boilerplate", "Quote", "TimeExpression", "Span", "__version__"):
        assert hasattr(denews, name), name


def test_five_seeds_are_present() -> None:
    assert len(SEEDS) == 5


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_offsets_round_trip_on_seeds(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    art = denews.parse(text)
    assert art.text is text
    for item in _annotations(art):
        span = item.span  # type: ignore[attr-defined]
        assert text[span.start : span.end] == item.text  # type: ignore[attr-defined]
    for field in ("title", "kicker", "teaser", "dateline"):
        value, span = getattr(art, field), getattr(art, f"{field}_span")
        if value is not None:
            assert span is not None and text[span.start : span.end] == value
    for q in art.quotes:
        if q.mention_span is not None:
            assert text[q.mention_span.start : q.mention_span.end] == q.mention


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_to_dict_round_trips_through_json(path: Path) -> None:
    art = denews.parse(path.read_text(encoding="utf-8"))
    data = art.to_dict()
    again = json.loads(json.dumps(data, ensure_ascii=False))
    assert again == data
    assert again["text"] == art.text
    assert again["body"] == art.body
    assert len(again["paragraphs"]) == len(art.paragraphs)
    assert [d["value"] for d in again["dates"]] == [d.value for d in art.dates]
    if art.published is not None:
        assert isinstance(again["published"], str)
        assert again["published"].startswith(art.published.isoformat()[:10])


def test_article_is_frozen_and_pickles() -> None:
    art = denews.parse(SEEDS[0].read_text(encoding="utf-8"))
    with pytest.raises(AttributeError):
        art.title = "x"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(art)) == art


def test_body_joins_paragraphs_with_blank_lines() -> None:
    art = denews.parse(SEEDS[0].read_text(encoding="utf-8"))
    assert art.body == "\n\n".join(p.text for p in art.paragraphs)


@pytest.mark.parametrize("value", [dt.date(2025, 8, 7), dt.datetime(2025, 8, 7, 19, 9), "2025-08-07", " 2025-08-07 "])
def test_reference_date_accepted_forms(value: object) -> None:
    art = denews.parse("Am Mittwoch sagte er etwas.", reference_date=value)  # type: ignore[arg-type]
    assert art.reference_date == dt.date(2025, 8, 7)


@pytest.mark.parametrize("value", ["07.08.2025", "2025-13-01", "2025-02-30", "gestern", "", "2025-8-7"])
def test_malformed_reference_date_is_a_value_error(value: str) -> None:
    with pytest.raises(ValueError, match="reference_date"):
        denews.parse("Text.", reference_date=value)
    with pytest.raises(ValueError, match="reference_date"):
        denews.normalize_dates("Text.", reference_date=value)


@pytest.mark.parametrize("value", [20250807, 2025.0, ["2025-08-07"], b"2025-08-07", object()])
def test_wrong_type_reference_date_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="reference_date"):
        denews.parse("Text.", reference_date=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("func", [denews.parse, denews.split, denews.strip_boilerplate, denews.extract_quotes,
                                  denews.normalize_dates])
@pytest.mark.parametrize("value", [None, b"bytes", 42, ["a"]])
def test_non_text_is_a_type_error(func: object, value: object) -> None:
    with pytest.raises(TypeError, match="text must be str"):
        func(value)  # type: ignore[operator]


@pytest.mark.parametrize("text", ["", " ", "\n\n\r\n", "\u200b\u00ad", "„", "Ωμέγα 中文 عربي", "a\r\nb\r\n"])
def test_odd_but_valid_text_parses(text: str) -> None:
    art = denews.parse(text)
    assert art.text == text
    for item in _annotations(art):
        assert text[item.span.start : item.span.end] == item.text  # type: ignore[attr-defined]


def test_given_reference_date_wins_over_the_texts_own() -> None:
    text = SEEDS[0].read_text(encoding="utf-8")
    assert denews.parse(text, reference_date="2020-01-01").reference_date == dt.date(2020, 1, 1)


def test_span_rejects_bad_ranges() -> None:
    with pytest.raises(ValueError):
        Span(5, 3)
    with pytest.raises(ValueError):
        Span(-1, 3)
