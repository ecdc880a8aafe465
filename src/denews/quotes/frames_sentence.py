"""Frames in the quote's sentence and before a colon: "laut X", "X zufolge", ", so X", "hieß es aus X",
"In dem Antrag heißt es:", and a cue anywhere in the sentence."""

from __future__ import annotations

from ..model import Span
from . import lexicon
from .classify import reported
from .coreference import Attribution
from .frames_clause import ClauseFrames
from .grammar import (
    _SOURCE_NOUNS,
    _SUBJECT_TYPES,
    _WRITTEN_PREPOSITIONS,
    _WRITTEN_VERBS,
    Mention,
    _bare_subject,
    _clause_start,
    _outside_marks,
    _time_label,
    _tok_index_after,
)
from .mentions import MentionType
from .name_table import _first_name
from .tokens import (
    Tok,
    tokenize,
)
from .ways import Way


class SentenceFrames(ClauseFrames):
    """Frames anywhere in the quote's sentence, and the clause before a colon."""

    def _sentence(self, left_start: int, outer: Span, sent_end: int) -> Attribution | None:
        text = self.text
        left = tokenize(text, left_start, outer.start)
        right = tokenize(text, outer.end, sent_end)
        right = _outside_marks(right)  # the words of a later quote are not the reporter's
        bracketed = self._bracketed(left, outer)
        if bracketed is not None:
            return bracketed
        if left and left[0].low in _WRITTEN_PREPOSITIONS:
            # "Auf dem Plakat stand „…“", "Auf dem Transparent war „…“ zu lesen": where the words stand.
            written = self._written_in([*left, *right], outer.start)
            if written is not None and written.speaker is not None:
                return written
        for toks, so_within in ((left, len(left)), (right, _SO_REACH)):
            r = self._laut(toks, outer.start, so_within)
            if r is not None:
                return r
        # A cue in the sentence whose subject names the speaker; the clause nearest the quote first. The particle
        # of a verb before the quote may close the clause after it ("wies den Plan als „…“ zurück").
        trail = right[0].low if right and not right[0].cap and (len(right) == 1 or right[1].punct) else None
        r = self._relative_around(left, right, outer.start)
        if r is not None:
            return r
        r = self._clause(left, 0, len(left), outer.start, Way.SENTENCE, require_cue=True, trail=trail)
        if (r is None or r.speaker is None) and left and left[-1].low in ("als", "für"):
            # "sieht den Plan als „…“", "hält das für „…“": a verb of judging says what stands in marks after it.
            judged = self._clause(
                left, 0, len(left), outer.start, Way.SENTENCE, require_cue=True, trail=trail,
                cues=lexicon.judging_forms(),
            )
            r = judged if judged is not None and judged.speaker is not None else r
        if r is None or r.speaker is None:
            r = self._clause(right, 0, len(right), outer.start, Way.SENTENCE, require_cue=True) or r
            if r is not None and r.how in (Way.CARRY, Way.CUE):
                # „…“ für Moskau gedroht: the cue follows the quote, its subject opens the sentence.
                m = self._first_np(left, 0, len(left)) or _bare_subject(left)
                if m is not None:
                    found = self._resolve(m, r.cue, outer.start, Way.SENTENCE)
                    if found is not None:
                        return found
        return r

    def _bracketed(self, left: list[Tok], outer: Span) -> Attribution | None:
        """Words in marks alone in brackets right after a person or a role ("Eva Roth („…“) und ..."): theirs."""
        if len(left) < 2 or left[-1].text != "(" or not self.text[outer.end : outer.end + 2].lstrip().startswith(")"):
            return None
        m = self._np_before(left, len(left) - 1, allow_nonnom=True)
        if m is None or m.pronoun:
            return None
        found = self._resolve(m, None, outer.start, Way.SENTENCE)
        if found is None or found.type not in (MentionType.PERSON, MentionType.ROLE):
            return None
        # A person the article names, or a role noun ("ein Transparenzpaket („…“)" is a thing, whatever its shape).
        person = self.names.knows(m.words[-1]) or any(_first_name(w) for w in m.words)
        return found if person or lexicon.is_role(m.words[-1]) else None

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
                    return self._resolve(m, "laut", pos, Way.SENTENCE)
            elif low == "so" and i + 1 < n and 0 < i <= so_within and toks[i - 1].text == ",":
                if toks[i + 1].low in _LATTER:
                    # "so letztere": the person last named before the quote (the latter of two).
                    person = self._named_before(pos) or self.names.person_before(pos)
                    u = toks[i + 1]
                    return Attribution(person, u.text, Span(u.start, u.end), "so", Way.SENTENCE) if person else None
                m = self._np(toks, i + 1)
                if m is not None:
                    return self._resolve(m, "so", pos, Way.SENTENCE)
            elif low == "zufolge" and i > 0:
                m = self._np_before(toks, i, allow_nonnom=True)
                if m is not None:
                    return self._resolve(m, "zufolge", pos, Way.SENTENCE)
            elif low in _SOURCE_NOUNS and i + 1 < n and toks[i + 1].low in ("von", "des", "der", "vom"):
                found = self._source_noun(toks, i, pos)
                if found is not None:
                    return found
            elif low in ("hieß", "heißt") and i + 1 < n and toks[i + 1].low == "es":
                m = self._source(toks, i + 2) or self._source_before(toks, i)
                if m is not None:
                    return self._resolve(m, "hieß es", pos, Way.SENTENCE)
            elif low == "für" and i == 0 and n > 2:
                found = self._for_whom(toks, pos)
                if found is not None:
                    return found
        return None

    def _source_noun(self, toks: list[Tok], i: int, pos: int) -> Attribution | None:
        """"nach Angaben von X", "aus Sicht des Kremls", "Nach den Worten der Sprecherin, Eva Roth,": the owner
        of the source noun ``toks[i]`` (the name in its apposition, where one follows)."""
        prev = i - 1
        if prev > 0 and toks[prev].low in ("den", "der", "dem"):
            prev -= 1  # "nach den Worten des Ministers"
        if prev < 0 or toks[prev].low not in ("nach", "aus", "laut", "seiner", "ihrer"):
            return None
        j = i + 2 if toks[i + 1].low in ("von", "vom") else i + 1
        m = self._np(toks, j, allow_nonnom=True)
        if m is None:
            return None
        m = self._apposed(toks, m, len(toks))
        return self._resolve(m, f"{toks[prev].text} {toks[i].text}", pos, Way.SENTENCE)

    def _source_before(self, toks: list[Tok], i: int) -> Mention | None:
        """"Aus Paris hieß es": the source opening the sentence before "hieß es" (``toks[i]``)."""
        if i < 2 or toks[0].low not in ("aus", "von", "vom"):
            return None
        m = self._np(toks[:i], 1, allow_nonnom=True)
        return m if m is not None and m.end == toks[i - 1].end else None  # a place speaks for its government

    def _for_whom(self, toks: list[Tok], pos: int) -> Attribution | None:
        """"Für den Theologen Hans Kunz sei der Rücktritt „…“": the one for whom something is so, in reported
        speech or (a person) in the indicative ("Für die Ministerin ist das „…“"), holds that view."""
        before = self.text[max(0, toks[0].start - 3) : toks[0].start].rstrip(" \t")
        if before and before[-1] not in ".!?:\n":
            return None  # only "Für" opening its sentence ("„…“ für ein Verfahren sei" is no frame)
        m = self._np(toks, 1, allow_nonnom=True)
        if m is None or m.pronoun:
            return None
        k = _tok_index_after(toks, 1, m.end)
        if k >= len(toks) or toks[k].cap:
            return None
        copula = toks[k].low in lexicon.function_words()["copulas"]
        if not copula and not reported(toks[k].text):
            return None
        found = self._resolve(m, "für", pos, Way.SENTENCE)
        if found is None or found.type not in _SUBJECT_TYPES:
            return None
        # In the indicative ("Für den Minister ist die Lage „…“") only a person or a role holds a view; a bare
        # capitalized word is a person only where the article names it ("Für Europa war das Jahr „…“" is none).
        if not copula or found.type is MentionType.ROLE:
            return found
        return found if found.type is MentionType.PERSON and self.names.knows(m.words[-1]) else None

    def _colon(self, left_start: int, q_start: int) -> Attribution | None:
        text = self.text
        head = text[left_start:q_start].rstrip()
        if not head.endswith(":"):
            return None
        toks = tokenize(text, left_start, left_start + len(head) - 1)
        if _time_label(toks):
            return Attribution(None, how=Way.UNNAMED)  # "Die Frage der Woche lautet:": a label, not a speaker
        written = self._written_in(toks, q_start)
        if written is not None:
            return written
        r = self._clause(toks, 0, len(toks), q_start, Way.COLON, require_cue=True)
        if r is not None and r.speaker is not None:
            return r
        # "Für X ist klar:", "Laut X steht fest:": a source phrase names the speaker (before any carried one).
        source = self._laut(toks, q_start)
        if source is not None and source.speaker is not None:
            return source
        # No verb of saying: the clause right before the colon names the source (wo Augsteins Motto hängt:).
        last = _clause_start(toks, 0, len(toks))
        for k in range(len(toks) - 1, last, -1):
            if toks[k].text in ("–", "—"):  # a headline's parts: "Grödig empfängt Sturm – Graz-Coach Foda:"
                last = k + 1
                break
        m = self._first_np(toks, last, len(toks)) if last > 0 else None
        if m is not None:
            found = self._resolve(m, None, q_start, Way.COLON)
            if found is not None:
                return found
        if r is None and reported(head):
            return None  # "X sei Y zu Dank verpflichtet:": reported speech goes on; its reporter stands before
        return self._clause(toks, 0, len(toks), q_start, Way.COLON, require_cue=False)

    def _written_in(self, toks: list[Tok], pos: int) -> Attribution | None:
        """"In dem Antrag heißt es:", "Auf der Homepage steht:", "So heißt es in der Meldung:": the text where
        the words stand is their source (the author, where a genitive names one)."""
        k = next((i for i, t in enumerate(toks) if t.low in _WRITTEN_VERBS), -1)
        if k < 0 or (toks[k].low in ("heißt", "hieß") and (k + 1 >= len(toks) or toks[k + 1].low != "es")):
            return None
        after = self._source(toks, k + 2 if toks[k].low in ("heißt", "hieß") else k + 1)
        if after is not None:
            return self._resolve(after, "heißt es", pos, Way.COLON)
        j = 1 if toks and toks[0].low == "so" else 0
        if j < len(toks) and toks[j].low in _WRITTEN_PREPOSITIONS:
            m = self._np(toks, j + 1, allow_nonnom=True)
            if m is not None and m.end <= toks[k].start:
                return self._resolve(m, toks[k].text, pos, Way.COLON)
        return None


# "so letztere": the latter of two named before.
_LATTER = frozenset(("letztere", "letzterer", "letzteres"))


#: How far after a quote ", so X" may stand to name its speaker (tokens).
_SO_REACH = 3
