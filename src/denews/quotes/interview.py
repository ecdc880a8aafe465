"""Interview transcripts: a run of paragraphs that open with a speaker's label and alternate, question and answer.

``SPIEGEL: Warum …?`` / ``Ahlers: Weil …`` / ``F.M.: …`` / ``Frage: …`` / ``Antwort: …``: each labelled paragraph
(and each unlabelled one inside the run, which goes on with the speaker before) is a direct quote of the labelled
speaker. A label that names someone resolves to the fullest name the article uses (``Ahlers`` -> ``Bernd Ahlers``,
initials ``F.M.`` -> ``Frieda Maurer``); ``Antwort`` stands for the person the article is most about; the questions
belong to the medium that labels them (``SPIEGEL``) or to the interviewer the article names (``Das Gespräch führte
...``), else to no one. A run is a transcript only where its labels alternate and one side asks questions, so a
list or an info box (``Ort: … / Zeit: … / Preis: …``) is none. The lines are read from the text between the
running-text regions too: layouts take a short question for a heading.
"""

from __future__ import annotations

import collections
import functools
import itertools
from collections.abc import Sequence

import attrs
import regex

from .._data import first_names, particle_run, particle_words
from ..model import Quote, Span, SpeakerType
from . import lexicon, names
from .lexicon import read_lines

#: Labelled paragraphs a transcript needs at least.
MIN_TURNS = 3
#: Different labels a transcript has at most (an interviewer and up to three people interviewed).
MAX_SPEAKERS = 4
#: Characters a label has at most.
MAX_LABEL = 40
#: Paragraphs of running text one turn may go on over (a longer stretch is the article again).
MAX_CONTINUED = 3
#: How often a given name must be registered to count as evidence of a person (as in :mod:`.names`).
FIRST_NAME_MIN = 50
#: How a spoken turn ends (a heading "Müdigkeit: Die Ursachen" has no final mark).
_TURN_END = tuple(".?!…“”\"«»)")

# A name particle (``lexicons/person_name_particles.txt``): a whole run (``von und zu``) or any one of its words.
_PARTICLE = particle_run() + "|" + "|".join(sorted(particle_words(), key=len, reverse=True))
# A label opening a line: initials (F.M., F. M.), or one to three capitalized words (Ahlers, Frau Maurer,
# SPIEGEL, ZEIT ONLINE; name particles between them: Von der Heide), then a colon and the words; markdown bold
# may wrap the label, with or without its colon ("**Ahlers:**", "**Ahlers**:").
_LABEL = regex.compile(
    r"[ \t]*(?:\*\*|__)?(?P<label>(?:\p{Lu}\.[ ]?){1,3}|\p{Lu}[\p{L}'’\-]*\.?"
    r"(?:(?:[ ](?:" + _PARTICLE + r")\b)*+[ ]\p{Lu}[\p{L}'’\-]*\.?){0,2})"
    r"[ \t]*(?:\*\*|__)?:(?:\*\*|__)?[ \t]+(?=\S)"
)
# An interview's questions address the person interviewed; its answers speak in the first person. A FAQ page's
# "Frage:"/"Antwort:" do neither ("Kann ich widersprechen?" / "Ja, binnen eines Monats.").
_ADDRESS = regex.compile(
    r"\b(?:Sie|Ihnen|Ihr|Ihre[mnrs]?|(?:Herr|Frau)\s+\p{Lu}\p{Ll}+|(?i:du|dich|dir|dein\w*|ihr|euch|euer|eure[mnrs]?))\b"
)
_FIRST_PERSON = regex.compile(r"\b(?:ich|mich|mir|mein\w*|wir|uns|unser\w*)\b", regex.IGNORECASE)
_NAME = regex.compile(r"\p{Lu}[\p{L}\-]+(?:[ ]\p{Lu}\.)?(?:[ ]\p{Lu}[\p{L}\-]+){1,2}")


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for line in read_lines("quotes_interview.tsv"):
        key, _, rest = line.partition("\t")
        sep = "|" if "|" in rest else None
        out[key.strip()] = frozenset(w.strip().lower() for w in rest.split(sep) if w.strip())
    return out


