"""Quotes no frame of their own sentence attributes: the subject opening the sentence of a fragment, the
speaker of the sentences before, the sentence after that points back ("„…“ Das sagte ...")."""

from __future__ import annotations

import attrs

from ..model import Span
from . import lexicon, mentions
from .classify import reported
from .coreference import Attribution
from .frames_after import AfterFrames
from .grammar import (
    _ANAPHORS,
    _GAP_WORD,
    _PERSON_NOUNS,
    _SUBJECT_TYPES,
    _disputed,
    _indefinite_before,
    _skip_apposition,
    _tok_index_after,
)
from .phrase_parts import _past_prepositional_phrase
from .tokens import (
    CLAUSE_BREAK,
    DETERMINERS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    Tok,
    tokenize,
)
from .ways import Way


class StandaloneFrames(AfterFrames):
    """Fallbacks for a quote without a frame: the sentence's subject, the sentences before and after."""

    def _next_sentence(self, sent_end: int, right_end: int, outer: Span) -> Attribution | None:
        """A quote standing alone, named in the sentence after it by a demonstrative ("„…“ Das musste der
        Minister einräumen.", "„…“, mit diesen Worten meldete er sich"): that sentence's speaker."""
        text = self.text
        k = sent_end
        while k < right_end and text[k] in " \t,.":
            k += 1
        first = _GAP_WORD.match(text, k)
        if first is None or first.group().lower() not in _ANAPHORS:
            return None
        end = self._sentence_end(first.end(), right_end, "")
        toks = tokenize(text, k, end)
        r = self._clause(toks, 0, len(toks), outer.start, Way.AFTER, require_cue=False)
        if r is None or r.speaker is None or r.how == Way.CARRY:
            return None
        return r if r.type in (*_SUBJECT_TYPES, mentions.MentionType.PRONOUN) else None

    def _points_back(self, sent_end: int, right_end: int) -> bool:
        """The sentence after a quote opens by pointing back at it with a verb of saying or the words said:
        "Das sagte ...", "Dies erklärte ...", "Mit diesen Worten ..." (not "Das Amt meldet ...")."""
        toks = tokenize(self.text, sent_end, min(right_end, sent_end + 60))
        toks = [t for t in toks if not t.punct][:3]
        if len(toks) < 2 or toks[0].low not in _ANAPHORS:
            return False
        if toks[0].low == "mit":
            return len(toks) == 3 and toks[1].low in ("diesen", "den") and toks[2].low == "worten"
        return not toks[1].cap and toks[1].low in lexicon.cue_forms()

    def _subject(self, left_start: int, outer: Span, *, broad: bool = False) -> Attribution | None:
        """The subject opening the sentence of a fragment, followed by its verb: a named person ("Roth
        erklärte ihren Schritt mit einer „neuen Lage“"); with ``broad`` (the sentence reports speech)
        also a pronoun, a role, an institution or a group ("Er begründet das damit, dass ... „…“ sei")."""
        left = tokenize(self.text, left_start, outer.start)
        if len(left) < 2 or _disputed(left):
            return None
        m = self._np(left, 0)
        if m is None and broad:
            return self._inverted_subject(left, outer)
        if m is None or m.end >= outer.start:
            return None
        k = _skip_apposition(left, _tok_index_after(left, 0, m.end))
        if k >= len(left) or left[k].cap or not left[k].text.isalpha():
            return None  # no finite verb after the phrase: it is no subject opening the sentence
        if broad and (reported(left[k].text) or not any(t.text == "," or t.low == "dass" for t in left[k:])):
            # "Merz habe der AfD „…“": a subjunctive main clause is the content, its subject no reporter; the
            # reporter's clause goes on with a comma or "dass" before the words.
            return None
        if m.pronoun:
            return self._resolve(m, None, outer.start, Way.SUBJECT) if broad else None
        known = any(self.names.knows(w) for w in m.words)
        found = self._resolve(m, None, outer.start, Way.SUBJECT)
        if found is None or (found.type is mentions.MentionType.PERSON and not known):
            return None  # a person only by the article's own names (not "Oft", "Medien")
        return found if found.type in (_SUBJECT_TYPES if broad else (mentions.MentionType.PERSON,)) else None

    def _adverb_subject(self, left_start: int, outer: Span) -> Attribution | None:
        """A sentence opening with an adverb has its subject right after it ("Auch die Ministerin Eva Roth
        nannte den Plan einen „…“") or, inverted, after the finite verb ("Anfangs wollte er „…“")."""
        left = tokenize(self.text, left_start, outer.start)
        if len(left) < 3 or _disputed(left) or not left[0].cap or not left[0].text.isalpha():
            return None
        if any(t.text in CLAUSE_BREAK or t.text == "," for t in left):
            return None  # the fragment stands in another clause than the subject
        first = left[0].low
        if first in PREPOSITIONS or first in DETERMINERS or first in SUBJECT_PRONOUNS:
            return None  # the sentence opens with a phrase, not an adverb
        if self._names_someone(left[0].text):
            return None
        m = self._np(left, 1)
        if m is not None:
            k = _skip_apposition(left, _tok_index_after(left, 1, m.end))
            if k >= len(left) or not _finite_verb_like(left[k]):
                return None
        elif _finite_verb_like(left[1]):
            m = self._np(left, 2)
        if m is None:
            return None
        found = self._resolve(m, None, outer.start, Way.SUBJECT)
        if found is None:
            return None
        if m.pronoun:
            # A pronoun speaks for the person it stands for ("Anfangs wollte er „…“"), not for a thing.
            return found if found.speaker is not None and self.names.knows(found.speaker.split()[-1]) else None
        known = any(self.names.knows(w) for w in m.words)
        return found if found.type is mentions.MentionType.ROLE or (
            found.type is mentions.MentionType.PERSON and known
        ) else None

    def _inverted_subject(self, left: list[Tok], outer: Span) -> Attribution | None:
        """A sentence reporting speech that opens with a prepositional phrase has its subject after the finite
        verb: "In dem Urteil sieht Berg einen „Angriff“, es stehe ..." gives Berg (a person the article names)."""
        if left[0].low not in PREPOSITIONS:
            return None
        k = 0
        while k < len(left) and left[k].low in PREPOSITIONS:
            k = _past_prepositional_phrase(left, k, len(left))  # "In dem Urteil vor dem Gericht sieht"
        if k >= len(left) or left[k].cap or not left[k].text.isalpha() or reported(left[k].text):
            return None
        m = self._np_after_verb(left, k + 1)
        if m is None or m.pronoun or not any(self.names.knows(w) for w in m.words):
            return None
        found = self._resolve(m, None, outer.start, Way.SUBJECT)
        return found if found is not None and found.type is mentions.MentionType.PERSON else None

    def _previous(self, sent_start: int, lo: int, pos: int) -> Attribution | None:
        """The speaker of the sentences before (``sagt de Decker. „…“``), else of the quote before, else the
        person the sentence before is about (``Johnson warb ... Es sei ein «…»``)."""
        sentences = self._sentences_before(sent_start, lo, 2)
        for start, end in sentences:
            toks = tokenize(self.text, start, end)
            r = self._laut(toks, pos) or self._clause(toks, 0, len(toks), pos, Way.PREVIOUS, require_cue=True)
            if r is not None and r.speaker is None and r.how != Way.UNNAMED:
                # The first cue names no one ("Sollten sie es erfahren, ..., schreibt der Verband"): the last.
                r = self._clause(toks, 0, len(toks), pos, Way.ALONE, require_cue=True)
            if r is not None and r.speaker is not None and r.how != Way.CARRY:
                return attrs.evolve(r, how=Way.ALONE)
        if sentences:
            # Someone new introduced right before (Ein junger Polizist wird knallrot. „…“) speaks.
            toks = tokenize(self.text, *sentences[0])
            stop = lexicon.stopwords()
            j = next((k for k, t in enumerate(toks) if t.cap and not t.punct and t.low not in stop), -1)
            if (
                j >= 0
                and _indefinite_before(toks, j)
                and (lexicon.is_role(toks[j].text) or toks[j].low in _PERSON_NOUNS)
            ):
                return Attribution(toks[j].text, toks[j].text, Span(toks[j].start, toks[j].end), None, Way.ALONE)
        carried = self._carry(pos, Way.ALONE)
        if carried is not None:
            return carried
        for start, end in sentences[:2]:
            toks = tokenize(self.text, start, end)
            person = self._first_person(toks, descriptions=True)
            if person is None and toks and toks[0].low in ("er", "sie"):
                person = self._antecedent(toks[0].start, toks[0].low) or None
                if person is not None:
                    return Attribution(person, toks[0].text, Span(toks[0].start, toks[0].end), None, Way.ALONE)
            if person is not None:
                named = self._naming_token(toks, person)
                span = Span(named.start, named.end) if named is not None else None
                return Attribution(person, named.text if named is not None else None, span, None, Way.ALONE)
        return None

    def _naming_token(self, toks: list[Tok], person: str) -> Tok | None:
        """The word of a sentence that names ``person``: a word of the name, or a role it holds."""
        parts = person.split()
        for t in toks:
            if t.cap and not t.punct and (t.text in parts or (lexicon.is_role(t.text) and self.names.role(
                t.text, t.end
            ) == person)):
                return t
        return None

    def _alone(self, left_start: int, outer: Span, sent_end: int) -> bool:
        text = self.text
        before = text[left_start : outer.start].strip()
        after = text[outer.end : sent_end].strip()
        return not any(c.isalpha() for c in before) and not any(c.isalpha() for c in after)


def _finite_verb_like(t: Tok) -> bool:
    """A lower-case word that may be the finite verb of a main clause (not a preposition, an article or a verb in
    the subjunctive: those report speech, their subject is no reporter)."""
    return (
        not t.cap and t.text.isalpha() and t.low not in PREPOSITIONS and t.low not in DETERMINERS
        and not reported(t.text)
    )
