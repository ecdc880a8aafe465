"""Command line: ``denews parse FILE...`` and ``denews evaluate GOLD_DIR``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from typing import TextIO

from . import __version__
from .api import coerce_reference_date, parse
from .model import Article

EXIT_INPUT_ERROR = 2


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
            out.append(f"[{q.kind}] {who}{via}: „{' '.join(q.text.split())}“")
        out.append("")
    if art.dates:
        out.append(f"-- dates ({len(art.dates)})")
        for d in art.dates:
            days = ""
            if d.earliest is not None and d.latest is not None:
                days = f"  [{d.earliest}..{d.latest}]" if d.earliest != d.latest else f"  [{d.earliest}]"
            out.append(f"{d.text!r} -> {d.value} ({d.type}){days}")
        out.append("")
    return "\n".join(out)


def _emit(art: Article, name: str, fmt: str, stream: TextIO) -> None:
    if fmt == "text":
        stream.write(_render_text(art, name) + "\n")
        return
    data = {"file": name, **art.to_dict()}
    if fmt == "jsonl":
        stream.write(json.dumps(data, ensure_ascii=False) + "\n")
    else:
        stream.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _cmd_parse(args: argparse.Namespace) -> int:
    try:
        ref = coerce_reference_date(args.reference_date, "--reference-date")
    except (TypeError, ValueError) as exc:
        print(f"denews: error: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    failures: list[str] = []
    articles = _parse_files(args.files, ref, failures)
    if args.format == "json" and len(args.files) > 1:
        # Several files in JSON: one array, so the output stays one JSON document.
        items = [{"file": name, **art.to_dict()} for name, art in articles]
        sys.stdout.write(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
    else:
        for name, art in articles:
            _emit(art, name, args.format, sys.stdout)
    return EXIT_INPUT_ERROR if failures else 0


def _parse_files(names: Sequence[str], ref: date | None, failures: list[str]) -> Iterator[tuple[str, Article]]:
    """Parse each file in turn; a file that cannot be read is reported on stderr and skipped."""
    for name in names:
        try:
            text = _read_source(name)
        except UnicodeDecodeError as exc:
            problem = f"not UTF-8 text (byte {exc.start}: {exc.reason})"
        except FileNotFoundError:
            problem = "no such file"
        except IsADirectoryError:
            problem = "is a directory"
        except OSError as exc:
            problem = exc.strerror or str(exc)
        else:
            yield ("<stdin>" if name == "-" else name), parse(text, reference_date=ref)
            continue
        print(f"denews: error: {name}: {problem}", file=sys.stderr)
        failures.append(name)


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
    p.add_argument("--format", choices=("json", "jsonl", "text"), default="json", help="output format (default json)")
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
