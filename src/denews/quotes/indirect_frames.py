"""The frames of indirect speech inside one sentence: where the reported content is, and which words frame it.

Four forms, tried in this order (the first that fits wins):

- :func:`before`: a verb of saying (or a stance, or a noun such as "die Forderung des X"), a comma or colon, the
  content ("Er sagte, (dass) die Lage sei ernst");
- :func:`after`: the content, a comma, a verb of saying in first place ("Die Lage sei ernst, sagte er"),
  ", so X", ", hieß es", ", wie X sagte";
- :func:`.indirect_sources.source`: a source phrase anywhere ("laut X", "X zufolge", "nach Angaben des X",
  "Wie X mitteilte,", ", wonach", "Demnach");
- :func:`bare_infinitive`: a verb of demanding and its zu-infinitive without a comma.

And :func:`.indirect_sources.echo`: a sentence "Dies teilte die Polizei mit." that names the source of the sentence
before it.
"""

from __future__ import annotations

from itertools import compress

import attrs
import regex

from ..model import Span
from . import lexicon
from .indirect_lexicon import Mood, frame_verbs, frames, konjunktiv
from .indirect_mood import mood
from .tokens import LOW, Tok

_F = frames()
_COMPLEMENTIZERS = _F["complementizers"]
_W_WORDS = _F["w_words"]
_SUBORDINATORS = _F["subordinators"]
_ADJECTIVES = _F["adjectives"]
_INFINITIVE_VERBS = _F["infinitive_verbs"]
_HEARSAY = _F["hearsay"]
_NOT_FORMS = _F["not_frame_forms"]
_CONDITIONALS = _F["conditional_openers"]
_PRONOUN_WORDS = frozenset(("er", "sie", "es", "wir", "ich", "man", "sich", "ihm", "ihr", "ihn", "ihnen", "uns"))
_NEGATIONS = frozenset(("nicht", "kein", "keine", "nie", "niemals"))
_RELATIVE_OPENERS = frozenset(("der", "die", "das", "dem", "den", "deren", "dessen", "denen"))
_PREPOSITIONS = lexicon.function_words()["prepositions"]
_STANCES = _F["stance_nouns"]
_CLAIMS = _F["claim_infinitives"]
_SAYING = lexicon.cue_forms()
_FUNCTION = _F["subordinators"] | _F["complementizers"] | frozenset(lexicon.stopwords())
#: Possessives that are also forms of "meinen": never a verb of saying after a comma.
_NOT_CUES = frozenset(("meinen", "meine", "meiner", "meinem", "meines"))
_ADJ_ENDINGS = ("e", "en", "er", "es", "em")
_ARTICLES = frozenset(("der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einer", "eines"))
# "anzubieten", "durchzustarten": a separable verb's zu-infinitive in one word.
_ZU_INFIX = regex.compile(r"\p{Ll}{2,}zu\p{Ll}{3,}en")
#: Words that join a second frame of saying to the content before it ("..., doch B erwiderte, ...").
_JOINERS = _F["second_frame_joiners"]
#: The most words of a subject between a joining word and the verb of a second frame.
_SUBJECT_WORDS = 6
#: Sentences longer than this (in tokens) are lists or run-together text, not a frame and its content.
MAX_TOKENS = 160
#: The words a stance or hearsay frame of :func:`before` stands on (with the verbs of saying: all its frames).
_FRAME_WORDS = _ADJECTIVES | _STANCES | _HEARSAY
#: The tokens (in lower case) :func:`before` reads: a stance, a verb of saying, a comma or colon.
_BEFORE_WORDS = _FRAME_WORDS | frozenset(frame_verbs()) | frozenset((",", ":"))


@attrs.frozen(slots=True)
class Frame:
    """The reported ``content`` of a sentence and the ``frame`` that names its source (``None``: none named)."""

    content: Span
    frame: Span | None
    cue: str | None = None
    #: Where the verb of saying of the frame starts (its subject is the speaker), if the frame has one.
    verb: int | None = None
    #: A noun that frames the content and its genitive ("die Forderung des Verbands"): the words naming the
    #: source when no subject does; ``frame`` is then the genitive alone, or the words before the noun.
    noun: Span | None = None
    #: A word that points to the source named beside it ("wonach", "nach denen", "Demnach"): the mention.
    pointer: Span | None = None


