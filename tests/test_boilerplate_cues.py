"""The ``needs`` column of ``lexicons/boilerplate_cues.tsv``: every match of a searched cue holds one of its pieces.

``cue_kind`` skips the search of a scope for a unit that holds none of the scope's pieces, so a piece that a
match can do without would lose that cue silently.  Hypothesis generates strings that contain a match of each
pattern (in any letter case) and checks that the case-folded string holds a piece.
"""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import assume, given
from hypothesis import strategies as st

from conftest import Reach
from denews.boilerplate import cue_kind, cue_rows, fold

SEARCHED = [(kind, scope, pat, needs) for kind, scope, pat, needs in cue_rows() if scope in ("short", "any")]


def test_every_searched_cue_names_its_pieces() -> None:
    # One cue without pieces would switch the shortcut off for its whole scope.
    missing = [pat for _, _, pat, needs in SEARCHED if needs is None]
    assert SEARCHED and not missing


@pytest.mark.parametrize(
    ("kind", "pattern", "needs"), [(k, p, n) for k, _, p, n in SEARCHED], ids=lambda v: str(v)[:30]
)
def test_every_match_holds_a_piece(kind: str, pattern: str, needs: tuple[str, ...]) -> None:
    real = regex.compile(pattern, regex.IGNORECASE | regex.V0)
    reach = Reach()

    @reach.least(match=0.5)
    @given(st.from_regex(re.compile(pattern, re.IGNORECASE), fullmatch=False))
    def check(text: str) -> None:
        m = real.search(text)
        reach.note(match=m is not None)
        assume(m is not None)  # the two engines read a few classes differently; the real one decides
        assert any(piece in m.group().casefold() for piece in needs), (m.group(), needs)

    check()


@pytest.mark.parametrize(
    ("unit", "kind"),
    [
        ("ALLE RECHTE VORBEHALTEN", "other"),
        ("Jetzt den Newsletter abonnieren und nichts verpassen", "newsletter"),
        ("NEWSLETTER: Jetzt ABONNIEREN", "newsletter"),
        ("Sie haben bereits ein Abonnement? Hier anmelden", "paywall"),
        ("Plus jetzt gratis testen", "paywall"),
        ("Wir verwenden Cookies, um Inhalte zu personalisieren. Cookies akzeptieren", "other"),
        ("Tel.: +49 30 1234567", "other"),
        ("Du musst dich anmelden, um einen Kommentar zu schreiben.", "comments"),
        ("Für Kommentare zu diesem Text müssen Sie sich bitte registrieren.", "comments"),
        ("Nur registrierte Nutzer können hier kommentieren.", "comments"),
        ("Es gibt zurzeit keine geplanten Termine.", "other"),  # an empty widget, the whole unit
        ("Es gibt zurzeit keine geplanten Termine für die Sanierung, sagte die Sprecherin.", None),
        ("Wer kommentieren will, muss sich künftig mit vollem Namen anmelden, sagte der Betreiber.", None),
        ("Für Links auf dieser Seite bekommt das Musterportal unter Umständen eine Provision.", "other"),
        ("Die mit Stern markierten Verweise sind sogenannte Affiliate-Links.", "other"),
        ("Werbung: Dieser Beitrag enthält Werbung für einen Fahrradladen.", "other"),
        ("Affiliatelinks", "other"),
        ("Viele Vereine finanzieren ihre Seiten über Affiliate-Links, sagte die Forscherin.", None),
        ("Die Regierung will das Gesetz im Herbst beschließen.", None),
    ],
)
def test_cue_kind_with_the_shortcut(unit: str, kind: str | None) -> None:
    assert cue_kind(unit) == kind


def test_folding_finds_every_character_the_patterns_match() -> None:
    # The generated strings above come from the standard library's engine; case-insensitive matching in the
    # ``regex`` module pairs a few more characters (``İ`` with ``i``).  Over all of Unicode: every character
    # that matches a character of a piece folds to what that character folds to.
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    letters = sorted({c for _, _, _, needs in SEARCHED for piece in needs or () for c in piece})
    for ch in letters:
        for other in regex.compile(regex.escape(ch), regex.IGNORECASE | regex.V0).findall(everything):
            assert fold(other) == fold(ch), (ch, other, fold(other))


@pytest.mark.parametrize(
    ("unit", "kind"),
    [
        ("Cookİes akzeptieren", "other"),  # İ matches i in the patterns; str.casefold alone would hide it
        ("Plus gratİs testen", "paywall"),
        ("Direkt in İhr Postfach", "newsletter"),
    ],
)
def test_dotted_capital_i(unit: str, kind: str) -> None:
    assert cue_kind(unit) == kind