@attrs.frozen(slots=True)
class _Turn:
    """A labelled paragraph: its label (where it stands) and the words after it, with the paragraphs that go on
    with the same speaker."""

    label: str
    label_span: Span
    words: tuple[Span, ...]

    def first(self, text: str) -> str:
        """The words of the labelled paragraph itself."""
        return text[self.words[0].start : self.words[0].end]


def find_transcript(text: str, regions: Sequence[Span]) -> tuple[Quote, ...]:
    """The quotes of the interview transcripts between the first and the last of ``regions`` (sorted spans)."""
    if not regions or ":" not in text:
        return ()
    lines = _lines(text, regions[0].start, regions[-1].end, regions)
    out: list[Quote] = []
    table: names.NameTable | None = None  # built for the first run shaped like a transcript
    for run in _runs(text, lines):
        if not _a_transcript(text, run):
            continue
        table = table or names.build(text, regions)  # the table of the whole article, as the other quotes use it
        run = _trimmed(text, run, table)
        if _a_transcript(text, run) and _people_answer(text, run, table):
            out.extend(_quotes(text, run, table))
    return tuple(out)


def _lines(text: str, lo: int, hi: int, regions: Sequence[Span]) -> list[tuple[Span, bool]]:
    """The non-empty lines of ``text[lo:hi]``, each with whether it lies in running text."""
    out: list[tuple[Span, bool]] = []
    k, r = lo, 0
    while k < hi:
        e = text.find("\n", k, hi)
        e = hi if e < 0 else e
        if text[k:e].strip():
            while r < len(regions) and regions[r].end <= k:
                r += 1
            out.append((Span(k, e), r < len(regions) and regions[r].start <= k < regions[r].end))
        k = e + 1
    return out


def _label(text: str, line: Span) -> tuple[str, Span, int] | None:
    """The label opening ``line``, where it stands, and where the words after it start."""
    m = _LABEL.match(text, line.start, line.end)
    if m is None or len(m.group("label")) > MAX_LABEL:
        return None
    label = m.group("label").strip()
    if _key(label).replace(".", "").split()[0] in _words()["not_label"]:
        return None  # also written with dots: "P.S.:", "P. S.:"
    return label, Span(m.start("label"), m.start("label") + len(label)), m.end()


def _runs(text: str, lines: list[tuple[Span, bool]]) -> list[list[_Turn]]:
    """Runs of labelled lines; a line of running text between two of them goes on with the speaker before."""
    runs: list[list[_Turn]] = []
    run: list[_Turn] = []
    pending: list[Span] = []  # running text after the last turn: its continuation if another turn follows
    for line, running in lines:
        found = _label(text, line)
        if found is not None:
            if run and pending:
                run[-1] = attrs.evolve(run[-1], words=run[-1].words + tuple(pending))
            pending = []
            label, span, start = found
            run.append(_Turn(label, span, (_tidy(text, Span(start, line.end)),)))
        elif running and run and len(pending) < MAX_CONTINUED:
            pending.append(_tidy(text, line))
        elif running and run:
            runs.append(run)  # too long a stretch without a label: the article goes on
            run, pending = [], []
        elif run and not running and len(text[line.start : line.end].split()) > 12:
            runs.append(run)  # a long line outside the running text ends the run
            run, pending = [], []
    if run:
        runs.append(run)
    return runs


def _tidy(text: str, s: Span) -> Span:
    a, b = s.start, s.end
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Span(a, b)


def _key(label: str) -> str:
    return " ".join(label.lower().replace(". ", ".").split())


