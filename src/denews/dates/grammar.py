"""The patterns: ``lexicons/dates_grammar.txt`` with its macros filled from the vocabulary, compiled once.

The rules are grouped by the class of trigger word that carries them (a number, a month, a weekday, a unit
of time, ...).  The scan looks only at trigger words and tries, at the few words joined before each, one
alternation of the rules of that word's classes (one named group ``r<index>`` per rule).  At a position the
first rule that matches wins, and the rules are ordered from the most specific to the most general.

The alternations are compiled with the standard library's ``re``: on these patterns it matches in about two
thirds of the time ``regex`` takes.  ``re`` wants every group name once per pattern, while the rules share
names (``day``, ``year``) and a rule may name two alternatives alike (``hour`` in ``{TIME}``), so each group
is renamed apart and a ``RuleMatch`` reads the groups of the rule that matched by the names the rule gives.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Mapping
from typing import overload

import attrs
import regex

from .._data import read_text
from .vocabulary import vocabulary


@attrs.frozen
class Rule:
    name: str
    handler: str
    type: str
    pattern: str
    classes: frozenset[str] = frozenset()


@attrs.frozen
class Grammar:
    rules: tuple[Rule, ...]
    # Lower-cased trigger word -> its classes (num: every number, handled apart).
    triggers: dict[str, frozenset[str]]
    # Words that may stand before a trigger inside an expression (am, seit, vergangenen, drei, Ende, ...).
    joiners: frozenset[str]
    trigger_words: frozenset[str]  # the keys of ``triggers``
    trigger_bytes: frozenset[bytes]  # the same, UTF-8 encoded (for the scan over the encoded text)
    number_heads: frozenset[str]  # words after a number that make it part of an expression (Jahren, Mai, Uhr)
    weekday_stems: tuple[str, ...]  # for compounds: Samstagabend, Freitagmittag
    weekday_stem_bytes: tuple[bytes, ...]  # the same, UTF-8 encoded
    # Triggers that carry an expression only when capitalized: the weekday abbreviations (So, Mo, Do),
    # which in lower case are common words (so, do) that no rule can start with.
    capital_only: frozenset[str] = frozenset()
    # Stems of duration adjectives after a number and a hyphen (3-tägig, 2,5-stündig).
    adjective_units: tuple[str, ...] = ()
    # Last parts of compounds on a unit (sonnentage, arbeitsjahren): such a word carries class "cunit".
    compound_heads: tuple[str, ...] = ()


@attrs.frozen
class SubGrammar:
    """The rules of some trigger classes as one compiled alternation."""

    # One group per rule, the rules' own groups made non-capturing: a capturing group costs the engine a copy
    # of its marks at every branch it tries, so the alternation finds where a match ends and which rule made it
    # at about half the cost; that rule alone (``rule_at``) then reads its groups at the same position.
    pattern: re.Pattern[str]
    # (group number, handler, group numbers by name in the rule's own pattern) of each rule, in order.
    slots: tuple[tuple[int, str, Mapping[str, tuple[int, ...]]], ...]
    # The same by group number (the rule that matched is the one whose group closed last, ``Match.lastindex``),
    # with the rule's own pattern.
    rule_at: Mapping[int, tuple[str, re.Pattern[str], Mapping[str, tuple[int, ...]]]] = attrs.field(factory=dict)


class RuleMatch:
    """A match of one rule: its groups by the names the rule's pattern gives them.

    Where the rule gives one name to several groups, the last of them that took part answers, as the
    ``regex`` module reads a name used twice: ``Mitte bis Ende Juni`` (``mod`` twice) is read by ``Ende``,
    and of two alternatives (``hour`` in ``{TIME}``) only one takes part.  A name the rule does not use
    raises ``IndexError`` in ``group``, ``start`` and ``end``, as ``re.Match.group`` does for an unknown
    name; ``get`` answers None for it.
    """

    __slots__ = ("_groups", "_m")

    def __init__(self, m: re.Match[str], groups: Mapping[str, tuple[int, ...]]) -> None:
        self._m = m
        self._groups = groups

    def _index(self, name: str) -> int:
        found = self._groups.get(name)
        if found is None:
            raise IndexError(f"no such group: {name!r}")
        for i in reversed(found[1:]):
            if self._m.start(i) >= 0:
                return i
        return found[0]

    def get(self, name: str) -> str | None:
        """The text of group ``name``; None where it did not take part or the rule has no such group."""
        found = self._groups.get(name)
        if found is None:
            return None
        m = self._m
        if len(found) == 1:  # most names: one group
            return m.group(found[0])
        for i in reversed(found):
            value = m.group(i)
            if value is not None:
                return value
        return None

    @overload
    def group(self) -> str: ...
    @overload
    def group(self, name: str) -> str | None: ...
    def group(self, name: str | None = None) -> str | None:
        if name is None:
            return self._m.group()
        if name not in self._groups:
            raise IndexError(f"no such group: {name!r}")
        return self.get(name)

    def start(self, name: str | None = None) -> int:
        return self._m.start() if name is None else self._m.start(self._index(name))

    def end(self, name: str | None = None) -> int:
        return self._m.end() if name is None else self._m.end(self._index(name))

    def __repr__(self) -> str:
        return f"<RuleMatch span={self._m.span()!r} match={self._m.group()!r}>"


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first, spaces as ``\\s+``."""
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in uniq)