def cue_at(toks: list[Tok], i: int, hi: int) -> str | None:
    """The lemma of the verb of saying at ``toks[i]`` when its separable particle (if any) stands before ``hi``."""
    t = toks[i]
    cues = frame_verbs().get(t.low)  # most words are no verb of saying: asked first
    if not cues or t.cap or t.low in _NOT_CUES or t.low in _NOT_FORMS:
        return None
    if any(c.particle is not None for c in cues):
        words = {u.low for u in toks[i + 1 : hi]}
        if i > 0:
            words.add(toks[i - 1].low)  # "wie das Ministerium bekannt gab": the particle right before the verb
        # A particle verb whose particle is there before the plain verb ("rief ... auf": aufrufen, not rufen).
        with_particle = next((c.lemma for c in cues if c.particle is not None and c.particle in words), None)
        if with_particle is not None:
            return with_particle
    return next((c.lemma for c in cues if c.particle is None), None)


# A closing ", so Paul Sommer" frames the clause before it; it is no content ("so dass" is a conjunction).
_SO_FRAME = regex.compile(r",\s++so\s++(?!dass\b|daß\b)(?:(?:der|die|das|ein|eine)\s++)?+\p{Lu}[^,;:]{0,60}+$")


def content_end(text: str, sent: Span) -> int:
    """The end of a sentence without its final punctuation, nor a closing ", so X"."""
    e = sent.end
    while e > sent.start and text[e - 1] in ".!?…":
        e -= 1
    so = _SO_FRAME.search(text, sent.start, e)
    return so.start() if so is not None and so.start() > sent.start else e


def before(text: str, toks: list[Tok], sent: Span, skip: list[Span]) -> Frame | None:
    """A verb of saying (or a stance: "sicher, dass"), then a comma or colon, then the content: a dass/ob/w-clause
    in any mood, a main clause in Konjunktiv, or a zu-infinitive after a verb of demanding or promising."""
    cue: str | None = None
    cue_i = -1
    for c in compress(range(len(toks) - 1), map(_BEFORE_WORDS.__contains__, map(LOW, toks))):
        sep = toks[c]  # (the other words go on to the next at once: picked out in one pass, not one step each)
        if sep.text not in (",", ":"):
            # The verb (or stance) nearest the comma frames what follows it ("zuversichtlich geäußert, dass").
            low = sep.low
            stance = low in _ADJECTIVES or (sep.cap and low in _STANCES) or _hearsay(toks, c)
            lemma = cue_at(toks, c, len(toks)) or (low if stance else None)
            if lemma is not None:
                cue, cue_i = lemma, c
            continue
        if sep.text not in (",", ":") or cue is None or any(s.start <= sep.start < s.end for s in skip):
            continue
        stance = toks[cue_i].low in _ADJECTIVES or toks[cue_i].low in _STANCES
        if cue_at(toks, cue_i, c) is None and not stance and not _hearsay(toks, cue_i):
            continue  # the particle stands after this comma: "teilte, als ..., mit"
        if stance and cue_i != c - 1 and not _genitive(toks, cue_i, c):
            continue  # "sicher", "der Ansicht", "die Forderung des Verbands": only right before the comma
        rest = toks[c + 1 :]
        first = rest[0].low
        if any(t.low in _NEGATIONS for t in toks[max(0, cue_i - 2) : cue_i]) or _relative(rest):
            continue  # "ist nicht bekannt, ob ...", "wollte nicht bestätigen, dass ..."; "gefunden, die den ..."
        if first in _SUBORDINATORS and not (len(rest) > 1 and rest[1].low in konjunktiv()):
            continue  # "weil ..." (but "damit solle ...": an adverb before the verb in Konjunktiv)
        opened = first in _COMPLEMENTIZERS or (first in _W_WORDS and rest[0].text.islower())
        # "Die Zeitung berichtete, 300 Stellen sollen wegfallen": a main clause right after a verb of saying.
        opened = opened or (
            c == cue_i + 1 and (toks[cue_i].low in _SAYING or sep.text == ":") and len(rest) >= 4
            and _opens_clause(rest) and cue_at(toks, c + 1, len(toks)) is None
        )
        any_infinitive = cue in _INFINITIVE_VERBS or toks[cue_i].low in _STANCES
        m = mood(rest, skip, reported=True)
        if not (opened or m is not None or _infinitive(rest, any_infinitive)):
            continue
        if m is Mood.K2 and not opened and _conditional(toks, c):
            continue  # "Falls die Pläne als gescheitert gelten, wäre ...": a condition's main clause
        content = Span(rest[0].start, content_end(text, sent))
        if toks[cue_i].low in _STANCES and toks[cue_i].cap:
            return _noun_frame(toks, cue_i, c, sent, content)
        return Frame(content, Span(sent.start, sep.start), toks[cue_i].text, toks[cue_i].start)
    return None


