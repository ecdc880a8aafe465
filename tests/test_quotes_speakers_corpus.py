"""No speaker that cannot speak, over every quote of two corpora nobody in the project wrote.

The corpora are third-party data (``shared/bench`` 10kGNAD, ``shared/corpus/external`` WikiNews; both
NonCommercial): read from ``<repo>/../shared``, never copied.  The word lists below were written for this test
from German grammar, independently of the library's own lexicons, so the test cannot pass by the library
checking its own lists.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import denews
from conftest import shared_path
from denews.model import Quote, Span

BENCH = ("bench", "10kgnad_test.csv")
WIKINEWS = ("corpus", "external", "wikinews_quotes_dev.jsonl")

# Abstract nouns: states, acts and things said, which no one can be.
ABSTRACT = {
    "klarheit", "freiheit", "sicherheit", "gerechtigkeit", "wahrheit", "mehrheit", "einheit", "gesundheit",
    "möglichkeit", "notwendigkeit", "wirklichkeit", "öffentlichkeit", "verantwortung", "entscheidung",
    "forderung", "hoffnung", "meinung", "lösung", "bedeutung", "entwicklung", "erfahrung", "bewertung",
    "kritik", "ansicht", "angst", "zukunft", "ergebnis",
    "problem", "situation", "lage", "frage", "antwort", "aussage", "aussagen", "angaben", "folge", "grund",
    "ziel",
}
# Sentence adverbs and particles that open a clause in front of the verb.
ADVERBS = {
    "weiter", "weiterhin", "zudem", "außerdem", "allerdings", "jedoch", "demnach", "offenbar", "vermutlich",
    "tatsächlich", "schließlich", "immerhin", "dennoch", "trotzdem", "hingegen", "dagegen", "daher", "deshalb",
    "zunächst", "inzwischen", "bisher", "gleichzeitig", "darauf", "darunter", "damit", "dabei", "ebenfalls",
}
# Currencies, units and amounts.
UNITS = {
    "euro", "dollar", "cent", "franken", "pfund", "rubel", "yen", "prozent", "millionen", "milliarden",
    "million", "milliarde", "kilometer", "meter", "tonnen", "grad", "stunden", "minuten", "uhr", "jahre",
}
# Media and agencies: "der Zeitung", "dem Sender" right after a verb (not after a noun, where "der" is a
# genitive, nor after a preposition, where the medium is a source: "laut dem Sender") is the addressee.
DATIVE_MEDIUM = re.compile(
    r"^(?:(?:der|einer)\s+(?:\w+\s+){0,2}\w*(?:zeitung|zeitschrift|agentur|illustrierten)"
    r"|(?:dem|einem)\s+(?:\w+\s+){0,2}\w*(?:sender|magazin|blatt|fernsehen|radio|rundfunk|portal|dienst))\b",
    re.I,
)
PREPOSITIONS = {"laut", "nach", "von", "vom", "in", "im", "aus", "bei", "beim", "mit", "zu", "zum", "zur", "gegenüber",
                "zufolge", "an", "auf", "über", "unter", "vor"}
# Verbs of saying: "sagte Berg der Zeitung" has the speaker between the verb and the medium.
SAYING = {"sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte", "betont", "meinte", "meint", "ergänzte",
          "kritisierte", "warnte", "bestätigte", "berichtete", "schrieb", "versicherte"}
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def bad_speaker(q: Quote, text: str) -> str | None:
    """Why the speaker of ``q`` cannot be one, or ``None``."""
    if q.speaker is None:
        return None
    if any(c.isdigit() for c in q.speaker):
        return "a digit"
    words = [w.lower() for w in WORD.findall(q.speaker)]
    for w in words:
        if w in UNITS:
            return f"a unit word {w!r}"
        if w in ADVERBS:
            return f"a sentence adverb {w!r}"
    if words and words[-1] in ABSTRACT:
        return f"an abstract noun {words[-1]!r}"
    mention = q.mention or ""
    if q.mention_span is not None and DATIVE_MEDIUM.match(mention):
        # Only the words of the mention's own sentence: a verb ending the sentence before is not "right before".
        window = text[max(0, q.mention_span.start - 40) : q.mention_span.start]
        before = WORD.findall(re.split(r"[.!?:]\s", window)[-1])
        after_verb = before and before[-1].islower() and before[-1] not in PREPOSITIONS
        after_speaker = len(before) > 1 and before[-1][:1].isupper() and before[-2] in SAYING
        if after_verb or after_speaker:
            return f"a medium in the dative {mention!r}"
    return None


def bench_texts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter=";", quotechar="'"):
            if len(row) >= 2:
                yield row[1]


def wikinews_texts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)["text"]


@pytest.mark.parametrize("corpus", ["bench", "wikinews"])
def test_no_speaker_is_a_word_that_cannot_speak(corpus: str) -> None:
    # Skips with the reason when ../shared is absent; fails under CI=true, where it is always present.
    path = shared_path(*(BENCH if corpus == "bench" else WIKINEWS))
    texts = list(bench_texts(path) if corpus == "bench" else wikinews_texts(path))
    assert len(texts) > 800  # the whole set was read
    failures: list[str] = []
    for i, text in enumerate(texts):
        for q in denews.parse(text).quotes:
            why = bad_speaker(q, text)
            if why is not None:
                failures.append(f"{corpus} {i}: speaker {q.speaker!r} ({why}), mention {q.mention!r}")
    assert not failures, f"{len(failures)} speakers cannot speak:\n" + "\n".join(failures[:40])


@pytest.mark.parametrize(
    ("speaker", "text", "bad"),
    [
        ("Projekt Millionen Euro", "kostet das Projekt Millionen Euro", True),
        ("Klarheit", "schafft Klarheit", True),
        ("Weiter", "Weiter sagte", True),
        ("Süddeutsche Zeitung", "sagte Berg der Süddeutschen Zeitung", True),
        ("Anna Berg", "sagte Anna Berg", False),
        ("Süddeutsche Zeitung", "berichtet die Süddeutsche Zeitung", False),
        ("Süddeutsche Zeitung", "laut der Süddeutschen Zeitung", False),
    ],
)
def test_the_check_itself_can_fail(speaker: str, text: str, bad: bool) -> None:
    mention = " ".join(text.split()[-len(speaker.split()) - (1 if "der " in text or "die " in text else 0) :])
    start = text.index(mention)
    q = Quote(text="x", span=Span(0, 1), speaker=speaker, mention=mention, mention_span=Span(start, len(text)))
    assert (bad_speaker(q, text) is not None) is bad
