"""Command line: ``denews parse FILE...`` and ``denews evaluate GOLD_DIR``."""

from __future__ import annotations

import argparse
import contextlib
import enum
import itertools
import json
import re
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Any, TextIO

import attrs

from . import __version__
from .api import article_dates, coerce_reference_date
from .batch import OnError, ParseError, parse_many
from .cli_output import OutputFormat, Progress, Writer
from .model import Article
from .tables import Table


class ExitStatus(enum.IntEnum):
    OK = 0  # every item parsed
    FAILED = 1  # some items failed (each has its error record in the output)
    USAGE = 2  # bad arguments, or no readable input at all


# A page of HTML: a doctype, or an <html>, <head> or <body> tag, after comments and spaces at the start.
_HTML_START = re.compile(r"\A\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


def _looks_like_html(name: str, text: str) -> bool:
    """A page: it starts as one, or it is named ``.html``/``.htm`` and starts with a tag."""
    named = name.lower().endswith((".html", ".htm")) and text.lstrip("\ufeff \t\r\n").startswith("<")
    return named or _HTML_START.match(text[:4096]) is not None


class _HtmlPage(str):
    """The text of an HTML page among the inputs (parsed by ``parse_html``, not ``parse``)."""


def _parse_all(
    items: Iterable[tuple[str, date | None]], jobs: int, timeout: float | None = None
) -> Iterator[Article | ParseError]:
    """Each input's Article (or its ParseError) in order: runs of text through ``parse_many``, HTML pages
    through ``parse_html``."""
    from . import parse_html

    for is_html, run in itertools.groupby(items, key=lambda item: isinstance(item[0], _HtmlPage)):
        if not is_html:
            yield from parse_many(run, processes=jobs, on_error=OnError.RECORD, timeout=timeout)
            continue
        for page, ref in run:
            try:
                yield parse_html(page, reference_date=ref)
            except Exception as exc:  # one bad page never stops the run
                yield ParseError.of(-1, exc)


def _read_source(name: str) -> str:
    """The text of FILE, or of standard input for ``-``; UTF-8 (a BOM is dropped), strict."""
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        with open(name, "rb") as fh:
            data = fh.read()
    return data.decode("utf-8-sig")


@attrs.define
class _Item:
    """Where one input item came from (``index`` counts every item of the run, from 0), and the error it
    gave on reading (``None`` when it went on to be parsed)."""

    label: dict[str, Any]
    error: dict[str, str] | None = None


def _cmd_parse(args: argparse.Namespace) -> int:
    try:
        ref = coerce_reference_date(args.reference_date, "--reference-date")
    except (TypeError, ValueError) as exc:
        return _usage_error(str(exc))
    if args.timeout is not None and not args.timeout > 0:
        return _usage_error("--timeout must be a positive number of seconds")
    if args.jobs < 0:
        return _usage_error("--jobs must be >= 0 (0 = all cores)")
    if args.table is not None and args.format != OutputFormat.CSV.value:
        return _usage_error("--table goes with --format csv")
    with contextlib.ExitStack() as stack:
        try:
            stream = stack.enter_context(_open_output(args.output)) if args.output else sys.stdout
        except OSError as exc:
            return _usage_error(f"{args.output}: {exc.strerror or exc}")
        progress = Progress(sys.stderr, quiet=args.quiet)
        writer = Writer(stream, OutputFormat(args.format), args.table)
        try:
            opened = _run(args, ref, writer, progress)
        finally:
            writer.close()
    progress.summary()
    if not opened:
        return ExitStatus.USAGE  # no readable input at all
    return ExitStatus.FAILED if progress.errors else ExitStatus.OK


def _run(args: argparse.Namespace, ref: date | None, writer: Writer, progress: Progress) -> bool:
    """Parse every item in order and write it, an item that failed as an error record in its place.

    Items that failed on reading never reach ``parse_many``: they wait in ``items`` until every item before
    them is written.  Returns whether any input could be read at all.
    """
    items: deque[_Item] = deque()
    opened: list[str] = []

    def fail(item: _Item, error: dict[str, str]) -> None:
        progress.clear()
        where = ":".join(str(item.label[k]) for k in ("file", "line") if k in item.label)
        print(f"denews: error: {where or 'item ' + str(item.label['index'])}: {error['message']}", file=sys.stderr)
        writer.error(item.label, error)
        progress.tick(failed=True)

    def flush_failed() -> None:
        while items and items[0].error is not None:
            item = items.popleft()
            fail(item, item.error)  # type: ignore[arg-type]

    inputs = _inputs(args.files, args.input_format, ref, items, opened)
    for result in _parse_all(inputs, args.jobs, args.timeout):
        flush_failed()
        item = items.popleft()
        if isinstance(result, ParseError):
            fail(item, {"type": result.type, "message": result.message})
        else:
            if args.vague_dates:  # the dates again, vague references included
                result = attrs.evolve(result, dates=article_dates(result, result.reference_date, vague=True))
            writer.article(item.label, result)
            progress.tick(failed=False)
    flush_failed()
    return bool(opened)


def _open_output(path: str) -> TextIO:
    return open(path, "w", encoding="utf-8", newline="\n")


def _usage_error(message: str) -> int:
    print(f"denews: error: {message}", file=sys.stderr)
    return ExitStatus.USAGE


def _inputs(
    names: Sequence[str], input_format: str, ref: date | None, items: deque[_Item], opened: list[str]
) -> Iterator[tuple[str, date | None]]:
    """(text, reference date) for each article of each file, each with its ``_Item`` queued in ``items``;
    the files read are listed in ``opened``.

    A file or a record that cannot be read is queued with its error and not yielded.
    """
    index = 0

    def queue(label: dict[str, Any], error: tuple[str, str] | None = None) -> None:
        nonlocal index
        items.append(_Item({"index": index, **label}, {"type": error[0], "message": error[1]} if error else None))
        index += 1

    for name in names:
        shown = "<stdin>" if name == "-" else name
        try:
            text = _read_source(name)
        except (UnicodeDecodeError, OSError) as exc:
            queue({"file": shown}, (type(exc).__name__, _reading_problem(exc)))
            continue
        opened.append(shown)
        if input_format == "html" or (input_format == "text" and _looks_like_html(name, text)):
            from .html import INSTALL_HINT, available

            if available():
                queue({"file": shown})
                yield _HtmlPage(text), ref
            else:
                queue({"file": shown}, ("ImportError", f"is HTML; {INSTALL_HINT}"))
            continue
        if input_format == "text":
            queue({"file": shown})
            yield text, ref
            continue
        # JSON Lines: one object per line with "text" and optionally "reference_date" and "id".
        for lineno, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            label: dict[str, Any] = {"file": shown, "line": lineno}
            record, problem = _record(line)
            if record is not None and "id" in record:
                label["id"] = record["id"]
            if problem is not None or record is None:
                queue(label, problem)
                continue
            queue(label)
            own = coerce_reference_date(record.get("reference_date"))
            yield record["text"], own if own is not None else ref


def _reading_problem(exc: BaseException) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return f"not UTF-8 text (byte {exc.start}: {exc.reason})"
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    assert isinstance(exc, OSError)
    return exc.strerror or str(exc)


def _record(line: str) -> tuple[dict[str, Any] | None, tuple[str, str] | None]:
    """A JSON Lines record (a JSON object, or None) and the problem with it, if it has no "text" string or a
    malformed "reference_date"."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, ("JSONDecodeError", f"not a JSON object ({exc.msg})")
    if not isinstance(record, dict):
        return None, ("TypeError", f"a record must be a JSON object, not {type(record).__name__}")
    if not isinstance(record.get("text"), str):
        got = "no text" if "text" not in record else f"text is {type(record['text']).__name__}"
        return record, ("TypeError", f'a record needs a "text" string ({got})')
    try:
        coerce_reference_date(record.get("reference_date"))
    except (TypeError, ValueError) as exc:
        return record, (type(exc).__name__, str(exc))
    return record, None


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_dir, format_figures

    try:
        report = evaluate_dir(args.gold_dir)
    except FileNotFoundError as exc:
        return _usage_error(str(exc))
    if args.show:
        for m in report.misses:
            print(f"{m.file}: {m.what}: {m.detail}")
        print()
    print(format_figures(report.figures))
    return ExitStatus.OK


_GOLD_DIR_HELP = """\
GOLD_DIR is a folder of hand-checked articles in the gold format of docs/evaluation.md: for each article a
text NAME.txt (the input exactly as a user would pass it) and NAME.gold.json (what a correct parse contains:
the header fields, headings, boilerplate, quotes with speakers, dates with their values).  One gold file may
serve several texts of one article, NAME_a.txt, NAME_b.txt, ...  Every text is parsed (with the gold's
given_reference_date, if any) and compared with its gold; the figures are printed one per line."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="denews", description="Clean, structured records from German news articles.")
    parser.add_argument("--version", action="version", version=f"denews {__version__}",
                        help="print the version and exit")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_parse_command(sub)
    _add_evaluate_command(sub)
    return parser


def _add_parse_command(sub: Any) -> None:
    p = sub.add_parser(
        "parse", help="parse articles (files or - for standard input)",
        description="Parse articles and write one record per article, in input order.  An article that fails "
        'is written in its place as {"index": N, "error": {"type": ..., "message": ...}, "file": ..., "line": ...}; '
        "the run goes on.  Exit status: 0 when every article parsed, 1 when some failed, 2 for a usage error.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files; - reads standard input")
    # Input
    p.add_argument("--input-format", choices=("text", "jsonl", "html"), default="text",
                   help="text: each FILE is one article (default; a file that starts as an HTML page is read as "
                   'html); jsonl: one JSON object per line with "text" and optionally "reference_date" and "id"; '
                   "html: each FILE is a web page (extra denews[html])")
    p.add_argument("--reference-date", metavar="YYYY-MM-DD",
                   help="resolve relative dates against this day (default: the date the text states)")
    # Output
    p.add_argument("--format", choices=[f.value for f in OutputFormat], default=OutputFormat.JSON.value,
                   help="json: one JSON array, one element per article (default); jsonl: one JSON object per line; "
                   "text: a readable summary, - for a missing value; csv: one table, see --table; timeml: the text "
                   "with TIMEX3 tags, the reference date as DCT")
    p.add_argument("--table", choices=[t.value for t in Table],
                   help="with --format csv: one row per article (default), quote, date or speaker; the id column "
                   'holds the record\'s "id", else FILE (FILE:LINE for jsonl input)')
    p.add_argument("--vague-dates", action="store_true",
                   help="also report vague references (nun, bisher, künftig: PRESENT_REF, PAST_REF, FUTURE_REF)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the records to FILE (default: standard output)")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no progress line and no summary on standard error (errors are still reported)")
    # Running
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default 1; 0 = all cores)")
    p.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                   help="an article that takes longer fails with a Timeout error record and the run goes on "
                   "(text input; parsed in worker processes)")
    p.set_defaults(func=_cmd_parse)


def _add_evaluate_command(sub: Any) -> None:
    e = sub.add_parser(
        "evaluate", help="score the library on a folder of gold files",
        description="Score denews on a folder of gold files.", epilog=_GOLD_DIR_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    e.add_argument("gold_dir", metavar="GOLD_DIR",
                   help="folder of NAME.gold.json files beside the texts NAME.txt (or NAME_*.txt) they describe")
    e.add_argument("--show", action="store_true", help="list every miss and spurious prediction per file")
    e.set_defaults(func=_cmd_evaluate)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:
        # `denews parse ... | head` closes the pipe early: not an error.
        return ExitStatus.OK
