"""The speed measure of issue 20: denews ``parse`` against jusText in one process, on the same texts.

    python benchmarks/ratio.py                 # 250 articles, 5 alternating rounds
    python benchmarks/ratio.py --articles 500 --rounds 7 --json out.json

- denews ``parse`` and jusText on the same first N bench articles (10kGNAD test split), in one process;
- R alternating rounds (denews, jusText, denews, ...); the ratio of articles per second in each round, and the
  median of the rounds (alternation spreads other load on the machine over both systems alike);
- jusText as ``justext.justext(html, justext.get_stoplist("German"))``, where ``html`` wraps each
  newline-separated line of the text in ``<p>`` (the bench texts are one line each);
- import time of ``import denews``: the minimum over 7 fresh interpreters;
- peak RSS: one fresh process parsing the whole bench file.

jusText comes with the ``bench`` extra (``pip install -e '.[bench]'``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import DEFAULT_DATA, REFERENCE, read_bench

IMPORT_RUNS = 7


def as_html(text: str) -> bytes:
    """The page jusText reads: one ``<p>`` per newline-separated line."""
    paras = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
    return f"<html><body>{paras}</body></html>".encode()


def round_rates(texts: list[str], pages: list[bytes]) -> tuple[float, float]:
    import justext

    import denews

    stoplist = justext.get_stoplist("German")
    start = time.perf_counter()
    for t in texts:
        denews.parse(t, reference_date=REFERENCE)
    ours = len(texts) / (time.perf_counter() - start)
    start = time.perf_counter()
    for page in pages:
        justext.justext(page, stoplist)
    theirs = len(pages) / (time.perf_counter() - start)
    return ours, theirs


def import_seconds() -> float:
    code = "import time; s = time.perf_counter(); import denews; print(time.perf_counter() - s)"
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
            for _ in range(IMPORT_RUNS)]
    return min(runs)


def peak_rss_mb(data: Path) -> float:
    code = (
        "import resource, sys, datetime as dt; sys.path.insert(0, sys.argv[2]); import denews; "
        "from bench import read_bench; "
        "from pathlib import Path; "
        "[denews.parse(t, reference_date=dt.date(2016, 1, 1)) for t in read_bench(Path(sys.argv[1]))]; "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(data), str(Path(__file__).parent)],
                         capture_output=True, text=True, check=True)
    return float(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the 10kGNAD test CSV")
    ap.add_argument("--articles", type=int, default=250, help="how many bench articles (from the first)")
    ap.add_argument("--rounds", type=int, default=5, help="alternating rounds; the median ratio counts")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    texts = read_bench(args.data)[: args.articles]
    pages = [as_html(t) for t in texts]
    round_rates(texts[:20], pages[:20])  # warm both: lexicons, compiled patterns
    rounds = [round_rates(texts, pages) for _ in range(args.rounds)]
    for i, (ours, theirs) in enumerate(rounds, 1):
        print(f"round {i}: denews {ours:,.0f} art/s, jusText {theirs:,.0f} art/s, ratio {ours / theirs:.2f}")
    result = {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "articles": len(texts),
        "denews_median_art_s": statistics.median(r[0] for r in rounds),
        "justext_median_art_s": statistics.median(r[1] for r in rounds),
        "ratio_median": statistics.median(r[0] / r[1] for r in rounds),
        "import_s_min_of_7": import_seconds(),
        "peak_rss_mb": peak_rss_mb(args.data),
    }
    for key, value in result.items():
        print(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
