"""Date stamps and bylines of an article header.

``21.10.2025, 19:09 Uhr``, ``Stand: 28.04.2020 12:34 Uhr``, ``Aktualisiert am 07.08.2025``,
``19. Oktober 2019 16:14 Uhr``, ``| 05. November 2021 | 08:02 Uhr``, ``04.05.20 14:50``,
``Von X und Y``, ``Von dpa``.  Month names come from babel's German (and English) locale data.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import attrs
import regex

from .._data import first_names, read_text
from ..tokenize import function_words


@cache
def _months() -> dict[str, int]:
    from babel.dates import get_month_names

    out: dict[str, int] = {}
    for loc in ("de", "de_AT", "de_CH", "en"):
        for width in ("wide", "abbreviated"):
            for ctx in ("format", "stand-alone"):
                for num, name in get_month_names(width, ctx, loc).items():
                    out[str(name).lower().rstrip(".")] = int(num)
    return out


_MONTH_YEAR = regex.compile(r"(?P<mn>\p{L}{3,10})\.?\s+(?:19|20)\d\d")


def month_year(line: str) -> bool:
    """A line that names only a month and a year (``Januar 2022``): an archive's or a stamp's heading."""
    m = _MONTH_YEAR.fullmatch(line.strip())
    return m is not None and m.group("mn").lower() in _months()


@cache
def _stamp_words() -> dict[str, str]:
    data = read_text("lexicons/layout_bylines.txt")
    out: dict[str, str] = {}
    for line in data.splitlines():
        if line.strip() and not line.startswith("#"):
            role, word = line.split("\t", 1)
            out[word.strip().lower()] = role.strip()
    return out


_TIME = r"(?P<H>[01]?\d|2[0-3])[:.](?P<M>[0-5]\d)(?:\s*Uhr)?"
# A year ends the date, or runs straight into the next date's day (a page printing a stamp twice without a
# space: ``6. November 20236. November 2023``, ``15/01/201614/01/2016``).
_YEAR_END = r"(?:(?!\d)|(?=[0-3]?\d[./]))"
_NUM_DATE = rf"(?P<d>[0-3]?\d)(?P<sep>\.\s?|/)(?P<m>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d|\d\d){_YEAR_END}"
_NAME_DATE = rf"(?P<d2>[0-3]?\d)\.?\s(?P<mn>\p{{L}}{{3,10}}\.?)\s(?P<y2>(?:19|20)\d\d){_YEAR_END}"
# The month first, as English pages (and German ones in English order) print it: ``November 1, 2023``.
_MONTH_FIRST = r"(?<!\p{L})(?P<mn4>\p{L}{3,10})\.?\s(?P<d4>[0-3]?\d),?\s(?P<y4>(?:19|20)\d\d)(?!\d)"
_ISO_DATE = r"(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)"
_SEP = r"(?:\s*(?:,|-|–|•|\||/|um)\s*|\s+)"
_STAMP = regex.compile(
    rf"(?:{_NUM_DATE}|{_NAME_DATE}|{_MONTH_FIRST}|{_ISO_DATE})(?:{_SEP}{_TIME})?",
)
_TIME_ONLY = regex.compile(rf"(?<![\d.]){_TIME}(?![.\d])")
_DIGIT = regex.compile(r"\d")
_STAMP_WORD = regex.compile(r"\p{L}+(?:\s+\p{L}+)?")


@attrs.frozen(slots=True)
class Stamp:
    value: dt.date | dt.datetime
    role: str  # "published", "updated" or "" (no word says which)
    start: int  # where the date starts in the unit
    end: int


def _to_value(m: regex.Match[str]) -> dt.date | dt.datetime | None:
    try:
        if m.group("d") is not None:
            y = int(m.group("y"))
            if y < 100:
                y += 2000
            day = dt.date(y, int(m.group("m")), int(m.group("d")))
        elif m.group("d2") is not None:
            month = _months().get(m.group("mn").lower().rstrip("."))
            if month is None:
                return None
            day = dt.date(int(m.group("y2")), month, int(m.group("d2")))
        elif m.group("d4") is not None:
            month = _months().get(m.group("mn4").lower())
            if month is None:
                return None
            day = dt.date(int(m.group("y4")), month, int(m.group("d4")))
        else:
            day = dt.date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))
    except ValueError:
        return None
    if m.group("H") is not None:
        return dt.datetime(day.year, day.month, day.day, int(m.group("H")), int(m.group("M")))
    return day


def _role(before: str) -> str:
    low = before.lower()
    words = _stamp_words()
    found = ""
    best = -1
    for w, role in words.items():
        i = low.rfind(w)
        if i > best:
            best, found = i, role
    return found


def find_stamp(s: str, *, max_lead: int = 40) -> Stamp | None:
    """The first date stamp in the unit ``s`` if it stands in the first ``max_lead`` characters."""
    head = s[: max_lead + 40]
    if _DIGIT.search(head) is None:
        return None
    m = _STAMP.search(head)
    if m is None or m.start() > max_lead:
        return None
    value = _to_value(m)
    if value is None:
        return None
    lead = s[: m.start()]
    # A stamp is preceded by nothing but stamp words, a weekday, an author (``Ein Artikel von X |``) or
    # punctuation: not a sentence.
    if any(w.lower() in function_words() and w.lower() not in ("am", "von", "um") for w in lead.split()) and (
        byline(lead.strip(" |,-–•/")) is None
    ):
        return None
    return Stamp(value, _role(lead), m.start(), m.end())


def time_only(s: str) -> tuple[int, int] | None:
    """``Mo, 11:41 Uhr``: a unit that is just a time (with an optional weekday)."""
    if len(s) > 25:
        return None
    m = _TIME_ONLY.search(s)
    if m is None:
        return None
    return int(m.group("H")), int(m.group("M"))


def is_stamp_unit(s: str, stamp: Stamp) -> bool:
    """True if the unit is no more than a stamp (plus stamp words, weekday, author, counters); a stamp its
    words label (``Veröffentlicht: ... | Autor: ... | Abgelegt unter ...``) may carry a longer tail."""
    rest = (s[: stamp.start] + " " + s[stamp.end :]).strip(" |,-–•()")
    return len(rest) <= (_LABELLED_REST if stamp.role else _REST) and not rest.endswith(".")


_REST = 60
_LABELLED_REST = 120


_BYLINE = regex.compile(
    r"(?:Von|von|VON|By|Text:|Autor:|Autorin:|Ein (?:Bericht|Kommentar|Gastbeitrag|Artikel|Beitrag) von)\s+"
    r"(?P<names>[\p{L}][^\n]{0,200}?)\s*(?=$|\d|\||\s(?:Aktualisiert|Stand|Veröffentlicht|Publiziert|Update)\b)",
)
_NAME_SPLIT = regex.compile(r"\s*(?:,|\bund\b|&|\bsowie\b)\s*")
_NAME_TOKEN = regex.compile(r"[\p{Lu}][\p{L}'’\-.]*")
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
    m = _BYLINE.match(s)
    if m is None:
        return None
    names = m.group("names").strip(" ,")
    authors = [n for n in _NAME_SPLIT.split(names) if is_name(n.strip())]
    return [a.strip() for a in authors], names
