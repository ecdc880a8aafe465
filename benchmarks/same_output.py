"""Is the output the same? ``parse(text).to_dict()`` of every bench and dev text, dumped as JSON and compared.

    python benchmarks/same_output.py --write base.jsonl     # before a speed-only change: the baseline
    python benchmarks/same_output.py --check base.jsonl     # after it: exit 1 and the first differences if any

The texts: the 1,028 articles of the 10kGNAD test split (``<repo>/../shared/bench/10kgnad_test.csv``, resolved
against the bench's reference date) and the ``*.txt`` files of the dev corpus (``<repo>/../shared/corpus/dev``,
each with no reference date).  One JSON line per text, keys sorted, so a line-by-line comparison is the diff.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import DEFAULT_DATA, DEV, REFERENCE, read_bench

#: How many differing texts are shown.
SHOWN = 5


def dumps() -> Iterator[tuple[str, str]]:
    """(label, JSON of the parsed article) for every bench text, then every dev text."""
    import denews

    for i, text in enumerate(read_bench(DEFAULT_DATA)):
        yield f"bench:{i}", json.dumps(denews.parse(text, reference_date=REFERENCE).to_dict(), sort_keys=True)
    for path in sorted(DEV.glob("*.txt")):
        art = denews.parse(path.read_text(encoding="utf-8"))
        yield f"dev:{path.name}", json.dumps(art.to_dict(), sort_keys=True)


def _write(out: Path) -> int:
    with out.open("w", encoding="utf-8") as fh:
        n = 0
        for label, dump in dumps():
            fh.write(json.dumps([label, dump]) + "\n")
            n += 1
    print(f"{n} texts written to {out}")
    return 0


def _check(base: Path) -> int:
    want = dict(json.loads(line) for line in base.read_text(encoding="utf-8").splitlines())
    differ: list[str] = []
    n = 0
    for label, dump in dumps():
        n += 1
        if want.pop(label, None) != dump:
            differ.append(label)
    missing = sorted(want)
    for label in differ[:SHOWN]:
        print(f"differs: {label}")
    for label in missing[:SHOWN]:
        print(f"missing: {label}")
    print(f"{n} texts compared: {len(differ)} differ, {len(missing)} missing: diff "
          f"{'EMPTY' if not differ and not missing else 'NOT empty'}")
    return 0 if not differ and not missing else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write the dump here (the baseline)")
    group.add_argument("--check", type=Path, help="compare with this baseline dump")
    args = ap.parse_args()
    if not DEFAULT_DATA.is_file() or not DEV.is_dir():
        print(f"needs {DEFAULT_DATA} and {DEV}", file=sys.stderr)
        return 2
    return _write(args.write) if args.write else _check(args.check)


if __name__ == "__main__":
    sys.exit(main())
