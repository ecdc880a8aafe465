"""The words of German temporal expressions: babel's locale data plus the ``dates_*`` lexicons.

Month and weekday names come from babel for ``de``, ``de_AT`` and ``de_CH`` (so ``Jänner`` is there);
everything else (number words, units, parts of the day, vague references, tense cues) from data files
in ``denews/lexicons``.  Everything is loaded once, lazily.
"""

from __future__ import annotations

import enum
import functools

import attrs
import regex

from .._data import read_text

LOCALES = ("de", "de_AT", "de_CH")


def _lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a lexicon file."""
    raw = read_text(f"lexicons/{name}")
    out = []
    for line in raw.splitlines():
        line = line.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(line)
    return out


def word_list(name: str) -> list[str]:
    """The words of a one-word-a-line lexicon file, stripped and lower-cased."""
    return [line.strip().lower() for line in _lines(name)]


def alternation(kind: str) -> str:
    """The words of table ``kind`` of dates_normalization.tsv as a pattern alternation, the longest first."""
    words = sorted(vocabulary().norm.get(kind, {}), key=len, reverse=True)
    return "|".join(regex.escape(w) for w in words)


def table(name: str) -> list[list[str]]:
    """The rows of a tab-separated lexicon file, each cell stripped."""
    return [[cell.strip() for cell in line.split("\t")] for line in _lines(name)]


class CueKind(str, enum.Enum):
    """The kinds of tense cue of ``dates_tense.tsv`` (its header says what each does)."""

    PAST = "past"
    FUTURE = "future"
    WEAKFUTURE = "weakfuture"  # points ahead without being the verb (nächsten, bis); a preterite outweighs it
    AUX = "aux"
    DETERMINER = "determiner"
    ADJECTIVE = "adjective"
    NOPARTICIPLE = "noparticiple"


@attrs.frozen
class Vocabulary:
    """Lower-cased word -> meaning tables."""

    months: dict[str, int]  # name or abbreviation (without dot) -> 1..12
    full_months: tuple[str, ...]  # full month names as written (Januar, Jänner, Feber)
    weekdays: dict[str, int]  # Montag -> 0 ... Sonntag -> 6
    weekday_abbr: dict[str, int]  # Mo -> 0
    numbers: dict[str, float | None]  # zwei -> 2, einige -> None (unspecified)
    units: dict[str, str]  # Stunden -> H
    dayparts: dict[str, str]  # abend -> EV
    daypart_nouns: tuple[str, ...]
    daypart_adverbs: tuple[str, ...]
    relative_days: dict[str, tuple[int, str]]  # gestern -> (-1, "ref")
    vague: dict[str, str]  # derzeit -> PRESENT_REF (lower case)
    vague_phrases: tuple[str, ...]  # as written: in naher Zukunft
    tense: dict[str, CueKind]  # wird -> FUTURE
    norm: dict[str, dict[str, str]]  # normalization tables (dates_normalization.tsv), in file order
    holidays: dict[str, str]  # weihnachten -> 12-25, ostern -> E+0 (lower case)
    holiday_names: tuple[str, ...]  # as written
    quantity_nouns: tuple[str, ...]
    quantity_cues: frozenset[str]
    stop_phrases: tuple[str, ...]


def _calendar_names() -> tuple[dict[str, int], list[str], dict[str, int], dict[str, int]]:
    """Months (wide and abbreviated, with the full names in order), weekdays and their abbreviations, from babel's
    locales plus the extra month forms of the lexicon (Jänner, Feber)."""
    from babel import Locale

    months: dict[str, int] = {}
    full: list[str] = []
    weekdays: dict[str, int] = {}
    abbr: dict[str, int] = {}
    for code in LOCALES:
        loc = Locale.parse(code)
        for ctx in ("format", "stand-alone"):
            for num, name in loc.months[ctx]["wide"].items():
                months[name.lower()] = int(num)
                if name not in full:
                    full.append(name)
            for num, name in loc.months[ctx]["abbreviated"].items():
                months[name.rstrip(".").lower()] = int(num)
        for num, name in loc.days["format"]["wide"].items():
            weekdays[name.lower()] = int(num)
        for num, name in loc.days["format"]["abbreviated"].items():
            abbr[name.rstrip(".").lower()] = int(num)
    for name, num in table("dates_months_extra.tsv"):
        months[name.lower()] = int(num)
        if len(name) > 4 and name not in full:
            full.append(name)
    weekdays.setdefault("sonnabend", 5)  # North German for Samstag; babel has only the standard name
    return months, full, weekdays, abbr


@functools.cache
def vocabulary() -> Vocabulary:
    months, full, weekdays, abbr = _calendar_names()
    numbers: dict[str, float | None] = {}
    for word, value in table("dates_numbers.tsv"):
        numbers[word.lower()] = None if value == "X" else float(value)
    units = {word.lower(): unit for word, unit in table("dates_units.tsv")}
    dayparts: dict[str, str] = {}
    nouns: list[str] = []
    adverbs: list[str] = []
    for word, value, pos in table("dates_dayparts.tsv"):
        dayparts.setdefault(word.lower(), value)
        if pos == "noun":
            nouns.append(word)
        elif pos == "adverb":
            adverbs.append(word)
    relative = {row[0].lower(): (int(row[1]), row[2]) for row in table("dates_relative_days.tsv")}
    vague_rows = table("dates_vague.tsv")
    vague = {phrase.lower(): value for phrase, value in vague_rows}
    tense = {word.lower(): CueKind(kind) for word, kind in table("dates_tense.tsv")}
    holiday_rows = table("dates_holidays.tsv")
    norm: dict[str, dict[str, str]] = {}
    for kind, word, value in table("dates_normalization.tsv"):
        norm.setdefault(kind, {})[word] = value
    # Separable verbs write their particle before a past form: statt|fand, an|rief.
    for word, kind in list(tense.items()):
        if kind is CueKind.PAST:
            for particle in norm.get("particle", {}):
                tense.setdefault(particle + word, CueKind.PAST)
    return Vocabulary(
        months=months,
        full_months=tuple(full),
        weekdays=weekdays,
        weekday_abbr=abbr,
        numbers=numbers,
        units=units,
        dayparts=dayparts,
        daypart_nouns=tuple(nouns),
        daypart_adverbs=tuple(adverbs),
        relative_days=relative,
        vague=vague,
        vague_phrases=tuple(phrase for phrase, _ in vague_rows),
        tense=tense,
        norm=norm,
        holidays={" ".join(name.lower().split()): spec for name, spec in holiday_rows},
        holiday_names=tuple(name for name, _ in holiday_rows),
        quantity_nouns=tuple(w.lower() for w in _lines("dates_quantity_nouns.txt")),
        quantity_cues=frozenset(w.strip().lower() for w in _lines("dates_quantity_cues.txt")),
        stop_phrases=tuple(w.strip() for w in _lines("dates_stop.txt")),
    )


def number_value(word: str) -> float | None:
    """``zwei`` -> 2.0, ``14`` -> 14.0, ``2,5`` -> 2.5, ``einen halben`` -> 0.5; None if unspecified."""
    w = " ".join(word.lower().split())
    if w and w[0].isdigit():
        try:
            return float(w.replace(",", "."))
        except ValueError:
            return None
    numbers = vocabulary().numbers
    if w in numbers:
        return numbers[w]
    if "halb" in w:  # einen halben, eine halbe
        return 0.5
    return None
