"""Quotations and their speakers.

``find_quotes`` pairs the quotation marks inside the running-text regions (:mod:`.marks`), drops
names and scare quotes and tells direct from partial quotes (:mod:`.classify`), and attributes each
quote to its speaker (:mod:`.attribution`) through the article's own name table (:mod:`.names`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
import regex

from ..model import Quote, QuoteKind, Span
from . import classify, fragments, interview, lexicon, marks, mentions, names, titles
from .attribution import Attributor
from .coreference import Attribution
from .grammar import INSULT_STEMS
from .indirect import find_indirect
from .tokens import DETERMINERS, PREPOSITIONS
from .ways import Way

__all__ = ["find_quotes"]

_NAMING = tuple(lexicon.function_words()["naming_stems"])
_NOUN = regex.compile(r"\b\p{Lu}\p{Ll}")
# A possessive right before the marks ("in seiner „Thronrede“").
_POSSESSIVE_END = regex.compile(
    r"(?<![\p{L}])(?:" + "|".join(sorted(lexicon.function_words()["possessives"])) + r")\s*+$", regex.I
)
# An auxiliary of the passive ("wird ... bezeichnet", "wurden ... attestiert", "ist ... genannt worden").
_PASSIVE = regex.compile(r"\b(?:wird|werden|wurde|wurden|worden)\b")

#: The marks that reopen a quotation in its next paragraph.
_REOPEN = frozenset("„»«\"“‚")

#: How many other quotes the context of a quote may reach over (keeps crowded texts linear).
_REACH = 3


def _clean(text: str, regions: Sequence[Span]) -> list[Span]:
    out: list[Span] = []
    end = 0
    for r in sorted(regions, key=lambda s: (s.start, s.end)):  # the order of Span, without attrs' __lt__
        s, e = max(r.start, end), min(r.end, len(text))
        if s < e:
            out.append(Span(s, e))
            end = e
    return out


@attrs.frozen(slots=True)
class _Unframed:
    """Fragments nothing frames (their own attribution found no speaker, or a weak one), each kept where a
    speaker is found for it."""

    quotes: list[Quote]
    #: Short fragments in lower case ("„repressiven“"), kept only inside reported speech whose speaker is known.
    inside: list[Quote] = attrs.field(factory=list)

    def add(self, q: Quote) -> None:
        """A fragment of words said by its shape, or a short piece that needs reported speech around it."""
        (self.quotes if fragments.said_fragment(q.text) else self.inside).append(q)

    def settle(self, text: str, marked: Sequence[Quote], reported: Sequence[Quote]) -> tuple[Quote, ...]:
        """``marked`` with the speaker of the reported speech around each quote that has none; unframed fragments
        still without one are dropped (a fragment nobody is found to have said is not scored as words said),
        unless they are as long as a clause (:data:`.fragments.SAID_WORDS`): a piece of someone's sentence."""
        loose = {q.span for q in self.quotes}
        out: list[Quote] = []
        for q in fragments.borrow_speakers(text, marked, reported):
            if q.speaker is not None or q.span not in loose or len(q.text.split()) >= fragments.SAID_WORDS:
                out.append(q)
        out += fragments.inside_reported(self.inside, reported)
        return tuple(sorted(out, key=lambda q: q.span.start))


def find_quotes(text: str, regions: Sequence[Span]) -> tuple[Quote, ...]:
    """Quotes inside ``regions`` (ordered, non-overlapping spans of ``text``), speakers resolved: quotations in
    marks, then indirect speech around them (:mod:`.indirect`), in text order."""
    try:
        framed, unframed = _find_marked(text, regions)
        clean = _clean(text, regions)
        reported: Sequence[Quote] = find_indirect(text, clean, framed)
        transcript = interview.find_transcript(text, clean)
    finally:
        names.forget()  # the name table both shared is of this text only
    found = _settled(text, _run_on(text, framed), unframed, reported, clean)
    return _with_transcript(found, transcript) if transcript else found


