"""The scored steps of the layout: the article region, the title by score, persons in name lines, kicker splits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import denews
from denews.layout.header import split_kicker
from denews.layout.region import Prose, article_region, prose_class, weight
from denews.layout.stamps import is_person
from denews.layout.title import Candidate, best_title, furniture_shape

PARA = (
    "Der Gemeinderat hat am Abend über den Haushalt für das kommende Jahr beraten und dabei eine lange Liste "
    "von Vorhaben geprüft, die in den nächsten Monaten umgesetzt werden sollen."
)
PARA2 = (
    "Die Bürgermeisterin sagte nach der Sitzung, dass die Stadt trotz der hohen Kosten an dem neuen Hallenbad "
    "festhalten wolle, weil es für die Vereine und die Schulen wichtig sei."
)


def test_prose_classes() -> None:
    assert prose_class(30, 10, furniture=False) is Prose.GOOD
    assert prose_class(30, 10, furniture=True) is Prose.FURNITURE
    assert prose_class(8, 2, furniture=False) is Prose.NEAR
    assert prose_class(3, 0, furniture=False) is Prose.SHORT
    assert prose_class(40, 0, furniture=False) is Prose.BAD  # a long row of menu words


def test_region_is_the_run_of_prose_not_the_menu() -> None:
    menu = [weight(Prose.SHORT, 1)] * 10
    furniture = [weight(Prose.BAD, 5)] * 4
    prose = [weight(Prose.GOOD, 40), weight(Prose.SHORT, 3), weight(Prose.GOOD, 60)]
    assert article_region(menu + prose + furniture) == (10, 13)
    assert article_region(menu) is None


@given(st.lists(st.floats(min_value=-3, max_value=3, allow_nan=False), max_size=40))
def test_region_has_the_largest_sum(ws: list[float]) -> None:
    span = article_region(ws)
    if span is None:
        assert all(w <= 0 for w in ws)
        return
    best = sum(ws[span[0] : span[1]])
    for s in range(len(ws)):
        for e in range(s + 1, len(ws) + 1):
            assert sum(ws[s:e]) <= best + 1e-9


def test_title_by_shared_words_over_a_nearer_menu_line() -> None:
    cands = [Candidate(3, "Haushalt für das kommende Jahr beraten"), Candidate(5, "Service")]
    assert best_title(cands, 6, [PARA]) == 3


def test_kicker_line_lends_its_words_to_the_headline_under_it() -> None:
    cands = [Candidate(1, "Haushalt im Gemeinderat:"), Candidate(2, "Lange Nacht im Rathaus")]
    assert best_title(cands, 3, [PARA]) == 2


@pytest.mark.parametrize("line", ["Home › Politik › Inland", "* Kontakt", "info@example.de", "← Älterer Beitrag"])
def test_furniture_shapes_are_never_titles(line: str) -> None:
    assert furniture_shape(line)
    assert best_title([Candidate(0, line)], 1, [PARA]) is None


def test_title_under_a_menu_and_a_breadcrumb() -> None:
    page = "\n\n".join(["Startseite", "Politik", "Sport", "Home › Politik › Region",
                        "Stadt hält am neuen Hallenbad fest", PARA, PARA2, "Impressum", "Datenschutz"])
    art = denews.split(page)
    assert art.title == "Stadt hält am neuen Hallenbad fest"
    assert art.kicker is None
    assert art.body.startswith(PARA[:40]) and "Impressum" not in art.body


def test_a_site_notice_above_the_article_is_not_its_body() -> None:
    notice = ("Diese Seite legt kleine Dateien auf Ihrem Gerät ab; mehr dazu in unserer Datenschutzerklärung, "
              "die Sie jederzeit aufrufen können.")
    page = "\n\n".join([notice, "Zustimmen", "Stadt hält am neuen Hallenbad fest", PARA, PARA2])
    art = denews.split(page)
    assert notice not in art.body and art.body.startswith(PARA[:40])


@pytest.mark.parametrize("line", ["Anna Muster", "Dr. Jan Beispiel", "Hans-Peter Probe"])
def test_persons(line: str) -> None:
    assert is_person(line)


@pytest.mark.parametrize("line", ["Globale Gesellschaft", "Champions League", "Digitale Welt", "Neue Energie"])
def test_menu_pairs_are_no_persons(line: str) -> None:
    assert not is_person(line)


@pytest.mark.parametrize(
    "line",
    ["Streit im Stadtrat eskaliert – Jetzt spricht der Bürgermeister",
     "Datenschutzrechtliche Prüfung der neuen Formulare beginnt",
     "Ein Jahr voller Sorgen: Landwirte fordern Hilfe",
     "Neue Schuhe: SpeedRunner im Test"],
)
def test_no_kicker_split_inside_a_headline(line: str) -> None:
    assert split_kicker(line) is None


def test_byline_under_the_article_credits_its_writer() -> None:
    art = denews.split(f"Stadt hält am neuen Hallenbad fest\n\n{PARA}\n\n{PARA2}\n\nVon Anna Muster")
    assert art.authors == ("Anna Muster",)
    assert "Anna Muster" not in art.body


def test_a_list_between_paragraphs_stays_in_the_body() -> None:
    items = ["200 g Mehl", "2 Eier", "eine Prise Salz,", "Backzeit: etwa 40 Minuten"]
    page = "\n\n".join(["Ein Kuchen für den Sonntag", PARA, *items, PARA2])
    art = denews.split(page)
    for item in items:
        assert item in art.body


def test_headlines_between_paragraphs_are_no_list() -> None:
    links = ["Stadtrat vertagt Entscheidung über Bad", "Bäckerei am Markt schließt nach vierzig Jahren"]
    page = "\n\n".join(["Stadt hält am neuen Hallenbad fest", PARA, *links, PARA2])
    art = denews.split(page)
    assert not any(link in art.body for link in links)


def test_the_article_ends_after_a_gap_not_at_a_closing_line() -> None:
    from denews.layout.region import region_end

    assert region_end([1.0, 1.0, -0.12, -0.6, -0.6, -0.6, 2.0], 2) == 5  # a closing line stays, furniture ends it
    assert region_end([1.0, -0.12], 1) == 2


def test_running_text_past_the_article_is_boilerplate() -> None:
    bio = ("Anna Muster schreibt seit vielen Jahren über die Stadt und ihre Vereine, und sie wohnt mit ihrer "
           "Familie am Rand der Altstadt, wo sie gern im Garten arbeitet.")
    menu = ["Startseite", "Politik", "Sport", "Kultur", "Impressum", "Datenschutz", "Kontakt", "Archiv"]
    page = "\n\n".join(["Stadt hält am neuen Hallenbad fest", PARA, PARA2, *menu, bio])
    art = denews.split(page)
    assert art.body.startswith(PARA[:40]) and PARA2 in art.body and bio not in art.body
