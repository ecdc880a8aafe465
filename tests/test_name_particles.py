"""One list of name particles (``lexicons/person_name_particles.txt``) read by every stage: bylines, interview
labels, the quotes' name runs and their subject words.  Each test fails where a stage keeps a list of its own that
lacks a particle of the data."""

from __future__ import annotations

import pytest

import denews
from denews._data import name_particles, particle_run, particle_words
from denews.layout.bylines import byline, is_name
from denews.quotes import classify, interview, name_runs
from denews.quotes.tokens import NAME_PARTICLES

_OPEN = name_particles()["open"]


def test_every_stage_reads_the_one_list() -> None:
    assert particle_words() == NAME_PARTICLES
    assert particle_words() <= classify._SUBJECT_WORDS
    assert "und" not in particle_words()  # (the ``und`` of ``von und zu`` joins no two names elsewhere)


@pytest.mark.parametrize("particle", _OPEN)
def test_byline_reads_each_particle(particle: str) -> None:
    name = f"Jonas {particle} Feldkamp"
    assert is_name(name)
    got = byline(f"Von {name}")
    assert got is not None
    assert got[0] == [name]


@pytest.mark.parametrize("particle", _OPEN)
def test_interview_label_reads_each_particle(particle: str) -> None:
    m = interview._LABEL.match(f"Feldkamp {particle} Aue: Wir bauen die Brücke neu.")
    assert m is not None
    assert m.group("label") == f"Feldkamp {particle} Aue"


@pytest.mark.parametrize("particle", _OPEN)
def test_name_run_gap_reads_each_particle(particle: str) -> None:
    gap = f" {particle} "
    assert name_runs._PARTICLE_GAP.fullmatch(gap) is not None
    assert name_runs._particle_start(gap, 0, len(gap))


@pytest.mark.parametrize("follow", [f for f in name_particles()["follow"] if f not in _OPEN])
def test_a_following_particle_needs_an_opening_one(follow: str) -> None:
    """``Chef der Gewerkschaft``: an article alone between two capitalized words is no particle run."""
    import regex

    assert regex.fullmatch(particle_run(), follow) is None
    assert regex.fullmatch(particle_run(), f"von {follow}") is not None


def test_von_und_zu_is_one_particle() -> None:
    got = byline("Von Stefan von und zu Felsberg und Anna Muster")
    assert got is not None
    assert got[0] == ["Stefan von und zu Felsberg", "Anna Muster"]


def test_particle_name_in_a_quote_frame() -> None:
    text = "„Wir bauen die Brücke neu“, sagte Lena zu Hohenfels am Montag in Graz."
    qs = denews.extract_quotes(text)
    assert qs
    assert qs[0].speaker == "Lena zu Hohenfels"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Die Preise steigen weiter“, sagte die Sprecherin des Verbands, Eva van der Aue.", "Eva van der Aue"),
        ("„Wir streiken am Montag“, sagte der Chef der Gewerkschaft, Lukas zu Hohenfels.", "Lukas zu Hohenfels"),
        ("„Der Zug fährt wieder“, sagte der Leiter der Bahn, Jonas de Witt.", "Jonas de Witt"),
    ],
)
def test_closing_apposition_with_particles(text: str, speaker: str) -> None:
    """The name in the apposition closing the frame names the role's holder, particles and all."""
    qs = denews.extract_quotes(text)
    assert [q.speaker for q in qs] == [speaker]


def test_double_surname_after_von_is_the_fullest_name() -> None:
    text = "Lena Marín Soler kam spät.\n\nDie Antwort von Marín Soler kam prompt: „Wir bleiben hier.“"
    qs = denews.extract_quotes(text)
    assert [q.speaker for q in qs] == ["Lena Marín Soler"]
