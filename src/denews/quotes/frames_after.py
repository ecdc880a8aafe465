"""Frames after the quote: "„…“, sagte Trump.", "„…“, so Weil.", "„…“, wie X sagte", a clause with its
verb last ("als die Menge „…“ rief"), and a speaker in brackets after the quote."""

from __future__ import annotations

from ..model import Span
from . import lexicon, mentions
from .coreference import Attribution
from .frames_sentence import SentenceFrames
from .grammar import (
    _AUXILIARIES,
    _CITING,
    _CLAUSE_OPENERS,
    _GAP_WORD,
    _LEFT_WINDOW,
    INSULT_STEMS,
)
from .tokens import (
    Tok,
    tokenize,
)
from .ways import Way


class AfterFrames(SentenceFrames):
    """Frames that follow the quote in its sentence."""

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
                return self._resolve(mention, "so", outer.start, Way.AFTER)
            return None
        if t.low == "wie" and i + 1 < len(toks):
            # „…“, wie X sagte / wie es in einer Verfügung hieß / wie ihn Richter Royen nannte
            if toks[i + 1].low == "es" and any(u.low in ("hieß", "heißt") for u in toks[i + 2 : i + 12]):
                src = self._source(toks, i + 2)
                if src is not None:
                    return self._resolve(src, "hieß es", outer.start, Way.AFTER)
            return self._clause(toks, i + 1, len(toks), outer.start, Way.AFTER, require_cue=True)
        if t.low in ("hieß", "heißt") and i + 1 < len(toks) and toks[i + 1].low == "es":
            src = self._source(toks, i + 2)
            if src is not None:
                return self._resolve(src, "hieß es", outer.start, Way.AFTER)
            if i + 2 < len(toks) and toks[i + 2].text != ".":
                return None
            # No body the sentences before are about: no one is named, and no speaker is carried over either.
            return self._impersonal(left_start, outer.start) or Attribution(None, cue="heißt es", how=Way.UNNAMED)
        cue = None if t.cap else lexicon.cue_forms().get(t.low)
        if cue is not None or (not t.cap and t.text.isalpha() and t.low not in lexicon.stopwords()):
            # "„…“, zitiert die Zeitung den Minister": the one cited, not the medium citing.
            cited = self._cited(toks, i, i, len(toks)) if cue is not None and cue.lemma == _CITING else None
            mention = cited or self._np_after_verb(toks, i + 1)
            if mention is not None:
                return self._resolve(mention, self._cue_text(toks, i, cue), outer.start, Way.AFTER)
        return None

    def _impersonal(self, left_start: int, pos: int) -> Attribution | None:
        """"„…“, heißt es." with no source: the body one of the two sentences before is about speaks ("Was die
        Post erlebt hat. „…“, heißt es."); a person there is no source of an impersonal "heißt es"."""
        kinds = (mentions.MentionType.ORGANIZATION, mentions.MentionType.MEDIA)
        for start, end in self._sentences_before(left_start, max(0, left_start - _LEFT_WINDOW), 2):
            toks = tokenize(self.text, start, end)
            m = self._first_np(toks, 0, len(toks))
            found = self._resolve(m, "heißt es", pos, Way.ALONE) if m is not None and not m.pronoun else None
            if found is not None:
                return found if found.type in kinds else None
        return None

    def _verb_final(self, outer: Span, left_start: int, toks: list[Tok]) -> Attribution | None:
        """A clause with its verb last: "als die Menge „Viva il papa!“ rief", "nachdem Scholz „…“ gesagt
        hatte".  The speaker is the noun phrase right before the quote, inside its clause."""
        left = tokenize(self.text, left_start, outer.start)
        cue = lexicon.cue_forms()[toks[0].low]
        if left and left[-1].low == "als" and toks[0].low.startswith(INSULT_STEMS):
            # "als „Nazi-Schwein“ beschimpft (worden)": words said, by whom the clause before may tell (or not);
            # "als „kalte Progression“ bezeichnet" is a term.
            return Attribution(None, cue=self._cue_text(toks, 0, cue), how=Way.CUE)
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
        return self._resolve(m, self._cue_text(toks, 0, cue), outer.start, Way.SENTENCE)

    def _parenthesized(self, outer: Span, quote_text: str) -> Attribution | None:
        """„Wir bleiben bei unserem Nein.“ (Karla Stein).  A speech of a few words
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
        return self._resolve(mention, None, outer.start, Way.AFTER)
