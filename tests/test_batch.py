"""parse_many: order, laziness and bounded read-ahead, per-item reference dates, the pool, errors, pickling."""

from __future__ import annotations

import datetime as dt
import itertools
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

import denews
from denews.batch import parse_many

SEEDS = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))]

# Short, varied articles: cheap enough for a pool test, different enough that a mix-up shows.
SHORT = [
    f"Meldung {i}\n\nBerlin - Die Regierung hat am Mittwoch über Punkt {i} beraten. "
    f"„Wir sind zufrieden“, sagte Sprecherin Anna Beispiel{i}. Am {1 + i % 28}. März geht es weiter."
    for i in range(60)
]


def _counting(texts: list[str], seen: list[int]) -> Iterator[str]:
    for i, t in enumerate(texts):
        seen.append(i)
        yield t


def test_sequential_equals_parse_in_order() -> None:
    texts = SEEDS + SHORT[:5]
    assert list(parse_many(texts)) == [denews.parse(t) for t in texts]


def test_empty_input() -> None:
    assert list(parse_many([])) == []
    assert list(parse_many([], processes=2)) == []


def test_lazy_and_streaming_with_a_generator() -> None:
    seen: list[int] = []
    it = parse_many(_counting(SHORT, seen))
    assert seen == []  # nothing read before the first next()
    first = next(it)
    assert first.text == SHORT[0]
    assert seen == [0]  # one item read for one article
    rest = list(itertools.islice(it, 3))
    assert [a.text for a in rest] == SHORT[1:4]
    assert seen == [0, 1, 2, 3]


def test_pool_reads_ahead_only_a_bounded_window() -> None:
    seen: list[int] = []
    endless = itertools.cycle(SHORT)

    def source() -> Iterator[str]:
        for i, t in enumerate(endless):
            seen.append(i)
            yield t

    it = parse_many(source(), processes=2, chunksize=4)
    got = [a.text for a in itertools.islice(it, 10)]
    it.close()  # type: ignore[attr-defined]
    assert got == SHORT[:10]
    # 2 workers x 4 chunks x 4 items in flight, plus one chunk being filled: far from the endless input.
    assert len(seen) <= 2 * 4 * 4 + 4 + 4


def test_processes_two_gives_the_same_articles_as_sequential() -> None:
    texts = SHORT + SEEDS
    sequential = list(parse_many(texts))
    pooled = list(parse_many(texts, processes=2, chunksize=3))
    assert pooled == sequential
    assert [a.text for a in pooled] == texts


def test_processes_zero_means_all_cores() -> None:
    assert list(parse_many(SHORT[:7], processes=0, chunksize=2)) == [denews.parse(t) for t in SHORT[:7]]


def test_reference_date_default_and_per_item_pairs() -> None:
    text = "Berlin - Die Regierung hat am Mittwoch beraten."
    default = dt.date(2025, 8, 7)
    items: list[str | tuple[str, denews.api.ReferenceDate]] = [
        text,
        (text, "2024-01-10"),
        (text, dt.datetime(2023, 5, 5, 12, 0)),
        (text, None),
    ]
    for processes in (None, 2):
        arts = list(parse_many(items, reference_date=default, processes=processes, chunksize=1))
        assert [a.reference_date for a in arts] == [default, dt.date(2024, 1, 10), dt.date(2023, 5, 5), default]
        assert arts[1] == denews.parse(text, reference_date="2024-01-10")


def test_non_str_item_raises_type_error_naming_its_index_after_the_good_ones() -> None:
    for processes in (None, 2):
        out: list[denews.Article] = []
        with pytest.raises(TypeError, match=r"item 2\b.*bytes"):
            for art in parse_many(["a", "b", b"c", "d"], processes=processes, chunksize=1):  # type: ignore[list-item]
                out.append(art)
        assert [a.text for a in out] == ["a", "b"]


def test_bad_pairs_and_dates_name_the_index() -> None:
    with pytest.raises(TypeError, match="item 1"):
        list(parse_many(["a", ("b", "2025-01-01", "x")]))  # type: ignore[list-item]
    with pytest.raises(TypeError, match="item 0"):
        list(parse_many([(3, "2025-01-01")]))  # type: ignore[list-item]
    with pytest.raises(ValueError, match="item 1"):
        list(parse_many(["a", ("b", "7.8.2025")]))
    with pytest.raises(ValueError, match="reference_date"):
        parse_many(["a"], reference_date="gestern")


@pytest.mark.parametrize("bad", [-1, 1.5, "2", True])
def test_bad_processes(bad: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        parse_many(["a"], processes=bad)  # type: ignore[arg-type]


def test_bad_chunksize() -> None:
    with pytest.raises(ValueError):
        parse_many(["a"], chunksize=0)


def test_article_pickles_round_trip() -> None:
    for text in SEEDS:
        art = denews.parse(text)
        for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
            back = pickle.loads(pickle.dumps(art, protocol=protocol))
            assert back == art
            assert back.to_dict() == art.to_dict()


def test_parse_many_is_exported() -> None:
    # The public name (DESIGN.md): exported from denews and listed in its __all__, the same function as denews.batch's.
    assert "parse_many" in denews.__all__
    assert denews.parse_many is parse_many
