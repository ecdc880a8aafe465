"""Who said it: cues of saying, the attribution patterns, and the mention at the attribution.

Patterns, tried in this order for each quote:
1. quote-cue-speaker after the quote: ``„…“, sagte Trump.`` / ``„…“, so Weil.`` / ``„…“, hieß es aus X``;
2. speaker-cue-colon-quote: ``Trump sagte: „…“`` (the clause before a colon);
3. in the sentence: ``laut X``, ``X zufolge``, ``nach Angaben von X``, a cue whose subject names the speaker
   (``Trump sprach davon, dass das Treffen „hochproduktiv“ verlaufen sei``);
4. a fragment in a sentence reporting speech takes the subject opening the sentence;
5. a quote standing alone takes the speaker of the quote or the attributed sentence before it, or of the
   sentence after it that points back to it ("„…“ Das sagte ...").
Every frame returns only a mention that can speak (:mod:`.mentions`); who it names is resolved by
:mod:`.coreference`, and the noun phrases are read by :mod:`.phrases`.
"""

from __future__ import annotations

import attrs

from ..model import Span
from . import lexicon, mentions
from .classify import reported
from .coreference import NONE, Attribution
from .grammar import (
    _ANAPHORS,
    _AUXILIARIES,
    _CITING,
    _CLAUSE_OPENERS,
    _CLOSE_MARKS,
    _COORDINATION,
    _GAP_WORD,
    _LEFT_WINDOW,
    _NAMING_VERBS,
    _OPEN_MARKS,
    _PERSON_NOUNS,
    _POSSESSIVE,
    _RIGHT_WINDOW,
    _SENT_END,
    _SOURCE_NOUNS,
    _SUBJECT_TYPES,
    _WRITTEN_PREPOSITIONS,
    _WRITTEN_VERBS,
    INSULT_STEMS,
    Mention,
    _bare_subject,
    _clause_end,
    _clause_start,
    _dative_medium,
    _disputed,
    _has_particle,
    _indefinite_before,
    _passive,
    _skip_apposition,
    _time_label,
    _tok_index_after,
)
from .phrases import PhraseReader
from .tokens import (
    DETERMINERS,
    PREPOSITIONS,
    Tok,
    tokenize,
)


