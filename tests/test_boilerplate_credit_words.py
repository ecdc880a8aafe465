"""``lexicons/boilerplate_credit_words.tsv``: the words that open a credit are data, and every word of each role
works in the credit pattern that reads its role (invented captions and credit lines)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from denews import credit_lines as cl
from denews._data import read_text

ROLES = ("label", "mark", "source", "report")


def _words(role: str) -> list[str]:
    rows = [line.split("\t") for line in read_text("lexicons/boilerplate_credit_words.tsv").splitlines()]
    return [w for r, w in (row for row in rows if row[0] and not row[0].startswith("#")) if r == role]


def test_every_row_has_a_known_role_and_one_word() -> None:
    for line in read_text("lexicons/boilerplate_credit_words.tsv").splitlines():
        if line and not line.startswith("#"):
            role, word = line.split("\t")
            assert role in ROLES and word.strip() == word and word, line
    assert all(_words(role) for role in ROLES)


NAMES = st.sampled_from(["Anna Beispiel/Agentur", "Agentur/Max Probe", "Bildarchiv Muster", "Eva Test"])
SENTENCES = st.sampled_from(["Die Brücke ist seit Montag frei.", "Der Rat tagt wieder am Abend", "Blick auf den Hafen"])


@given(SENTENCES, st.sampled_from(_words("label")), NAMES, st.booleans())
def test_a_label_opens_a_credit_after_a_caption(sentence: str, label: str, name: str, bracketed: bool) -> None:
    credit = f"({label}: {name})" if bracketed else f"{label}: {name}"
    assert cl.caption_tail(f"{sentence} {credit}") == len(sentence) + 1


@given(SENTENCES, st.sampled_from(_words("mark")))
def test_a_mark_in_parentheses_closes_a_caption(sentence: str, mark: str) -> None:
    assert cl.caption_tail(f"{sentence} ({mark})") == len(sentence) + 1
    assert cl.caption_tail(f"{sentence} ({mark}s Beispiel)") is None  # only the word itself


@given(st.sampled_from(_words("source")), st.sampled_from(["dpa", "AFP, dpa", "ntv.de, lme/rts/dpa"]))
def test_a_source_lead_opens_a_closing_line(lead: str, agencies: str) -> None:
    assert cl.is_credit_line(f"{lead}: {agencies}")
    assert cl.is_credit_line(f"({lead} {agencies})")


@given(st.sampled_from(_words("report")), st.sampled_from(["von", ":"]), NAMES)
def test_a_report_lead_opens_a_report_credit(lead: str, joint: str, name: str) -> None:
    assert cl.is_credit_line(f"({lead} {joint} {name}; Redigiert von Max Probe)")
    assert not cl.is_credit_line(f"({lead}x {joint} {name}; Redigiert von Max Probe)")
