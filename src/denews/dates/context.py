"""The state of one pass over a text: what later expressions count from.

A ``Context`` walks through the matches of a text in order and carries the anchor (reference date), the last
day and clock time the text named (narrative anchoring: ``drei Tage später``, ``am Folgetag``, times and parts
of the day, ``zwei Stunden später``), the explicit dates of each sentence (statement dates: ``sagte Trump am
14. Juli ... vor zwei Monaten``) and stamps that date what follows (a ticker entry, ``(APA, 22.8.2015)``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools

import regex

from .anchoring import Anchor, Cue, Tense, clause_bounds, clause_tense, sentence_bounds, tense_around
from .grammar import RuleMatch
from .timex import Timex
from .vocabulary import vocabulary

# How far back (characters) a named day still anchors times, parts of the day and "drei Tage später".
NARRATIVE_REACH = 1500


# How far back a coming day named in the text still anchors a bare clock time; beyond, the time is on the
# reference day (a list of events: "heute ... morgen ... im Theatersaal, 20 Uhr").
TIME_REACH = 100


class Context:
    """The state of one pass over one text."""

    def __init__(self, text: str, anchor: Anchor) -> None:
        self.text = text
        self.anchor = anchor
        self.last_day: dt.date | None = None
        self.last_pos = -(10**9)
        self.region = (0, len(text))
        # Explicit days (position, day), filled before the pass: statement dates, "am Vortag der Gespräche".
        self.explicit_days: list[tuple[int, dt.date]] = []
        self.dated_days: set[int] = set()  # the positions of those that give their own year
        # The day a story told in the present tense has reached ("Am Sonntag kommt die Mail").
        self.story_day: dt.date | None = None
        self.story_pos = -(10**9)
        # The stamp of a live-ticker entry ("28.4.2020, 12.45 Uhr: ..."): the reference of what follows.
        self.entry_day: dt.date | None = None
        # The last year the text named explicitly (position, year): "im März 2017 ... im Mai".
        self.last_year: tuple[int, int] | None = None
        # The month of that year, when the text named one with it: "im November 1998 ... im Mai".
        self.last_month: int | None = None
        # The year of the last offset back in years (position, year): "vor 50 Jahren ... am 8. Mai".
        self.offset_year: tuple[int, int] | None = None
        # The last clock time the text named (position, moment): "um 15 Uhr ... zwei Stunden später".
        self.last_clock: tuple[int, dt.datetime] | None = None
        # The end of the last recurring frame: a set ("jeden Samstag") or two days joined by "und".
        self.frame_end = -(10**9)
        self.yearly = False  # that frame repeats every year (jedes Jahr, alljährlich)
        self._cues: dict[tuple[int, int], list[Cue]] = {}  # tense cue words by sentence

    # -- helpers -------------------------------------------------------------------------------------
    def tense(self, m: RuleMatch) -> Tense | None:
        s, e = sentence_bounds(self.text, m.start(), m.end(), *self.region)
        return tense_around(self.text, m.start(), m.end(), s, e, self._cues)

    def clause_tense(self, m: RuleMatch) -> Tense | None:
        """The tense of the expression's own clause only (``tense`` falls back on the rest of the sentence)."""
        s, e = sentence_bounds(self.text, m.start(), m.end(), *self.region)
        cs, ce = clause_bounds(self.text, m.start(), m.end(), s, e)
        return clause_tense(self.text, cs, ce, (m.start(), m.end()))

    def ref_day(self, pos: int) -> dt.date | None:
        """The reference day at ``pos``: a ticker entry's stamp, the article's date, else the nearest day named."""
        if self.entry_day is not None:
            return self.entry_day
        if self.anchor.day is not None:
            return self.anchor.day
        if self.explicit_days:
            i = bisect.bisect_left(self.explicit_days, (pos,))
            near = self.explicit_days[max(0, i - 1) : i + 1]
            return min(near, key=lambda pd: abs(pd[0] - pos))[1]
        return None

    def story(self, pos: int) -> dt.date | None:
        """The day a present-tense story has reached, if it is near and well before the reference day."""
        ref = self.ref_day(pos)
        if self.story_day is None or pos - self.story_pos > NARRATIVE_REACH or ref is None:
            return None
        return self.story_day if (ref - self.story_day).days > 7 else None

    def year_context(self, pos: int, mon: int | None = None) -> int | None:
        """The year named explicitly shortly before ``pos`` (it carries over to a month without year).

        A month ``mon`` before the month named with that year is not carried back ("Im November 1998 ...
        Im Mai": a story goes forward, so that May is not 1998's); it is left to the tense.
        """
        if self.last_year is None or pos - self.last_year[0] > 400:
            return None
        if mon is not None and self.last_month is not None and mon < self.last_month:
            return None
        return self.last_year[1]

    def last_named_month(self, pos: int, *, text_only: bool = False) -> tuple[int, int | None] | None:
        """The year (and month, where one was named with it) the text last named before ``pos``: a year named
        explicitly nearby, or the day it is at, whichever came last; None without either.  The day is the
        narrative day (the reference day when the text names none), or with ``text_only`` only a day the text
        named within reach (the reference date is not what a story's "drei Jahre später" counts from)."""
        named = self.year_context(pos)
        if text_only:
            day = self.last_day if pos - self.last_pos <= NARRATIVE_REACH else None
        else:
            day = self.narrative_day(pos)
        if named is not None and self.last_year is not None and (day is None or self.last_year[0] >= self.last_pos):
            return named, self.last_month
        return (day.year, day.month) if day is not None else None

    def elsewhere_in_time(self, pos: int) -> bool:
        """Whether the text has moved to a year of its own since the last day it named: "Im Mai 2015 zog er
        nach Wien. Drei Wochen später ..." counts from no day the text gives, and not from the reference day."""
        named = self.year_context(pos)
        ref = self.ref_day(pos)
        if named is None or self.last_year is None or ref is None or named == ref.year:
            return False
        return self.last_day is None or pos - self.last_pos > NARRATIVE_REACH or self.last_year[0] > self.last_pos

    def sentence_offset_year(self, m: RuleMatch) -> int | None:
        """The year an offset earlier in the same sentence went back to: "vor 50 Jahren, ... der 8. Mai"."""
        if self.offset_year is None or self.offset_year[0] >= m.start():
            return None
        s, _ = sentence_bounds(self.text, m.start(), m.end(), *self.region)
        return self.offset_year[1] if self.offset_year[0] >= s else None

    def same_month_year(self, pos: int, mon: int) -> int | None:
        """The year of the month last named with one, if it is ``mon``: "Im März 1992 ... am 5. März"."""
        if self.last_month == mon and self.last_year is not None and pos - self.last_year[0] <= 400:
            return self.last_year[1]
        return None

    def narrative_day(self, pos: int, reach: int = NARRATIVE_REACH) -> dt.date | None:
        """The day the text last named (within ``reach`` characters), else the reference day."""
        if self.last_day is not None and pos - self.last_pos <= reach:
            return self.last_day
        return self.ref_day(pos)

    def habitual(self, start: int, end: int) -> bool:
        """Whether a part of the day at ``[start, end)`` has no day to belong to: none named in its sentence or
        the one before ("Am Sonntag regnet es. Nachts wird es kalt" is that Sunday's night)."""
        s, _ = sentence_bounds(self.text, start, end, *self.region)
        before, _ = sentence_bounds(self.text, max(self.region[0], s - 2), max(self.region[0], s - 1), *self.region)
        return self.last_pos < min(s, before)

    def time_day(self, pos: int) -> dt.date | None:
        """The day of a bare clock time: the day named just before; further back only a day of the past (a
        report of events), not a coming day (a list of events: "morgen ... im Theatersaal, 20 Uhr")."""
        ref = self.ref_day(pos)
        if self.last_day is not None and ref is not None and self.last_day > ref:
            return self.narrative_day(pos, TIME_REACH)
        return self.narrative_day(pos)

    def in_frame(self, pos: int) -> bool:
        """Whether ``pos`` follows a recurring frame closely, in its sentence, with no day named after it."""
        if 0 <= pos - self.frame_end <= TIME_REACH and self.last_pos < self.frame_end:
            return _SENTENCE_END.search(self.text, self.frame_end, pos) is None
        return False

    def recurring(self, pos: int) -> bool:
        """Whether a clock time at ``pos`` belongs to no one day: it follows a set ("jeden Samstag, 6-18 Uhr"),
        two days joined by "und" ("25. und 26. August von 10-18 Uhr") or a word of repetition ("wochentags")."""
        if self.in_frame(pos):
            return True
        word = _recurring_words().search(self.text, max(0, pos - RECURRING_REACH), pos)
        return word is not None and _SENTENCE_END.search(self.text, word.end(), pos) is None

    def every_year(self, pos: int) -> bool:
        """Whether a day without a year at ``pos`` recurs: "Jedes Jahr, am 28. Dezember" (XXXX-12-28)."""
        return self.yearly and self.in_frame(pos)

    def statement_day(self, m: RuleMatch, years: bool = False) -> dt.date | None:
        """An explicit day given in the same sentence (a statement's own date), else the reference day.

        For an offset in ``years``, a later day without a year of its own does not count: in "Vor 30 Jahren ...
        war der 9. November ..." that day's year is the offset's, not the other way round.
        """
        s, e = sentence_bounds(self.text, m.start(), m.end(), *self.region)
        i = bisect.bisect_left(self.explicit_days, (s,))
        while i < len(self.explicit_days) and self.explicit_days[i][0] < e:
            pos, d = self.explicit_days[i]
            later_guess = years and pos >= m.end() and pos not in self.dated_days
            if not (m.start() <= pos < m.end()) and not later_guess:
                return d
            i += 1
        return self.ref_day(m.start())

    def statement_year(self, m: RuleMatch) -> int | None:
        """The year a statement is about, for "im Vorjahr": a year named earlier in the same sentence ("2019 stieg
        der Umsatz gegenüber dem Vorjahr"), else the year of the statement's day."""
        if self.last_year is not None and self.last_year[0] < m.start():
            s, _ = sentence_bounds(self.text, m.start(), m.end(), *self.region)
            if self.last_year[0] >= s:
                return self.last_year[1]
        said = self.statement_day(m)
        return said.year if said is not None else None

    def note(self, pos: int, t: Timex, handler: str, m: RuleMatch) -> None:
        """Update the narrative state after an expression at ``pos`` resolved to ``t``."""
        # "bis Freitag" (still to come) names a deadline, not the day the text is at.
        deadline = (
            m.group().lower().startswith("bis")
            and t.day is not None
            and (self.anchor.day is None or t.day > self.anchor.day)
        )
        # A bare time on a coming day it took from the text does not carry that day further (a list of events).
        ref = self.ref_day(pos)
        inherited = (
            handler in ("time", "time_range") and t.day is not None and t.day == self.last_day
            and ref is not None and t.day > ref
        )
        if t.type == "SET" or (handler == "day_range" and _JOINED_DAYS.search(m.group())):
            self.frame_end = m.end()
            self.yearly = t.value == "P1Y"
        if t.day is not None and not deadline and not inherited:
            self.last_day = t.day
            self.last_pos = pos
        clock = _CLOCK_VALUE.match(t.value) if t.day is not None and not deadline else None
        if clock is not None:
            self.last_clock = (pos, dt.datetime.fromisoformat(clock.group()))
        if handler == "absolute" and t.day is not None and _is_credit_stamp(self.text, m):
            self.entry_day = t.day  # "(APA, 22.8.2015)": what follows counts from the stamp
        explicit_year = handler == "follow_unit" or (  # "2010 ... im Jahr darauf ... im Jahr darauf": 2011, 2012
            handler in ("absolute", "month", "year", "season", "day_range", "half_year") and bool(m.get("year"))
        )
        if handler == "offset" and _YEAR_VALUE.fullmatch(t.value) and t.earliest is not None:
            self.offset_year = (pos, t.earliest.year)
        if explicit_year and t.earliest is not None:
            self.last_year = (pos, t.earliest.year)
            self.last_month = t.earliest.month if _MONTH_VALUE.match(t.value) else None
        if handler in ("absolute", "day_range") and t.day is not None:
            line_start = self.text.rfind("\n", 0, pos) + 1
            # A stamp: a dated clock time at the start of a line, closing it or followed by ":" ("28.4.2020,
            # 12.45 Uhr: ..."); a date at the start of running text ("Am 3. März um 14 Uhr explodierte") is none.
            rest = self.text[m.end() : m.end() + 4].lstrip(" ")
            closes = not rest or rest[0] in ":\n\r|•"
            stamp = t.type == "TIME" and m.get("hour") is not None and pos - line_start <= 25 and closes
            if stamp and (self.anchor.day is None or t.day <= self.anchor.day):
                self.entry_day = t.day
            elif m.get("day") and not stamp and (self.anchor.day is None or t.day <= self.anchor.day):
                self.story_day, self.story_pos = t.day, pos


