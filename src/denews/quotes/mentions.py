"""Typed mentions: what a noun phrase names, in which case it stands, and whether it can speak.

Step 1 of attribution.  A mention is a run of capitalized words (with the article or preposition before it,
which shows its grammatical case where German shows one) typed as a person, a role, an organization, a
medium, a collective, or a pronoun.  The cue frames (:mod:`.attribution`) may return only a mention that can
speak; :func:`speaker_type` types the resolved speaker for ``Quote.speaker_type``.

The word classes are data (``lexicons/quotes_mention_types.tsv``); this module only applies them.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Sequence

import attrs
import regex

from .._data import first_names
from ..model import Span, SpeakerType
from . import lexicon
from .tokens import PREPOSITIONS, tokenize


class MentionType(enum.Enum):
    """What a mention names."""

    PERSON = "PERSON"
    ROLE = "ROLE"
    ORGANIZATION = "ORGANIZATION"
    MEDIA = "MEDIA"
    COLLECTIVE = "COLLECTIVE"
    PRONOUN = "PRONOUN"


class Case(enum.Enum):
    """The grammatical case an article or a preposition shows (``UNKNOWN`` where nothing shows it)."""

    NOMINATIVE = "NOMINATIVE"
    ACCUSATIVE = "ACCUSATIVE"
    DATIVE = "DATIVE"
    GENITIVE = "GENITIVE"
    UNKNOWN = "UNKNOWN"


@attrs.frozen(slots=True)
class TypedMention:
    """One mention of the article's mention table."""

    span: Span
    text: str
    type: MentionType
    case: Case


_TYPE_OF_SPEAKER = {
    MentionType.PERSON: SpeakerType.PERSON,
    MentionType.ROLE: SpeakerType.ROLE,
    MentionType.ORGANIZATION: SpeakerType.ORGANIZATION,
    MentionType.MEDIA: SpeakerType.MEDIA,
    MentionType.COLLECTIVE: SpeakerType.COLLECTIVE,
}

# Articles that settle the case alone; "der", "die", "den" are ambiguous and are read with the word before.
_DATIVE_DETS = frozenset(("dem", "einem", "diesem", "seinem", "ihrem"))
_GENITIVE_DETS = frozenset(("des", "eines", "dieses", "seines", "ihres"))
_ACCUSATIVE_DETS = frozenset(("einen", "diesen"))
_NOMINATIVE_DETS = frozenset(("ein", "das", "dieses", "kein"))
_DATIVE_PREPS = frozenset(("mit", "bei", "beim", "von", "vom", "zu", "zum", "zur", "aus", "nach", "seit", "gegenüber"))
_ACCUSATIVE_PREPS = frozenset(("für", "durch", "gegen", "ohne", "um"))
_GENITIVE_PREPS = frozenset(("laut", "wegen", "trotz", "während", "angesichts", "seitens"))
_PRONOUNS = frozenset(("er", "sie"))
_DIGIT = regex.compile(r"\d")
_WORD = regex.compile(r"[\p{L}\p{M}\d]++(?:[-‐’'.][\p{L}\p{M}\d]++)*+")
_ACRONYM = regex.compile(r"\p{Lu}{2,6}+(?:-\p{Lu}{1,6}+)?+")


@functools.cache
def _classes() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for line in lexicon.read_lines("quotes_mention_types.tsv"):
        name, _, words = line.partition("\t")
        out[name.strip()] = frozenset(words.split())
    return out


@functools.cache
def _endings(cls: str) -> tuple[str, ...]:
    """The endings of a class as one tuple: ``str.endswith`` tries them all in one call."""
    return tuple(_classes()[cls])


def _ends(word: str, cls: str) -> bool:
    return word.lower().endswith(_endings(cls))


@functools.cache
def _documents() -> tuple[str, ...]:
    """The document nouns (``Erklärung``, ``Antrag``) as one tuple of endings: ``str.endswith`` tries them all in one
    call, where a generator over the set took a Python step each."""
    return tuple(lexicon.function_words()["source_documents"])


