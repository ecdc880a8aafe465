"""The frames of indirect speech that name a source beside the content, not a verb of saying before or after it.

- :func:`source`: a source phrase anywhere ("laut X", "X zufolge", "nach Angaben des X", "Wie X mitteilte,",
  ", wonach", "Demnach");
- :func:`echo`: a sentence "Dies teilte die Polizei mit." that names the source of the sentence before it.

The frames around a verb of saying, and what both kinds share (:class:`Frame`, :func:`cue_at`), are in
:mod:`.indirect_frames`.
"""

from __future__ import annotations

from .._data import domain_endings
from ..model import Span
from .coreference import Attribution
from .indirect_frames import _ADJ_ENDINGS, _ARTICLES, Frame, _hearsay, content_end, cue_at
from .indirect_lexicon import frame_verbs, frames
from .tokens import Tok
from .ways import Way

_F = frames()
_SOURCE_NOUNS = _F["source_nouns"]
_ECHO = _F["echo_openers"]
_OPENERS = _F["content_openers"]
BACK = _F["back_references"]
_POSSESSIVES = frozenset(("seiner", "ihrer", "deren", "dessen", "unserer", "meiner"))
# Marks around a source's or a site's name (laut „X“, laut ‚X‘, wie „x.de“ berichtet): every family.
_MARKS = frozenset("„“”\"»«‚‘")
_RELATIVES = frozenset(("der", "denen", "dem", "welcher", "welchem", "welchen"))
#: The words a source phrase of :func:`_source_at` opens or closes with.
_SOURCE_OPENERS = frozenset(("laut", "zufolge", "nach", "wie")) | BACK | _OPENERS


def source(text: str, toks: list[Tok], sent: Span) -> Frame | None:
    """ "Laut Polizei ...", "... dem Bericht zufolge ...", "Nach ersten Angaben der Polizei ...", "Wie die Polizei
    mitteilte, ...": the source phrase is the frame, the longer side of the sentence beside it the content."""
    n = len(toks)
    for i, t in enumerate(toks):
        span = _source_at(toks, i) if t.low in _SOURCE_OPENERS else None
        if span is None:
            continue
        # The content is the clause around the source phrase: a semicolon ends it.
        lo = next((k for k in range(i - 1, -1, -1) if toks[k].text == ";" and toks[k].end <= span.start), -1)
        hi = next((k for k in range(i + 1, n) if toks[k].text == ";" and toks[k].start >= span.end), n)
        head = Span(toks[lo].end if lo >= 0 else sent.start, span.start)
        tail = Span(span.end, toks[hi].start if hi < n else content_end(text, sent))
        if t.low in _OPENERS or (t.low == "nach" and text[span.start] == ","):
            pointer = Span(t.start, span.end)  # "wonach", "nach denen"
            return Frame(tail, Span(sent.start, span.start), None, None, None, pointer)
        if t.low == "wie":
            inside = (k for k in range(i + 1, n) if toks[k].start < span.end)
            verb = next((toks[k].start for k in inside if cue_at(toks, k, n)), None)
            return Frame(tail if len(tail) >= len(head) else head, span, None, verb)
        # "Seiner Meinung nach": the phrase before "nach" names the source, as a noun frame does.
        noun = Span(span.start, toks[i - 1].end) if t.low == "nach" and span.end == t.end and i > 0 else None
        return Frame(tail if len(tail) >= len(head) else head, span, t.text, None, noun)
    return None


def _source_at(toks: list[Tok], i: int) -> Span | None:
    """The source phrase that ``toks[i]`` opens or closes, if any."""
    t, n = toks[i], len(toks)
    nxt = toks[i + 1] if i + 1 < n else None
    if t.low == "laut" and nxt is not None:
        return _laut(toks, i)
    if t.low == "zufolge" and i > 0:
        k = i - 1
        while k > 0 and i - k < 12 and toks[k - 1].text not in (",", ";", ":"):
            k -= 1
        return Span(toks[k].start, t.end)
    noun = _source_noun(toks, i + 1) if t.low == "nach" else None
    if noun is not None:
        return Span(t.start, toks[_genitive_end(toks, noun)].end)
    if t.low == "nach" and i > 0 and toks[i - 1].cap and any(toks[i - 1].low.endswith(w) for w in _SOURCE_NOUNS):
        start = i - 2 if i > 1 and (toks[i - 2].low in _POSSESSIVES or toks[i - 2].low in _ARTICLES) else i - 1
        return Span(toks[start].start, t.end)  # "Seiner Meinung nach", "Dem Vernehmen nach"
    if t.low == "nach" and 0 < i < n - 1 and toks[i - 1].text == "," and toks[i + 1].low in _RELATIVES:
        return Span(toks[i - 1].start, toks[i + 1].end)  # "eine Klageschrift, nach der ...": like "wonach"
    if t.low in BACK and (i == 0 or toks[i - 1].text == ";"):
        return Span(t.start, t.end)
    if t.low in _OPENERS and i > 0 and toks[i - 1].text == ",":
        return Span(toks[i - 1].start, t.end)
    if t.low == "wie" and (i == 0 or toks[i - 1].text == ","):
        cue = next((k for k in range(i + 1, min(n, i + 25)) if cue_at(toks, k, n) or _hearsay(toks, k)), None)
        end = next((k for k in range(cue, n) if toks[k].text == ","), n) if cue is not None else n
        if cue is not None and end < n and (cue_at(toks, cue, end) or _hearsay(toks, cue)):
            return Span(t.start, toks[end].start)
    return None