def _a_transcript(text: str, run: list[_Turn]) -> bool:
    """Enough turns, few speakers, alternating, and one side asks."""
    if len(run) < MIN_TURNS:
        return False
    keys = [_key(t.label) for t in run]
    count = collections.Counter(keys)
    if not 2 <= len(count) <= MAX_SPEAKERS or max(count.values()) < 2:
        return False
    changes = sum(1 for a, b in itertools.pairwise(keys) if a != b)
    if changes < len(keys) // 2:
        return False
    unended = sum(1 for t in run if not t.first(text).endswith(_TURN_END))
    if unended > 1:
        return False  # headings with a kicker ("Müdigkeit: Die Ursachen"), not turns of speech
    return _asker(text, run) is not None


def _asker(text: str, run: list[_Turn]) -> str | None:
    """The label of the questions: a label of the interviewer's side, else the one whose turns mostly ask."""
    keys = {_key(t.label) for t in run}
    for k in keys:
        if k.rstrip(".") in _words()["question"]:
            return k
    best, share = None, 0.0
    for k in keys:
        turns = [t for t in run if _key(t.label) == k]
        asks = sum(1 for t in turns if "?" in t.first(text))
        if asks * 2 >= len(turns) and asks / len(turns) > share:
            best, share = k, asks / len(turns)
    return best


def _people_answer(text: str, run: list[_Turn], table: names.NameTable) -> bool:
    """Every side that answers is a person the article names: a chat log of first names, a programme of channels
    ("ARD:", "ZDF:"), a round-up of places ("Berlin:", "Hamburg:") or a quiz ("Lösung:") has none."""
    asker = _asker(text, run)
    answers = [t for t in run if _key(t.label) != asker]
    return all(_a_person(text, run, t, asker, table) for t in {_key(t.label): t for t in answers}.values())


def _a_person(text: str, run: list[_Turn], turn: _Turn, asker: str | None, table: names.NameTable) -> bool:
    """Whether the label of ``turn`` stands for a person the article names."""
    label = turn.label
    if _key(label).rstrip(".") in _words()["answer"]:
        asked = [t.first(text) for t in run if _key(t.label) == asker]
        said = [t.first(text) for t in run if _key(t.label) != asker]
        return (
            _most_named(table) is not None
            and any(_ADDRESS.search(q) for q in asked)
            and any(_FIRST_PERSON.search(a) for a in said)
        )
    if _initials(label):
        return _by_initials(table, _initials(label)) is not None
    words = [w for w in label.split() if w.lower() not in _words()["honorific"]]
    if not words or not (table.knows(words[-1]) or _named_in_text(text, words[-1])):
        return False
    return len(words) > 1 or _outside_labels(text, words[0], run)  # not named only in its own labels


def _trimmed(text: str, run: list[_Turn], table: names.NameTable) -> list[_Turn]:
    """``run`` without a label at either end that stands once and for no person (a box after the interview,
    "Zur Person: ...")."""
    count = collections.Counter(_key(t.label) for t in run)
    asker = _asker(text, run)

    def stray(t: _Turn) -> bool:
        return count[_key(t.label)] == 1 and _key(t.label) != asker and not _a_person(text, run, t, asker, table)

    lo, hi = 0, len(run)
    while lo < hi and stray(run[lo]):
        lo += 1
    while hi > lo and stray(run[hi - 1]):
        hi -= 1
    return run[lo:hi]


def _outside_labels(text: str, word: str, run: list[_Turn]) -> bool:
    """Whether ``word`` stands in ``text`` other than as a label of ``run``."""
    starts = {t.label_span.start for t in run}
    pattern = rf"(?i)(?<!\p{{L}}){regex.escape(word)}(?!\p{{L}})"
    return any(m.start() not in starts for m in regex.finditer(pattern, text))


def _initials(label: str) -> list[str]:
    """The initials a label consists of ("F.M.", "F. M.", "FM"), else none."""
    parts = label.replace(".", " ").split()
    if parts and all(len(p) == 1 for p in parts):
        return parts
    if len(parts) == 1 and 2 <= len(label) <= 3 and label.isupper() and label.isalpha():
        return list(label)
    return []


