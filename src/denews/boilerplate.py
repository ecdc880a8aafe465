"""Which units (or stretches inside a unit) are boilerplate, and of which kind.

The decisions rest on features that hold across outlets: cue phrases of web furniture kept as data
(``lexicons/boilerplate_cues.tsv``), interface words, and runs of short menu-like lines; the shape of
credits and links (``Foto: ...``, ``(Archivbild)``, ``... | dpa``, closing source lines) is read in
``credit_lines.py``.  Everything here looks at one unit at a time; the layout stage adds
position (header, body, tail) and context (runs, what follows a cue).
"""

from __future__ import annotations

import enum
from functools import cache

import regex

from ._data import read_text, tsv_rows
from .model import BoilerplateKind
from .tokenize import words

_MAX_SHORT = 300
_MAX_ANY = 800  # consent notices state their cue early
_MAX_FULL = 2100  # the longest whole-unit cue (a "Meistgelesen" list run together) is bounded


class Scope(str, enum.Enum):
    """Where a cue of ``lexicons/boilerplate_cues.tsv`` matches in a unit."""

    FULL = "full"  # the whole unit
    SHORT = "short"  # anywhere in a unit of at most _MAX_SHORT characters
    ANY = "any"  # anywhere in the first _MAX_ANY characters of a unit of any length


#: The scopes searched for (not matched whole), in the order they are tried.
_SEARCHED = (Scope.SHORT, Scope.ANY)


def _compile(rows: list[tuple[BoilerplateKind, str]]) -> tuple[regex.Pattern[str] | None, list[BoilerplateKind]]:
    if not rows:
        return None, []
    parts = [f"(?P<g{i}>{pat})" for i, (_, pat) in enumerate(rows)]
    return regex.compile("|".join(parts), regex.IGNORECASE | regex.V0), [k for k, _ in rows]


def fold(s: str) -> str:
    """``s`` case-folded, so that a piece a case-insensitive pattern matches is found in it with ``in``.

    The patterns fold one character to one (``İ`` matches ``i``); ``str.casefold`` turns ``İ`` into ``i`` and a
    combining dot above, which would hide the ``i``: the dot is dropped.  Dropping characters only lets more
    pieces be found, never fewer, so the test stays a necessary condition for a match.
    """
    return s.casefold().replace("\u0307", "")


@cache
def cue_rows() -> tuple[tuple[BoilerplateKind, Scope, str, tuple[str, ...] | None], ...]:
    """The rows of ``boilerplate_cues.tsv``: kind, scope, pattern and the pieces every match holds one of
    (folded; None where the row names none).  Read once, for the patterns and for the pieces."""
    out = []
    for row in tsv_rows("lexicons/boilerplate_cues.tsv"):
        needs = tuple(fold(n.strip()) for n in row[3].split(",") if n.strip()) if len(row) > 3 else ()
        out.append((BoilerplateKind(row[0].strip()), Scope(row[1].strip()), row[2], needs or None))
    return tuple(out)


@cache
def _cues() -> dict[Scope, tuple[regex.Pattern[str] | None, list[BoilerplateKind]]]:
    by_scope: dict[Scope, list[tuple[BoilerplateKind, str]]] = {scope: [] for scope in Scope}
    for kind, scope, pat, _ in cue_rows():
        by_scope[scope].append((kind, pat))
    return {scope: _compile(rows) for scope, rows in by_scope.items()}


@cache
def _needs() -> dict[Scope, tuple[str, ...] | None]:
    """For each searched scope, the pieces of which a unit must hold one for any of its cues to match; None
    (search always) if some cue of the scope names none.  Most units hold none: the search is skipped."""
    out: dict[Scope, tuple[str, ...] | None] = {}
    for scope in _SEARCHED:
        pieces: list[str] = []
        for _, sc, _, needs in cue_rows():
            if sc is not scope:
                continue
            if needs is None:
                pieces = []
                break
            pieces.extend(needs)
        out[scope] = tuple(dict.fromkeys(pieces)) or None
    return out


