"""The examples of docs/scaling.md, run: articles cross process boundaries (pickling), map over a
``concurrent.futures`` pool, and over a dask bag in local mode."""

from __future__ import annotations

import concurrent.futures
import pickle
from pathlib import Path

import denews

SEEDS = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))]


def parse_record(record: dict[str, str]) -> dict[str, object]:
    """What a pipeline maps: a JSON record in, a JSON-ready record out (module level, so that it pickles)."""
    return denews.parse(record["text"], reference_date=record.get("reference_date")).to_dict()


def test_article_and_parse_pickle() -> None:
    art = denews.parse(SEEDS[0])
    assert pickle.loads(pickle.dumps(art)) == art
    assert pickle.loads(pickle.dumps(denews.parse)) is denews.parse  # functions travel by name


def test_concurrent_futures_process_pool_map() -> None:
    records = [{"text": t, "reference_date": "2025-08-07"} for t in SEEDS]
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        out = list(pool.map(parse_record, records, chunksize=2))
    assert out == [parse_record(r) for r in records]
    assert all(o["reference_date"] == "2025-08-07" for o in out)


def test_dask_bag_local() -> None:
    import dask.bag as db  # a test dependency (the test extra): light, and what docs/scaling.md shows
    records = [{"text": t, "reference_date": "2025-08-07"} for t in SEEDS * 2]
    bag = db.from_sequence(records, npartitions=2).map(parse_record)
    # Local mode with real worker processes: the same path a cluster takes (pickling of function and results).
    out = bag.compute(scheduler="processes", num_workers=2)
    assert out == [parse_record(r) for r in records]
    # Aggregations stay inside the workers: how many quotes in all articles.
    quotes = db.from_sequence(SEEDS, npartitions=2).map(lambda t: len(denews.parse(t).quotes)).sum()
    assert quotes.compute(scheduler="processes", num_workers=2) == sum(len(denews.parse(t).quotes) for t in SEEDS)
