"""Titles and names in marks: a short capitalized stretch that names a work, an event, a medium or a product.

Words said and titles share the marks; what tells them apart here is their place and shape, never a list of
known titles: a title stands right after the noun it names (``die Erdgasleitung „Gran Via“``,
``des Magazins „Neue Wege“``), or is built from another language's function words (``„Walk on the Sun“``);
words said speak in the first person or end as a sentence.
"""

from __future__ import annotations

import enum
import functools

import regex

from . import classify, lexicon

#: Words a title may have at most (a longer stretch is a sentence or a fragment of one).
TITLE_WORDS = 8
#: How many words before the marks a verb of naming may stand ("nannte den Plan der Stadt „…“").
_NAMING_REACH = 5
_NAMING = tuple(lexicon.function_words()["naming_stems"]) + tuple(lexicon.function_words()["insult_stems"])
#: The score from which a stretch is a title (see :data:`WEIGHTS`).
TITLE_SCORE = 2

# A sentence ending inside the marks: words said over more than one sentence ("Kommt alle. Jetzt handeln").
_INNER_SENTENCE_END = regex.compile(r"\p{Ll}{2}[.!?]\s++\p{Lu}")
# The word right after the closing mark, with nothing but spaces between.
_NEXT_WORD = regex.compile(r"[ \t]*+(\p{L}++)")
# A dash between spaces inside the marks, between two capitalized parts ("Haus am See – Eine Chronik").
_SUBTITLE_DASH = regex.compile(r"\S\s[–—-]\s\p{Lu}")
# "sich „…“ nennt", "nennt sich „…“", "die sich selbst „…“ nennen": a name given to oneself.
_SELF_BEFORE = regex.compile(r"\bsich\s++(?:selbst\s++|auch\s++|heute\s++|nun\s++)?$")
_SELF_VERB = regex.compile(
    r"\s*+(?:nenn|nann|bezeichne|heiß|hieß)\p{L}*+\b|\b(?:nenn|nann|bezeichne)\p{L}*+\s++(?:\p{L}++\s++)?sich\s"
)
# Where the clause of the marks begins: after a sentence end, a colon or an opening bracket.
_CLAUSE_START = regex.compile(r"[.!?:;(]\s")
#: How many words before the marks a noun of naming may stand ("Der Name der Art lautet „…“").
_NAMING_NOUN_REACH = 6
# "„…“, so lautet der Titel", "„…“ ist der Name des Vereins": the noun of naming right after the marks.
_NAMED_AFTER = regex.compile(
    r"[\s,]*+(?:so\s++)?(?:lautet|lautete|heißt|hieß|ist|war)\s++(?:der|die|das)\s++(?:\p{L}++\s++)?(?:Titel|Name|Motto)\b"
)
# What ends a sentence or opens a clause: a capitalized word after it need not be a noun.
_CLAUSE_MARK = frozenset('.!?:;–—-("„“”»«')


class Evidence(enum.Enum):
    """What speaks for a title (positive weight) or for words said (negative)."""

    AFTER_NOUN = enum.auto()  # right after a capitalized word inside a sentence: the noun the title names
    AFTER_GENITIVE = enum.auto()  # right after "des", "eines": a name governed as a noun ("Ausgabe des „…“")
    FOREIGN = enum.auto()  # function words of another language: a title or a name from abroad
    SELF_NAMED = enum.auto()  # "die sich selbst „…“ nennt", "nennt sich „…“": the name something gives itself
    NAMING_NOUN = enum.auto()  # "Der Name lautet „…“", "„…“, so lautet der Titel": a name the noun announces
    SUBTITLE = enum.auto()  # "Name – Untertitel": a title and its subtitle, no comma, no sentence
    SAID_AFTER = enum.auto()  # "nachdem Merz „Das reicht“ gesagt hatte": a verb of saying right after the marks
    NAMED_BY_VERB = enum.auto()  # "nannte die Pläne „Unsinn“": a verb of naming puts its words after its object
    FIRST_PERSON = enum.auto()  # someone speaks: "Wir erwarten euch"
    SENTENCE = enum.auto()  # ends as a sentence (full stop, question or exclamation mark)
    LONG = enum.auto()  # more words than a title has