def _capitalized(words: Iterable[str]) -> list[str]:
    return [w[:1].upper() + w[1:] for w in words]


def _engine_macros() -> dict[str, str]:
    v = vocabulary()
    vague_forms: list[str] = []
    for phrase in v.vague_phrases:
        vague_forms.append(phrase)
        vague_forms.append(phrase[:1].upper() + phrase[1:])
    return {
        "WD": _alternation(_capitalized(v.weekdays)),
        "WDA": _alternation(_capitalized(v.weekday_abbr)),
        "MON": _alternation(_capitalized(v.months)),
        "MONW": _alternation(v.full_months),
        "NUMW": "(?i:" + _alternation(v.numbers) + ")",
        "UNIT": _alternation(_capitalized(v.units)),
        "DPN": _alternation(v.daypart_nouns),
        "DPA": _alternation([*v.daypart_adverbs, *_capitalized(v.daypart_adverbs)]),
        "VAGUE": _alternation(vague_forms),
        "RELDAY": "(?i:" + _alternation(v.relative_days) + ")",
        "HOL": _alternation(v.holiday_names),
        "DECW": "(?i:" + _alternation(v.norm.get("decade_word", {})) + ")",
        "ADJNUM": "(?i:" + _alternation(v.norm.get("adj_number", {})) + ")",
        "MONEN": _alternation(_english_months()),
        "CUNIT": _alternation(v.norm.get("compound_head", {})),
    }


@functools.cache
def _english_months() -> tuple[str, ...]:
    """English month names and abbreviations (babel's ``en``), for stamps copied from page headers."""
    from babel import Locale

    months = Locale.parse("en").months["format"]
    return tuple(name.rstrip(".") for width in ("wide", "abbreviated") for name in months[width].values())


def _compound_triggers(norm: Mapping[str, Mapping[str, str]]) -> dict[str, set[str]]:
    """Trigger words made of parts: decades (achtzigerjahre) and duration adjectives (mehrtägigen)."""
    decades = set(norm.get("decade_word", {}))
    decw = decades | {d + tail for d in decades for tail in ("jahre", "jahren", "n")}
    stems = [n + u for n in norm.get("adj_number", {}) for u in norm.get("adj_unit", {})]
    adjdur = {stem + ending for stem in stems for ending in ("", "e", "en", "er", "es", "em")}
    return {"decw": decw, "adjdur": adjdur}


_MACRO_REF = regex.compile(r"\{([A-Z][A-Z0-9]*)\}")
_LITERAL_WORD = regex.compile(r"(?<![\\<\w])[A-Za-zÄÖÜäöüß]{2,}")


