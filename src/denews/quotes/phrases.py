"""Noun phrases around a cue: articles, adjectives, names, genitives, appositions, names in marks."""

from __future__ import annotations

from . import lexicon, mentions
from .coreference import Coreference
from .grammar import (
    _ADJ_END,
    _AGE_NOUN,
    _CLOCK_WORDS,
    _CLOSE_MARKS,
    _DOCUMENTS,
    _GENERIC_HEADS,
    _GROUP_HEADS,
    _NOT_SUBJECT_AFTER,
    _OPEN_MARKS,
    _PERSON_SUFFIXES,
    _PROPER_ADJECTIVE,
    _SINGULAR_DETS,
    _SOURCE_NOUNS,
    Mention,
    _dative_end,
    _person_word,
    _tok_index_after,
)
from .name_table import _first_name
from .phrase_parts import _article, _one_of, _past_prepositional_phrase
from .tokens import (
    CLAUSE_BREAK,
    DETERMINERS,
    NAME_PARTICLES,
    NON_NOMINATIVE,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    Tok,
)


class PhraseReader(Coreference):
    """Noun phrases of a clause read from its tokens: the phrase at a position, before a verb, after it, and
    the first phrase of a clause that names someone who can speak."""

    def _np(self, toks: list[Tok], i: int, *, allow_nonnom: bool = False) -> Mention | None:
        """The noun phrase starting at ``toks[i]`` (article, adjectives, capitalized words)."""
        n = len(toks)
        if i >= n:
            return None
        t = toks[i]
        if (t.low in SUBJECT_PRONOUNS and not t.cap) or (t.low in SUBJECT_PRONOUNS and i == 0):
            return Mention(t.start, t.end, (t.text,), None, True)
        one = _one_of(toks, i)
        if one is not None:
            return one
        named = self._article_of_name(toks, i)
        opened = _article(toks, i, named, allow_nonnom)
        if opened is None:
            return None
        det, j = opened
        quoted = self._quoted_name(toks, j, i)
        if quoted is not None:
            return quoted
        k = self._name_run(toks, j + 1 if named else j, j, det)  # a name's article is one of its words
        if k == j:
            return None
        pair = self._pair(toks, i, j, k, det)
        if pair is not None:
            return pair
        words = tuple(u.text for u in toks[j:k])
        led = self._led_by(toks, j, k, det)
        if led is not None:
            return Mention(toks[i].start, toks[led - 1].end, tuple(u.text for u in toks[k + 1 : led]), det)
        owned = self._with_genitive(toks, i, j, k, det, words)
        return owned or Mention(toks[i].start, toks[k - 1].end, words, det)

    def _article_of_name(self, toks: list[Tok], i: int) -> bool:
        """A capitalized article after a word inside the sentence opens a name: "titelt Der Bund", "so Die
        Zeit"."""
        t, n = toks[i], len(toks)
        return (
            t.low in ("der", "die", "das")
            and t.cap
            and i > 0
            and not toks[i - 1].punct
            and "\n" not in self.text[toks[i - 1].end : t.start]  # a line start is a sentence start too
            and i + 1 < n
            and toks[i + 1].cap
            and not toks[i + 1].punct
        )

    def _name_run(self, toks: list[Tok], k: int, j: int, det: str | None) -> int:
        """The end of the capitalized words (with titles and name particles) from ``toks[k]``; ``j`` is where
        the words after the article begin."""
        n = len(toks)
        while k < n:
            u = toks[k]
            known = self.names.knows(u.text)
            # A surname that is also a function word stands before punctuation or an article: "so Weil."
            alone = (
                k == j
                and k > 0
                and not toks[k - 1].punct
                and (k + 1 == n or toks[k + 1].punct or toks[k + 1].low in DETERMINERS)
            )
            if (
                (u.cap and not u.punct and (u.low not in lexicon.stopwords() or known or alone))
                or u.low in ("dr", "prof")
                or (k == j and det is not None and _AGE_NOUN.fullmatch(u.text))
                or (u.text == "." and k > j and toks[k - 1].low in ("dr", "prof") and k + 1 < n and toks[k + 1].cap)
            ):
                k += 1  # "Dr. Heino Stoever": the title's full stop stays inside the name
                continue
            p = k
            while p < n and toks[p].low in NAME_PARTICLES and p - k < 2:
                p += 1
            if p > k and p < n and toks[p].cap and not toks[p].punct:
                if u.low in DETERMINERS and k > j:
                    break  # "Allendorf der Frankfurter Allgemeinen": a new phrase
                if k > j and lexicon.is_role(toks[k - 1].text) and any(t.low in DETERMINERS for t in toks[k:p]):
                    break  # "die Vorsitzende von der Initiative": a role's attribute, no "von der Leyen"
                if k == j and not self.names.knows(toks[p].text):
                    break  # "da der Richter", "die von der Stiftung": particles open a name the article knows
                named = self.names.knows(toks[k - 1].text) or _first_name(toks[k - 1].text)
                if k > j and u.low in ("von", "vom", "zu", "zum", "zur") and not named:
                    break  # "die Expertin von Bündnis 90": after a noun, "von" opens its attribute
                k = p + 1
            else:
                break
        return k

    def _pair(self, toks: list[Tok], i: int, j: int, k: int, det: str | None) -> Mention | None:
        """"nennen Bund und Länder": two bodies speaking together, named as one speaker."""
        n = len(toks)
        if (
            det is None
            and k + 1 < n
            and toks[k].low == "und"
            and toks[k + 1].cap
            and not toks[k + 1].punct
            and toks[k + 1].low not in lexicon.stopwords()
            and k - j == 1
            and not self.names.knows(toks[j].text)
            and not self.names.knows(toks[k + 1].text)
            and (k + 2 >= n or not toks[k + 2].cap)
        ):
            return Mention(toks[i].start, toks[k + 1].end, (f"{toks[j].text} und {toks[k + 1].text}",), det)
        return None

    def _with_genitive(
        self, toks: list[Tok], i: int, j: int, k: int, det: str | None, words: tuple[str, ...]
    ) -> Mention | None:
        """A generic head with a genitive: "ein Anwalt der Kanzlei Höcker", "Sprecher des Bundestages"; also a
        head that names no one: "das Ziel der Initiative", "die Meinung vieler Zuschauer" (the words after
        ``"|"`` are the genitive)."""
        n = len(toks)
        if not (
            k - j == 1
            and k < n
            and toks[k].low in ("des", "der", "vieler", "einiger", "mehrerer", "von", "vom")
            and (
                toks[j].low in _GENERIC_HEADS or lexicon.is_role(toks[j].text) or not self._names_someone(toks[j].text)
            )
        ):
            return None
        # "das Fazit von Anna Roth": "von" with a name is a genitive too.
        by = toks[k].low in ("von", "vom")
        g = self._np(toks, k + 1 if by else k, allow_nonnom=True)
        if g is None or (by and not self._names_someone(g.words[-1])):
            return None
        if toks[k].low == "der" and mentions.is_media(g.words[-1]):
            # "sagte der Politiker der Tageszeitung taz": a medium after the speaker is the addressee (a dative),
            # not a genitive.
            return Mention(toks[i].start, toks[k - 1].end, words, det)
        # The genitive with adjectives of places: "des rheinland-pfälzischen Umweltministeriums".
        starts = (q for q in range(k + 1, n) if toks[q].start >= g.start and toks[q].text == g.words[0])
        first = next(starts, k + 1)
        adjs = tuple(u.text for u in toks[k + 1 : first] if _PROPER_ADJECTIVE.fullmatch(u.text))
        return Mention(toks[i].start, g.end, (*words, "|", *adjs, *g.words), det)

    def _quoted_name(self, toks: list[Tok], j: int, i: int) -> Mention | None:
        """A name in marks after its article, a medium as a rule: "schreibt die „Computerwoche“", "schrieb
        „Die Zeit“" (the words between the marks, capitalized, are the name)."""
        n = len(toks)
        if j >= n or toks[j].text not in _OPEN_MARKS:
            return None
        e = j + 1
        while e < n and e - j <= 5 and toks[e].text not in _CLOSE_MARKS:
            e += 1
        words = tuple(t.text for t in toks[j + 1 : e] if not t.punct)
        if e >= n or not words or not words[0][:1].isupper() or len(words) != e - j - 1:
            return None
        return Mention(toks[i].start, toks[e].end, words, toks[i].low if i < j else None)

    def _led_by(self, toks: list[Tok], j: int, k: int, det: str | None) -> int | None:
        """The end of the name in "Forscher um Aneta Afelt" (a group speaking through the one who leads it),
        given the head ``toks[j:k]`` and its article; None if the phrase is no such group."""
        n = len(toks)
        if not (k - j == 1 and k + 1 < n and toks[k].low == "um" and toks[k + 1].cap and not toks[k + 1].punct):
            return None
        if toks[k + 1].low in _CLOCK_WORDS:
            return None  # "rief der Bürgermeister um Punkt Mitternacht": a time
        head = toks[j].low
        if head not in _GROUP_HEADS:
            # A person noun leads only in the plural: "Forscher um", "die Ärzte um", not "der Bürgermeister um".
            # "der" after a noun is a genitive plural ("Angaben der Ermittler um"), after a verb a singular
            # subject ("sagte der Sprecher um").
            singular_der = det == "der" and (j < 2 or not toks[j - 2].cap or toks[j - 2].punct)
            if det in _SINGULAR_DETS or singular_der or (head.endswith("in") and not head.endswith("innen")):
                return None
            if not (head.endswith(_PERSON_SUFFIXES) or lexicon.is_role(toks[j].text)):
                return None
        e = k + 1
        while e < n and e - k <= 4 and toks[e].cap and not toks[e].punct and toks[e].low not in DETERMINERS:
            e += 1
        # A name: two capitalized words at least, or one the name table knows ("um Afelt").
        return e if e - (k + 1) >= 2 or self.names.knows(toks[k + 1].text) else None

    def _names_someone(self, word: str) -> bool:
        return self.names.knows(word) or lexicon.is_role(word) or lexicon.is_institution(word)

    def _np_after_verb(self, toks: list[Tok], i: int, hi: int | None = None) -> Mention | None:
        """The subject after a verb in inverted order, past adverbs and prepositional phrases."""
        hi = len(toks) if hi is None else hi
        j = i
        steps = 0
        while j < hi and steps < 8:
            t = toks[j]
            if (t.punct and t.text not in _OPEN_MARKS) or t.text in CLAUSE_BREAK:
                return None
            if t.low in NAME_PARTICLES and j + 1 < hi:
                m = self._np(toks[:hi], j)  # "sagte von der Leyen"
                if m is not None and self.names.knows(m.words[-1]):
                    return m
            if t.low in PREPOSITIONS:
                j = self._past_phrase(toks, j, hi)
                steps += 1
                continue
            after = _dative_end(toks, j, hi)
            if after is not None:
                # "sagte der Süddeutschen Zeitung", "sagte dem Sender": the addressee; the subject may follow.
                j, steps = after, steps + 1
                continue
            m = self._np(toks[:hi], j)
            head = m.words[m.words.index("|") - 1] if m is not None and "|" in m.words else ""
            if m is not None and head and head.lower() not in _SOURCE_NOUNS and not mentions.can_speak(head):
                # "kritisierte die Entscheidung der Behörde scharf": a thing with its owner is the object
                # ("lautete die Meinung vieler Zuschauer": words of someone name their speaker).
                j, steps = max(j + 1, _tok_index_after(toks, j, m.end)), steps + 1
                continue
            if m is not None:
                return m
            if t.cap or t.low in NON_NOMINATIVE:
                return None
            j += 1
            steps += 1
        return None

    def _past_phrase(self, toks: list[Tok], j: int, hi: int) -> int:
        """The index after the prepositional phrase at ``toks[j]`` before a subject, which may follow its noun at
        once ("sagte am Montag Anna Roth"); a genitive is part of it ("am Rande des Treffens die Ministerin")."""
        end = _past_prepositional_phrase(toks, j, hi)
        noun = next((k for k in range(j + 1, end) if toks[k].cap), end)
        for k in range(noun + 1, end):
            word = toks[k].text
            if self.names.knows(toks[k].low) or _first_name(word) or lexicon.is_role(word):
                return k
        if end + 1 < hi and toks[end].low == "des" and toks[end + 1].cap:
            return self._past_phrase(toks, end, hi)
        return end

    def _np_before(self, toks: list[Tok], c: int, lo: int = 0, *, allow_nonnom: bool = False) -> Mention | None:
        """The noun phrase ending right before ``toks[c]`` (``Relotius schreibt``, ``der Kreml teilte``)."""
        k = c - 1
        if k >= lo + 3 and toks[k].text == ",":
            # An apposition before the verb: "die Sprecherin des Rathauses, Anna Berg, sagte".
            e = k
            s = e
            while s - 1 >= lo and toks[s - 1].cap and not toks[s - 1].punct and e - s < 3:
                s -= 1
            if (
                e - s >= 2
                and s - 1 >= lo
                and toks[s - 1].text == ","
                and (self.names.knows(toks[e - 1].text) or _first_name(toks[s].text))  # ", Ruth Albers,"
            ):
                return Mention(toks[s].start, toks[e - 1].end, tuple(t.text for t in toks[s:e]), None)
        if k < lo or not toks[k].cap or toks[k].punct:
            if k >= lo and toks[k].low in SUBJECT_PRONOUNS:
                return Mention(toks[k].start, toks[k].end, (toks[k].text,), None, True)
            return None
        j = k
        while j - 1 >= lo and ((toks[j - 1].cap and not toks[j - 1].punct) or toks[j - 1].low in NAME_PARTICLES):
            if toks[j - 1].low in DETERMINERS:
                break
            j -= 1
        while (
            j - 1 >= lo and not toks[j - 1].cap and toks[j - 1].low.endswith(_ADJ_END)
            and toks[j - 1].text.replace("-", "").isalpha()  # "der englisch-sprachigen Zeitung"
        ):
            if toks[j - 1].low in DETERMINERS or toks[j - 1].low in PREPOSITIONS:
                break
            j -= 1
        start = j
        if j - 1 >= lo and toks[j - 1].low in DETERMINERS:
            start = j - 1
            head = start - 1
            if toks[start].low in ("des", "der") and head >= lo and toks[head].cap and not toks[head].punct:
                # A genitive after its head: "Die Journalistin des Kurier fasste zusammen".
                if head - 1 >= lo and toks[head - 1].low in DETERMINERS and toks[head - 1].low not in NON_NOMINATIVE:
                    head -= 1
                if head == lo or toks[head - 1].punct or toks[head - 1].low in ("und", "so", "laut"):
                    m = self._np(toks[: k + 1], head)
                    if m is not None and m.end == toks[k].end:
                        return m
            if toks[start].low in NON_NOMINATIVE and not allow_nonnom:
                return None
            prev = toks[start - 1] if start - 1 >= lo else None
            genitive = toks[start].low in ("der", "des") and prev is not None and prev.cap and not prev.punct
            if genitive and not allow_nonnom:
                return None  # "im Interview der Woche sagte sie": a genitive after its noun is no subject
        if start - 1 >= lo and (toks[start - 1].low in PREPOSITIONS or toks[start - 1].low in _NOT_SUBJECT_AFTER):
            return None  # "zwischen Rom und Paris verhandelt", "als Kanzlerin lobte er": no subject
        if start - 1 >= lo and toks[start - 1].cap and toks[start - 1].low in DETERMINERS:
            start -= 1
        return self._np(toks[: k + 1], start, allow_nonnom=allow_nonnom)

    def _first_np(self, toks: list[Tok], lo: int, hi: int) -> Mention | None:
        """The first noun phrase of a clause that resolves to someone (skipping prepositional phrases)."""
        j = lo
        while j < hi:
            t = toks[j]
            if t.low in PREPOSITIONS:
                j = _past_prepositional_phrase(toks, j, hi)
                continue
            if t.text in CLAUSE_BREAK:
                return None
            m = self._np(toks[:hi], j)
            if m is not None:
                # "im Bezirk Nord der Partei": "der" after a noun opens its genitive, no subject.
                prev = toks[j - 1] if j > lo else None
                genitive = (
                    t.low in ("der", "des") and prev is not None and prev.cap and not prev.punct
                    and prev.low not in lexicon.stopwords()  # "Wie der Minister erklärte"
                )
                if not genitive and self._resolvable(m) and (m.pronoun or self._can_speak(m)):
                    return m
                j = max(j + 1, _tok_index_after(toks, j, m.end))
                continue
            if t.low in NON_NOMINATIVE:
                # "Den Unmut der Partei brachte ...": a phrase in another case, its genitive included, is no
                # subject.
                other = self._np(toks[:hi], j, allow_nonnom=True)
                j = max(j + 1, _tok_index_after(toks, j, other.end)) if other is not None else j + 1
                continue
            j += 1
        return None

    def _source(self, toks: list[Tok], i: int) -> Mention | None:
        """``hieß es aus dem Kreml`` / ``in einer Erklärung des Ministeriums``: the last named source."""
        best: Mention | None = None
        document: Mention | None = None  # "in einer Verfügung": the source where no author is named
        j = i
        while j < len(toks) and j < i + 10:
            t = toks[j]
            if t.punct:
                break
            if t.low in ("aus", "von", "vom", "des", "der", "im", "beim", "bei"):
                m = self._np(toks, j + 1 if t.low not in ("des", "der") else j, allow_nonnom=True)
                if m is not None and self._resolvable(m):
                    best = m
            elif t.low == "in" and j + 2 < len(toks) and toks[j + 1].low in ("einer", "der", "einem", "dem"):
                d = toks[j + 2]
                if d.cap and (d.low in _DOCUMENTS or d.low.rsplit("-", 1)[-1] in _DOCUMENTS):
                    # With a genitive the author speaks: "in einer Mitteilung des Ministeriums".
                    document = self._np(toks, j + 2, allow_nonnom=True)
            j += 1
        return best or document

    def _can_speak(self, m: Mention) -> bool:
        """The phrase resolves to someone who can speak ("Die Anwendung der Regel" names no one)."""
        speaker = self._speaker(m, m.start)
        return speaker is not None and mentions.can_speak(speaker, self.names.knows)

    def _resolvable(self, m: Mention) -> bool:
        if m.pronoun:
            return True
        words = [w for w in m.words if w != "|"]
        if any(self.names.knows(w) or self.names.knows(w.rstrip("s")) for w in words):
            return True
        if any(lexicon.is_role(w) or lexicon.is_institution(w) for w in words):
            return True
        if len(words) == 1 and m.det is not None and _AGE_NOUN.fullmatch(words[0]):
            return True
        if len(words) == 1 and m.det is not None and words[0].isalpha() and words[0].isupper() and len(words[0]) > 1:
            return True  # "die CDE": an acronym with its article names a body
        if m.det is not None and words and (
            _person_word(words[-1]) or mentions.type_of(words[-1:]) is mentions.MentionType.COLLECTIVE
        ):
            return True  # "der Randalierer", "der 23-jährige Sportler", "die Ärzte": a description of people
        return len(words) >= 2 and all(w[:1].isupper() for w in words)

