"""The layout of each seed article, pinned exactly (header, byline, headings, removed blocks)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from denews import layout
from denews.model import Article

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _seed(prefix: str) -> tuple[str, Article]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    return text, layout.split(text)


EXPECTED: dict[str, dict[str, Any]] = {
    "000": {
        "kicker": "Russisch-amerikanischer Gipfel",
        "title": "Kreml: Treffen Putins mit Trump in den nächsten Tagen",
        "teaser": "Russland rückt von seiner Hinhaltetaktik im Ukraine-Krieg ab",
        "published": dt.date(2025, 8, 7),
        "updated": dt.date(2025, 8, 7),
        "agencies": ("dpa",),
        "dateline": None,
        "headings": ("Uschakow: US-Seite will auch Treffen Putins mit Selenskyj",),
        "boilerplate": [
            ("caption", "Der Kreml hat bestätigt, dass Präsident Wladimir Putin in den kommenden Tagen"),
            ("caption", "(Archivbild) (Quelle: Brandon/Bednyakov/AP/dpa/dpa-bilder)"),
        ],
        "paragraphs": 6,
    },
    "001": {
        "kicker": None,
        "title": None,
        "teaser": None,
        "published": None,
        "updated": None,
        "agencies": ("dpa", "AFP"),
        "dateline": None,
        "headings": (
            "Trump telefonierte mit Selenskyj und Merz",
            "Dreiertreffen mit Trump, Putin und Selenskyj",
            "Putin und Witkoff hatten drei Stunden geredet",
            "Wird Putin sich diesmal bewegen?",
        ),
        "boilerplate": [
            ("embed", "Empfohlener redaktioneller Inhalt"),
            ("embed", "An dieser Stelle finden Sie einen von unseren Redakteuren ausgewählten"),
            ("embed", "Externen Inhalt anzeigen"),
            ("embed", "Ich bin damit einverstanden, dass mir der externe Inhalt angezeigt wird."),
            ("newsletter", "Der Morgenlage Newsletter"),
            ("newsletter", "Die wichtigsten Nachrichten des Tages — morgens direkt in Ihr E-Mail-Postfach."),
            ("related", "Mehr auf Tagesspiegel.de Militärexperte nach Ukraine-Frontbesuch"),
            ("credit", "(dpa, AFP, Tsp)"),
        ],
        "paragraphs": 17,
    },
    "002": {
        "kicker": None,
        "title": None,
        "teaser": None,
        "published": dt.date(2025, 8, 7),
        "updated": None,
        "agencies": ("AFP",),
        "dateline": None,
        "headings": (
            "Kreml bestätigt bilaterales Treffen",
            "Telefonat mit Selenskyj und anderen EU-Spitzenpolitikern",
            "Aussichten einer strategischen Zusammenarbeit",
            "„Wir werden sehen, was passiert“",
            "Ergebnislose Verhandlungen",
        ),
        "boilerplate": [("credit", "(afp/red)")],
        "paragraphs": 25,
    },
    "003": {
        "kicker": "Ministertreffen fällt auch aus",
        "title": 'USA: Kein Trump-Putin-Gipfel "in naher Zukunft"',
        "teaser": "Nach seinem Telefonat mit dem russischen Autokraten Putin",
        "published": dt.datetime(2025, 10, 21, 19, 9),
        "updated": None,
        "agencies": ("Reuters", "dpa"),
        "dateline": None,
        "headings": (),
        "boilerplate": [
            ("audio", "Artikel anhören"),
            ("caption", "Bis zum nächsten Handshake zwischen Trump und Putin dürfte es noch etwas dauern."),
            ("caption", "(Foto: picture alliance/dpa/AP)"),
            ("credit", "Quelle: ntv.de, lme/rts/dpa"),
        ],
        "paragraphs": 5,
    },
    "004": {
        "kicker": None,
        "title": None,
        "teaser": "Der Countdown läuft für das Treffen zwischen Donald Trump und Wladimir Putin.",
        "published": dt.date(2025, 8, 14),
        "updated": None,
        "agencies": (),
        "dateline": "Washington/Moskau",
        "headings": (
            "USA sehen russische Wirtschaft auf wackeligen Füßen",
            "Atomwaffenvertrag als Moskauer Lockmittel",
            "USA könnten bei Sicherheitsgarantien mitmachen",
            "Europäer fordern Waffenruhe vor Verhandlungen",
        ),
        "boilerplate": [
            ("caption", "Bei dem Treffen in Alaska steht für beide Staatschefs viel auf dem Spiel."),
            ("caption", "(Archivbild)"),
        ],
        "paragraphs": 11,
    },
}


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_header(seed: str) -> None:
    _, art = _seed(seed)
    want = EXPECTED[seed]
    assert art.kicker == want["kicker"]
    assert art.title == want["title"]
    if want["teaser"] is None:
        assert art.teaser is None
    else:
        assert art.teaser is not None and art.teaser.startswith(want["teaser"])
    assert art.published == want["published"]
    assert type(art.published) is type(want["published"])
    assert art.updated == want["updated"]
    assert art.agencies == want["agencies"]
    assert art.dateline == want["dateline"]
    assert art.authors == ()


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_body(seed: str) -> None:
    text, art = _seed(seed)
    want = EXPECTED[seed]
    assert art.headings == want["headings"]
    assert len(art.boilerplate) == len(want["boilerplate"])
    got = [(b.kind, b.text[: len(t)]) for b, (_, t) in zip(art.boilerplate, want["boilerplate"], strict=True)]
    assert got == want["boilerplate"]
    assert sum(1 for p in art.paragraphs if p.kind == "paragraph") == want["paragraphs"]
    for item in (*art.paragraphs, *art.boilerplate):
        assert text[item.span.start : item.span.end] == item.text
    # The header pieces are not body paragraphs.
    for piece in (art.title, art.kicker, art.teaser):
        if piece:
            assert all(piece != p.text for p in art.paragraphs)


def test_seed_dateline_stays_in_first_paragraph() -> None:
    text, art = _seed("004")
    first = next(p for p in art.paragraphs if p.kind == "paragraph")
    assert first.text.startswith("Washington/Moskau - Die USA und Russland")
    assert art.dateline_span is not None and first.span.contains(art.dateline_span)
    assert text[art.dateline_span.start : art.dateline_span.end] == "Washington/Moskau"


def test_seed_caption_glued_to_sentence_is_cut_from_body() -> None:
    _, art = _seed("000")
    assert not any("Archivbild" in p.text for p in art.paragraphs)
    assert not any("Der Kreml hat bestätigt" in p.text for p in art.paragraphs)