class Attributor(PhraseReader):
    """Attribution for the quotes of one text, in text order (it remembers the last speaker)."""

    def attribute(
        self,
        inner: Span,
        outer: Span,
        regions: tuple[Span, Span],
        next_open: int,
        prev_close: int,
        back: int = -1,
        floor: int = 0,
    ) -> Attribution:
        """Who said the quote ``inner`` (marks included: ``outer``); ``regions`` hold its start and end."""
        text = self.text
        # ``floor``/``next_open``: the context never reaches over more than a few other quotes, so a text
        # crowded with marks costs no more per quote than a normal one.
        left_start = self._sentence_start(
            max(regions[0].start, outer.start - _LEFT_WINDOW, prev_close, floor), outer.start
        )
        right_end = min(regions[1].end, outer.end + _RIGHT_WINDOW, max(next_open, outer.end))
        quote_text = text[inner.start : inner.end].rstrip()
        sent_end = self._sentence_end(outer.end, right_end, quote_text)
        cue_only: Attribution | None = None  # a verb of saying found, its speaker not
        result = self._after(outer, sent_end, quote_text, left_start)
        for step in ("colon", "sentence"):
            if result is not None and result.how == "unnamed":
                return result
            if result is not None and result.speaker is None:
                cue_only, result = cue_only or result, None
            if result is None:
                if step == "colon":
                    result = self._colon(left_start, outer.start)
                else:
                    result = self._sentence(left_start, outer, sent_end)
        if result is not None and result.how == "unnamed":
            return result
        if result is not None and result.speaker is None:
            cue_only, result = cue_only or result, None
        if result is None:
            window = _Window(left_start, sent_end, right_end, prev_close, back, floor)
            result = self._unframed(outer, quote_text, regions, window, cue_only)
        return result or cue_only or NONE

    def _unframed(
        self, outer: Span, quote_text: str, regions: tuple[Span, Span], w: _Window, cue_only: Attribution | None
    ) -> Attribution | None:
        """A quote no frame of its own sentence attributes: coordinated with the one before, a fragment in the
        subjunctive, the subject of a sentence reporting speech, the sentences before or after it."""
        text = self.text
        result: Attribution | None = None
        if self.last is not None and self.last_end == w.prev_close and w.prev_close > 0:
            # „A“ und „B“: a quote coordinated with the one before shares its speaker.
            gap = text[w.prev_close : outer.start]
            coordinated = len(gap) < 40 and all(x in _COORDINATION for x in _GAP_WORD.findall(gap.lower()))
            if coordinated and not _SENT_END.search(gap):
                result = attrs.evolve(self.last, how="sentence")
        if result is None and quote_text[:1].islower() and reported(quote_text):
            # A fragment in the subjunctive is the reported speech of its sentence's subject: "Das Gericht
            # lehnte das ab, weil der Täter „ein unbeschriebenes Blatt sei“".
            left = tokenize(text, w.left_start, outer.start)
            m = self._first_np(left, 0, len(left)) if not _disputed(left) else None
            if m is not None and not m.pronoun:
                result = self._resolve(m, None, outer.start, "reported")
        # Reported speech is judged on the whole sentence (its verb may stand before an earlier quote).
        full_start = self._sentence_start(max(regions[0].start, outer.start - _LEFT_WINDOW, w.floor), outer.start)
        alone = self._alone(w.left_start, outer, w.sent_end)
        in_reported = not alone and reported(text[full_start : outer.start] + " " + text[outer.end : w.sent_end])
        if result is None and in_reported:
            # "Die Ärzte dagegen meinen, der Fahrer trage die „ganze Schuld“": the subject opening the
            # sentence reports it.
            result = self._subject(full_start, outer, broad=True)
        if result is None and (alone or in_reported):
            # The sentences before may stand in the paragraph before (``w.back``: where that one starts).
            lo = max(regions[0].start if w.back < 0 else w.back, w.prev_close, w.floor)
            result = self._previous(w.left_start, lo, outer.start)
        if result is None and cue_only is None and len(_GAP_WORD.findall(quote_text)) >= 2:
            result = self._subject(w.left_start, outer)
        if result is None and cue_only is None and alone:
            result = self._next_sentence(w.sent_end, w.right_end, outer)
        if result is not None and cue_only is not None and cue_only.mention_span is not None and result.how == "alone":
            # "Sie sagte, ... „…“": a pronoun nobody was found for speaks for the person before; it is the mention.
            result = attrs.evolve(
                result, mention=cue_only.mention, mention_span=cue_only.mention_span, cue=cue_only.cue
            )
        return result

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
        r = self._clause(toks, 0, len(toks), outer.start, "after", require_cue=False)
        if r is None or r.speaker is None or r.how == "carry":
            return None
        return r if r.type in (*_SUBJECT_TYPES, mentions.MentionType.PRONOUN) else None

    def _subject(self, left_start: int, outer: Span, *, broad: bool = False) -> Attribution | None:
        """The subject opening the sentence of a fragment, followed by its verb: a named person ("Roth
        erklärte ihren Schritt mit einer „neuen Lage“"); with ``broad`` (the sentence reports speech)
        also a pronoun, a role, an institution or a group ("Er begründet das damit, dass ... „…“ sei")."""
        left = tokenize(self.text, left_start, outer.start)
        if len(left) < 2 or _disputed(left):
            return None
        m = self._np(left, 0)
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
            return self._resolve(m, None, outer.start, "subject") if broad else None
        known = any(self.names.knows(w) for w in m.words)
        found = self._resolve(m, None, outer.start, "subject")
        if found is None or (found.type is mentions.MentionType.PERSON and not known):
            return None  # a person only by the article's own names (not "Oft", "Medien")
        return found if found.type in (_SUBJECT_TYPES if broad else (mentions.MentionType.PERSON,)) else None

    def _previous(self, sent_start: int, lo: int, pos: int) -> Attribution | None:
        """The speaker of the sentences before (``sagt de Decker. „…“``), else of the quote before, else the
        person the sentence before is about (``Johnson warb ... Es sei ein «…»``)."""
        sentences = self._sentences_before(sent_start, lo, 2)
        for start, end in sentences:
            toks = tokenize(self.text, start, end)
            r = self._laut(toks, pos) or self._clause(toks, 0, len(toks), pos, "previous", require_cue=True)
            if r is not None and r.speaker is not None and r.how != "carry":
                return attrs.evolve(r, how="alone")
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
                return Attribution(toks[j].text, toks[j].text, Span(toks[j].start, toks[j].end), None, "alone")
        carried = self._carry(pos, "alone")
        if carried is not None:
            return carried
        for start, end in sentences[:2]:
            toks = tokenize(self.text, start, end)
            person = self._first_person(toks, descriptions=True)
            if person is None and toks and toks[0].low in ("er", "sie"):
                person = self._antecedent(toks[0].start, toks[0].low) or None
                if person is not None:
                    return Attribution(person, toks[0].text, Span(toks[0].start, toks[0].end), None, "alone")
            if person is not None:
                named = self._naming_token(toks, person)
                span = Span(named.start, named.end) if named is not None else None
                return Attribution(person, named.text if named is not None else None, span, None, "alone")
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

    def resolve_tokens(self, toks: list[Tok], pos: int, cue: str | None = None) -> Attribution | None:
        """The speaker of the noun phrase (or pronoun) that opens ``toks``; for mentions found by other
        stages (reported speech), through :mod:`.speakers`."""
        m = self._np(toks, 0) or self._first_np(toks, 0, len(toks))
        return self._resolve(m, cue, pos, "mention") if m is not None else None

    def commit(self, result: Attribution, outer: Span) -> None:
        """Remember the speaker of a kept quote for the quotes that follow (a subject read from a subjunctive
        fragment alone is too weak a guess to pass on)."""
        if result.speaker is not None and result.how != "reported":
            self.last = result
            self.last_end = outer.end

    def sentence(self, outer: Span, regions: tuple[Span, Span], next_open: int, prev_close: int) -> str:
        """The text of the sentence around a quote (the quote included)."""
        text = self.text
        start = self._sentence_start(max(regions[0].start, outer.start - _LEFT_WINDOW, prev_close), outer.start)
        right_end = min(regions[1].end, outer.end + _RIGHT_WINDOW, max(next_open, outer.end))
        return text[start : self._sentence_end(outer.end, right_end, text[outer.start + 1 : outer.end - 1])]

    def carry(self, pos: int) -> Attribution:
        return self._carry(pos, "carry") or NONE

    def _after(self, outer: Span, sent_end: int, quote_text: str, left_start: int) -> Attribution | None:
        text = self.text
        if text.startswith(" (", outer.end) or text.startswith("(", outer.end):
            # Only a quote that opens its sentence: after "Er warnte:" or "Ihr größter Hit war" the brackets
            # hold someone else (the title's author, a source).
            lead = text[left_start : outer.start].strip(" \t\n\r-–—")
            cues = lexicon.cue_forms()
            label = lead.endswith(":") and not any(t.low in cues for t in tokenize(text, left_start, outer.start))
            if lead and not label:
                return None  # (after a label, "Zitat des Tages: „…“ (Friedrich Merz)", they name the speaker)
            return self._parenthesized(outer, quote_text)
        toks = tokenize(text, outer.end, sent_end)
        if not toks:
            return None
        i = 0
        if toks[0].text in (",", "–", "—", "-"):
            i = 1
        elif not toks[0].cap and toks[0].low in lexicon.cue_forms():
            final = self._verb_final(outer, left_start, toks)
            if final is not None:
                return final
        so = toks[0].low == "so" and len(toks) > 1
        if i == 0 and not quote_text.endswith(("?", "!", ",", "…", "...")) and not so:
            return None  # „…?“ sagte er: only after a question or exclamation may the comma be missing
        if i >= len(toks):
            return None
        t = toks[i]
        if t.low == "so" and i + 1 < len(toks):
            mention = self._np(toks, i + 1)
            if mention is not None:
                return self._resolve(mention, "so", outer.start, "after")
            return None
        if t.low == "wie" and i + 1 < len(toks):
            # „…“, wie X sagte / wie es in einer Verfügung hieß / wie ihn Richter Royen nannte
            if toks[i + 1].low == "es" and any(u.low in ("hieß", "heißt") for u in toks[i + 2 : i + 12]):
                src = self._source(toks, i + 2)
                if src is not None:
                    return self._resolve(src, "hieß es", outer.start, "after")
            return self._clause(toks, i + 1, len(toks), outer.start, "after", require_cue=True)
        if t.low in ("hieß", "heißt") and i + 1 < len(toks) and toks[i + 1].low == "es":
            src = self._source(toks, i + 2)
            if src is not None:
                return self._resolve(src, "hieß es", outer.start, "after")
            return None
        cue = None if t.cap else lexicon.cue_forms().get(t.low)
        if cue is not None or (not t.cap and t.text.isalpha() and t.low not in lexicon.stopwords()):
            # "„…“, zitiert die Zeitung den Minister": the one cited, not the medium citing.
            cited = self._cited(toks, i, i, len(toks)) if cue is not None and cue.lemma == _CITING else None
            mention = cited or self._np_after_verb(toks, i + 1)
            if mention is not None:
                return self._resolve(mention, self._cue_text(toks, i, cue), outer.start, "after")
        return None

    def _verb_final(self, outer: Span, left_start: int, toks: list[Tok]) -> Attribution | None:
        """A clause with its verb last: "als die Menge „Viva il papa!“ rief", "nachdem Scholz „…“ gesagt
        hatte".  The speaker is the noun phrase right before the quote, inside its clause."""
        left = tokenize(self.text, left_start, outer.start)
        cue = lexicon.cue_forms()[toks[0].low]
        if left and left[-1].low == "als" and toks[0].low.startswith(INSULT_STEMS):
            # "als „Nazi-Schwein“ beschimpft (worden)": words said, by whom the clause before may tell (or not);
            # "als „kalte Progression“ bezeichnet" is a term.
            return Attribution(None, cue=self._cue_text(toks, 0, cue), how="cue")
        k = 1
        while k < len(toks) and toks[k].low in _AUXILIARIES:
            k += 1
        if k < len(toks) and not toks[k].punct:
            return None  # the verb goes on with its sentence: no clause ends here
        b = len(left) - 1
        while b >= 0 and left[b].text != "," and left[b].low not in _CLAUSE_OPENERS:
            b -= 1
        # The clause's first phrase, and nothing between it and the quote ("als er das Gesetz „ein Monster“
        # nannte": the phrase before the quote is the object).
        m = self._np(left, b + 1) if b + 1 < len(left) else None
        if m is None or m.end != left[-1].end:
            return None
        first, last = m.words[0], m.words[-1]
        if (
            m.det is None and not m.pronoun and len(m.words) > 1 and self.names.knows(first)
            and self.names.knows(last) and self.names.canonical([first]) != self.names.canonical([last])
        ):
            return None  # "nachdem Scholz Merz „Fritze“ genannt hatte": subject and object, not one name
        return self._resolve(m, self._cue_text(toks, 0, cue), outer.start, "sentence")

    def _parenthesized(self, outer: Span, quote_text: str) -> Attribution | None:
        """„Was wir brauchen, ist kein Begrüßungskomitee.“ (Heinz-Christian Strache).  A speech of a few words
        at least, its speaker in brackets closing the sentence (a title's author or a channel, "„Tatort“
        (ARD) lief", is no speaker)."""
        text = self.text
        close = text.find(")", outer.end, outer.end + 80)
        if close < 0 or len(_GAP_WORD.findall(quote_text)) < 4:
            return None
        after = text[close + 1 : close + 3]
        if not (after == "" or after[0] in "\n\r" or after in (".", ". ", ".\n", ".\r")):
            return None
        toks = tokenize(text, text.index("(", outer.end) + 1, close)
        mention = self._np(toks, 0) if 0 < len(toks) <= 5 else None
        if mention is None or mention.end != toks[-1].end or not self._resolvable(mention):
            return None
        return self._resolve(mention, None, outer.start, "after")

    def _colon(self, left_start: int, q_start: int) -> Attribution | None:
        text = self.text
        head = text[left_start:q_start].rstrip()
        if not head.endswith(":"):
            return None
        toks = tokenize(text, left_start, left_start + len(head) - 1)
        if _time_label(toks):
            return Attribution(None, how="unnamed")  # "Die Frage der Woche lautet:": a label, not a speaker
        written = self._written_in(toks, q_start)
        if written is not None:
            return written
        r = self._clause(toks, 0, len(toks), q_start, "colon", require_cue=True)
        if r is not None and r.speaker is not None:
            return r
        # No verb of saying: the clause right before the colon names the source (wo Augsteins Motto hängt:).
        last = _clause_start(toks, 0, len(toks))
        for k in range(len(toks) - 1, last, -1):
            if toks[k].text in ("–", "—"):  # a headline's parts: "Grödig empfängt Sturm – Graz-Coach Foda:"
                last = k + 1
                break
        m = self._first_np(toks, last, len(toks)) if last > 0 else None
        if m is not None:
            found = self._resolve(m, None, q_start, "colon")
            if found is not None:
                return found
        return self._clause(toks, 0, len(toks), q_start, "colon", require_cue=False)

    def _written_in(self, toks: list[Tok], pos: int) -> Attribution | None:
        """"In dem Antrag heißt es:", "Auf der Homepage steht:", "So heißt es in der Meldung:": the text where
        the words stand is their source (the author, where a genitive names one)."""
        k = next((i for i, t in enumerate(toks) if t.low in _WRITTEN_VERBS), -1)
        if k < 0 or (toks[k].low in ("heißt", "hieß") and (k + 1 >= len(toks) or toks[k + 1].low != "es")):
            return None
        after = self._source(toks, k + 2 if toks[k].low in ("heißt", "hieß") else k + 1)
        if after is not None:
            return self._resolve(after, "heißt es", pos, "colon")
        j = 1 if toks and toks[0].low == "so" else 0
        if j < len(toks) and toks[j].low in _WRITTEN_PREPOSITIONS:
            m = self._np(toks, j + 1, allow_nonnom=True)
            if m is not None and m.end <= toks[k].start:
                return self._resolve(m, toks[k].text, pos, "colon")
        return None

    def _sentence(self, left_start: int, outer: Span, sent_end: int) -> Attribution | None:
        text = self.text
        left = tokenize(text, left_start, outer.start)
        right = tokenize(text, outer.end, sent_end)
        right = _outside_marks(right)  # the words of a later quote are not the reporter's
        for toks, so_within in ((left, len(left)), (right, _SO_REACH)):
            r = self._laut(toks, outer.start, so_within)
            if r is not None:
                return r
        # A cue in the sentence whose subject names the speaker; the clause nearest the quote first.
        r = self._clause(left, 0, len(left), outer.start, "sentence", require_cue=True)
        if r is None or r.speaker is None:
            r = self._clause(right, 0, len(right), outer.start, "sentence", require_cue=True) or r
            if r is not None and r.how in ("carry", "cue"):
                # „…“ für Moskau gedroht: the cue follows the quote, its subject opens the sentence.
                m = self._first_np(left, 0, len(left)) or _bare_subject(left)
                if m is not None:
                    found = self._resolve(m, r.cue, outer.start, "sentence")
                    if found is not None:
                        return found
        return r

    def _laut(self, toks: list[Tok], pos: int, so_within: int | None = None) -> Attribution | None:
        """"laut X", "X zufolge", "nach Angaben von X", ", so X" (after a quote only right after it: a later
        ", so X" belongs to a later clause), "hieß es aus X"."""
        n = len(toks)
        so_within = n if so_within is None else so_within
        for i, t in enumerate(toks):
            low = t.low
            if low == "laut" and i + 1 < n:
                m = self._np(toks, i + 1, allow_nonnom=True)
                if m is not None:
                    return self._resolve(m, "laut", pos, "sentence")
            elif low == "so" and i + 1 < n and 0 < i <= so_within and toks[i - 1].text == ",":
                if toks[i + 1].low in _LATTER:
                    # "so letztere": the person last named before the quote (the latter of two).
                    person = self._named_before(pos) or self.names.person_before(pos)
                    u = toks[i + 1]
                    return Attribution(person, u.text, Span(u.start, u.end), "so", "sentence") if person else None
                m = self._np(toks, i + 1)
                if m is not None:
                    return self._resolve(m, "so", pos, "sentence")
            elif low == "zufolge" and i > 0:
                m = self._np_before(toks, i, allow_nonnom=True)
                if m is not None:
                    return self._resolve(m, "zufolge", pos, "sentence")
            elif low in _SOURCE_NOUNS and i + 1 < n and toks[i + 1].low in ("von", "des", "der", "vom"):
                # nach Angaben von X, aus Sicht des Kremls, nach Worten des Ministers
                j = i + 2 if toks[i + 1].low in ("von", "vom") else i + 1
                m = self._np(toks, j, allow_nonnom=True)
                if m is not None and i > 0 and toks[i - 1].low in ("nach", "aus", "laut", "seiner", "ihrer"):
                    return self._resolve(m, f"{toks[i - 1].text} {t.text}", pos, "sentence")
            elif low in ("hieß", "heißt") and i + 1 < n and toks[i + 1].low == "es":
                m = self._source(toks, i + 2)
                if m is not None:
                    return self._resolve(m, "hieß es", pos, "sentence")
        return None

    def _clause(
        self, toks: list[Tok], lo: int, hi: int, pos: int, how: str, *, require_cue: bool
    ) -> Attribution | None:
        """The speaker of a clause: the subject next to its verb of saying (or its first subject)."""
        cues = lexicon.cue_forms()
        phrases = lexicon.cue_phrases()
        best: Attribution | None = None
        # The cue nearest the quote wins: scan from the quote side.
        # The cue nearest the quote wins; in the sentence before a quote, the main clause (the first cue).
        backward = how not in ("after", "previous") and toks and toks[-1].end <= pos
        order = range(hi - 1, lo - 1, -1) if backward else range(lo, hi)
        for c in order:
            t = toks[c]
            cue = None if t.cap else cues.get(t.low)
            if cue is None:
                continue
            if cue.particle is not None and not _has_particle(toks, c, hi, cue.particle):
                continue
            if _passive(toks, c, lo, hi):
                continue  # "als »Nazi-Schwein« beschimpft worden": the subject is addressed, not speaking
            clo = _clause_start(toks, lo, c)
            chi = _clause_end(toks, c, hi)
            # "X, die Sprecherin des Vereins, warnte die CDU": the subject whose apposition ends right before the
            # verb comes first (after the verb stands its object); else the verb's own phrases, then the others.
            found_or_unnamed = (
                self._fronted(toks, lo, c, cue, pos, how, exact=True)
                or self._subject_of(toks, c, clo, chi, cue, pos, how)
                or self._fronted(toks, lo, c, cue, pos, how)
            )
            if found_or_unnamed is not None:
                return found_or_unnamed
            if best is None:
                # A cue without a subject of its own: the speaker carried over, or only the cue (how "cue").
                carried = self._carry(pos, "carry")
                cue_text = self._cue_text(toks, c, cue)
                best = attrs.evolve(carried, cue=cue_text) if carried else Attribution(None, cue=cue_text, how="cue")
        if best is not None:
            return best
        if require_cue:
            lowered = " ".join(t.low for t in toks[lo:hi])
            if any(p in lowered for p in phrases):
                m = self._first_np(toks, lo, hi)
                if m is not None:
                    return self._resolve(m, None, pos, how)
            return None
        m = self._first_np(toks, lo, hi)
        if m is not None:
            return self._resolve(m, None, pos, how)
        return self._carry(pos, how)

    def _subject_of(
        self, toks: list[Tok], c: int, clo: int, chi: int, cue: lexicon.Cue, pos: int, how: str
    ) -> Attribution | None:
        """The speaker of the cue ``toks[c]``: the first of its candidate phrases that names someone who can
        speak (the object of "zitieren"; the phrase before the verb; the subject after it; the clause's first
        phrase): "Weiter sagte Larson" passes over "Weiter"."""
        cue_text = self._cue_text(toks, c, cue)
        before = self._cited(toks, c, clo, chi) if cue.lemma == _CITING else None
        before = before or self._np_before(toks, c, clo)
        if before is not None and not before.pronoun and _dative_medium(before):
            before = None  # "Der Zeitung sagte Karma:": the addressee stands before the verb
        tried: set[int] = set()
        # The phrase before the verb, the subject after it, the clause's first phrase; after a verb of naming
        # the phrase that follows is more often what is named ("nannte den Angriff „…“"): it comes last.
        for step in (0, 2, 1) if cue.lemma in _NAMING_VERBS else (0, 1, 2):
            if step == 0:
                mention = before
            elif step == 1:
                mention = self._np_after_verb(toks, c + 1, chi)
            else:
                mention = self._first_np(toks, clo, c)
            if mention is None or mention.start in tried:
                continue
            tried.add(mention.start)
            found = self._resolve(mention, cue_text, pos, how)
            if found is not None:
                return found
            if mention.det in _POSSESSIVE:
                # "dessen Chef sagt": someone the article does not name; the quote stays unattributed.
                span = Span(mention.start, mention.end)
                return Attribution(None, self.text[span.start : span.end], span, cue_text, "unnamed")
            if mention.pronoun:
                # A pronoun whose person is unknown: no other phrase is the subject; the speaker carried over
                # from the quote before is the best guess, the pronoun stays the mention.
                span = Span(mention.start, mention.end)
                carried = self._carry(pos, "carry") or Attribution(None, how="cue")
                return attrs.evolve(carried, mention=self.text[span.start : span.end], mention_span=span, cue=cue_text)
        return None

    def _fronted(
        self, toks: list[Tok], lo: int, c: int, cue: lexicon.Cue, pos: int, how: str, *, exact: bool = False
    ) -> Attribution | None:
        """The subject before an apposition, a bracket or a relative clause, right before the verb: "Anna
        Berg, die Landrätin von Altdorf, sagte", "Eva Roth (SPD) äußerte", "Der Kritiker, der ...
        gilt, hofft aber". With ``exact``, only a subject opening the sentence whose apposition or bracket ends
        right at the verb."""
        if exact:
            m = self._np(toks, lo) if c > lo and toks[c - 1].text in (",", ")") else None
            if m is None or m.pronoun or _skip_apposition(toks, _tok_index_after(toks, lo, m.end)) != c:
                return None
            if toks[c - 1].text == "," and not toks[c - 2].cap:
                return None  # a relative clause ends in its verb ("Die Mönche, die ... hatten, beschrieb X"): OVS
            found = self._resolve(m, self._cue_text(toks, c, cue), pos, how)
            return found if found is not None and found.type in _SUBJECT_TYPES else None
        relative = self._relative_subject(toks, lo, c)
        if relative is not None:
            found = self._resolve(relative, self._cue_text(toks, c, cue), pos, how)
            return found if found is not None and found.type in _SUBJECT_TYPES else None
        if c <= lo or toks[c - 1].low not in (",", ")", "und"):
            return None
        while lo < c - 1 and toks[lo].low in _OPENING_ADVERBS:
            lo += 1  # "Auch die Ministerin Eva Roth (SPD) äußerte": an adverb before the subject
        m = self._np(toks, lo)
        if m is None or m.pronoun or m.end >= toks[c - 1].start:
            return None
        if toks[c - 1].low == "und":
            # "Eva Roth äußerte Bedenken und warnte:": the subject of the first verb, which follows it.
            k = _skip_apposition(toks, _tok_index_after(toks, lo, m.end))
            if k >= c or toks[k].cap or not toks[k].text.isalpha():
                return None
        found = self._resolve(m, self._cue_text(toks, c, cue), pos, how)
        return found if found is not None and found.type in _SUBJECT_TYPES else None

    def _relative_subject(self, toks: list[Tok], lo: int, c: int) -> Mention | None:
        """The noun a relative pronoun opening the verb's clause stands for: "Demonstranten, die skandierten:"."""
        k = _clause_start(toks, lo, c)
        if not (lo < k < c and toks[k - 1].text == "," and toks[k].low in _RELATIVE_PRONOUNS):
            return None
        end = k - 1  # the comma
        s = end
        while s - 1 >= lo and toks[s - 1].cap and not toks[s - 1].punct and end - s < 4:
            s -= 1
        if s == end:
            return None
        if s - 1 >= lo and toks[s - 1].low in DETERMINERS:
            s -= 1
        return self._np(toks[:end], s, allow_nonnom=True)

    def _cited(self, toks: list[Tok], c: int, clo: int, chi: int) -> Mention | None:
        """Who is cited by an active "zitieren": its object, not its subject (a medium, as a rule): "Ein Sender
        zitierte Papandreou mit den Worten:", "zitiert die Zeitung einen Augenzeugen"."""
        found: Mention | None = None
        j = c + 1
        while j < chi:
            t = toks[j]
            if t.low in PREPOSITIONS:
                break  # "mit den Worten", "in einem Bericht": the object stands before these
            m = self._np(toks[:chi], j, allow_nonnom=True) if not t.punct else None
            if m is not None:
                if not mentions.is_media(m.words[-1]) and self._can_speak(m):
                    found = m
                j = max(j + 1, _tok_index_after(toks, j, m.end))
                continue
            j += 1
        return found

    def _alone(self, left_start: int, outer: Span, sent_end: int) -> bool:
        text = self.text
        before = text[left_start : outer.start].strip()
        after = text[outer.end : sent_end].strip()
        return not any(c.isalpha() for c in before) and not any(c.isalpha() for c in after)

    def _cue_text(self, toks: list[Tok], c: int, cue: lexicon.Cue | None) -> str:
        word = toks[c].text
        if cue is not None and cue.particle is not None:
            return f"{word} {cue.particle}"
        return word


