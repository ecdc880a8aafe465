"""Temporal expressions: find them in a text, resolve them to TIMEX3 values and calendar days.

``find_dates`` scans each region once with the grammar (``grammar.py``, rules in
``lexicons/dates_grammar.txt``), then resolves the matches in text order (``handlers.py``) against the
reference date, the tense of their clause and the days the text itself names (``anchoring.py``).
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from collections.abc import Sequence
from itertools import filterfalse

import attrs
import regex

from ..model import Span, TimeExpression
from .anchoring import Anchor, prefix_anchor
from .compounds import is_unit_compound, unit_compounds
from .context import Context
from .extent import standard_extent
from .grammar import Grammar, RuleMatch, grammar, sub_grammar
from .handlers import HANDLERS
from .resolve import absolute_value

__all__ = ["find_dates"]

_FULL_WORD_DOT = regex.compile(r"[\p{L}\d]{4,}\.$")

# How far (characters) the day of an event may follow "am Vortag der Gespräche".
EVENT_REACH = 600


_TOKEN = regex.compile(r"[\p{L}\p{N}]+")
# The same words for the one scan over a whole region: the standard library's engine finds these simple
# tokens faster than ``regex`` (``[^\W_]`` is a letter or a digit, as ``str.isalnum`` says).
_TOKEN_SCAN = re.compile(r"[^\W_]+")
_NUM = frozenset({"num"})
_FIRST = operator.itemgetter(0)
_WD = frozenset({"wd"})
_CUNIT = frozenset({"cunit"})
# Most words an expression may start with stand at most this many words before its trigger word.
_MAX_JOINERS = 5
# Trigger words this close (characters) may belong to one expression.
_NEAR = 24


def _classes(word: str, g: Grammar) -> frozenset[str] | None:
    """The trigger classes of a lower-case word, or None if it carries no expression."""
    if word[0].isdigit():
        return _NUM
    found = g.triggers.get(word)
    if found is not None:
        return found
    if len(word) > 7 and word.startswith(g.weekday_stems):  # compounds the lists do not hold: samstagabend
        return _WD
    if is_unit_compound(word, g):  # zwei sonnentage, zehn arbeitsjahre
        return _CUNIT
    return None


def _joins(word: str, joiners: frozenset[str]) -> bool:
    # Inflected forms of the pattern words count too: vergangene[nrms], diese[nrms].
    return word[0].isdigit() or word in joiners or word[:-1] in joiners or word[:-2] in joiners


def _number_may_date(low: str, start: int, end: int, g: Grammar) -> bool:
    """Whether the number ``low[start:end]`` can carry an expression by itself.

    Years (1800-2099), days and months with dots (7. August, 07.08.2025, 24./30.10.), clock times (12:30),
    decimals before a unit (0,25 Sekunden), numbers before a unit, a month or ``Uhr``.  Other numbers
    ("100 Menschen", "2,8 Prozent", "10.000") still join an expression whose trigger follows ("in den
    vergangenen 40 Jahren" is found from "Jahren").
    """
    token = low[start:end]
    if not token.isdigit() or (len(token) == 4 and token[:2] in ("18", "19", "20")):
        return True  # 1980er, or a year
    n = len(low)
    if end >= n:
        return False
    if len(token) == 4 and token[0] == "1" and _EARLY_YEAR_RANGE.match(low, end, min(n, end + 8)):
        return True  # 1170-1230: years before 1800 only as a span, or named as years (im Jahre 1722)
    if len(token) == 4 and token[0] == "1" and _EARLY_YEAR_CUE.search(low, max(0, start - 12), start):
        return True
    c = low[end]
    small = len(token) <= 2
    if c == " ":
        m = _NEXT_WORD.match(low, end + 1, min(n, end + 30))  # one or two more spaces: "ab  20  Uhr"
        return m is not None and (m.group(1) in g.number_heads or m.group(1)[0].isdigit())
    if not small:
        return False
    after = low[end + 1] if end + 1 < n else ""
    if c == ":":  # 12:30, not a score (2:1, 6:3) or a race time (1:19:29)
        return bool(_CLOCK_TAIL.match(low, end, min(n, end + 4)))
    if c == "/":
        return after.isdigit()
    if c == "-":  # 3-tägig, 2,5-stündig, 14-Tage-Frist
        m = _TOKEN.match(low, end + 1, min(n, end + 20))
        if m is None:
            return False
        word = m.group()
        return (word.startswith(g.adjective_units) and "jährig" not in word) or word in g.number_heads
    if c == ".":
        if _THOUSANDS.match(low, end, min(n, end + 5)):
            return False  # 3.000 Euro
        if after.isdigit() or after == "/":
            return True  # 07.08.2025, 20.10., 24./30.10.
        m = _TOKEN.match(low, end + 2, min(n, end + 30)) if after == " " else None
        return m is not None and (m.group() in g.number_heads or m.group()[0].isdigit())
    if c == ",":
        m = _DECIMAL_HEAD.match(low, end, min(n, end + 40))
        return m is not None and m.group(1) in g.number_heads
    return False


_NEXT_WORD = regex.compile(r" {0,2}([\p{L}\p{N}]+)")
_EARLY_YEAR_RANGE = regex.compile(r"\s?[-–]\s?1\d{3}(?!\d)")
_EARLY_YEAR_CUE = regex.compile(r"(?<![\w])(?:jahre?s?|anno)\s+$")
_CLOCK_TAIL = regex.compile(r":[0-5]\d(?![\d:])")
_THOUSANDS = regex.compile(r"\.\d{3}(?![\d.])")
_DECIMAL_HEAD = regex.compile(r",\d{1,3}\s+(\p{L}+)")


# Words that start with an ASCII digit, all found in one scan: the engine skips from digit to digit, and a
# match that does not start a word ("q3", "b2b") is dropped by the caller (a look-behind for it here would
# cost the engine its skip: four times as long).
_ASCII_NUMBER = re.compile(r"[0-9][^\W_]*")

#: Distinct candidate trigger words up to which they are found by ``str.find`` scans.
_MAX_SCANNED_WORDS = 48

# Every ASCII byte that is no letter or digit becomes a space; the bytes of other characters stay.  Split on
# spaces, the UTF-8 text then falls apart into its words, each maybe glued to non-ASCII punctuation („Montag“).
_ASCII_SEPARATORS = bytes(c if chr(c).isalnum() or c >= 0x80 else 0x20 for c in range(256))


def _candidates(low: str, g: Grammar) -> set[str]:
    """The distinct words of ``low`` that may carry an expression: trigger words, weekday compounds and the
    numbers that do not start with an ASCII digit (``²``; ``_triggers`` finds the others in one scan).

    A word is a maximal run of letters and digits (``str.isalnum``).  ``bytes.translate`` and ``bytes.split``
    cut the encoded text into words much faster than a regular expression walks it; only the few pieces
    with non-ASCII bytes are decoded and looked at one by one.
    """
    spaced = low.encode("utf-8", "surrogatepass").translate(_ASCII_SEPARATORS)
    pieces = spaced.split()  # no set of them: the frozenset's intersection probes the list as it is
    found = {w.decode() for w in g.trigger_bytes.intersection(pieces)}
    for stem in g.weekday_stem_bytes:  # compounds the word lists do not hold: samstagabend
        p = spaced.find(stem)
        while p >= 0:
            e = spaced.find(b" ", p)
            e = len(spaced) if e < 0 else e
            if e - p > 7 and (p == 0 or spaced[p - 1] == 0x20):  # bytes: at least as many as characters
                word = spaced[p:e].decode("utf-8", "surrogatepass")
                if len(word) > 7 and word.isalnum():  # else glued to punctuation: read with the pieces below
                    found.add(word)
            p = spaced.find(stem, e)
    found.update(unit_compounds(spaced, g))
    stems = g.weekday_stems
    for piece in set(filterfalse(bytes.isascii, pieces)):
        text = piece.decode("utf-8", "surrogatepass")
        for w in (text,) if text.isalnum() else _TOKEN_SCAN.findall(text):
            if (
                w in g.trigger_words
                or (w[0].isdigit() and not w[0].isascii())
                or (len(w) > 7 and w.startswith(stems))
                or is_unit_compound(w, g)
            ):
                found.add(w)
    return found


def _triggers(low: str, g: Grammar, orig: str | None = None) -> list[tuple[int, frozenset[str], bool]]:
    """Start offsets, classes and joining power of the trigger words of ``low`` (lower case), in order.

    ``orig`` is the text before lowering (same offsets): with it, capital-only triggers in lower case
    (``so``, ``do``) are left out.
    """
    hits: list[tuple[int, frozenset[str], bool]] = []
    n = len(low)
    candidates = _candidates(low, g)
    if len(candidates) > _MAX_SCANNED_WORDS:
        # Each candidate costs one scan of the text: past a few dozen, one pass over all tokens is cheaper
        # and keeps the cost linear in the length of the text whatever it holds (tables, number lists).
        return _triggers_by_tokens(low, g, orig)
    for m in _ASCII_NUMBER.finditer(low):
        p, e = m.span()
        if (p == 0 or not low[p - 1].isalnum()) and _number_may_date(low, p, e, g):
            hits.append((p, _NUM, False))
    for word in candidates:
        cls = _classes(word, g)
        if cls is None:
            continue
        cased = orig if orig is not None and word in g.capital_only else None
        joins = not word[0].isdigit() and word in g.joiners
        number = cls is _NUM
        size = len(word)
        p = low.find(word)
        while p >= 0:
            e = p + size
            whole = (p == 0 or not low[p - 1].isalnum()) and (e == n or not low[e].isalnum())
            if whole and (not number or _number_may_date(low, p, e, g)) and not (cased and cased[p].islower()):
                hits.append((p, cls, joins))
            p = low.find(word, e)
    hits.sort(key=_FIRST)  # stable: a number found twice keeps its order
    return hits


def _triggers_by_tokens(low: str, g: Grammar, orig: str | None = None) -> list[tuple[int, frozenset[str], bool]]:
    """Start offsets, classes and joining power of the trigger words of ``low`` (lower case), in order.

    One pass over the words; what a word carries is looked up once per distinct word.
    """
    hits: list[tuple[int, frozenset[str], bool]] = []
    seen: dict[str, tuple[frozenset[str], bool] | None] = {}
    for m in _TOKEN_SCAN.finditer(low):
        word = m.group()
        if word in seen:
            info = seen[word]
        else:
            cls = _classes(word, g)
            info = None if cls is None else (cls, not word[0].isdigit() and word in g.joiners)
            seen[word] = info
        if info is None:
            continue
        p, e = m.span()
        if info[0] is _NUM and not _number_may_date(low, p, e, g):
            continue
        if orig is not None and orig[p].islower() and word in g.capital_only:
            continue
        hits.append((p, info[0], info[1]))
    return hits


def _word_before(seg: str, pos: int) -> tuple[int, int] | None:
    """The word that ends at most three separator characters before ``pos`` in ``seg``."""
    if pos >= 2 and seg[pos - 1] == " " and seg[pos - 2].isalnum():
        # The usual case, one space before a word: find the word's start with str methods.
        i = pos - 2
        j = max(seg.rfind(" ", max(0, i - 40), i) + 1, i - 39)
        if seg[j : i + 1].isalnum() and (j == 0 or j == i - 39 or not seg[j - 1].isalnum()):
            return j, i + 1
    i = pos - 1
    while i >= 0 and pos - i <= 3 and not seg[i].isalnum():
        i -= 1
    if i < 0 or seg[i].isalnum() is False or i == pos - 1:
        return None
    j = i
    while j >= 0 and i - j < 40 and seg[j].isalnum():
        j -= 1
    return j + 1, i + 1


def _raw_matches(text: str, regions: Sequence[Span]) -> list[tuple[RuleMatch, str, Span]]:
    """Grammar matches in ``regions``: rules are tried only at trigger words and the words joined before them.

    At each trigger the earliest joined start is tried first, so the longest expression wins; matches do
    not overlap and never cross a region boundary.
    """
    g = grammar()
    joiners = g.joiners
    out: list[tuple[RuleMatch, str, Span]] = []
    for region in regions:
        start, end = max(0, region.start), min(len(text), region.end)
        if start >= end:
            continue
        seg = text[start:end]
        low = seg.lower()
        if len(low) != len(seg):  # a few characters change length in lower case: keep offsets exact
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in seg)
        last = 0  # offset in seg after the last match
        hits = _triggers(low, g, seg)
        for h, (pos, classes, joins) in enumerate(hits):
            if pos < last:
                continue
            sub = sub_grammar(classes)
            # A trigger that is also a pattern word may open the next one's expression: "nun seit vier Jahren".
            # The next trigger's rules are tried too and the longer match wins (rule sets stay per class, so
            # only a few of them are ever compiled).
            second = None
            if joins and h + 1 < len(hits) and hits[h + 1][0] - pos <= _NEAR and hits[h + 1][1] != classes:
                second = sub_grammar(hits[h + 1][1])
            starts = [pos]
            while len(starts) <= _MAX_JOINERS:
                prev = _word_before(low, starts[-1])
                if prev is None or prev[0] < last or not _joins(low[prev[0] : prev[1]], joiners):
                    break
                starts.append(prev[0])
            for s in reversed(starts):
                chosen = sub
                m = sub.pattern.match(text, start + s, end)
                if m is not None and m.end() == m.start():
                    m = None
                if second is not None:  # the longer match wins, the first trigger's on a tie
                    m2 = second.pattern.match(text, start + s, end)
                    if m2 is not None and m2.end() > m2.start() and (m is None or m2.end() > m.end()):
                        m, chosen = m2, second
                if m is None:
                    continue
                # The rule that matched: its group is the last to close (``lastindex``), as each rule is one
                # branch of the alternation wrapped in a group of its own; that rule alone reads its groups.
                handler, rule, groups = chosen.rule_at[m.lastindex or 0]
                full = rule.match(text, m.start(), end)
                assert full is not None and full.end() == m.end()  # the same rule at the same place
                out.append((RuleMatch(full, groups), handler, region))
                last = m.end() - start
                break
    return out


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    """``[s, e)`` without the spaces a pattern may have taken at its edges, nor a sentence's full stop."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e - s > 1 and text[e - 1] == "." and _FULL_WORD_DOT.search(text, s, e):
        e -= 1  # "am 17. November." ends a sentence; "Okt." keeps its dot
    return s, e


def _note_explicit_days(ctx: Context, matches: Sequence[tuple[RuleMatch, str, Span]]) -> None:
    """Explicit days (day, month and year, or day and month) first: statement dates and event days."""
    for m, handler, region in matches:
        if handler == "absolute":
            ctx.region = (region.start, region.end)
            t = absolute_value(m, ctx)
            if t is not None and t.day is not None:
                ctx.explicit_days.append((m.start(), t.day))
                if m.get("year"):
                    ctx.dated_days.add(m.start())


def find_dates(
    text: str,
    regions: Sequence[Span],
    reference_date: dt.date | None,
    anchors: Sequence[Span] = (),
    vague: bool = False,
) -> tuple[TimeExpression, ...]:
    """Temporal expressions inside ``regions`` of ``text``, resolved against ``reference_date``.

    Spans are TIMEX3 extents (``extent.py``: no leading preposition).  Vague references (values
    ``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``) are left out unless ``vague`` is true.

    Without a reference date, a leading ``date YYYY-MM[-DD]`` stamp of the text anchors what it can, and so
    do the days named in ``anchors`` (pieces not searched for expressions themselves, such as an embedded
    tweet's date or a summary box: "Unfall ereignete sich am 8. April 2025" fixes which Tuesday "am Dienstag"
    is); with none of these, relative expressions get values that name no day (``XXXX-XX-XX``, ``PAST_REF``).
    """
    if not text or not regions:
        return ()
    anchor = Anchor.of(reference_date) if reference_date is not None else prefix_anchor(text)
    matches = _raw_matches(text, regions)
    ctx = Context(text, anchor)
    if anchor.day is None and anchors:
        matches_at = [*matches, *((m, h, r) for m, h, r in _raw_matches(text, anchors) if h == "absolute")]
        matches_at.sort(key=lambda mhr: mhr[0].start())
    else:
        matches_at = matches
    _note_explicit_days(ctx, matches_at)
    out: list[TimeExpression] = []
    last_end = -1
    pending: int | None = None  # "am Vortag der Gespräche": waits for the next day the text names
    for m, handler, region in matches:
        if handler == "vague" and not vague:
            continue  # its values are all vague references (``*_REF``): resolved only when they are kept
        ctx.region = (region.start, region.end)
        try:
            emitted = HANDLERS[handler](m, ctx)
        except (ValueError, OverflowError, KeyError, IndexError):  # a day beyond the calendar: no expression
            emitted = []
        for s, e, t in emitted:
            s, e = _trimmed(text, s, e)
            if s >= e or s < last_end or (not vague and t.value.endswith("_REF")):
                continue
            s, e, lead_mod = standard_extent(text, s, e, t.type)
            if pending is not None and t.day is not None:
                if s - out[pending].span.end <= EVENT_REACH:
                    before = t.day - dt.timedelta(days=1)
                    out[pending] = attrs.evolve(out[pending], value=before.isoformat(), earliest=before, latest=before)
                pending = None
            if handler == "relday" and m.get("gen") and t.day is None:
                pending = len(out)
            ctx.note(s, t, handler, m)
            mod = t.mod or lead_mod
            out.append(TimeExpression(text[s:e], Span(s, e), t.value, t.type, t.earliest, t.latest, mod))  # type: ignore[arg-type]
            last_end = e
    return tuple(out)
