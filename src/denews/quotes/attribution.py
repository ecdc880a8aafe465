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
:mod:`.coreference`, and the noun phrases are read by :mod:`.phrases`.  The stages build on each other, one
module each: :mod:`.frames_clause` (a verb of saying and its subject), :mod:`.frames_sentence` (1-3 within the
sentence and before a colon), :mod:`.frames_after` (1), :mod:`.standalone` (4-5); :class:`Attributor` here
tries them in order.  How a speaker was found is a :class:`.ways.Way`.
"""

from __future__ import annotations

import attrs

from ..model import Span
from . import mentions
from .classify import reported
from .coreference import NONE, Attribution
from .grammar import (
    _COORDINATION,
    _GAP_WORD,
    _LEFT_WINDOW,
    _RIGHT_WINDOW,
    _SENT_END,
    _SUBJECT_TYPES,
    _disputed,
)
from .standalone import StandaloneFrames
from .tokens import (
    Tok,
    tokenize,
)
from .ways import Way


class Attributor(StandaloneFrames):
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
        for step in (Way.COLON, Way.SENTENCE):
            if result is not None and result.how == Way.UNNAMED:
                return result
            if result is not None and result.speaker is None:
                cue_only, result = cue_only or result, None
            if result is None:
                if step is Way.COLON:
                    result = self._colon(left_start, outer.start)
                else:
                    result = self._sentence(left_start, outer, sent_end)
        if result is not None and result.how == Way.UNNAMED:
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
                result = attrs.evolve(self.last, how=Way.SENTENCE)
        if result is None and quote_text[:1].islower() and reported(quote_text):
            # A fragment in the subjunctive is the reported speech of its sentence's subject: "Das Gericht
            # lehnte das ab, weil der Täter „ein unbeschriebenes Blatt sei“".
            left = tokenize(text, w.left_start, outer.start)
            m = self._first_np(left, 0, len(left)) if not _disputed(left) else None
            if m is not None and not m.pronoun:
                result = self._resolve(m, None, outer.start, Way.REPORTED)
        # Reported speech is judged on the whole sentence (its verb may stand before an earlier quote).
        full_start = self._sentence_start(max(regions[0].start, outer.start - _LEFT_WINDOW, w.floor), outer.start)
        alone = self._alone(w.left_start, outer, w.sent_end)
        in_reported = not alone and reported(text[full_start : outer.start] + " " + text[outer.end : w.sent_end])
        if result is None and in_reported:
            # "Die Ärzte dagegen meinen, der Fahrer trage die „ganze Schuld“": the subject opening the
            # sentence reports it.
            result = self._subject(full_start, outer, broad=True)
        if result is None and cue_only is None and alone and self._points_back(w.sent_end, w.right_end):
            # "„…“ Das sagte X.": a sentence after that points back names the speaker before any carried over.
            result = self._next_sentence(w.sent_end, w.right_end, outer)
        if result is None and (alone or in_reported):
            # The sentences before may stand in the paragraph before (``w.back``: where that one starts).
            lo = max(regions[0].start if w.back < 0 else w.back, w.prev_close, w.floor)
            result = self._previous(w.left_start, lo, outer.start)
        if result is None and cue_only is None and len(_GAP_WORD.findall(quote_text)) >= 2:
            result = self._subject(w.left_start, outer) or self._adverb_subject(w.left_start, outer)
        if result is None and cue_only is None and alone:
            result = self._next_sentence(w.sent_end, w.right_end, outer)
        if (
            result is not None and cue_only is not None and cue_only.mention_span is not None
            and result.how == Way.ALONE
        ):
            # "Sie sagte, ... „…“": a pronoun nobody was found for speaks for the person before; it is the mention.
            result = attrs.evolve(
                result, mention=cue_only.mention, mention_span=cue_only.mention_span, cue=cue_only.cue
            )
        return result

    def resolve_tokens(self, toks: list[Tok], pos: int, cue: str | None = None) -> Attribution | None:
        """The speaker of the noun phrase (or pronoun) that opens ``toks``; for mentions found by other
        stages (reported speech), through :mod:`.speakers`."""
        m = self._np(toks, 0) or self._first_np(toks, 0, len(toks))
        return self._resolve(m, cue, pos, Way.MENTION) if m is not None else None

    def commit(self, result: Attribution, outer: Span) -> None:
        """Remember the speaker of a kept quote for the quotes that follow (a subject read from a subjunctive
        fragment alone is too weak a guess to pass on)."""
        if result.speaker is not None and result.how != Way.REPORTED:
            self.last = result
            self.last_end = outer.end

    def sentence(self, outer: Span, regions: tuple[Span, Span], next_open: int, prev_close: int) -> str:
        """The text of the sentence around a quote (the quote included)."""
        text = self.text
        start = self._sentence_start(max(regions[0].start, outer.start - _LEFT_WINDOW, prev_close), outer.start)
        right_end = min(regions[1].end, outer.end + _RIGHT_WINDOW, max(next_open, outer.end))
        return text[start : self._sentence_end(outer.end, right_end, text[outer.start + 1 : outer.end - 1])]

    def agent(
        self, outer: Span, regions: tuple[Span, Span], prev_close: int, cue: str | None
    ) -> Attribution | None:
        """The agent of a verb of saying in the passive: "von <someone>" before the quote in its sentence ("wird von
        Kritikern als „…“ bezeichnet" gives Kritiker); a place, a date or a thing is none."""
        start = self._sentence_start(max(regions[0].start, outer.start - _LEFT_WINDOW, prev_close), outer.start)
        toks = tokenize(self.text, start, outer.start)
        for i in range(len(toks) - 2, -1, -1):
            if toks[i].low not in ("von", "vom") or (i > 0 and toks[i - 1].cap):
                continue  # after a noun "von" opens its attribute ("die Anschrift von Personen"), no agent
            m = self._np(toks, i + 1, allow_nonnom=True)
            found = self._resolve(m, cue, outer.start, Way.SENTENCE) if m is not None and not m.pronoun else None
            if found is not None and found.type in (*_SUBJECT_TYPES, mentions.MentionType.MEDIA):
                return found
        return None

    def carry(self, pos: int) -> Attribution:
        return self._carry(pos, Way.CARRY) or NONE


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