# How far (characters) before a clock time a word of repetition makes it a time of no one day.
RECURRING_REACH = 30
_JOINED_DAYS = regex.compile(r"\d\.\s+und\s+\d")
_SENTENCE_END = regex.compile(r"[.!?]\s")


@functools.cache
def _recurring_words() -> regex.Pattern[str]:
    """Words of repetition (table "recurring" of dates_normalization.tsv), compiled on first use."""
    words = "|".join(regex.escape(w) for w in vocabulary().norm.get("recurring", {}))
    return regex.compile(rf"(?i)\b(?:{words})\b")

_MONTH_VALUE = regex.compile(r"\d{4}-\d\d")
_YEAR_VALUE = regex.compile(r"\d{4}")
_CLOCK_VALUE = regex.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


# "(APA, " or "(dpa/AFP, " right before a date: an agency's stamp in the middle of a text.
_CREDIT_BEFORE = regex.compile(r"\(\s*\p{L}[\p{L}/.&-]{1,20},\s*$")


def _is_credit_stamp(text: str, m: RuleMatch) -> bool:
    """A date in parentheses after an agency's name: "(APA, 22.8.2015)"."""
    return credit_before(text, m.start(), m.end()) is not None


def credit_before(text: str, start: int, end: int) -> str | None:
    """The credit ("APA", "dpa/AFP") of a date ``text[start:end]`` that stands as "(APA, 22.8.2015)", else None."""
    if not text[end : end + 3].lstrip().startswith(")"):
        return None
    m = _CREDIT_BEFORE.search(text, max(0, start - 30), start)
    return m.group().strip("( ,") if m is not None else None
