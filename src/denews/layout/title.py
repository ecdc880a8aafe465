"""The headline, chosen by score among the headline-shaped lines above the article.

A page holds many lines of headline shape (menu items, breadcrumbs, other stories' teasers, widget labels).
The article's own headline stands close above its text and shares words with its lead; furniture does
neither, and has shapes of its own (a list bullet, a breadcrumb separator, an address).  Each candidate gets
one score from these signals; the best one is the title.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache

import attrs
import regex

from .._data import read_text
from ..tokenize import function_words, words
from .page_lines import FULL_WORDS, next_to, numbered, over_subtitle
from .page_lines import squash as _squash
from .site_name import is_site_name, site_names
from .stamps import find_stamp, month_year

# A list bullet or an arrow at the start of a line: a menu entry, a link to the previous or next post.
_BULLET = regex.compile(r"(?:[*+•·▪►→←>\[\]|o\-–]|\d{1,2}[.)])\s")
_ARROW = regex.compile(r"[←→]|^\[|\]$")
# A link to the previous or next post or up a level: an angle or a guillemet at one end with no partner on the
# line (``< Alle Beiträge``, ``« Ältere Einträge``, ``Nächster Artikel »``); Swiss quotes «...» pair up.
_NAV_ANGLE = regex.compile(r"^[<‹«][^>›»]*$|^[^<‹«]*[>›»]$")
# A breadcrumb ("Home › Politik › Inland", "Start » Film » Geschichte") or a row of menu items split by bars.
_TRAIL = regex.compile(r"\s[›»>/|•·]\s.*\s[›»>/|•·]\s|^\S+(?:\s\S+)?\s[›»>]\s")
# The separators of a breadcrumb's items (its last item is the page's own headline).
_TRAIL_SEP = regex.compile(r"\s[›»>/|•·]\s")
# (An ``@`` starts an address or a handle only before a letter: ``KI @ Schule`` reads "at", as in a headline.)
_ADDRESS = regex.compile(r"@(?=\w)|https?:|www\.|\.(?:de|com|at|ch|org|net)\b", regex.IGNORECASE)
_CONTENT_WORD = regex.compile(r"[\p{L}\d][\p{L}\p{M}\d\-]{2,}")

# Weights of the signals (a score is their sum).
OVERLAP = 2.0  # share of the candidate's content words found in the lead
DISTANCE = 0.12  # per block between the candidate and the article's text
FAR = 0.6  # beyond the nearest few blocks a line is rarely the headline
NEAR_BLOCKS = 6
ONE_WORD = 0.4
LONG_WORDS = 15  # a headline runs to fifteen words at most; a longer line is a teaser or a caption
# What a longer line costs: one in a hundred headlines of the pages set runs longer (1.2 to 1.5 gave the same
# titles there; 0.4 left two teasers on top, 2.0 lost a headline of seventeen words).
LONG = 1.2
INTERFACE = 1.5  # times the share of a line's content words that are interface words
ECHO = 1.0  # a line of several words that recurs inside another line of the page (breadcrumb, page title)
ECHO_WORDS = 2
# The breadcrumb's (or a list's) current item right above a line of three words or more that it ends with
# (``3. <headline>``, ``Start / Politik / <headline>``): the page's own headline, printed once more as its h1.
# Menus print their items once; a mega menu's heading over its sub-list has one or two words besides
# function words.  (Any weight from 1.25 to 3 gives the same titles on the pages set; 1.0 left two lost.)
CRUMB = 2.0
CRUMB_REACH = 3
CRUMB_WORDS = 3
# Of two full headline lines right over one another, the upper is the headline and the lower its subtitle (see
# page_lines.over_subtitle): the lower's one unit closer to the text must not decide.  (0.4 to 0.6 give the same
# titles on the pages set; 0.3 left one subtitle on top, 0.2 two.)
OVER_SUBTITLE = 0.5
# A headline printed twice within so many lines (the page's title over its h1, a stamp or a share button
# between) echoes itself.
TWIN_REACH = 4


@attrs.frozen(slots=True)
class Candidate:
    """A headline-shaped line: its index among the units and its text; ``echoed`` where the line recurs inside
    another line of the page (see :func:`echoed`), ``crumbed`` where a line right above ends with it (see
    :func:`crumbed`); ``under`` the running text right under it, if any (its own lead: see
    :func:`best_title`)."""

    index: int
    text: str
    echoed: bool = False
    crumbed: bool = False
    under: str = ""
    ordinal: bool = False


@cache
def _interface_words() -> frozenset[str]:
    data = read_text("lexicons/layout_title_furniture.txt")
    return frozenset(w for line in data.splitlines() for w in line.split("#", 1)[0].split())


_WORD = regex.compile(r"\p{L}[\p{L}\-:]*")


def interface_share(text: str) -> float:
    """Share of the content words of ``text`` that are words of a page's interface (``Keine Kommentare``)."""
    fw, ui = function_words(), _interface_words()
    content = [w for w in (m.lower().rstrip(":") for m in _WORD.findall(text)) if w not in fw]
    if not content:
        return 0.0
    return sum(1 for w in content if w in ui) / len(content)


