"""Which sentences can hold indirect speech: compiled patterns over a sentence's characters, before any token.

Every form of :mod:`.indirect_frames` needs one of a few words: a source word ("laut", "zufolge", "demnach",
"wonach"), "nach" beside a source noun ("nach Angaben", "Seiner Meinung nach") or after a comma ("..., nach der"),
a verb of demanding before "zu" (a zu-infinitive without a comma), or, beside a comma or colon, a verb of saying
(a particle verb's form only with its particle in the sentence: "gab ... an"), a stance or ", so".  A
sentence without a frame is reported speech only in Konjunktiv (:func:`.indirect_mood.mood`): a listed form, or a
word in lower case ending in -e after a capitalized word or a pronoun ("BASF plane", "er verlange") or before a
pronoun ("handele es").  A sentence none of these patterns finds is left unread: it holds no indirect speech.
The patterns find a superset of what the token rules look for (a word is a maximal run of letters, marks and
digits), so leaving a sentence out never changes the output; tests/test_indirect_gate.py checks that against the
token rules.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from ..model import Span
from .indirect_lexicon import Mood, frame_verbs, frames, konjunktiv
from .indirect_mood import NOT_VERBS
from .tokens import first_words

_W = r"[\p{L}\p{M}\d]"  # a character of a word
_NW = r"[^\p{L}\p{M}\d]"  # a character between words
_PRONOUN = r"(?i:er|sie|es|man)(?!" + _W + ")"

class _Patterns(NamedTuple):
    piece: regex.Pattern[str]  # the pieces of a sentence's words (a word joined by hyphens gives each piece)
    so: regex.Pattern[str]  # ", so X" closing a sentence (in lower case)
    comma_nach: regex.Pattern[str]  # ", nach der" pointing to a source (in lower case)
    stem_e: regex.Pattern[str]  # the final e of a word not capitalized, not -ie/-te (group 1: the word before it)
    after_subject: regex.Pattern[str]  # where a stem + e can be a verb: after a capitalized word or a pronoun,
    no_noun_after: regex.Pattern[str]  # ... and no capitalized word right after it (an adjective before its noun)
    pronoun_after: regex.Pattern[str]  # ... or before a pronoun
    echo: regex.Pattern[str]  # "Dies"/"Das" opening a sentence (marks may stand before it)


@functools.cache
def _patterns() -> _Patterns:
    """Compiled on first use, not on ``import denews``."""
    return _Patterns(
        piece=regex.compile(_W + "++"),
        so=regex.compile("," + _NW + "*+so(?!" + _W + ")"),
        comma_nach=regex.compile("," + _NW + "*+nach(?!" + _W + ")"),
        # The endings -ie and -te are no stem + e (as :func:`has_konjunktiv` reads them): left out by the pattern,
        # which halves the words the loop there looks at.  The final e comes first and the rest of the word in a
        # lookbehind: the engine looks for an e at the end of a word, not for the start of every word; and the
        # cheap tests after the e (a word's end, not -ie/-te) come before that lookbehind, which most e's, inside
        # a word, then never reach (the same words, in 0.6 of the time over the bench's sentences).
        stem_e=regex.compile(
            "[eE](?!" + _W + r")(?<![iItT][eE])(?<=(?<!" + _W + r")((?!\p{Lu})\p{L}{2,}+)[eE])"
        ),
        after_subject=regex.compile(
            r"(?:(?<=\p{Lu}[\p{L}\p{M}\d\-‐’']*" + _NW + "*)|(?<=(?<!" + _W + ")" + _PRONOUN + _NW + r"*))"
        ),
        no_noun_after=regex.compile(r"(?!\s*+\p{Lu})"),
        pronoun_after=regex.compile(_NW + "*+" + _PRONOUN),
        echo=regex.compile(_NW + "*+(?i:dies|das)(?!" + _W + ")"),
    )


#: Words the frames look for beside the verbs of saying: source phrases and pointers.
_SOURCE_WORDS = ("laut", "zufolge")


class _Cues(NamedTuple):
    sources: frozenset[str]  # any of these opens a source phrase ("laut", "zufolge", "demnach", "wonach")
    words: frozenset[str]  # any of these opens a frame, beside a comma or colon (verbs of saying, stances)
    particles: dict[str, frozenset[str]]  # a form of a particle verb only: its particles
    infinitives: frozenset[str]  # forms of the verbs whose zu-infinitive needs no comma ("aufgefordert ... zu")
    source_nouns: tuple[str, ...]  # "nach" beside a word ending so


@functools.cache
def _cues() -> _Cues:
    """The words a frame can start from (built on first use: it lists every form of every verb)."""
    f = frames()
    sources = f["back_references"] | f["content_openers"] | frozenset(_SOURCE_WORDS)
    words = set(f["adjectives"] | f["stance_nouns"] | f["hearsay"])
    particles: dict[str, frozenset[str]] = {}
    infinitives = set()
    for form, cues in frame_verbs().items():
        if any(c.particle is None for c in cues):
            words.add(form)
        else:
            particles[form] = frozenset(c.particle for c in cues if c.particle is not None)
        if any(c.lemma in f["infinitive_verbs"] for c in cues):
            infinitives.add(form)
    return _Cues(sources, frozenset(words), particles, frozenset(infinitives), tuple(f["source_nouns"]))


class Words(NamedTuple):
    """A sentence's characters as the patterns read them: as written, in lower case, and its lower-case pieces."""

    raw: str
    low: str
    pieces: frozenset[str]


