"""The closed word classes, noun-phrase records and token tests that the attribution stages share."""

from __future__ import annotations

import attrs
import regex

from . import lexicon, mentions
from .tokens import (
    CLAUSE_BREAK,
    PREPOSITIONS,
    Tok,
)

# A sentence ends at . ! ? (not after an ordinal or an abbreviation: "am 30. März", "Dr. Geicke"; a year of four
# digits ends one: "vor 1933. Dabei").
_SENT_END = regex.compile(
    r"(?<!\b(?:\d{1,3}|\p{L}|Dr|Prof|Nr|St|ca|bzw|vgl|Abs|Art|Mio|Mrd|Jh|usw|etc|ggf|inkl|z\.\s?B|u\.\s?a))"
    r"[.!?…][“”\"«»‘’']?\s+(?=[\p{Lu}„“\"»«‚(\d])|[.!?]\s*$"
)
_FW = lexicon.function_words()
_SOURCE_NOUNS = _FW["source_nouns"]
_PERSON_SUFFIXES = tuple(_FW["person_suffixes"])
_COORDINATION = lexicon.function_words()["coordination"]
_GAP_WORD = regex.compile(r"[\p{L}\p{M}]++")
# An indefinite article, up to two adjectives, and the noun (eine Frau, ein junger Polizist).
_INDEFINITE_NOUN = regex.compile(
    r"\b(?:[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner)\s++(?:\p{Ll}[\p{L}-]*+\s++){0,2}(\p{Lu}[\p{L}\p{M}-]*+|\d{1,3}-[Jj]ährige[nr]?)"
)
_PERSON_NOUNS = _FW["person_nouns"]
_DISPUTED = _FW["disputed"]
_CROWDS = _FW["crowds"]
_TIME_GENITIVES = _FW["time_genitives"]
#: Stems of verbs of insulting ("beschimpft"): a word in marks after "als" with one is words said.
INSULT_STEMS = tuple(_FW["insult_stems"])
_FEMININE = tuple(_FW["feminine_endings"])
_NEUTER = tuple(_FW["neuter_endings"])
_POSSESSIVE = frozenset(("dessen", "deren", "sein", "seine", "seiner", "ihr", "ihre", "ihrer"))
_LEFT_WINDOW = 500
_RIGHT_WINDOW = 300
_ADJ_END = ("e", "en", "er", "es", "em")
_GENERIC_HEADS = lexicon.function_words()["generic_heads"]
_GROUP_HEADS = lexicon.function_words()["group_heads"]
_DOCUMENTS = lexicon.function_words()["source_documents"]
# The article of a subject that a pronoun of the next sentence refers back to.
_PRONOUN_ARTICLE = {"sie": "die", "er": "der"}
_THING = ""  # what ``_antecedent`` answers for a pronoun that refers to a thing, not a person
# Auxiliaries after the verb that ends a clause ("„…“ gesagt hatte"); not the passive's ("„…“ gefragt wurde":
# the one asked is no speaker).
_AUXILIARIES = frozenset(["hat", "hatte", "habe", "hätte", "haben", "hatten", "hätten", "ist", "war", "sei"])
# An adjective of a place or people, kept in a genitive's name: "baden-württembergischen", "bayerischen".
_PROPER_ADJECTIVE = regex.compile(r"\p{Ll}[\p{L}]*-\p{Ll}[\p{L}-]*en|\p{Ll}\p{L}*ischen")
# Words that open a clause with its verb last: the speaker of "als die Menge „…“ rief" stands after one.
_CLAUSE_OPENERS = frozenset(["als", "weil", "nachdem", "dass", "wenn", "obwohl", "während", "da", "bevor", "wie", "ob"])
# Articles of a singular noun ("ein Sprecher um ..." is no group; "der" is also the genitive plural,
# "Angaben der Ermittler um Peter Frank").
_SINGULAR_DETS = frozenset(["ein", "eine", "einer", "eines", "einem", "dem", "des"])
# Words of a clock time after "um" ("um Punkt Mitternacht"): never the leader of a group.
_CLOCK_WORDS = frozenset(["punkt", "mitternacht", "mittag", "viertel", "halb", "acht", "neun", "zehn", "elf", "zwölf"])
# An age used as a noun describes someone already named: "sagt der 48-Jährige", "die 71-jährige".
_AGE_NOUN = regex.compile(r"\d{1,3}-[Jj]ährige[nr]?")
# The mention types that may speak as the subject of a sentence reporting speech.
_SUBJECT_TYPES = (
    mentions.MentionType.PERSON, mentions.MentionType.ROLE, mentions.MentionType.ORGANIZATION,
    mentions.MentionType.COLLECTIVE,
)