WEIGHTS = {
    Evidence.AFTER_NOUN: 2,
    Evidence.AFTER_GENITIVE: 2,
    Evidence.FOREIGN: 2,
    Evidence.SELF_NAMED: 4,
    Evidence.NAMING_NOUN: 2,
    Evidence.SUBTITLE: 2,
    Evidence.SAID_AFTER: -3,
    Evidence.NAMED_BY_VERB: -2,
    Evidence.FIRST_PERSON: -3,
    Evidence.SENTENCE: -3,
    Evidence.LONG: -2,
}


@functools.cache
def _classes() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for line in lexicon.read_lines("quotes_detection.tsv"):
        name, _, words = line.partition("\t")
        out[name.strip()] = frozenset(words.split())
    return out


# "Parolen wie „…“", "Sprüche wie etwa „…“", "mit der Aufschrift „…“": a noun of words said, then the marks.
_UTTERANCE_BEFORE = regex.compile(r"(\p{Lu}\p{Ll}++)\s++(?:wie\s++(?:etwa\s++|zum\s++Beispiel\s++|z\.\s*+B\.\s++)?)?$")


def after_utterance_noun(before: str) -> bool:
    """The marks follow a noun of words said, chanted or written ("skandierten Parolen wie „…“"): what they
    hold is those words, not a name, whatever its case."""
    m = _UTTERANCE_BEFORE.search(before)
    return m is not None and m.group(1).lower() in _classes()["utterance_nouns"]


def first_person(quote: str) -> bool:
    """Whether words in marks speak in the first person ("wir", "mein"): a speaker's own voice."""
    return any(w.lower() in _classes()["first_person"] for w in classify.words(quote))


def _after_noun(before: str) -> bool:
    """The opening mark follows a capitalized word that does not open a sentence (nor a clause after a colon)."""
    stripped = before.rstrip()
    if not stripped or not before[-1:].isspace():
        return False
    k = len(stripped)
    while k > 0 and not stripped[k - 1].isspace():
        k -= 1
    word = stripped[k:]
    head = stripped[:k].rstrip()
    if not word[:1].isupper() or not word[-1:].isalnum() or not head:
        return False
    source = head.rsplit(None, 1)[-1].lower()
    if source in _classes()["source_words"] or source in lexicon.cue_forms():
        return False  # "laut Kreml „…“", "sagte Weber „…“": the name is the source, the marks hold its words
    return head[-1] not in _CLAUSE_MARK


def evidence(quote: str, before: str, after: str = "") -> list[Evidence]:
    """The evidence a stretch in marks and the text before and after it give."""
    ws = classify.words(quote)
    lows = [w.lower() for w in ws]
    classes = _classes()
    out: list[Evidence] = []
    if _after_noun(before):
        out.append(Evidence.AFTER_NOUN)
    elif before[-1:].isspace() and before.rstrip().rsplit(None, 1)[-1:] in (["des"], ["eines"]):
        out.append(Evidence.AFTER_GENITIVE)
    self_named = _SELF_BEFORE.search(before) and (_SELF_VERB.search(before) or _SELF_VERB.match(after))
    if self_named:
        out.append(Evidence.SELF_NAMED)
    following = _NEXT_WORD.match(after)
    if not self_named and following is not None and (
        following.group(1).lower() in lexicon.cue_forms() or _closing_particle(before, after, following.group(1))
    ):
        out.append(Evidence.SAID_AFTER)
    if any(w.lower().startswith(_NAMING) for w in classify.words(before)[-_NAMING_REACH:]):
        out.append(Evidence.NAMED_BY_VERB)
    if any(w in classes["foreign_glue"] for w in lows) and not any(w in lexicon.stopwords() for w in lows):
        out.append(Evidence.FOREIGN)
    if _naming_noun(before, after):
        out.append(Evidence.NAMING_NOUN)
    if _SUBTITLE_DASH.search(quote) and "," not in quote:
        out.append(Evidence.SUBTITLE)
    if any(w in classes["first_person"] for w in lows):
        out.append(Evidence.FIRST_PERSON)
    if classify.ends_sentence(quote) or _INNER_SENTENCE_END.search(quote):
        out.append(Evidence.SENTENCE)
    if len(ws) > TITLE_WORDS:
        out.append(Evidence.LONG)
    return out


