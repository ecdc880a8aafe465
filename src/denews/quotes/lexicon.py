"""The quotes stage's word lists, loaded once from ``denews/lexicons/quotes_*``."""

from __future__ import annotations

import functools

import attrs

from .._data import first_names, read_text

# Inseparable prefixes and -ieren verbs build their participle without ge- (erklärt, kritisiert).
_NO_GE = ("be", "er", "ver", "ent", "zer", "ge", "emp", "miss", "über", "unter", "wider", "hinter")


@attrs.frozen(slots=True)
class Cue:
    """A verb of saying: its lemma and separable particle (``mit`` for mitteilen), or ``None``."""

    lemma: str
    particle: str | None


def _lines(name: str) -> list[str]:
    raw = read_text(f"lexicons/{name}")
    out: list[str] = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            out.append(line)
    return out


def read_lines(name: str) -> list[str]:
    """The lines of a lexicon file without comments and blank lines."""
    return _lines(name)


def _weak_forms(lemma: str) -> list[str]:
    if lemma.endswith(("ern", "eln")):
        stem, plural = lemma[:-1], lemma
    else:
        stem, plural = lemma[:-2], lemma
    # antworten, bezeichnen: an -e- keeps the ending audible.
    e = "e" if stem.endswith(("t", "d", "chn", "gn", "ffn", "tm")) else ""
    t3 = stem + e + "t"
    past = stem + e + "te"
    part = stem + e + "t" if lemma.endswith("ieren") or lemma.startswith(_NO_GE) else "ge" + stem + e + "t"
    return [t3, plural, past, past + "n", part, stem + "e"]


@functools.cache
def cue_forms() -> dict[str, Cue]:
    """Every inflected form of every verb of saying (lower case) to its cue."""
    return _forms("quotes_cues.tsv")


@functools.cache
def judging_forms() -> dict[str, Cue]:
    """Every form of the verbs of judging, which say something only of words in marks after "als" or "für"."""
    return _forms("quotes_judging.tsv")


def _forms(name: str) -> dict[str, Cue]:
    forms: dict[str, Cue] = {}
    for line in _lines(name):
        cols = line.split("\t")
        if len(cols) < 3:
            continue
        lemma, particle, cls = cols[0].strip(), cols[1].strip(), cols[2].strip()
        part = None if particle in ("", "-") else particle
        base = lemma[len(part) :] if part and lemma.startswith(part) else lemma
        inflected = cols[3].split() if cls == "strong" and len(cols) > 3 else _weak_forms(base)
        cue = Cue(lemma, part)
        for f in inflected:
            if not (part and f.startswith("ge") and f != base):
                # A particle verb's bare participle (geteilt) says nothing without its particle.
                forms.setdefault(f.lower(), cue)
            if part:
                # Subordinate clause and participle keep the particle in front: mitteilte, mitgeteilt.
                forms.setdefault((part + f).lower(), Cue(lemma, None))
        if part:
            forms.setdefault(lemma.lower(), Cue(lemma, None))
    return forms


@functools.cache
def cue_variants() -> dict[str, tuple[Cue, ...]]:
    """The particle verbs of saying that share a form (``weist``: hinweisen, zurückweisen), each form to all of
    them; :func:`cue_forms` keeps the first only."""
    out: dict[str, list[Cue]] = {}
    for line in _lines("quotes_cues.tsv"):
        cols = line.split("\t")
        if len(cols) < 3 or cols[1].strip() in ("", "-"):
            continue
        lemma, part, cls = cols[0].strip(), cols[1].strip(), cols[2].strip()
        base = lemma[len(part) :] if lemma.startswith(part) else lemma
        cue = Cue(lemma, part)
        for f in cols[3].split() if cls == "strong" and len(cols) > 3 else _weak_forms(base):
            if cue not in out.setdefault(f.lower(), []):
                out[f.lower()].append(cue)
    return {form: tuple(cues) for form, cues in out.items() if len(cues) > 1}


@functools.cache
def cue_phrases() -> tuple[str, ...]:
    return tuple(x.strip().lower() for x in _lines("quotes_cue_phrases.txt"))


