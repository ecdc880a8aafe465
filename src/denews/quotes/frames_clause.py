"""The clause frame: a verb of saying and the phrase that names its subject (before the verb, after it,
a subject before its apposition or relative clause, the one cited by "zitieren")."""

from __future__ import annotations

import attrs

from ..model import Span
from . import lexicon, mentions
from .coreference import Attribution
from .grammar import (
    _CITING,
    _NAMING_VERBS,
    _POSSESSIVE,
    _SUBJECT_TYPES,
    Mention,
    _clause_end,
    _clause_start,
    _dative_medium,
    _has_particle,
    _oblique_feminine,
    _passive,
    _skip_apposition,
    _tok_index_after,
)
from .name_table import _first_name
from .phrase_parts import _past_prepositional_phrase
from .phrases import PhraseReader
from .tokens import (
    CLAUSE_BREAK,
    DETERMINERS,
    PREPOSITIONS,
    Tok,
)
from .ways import Way


class ClauseFrames(PhraseReader):
    """The speaker of a clause with a verb of saying: its subject, read from the phrases around the verb."""

    def _clause(
        self, toks: list[Tok], lo: int, hi: int, pos: int, how: Way, *, require_cue: bool, trail: str | None = None,
        cues: dict[str, lexicon.Cue] | None = None,
    ) -> Attribution | None:
        """The speaker of a clause: the subject next to its verb of saying (or its first subject). ``trail``: the
        word closing the sentence right after the quote, which may be the particle of a verb before it ("wies den
        Plan als „…“ zurück"). ``cues``: the verbs to read (the verbs of saying by default)."""
        cues = lexicon.cue_forms() if cues is None else cues
        phrases = lexicon.cue_phrases()
        best: Attribution | None = None
        # The cue nearest the quote wins; in the sentence before a quote, the main clause (the first cue).
        backward = how not in (Way.AFTER, Way.PREVIOUS) and toks and toks[-1].end <= pos
        order = range(hi - 1, lo - 1, -1) if backward else range(lo, hi)
        for c in order:
            t = toks[c]
            cue = None if t.cap else cues.get(t.low)
            if cue is None:
                continue
            if cue.particle is not None and not _has_particle(toks, c, hi, cue.particle) and cue.particle != trail:
                # "wies" is the form of several particle verbs (hinweisen, zurückweisen): the particle closing the
                # sentence after the quote picks one ("wies den Plan als „…“ zurück"; not "wies zurück, dass „…“").
                cue = next((v for v in lexicon.cue_variants().get(t.low, ()) if v.particle == trail), None)
                if cue is None:
                    continue
            if _passive(toks, c, lo, hi):
                continue  # "als »Nazi-Schwein« beschimpft worden": the subject is addressed, not speaking
            clo = _clause_start(toks, lo, c)
            chi = _clause_end(toks, c, hi)
            if backward and _closed_relative_clause(toks, lo, clo, chi, hi):
                continue  # "X kritisierte Y, der zum Boykott aufgerufen hat, als „…“": the verb of another clause
            # "X, die Sprecherin des Vereins, warnte die CDU": the subject whose apposition ends right before the
            # verb comes first (after the verb stands its object); else the verb's own phrases, then the others.
            found_or_unnamed = (
                self._fronted(toks, lo, c, cue, pos, how, exact=True)
                or self._front_field(toks, lo, c, cue, pos, how)
                or self._relative(toks, lo, c, cue, pos, how, first=True)
                or self._subject_of(toks, c, clo, chi, cue, pos, how)
                or self._fronted(toks, lo, c, cue, pos, how)
            )
            if found_or_unnamed is not None:
                return found_or_unnamed
            if best is None:
                # A cue without a subject of its own: the speaker carried over, or only the cue (how "cue").
                carried = self._carry(pos, Way.CARRY)
                cue_text = self._cue_text(toks, c, cue)
                best = attrs.evolve(carried, cue=cue_text) if carried else Attribution(None, cue=cue_text, how=Way.CUE)
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
        self, toks: list[Tok], c: int, clo: int, chi: int, cue: lexicon.Cue, pos: int, how: Way
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
            oblique = _oblique_feminine(mention) if mention is not None else False
            if mention is None or mention.start in tried or (oblique and (step > 0 or cue.lemma != _CITING)):
                continue
            tried.add(mention.start)
            found = self._resolve(mention, cue_text, pos, how)
            if found is not None:
                return found
            if mention.det in _POSSESSIVE:
                # "dessen Chef sagt": someone the article does not name; the quote stays unattributed.
                span = Span(mention.start, mention.end)
                return Attribution(None, self.text[span.start : span.end], span, cue_text, Way.UNNAMED)
            if mention.pronoun:
                # A pronoun whose person is unknown: no other phrase is the subject; the speaker carried over
                # from the quote before is the best guess, the pronoun stays the mention.
                span = Span(mention.start, mention.end)
                carried = self._carry(pos, Way.CARRY) or Attribution(None, how=Way.CUE)
                return attrs.evolve(carried, mention=self.text[span.start : span.end], mention_span=span, cue=cue_text)
        return None

    def _fronted(
        self, toks: list[Tok], lo: int, c: int, cue: lexicon.Cue, pos: int, how: Way, *, exact: bool = False
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
            m = self._apposed(toks, m, c)  # "Die Vorsitzende des Vereins, Eva Roth, sagte": the name
            found = self._resolve(m, self._cue_text(toks, c, cue), pos, how)
            return found if found is not None and found.type in _SUBJECT_TYPES else None
        if self._relative_subject(toks, lo, c) is not None:
            return self._relative(toks, lo, c, cue, pos, how)
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

    def _relative(
        self, toks: list[Tok], lo: int, c: int, cue: lexicon.Cue, pos: int, how: Way, *, first: bool = False
    ) -> Attribution | None:
        """The noun a relative pronoun opening the verb's clause stands for, as the speaker ("Demonstranten, die
        skandierten:"); the pronoun is the mention. ``first``: tried before the clause's other phrases, where the
        pronoun is the subject by its case ("ein Kommentar, der die Wahl als „…“ bezeichnet") or the phrase after
        it names no one who speaks ("der Verband, die die Sperrung als „…“ sieht")."""
        relative = self._relative_subject(toks, lo, c)
        if relative is None:
            return None
        k = _clause_start(toks, lo, c)
        rel = toks[k]
        if first:
            nxt = self._np(toks[:c], k + 1, allow_nonnom=True) if k + 1 < c else None
            if nxt is None or (rel.low not in _NOMINATIVE_RELATIVES and self._speaks(nxt, pos)):
                return None  # "die Stadt, die der Minister als „…“ bezeichnete": the minister may be the subject
        found = self._resolve(relative, self._cue_text(toks, c, cue), pos, how)
        if found is None or found.type not in _SUBJECT_TYPES:
            return None
        # The relative pronoun is the subject of the cue's clause: it is the mention, the noun its speaker.
        return attrs.evolve(found, mention=rel.text, mention_span=Span(rel.start, rel.end))

    def _relative_around(self, left: list[Tok], right: list[Tok], pos: int) -> Attribution | None:
        """The quote stands in a relative clause whose verb of saying (or of judging, after "als"/"für") closes
        it after the quote: "der Verband, der die Sperrung als „…“ bezeichnet": the noun the pronoun stands
        for is the speaker, the pronoun the mention (with the case rule of :meth:`_relative`)."""
        k = _clause_start(left, 0, len(left))
        if not (2 <= k < len(left) and left[k - 1].text == "," and left[k].low in _RELATIVE_PRONOUNS):
            return None
        if not left[k - 2].cap or left[k - 2].punct:
            return None  # the pronoun follows a noun
        end = _clause_end(right, -1, len(right))
        while end > 0 and right[end - 1].punct:
            end -= 1  # the full stop
        if end == 0:
            return None
        verb = right[end - 1].low
        forms = lexicon.judging_forms() if left[-1].low in ("als", "für") else {}
        cue = lexicon.cue_forms().get(verb) or forms.get(verb)
        if cue is None or right[end - 1].cap:
            return None
        toks = [*left, right[end - 1]]
        found = self._relative(toks, 0, len(left), cue, pos, Way.SENTENCE, first=True)
        return attrs.evolve(found, cue=right[end - 1].text) if found is not None else None

    def _speaks(self, m: Mention, pos: int) -> bool:
        """``m`` names a person, a role or stands for one (a pronoun)."""
        if m.pronoun:
            return True
        found = self._resolve(m, None, pos, Way.SENTENCE)
        return found is not None and found.type in (mentions.MentionType.PERSON, mentions.MentionType.ROLE)

    def _front_field(
        self, toks: list[Tok], lo: int, c: int, cue: lexicon.Cue, pos: int, how: Way
    ) -> Attribution | None:
        """The subject that fills the front field before the verb ``toks[c]`` of a main clause: a phrase in the
        nominative opening the sentence, followed only by what a front field may hold after its noun (an
        apposition, a bracket, a relative clause, a genitive, a prepositional attribute, a second name joined
        by "und"/"sowie"). The phrase after the verb is then its object: "Anna Berg, die Landrätin, warnte
        die Partei vor „…“", "Paul Roth kritisierte die Pläne der Stadt als „…“"."""
        if cue.lemma == _CITING:
            return None  # "X zitiert Y": Y speaks
        s = lo + 1 if toks[lo].low == "wie" else lo  # "Wie die Ministerin, Eva Roth, erklärte": the same order
        while s < c - 1 and toks[s].low in _OPENING_ADVERBS:
            s += 1
        # A second main clause after a comma: "X wies das zurück, die Sprecherin der Partei, Y, erklärte:".
        seconds = (
            p + 1 for p in range(c - 2, s, -1)
            if toks[p].text == "," and toks[p - 1].text.isalpha() and not toks[p - 1].cap
            and toks[p + 1].low in ("der", "die", "das")
        )
        for start in (s, *seconds):
            found = self._front_at(toks, start, c, cue, pos, how)
            if found is not None:
                return found
        return None

    def _front_at(
        self, toks: list[Tok], s: int, c: int, cue: lexicon.Cue, pos: int, how: Way
    ) -> Attribution | None:
        """The subject opening at ``toks[s]`` that fills the front field up to the verb ``toks[c]``."""
        m = self._np(toks[:c], s) if s < c else None
        if m is None or m.start != toks[s].start or not self._resolvable(m) or (not m.pronoun and _dative_medium(m)):
            return None  # "Passend zu ... warnte": no phrase that names someone
        end, name = self._past_attributes(toks, _tok_index_after(toks, s, m.end), c)
        if end < c and toks[end].low in _FINITE_AUXILIARIES and _no_break(toks, end, c):
            end = c  # "Roth lässt über ihren Anwalt mitteilen": the finite verb of the cue's cluster follows
        if end != c or _plural_before_singular(toks, s, c):
            return None
        if name is not None and not m.pronoun and not self.names.knows(m.words[-1]):
            # "Die Sprecherin der Grünen, Jana Krüger, sagte": the name in the apposition is who the role is.
            m = Mention(m.start, name.end, name.words, None)
        found = self._resolve(m, self._cue_text(toks, c, cue), pos, how)
        return found if found is not None and found.type in (*_SUBJECT_TYPES, mentions.MentionType.PRONOUN) else None

    def _apposed(self, toks: list[Tok], m: Mention, hi: int) -> Mention:
        """``m`` with the name its apposition gives ("der Sprecherin der Fraktion, Eva Roth,"), else ``m``."""
        if m.pronoun or self.names.knows(m.words[-1]):
            return m
        k = _tok_index_after(toks, 0, m.end)
        if k >= hi or toks[k].text != ",":
            return m
        _, name = self._past_attributes(toks, k, min(hi, _skip_apposition(toks, k)))
        return Mention(m.start, name.end, name.words, None) if name is not None else m

    def _past_attributes(self, toks: list[Tok], k: int, c: int) -> tuple[int, Mention | None]:
        """The index after what follows a noun inside its phrase, from ``toks[k]`` up to ``c`` at most, and the
        first apposition that is a person's name."""
        name: Mention | None = None
        while k < c:
            t = toks[k]
            if t.text in (",", "("):
                e = _skip_apposition(toks, k)
                if e == k:
                    return k, name
                inner = self._np(toks[: e - 1], k + 1) if t.text == "," and name is None else None
                after = _tok_index_after(toks, k + 1, inner.end) if inner is not None else e
                known = inner is not None and (self.names.knows(inner.words[-1]) or _first_name(inner.words[0]))
                if inner is not None and known and e - 1 in (after, _skip_apposition(toks, after)):
                    name = inner  # ", Heiner Vogt," or ", Heiner Vogt (SPD),"
                # The comma closing one apposition may open the next (", Gründer der Stiftung, Karl Brenner,").
                k = e - 1 if toks[e - 1].text == "," and e < c else e
            elif t.low in PREPOSITIONS and not t.cap:
                k = _past_prepositional_phrase(toks, k, c)
            elif t.low in ("des", "der", "und", "sowie") and k + 1 < c:
                g = self._np(toks[:c], k + 1 if t.low in ("und", "sowie") else k, allow_nonnom=True)
                if g is None:
                    return k, name
                k = _tok_index_after(toks, k, g.end)
            else:
                return k, name
        return k, name

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
        # The noun with its genitive ("der Vorsitzende des Vereins, der ..."): the phrase reaching the comma
        # from furthest back.
        for g in range(max(lo, s - 6), s):
            if toks[g].cap or toks[g].low in DETERMINERS:
                m = self._np(toks[:end], g, allow_nonnom=True)
                if m is not None and m.end == toks[end - 1].end and "|" in m.words:
                    return m
        return self._np(toks[:end], s, allow_nonnom=True)

    def _cited(self, toks: list[Tok], c: int, clo: int, chi: int) -> Mention | None:
        """Who is cited by an active "zitieren": its object, not its subject (a medium, as a rule): "Ein Radiosender
        zitierte die Ministerin mit dem Satz:", "zitiert die Zeitung einen Augenzeugen"."""
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

    def _cue_text(self, toks: list[Tok], c: int, cue: lexicon.Cue | None) -> str:
        word = toks[c].text
        if cue is not None and cue.particle is not None:
            return f"{word} {cue.particle}"
        return word


# Adverbs that may open a sentence before its subject.
_OPENING_ADVERBS = frozenset(("auch", "so", "dabei", "zudem", "außerdem", "ebenso", "ebenfalls", "nun", "jetzt"))


def _no_break(toks: list[Tok], a: int, b: int) -> bool:
    """No comma, bracket or clause opener between ``toks[a]`` and ``toks[b]`` (one clause)."""
    return not any(t.text in (",", ";", ":", "(", ")") or t.low in CLAUSE_BREAK for t in toks[a + 1 : b])


def _closed_relative_clause(toks: list[Tok], lo: int, clo: int, chi: int, hi: int) -> bool:
    """The clause ``toks[clo:chi]`` is a relative clause closed by a comma before the quote's part of the
    sentence goes on."""
    return lo < clo < hi and toks[clo - 1].text == "," and toks[clo].low in _RELATIVE_PRONOUNS and (
        chi < hi - 1 and toks[chi].text == ","
    )


def _plural_before_singular(toks: list[Tok], s: int, c: int) -> bool:
    """The front field is plural by its relative clause ("Die Mönche, die ... hatten,") and the verb singular
    ("beschrieb"): the phrase is the object, the subject follows the verb."""
    if toks[c].low.endswith("en") or c - 2 <= s or toks[c - 1].text != ",":
        return False
    k = _clause_start(toks, s, c - 1)
    verb = toks[c - 2].low
    return k > s and toks[k].low == "die" and (verb.endswith("en") or verb in _PLURAL_BE)


#: The finite verbs of a verb cluster (lassen, modals, perfect and future auxiliaries).
_FINITE_AUXILIARIES = lexicon.function_words()["finite_auxiliaries"]
#: Plural forms of "sein" that end a relative clause ("die dort sind,").
_PLURAL_BE = frozenset(("sind", "waren"))
# Relative pronouns that open a clause after a comma ("die Demonstranten, die skandierten").
_RELATIVE_PRONOUNS = frozenset(("der", "die", "das", "welche", "welcher"))
# Relative pronouns in the nominative as a rule ("der" after a masculine noun; "welcher").
_NOMINATIVE_RELATIVES = frozenset(("der", "welcher"))
