"""Instructions per parsed article, counted by valgrind's callgrind: a figure that compares commits.

Wall-clock throughput on a shared machine varies by tens of percent from one hour to the next and by a factor
of two from one day to the next; the number of instructions the interpreter executes for the same work does
not.  This script runs two child interpreters under callgrind, one that parses N bench articles after a
warm-up of 20 others and one that only warms up, and prints the difference divided by N.

    python benchmarks/instructions.py                  # the working tree, 300 articles
    python benchmarks/instructions.py --src OTHER/src  # another checkout (git worktree) to compare with

Needs ``valgrind`` on the PATH (Debian: ``apt-get install valgrind``).  About a minute per 100 articles.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "bench" / "10kgnad_test.csv"
WARM_UP = 20

CHILD = f"""
import csv, sys
sys.path.insert(0, sys.argv[1])
import denews
with open(sys.argv[2], encoding="utf-8", newline="") as fh:
    texts = [row[1] for row in csv.reader(fh, delimiter=";", quotechar="'") if len(row) >= 2]
n = int(sys.argv[3])
for text in texts[-{WARM_UP}:]:  # lazy tables and compiled rules are built here, outside the count
    denews.parse(text)
for text in texts[:n]:
    denews.parse(text)
"""

_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def count(src: Path, data: Path, n: int) -> int:
    """Instructions of one child run parsing ``n`` articles (after the warm-up)."""
    proc = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
         sys.executable, "-c", CHILD, str(src), str(data), str(n)],
        capture_output=True, text=True, check=True,
    )
    m = _COLLECTED.search(proc.stderr)
    if m is None:
        raise RuntimeError(f"no instruction count in valgrind's output:\n{proc.stderr[-2000:]}")
    return int(m.group(1))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", type=Path, default=REPO / "src", help="the src folder to measure (default: %(default)s)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="10kGNAD csv (default: %(default)s)")
    ap.add_argument("-n", type=int, default=300, help="articles counted (default: %(default)s)")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    if not args.data.is_file():
        print(f"{args.data}: no such file (the 10kGNAD test split)", file=sys.stderr)
        return 2
    full = count(args.src, args.data, args.n)
    base = count(args.src, args.data, 0)
    print(f"{args.src}: {(full - base) / args.n / 1e6:.2f} million instructions per article ({args.n} articles)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
