"""Date stamps of an article header (bylines: :mod:`.bylines`).

``21.10.2025, 19:09 Uhr``, ``Stand: 28.04.2020 12:34 Uhr``, ``Aktualisiert am 07.08.2025``,
``19. Oktober 2019 16:14 Uhr``, ``| 05. November 2021 | 08:02 Uhr``, ``04.05.20 14:50``,
``Von X und Y``, ``Von dpa``.  Month names come from babel's German (and English) locale data.
"""

from __future__ import annotations

import datetime as dt
import enum
from functools import cache

import attrs
import regex

from .._data import tsv_rows
from ..tokenize import function_words
from .bylines import BAR

# (Re-exported: the layout modules read bylines and names from here.)
from .bylines import byline as byline
from .bylines import is_name as is_name
from .bylines import is_person as is_person
from .widget_lines import player_counter


@cache
def _months() -> dict[str, int]:
    """Month names and abbreviations (without their dot), lower case: the dates stage's German vocabulary (babel's
    ``de``, ``de_AT``, ``de_CH`` plus ``Jänner``, ``Feber``, ``Mrz``) and babel's English ones."""
    from babel.dates import get_month_names

    from ..dates.vocabulary import vocabulary  # the one list of German month names; imported when first needed

    out = dict(vocabulary().months)
    for width in ("wide", "abbreviated"):
        for ctx in ("format", "stand-alone"):
            for num, name in get_month_names(width, ctx, "en").items():
                out.setdefault(str(name).lower().rstrip("."), int(num))
    return out


_MONTH_YEAR = regex.compile(r"(?P<mn>\p{L}{3,10})\.?\s+(?:19|20)\d\d")


def month_year(line: str) -> bool:
    """A line that names only a month and a year (``Januar 2022``): an archive's or a stamp's heading."""
    m = _MONTH_YEAR.fullmatch(line.strip())
    return m is not None and m.group("mn").lower() in _months()


class StampRole(enum.Enum):
    """What a stamp's label says it dates (``Veröffentlicht:``, ``Aktualisiert:``); a bare date says nothing."""

    PUBLISHED = "published"
    UPDATED = "updated"
    UNLABELLED = ""


@cache
def _stamp_words() -> dict[str, StampRole]:
    """The labels of a stamp (``lexicons/layout_bylines.txt``) with the role each names."""
    return {word.strip().lower(): StampRole(role.strip()) for role, word in tsv_rows("lexicons/layout_bylines.txt")}


# ``14:05``, ``14.05 Uhr`` and the Swiss ``14h05``.
_TIME = r"(?P<H>[01]?\d|2[0-3])(?:[:.]|h)(?P<M>[0-5]\d)(?:\s*Uhr)?"
# A time before the date (``14:05 Uhr, 12.03.2026``): with a colon or ``h``, or with ``Uhr`` after a point, never
# a bare ``14.05`` (a day and month).
# A full hour after a date (``12.03.2026, 14 Uhr``); never a stamp's time alone (``Beginn: 19 Uhr`` is no stamp).
_HOUR = r"(?P<H>[01]?\d|2[0-3])\s*Uhr(?!\p{L})"
_LEAD_TIME = (
    r"(?<![\d.])(?P<H0>[01]?\d|2[0-3])(?:(?::|h)(?P<M0>[0-5]\d)(?:\s*Uhr)?|\.(?P<M0>[0-5]\d)\s*Uhr)"
)
# A year ends the date, or runs straight into the next date's day (a page printing a stamp twice without a
# space: ``6. November 20236. November 2023``, ``15/01/201614/01/2016``).
_YEAR_END = r"(?:(?!\d)|(?=[0-3]?\d[./]))"
_NUM_DATE = rf"(?P<d>[0-3]?\d)(?P<sep>\.\s?|/)(?P<m>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d|\d\d){_YEAR_END}"
_NAME_DATE = rf"(?P<d2>[0-3]?\d)\.?\s(?P<mn>\p{{L}}{{3,10}}\.?)\s(?P<y2>(?:19|20)\d\d){_YEAR_END}"
# The month first, as English pages (and German ones in English order) print it: ``November 1, 2023``.
_MONTH_FIRST = r"(?<!\p{L})(?P<mn4>\p{L}{3,10})\.?\s(?P<d4>[0-3]?\d),?\s(?P<y4>(?:19|20)\d\d)(?!\d)"
_ISO_DATE = r"(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)"
# (``T`` joins an ISO date to its time: ``2026-03-12T14:05``.)
_SEP = r"(?:\s*(?:,|-|–|•|·|\||/|um)\s*|\s+|T)"
_STAMP = regex.compile(
    rf"(?:{_LEAD_TIME}{_SEP})?(?:{_NUM_DATE}|{_NAME_DATE}|{_MONTH_FIRST}|{_ISO_DATE})(?:{_SEP}(?:{_TIME}|{_HOUR}))?",
)
_TIME_ONLY = regex.compile(rf"(?<![\d.]){_TIME}(?![.\d])")
_DIGIT = regex.compile(r"\d")
_STAMP_WORD = regex.compile(r"\p{L}+(?:\s+\p{L}+)?")