@attrs.frozen(slots=True)
class Mention:
    start: int
    end: int
    words: tuple[str, ...]  # the capitalized words of the noun phrase (no article, no adjectives)
    det: str | None
    pronoun: bool = False



# Endings of person nouns that hardly end a thing ("-e" ends "die Maßnahme" as well as "der Experte").
_PERSON_ONLY_SUFFIXES = tuple(x for x in _PERSON_SUFFIXES if x != "e")


def _person_noun(word: str) -> bool:
    """Whether a noun names a person ("Die Juristin", "Die Kölnerin"), so a pronoun after it may refer to
    someone named before; "Die Zeitung", "Der Sender", "Der Verein" name things."""
    low = word.lower()
    if lexicon.is_role(word) or low in _PERSON_NOUNS:
        return True
    # A feminine person noun is a masculine one with "-in": Jurist-in, Kölner-in (not "Verein").
    return low.endswith("in") and low[:-2].endswith(_PERSON_ONLY_SUFFIXES)


def _person_word(word: str) -> bool:
    """A role or a noun with a person's ending (Trainer, Spieler, Sprecherin); "Frage", "Zitat" are none."""
    return lexicon.is_role(word) or word.lower().endswith(_PERSON_ONLY_SUFFIXES)


def _time_label(toks: list[Tok]) -> bool:
    """A label of time opening the clause before a colon: "Zitat des Tages:", "Die Frage der Woche lautet:"
    (not "Am Ende des Tages sagte X:")."""
    i = 3 if toks and toks[0].low in ("der", "die", "das") else 2
    return (
        len(toks) > i and toks[i].low in _TIME_GENITIVES and toks[i - 1].low in ("der", "des")
        and toks[i - 2].cap and not _person_word(toks[i - 2].text)
    )


def _gender_to_avoid(noun: str, det: str | None) -> str:
    """The gender a description cannot refer to: "die 71-Jährige" no man, "der Lehrerin" (dative) no man,
    "der Politiker" no woman; a plural ("die 71-Jährigen") gives none."""
    low = noun.lower()
    if low.endswith("in"):
        return "m"
    if low.endswith(("en", "innen")):
        return ""
    return {"der": "f", "dieser": "f", "die": "m", "diese": "m"}.get(det or "", "")


def _disputed(toks: list[Tok]) -> bool:
    """Whether the words before a fragment report a claim the subject disputes or someone else makes."""
    return any(t.low in _DISPUTED for t in toks)


def _nominative(word: str) -> str:
    """``Kremls`` -> ``Kreml``, ``Jugendamtes`` -> ``Jugendamt``, ``Hauses`` -> ``Haus`` (genitive -s/-es)."""
    for cut in (2, 1):
        if len(word) > cut + 3 and word.endswith("es"[2 - cut :]) and lexicon.is_institution(word[:-cut]):
            return word[:-cut]
    return word


# Nouns whose nominative ends in -ern (Eltern, Bauern, Schwestern): no -n of a dative plural to take off.
_NOMINATIVE_ERN = _FW["nominative_ern"]
# Determiners a dative plural noun can stand after ("laut Gutachtern", "den Ermittlern zufolge").
_DATIVE_PLURAL_DETS = frozenset((None, "den"))


def _plural_nominative(word: str, det: str | None) -> str:
    """``Gutachtern`` -> ``Gutachter``, ``Mitgliedern`` -> ``Mitglieder``: the dative plural -n of a plural in
    -er (after "laut", "zufolge", "den") back to the nominative plural the article would name them by. Nouns
    whose nominative ends so (Eltern, Konzern, Stern) keep it."""
    w = word.lower()
    if (
        det not in _DATIVE_PLURAL_DETS
        or len(w) < 7
        or not w.endswith("ern")
        or w in _NOMINATIVE_ERN
        or lexicon.is_institution(word)
        or lexicon.is_media(word)
    ):
        return word
    return word[:-1]


# Endings of person nouns with a genitive -s (des Richters, des Direktors, des Ingenieurs, des Häftlings).
_GENITIVE_S_PERSONS = ("er", "or", "eur", "ling")


def _genitive_nominative(word: str, det: str | None) -> str:
    """``(des) Richters`` -> ``Richter``, ``(eines) Nachrichtenmagazins`` -> ``Nachrichtenmagazin``: the genitive
    -s of a person noun, a role or a medium back to the nominative a user would look the speaker up by."""
    if det not in ("des", "eines") or len(word) < 5 or not word.endswith("s") or word.endswith("ss"):
        return word
    base = word[:-1]
    low = base.lower()
    if low.endswith(_GENITIVE_S_PERSONS) or lexicon.is_role(base) or lexicon.is_media(base):
        return base
    return word


