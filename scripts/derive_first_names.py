"""Derive src/denews/lexicons/person_first_names.tsv from the Berlin first-name list (open data, CC BY 3.0 DE).

Run from the repository root with the shared folder beside it:

    python scripts/derive_first_names.py ../shared/lexicons/first_names_berlin.tsv

The source is a list of newborns' names with noise (place names, words). Names that are also words in the
project's own closed-class, month/weekday or noun lists are dropped, and the count is kept as a weight: a
name is evidence for a person, never a verdict on its own.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEX = ROOT / "src" / "denews" / "lexicons"
OUT = LEX / "person_first_names.tsv"
HEADER = """\
# Given names as evidence for a person's name (derived; columns: name <TAB> count <TAB> gender f/m/x).
# Derived by scripts/derive_first_names.py from "Liste der häufigen Vornamen" (Berlin open-data portal,
# cleaned by berlinonline/haeufige-vornamen-berlin), licensed CC BY 3.0 DE.
# Attribution: Berliner Landesamt für Bürger- und Ordnungsangelegenheiten (LABO) /
# BerlinOnline Stadtportal GmbH & Co. KG.
# Changes: names that are also German function words, month or weekday names or words of the project's own
# noun lists are left out; counts summed over 2012-2023; gender is the majority of the registrations.
"""


def _project_words() -> set[str]:
    words: set[str] = set()
    for name in ("quotes_stopwords.txt", "layout_function_words.txt", "dates_stop.txt"):
        for line in (LEX / name).read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                words.update(w.lower() for w in line.split())
    for line in (LEX / "quotes_function_words.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            words.update(line.split("\t", 1)[-1].lower().split())
    for name in ("quotes_roles.txt", "quotes_institutions.txt", "quotes_media.txt"):
        for line in (LEX / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                words.add(line.split("\t")[0].strip().lower())
    from babel import Locale

    loc = Locale("de")
    for table in (loc.months["format"]["wide"], loc.days["format"]["wide"]):
        words.update(v.lower() for v in table.values())
    # Places and words parents chose that read as something else in news text.
    words.update({"berlin", "paris", "london", "florenz", "china", "india", "america", "england", "sonne",
                  "mond", "stern", "himmel", "engel", "prinz", "prinzessin", "king", "queen", "kaiser"})
    return words


def main(source: str) -> None:
    drop = _project_words()
    rows = []
    with open(source, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            name = row["name"].strip()
            if not name or not name[0].isupper() or name.lower() in drop or len(name) < 2:
                continue
            f, m = int(row["female"]), int(row["male"])
            gender = "f" if f > 2 * m else "m" if m > 2 * f else "x"
            rows.append((name, int(row["count"]), gender))
    rows.sort(key=lambda r: (-r[1], r[0]))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(HEADER)
        for name, count, gender in rows:
            out.write(f"{name}\t{count}\t{gender}\n")
    print(f"{len(rows)} names written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared" / "lexicons" / "first_names_berlin.tsv"))
