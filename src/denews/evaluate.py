"""Score parses against gold files in the format of shared/corpus/GUIDE.md.

``evaluate_dir(path, parse_fn)`` scores any system that can build an :class:`~denews.model.Article`
(``parse_fn(text, reference_date) -> Article``), so benchmarks can put other tools beside denews.

Matching rules:

- white space in a gold string matches any run of white space; ``occurrence`` picks the n-th match;
  gold strings that cannot be found in a text are skipped;
- boilerplate counts as removed when at most half of its non-space characters lie in predicted body
  paragraphs; a ``keep`` string counts as kept when all its non-space characters do;
- quotes and dates match predictions one-to-one by overlapping spans (largest overlap first);
  predictions and gold entries inside the gold title and headings count neither way; optional gold dates, and
  predictions overlapping them, count neither way.
"""

from __future__ import annotations

import json
import traceback
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs
import regex

from .model import Article, Quote, Span

ParseFn = Callable[[str, "str | None"], Article]

METRICS: tuple[str, ...] = (
    "docs",
    "crashes",
    "title_acc",
    "published_acc",
    "agencies_acc",
    "dateline_acc",
    "boilerplate_removed",
    "content_kept",
    "quote_detect_f1",
    "quote_speaker_f1",
    "quote_speaker_acc",
    "date_detect_f1",
    "date_value_f1",
    "date_value_acc",
    "indirect_detect_f1",
    "indirect_speaker_acc",
)

_WS = regex.compile(r"\s+")


def _norm(s: str | None) -> str | None:
    return None if s is None else _WS.sub(" ", s).strip()


def locate(text: str, needle: str, occurrence: int = 1) -> Span | None:
    """The ``occurrence``-th place of ``needle`` in ``text``, white space matching any run of it."""
    parts = [regex.escape(p) for p in needle.split()]
    if not parts:
        return None
    pattern = regex.compile(r"\s+".join(parts))
    for i, m in enumerate(pattern.finditer(text), start=1):
        if i == occurrence:
            return Span(m.start(), m.end())
    return None


@attrs.define
class Counts:
    """Running tallies for one system over a folder."""

    docs: int = 0
    crashes: int = 0
    scalar: dict[str, list[int]] = attrs.field(factory=dict)  # name -> [right, total]
    quote: list[int] = attrs.field(factory=lambda: [0, 0, 0, 0])  # tp, fp, fn, speaker_tp
    indirect: list[int] = attrs.field(factory=lambda: [0, 0, 0, 0])  # the same for indirect speech
    date: list[int] = attrs.field(factory=lambda: [0, 0, 0, 0])  # tp, fp, fn, value_tp

    def tally(self, name: str, right: bool) -> None:
        cell = self.scalar.setdefault(name, [0, 0])
        cell[0] += int(right)
        cell[1] += 1

    def figures(self) -> dict[str, float | int | None]:
        out: dict[str, float | int | None] = {"docs": self.docs, "crashes": self.crashes}
        for name in METRICS[2:8]:  # the per-document and per-entry shares
            right, total = self.scalar.get(name, [0, 0])
            out[name] = right / total if total else None
        qtp, qfp, qfn, qsp = self.quote
        out["quote_detect_f1"] = _f1(qtp, qfp, qfn)
        out["quote_speaker_f1"] = _f1(qsp, qfp + (qtp - qsp), qfn + (qtp - qsp))
        out["quote_speaker_acc"] = qsp / qtp if qtp else None
        itp, ifp, ifn, isp = self.indirect
        out["indirect_detect_f1"] = _f1(itp, ifp, ifn) if itp + ifn else None  # None where gold lists none
        out["indirect_speaker_acc"] = isp / itp if itp else None
        dtp, dfp, dfn, dvp = self.date
        out["date_detect_f1"] = _f1(dtp, dfp, dfn)
        out["date_value_f1"] = _f1(dvp, dfp + (dtp - dvp), dfn + (dtp - dvp))
        out["date_value_acc"] = dvp / dtp if dtp else None
        return out


def _f1(tp: int, fp: int, fn: int) -> float | None:
    if tp + fp + fn == 0:
        return None
    return 2 * tp / (2 * tp + fp + fn)


def _nonspace(text: str, span: Span) -> list[int]:
    return [i for i in range(span.start, span.end) if not text[i].isspace()]


def _covered(spans: Iterable[Span], length: int) -> bytearray:
    mask = bytearray(length)
    for s in spans:
        mask[s.start : s.end] = b"\x01" * (s.end - s.start)
    return mask


