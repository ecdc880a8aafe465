#!/usr/bin/env python3
"""Find third-party text copied into the repository: any run of 40 or more characters in tests/, docs/, src/,
benchmarks/, scripts/, README.md or CHANGELOG.md that occurs verbatim in a text under ../shared
(dev corpus texts and gold, bench pages, 10kGNAD, external jsonl).

The seeds (seeds/, also in the dev corpus) are the project's own inputs and excepted. Whitespace is
normalised on both sides; in Python files the value of every string literal is searched too, so a sentence
split over implicitly concatenated literals is found whole.

How: the repository's 20-character windows go into a set; the shared texts are probed every 20 characters
(any common run of 40 contains one such aligned window), and only around a probe that hits are the 40-character
windows compared. Memory stays at the repository's size, time at one pass over the shared texts.

Usage: ``python scripts/check_shared_text.py [--shared DIR] [PATH ...]``; exit status 1 when a run is found.
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
RUN = 40  # the shortest run reported
PROBE = RUN // 2  # probe window and stride over the shared texts
_SPACE = regex.compile(r"\s+")
#: Where third-party text lies under shared/, and the kinds of files read there.
SHARED_PARTS = ("corpus", "bench")
SHARED_SUFFIXES = (".txt", ".json", ".jsonl", ".csv")
REPO_PARTS = ("tests", "docs", "src", "benchmarks", "scripts", "README.md", "CHANGELOG.md")
REPO_SUFFIXES = (".py", ".md", ".txt", ".json", ".jsonl", ".rst", ".toml", ".cfg", ".csv", ".tsv")


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text)


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    text: str  # the (normalised) run found in both


# -- the repository's side ------------------------------------------------------------------------------------
def _python_strings(source: str) -> Iterator[tuple[int, str]]:
    """(line, value) of every string literal, implicitly concatenated parts joined as Python joins them."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def repo_pieces(path: Path) -> Iterator[tuple[int, str]]:
    """(first line, normalised text) of the pieces of a repository file to search."""
    source = path.read_text(encoding="utf-8", errors="replace")
    lines = source.split("\n")
    # Whole lines, in blocks of 200 with overlap, so a run over a line break in prose or code is found.
    for start in range(0, max(len(lines), 1), 150):
        yield start + 1, normalise("\n".join(lines[start : start + 200]))
    if path.suffix == ".py":
        for line, value in _python_strings(source):
            if len(value) >= RUN:
                yield line, normalise(value)


def repo_files(root: Path, paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for base in paths or [root / p for p in REPO_PARTS]:
        found = [base] if base.is_file() else sorted(base.rglob("*"))
        out += [p for p in found if p.is_file() and p.suffix in REPO_SUFFIXES and not _in_seeds(p, root)]
    return out


def _in_seeds(path: Path, root: Path) -> bool:
    return path.is_relative_to(root) and "seeds" in path.relative_to(root).parts


# -- the shared side ------------------------------------------------------------------------------------------
def _json_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _json_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _json_strings(v)


def shared_texts(shared: Path) -> Iterator[str]:
    """Every text of the shared corpora, normalised: file contents, and the strings of JSON and CSV records.

    The dev corpus's ``seed_*`` files are the repository's seeds and their gold: excepted like seeds/."""
    for part in SHARED_PARTS:
        for path in sorted((shared / part).rglob("*")):
            if not path.is_file() or path.suffix not in SHARED_SUFFIXES or path.name.startswith("seed_"):
                continue
            raw = path.read_text(encoding="utf-8", errors="replace")
            if path.suffix == ".txt":
                yield normalise(raw)
            elif path.suffix == ".json":  # the strings, not the format's keys and punctuation
                yield from (normalise(s) for s in _json_strings(json.loads(raw)))
            elif path.suffix == ".jsonl":
                for line in raw.splitlines():
                    if line.strip():
                        yield from (normalise(s) for s in _json_strings(json.loads(line)))
            elif path.suffix == ".csv":
                for row in csv.reader(raw.splitlines(), delimiter=";", quotechar="'"):
                    yield from (normalise(s) for s in row)


def _is_prose(window: str) -> bool:
    """Enough letters to be someone's sentence, not a rule of dashes or a run of digits."""
    return sum(c.isalpha() for c in window) >= RUN // 2


# -- the search -----------------------------------------------------------------------------------------------
def windows(text: str, size: int) -> Iterator[str]:
    return (text[i : i + size] for i in range(len(text) - size + 1))


def find_runs(shared: Path, files: list[Path], root: Path = ROOT) -> list[Finding]:
    pieces = [(f, line, text) for f in files for line, text in repo_pieces(f)]
    probes = {w for _, _, text in pieces for w in windows(text, PROBE)}
    long_windows = {w for _, _, text in pieces for w in windows(text, RUN)}
    allowed = {w for seed in sorted((root / "seeds").glob("*.txt")) for w in windows(normalise(seed.read_text()), RUN)}
    copied: set[str] = set()
    for text in shared_texts(shared):
        for k in range(0, len(text) - PROBE + 1, PROBE):
            if text[k : k + PROBE] not in probes:
                continue
            for i in range(max(0, k - PROBE), k + 1):
                w = text[i : i + RUN]
                if len(w) == RUN and w in long_windows and w not in allowed and _is_prose(w):
                    copied.add(w)
    return _runs(pieces, copied, root)


def _runs(pieces: list[tuple[Path, int, str]], copied: set[str], root: Path) -> list[Finding]:
    """The maximal runs of copied windows in each repository piece; a run inside a longer one is left out."""
    runs: dict[str, set[tuple[int, str]]] = {}
    for path, line, text in pieces:
        rel = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
        i = 0
        while i <= len(text) - RUN:
            if text[i : i + RUN] not in copied:
                i += 1
                continue
            j = i
            while text[j + 1 : j + 1 + RUN] in copied:
                j += 1
            runs.setdefault(rel, set()).add((_line_of(path, text[i : i + PROBE], line), text[i : j + RUN]))
            i = j + RUN
    found = [
        Finding(rel, line, run)
        for rel, got in runs.items()
        for line, run in got
        if not any(run != other and run in other for _, other in got)
    ]
    return sorted(found, key=lambda f: (f.path, f.line, f.text))


def _line_of(path: Path, start: str, fallback: int) -> int:
    """The line of the file where a run starts (its first words on one line), else the piece's first line."""
    head = start.strip().split(" ")[:3]
    for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").split("\n"), 1):
        if " ".join(head) in normalise(line):
            return n
    return fallback


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (../shared)")
    ap.add_argument("paths", nargs="*", type=Path, help="files or folders to check (default: REPO_PARTS)")
    args = ap.parse_args(argv)
    if not (args.shared / "corpus").is_dir():
        print(f"no shared corpus at {args.shared}", file=sys.stderr)
        return 2
    findings = find_runs(args.shared, repo_files(ROOT, args.paths))
    for f in findings:
        print(f"{f.path}:{f.line}: {len(f.text)} characters: {f.text!r}")
    print(f"{len(findings)} run(s) of {RUN}+ characters from ../shared", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
