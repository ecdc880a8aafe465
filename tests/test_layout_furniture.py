"""Perturbation tests: page furniture put around an article changes neither its title, its authors nor its body.

The furniture comes from tests/newsparts_furniture.py (written for the tests).  The articles are the seed
texts and, where the shared dev corpus stands beside the repository (``../shared/corpus/dev``), its texts; they
are read there and never copied.  A scraper's `` date YYYY-MM-DD`` prefix is cut first: it belongs at the very
start of a text, not under a menu.

Below the article, the last paragraph may change: a paragraph cut off by the scraper is kept only as the last
unit of a text, and a line after the last paragraph is judged by what follows it.  Every other paragraph stays.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from newsparts_furniture import ABOVE, page_around

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DEV = ROOT.parent / "shared" / "corpus" / "dev"
_PREFIX = regex.compile(r"\s*date[ \t]+\d{4}-\d{2}(?:-\d{2})?[ \t]*")


def _article(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    m = _PREFIX.match(text)
    return text[m.end() :] if m else text


SEED_FILES = sorted(SEEDS.glob("*.txt"))
DEV_FILES = sorted(DEV.glob("*.txt")) if DEV.is_dir() else []


def _check_above(article: str, above: list[str]) -> None:
    base = denews.split(article)
    art = denews.split("\n\n".join([*above, article]))
    assert art.title == base.title
    assert art.authors == base.authors
    assert art.body == base.body


def _check_around(article: str, page: str) -> None:
    base = denews.split(article)
    art = denews.split(page)
    assert art.title == base.title
    assert art.authors == base.authors
    kept = [p.text for p in art.paragraphs]
    for p in base.paragraphs[:-1]:
        assert p.text in kept


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
@settings(max_examples=8)
@given(data=st.data())
def test_furniture_above_a_seed_changes_nothing(path: Path, data: st.DataObject) -> None:
    above = data.draw(st.lists(st.one_of(*ABOVE), min_size=1, max_size=3))
    _check_above(_article(path), above)


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
@settings(max_examples=8)
@given(data=st.data())
def test_furniture_around_a_seed_keeps_title_authors_body(path: Path, data: st.DataObject) -> None:
    article = _article(path)
    _check_around(article, data.draw(page_around(article)))


@pytest.mark.skipif(not DEV_FILES, reason=f"the shared dev corpus is not present at {DEV}")
@settings(max_examples=40)
@given(data=st.data())
def test_furniture_around_dev_texts_keeps_title_authors_body(data: st.DataObject) -> None:
    path = data.draw(st.sampled_from(DEV_FILES))
    article = _article(path)
    _check_around(article, data.draw(page_around(article)))


@pytest.mark.skipif(not DEV_FILES, reason=f"the shared dev corpus is not present at {DEV}")
@settings(max_examples=40)
@given(data=st.data())
def test_furniture_above_dev_texts_changes_nothing(data: st.DataObject) -> None:
    path = data.draw(st.sampled_from(DEV_FILES))
    above = data.draw(st.lists(st.one_of(*ABOVE), min_size=1, max_size=3))
    _check_above(_article(path), above)


def test_menu_pairs_are_no_authors() -> None:
    """Four menu lines shaped like names (two capitalized words, no first name) above an article."""
    article = _article(SEED_FILES[0])
    menu = "\n\n".join(["Lokale Nachrichten", "Digitale Welt", "Grüne Zukunft", "Stille Orte"])
    assert denews.split(f"{menu}\n\n{article}").authors == denews.split(article).authors