def bare_infinitive(text: str, toks: list[Tok], sent: Span) -> Frame | None:
    """A verb of demanding or promising and its zu-infinitive without a comma between ("Die Anwohner wurden
    aufgefordert Fenster und Türen geschlossen zu halten", "hat angekündigt die Preise zu erhöhen")."""
    n = len(toks)
    verbs = frame_verbs()
    for k in range(n - 3):
        lemma = cue_at(toks, k, n) if toks[k].low in verbs else None
        if lemma not in _INFINITIVE_VERBS or toks[k + 1].punct or toks[k + 1].low in _FUNCTION - _ARTICLES:
            continue
        rest = toks[k + 1 :]
        end = next((j for j, t in enumerate(rest) if t.punct), len(rest))
        if end < 3 or not _infinitive(rest[:end], True):
            return None
        content = Span(rest[0].start, rest[end - 1].end)
        return Frame(content, Span(sent.start, toks[k].end), toks[k].text, toks[k].start)
    return None


def _noun_frame(toks: list[Tok], k: int, comma: int, sent: Span, content: Span) -> Frame:
    """A noun frames the content: its speaker stands in its genitive ("die Forderung des Verbands, ..."), else
    before it ("Der Verband erhob die Forderung, ...")."""
    start = k - 1 if k > 0 and toks[k - 1].low in _ARTICLES else k
    noun = Span(toks[start].start, toks[comma - 1].end)
    if k + 1 < comma:
        return Frame(content, Span(toks[k + 1].start, toks[comma - 1].end), toks[k].text, None, noun)
    before = Span(sent.start, toks[start].start) if start > 0 else None
    # The verb that holds the noun ("Er vertritt die These, ...", "Einige teilen die Meinung, ..."): its subject
    # speaks, a pronoun too.
    verb = next((t.start for t in reversed(toks[:start]) if not (t.cap or t.punct or t.low in _FUNCTION)), None)
    return Frame(content, before, toks[k].text, verb, noun)


def _conditional(toks: list[Tok], comma: int) -> bool:
    """The sentence opens with a condition that ends at its first comma, ``toks[comma]`` ("Sollte der Plan
    bekannt gegeben werden, ...", "Wenn ..., ")."""
    return toks[0].low in _CONDITIONALS and not any(t.text in (",", ":") for t in toks[1:comma])


def _relative(rest: list[Tok]) -> bool:
    """``rest`` opens a relative clause ("..., die den Virus trug", "..., das sowohl ..."), not content: a
    pronoun without a noun after it."""
    if len(rest) < 2 or rest[0].low not in _RELATIVE_OPENERS or rest[1].cap or rest[1].punct:
        return False
    nxt = rest[1].low
    if nxt in konjunktiv() and len(rest) > 2 and not rest[2].punct:
        return False  # "sagte, das sei gut": the verb second opens a main clause (a relative one ends with it)
    # "die neue Regierung": an adjective after an article; "die er", "die den Virus": a relative pronoun.
    return nxt in _PRONOUN_WORDS or nxt in _ARTICLES or not nxt.endswith(_ADJ_ENDINGS)


def _opens_clause(rest: list[Tok]) -> bool:
    """``rest`` opens a main clause: with an article, a noun or a number (not a function word: "sagte, als")."""
    first = rest[0]
    if first.low in _ARTICLES:
        # An article before its noun ("die Lage", "die neue Lage"), not a relative pronoun ("der niemandem ...").
        noun = next((t for t in rest[1:4] if not t.low.endswith(_ADJ_ENDINGS) or t.cap), None)
        return noun is not None and noun.cap
    return first.low not in _FUNCTION and (first.cap or first.low.isdigit())


