"""Credits and links at the edges of a unit: picture credits (``Foto: ...``, ``(Archivbild)``, ``© ...``,
``... | dpa``), closing source lines of agency names and editors' initials, a wire signature, and a link glued
to the end of a paragraph. Each reader looks at one string; the layout decides what to do."""

from __future__ import annotations

from functools import cache

import regex

from ._data import tsv_rows
from .blocks import INVISIBLE, ends_sentence
from .tokenize import function_words, words


@cache
def agency_names() -> dict[str, str]:
    """Lower-cased alias -> normalized agency name."""
    return {row[0].strip().lower(): row[1].strip() for row in tsv_rows("lexicons/layout_agencies.tsv")}


# --- picture credits -------------------------------------------------------------------------


def _credit_words() -> dict[str, str]:
    """The words that open a credit (``lexicons/boilerplate_credit_words.tsv``): for each role, a group of
    alternatives matching them as written."""
    by_role: dict[str, list[str]] = {}
    for role, word in tsv_rows("lexicons/boilerplate_credit_words.tsv"):
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
