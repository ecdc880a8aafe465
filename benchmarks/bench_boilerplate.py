"""Boilerplate removal: denews against jusText on the same texts, scored by ``denews evaluate``.

    python benchmarks/bench_boilerplate.py [GOLD_DIR]

GOLD_DIR defaults to ``<repo>/../shared/corpus/dev``.  jusText (``pip install justext``, a ``bench`` extra)
runs with its German stop list on every line of the text as one paragraph (``<p>`` per line); its
non-boilerplate paragraphs become the body of an Article, located in the text by their lines.  Both
systems are scored with :func:`denews.evaluate.evaluate_dir` and printed side by side, with the time
each took.  Without jusText installed, the script says so and exits 0.
"""

from __future__ import annotations

import html
import sys
import time
from collections.abc import Callable
from pathlib import Path

import regex

from denews import parse
from denews.evaluate import evaluate_dir
from denews.model import Article, Paragraph, Span

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO.parent / "shared" / "corpus" / "dev"
_LINE = regex.compile(r"[^\r\n]+")
FIGURES = ("boilerplate_removed", "content_kept", "title_acc", "published_acc", "agencies_acc", "dateline_acc")


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _LINE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def justext_parse_fn() -> Callable[[str, str | None], Article] | None:
    """A ``parse_fn`` for evaluate_dir built on jusText, or None when jusText is not installed."""
    try:
        import justext  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None
    stoplist = justext.get_stoplist("German")

    def parse_fn(text: str, reference_date: str | None) -> Article:
        lines = _lines(text)
        if not lines:
            return Article(text=text)
        doc = "<html><body>" + "".join(f"<p>{html.escape(text[s:e])}</p>" for s, e in lines) + "</body></html>"
        paragraphs = []
        pos = 0
        norm = [" ".join(text[s:e].split()) for s, e in lines]
        for p in justext.justext(doc.encode("utf-8"), stoplist, encoding="utf-8"):
            want = " ".join(p.text.split())
            # Paragraphs come back in document order: find this one's line from where the last one was.
            j = pos
            while j < len(lines) and norm[j] != want:
                j += 1
            if j == len(lines):
                continue
            pos = j + 1
            if not p.is_boilerplate:
                s, e = lines[j]
                paragraphs.append(Paragraph(text[s:e], Span(s, e)))
        return Article(text=text, paragraphs=tuple(paragraphs))

    return parse_fn


def _denews(text: str, reference_date: str | None) -> Article:
    return parse(text, reference_date=reference_date)


def main(argv: list[str]) -> int:
    gold = Path(argv[1]) if len(argv) > 1 else DEFAULT_GOLD
    if not gold.is_dir():
        print(f"no gold folder at {gold}: nothing to measure")
        return 0
    jt = justext_parse_fn()
    if jt is None:
        print("jusText is not installed (pip install justext): only denews is measured")
    systems: list[tuple[str, Callable[[str, str | None], Article]]] = [("denews", _denews)]
    if jt is not None:
        systems.append(("jusText", jt))
    results = {}
    for name, fn in systems:
        t0 = time.perf_counter()
        report = evaluate_dir(gold, fn)
        results[name] = (report.figures, time.perf_counter() - t0)
    names = [n for n, _ in systems]
    print(f"{'':22s}" + "".join(f"{n:>12s}" for n in names))
    for fig in FIGURES:
        row = []
        for n in names:
            v = results[n][0].get(fig)
            row.append("n/a" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v))
        print(f"{fig:22s}" + "".join(f"{v:>12s}" for v in row))
    print(f"{'seconds':22s}" + "".join(f"{results[n][1]:>12.2f}" for n in names))
    print(f"{'documents':22s}" + "".join(f"{results[n][0].get('docs')!s:>12s}" for n in names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
