"""A dateline before a subject and a verb of saying: the most common shape of agency copy (issue 16).

These once raised StopIteration inside attribution; every variant must parse and keep its one quote.
"""

from __future__ import annotations

import pytest

import denews

DATELINES = ["Berlin - ", "Berlin – ", "Berlin — ", "BERLIN (dpa) - ", "Berlin (dpa) – ", "WIEN. ",
             "Berlin/Moskau - ", "Ulm/Neu-Ulm - ", "GRAZ - ", ""]
SUBJECTS = ["Der Kanzler", "Die Ministerin", "Ein Sprecher", "Der Sprecher des Ministeriums",
            "Kanzlerin Anna Beispiel", "Der Trainer Jan Probe", "Probe"]
VERBS = ["sagte", "erklärte", "betonte"]


@pytest.mark.parametrize("dateline", DATELINES)
@pytest.mark.parametrize("subject", SUBJECTS)
@pytest.mark.parametrize("verb", VERBS)
def test_dateline_subject_verb_colon_quote(dateline: str, subject: str, verb: str) -> None:
    text = f"{dateline}{subject} {verb}: „Wir bleiben.“"
    art = denews.parse(text)
    assert [q.text for q in art.quotes] == ["Wir bleiben."]
    for q in art.quotes:
        assert text[q.span.start : q.span.end] == q.text
