"""No crash on the 1,028 articles of the 10kGNAD test split, and the parse invariants hold on every one.

The file is third-party data (shared/bench, CC BY-NC-SA): read from ``<repo>/../shared/bench``, never copied.
"""

from __future__ import annotations

import csv
import traceback
from pathlib import Path

import pytest

import denews
from conftest import shared_path
from test_properties import check_invariants


def read_bench(path: Path) -> list[str]:
    """The article texts of a 10kGNAD split: ``category;text`` rows, ``'`` as quote character."""
    with path.open(encoding="utf-8", newline="") as fh:
        return [row[1] for row in csv.reader(fh, delimiter=";", quotechar="'") if len(row) >= 2]


@pytest.fixture(scope="module")
def articles() -> list[str]:
    return read_bench(shared_path("bench", "10kgnad_test.csv"))


def test_all_articles_are_read(articles: list[str]) -> None:
    assert len(articles) == 1028
    assert all(t.strip() for t in articles)


def test_no_crash_and_invariants_hold(articles: list[str]) -> None:
    failures: list[str] = []
    for i, text in enumerate(articles):
        try:
            art = denews.parse(text)
            check_invariants(text, art)
            assert art.paragraphs or art.teaser or art.title, "nothing of the article was kept"
        except Exception:  # collect them all: one report names every article that fails
            failures.append(f"article {i} ({text[:60]!r}...):\n{traceback.format_exc(limit=3)}")
    assert not failures, f"{len(failures)} of {len(articles)} articles fail:\n" + "\n".join(failures[:10])
