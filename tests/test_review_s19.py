"""Findings of the review of session 19, each pinned with invented text."""

from __future__ import annotations

import pytest

import denews
from denews.layout.stamps import find_stamp


@pytest.mark.parametrize("bar", ["|", "·", "•"])
def test_a_stamp_after_a_long_byline_and_any_bar_is_found(bar: str) -> None:
    # The byline is longer than the reach a stamp has from the line's start: only the bar lets the stamp in.
    line = f"Von Anna Muster und Jonas Beispiel, freie Journalistin {bar} 12.03.2026"
    stamp = find_stamp(line)
    assert stamp is not None
    assert line[stamp.start : stamp.end] == "12.03.2026"


@pytest.mark.parametrize(("opening", "closing"), [("„", "“"), ("‚", "‘"), ("»", "«"), ("”", "”")])
def test_a_source_in_any_family_of_marks_after_laut_speaks(opening: str, closing: str) -> None:
    text = f"Laut {opening}Abendblatt{closing} sei der Plan für die Brücke gescheitert."
    (quote,) = denews.extract_quotes(text)
    assert quote.kind == "indirect"
    assert quote.speaker == "Abendblatt"
    assert quote.text == "sei der Plan für die Brücke gescheitert"
