"""The body's end-of-article steps around the scored end (:mod:`.tail`): :func:`page_end_at` (a copyright
notice closing the article, found before the body is read) and :func:`sandwiched` (a short line between two
removed blocks goes with them)."""

from __future__ import annotations

from .. import boilerplate as bp
from ..model import Boilerplate, BoilerplateKind, Paragraph, Span
from .header import dateline
from .region import Prose, prose_class
from .units import _U, EMPTY, PROSE, SENT, Role, _asked, _bp_kind, _page_end


def page_end_at(us: list[_U], start: int) -> int:
    """Where a copyright notice closes the article: a boilerplate unit after at least two paragraphs that
    is no picture credit (``Foto: dpa. Alle Rechte vorbehalten`` under a picture ends nothing, ``© Der
    Tagesspiegel. Alle Rechte vorbehalten.`` ends the article).
    ``len(us)`` when there is none.

    Computed before the body is read, so that the last paragraph is sought only before it and a second
    pass over the stripped text reads the same page.
    """
    prose = 0
    for i in range(start, len(us)):
        x = us[i]
        kind = _bp_kind(x) if x.role is Role.NONE else None
        if kind is None:
            if x.role is Role.NONE and (x.shape in (PROSE, SENT) or _asked(x)):
                prose += 1
            continue
        if prose >= 2 and _page_end(x.text):
            return i
    return len(us)


def sandwiched(us: list[_U], start: int, boiler: list[Boilerplate], paragraphs: list[Paragraph]) -> None:
    """A short body line between two removed blocks belongs to them (menus, widgets, author boxes), unless it
    reads as the article's own opening (see :func:`_opening`)."""
    drop: set[int] = set()
    paras = (i for i in range(start, len(us)) if us[i].role is Role.PARAGRAPH and us[i].shape in (PROSE, SENT))
    first = next(paras, -1)
    for i in range(max(start, 1), len(us) - 1):
        x = us[i]
        if x.role not in (Role.PARAGRAPH, Role.HEADING) or x.nwords > 40:
            continue
        if x.nwords > 15 and not bp.ui_word_count(x.text):
            continue
        if _opening(x, first=i == first) or (us[i - 1].kind in _PICTURE and _sentence(x)):
            continue
        if _by_place(us[i - 1]) and (_dense(x) or (x.shape == PROSE and _sentence(x))):
            # Running text after lines dropped for their shape (a run of short lines) is no widget's, nor is a
            # short statement of the text (``Betroffen sind vor allem Pendler.``).
            continue
        if us[i - 1].role is Role.BOILERPLATE and us[i + 1].role is Role.BOILERPLATE:
            x.role, x.kind = Role.BOILERPLATE, us[i - 1].kind
            boiler.append(Boilerplate(x.text, Span(x.start, x.end), x.kind))
            drop.add(x.start)
    if drop:
        paragraphs[:] = [p for p in paragraphs if p.span.start not in drop]


#: Boilerplate kinds of a picture inside the article: the text under it goes on with the article.
_PICTURE = frozenset({BoilerplateKind.CAPTION, BoilerplateKind.CREDIT})


def _sentence(x: _U) -> bool:
    """A statement of the text (a sentence ending in a full stop, or running text), no interface words."""
    if bp.ui_word_count(x.text):
        return False
    return x.shape == PROSE or (x.shape == SENT and x.text.endswith("."))


def _by_place(x: _U) -> bool:
    """A unit removed for its shape or place (a run of short lines, a line after the text), not for a cue."""
    return x.role is Role.BOILERPLATE and x.cue is None and not x.credit and x.stamp is None and x.shape != EMPTY


def _dense(x: _U) -> bool:
    """Running text of prose density, as the region measures it."""
    return x.shape == PROSE and prose_class(x.nwords, x.nfunc, furniture=False) in (Prose.GOOD, Prose.NEAR)


def _opening(x: _U, *, first: bool) -> bool:
    """Running text that opens the article: the body's first running text, or a paragraph opened by a dateline.
    A picture above it and a share button under it do not make it furniture (a short article is one such
    paragraph)."""
    if bp.ui_word_count(x.text) or x.shape not in (PROSE, SENT):
        return False
    return first or (x.shape == PROSE and dateline(x.text, after_stamp=True) is not None)