_PREP_CASES = ((_DATIVE_PREPS, Case.DATIVE), (_ACCUSATIVE_PREPS, Case.ACCUSATIVE), (_GENITIVE_PREPS, Case.GENITIVE))
_DET_CASES = (
    (_DATIVE_DETS, Case.DATIVE),
    (_GENITIVE_DETS, Case.GENITIVE),
    (_ACCUSATIVE_DETS, Case.ACCUSATIVE),
    (_NOMINATIVE_DETS, Case.NOMINATIVE),
)


def case_of(det: str | None, before: str | None = None) -> Case:
    """The case of a noun phrase from its article ``det`` and the word ``before`` it (both lower case).

    ``der`` after a noun is a genitive (der Sprecher der Partei); after a verb it may be the subject or,
    with a medium, the addressee: that reading is left to the frames.
    """
    # A preposition governs its case; else the article shows it, in this order of precedence.
    for words, case in _PREP_CASES:
        if before in words:
            return case
    for words, case in _DET_CASES:
        if det in words:
            return case
    return Case.UNKNOWN


def is_media(word: str) -> bool:
    """A medium or an agency: ``Tageszeitung``, ``Nachrichtenagentur``, ``dpa``, ``Spiegel``."""
    w = word.lower()
    return w in _classes()["media_names"] or _ends(w, "media_heads")


def _first_name_weight(word: str) -> int:
    entry = first_names().get(word)
    return entry[0] if entry is not None else 0


def type_of(words: Sequence[str], knows_person: Callable[[str], bool] = lambda _w: False) -> MentionType | None:
    """The type of a mention given its words (article stripped), or ``None`` where it names nothing that
    speaks (an amount, an abstract noun, a sentence adverb)."""
    ws = [w for w in words if _WORD.fullmatch(w)]
    if not ws:
        return None
    last = ws[-1]
    low = last.lower()
    if len(ws) == 1 and low in _PRONOUNS:
        return MentionType.PRONOUN
    if not can_speak(" ".join(ws), knows_person):
        return None
    if is_media(last) or (len(ws) > 1 and is_media(ws[0]) and ws[0][:1].isupper()):
        return MentionType.MEDIA
    if knows_person(last) or (len(ws) >= 2 and _first_name_weight(ws[0]) >= 20 and not lexicon.is_role(last)):
        return MentionType.PERSON
    if lexicon.is_institution(last) or _ACRONYM.fullmatch(last) or _ends(low, "exempt_heads"):
        return MentionType.ORGANIZATION
    if low.endswith(_documents()):
        return MentionType.ORGANIZATION  # "die Erklärung", "der Antrag": the body that wrote it speaks
    if low in _classes()["collective_heads"] or (_ends(low, "collective_heads") and low.endswith(("en", "er"))):
        return MentionType.COLLECTIVE
    if lexicon.is_role(last) or _person_noun(low):
        return MentionType.ROLE
    return MentionType.PERSON


# Endings of nouns for people (Politikerin, Journalist, Demonstrant, Soziologe); "-er" alone also ends places
# and things, so it counts only where the role lexicon or the person nouns know the word.
_PERSON_ENDINGS = ("erin", "istin", "antin", "entin", "orin", "eurin", "ologin", "ologe", "iker", "ist", "ant",
                   "ent", "eur", "ling", "jährige", "jähriger")


def _person_noun(low: str) -> bool:
    return low in lexicon.function_words()["person_nouns"] or (low.endswith(_PERSON_ENDINGS) and len(low) > 4)


def can_speak(speaker: str, knows_person: Callable[[str], bool] = lambda _w: False) -> bool:
    """Whether a speaker string names someone who can speak: no digit, no amount or unit, no abstract noun
    as its head, no sentence adverb or function word."""
    # The words decide alone but for one step, where the name table is asked about the last word: the words' part
    # is kept per string (an article asks about the same few speakers again and again).
    alone, last, otherwise = _speaks(speaker)
    if alone is not None:
        return alone
    return knows_person(last) or otherwise