def _settled(
    text: str, framed: tuple[Quote, ...], unframed: _Unframed, reported: Sequence[Quote], regions: Sequence[Span]
) -> tuple[Quote, ...]:
    """The quotes in marks and the reported speech: unframed fragments kept where a speaker is found, cut out of
    the reported speech they stand in."""
    if not (unframed.quotes or unframed.inside) and not reported:
        return framed
    marked = tuple(sorted((*framed, *unframed.quotes), key=lambda q: q.span.start)) if unframed.quotes else framed
    marked = unframed.settle(text, marked, reported)
    loose = {q.span for q in (*unframed.quotes, *unframed.inside)}
    kept = [q for q in marked if q.span in loose]
    held = [q for q in marked if q.span not in loose]
    reported, absorbed = fragments.carve(text, reported, kept, held, regions)
    if absorbed:
        marked = tuple(q for q in marked if q.span not in absorbed)
    return tuple(sorted((*marked, *reported), key=lambda q: q.span.start))


def _run_on(text: str, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """One quotation over several paragraphs (each paragraph reopens with a mark, none closes before the last)
    has one speaker: the pieces take the speaker of the piece whose own frame names it ("Sie sagte: „…" or
    "… „…“, sagte sie."), else of the first piece with one."""
    chains: list[list[int]] = []
    for k in range(1, len(quotes)):
        gap = text[quotes[k - 1].span.end : quotes[k].span.start]
        if "\n" in gap and len(gap.strip()) == 1 and gap.strip() in _REOPEN:
            if chains and chains[-1][-1] == k - 1:
                chains[-1].append(k)
            else:
                chains.append([k - 1, k])
    if not chains:
        return quotes
    out = list(quotes)
    for chain in chains:
        pieces = [quotes[k] for k in chain]
        own = [q for q in pieces if q.speaker is not None and q.cue is not None and _own_frame(text, q)]
        if len({q.speaker for q in own}) > 1:
            continue  # two pieces each framed by another speaker: an unclosed mark, not one quotation
        donor = own[0] if own else next((q for q in pieces if q.speaker is not None and q.cue is not None), None)
        donor = donor or next((q for q in pieces if q.speaker is not None), None)
        if donor is None:
            continue
        for k in chain:
            if out[k].speaker != donor.speaker:
                out[k] = attrs.evolve(
                    out[k], speaker=donor.speaker, mention=donor.mention, mention_span=donor.mention_span,
                    speaker_type=donor.speaker_type,
                )
    return tuple(out)


def _own_frame(text: str, q: Quote) -> bool:
    """Whether the words naming the speaker of ``q`` stand in its own paragraph (not carried from one before)."""
    if q.mention_span is None:
        return False
    start = text.rfind("\n", 0, q.span.start)
    end = text.find("\n", q.span.end)
    return start < q.mention_span.start and (end < 0 or q.mention_span.end <= end)


def _with_transcript(found: Sequence[Quote], transcript: Sequence[Quote]) -> tuple[Quote, ...]:
    """The turns of an interview transcript, and the other quotes outside them (words in marks inside an answer
    are part of it)."""
    turns = sorted((q.span.start, q.span.end) for q in transcript)
    starts = [s for s, _ in turns]

    def outside(q: Quote) -> bool:
        k = bisect.bisect_right(starts, q.span.start) - 1
        return not (k >= 0 and q.span.start < turns[k][1]) and not (
            k + 1 < len(turns) and turns[k + 1][0] < q.span.end
        )

    rest = [q for q in found if outside(q)]
    return tuple(sorted((*rest, *transcript), key=lambda q: q.span.start))


def _find_marked(text: str, regions: Sequence[Span]) -> tuple[tuple[Quote, ...], _Unframed]:
    """Quotations in marks inside ``regions``: those attributed as words said, and fragments whose shape alone
    shows them as someone's words (:func:`.fragments.said_fragment`), without a speaker of their own yet."""
    spans = _clean(text, regions)
    if not spans:
        return (), _Unframed([])
    raws = marks.find_marks(text, spans)
    if not raws:
        return (), _Unframed([])
    starts = [r.start for r in spans]
    # The name table is the costly part; many texts have marks only around names and terms, so it is
    # built when the first quotation needs a speaker.
    att: Attributor | None = None
    term_count = _term_counts(text, raws)
    listed = classify.enumerated(text, [r.outer for r in raws])
    out: list[Quote] = []
    loose = _Unframed([])
    title_end = -1  # where the last stretch in marks taken for a name or a title ends
    prev_close = 0
    for idx, raw in enumerate(raws):
        inner, outer = raw.inner, raw.outer
        q = text[inner.start : inner.end]
        region_l = spans[max(0, bisect.bisect_right(starts, outer.start) - 1)]
        region_r = spans[max(0, bisect.bisect_right(starts, max(outer.start, outer.end - 1)) - 1)]
        before = text[max(region_l.start, outer.start - 60) : outer.start]
        # The context of a quote reaches over at most a few other quotes on either side.
        next_open = raws[idx + _REACH].outer.start if idx + _REACH < len(raws) else len(text)
        floor = raws[idx - _REACH].outer.end if idx >= _REACH else 0
        if not q.strip() or idx in listed or _a_name(text, q, outer, before, region_r.end, title_end):
            title_end = outer.end
            continue
        if region_l is not region_r or not region_l.contains(inner):
            # Quotations over several paragraphs come from marks.py one piece per paragraph; a pairing
            # that still reaches from one region into the next (a stray mark inside a nested quote)
            # joins two quotations that are not one.
            continue
        bounds = (region_l, region_r)
        ri = max(0, bisect.bisect_right(starts, outer.start) - 1)
        back = spans[ri - 1].start if ri > 0 else spans[0].start
        if att is None:
            att = Attributor(text, names.build(text, spans, [r.inner for r in raws]))
        attribution = att.attribute(inner, outer, bounds, next_open, prev_close, back, floor)
        attribution = _passive_frame(attribution, att, (outer, bounds, next_open, prev_close), q)
        k: QuoteKind = "direct" if classify.kind(q, before) == "direct" else "partial"
        if not _words_said(q, k, before, attribution, term_count) or (
            attribution.how in (Way.ALONE, Way.CARRY)
            and k == "partial"
            and not classify.reported(att.sentence(outer, bounds, next_open, prev_close))
        ):
            # A scare quote, or a fragment carried over from an earlier speaker without reported speech around
            # it; unless its shape shows a piece of someone's sentence (its speaker is settled later).
            if k == "partial" and (fragments.said_fragment(q) or fragments.lower_piece(q)):
                loose.add(_quote(q, inner, k, _checked(attribution, att), att))
            continue
        attribution = _checked(attribution, att)
        att.commit(attribution, outer)
        prev_close = outer.end
        out.append(_quote(q, inner, k, attribution, att))
    return tuple(out), loose


def _passive_frame(
    attribution: Attribution, att: Attributor, where: tuple[Span, tuple[Span, Span], int, int], q: str
) -> Attribution:
    """Words in marks a verb of saying in the passive frames ("wird als „…“ bezeichnet", "wurden „…“ attestiert"):
    said by its agent ("von X") or by someone the sentence does not name; a speaker carried over from before is no
    evidence of who."""
    if attribution.how != Way.CARRY or not attribution.cue:
        return attribution
    if _PASSIVE.search(att.sentence(*where).replace(q, " ")) is None:
        return attribution  # (the words in marks may hold a passive of their own)
    outer, bounds, _, prev_close = where
    agent = att.agent(outer, bounds, prev_close, attribution.cue)  # "wird von Kritikern als „…“ bezeichnet"
    return agent or attrs.evolve(attribution, speaker=None, mention=None, mention_span=None, how=Way.CUE)


def _term_counts(text: str, raws: Sequence[marks.RawQuote]) -> dict[str, int]:
    """How often each single word stands in marks: one set in marks again and again is the name of something
    (»Extrablatt«), not words said."""
    term_count: dict[str, int] = {}
    for raw in raws:
        q = text[raw.inner.start : raw.inner.end].strip()
        if classify.is_term(q):
            term_count[q] = term_count.get(q, 0) + 1
    return term_count


def _a_name(text: str, q: str, outer: Span, before: str, region_end: int, title_end: int) -> bool:
    """A name, a gloss or a title in marks (``title_end``: where the last one before ends), not words said."""
    after = text[outer.end : min(region_end, outer.end + 30)]
    if titles.after_utterance_noun(before) and q.strip():
        return False  # "skandierten Parolen wie „Stoppt den Bau“": the words chanted, not a name
    return (
        classify.is_name(q, before, after[:3], after)
        or classify.is_gloss(text, outer.start, outer.end)
        or titles.is_title(q, before, after)
        or titles.listed_with_title(text, title_end, outer.start, q)
    )


def _words_said(q: str, k: QuoteKind, before: str, attribution: Attribution, term_count: dict[str, int]) -> bool:
    """Whether the attributed marks hold words said, not a scare quote or a term."""
    ws = classify.words(q)
    if k == "partial" and len(ws) == 2 and ws[0] in classify.ARTICLES and ws[1][:1].isupper():
        return False  # "ringt „das Helle“ mit „dem Dunklen“": an article and its noun name a thing, a term
    # "als „Nazi-Schwein“ beschimpft": an insult is words said ("als „Heizungsgesetz“ bezeichnet": a term).
    named_as = (
        attribution.how == Way.CUE and before.rstrip().endswith(" als")
        and attribution.cue is not None and attribution.cue.lower().startswith(INSULT_STEMS)
    )
    if attribution.speaker is None and k == "partial" and (
        attribution.cue is None
        or (attribution.cue.lower().startswith(_NAMING) and _NOUN.search(q) and not named_as)
    ):
        # A scare quote: a fragment nobody is said to have said (a verb of saying makes it words, except a
        # noun phrase a verb of naming puts in marks: "als „kalte Progression“ bezeichnet" is a term).
        return False
    # A single word in marks without a verb of saying is a name or a term; so is one after a possessive.
    return not (
        classify.is_term(q)
        and (
            attribution.cue is None
            or _POSSESSIVE_END.search(before) is not None
            or (attribution.how not in (Way.AFTER, Way.COLON, Way.SENTENCE) and not named_as)
            or (term_count.get(q.strip(), 0) > 1 and not _bare_object(before, attribution))
            or q.strip().lower() in lexicon.stopwords()
        )
    )


def _bare_object(before: str, attribution: Attribution) -> bool:
    """A word in marks without article or preposition before it, which a verb of saying in its sentence frames
    for a speaker ("warf der Stadt „Wortbruch“ vor", "nannte es „Wortbruch“"): words said each time they are
    set in marks again, unlike the name of a thing, which takes its article ("die „Cassini“")."""
    if attribution.speaker is None or attribution.how not in (Way.AFTER, Way.COLON, Way.SENTENCE):
        return False
    prev = classify.words(before[-30:])
    return bool(prev) and prev[-1].islower() and prev[-1] not in DETERMINERS and prev[-1] not in PREPOSITIONS


def _checked(attribution: Attribution, att: Attributor) -> Attribution:
    """No speaker that cannot speak (an unchecked carry-over); a name in marks is a name whatever its words."""
    quoted_name = attribution.type in (mentions.MentionType.MEDIA, mentions.MentionType.ORGANIZATION)
    if (
        attribution.speaker is not None and not quoted_name
        and not mentions.can_speak(attribution.speaker, att.names.knows)
    ):
        return attrs.evolve(attribution, speaker=None, mention=None, mention_span=None)
    return attribution


def _quote(q: str, inner: Span, k: QuoteKind, attribution: Attribution, att: Attributor) -> Quote:
    return Quote(
        text=q,
        span=inner,
        kind=k,
        speaker=attribution.speaker,
        mention=attribution.mention,
        mention_span=attribution.mention_span,
        cue=attribution.cue,
        speaker_type=mentions.speaker_type(attribution.speaker, attribution.type, att.names.knows),
    )
