"""Reading the names of one region's runs of capitalized words: names, role nouns before or after a name and
appositions (``die Sprecherin des Weißen Hauses, Karoline Leavitt,``), institutions.

:func:`.names._draft` finds the runs with :mod:`.name_runs`, reads them with these readers and fills a
:class:`.name_table.NameTable`."""

from __future__ import annotations

from collections.abc import Container

import regex

from ..model import Span
from . import lexicon
from .name_runs import _Caps
from .name_table import (
    _MAX_NAME,
    NameTable,
    RoleEntry,
    _first_name,
    _name_like,
    _name_ok,
)
from .tokens import DETERMINERS, NAME_PARTICLES, PREPOSITIONS, Tok, tokenize

# Adjectives capitalized at the start of a sentence (Langfristiger Stellenabbau, Direkte Sanktionen).
_ADJECTIVE = regex.compile(r"(?:ig|lich|isch|bar|sam|haft|los|voll|iv|ell|kt|ert|eut|end)(?:e|er|en|es|em)$")


_OWNER = regex.compile(r"(\p{Lu}[\p{L}\p{M}]*s)(?:[ \t\u00a0]++\p{Ll}[\p{L}\p{M}]*+){0,3}[ \t\u00a0]++$")


# An apposition may follow a role word: a comma and a capitalized word within a short stretch.
_APPOS_HINT = regex.compile(r"[^.,;:!?]{0,80}+,[ \t\u00a0]*+\p{Lu}")


# "Name, der/die [adjectives] Role": an apposition after the name.
_REVERSE_APPOS = regex.compile(
    r"[ \t\u00a0]*+,[ \t\u00a0]*+(?:der|die)[ \t\u00a0]++(?:\p{Ll}[\p{L}\p{M}-]*+[ \t\u00a0]++){0,3}"
    r"(\p{Lu}[\p{L}\p{M}\d-]*+)"
)


# A determiner and an inflected lower-case word right before a run: "die großen Volksparteien Probleme".
_ADJECTIVE_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(\p{L}++)[ \t\u00a0]++\p{Ll}[\p{L}\p{M}-]*?(?:e|en|er|es|em)[ \t\u00a0]++$"
)


_PERSON_SUFFIXES = tuple(lexicon.function_words()["person_suffixes"])


# A person is named with a preposition only in these (das Gespräch mit Olaf Scholz, laut Ulrich Müller).
_NAME_PREPOSITIONS = frozenset(("von", "mit", "für", "an", "bei", "gegen", "zwischen", "laut", "um", "über"))


def _prev_word(text: str, region: Span, pos: int) -> str | None:
    """The word right before ``pos`` (lower case) when only spaces separate them."""
    k = pos
    while k > region.start and text[k - 1] in " \t\u00a0":
        k -= 1
    j = k
    while j > region.start and k - j < 30 and text[j - 1].isalnum():
        j -= 1
    return text[j:k].lower() if j < k else None


def _read_run(
    text: str,
    region: Span,
    run: list[Tok],
    table: NameTable,
    names: list[tuple[int, list[str], bool]],
    lower: Container[str],
) -> None:
    """Names, roles and institutions in one run of two capitalized words or more."""
    if (
        len(run) >= 3 and run[-2].text.endswith("s") and len(run[-2].text) > 3 and _name_ok(run[:-2])
        and not _first_name(run[-2].text)
    ):
        # "Rudolf Augsteins Motto": perhaps a genitive name before a noun; Rudolf Augstein is a name too.
        g = run[-2]
        names.append((run[0].start, [*(t.text for t in run[:-2]), g.text[:-1]], False))
    # The last role word in the run splits it into role and name.
    r = -1
    for idx, t in enumerate(run[:-1]):
        if lexicon.is_role(t.text):
            r = idx
    if (
        r < 0 and len(run) >= 3 and _first_name(run[1].text) and not _first_name(run[0].text)
        and run[0].low.endswith(_PERSON_SUFFIXES)
    ):
        r = 0  # "der Rentner Paul Brandt": a noun before a first name describes the person named
    if r >= 0:
        name = run[r + 1 :][:_MAX_NAME]
        if name[0].low in NAME_PARTICLES:
            return  # "Bürgermeister von Grosbliederstroff": a role and a place
        if _name_ok(name):
            _add_role(table, names, run[r], _owner(text, region, run, r), name, _article_of(text, region, run[r].start))
        return
    _read_unroled(text, region, run, table, names, lower)


def _read_word(
    text: str, region: Span, caps: _Caps, i: int, table: NameTable, names: list[tuple[int, list[str], bool]]
) -> None:
    """A run of one word (most runs are one noun): only a role (with an apposition) or an institution matters."""
    word, end = caps.word[i], caps.end[i]
    if lexicon.is_role(word):
        if _APPOS_HINT.match(text, end, min(region.end, end + 160)):
            t = caps.tok(i)
            after = tokenize(text, end, min(region.end, end + 160))
            _apposition(after, 0, table, names, t, _owner(text, region, [t], 0))
    elif lexicon.is_institution(word):
        table.inst_pos.append(caps.start[i])
        table.inst_name.append(word)


