"""Fragments in marks that are words said even where no speaker or verb of saying frames them.

The attribution drops a partial quote nobody is said to have said as a scare quote (``die „Wende“``). A
fragment of several words opening in lower case is not a term set apart but a piece of someone's sentence
(``die Fähre sei „deutlich zu spät aus dem Hafen“ gelaufen``): terms, names and titles open with a
capital or are one or two words. :func:`said_fragment` scores that shape; :func:`borrow_speakers` gives such a
fragment the speaker of the reported speech it stands in. One or two words in lower case (:func:`lower_piece`,
``der Plan bestehe aus „strengen“ Schritten``) are too short for the shape alone: they are kept only inside
reported speech whose speaker is known (:func:`inside_reported`).
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Sequence

import attrs

from ..model import Quote, Span
from . import classify, indirect_marks, lexicon, titles

_GLUE = lexicon.function_words()["name_glue"]

#: Words a fragment needs to count as someone's words without a frame.
FRAGMENT_WORDS = 3
#: The score a fragment needs (see :class:`Evidence`).
SAID_SCORE = 2
#: Words in marks this long are a piece of someone's sentence, kept as a quote even where no speaker is found
#: (shorter fragments without one may be scare quotes or terms; measured on WikiNews and the dev corpus: both
#: golds count such long pieces as quotations).
SAID_WORDS = 7
#: Letters of a lower-case particle inside a name (bin, van, da).
_PARTICLE = 3


class Evidence(enum.Enum):
    """What speaks for or against a fragment being words said (weights in ``WEIGHTS``)."""

    LOWER_OPENING = enum.auto()  # opens in lower case: continues the reporter's sentence, not a name
    SEVERAL_WORDS = enum.auto()  # at least FRAGMENT_WORDS words: more than a term
    NAME_SHAPE = enum.auto()  # capitalized words joined by glue ("al-Rahman bin Said"), a web address


WEIGHTS = {Evidence.LOWER_OPENING: 1, Evidence.SEVERAL_WORDS: 1, Evidence.NAME_SHAPE: -2}


def _name_shaped(ws: list[str]) -> bool:
    """Most words capitalized (or lower-case prefixes of a capitalized part: ``al-Rahman``), the rest glue or
    short particles (``bin``, ``van``)."""
    caps = sum(1 for w in ws if w[:1].isupper() or any(p[:1].isupper() for p in w.split("-")[1:]))
    rest = [w for w in ws if not (w[:1].isupper() or w.lower() in _GLUE or "-" in w or len(w) <= _PARTICLE)]
    return caps * 2 > len(ws) and not rest


def evidence(quote: str) -> list[Evidence]:
    """The evidence the words in marks give, by their shape alone."""
    q = quote.strip()
    ws = classify.words(q)
    out: list[Evidence] = []
    if not ws:
        return out
    if q[:1].islower():
        out.append(Evidence.LOWER_OPENING)
    if len(ws) >= FRAGMENT_WORDS:
        out.append(Evidence.SEVERAL_WORDS)
    if _name_shaped(ws) or classify.is_name(q, "", ""):
        out.append(Evidence.NAME_SHAPE)
    return out


def said_fragment(quote: str) -> bool:
    """Whether a fragment in marks, which nothing frames, is someone's words by its shape."""
    return sum(WEIGHTS[e] for e in evidence(quote)) >= SAID_SCORE


def lower_piece(quote: str) -> bool:
    """One or two words in marks opening in lower case ("„repressiven“", "„voll umfänglich“"): too short to be
    someone's words by shape alone, but no name or term either; words said where reported speech holds them."""
    q = quote.strip()
    ws = classify.words(q)
    return 0 < len(ws) < FRAGMENT_WORDS and q[:1].islower() and ws[0].lower() not in lexicon.stopwords()


def inside_reported(pieces: Sequence[Quote], reported: Sequence[Quote]) -> list[Quote]:
    """The ``pieces`` that stand inside reported speech with a speaker, each with that speaker."""
    if not pieces:
        return []
    hosts = sorted((r for r in reported if r.speaker is not None), key=lambda r: r.span.start)
    starts = [h.span.start for h in hosts]
    out: list[Quote] = []
    for q in pieces:
        k = bisect.bisect_right(starts, q.span.start) - 1
        if k >= 0 and q.span.end <= hosts[k].span.end:
            h = hosts[k]
            out.append(attrs.evolve(
                q, speaker=h.speaker, mention=h.mention, mention_span=h.mention_span, speaker_type=h.speaker_type
            ))
    return out


def borrow_speakers(text: str, marked: Sequence[Quote], reported: Sequence[Quote]) -> list[Quote]:
    """``marked`` with each quote that has no speaker given the speaker of the speech next to it in the same
    sentence: the indirect quote or the quotation in marks that ends right before it or opens right after it,
    with only words of that sentence between ("nannte ihn einen „…“, dank dem „…“")."""
    hosts = sorted((*reported, *(q for q in marked if q.speaker is not None)), key=lambda q: q.span.start)
    starts = [h.span.start for h in hosts]
    out: list[Quote] = []
    for q in marked:
        if q.speaker is None:
            host = _host(text, q, hosts, starts)
            if host is not None:
                q = attrs.evolve(
                    q,
                    speaker=host.speaker,
                    mention=host.mention,
                    mention_span=host.mention_span,
                    speaker_type=host.speaker_type,
                )
        out.append(q)
    return out