# "so letztere": the latter of two named before.
_LATTER = frozenset(("letztere", "letzterer", "letzteres"))
# Adverbs that may open a sentence before its subject.
_OPENING_ADVERBS = frozenset(("auch", "so", "dabei", "zudem", "außerdem", "ebenso", "ebenfalls", "nun", "jetzt"))
#: How far after a quote ", so X" may stand to name its speaker (tokens).
_SO_REACH = 3
@attrs.frozen(slots=True)
class _Window:
    """Where a quote's sentence and context lie: the sentence start before it, the sentence end after it, the
    end of the right context, and the bounds set by the quotes around it."""

    left_start: int
    sent_end: int
    right_end: int
    prev_close: int
    back: int
    floor: int


# Relative pronouns that open a clause after a comma ("die Demonstranten, die skandierten").
_RELATIVE_PRONOUNS = frozenset(("der", "die", "das", "welche", "welcher"))


def _outside_marks(toks: list[Tok]) -> list[Tok]:
    """The tokens outside quotation marks ("„…“, sagte Weil" keeps ", sagte Weil")."""
    out: list[Tok] = []
    inside = False
    for t in toks:
        if not inside and t.text in _OPEN_MARKS:
            inside = True
        elif inside and t.text in _CLOSE_MARKS:
            inside = False
        elif not inside:
            out.append(t)
    return out
