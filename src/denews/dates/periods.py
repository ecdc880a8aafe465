"""Handlers for years and long periods: years and spans of years ("1898-1976", not "2000 Euro"), centuries,
decades, composite durations ("drei Jahre und vier Monate"), duration adjectives ("2,5-stündig", "mehrtägig"),
ages that are no durations ("ab 16 Jahren") and sets with a frequency ("jeden zweiten Montag").
"""

from __future__ import annotations

import functools

import attrs
import regex

from . import timex as tx
from .anchoring import Tense
from .context import Context
from .grammar import RuleMatch
from .reading import _WORD_AFTER, _WORD_BEFORE, Emission, _mod, _norm, _s, _shifted_year, _year, shift_of
from .timex import Timex
from .vocabulary import number_value, vocabulary, word_list

# The longest span of years before 1800 read as one (a life, a reign): "1170-1230".
EARLY_SPAN = 120

def _unit(word: str) -> str:
    """The TIMEX3 unit of a unit word (Jahre: Y), without a multiplier (Viertelstunde: MIN)."""
    return vocabulary().units.get(word.lower(), "").lstrip("0123456789")


def century(m: RuleMatch, ctx: object) -> list[Emission]:
    n = int(_s(m, "cent"))
    return [(m.start(), m.end(), tx.century(n, _mod(m.get("mod"))))] if n >= 1 else []


def decade(m: RuleMatch, ctx: object) -> list[Emission]:
    mod = _mod(m.get("mod"))
    word = m.get("decw")
    if word:
        tens = int(_norm("decade_word")[word.lower()])
        cent = m.get("cent")  # "die zwanziger Jahre des 19. Jahrhunderts"
        base = (int(cent) - 1) * 100 if cent else 1900
        return [(m.start(), m.end(), tx.decade(base + 10 * tens, mod))]
    g = _s(m, "decade")
    y = int(g)
    if len(g) == 2:
        y += 1900 if y >= 20 else 2000
    return [(m.start(), m.end(), tx.decade(y, mod))]