def _host(text: str, q: Quote, hosts: Sequence[Quote], starts: list[int]) -> Quote | None:
    """The speech with a speaker right before or right after ``q`` within its sentence, or None."""
    k = bisect.bisect_left(starts, q.span.start)
    for r in hosts[max(0, k - 1) : k + 1]:  # the neighbours: ``hosts`` is sorted
        if r.speaker is None:
            continue
        if r.span.start <= q.span.start and q.span.end <= r.span.end:
            return r  # reported speech the fragment stands inside
        first, second = (r, q) if r.span.end <= q.span.start else (q, r)
        gap = text[first.span.end : second.span.start]
        if not any(c in gap for c in ".!?\n") and not classify.ends_sentence(first.text):
            return r  # (words in marks that end with a full stop end the sentence too)
    return None


def carve(
    text: str,
    reported: Sequence[Quote],
    kept: Sequence[Quote],
    held: Sequence[Quote] = (),
    regions: Sequence[Span] = (),
) -> tuple[list[Quote], set[Span]]:
    """The reported speech with the ``kept`` fragments nested or cut out. A fragment whose words stand inside an
    indirect quote stays a quote of its own, and the indirect quote holds it with its marks ("sie habe das Geld
    „ohne Prüfung“ verteilt"); one across its edge cuts it: the longest side stays where it holds enough letters.
    Where the indirect quote holds little beside its fragments (:data:`.indirect_marks.MIN_OWN` letters), the
    fragment is the reported content itself: the indirect quote stays whole and the fragment's span is returned
    among those to drop, unless the fragment speaks in the first person ("Seiner Ansicht nach „sind wir …“"):
    then it is the quote, and the indirect one is left out. ``held``: the other quotations in marks, which
    reported speech may hold already; a cut keeps their marks. ``regions`` (sorted): an indirect quote grows to
    hold a fragment's marks only inside its own region."""
    if not kept:
        return list(reported), set()
    # Each fragment with its marks (the cut), sorted by where the cut starts.
    cuts = sorted(((indirect_marks.with_marks(text, q.span), q.span) for q in kept), key=_start)
    starts = [c.start for c, _ in cuts]
    inner = sorted(indirect_marks.with_marks(text, q.span) for q in held)
    region_starts = [g.start for g in regions]
    out: list[Quote] = []
    absorbed: set[Span] = set()
    for r in reported:
        k = max(0, bisect.bisect_right(starts, r.span.start) - 1)
        touching = [(cut, frag) for cut, frag in cuts[k:] if cut.start < r.span.end and cut.end > r.span.start]
        if not touching:
            out.append(r)
            continue
        lo = bisect.bisect_left(inner, Span(r.span.start, r.span.start))
        k = bisect.bisect_right(region_starts, r.span.start) - 1
        region = regions[k] if k >= 0 and regions[k].contains(r.span) else Span(0, len(text))
        best = _carved(text, (r.span, region), touching, _inside(inner, lo, r.span))
        if best is not None:
            out.append(r if best == r.span else attrs.evolve(r, span=best, text=text[best.start : best.end]))
        elif len(touching) == 1 and titles.first_person(text[touching[0][1].start : touching[0][1].end]):
            pass  # "Seiner Ansicht nach „sind wir …“": words in the first person are said word for word
        else:
            out.append(r)
            absorbed.update(frag for _, frag in touching)
    return out, absorbed


def _carved(text: str, where: tuple[Span, Span], touching: list[tuple[Span, Span]], inner: list[Span]) -> Span | None:
    """The span of reported speech (``where``: it and its region) holding the fragments (``touching``: each with
    its marks) whose words stand inside it and cut at the others, its longest side kept (with the whole of the
    quotations ``inner`` it holds already); None where that holds too few letters, or too few beside the
    fragments it holds."""
    # Held: a fragment with a mark on each side (not a piece of a quotation over regions, cut at a region's edge).
    span, region = where
    span = indirect_marks.widened(span, [
        c for c, frag in touching if span.contains(frag) and region.contains(c) and indirect_marks.marked(text, c, frag)
    ])
    pieces = [span]
    for cut, _ in touching:
        if not span.contains(cut):
            pieces = [p for piece in pieces for p in indirect_marks.minus(piece, cut)]
    best = max((indirect_marks.tidy(text, p) for p in pieces), key=lambda p: p.end - p.start, default=None)
    if best is None:
        return None
    if best != span:
        within = [cut for cut, _ in touching if span.contains(cut)] + inner
        best = indirect_marks.widened(best, within)
    held = [cut for cut, _ in touching if best.contains(cut)]
    enough = indirect_marks.letters(text[best.start : best.end], indirect_marks.MIN_CONTENT)
    own = not held or indirect_marks.letters(indirect_marks.outside(text, best, held), indirect_marks.MIN_OWN)
    return best if enough and own else None


def _inside(spans: list[Span], lo: int, s: Span) -> list[Span]:
    """The spans of sorted ``spans`` from index ``lo`` on that lie inside ``s``."""
    out = []
    for c in spans[lo:]:
        if c.start >= s.end:
            break
        if c.end <= s.end:
            out.append(c)
    return out


def _start(cut: tuple[Span, Span]) -> int:
    return cut[0].start
