"""What relative expressions count from: the reference date, the tense of the clause, the day a statement gives.

* ``Anchor`` holds the article's date (or only its year and month, when the text gives no more).
* ``clause_tense`` reads the sentence around an expression: ``past``, ``future`` or ``None``.
* ``weekday_day``/``month_year``/``day_month_year`` pick the past or the coming weekday, month or day.
"""

from __future__ import annotations

import datetime as dt
import enum
import re

import attrs
import regex

from .cue_words import AHEAD_PREPOSITIONS, participle, perfect_infinitive, points_ahead, reported_day
from .timex import safe_date
from .vocabulary import CueKind, vocabulary


class Tense(str, enum.Enum):
    """The direction a clause's tense points a relative expression (a clause with no tense cue has none: None)."""

    PAST = "past"
    FUTURE = "future"


@attrs.frozen
class Anchor:
    """The date relative expressions count from; ``day`` may be None while ``year``/``month`` are known."""

    day: dt.date | None
    year: int | None = None
    month: int | None = None

    @classmethod
    def of(cls, d: dt.date | None) -> Anchor:
        return cls(d, d.year, d.month) if d is not None else cls(None)


# " date 2025-08-07" or " date 2024-05": the publication stamp that scraped articles start with.
_PREFIX = regex.compile(r"\A\s{0,3}date\s+(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?\b")


def prefix_anchor(text: str) -> Anchor:
    """The anchor a leading ``date YYYY-MM[-DD]`` stamp gives (used only when the caller gives no date)."""
    m = _PREFIX.match(text, 0, 64)
    if m is None:
        return Anchor(None)
    y, mo = int(m.group("y")), int(m.group("m"))
    if m.group("d"):
        try:
            return Anchor.of(dt.date(y, mo, int(m.group("d"))))
        except ValueError:
            return Anchor(None, y, mo)
    return Anchor(None, y, mo)


# A sentence ends at . ! ? followed by space and a capital or opening quote, unless the dot closes an ordinal
# or a one-letter abbreviation; a line break ends it too.
_SENTENCE_END = regex.compile(r"(?<![\d\s])(?<!\b\w)[.!?][\"“”»«']?\s+(?=[\p{Lu}„\"»«])|\n")
_WORD = regex.compile(r"[\p{L}]+")
# The same words for the scan of a whole sentence (the standard library's engine is faster at it).
_WORD_SCAN = re.compile(r"[^\W\d_]+")


_INSEPARABLE = ("ver", "be", "er", "ent", "zer", "emp", "miss")
# Endings of a word that may be a cue without being listed: preterites (-te, -ten), participles (-t).
_CUE_ENDINGS = ("te", "ten", "t")


# How far a sentence may reach each way from an expression; beyond, a window on a fixed grid stands in, so
# that the expressions of an endless run-on text share windows (and their cached tense cues).
SENTENCE_REACH = 400
CLAUSE_REACH = 160
_GRID = 256


def _end_before(text: str, lo: int, start: int) -> int | None:
    """The end of the last sentence end in ``[lo, start)`` (one reverse search finds the candidates, right to
    left; the regex checks)."""
    for c in _END_CHAR_BACK.finditer(text, lo, start):
        # endpos start + 1: the look-ahead for the capital must see the expression's first letter.
        m = _SENTENCE_END.match(text, c.start(), start + 1)
        if m is not None and m.end() <= start:
            return int(m.end())
    return None


def _end_after(text: str, end: int, hi: int) -> int | None:
    """The position after the first sentence end in ``[end, hi)``."""
    for c in _END_CHAR.finditer(text, end, hi):
        i = c.start()
        if _SENTENCE_END.match(text, i, hi) is not None:
            return i + 1
    return None


# The characters a sentence may end at, found left to right and right to left.
_END_CHAR = re.compile(r"[.!?\n]")
_END_CHAR_BACK = regex.compile(r"(?r)[.!?\n]")