def _expand(text: str, macros: dict[str, str]) -> str:
    def sub(m: regex.Match[str]) -> str:
        name = m.group(1)
        if name not in macros:
            raise ValueError(f"dates_grammar.txt: unknown macro {{{name}}}")
        return macros[name]

    # Macros may use macros: expand until stable (bounded, the file has no cycles).
    for _ in range(8):
        new: str = _MACRO_REF.sub(sub, text)
        if new == text:
            return new
        text = new
    return text


def literal_words(source: str) -> set[str]:
    """The words written literally in the grammar's patterns (lower case): what may join a trigger word."""
    words: set[str] = set()
    for raw in source.splitlines():
        if raw.lstrip().startswith("#") or raw.startswith("keys"):
            continue
        body = raw.partition("=")[2] if raw.startswith("@") else raw if raw[:1].isspace() else ""
        words.update(w.lower() for w in _LITERAL_WORD.findall(_without_lookarounds(body)))
    return words


_LOOKAROUND = re.compile(r"\(\?<?[=!]")


def _without_lookarounds(pattern: str) -> str:
    """``pattern`` without its look-ahead and look-behind groups: the words in them ("nicht vor Kilometer")
    are no part of a match, so they join no trigger.  (Read once, when the grammar is built.)"""
    out: list[str] = []
    pos = 0
    for m in _LOOKAROUND.finditer(pattern):
        if m.start() < pos:
            continue  # inside a group already left out
        out.append(pattern[pos : m.start()])
        depth, i = 1, m.end()
        while i < len(pattern) and depth:
            c = pattern[i]
            if c == "\\":
                i += 1
            elif c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
            i += 1
        pos = i
    out.append(pattern[pos:])
    return "".join(out)


def key_words(source: str) -> dict[str, set[str]]:
    """The ``keys CLASS: words`` lines of a grammar, lower case, by class."""
    out: dict[str, set[str]] = {}
    for raw in source.splitlines():
        if raw.startswith("keys "):
            head, _, words = raw[5:].partition(":")
            out.setdefault(head.strip(), set()).update(w.lower() for w in words.split())
    return out


def parse_grammar(source: str) -> tuple[Rule, ...]:
    """Rules of a grammar text (see the file's header for the format)."""
    macros = _engine_macros()
    rules: list[Rule] = []
    current: list[str] | None = None
    head: tuple[str, str, str, frozenset[str]] | None = None

    def close() -> None:
        if head is not None and current is not None:
            pattern = _expand("".join(current), macros)
            rules.append(Rule(head[0], head[1], head[2], pattern, head[3]))

    for raw in source.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#") or raw.startswith("keys "):
            continue
        if raw[0].isspace():
            if current is None:
                raise ValueError(f"dates_grammar.txt: pattern line outside a rule: {raw!r}")
            current.append(raw.strip())
            continue
        close()
        current, head = None, None
        if raw.startswith("@"):
            name, _, body = raw[1:].partition("=")
            macros[name.strip()] = _expand(body.strip(), macros)
        elif raw.startswith("rule "):
            parts = raw.split()
            if len(parts) != 5:
                raise ValueError(f"dates_grammar.txt: bad rule line {raw!r}")
            head = (parts[1], parts[2], parts[3], frozenset(parts[4].split(",")))
            current = []
        else:
            raise ValueError(f"dates_grammar.txt: cannot read {raw!r}")
    close()
    return tuple(rules)


def _source() -> str:
    return read_text("lexicons/dates_grammar.txt")