def _laut(toks: list[Tok], i: int) -> Span | None:
    """"laut Polizei", "laut der Zeitung", "laut israelischen Medien", "laut „tagesschau.de“", "laut bild.de"."""
    n = len(toks)
    first = i + 1
    if toks[first].text in _MARKS:
        return Span(toks[i].start, toks[first + 1].end) if first + 1 < n and not toks[first + 1].punct else None
    # Adjectives before the noun ("laut israelischen Medien"); a web address ending in ".de" is none.
    while first < n - 1 and _adjective(toks[first]):
        first += 1
    t = toks[first]
    if t.punct or not (t.cap or t.low in _ARTICLES or "." in t.text):
        return None
    return Span(toks[i].start, toks[_phrase_end(toks, first)].end)


def _adjective(t: Tok) -> bool:
    return not t.cap and t.low.endswith(_ADJ_ENDINGS) and "." not in t.text


def _phrase_end(toks: list[Tok], i: int) -> int:
    """The last token of the noun phrase from ``toks[i]`` (articles, adjectives, capitalized words, a genitive)."""
    k = i
    while k + 1 < len(toks) and k - i < 6:
        nxt = toks[k + 1]
        if nxt.punct or not (nxt.cap or nxt.low in _ARTICLES or (toks[k].low in _ARTICLES and not nxt.cap)):
            break
        if nxt.cap and nxt.low in _ARTICLES and toks[k].cap:
            break
        k += 1
    while k > i and toks[k].low in _ARTICLES:
        k -= 1
    return k


def _source_noun(toks: list[Tok], i: int) -> int | None:
    """The index of a source noun ("Angaben", "Polizeiangaben") after "nach", past up to two adjectives or a
    possessive ("nach ersten Angaben", "nach eigenen Informationen")."""
    for k in range(i, min(i + 3, len(toks))):
        t = toks[k]
        if t.cap and not (t.low.endswith("s") and k + 1 < len(toks) and toks[k + 1].cap):
            low = t.low
            return k if any(low.endswith(s) for s in _SOURCE_NOUNS) else None
        if t.punct:
            return None
    return None  # past "nach Grupps" a genitive name: "nach Grupps Meinung"


def _genitive_end(toks: list[Tok], k: int) -> int:
    """After a source noun: its genitive or "von X" ("Angaben der Polizei", "Angaben von Peter Kurz")."""
    if k + 2 < len(toks) and toks[k + 1].low in ("des", "der", "von", "vom", "eines", "einer"):
        return _phrase_end(toks, k + 2) if not toks[k + 2].punct else k
    return k


def echo(toks: list[Tok]) -> str | None:
    """The cue of a sentence that names the source of the one before: "Dies teilte die Polizei mit.",
    "Das bestätigte ein Sprecher." (``None`` when the sentence is no such frame)."""
    if len(toks) < 3 or toks[0].low not in _ECHO or not toks[0].cap:
        return None
    end = next((k for k, t in enumerate(toks) if t.text in (",", ";", ":")), len(toks))
    return toks[1].text if cue_at(toks, 1, end) else None


_DOMAIN_ENDINGS = frozenset(domain_endings())


def site(toks: list[Tok]) -> Attribution | None:
    """A web site as the source: "laut bildblog.de", "laut „nordblick.de“", "nordblick.de zufolge", "berichtete
    nordblick.de" (the name machinery reads capitalized words only)."""
    for k, t in enumerate(toks):
        stem, dot, ending = t.text.rpartition(".")
        if not (dot and stem and ending in _DOMAIN_ENDINGS):  # a web address is one token (see .tokens)
            continue
        before = [u.low for u in toks[max(0, k - 2) : k] if u.text not in _MARKS]
        after = [u.low for u in toks[k + 1 : k + 3] if u.text not in _MARKS]
        cue = "laut" if before[-1:] == ["laut"] else "zufolge" if after[:1] == ["zufolge"] else None
        if cue is None and before and any(c.particle is None for c in frame_verbs().get(before[-1], ())):
            cue = before[-1]  # "..., berichtete example.de."
        if cue is not None:
            return Attribution(t.text, t.text, Span(t.start, t.end), cue, Way.SENTENCE)
    return None
