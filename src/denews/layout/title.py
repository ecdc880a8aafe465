"""The headline, chosen by score among the headline-shaped lines above the article.

A page holds many lines of headline shape (menu items, breadcrumbs, other stories' teasers, widget labels).
The article's own headline stands close above its text and shares words with its lead; furniture does
neither, and has shapes of its own (a list bullet, a breadcrumb separator, an address).  Each candidate gets
one score from these signals; the best one is the title.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

import attrs
import regex

from .._data import domain_alternation, read_text
from ..tokenize import function_words
from .page_lines import FULL_WORDS, next_to, numbered, over_subtitle
from .site_header import site_header
from .site_name import is_site_name, site_names
from .site_suffix import site_suffix
from .stamps import find_stamp, month_year
from .title_echo import CRUMB_REACH, ECHO_WORDS, crumbed, echo_start, echoed, shortened

# (The echo and site-name signals live in their own modules; their callers import them from here too.)
__all__ = [
    "Candidate", "best_title", "crumbed", "echo_start", "echoed", "furniture_shape", "interface_share",
    "overlap", "score", "site_suffix", "stems", "tag_row",
]

# A list bullet or an arrow at the start of a line: a menu entry, a link to the previous or next post.
_BULLET = regex.compile(r"(?:[*+•·▪►→←>\[\]|o\-–]|\d{1,2}[.)])\s")
_ARROW = regex.compile(r"[←→]|^\[|\]$")
# A link to the previous or next post or up a level: an angle or a guillemet at one end with no partner on the
# line (``< Alle Beiträge``, ``« Ältere Einträge``, ``Nächster Artikel »``); Swiss quotes «...» pair up.
_NAV_ANGLE = regex.compile(r"^[<‹«][^>›»]*$|^[^<‹«]*[>›»]$")
# A breadcrumb ("Home › Politik › Inland", "Start » Film » Geschichte") or a row of menu items split by bars.
_TRAIL = regex.compile(r"\s[›»>/|•·]\s.*\s[›»>/|•·]\s|^\S+(?:\s\S+)?\s[›»>]\s")
# (An ``@`` starts an address or a handle only before a letter: ``KI @ Schule`` reads "at", as in a headline.)
_ADDRESS = regex.compile(rf"@(?=\w)|https?:|www\.|\.(?:{domain_alternation()})\b", regex.IGNORECASE)
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
# The breadcrumb's (or a list's) current item right above a line of three words or more that it ends with
# (``3. <headline>``, ``Start / Politik / <headline>``): the page's own headline, printed once more as its h1.
# Menus print their items once; a mega menu's heading over its sub-list has one or two words besides
# function words.  (Any weight from 1.25 to 3 gives the same titles on the pages set; 1.0 left two lost.)
CRUMB = 2.0
# Of two full headline lines right over one another, the upper is the headline and the lower its subtitle (see
# page_lines.over_subtitle): the lower's one unit closer to the text must not decide.  (0.4 to 0.6 give the same
# titles on the pages set; 0.3 left one subtitle on top, 0.2 two.)
OVER_SUBTITLE = 0.5


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


# A kicker (Dachzeile) that lends its words to the headline under it has one to three words; a longer line
# over a longer one is a headline over its subtitle, which must not borrow the headline's words.
KICKER_WORDS = 3
# Over a headline of up to so many words, a kicker's echo on the page is its topic's (a menu entry, a tag, the
# breadcrumb's section), not the headline's; a short line over a longer one (a subtitle) keeps its echo.
KICKED_WORDS = 8


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
    # The site's own name (its logo) is no headline, nor a kicker whose words the line under it shares.
    site = _site_lines(cands, page) if page is not None else set()
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


def _site_lines(cands: Sequence[Candidate], page: Sequence[str]) -> set[int]:
    """Positions of the candidates that name the site: its name (see :mod:`.site_name`), its tagline and the
    logo's line over it (see :mod:`.site_header`)."""
    names = site_names(page)
    site = {k for k in range(len(cands)) if is_site_name(cands[k].text, names)}
    return site | site_header([(c.index, c.text) for c in cands])


def _opening_tags(cands: Sequence[Candidate]) -> set[int]:
    """Candidates that repeat the opening words of the candidate right above them, and no more (``Ultra-Akku``
    under ``Ultra-Akku hält eine Woche durch``): a tag of the headline's topic, not a headline; and candidates
    that the line right under them repeats after a few words of its own (a breadcrumb's last item over the
    headline with its kicker glued on: ``Hallenbad bleibt`` over ``Ärger in Talheim Hallenbad bleibt offen``);
    and a headline's opening cut short a few lines above it (see :func:`.title_echo.shortened`)."""
    tags: set[int] = set()
    for k in range(1, len(cands)):
        upper, lower = cands[k - 1].text.split(), cands[k].text.split()
        if cands[k - 1].index + CRUMB_REACH >= cands[k].index and shortened(upper, lower):
            tags.add(k - 1)
        if cands[k - 1].index + 1 != cands[k].index:
            continue
        if len(lower) < len(upper) and upper[: len(lower)] == lower:
            tags.add(k)
        elif len(upper) >= ECHO_WORDS and echo_start(cands[k].text, [cands[k - 1].text]) is not None:
            tags.add(k - 1)
    return tags
