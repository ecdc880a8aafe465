"""Web furniture inside a page's main content, by its words (``lexicons/html_furniture.tsv``)."""

from __future__ import annotations

from functools import cache

import regex

from .._data import read_text
from ..model import BoilerplateKind

_MAX_WORDS = 12  # furniture labels are short; a longer block is read as content


@cache
def _patterns() -> tuple[tuple[BoilerplateKind, regex.Pattern[str]], ...]:
    rows = []
    for line in read_text("lexicons/html_furniture.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, pattern = line.split("\t")
            rows.append((BoilerplateKind(kind), regex.compile(pattern, regex.IGNORECASE | regex.V1)))
    return tuple(rows)


def furniture_kind(text: str) -> BoilerplateKind | None:
    """The boilerplate kind of a short block that a furniture pattern matches whole, else None."""
    line = " ".join(text.split())
    if line.startswith("(") and line.endswith(")"):  # a label set in parentheses is still the label
        line = line[1:-1].strip()
    if len(line.split()) > _MAX_WORDS:
        return None
    return next((kind for kind, pat in _patterns() if pat.fullmatch(line)), None)
