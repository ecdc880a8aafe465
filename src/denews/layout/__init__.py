"""The layout stage: header, byline, body and boilerplate of a text.

One module per step: :mod:`.units` (units with their features), :mod:`.region` (the article region by prose
density), :mod:`.title` (the headline by score), :mod:`.stamps` (date stamps, bylines, persons), :mod:`.header`
(kicker splits, datelines), :mod:`.body` (paragraphs, headings and boilerplate), :mod:`.lists` (runs of short
lines: the article's own lists, menus and link lists), :mod:`.core` (the steps in order), :mod:`.page` (what they
find).
"""

from __future__ import annotations

from .core import split

__all__ = ["split"]