def echoed(lines: Sequence[str], page: Sequence[str]) -> list[bool]:
    """For each of ``lines``: whether it recurs inside another, longer line of ``page``.

    An article's headline recurs in its breadcrumb (``Home > Politik > <headline>``) and in the page's title;
    a one-word menu entry recurs anywhere, so only lines of several words count, and an occurrence after a page
    title's separator (`` - <site>``) is a site's name, not a headline's echo; a line printed twice within
    ``TWIN_REACH`` lines echoes itself.  The page is joined once and each line counted in it once; exact copies
    and separator tails are looked up in tables built once.
    """
    squashed = [_squash(t) for t in page]
    joined = "\n".join(squashed)
    exact = Counter(squashed)
    # A headline printed twice close together (the page's title over its h1) echoes itself.
    twins = {a for k, a in enumerate(squashed) if a in squashed[k + 1 : k + 1 + TWIN_REACH]}
    tails: Counter[str] = Counter()
    for t in squashed:
        m = _SITE_SEP.search(t)
        if m is not None:
            tails[t[m.end() :]] += 1
    out = []
    for t in lines:
        s = _squash(t)
        if len(s.split()) < ECHO_WORDS:
            out.append(False)
            continue
        out.append(s in twins or joined.count(s) - exact[s] - tails[s] > 0)
    return out


def crumbed(page: Sequence[str], i: int, least: int = CRUMB_WORDS) -> bool:
    """Whether one of the ``CRUMB_REACH`` lines above line ``i`` of the ``page`` ends with it and holds more:
    the breadcrumb's or a list's current item over the headline (see ``CRUMB``); the line holds ``least``
    content words at least."""
    s = _squash(page[i])
    if _content_words(s) < least:
        return False
    for j in range(max(0, i - CRUMB_REACH), i):
        t = _squash(page[j])
        if t != s and t.endswith(s):
            return True
    return False


# A kicker (Dachzeile) that lends its words to the headline under it has one to three words; a longer line
# over a longer one is a headline over its subtitle, which must not borrow the headline's words.
KICKER_WORDS = 3
# Over a headline of up to so many words, a kicker's echo on the page is its topic's (a menu entry, a tag, the
# breadcrumb's section), not the headline's; a short line over a longer one (a subtitle) keeps its echo.
KICKED_WORDS = 8


# The separators of a page title's site name: `` - ``, `` – ``, `` | ``, `` · ``.
_SITE_SEP = regex.compile(r"\s+[|\-–—·]\s+(?=[^|\-–—·]+$)")
_DOMAIN = regex.compile(r"\b[\p{L}\d\-]+\.(?:de|at|ch|com|net|org|info|eu)\b", regex.IGNORECASE)
SITE_WORDS = 4  # a site's name is short


@cache
def _site_words() -> tuple[str, ...]:
    data = read_text("lexicons/layout_site_words.txt")
    return tuple(sorted(w for line in data.splitlines() for w in line.split("#", 1)[0].split()))


def site_suffix(line: str, page: Sequence[str]) -> int | None:
    """Where a site's name after the headline starts (`` - Musterstädter Zeitung``), or ``None``.

    The last part after a separator is the site's name where it is short and either names a publication (a
    domain, a word of ``layout_site_words.txt``) or recurs on the page as a line of its own (the logo) or in
    the footer's copyright line.  The headline before it keeps two words at least.
    """
    m = _SITE_SEP.search(line)
    if m is None:
        return None
    at: int = m.start()
    head, tail = line[:at], line[m.end() :].strip()
    # A name is short and holds no clause: no comma, no sentence mark.
    if len(head.split()) < 2 or not tail or len(tail.split()) > SITE_WORDS or any(c in tail for c in ",;!?"):
        return None
    if _DOMAIN.search(tail) is not None:
        return at
    if not tail[:1].isupper():
        return None
    named = any(w.endswith(_site_words()) for w in regex.findall(r"\p{L}+", tail.casefold()))
    return at if named or _recurs(tail, page) else None


def _recurs(tail: str, page: Sequence[str]) -> bool:
    """Whether ``tail`` stands on the page as a line of its own (the logo) or in a copyright line."""
    name = _squash(tail).casefold()
    for t in page:
        low = _squash(t).casefold()
        if low == name or ("©" in low and name in low):
            return True
    return False


