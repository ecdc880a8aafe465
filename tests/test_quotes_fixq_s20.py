"""Reported speech after a framed sentence whose content is left out (invented sentences).

A frame names who speaks even where what it frames is too short to be reported content (``sagte, es sei so``):
reported speech without a frame right after it runs on from that frame, carried (no cue of its own, as any
speech that runs on), not read afresh from the sentence before.
"""

from __future__ import annotations

import pytest

import denews

FIRST = (
    "Die Ministerin Anna Beispiel sagte, die Schulen blieben bis zum Sommer geschlossen. "
    "Der Bürgermeister Paul Muster widersprach ihr am Abend. "
)
RUN_ON = "Der Fahrplan werde dann ausgedünnt"


@pytest.mark.parametrize("frame", ["Er sagte, es sei so.", "Er sagte dazu, es sei so.", "Muster erklärte, es sei so."])
def test_speech_after_a_frame_whose_content_is_too_short_runs_on_from_that_frame(frame: str) -> None:
    text = f"{FIRST}{frame} {RUN_ON}."
    found = {q.text: q for q in denews.extract_quotes(text) if q.kind == "indirect"}
    assert "es sei so" not in found  # too short to report
    q = found[RUN_ON]
    assert (q.speaker, q.cue) == ("Paul Muster", None)
    assert q.mention == frame.split()[0]


def test_with_content_long_enough_the_frame_gives_its_quote_and_the_speech_runs_on() -> None:
    text = f"{FIRST}Er sagte, das Geld reiche dafür nicht aus. {RUN_ON}."
    found = [q for q in denews.extract_quotes(text) if q.kind == "indirect"]
    assert found[-1].text.endswith(RUN_ON)
    assert found[-1].speaker == "Paul Muster"
