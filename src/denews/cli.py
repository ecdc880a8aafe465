"""Command line: ``denews parse FILE...`` and ``denews evaluate GOLD_DIR``."""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import TextIO

import attrs

from . import __version__
from .api import article_dates, coerce_reference_date
from .batch import parse_many
from .model import Article
from .tables import CsvWriter, Table

EXIT_INPUT_ERROR = 2
# A page of HTML: a doctype, or an <html>, <head> or <body> tag, after comments and spaces at the start.
_HTML_START = re.compile(r"\A\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


def _looks_like_html(name: str, text: str) -> bool:
    """A page: it starts as one, or it is named ``.html``/``.htm`` and starts with a tag."""
    named = name.lower().endswith((".html", ".htm")) and text.lstrip("\ufeff \t\r\n").startswith("<")
    return named or _HTML_START.match(text[:4096]) is not None


class _HtmlPage(str):
    """The text of an HTML page among the inputs (parsed by ``parse_html``, not ``parse``)."""


def _parse_all(items: Iterable[tuple[str, date | None]], jobs: int) -> Iterator[Article]:
    """Each input's Article in order: runs of text through ``parse_many``, HTML pages through ``parse_html``."""
    from . import parse_html

    for is_html, run in itertools.groupby(items, key=lambda item: isinstance(item[0], _HtmlPage)):
        if is_html:
            yield from (parse_html(page, reference_date=ref) for page, ref in run)
        else:
            yield from parse_many(run, processes=jobs)


def _read_source(name: str) -> str:
    """The text of FILE, or of standard input for ``-``; UTF-8 (a BOM is dropped), strict."""
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        with open(name, "rb") as fh:
            data = fh.read()
    return data.decode("utf-8-sig")


def _render_text(art: Article, name: str) -> str:
    """A readable summary of one parse."""
    out = [f"== {name}"]

    def field(label: str, value: object) -> None:
        if value not in (None, (), ""):
            shown = ", ".join(value) if isinstance(value, tuple) else value
            out.append(f"{label + ':':<11} {shown}")

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
        for b in art.boilerplate:
            out.append(f"[{b.kind}] {' '.join(b.text.split())}")
        out.append("")
    if art.quotes:
        out.append(f"-- quotes ({len(art.quotes)})")
        for q in art.quotes:
            who = q.speaker or "?"
            via = f" ({q.mention}; {q.cue})" if q.mention or q.cue else ""
            said = " ".join(q.text.split())
            # Reported speech has no marks of its own: shown without them, so the view never invents a quotation.
            out.append(f"[{q.kind}] {who}{via}: {said}" if q.kind == "indirect" else f"[{q.kind}] {who}{via}: „{said}“")
        out.append("")
    if art.dates:
        out.append(f"-- dates ({len(art.dates)})")
        for d in art.dates:
            days = ""
            if d.earliest is not None and d.latest is not None:
                days = f"  [{d.earliest}..{d.latest}]" if d.earliest != d.latest else f"  [{d.earliest}]"
            mod = f" mod={d.mod}" if d.mod else ""
            out.append(f"{d.text!r} -> {d.value} ({d.type}{mod}){days}")
        out.append("")
    return "\n".join(out)


def _emit(art: Article, label: dict[str, object], fmt: str, stream: TextIO) -> None:
    if fmt == "timeml":
        from .timeml import to_timeml

        stream.write(to_timeml(art))
        return
    if fmt == "text":
        where = ":".join(str(label[k]) for k in ("file", "line") if k in label)
        stream.write(_render_text(art, where) + "\n")
        return
    data = {**label, **art.to_dict()}
    if fmt == "jsonl":
        stream.write(json.dumps(data, ensure_ascii=False) + "\n")
    else:
        stream.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _row_id(label: dict[str, object]) -> object:
    """The id column of a CSV row: the record's "id", else FILE or FILE:LINE."""
    return label.get("id", ":".join(str(label[k]) for k in ("file", "line") if k in label))


def _cmd_parse(args: argparse.Namespace) -> int:
    try:
        ref = coerce_reference_date(args.reference_date, "--reference-date")
    except (TypeError, ValueError) as exc:
        print(f"denews: error: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    if args.jobs < 0:
        print("denews: error: --jobs must be >= 0 (0 = all cores)", file=sys.stderr)
        return EXIT_INPUT_ERROR
    if args.table is not None and args.format != "csv":
        print("denews: error: --table goes with --format csv", file=sys.stderr)
        return EXIT_INPUT_ERROR
    failures: list[str] = []
    labels: deque[dict[str, object]] = deque()
    items = _inputs(args.files, args.input_format, ref, failures, labels)
    articles = _parse_all(items, args.jobs)
    # One JSON document: an object for one text, an array (written as it goes) for several.
    as_array = args.format == "json" and (len(args.files) > 1 or args.input_format == "jsonl")
    if as_array:
        sys.stdout.write("[")
    csv_out = CsvWriter(sys.stdout, args.table or Table.ARTICLES) if args.format == "csv" else None
    for n, art in enumerate(articles):
        label = labels.popleft()
        if args.vague_dates:  # the dates again, vague references included
            art = attrs.evolve(art, dates=article_dates(art, art.reference_date, vague=True))
        if csv_out is not None:
            csv_out.write(n, _row_id(label), art)
        elif as_array:
            sys.stdout.write(",\n" if n else "\n")
            sys.stdout.write(json.dumps({**label, **art.to_dict()}, ensure_ascii=False, indent=2))
        else:
            _emit(art, label, args.format, sys.stdout)
    if as_array:
        sys.stdout.write("\n]\n")
    return EXIT_INPUT_ERROR if failures else 0


def _inputs(
    names: Sequence[str], input_format: str, ref: date | None, failures: list[str], labels: deque[dict[str, object]]
) -> Iterator[tuple[str, date | None]]:
    """(text, reference date) for each article of each file, with its label queued in ``labels``.

    A file or a record that cannot be read is reported on stderr (``failures`` records it) and skipped.
    """

    def fail(where: str, problem: str) -> None:
        print(f"denews: error: {where}: {problem}", file=sys.stderr)
        failures.append(where)

    for name in names:
        try:
            text = _read_source(name)
        except UnicodeDecodeError as exc:
            fail(name, f"not UTF-8 text (byte {exc.start}: {exc.reason})")
            continue
        except FileNotFoundError:
            fail(name, "no such file")
            continue
        except IsADirectoryError:
            fail(name, "is a directory")
            continue
        except OSError as exc:
            fail(name, exc.strerror or str(exc))
            continue
        shown = "<stdin>" if name == "-" else name
        if input_format == "html" or (input_format == "text" and _looks_like_html(name, text)):
            from .html import INSTALL_HINT, available

            if available():
                labels.append({"file": shown})
                yield _HtmlPage(text), ref
            else:
                fail(shown, f"is HTML; {INSTALL_HINT}")
            continue
        if input_format == "text":
            labels.append({"file": shown})
            yield text, ref
            continue
        # JSON Lines: one object per line with "text" and optionally "reference_date" and "id".
        for lineno, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            where = f"{shown}:{lineno}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                fail(where, f"not a JSON object ({exc.msg})")
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                fail(where, 'a record needs a "text" string')
                continue
            try:
                own = coerce_reference_date(record.get("reference_date"))
            except (TypeError, ValueError) as exc:
                fail(where, str(exc))
                continue
            label: dict[str, object] = {"file": shown, "line": lineno}
            if "id" in record:
                label["id"] = record["id"]
            labels.append(label)
            yield record["text"], own if own is not None else ref


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_dir, format_figures

    try:
        report = evaluate_dir(args.gold_dir)
    except FileNotFoundError as exc:
        print(f"denews: error: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    if args.show:
        for m in report.misses:
            print(f"{m.file}: {m.what}: {m.detail}")
        print()
    print(format_figures(report.figures))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="denews", description="Clean, structured records from German news articles."
    )
    parser.add_argument("--version", action="version", version=f"denews {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="parse articles (files or - for standard input)")
    p.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files; - reads standard input")
    p.add_argument("--reference-date", metavar="YYYY-MM-DD", help="resolve relative dates against this day")
    p.add_argument(
        "--format", choices=("json", "jsonl", "text", "csv", "timeml"), default="json",
        help="output format (default json); csv writes one table, see --table; timeml: the text with TIMEX3 "
        "tags, the reference date as DCT",
    )
    p.add_argument(
        "--table", choices=[t.value for t in Table],
        help="with --format csv: one row per article (default), quote, date or speaker; the id column holds "
        'the record\'s "id", else FILE (FILE:LINE for jsonl input)',
    )
    p.add_argument(
        "--vague-dates", action="store_true",
        help="also report vague references (nun, bisher, künftig: PRESENT_REF, PAST_REF, FUTURE_REF)",
    )
    p.add_argument(
        "--input-format", choices=("text", "jsonl", "html"), default="text",
        help='text: each FILE is one article (default; a file that starts as an HTML page is read as html); '
        'jsonl: one JSON object per line with "text" and optionally "reference_date" and "id"; '
        "html: each FILE is a web page (extra denews[html])",
    )
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default 1; 0 = all cores)")
    p.set_defaults(func=_cmd_parse)

    e = sub.add_parser("evaluate", help="score the library on a folder of gold files")
    e.add_argument("gold_dir", metavar="GOLD_DIR")
    e.add_argument("--show", action="store_true", help="list every miss and spurious prediction per file")
    e.set_defaults(func=_cmd_evaluate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:
        # `denews parse ... | head` closes the pipe early: not an error.
        return 0