@functools.lru_cache(maxsize=16384)
def _speaks(speaker: str) -> tuple[bool | None, str, bool]:
    """:func:`can_speak` as far as the words alone answer it: ``(answer, "", False)`` where they do, else
    ``(None, last word, answer)``: the speaker can speak if the name table knows the last word, else ``answer``."""
    if not speaker or _DIGIT.search(speaker):
        return False, "", False
    ws = _WORD.findall(speaker)
    if not ws:
        return False, "", False
    cls = _classes()
    lows = [w.lower() for w in ws]
    if lows[-1] in cls["media_names"] and len(ws) > 1:
        return True, "", False  # "Die Zeit", "Der Standard": a medium's name, whatever its words mean
    # The parts of a compound count ("Euro-skeptische Partei"); the head is the compound's last part.
    parts = [p for w in lows[:-1] for p in w.split("-")] + [lows[-1].rsplit("-", 1)[-1]]
    if any(w in cls["unit_words"] for w in lows + parts):
        return False, "", False  # "Projekt Millionen Euro", "Uhr MEZ": an amount, a unit, a time
    if parts[-1] in cls["abstract_nouns"]:
        return False, "", False  # "Pentagon-Angaben": the Pentagon's statements, not someone
    if any(w in cls["abstract_nouns"] and not lexicon.is_institution(w) for w in lows[1:]):
        return False, "", False  # "Projekt Angaben": a thing inside the phrase
    head = lows[-1]
    if lows[0] in cls["function_heads"] or head in cls["function_heads"] or head in cls["abstract_nouns"]:
        return False, "", False
    if not _ends(head, "abstract_suffixes"):
        return True, "", False
    return None, ws[-1], _abstract_named(ws, head)  # a name the table knows can speak, whatever its ending


def _abstract_named(ws: list[str], head: str) -> bool:
    """A head that ends like an abstract noun names someone who can speak (the table not asked)."""
    singular = head[:-2] if head.endswith("ungen") else head  # "Regierungen", "Zeitungen": bodies in the plural
    if any(lexicon.is_institution(h) or _ends(h, "exempt_heads") or is_media(h) for h in {head, singular}):
        return True
    if head.endswith(_documents()):
        return True
    # A name that ends like an abstract noun (Franz, Lorenz, Dennis; Anna Jung, Franz-Josef Jung): a first name
    # vouches for it, and so does a role before it ("Wirtschaftsminister Clement").
    first = max((_first_name_weight(p) for p in ws[0].split("-")), default=0)
    return first >= 20 or (len(ws) > 1 and lexicon.is_role(ws[-2]))


def speaker_type(speaker: str | None, mention_type: MentionType | None = None,
                 knows_person: Callable[[str], bool] = lambda _w: False) -> SpeakerType | None:
    """The ``Quote.speaker_type`` of a resolved speaker: the mention's type where it named the speaker
    itself, else the type of the speaker's words (a pronoun resolved to a name is a person)."""
    if speaker is None:
        return None
    found: MentionType | None = mention_type
    if found is None or found is MentionType.PRONOUN or (
        found is MentionType.ROLE and knows_person(speaker.split()[-1])
    ):
        found = type_of(speaker.split(), knows_person)
    return _TYPE_OF_SPEAKER.get(found) if found is not None else None


def mention_table(text: str, start: int, end: int,
                  knows_person: Callable[[str], bool] = lambda _w: False) -> list[TypedMention]:
    """The typed mentions of ``text[start:end]`` in order: runs of capitalized words and the pronouns
    ``er``/``sie``, each with the case its article or preposition shows."""
    toks = tokenize(text, start, end)
    out: list[TypedMention] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if t.low in _PRONOUNS and not (t.cap and i > 0 and not toks[i - 1].punct):
            out.append(TypedMention(Span(t.start, t.end), t.text, MentionType.PRONOUN, Case.NOMINATIVE))
            i += 1
            continue
        if not t.cap or t.punct or t.low in lexicon.stopwords():
            i += 1
            continue
        j = i
        while j < n and toks[j].cap and not toks[j].punct and (j == i or toks[j].low not in lexicon.stopwords()):
            j += 1
        det = toks[i - 1].low if i > 0 and toks[i - 1].low in lexicon.stopwords() else None
        before = toks[i - 2].low if det is not None and i > 1 else (toks[i - 1].low if i > 0 else None)
        if before is not None and before not in PREPOSITIONS:
            before = None
        words = [u.text for u in toks[i:j]]
        kind = type_of(words, knows_person)
        if kind is not None:
            span = Span(toks[i].start, toks[j - 1].end)
            out.append(TypedMention(span, text[span.start : span.end], kind, case_of(det, before)))
        i = j
    return out
