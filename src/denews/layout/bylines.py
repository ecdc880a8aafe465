"""Bylines of an article header and the names in them.

``Von X und Y``, ``Von dpa``, ``Autorin: X``, ``Von unserem Korrespondenten X`` (openers:
``lexicons/layout_byline_openers.txt``), and bylines that open with the writer's name: ``X / Y``, ``X, Wien``,
``X, Redakteurin`` (roles: ``lexicons/layout_byline_roles.txt``), ``X | 12.03.2026``.
"""

from __future__ import annotations

from functools import cache

import regex

from .. import credit_lines as cl
from .._data import first_names, read_text
from ..tokenize import function_words

_DIGIT = regex.compile(r"\d")

# A bar or a dot between the parts of a header line: ``Von X | 12.03.2026``, ``12.03.2026 · X``.
BAR = regex.compile(r"\s[|·•]\s")

# Where a stamp follows the names on their line: ``Von X Aktualisiert am ...``, ``X / Y vor 3 Stunden``.
_STAMP_NEXT = regex.compile(r"\s(?:Aktualisiert|Stand|Veröffentlicht|Publiziert|Update)\b|\s[Vv]or\s+\d")


@cache
def _byline_pattern() -> regex.Pattern[str]:
    """``Von X``, ``Autorin: X``, ``Von unserem Korrespondenten X``: an opener of ``layout_byline_openers.txt``
    (longest first), then the names up to a stamp, a bar or the line's end."""
    data = read_text("lexicons/layout_byline_openers.txt")
    openers = sorted({ln.strip() for ln in data.splitlines() if ln.strip() and not ln.startswith("#")}, key=len)
    alt = "|".join(regex.escape(o) for o in reversed(openers))
    return regex.compile(
        rf"(?:{alt})\s+(?P<names>[\p{{L}}][^\n]{{0,200}}?)\s*"
        rf"(?=$|\d|\||{_STAMP_NEXT.pattern})"
    )


_PAREN_ROLE = regex.compile(r"\s*\([^()]{1,20}\)")
_NAME_SPLIT = regex.compile(r"\s*(?:,|\bund\b|&|\bsowie\b)\s*")
_NAME_TOKEN = regex.compile(r"[\p{Lu}][\p{L}'’\-.]*")
# A short capitalized abbreviation (``St.``, ``Ft.``) opens a place's name, no person's; titles (``Dr.``) are
# honorifics, initials (``A.``) have no lower-case letter.
_PLACE_ABBREV = regex.compile(r"\p{Lu}\p{Ll}{1,2}\.")
_PARTICLES = frozenset({"von", "van", "de", "der", "den", "zu", "di", "da", "del", "le", "la", "ten", "vom"})


def is_name(s: str) -> bool:
    """``Benjamin Fischer``, ``Justus von Daniels``: two to five name tokens, no other words."""
    toks = s.split()
    if not 2 <= len(toks) <= 5:
        return False
    caps = 0
    for t in toks:
        if t in _PARTICLES:
            continue
        if not _NAME_TOKEN.fullmatch(t) or t.lower() in function_words():
            return False
        if _PLACE_ABBREV.fullmatch(t) and t not in _honorifics():
            return False
        caps += 1
    return caps >= 2 and toks[0] not in _PARTICLES


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(
        line.strip() for line in read_text("lexicons/layout_honorifics.txt").splitlines()
        if line.strip() and not line.startswith("#")
    )


def is_person(s: str) -> bool:
    """A name line that names a person: the shape of :func:`is_name` and a first name of the first-name list
    (``Globale Gesellschaft`` or ``Champions League`` in a menu have the shape but no first name)."""
    if not is_name(s):
        return False
    toks = [t for t in s.split() if t not in _honorifics()]
    if not toks:
        return False
    names = first_names()
    return toks[0] in names or toks[0].split("-", 1)[0] in names


def byline(s: str) -> tuple[list[str], str] | None:
    """Authors (and the raw credit) of a byline unit such as ``Von X und Y`` or ``Von dpa``."""
    m = _byline_pattern().match(s)
    if m is None:
        return name_led(s)
    names = m.group("names").strip(" ,")
    # (What each did, in parentheses, is no part of the name: ``Von X (Text) und Y (Fotos)``.)
    authors = [n for n in _NAME_SPLIT.split(_PAREN_ROLE.sub("", names)) if is_name(n.strip())]
    return [a.strip() for a in authors], names


