"""The patterns: ``lexicons/dates_grammar.txt`` with its macros filled from the vocabulary, compiled once.

All rules become one alternation (one named group ``r<index>`` per rule), so a region is scanned in a
single pass; at each position the first rule that matches wins, and the rules are ordered from the most
specific to the most general.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources

import attrs
import regex

from .vocabulary import vocabulary


@attrs.frozen
class Rule:
    name: str
    handler: str
    type: str
    pattern: str


@attrs.frozen
class Grammar:
    rules: tuple[Rule, ...]
    pattern: regex.Pattern[str]
    group_names: tuple[str, ...]  # "r0", "r1", ... in rule order


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first, spaces as ``\\s+``."""
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(regex.escape(part) for part in w.split()) for w in uniq)


def _capitalized(words: Iterable[str]) -> list[str]:
    return [w[:1].upper() + w[1:] for w in words]


def _engine_macros() -> dict[str, str]:
    v = vocabulary()
    month_forms = []
    for name in v.months:
        cap = name[:1].upper() + name[1:]
        month_forms.append(cap)
    vague_forms: list[str] = []
    for phrase in v.vague:
        vague_forms.append(phrase)
        vague_forms.append(phrase[:1].upper() + phrase[1:])
    rel = list(v.relative_days)
    return {
        "WD": _alternation(_capitalized(v.weekdays)),
        "WDA": _alternation(_capitalized(v.weekday_abbr)),
        "MON": _alternation(month_forms),
        "MONW": _alternation(v.full_months),
        "NUMW": "(?i:" + _alternation(v.numbers) + ")",
        "UNIT": _alternation(_capitalized(v.units)),
        "DPN": _alternation(v.daypart_nouns),
        "DPA": _alternation([*v.daypart_adverbs, "früh"]),
        "VAGUE": _alternation(vague_forms),
        "RELDAY": "(?i:" + _alternation(rel) + ")",
    }


_MACRO_REF = regex.compile(r"\{([A-Z][A-Z0-9]*)\}")


def _expand(text: str, macros: dict[str, str]) -> str:
    def sub(m: regex.Match[str]) -> str:
        name = m.group(1)
        if name not in macros:
            raise ValueError(f"dates_grammar.txt: unknown macro {{{name}}}")
        return macros[name]

    # Macros may use macros: expand until stable (bounded, the file has no cycles).
    for _ in range(8):
        new = _MACRO_REF.sub(sub, text)
        if new == text:
            return new
        text = new
    return text


def parse_grammar(source: str) -> tuple[Rule, ...]:
    """Rules of a grammar text (see the file's header for the format)."""
    macros = _engine_macros()
    rules: list[Rule] = []
    current: list[str] | None = None
    head: tuple[str, str, str] | None = None

    def close() -> None:
        if head is not None and current is not None:
            pattern = _expand("".join(current), macros)
            rules.append(Rule(head[0], head[1], head[2], pattern))

    for raw in source.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
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
            if len(parts) != 4:
                raise ValueError(f"dates_grammar.txt: bad rule line {raw!r}")
            head = (parts[1], parts[2], parts[3])
            current = []
        else:
            raise ValueError(f"dates_grammar.txt: cannot read {raw!r}")
    close()
    return tuple(rules)


@functools.cache
def grammar() -> Grammar:
    source = resources.files("denews").joinpath("lexicons", "dates_grammar.txt").read_text(encoding="utf-8")
    # Names that contain date words (Welt am Sonntag) come first and yield nothing.
    stop = Rule("stop", "stop", "DATE", r"(?<!\w)(?:" + _alternation(vocabulary().stop_phrases) + r")(?!\w)")
    rules = (stop, *parse_grammar(source))
    names = tuple(f"r{i}" for i in range(len(rules)))
    alternation = "|".join(f"(?P<{n}>{r.pattern})" for n, r in zip(names, rules))
    compiled = regex.compile(alternation, regex.VERBOSE | regex.V0)
    return Grammar(rules=rules, pattern=compiled, group_names=names)