def _read_unroled(
    text: str,
    region: Span,
    run: list[Tok],
    table: NameTable,
    names: list[tuple[int, list[str], bool]],
    lower: Container[str],
) -> None:
    """A run of several words without a role word before its last: a role after it, institutions, a name."""
    if lexicon.is_role(run[-1].text) and len(run) <= 2:
        after = tokenize(text, run[-1].end, min(region.end, run[-1].end + 160))
        _apposition(after, 0, table, names, run[-1], _owner(text, region, run, len(run) - 1))
    for t in run:
        if lexicon.is_institution(t.text):
            table.inst_pos.append(t.start)
            table.inst_name.append(t.text)
    # No role: a person name is 2..4 name-like words not led by an article or most prepositions. The tests have
    # no side effects, so the cheap ones come first and the text is searched for lower-case words last.
    if not 2 <= len(run) <= _MAX_NAME:
        return
    if run[0].start > region.start and text[run[0].start - 1] in "„“”\"»«‚‘'":
        return  # capitalized because a quotation opens there („Besser AfD wählen“)
    prev = _prev_word(text, region, run[0].start)
    before_name = prev in PREPOSITIONS and prev not in _NAME_PREPOSITIONS and not _first_name(run[0].text)
    if prev is not None and (prev in DETERMINERS or before_name):
        return  # "in Berlin Mitte" is no name; "neben Eva Roth" is (a registered first name vouches for it)
    # The surname after a particle follows an article-like word ("von der Heide"): it counts as a common noun
    # only where no given name opens the run.
    particled = run[-2].low in NAME_PARTICLES and _first_name(run[0].text)
    if not _name_ok(run) or _ADJECTIVE.search(run[0].text) or run[0].low in lower or (
        run[-1].low in lower and not particled
    ):
        return
    adjective = _ADJECTIVE_BEFORE.search(text, max(region.start, run[0].start - 60), run[0].start)
    if adjective is not None and adjective.group(1).lower() in DETERMINERS and not _first_name(run[0].text):
        # An article and an adjective open a noun phrase ("der junge Paul Roth" has a given name); a name may
        # follow a noun of a person ("des früheren Richters Paul Roth").
        person = len(run) > 2 and run[1].cap and run[0].low.removesuffix("s").endswith(_PERSON_SUFFIXES)
        given = next((k for k in range(1, len(run) - 1) if _first_name(run[k].text)), 1 if person else None)
        if given is not None:
            names.append((run[given].start, [t.text for t in run[given:]], False))
        return
    m = _REVERSE_APPOS.match(text, run[-1].end, min(region.end, run[-1].end + 120))
    if m is not None and lexicon.is_role(m.group(1)):
        # "Jana Roth, die SPD-Kandidatin für die Landtagswahl": a name with its role after it.
        _add_role(table, names, Tok(m.group(1), m.start(1), m.end(1)), None, run)
        return
    names.append((run[0].start, [t.text for t in run], False))


def _add_role(
    table: NameTable,
    names: list[tuple[int, list[str], bool]],
    role: Tok,
    owner: str | None,
    name: list[Tok],
    article: str | None = None,
) -> None:
    words = [t.text for t in name]
    w = role.low
    full = " ".join(words)
    table.roles.append(RoleEntry(role.start, w, lexicon.role_head(w) or w, owner, full))
    if w.endswith(("in", "innen")):
        table.gender.setdefault(full, "f")
    elif not w.endswith("e"):
        table.gender.setdefault(full, "m")
    elif article in ("der", "die"):  # "Die Fraktionsvorsitzende", "Der Abgeordnete": the article tells
        table.gender.setdefault(full, "f" if article == "die" else "m")
    names.append((name[0].start, words, True))


# The article before a role, over up to two adjectives: "Die grüne Fraktionsvorsitzende".
_ARTICLE_BEFORE = regex.compile(r"(?i)\b(der|die)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$")


def _article_of(text: str, region: Span, pos: int) -> str | None:
    m = _ARTICLE_BEFORE.search(text, max(region.start, pos - 60), pos)
    return m.group(1).lower() if m is not None else None


def _apposition(
    toks: list[Tok], j: int, table: NameTable, names: list[tuple[int, list[str], bool]], role: Tok, owner: str | None
) -> None:
    """``die Sprecherin des Weißen Hauses, Karoline Leavitt,``: a role, a genitive, then the name in commas."""
    n = len(toks)
    k = j
    if k < n and toks[k].low in ("des", "der"):
        k += 1
        while k < n and not toks[k].cap and toks[k].text.isalpha() and k - j < 4:
            k += 1
        while k < n and toks[k].cap and not toks[k].punct and k - j < 6:
            k += 1
    if k >= n or toks[k].text != ",":
        return
    s = k + 1
    e = s
    # (Particles join the name's words where a name's word follows them: ", Timo de Witt,", ", Eva van der Berg,".)
    while e < n and e - s < 5 and (
        _name_like(toks[e]) or (e > s and _particles_then_name(toks, e))
    ):
        e += 1
    if e - s >= 2 and (e >= n or toks[e].text in (",", ".", ":", ";")):
        _add_role(table, names, role, owner, toks[s:e])


def _particles_then_name(toks: list[Tok], e: int) -> bool:
    """At ``toks[e]`` one to three name particles, then a name's word (``de Witt``, ``van der Berg``)."""
    f = e
    while f < len(toks) and f - e < 3 and toks[f].low in NAME_PARTICLES:
        f += 1
    return e < f < len(toks) and _name_like(toks[f])


def _owner(text: str, region: Span, run: list[Tok], r: int) -> str | None:
    """``Putins`` in ``Putins außenpolitischer Berater``: a genitive name before the role (lower case, no -s)."""
    if r > 0:
        w = run[r - 1]
        return w.low[:-1] if w.low.endswith("s") and len(w.text) > 2 else None
    m = _OWNER.search(text, max(region.start, run[r].start - 80), run[r].start)
    return m.group(1).lower()[:-1] if m else None
