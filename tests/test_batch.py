"""parse_many: order, laziness and bounded read-ahead, per-item reference dates, the pool, errors, pickling."""

from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing
import os
import pickle
import signal
import threading
import time
from collections.abc import Callable, Iterator
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


# --- per-item isolation: on_error, ParseError, dying workers ---------------------------------------------------
def test_parse_error_is_exported_frozen_and_plain() -> None:
    err = denews.ParseError(3, "TypeError", "item 3: text must be str, not int")
    assert (err.index, err.type, err.message) == (3, "TypeError", "item 3: text must be str, not int")
    with pytest.raises(AttributeError):
        err.index = 4  # type: ignore[misc]
    assert err.to_dict() == {"index": 3, "error": {"type": "TypeError", "message": "item 3: text must be str, not int"}}
    assert pickle.loads(pickle.dumps(err)) == err


def test_batch_docstrings_run() -> None:
    import doctest

    import denews.batch

    result = doctest.testmod(denews.batch)
    assert result.attempted >= 2 and result.failed == 0


POISONED: list[object] = ["Berlin - Es regnet.", 42, "Wien - Es schneit.", ("Ulm - Sonne.", "7.8.2025"), "Ende."]


@pytest.mark.parametrize("processes", [None, 2])
def test_on_error_record_keeps_every_item_in_its_place(processes: int | None) -> None:
    out = list(parse_many(POISONED, processes=processes, chunksize=2, on_error="record"))  # type: ignore[arg-type]
    assert len(out) == len(POISONED)
    assert [type(x).__name__ for x in out] == ["Article", "ParseError", "Article", "ParseError", "Article"]
    bad_type, bad_date = out[1], out[3]
    assert isinstance(bad_type, denews.ParseError) and isinstance(bad_date, denews.ParseError)
    assert (bad_type.index, bad_type.type) == (1, "TypeError") and "int" in bad_type.message
    assert (bad_date.index, bad_date.type) == (3, "ValueError") and "reference_date" in bad_date.message
    assert [x.text for x in out if isinstance(x, denews.Article)] == [POISONED[0], POISONED[2], POISONED[4]]


@pytest.mark.parametrize("processes", [None, 2])
def test_on_error_skip_leaves_failures_out(processes: int | None) -> None:
    out = list(parse_many(POISONED, processes=processes, chunksize=2, on_error=denews.OnError.SKIP))  # type: ignore[arg-type]
    assert [a.text for a in out] == [POISONED[0], POISONED[2], POISONED[4]]


def test_on_error_must_be_known() -> None:
    with pytest.raises(ValueError, match="on_error"):
        parse_many(["a"], on_error="ignore")


# A monkeypatched parse reaches the workers only when they are forked from this process.
needs_fork = pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="workers must be forked to see a monkeypatch"
)


def _failing_parse(text: str, ref: object = None) -> denews.Article:
    if "GIFT" in text:
        raise RuntimeError(f"kaputt: {text}")
    return denews.parse(text, ref)  # type: ignore[arg-type]


@needs_fork
@pytest.mark.parametrize("processes", [None, 2])
def test_a_failure_inside_parse_is_isolated(monkeypatch: pytest.MonkeyPatch, processes: int | None) -> None:
    monkeypatch.setattr(denews.batch, "parse", _failing_parse)
    texts = ["eins", "zwei GIFT", "drei", "vier", "fünf GIFT", "sechs"]
    out = list(parse_many(texts, processes=processes, chunksize=2, on_error="record"))
    errors = [x for x in out if isinstance(x, denews.ParseError)]
    assert [(e.index, e.type, e.message) for e in errors] == [
        (1, "RuntimeError", "kaputt: zwei GIFT"), (4, "RuntimeError", "kaputt: fünf GIFT")
    ]
    assert [x.text for x in out if isinstance(x, denews.Article)] == ["eins", "drei", "vier", "sechs"]
    # "raise" lets the original exception out once the articles before it are yielded.
    got: list[str] = []
    with pytest.raises(RuntimeError, match="kaputt: zwei GIFT"):
        for art in parse_many(texts, processes=processes, chunksize=2):
            got.append(art.text)
    assert got == ["eins"]


def _dying_parse(text: str, ref: object = None) -> denews.Article:
    if "EXIT" in text:
        os._exit(3)  # as a process killed from inside: no exception, no reply
    if "KILL" in text:
        os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's out-of-memory killer does
    return denews.parse(text, ref)  # type: ignore[arg-type]


def _run_with_deadline(fn: Callable[[], list[object]], seconds: float) -> list[object]:
    """``fn()`` in a thread; a hang fails the test instead of the suite, an exception comes out here."""
    box: list[list[object] | BaseException] = []

    def target() -> None:
        try:
            box.append(fn())
        except BaseException as exc:
            box.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert box, f"parse_many did not finish within {seconds} s"
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