@attrs.frozen(slots=True)
class Stamp:
    value: dt.date | dt.datetime
    role: StampRole
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
    for hour, minute in (("H", "M"), ("H0", "M0")):  # the time after the date first, else the one before it
        if m.group(hour) is not None:
            return dt.datetime(day.year, day.month, day.day, int(m.group(hour)), int(m.group(minute) or 0))
    return day


def _role(before: str) -> StampRole:
    low = before.lower()
    words = _stamp_words()
    found = StampRole.UNLABELLED
    best = -1
    for w, role in words.items():
        i = low.rfind(w)
        if i > best:
            best, found = i, role
    return found


#: How far into a line a bar after a byline may stand.
_BAR_REACH = 120


def _writer(s: str) -> bool:
    """A byline or a person's name alone: what stands before a bar and a stamp (``Anna Muster | 12.03.2026``)."""
    return byline(s) is not None or is_person(s.strip())


def _after_byline(s: str) -> int:
    """Where a stamp may start after a byline and a bar (``Von X, Y und Z | 12.03.2026``), else 0."""
    bar = BAR.search(s, 0, _BAR_REACH)
    if bar is None or not _writer(s[: bar.start()]):
        return 0
    return int(bar.end())


def find_stamp(s: str, *, max_lead: int = 40) -> Stamp | None:
    """The first date stamp in the unit ``s`` if it stands in the first ``max_lead`` characters."""
    offset = _after_byline(s)
    head = s[: offset + max_lead + 40]
    if _DIGIT.search(head, offset) is None:
        return None
    m = _STAMP.search(head, offset)
    if m is None or m.start() - offset > max_lead:
        return None
    value = _to_value(m)
    if value is None:
        return None
    lead = s[: m.start()]
    # A stamp is preceded by nothing but stamp words, a weekday, an author (``Ein Artikel von X |``) or
    # punctuation: not a sentence.
    if _sentence_words(lead) and byline(lead.strip(" |,-–•/")) is None:
        return None
    return Stamp(value, _role(lead), m.start(), m.end())


def _sentence_words(lead: str) -> bool:
    """True if what stands before a date holds a function word that is not a stamp's: a label's words
    (``Online seit``) and the weekday right before the date (``So.``, Swiss ``So``) are the stamp's own."""
    lead = _without_weekday(_labels().sub(" ", lead))
    return any(w.lower() in function_words() and w.lower() not in ("am", "von", "um") for w in lead.split())


@cache
def _labels() -> regex.Pattern[str]:
    """A stamp's label as a whole phrase (``Online seit``, ``Zuletzt aktualisiert``)."""
    return regex.compile(rf"(?<!\p{{L}})(?:{_alternatives(frozenset(_stamp_words()))})(?!\p{{L}})", regex.IGNORECASE)


# The last word before the date: a weekday's abbreviation possibly (``So., ``, ``So ``).
_WEEKDAY_END = regex.compile(r"(?<!\p{L})(?P<w>\p{L}{2,10})\.?[,\s]*$")


def _without_weekday(lead: str) -> str:
    """``lead`` without the weekday name or abbreviation at its end."""
    m = _WEEKDAY_END.search(lead)
    if m is None:
        return lead
    w = m.group("w").lower()
    return lead[: m.start()] if w in _weekdays() or f"{w}." in _weekdays() else lead


def time_only(s: str) -> tuple[int, int] | None:
    """``Mo, 11:41 Uhr``: a unit that is just a time (with an optional weekday); a player's counter
    (``00:00 / 04:12``) is none."""
    if len(s) > 25 or player_counter(s):
        return None
    m = _TIME_ONLY.search(s)
    if m is None:
        return None
    return int(m.group("H")), int(m.group("M"))


