"""Lines of a page's widgets that read like parts of an article's header, by their own shape (text only: the
stamps read it; the widgets over the article are in :mod:`.widgets_above`)."""

from __future__ import annotations

import regex

# A player's counter: the time played over the track's length (``00:00 / 04:12``, ``1:02:10 / 1:30:00``).
_COUNTER = regex.compile(r"\d{1,2}:[0-5]\d(?::[0-5]\d)?\s*/\s*\d{1,3}:[0-5]\d(?::[0-5]\d)?")


def player_counter(s: str) -> bool:
    """Whether ``s`` is an audio or video player's time counter (played / length), no time of day."""
    return _COUNTER.fullmatch(s.strip()) is not None