def _match(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index) of overlapping spans, largest overlap first."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = min(g.end, p.end) - max(g.start, p.start)
            if ov > 0:
                cands.append((-ov, gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _iso(value: object) -> str | None:
    if value is None:
        return None
    s = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return s[:16] if "T" in s else s


def _same_name(a: str, b: str) -> bool:
    return _norm(a.casefold()) == _norm(b.casefold())


@attrs.define
class Miss:
    """One line of the ``--show`` listing."""

    file: str
    what: str
    detail: str


def score_document(
    gold: dict[str, Any], text: str, art: Article, counts: Counts, misses: list[Miss], name: str
) -> None:
    """Add one parsed document's figures to ``counts`` (and its misses to ``misses``)."""
    doc = _Document(gold, text, name)
    _score_header(doc, art, counts, misses)
    _score_body(doc, art, counts, misses)
    # Quotes: those in marks against the gold's marked quotes; indirect speech apart, against gold entries of
    # kind "indirect" where a gold file lists them (GUIDE.md's dev gold does not: its figures stay).
    gq = [(s, e) for e in gold.get("quotes") or [] if (s := doc.find(e)) is not None and not doc.is_neutral(s)]
    pq = [q for q in art.quotes if not doc.is_neutral(q.span)]
    _score_quotes(
        [(s, e) for s, e in gq if e.get("kind") != "indirect"], [q for q in pq if q.kind != "indirect"],
        counts.quote, misses, name, "quote",
    )
    g_indirect = [(s, e) for s, e in gq if e.get("kind") == "indirect"]
    if g_indirect:  # a gold file that lists no indirect speech says nothing about it
        _score_quotes(g_indirect, [q for q in pq if q.kind == "indirect"], counts.indirect, misses, name, "indirect")
    _score_dates(doc, art, counts, misses)


class _Document:
    """One gold document: its text, how to find a gold entry in it, and its neutral ground."""

    def __init__(self, gold: dict[str, Any], text: str, name: str) -> None:
        self.gold, self.text, self.name = gold, text, name
        self.header: dict[str, Any] = gold.get("header") or {}
        # The gold title and headings are neutral ground: predictions there, and gold entries there (which
        # no prediction could match), count neither way.
        title = self.header.get("title")
        self.neutral = [s for s in (self.find(title) if title else None,) if s is not None]
        self.neutral += [s for h in gold.get("headings") or [] if (s := self.find(h)) is not None]

    def find(self, entry: Any) -> Span | None:
        if isinstance(entry, str):
            return locate(self.text, entry)
        return locate(self.text, entry["text"], int(entry.get("occurrence", 1)))

    def is_neutral(self, span: Span) -> bool:
        return any(n.contains(span) for n in self.neutral)


def _score_header(doc: _Document, art: Article, counts: Counts, misses: list[Miss]) -> None:
    header = doc.header
    gtitle = header.get("title")
    if gtitle is None or locate(doc.text, gtitle) is not None:
        _tally(counts, misses, doc.name, "title_acc", "title", _norm(art.title) == _norm(gtitle),
               f"gold {gtitle!r} / got {art.title!r}")
    gpub = header.get("published")
    _tally(counts, misses, doc.name, "published_acc", "published", _iso(art.published) == (gpub[:16] if gpub else None),
           f"gold {gpub!r} / got {_iso(art.published)!r}")
    gag = sorted(header.get("agencies") or [])
    _tally(counts, misses, doc.name, "agencies_acc", "agencies", sorted(art.agencies) == gag,
           f"gold {gag} / got {sorted(art.agencies)}")
    gdl = header.get("dateline")
    _tally(counts, misses, doc.name, "dateline_acc", "dateline", _norm(art.dateline) == _norm(gdl),
           f"gold {gdl!r} / got {art.dateline!r}")


def _tally(counts: Counts, misses: list[Miss], name: str, figure: str, kind: str, ok: bool, detail: str) -> None:
    counts.tally(figure, ok)
    if not ok:
        misses.append(Miss(name, kind, detail))


def _score_body(doc: _Document, art: Article, counts: Counts, misses: list[Miss]) -> None:
    """What was removed and what was kept."""
    body_mask = _covered((p.span for p in art.paragraphs), len(doc.text))
    for entry in doc.gold.get("boilerplate") or []:
        span = doc.find(entry)
        if span is None:
            continue
        chars = _nonspace(doc.text, span)
        inside = sum(body_mask[i] for i in chars)
        _tally(counts, misses, doc.name, "boilerplate_removed", "boilerplate kept", inside * 2 <= len(chars),
               f"[{entry['kind']}] {_norm(entry['text'])!r:.100}")
    for entry in doc.gold.get("keep") or []:
        span = doc.find(entry)
        if span is None:
            continue
        _tally(counts, misses, doc.name, "content_kept", "content lost",
               all(body_mask[i] for i in _nonspace(doc.text, span)), f"{_norm(entry)!r:.100}")


def _score_dates(doc: _Document, art: Article, counts: Counts, misses: list[Miss]) -> None:
    gd_all = [(s, e) for e in doc.gold.get("dates") or [] if (s := doc.find(e)) is not None and not doc.is_neutral(s)]
    optional = [s for s, e in gd_all if e.get("optional")]
    gd = [(s, e) for s, e in gd_all if not e.get("optional")]
    pd = [d for d in art.dates if not doc.is_neutral(d.span)]
    pairs = _match([s for s, _ in gd], [d.span for d in pd])
    matched_p = {pi for _, pi in pairs}
    matched_g = {gi for gi, _ in pairs}
    # An unmatched prediction that overlaps an optional gold date counts neither way.
    spurious = [
        pi for pi, d in enumerate(pd) if pi not in matched_p and not any(o.overlaps(d.span) for o in optional)
    ]
    tp = len(pairs)
    counts.date[0] += tp
    counts.date[1] += len(spurious)
    counts.date[2] += len(gd) - tp
    for gi, pi in pairs:
        accepted = gd[gi][1].get("value") or []
        right = pd[pi].value in accepted
        counts.date[3] += int(right)
        if not right:
            misses.append(Miss(doc.name, "date value", f"{pd[pi].text!r} gold {accepted} / got {pd[pi].value!r}"))
    for gi, (_, e) in enumerate(gd):
        if gi not in matched_g:
            misses.append(Miss(doc.name, "date missed", f"{e['text']!r} {e.get('value')}"))
    for pi in spurious:
        misses.append(Miss(doc.name, "date spurious", f"{pd[pi].text!r} -> {pd[pi].value!r}"))


def _score_quotes(
    gq: list[tuple[Span, dict[str, Any]]], pq: list[Quote], tally: list[int], misses: list[Miss], name: str,
    label: str,
) -> None:
    """Match quotes one to one by overlap; ``tally`` gets tp, fp, fn and right speakers."""
    pairs = _match([s for s, _ in gq], [q.span for q in pq])
    tp = len(pairs)
    tally[0] += tp
    tally[1] += len(pq) - tp
    tally[2] += len(gq) - tp
    matched_p = {pi for _, pi in pairs}
    matched_g = {gi for gi, _ in pairs}
    for gi, pi in pairs:
        answers = gq[gi][1].get("speaker") or []
        got = pq[pi].speaker
        right = got is None if not answers else got is not None and any(_same_name(got, a) for a in answers)
        tally[3] += int(right)
        if not right:
            misses.append(Miss(name, f"{label} speaker", f"{_norm(pq[pi].text)!r:.60} gold {answers} / got {got!r}"))
    for gi, (_, e) in enumerate(gq):
        if gi not in matched_g:
            misses.append(Miss(name, f"{label} missed", f"{_norm(e['text'])!r:.100} ({e.get('speaker')})"))
    for pi, q in enumerate(pq):
        if pi not in matched_p:
            misses.append(Miss(name, f"{label} spurious", f"{_norm(q.text)!r:.100} ({q.speaker})"))

def gold_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """(gold file, text file) pairs: ``NAME.gold.json`` serves ``NAME.txt``, else every ``NAME_*.txt``."""
    pairs: list[tuple[Path, Path]] = []
    for gold in sorted(folder.glob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        plain = folder / f"{stem}.txt"
        texts = [plain] if plain.exists() else sorted(folder.glob(f"{stem}_*.txt"))
        pairs.extend((gold, t) for t in texts)
    return pairs


@attrs.define
class Report:
    figures: dict[str, float | int | None]
    misses: list[Miss]


def evaluate_dir(folder: str | Path, parse_fn: ParseFn | None = None) -> Report:
    """Score ``parse_fn`` (default :func:`denews.parse`) on every gold pair in ``folder``."""
    if parse_fn is None:
        from .api import parse

        def parse_fn(text: str, reference_date: str | None) -> Article:
            return parse(text, reference_date=reference_date)

    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"no such folder: {folder}")
    counts = Counts()
    misses: list[Miss] = []
    for gold_path, text_path in gold_pairs(folder):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = text_path.read_text(encoding="utf-8")
        counts.docs += 1
        try:
            art = parse_fn(text, gold.get("given_reference_date"))
        except Exception:
            counts.crashes += 1
            misses.append(Miss(text_path.name, "crash", traceback.format_exc(limit=3).strip().splitlines()[-1]))
            continue
        score_document(gold, text, art, counts, misses, text_path.name)
    return Report(counts.figures(), misses)


def format_figures(figures: dict[str, float | int | None]) -> str:
    lines = []
    for name in METRICS:
        v = figures.get(name)
        shown = "n/a" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))
        lines.append(f"{name}: {shown}")
    return "\n".join(lines)