def _genitive(toks: list[Tok], noun: int, comma: int) -> bool:
    """Between a noun and the comma stands its genitive ("die Forderung des Verbands,", "Aussagen von Zeugen,")."""
    between = toks[noun + 1 : comma]
    return (
        0 < len(between) <= 7
        and between[0].low in ("des", "der", "von", "vom", "eines", "einer")
        and not any(t.punct for t in between)
    )


def _hearsay(toks: list[Tok], i: int) -> bool:
    """``toks[i]`` is "heißt" or "hieß" with "es" beside it ("heißt es", "Es hieß")."""
    return toks[i].low in _HEARSAY and (
        (i + 1 < len(toks) and toks[i + 1].low == "es") or (i > 0 and toks[i - 1].low == "es")
    )


def _infinitive(toks: list[Tok], any_verb: bool) -> bool:
    """The clause ends in a zu-infinitive: any (``any_verb``: "..., das Haus zu verlassen", "..., es anzubieten"),
    or one that reports a claim ("..., nichts gewusst zu haben", "..., klagen zu wollen")."""
    end = next((k for k, t in enumerate(toks) if t.text in (",", ";", ":", "!", "?")), len(toks))
    clause = toks[:end]
    while clause and clause[-1].text == ".":  # the sentence's end; a dot inside ("2.000") stays
        clause = clause[:-1]
    if len(clause) < 2:
        return False
    last = clause[-1]
    if clause[-2].low == "zu" and not last.cap:
        return any_verb or last.low in _CLAIMS
    return any_verb and bool(_ZU_INFIX.fullmatch(last.low))


def after(toks: list[Tok], sent: Span) -> Frame | None:
    """A comma and a frame that runs to the end of the sentence (or to the next comma, the content going on after
    it): ", sagte er." / ", so die Polizei." / ", hieß es." / ", wie er sagte." """
    n = len(toks)
    for c in range(1, n - 1):
        if toks[c].text != ",":
            continue
        nxt = toks[c + 1]
        end = next((k for k in range(c + 2, n) if toks[k].text in (",", ";", ":")), n)
        so = nxt.low == "so" and c + 2 < end and (
            toks[c + 2].cap or toks[c + 2].low in _ARTICLES or cue_at(toks, c + 2, end) is not None
        )
        hearsay = _hearsay(toks, c + 1)
        cue = cue_at(toks, c + 1, n)  # the particle may stand after an apposition: ", teilte X, Y, mit"
        if nxt.low == "wie":
            end = _wie_end(toks, c + 2)
        if not (cue or so or hearsay or (nxt.low == "wie" and end > c + 2)):
            continue
        frame = Span(toks[c].start, toks[end - 1].end)
        content = Span(sent.start, toks[c].start)
        if end < n - 1 and mood(toks[:c]) is None and mood(toks[end + 1 :]) is not None:
            content = Span(toks[end].end, sent.end)  # "Die Kosten, so X, würden steigen": the content goes on
        elif not _has_verb(toks[:c]) and mood(toks[:c], reported=True) is None:
            continue  # "Die Sprecherin der Partei, Anna Roth, sagte ...": an apposition, not content
        elif cue and _subordinate_head(toks[:c]):
            continue  # "Nachdem er ausgepfiffen wurde, zeigte er ...": the verb is the main clause's
        label = nxt.text if cue else "so" if so else f"{nxt.text} es" if hearsay else None
        return Frame(content, frame, label, nxt.start if cue else None)
    return None


def _wie_end(toks: list[Tok], i: int) -> int:
    """The end of a clause "wie X sagte" from ``toks[i]`` (after "wie"): the punctuation after its verb of saying,
    past appositions ("wie Paul Roth, Chef der Firma, mitteilte"); ``i`` where no such verb follows in it."""
    n = len(toks)
    for k in range(i, min(n, i + 25)):
        if toks[k].text in (";", ":"):
            break
        if cue_at(toks, k, n):
            return next((j for j in range(k + 1, n) if toks[j].text in (",", ";", ":")), n)
    return i