# The particle of a verb closing its clause right after the marks: "„…“ vor.", "„…“ zurück,".
_PARTICLE_CLOSE = regex.compile(r"[ \t]*+\p{Ll}++[ \t]*+[.,;:!?)]")


def _closing_particle(before: str, after: str, word: str) -> bool:
    """The word after the marks closes the clause as the particle of a verb of saying before them ("warf der
    Regierung „Betrug“ vor", "wies das als „Unsinn“ zurück")."""
    if _PARTICLE_CLOSE.match(after) is None:
        return False
    clause = _CLAUSE_START.split(before)[-1]
    low = word.lower()
    forms, variants = lexicon.cue_forms(), lexicon.cue_variants()
    for w in classify.words(clause)[-8:]:
        cue = forms.get(w.lower())
        if (cue is not None and cue.particle == low) or any(c.particle == low for c in variants.get(w.lower(), ())):
            return True
    return False


def _naming_noun(before: str, after: str) -> bool:
    """A noun of naming with its verb in the clause before the marks, or announced right after them."""
    clause = _CLAUSE_START.split(before)[-1]
    lows = [w.lower() for w in classify.words(clause)[-_NAMING_NOUN_REACH:]]
    classes = _classes()
    if any(w in classes["naming_nouns"] for w in lows) and any(w in classes["naming_verbs"] for w in lows[-4:]):
        return True
    return _NAMED_AFTER.match(after) is not None


def _after_work_noun(before: str) -> bool:
    """The opening mark follows a noun of a work (Buch, Film, Lied), the title's own noun."""
    if not before[-1:].isspace():
        return False
    if any(w.lower().startswith(_NAMING) for w in classify.words(before)[-_NAMING_REACH:]):
        return False  # "nannte den Film „völlig daneben“": what the film is called, not its title
    last = before.rstrip().rsplit(None, 1)[-1:]
    return bool(last) and last[0][:1].isupper() and last[0].lower() in _classes()["work_nouns"]


def _code(quote: str) -> bool:
    """A word or two with a digit (``„x7“``, ``„expo 30“``): the name of a type, a model, an edition."""
    return len(classify.words(quote)) <= 2 and any(ch.isdigit() for ch in quote)


def is_title(quote: str, before: str, after: str = "") -> bool:
    """Whether a stretch in marks opening with a capital (or a short code) is a title or a name, not words said."""
    q = quote.strip()
    if _after_work_noun(before) and not classify.ends_sentence(q) and len(classify.words(q)) <= TITLE_WORDS:
        return True  # "aus seinem Buch „über den Wolken“", "der Film „unter den Linden“"
    found = evidence(q, before, after)
    if not q[:1].isupper() and not q[:1].isdigit() and not _code(q) and Evidence.NAMING_NOUN not in found:
        return False
    return sum(WEIGHTS[e] for e in found) >= TITLE_SCORE


def listed_with_title(text: str, title_end: int, outer_start: int, quote: str) -> bool:
    """A short capitalized stretch coordinated with a title or name in marks just before it is one too
    (``die Modelle „Alpha“ und „Beta“``, ``in „Erster Film“ oder „Zweiter Film“``)."""
    q = quote.strip()
    ws = classify.words(q)
    return (
        title_end >= 0
        and (classify.short_title(ws) or _code(q))
        and "," not in q
        and not classify.ends_sentence(q)
        and not any(w.lower() in _classes()["first_person"] for w in ws)
        and classify.coordinated(text, title_end, outer_start)
    )
