"""Which units (or stretches inside a unit) are boilerplate, and of which kind.

The decisions rest on features that hold across outlets: cue phrases of web furniture kept as data
(``lexicons/boilerplate_cues.tsv``), the shape of picture credits (``Foto: ...``, ``(Archivbild)``,
``© ...``, ``... | dpa``), closing source lines made of agency names and editors' initials, and
runs of short menu-like lines.  Everything here looks at one unit at a time; the layout stage adds
position (header, body, tail) and context (runs, what follows a cue).
"""

from __future__ import annotations

import enum
from functools import cache

import regex

from ._data import read_text
from .blocks import INVISIBLE, ends_sentence
from .model import BoilerplateKind
from .tokenize import function_words, words

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


def _rows(name: str) -> list[list[str]]:
    data = read_text(f"lexicons/{name}")
    out = []
    for line in data.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(line.rstrip("\n").split("\t"))
    return out


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
    for row in _rows("boilerplate_cues.tsv"):
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


@cache
def agency_names() -> dict[str, str]:
    """Lower-cased alias -> normalized agency name."""
    return {row[0].strip().lower(): row[1].strip() for row in _rows("layout_agencies.tsv")}


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


# --- picture credits -------------------------------------------------------------------------


def _credit_words() -> dict[str, str]:
    """The words that open a credit (``lexicons/boilerplate_credit_words.tsv``): for each role, a group of
    alternatives matching them as written."""
    by_role: dict[str, list[str]] = {}
    for role, word in _rows("boilerplate_credit_words.tsv"):
        by_role.setdefault(role.strip(), []).append(regex.escape(word.strip()))
    return {role: "(?:" + "|".join(alternatives) + ")" for role, alternatives in by_role.items()}


_CREDIT_WORDS = _credit_words()
_CREDIT_WORD = _CREDIT_WORDS["label"]  # ``Foto:``
_PICTURE_MARK = _CREDIT_WORDS["mark"]  # ``(Archivbild)``
_SOURCE_LEAD = _CREDIT_WORDS["source"]  # ``Quelle:``
_REPORT_LEAD = _CREDIT_WORDS["report"]  # ``(Bericht von``
# Space between the parts of a credit; invisible characters (soft hyphen, zero-width space) count as none.
_GAP = rf"[\s{INVISIBLE}]"
# A credit glued to the end of a caption or a sentence.
_CAPTION_TAIL = regex.compile(
    rf"(?:{_GAP}*\({_PICTURE_MARK}\)"
    rf"|{_GAP}*\({_CREDIT_WORD}\s*:[^()\n]{{1,120}}\)"
    rf"|\s+{_CREDIT_WORD}\s*:\s*[^!?\n]{{1,100}}"
    r"|\s*©\s*[^\n]{1,100}"
    r"|\s+\|\s*[^|\n]{1,60})+$"
)
# A photographer's credit in capitals opening a unit: ``Foto: AGENTUR/ANNA MUSTER Ende gut ...``.
_CAPTION_HEAD = regex.compile(
    r"(?:Fotos?|Bild)\s*:\s*(?:[\p{Lu}\d][\p{Lu}\d/.&\-]*\s?){1,6}(?=\s*\p{Lu}\p{Ll})"
)
_PIPE_CREDIT = regex.compile(r"\|\s*([^|\n]{1,60})$")


def caption_tail(s: str) -> int | None:
    """Offset in ``s`` where a trailing picture credit starts, or None.

    ``... bereit ist. (Archivbild) (Quelle: AP/dpa)``, ``... Foto: Markus Scholz/dpa``,
    ``... © Ivo Mayr / Correctiv``, ``Hessens Ministerpräsident | dpa``.
    """
    # Credits are short: look at the end of the unit only (keeps the search linear in the unit count).
    base = max(0, len(s) - 260)
    tail = s[base:]
    if "(" not in tail and ":" not in tail and "©" not in tail and "|" not in tail:
        return None
    m = _CAPTION_TAIL.search(s, base)
    if m is None:
        return None
    tail = m.group()
    pm = _PIPE_CREDIT.search(tail)
    # A ``| X`` tail is a credit only when X looks like a source (agency or photographer), not a phrase.
    if pm is not None and tail.lstrip().startswith("|"):
        src = pm.group(1)
        if ends_sentence(src) or sum(1 for w in words(src) if w.lower() in function_words()) > 0:
            return None
    start = int(m.start())
    while start < len(s) and s[start].isspace():
        start += 1
    return start


def caption_head(s: str) -> int | None:
    """End offset of a picture credit in capitals that opens the unit ``s``, or None."""
    m = _CAPTION_HEAD.match(s)
    if m is None:
        return None
    end = int(m.end())
    while end > 0 and s[end - 1].isspace():
        end -= 1
    return end


# --- closing source credits -----------------------------------------------------------------

_CREDIT_TOKEN = r"[\p{L}][\p{L}.\-]{0,24}"
_CREDIT_LINE = regex.compile(
    rf"(?:\(\s*)?(?:{_SOURCE_LEAD}\s*:?\s*)?"
    rf"{_CREDIT_TOKEN}(?:\s*(?:,|/|;|\+|&|\bund\b|\bmit\b)\s*{_CREDIT_TOKEN}){{0,10}}\s*\.?(?:\s*\))?",
)
_REPORT_CREDIT = regex.compile(
    rf"\(\s*{_REPORT_LEAD}\s+(?:von|:)\s.{{0,400}}",
    regex.DOTALL,
)
_TOKEN = regex.compile(r"[\p{L}][\p{L}.\-]*")


