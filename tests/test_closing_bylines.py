"""Bylines printed under the article's text (``closing_byline_page``): the writers and agencies read there as the
header's byline reader reads them above the text, the pictures' credit left out, the byline no paragraph."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import denews

sys.path.insert(0, str(Path(__file__).parent))
from newsgen import DrawChoices, RandomChoices
from outletgen import BYLINES, closing_byline_page

_BODY = (
    "Der Rat hat den Plan für den Radweg am Montag gebilligt. Gebaut wird ab dem Sommer.\n\n"
    "Die Anwohner hatten lange auf die Entscheidung gewartet. Die Stadt zahlt den größten Teil.\n\n"
)


@pytest.mark.parametrize(
    ("line", "authors", "agencies"),
    [
        ("Text: Jonas Beispiel / Fotos: Erika Muster", ("Jonas Beispiel",), ()),  # a labelled picture credit
        ("Text: Jonas Beispiel, Bilder: Erika Muster", ("Jonas Beispiel",), ()),
        ("Jonas Beispiel | dpa", ("Jonas Beispiel",), ("dpa",)),  # an agency's credit after a bar
        ("Von Jonas Beispiel, APA", ("Jonas Beispiel",), ("APA",)),  # the raw credit's agency
        ("Jonas Beispiel, sda", ("Jonas Beispiel",), ("SDA",)),
        ("VON JONAS BEISPIEL", ("JONAS BEISPIEL",), ()),  # in capitals
        ("Von Jonas Beispiel, mit Material von dpa", ("Jonas Beispiel",), ("dpa",)),
    ],
)
def test_closing_byline(line: str, authors: tuple[str, ...], agencies: tuple[str, ...]) -> None:
    a = denews.parse("Radweg kommt im Sommer\n\n12.03.2026\n\n" + _BODY + line + "\n")
    assert a.authors == authors
    assert set(agencies) <= set(a.agencies)
    assert all(line not in p.text for p in a.paragraphs)  # header material, no signature: no words of a post


def test_signed_line_stays_a_paragraph() -> None:
    """A writer's line with a post and a place is the text's signature and stays with it (unchanged)."""
    line = "Autor: Jonas Beispiel, Amt für Wege, Talheim"
    a = denews.parse("Radweg kommt im Sommer\n\n12.03.2026\n\n" + _BODY + line + "\n")
    assert a.authors == ("Jonas Beispiel",)
    assert a.paragraphs[-1].text == line


@pytest.mark.parametrize("shape", sorted(BYLINES))
def test_every_shape_under_the_text(shape: str) -> None:
    for seed in range(12):
        page = closing_byline_page(RandomChoices(seed), shape)
        a = denews.parse(page.text)
        assert a.authors == page.authors, (page.text, a.authors)
        assert set(page.agencies) <= set(a.agencies), (page.text, a.agencies)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example]
)
@given(st.data())
def test_same_reading_above_and_below(data: st.DataObject) -> None:
    """Law: a byline printed under the text gives the writers and agencies it gives printed under the title."""
    page = closing_byline_page(DrawChoices(data.draw))
    below = denews.parse(page.text)
    assert below.authors == page.authors
    assert set(page.agencies) <= set(below.agencies)
