"""The in-article name table: who the article names, and how it refers back to them.

Built once per text from the running-text regions.  Full names (``Juri Uschakow``, ``Ursula von der
Leyen``) are runs of capitalized words; a role noun in front (``Kremlchef Wladimir Putin``, ``Putins
außenpolitischer Berater Juri Uschakow``) makes the role (and ``der Putin-Berater``) refer to the name;
a surname alone (``Uschakow``) resolves to the fullest name ending in it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from ..model import Span
from . import lexicon
from .tokens import DETERMINERS, NAME_PARTICLES, PREPOSITIONS, Tok, tokenize

# Common-noun endings: a capitalized word ending so is not a name (Regierung, Freiheit, Nation).
_NOUN_SUFFIXES = (
    "ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "nis", "tum", "ment", "ität", "chen",
    "sion", "ierung", "lich", "isch", "ische", "ischen", "ischer", "land", "stadt", "burg", "berg",
)  # fmt: skip
_MAX_NAME = 4


@attrs.frozen(slots=True)
class RoleEntry:
    pos: int
    word: str  # the role word in lower case (us-präsident)
    head: str  # its head (präsident)
    owner: str | None  # putin in "Putins Berater", "Putin-Berater"
    name: str


@attrs.define(slots=True)
class NameTable:
    """Names of persons and institutions in one text, with their canonical (fullest) forms."""

    by_last: dict[str, str] = attrs.Factory(dict)
    roles: list[RoleEntry] = attrs.Factory(list)
    #: (position, canonical) of every person mention, in text order.
    person_pos: list[int] = attrs.Factory(list)
    person_name: list[str] = attrs.Factory(list)
    #: (position, name) of institution mentions, in text order.
    inst_pos: list[int] = attrs.Factory(list)
    inst_name: list[str] = attrs.Factory(list)

    def canonical(self, words: Sequence[str]) -> str:
        """The fullest name the article uses for the person named ``words``."""
        if not words:
            return ""
        last = words[-1].lower()
        full = self.by_last.get(last)
        if full is None and last.endswith("s"):
            full = self.by_last.get(last[:-1])  # genitive: Putins
        if full is not None and len(full.split()) >= len(words):
            return full
        return " ".join(words)

    def knows(self, word: str) -> bool:
        w = word.lower()
        return w in self.by_last

    def role(self, word: str, pos: int, owner: str | None = None) -> str | None:
        """The name a role word (``US-Präsident``, ``Putin-Berater``, ``Kremlchef``) refers to at ``pos``."""
        w = word.lower()
        if owner is None and "-" in w:
            first, rest = w.split("-", 1)
            if first in self.by_last or (first.endswith("s") and first[:-1] in self.by_last):
                owner = first.rstrip("s") if first not in self.by_last else first
                w = rest
        head = lexicon.role_head(w)
        best: RoleEntry | None = None
        rank = -1
        for e in self.roles:
            if e.pos > pos:
                break
            if (e.word == w and (owner is None or e.owner == owner)) or (
                head is not None and e.head == head and owner is not None and e.owner == owner
            ):
                r = 3
            elif e.word == w:
                r = 2
            elif head is not None and e.head == head and owner is None and w == head:
                r = 1
            else:
                continue
            if r >= rank:
                best, rank = e, r
        return best.name if best else None

    def person_before(self, pos: int) -> str | None:
        k = bisect.bisect_left(self.person_pos, pos)
        return self.person_name[k - 1] if k else None

    def institution(self, name: str, pos: int) -> str:
        """An institution mention as the article names it at its fullest (das Ministerium -> Vereinigungsministerium)."""
        low = name.lower()
        k = bisect.bisect_left(self.inst_pos, pos)
        for j in range(k - 1, max(-1, k - 40), -1):
            cand = self.inst_name[j]
            if cand.lower() != low and cand.lower().endswith(low) and len(low) >= 3:
                return cand
        return name


def _name_like(tok: Tok) -> bool:
    t = tok.text
    if not tok.cap or len(t) < 2:
        return False
    low = t.lower()
    if low in lexicon.stopwords() or (t.isupper() and len(t) > 1 and not t.endswith(".")):
        return False
    return not low.endswith(_NOUN_SUFFIXES) and not lexicon.is_institution(t) and not lexicon.is_role(t)


def build(text: str, regions: Sequence[Span]) -> NameTable:
    table = NameTable()
    names: list[tuple[int, list[str]]] = []
    for region in regions:
        toks = tokenize(text, region.start, region.end)
        i = 0
        n = len(toks)
        while i < n:
            t = toks[i]
            if not t.cap or t.punct:
                i += 1
                continue
            # A run of capitalized words (with name particles inside), on one line.
            j = i + 1
            while j < n:
                u = toks[j]
                if "\n" in text[toks[j - 1].end : u.start]:
                    break
                if u.cap and not u.punct:
                    j += 1
                elif u.low in NAME_PARTICLES and j + 1 < n and toks[j + 1].cap and not toks[j + 1].punct:
                    j += 2
                else:
                    break
            _read_run(toks, i, j, table, names)
            i = j
    # Canonical forms: the fullest name ending in each surname.
    for _, words in names:
        last = words[-1].lower()
        cur = table.by_last.get(last)
        if cur is None or len(words) > len(cur.split()):
            table.by_last[last] = " ".join(words)
    for pos, words in names:
        table.person_pos.append(pos)
        table.person_name.append(table.canonical(words))
    _single_mentions(text, regions, table)
    return table


def _read_run(toks: list[Tok], i: int, j: int, table: NameTable, names: list[tuple[int, list[str]]]) -> None:
    run = toks[i:j]
    prev = toks[i - 1] if i > 0 else None
    # Leading function words (sentence-initial Der, Dann, Auch) are not part of a name.
    k = 0
    while k < len(run) and run[k].low in lexicon.stopwords():
        k += 1
    run = run[k:]
    if k:
        prev = toks[i + k - 1]
    if not run:
        return
    # The last role word in the run splits it into role and name.
    r = -1
    for idx, t in enumerate(run):
        if lexicon.is_role(t.text) and idx < len(run) - 1:
            r = idx
    if r >= 0:
        role_tok = run[r]
        name = run[r + 1 :][:_MAX_NAME]
        if not name or not all(_name_like(t) or t.low in NAME_PARTICLES for t in name):
            return
        words = [t.text for t in name]
        owner = _owner(toks, i + k + r)
        w = role_tok.low
        head = lexicon.role_head(w) or w
        if "-" in w:
            first = w.split("-", 1)[0]
            if owner is None and first[:1].isalpha() and not first.isupper():
                owner = None
        table.roles.append(RoleEntry(role_tok.start, w, head, owner, " ".join(words)))
        names.append((name[0].start, words))
        return
    # No role: a person name is 2..4 name-like words not led by an article or a preposition.
    if prev is not None and (prev.low in DETERMINERS or (prev.low in PREPOSITIONS and prev.low not in ("von", "laut"))):
        if prev.low not in ("von", "mit", "für", "an", "bei", "gegen", "zwischen"):
            return
    if 2 <= len(run) <= _MAX_NAME and all(_name_like(t) or t.low in NAME_PARTICLES for t in run):
        names.append((run[0].start, [t.text for t in run]))
    elif len(run) > _MAX_NAME and _name_like(run[-1]) and _name_like(run[-2]):
        names.append((run[-2].start, [run[-2].text, run[-1].text]))
    for t in run:
        if lexicon.is_institution(t.text) and t.text[:1].isupper():
            table.inst_pos.append(t.start)
            table.inst_name.append(t.text)


def _owner(toks: list[Tok], r: int) -> str | None:
    """``Putins`` in ``Putins außenpolitischer Berater``: a genitive name before the role (lower case, no -s)."""
    k = r - 1
    steps = 0
    while k >= 0 and steps < 3 and not toks[k].cap and toks[k].text.isalpha():
        k -= 1
        steps += 1
    if k >= 0 and toks[k].cap and toks[k].low.endswith("s") and len(toks[k].text) > 2:
        return toks[k].low[:-1]
    return None


def _single_mentions(text: str, regions: Sequence[Span], table: NameTable) -> None:
    """Surnames standing alone (``sagte Uschakow``) count as mentions of their person."""
    extra: list[tuple[int, str]] = []
    known = set(zip(table.person_pos, table.person_name, strict=True))
    for region in regions:
        for t in tokenize(text, region.start, region.end):
            if not t.cap:
                continue
            low = t.low
            full = table.by_last.get(low) or (table.by_last.get(low[:-1]) if low.endswith("s") else None)
            if full is not None:
                extra.append((t.start, full))
    merged = sorted(known | set(extra))
    table.person_pos = [p for p, _ in merged]
    table.person_name = [n for _, n in merged]
