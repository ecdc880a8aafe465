"""The in-article name table: who the article names, and how it refers back to them.

Built once per text from the running-text regions.  Full names (``Juri Uschakow``, ``Ursula von der
Leyen``) are runs of capitalized words; a role noun in front (``Kremlchef Wladimir Putin``, ``Putins
außenpolitischer Berater Juri Uschakow``) or an apposition (``die Sprecherin des Weißen Hauses, Karoline
Leavitt,``) makes the role (and ``der Putin-Berater``) refer to the name; a surname alone (``Uschakow``)
resolves to the fullest name ending in it.

The table's data and a name's shape are in :mod:`.name_table`, the runs of capitalized words in :mod:`.name_runs`,
their readers in :mod:`.name_readers`; this module builds the table once per text and shares it between the quote
stages.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from collections.abc import Container, Sequence

import attrs
import regex

from ..model import Span
from .name_readers import _PERSON_SUFFIXES, _read_run, _read_word
from .name_runs import _Caps, _CommonWords, _runs
from .name_table import NameTable as NameTable  # the table's type, as callers name it: names.NameTable
from .name_table import _first_name

_ARTICLE_NOUN = regex.compile(
    # The word boundary first, the lookbehind after it at the same position: the engine then tries the lookbehind
    # only where a word starts (a quarter faster over the bench articles, the same matches).
    r"\b(?<!,[ \t\u00a0]{0,3})"  # not a relative pronoun: "der Krieg, den Trump geerbt habe"
    r"(?:der|die|das|den|dem|des|ein|eine|einen|einem|eines|einer)[ \t\u00a0]++"
    r"(\p{Lu}[\p{L}\p{M}]*+)(?![\p{L}\p{M}-])"
)


@attrs.frozen(slots=True)
class _Draft:
    """The name table of a text before the quotes are known: every mention of a person, inside quotes or not."""

    table: NameTable  # without person mentions
    mentions: tuple[tuple[int, str], ...]  # (position, canonical name) of every person mention, in text order

    def with_quotes(self, quotes: Sequence[Span]) -> NameTable:
        """The table whose person mentions leave out those inside ``quotes`` (sorted by start)."""
        qstarts = [q.start for q in quotes]
        pos_out: list[int] = []
        name_out: list[str] = []
        for pos, name in self.mentions:
            k = bisect.bisect_right(qstarts, pos) - 1
            if k >= 0 and quotes[k].start <= pos < quotes[k].end:
                continue
            pos_out.append(pos)
            name_out.append(name)
        return attrs.evolve(self.table, person_pos=pos_out, person_name=name_out)


#: The draft last built, with its text and regions: the quotes in marks and indirect speech ask for the table of
#: the same text with different quotes, and share everything but the person mentions.
_last: tuple[str, tuple[Span, ...], _Draft] | None = None


def build(text: str, regions: Sequence[Span], quotes: Sequence[Span] = ()) -> NameTable:
    """The name table of the text in ``regions``; mentions inside ``quotes`` do not count as discourse."""
    global _last
    key = tuple(regions)
    last = _last
    if last is not None and last[0] is text and last[1] == key:
        return last[2].with_quotes(quotes)
    draft = _draft(text, regions)
    _last = (text, key, draft)
    return draft.with_quotes(quotes)


def forget() -> None:
    """Drop the draft kept by :func:`build` (and with it the reference to its text, which may be large)."""
    global _last
    _last = None


def _draft(text: str, regions: Sequence[Span]) -> _Draft:
    """One pass of a regex over the capitalized words of each region: runs of them (with name particles)
    are read as names; the words around a run are looked at only where a role noun asks for them.
    """
    table = NameTable()
    # Nouns the text puts an article before (das Modell, die Jahre) are common nouns, not names.
    nouns: set[str] = set()
    region_caps: list[_Caps] = []
    for region in regions:
        nouns.update(map(str.lower, _ARTICLE_NOUN.findall(text, region.start, region.end)))
        region_caps.append(_Caps(text, region))
    names: list[tuple[int, list[str], bool]] = []  # position, words, introduced with a role
    lower = _CommonWords(text, regions, nouns)
    for region, caps in zip(regions, region_caps, strict=True):
        # Single words only where they are a role or an institution: most are neither, and listed they cost a step.
        for i, run in _runs(text, caps, named_only=True):
            if run is None:
                _read_word(text, region, caps, i, table, names)
            else:
                _read_run(text, region, run, table, names, lower)
    _split_runs(names)
    for _, words, _ in names:
        last = words[-1].lower()
        cur = table.by_last.get(last)
        if cur is None or len(words) > len(cur.split()):
            table.by_last[last] = " ".join(words)
    return _Draft(table, _discourse(text, table, names, region_caps))


def _split_runs(names: list[tuple[int, list[str], bool]]) -> None:
    """Runs of three words or more that are two names side by side, or a role noun and a name."""
    lasts = {w[-1].lower() for _, w, _ in names}
    for k, (pos, words, roled_) in enumerate(names):
        # "Geyer Claas Relotius": two names side by side, not one name of three words.
        if len(words) >= 3 and words[0].lower() in lasts:
            names[k] = (pos, words[1:], roled_)
        elif (
            len(words) >= 3 and words[0].lower().endswith(_PERSON_SUFFIXES) and not words[1][:1].islower()
            and not _first_name(words[0])  # "Karin García Lorenzo": a given name, no role noun in front
        ):
            names[k] = (pos, words[1:], True)  # an unknown role noun in front: Meteorologe Marco Manitta


def _referring(by_last: dict[str, str], words: Container[str]) -> dict[str, str]:
    """The name each of ``words`` (lower case) refers to, for those that name one: a surname, or its genitive (the
    surname itself first).  The table has a few surnames, the text many words: each surname is looked for among the
    words, not each word in the table."""
    refers: dict[str, str] = {}
    for last, full in by_last.items():
        if last in words:
            refers[last] = full
        genitive = last + "s"
        if genitive in words and genitive not in by_last:
            refers[genitive] = full
    return refers


def _discourse(
    text: str, table: NameTable, names: list[tuple[int, list[str], bool]], region_caps: list[_Caps]
) -> tuple[tuple[int, str], ...]:
    """Mentions for the discourse: full names and surnames standing alone, of the names that are introduced with
    a role or seen alone (those inside quotes are left out later: ``_Draft.with_quotes``)."""
    mentions: list[tuple[int, str]] = []
    named: set[str] = set()
    firsts: Counter[str] = Counter()  # how often each capitalized word stands in the text (lower case)
    for caps in region_caps:
        firsts.update(caps.low)
    refers = _referring(table.by_last, firsts)
    seen_alone: set[str] = set()
    for caps in region_caps if refers else ():
        # Only the words that refer to a name reach the loop's body (most capitalized words do not).
        for low, pos in itertools.compress(zip(caps.low, caps.start, strict=True), map(refers.__contains__, caps.low)):
            full = refers[low]
            named.add(full)
            parts = full.split()
            # The surname alone, not inside the full name; "de Decker" is alone without "Kris" before it.
            if len(parts) > 1 and parts[0] not in text[max(0, pos - len(full) + len(parts[-1]) - 2) : pos]:
                seen_alone.add(full)
            mentions.append((pos, full))
    roled = {" ".join(w) for _, w, r in names if r}
    # A first name stands before its surname; a first word seen alone elsewhere (Millionen, Modell) is no first name.
    full_count: dict[str, int] = {}
    for _, w, _ in names:
        full_count[" ".join(w)] = full_count.get(" ".join(w), 0) + 1
    for name, c in full_count.items():
        if name not in roled and firsts.get(name.split()[0].lower(), 0) > c:
            seen_alone.discard(name)
    strong = {name for name in named if name in roled or name in seen_alone}
    return tuple((pos, name) for pos, name in mentions if name in strong)
