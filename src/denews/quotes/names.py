"""The in-article name table: who the article names, and how it refers back to them.

Built once per text from the running-text regions.  Full names (``Juri Uschakow``, ``Ursula von der
Leyen``) are runs of capitalized words; a role noun in front (``Kremlchef Wladimir Putin``, ``Putins
außenpolitischer Berater Juri Uschakow``) or an apposition (``die Sprecherin des Weißen Hauses, Karoline
Leavitt,``) makes the role (and ``der Putin-Berater``) refer to the name; a surname alone (``Uschakow``)
resolves to the fullest name ending in it.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Container, Sequence

import attrs
import regex

from .._data import first_names
from ..model import Span
from . import lexicon
from .tokens import DETERMINERS, NAME_PARTICLES, PREPOSITIONS, Tok, tokenize

# Common-noun endings: a capitalized word ending so is not a name (Regierung, Freiheit, Nation).
_NOUN_SUFFIXES = (
    "ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "nis", "tum", "ment", "ität", "chen",
    "sion", "lich", "isch", "ische", "ischen", "ischer", "land", "stadt", "burg", "berg", "werk",
)  # fmt: skip
_MAX_NAME = 4
# Place-like endings that surnames share (Zuckerberg, Thunberg, Habsburg): a name's last word may end so
# after a first name that is no word of a place (Sankt Petersburg, Bad Homburg, Schloss Heidelberg).
_SURNAME_ENDINGS = ("berg", "burg")
_PLACE_WORDS = frozenset(("sankt", "st", "bad", "schloss", "burg", "kloster", "neu", "alt", "groß", "klein"))
# Adjectives capitalized at the start of a sentence (Langfristiger Stellenabbau, Direkte Sanktionen).
_ADJECTIVE = regex.compile(r"(?:ig|lich|isch|bar|sam|haft|los|voll|iv|ell|kt|ert|eut|end)(?:e|er|en|es|em)$")
_CAP_WORD = regex.compile(r"(?<![\p{L}\p{M}\d\-‐’'])\p{Lu}[\p{L}\p{M}\d]*+(?:[-‐’'][\p{L}\p{M}\d]++)*+")
_WORDS = regex.compile(r"[\p{L}\p{M}]++")
_SPACE = regex.compile(r"[ \t\u00a0]++")
_PARTICLE_GAP = regex.compile(
    r"[ \t\u00a0]++"
    r"(?:(?:von|van|de|ten|ter)(?:[ \t\u00a0]++(?:der|den|dem|la|le))?+|di|da|du|del|della|le|la|dos|al|bin|el)"
    r"[ \t\u00a0]++"
)
_OWNER = regex.compile(r"(\p{Lu}[\p{L}\p{M}]*s)(?:[ \t\u00a0]++\p{Ll}[\p{L}\p{M}]*+){0,3}[ \t\u00a0]++$")
# An apposition may follow a role word: a comma and a capitalized word within a short stretch.
_APPOS_HINT = regex.compile(r"[^.,;:!?]{0,80}+,[ \t\u00a0]*+\p{Lu}")
# "Name, der/die [adjectives] Role": an apposition after the name.
_REVERSE_APPOS = regex.compile(
    r"[ \t\u00a0]*+,[ \t\u00a0]*+(?:der|die)[ \t\u00a0]++(?:\p{Ll}[\p{L}\p{M}-]*+[ \t\u00a0]++){0,3}"
    r"(\p{Lu}[\p{L}\p{M}\d-]*+)"
)
_ARTICLE_NOUN = regex.compile(
    # The word boundary first, the lookbehind after it at the same position: the engine then tries the lookbehind
    # only where a word starts (a quarter faster over the bench articles, the same matches).
    r"\b(?<!,[ \t\u00a0]{0,3})"  # not a relative pronoun: "der Krieg, den Trump geerbt habe"
    r"(?:der|die|das|den|dem|des|ein|eine|einen|einem|eines|einer)[ \t\u00a0]++"
    r"(\p{Lu}[\p{L}\p{M}]*+)(?![\p{L}\p{M}-])"
)
_SHARED_PREFIXES = lexicon.function_words()["shared_prefixes"]
_ROMAN = regex.compile(r"[IVX]{1,6}+")
_LOWER_WORD = regex.compile(r"\b\p{Ll}[\p{L}\p{M}]{2,}+")
_PERSON_SUFFIXES = tuple(lexicon.function_words()["person_suffixes"])
# A person is named with a preposition only in these (das Gespräch mit Olaf Scholz, laut Ulrich Müller).
_NAME_PREPOSITIONS = frozenset(("von", "mit", "für", "an", "bei", "gegen", "zwischen", "laut", "um", "über"))


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
    #: Positions and canonical names of person mentions outside quotes, in text order.
    person_pos: list[int] = attrs.Factory(list)
    person_name: list[str] = attrs.Factory(list)
    #: Positions and names of institution mentions, in text order.
    inst_pos: list[int] = attrs.Factory(list)
    inst_name: list[str] = attrs.Factory(list)
    #: "f" or "m" where a role noun shows it (Sprecherin, Präsident).
    gender: dict[str, str] = attrs.Factory(dict)

    def canonical(self, words: Sequence[str]) -> str:
        """The fullest name the article uses for the person named ``words``."""
        if not words:
            return ""
        last = words[-1].lower()
        full = self.by_last.get(last)
        if full is None and last.endswith("s"):
            full = self.by_last.get(last[:-1])  # genitive: Putins
        if full is not None:
            parts = full.split()
            # The table's name unless the words name someone else (Peter Müller beside Hans Müller).
            if len(parts) >= len(words) or len(words) == 1 or words[0] in parts or words[0].islower():
                return full
            if list(words[-len(parts) :]) == parts and not _first_name(words[0]):
                return full  # "den Theologen Hans Kunz": a noun before the full name describes the person
        return " ".join(words)

    def knows(self, word: str) -> bool:
        return word.lower() in self.by_last

    def role(self, word: str, pos: int, owner: str | None = None) -> str | None:
        """The name a role word (``US-Präsident``, ``Putin-Berater``, ``Kremlchef``) refers to at ``pos``."""
        w = word.lower()
        if owner is None and "-" in w:
            first, rest = w.split("-", 1)
            base = first[:-1] if first.endswith("s") and first not in self.by_last else first
            if base in self.by_last:
                owner, w = base, rest
        head = lexicon.role_head(w)
        best: RoleEntry | None = None
        rank = 0
        for e in self.roles:
            if e.pos > pos:
                break
            r = 0
            if (e.word == w and (owner is None or e.owner == owner)) or (
                head is not None and e.head == head and owner is not None and e.owner == owner
            ):
                r = 3
            elif e.word == w:
                r = 2
            elif "-" in w and "-" in e.word and w.split("-", 1)[0] == e.word.split("-", 1)[0]:
                # VW-Chef ... der VW-Boss: the same organisation's head (not US-, EU-, CDU-: too many share those)
                r = 0 if w.split("-", 1)[0] in _SHARED_PREFIXES else 2
            elif head is not None and e.head == head and owner is None and w == head:
                r = 1
            if r and r >= rank:
                best, rank = e, r
        return self.canonical(best.name.split()) if best else None

    def person_before(self, pos: int, avoid: str = "") -> str | None:
        """The person last mentioned (outside quotes) before ``pos``; with ``avoid`` ("m" or "f") the last one
        not known to be of that gender ("sagte die 71-Jährige" passes over "Bundeskanzler Olaf Scholz")."""
        k = bisect.bisect_left(self.person_pos, pos)
        if not avoid:
            return self.person_name[k - 1] if k else None
        for j in range(k - 1, max(-1, k - 11), -1):
            if self.gender.get(self.person_name[j]) != avoid:
                return self.person_name[j]
        return None

    def institution(self, name: str, pos: int) -> str:
        """An institution at its fullest before ``pos`` (``Ministerium`` -> ``Vereinigungsministerium``)."""
        low = name.lower()
        k = bisect.bisect_left(self.inst_pos, pos)
        for j in range(k - 1, max(-1, k - 40), -1):
            cand = self.inst_name[j]
            if cand.lower() != low and cand.lower().endswith(low) and len(low) >= 3:
                return cand
        return name


#: How often a given name must be registered to count as evidence (the list has noise: rare entries).
_FIRST_NAME_MIN = 50


def _first_name(word: str) -> bool:
    entry = first_names().get(word)
    return entry is not None and entry[0] >= _FIRST_NAME_MIN


def _name_like(tok: Tok, *, surname: bool = False) -> bool:
    """A capitalized word that may be part of a person's name; as a ``surname`` after a first name it may end
    like a place (Mark Zuckerberg, Greta Thunberg, Anna Weinberg)."""
    t = tok.text
    if not tok.cap or len(t) < 2 or tok.punct:
        return False
    low = t.lower()
    if low in lexicon.stopwords() or (t.isupper() and len(t) > 1):
        return False
    if "-" not in t and sum(c.isupper() for c in t) >= 2 and not t.startswith(("Mc", "Mac", "De", "Di", "La", "Le")):
        return False  # AfD, AStA, ÖVP: acronyms, not names
    if low.endswith(_NOUN_SUFFIXES) and not (surname and low.endswith(_SURNAME_ENDINGS)):
        return False
    return not lexicon.is_institution(t) and not lexicon.is_role(t)


def _name_ok(name: Sequence[Tok]) -> bool:
    """Name-like words; the last may be a surname that is also a function word (Stephan Weil) or a
    regnal number (Leo XIV)."""
    if not name:
        return False
    *head, last = name
    if head and _ROMAN.fullmatch(last.text):
        return all(_name_like(t) for t in head)
    return all(_name_like(t) or t.low in NAME_PARTICLES for t in head) and (
        _name_like(last, surname=bool(head) and head[0].low not in _PLACE_WORDS)
        or (
            last.cap
            and len(last.text) > 2
            and last.low in lexicon.stopwords()
            and last.low not in DETERMINERS
            and bool(head)
        )
    )


def _name_like_shape(tok: Tok) -> bool:
    return tok.cap and not tok.punct and len(tok.text) > 2 and tok.low not in lexicon.stopwords()


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
        for i, run in _runs(text, caps):
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


class _Caps:
    """The capitalized words of one region as parallel lists (the word, in lower case, its offsets).

    Most of them are single nouns that only a role or institution lookup reads: a :class:`Tok` is made only for
    the words of a run that reads them (:meth:`tok`), not for every word.
    """

    __slots__ = ("end", "low", "start", "word")

    def __init__(self, text: str, region: Span) -> None:
        found = list(_CAP_WORD.finditer(text, region.start, region.end))
        self.word: list[str] = [m[0] for m in found]
        self.low: list[str] = list(map(str.lower, self.word))  # as Tok.low
        self.start: list[int] = [m.start() for m in found]
        self.end: list[int] = [m.end() for m in found]

    def tok(self, i: int) -> Tok:
        return Tok(self.word[i], self.start[i], self.end[i])


def _split_runs(names: list[tuple[int, list[str], bool]]) -> None:
    """Runs of three words or more that are two names side by side, or a role noun and a name."""
    lasts = {w[-1].lower() for _, w, _ in names}
    for k, (pos, words, roled_) in enumerate(names):
        # "Geyer Claas Relotius": two names side by side, not one name of three words.
        if len(words) >= 3 and words[0].lower() in lasts:
            names[k] = (pos, words[1:], roled_)
        elif len(words) >= 3 and words[0].lower().endswith(_PERSON_SUFFIXES) and not words[1][:1].islower():
            names[k] = (pos, words[1:], True)  # an unknown role noun in front: Meteorologe Marco Manitta


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
    # The name each distinct word refers to (a surname, or its genitive): looked up once per word, not per mention.
    by_last = table.by_last
    refers: dict[str, str] = {}
    for low in firsts:
        full = by_last.get(low) or (by_last.get(low[:-1]) if low.endswith("s") else None)
        if full is not None:
            refers[low] = full
    seen_alone: set[str] = set()
    for caps in region_caps if refers else ():
        for low, pos in zip(caps.low, caps.start, strict=True):
            full = refers.get(low)
            if full is None:
                continue
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


#: Distinct words looked up one scan each before the name table collects all lower-case words at once.
_LOOKUPS = 48


class _CommonWords:
    """Common words of the text: nouns after an article, and words the text also writes in lower case
    (Direkte, Langfristiger: a capitalized sentence start, not a name).

    An article asks about a dozen words, so a word is looked for in lower case when asked (and the answer
    kept) instead of collecting every lower-case word of the text: the same answer as ``_LOWER_WORD.findall``
    over the regions, since a match there starts wherever the pattern matches.  Each lookup scans the text,
    so past ``_LOOKUPS`` distinct words (a long text asks for more) the words are collected once after all:
    the cost stays linear in the length of the text.
    """

    def __init__(self, text: str, regions: Sequence[Span], nouns: set[str]) -> None:
        self._text = text
        self._regions = regions
        self._nouns = nouns
        self._known: dict[str, bool] = {}
        self._all: set[str] | None = None  # every lower-case word, once the lookups ran out

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if word in self._nouns:
            return True
        if self._all is not None:
            return word in self._all
        found = self._known.get(word)
        if found is None:
            if len(self._known) >= _LOOKUPS:
                text = self._text
                self._all = {w for r in self._regions for w in _LOWER_WORD.findall(text, r.start, r.end)}
                return word in self._all
            found = self._known[word] = self._written(word)
        return found

    def _written(self, word: str) -> bool:
        """Whether ``word`` is a lower-case word of a region, as ``_LOWER_WORD`` reads them."""
        text = self._text
        size = len(word)
        if size < 3:
            return False  # the pattern's words have three letters at least
        for region in self._regions:
            p = text.find(word, region.start, region.end)
            while p >= 0:
                m = _LOWER_WORD.match(text, p, region.end)
                if m is not None and m.end() == p + size:
                    return True
                p = text.find(word, p + 1, region.end)
        return False


def _spaced(text: str, start: int, end: int) -> bool:
    """Only spaces or tabs (no line end) between ``start`` and ``end``."""
    if end <= start or text[start] not in " \t\u00a0":
        return False  # most gaps between two capitalized words hold other words
    if end - start == 1:
        return True  # the usual gap: one space
    if text[start + 1] not in " \t\u00a0":
        return False  # a space, then a word
    return _SPACE.fullmatch(text, start, end) is not None


#: The first letters of the particles ``_PARTICLE_GAP`` reads, and the spaces before them.
_PARTICLE_FIRST = frozenset("vdtbael")
_GAP_SPACE = frozenset(" \t\u00a0")


def _particle_start(text: str, start: int, end: int) -> bool:
    """The gap may be a particle gap: a space, then a space or a particle's first letter, and room for both spaces
    around a particle of two letters (a necessary condition of ``_PARTICLE_GAP.fullmatch``, not a sufficient one)."""
    return end - start >= 4 and text[start] in _GAP_SPACE and (
        text[start + 1] in _PARTICLE_FIRST or text[start + 1] in _GAP_SPACE
    )


def _runs(text: str, caps: _Caps) -> list[tuple[int, list[Tok] | None]]:
    """Runs of capitalized words on one line, split at function words; particles only before a last word.

    Each run as the index of its first word and its tokens, or ``None`` for a run of that one word alone (most
    runs: a noun between lower-case words, for which no token is made)."""
    out: list[tuple[int, list[Tok] | None]] = []
    low, start, end = caps.low, caps.start, caps.end
    n = len(low)
    i = 0
    stop = lexicon.stopwords()
    while i < n:
        if low[i] in stop:
            i += 1
            continue
        run: list[Tok] | None = None  # made when a second word joins the word i (or a test reads it)
        j = i + 1
        while j < n:
            gap_start, gap_end = end[j - 1], start[j]
            spaced = _spaced(text, gap_start, gap_end)
            if spaced and low[j] not in stop:
                run = run or [caps.tok(i)]
                run.append(caps.tok(j))
                j += 1
                continue
            if spaced:
                # A surname that is also a function word (Stephan Weil) ends the run.
                run = run or [caps.tok(i)]
                if (
                    low[j] not in DETERMINERS
                    and _name_like_shape(run[-1])
                    and len(run) <= 3
                    and not (j + 1 < n and _spaced(text, end[j], start[j + 1]))
                ):
                    run.append(caps.tok(j))
                    j += 1
                break
            # A particle gap holds at most six letters (von der), so the pattern fails fast on the usual gaps
            # full of other words; most gaps fail the pattern's first two characters already, checked here
            # without a call into the engine.
            pm = _particle_start(text, gap_start, gap_end) and _PARTICLE_GAP.fullmatch(text, gap_start, gap_end)
            if pm:
                run = run or [caps.tok(i)]
                u = caps.tok(j)
                if (
                    _name_like(u)
                    and not (j + 1 < n and _spaced(text, end[j], start[j + 1]))
                    and _name_like(run[-1])
                    and "-" not in run[-1].text
                ):
                    # von der Leyen, de Decker: particles, then exactly one more capitalized word.
                    run.extend(Tok(m[0], m.start(), m.end()) for m in _WORDS.finditer(text, gap_start, gap_end))
                    run.append(u)
                    j += 1
            break
        out.append((i, run if run is not None and len(run) > 1 else None))
        i = j
    return out


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
    if not _name_ok(run) or _ADJECTIVE.search(run[0].text) or run[0].low in lower or run[-1].low in lower:
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
    while e < n and e - s < 3 and _name_like(toks[e]):
        e += 1
    if e - s >= 2 and (e >= n or toks[e].text in (",", ".", ":", ";")):
        _add_role(table, names, role, owner, toks[s:e])


def _owner(text: str, region: Span, run: list[Tok], r: int) -> str | None:
    """``Putins`` in ``Putins außenpolitischer Berater``: a genitive name before the role (lower case, no -s)."""
    if r > 0:
        w = run[r - 1]
        return w.low[:-1] if w.low.endswith("s") and len(w.text) > 2 else None
    m = _OWNER.search(text, max(region.start, run[r].start - 80), run[r].start)
    return m.group(1).lower()[:-1] if m else None
