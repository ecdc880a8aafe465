"""Indirect speech: reported statements without quotation marks, with their speakers (quotes of kind "indirect").

Each sentence of the running text is read once, in order (:mod:`.indirect_frames` and :mod:`.indirect_sources`
hold the forms):

1. a frame before the content: a verb of saying, announcing, warning or demanding, a comma, and a dass/ob/w-clause,
   a clause in Konjunktiv or a zu-infinitive ("Er sagte, die Lage sei ernst", "Sie kündigte an, dass ...");
2. a frame after it: ", sagte er", ", so X", ", hieß es", ", wie X sagte";
3. a source phrase anywhere: "laut X", "X zufolge", "nach Angaben von X", "Wie X mitteilte,", ", wonach",
   "Demnach" (the content may be indicative: "Laut Polizei wurde niemand verletzt");
4. the next sentence names the source: "Dies teilte die Polizei mit.";
5. no frame, but Konjunktiv (:mod:`.indirect_mood`): the reported speech of the sentence before runs on, and its
   speaker with it, until a sentence in another mood ends it; where none runs, Konjunktiv I in a main clause
   opens reported speech, its speaker named in the sentence before.

``text``/``span`` cover the reported content, never the frame; the content holds the fragments in marks built
into it whole (:mod:`.indirect_marks`), and is cut at any other quotation.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from ..model import Quote, Span, SpeakerType
from . import indirect_frames as frames
from . import indirect_gate as gate
from . import indirect_marks as nesting
from . import indirect_sources as sources
from . import mentions
from .coreference import Attribution
from .indirect_lexicon import Mood, frame_verbs
from .indirect_marks import Marks, mostly_quoted
from .indirect_mood import mood, sentences
from .indirect_speaker import SOURCE, Speakers
from .tokens import Tok, tokenize
from .ways import Way

__all__ = ["find_indirect"]

#: How far (in characters) the last speaker named still answers for a sentence in Konjunktiv that names no one.
_RECENT = 600
#: The most characters between two sentences for reported speech to run on (a paragraph break is fine).
_RUN_GAP = 6
#: What may stand between two sentences of one passage of reported speech: their end marks and spaces.
_BETWEEN = ".!?… \t\u00a0"


#: Reported content, its speaker, and whether a frame names the source.
_Found = tuple[Span, Attribution | None, bool]


@attrs.define(slots=True)
class _State:
    """The reported speech still open: its speaker and where its last sentence ended."""

    said: Attribution | None = None
    end: int = -1
    open: bool = False

    #: The last speaker named, and where: the fallback for a sentence in Konjunktiv that names no one (as a
    #: quotation in marks with no one named is the last speaker's, within the same reach).
    recent: Attribution | None = None
    recent_end: int = -1

    def then(self, said: Attribution | None, end: int, open_: bool) -> _State:
        """The state after a sentence: reported speech ``open_`` (or not) with ``said``, ending at ``end``."""
        if said is not None and said.speaker is not None:
            return _State(said, end, open_, said, end)
        return _State(said, end, open_, self.recent, self.recent_end)


class _Sentences:
    """The sentences of the regions in order, each tokenized when first asked for (most are never read)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._toks: dict[Span, list[Tok]] = {}

    def toks(self, sent: Span | None) -> list[Tok]:
        if sent is None:
            return []
        toks = self._toks.get(sent)
        if toks is None:
            toks = self._toks[sent] = tokenize(self._text, sent.start, sent.end)
        return toks