# The parts of a byline that opens with a name: ``A / B``, ``A, B``, ``A und B``, ``A, Wien``, ``A, Redakteurin``,
# ``A (APA)``.
_PART_SPLIT = regex.compile(r"\s*(?:/|,|;|\bund\b|&)\s*")
_JOIN = regex.compile(r"\s*(?:/|,|;)\s*")
# What a byline holds in parentheses: its agency (``Anna Muster (APA)``).
_PAREN = regex.compile(r"\s*\((?P<inner>[^()]{1,30})\)")
# A place after a writer's name: one to three capitalized words in lower case after their capital (``Wien``,
# ``St. Gallen``, ``Frankfurt am Main``, ``Ulm/Neu-Ulm``); a credit's ``SP-X``, ``GettyImages``, ``WENN.com`` are
# no place.
_PLACE_WORD = r"\p{Lu}(?:\p{Ll}{1,2}\.|\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)"
_PLACE = regex.compile(rf"{_PLACE_WORD}(?:\s(?:am|an der|im|{_PLACE_WORD})){{0,2}}")
_NAME_LED_MAX = 100
# A date or a reading time ahead on the line: ``12.03.2026``, ``12. März 2026``, ``2026-03-12``,
# ``4 Min. Lesezeit``, ``Lesedauer: 4 Minuten``.
_DATE_AHEAD = regex.compile(
    r"\d{1,2}\.\s?(?:\d{1,2}\.|\p{L}{3,10}\.?\s+\d{4})|\d{4}-\d\d-\d\d"
    r"|\d{1,3}\s?Min(?:\.|uten)?\s+(?:Lesezeit|Lesedauer)|(?:Lesezeit|Lesedauer):?\s*\d"
)


@cache
def _byline_roles() -> tuple[str, ...]:
    data = read_text("lexicons/layout_byline_roles.txt")
    roles = [ln.strip() for ln in data.splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(roles + [r + "in" for r in roles] + [r + "innen" for r in roles])


def _byline_extra(part: str) -> bool:
    """A part after the writer's name that is no name: a role (``freie Journalistin``), a place, an agency."""
    toks = part.split()
    if toks and toks[-1].lower().endswith(_byline_roles()) and all(
        t[:1].islower() for t in toks[:-1]
    ):
        return True
    if _PLACE.fullmatch(part) and not any(t.lower() in function_words() for t in toks if t not in ("am", "im")):
        return True
    return bool(cl.credit_agencies(part))


def name_led(s: str) -> tuple[list[str], str] | None:
    """A byline that opens with the writer's name, without ``Von``: ``Anna Muster / Jonas Beispiel``,
    ``Anna Muster, Wien``, ``Anna Muster, Redakteurin``.  The first part must name a person (a first name of the
    list), every other a person, a role, a place or an agency; a single name alone, or names joined only by
    ``und``, are no byline here unless a stamp stands beside them."""
    label, bar = _STAMP_NEXT.search(s), BAR.search(s)
    cut = min((m for m in (label, bar) if m is not None), key=lambda m: m.start(), default=None)
    # (Beside a stamp, a name alone is a byline: ``Anna Muster | 12.03.2026``, ``Anna Muster vor 3 Stunden``.)
    stamped = label is not None or (cut is not None and _DATE_AHEAD.search(s, cut.end()) is not None)
    if cut is not None:
        s = s[: cut.start()]
    if len(s) > _NAME_LED_MAX or _DIGIT.search(s) is not None:
        return None
    parens = list(_PAREN.finditer(s))
    if any(not cl.credit_agencies(m.group("inner")) for m in parens):
        return None  # ``Anna Muster (Team Sport)``, ``Georg Muster (GM)``: no agency's credit
    names = _PAREN.sub("", s)
    parts = [p for p in _PART_SPLIT.split(names.strip()) if p]
    if len(parts) < (1 if stamped or parens else 2) or not is_person(parts[0]):
        return None
    if not (stamped or parens or _JOIN.search(names)):
        return None  # ``Anna Muster und Jonas Beispiel`` alone: a caption's or a headline's subjects as well
    authors = []
    for p in parts:
        if is_person(p):
            authors.append(p)
        elif not _byline_extra(p):
            return None
    return authors, s
