"""The one door from indirect speech to the speaker machinery of the direct quotes.

Indirect speech asks one question: who is the speaker named in a frame (``sagte der Minister``, ``laut
Polizei``, ``nach Angaben des Ministeriums``), or, without a verb of saying, the person a sentence is about.
The answer comes from the attribution of the direct quotes (:mod:`.attribution`: name table, coreference,
roles); where it resolves no one, the bare noun phrase of the frame answers ("die Feuerwehr" -> "Feuerwehr").
A new resolver replaces the body of :meth:`Speakers.in_frame`, not its callers.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable, Sequence

import attrs

from .._data import first_names
from ..model import Span
from . import indirect_sources as sources
from . import lexicon, mentions
from .attribution import Attributor
from .coreference import Attribution
from .grammar import Mention
from .indirect_frames import _ADJ_ENDINGS
from .indirect_lexicon import frame_verbs, frames
from .speakers import SpeakerResolver
from .tokens import DETERMINERS, PREPOSITIONS, Tok, tokenize
from .ways import Way

_STOP = lexicon.stopwords()
_SOURCE_WORDS = frozenset(("laut", "zufolge", "nach", "so"))
_NOT_SPEAKERS = frames()["not_speakers"]
_PERSON_SUFFIXES = tuple(lexicon.function_words()["person_suffixes"])
_DOCUMENTS = tuple(lexicon.function_words()["source_documents"])
#: A demonstrative subject stands for the person named last, not of the other gender.
#: A demonstrative subject to the gender of the person it passes over (see :meth:`Speakers._latter`).
_LATTER = {w: "f" for w in frames()["latter_masculine"]} | {w: "m" for w in frames()["latter_feminine"]}
_SUBORDINATORS = frames()["subordinators"]
_CLAUSE_ENDS = frames()["clause_end_verbs"]
_HEARSAY = frames()["hearsay_verbs"]
_PASSIVE = frozenset(("wurde", "wurden", "worden", "wird", "werden"))
_DEMONSTRATIVES = frozenset(("diese", "dieser", "dieses", "jene", "jener", "er", "sie", "es"))
# A possessive before an abstract noun stands for its owner ("seiner Ansicht nach": he).
_POSSESSIVES = {w: "er" for w in ("sein", "seine", "seiner", "seinen", "seinem", "seines")} | {
    w: "sie" for w in ("ihr", "ihre", "ihrer", "ihren", "ihrem", "ihres")}
_GENITIVE_DETS = frozenset(("des", "der", "eines", "einer", "dieses", "dieser", "vieler", "einiger", "mehrerer",
                            "aller", "beider"))
MEDIA = mentions.MentionType.MEDIA
#: ``Attribution.how`` of a source that names no one ("ersten Angaben zufolge"): reported speech runs on from it.
SOURCE = Way.SOURCE
_FILLERS = _SOURCE_WORDS | PREPOSITIONS | DETERMINERS | frozenset(("eigenen", "eigener", "zufolge"))


class Speakers:
    """Speaker lookups for one text (the name table is built once, on the first question)."""

    def __init__(self, text: str, regions: Sequence[Span], quotes: Sequence[Span]) -> None:
        self._text = text
        self._regions = regions
        self._quotes = quotes
        self._att: Attributor | None = None

    def in_frame(
        self, frame: Span, content: Span, *, cue_needed: bool = True, verb: int | None = None,
        sentence: tuple[Span, Sequence[Tok]] | None = None,
    ) -> Attribution | None:
        """The speaker the words of ``frame`` name for the reported ``content`` beside it.

        With ``cue_needed`` the frame must hold a verb or phrase of saying (``verb``: where it starts, when the
        caller knows), and where the attribution resolves no one the frame's bare noun phrase answers; without,
        only the first noun phrase that names someone (or a pronoun's antecedent) does.  ``sentence``: the
        sentence that holds the frame and its tokens, cut instead of tokenizing the frame again.
        """
        att = self._attributor()
        toks = _cut(self._text, frame, sentence) if sentence is not None else None
        if toks is None:
            toks = tokenize(self._text, frame.start, frame.end)
        last = toks[-1].low if toks else ""
        if len(toks) > 2 and toks[0].low in _SUBORDINATORS and (last in _CLAUSE_ENDS or last in frame_verbs()):
            toks = toks[1:]  # "Während der Minister ankündigte, ...": the subject follows the subordinator
        if not toks:
            return None
        how = Way.AFTER if frame.start >= content.end else Way.SENTENCE
        found = self._typed(att, att._laut(toks, content.start), toks, content.start) or sources.site(toks)
        # The clause is read only where its answer counts: no source phrase names anyone, or only a medium does.
        clause = att._clause(toks, 0, len(toks), content.start, how, require_cue=cue_needed) if (
            found is None or found.type is MEDIA
        ) else None
        if found is None or (found.type is MEDIA and clause is not None and clause.type not in (None, MEDIA)):
            # "sagte Berg der Zeitung zufolge": the one who said it, as for a quote a medium cites.
            found = self._typed(att, clause, toks, content.start) or found
        found = self._typed(att, self._find(att, found, toks, content, cue_needed, verb), toks, content.start)
        if found is not None and found.speaker is None and found.mention is not None and found.mention_span is not None:
            return attrs.evolve(found, speaker=self._latter(found.mention, found.mention_span.start))
        return found

    def names_someone(self, speaker: str) -> bool:
        """``speaker`` names a person or a body by its words: a registered first name ("Manfred Stolpe"), a role,
        an institution, a medium ("Große Mängel", "Woba" name none: the name table takes in any capitalized run)."""
        given = first_names()
        return any(
            w in given or lexicon.is_role(w) or lexicon.is_institution(w) or lexicon.is_media(w)
            for w in speaker.split()
        )

    def passive_agent(self, toks: list[Tok]) -> Attribution | None:
        """The agent of a verb of saying in the passive among ``toks`` ("Der Plan wurde von der Senatorin als zu
        teuer bezeichnet"): the one whose words the next sentence may report; the noun phrase right after
        "von", before the verb."""
        if not any(t.low in _PASSIVE for t in toks):
            return None
        verbs = frame_verbs()
        c = next((k for k, t in enumerate(toks) if any(x.particle is None for x in verbs.get(t.low, ()))), None)
        k = next((k for k in range(c or 0) if toks[k].low in ("von", "vom")), None)
        if c is None or k is None:
            return None
        head = next((j for j in range(k + 1, min(k + 4, c)) if toks[j].cap and not toks[j].punct), None)
        if head is None or any(not (u.low in DETERMINERS or u.low.endswith(_ADJ_ENDINGS)) for u in toks[k + 1 : head]):
            return None  # "von" with no noun phrase right after it
        end = head
        while end + 1 < c and toks[end + 1].cap and not toks[end + 1].punct and toks[end + 1].low not in DETERMINERS:
            end += 1
        span = Span(toks[head].start, toks[end].end)
        words = " ".join(u.text for u in toks[head : end + 1])
        return Attribution(words, self._text[span.start : span.end], span, toks[c].text, Way.BARE)

    def _attributor(self) -> Attributor:
        if self._att is None:  # the same name table and coreference as the direct quotes
            self._att = SpeakerResolver(self._text, self._regions, self._quotes).attributor
        return self._att

    def _find(
        self, att: Attributor, found: Attribution | None, toks: list[Tok], content: Span, cue_needed: bool,
        verb: int | None,
    ) -> Attribution | None:
        """The speaker where the typed frames (``found``) name no one: the subject of the verb, a document, the
        bare noun phrase."""
        how = Way.AFTER if toks[0].start >= content.end else Way.SENTENCE
        implausible = found is not None and not _plausible(found, toks, att.names.knows)
        if found is not None and (found.speaker is not None or found.mention_span is not None) and not implausible:
            return found
        if not cue_needed:
            return None
        c = next((k for k, t in enumerate(toks) if t.start == verb), None)
        subject = self._subject(att, toks, c, content.start, how, after_only=implausible) if c is not None else None
        if subject is not None:
            return subject
        hearsay = next((k for k, t in enumerate(toks) if t.low in _HEARSAY), None)
        cue = found.cue if found is not None else None
        document = (self._document(toks, cue) or self._whence(toks, hearsay, cue)) if hearsay is not None else None
        if document is not None:
            return document  # "Im Bericht heißt es, ..."
        if c is not None and any(t.low in _PASSIVE for t in toks):
            return found  # a passive frame without its agent: the subject is addressed, no one is named
        bare = _bare_mention(toks, last=toks[0].low in _SOURCE_WORDS or toks[-1].low in _SOURCE_WORDS)
        if bare is None:
            return found
        words, span = bare
        cue = found.cue if found is not None else None
        return Attribution(words, self._text[span.start : span.end], span, cue, Way.BARE)

    def _typed(self, att: Attributor, found: Attribution | None, toks: list[Tok], pos: int) -> Attribution | None:
        """``found`` where its speaker can speak (the typed check of the direct quotes), else the owner of the
        words: "nach Angaben des Ministeriums" is the ministry, "seiner Ansicht nach" the one "seiner" refers
        to, "Pentagon-Angaben" the Pentagon, "47 Prozent der Befragten" the asked; an owner-less "Angaben",
        "Prozent" or "France24" names no one."""
        if found is None or found.speaker is None or found.mention_span is None:
            return found
        if mentions.can_speak(found.speaker, att.names.knows):
            return found
        owned = self._owner(att, found, toks, pos)
        if owned is not None and owned.how == Way.GENITIVE:
            return owned  # "nach Angaben des Ministeriums": the ministry is the mention
        # The words that named the source stay the mention ("seiner Ansicht nach"); its owner, if any, speaks.
        if owned is not None:
            return attrs.evolve(found, speaker=owned.speaker, type=owned.type)
        return attrs.evolve(found, speaker=None, type=None, how=SOURCE)  # "nach ersten Angaben": no one named

    def _owner(self, att: Attributor, found: Attribution, toks: list[Tok], pos: int) -> Attribution | None:
        """The owner of the abstract noun or amount that ``found`` names, resolved."""
        span = found.mention_span
        inside = [k for k, t in enumerate(toks) if span is not None and span.start <= t.start < span.end]
        if not inside:
            return None
        first, last = inside[0], inside[-1]
        owner = next((toks[k] for k in (first - 1, first) if k >= 0 and toks[k].low in _POSSESSIVES), None)
        if owner is not None:  # "seiner Ansicht nach", "Ihren Angaben zufolge"
            said = Mention(owner.start, owner.end, (_POSSESSIVES[owner.low],), None, True)
            return att._resolve(said, found.cue, pos, Way.POSSESSIVE)
        # The genitive may stand beyond the frame's words ("Nach Ansicht | vieler Fachleute ist ...").
        after = tokenize(self._text, toks[last].end, min(len(self._text), toks[last].end + 120))
        end = next((k for k, t in enumerate(after) if t.punct), len(after))
        after = after[:end]
        m = att._np(after, 0, allow_nonnom=True) if after and _genitive(after[0]) else None
        if m is None and len(after) > 1 and not after[0].cap and _genitive(after[0]):
            m = att._np(after, 1, allow_nonnom=True)  # "vieler Fachleute": the article is an adjective
        if m is not None and not m.pronoun:  # "Angaben des Ministeriums", "Ansicht vieler Experten"
            return att._resolve(m, found.cue, pos, Way.GENITIVE)
        if any(t.low.startswith("eigen") for t in toks[max(0, first - 1) : last]):
            return self._own(att, toks[last], found.cue, pos)  # "nach eigenen Angaben": the clause's subject
        head = toks[last]
        stem = head.text.rsplit("-", 1)[0] if "-" in head.text else ""
        if stem[:1].isupper():  # "Pentagon-Angaben"
            part = Mention(head.start, head.start + len(stem), (stem,), None)
            return att._resolve(part, found.cue, pos, Way.COMPOUND)
        return None

    def _own(self, att: Attributor, head: Tok, cue: str | None, pos: int) -> Attribution | None:
        """The subject of the sentence around "nach eigenen Angaben" (``head``: "Angaben"): the phrase opening it
        ("Die Feuerwehr hat nach eigenen Angaben ..."), or the one after its verb ("Nach eigenen Angaben hat die
        Feuerwehr ...")."""
        text = self._text
        stop = text.rfind(". ", 0, head.start)
        start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, head.start) + 1)
        end = text.find(".", head.end)
        toks = tokenize(text, start, len(text) if end < 0 else end)
        k = next((i for i, t in enumerate(toks) if t.start == head.start), None)
        if k is None:
            return None
        candidates = [att._np(toks, 0)] if toks[0].low not in PREPOSITIONS and toks[0].start < head.start else []
        for lo in (k + 1, 1):  # the verb after the source phrase, or after an opening time ("Am Montag hat")
            verb = next((i for i in range(lo, len(toks)) if not toks[i].cap and toks[i].low not in _FILLERS), None)
            candidates.append(att._np_after_verb(toks, verb + 1) if verb is not None else None)
        found = (
            att._resolve(m, cue, pos, Way.POSSESSIVE) for m in candidates if m is not None and m.start != head.start
        )
        return next((f for f in found if f is not None), None)

    def _subject(
        self, att: Attributor, toks: list[Tok], c: int, pos: int, how: Way, *, after_only: bool = False
    ) -> Attribution | None:
        """The subject of the verb ``toks[c]`` (a verb the attribution of direct quotes may not list), resolved
        where the name table knows it, else as it stands; ``after_only``: the words before the verb are no
        subject ("Um 10 Uhr meldete die Agentur")."""
        if any(t.low in _PASSIVE for t in toks):
            # "Die Anwohner wurden von der Polizei aufgefordert, ...": the agent speaks, the subject is addressed.
            return self._agent(toks, toks[c].text)
        # "Der Politik schlug er vor": a pronoun of the nominative after the verb is its subject, not the phrase before.
        nominative = c + 1 < len(toks) and toks[c + 1].low in ("er", "ich", "wir")
        candidates = (att._np_after_verb(toks, c + 1),) if after_only or nominative else (
            att._np_before(toks, c), att._np_after_verb(toks, c + 1), att._first_np(toks, 0, c)
        )
        # Not a time ("am 29. Februar beschlossen"): the next candidate.
        m = next(
            (x for x in candidates if x is not None and not any(w.lower() in _NOT_SPEAKERS for w in x.words)), None
        )
        if m is None:
            return None if after_only else self._beside(toks, c, toks[c].text)
        cue = toks[c].text
        found = att._resolve(m, cue, pos, how)
        if found is not None:
            return found
        span = Span(m.start, m.end)
        mention = self._text[m.start : m.end]
        if m.pronoun:
            return Attribution(None, mention, span, cue, Way.UNRESOLVED)
        head = m.words[: m.words.index("|")] if "|" in m.words else m.words
        return Attribution(" ".join(head), mention, span, cue, Way.BARE)

    def _latter(self, word: str, pos: int) -> str | None:
        """A demonstrative subject ("Dieser behauptete, ...") stands for the latter: the person named last."""
        avoid = _LATTER.get(word.lower())
        return self._attributor().names.person_before(pos, avoid=avoid) if avoid is not None else None

    def _agent(self, toks: list[Tok], cue: str) -> Attribution | None:
        """The agent of a passive frame ("von der Polizei", "vom Gericht", "durch die Behörde"), as it stands."""
        k = next((i for i, t in enumerate(toks) if t.low in ("von", "vom", "durch")), None)
        if k is None:
            return self._document(toks, cue)
        bare = _bare_mention(toks[k:], last=True)
        if bare is None:
            return None
        words, span = bare
        return Attribution(words, self._text[span.start : span.end], span, cue, Way.BARE)

    def _whence(self, toks: list[Tok], c: int, cue: str | None) -> Attribution | None:
        """The place hearsay comes from, opening its clause ("Aus Regierungskreisen verlautete", "Bei der Agentur
        X hieß es"): the noun phrase after "aus"/"bei" before the verb ``toks[c]``, with its preposition."""
        if c < 2 or toks[0].low not in ("aus", "bei", "beim"):
            return None
        bare = _bare_mention(toks[:c], last=True)
        if bare is None:
            return None
        words, span = bare
        span = Span(toks[0].start, span.end)
        return Attribution(words, self._text[span.start : span.end], span, cue or toks[c].text, Way.BARE)

    def _document(self, toks: list[Tok], cue: str | None) -> Attribution | None:
        """A document the words stand in ("In einem Bericht der Zeitung wurde vermutet", "Im Bericht heißt es"):
        its author if a genitive names one, else the document."""
        for k, t in enumerate(toks[:-1]):
            if t.low not in ("in", "im"):
                continue
            head = next((j for j in range(k + 1, min(k + 4, len(toks))) if toks[j].cap and not toks[j].punct), None)
            if head is None or not any(toks[head].low.endswith(d) for d in _DOCUMENTS):
                continue
            # The phrase runs over capitalized words and articles ("Bericht der Salzburger Nachrichten").
            stops = (j for j in range(head + 1, len(toks)) if toks[j].punct or (not toks[j].cap and toks[j].low
                     not in DETERMINERS))
            end = next(stops, len(toks))
            bare = _bare_mention(toks[k:end], last=True)  # from "in": a lone head is no opening adverb
            if bare is not None:
                words, span = bare
                return Attribution(words, self._text[span.start : span.end], span, cue, Way.DOCUMENT)
        return None

    def _beside(self, toks: list[Tok], c: int, cue: str) -> Attribution | None:
        """The word right before the verb when it opens the clause: a name in lower case ("Die taz vermutet",
        "Wie t-online.de berichtet"), or a demonstrative ("Diese besagt"; named, not resolved)."""
        j = c - 1
        if j < 0 or toks[j].punct:
            return None
        start = j - 1 if j > 0 and toks[j - 1].low in DETERMINERS else j
        opens = start == 0 or toks[start - 1].text == "," or toks[start - 1].low == "wie"
        if not opens or (toks[j].low in _STOP and toks[j].low not in _DEMONSTRATIVES):
            return None
        span = Span(toks[start].start, toks[j].end)
        speaker = None if toks[j].low in _DEMONSTRATIVES else toks[j].text
        return Attribution(speaker, self._text[span.start : span.end], span, cue, Way.BARE)


_DASHES = frozenset("-‐‒―")
_START = operator.attrgetter("start")


def _cut(text: str, frame: Span, sentence: tuple[Span, Sequence[Tok]]) -> list[Tok] | None:
    """The tokens of ``frame`` cut from those of its sentence: what tokenizing the frame alone gives, or None where
    that could differ (a word across the frame's edge; a dash at its end, a token only where nothing follows)."""
    sent, toks = sentence
    a, b = frame.start, frame.end
    if a < sent.start or b > sent.end or (b > a and b < sent.end and text[b - 1] in _DASHES):
        return None
    # The tokens are in order and do not overlap: the first starting at or after each edge, found by bisection;
    # only the token before it can reach over that edge.
    i = bisect.bisect_left(toks, a, key=_START)
    j = bisect.bisect_left(toks, b, key=_START)
    if (i > 0 and toks[i - 1].end > a) or (j > 0 and toks[j - 1].end > b):
        return None
    return list(toks[i:j])


def _plausible(found: Attribution, toks: list[Tok], known: Callable[[str], bool]) -> bool:
    """The attribution's mention can name a speaker: no time ("Um 10 Uhr"), no prepositional phrase
    ("Gegenüber der Zeitung"), no lone adverb opening the sentence ("Weiter sagte ...")."""
    span = found.mention_span
    if span is None:
        return True
    inside = [t for t in toks if span.start <= t.start < span.end]
    if not inside:
        return True
    if any(t.low in _NOT_SPEAKERS for t in inside) or inside[0].low in PREPOSITIONS:
        return False
    first = inside[0]
    lone_first = len(inside) == 1 and first is toks[0] and not (_names_someone(first) or known(first.text))
    return not (lone_first and len(toks) > 1 and not toks[1].cap)


def _genitive(t: Tok) -> bool:
    """A word that opens a genitive after a noun: an article of the genitive, a name, an adjective in -er
    ("unabhängiger Experten")."""
    return t.low in _GENITIVE_DETS or (t.cap and not t.punct and t.low not in _STOP) or (
        not t.cap and t.low.endswith("er") and t.low not in _STOP)


def _names_someone(t: Tok) -> bool:
    """A capitalized word that reads as people or a body: a role, an institution, a person noun (-e, -er, -in)."""
    low = t.low
    return lexicon.is_role(t.text) or lexicon.is_institution(t.text) or low.endswith(_PERSON_SUFFIXES)


def _bare_mention(toks: list[Tok], *, last: bool) -> tuple[str, Span] | None:
    """A noun phrase of capitalized words (with its article and a genitive) outside prepositional phrases: the
    first one, or with ``last`` the last one (a source phrase: "nach Angaben der Polizei")."""
    found: list[tuple[str, Span]] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if not t.cap or t.punct or t.low in _STOP or t.low in DETERMINERS or t.low in PREPOSITIONS:
            i += 1
            continue
        j = i
        while j + 1 < n and toks[j + 1].cap and not toks[j + 1].punct and toks[j + 1].low not in DETERMINERS:
            j += 1
        start = i - 1 if i > 0 and toks[i - 1].low in DETERMINERS else i
        gate = toks[start - 1].low if start > 0 else ""
        if any(u.low in _NOT_SPEAKERS for u in toks[i : j + 1]) or (i == 0 and j == 0 and not _names_someone(t)):
            i = j + 1  # a time ("um 14 Uhr"); or a lone first word, as often an adverb ("Besorgt zeigte sich")
            continue
        if last or gate not in PREPOSITIONS or gate in _SOURCE_WORDS:
            found.append((" ".join(u.text for u in toks[i : j + 1]), Span(toks[start].start, toks[j].end)))
        i = j + 1
    if not found:
        return None
    return found[-1] if last else found[0]