_PASSIVE_AUX = frozenset(("worden", "wurde", "wurden"))


def _passive(toks: list[Tok], c: int, lo: int, hi: int) -> bool:
    """A participle of saying with a passive auxiliary in its clause (``wurde ... beschimpft``)."""
    form = toks[c].low
    if not (form.endswith("t") or (form.startswith("ge") and form.endswith("en"))):
        return False
    a = _clause_start(toks, lo, c)
    return any(t.low in _PASSIVE_AUX for t in toks[a:hi])


def _bare_subject(toks: list[Tok]) -> Mention | None:
    """A single capitalized word opening the sentence before a verb (``Kiew hat ... zurückgewiesen``)."""
    if (
        len(toks) >= 2
        and toks[0].cap
        and not toks[0].punct
        and not toks[1].cap
        and toks[1].text.isalpha()
        and toks[0].low not in lexicon.stopwords()
        and toks[1].low not in PREPOSITIONS
    ):
        return Mention(toks[0].start, toks[0].end, (toks[0].text,), None)
    return None


def _definite_before(toks: list[Tok], j: int) -> bool:
    """``toks[j]`` follows a definite article, perhaps with adjectives between (der belgische Journalist)."""
    k = j - 1
    while k >= 0 and j - k <= 3 and not toks[k].cap and toks[k].text.isalpha() and toks[k].low not in ("der", "die"):
        k -= 1
    return k >= 0 and toks[k].low in ("der", "die")


def _indefinite_before(toks: list[Tok], j: int) -> bool:
    """``toks[j]`` follows an indefinite article, perhaps with adjectives between (eine ältere Frau)."""
    k = j - 1
    while k >= 0 and j - k <= 3 and not toks[k].cap and toks[k].text.isalpha():
        if toks[k].low in ("ein", "eine"):
            return True
        k -= 1
    return k >= 0 and toks[k].low in ("ein", "eine")


def _nominative_phrase(words: list[str], det: str | None) -> list[str]:
    """Capitalized adjectives of a name in the dative or genitive back to the nominative, as the article
    names the institution: (laut der) Bayerischen Landesanstalt -> Bayerische Landesanstalt,
    (des) Deutschen Wetterdienstes -> Deutscher Wetterdienst, (dem) Weißen Haus -> Weißes Haus."""
    if det not in ("der", "des", "dem", "den", "einer", "eines", "einem") or len(words) < 2:
        return words
    noun = words[-1].lower()
    if det == "der" or noun.endswith(_FEMININE):  # feminine singular or plural: "bayerische Staatsregierung"
        ending = "e"
    elif noun.endswith(_NEUTER):
        ending = "es"
    else:
        ending = "er"
    out = list(words)
    for k in range(len(out) - 1):
        w = out[k]
        if w.endswith("en") and len(w) > 4 and not lexicon.is_institution(w):
            out[k] = w[:-2] + ending
    return out


_DATIVE_ARTICLES = frozenset(("dem", "einem"))
_OPEN_MARKS = frozenset('„"»‚')
# Stems of verbs of writing and reporting: their subject in marks is a medium ("schreibt die „Zeit“").
_WRITING = ("schr", "bericht", "meld", "titel", "zitier", "kommentier")
_CLOSE_MARKS = frozenset('“"«‘”')
# Words after which a phrase before the verb is no subject: a second conjunct, a predicate with "als".
_NOT_SUBJECT_AFTER = frozenset(("und", "oder", "sowie", "als"))
# Words opening the sentence after a quote that point back to it ("Das sagte ...", "Mit diesen Worten ...").
_ANAPHORS = frozenset(("das", "dies", "diese", "dieses", "mit", "so"))
# "In dem Antrag heißt es:", "Darauf steht:": where the words stand names their source.
_WRITTEN_VERBS = frozenset(("heißt", "hieß", "geheißen", "steht", "stand", "stehen", "standen", "lesen"))
_WRITTEN_PREPOSITIONS = frozenset(("in", "im", "auf", "darin", "darauf"))
#: Verbs of naming: the phrase right after them is the thing named, not the speaker.
_NAMING_VERBS = frozenset(("nennen", "bezeichnen"))
#: The verb whose object, not its subject, is the speaker ("Die Zeitung zitiert den Minister mit den Worten").
_CITING = "zitieren"


