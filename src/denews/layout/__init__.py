"""The layout stage: header, byline, body and boilerplate of a text.

One module per step: :mod:`.stamps` (date stamps, bylines, names), :mod:`.header` (kicker splits,
datelines), :mod:`.core` (units with their features, the header, the body and its furniture).
"""

from __future__ import annotations

from .core import split

__all__ = ["split"]