_ROW_SEPARATOR = regex.compile(r"\s+[|•·]\s+")


def cue_kind(s: str) -> BoilerplateKind | None:
    """The boilerplate kind a cue phrase gives the whole unit ``s``, or None.  A row of buttons or links parted by
    bars (``Drucken | Merken | Teilen``) takes the kind of its first entry where each entry has one."""
    kind = _unit_cue(s)
    if kind is None and len(s) <= _MAX_SHORT and _ROW_SEPARATOR.search(s) is not None:
        kinds = [_unit_cue(part) for part in _ROW_SEPARATOR.split(s.strip())]
        if all(k is not None for k in kinds):
            return kinds[0]
    return kind


def _unit_cue(s: str) -> BoilerplateKind | None:
    cues = _cues()
    pat, kinds = cues[Scope.FULL]
    if pat is not None and len(s) <= _MAX_FULL:
        m = pat.fullmatch(s)
        if m is not None and m.lastgroup:
            return kinds[int(m.lastgroup[1:])]
    needs = _needs()
    folded: str | None = None
    for scope in _SEARCHED:
        if scope is Scope.SHORT and len(s) > _MAX_SHORT:
            continue
        pat, kinds = cues[scope]
        if pat is None:
            continue
        part = s if scope is Scope.SHORT else s[:_MAX_ANY]
        pieces = needs[scope]
        if pieces is not None:
            if folded is None:
                folded = fold(s[:_MAX_ANY])
            if not any(p in folded for p in pieces):
                continue
        m = pat.search(part)
        if m is not None and m.lastgroup:
            return kinds[int(m.lastgroup[1:])]
    return None


@cache
def _ui_words() -> frozenset[str]:
    data = read_text("lexicons/boilerplate_ui_words.txt")
    out: set[str] = set()
    for line in data.splitlines():
        if not line.lstrip().startswith("#"):
            out.update(w.lower() for w in line.split())
    return frozenset(out)


_ADDRESS = frozenset({"du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines"})
_FORMAL = regex.compile(r"(?<=\p{Ll}[,;]?\s)(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihnen)\b")


def speaks_of_the_site(s: str, ws: list[str]) -> bool:
    """Addresses the reader (``Sie``, ``du``) with the site's interface vocabulary (cookies, data protection,
    accounts): a notice of the site, at any length, where its position (above the headline) makes it one."""
    ui = _ui_words()
    if not any(w.lower() in ui for w in ws):
        return False
    return any(w.lower() in _ADDRESS for w in ws) or _FORMAL.search(s) is not None


def ui_word_count(s: str) -> int:
    """How many words of ``s`` belong to the website-interaction vocabulary."""
    ui = _ui_words()
    return sum(1 for w in words(s) if w.lower() in ui)


def is_interface_text(s: str, ws: list[str] | None = None, *, prose: bool = False) -> bool:
    """Website interface text: account, player or settings vocabulary, often addressing the reader.

    For running text (``prose``) the vocabulary alone is not enough (news may be about passwords):
    it must also address the reader, informally, or formally in a short sentence.
    """
    if ws is None:
        ws = words(s)
    if not ws or len(ws) > 60:
        return False
    ui = _ui_words()
    n_ui = sum(1 for w in ws if w.lower() in ui)
    if n_ui == 0:
        return False
    informal = any(w.lower() in _ADDRESS for w in ws)
    formal = _FORMAL.search(s) is not None
    if prose:
        return (informal and len(ws) <= 30) or (formal and n_ui >= 2 and len(ws) <= 25)
    return (
        (informal and len(ws) <= 30)
        or (formal and n_ui >= 2)
        or n_ui >= 3
        or (n_ui >= 2 and n_ui * 4 >= len(ws))
        or (len(ws) <= 6 and n_ui * 3 >= len(ws))
    )
