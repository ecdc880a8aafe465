"""The speed measure of issue 20, the core of ``bench.py --ratio``: denews ``parse`` against jusText in one process.

- denews ``parse`` and jusText on the same texts (the first 250 bench articles), in one process;
- alternating rounds (denews, jusText, denews, ...): the ratio of articles per second in each round, and the
  median of the rounds (alternation spreads other load on the machine over both systems alike);
- jusText as ``justext.justext(html, justext.get_stoplist("German"))``, where ``html`` wraps each
  newline-separated line of the text in ``<p>`` (the bench texts are one line each).

Import time (the minimum over 7 fresh interpreters) and peak RSS (one process parsing the whole bench file) are
measured by ``bench.py`` itself.  jusText comes with the ``bench`` extra (``pip install -e '.[bench]'``).
"""

from __future__ import annotations

import datetime as dt
import html
import statistics
import time

#: Articles and rounds of the measure (issue 20).
ARTICLES = 250
ROUNDS = 5


def as_html(text: str) -> bytes:
    """The page jusText reads: one ``<p>`` per newline-separated line."""
    paras = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
    return f"<html><body>{paras}</body></html>".encode()


def round_rates(texts: list[str], pages: list[bytes], reference: dt.date) -> tuple[float, float]:
    """One round: articles per second of denews ``parse``, then of jusText, on the same texts."""
    import justext  # type: ignore[import-untyped]

    import denews

    stoplist = justext.get_stoplist("German")
    start = time.perf_counter()
    for t in texts:
        denews.parse(t, reference_date=reference)
    ours = len(texts) / (time.perf_counter() - start)
    start = time.perf_counter()
    for page in pages:
        justext.justext(page, stoplist)
    theirs = len(pages) / (time.perf_counter() - start)
    return ours, theirs


def ratio_rounds(texts: list[str], rounds: int, reference: dt.date) -> dict[str, float]:
    """``rounds`` alternating rounds after a warm-up of both; the medians and the median ratio."""
    pages = [as_html(t) for t in texts]
    round_rates(texts[:20], pages[:20], reference)  # warm both: lexicons, compiled patterns
    rates = [round_rates(texts, pages, reference) for _ in range(rounds)]
    for i, (ours, theirs) in enumerate(rates, 1):
        print(f"  round {i}: denews {ours:,.0f} art/s, jusText {theirs:,.0f} art/s, ratio {ours / theirs:.2f}",
              flush=True)
    return {
        "articles": len(texts),
        "rounds": rounds,
        "denews_median_art_s": statistics.median(r[0] for r in rates),
        "justext_median_art_s": statistics.median(r[1] for r in rates),
        "ratio_median": statistics.median(r[0] / r[1] for r in rates),
    }
