"""A page that holds no running text, only a table of results: its rows are the page's text, its menu is not.

Every name, team and figure here was invented for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import denews

TEAMS = [
    ("TSV Beispielhausen", "Muster, Anna 2008; Probe, Lena 2009"),
    ("SC Testdorf", "Beispiel, Mia 2008; Kunz, Ella 2008"),
    ("LG Modellstadt", "Vogel, Ida 2009; Fink, Pia 2008"),
    ("FC Probenau", "Halm, Lotta 2009; Stern, Jule 2008"),
]
HEAD = ["Sportverein Musterstadt", "Kreismeisterschaften der Jugend am 12.06.2021 in Musterstadt", "Ergebnisliste"]
MENU = ["* Termine 2021", "* Ergebnisse 2021", "* Kontakt", "Impressum"]


def _results(n: int, heat: str) -> list[str]:
    lines = [heat]
    for r, (team, names) in enumerate(TEAMS[:n], 1):
        lines += [f"{r}.          {team}          3{r},20 sec.", names]
    return lines


@given(st.integers(min_value=2, max_value=4), st.sampled_from(["Staffel 4 x 50 m Mädchen", "Finale"]))
def test_the_rows_of_a_results_list_stay_and_its_menu_goes(n: int, heat: str) -> None:
    # The ranks are sentences (they end with "sec."); the members' lines under them are short lines with
    # figures: rows of the same table, not a header over text that never comes.
    art = denews.split("\n".join([*HEAD, *_results(n, heat), *MENU]))
    for team, names in TEAMS[:n]:
        assert team in art.body
        assert names in art.body
    assert all(entry.lstrip("* ") not in art.body for entry in MENU)


def test_rows_above_an_article_stay_out() -> None:
    # With running text on the page, short lines with figures above it are its header's (a menu of years, a
    # table of another page), not its text.
    article = [
        "Vereinsfest am Weiher",
        "Am Samstag feierte der Verein sein Sommerfest am Weiher, und viele Familien kamen trotz des Regens.",
        "Die Kinder liefen um die Wette, und am Abend spielte eine Kapelle aus dem Nachbardorf bis spät in die Nacht.",
    ]
    art = denews.split("\n\n".join([*HEAD, *_results(3, "Finale"), *article]))
    assert article[1] in art.body
    assert TEAMS[0][1] not in art.body
