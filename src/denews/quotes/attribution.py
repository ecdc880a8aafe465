"""Who said it: cues of saying, the attribution patterns, and the mention at the attribution.

Patterns, tried in this order for each quote:
1. quote-cue-speaker after the quote: ``„…“, sagte Trump.`` / ``„…“, so Weil.`` / ``„…“, hieß es aus X``;
2. speaker-cue-colon-quote: ``Trump sagte: „…“`` (the clause before a colon);
3. in the sentence: ``laut X``, ``X zufolge``, ``nach Angaben von X``, a cue whose subject names the speaker
   (``Trump sprach davon, dass das Treffen „hochproduktiv“ verlaufen sei``);
4. a quote standing alone takes the speaker of the quote or the attributed sentence before it.
"""

from __future__ import annotations

import attrs
import regex

from ..model import Span
from . import lexicon, mentions
from .classify import reported
from .names import NameTable
from .tokens import (
    CLAUSE_BREAK,
    DETERMINERS,
    NAME_PARTICLES,
    NON_NOMINATIVE,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    Tok,
    tokenize,
)

# A sentence ends at . ! ? (not after an ordinal or an abbreviation: "am 30. März", "Dr. Geicke"; a year of four
# digits ends one: "vor 1933. Dabei").
_SENT_END = regex.compile(
    r"(?<!\b(?:\d{1,3}|\p{L}|Dr|Prof|Nr|St|ca|bzw|vgl|Abs|Art|Mio|Mrd|Jh|usw|etc|ggf|inkl|z\.\s?B|u\.\s?a))"
    r"[.!?…][“”\"«»‘’']?\s+(?=[\p{Lu}„“\"»«‚(\d])|[.!?]\s*$"
)
_FW = lexicon.function_words()
_SOURCE_NOUNS = _FW["source_nouns"]
_PERSON_SUFFIXES = tuple(_FW["person_suffixes"])
_COORDINATION = lexicon.function_words()["coordination"]
_GAP_WORD = regex.compile(r"[\p{L}\p{M}]++")
# An indefinite article, up to two adjectives, and the noun (eine Frau, ein junger Polizist).
_INDEFINITE_NOUN = regex.compile(
    r"\b(?:[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner)\s++(?:\p{Ll}[\p{L}-]*+\s++){0,2}(\p{Lu}[\p{L}\p{M}-]*+|\d{1,3}-[Jj]ährige[nr]?)"
)
_PERSON_NOUNS = _FW["person_nouns"]
_DISPUTED = _FW["disputed"]
_CROWDS = _FW["crowds"]
_TIME_GENITIVES = _FW["time_genitives"]
#: Stems of verbs of insulting ("beschimpft"): a word in marks after "als" with one is words said.
INSULT_STEMS = tuple(_FW["insult_stems"])
_FEMININE = tuple(_FW["feminine_endings"])
_NEUTER = tuple(_FW["neuter_endings"])
_POSSESSIVE = frozenset(("dessen", "deren", "sein", "seine", "seiner", "ihr", "ihre", "ihrer"))
_LEFT_WINDOW = 500
_RIGHT_WINDOW = 300
_ADJ_END = ("e", "en", "er", "es", "em")
_GENERIC_HEADS = lexicon.function_words()["generic_heads"]
_GROUP_HEADS = lexicon.function_words()["group_heads"]
_DOCUMENTS = lexicon.function_words()["source_documents"]
# The article of a subject that a pronoun of the next sentence refers back to.
_PRONOUN_ARTICLE = {"sie": "die", "er": "der"}
_THING = ""  # what ``_antecedent`` answers for a pronoun that refers to a thing, not a person
# An age used as a noun describes someone already named: "sagt der 48-Jährige", "die 71-jährige".
# Auxiliaries after the verb that ends a clause ("„…“ gesagt hatte"); not the passive's ("„…“ gefragt wurde":
# the one asked is no speaker).
_AUXILIARIES = frozenset(["hat", "hatte", "habe", "hätte", "haben", "hatten", "hätten", "ist", "war", "sei"])
# An adjective of a place or people, kept in a genitive's name: "baden-württembergischen", "bayerischen".
_PROPER_ADJECTIVE = regex.compile(r"\p{Ll}[\p{L}]*-\p{Ll}[\p{L}-]*en|\p{Ll}\p{L}*ischen")
# Words that open a clause with its verb last: the speaker of "als die Menge „…“ rief" stands after one.
_CLAUSE_OPENERS = frozenset(["als", "weil", "nachdem", "dass", "wenn", "obwohl", "während", "da", "bevor", "wie", "ob"])
# Articles of a singular noun ("ein Sprecher um ..." is no group; "der" is also the genitive plural,
# "Angaben der Ermittler um Peter Frank").
_SINGULAR_DETS = frozenset(["ein", "eine", "einer", "eines", "einem", "dem", "des"])
# Words of a clock time after "um" ("um Punkt Mitternacht"): never the leader of a group.
_CLOCK_WORDS = frozenset(["punkt", "mitternacht", "mittag", "viertel", "halb", "acht", "neun", "zehn", "elf", "zwölf"])
_AGE_NOUN = regex.compile(r"\d{1,3}-[Jj]ährige[nr]?")
# The mention types that may speak as the subject of a sentence reporting speech.
_SUBJECT_TYPES = (
    mentions.MentionType.PERSON, mentions.MentionType.ROLE, mentions.MentionType.ORGANIZATION,
    mentions.MentionType.COLLECTIVE,
)