@cache
def _weekdays() -> frozenset[str]:
    """German weekday names, whole and abbreviated (``Montag``, ``Mo.``, ``Mo``), lower case, from babel."""
    from babel.dates import get_day_names

    return frozenset(
        str(name).lower()
        for loc in ("de", "de_AT", "de_CH") for width in ("wide", "abbreviated", "short")
        for ctx in ("format", "stand-alone") for name in get_day_names(width, ctx, loc).values()
    )


@cache
def _stamp_line_words() -> dict[str, frozenset[str]]:
    """The words of a stamp's line by their part (``lexicons/layout_stamp_words.tsv``)."""
    parts: dict[str, set[str]] = {}
    for part, word in tsv_rows("lexicons/layout_stamp_words.tsv"):
        parts.setdefault(part.strip(), set()).add(word.strip())
    return {part: frozenset(ws) for part, ws in parts.items()}


def _alternatives(words: frozenset[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@cache
def _ago() -> regex.Pattern[str]:
    """A stamp counting back from now (``vor 3 Stunden``, ``Aktualisiert vor 5 Min.``): the header's, with no day
    to read from it."""
    parts = _stamp_line_words()
    label, count, unit = (_alternatives(parts[p]) for p in ("ago_label", "ago_count", "ago_unit"))
    return regex.compile(
        rf"(?:(?:{label})\s*:?\s*)?vor\s+(?:\d{{1,2}}|{count})\s+(?:{unit})(?!\w)", regex.IGNORECASE
    )


def relative_stamp(s: str) -> bool:
    """``vor 3 Stunden``: a header's stamp that counts back from the moment the page was read."""
    return len(s) <= _AGO_MAX and _ago().fullmatch(s.strip()) is not None


_AGO_MAX = 40


def stamp_line(s: str) -> bool:
    """A short line that is a stamp alone, even in lower case (``am 12.03.2026 um 14:05 Uhr``, ``vor 3 Stunden``):
    no sentence's continuation."""
    bars = list(BAR.finditer(s))
    if bars and byline(s[bars[-1].end() :]) is not None:
        s = s[: bars[-1].start()]  # ``am 12.03.2026 · Von X``: the stamp's part decides
    if relative_stamp(s):
        return True
    st = find_stamp(s, max_lead=16)
    if st is None:
        return False
    rest = (s[: st.start] + " " + s[st.end :]).replace(":", " ").lower().split()
    return all(w in _stamp_line_words()["line"] for w in rest)


def byline_after_stamp(s: str, stamp: Stamp) -> tuple[list[str], str] | None:
    """The byline after a stamp on its line, past the last bar or dot (``12.03.2026 · Anna Muster``,
    ``Erstellt: ...; Aktualisiert: ... | Von X``); a person's name alone counts here, the stamp beside it."""
    bars = list(BAR.finditer(s, stamp.end))
    rest = (s[bars[-1].end() :] if bars else s[stamp.end :]).strip(" |·•,-–")
    if not rest or _DIGIT.search(rest) is not None:
        return None
    got = byline(rest)
    if got is None and is_person(rest):
        got = [rest], rest
    return got


def is_stamp_unit(s: str, stamp: Stamp) -> bool:
    """True if the unit is no more than a stamp (plus stamp words, weekday, author, counters); a stamp its
    words label (``Veröffentlicht: ... | Autor: ... | Abgelegt unter ...``) may carry a longer tail."""
    lead, tail = _without_weekday(s[: stamp.start]), s[stamp.end :]
    # A byline sharing the line, set off by a bar or a dot, is the header's too (``Von X | 12.03.2026``).
    bar = BAR.search(lead)
    if bar is not None and _writer(lead[: bar.start()]):
        lead = lead[bar.end() :]
    if byline_after_stamp(s, stamp) is not None:
        tail = ""
    rest = (lead + " " + tail).strip(" |,-–•·()")
    # A weekday's abbreviation ends in a full stop (``Mo., 12.03.2026``): that stop ends no sentence.
    if rest.lower() in _weekdays():
        return True
    labelled = stamp.role is not StampRole.UNLABELLED
    return len(rest) <= (_LABELLED_REST if labelled else _REST) and not rest.endswith(".")


_REST = 60
_LABELLED_REST = 120