def rel_decade(m: RuleMatch, ctx: Context) -> list[Emission]:
    """"im vergangenen Jahrzehnt": the decade before the reference year's; "Ende des Jahrzehnts": the decade of
    the year the text is at (named nearby, else the reference year's); the same for a century."""
    shift = _s(m, "dshift").lower()
    if shift == "des":
        named = ctx.last_named_month(m.start())
        year = named[0] if named is not None else None
    else:
        ref = ctx.ref_day(m.start())
        year = ref.year if ref is not None else None
    if year is None:  # no date to count from: TIMEX3 has no unknown decade, so none is given
        return []
    k = shift_of(shift) or 0
    if _s(m, "dunit").startswith("Jahrh"):  # "im vergangenen Jahrhundert": the 20th (19) said in 2026
        return [(m.start(), m.end(), tx.century(year // 100 + 1 + k, _mod(m.get("mod"))))]
    return [(m.start(), m.end(), tx.decade(year // 10 * 10 + 10 * k, _mod(m.get("mod"))))]


def _whole(amount: float | None, unit: str) -> tuple[int, str] | None:
    """A whole number of a unit (1.5 hours are 90 minutes), or None."""
    if amount is None:
        return None
    if amount != int(amount):
        smaller = {"Y": ("M", 12), "H": ("MIN", 60), "D": ("H", 24)}.get(unit)
        if smaller is None or amount * smaller[1] != int(amount * smaller[1]):
            return None
        return int(amount * smaller[1]), smaller[0]
    return int(amount), unit


def duration_pair(m: RuleMatch, first: Timex) -> Timex:
    """"drei Jahre und vier Monate": one duration of both parts (``first`` where they do not add up)."""
    a = _whole(number_value(_s(m, "num")) if m.get("num") else 1.0, _unit(_s(m, "unit")))
    b = _whole(number_value(_s(m, "num2")), _unit(_s(m, "unit2")))
    if a is None or b is None or a[1] == b[1]:
        return first
    return tx.duration_of([a, b])


@functools.cache
def _person_heads() -> tuple[str, ...]:
    """The ends of nouns for persons: the role nouns of quotes_roles.txt and table ``person_noun``, with their
    feminine, inflected and plural forms (Präsidentin, Mitglieds, Mitglieder, Freunde)."""
    words = [*word_list("quotes_roles.txt"), *_norm("person_noun")]
    heads = {w + end for w in words for end in ("", "in", "innen", "en", "n", "s", "e", "er", "ern")}
    return tuple(sorted(heads, key=len, reverse=True))


_NEXT_NOUN = regex.compile(r"\s+(\p{Lu}[\p{L}-]*\p{L})")


def before_person(m: RuleMatch, text: str) -> bool:
    """"langjähriger Präsident", "ein langjähriges Mitglied": the adjective tells of a person's tenure, which
    TimeML (as KRAUTS annotates it) does not tag; "langjährige Ermittlungen" stays a duration."""
    nxt = _NEXT_NOUN.match(text, m.end())
    return nxt is not None and nxt.group(1).lower().endswith(_person_heads())


def duration_adjective(m: RuleMatch) -> Timex | None:
    """"2,5-stündig" (PT2H30M), "einwöchigen" (P1W), "mehrtägig" (PXD)."""
    unit = _norm("adj_unit").get(_s(m, "adjunit").lower())
    if unit is None:
        return None
    word = _s(m, "num").rstrip("-").lower()
    if word[:1].isdigit():
        amount = number_value(word)
    else:
        given = _norm("adj_number").get(word)
        amount = None if given in (None, "X") else float(given)
    return tx.duration(amount, unit)


def set_frequency(m: RuleMatch, value: str) -> str:
    """"jeden zweiten Tag": ``P2D`` for ``P1D``; a weekday's value stays (TIMEX3 puts the rest in ``freq``)."""
    word = _s(m, "setnum").lower()
    if not word or not value.startswith(("P1", "PT1")):
        return value
    n = next((k for stem, k in _norm("ordinal").items() if word.startswith(stem)), word.rstrip("."))
    return value.replace("1", n, 1) if n.isdigit() else value


def every(m: RuleMatch) -> Timex | None:
    """"alle vier Jahre": the set ``P4Y``."""
    amount = number_value(_s(m, "setnum"))
    unit = _unit(_s(m, "setunits"))
    if amount is None or not unit:
        return None
    return Timex(tx.duration(amount, unit).value, "SET")


@functools.cache
def _age_before() -> regex.Pattern[str]:
    """What stands before the number of an age (table "age" of dates_normalization.tsv)."""
    table = _norm("age")
    after_noun = "|".join(w for w, kind in table.items() if kind == "noun")
    after_age = "|".join(w for w, kind in table.items())
    persons = "|".join(_norm("age_person"))
    links = "|".join(_norm("age_link"))
    approx = r"(?:(?:knapp|rund|etwa|gut|fast)\s+)?(?:(?:über|unter)\s+)?"
    return regex.compile(
        rf"(?:(?<=[\p{{L}},]\s+)\p{{Lu}}\p{{Ll}}+\s+(?:{after_noun})"  # a noun, not a sentence's first word
        rf"|\b[Aa]lters?\s+(?:{after_age})(?:\s+\w+\s+(?:bis|und))?"  # im Alter von 15 bis
        rf"|\b(?i:{persons})\s+(?:(?:{links}|\p{{Lu}}\p{{Ll}}+)\s+){{0,3}}(?:von|zwischen)(?:\s+\w+\s+(?:bis|und))?"
        rf")\s+{approx}$"  # Kinder beider Gruppen zwischen sechs und
    )


def is_age(m: RuleMatch, text: str) -> bool:
    """"Jugendliche ab 16 Jahren", "im Alter von 15 bis 26 Jahren": an age, not a duration (TimeML tags none)."""
    if _s(m, "unit").lower() != "jahren" or not m.get("num"):
        return False
    start = m.start("num")
    return _age_before().search(text, max(0, start - 90), start) is not None


def year_range(m: RuleMatch, ctx: Context) -> list[Emission]:
    """"1898-1976", "2005/2010": two years, unless they are amounts ("1500-2000 Euro"); "2019/2020" is one
    season, named by its first year."""
    if _quantity(m, ctx):
        return []
    y1, y2 = int(_s(m, "year1")), int(_s(m, "year"))
    if y1 < 1800 and not y1 < y2 <= y1 + EARLY_SPAN:  # "1200-1500": an amount, not a span of years
        return []
    if y2 == y1 + 1 and "/" in ctx.text[m.end("year1") : m.start("year")]:
        return [(m.start(), m.end(), tx.year(y1))]
    return [
        (m.start(), m.end("year1"), tx.year(int(_s(m, "year1")))),
        (m.start("year"), m.end(), tx.year(int(_s(m, "year")))),
    ]


def _quantity(m: RuleMatch, ctx: Context) -> bool:
    """A bare four-digit number that reads as an amount or identifier: ``2000 Euro``, ``rund 1900``."""
    v = vocabulary()
    after = _WORD_AFTER.match(ctx.text, m.end(), min(len(ctx.text), m.end() + 40))
    if after is not None and after.group(1).lower().startswith(v.quantity_nouns):
        return True
    if m.group().strip()[:1].isdigit():  # no preposition inside the match: look at the word before
        before = _WORD_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
        if before is not None and before.group(1).lower() in v.quantity_cues:
            return not _names_an_example(ctx.text, before.end(1))
    return False


_TWO_WORDS_BEFORE = regex.compile(r"(\p{L}+)\s+(\p{L}+)\s*$")


def _names_an_example(text: str, cue_end: int) -> bool:
    """Whether the quantity cue ending at ``cue_end`` follows "als"/"wie": "als etwa 1930" gives an example."""
    two = _TWO_WORDS_BEFORE.search(text, max(0, cue_end - 40), cue_end)
    return two is not None and f"{two.group(1)} {two.group(2)}".lower() in _norm("example")


def year(m: RuleMatch, ctx: Context) -> list[Emission]:
    y = int(_s(m, "year"))
    if _quantity(m, ctx):
        return []
    # "um 1900" is about 1900 (before a clock time, "um" is exact: "um 19 Uhr").
    mod = _mod(m.get("mod")) or ("APPROX" if m.group()[:3].lower() == "um " else None)
    return [(m.start(), m.end(), tx.year(y, mod))]


def follow_unit(m: RuleMatch, ctx: Context) -> list[Emission]:
    """"im selben Jahr", "im Jahr darauf", "im Folgemonat": the year or month the text last named, counted on."""
    words = m.group().lower()
    k = next((int(v) for stem, v in _norm("follow").items() if stem in words), 0)
    month = "monat" in _s(m, "unit").lower()
    base = ctx.last_named_month(m.start())
    if base is None:
        return [(m.start(), m.end(), Timex("XXXX-XX" if month else "XXXX"))]
    y, mon = base
    if not month:
        return [(m.start(), m.end(), tx.year(y + k))]
    if mon is None:  # "2010 ... im selben Monat": a year without its month
        return [(m.start(), m.end(), Timex("XXXX-XX"))]
    y, mon0 = divmod(y * 12 + mon - 1 + k, 12)
    return [(m.start(), m.end(), tx.month(y, mon0 + 1))]


def season(m: RuleMatch, ctx: Context) -> list[Emission]:
    code = tx.season_code(_s(m, "season"))
    if m.get("span"):  # "den Sommer über": as long as a summer, not one summer's date
        return [(m.start(), m.end(), Timex(f"P1{code}", "DURATION"))]
    y = _year(m.get("year")) or _shifted_year(m, ctx)  # "im Herbst vergangenen Jahres"
    if y is None:
        a = ctx.anchor
        if a.year is None or a.month is None or ctx.every_year(m.start()):  # "jedes Jahr im Herbst"
            return [(m.start(), m.end(), Timex(f"XXXX-{code}", mod=_mod(m.get("smod"), "season_mod")))]
        y = a.year
        start, end = tx.SEASONS[code]
        k = shift_of(m.get("shift"))
        if code == "WI" and a.month <= 2:
            y -= 1  # January/February belong to the winter that began the year before
        if k is not None and k != 0:
            y += k
        elif k is None:
            tense = ctx.tense(m)
            if tense is Tense.PAST and start > a.month and code != "WI":
                y -= 1
            elif tense is Tense.FUTURE and end < a.month and code != "WI":
                y += 1
    t = tx.season(y, code)
    mod = _mod(m.get("smod"), "season_mod")  # "im Spätsommer": the end of that summer
    return [(m.start(), m.end(), attrs.evolve(t, mod=mod) if mod else t)]


def counted_from_text(ctx: Context, m: RuleMatch, amount: float, unit: str, sign: int) -> Timex | None:
    """Whole years or months counted from the year (month) the text last named; None when it named none, or
    only a year for a count of months, or the amount is no whole number, or the count lands after the
    reference year in a sentence not told in the future (a heading "25 Jahre danach" under a later year)."""
    named = ctx.last_named_month(m.start(), text_only=True)
    if named is None or amount != int(amount):
        return None
    year, month = named
    if unit == "Y":
        t = tx.year(year + sign * int(amount))
    elif month is None:  # "2015 ... zwei Monate später": which month is not said
        return None
    else:
        y, m0 = divmod(year * 12 + month - 1 + sign * int(amount), 12)
        t = tx.month(y, m0 + 1)
    ref = ctx.anchor.year
    if ref is not None and t.earliest is not None and t.earliest.year > ref and ctx.clause_tense(m) is not Tense.FUTURE:
        return None
    return t