@needs_fork
def test_a_dying_worker_fails_its_chunk_and_the_run_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(denews.batch, "parse", _dying_parse)
    texts = [f"Text {i}" for i in range(12)]
    texts[4] = "Text 4 EXIT"  # chunk 2 (items 4, 5)
    texts[9] = "Text 9 KILL"  # chunk 4 (items 8, 9)
    out = _run_with_deadline(
        lambda: list(parse_many(texts, processes=2, chunksize=2, on_error="record")), 60
    )
    assert len(out) == len(texts)
    failed = {x.index: x for x in out if isinstance(x, denews.ParseError)}
    assert sorted(failed) == [4, 5, 8, 9]
    assert all(e.type == "WorkerDied" for e in failed.values())
    assert "status 3" in failed[4].message and "SIGKILL" in failed[9].message
    assert [x.text for x in out if isinstance(x, denews.Article)] == [t for i, t in enumerate(texts) if i not in failed]


@needs_fork
def test_every_worker_dying_still_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(denews.batch, "parse", _dying_parse)
    texts = [f"EXIT {i}" for i in range(9)]
    out = _run_with_deadline(lambda: list(parse_many(texts, processes=2, chunksize=2, on_error="record")), 60)
    assert [x.index for x in out if isinstance(x, denews.ParseError)] == list(range(9))
    with pytest.raises(RuntimeError, match=r"item 0: the worker process .* exited with status 3"):
        _run_with_deadline(lambda: list(parse_many(texts, processes=2, chunksize=2)), 60)


@needs_fork
def test_an_exception_that_does_not_pickle_still_gives_its_error(monkeypatch: pytest.MonkeyPatch) -> None:
    class Odd(Exception):
        def __init__(self, a: int, b: int) -> None:  # does not rebuild from its args
            super().__init__(f"odd {a} {b}")

    def parse_odd(text: str, ref: object = None) -> denews.Article:
        raise Odd(1, 2)

    monkeypatch.setattr(denews.batch, "parse", parse_odd)
    out = list(parse_many(["a", "b"], processes=2, chunksize=1, on_error="record"))
    assert [(e.index, e.type, e.message) for e in out] == [(0, "Odd", "odd 1 2"), (1, "Odd", "odd 1 2")]  # type: ignore[union-attr]


def test_a_slow_first_chunk_then_every_chunk_done_reads_on() -> None:
    # One worker parses a long first text while the other does every short one in the window; when the long one
    # is done, every chunk read so far is yielded at once, and the pool must read on instead of waiting for a
    # chunk that nobody holds.
    texts = ["Der Rat tagte am Mittwoch lange. " * 6000] + [f"Satz {i}." for i in range(40)]
    assert [a.text for a in parse_many(texts, processes=2, chunksize=1)] == texts


def _slow_parse(text: str, ref: object = None) -> denews.Article:
    if "HANG" in text:
        time.sleep(120)  # as a regular expression that never ends would
    if "SLOW" in text:
        time.sleep(0.4)
    return denews.parse(text, ref)  # type: ignore[arg-type]


@needs_fork
@pytest.mark.parametrize("processes", [None, 2])
def test_an_item_over_the_timeout_fails_alone_and_the_run_goes_on(
    monkeypatch: pytest.MonkeyPatch, processes: int | None
) -> None:
    monkeypatch.setattr(denews.batch, "parse", _slow_parse)
    texts = [f"Text {i}." for i in range(8)]
    texts[4] = "Text 4 HANG."  # the middle of chunk 2 (items 3, 4, 5): 3 is parsed again, 5 after it
    out = _run_with_deadline(
        lambda: list(parse_many(texts, processes=processes, chunksize=3, on_error="record", timeout=1.5)), 60
    )
    assert len(out) == len(texts)
    failed = [x for x in out if isinstance(x, denews.ParseError)]
    assert [(e.index, e.type) for e in failed] == [(4, "Timeout")]
    assert "1.5 s" in failed[0].message
    assert [x.text for x in out if isinstance(x, denews.Article)] == [t for i, t in enumerate(texts) if i != 4]
    with pytest.raises(RuntimeError, match=r"item 4: parsing this item took longer than the timeout"):
        _run_with_deadline(lambda: list(parse_many(texts, processes=processes, chunksize=3, timeout=1.5)), 60)


@needs_fork
def test_the_timeout_is_per_item_not_per_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    # Four items of 0.4 s in one chunk take 1.6 s together, but none of them takes 1 s.
    monkeypatch.setattr(denews.batch, "parse", _slow_parse)
    texts = [f"Text {i} SLOW." for i in range(4)]
    out = _run_with_deadline(lambda: list(parse_many(texts, chunksize=4, on_error="record", timeout=1.0)), 60)
    assert [x.text for x in out if isinstance(x, denews.Article)] == texts


@pytest.mark.parametrize("bad", [0, -1.0, True, "5"])
def test_a_bad_timeout_is_a_value_error(bad: object) -> None:
    with pytest.raises(ValueError, match="timeout must be a positive number"):
        parse_many(["Text."], timeout=bad)  # type: ignore[arg-type]