@functools.cache
def grammar() -> Grammar:
    source = _source()
    v = vocabulary()
    # Names that contain date words (Welt am Sonntag) come first in every class and yield nothing.
    stop_pattern = r"(?<![\w\u0300-\u036f])(?:" + _alternation(v.stop_phrases) + r")(?![\w\u0300-\u036f])"
    stop = Rule("stop", "stop", "DATE", stop_pattern, frozenset({"*"}))
    rules = (stop, *parse_grammar(source))

    by_class: dict[str, set[str]] = {cls: set(words) for cls, words in key_words(source).items()}
    by_class.setdefault("mon", set()).update(v.months)
    by_class.setdefault("wd", set()).update(v.weekdays, v.weekday_abbr)
    by_class.setdefault("unit", set()).update(v.units)
    by_class.setdefault("dp", set()).update(v.dayparts)
    by_class.setdefault("rel", set()).update(v.relative_days)
    by_class.setdefault("vague", set()).update(phrase.split()[-1] for phrase in v.vague)
    by_class["hol"] = {name.split()[-1].lower() for name in v.holiday_names}
    by_class["stop"] = {phrase.split()[-1].lower() for phrase in v.stop_phrases}
    by_class.update(_compound_triggers(v.norm))
    triggers: dict[str, set[str]] = {}
    for cls, words in by_class.items():
        for w in words:
            triggers.setdefault(w, set()).add(cls)

    joiners = literal_words(source)
    joiners.update(v.numbers, v.months, v.weekdays)
    english = {w.lower() for w in _english_months()}
    joiners.update(english)
    for phrase in (*v.numbers, *v.vague, *v.stop_phrases, *v.relative_days, *v.holiday_names):
        joiners.update(w.lower() for w in phrase.split())
    stems = tuple(sorted(v.weekdays, key=len, reverse=True))
    return Grammar(
        rules=rules,
        triggers={w: frozenset(c) for w, c in triggers.items()},
        joiners=frozenset(joiners),
        trigger_words=frozenset(triggers),
        trigger_bytes=frozenset(w.encode() for w in triggers),
        number_heads=frozenset(
            {*v.units, *v.months, *english, *by_class["uhr"], "mal", "bis", "oder", "und", "quartal", "quartals"}
        ),
        weekday_stems=stems,
        weekday_stem_bytes=tuple(w.encode() for w in stems),
        capital_only=frozenset(w for w in v.weekday_abbr if triggers.get(w) == {"wd"} and w not in joiners),
        adjective_units=tuple(v.norm.get("adj_unit", {})),
        compound_heads=tuple(v.norm.get("compound_head", {})),
    )


_GROUP_NAME = re.compile(r"\(\?P<(\w+)>")


@functools.cache
def _rule_pattern(index: int) -> tuple[re.Pattern[str], Mapping[str, tuple[int, ...]]]:
    """Rule ``index`` of the grammar alone, compiled once, and its group numbers by the names it gives.

    ``re`` wants every group name once per pattern, while a rule may name two alternatives alike (``hour`` in
    ``{TIME}``), so each group is renamed apart; a ``RuleMatch`` reads them back by the rule's names.
    """
    serial = itertools.count()
    names: dict[str, list[str]] = {}

    def rename(m: re.Match[str]) -> str:
        unique = f"g{next(serial)}"
        names.setdefault(m.group(1), []).append(unique)
        return f"(?P<{unique}>"

    pattern = re.compile(_GROUP_NAME.sub(rename, grammar().rules[index].pattern), re.VERBOSE)
    return pattern, {name: tuple(pattern.groupindex[u] for u in uniques) for name, uniques in names.items()}


@functools.cache
def sub_grammar(classes: frozenset[str]) -> SubGrammar:
    """The rules carried by any of ``classes`` (and the stop phrases), as one alternation; built once."""
    g = grammar()
    chosen = [(i, r) for i, r in enumerate(g.rules) if "*" in r.classes or r.classes & classes]
    # The rules' groups take no part in the alternation (their patterns have no other groups: no back
    # references, no conditionals), so it matches what each rule alone matches, in the rules' order.
    bodies = (_GROUP_NAME.sub("(?:", rule.pattern) for _, rule in chosen)
    alternation = "|".join(f"(?P<r{i}>{body})" for (i, _), body in zip(chosen, bodies, strict=True))
    pattern = re.compile(alternation, re.VERBOSE)
    slots = tuple((pattern.groupindex[f"r{i}"], rule.handler, _rule_pattern(i)[1]) for i, rule in chosen)
    rule_at = {pattern.groupindex[f"r{i}"]: (rule.handler, *_rule_pattern(i)) for i, rule in chosen}
    return SubGrammar(pattern=pattern, slots=slots, rule_at=rule_at)