def _skip_apposition(toks: list[Tok], k: int) -> int:
    """The index after an apposition or a bracket at ``toks[k]`` (", der Parteivorsitzende,", "(SPD)"), else
    ``k``."""
    if k >= len(toks) or toks[k].text not in (",", "("):
        return k
    close = "," if toks[k].text == "," else ")"
    for e in range(k + 1, min(len(toks), k + 14)):
        if toks[e].text == close:
            return e + 1
        if toks[e].text in (".", ":", ";") or toks[e].low in CLAUSE_BREAK:
            break
    return k


def _dative_medium(m: Mention) -> bool:
    """A medium with a dative article: "der Süddeutschen Zeitung", "dem Sender" (no subject)."""
    head = m.words[-1].lower() if m.words else ""
    if m.det in _DATIVE_ARTICLES:
        return mentions.is_media(head)
    return m.det in ("der", "einer") and mentions.is_media(head) and head.endswith(_FEMININE)


def _oblique_feminine(m: Mention) -> bool:
    """"der"/"einer" before a feminine noun is its dative or genitive, never a subject: "warfen der Regierung
    „…“ vor", "sagte der Sprecherin"."""
    words = m.words[: m.words.index("|")] if "|" in m.words else m.words
    head = words[-1].lower() if words else ""
    return m.det in ("der", "einer") and (head.endswith(_FEMININE) or head.endswith(("erin", "erinnen")))


def _dative_end(toks: list[Tok], j: int, hi: int) -> int | None:
    """The end of a dative noun phrase at ``toks[j]``: "dem"/"einem" with its noun, or "der"/"einer" before a
    feminine medium ("der Süddeutschen Zeitung", which no subject can be); ``None`` where none starts."""
    if j >= hi or toks[j].low not in _DATIVE_ARTICLES | {"der", "einer"}:
        return None
    k = j + 1
    while k < hi and not toks[k].cap and toks[k].text.isalpha():
        k += 1
    e = k
    while e < hi and toks[e].cap and not toks[e].punct:
        e += 1
    if e == k:
        return None
    head = toks[e - 1].low
    if toks[j].low in _DATIVE_ARTICLES or (mentions.is_media(head) and head.endswith(_FEMININE)):
        return e
    return None


def _has_particle(toks: list[Tok], c: int, hi: int, particle: str) -> bool:
    """The separable particle closes the clause: ``teilte ... mit.``, ``gab den Fehler zu:``."""
    for k in range(c + 1, hi):
        t = toks[k]
        if t.text in (".", "!", "?", ";", ":"):
            return False
        if t.low == particle and (k + 1 >= hi or toks[k + 1].punct or toks[k + 1].low in ("und", "oder")):
            return True
    return False


def _clause_start(toks: list[Tok], lo: int, c: int) -> int:
    for k in range(c - 1, lo - 1, -1):
        if toks[k].text in (",", ";", ":", "(", ")") or toks[k].text in CLAUSE_BREAK:
            return k + 1
    return lo


def _clause_end(toks: list[Tok], c: int, hi: int) -> int:
    for k in range(c + 1, hi):
        if toks[k].text in (",", ";", ":", "(", ")") or toks[k].text in CLAUSE_BREAK:
            return k
    return hi


def _tok_index_after(toks: list[Tok], j: int, end: int) -> int:
    k = j
    while k < len(toks) and toks[k].start < end:
        k += 1
    return k


def _outside_marks(toks: list[Tok]) -> list[Tok]:
    """The tokens outside quotation marks ("„…“, sagte Weil" keeps ", sagte Weil").  A closing mark that no mark
    opened ends a quote that began before the tokens (a sentence read from inside a quote of several sentences):
    the words before it were quoted too."""
    out: list[Tok] = []
    inside = False
    for t in toks:
        if not inside and t.text in _OPEN_MARKS:
            inside = True
        elif inside and t.text in _CLOSE_MARKS:
            inside = False
        elif not inside and t.text in _CLOSE_MARKS:
            out.clear()
        elif not inside:
            out.append(t)
    return out


# The word right before a pronoun ("sagte sie") or, at a sentence's start, right after it ("Sie sagte").
_WORD_BEFORE = regex.compile(r"(\p{Ll}+)\s+$")
_WORD_AFTER = regex.compile(r"\p{L}+\s+(\p{Ll}+)")


def _verb_by(text: str, pos: int) -> str:
    """The lower-case word next to the pronoun at ``pos``, where its finite verb stands ("" where none)."""
    before = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    if before is not None:
        return str(before.group(1))
    after = _WORD_AFTER.match(text, pos)
    return str(after.group(1)) if after is not None else ""
