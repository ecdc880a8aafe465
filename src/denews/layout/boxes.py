"""Widgets a site sets between two paragraphs of an article's text (a newsletter box, a consent box, a player):
such a box weighs as one line of furniture in the article region's sum (:mod:`.start`, :mod:`.region`)."""

from __future__ import annotations

from ..model import BoilerplateKind
from .region import Prose, weight
from .units import _U, PROSE, _page_end

#: Kinds of widget a site may set inside an article's text (a newsletter or subscription box, a player, an ad, a
#: login overlay); a comment section closes an article and a list of other stories leads away from it.
_BOXED = frozenset(BoilerplateKind) - {BoilerplateKind.COMMENTS, BoilerplateKind.RELATED}


def one_box(us: list[_U], weights: list[float]) -> None:
    """A widget set between two paragraphs of running text (a newsletter box: its call, its pitch, its button;
    a consent box: its notice, a list of purposes, its buttons), opened and closed by lines a cue names, costs as
    one line of furniture: it parts the text no more than a caption does.  The page's end (a copyright line)
    is part of no box: what follows it is no article's text."""
    i = 0
    while i < len(us):
        if us[i].cue not in _BOXED or _page_end(us[i].text):
            i += 1
            continue
        last = j = i
        while j + 1 < len(us) and (us[j + 1].cue in _BOXED or _box_item(us[j + 1])) and not _page_end(us[j + 1].text):
            j += 1
            last = j if _closes_box(us[j]) else last
        end = last + 1
        if last > i and i > 0 and end < len(us) and min(weights[i - 1], weights[end]) >= weight(Prose.GOOD, 0):
            weights[i + 1 : end] = [0.0] * (end - i - 1)
        i = end


def _closes_box(x: _U) -> bool:
    """A line that may close a widget: one a cue names, but no advertisement's label (``Anzeige``: the ad's own
    text follows it)."""
    return x.cue in _BOXED and not (x.cue is BoilerplateKind.AD and x.nwords <= 2)


#: A box's list item (a purpose of a consent notice, a field's label) has at most so many words.
_BOX_ITEM_WORDS = 5


def _box_item(x: _U) -> bool:
    """A short line of no sentence inside a widget: an item of its list."""
    return x.cue is None and x.shape != PROSE and 0 < x.nwords <= _BOX_ITEM_WORDS and not x.text.rstrip().endswith(".")
