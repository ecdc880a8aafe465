"""Direct, partial, or not a quote at all (a name in marks, a scare quote)."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .._data import first_names, particle_words
from ..model import Span
from . import lexicon
from .tokens import PREPOSITIONS

_FINAL = regex.compile(r"[.!?…]['’‘]?\s*$")
_INITIALS_END = regex.compile(r"(?:^|[\s(])(?:\p{L}\.){2,}$")
_WORDS = regex.compile(r"[\p{L}\p{M}\d]++(?:['’.\-][\p{L}\p{M}\d]++)*+")
_FW = lexicon.function_words()
_NAME_GLUE = _FW["name_glue"]
_CLAUSE_OPENERS = _FW["clause_openers"]
_SUBJUNCTIVE = _FW["subjunctive"]
_NAMING = tuple(_FW["naming_stems"])
# A verb that opens the words in marks makes them a predicate said of the noun before, no name of it
# ("Die Firma „hat keine Zukunft“, sagte X").
_FINITE_OPENERS = _FW["finite_auxiliaries"] | _FW["copulas"] | _SUBJUNCTIVE


# Konjunktiv I of any verb after a third-person subject: "Sie unternehme", "er sitze" (indicative: -t).
_KONJ1 = regex.compile(r"\b(?:[Ee]r|[Ss]ie|[Ee]s|[Mm]an)\s++(\p{Ll}{3,}+)\b")
_NOT_VERBS = _FW["determiners"] | lexicon.stopwords() | _FW["not_verbs"]


_FOREIGN_ARTICLES = frozenset(("The", "A", "An", "La", "Le", "Les", "Il", "El", "Los", "Las", "Lo", "De", "Het"))
ARTICLES = frozenset(("der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "eines"))
# A name in marks does not follow an indefinite article (a name takes the definite one, or none).
_NOT_BEFORE_NAMES = frozenset(("ein", "eine", "einen", "einem", "einer", "eines"))
_CONTRACTIONS = frozenset(("im", "beim", "vom", "zum", "zur", "ins", "am"))
# A web address standing for its site: „tt.com“, „Spiegel.de“, „heute.at“, „news.example.co.uk“ (any
# two-letter country domain).
_DOMAIN = regex.compile(r"(?:[\p{L}\d-]++\.)++(?:com|net|org|info|[a-z]{2})")


def ends_sentence(quote: str) -> bool:
    """The stretch ends with a full stop, a question or exclamation mark or an ellipsis (not with an
    abbreviation of single letters: ``e.V.``, ``u.a.``)."""
    q = quote.strip()
    return _FINAL.search(q) is not None and _INITIALS_END.search(q) is None


def words(s: str) -> list[str]:
    found: list[str] = _WORDS.findall(s)  # the pattern has no groups: whole matches
    return found


def is_name(quote: str, before: str, after: str, after_long: str = "") -> bool:
    """A name of a medium, work, platform or organisation in marks (``„New York Times“``, ``„Pro Rata“-Modell``)."""
    q = quote.strip()
    if not q:
        return True
    if after[:1] in ("-", "‐") and len(q) < 60:
        return True  # the first part of a compound: „Pro Rata“-Modell
    ws = words(q)
    if not ws or _DOMAIN.fullmatch(q):
        return True
    prev = words(before[-40:])
    if (
        prev and prev[-1][:1].isupper() and len(ws) <= 15 and before[-1:].isspace() and not ws[0][:1].islower()
        and before.rstrip().endswith(prev[-1]) and prev[-1].lower() in lexicon.media_words()
    ):
        return True  # unter dem Motto „…!“, das Buch „…“: what the noun before names, a sentence or not
    if _FINAL.search(q) or len(ws) > 6:
        return False
    named_near = any(_naming(w) for w in prev[-6:])
    right_after = len(prev) > 1 and before[-1:].isspace() and before.rstrip().endswith(prev[-1])
    definite = right_after and prev[-2].lower() in _DEFINITE | _CONTRACTIONS  # "eine Operation „…“" is none
    lower_name = len(ws) <= _LOWER_NAME_WORDS and ws[0] not in _FINITE_OPENERS
    if definite and lower_name and _media_noun(prev[-1]) and not named_near:
        return True  # des Magazins „auto motor sport“, der Firma „blau energie“: a name in lower case too
    if _addressee(prev, ws, after) and right_after:
        return True  # "sagte sie der „Abendpost“": the medium spoken to, after a verb of saying and its subject
    if prev and prev[-1].lower() in {"genannt", "sogenannt", "sogenannte", "sogenannten"}:
        return True
    if _ROLE_OF.search(before) is not None and lexicon.is_role(_ROLE_OF.search(before).group(1)):
        return True  # "der Geschäftsführer von „…“", "ein Vertreter der „…“": whose role it is, an organisation
    if prev and ws[0][:1].isupper() and prev[-1].lower() in lexicon.media_words():
        return True  # die Zeitung „Le Monde“: a name after the word for what it names
    if prev and len(ws) == 1 and prev[-1].lower() in _CONTRACTIONS and before[-1:].isspace():
        return True  # im „ZDF-Sommerinterview“, beim „Ständehaus Treff“: a programme, an event, a place
    if prev and ws[0][:1].isupper() and any(p[:1].isupper() and lexicon.is_media(p) for p in prev[-2:]):
        return True  # die Zeitung „Le Monde“, im Film »Rain«
    if len(ws) <= 6 and ws[0] in _FOREIGN_ARTICLES:
        return True  # «The rainy day», „La République en Marche“: a title in another language
    if (
        prev and prev[-1].lower() in _DEFINITE and before[-1:].isspace() and ws[0][:1].isupper()
        and _SUBJECT_VERB.match(after_long) is not None
    ):
        return True  # "Die „Aktion für saubere Seen“ meldete": a name with its article, then its verb
    if prev and prev[-1].lower() in _NOT_BEFORE_NAMES:
        return False  # "ein „Opfer des Terrorismus“": a description, no name
    near = prev[-6:] + words(after_long)[:2]
    naming_near = any(w.lower().startswith(_NAMING) for w in near)
    judging_near = any(w.lower() in lexicon.judging_forms() for w in near)
    if prev and prev[-1].lower() in ("als", "für") and (judging_near or (naming_near and prev[-1].lower() == "als")):
        # "bezeichnete den Plan als „Geschenk des Himmels“", "sieht ihn als „Gebot der Stunde“": what someone
        # calls it or takes it for, no name.
        return False
    # Title case over several words (Welt am Sonntag, User Centric Payment System) is a name.
    return (
        len(ws) >= 2
        and ws[0][:1].isupper()
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_GLUE for w in ws)
    )


# What a subject between a verb of saying and its addressee is made of besides capitalized words: pronouns and
# articles (``subject_words``), and the particles of names (``sagte von der Heide``).
_SUBJECT_WORDS = lexicon.function_words()["subject_words"] | particle_words()


def _addressee(prev: list[str], ws: list[str], after: str) -> bool:
    """A name in marks in the dative right after a verb of saying and its subject, closing the clause
    (``sagte Ole Roth dem „Tagesblatt“.``): one spoken to, no words said; after a preposition (``warnte vor der
    „Katastrophe“``) or a verb of naming (``nannte es der „Anfang“``) it is none."""
    if len(ws) > 3 or not ws[0][:1].isupper() or len(prev) < 3 or prev[-1].lower() not in ("der", "dem"):
        return False
    if after[:1] not in (".", ",", ";", "") or prev[-2].lower() in PREPOSITIONS:
        return False
    cues = lexicon.cue_forms()
    for k in range(len(prev) - 2, max(-1, len(prev) - 7), -1):
        w = prev[k]
        if w.lower() in cues and not _naming(w):
            return k < len(prev) - 2  # a subject stands between the verb and the article
        if not (w[:1].isupper() or w.lower() in _SUBJECT_WORDS):
            return False  # "sagte, das sei der „Anfang“": a clause of its own, no subject alone
    return False


def _naming(word: str) -> bool:
    """A verb of naming or judging (nannte, bezeichnet); a role noun on the same stem (Sprecher) is none."""
    low = word.lower()
    return (low.startswith(_NAMING) or low in lexicon.judging_forms()) and not lexicon.is_role(word)


#: How many words a name in lower case after the noun of what it names may have.
_LOWER_NAME_WORDS = 4


def _media_noun(word: str) -> bool:
    """A capitalized noun of a medium, a work or a firm, also in the genitive (Magazin, Magazins, Magazines)."""
    if not word[:1].isupper():
        return False
    low = word.lower()
    media = lexicon.media_words()
    return low in media or (low.endswith("es") and low[:-2] in media) or (low.endswith("s") and low[:-1] in media)


# A role noun, then "von"/"vom" or a genitive article (and "so genannten" or an adjective) right before the marks.
_ROLE_OF = regex.compile(
    r"\b(\p{Lu}[\p{L}-]++)\s++(?:von|vom|der|des|eines|einer)\s++(?:(?:so\s++genannten|sogenannten|\p{Ll}++en)\s++)?$"
)
# "„Bund für Umwelt und Natur“ (BUN)": a name with its acronym after it.
_DEFINITE = frozenset(("der", "die", "das", "des", "dem", "den"))
# A finite verb right after a phrase in marks (perhaps after a word of time): "„…“ berichtete", "„…“ heute mitteilte".
_SUBJECT_VERB = regex.compile(r"\s++(?:heute\s++|gestern\s++|nun\s++|bereits\s++)?\p{Ll}{2,}(?:te|ten|tet|t)\b")
#: How often a given name must be registered to count (the list has noise).
_FIRST_NAME_MIN = 50
_GLOSS_WORDS = 4
#: How long the translation of a name in brackets right after it may be.
_NAME_GLOSS_WORDS = 8


def _after_name(text: str, opened: int) -> bool:
    """A run of capitalized words after a lower-case one stands right before the bracket at ``opened``."""
    prev = words(text[max(0, opened - 60) : opened])
    if len(prev) < 2 or not text[:opened].rstrip().endswith(prev[-1]) or not prev[-1][:1].isupper():
        return False
    k = len(prev) - 1
    while k > 0 and prev[k - 1][:1].isupper():
        k -= 1
    # Not a person's name: "Paul Roth („Ein großer Tag“)" gives what he said.
    return k > 0 and not any(_is_first_name(w) for w in prev[k:])
# A name in brackets after the marks: two to five capitalized words ("(Council for National Security)").
_NAME_IN_BRACKETS = regex.compile(
    r"\s*+\((\p{Lu}[\p{L}\d&.-]*+)(?:\s++(?:\p{Lu}[\p{L}\d&.-]*+|of|for|the|and|de|du|la)){1,4}+\)"
)
# "„BD-Live“ genannt": a verb of naming right after the marks.
_NAMED_AFTER = regex.compile(r"[“”\"«»]?\s*+,?\s*+(?:genannt|getauft)\b")
# Words that announce a translation in brackets.
_TRANSLATION = ("übersetzt", "deutsch", "englisch", "dt", "engl", "wörtlich übersetzt")
_ACRONYM_AFTER = regex.compile(r"\s*+\(\p{Lu}[\p{Lu}\d&-]{1,9}+\)")


def is_gloss(text: str, outer_start: int, outer_end: int) -> bool:
    """A name or a translation rather than words said: the quote alone in brackets ("(„Hybride“)",
    "(deutsch: „…“)") or a name with its acronym after it ("„…“ (UMP)")."""
    inner = words(text[outer_start:outer_end])
    short_name = bool(inner) and len(inner) <= 3 and not inner[0][:1].islower()
    bracket = _NAME_IN_BRACKETS.match(text, outer_end)
    plain = not any(c in text[outer_start:outer_end] for c in ",.!?:;")
    if bracket is not None and plain and short_title(inner) and not _is_first_name(bracket.group(1).split("-")[0]):
        return True  # "„Woche des offenen Buches“ (Open Books Week)": a name with its other name
    if _ACRONYM_AFTER.match(text, outer_end) or (short_name and _NAMED_AFTER.match(text, outer_end)):
        return True  # "„…“ (UMP)", "auch „BD-Live“ genannt" (not "„der gefährlichste Mann“ genannt": words said)
    before = words(text[max(0, outer_start - 12) : outer_start])
    if before and before[-1] == "kurz":
        return True  # "kurz „DFB“": a short name
    q = text[outer_start:outer_end]
    if len(q) > 4 and q.startswith("''") and q.endswith("''"):
        return True  # ''Name'': the doubled apostrophes of wiki markup set a name or a title in italics
    opened = text.rfind("(", max(0, outer_start - 25), outer_start)
    if opened < 0 or ")" in text[opened:outer_start]:
        return False
    if any(w.lower().startswith(_TRANSLATION) for w in words(text[opened:outer_start])):
        return True  # "(übersetzt etwa: „…“)", "(deutsch: „…“)": a translation of a name
    # A gloss is a few words ("(„gegossenes Blei“)"); a longer aside in brackets may be someone's words.
    closed = text.startswith(")", outer_end) or text.startswith(" )", outer_end)
    n = len(words(text[outer_start:outer_end]))
    if closed and n <= _NAME_GLOSS_WORDS and short_title(inner[:1]) and plain and _after_name(text, opened):
        return True  # "die Partei Jobbik („Bewegung für ein besseres Land“)": a name's translation
    return n <= _GLOSS_WORDS and closed


# What may stand between the items of an enumeration of quoted names: commas, "und", "oder", "sowie".
_LIST_GAP = regex.compile(r"(?:\s*+,\s*+|\s++(?:und|oder|sowie|bzw\.)\s++|\s*+,\s*+(?:und|oder)\s++)")
#: Items that make an enumeration of titles.
_LIST_ITEMS = 3


def enumerated(text: str, outers: Sequence[Span]) -> set[int]:
    """Indices of quotes in an enumeration of three or more items in marks ("„A“, „B“ oder „C“"), each
    capitalized and without a final stop: titles and names listed, not words said."""
    out: set[int] = set()
    run: list[int] = []

    def flush() -> None:
        if len(run) >= _LIST_ITEMS:
            out.update(run)
        run.clear()

    for k, o in enumerate(outers):
        inner = text[o.start + 1 : o.end - 1].strip()
        title = inner[:1].isupper() or inner[:1].isdigit()
        if not title or _FINAL.search(inner):
            flush()
            continue
        if run and not _LIST_GAP.fullmatch(text, outers[run[-1]].end, o.start):
            flush()
        run.append(k)
    flush()
    return out


def coordinated(text: str, prev_end: int, start: int) -> bool:
    """Only a comma, "und", "oder", "sowie" stand between two stretches in marks (``„A“ und „B“``)."""
    return _LIST_GAP.fullmatch(text, prev_end, start) is not None


def is_term(quote: str) -> bool:
    """A single capitalized word (»Signale«, »Rain«): a quote only where a verb of saying frames it."""
    ws = words(quote)
    return len(ws) == 1 and ws[0][:1].isupper() and not _FINAL.search(quote)


def kind(quote: str, before: str) -> str:
    """``direct`` when the marks hold at least a clause of speech, else ``partial``."""
    q = quote.strip()
    ws = words(q)
    if not ws:
        return "partial"
    if _FINAL.search(q) and len(ws) >= 2:
        return "direct"
    prev = words(before[-12:])
    if prev and (prev[-1].lower() in ARTICLES or prev[-1] == "als") and before[-1:].isspace():
        return "partial"  # "das „Forum für Geiseln …“ begrüßt", "als „Geschenk des Himmels“": a noun phrase
    colon = before.rstrip().endswith(":")
    if q[:1].isupper() and (len(ws) >= 3 or (colon and len(ws) >= 2)):
        return "direct"
    if ws[0].lower() in _CLAUSE_OPENERS and len(ws) >= 5:
        return "direct"
    return "partial"


def reported(sentence: str) -> bool:
    """The sentence is in reported speech (subjunctive): it goes on with someone's words."""
    if any(w.lower() in _SUBJUNCTIVE for w in words(sentence)):
        return True
    # Not an article or a function word after the pronoun (sie eine Mail, es keine Frage).
    return any(
        w.endswith("e") and not w.endswith("ie") and w not in _NOT_VERBS
        for w in (m.group(1) for m in _KONJ1.finditer(sentence))
    )


def short_title(ws: list[str]) -> bool:
    """A few words opening with a capital and without a final stop: the shape of a name or a title."""
    return 1 <= len(ws) <= 6 and ws[0][:1].isupper()


def _is_first_name(word: str) -> bool:
    entry = first_names().get(word)
    return entry is not None and entry[0] >= _FIRST_NAME_MIN