def credit_agencies(s: str) -> list[str]:
    """The agencies named in a credit string, normalized, in order of mention."""
    names = agency_names()
    out: list[str] = []
    low = s.lower()
    if "nachrichtenagentur" in low:
        for alias, norm in names.items():
            if " " in alias and alias in low and norm not in out:
                out.append(norm)
    for tok in _TOKEN.findall(s):
        found = names.get(tok.lower().strip(".-"))
        if found is not None and found not in out:
            out.append(found)
    return out


# A wire story's signature closing the copy: the agency, a colon and the story's number
# (``© dpa-infocom, dpa:260312-99-123456/2``).
_WIRE_SIGNATURE = regex.compile(r"(?:©\s*)?(?:[\p{L}\-]+,\s*)?\p{L}{2,12}:\d{6}-\d{2,3}-\d{3,9}(?:/\d{1,3})?")


def wire_signature(s: str) -> bool:
    """A wire story's signature line naming an agency (``© dpa-infocom, dpa:260312-99-123456/2``)."""
    return _WIRE_SIGNATURE.fullmatch(s.strip()) is not None and bool(credit_agencies(s))


def is_credit_line(s: str) -> bool:
    """A closing source line: ``(dpa, AFP, Tsp)``, ``(afp/red)``, ``Quelle: ntv.de, lme/rts/dpa``, ``dpa/jp``."""
    if len(s) > 120:
        return bool(_REPORT_CREDIT.fullmatch(s))
    if _REPORT_CREDIT.fullmatch(s):
        return True
    if not _CREDIT_LINE.fullmatch(s):
        return False
    toks = _TOKEN.findall(s)
    if not toks:
        return False
    if credit_agencies(s):
        return True
    # No agency: accept only editors' initials in parentheses, ``(mz)``, ``(red)``, ``(afp/red)``.
    return s.startswith("(") and s.endswith(")") and all(len(t) <= 4 and t.islower() for t in toks)


_TRAILING_CREDIT = regex.compile(r"\s*\(\s*[\p{L}][\p{L}\d.\-/,; ]{0,80}\)\s*$")
_ITEM_SPLIT = regex.compile(r"\s*[,;/]\s*")
_ITEM_DATE = regex.compile(r"\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}")


def _credit_items(inner: str) -> bool:
    """The inside of a closing credit: agencies, editors' initials, writers' names, the day of the copy."""
    items = [i for i in _ITEM_SPLIT.split(inner.strip()) if i]
    if not items:
        return False
    dated = bool(_ITEM_DATE.fullmatch(items[-1]))
    body = items[:-1] if dated else items
    if not body:
        return False
    from .layout.stamps import is_name  # a sibling module; imported late to keep the import graph flat

    agency = any(credit_agencies(item) for item in body)
    for item in body:
        if credit_agencies(item) or regex.fullmatch(r"\p{Ll}{2,5}", item):
            continue
        if agency and regex.fullmatch(r"(?:\p{L}{2,5}\s+mit\s+)?\p{L}{2,5}", item):
            continue  # an outlet's or editor's short sign next to an agency: ``Tsp``, ``FR mit dpa``
        if is_name(item) and dated:
            continue
        return False
    return True
# Editors' initials, optionally with the day of the copy: ``(mz)``, ``(nim, krud, 3.11.2015)``.
_INITIALS = regex.compile(
    r"\(\s*\p{Ll}{2,5}(?:\s*[/,;]\s*\p{Ll}{2,5}){0,5}(?:\s*,\s*\d{1,2}\.\d{1,2}\.\d{2,4})?\s*\)"
)
_CREDIT_DATE = regex.compile(r",\s*\d{1,2}\.\d{1,2}\.\d{2,4}\s*\)$")
_TRAILING_LINK = regex.compile(
    r"\s*\((?:zum|zur|mehr|hier)\s(?=[^()\n]{0,60}(?:>|»|→|Artikel|Bericht|Video|Interview|Thema|Ticker))"
    r"[^()\n]{1,60}\)(?=[.;,]?\s*$)",
    regex.IGNORECASE,
)


def trailing_link(s: str) -> int | None:
    """Offset of a link glued to the end of a paragraph: ``... (zum Rennbericht >>>)``."""
    m = _TRAILING_LINK.search(s, _tail_start(s, 200))
    if m is None or m.start() == 0:
        return None
    return int(m.start()) + (len(m.group()) - len(m.group().lstrip()))


def link_end(s: str) -> int:
    """End of the trailing link found by :func:`trailing_link` (before a final stop)."""
    m = _TRAILING_LINK.search(s, _tail_start(s, 200))
    return m.end() if m is not None else len(s)


def _tail_start(s: str, reach: int) -> int:
    """Where to start looking for something glued to the end of ``s`` that is at most ``reach`` long.

    The tail patterns are anchored at the end: searching the whole paragraph would try them at every space.
    """
    return max(0, len(s.rstrip()) - reach)


def trailing_credit(s: str) -> int | None:
    """Offset of a closing credit glued to the end of a paragraph (``... sagte er. (dpa)``), or None."""
    m = _TRAILING_CREDIT.search(s, _tail_start(s, 200))
    if m is None or m.start() == 0:
        return None
    credit = m.group().strip()
    if not ends_sentence(s[: m.start()]) or not _credit_items(credit[1:-1]):
        return None
    return int(m.start()) + (len(m.group()) - len(m.group().lstrip()))
