"""The article's end: the text the body kept after the article's last paragraph (an author's box, the site's
blurb, an appeal to subscribe, donate or comment, teasers of other stories written as prose).

Prose density cannot tell such blocks from the article: they are well-written sentences.  What tells them is
how they read against the article above them.  Each kept block after the article's first paragraphs gets a
score from general signals:

- a change of voice where the cut falls: the reader addressed (``Sie`` inside a sentence, ``Ihnen``, ``du``),
  a writer's first person, the site's ``wir``/``unser``, where the article above has not spoken so (a blog that
  says "ich" from its first line on changes nothing); counted once, at the cut, not per block;
- the shape of an appeal: an imperative (``Besuchen Sie``), ``Bitte``, an exclamation;
- words of appeals, of the page speaking of itself (``dieser Beitrag``, ``unser Newsletter``) and of a writer's
  box (a data file, ``layout_after_article.tsv``);
- a teaser cut short (``…`` at its end), unless the article's own first paragraphs trail off so;
- a post's filing line (``abgelegt unter``, ``Schlagwörter``), a legal notice (a licence, cookies);
- a colon at its end over removed furniture: it announces a list of other pages;
- a change of topic: none of its content words in the title and lead (against: a quarter of them or more);
- its words: more of them printed in the page's removed furniture than in the article's other blocks (for the
  scored cut only; :mod:`.page_words`);
- removed furniture right above it (a comment form, share buttons, a label of related stories); for the blocks
  below the cut, half of the furniture above each.

An article block without such signals weighs against the cut (more the longer it is).  The article ends at the
point after a gap of removed furniture that leaves the largest sum of scores after it, if that sum is clearly
positive: unremarkable paragraphs after an appeal keep it and everything above them, and the article's first
paragraphs are never cut.  The gap is required: text that runs on without furniture (a scraper's output, a
how-to that turns to the reader) is the article's.  Only short blocks right above the cut (or the page's last
kept blocks) go without it, where each says by its own words that it is the page's: nothing after them is lost.

The body's other end-of-article steps (a copyright notice closing the article, short lines between removed
blocks) are in :mod:`.page_end`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from .._data import read_text
from ..model import Boilerplate, BoilerplateKind, Paragraph, Span
from ..tokenize import count_function_words, words
from .page_words import INLINE as _INLINE
from .page_words import PageWords, content_stems
from .units import _U, EMPTY, HEAD, PROSE, SENT, Role

#: The article's first paragraphs of running text, never cut (the region and the body start chose them).
CERTAIN = 2
#: What a kept block without any signal weighs against the cut, and how much more per word.
BIAS = 0.8
BIAS_PER_WORD = 0.01
#: The least sum of scores after the article's end.
CUT = 0.5
#: Signal weights.
ADDRESS = 1.0
FIRST_PERSON = 0.5
SITE = 0.4
APPEAL_WORD, APPEAL_CAP = 0.4, 1.2
SELF_WORD, SELF_CAP = 0.4, 0.8
BIO_WORD, BIO_CAP = 0.4, 0.8
META_WORD, META_CAP = 0.6, 1.2
NOTICE_WORD = 1.0
#: A block in English under an article in German: a change of language is a change of voice.
FOREIGN = 1.0
IMPERATIVE = 0.6
CUT_SHORT = 1.5
#: A block that announces what follows it (a colon at its end) where what follows is removed furniture
#: (``Dann probier doch gleich diese Rezepte:`` over a list of other pages): it introduces the furniture.
ANNOUNCES = 1.0
SELF_REFERENCE = 1.0
#: A block that speaks the page's words more than the article's (:meth:`.page_words.PageWords.leaning` above
#: ``LEANING_AT``): the site's self-description, its shop's offer, its writer's box, printed near the furniture
#: that names them.  (0.6 and more cut a society's description of itself that annotators count as the text.)
LEANING, LEANING_AT = 0.4, 0.1
OFF_TOPIC, ON_TOPIC = 0.6, -0.6
ON_TOPIC_SHARE = 0.25
GAP_PER_UNIT, GAP_CUE, GAP_CAP = 0.3, 0.5, 1.5
#: The least evidence of its own a block needs for the furniture above it to count (more than a change of
#: topic alone: a paragraph after a picture may turn to a new aspect).
MIN_EVIDENCE = 0.8
#: The evidence that cuts the last kept block without furniture above it (nothing after it to lose).
LAST_ALONE = 2.0
#: The evidence that moves a cut up over a short block right above it (a change of topic not counted).
ABOVE_CUT = 1.0
#: ... if it is short: a notice, not the article's closing paragraph.
LAST_WORDS = 50
#: The share of the furniture above a block that counts when the cut falls higher up: blocks that stand among
#: furniture (teasers between link lines) belong to the page more than to the article.
LATER_GAP = 0.5

# Formal address: a capitalized "Sie"/"Ihnen"/"Ihr..." inside a sentence (not after its end).
_FORMAL = regex.compile(r"(?<![.!?\"„“»«]\s*)(?<=\S\s+)\b(?:Sie|Ihnen|Ihr(?:e[mnrs]?)?)\b")
_IMPERATIVE = regex.compile(r"^(?:Bitte\b|\p{Lu}\p{Ll}+en\s+Sie\b)|!\s*$")
# The page speaking of itself: "dieser Text", "zu diesem Artikel", "unseren Newsletter".
_SELF_REFERENCE = regex.compile(
    r"\b(?:dies|unser)(?:e[mnrs]?)?\s+(?:Text|Artikel|Beitrag|Beiträge|Blog|Website|Webseite|Seite|Newsletter|"
    r"Magazin|Ausgabe|Podcast|Shop|Redaktion|Inhalte?)\b"
)
# A quotation: „…“, “…”, "…", »…«, «…» (a quote left open runs to the block's end).
_QUOTED = regex.compile(r"„[^“”\"]*(?:[“”\"]|$)|“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|»[^«]*(?:«|$)|«[^»]*(?:»|$)")
_CUT_SHORT = regex.compile(r"(?:…|\.\.\.|\[…\])\s*$")
_FIRST = frozenset({"ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "meines"})


@cache
def _lexicon() -> dict[str, tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]]:
    """The word groups of ``layout_after_article.tsv``: whole words, beginnings (a trailing ``*``) and endings
    (a leading ``*``)."""
    out: dict[str, tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]] = {}
    for line in read_text("lexicons/layout_after_article.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        group, ws = line.split("\t")
        items = ws.split()
        out[group] = (
            frozenset(w for w in items if "*" not in w),
            tuple(w[:-1] for w in items if w.endswith("*")),
            tuple(w[1:] for w in items if w.startswith("*")),
        )
    return out


def _hits(lower: Sequence[str], group: str) -> int:
    whole, starts, ends = _lexicon()[group]
    return sum(1 for w in lower if w in whole or w.startswith(starts) or w.endswith(ends))


_content = content_stems


#: The voices of a block: the reader addressed, a writer's first person, the site's "we".  Each counts only where
#: the article above the cut has not spoken so already (a blog that says "ich" from its first line on).
_VOICES = (ADDRESS, FIRST_PERSON, SITE)


Voices = tuple[bool, bool, bool]


def _unquoted(text: str) -> str:
    """``text`` without what it quotes: a speaker's "wir" or "Sie" is not the site's voice."""
    out: str = _QUOTED.sub(" ", text)
    return out


def _voices(text: str) -> Voices:
    """Which voices the block ``text`` speaks in (see ``_VOICES``), outside quotation marks."""
    text = _unquoted(text)
    lower = [w.lower() for w in words(text)]
    addressed = _FORMAL.search(text) is not None or _hits(lower, "address") > 0
    return addressed, any(w in _FIRST for w in lower), _hits(lower, "site") > 0


def _evidence(x: _U, topic: set[str] | None, *, trails_off: bool = False, english: bool = False) -> float:
    """How much the kept block ``x`` reads as past the article by its own words and shape (its voices apart);
    words inside quotation marks are a speaker's, not the page's.  ``trails_off``: the article's opening ends
    a paragraph with "…" itself (a writer's style), so an ending "…" is no teaser cut short; ``english``: the
    article's opening is written in English, so a block in English is no change of language.  ``topic`` None:
    the block's own words and shape alone, without the change of topic."""
    lower = _lower(x.text)
    ev = _evidence_words(x, lower, trails_off=trails_off) + (FOREIGN if not english and _english(lower) else 0.0)
    return ev if topic is None else ev + _topic_score(lower, topic)


def _lower(text: str) -> list[str]:
    """The words of ``text`` outside quotation marks, in lower case."""
    return [w.lower() for w in words(_unquoted(text))]


def _topic_score(lower: Sequence[str], topic: set[str]) -> float:
    """A change of topic: none of the block's content words in the title and lead (against: a quarter or more)."""
    content = _content(lower)
    if len(content) < 4:
        return 0.0
    share = len(content & topic) / len(content)
    return OFF_TOPIC if share == 0 else ON_TOPIC if share >= ON_TOPIC_SHARE else 0.0


def _english(lower: Sequence[str]) -> bool:
    """The words read as English: more English function words than German ones, and three at least."""
    eng = _hits(lower, "english")
    return eng >= 3 and eng > count_function_words(list(lower))


def _evidence_words(x: _U, lower: Sequence[str], *, trails_off: bool) -> float:
    """The part of :func:`_evidence` read from the block's words and shape."""
    ev = min(APPEAL_WORD * _hits(lower, "appeal"), APPEAL_CAP)
    ev += min(SELF_WORD * _hits(lower, "self"), SELF_CAP)
    ev += min(BIO_WORD * _hits(lower, "bio"), BIO_CAP)
    ev += min(META_WORD * _hits(lower, "meta"), META_CAP)
    ev += NOTICE_WORD if _hits(lower, "notice") else 0.0
    if _IMPERATIVE.search(x.text):
        ev += IMPERATIVE
    if not trails_off and _CUT_SHORT.search(x.text):
        ev += CUT_SHORT
    if _SELF_REFERENCE.search(x.text):
        ev += SELF_REFERENCE
    return ev


def _announces_furniture(us: Sequence[_U], i: int) -> bool:
    """The block ``us[i]`` ends in a colon and the next unit with words is removed (a list of other pages, or
    the picture that opens such a list)."""
    if not us[i].text.rstrip().endswith(":"):
        return False
    j = i + 1
    while j < len(us) and us[j].shape == EMPTY:
        j += 1
    return j < len(us) and us[j].role is Role.BOILERPLATE


def _furniture(x: _U) -> bool:
    """Removed furniture that parts the article from what follows (inline furniture does not)."""
    return x.role is Role.BOILERPLATE and x.kind not in _INLINE and not x.credit


def _weight(x: _U) -> float:
    """What a kept block without any signal weighs against a cut."""
    return BIAS + BIAS_PER_WORD * x.nwords


def _gap(us: Sequence[_U], lo: int, hi: int) -> float:
    """What the removed furniture between two kept blocks (``us[lo:hi]``) adds to a cut at ``hi``."""
    g = 0.0
    for k in range(lo, hi):
        x = us[k]
        if _furniture(x):
            g += GAP_CUE if x.cue is not None else GAP_PER_UNIT
    return min(g, GAP_CAP)


def _voices_above(head: Sequence[str], opening: Sequence[str], voices: Sequence[Voices]) -> list[Voices]:
    """For each block of the tail (``voices``, in order), the voices heard above it: in the header, the
    article's first paragraphs (``opening``) and the tail's blocks before it."""
    heard = [False] * len(_VOICES)
    for s in (*head, *opening):
        heard = [a or b for a, b in zip(heard, _voices(s), strict=True)]
    above: list[Voices] = []
    for v in voices:
        above.append((heard[0], heard[1], heard[2]))
        heard = [a or b for a, b in zip(heard, v, strict=True)]
    return above


def article_end(us: Sequence[_U], start: int, head: Sequence[str]) -> int | None:
    """The unit where the article ends among the kept units from ``start`` on (``head``: the title, kicker and
    teaser); None where it runs to the last kept unit."""
    kept = [i for i in range(start, len(us)) if us[i].role in (Role.PARAGRAPH, Role.HEADING)]
    paras = [i for i in kept if us[i].role is Role.PARAGRAPH and us[i].shape in (PROSE, SENT)]
    if len(paras) <= CERTAIN:
        return None
    first = paras[CERTAIN - 1]
    opening = [us[i].text for i in kept if i <= first and us[i].shape == PROSE]
    topic = _content([w.lower() for s in (*head, *opening) for w in words(s)])
    tail = [i for i in paras if i > first]
    voices = [_voices(us[i].text) for i in tail]
    above = _voices_above(head, opening, voices)
    trails_off = any(_CUT_SHORT.search(s) for s in (*head, *opening))
    english = any(_english([w.lower() for w in words(s)]) for s in opening)
    own = [_evidence(us[i], None, trails_off=trails_off, english=english) for i in tail]
    own = [ev + (ANNOUNCES if _announces_furniture(us, i) else 0.0) for ev, i in zip(own, tail, strict=True)]
    evs = [ev + _topic_score(_lower(us[i].text), topic) for ev, i in zip(own, tail, strict=True)]
    leaned = _leaned(us, kept, tail, evs) if _gap(us, first + 1, tail[-1]) > 0 else evs
    # A change of voice is one event, where the cut falls: a voice the article above has not spoken in.
    changes = [
        sum(w for w, f, h in zip(_VOICES, v, a, strict=True) if f and not h) for v, a in zip(voices, above, strict=True)
    ]
    # Above a cut, a block that goes on in the first person the article's writer opened with is the writer's text.
    own = [0.0 if v[1] and a[1] else ev for ev, v, a in zip(own, voices, above, strict=True)]
    best_at = _last_alone(us, tail, (evs, own, changes), _best_cut(us, first, tail, leaned, changes))
    if best_at is None:
        return None
    end = tail[best_at]
    while end > first + 1 and (us[end - 1].role in (Role.HEADING, Role.BOILERPLATE) or us[end - 1].shape == HEAD):
        end -= 1  # the headings over the first block cut go with it
    return end


def _leaned(us: Sequence[_U], kept: Sequence[int], tail: Sequence[int], evs: Sequence[float]) -> list[float]:
    """``evs`` with the lean of each tail block to the page's words: for the scored cut only (a block above a cut
    or at the page's end goes by its own words alone), and only where furniture parts the tail (no cut without)."""
    page_words = PageWords(us, kept)
    lean = [LEANING if page_words.leaning(us[i].text) > LEANING_AT else 0.0 for i in tail]
    return [ev + x for ev, x in zip(evs, lean, strict=True)]


def _best_cut(
    us: Sequence[_U], first: int, tail: Sequence[int], evs: Sequence[float], changes: Sequence[float]
) -> int | None:
    """The tail block after a gap of furniture from which on the sum of scores is largest and above ``CUT``."""
    best, best_at, run = CUT, None, 0.0
    for k in range(len(tail) - 1, -1, -1):  # run: the sum of scores of the blocks from the cut on
        i = tail[k]
        run += evs[k] - _weight(us[i])
        prev = tail[k - 1] if k > 0 else first
        # The furniture right above a block strengthens its own signals; it cuts no block that has none.
        raw = _gap(us, prev + 1, i)
        gap = raw if evs[k] + changes[k] >= MIN_EVIDENCE else 0.0
        if gap > 0 and run + changes[k] + gap > best:
            best, best_at = run + changes[k] + gap, k
        run += LATER_GAP * raw
    return best_at


#: Per tail block: its evidence, its evidence without the change of topic, its change of voice.
_Scores = tuple[Sequence[float], Sequence[float], Sequence[float]]


def _last_alone(us: Sequence[_U], tail: Sequence[int], scores: _Scores, cut: int | None) -> int | None:
    """The cut moved up over the short tail blocks right above it (or above the end, where there is no cut) that
    each say by their own words that they are the page's: notices after which nothing can be lost.  Above a cut,
    a change of topic does not count for it (the article's last paragraph may turn to a new aspect), only the
    article's topic against it."""
    evs, own, changes = scores
    at = cut
    k = (len(tail) if cut is None else cut) - 1
    least, base = (LAST_ALONE, evs) if cut is None else (ABOVE_CUT, [min(a, b) for a, b in zip(evs, own, strict=True)])
    while k >= 0 and us[tail[k]].nwords <= LAST_WORDS and base[k] + changes[k] >= least:
        at, k = k, k - 1
    return at



def cut_after(us: Sequence[_U], end: int, boiler: list[Boilerplate], paragraphs: list[Paragraph]) -> None:
    """The kept units from ``end`` on become boilerplate ``other``, their paragraphs dropped."""
    for i in range(end, len(us)):
        x = us[i]
        if x.role in (Role.PARAGRAPH, Role.HEADING):
            x.role, x.kind = Role.BOILERPLATE, BoilerplateKind.OTHER
            boiler.append(Boilerplate(x.text, Span(x.start, x.end), BoilerplateKind.OTHER))
    # (Only kept units give paragraphs, in the order of the text.)
    paragraphs[:] = [p for p in paragraphs if p.span.start < us[end].start]
