"""Coreference within the article: a surname, a role, a description or a pronoun resolved to the fullest name.

Step 3 of attribution; the frames (:mod:`.attribution`) and the phrase reader (:mod:`.phrases`) build on it.
"""

from __future__ import annotations

import attrs
import regex

from ..model import Span
from . import lexicon, mentions
from .grammar import (
    _AGE_NOUN,
    _CLOSE_MARKS,
    _CROWDS,
    _GENERIC_HEADS,
    _INDEFINITE_NOUN,
    _LEFT_WINDOW,
    _PERSON_NOUNS,
    _PERSON_SUFFIXES,
    _POSSESSIVE,
    _PRONOUN_ARTICLE,
    _PROPER_ADJECTIVE,
    _SENT_END,
    _THING,
    _TIME_GENITIVES,
    _WRITING,
    Mention,
    _definite_before,
    _gender_to_avoid,
    _genitive_nominative,
    _indefinite_before,
    _nominative,
    _nominative_phrase,
    _outside_marks,
    _person_noun,
    _person_word,
    _plural_nominative,
    _verb_by,
)
from .name_table import NameTable, _first_name
from .tokens import (
    NON_NOMINATIVE,
    PREPOSITIONS,
    Tok,
    tokenize,
)
from .ways import Way


@attrs.frozen(slots=True)
class Attribution:
    speaker: str | None
    mention: str | None = None
    mention_span: Span | None = None
    cue: str | None = None
    #: How it was found (for the classifier, reported speech and the tests).
    how: Way = Way.NONE
    #: The type of the mention that named the speaker (``None`` where no mention did).
    type: mentions.MentionType | None = None


NONE = Attribution(None)



# What may open the sentence after a quote that closed its own: a line break, an opening mark of any family.
_NEXT_OPENS = frozenset("\r\n„“\"»«(‚‘›‹'")

# A genitive -es after a consonant on a noun of five letters or more ("Verlages", not "Hauses").
_GENITIVE_ES = regex.compile(r"\p{L}{4,}[^aeiouäöüs\W]es$")


