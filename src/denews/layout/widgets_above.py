"""Widgets above the article that the body's start may take for its text: a list of other stories' dated
teasers (headline, date, teaser cut short) and an author's bio in full sentences.  Found by their shape, so
that the header takes neither its title nor its stamp from them and the body starts at the article's own text
under them.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._data import phrase_pattern
from ..model import BoilerplateKind
from .stamps import is_person, relative_stamp
from .units import _U, PROSE, SENT, _is_headline

# A teaser cut short ends in an ellipsis.
_CUT = ("...", "…")
# How far under the last teaser the article's own text may start (its headline, byline, stamp between).
LEAD_REACH = 5


def _cut_teaser(x: _U) -> bool:
    return x.shape in (PROSE, SENT) and x.text.rstrip().endswith(_CUT)


def _date_line(x: _U) -> bool:
    return x.stamp is not None or x.time is not None or relative_stamp(x.text)


def dated_teaser(us: Sequence[_U], i: int) -> bool:
    """Whether unit ``i`` is a teaser's text in a list of them: a text cut short (``...``) under a date line
    (``14.03.2024``, ``vor 2 Stunden``, ``Gestern, 18:30``) under a headline."""
    return i >= 2 and _cut_teaser(us[i]) and _date_line(us[i - 1]) and _is_headline(us[i - 2])


def listed_teaser(us: Sequence[_U], i: int) -> bool:
    """Whether unit ``i`` is another story's dated teaser (see :func:`dated_teaser`) in a list: under the
    list's label (a line a cue names: ``Mehr zum Thema``) or next to another such teaser.  (An article's own
    headline, stamp and lead cut short stand alone.)"""
    if not dated_teaser(us, i):
        return False
    label = i >= 3 and (us[i - 3].cue is not None or _list_label(us[i - 3].text))
    return label or dated_teaser(us, i - 3) or (i + 3 < len(us) and dated_teaser(us, i + 3))


def skip_widgets(us: list[_U], body: int) -> int:
    """Where the body starts past the widgets above the article (see :func:`skip_teasers`, :func:`skip_bio`)."""
    return skip_bio(us, skip_teasers(us, body))


def _lead_under(us: Sequence[_U], last: int) -> int | None:
    """The first running text within ``LEAD_REACH`` units under unit ``last`` past a headline of its own (the
    article's), or ``None``."""
    for k in range(last + 1, min(len(us), last + 1 + LEAD_REACH)):
        if us[k].shape == PROSE:
            return k if any(_is_headline(us[j]) for j in range(last + 1, k)) else None
    return None


# A bio names its writer in its opening words.
NAME_WORDS = 3


def bio(text: str) -> bool:
    """Whether ``text`` is an author's bio: it opens with a person's name (``Anna Beispiel ist ...``, ``Anna
    Beispiel, Jahrgang 1980, ...``) and holds a word of a writer's trade or life (``Redakteurin``, ``Ressort``,
    ``studierte``: ``layout_bio_words.txt``)."""
    ws = text.split(maxsplit=NAME_WORDS)
    named = any(is_person(" ".join(ws[:n]).rstrip(",")) for n in range(2, min(NAME_WORDS, len(ws) - 1) + 1))
    return named and phrase_pattern("lexicons/layout_bio_words.txt").search(text) is not None


def skip_bio(us: list[_U], body: int) -> int:
    """Where the body starts when the unit found to start it is an author's bio over the article's headline
    and text (nothing headline-like right above the bio: it opens the page's content); the bio and the lines
    under it before the headline (``Mehr Artikel von ...``) are marked as furniture, and so is a bio left
    above the body's start over a headline.  ``body`` where no bio opens the text."""
    for i in range(body):
        if _bio_unit(us[i]) and any(_is_headline(us[j]) for j in range(i + 1, body)):
            _furniture(us[i], BoilerplateKind.OTHER)
    if body >= len(us) or not _bio_unit(us[body]):
        return body
    above = next((us[j] for j in range(body - 1, -1, -1) if us[j].cue is None and us[j].text.strip()), None)
    last = body
    while last + 1 < len(us) and (us[last + 1].cue is not None or bio(us[last + 1].text)):
        last += 1
    lead = _lead_under(us, last)
    if lead is None or (above is not None and _is_headline(above)):
        return body
    for x in us[body : last + 1]:
        if x.cue is None:
            _furniture(x, BoilerplateKind.OTHER)
    return lead


def _bio_unit(x: _U) -> bool:
    return x.shape == PROSE and x.cue is None and bio(x.text)


def _furniture(x: _U, kind: BoilerplateKind) -> None:
    """Mark ``x`` as a widget's line of ``kind``: no stamp, time or byline of the article's header."""
    x.stamp, x.time, x.byline, x.cue = None, None, None, kind


LABEL_WORDS = 6  # a list's label is short


def _list_label(text: str) -> bool:
    """A label that opens a list of links to other stories (``Auch interessant``: ``layout_list_labels.txt``)."""
    s = text.strip()
    return len(s.split()) <= LABEL_WORDS and phrase_pattern(_LABELS).match(s) is not None


_LABELS = "lexicons/layout_list_labels.txt"


def skip_teasers(us: list[_U], body: int) -> int:
    """Where the body starts when the unit found to start it opens a list of other stories' dated teasers: at
    the first running text under the list, past a headline of its own (the list stands above the article) or
    right under it (the list stands between two paragraphs, running text above it).  The teasers' headlines,
    dates and texts are marked as a related list wherever they stand, so that the header takes neither its
    title nor its stamp from them (a date line under the first paragraph would read as the article's).
    ``body`` where no such list opens there."""
    teasers = {i for i in range(2, len(us)) if listed_teaser(us, i)}  # (read before any is marked)
    for i in sorted(teasers):
        for x in us[i - 2 : i + 1]:
            _furniture(x, BoilerplateKind.RELATED)
    if body not in teasers:
        return body
    last = body
    k = body + 1
    while k < len(us) and k <= last + LEAD_REACH:
        if k in teasers:
            last = k
        elif us[k].shape == PROSE:
            break
        k += 1
    lead = _lead_under(us, last)
    if lead is None and any(us[j].shape == PROSE for j in range(body - 2)):
        # (The list stands between two paragraphs: the text above it goes on under it.)
        lead = next((k for k in range(last + 1, min(len(us), last + 1 + LEAD_REACH)) if us[k].shape == PROSE), None)
    return body if lead is None else lead