def sentence_bounds(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence around ``[start, end)`` within ``[lo, hi)``, looking at most 400 characters each way."""
    left = max(lo, (start - SENTENCE_REACH) // _GRID * _GRID)
    s = _end_before(text, left, start)
    right = min(hi, ((end + SENTENCE_REACH) // _GRID + 1) * _GRID)
    e = _end_after(text, end, right)
    return (left if s is None else s), (right if e is None else e)


_CLAUSE_CUT = regex.compile(r"[,;:()]|\s[–-]\s|\b(?:dass|weil|ob|wenn|als|nachdem|bevor|während|indem|und|aber)\b")
_CLAUSE_CUT_BACK = regex.compile(r"(?r)" + _CLAUSE_CUT.pattern)
_OWN_PREP = regex.compile(r"(?i)\A(?:noch\s+)?(bis|ab|seit|vom|von)\b")


def expression_tense(expr: str) -> Tense | None:
    """The direction the expression's own preposition gives: ``bis Freitag``, ``ab Montag``, ``seit Montag``."""
    m = _OWN_PREP.match(expr)
    if m is None:
        return None
    own = m.group(1).lower()
    return Tense.PAST if own in ("seit",) else Tense.FUTURE if own in ("bis", "ab") else None


def clause_bounds(text: str, start: int, end: int, s: int, e: int) -> tuple[int, int]:
    """The clause around ``[start, end)`` inside the sentence ``[s, e)``: cut at commas and conjunctions."""
    # A clause reaches at most CLAUSE_REACH characters each way.
    low = max(s, start - CLAUSE_REACH)
    last = _CLAUSE_CUT_BACK.search(text, low, start)
    cs = last.end() if last is not None else low
    high = min(e, end + CLAUSE_REACH)
    m2 = _CLAUSE_CUT.search(text, end, high)
    return cs, (m2.start() if m2 else high)


def tense_around(
    text: str, start: int, end: int, s: int, e: int, cache: dict[tuple[int, int], list[Cue]] | None = None
) -> Tense | None:
    """The tense of the clause of ``[start, end)``, else of its sentence ``[s, e)``; the expression is skipped.

    ``cache`` keeps the cue words of each sentence, so that many expressions in one sentence read it once.
    """
    own = expression_tense(text[start:end])
    if own is not None:
        return own
    if reported_day(text, start, end):
        return Tense.PAST
    cs, ce = clause_bounds(text, start, end, s, e)
    # An attributive participle right after the expression: "der am Montag veröffentlichten Mitteilung".
    nxt = _WORD.search(text, end, min(e, end + 30))
    if nxt is not None and _ATTRIBUTIVE.fullmatch(nxt.group()):
        return Tense.PAST
    if cache is None:
        cues = sentence_cues(text, s, e)
    else:
        found = cache.get((s, e))
        if found is None:
            found = cache[(s, e)] = sentence_cues(text, s, e)
        cues = found
    t = _tense_of(cues, cs, ce, (start, end))
    if t is not None:
        return t
    return _nearest_clause_tense(text, cues, s, e, cs, ce, (start, end))


def _nearest_clause_tense(
    text: str, cues: list[Cue], s: int, e: int, cs: int, ce: int, skip: tuple[int, int]
) -> Tense | None:
    """The tense of the nearest clause of the sentence ``[s, e)`` that has one, the clause ``[cs, ce)`` of the
    expression aside: "wenn du im Sommer, nach dem Abschluss, anfangen möchtest, ... die Zeiten, in denen ...
    angeboten wurde, sind vorbei" is read from "möchtest", not from the whole sentence."""
    before = [m.start() for m in _CLAUSE_CUT.finditer(text, s, cs)]
    after = [m.end() for m in _CLAUSE_CUT.finditer(text, ce, e)]
    lefts = zip([s, *before], [*before, cs], strict=True)  # the clauses before the expression's own
    rights = zip([ce, *after], [*after, e], strict=True)  # and after it
    order = sorted(
        [(cs - hi, lo, hi) for lo, hi in lefts] + [(lo - ce, lo, hi) for lo, hi in rights], key=lambda x: x[0]
    )
    for _, lo, hi in order:
        t = _tense_of(cues, lo, hi, skip)
        if t is not None:
            return t
    return _tense_of(cues, s, e, skip)


# Inflected past participles (veröffentlichten, angekündigte, gestellten).
_ATTRIBUTIVE = regex.compile(
    r"(?:(?:ab|an|auf|aus|bei|ein|fest|fort|mit|nach|vor|weg|zu|zurück|zusammen|über|durch)?ge[a-zäöüß]{2,}"
    r"|(?:ver|be|er|ent|zer|über|miss)[a-zäöüß]{3,})(?:t|en)(?:e|en|er|es|em)"
)


# A cue word of a sentence: (position, past, future, perfect auxiliary, participle). Verbs weigh STRONG; words
# of kind WEAKFUTURE (bis, ab, nächsten) weigh 1, so that a preterite outweighs them ("wurden bis zum Abend
# geborgen", "kündigte für den nächsten Tag ... an").
Cue = tuple[int, int, int, bool, bool]
STRONG = 2
_NOUN_NEXT = re.compile(r"\s+[A-ZÄÖÜ]")


def sentence_cues(text: str, s: int, e: int) -> list[Cue]:
    """The tense cue words of ``text[s:e]`` with their positions."""
    cues = vocabulary().tense
    out: list[Cue] = []
    prev = ""
    for m in _WORD_SCAN.finditer(text, s, e):
        raw = m.group()
        w = raw.lower()
        if perfect_infinitive(w, prev):
            # A perfect infinitive reports a past: "soll sich am Samstag ereignet haben".
            out.append((m.start(), 2 * STRONG, 0, False, False))
            prev = w
            continue
        kind = cues.get(w)
        if kind is None and "ge" not in w and not w.endswith(_CUE_ENDINGS):
            prev = w  # most words: no cue word, no preterite ending, no participle (nor an inseparable one)
            continue
        insep = w.endswith("t") and raw.islower() and (w.startswith(_INSEPARABLE) or w.endswith("iert"))
        if kind is None and "ge" not in w and not w.endswith(("te", "ten")) and not insep:
            prev = w
            continue
        if kind is CueKind.WEAKFUTURE and w in AHEAD_PREPOSITIONS and not points_ahead(text, m.start(), m.end(), w):
            prev = w
            continue
        # kritisierte, reagierten: preterite (or a participle of the past); weak preterites in -te/-ten
        # (ereignete, meldeten) unless an article or preposition makes the word an adjective (am späten).
        past = STRONG * (
            kind is CueKind.PAST
            or (kind is None and len(w) > 6 and w.endswith(("ierte", "ierten")))
            or (kind is None and raw.islower() and _weak_preterite(w, prev, cues, text, m.end()))
        )
        prev = w
        future = STRONG if kind is CueKind.FUTURE else 1 if kind is CueKind.WEAKFUTURE else 0
        aux = kind is CueKind.AUX
        perfect_part = (
            not aux
            and ("ge" in w or insep)
            and kind is not CueKind.NOPARTICIPLE
            and participle().fullmatch(w) is not None
        )
        if past or future or aux or perfect_part:
            out.append((m.start(), past, future, aux, perfect_part))
    return out


def _weak_preterite(w: str, prev: str, cues: dict[str, CueKind], text: str, end: int) -> bool:
    """``meldete``, ``ereigneten``: a lower-case word in -te/-ten that is no superlative and no adjective (after a
    determiner and before a noun: "am späten Abend"; "So fassten die Grünen" is a preterite)."""
    superlative = w.endswith(("ste", "sten")) and not w.endswith(("sste", "ssten"))  # mussten, befassten: preterites
    if len(w) < 5 or not w.endswith(("te", "ten")) or superlative or cues.get(w) is CueKind.ADJECTIVE:
        return False
    return cues.get(prev) is not CueKind.DETERMINER or _NOUN_NEXT.match(text, end) is None


def _tense_of(cues: list[Cue], lo: int, hi: int, skip: tuple[int, int] | None) -> Tense | None:
    past = future = 0
    aux = participle = False
    for pos, p, f, a, pt in cues:
        if pos < lo or pos >= hi or (skip is not None and skip[0] <= pos < skip[1]):
            continue
        past += p
        future += f
        aux = aux or a
        participle = participle or pt
    if aux and participle:
        past += STRONG
    if future and future >= past:
        # "Vor Weihnachten wird nichts entschieden": a future auxiliary outweighs a participle of the same
        # clause, and reported plans ("sagte, er werde am Freitag kommen") look ahead.
        return Tense.FUTURE
    if past > future:
        return Tense.PAST
    return None


def clause_tense(text: str, s: int, e: int, skip: tuple[int, int] | None = None) -> Tense | None:
    """``past``, ``future`` or None from the cue words of ``text[s:e]`` (the expression itself may be skipped)."""
    return _tense_of(sentence_cues(text, s, e), s, e, skip)


def weekday_day(anchor: dt.date, weekday: int, tense: Tense | None, shift: str | None = None) -> dt.date:
    """The weekday nearest ``anchor`` in the direction of ``tense``; the anchor's own weekday is the anchor.

    ``shift``: ``last`` (strictly before), ``next`` (strictly after), ``prev2`` (the one before the last).
    """
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if shift == "last":
        return anchor - dt.timedelta(days=back or 7)
    if shift == "prev2":
        return anchor - dt.timedelta(days=(back or 7) + 7)
    if shift == "next":
        return anchor + dt.timedelta(days=ahead or 7)
    if shift == "next2":
        return anchor + dt.timedelta(days=(ahead or 7) + 7)
    if tense is Tense.FUTURE:
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


# How many months back a month in a clause without tense cues may still lie ("Im Februar liegt die Quote bei
# drei Prozent", said in April); further back, the coming one is meant.
PRESENT_BACK = 3
# The same for a day and month, in days: the longest three months in a row (July to September) have 92 days.
PRESENT_BACK_DAYS = 92


def month_year(anchor_year: int, anchor_month: int, mon: int, tense: Tense | None) -> int:
    """The year of month ``mon``: the anchor's month itself, else the past or coming one (no tense: see below)."""
    if mon == anchor_month:
        return anchor_year
    if tense is Tense.PAST:
        return anchor_year if mon < anchor_month else anchor_year - 1
    if tense is Tense.FUTURE:
        return anchor_year if mon > anchor_month else anchor_year + 1
    # No tense cue: a present-tense clause, in news mostly a plan ("Der Prozess beginnt im Oktober"): this
    # year's month or the coming one, unless the month has only just passed.
    diff = mon - anchor_month
    if diff < -PRESENT_BACK:
        return anchor_year + 1
    return anchor_year


def day_month_year(anchor: dt.date, mon: int, day: int, tense: Tense | None) -> int:
    """The year of ``day``. ``mon``. nearest ``anchor`` in the direction of ``tense``.  With no tense cue (a
    present-tense clause, in news mostly a plan: "Der Markt öffnet am 12. Oktober"), the coming date unless
    it has only just passed, as ``month_year`` reads a month."""
    if tense is None:
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            d = safe_date(y, mon, day)  # None for 29 February of a common year
            if d is not None and (d - anchor).days >= -PRESENT_BACK_DAYS:
                return y
    best: tuple[int, int] | None = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = safe_date(y, mon, day)
        if d is None:
            continue
        delta = (d - anchor).days
        # The tense decides within most of a year; beyond that the nearest date is the better guess.
        if (tense is Tense.PAST and delta > 0) or (tense is Tense.PAST and delta < -270):
            continue
        if tense is Tense.FUTURE and (delta < 0 or delta > 270):
            continue
        if best is None or abs(delta) < best[0]:
            best = (abs(delta), y)
    if best is None:
        return day_month_year(anchor, mon, day, None) if tense is not None else anchor.year
    return best[1]
