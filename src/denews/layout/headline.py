"""The headline's neighbourhood: which lines may be the title, the subtitle under it, the site's name after it.

Helpers of the headline step of :func:`denews.layout.core.split` (the score itself is :mod:`.title`):

- a line of a menu entry's shape (one word, or capitalized words like a name) is a candidate only where it
  stands apart from a menu; a person's name is a byline, a place standing alone is the body's dateline;
- the headline, a picture, then a line right above the text: that line heads a section only where no menu
  stands between the two;
- a long headline-shaped line right under the title is its subtitle (the lead set apart), unless it names
  the post's categories, each an entry of the page's removed menu;
- a site's name after the title (`` - Musterstädter Zeitung``) is cut off as boilerplate.
"""

from __future__ import annotations

import regex

from ..model import Boilerplate, BoilerplateKind, Span
from .header import dateline
from .page import Page
from .stamps import is_name, is_person
from .title import crumbed, furniture_shape, interface_share, site_suffix
from .units import _U, EMPTY, HEAD, Role, _caption_unit

# A furniture line of at most so many words above a short line makes that line a menu entry, not a kicker.
MENU_WORDS = 3
# A name-shaped line the breadcrumb above ends with holds so many content words at least (``Akkus von Talwerk``).
NAME_CRUMB_WORDS = 2
# A headline candidate right under the title with so many words is its subtitle.
SUBTITLE_WORDS = 6
# A category line names so many entries at least, each of so many words at most.
MENU_ITEMS = 2
ITEM_WORDS = 4
# A menu entry's bullet or breadcrumb mark.
_MARK = regex.compile(r"^[\s*+\-•·>»|]+")


def headline_candidates(us: list[_U], cands: list[int]) -> list[int]:
    """The candidates that may be the title: no person's name, no dateline alone, and a line of a menu entry's
    shape only where it stands apart from a menu.  A line of capitalized words that the breadcrumb right above
    ends with is the page's own headline, name-shaped or not (``Home » Werkzeug » Akkus von Talwerk``)."""
    page = [x.text for x in us]
    return [
        i for i in cands
        if not is_person(us[i].text) and not _dateline_alone(us[i].text)
        and (
            (us[i].nwords > 1 and (not is_name(us[i].text) or crumbed(page, i, NAME_CRUMB_WORDS))) or _apart(us, i)
        )
    ]


def picture_between(us: list[_U], upper: int, lower: int) -> bool:
    """A picture (its caption and credit lines) stands between two headline candidates, and no menu: a line of
    a menu (another candidate, or a short line found to be furniture) makes the upper one no headline of the
    lower."""
    between = range(upper + 1, lower)
    # (A stamp line of the header may end like a caption, ``2021-10-16 | Botschaft``: it is no picture.)
    picture = (j for j in between if us[j].role is not Role.HEADER)
    return any(_caption_unit(us[j]) or us[j].kind is BoilerplateKind.CAPTION for j in picture) and not any(
        us[j].shape == HEAD
        and (us[j].role is Role.CANDIDATE or (us[j].role is Role.BOILERPLATE and us[j].kind is BoilerplateKind.OTHER))
        for j in between
    )


def _apart(us: list[_U], i: int) -> bool:
    """Neither the line above nor the one below ``i`` is another menu entry (a short line without a bullet or an
    interface word: a bulleted menu or a ``Kommentare`` link is set apart from the headline)."""
    return not (_entry(us, i, -1) or _entry(us, i, 1))


def _entry(us: list[_U], i: int, step: int) -> bool:
    j = i + step
    # Lines already found to be furniture (a share button, a copyright line) are no entries of a menu the line
    # stands in: the entry is looked for past them, so furniture added around an article changes nothing.
    while 0 <= j < len(us) and (us[j].shape == EMPTY or us[j].role is Role.BOILERPLATE):
        j += step
    if not 0 <= j < len(us):
        return False
    y = us[j]
    # (A line holding a date stamp is the header's, no menu's: the short line over it is the headline.)
    return (
        y.stamp is None and y.shape == HEAD and y.nwords <= MENU_WORDS and not furniture_shape(y.text)
        and interface_share(y.text) == 0
    )


def _dateline_alone(s: str) -> bool:
    if not s.endswith(("-", "–", "—")):  # a dateline on a line of its own ends with its dash
        return False
    d = dateline(s)
    return d is not None and d[3] == len(s)


def subtitle(us: list[_U], title: int | None, body: int) -> int | None:
    """The headline candidate right under the title, long as a sentence (a subtitle, ``Unterzeile``): it is the
    article's lead set apart, not furniture (the line a weaker headline score once took for the title)."""
    if title is None:
        return None
    k = title + 1
    while k < body and us[k].role is Role.HEADER:
        k += 1
    x = us[k] if k < body else None
    if x is None or x.role is not Role.CANDIDATE or x.nwords < SUBTITLE_WORDS or furniture_shape(x.text):
        return None
    if interface_share(x.text) > 0.0 or is_name(x.text) or menu_echo(us, k):
        return None
    return k


def menu_echo(us: list[_U], i: int) -> bool:
    """Whether unit ``i`` is a comma list of short entries that each stand elsewhere on the page as a line of
    their own: a post's categories named again from its menu (``Region, Notizen, Termine``)."""
    items = [" ".join(w.split()).casefold() for w in us[i].text.split(",")]
    if len(items) < MENU_ITEMS or any(not w or len(w.split()) > ITEM_WORDS for w in items):
        return False
    menu = {
        " ".join(_MARK.sub("", x.text).split()).casefold()
        for j, x in enumerate(us)
        if j != i and x.nwords <= ITEM_WORDS
    }
    return all(w in menu for w in items)


def cut_site(page: Page, us: list[_U], s: int, e: int) -> int:
    """The title's end before a site's name after it (`` - Musterstädter Zeitung``), which is boilerplate."""
    cut = site_suffix(page.text[s:e], [x.text for x in us])
    if cut is None:
        return e
    end = s + cut
    rest = end + len(page.text[end:e]) - len(page.text[end:e].lstrip(" |-–—·"))
    page.boiler.append(Boilerplate(page.text[rest:e], Span(rest, e), BoilerplateKind.OTHER))
    return end