class Coreference:
    """Who a mention names: the article's name table, pronouns, roles and descriptions resolved to the
    fullest name (the base of the attribution stages; it remembers the last speaker)."""

    def __init__(self, text: str, names: NameTable) -> None:
        self.text = text
        self.names = names
        self.last: Attribution | None = None
        self.last_end = -1
        self._full_names: list[str] | None = None  # built when a weak coreference first needs them

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

    def _sentence_end(self, pos: int, right_end: int, quote_text: str) -> int:
        """Where the sentence that a quote ends (or stands in) ends."""
        text = self.text
        if quote_text.rstrip().endswith((".", "!", "?", "…")):
            k = pos
            while k < right_end and text[k] in " \t\u00a0":
                k += 1
            if k >= right_end or text[k].isupper() or text[k] in _NEXT_OPENS:
                # „… geschehen.“ Das ...: the quote closed the sentence; a bracket after it is an aside or a
                # credit, not the rest of the sentence: „… soll.“ (dpa, AFP)
                return pos
        m = _SENT_END.search(text, pos, right_end)
        return m.start() + 1 if m else right_end

    def _sentence_start(self, lo: int, hi: int) -> int:
        start = lo
        for m in _SENT_END.finditer(self.text, lo, hi):
            if self.text[m.start()] == ":":
                continue
            start = m.end()
        return start

    def _carry(self, pos: int, how: Way) -> Attribution | None:
        if self.last is not None and self.last.speaker is not None and pos - self.last_end < 1500:
            return attrs.evolve(self.last, cue=None, how=how)
        return None

    def _resolve(self, m: Mention, cue: str | None, pos: int, how: Way) -> Attribution | None:
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
        elif (
            kind is mentions.MentionType.PERSON and m.det is not None and not any(map(self.names.knows, words))
            and not (len(words) > 1 and _first_name(words[0]))  # "den Theologen Hans Kunz" is a person
        ):
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
            # Not a person named in the pronoun's own clause ("Mit dem Arzt Paul Roth sprach er": not Roth).
            before = min(pos, self._clause_opening(m.start))
            return antecedent or self._discourse(before) or self._named_before(before)
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
            # A role before a name, also in the weak declension: "den Theologen Hans Kunz".
            role = lexicon.is_role(w) or (w.endswith("n") and lexicon.is_role(w[:-1]))
            if role and idx < len(core) - 1 and not names.knows(w):
                r = idx
            elif 0 < idx < len(core) - 1 and r < 0 and _first_name(w) and not _first_name(core[idx - 1]):
                r = idx - 1  # "den Theologen Hans Kunz": a noun before a first name describes the person
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
            return self._one_noun(m, core, genitive)
        if any(lexicon.is_institution(w) for w in core):
            return " ".join(_nominative_phrase([*core[:-1], _nominative(core[-1])], m.det))
        return names.canonical(core)

    def _one_noun(self, m: Mention, core: list[str], genitive: list[str]) -> str | None:
        """Who a phrase of one noun names (a name, a role, an institution, a description), or with an owner
        before it ("Trumps Sprecherin")."""
        names = self.names
        w = _nominative(core[-1])
        if m.det in ("des", "eines") and w == core[-1] and _GENITIVE_ES.search(w):
            w = w[:-2]  # "nach Darstellungen des Verlages": the genitive -es of a noun alone
        owner = core[0].lower()[:-1] if len(core) == 2 else None
        if not genitive and m.det == "des" and w == core[-1] and w.endswith("s") and lexicon.is_role(w[:-1]):
            holder = names.role(w[:-1], m.end, owner)  # "nach Angaben des UN-Generalsekretärs": its holder
            if holder is not None:
                return holder
        if names.knows(w) or (names.knows(w[:-1]) and w.endswith("s")):
            return names.canonical([w])
        w = _plural_nominative(w, m.det)  # "laut Gutachtern": the people are "Gutachter"
        if lexicon.is_role(w):
            return self._role_holder(m, w, genitive, owner)
        if lexicon.is_institution(w):
            return names.institution(_nominative(w), m.start)
        if genitive:
            owner_name = self._institution(genitive, m.start)
            # A genitive noun left as it stood (no name, no institution: "des Antrags") is a thing too.
            thing = owner_name == genitive[-1] and owner_name.endswith("s") and not names.knows(owner_name[:-1])
            speaks = not thing and mentions.can_speak(owner_name, names.knows)
            if m.det in ("die", "diese") and _person_word(w) and not speaks:
                return w  # "die Veranstalter der Demonstration": the people, not the thing they belong to
            return owner_name
        if m.det in ("die", "diese", "das") and w.lower() in _CROWDS:
            return w  # "die Menge", "die Demonstranten": many people, not one named before
        described = w.lower().endswith(_PERSON_SUFFIXES) or _AGE_NOUN.fullmatch(w)
        if m.det in ("der", "die", "dieser", "diese") and described:
            plural = m.det in ("die", "diese") and mentions.type_of([w]) is mentions.MentionType.COLLECTIVE
            if self._introduced_unnamed(w, m.start) or plural:
                return w  # "eine Frau ... sagt die Frau"; "die Ärzte": many, not one named before
            # "die Kärntnerin", "der Politiker": a description of someone already named, of the gender its
            # article gives (a plural, "die 71-Jährigen", gives none).
            avoid = _gender_to_avoid(w, m.det)
            return self._discourse(m.start, avoid) or self._named_before(m.start, avoid) or w
        if m.det in _POSSESSIVE:
            return None
        return _genitive_nominative(w, m.det)  # "nach Angaben des Richters": the speaker is "Richter"

    def _role_holder(self, m: Mention, w: str, genitive: list[str], owner: str | None) -> str | None:
        """Who a role noun names: the holder the article names, else the description ("Ministerin")."""
        if m.det in ("der", "die") and self._introduced_unnamed(w, m.start):
            return w  # "ein junger Polizist ... sagt der junge Polizist": someone not named
        name = self.names.role(w, m.end, owner)
        if name is not None:
            return name
        if genitive and m.det in ("der", "die"):
            # "der Berater der norwegischen Regierung": the description names the speaker.
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
            # The person named before who may hold the role (not one of the other gender); where the article
            # names no one, the description ("Ministerin").
            return self._discourse(m.start, _gender_to_avoid(w, m.det)) or w
        return _genitive_nominative(w, m.det)  # "nach Angaben des Richters": no holder, the role "Richter"

    def _institution(self, words: list[str], pos: int) -> str:
        w = list(words)
        if w and w[-1].endswith(("es", "s")) and len(w[-1]) > 4:
            base = w[-1][:-2] if w[-1].endswith("es") and lexicon.is_institution(w[-1][:-2]) else w[-1][:-1]
            if lexicon.is_institution(base) or self.names.knows(base):
                w[-1] = base
        if w[-1] == words[-1] and w[-1].endswith("s"):
            # A noun left with its genitive -s ("Finanzdepartements") takes no adjective along.
            w = [x for x in w if not _PROPER_ADJECTIVE.fullmatch(x)]
        if len(w) > 1 and self.names.knows(w[-1]) and not any(map(lexicon.is_institution, w)):
            return self.names.canonical(w)  # "die Antwort von Ruiz Ortega": the fullest name the article uses
        if len(w) > 1:
            w = _nominative_phrase(w, "des")
        name = " ".join(w)
        if len(w) == 1:
            if self.names.knows(name):
                return self.names.canonical(w)
            return self.names.institution(name, pos)
        return name

    def _clause_opening(self, pos: int) -> int:
        """Where the clause holding ``pos`` opens: after the last comma, semicolon or colon of its sentence."""
        start = self._sentence_start(max(0, pos - _LEFT_WINDOW), pos)
        return max(start, *(self.text.rfind(c, start, pos) + 1 for c in ",;:"))

    def _antecedent(self, pos: int, pronoun: str) -> str | None:
        """A pronoun's person: the subject of its own sentence before it, else of the sentences before
        (a sentence that opens with the same pronoun passes the question on: ``Sie muss ... „…“, fragt sie``);
        ``_THING`` where the sentence before opens with a thing the pronoun fits (``Die Zeitung ... Sie``)."""
        text = self.text
        start = self._sentence_start(max(0, pos - _LEFT_WINDOW), pos)
        # Its own sentence up to its own clause: a person named in that clause is not who the pronoun is.
        # Nor is one named inside quoted words: they are what someone said, not the story's people.
        m = self._first_person(_outside_marks(tokenize(text, start, self._clause_opening(pos))), pronoun)
        if m is not None:
            return m
        for prev_start, prev_end in self._sentences_before(start, max(0, start - 3 * _LEFT_WINDOW), 3):
            toks = tokenize(text, prev_start, prev_end)
            if toks and toks[0].low == pronoun:
                continue
            # A name first; else a description of the person named before ("Der Politiker war auch dort.");
            # a sentence about no one passes the question on ("Der Account bringt sie auf die Spur.").
            told = _outside_marks(toks)
            found = self._first_person(told, pronoun) or self._first_person(told, pronoun, descriptions=True)
            if found is not None:
                return found
            if (
                len(toks) > 1 and toks[0].low == _PRONOUN_ARTICLE.get(pronoun) and toks[1].cap
                and not _person_noun(toks[1].text) and self._fits_speaker(toks, pos)
            ):
                return _THING  # "Die Zeitung schürt Angst. Sie enthielt ...": the subject before, a thing
        return None

    def _fits_speaker(self, toks: list[Tok], pos: int) -> bool:
        """Whether the thing opening ``toks`` (``Die Zeitung schürt ...``) may be what the speaking pronoun at
        ``pos`` stands for: not a thing that cannot speak (``Die Entscheidung fällt ...``), nor a plural
        (``Die Pläne liegen ...``, its verb in -en) before a pronoun whose verb is singular (``sagte sie``)."""
        if not mentions.can_speak(toks[1].text):
            return False
        if len(toks) < 3 or toks[2].cap or not toks[2].low.endswith("en"):
            return True
        return _verb_by(self.text, pos).endswith("en")

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