@functools.cache
def role_heads() -> tuple[str, ...]:
    heads: set[str] = set()
    for x in _lines("quotes_roles.txt"):
        x = x.strip().lower()
        heads.add(x)
        if not x.endswith("in"):
            base = x[:-1] if x.endswith(("e",)) and not x.endswith("ee") else x
            heads.add(base + "in")
            heads.add(base + "innen")
        heads.update((x + "s", x + "en", x + "n"))
    return tuple(sorted(heads, key=len, reverse=True))


@functools.cache
def institution_heads() -> tuple[str, ...]:
    return tuple(sorted({x.strip().lower() for x in _lines("quotes_institutions.txt")}, key=len, reverse=True))


@functools.cache
def media_words() -> frozenset[str]:
    return frozenset(x.strip().lower() for x in _lines("quotes_media.txt"))


@functools.cache
def stopwords() -> frozenset[str]:
    return frozenset(x.strip().lower() for x in _lines("quotes_stopwords.txt"))


class _Heads:
    """A set of head words, looked for as the longest suffix of a word.

    Most words asked about end in letters no head ends in: the last letters of the shortest suffix that can count
    (``size``, at least ``min_len``) are looked up first, and the scan over the suffixes runs only where some head
    ends so, and only over the suffix lengths the heads have."""

    __slots__ = ("ends", "heads", "longest", "size")

    def __init__(self, heads: frozenset[str], min_len: int = 1) -> None:
        self.heads = heads
        self.size = max(min_len, min(map(len, heads), default=1))
        self.longest = max(map(len, heads), default=0)
        self.ends = frozenset(h[-self.size :] for h in heads if len(h) >= self.size)

    def longest_suffix(self, w: str) -> str | None:
        """The longest suffix of ``w`` (``size`` letters or more) in the heads."""
        if w[-self.size :] not in self.ends:
            return None  # every suffix that counts ends in these letters
        heads = self.heads
        for k in range(max(0, len(w) - self.longest), len(w) - self.size + 1):
            if w[k:] in heads:
                return w[k:]
        return None


@functools.cache
def _role_set() -> frozenset[str]:
    return frozenset(role_heads())


@functools.cache
def _roles() -> _Heads:
    return _Heads(_role_set())


@functools.cache
def _institution_set() -> frozenset[str]:
    return frozenset(institution_heads())


@functools.cache
def _institutions() -> _Heads:
    """Institution heads as the suffix of a longer word: three letters or more."""
    return _Heads(_institution_set(), 3)


@functools.cache
def _media() -> _Heads:
    return _Heads(media_words())


# The role and institution tests run on every capitalized word of an article, and the same words recur
# from article to article: a bounded cache of these pure functions saves most of the suffix scans.
@functools.lru_cache(maxsize=16384)
def is_role(word: str) -> bool:
    """``word`` is a role noun (``US-Präsident``, ``Kremlchef``, ``Sprecherin``)."""
    w = word.lower().rstrip(".")
    return bool(w) and _roles().longest_suffix(w) is not None


def role_head(word: str) -> str | None:
    return _roles().longest_suffix(word.lower())


def is_media(word: str) -> bool:
    """``word`` announces a medium or work (``Zeitung``, ``Tageszeitung``, ``Film``)."""
    return _media().longest_suffix(word.lower()) is not None


@functools.lru_cache(maxsize=16384)
def is_institution(word: str) -> bool:
    """``word`` names an institution: a head itself (``Kreml``) or a compound ending in one of 3+ letters; a
    registered given name is no such compound, however rare (Montserrat: -rat, Bruno: -uno)."""
    w = word.lower()
    heads = _institution_set()
    if w in heads:
        return True
    return _institutions().longest_suffix(w) is not None and w.capitalize() not in first_names()


@functools.cache
def function_words() -> dict[str, frozenset[str]]:
    """The closed word classes of ``quotes_function_words.tsv`` by class name."""
    out: dict[str, frozenset[str]] = {}
    for line in _lines("quotes_function_words.tsv"):
        name, _, words = line.partition("\t")
        out[name.strip()] = frozenset(words.split())
    return out