def find_indirect(text: str, regions: Sequence[Span], quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """Indirect quotes in ``regions``; none overlaps one of ``quotes`` (the quotations in marks)."""
    marks = Marks(text, quotes)
    speakers = Speakers(text, regions, [q.span for q in marks.quotes])
    words = _Sentences(text)
    out: list[Quote] = []
    state = _State()
    qi = 0
    prev: Span | None = None
    passage = False  # the last quote of ``out`` is reported speech with no frame of its own
    for region in regions:
        sents = sentences(text, region)
        for k, sent in enumerate(sents):
            # A quotation in marks with a speaker that ends before this sentence opens reported speech too.
            while qi < len(marks.quotes) and marks.quotes[qi].span.end <= sent.start:
                q = marks.quotes[qi]
                if q.speaker is not None and q.span.end >= state.end:
                    said = Attribution(q.speaker, q.mention, q.mention_span, q.cue, Way.CARRY)
                    state = state.then(said, _sentence_end(text, q.span.end), True)
                qi += 1
            nxt = sents[k + 1] if k + 1 < len(sents) else None
            every = _one(text, sent, marks, state, speakers, (words, prev, nxt))
            prev = sent
            if not every:
                if state.said is not None or state.end != -1 or state.open:  # (else the state stays as it is)
                    state = state.then(None, -1, False)
                continue
            for found in every:
                content = nesting.content(text, found[0], marks)
                if content is None:
                    continue
                # Speech that runs on without a frame after a sentence that had none either is one passage with it.
                joined = _passage(text, out[-1], content, marks) if out and passage and not found[2] else None
                out[-1:] = [joined] if joined is not None else [*out[-1:], _quote(text, content, found[1])]
                passage = not found[2]
            # Even where every content was left out (too short, or the quotation in marks is the speech), the frame
            # named who speaks: speech that runs on next is theirs (tests/test_quotes_fixq_s20.py).
            state = state.then(every[-1][1], sent.end, True)
    return tuple(out)


def _passage(text: str, last: Quote, content: Span, marks: Marks) -> Quote | None:
    """``last`` and ``content`` of the next sentence as one passage of reported speech, if they stand side by side in
    one paragraph with no quotation mark between or in them but those of fragments reported speech holds (a
    fragment in marks that has no frame is not among ``marks`` yet: its marks stop the passage)."""
    gap = text[last.span.end : content.start]
    if "\n" in gap or gap.strip(_BETWEEN) or nesting.stray_mark(text, Span(last.span.start, content.end), marks):
        return None
    return attrs.evolve(last, text=text[last.span.start : content.end], span=Span(last.span.start, content.end))


def _one(
    text: str,
    sent: Span,
    marks: Marks,
    state: _State,
    speakers: Speakers,
    around: tuple[_Sentences, Span | None, Span | None],
) -> list[_Found]:
    """The reported contents of one sentence (two where a second frame follows the first), each with its speaker
    and whether a frame names the source (in the sentence or the next); none (``around``: the tokens, and the
    sentences before and after this one in its region)."""
    words, prev, nxt = around
    w = gate.words(text, sent)
    cued = gate.has_cue(w)
    # Konjunktiv II counts only where reported speech may run on into this sentence (see _run_on).
    may_run = state.open and state.end >= 0 and sent.start - state.end <= _RUN_GAP
    echoed: bool | None = None  # asked only where the answer counts: a frame in this sentence comes first
    if not cued:
        echoed = nxt is not None and gate.may_echo(text, nxt)
        if not (echoed or gate.has_konjunktiv(w, k2=may_run)):
            return []  # no word any form of indirect speech starts from
    toks = words.toks(sent)
    if not toks or len(toks) > frames.MAX_TOKENS:
        return []
    direct = Marks.within(marks.direct, sent)
    if mostly_quoted(text, sent, [d for d in direct if d not in marks.nestable]):  # (a held one is content)
        return []
    found = _framed(text, toks, sent, direct) if cued else None
    if found is not None:
        return _two_frames(text, found, state, speakers, (sent, toks, direct))
    if echoed is None:
        echoed = nxt is not None and gate.may_echo(text, nxt)
    nxt_toks = words.toks(nxt) if echoed else []
    cue = sources.echo(nxt_toks) if nxt_toks else None
    if cue is not None:
        # "Die Halle ist gesperrt. Dies teilte die Stadt mit.": the next sentence is the frame.
        frame = Span(nxt_toks[1].start, nxt_toks[-1].end)  # without the "Dies" that stands for the content
        said = speakers.in_frame(frame, sent, sentence=(nxt, nxt_toks) if nxt is not None else None)
        return [(Span(sent.start, frames.content_end(text, sent)), said, True)]
    marked = (direct, Marks.within(marks.every, sent))
    ran = _run_on(text, (sent, toks), marked, state, speakers, (words, prev))
    return [] if ran is None else [(*ran, False)]


def _two_frames(
    text: str, found: frames.Frame, state: _State, speakers: Speakers, sentence: tuple[Span, list[Tok], list[Span]]
) -> list[_Found]:
    """The content of a frame and its speaker; two where a second frame of saying follows inside the content of a
    frame before it ("Während A erklärte, X, räumte B ein, Y"): the second speaks for Y, or the first where the
    second frame names no one ("A sagte, X, räumte aber ein, Y")."""
    sent, toks, direct = sentence
    said = _framed_speaker(text, found, state, speakers, (sent, toks))
    before = found.frame is not None and found.frame.end <= found.content.start
    pair = frames.second(text, toks, found, direct) if before and found.noun is None else None
    if pair is None:
        return [(found.content, said, True)]
    first, then = pair
    said_then = _framed_speaker(text, then, state, speakers, (sent, toks))
    if said_then.speaker is None and said_then.mention is None:
        said_then = attrs.evolve(said, cue=said_then.cue)
    return [(first.content, said, True), (then.content, said_then, True)]


def _framed(text: str, toks: list[Tok], sent: Span, direct: list[Span]) -> frames.Frame | None:
    """The first frame of the sentence that fits: before, after, a source phrase, a bare zu-infinitive."""
    # A frame before its content stands on a comma or colon, one after it on a comma: a sentence without either
    # (each such character is a token of its own) is not read for them.
    comma = text.find(",", sent.start, sent.end) >= 0
    found = frames.before(text, toks, sent, direct) if comma or text.find(":", sent.start, sent.end) >= 0 else None
    if found is None and comma:
        found = frames.after(toks, sent)
    return found or sources.source(text, toks, sent) or frames.bare_infinitive(text, toks, sent)


def _framed_speaker(
    text: str, found: frames.Frame, state: _State, speakers: Speakers, sentence: tuple[Span, list[Tok]]
) -> Attribution:
    """The speaker of content in a frame (in ``sentence``, with its tokens): the one the frame names, with the words
    that name them."""
    if found.cue is not None and found.cue.lower() in sources.BACK:
        # "Demnach ...": the source named before speaks on; the word that points back to it is the mention.
        back = found.frame
        who = state.said.speaker if state.said is not None else None
        return Attribution(who, text[back.start : back.end] if back is not None else None, back, found.cue, Way.CARRY)
    said = (
        speakers.in_frame(found.frame, found.content, verb=found.verb, sentence=sentence)
        if found.frame is not None else None
    )
    who = said.speaker if said is not None else None
    genitive = found.frame is not None and found.noun is not None and found.frame.start > found.noun.start
    if found.noun is not None and (who is None or genitive):
        # "die Forderung des Verbands, ...": the noun and its genitive name the source.
        said = Attribution(who, text[found.noun.start : found.noun.end], found.noun, found.cue, Way.NOUN)
    if found.pointer is not None:
        # "Gerüchte, wonach ...": the source is named before; the word that points to it is the mention.
        said = Attribution(who, text[found.pointer.start : found.pointer.end], found.pointer, found.cue, Way.POINTER)
    # A noun frame's cue is its noun ("vertritt die These"), unless its verb is one of saying ("äußerte").
    noun_cue = found.noun is not None and said is not None and said.cue is not None and not _saying(said.cue)
    if said is not None and found.cue is not None and (said.cue is None or noun_cue):
        said = attrs.evolve(said, cue=found.cue)
    return said or Attribution(None, cue=found.cue)


def _saying(cue: str) -> bool:
    """``cue`` holds a verb of saying that needs no particle ("äußerte"; not "machte", which says only with one)."""
    return any(c.particle is None for w in cue.split() for c in frame_verbs().get(w.lower(), ()))


def _quote(text: str, content: Span, said: Attribution | None) -> Quote:
    s = said if said is not None else Attribution(None)
    return Quote(
        text=text[content.start : content.end],
        span=content,
        kind="indirect",
        speaker=s.speaker,
        mention=s.mention,
        mention_span=s.mention_span,
        cue=s.cue,
        speaker_type=_speaker_type(s.speaker, s.type),
    )


@functools.lru_cache(maxsize=4096)
def _speaker_type(speaker: str | None, kind: mentions.MentionType | None) -> SpeakerType | None:
    """:func:`.mentions.speaker_type` without the name table: its words alone answer it, so the answer is kept per
    speaker (reported speech names the same few again and again)."""
    return mentions.speaker_type(speaker, kind)


def _sentence_end(text: str, pos: int) -> int:
    k = text.find(".", pos)
    return len(text) if k < 0 else k + 1


def _run_on(
    text: str,
    here: tuple[Span, list[Tok]],
    marks: tuple[list[Span], list[Span]],
    state: _State,
    speakers: Speakers,
    before: tuple[_Sentences, Span | None],
) -> tuple[Span, Attribution | None] | None:
    """A sentence in Konjunktiv without a frame (``here``: the sentence and its tokens): the reported speech before it
    goes on (its speaker with it), or, where none is open, the speaker is the one its own pronoun or the sentence
    before names (``before``: the tokens, and the sentence before, if any)."""
    sent, toks = here
    direct, quoted = marks  # the direct quotations, and all of them, near this sentence
    gap = text[max(0, state.end) : sent.start] if state.end >= 0 else "x"
    running = state.open and len(gap) <= _RUN_GAP and not gap.strip(" \t\r\n\u00a0„“\"»«")
    # Speech that runs on may go on in a subordinate clause; a sentence that opens reported speech by itself does
    # so in its main clause, outside any quotation ("weil der Kläger „nichts erbracht habe“" is not).
    m = mood(toks, direct, reported=True) if running else mood(toks, quoted, main_only=True)
    if m is None or (m is Mood.K2 and not running):
        return None
    content = Span(sent.start, frames.content_end(text, sent))
    if running and state.said is not None and (state.said.speaker is not None or state.said.how == SOURCE):
        # The speaker runs on, and so do the words that named them in the sentence that opened the speech.
        return content, attrs.evolve(state.said, cue=None, how=SOURCE if state.said.how == SOURCE else Way.CARRY)
    lead = toks[0]
    if lead.low in ("er", "sie") and len(toks) > 1 and not toks[1].cap:
        said = speakers.in_frame(Span(lead.start, lead.end), content, cue_needed=False, sentence=here)
        if said is not None and said.speaker is not None:
            return content, said
    words, prev_sent = before
    prev = words.toks(prev_sent)
    if prev_sent is not None and prev:
        # The sentence before: the subject of its verb of saying, or someone it names.
        frame = Span(prev[0].start, prev[-1].end)
        said = speakers.in_frame(frame, content, cue_needed=False, sentence=(prev_sent, prev))
        if said is not None and said.speaker is not None and (said.cue is not None or _someone(said, prev, speakers)):
            return content, attrs.evolve(said, how=Way.PREVIOUS)
        said = speakers.passive_agent(prev)  # "Der Plan wurde von X als zu teuer bezeichnet. Er sei ..."
        if said is not None and said.speaker is not None:
            return content, attrs.evolve(said, how=Way.PREVIOUS)
    if state.recent is not None and 0 <= sent.start - state.recent_end <= _RECENT:
        # Only the speaker: the speech that named them ended before this sentence.
        return content, Attribution(state.recent.speaker, how=Way.RECENT)
    return content, None


def _someone(said: Attribution, prev: list[Tok], speakers: Speakers) -> bool:
    """Someone the sentence before names without a verb of saying speaks on only if the words name a person or a
    body (a first name, a role, an institution, a medium), or a name of two words or more that does not open the
    sentence: a capitalized run there may be an adjective and a noun ("Große Mängel traten auf")."""
    assert said.speaker is not None
    if speakers.names_someone(said.speaker):
        return True
    span = said.mention_span
    return span is not None and span.start > prev[0].start and len(said.speaker.split()) > 1