def _quotes(text: str, run: list[_Turn], table: names.NameTable) -> list[Quote]:
    asker = _asker(text, run)
    interviewer = _interviewer(text)
    out: list[Quote] = []
    for t in run:
        asks = _key(t.label) == asker
        speaker, kind = _speaker(text, t.label, asks, table, interviewer)
        for w in t.words:
            if w.end > w.start:
                out.append(Quote(
                    text=text[w.start : w.end], span=w, kind="direct", speaker=speaker, mention=t.label,
                    mention_span=t.label_span, cue=None, speaker_type=kind if speaker is not None else None,
                ))
    return out


@functools.cache
def _interviewer_pattern() -> regex.Pattern[str]:
    cues = "|".join(regex.escape(c).replace(r"\ ", r"\s+") for c in sorted(_words()["interviewer_cue"]))
    return regex.compile(rf"(?i:{cues})\s+(?P<name>{_NAME.pattern})")


def _interviewer(text: str) -> str | None:
    """The interviewer the article names ("Das Gespräch führte Jana Wolff", "Interview: Jana Wolff")."""
    m = _interviewer_pattern().search(text)
    return str(m.group("name")) if m is not None else None


def _speaker(
    text: str, label: str, asks: bool, table: names.NameTable, interviewer: str | None
) -> tuple[str | None, SpeakerType]:
    key = _key(label).rstrip(".")
    if key in _words()["question"]:
        return interviewer, SpeakerType.PERSON
    if key in _words()["answer"]:
        return _most_named(table), SpeakerType.PERSON
    words = [w for w in label.split() if w.lower() not in _words()["honorific"]]
    if not words:
        return None, SpeakerType.PERSON
    initials = _initials(label)
    if initials and not asks:
        return _by_initials(table, initials) or label, SpeakerType.PERSON
    if table.knows(words[-1]):
        full = table.canonical(words)
        if len(words) > 1 and words[0].lower() not in full.lower().split():
            # "Greta Ahlers:" beside a "Bernd Ahlers" the table knows ("García Lorenzo:", "De Vries:" are his)
            return " ".join(words), SpeakerType.PERSON
        return full, SpeakerType.PERSON
    named = _named_in_text(text, words[0]) if len(words) == 1 and not asks else None
    if named is not None:
        return named, SpeakerType.PERSON  # named in full only outside the body (a kicker, the title)
    if asks and not label.isupper() and lexicon.is_role(words[-1]):
        return " ".join(words), SpeakerType.ROLE  # "Richter:", "Staatsanwältin:" ask in a hearing
    if asks and (label.isupper() or len(words) == 1):
        return label, SpeakerType.MEDIA  # "SPIEGEL:", "taz:": the medium asks
    return " ".join(words), SpeakerType.PERSON


def _named_in_text(text: str, surname: str) -> str | None:
    """``surname`` with a common first name before it anywhere in ``text`` (the title and kicker too), else the
    surname where someone is addressed by it ("Herr Ahlers"), else None."""
    word = regex.escape(surname.capitalize() if surname.isupper() else surname)
    for m in regex.finditer(rf"\b(?P<first>\p{{Lu}}\p{{Ll}}+)[ ]{word}\b", text):
        count = first_names().get(m.group("first"), (0, ""))[0]
        if count >= FIRST_NAME_MIN:
            return f"{m.group('first')} {m.group(0).split()[-1]}"
    if regex.search(rf"\b(?:Herrn?|Frau)[ ]{word}\b", text):
        return surname
    return None


def _by_initials(table: names.NameTable, initials: list[str]) -> str | None:
    """The one person of the article whose name has these initials (``F.M.`` -> ``Frieda Maurer``)."""
    found = {
        full for full in table.by_last.values()
        if [w[0] for w in full.split() if w[:1].isupper()] == initials
    }
    return found.pop() if len(found) == 1 else None


def _most_named(table: names.NameTable) -> str | None:
    """The person the article names most often (the one an interview with "Antwort:" labels is with)."""
    if not table.person_name:
        return None
    return str(collections.Counter(table.person_name).most_common(1)[0][0])