@attrs.frozen(slots=True)
class Attribution:
    speaker: str | None
    mention: str | None = None
    mention_span: Span | None = None
    cue: str | None = None
    #: How it was found: "after", "colon", "sentence", "alone", "carry" (for the classifier and the tests).
    how: str = ""
    #: The type of the mention that named the speaker (``None`` where no mention did).
    type: mentions.MentionType | None = None


NONE = Attribution(None)


@attrs.frozen(slots=True)
class Mention:
    start: int
    end: int
    words: tuple[str, ...]  # the capitalized words of the noun phrase (no article, no adjectives)
    det: str | None
    pronoun: bool = False


class Attributor:
    """Attribution for the quotes of one text, in text order (it remembers the last speaker)."""

    def __init__(self, text: str, names: NameTable) -> None:
        self.text = text
        self.names = names
        self.last: Attribution | None = None
        self.last_end = -1
        self._full_names: list[str] | None = None  # built when a weak coreference first needs them

    # -- public -----------------------------------------------------------------------------------
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
        if result is None and self.last is not None and self.last_end == prev_close and prev_close > 0:
            # „A“ und „B“: a quote coordinated with the one before shares its speaker.
            gap = text[prev_close : outer.start]
            coordinated = len(gap) < 40 and all(w in _COORDINATION for w in _GAP_WORD.findall(gap.lower()))
            if coordinated and not _SENT_END.search(gap):
                result = attrs.evolve(self.last, how="sentence")
        if result is None and quote_text[:1].islower() and reported(quote_text):
            # A fragment in the subjunctive is the reported speech of its sentence's subject: "Das Gericht
            # lehnte das ab, weil der Täter „ein unbeschriebenes Blatt sei“".
            left = tokenize(text, left_start, outer.start)
            m = self._first_np(left, 0, len(left)) if not _disputed(left) else None
            if m is not None and not m.pronoun:
                result = self._resolve(m, None, outer.start, "reported")
        # Reported speech is judged on the whole sentence (its verb may stand before an earlier quote).
        full_start = self._sentence_start(max(regions[0].start, outer.start - _LEFT_WINDOW, floor), outer.start)
        alone = self._alone(left_start, outer, sent_end)
        in_reported = not alone and reported(text[full_start : outer.start] + " " + text[outer.end : sent_end])
        if result is None and in_reported:
            # "Die Experten hingegen sagen, der Pilot trage die „volle Verantwortung“": the subject opening the
            # sentence reports it.
            result = self._subject(full_start, outer, broad=True)
        if result is None and (alone or in_reported):
            # The sentences before may stand in the paragraph before (``back``: where that one starts).
            lo = max(regions[0].start if back < 0 else back, prev_close, floor)
            result = self._previous(left_start, lo, outer.start)
        if result is None and cue_only is None and len(_GAP_WORD.findall(quote_text)) >= 2:
            result = self._subject(left_start, outer)
        if result is None and cue_only is None and alone:
            result = self._next_sentence(sent_end, right_end, outer)
        if result is not None and cue_only is not None and cue_only.mention_span is not None and result.how == "alone":
            # "Sie sagte, ... „…“": a pronoun nobody was found for speaks for the person before; it is the mention.
            result = attrs.evolve(
                result, mention=cue_only.mention, mention_span=cue_only.mention_span, cue=cue_only.cue
            )
        return result or cue_only or NONE

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
        """The subject opening the sentence of a fragment, followed by its verb: a named person ("Stoiber
        begründete seinen Rückzug mit einer „veränderten Lage“"); with ``broad`` (the sentence reports speech)
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
                return Attribution(person, None, None, None, "alone")
        return None

    def resolve_tokens(self, toks: list[Tok], pos: int, cue: str | None = None) -> Attribution | None:
        """The speaker of the noun phrase (or pronoun) that opens ``toks``; for mentions found by other
        stages (reported speech), through :mod:`.speakers`."""
        m = self._np(toks, 0) or self._first_np(toks, 0, len(toks))
        return self._resolve(m, cue, pos, "mention") if m is not None else None

    def _sentences_before(self, sent_start: int, lo: int, count: int) -> list[tuple[int, int]]:
        """Up to ``count`` sentences before ``sent_start`` (not before ``lo``), nearest first."""
        text = self.text
        out: list[tuple[int, int]] = []
        end = sent_start
        while len(out) < count and end > lo:
            k = end
            while k > lo and (text[k - 1].isspace() or text[k - 1] in '„“”"»«'):
                k -= 1
            if k <= lo:
                break
            start = self._sentence_start(max(lo, k - _LEFT_WINDOW), max(lo, k - 1))
            if not lo <= start < end:
                break
            out.append((start, end))
            end = start
        return out

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

    def _sentence_end(self, pos: int, right_end: int, quote_text: str) -> int:
        """Where the sentence that a quote ends (or stands in) ends."""
        text = self.text
        if quote_text.rstrip().endswith((".", "!", "?", "…")):
            k = pos
            while k < right_end and text[k] in " \t\u00a0":
                k += 1
            if k >= right_end or text[k].isupper() or text[k] in '\r\n„“"»«(':
                # „… geschehen.“ Das ...: the quote closed the sentence; a bracket after it is an aside or a
                # credit, not the rest of the sentence: „… soll.“ (dpa, AFP)
                return pos
        m = _SENT_END.search(text, pos, right_end)
        return m.start() + 1 if m else right_end

    def carry(self, pos: int) -> Attribution:
        return self._carry(pos, "carry") or NONE

    # -- patterns ---------------------------------------------------------------------------------
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
            mention = self._np_after_verb(toks, i + 1)
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
        for toks in (left, right):
            r = self._laut(toks, outer.start)
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

    def _laut(self, toks: list[Tok], pos: int) -> Attribution | None:
        n = len(toks)
        for i, t in enumerate(toks):
            low = t.low
            if low == "laut" and i + 1 < n:
                m = self._np(toks, i + 1, allow_nonnom=True)
                if m is not None:
                    return self._resolve(m, "laut", pos, "sentence")
            elif low == "so" and i + 1 < n and i > 0 and toks[i - 1].text == ",":
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
            found_or_unnamed = self._subject_of(toks, c, clo, chi, cue, pos, how) or self._fronted(
                toks, lo, c, cue, pos, how
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

    def _fronted(self, toks: list[Tok], lo: int, c: int, cue: lexicon.Cue, pos: int, how: str) -> Attribution | None:
        """The subject before an apposition, a bracket or a relative clause, right before the verb: "Andres
        Granier, der Gouverneur von Tabasco, sagte", "Renate Schmidt (SPD) äußerte", "Der Kritiker, der ...
        gilt, hofft aber"."""
        if c <= lo or toks[c - 1].text not in (",", ")"):
            return None
        m = self._np(toks, lo)
        if m is None or m.pronoun or m.end >= toks[c - 1].start:
            return None
        found = self._resolve(m, self._cue_text(toks, c, cue), pos, how)
        return found if found is not None and found.type in _SUBJECT_TYPES else None

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

    def _carry(self, pos: int, how: str) -> Attribution | None:
        if self.last is not None and self.last.speaker is not None and pos - self.last_end < 1500:
            return attrs.evolve(self.last, cue=None, how=how)
        return None

    # -- noun phrases -----------------------------------------------------------------------------
    def _np(self, toks: list[Tok], i: int, *, allow_nonnom: bool = False) -> Mention | None:
        """The noun phrase starting at ``toks[i]`` (article, adjectives, capitalized words)."""
        n = len(toks)
        if i >= n:
            return None
        t = toks[i]
        if (t.low in SUBJECT_PRONOUNS and not t.cap) or (t.low in SUBJECT_PRONOUNS and i == 0):
            return Mention(t.start, t.end, (t.text,), None, True)
        if t.low in ("einer", "eine") and i + 2 < n and toks[i + 1].low == "der":
            # "Einer der beteiligten Feuerwehrmänner": one of a group, named by the group's noun.
            e = i + 2
            while e < n and e - i < 5 and not toks[e].cap and (toks[e].text.isdigit() or toks[e].text.isalpha()):
                e += 1
            if e < n and toks[e].cap and not toks[e].punct and _person_word(toks[e].text):
                return Mention(t.start, toks[e].end, (toks[e].text,), "einer")
        det: str | None = None
        j = i
        # A capitalized article after a word inside the sentence opens a name: "titelt Der Bund", "so Die Zeit".
        named = (
            t.low in ("der", "die", "das")
            and t.cap
            and i > 0
            and not toks[i - 1].punct
            and "\n" not in self.text[toks[i - 1].end : t.start]  # a line start is a sentence start too
            and i + 1 < n
            and toks[i + 1].cap
            and not toks[i + 1].punct
        )
        if t.low in DETERMINERS and not named:
            if t.low in NON_NOMINATIVE and not allow_nonnom:
                return None
            det = t.low
            j += 1
            while j < n and not toks[j].cap and toks[j].low.endswith(_ADJ_END):
                if not toks[j].text.replace("-", "").isalpha():  # "des baden-württembergischen ..." goes on
                    # "die 71-jährige Rentnerin": an age before a noun is an adjective, alone it is the noun.
                    if not (_AGE_NOUN.fullmatch(toks[j].text) and j + 1 < n and toks[j + 1].cap):
                        break
                elif toks[j].low in PREPOSITIONS or toks[j].low in lexicon.stopwords():
                    break
                j += 1
        quoted = self._quoted_name(toks, j, i)
        if quoted is not None:
            return quoted
        k = j + 1 if named else j  # the article of a name is one of its words whatever the word lists say
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
                (u.cap and not u.punct and (u.low not in lexicon.stopwords() or known or (alone and k == j)))
                or u.low in ("dr", "prof")
                or (k == j and det is not None and _AGE_NOUN.fullmatch(u.text))
            ):
                k += 1
                continue
            p = k
            while p < n and toks[p].low in NAME_PARTICLES and p - k < 2:
                p += 1
            if p > k and p < n and toks[p].cap and not toks[p].punct:
                if u.low in DETERMINERS and k > j:
                    break  # "Allendorf der Frankfurter Allgemeinen": a new phrase
                k = p + 1
            else:
                break
        if k == j:
            return None
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
            # "nennen Bund und Länder": two bodies speaking together, named as one speaker.
            return Mention(toks[i].start, toks[k + 1].end, (f"{toks[j].text} und {toks[k + 1].text}",), det)
        words = [u.text for u in toks[j:k] if True]
        led = self._led_by(toks, j, k, det)
        if led is not None:
            return Mention(toks[i].start, toks[led - 1].end, tuple(u.text for u in toks[k + 1 : led]), det)
        # A generic head with a genitive: "ein Anwalt der Kanzlei Höcker", "Sprecher des Bundestages".
        # Also a head that names no one: "das Ziel der Initiative", "die Meinung vieler Zuschauer".
        if (
            k - j == 1
            and k < n
            and toks[k].low in ("des", "der", "vieler", "einiger", "mehrerer")
            and (
                toks[j].low in _GENERIC_HEADS or lexicon.is_role(toks[j].text) or not self._names_someone(toks[j].text)
            )
        ):
            g = self._np(toks, k, allow_nonnom=True)
            if g is not None and toks[k].low == "der" and mentions.is_media(g.words[-1]):
                # "sagte der Politiker der Tageszeitung taz": a medium after the speaker is the addressee
                # (a dative), not a genitive.
                return Mention(toks[i].start, toks[k - 1].end, tuple(words), det)
            if g is not None:
                # The genitive with adjectives of places: "des baden-württembergischen Innenministeriums".
                starts = (q for q in range(k + 1, n) if toks[q].start >= g.start and toks[q].text == g.words[0])
                first = next(starts, k + 1)
                adjs = tuple(u.text for u in toks[k + 1 : first] if _PROPER_ADJECTIVE.fullmatch(u.text))
                gw = (*adjs, *g.words)
                return Mention(toks[i].start, g.end, (*tuple(words), "|", *gw), det)
        return Mention(toks[i].start, toks[k - 1].end, tuple(words), det)

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
                j += 1
                while j < hi and (toks[j].low in DETERMINERS or (not toks[j].cap and toks[j].text.isalpha())):
                    if toks[j].low in PREPOSITIONS:
                        break
                    j += 1
                while j < hi and toks[j].cap and not toks[j].punct:
                    j += 1
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

    def _np_before(self, toks: list[Tok], c: int, lo: int = 0, *, allow_nonnom: bool = False) -> Mention | None:
        """The noun phrase ending right before ``toks[c]`` (``Relotius schreibt``, ``der Kreml teilte``)."""
        k = c - 1
        if k >= lo + 3 and toks[k].text == ",":
            # An apposition before the verb: "die Sprecherin des Weißen Hauses, Karoline Leavitt, sagte".
            e = k
            s = e
            while s - 1 >= lo and toks[s - 1].cap and not toks[s - 1].punct and e - s < 3:
                s -= 1
            if (
                e - s >= 2
                and s - 1 >= lo
                and toks[s - 1].text == ","
                and all(self.names.knows(t.text) for t in toks[e - 1 : e])
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
        while j - 1 >= lo and not toks[j - 1].cap and toks[j - 1].low.endswith(_ADJ_END) and toks[j - 1].text.isalpha():
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
            return None  # "zwischen Moskau und Washington gesprochen", "als Kanzlerin lobte er": no subject
        if start - 1 >= lo and toks[start - 1].cap and toks[start - 1].low in DETERMINERS:
            start -= 1
        return self._np(toks[: k + 1], start, allow_nonnom=allow_nonnom)

    def _first_np(self, toks: list[Tok], lo: int, hi: int) -> Mention | None:
        """The first noun phrase of a clause that resolves to someone (skipping prepositional phrases)."""
        j = lo
        while j < hi:
            t = toks[j]
            if t.low in PREPOSITIONS:
                j += 1
                while j < hi and (toks[j].low in DETERMINERS or (not toks[j].cap and toks[j].text.isalpha())):
                    if toks[j].low in PREPOSITIONS:
                        break
                    j += 1
                while j < hi and toks[j].cap and not toks[j].punct:
                    j += 1
                continue
            if t.text in CLAUSE_BREAK:
                return None
            m = self._np(toks[:hi], j)
            if m is not None:
                if self._resolvable(m) and (m.pronoun or self._can_speak(m)):
                    return m
                j = max(j + 1, _tok_index_after(toks, j, m.end))
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
        if m.det is not None and words and (
            _person_word(words[-1]) or mentions.type_of(words[-1:]) is mentions.MentionType.COLLECTIVE
        ):
            return True  # "der Randalierer", "der 23-jährige Sportler", "die Ärzte": a description of people
        return len(words) >= 2 and all(w[:1].isupper() for w in words)

    # -- resolution -------------------------------------------------------------------------------
    def _resolve(self, m: Mention, cue: str | None, pos: int, how: str) -> Attribution | None:
        text = self.text
        span = Span(m.start, m.end)
        mention = text[m.start : m.end]
        speaker = self._speaker(m, pos)
        quoted = mention.endswith(tuple(_CLOSE_MARKS))  # a name in marks is a name whatever its words
        if speaker is None or not (quoted or mentions.can_speak(speaker, self.names.knows)):
            return None  # a frame may return only a mention that can speak (no "Millionen Euro", "Klarheit")
        # The type of what the speaker names ("der Homepage des Vereins" gives "Verein", an organization).
        words = speaker.split()
        kind = mentions.MentionType.PRONOUN if m.pronoun else mentions.type_of(words, self.names.knows)
        if quoted:
            # A name in marks: a medium where it writes or reports, else an organization.
            writes = cue is not None and cue.lower().startswith(_WRITING)
            kind = mentions.MentionType.MEDIA if writes else mentions.MentionType.ORGANIZATION
        elif kind is mentions.MentionType.PERSON and m.det is not None and not any(map(self.names.knows, words)):
            kind = mentions.MentionType.ROLE  # "der Randalierer": a noun with its article describes someone
        return Attribution(speaker, mention, span, cue, how, kind)

    def _speaker(self, m: Mention, pos: int) -> str | None:
        names = self.names
        if m.pronoun:
            if m.words[0].lower() in ("ich", "wir"):
                return None
            antecedent = self._antecedent(m.start, m.words[0].lower())
            if antecedent == _THING:
                return None
            return antecedent or self._discourse(pos) or self._named_before(pos)
        words = list(m.words)
        genitive: list[str] = []
        if "|" in words:
            k = words.index("|")
            words, genitive = words[:k], words[k + 1 :]
            if "|" in genitive:  # a genitive of a genitive: the first one names the owner
                genitive = genitive[: genitive.index("|")]
            if genitive and genitive[-1].lower() in _TIME_GENITIVES and not _person_word(words[-1]):
                return None  # "Zitat des Tages", "Die Frage der Woche": a label ("der Trainer des Jahres" is someone)
        # Strip titles and role words in front of a name.
        core = [w for w in words if w.lower() not in ("dr", "prof")]
        if not core:
            return None
        r = -1
        for idx, w in enumerate(core):
            if lexicon.is_role(w) and idx < len(core) - 1 and not names.knows(w):
                r = idx
        if r >= 0:
            return names.canonical(core[r + 1 :])
        for w in core[:-1]:
            # "Rudolf Augsteins Motto", "Trumps Sprecherin": the genitive name is the source.
            full = names.canonical([core[-1]]) if names.knows(core[-1]) else ""
            if w.endswith("s") and names.knows(w[:-1]) and (not full or w in full.split()):
                if lexicon.is_role(core[-1]):
                    found = names.role(core[-1], m.end, w[:-1].lower())
                    if found is not None:
                        return found
                return names.canonical([w[:-1]])
        if len(core) == 1 or (len(core) == 2 and core[0].endswith("s") and lexicon.is_role(core[1])):
            w = _nominative(core[-1])
            owner = core[0].lower()[:-1] if len(core) == 2 else None
            if names.knows(w) or (names.knows(w[:-1]) and w.endswith("s")):
                return names.canonical([w])
            if lexicon.is_role(w):
                if m.det in ("der", "die") and self._introduced_unnamed(w, m.start):
                    return w  # "ein junger Polizist ... sagt der junge Polizist": someone not named
                name = names.role(w, m.end, owner)
                if name is not None:
                    return name
                if genitive and m.det in ("der", "die"):
                    # "der Sicherheitsberater der südkoreanischen Regierung": the description names the speaker.
                    return self.text[m.start : m.end].split(None, 1)[-1]
                if genitive and w.lower() in _GENERIC_HEADS:
                    return self._institution(genitive, m.start)
                if w.lower() in _GENERIC_HEADS and m.det in ("der", "die"):
                    return w  # "sagt der Sprecher": a spokesperson the article does not name
                if m.det in _POSSESSIVE:
                    return None  # "dessen Chef": someone the article does not name
                if m.det in ("der", "die", "das", "dieser", "diese") or (m.det is None and owner is None):
                    if m.det is not None and self._introduced_unnamed(w, m.start):
                        return w  # "ein junger Polizist ... sagt der junge Polizist": someone not named
                    # The person named before who may hold the role (not one of the other gender); where
                    # the article names no one, the description ("Ministerin").
                    return self._discourse(m.start, _gender_to_avoid(w, m.det)) or w
                return w
            if lexicon.is_institution(w):
                return names.institution(_nominative(w), m.start)
            if genitive:
                return self._institution(genitive, m.start)
            if m.det in ("die", "diese", "das") and w.lower() in _CROWDS:
                return w  # "die Menge", "die Demonstranten": many people, not one named before
            if m.det in ("der", "die", "dieser", "diese") and (
                w.lower().endswith(_PERSON_SUFFIXES) or _AGE_NOUN.fullmatch(w)
            ):
                plural = m.det in ("die", "diese") and mentions.type_of([w]) is mentions.MentionType.COLLECTIVE
                if self._introduced_unnamed(w, m.start) or plural:
                    return w  # "eine Frau ... sagt die Frau"; "die Ärzte": many, not one named before
                # "die Kärntnerin", "der Politiker": a description of someone already named, of the gender
                # its article gives (a plural, "die 71-Jährigen", gives none).
                avoid = _gender_to_avoid(w, m.det)
                return self._discourse(m.start, avoid) or self._named_before(m.start, avoid) or w
            if m.det in _POSSESSIVE:
                return None
            return w
        if any(lexicon.is_institution(w) for w in core):
            return " ".join(_nominative_phrase([*core[:-1], _nominative(core[-1])], m.det))
        return names.canonical(core)

    def _institution(self, words: list[str], pos: int) -> str:
        w = list(words)
        if w and w[-1].endswith(("es", "s")) and len(w[-1]) > 4:
            base = w[-1][:-2] if w[-1].endswith("es") and lexicon.is_institution(w[-1][:-2]) else w[-1][:-1]
            if lexicon.is_institution(base) or self.names.knows(base):
                w[-1] = base
        if w[-1] == words[-1] and w[-1].endswith("s"):
            # A noun left with its genitive -s ("Finanzdepartements") takes no adjective along.
            w = [x for x in w if not _PROPER_ADJECTIVE.fullmatch(x)]
        if len(w) > 1:
            w = _nominative_phrase(w, "des")
        name = " ".join(w)
        if len(w) == 1:
            if self.names.knows(name):
                return self.names.canonical(w)
            return self.names.institution(name, pos)
        return name

    def _antecedent(self, pos: int, pronoun: str) -> str | None:
        """A pronoun's person: the subject of its own sentence before it, else of the sentences before
        (a sentence that opens with the same pronoun passes the question on: ``Sie muss ... „…“, fragt sie``);
        ``_THING`` where the sentence before opens with a thing the pronoun fits (``Die Zeitung ... Sie``)."""
        text = self.text
        start = self._sentence_start(max(0, pos - _LEFT_WINDOW), pos)
        m = self._first_person(tokenize(text, start, pos), pronoun)
        if m is not None:
            return m
        for prev_start, prev_end in self._sentences_before(start, max(0, start - 3 * _LEFT_WINDOW), 3):
            toks = tokenize(text, prev_start, prev_end)
            if toks and toks[0].low == pronoun:
                continue
            # A name first; else a description of the person named before ("Der Politiker war auch dort.");
            # a sentence about no one passes the question on ("Der Account bringt sie auf die Spur.").
            found = self._first_person(toks, pronoun) or self._first_person(toks, pronoun, descriptions=True)
            if found is not None:
                return found
            if (
                len(toks) > 1 and toks[0].low == _PRONOUN_ARTICLE.get(pronoun) and toks[1].cap
                and not _person_noun(toks[1].text)
            ):
                return _THING  # "Die Zeitung schürt Angst. Sie enthielt ...": the subject before, a thing
        return None

    def _first_person(self, toks: list[Tok], pronoun: str = "", *, descriptions: bool = False) -> str | None:
        avoid = "f" if pronoun == "er" else "m" if pronoun == "sie" else ""
        for j, t in enumerate(toks):
            if not t.cap or t.punct:
                continue
            if j > 0 and (toks[j - 1].low in PREPOSITIONS or toks[j - 1].low in NON_NOMINATIVE):
                continue
            low = t.low
            found: str | None = None
            if self.names.knows(low):
                found = self.names.canonical([t.text])
            elif lexicon.is_role(t.text) and j + 1 < len(toks) and not toks[j + 1].cap:
                found = self.names.role(t.text, t.end)
                if found is None and descriptions and _definite_before(toks, j):
                    found = self.names.person_before(t.start)  # "der belgische Technikjournalist"
            if found is None and _indefinite_before(toks, j) and (lexicon.is_role(t.text) or low in _PERSON_NOUNS):
                # "Eine Frau ... „…“, sagt sie": someone the article does not name.
                female = low.endswith("in") or low == "frau"
                if not avoid or avoid != ("f" if female else "m"):
                    return t.text
            if found is not None and (not avoid or self.names.gender.get(found) != avoid):
                return found
        return None

    def _introduced_unnamed(self, noun: str, pos: int) -> bool:
        """``noun`` came up shortly before with an indefinite article (``eine Frau``, ``ein junger Polizist``)."""
        # The same noun, or the same role head (ein ranghoher Vertreter ... der US-Vertreter).
        low = noun.lower()
        if _AGE_NOUN.fullmatch(noun):
            low = low.rstrip("nr")  # ein 30-Jähriger ... der 30-Jährige
        head = lexicon.role_head(low)
        for m in _INDEFINITE_NOUN.finditer(self.text, max(0, pos - 1500), pos):
            other = m.group(1).lower()
            if other[0].isdigit():
                other = other.rstrip("nr")
            if other == low or (head is not None and len(head) >= 5 and lexicon.role_head(other) == head):
                return True
        return False

    def _discourse(self, pos: int, avoid: str = "") -> str | None:
        """Whom a description (``der CDU-Politiker``) or a pronoun refers back to: the last person named
        (not one of the gender ``avoid``)."""
        person = self.names.person_before(pos, avoid)
        if person is not None:
            return person
        last = self.last.speaker if self.last is not None and pos - self.last_end < 1500 else None
        if last is not None and (not avoid or self.names.gender.get(last) != avoid):
            return last
        return None

    def _named_before(self, pos: int, avoid: str = "") -> str | None:
        """The full name of a person whose surname last stands before ``pos`` (within a stretch of text),
        also one the discourse list leaves out (named once, without a role): the weakest coreference."""
        if self._full_names is None:
            self._full_names = sorted({v for v in self.names.by_last.values() if " " in v})
        best, where = None, -1
        lo = max(0, pos - 3000)
        for name in self._full_names:
            k = self.text.rfind(name.rsplit(" ", 1)[-1], lo, pos)
            if k > where and (not avoid or self.names.gender.get(name) != avoid):
                best, where = name, k
        return best

    def _cue_text(self, toks: list[Tok], c: int, cue: lexicon.Cue | None) -> str:
        word = toks[c].text
        if cue is not None and cue.particle is not None:
            return f"{word} {cue.particle}"
        return word

    def _sentence_start(self, lo: int, hi: int) -> int:
        start = lo
        for m in _SENT_END.finditer(self.text, lo, hi):
            if self.text[m.start()] == ":":
                continue
            start = m.end()
        return start


# Endings of person nouns that hardly end a thing ("-e" ends "die Maßnahme" as well as "der Experte").
_PERSON_ONLY_SUFFIXES = tuple(x for x in _PERSON_SUFFIXES if x != "e")


def _person_noun(word: str) -> bool:
    """Whether a noun names a person ("Die Juristin", "Die Kölnerin"), so a pronoun after it may refer to
    someone named before; "Die Zeitung", "Der Sender", "Der Verein" name things."""
    low = word.lower()
    if lexicon.is_role(word) or low in _PERSON_NOUNS:
        return True
    # A feminine person noun is a masculine one with "-in": Jurist-in, Kölner-in (not "Verein").
    return low.endswith("in") and low[:-2].endswith(_PERSON_ONLY_SUFFIXES)


def _person_word(word: str) -> bool:
    """A role or a noun with a person's ending (Trainer, Spieler, Sprecherin); "Frage", "Zitat" are none."""
    return lexicon.is_role(word) or word.lower().endswith(_PERSON_ONLY_SUFFIXES)


def _time_label(toks: list[Tok]) -> bool:
    """A label of time opening the clause before a colon: "Zitat des Tages:", "Die Frage der Woche lautet:"
    (not "Am Ende des Tages sagte X:")."""
    i = 3 if toks and toks[0].low in ("der", "die", "das") else 2
    return (
        len(toks) > i and toks[i].low in _TIME_GENITIVES and toks[i - 1].low in ("der", "des")
        and toks[i - 2].cap and not _person_word(toks[i - 2].text)
    )


def _gender_to_avoid(noun: str, det: str | None) -> str:
    """The gender a description cannot refer to: "die 71-Jährige" no man, "der Lehrerin" (dative) no man,
    "der Politiker" no woman; a plural ("die 71-Jährigen") gives none."""
    low = noun.lower()
    if low.endswith("in"):
        return "m"
    if low.endswith(("en", "innen")):
        return ""
    return {"der": "f", "dieser": "f", "die": "m", "diese": "m"}.get(det or "", "")


def _disputed(toks: list[Tok]) -> bool:
    """Whether the words before a fragment report a claim the subject disputes or someone else makes."""
    return any(t.low in _DISPUTED for t in toks)


def _nominative(word: str) -> str:
    """``Kremls`` -> ``Kreml``, ``Jugendamtes`` -> ``Jugendamt``, ``Hauses`` -> ``Haus`` (genitive -s/-es)."""
    for cut in (2, 1):
        if len(word) > cut + 3 and word.endswith("es"[2 - cut :]) and lexicon.is_institution(word[:-cut]):
            return word[:-cut]
    return word


_PASSIVE_AUX = frozenset(("worden", "wurde", "wurden"))


def _passive(toks: list[Tok], c: int, lo: int, hi: int) -> bool:
    """A participle of saying with a passive auxiliary in its clause (``wurde ... beschimpft``)."""
    form = toks[c].low
    if not (form.endswith("t") or (form.startswith("ge") and form.endswith("en"))):
        return False
    a = _clause_start(toks, lo, c)
    return any(t.low in _PASSIVE_AUX for t in toks[a:hi])


def _bare_subject(toks: list[Tok]) -> Mention | None:
    """A single capitalized word opening the sentence before a verb (``Kiew hat ... zurückgewiesen``)."""
    if (
        len(toks) >= 2
        and toks[0].cap
        and not toks[0].punct
        and not toks[1].cap
        and toks[1].text.isalpha()
        and toks[0].low not in lexicon.stopwords()
        and toks[1].low not in PREPOSITIONS
    ):
        return Mention(toks[0].start, toks[0].end, (toks[0].text,), None)
    return None


def _definite_before(toks: list[Tok], j: int) -> bool:
    """``toks[j]`` follows a definite article, perhaps with adjectives between (der belgische Journalist)."""
    k = j - 1
    while k >= 0 and j - k <= 3 and not toks[k].cap and toks[k].text.isalpha() and toks[k].low not in ("der", "die"):
        k -= 1
    return k >= 0 and toks[k].low in ("der", "die")


def _indefinite_before(toks: list[Tok], j: int) -> bool:
    """``toks[j]`` follows an indefinite article, perhaps with adjectives between (eine ältere Frau)."""
    k = j - 1
    while k >= 0 and j - k <= 3 and not toks[k].cap and toks[k].text.isalpha():
        if toks[k].low in ("ein", "eine"):
            return True
        k -= 1
    return k >= 0 and toks[k].low in ("ein", "eine")


def _nominative_phrase(words: list[str], det: str | None) -> list[str]:
    """Capitalized adjectives of a name in the dative or genitive back to the nominative, as the article
    names the institution: (laut der) Steiermärkischen Krankenanstaltengesellschaft -> Steiermärkische ...,
    (des) Deutschen Wetterdienstes -> Deutscher Wetterdienst, (dem) Weißen Haus -> Weißes Haus."""
    if det not in ("der", "des", "dem", "den", "einer", "eines", "einem") or len(words) < 2:
        return words
    noun = words[-1].lower()
    if det == "der" or noun.endswith(_FEMININE):  # feminine singular or plural: "bayerische Staatsregierung"
        ending = "e"
    elif noun.endswith(_NEUTER):
        ending = "es"
    else:
        ending = "er"
    out = list(words)
    for k in range(len(out) - 1):
        w = out[k]
        if w.endswith("en") and len(w) > 4 and not lexicon.is_institution(w):
            out[k] = w[:-2] + ending
    return out


_DATIVE_ARTICLES = frozenset(("dem", "einem"))
_OPEN_MARKS = frozenset('„"»‚')
# Stems of verbs of writing and reporting: their subject in marks is a medium ("schreibt die „Zeit“").
_WRITING = ("schr", "bericht", "meld", "titel", "zitier", "kommentier")
_CLOSE_MARKS = frozenset('“"«‘”')
# Words after which a phrase before the verb is no subject: a second conjunct, a predicate with "als".
_NOT_SUBJECT_AFTER = frozenset(("und", "oder", "sowie", "als"))
# Words opening the sentence after a quote that point back to it ("Das sagte ...", "Mit diesen Worten ...").
_ANAPHORS = frozenset(("das", "dies", "diese", "dieses", "mit", "so"))
# "In dem Antrag heißt es:", "Darauf steht:": where the words stand names their source.
_WRITTEN_VERBS = frozenset(("heißt", "hieß", "steht", "stand", "stehen", "standen"))
_WRITTEN_PREPOSITIONS = frozenset(("in", "im", "auf", "darin", "darauf"))
#: Verbs of naming: the phrase right after them is the thing named, not the speaker.
_NAMING_VERBS = frozenset(("nennen", "bezeichnen"))
#: The verb whose object, not its subject, is the speaker ("Die Zeitung zitiert den Minister mit den Worten").
_CITING = "zitieren"


def _skip_apposition(toks: list[Tok], k: int) -> int:
    """The index after an apposition or a bracket at ``toks[k]`` (", der Parteivorsitzende,", "(SPD)"), else
    ``k``."""
    if k >= len(toks) or toks[k].text not in (",", "("):
        return k
    close = "," if toks[k].text == "," else ")"
    for e in range(k + 1, min(len(toks), k + 14)):
        if toks[e].text == close:
            return e + 1
        if toks[e].text in (".", ":", ";") or toks[e].low in CLAUSE_BREAK:
            break
    return k


def _dative_medium(m: Mention) -> bool:
    """A medium with a dative article: "der Süddeutschen Zeitung", "dem Sender" (no subject)."""
    head = m.words[-1].lower() if m.words else ""
    if m.det in _DATIVE_ARTICLES:
        return mentions.is_media(head)
    return m.det in ("der", "einer") and mentions.is_media(head) and head.endswith(_FEMININE)


def _dative_end(toks: list[Tok], j: int, hi: int) -> int | None:
    """The end of a dative noun phrase at ``toks[j]``: "dem"/"einem" with its noun, or "der"/"einer" before a
    feminine medium ("der Süddeutschen Zeitung", which no subject can be); ``None`` where none starts."""
    if j >= hi or toks[j].low not in _DATIVE_ARTICLES | {"der", "einer"}:
        return None
    k = j + 1
    while k < hi and not toks[k].cap and toks[k].text.isalpha():
        k += 1
    e = k
    while e < hi and toks[e].cap and not toks[e].punct:
        e += 1
    if e == k:
        return None
    head = toks[e - 1].low
    if toks[j].low in _DATIVE_ARTICLES or (mentions.is_media(head) and head.endswith(_FEMININE)):
        return e
    return None


def _has_particle(toks: list[Tok], c: int, hi: int, particle: str) -> bool:
    """The separable particle closes the clause: ``teilte ... mit.``, ``gab den Fehler zu:``."""
    for k in range(c + 1, hi):
        t = toks[k]
        if t.text in (".", "!", "?", ";", ":"):
            return False
        if t.low == particle and (k + 1 >= hi or toks[k + 1].punct or toks[k + 1].low in ("und", "oder")):
            return True
    return False


def _clause_start(toks: list[Tok], lo: int, c: int) -> int:
    for k in range(c - 1, lo - 1, -1):
        if toks[k].text in (",", ";", ":", "(", ")") or toks[k].text in CLAUSE_BREAK:
            return k + 1
    return lo


def _clause_end(toks: list[Tok], c: int, hi: int) -> int:
    for k in range(c + 1, hi):
        if toks[k].text in (",", ";", ":", "(", ")") or toks[k].text in CLAUSE_BREAK:
            return k
    return hi


def _tok_index_after(toks: list[Tok], j: int, end: int) -> int:
    k = j
    while k < len(toks) and toks[k].start < end:
        k += 1
    return k