def words(text: str, sent: Span) -> Words:
    """The sentence cut out (a pattern looks at no character around it, as the tokenizer does not)."""
    raw = text[sent.start : sent.end]
    low = raw.lower()
    return Words(raw, low, frozenset(_patterns().piece.findall(low)))


def has_cue(w: Words) -> bool:
    """The sentence holds a word a frame can start from: a source word anywhere, a verb of saying or a stance
    beside a comma or colon (the frames before and after their content), or a verb of demanding before "zu"."""
    cues = _cues()
    if not w.pieces.isdisjoint(cues.sources):
        return True
    if "zu" in w.low and not w.pieces.isdisjoint(cues.infinitives):
        return True  # "wurden aufgefordert die Fenster zu schließen", "anzubieten"
    if ("," in w.low or ":" in w.low) and _framing(w, cues):
        return True
    return "nach" in w.pieces and (
        _patterns().comma_nach.search(w.low) is not None or any(p.endswith(cues.source_nouns) for p in w.pieces)
    )


def _framing(w: Words, cues: _Cues) -> bool:
    """A verb of saying (a particle verb with its particle) or a stance, or ", so"."""
    # ", so X" needs "so" as a word of its own: the pattern runs only where the word is there.
    if not w.pieces.isdisjoint(cues.words) or ("so" in w.pieces and _patterns().so.search(w.low) is not None):
        return True
    return any(not w.pieces.isdisjoint(cues.particles[p]) for p in w.pieces & cues.particles.keys())


@functools.cache
def _k1_forms() -> frozenset[str]:
    """The listed forms of Konjunktiv I: the only listed forms that open reported speech by themselves."""
    return frozenset(form for form, f in konjunktiv().items() if f.mood is Mood.K1)


def has_konjunktiv(w: Words, *, k2: bool = True) -> bool:
    """The sentence holds a word that may be a verb in Konjunktiv: a listed form (with ``k2`` false, of Konjunktiv
    I only: where no reported speech runs on, Konjunktiv II opens none), or stem + e where
    :func:`.indirect_mood.mood` reads one (four letters or more, not -ie, -te, nor a function word)."""
    if not w.pieces.isdisjoint(konjunktiv() if k2 else _k1_forms()):
        return True
    pat = _patterns()
    for m in pat.stem_e.finditer(w.raw):
        start, end = m.start(1), m.end()  # the word
        low = w.raw[start:end].lower()
        if len(low) < 4 or low.endswith(("ie", "te")) or low in NOT_VERBS:
            continue
        subject = pat.after_subject.match(w.raw, start) and pat.no_noun_after.match(w.raw, end)
        if subject or pat.pronoun_after.match(w.raw, end):
            return True
    return False


def may_echo(text: str, sent: Span) -> bool:
    """The sentence opens with "Dies" or "Das" and a word that may be a verb of saying (in lower case, as
    :func:`.indirect_frames.echo` reads its second token): it may name the source of the sentence before it."""
    if _patterns().echo.match(text, sent.start, sent.end) is None:
        return False
    pair = first_words(text, sent.start, sent.end, 2)
    # The second token as :class:`.tokens.Tok` reads it: not capitalized, its lower case a verb form.
    return len(pair) == 2 and not pair[1][:1].isupper() and bool(frame_verbs().get(pair[1].lower()))
