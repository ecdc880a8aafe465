"""Layout header: datelines in every agency style, the headline's site-name suffix and kicker (invented text)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from denews import layout
from denews.layout.header import dateline
from denews.layout.stamps import StampRole, find_stamp, is_stamp_unit

SENT = "Die Stadtwerke erhöhen zum Jahresbeginn die Preise für Fernwärme um zwölf Prozent."
MORE = (
    "Betroffen sind nach Angaben des Versorgers rund achttausend Haushalte im Stadtgebiet, die seit dem Herbst "
    "über die neuen Tarife informiert wurden und bis Ende Januar widersprechen können."
)

# ---- datelines -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "place", "credit"),
    [
        ("Ulm/Neu-Ulm - ", "Ulm/Neu-Ulm", None),
        ("Friedrichshafen – ", "Friedrichshafen", None),  # en dash
        ("Lindau — ", "Lindau", None),  # em dash
        ("Frankfurt am Main - ", "Frankfurt am Main", None),
        ("Neustadt an der Weinstraße – ", "Neustadt an der Weinstraße", None),
        ("St. Moritz - ", "St. Moritz", None),
        ("Halle (Saale) - ", "Halle (Saale)", None),  # a bracket that is no agency belongs to the name
        ("KASSEL (dpa) - ", "KASSEL", "dpa"),
        ("Linz (APA) - ", "Linz", "APA"),
        ("Klagenfurt (APA/dpa) – ", "Klagenfurt", "APA/dpa"),
        ("Luzern (awp/sda) - ", "Luzern", "awp/sda"),
        ("Chur (sda) ", "Chur", "sda"),  # Swiss agency style: no dash after the credit
        ("Bremen, 4. Juni (dpa) - ", "Bremen", "dpa"),
        ("Potsdam, Dienstag, 17.03.2020 (epd) - ", "Potsdam", "epd"),
        ("INNSBRUCK. ", "INNSBRUCK", None),  # full-stop style of Austrian papers
        ("SALZBURG (APA). ", "SALZBURG", "APA"),
        ("Basel (sda). ", "Basel", "sda"),
        ("LEIPZIG: ", "LEIPZIG", None),
    ],
)
def test_dateline_styles(opening: str, place: str, credit: str | None) -> None:
    para = opening + SENT
    d = dateline(para)
    assert d is not None and para[d[0] : d[1]] == place and d[2] == credit
    assert para[d[3] :] == SENT


def test_agency_without_a_place() -> None:
    para = "(dpa) - " + SENT
    d = dateline(para)
    assert d is not None and d[0] == d[1] and d[2] == "dpa" and para[d[3] :] == SENT
    art = layout.split(f"Preise für Fernwärme steigen\n\n{para}\n\n{MORE}")
    assert art.dateline is None and art.agencies == ("dpa",)


@pytest.mark.parametrize(
    "para",
    [
        "Eilmeldung - Die Stadtwerke erhöhen die Preise.",  # a label
        "Energiekrise – Die Stadtwerke erhöhen die Preise.",  # a topic noun
        "Martina Berger - Die Geschäftsführerin der Stadtwerke erklärt die Preise.",  # a person
        "Die Stadtwerke - seit Jahren in der Kritik - erhöhen die Preise.",  # a function word first
        "Stadtwerke Nord - seit Jahren in der Kritik - erhöhen die Preise.",  # a parenthesis: lower case
        "Wichtig: Die Stadtwerke erhöhen die Preise.",  # a colon after mixed case
        "Ulm. Die Stadtwerke erhöhen die Preise.",  # a full stop after mixed case, outside the body's start
        "Mannheim (Baden) Die Stadtwerke erhöhen die Preise.",  # no dash after a bracket that is no agency
        "(Archiv) - Die Stadtwerke erhöhen die Preise.",  # a bracket without an agency
        "PREISKRISE – Die Stadtwerke erhöhen die Preise.",  # a topic noun in capitals
    ],
)
def test_no_dateline_styles(para: str) -> None:
    assert dateline(para) is None


@pytest.mark.parametrize(
    ("para", "place"),
    [
        ("Wien. Die Stadtwerke erhöhen die Preise.", "Wien"),
        ("Graz. Nach dem Beschluss erhöhen die Stadtwerke die Preise.", "Graz"),
        ("Stille. Dann erhöhen die Stadtwerke die Preise.", None),  # a one-word sentence before an adverb
        ("Update. Die Stadtwerke erhöhen die Preise.", None),  # a label
    ],
)
def test_full_stop_dateline_at_the_body_start(para: str, place: str | None) -> None:
    d = dateline(para, glued=True)
    assert (para[d[0] : d[1]] if d else None) == place


@pytest.mark.parametrize(
    ("opening", "place", "agencies"),
    [
        ("GMUNDEN. ", "GMUNDEN", ()),
        ("Wels (APA) - ", "Wels", ("APA",)),
        ("Aarau (sda) ", "Aarau", ("SDA",)),
        ("Ulm/Neu-Ulm – ", "Ulm/Neu-Ulm", ()),
    ],
)
def test_dateline_of_an_article(opening: str, place: str, agencies: tuple[str, ...]) -> None:
    text = f"Fernwärme wird teurer\n\n{opening}{SENT}\n\n{MORE}"
    art = layout.split(text)
    assert art.title == "Fernwärme wird teurer"
    assert art.dateline == place and art.agencies == agencies
    assert art.dateline_span is not None and text[art.dateline_span.start : art.dateline_span.end] == place


@pytest.mark.parametrize("header", ["12.03.2021, 10:15 Uhr\n\nVon Anna Schmidt", "12.03.2021, 10:15 Uhr"])
def test_a_paragraph_opening_with_a_dateline_is_no_teaser(header: str) -> None:
    """A stamp and a byline make the first paragraph a lead; one that opens with a dateline starts the body."""
    art = layout.split(f"Fernwärme wird teurer\n\n{header}\n\nKassel (dpa) - {SENT}\n\n{MORE}\n\n{MORE}")
    assert art.teaser is None and art.dateline == "Kassel" and art.agencies == ("dpa",)
    assert art.paragraphs[0].text.startswith("Kassel (dpa) - ")


_PLACES = st.sampled_from(["Kassel", "Bad Tölz", "Rottach-Egern", "Villach", "Frankfurt am Main", "WIENER NEUSTADT"])
_CREDITS = st.sampled_from(["", " (dpa)", " (APA)", " (sda)", " (dpa/lby)", " (AFP)"])
_DASHES = st.sampled_from([" - ", " – ", " — "])


@given(_PLACES, _CREDITS, _DASHES)
def test_any_place_credit_and_dash(place: str, credit: str, dash: str) -> None:
    para = f"{place}{credit}{dash}{SENT}"
    d = dateline(para)
    assert d is not None and para[d[0] : d[1]] == place
    assert (d[2] or "") == credit.strip(" ()") and para[d[3] :] == SENT


# ---- stamps and published -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "value", "role"),
    [
        ("März 4, 2021", dt.date(2021, 3, 4), ""),  # the month first, as English-style pages print it
        ("Veröffentlicht am Oktober 12, 2019 von stadtgarten", dt.date(2019, 10, 12), "published"),
        ("3. Mai 20213. Mai 2021 Kerstin Albers", dt.date(2021, 5, 3), ""),  # a stamp printed twice, glued
        ("08/02/202107/02/2021", dt.date(2021, 2, 8), ""),
        ("Ein Beitrag von Jonas Reiter | 22.06.2020 - 09:15", dt.datetime(2020, 6, 22, 9, 15), ""),
        (
            "Veröffentlicht am 14.09.2022 von Hannelore Weißkirchen-Sommerfeld Stadtmagazin",
            dt.date(2022, 9, 14),
            "published",
        ),
        ("Publiziert: 01.03.2018 | Autor: gartenzwerg | Kategorie: Allerlei im Beet", dt.date(2018, 3, 1), "published"),
    ],
)
def test_stamp_lines(line: str, value: dt.date, role: str) -> None:
    st = find_stamp(line)
    assert st is not None and st.value == value and st.role is StampRole(role)
    assert is_stamp_unit(line, st)


@pytest.mark.parametrize(
    "line",
    [
        "Die Sitzung am 3. Mai 2020 dauerte bis in den Abend.",  # a sentence
        "Der Bericht wurde im Mai 4, 2021 und später ergänzt.",
        "Mitmai 4, 2021",  # no month
    ],
)
def test_no_stamp_lines(line: str) -> None:
    st = find_stamp(line)
    assert st is None or not is_stamp_unit(line, st)


def test_an_update_stamp_alone_gives_the_day() -> None:
    """Where the text states only when it was last changed, that is the article's day as the text states it."""
    art = layout.split(f"Fernwärme wird teurer\n\nStand: 12.03.2021, 10:15 Uhr\n\n{SENT}\n\n{MORE}")
    assert art.updated == dt.datetime(2021, 3, 12, 10, 15) and art.published == art.updated


def test_a_publication_stamp_wins_over_the_update() -> None:
    text = f"Fernwärme wird teurer\n\nVeröffentlicht: 10.03.2021\n\nAktualisiert: 12.03.2021\n\n{SENT}\n\n{MORE}"
    art = layout.split(text)
    assert art.published == dt.date(2021, 3, 10) and art.updated == dt.date(2021, 3, 12)
