"""What ``denews parse`` writes: the records in one of three formats, the progress line and the summary."""

from __future__ import annotations

import enum
import json
import time
from typing import Any, TextIO

from .model import Article
from .tables import CsvWriter, Table

#: Shown in the text view where a value is missing.
MISSING = "-"


class OutputFormat(str, enum.Enum):
    JSON = "json"  # one JSON array, one element per input item
    JSONL = "jsonl"  # one JSON object per line
    TEXT = "text"  # a readable summary per article
    CSV = "csv"  # one table (--table), one row per article, quote, date or speaker (denews.tables)
    TIMEML = "timeml"  # the text with TIMEX3 tags, the reference date as DCT (denews.timeml)


def render_text(art: Article, name: str) -> str:
    """A readable summary of one parse; every header field is shown, ``-`` where it is missing."""
    out = [f"== {name}"]

    def field(label: str, value: object) -> None:
        if isinstance(value, tuple):
            value = ", ".join(value)
        out.append(f"{label + ':':<11} {value if value not in (None, '') else MISSING}")

    field("kicker", art.kicker)
    field("title", art.title)
    field("teaser", art.teaser)
    field("published", art.published.isoformat() if art.published else None)
    field("updated", art.updated.isoformat() if art.updated else None)
    field("authors", art.authors)
    field("agencies", art.agencies)
    field("dateline", art.dateline)
    field("reference", art.reference_date.isoformat() if art.reference_date else None)
    out.append("")
    out.append(f"-- body ({len(art.paragraphs)} blocks)")
    for p in art.paragraphs:
        body = " ".join(p.text.split())
        out.append(f"## {body}" if p.kind == "heading" else body)
        out.append("")
    if art.boilerplate:
        out.append(f"-- removed ({len(art.boilerplate)})")
        out.extend(f"[{b.kind}] {' '.join(b.text.split())}" for b in art.boilerplate)
        out.append("")
    if art.quotes:
        out.append(f"-- quotes ({len(art.quotes)})")
        for q in art.quotes:
            who = q.speaker or MISSING
            via = f" ({q.mention or MISSING}; {q.cue or MISSING})"
            said = " ".join(q.text.split())
            # Reported speech has no marks of its own: shown without them, so the view never invents a quotation.
            out.append(f"[{q.kind}] {who}{via}: {said}" if q.kind == "indirect" else f"[{q.kind}] {who}{via}: „{said}“")
        out.append("")
    if art.dates:
        out.append(f"-- dates ({len(art.dates)})")
        for d in art.dates:
            days = MISSING
            if d.earliest is not None and d.latest is not None:
                days = f"{d.earliest}..{d.latest}" if d.earliest != d.latest else str(d.earliest)
            mod = f" mod={d.mod}" if d.mod else ""
            out.append(f"{d.text!r} -> {d.value} ({d.type}{mod})  [{days}]")
        out.append("")
    return "\n".join(out)


class Writer:
    """Writes records to ``stream`` in ``fmt``; ``close()`` ends the document (the JSON array's ``]``)."""

    def __init__(self, stream: TextIO, fmt: OutputFormat, table: str | None = None) -> None:
        self.stream = stream
        self.fmt = fmt
        self.count = 0
        self._csv: CsvWriter | None = None
        if fmt is OutputFormat.JSON:
            stream.write("[")
        elif fmt is OutputFormat.CSV:
            self._csv = CsvWriter(stream, table or Table.ARTICLES)

    def article(self, label: dict[str, Any], art: Article) -> None:
        if self._csv is not None:
            self._csv.write(label["index"], label.get("id", _where(label)), art)
            self.count += 1
        elif self.fmt is OutputFormat.TIMEML:
            from .timeml import to_timeml

            self.stream.write(to_timeml(art))
            self.count += 1
        elif self.fmt is OutputFormat.TEXT:
            self.stream.write(render_text(art, _where(label)) + "\n")
            self.count += 1
        else:
            self._json({**_place(label), **art.to_dict()})

    def error(self, label: dict[str, Any], error: dict[str, Any]) -> None:
        """An item that failed: ``{"index": N, "error": {"type", "message"}, "file", "line"}`` in its place.

        A table (CSV) and TimeML have no place for it: there, standard error alone reports it."""
        if self.fmt in (OutputFormat.CSV, OutputFormat.TIMEML):
            return
        if self.fmt is OutputFormat.TEXT:
            self.stream.write(f"== {_where(label)}\nerror:     {error['type']}: {error['message']}\n\n")
            self.count += 1
        else:
            self._json({"index": label["index"], "error": error, **_place(label)})

    def _json(self, data: dict[str, Any]) -> None:
        if self.fmt is OutputFormat.JSONL:
            self.stream.write(json.dumps(data, ensure_ascii=False) + "\n")
        else:
            self.stream.write(",\n" if self.count else "\n")
            self.stream.write(json.dumps(data, ensure_ascii=False, indent=2))
        self.count += 1

    def close(self) -> None:
        if self.fmt is OutputFormat.JSON:
            self.stream.write("\n]\n" if self.count else "]\n")
        self.stream.flush()


def _place(label: dict[str, Any]) -> dict[str, Any]:
    return {k: label[k] for k in ("file", "line", "id") if k in label}


def _where(label: dict[str, Any]) -> str:
    return ":".join(str(label[k]) for k in ("file", "line") if k in label)


class Progress:
    """Counts the run; on a terminal, a progress line on stderr (count, articles/s, errors), redrawn at most
    five times a second; at the end a one-line summary (unless quiet)."""

    INTERVAL = 0.2

    def __init__(self, stream: TextIO, *, quiet: bool) -> None:
        self.stream = stream
        self.quiet = quiet
        self.live = not quiet and _is_terminal(stream)
        self.articles = 0
        self.errors = 0
        self.started = time.monotonic()
        self._drawn = 0.0

    def tick(self, *, failed: bool) -> None:
        if failed:
            self.errors += 1
        else:
            self.articles += 1
        if self.live:
            now = time.monotonic()
            if now - self._drawn >= self.INTERVAL:
                self._drawn = now
                self.stream.write(f"\r\x1b[K{self._line(now)}")
                self.stream.flush()

    def _line(self, now: float) -> str:
        seconds = max(now - self.started, 1e-9)
        done = self.articles + self.errors
        return f"denews: {done:,} done, {done / seconds:,.0f} articles/s, {_count(self.errors, 'error')}"

    def clear(self) -> None:
        """Clear the progress line (before an error message, and at the end)."""
        if self.live and self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._drawn = 0.0

    def summary(self) -> None:
        self.clear()
        if self.quiet:
            return
        seconds = time.monotonic() - self.started
        done = self.articles + self.errors
        rate = f" ({done / seconds:,.0f} articles/s)" if seconds > 0 and done else ""
        counts = f"{_count(self.articles, 'article')}, {_count(self.errors, 'error')}"
        self.stream.write(f"denews: {counts}, {seconds:.1f} s{rate}\n")
        self.stream.flush()


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