def _subordinate_head(head: list[Tok]) -> bool:
    """The words before ", VERB" are a subordinate clause or a subject with a relative clause, whose main clause
    the verb goes on ("Da er ..., bat er", "Die Mönche, die ..., beschrieben"), unless they are in Konjunktiv."""
    if mood(head) is not None:
        return False
    if head[0].low in _SUBORDINATORS or head[0].low in _W_WORDS:
        return True
    if any(t.text == "," and _relative(head[k + 1 :]) for k, t in enumerate(head)):
        return True
    # "Paul Roth, der wegen ... sah, nannte", "Die Ärzte, in deren Klinik ..., fanden": a subject without a verb of
    # its own, then a clause that belongs to it.
    first = next((k for k, t in enumerate(head) if t.text == ","), None)
    return first is not None and not _has_verb(head[:first]) and _opens_subclause(head[first + 1 :])


def _opens_subclause(rest: list[Tok]) -> bool:
    """``rest`` opens a subordinate or relative clause: "ob ...", "der wegen ...", "in die ...", "deren ..."."""
    if len(rest) < 2 or rest[0].cap:
        return False
    first, second = rest[0].low, rest[1].low
    if first in _SUBORDINATORS or first in _COMPLEMENTIZERS or first in _W_WORDS:
        return True
    # A relative pronoun with a preposition before or after it.
    return (first in _PREPOSITIONS and second in _RELATIVE_OPENERS) or (
        first in _RELATIVE_OPENERS and second in _PREPOSITIONS
    )


def _has_verb(toks: list[Tok]) -> bool:
    """A lower-case word that may be a verb: not a function word, not an adjective before its noun."""
    for k, t in enumerate(toks):
        if t.cap or t.punct or t.low in _FUNCTION or t.low in _ARTICLES or not t.text.isalpha():
            continue
        if k + 1 < len(toks) and toks[k + 1].cap and not toks[k + 1].punct:
            continue
        return True
    return False


def second(text: str, toks: list[Tok], found: Frame, skip: list[Span]) -> tuple[Frame, Frame] | None:
    """A second frame of saying inside the content of ``found`` (a frame before its content), with its own content:
    "Während A erklärte, X, räumte B ein, Y", "A sagte, X, doch B erwiderte, Y". Its verb stands in the
    indicative right after a comma (after a joining word and its subject, or before them), and its content opens
    after a comma or colon as :func:`before` reads it. ``found`` cut before the second frame, and the second."""
    first = next((k for k, t in enumerate(toks) if t.start >= found.content.start), len(toks))
    n = len(toks)
    for c in range(first + 2, n - 3):
        if toks[c].text != ",":
            continue
        verb = _frame_verb(toks, c + 1)
        if verb is None:
            continue
        rest = toks[c + 1 :]
        then = before(text, rest, Span(rest[0].start, found.content.end), skip)
        if then is None or then.verb != toks[verb].start or then.noun is not None:
            continue
        return attrs.evolve(found, content=Span(found.content.start, toks[c].start)), then
    return None


def _frame_verb(toks: list[Tok], i: int) -> int | None:
    """Where a clause from ``toks[i]`` has its verb of saying in the indicative: in first place ("räumte B ein"),
    after a joining word ("doch räumte B ein"), or after a joining word and a subject of a few words ("und B
    erwiderte"); None where it has none there."""
    k = i + 1 if toks[i].low in _JOINERS else i
    if k >= len(toks) or _said_here(toks, k):
        return k if k < len(toks) else None
    if k == i or not (toks[k].cap or toks[k].low in _ARTICLES):
        return None  # a subject after a joining word only ("und die Kämmerin erwiderte")
    for j in range(k + 1, min(len(toks), k + 1 + _SUBJECT_WORDS)):
        if toks[j].punct:
            return None
        if _said_here(toks, j):
            return j
    return None


def _said_here(toks: list[Tok], j: int) -> bool:
    """``toks[j]`` is a verb of saying in the indicative (in Konjunktiv it is part of reported speech)."""
    return cue_at(toks, j, len(toks)) is not None and toks[j].low not in konjunktiv()