def stems(text: str) -> set[str]:
    """Content words of ``text`` cut to five letters: ``Europas`` and ``Europa`` meet, ``der`` is left out."""
    fw = function_words()
    out: set[str] = set()
    for w in _CONTENT_WORD.findall(text):
        low = w.lower()
        if low not in fw:
            out.add(low[:5])
    return out


def furniture_shape(text: str, ordinal: bool = False) -> bool:
    """A list bullet, an arrow, a breadcrumb trail, an address, a row of tags or a month and year alone; with
    ``ordinal``, a number opening the line is an ordinal of the headline's (see :func:`lone_ordinal`)."""
    bullet = _BULLET.match(text)
    if bullet is not None and ordinal and numbered(text):
        bullet = None
    return bool(
        bullet or _ARROW.search(text) or _NAV_ANGLE.match(text) or _TRAIL.search(text)
        or _ADDRESS.search(text) or tag_row(text) or month_year(text)
    )


# A row of tags: four or more items of one or two words, split by commas, nothing else.
TAG_ITEMS = 4
_TAG_ROW = regex.compile(r"[\p{L}\d][\p{L}\p{M}\d\-&'’. ]*(?:,\s*[\p{L}\d][\p{L}\p{M}\d\-&'’. ]*){3,}")


def tag_row(text: str) -> bool:
    """A line of four or more comma-separated items of one or two words and no function word (``Hunde, Urlaub,
    Ostsee, Camping``): the tags under a blog post, not a headline."""
    if _TAG_ROW.fullmatch(text.strip()) is None:
        return False
    items = [t.split() for t in text.split(",")]
    fw = function_words()
    return len(items) >= TAG_ITEMS and all(
        1 <= len(t) <= 2 and not any(w.lower() in fw for w in t) for t in items
    )


def _shape(text: str) -> float:
    """What the shape of ``text`` costs a candidate: one word, very many, or an open end."""
    cost = 0.0
    n = len(text.split())
    if n == 1:
        cost += ONE_WORD
    if n > LONG_WORDS:
        cost += LONG
    if text.rstrip().endswith((":", ",", "...", "…")):
        cost += ONE_WORD
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if first.islower() and first in function_words():
        # A line opening with a small function word is a fragment (``vom Redaktionsteam``, ``für das Rezept``).
        cost += ONE_WORD
    return cost


def overlap(text: str, lead: set[str]) -> float:
    """Share of the content words of ``text`` found in ``lead``.

    (Weighing each word down by the number of the page's short lines that hold it, to tell a site's name from
    the topic, cost more than it gained: an article's topic recurs in its breadcrumb and related links.)
    """
    own = stems(text)
    if not own or not lead:
        return 0.0
    return len(own & lead) / len(own)


def score(cand: Candidate, body: int, share: float) -> float:
    """The score of ``cand`` as the headline of text that starts at unit ``body``, its words sharing ``share``
    with the lead."""
    dist = max(body - cand.index - 1, 0)
    far = FAR if dist >= NEAR_BLOCKS else 0.0
    own = (ECHO if cand.echoed else 0.0) + (CRUMB if cand.crumbed else 0.0) - INTERFACE * interface_share(cand.text)
    return OVERLAP * share - DISTANCE * min(dist, NEAR_BLOCKS) - far - _shape(cand.text) + own


def best_title(
    cands: Sequence[Candidate], body: int, lead_texts: Iterable[str], page: Sequence[str] | None = None
) -> int | None:
    """Index of the best-scored candidate; on a tie the one closer to the text.

    A short line (or one ending in a colon) right above a candidate is its kicker: the headline under it
    shares the kicker's words.  With the ``page``'s lines, the candidates that an echo could still lift to the
    top are looked up for one (see :func:`echoed`; the others cannot win, so their echo is never counted).
    """
    if not cands:
        return None
    lead: set[str] = set()
    for t in lead_texts:
        lead |= stems(t)
    # A headline shares the words of the running text right under it, even where the body was found to start
    # further down (a box or a list read as the article's start).
    shares = [max(overlap(c.text, lead), overlap(c.text, stems(c.under))) for c in cands]
    site: set[int] = set()
    if page is not None:
        # The site's own name (its logo) is no headline, nor a kicker whose words the line under it shares.
        names = site_names(page)
        site = {k for k in range(len(cands)) if is_site_name(cands[k].text, names)}
    lines = page or []

    def stamped(j: int) -> bool:  # (a stamp between two lines does not part them: stripping drops it)
        return 0 <= j < len(lines) and find_stamp(lines[j]) is not None

    kickers: set[int] = set()
    for k in range(1, len(cands)):
        if k - 1 in site:
            continue
        upper, lower = cands[k - 1], cands[k]
        n_up, n_low = len(upper.text.split()), len(lower.text.split())
        kicker_shape = (n_up <= KICKER_WORDS and n_up < n_low) or upper.text.rstrip().endswith(":")
        # (Across a stamp only a full headline: a short line under one is a name, a photo credit, the line again.)
        close = upper.index + 1 == lower.index or (n_low >= FULL_WORDS and next_to(upper.index, lower.index, stamped))
        if close and kicker_shape:
            shares[k] = max(shares[k], shares[k - 1])
            if n_low <= KICKED_WORDS:
                kickers.add(k - 1)
    # A bullet, a breadcrumb or an address is never the headline, even as the only line above the text; nor is
    # the opening of the headline right above it repeated alone (its topic's tag).
    tags = _opening_tags(cands) | site
    fit = [k for k in range(len(cands)) if not furniture_shape(cands[k].text, cands[k].ordinal) and k not in tags]
    if not fit:
        return None
    scores = {k: score(cands[k], body, shares[k]) for k in fit}
    if page is not None:
        top = max(scores.values())
        # (A kicker's echo is its topic's: see KICKED_WORDS.)
        near = [k for k in fit if not cands[k].echoed and k not in kickers and scores[k] + ECHO >= top]
        for k, e in zip(near, echoed([cands[k].text for k in near], page), strict=True):
            if e:
                scores[k] += ECHO
    for k in over_subtitle([(c.index, c.text) for c in cands], scores.keys(), stamped):
        scores[k] += OVER_SUBTITLE
    best = max(fit, key=lambda k: (scores[k], cands[k].index))
    return cands[best].index


