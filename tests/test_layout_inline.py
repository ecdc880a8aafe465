"""Inline furniture inside the article: a sentence that reads as the site's interface only by its words, written to
the reader between the article's paragraphs, is the writer's; a widget's notice is not.

Every sentence here was invented for these tests."""

from __future__ import annotations

import pytest

import denews

OPEN = (
    "Vor drei Jahren habe ich meinen Job in der Bank gekündigt, weil ich jeden Morgen mit einem schlechten Gefühl "
    "ins Büro gefahren bin und nicht mehr wusste, wofür ich das alles mache."
)
CLOSE = (
    "Heute arbeite ich als Gärtnerin in einer kleinen Gemeinschaft am Stadtrand, und ich habe es keinen Tag "
    "bereut, auch wenn ich jetzt deutlich weniger verdiene als damals in der Bank."
)
MIDDLE = (
    "Die ersten Monate waren hart, denn ich musste lernen, mit wenig Geld auszukommen, und meine Familie hat "
    "lange nicht verstanden, warum ich mir das antue."
)
SPOKEN = (
    "Ich habe dir ein kurzes Video aufgenommen, in dem ich alles zeige. Klicke einfach auf Play und schau es dir an."
)


def _read(art: denews.Article) -> str:
    """What a reader reads: kicker, title, teaser and body."""
    return "\n\n".join(x for x in (art.kicker, art.title, art.teaser, art.body) if x)


def _page(*middle: str, after: tuple[str, ...] = ()) -> str:
    head = ["Startseite", "Blog", "Kontakt", "Warum ich die Bank verlassen habe"]
    return "\n\n".join([*head, OPEN, MIDDLE, *middle, CLOSE, *after, "Impressum"])


def test_a_sentence_to_the_reader_between_the_paragraphs_is_the_texts() -> None:
    art = denews.split(_page(SPOKEN))
    assert SPOKEN in _read(art)
    assert _read(art).index(MIDDLE[:30]) < _read(art).index(SPOKEN) < _read(art).index(CLOSE[:30])


def test_and_over_a_heading_of_the_next_paragraph() -> None:
    art = denews.split(_page(SPOKEN, "Was mich heute antreibt"))
    assert SPOKEN in _read(art)


@pytest.mark.parametrize(
    "notice",
    [
        "Wir verwenden Cookies, damit unsere Seite für dich gut funktioniert. Mit der Nutzung stimmst du dem zu.",
        "Hier kannst du dein Passwort ändern und dein Profil bearbeiten.",
    ],
)
def test_a_widgets_notice_between_the_paragraphs_stays_out(notice: str) -> None:
    art = denews.split(_page(notice))
    assert notice not in _read(art)
    assert OPEN in _read(art) and CLOSE in _read(art)


def test_the_same_sentence_after_the_last_paragraph_stays_out() -> None:
    art = denews.split(_page(after=(SPOKEN,)))
    assert SPOKEN not in _read(art)
