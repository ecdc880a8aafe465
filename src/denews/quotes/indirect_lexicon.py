"""The word lists of indirect speech, loaded once from ``quotes_konjunktiv.tsv`` and ``quotes_indirect_frames.tsv``."""

from __future__ import annotations

import enum
import functools

import attrs

from .._data import read_text
from . import lexicon


class Mood(enum.Enum):
    """Konjunktiv I marks reported speech by itself; Konjunktiv II only where reported speech is already open."""

    K1 = "k1"
    K2 = "k2"


@attrs.frozen(slots=True)
class Form:
    """A Konjunktiv form: its mood, its persons, and the persons in which the same form is also indicative."""

    mood: Mood
    persons: frozenset[str]
    indicative_in: frozenset[str]


def _rows(name: str) -> list[list[str]]:
    out: list[list[str]] = []
    for line in read_text(f"lexicons/{name}").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            out.append(line.split("\t"))
    return out


@functools.cache
def konjunktiv() -> dict[str, Form]:
    """Every listed Konjunktiv form (lower case) to its mood and persons."""
    forms: dict[str, Form] = {}
    for cols in _rows("quotes_konjunktiv.tsv"):
        form, mood, persons, indicative = (c.strip() for c in cols[:4])
        ind = frozenset() if indicative == "-" else frozenset(indicative.split())
        forms[form] = Form(Mood(mood), frozenset(persons.split()), ind)
    return forms


@functools.cache
def frames() -> dict[str, frozenset[str]]:
    """The word classes of ``quotes_indirect_frames.tsv`` (multi-word entries joined by spaces)."""
    out: dict[str, set[str]] = {}
    for cols in _rows("quotes_indirect_frames.tsv"):
        name = cols[0].strip()
        if name == "strong_verb":
            continue
        out.setdefault(name, set()).update(w.replace("_", " ") for w in cols[1].split())
    return {k: frozenset(v) for k, v in out.items()}


Forms = dict[str, tuple[lexicon.Cue, ...]]


def _put(forms: Forms, form: str, cue: lexicon.Cue) -> None:
    have = forms.get(form, ())
    if cue not in have:
        forms[form] = (*have, cue)


def _add(forms: Forms, lemma: str, inflected: list[str]) -> None:
    """``inflected`` are the forms of ``lemma`` (``an|kündigen``) without the particle."""
    particle, _, base = lemma.rpartition("|")
    cue = lexicon.Cue(particle + base, particle or None)
    for f in inflected:
        participle = f.startswith("ge") and not f.startswith(base[:3])
        if not (particle and participle):
            _put(forms, f, cue)  # a particle verb's bare participle says nothing without its particle
        if particle:
            # In a subordinate clause and the participle the particle stands in front: "mitteilte", "mitgeteilt".
            _put(forms, particle + f, lexicon.Cue(particle + base, None))


@functools.cache
def frame_verbs() -> Forms:
    """Every inflected form of every verb that frames reported content (the verbs of saying of the direct
    quotes and the extra verbs of announcing, believing and knowing) to its cues (one per separable particle:
    "gab" is angeben with "an", zugeben with "zu")."""
    forms: Forms = {f: (c,) for f, c in lexicon.cue_forms().items()}
    for lemma in frames()["extra_verbs"]:
        base = lemma.rpartition("|")[2]
        _add(forms, lemma, lexicon._weak_forms(base))
    for cols in _rows("quotes_indirect_frames.tsv"):
        if cols[0].strip() == "strong_verb":
            lemma, *inflected = cols[1].split()
            _add(forms, lemma, inflected)
    return forms