def _opening_tags(cands: Sequence[Candidate]) -> set[int]:
    """Candidates that repeat the opening words of the candidate right above them, and no more (``Ultra-Akku``
    under ``Ultra-Akku hält eine Woche durch``): a tag of the headline's topic, not a headline; and candidates
    that the line right under them repeats after a few words of its own (a breadcrumb's last item over the
    headline with its kicker glued on: ``Hallenbad bleibt`` over ``Ärger in Talheim Hallenbad bleibt offen``);
    and a headline's opening cut short a few lines above it (see :func:`_shortened`)."""
    tags: set[int] = set()
    for k in range(1, len(cands)):
        upper, lower = cands[k - 1].text.split(), cands[k].text.split()
        if cands[k - 1].index + CRUMB_REACH >= cands[k].index and _shortened(upper, lower):
            tags.add(k - 1)
        if cands[k - 1].index + 1 != cands[k].index:
            continue
        if len(lower) < len(upper) and upper[: len(lower)] == lower:
            tags.add(k)
        elif len(upper) >= ECHO_WORDS and echo_start(cands[k].text, [cands[k - 1].text]) is not None:
            tags.add(k - 1)
    return tags


def _shortened(upper: list[str], lower: list[str]) -> bool:
    """``upper`` is the opening of the longer ``lower`` cut short, of three words or more (a breadcrumb's item
    or the page's title over the full headline)."""
    return CRUMB_WORDS <= len(upper) < len(lower) and lower[: len(upper)] == upper


# A kicker glued before a headline the page prints again has at most so many words.
GLUED_KICKER_WORDS = 6


def echo_start(line: str, page: Sequence[str]) -> int | None:
    """Where the headline starts in ``line`` when a kicker is glued before it with no mark between: the page
    prints the headline (or its opening words) again on a line of its own or as its breadcrumb's last item,
    and that copy starts in ``line`` after one to ``GLUED_KICKER_WORDS`` words (``Ärger in Talheim Hallenbad
    bleibt offen`` under a breadcrumb ``Start / Talheim / Hallenbad bleibt offen``).  ``None`` without one."""
    starts = {m.start() for m in regex.finditer(r"(?<=\s)\S", line)}
    best: int | None = None
    for t in page:
        last = t.rsplit(None, 1)[-1:]
        if not last or last[0] not in line:
            continue  # (the copy's last word is not in the line: the cheap test first)
        copy = _squash(_TRAIL_SEP.split(t)[-1])
        if not copy or len(copy) >= len(line):
            continue
        at = line.find(copy)
        while at > 0 and at not in starts:
            at = line.find(copy, at + 1)
        if at <= 0 or (best is not None and at >= best):
            continue
        kicker = line[:at].split()
        # (A headline opens with a capital or a digit; a tagline's tail ``zur Bunten Republik`` does not; a menu
        # entry ``Energie und Klima`` has fewer content words.  A kicker is a phrase of its own: it does not end
        # in a function word, ``Neue Regeln für``.)
        if (
            not copy[0].islower() and _content_words(copy) >= CRUMB_WORDS
            and kicker and len(kicker) <= GLUED_KICKER_WORDS and kicker[-1] not in function_words()
        ):
            best = at
    return best


def _content_words(text: str) -> int:
    fw = function_words()
    return sum(1 for w in words(text) if w.lower() not in fw)

