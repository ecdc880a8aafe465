"""A dateline before the speaker: no crash for any dash or role, and the place never joins the speaker."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from denews._data import read_text
from denews.model import SpeakerType

DASHES = ["-", "–", "—", "--", "‒"]
PLACES = ["Berlin", "Washington/Moskau", "Bad Homburg", "Frankfurt (Oder)"]


def roles() -> list[str]:
    """Every role noun of the lexicon, capitalized as a noun."""
    lines = read_text("lexicons/quotes_roles.txt").splitlines()
    words = [x.split("#", 1)[0].strip() for x in lines]
    return [w[:1].upper() + w[1:] for w in words if w and " " not in w]


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in denews.parse(text).quotes]


@pytest.mark.parametrize("dash", DASHES)
@pytest.mark.parametrize("place", PLACES)
def test_a_name_after_a_dateline_is_the_name_alone(dash: str, place: str) -> None:
    text = f"{place} {dash} Merz sagte: „Wir bleiben bei unserem Kurs und arbeiten weiter.“"
    assert speakers(text) == ["Merz"]


@pytest.mark.parametrize("role", roles())
@pytest.mark.parametrize("dash", DASHES)
def test_every_role_after_every_dash_parses(role: str, dash: str) -> None:
    # No name anywhere: the description is the speaker, without its article and without the place.
    text = f"Berlin {dash} Der {role} sagte: „Wir bleiben bei unserem Kurs.“"
    found = denews.parse(text).quotes
    assert len(found) == 1
    assert found[0].speaker is None or "Berlin" not in found[0].speaker
    assert found[0].speaker in (None, role)


@pytest.mark.parametrize("dash", DASHES)
def test_a_role_with_its_holder_named_before_resolves_to_the_name(dash: str) -> None:
    text = (
        f"Berlin {dash} Bundeskanzler Friedrich Lang hat die Lage beraten. "
        "Der Kanzler sagte danach: „Wir bleiben bei unserem Kurs.“"
    )
    found = denews.parse(text).quotes
    assert [(q.speaker, q.speaker_type) for q in found] == [("Friedrich Lang", SpeakerType.PERSON)]


@pytest.mark.parametrize("dash", DASHES)
def test_a_role_without_a_holder_is_its_description(dash: str) -> None:
    found = denews.parse(f"Köln {dash} Die Ministerin erklärte: „Wir helfen sofort.“").quotes
    assert [(q.speaker, q.speaker_type) for q in found] == [("Ministerin", SpeakerType.ROLE)]


@settings(max_examples=60, deadline=None)
@given(
    place=st.sampled_from(PLACES),
    dash=st.sampled_from(DASHES),
    role=st.sampled_from(roles()),
    named=st.booleans(),
    space=st.sampled_from([" ", "  ", "\u00a0"]),
)
def test_dateline_shapes_never_crash_and_keep_the_place_out(
    place: str, dash: str, role: str, named: bool, space: str
) -> None:
    who = f"Der {role} Hans Brand" if named else f"Der {role}"
    text = f"{place}{space}{dash}{space}{who} sagte: „Das ist richtig so.“"
    for q in denews.parse(text).quotes:
        assert q.speaker is None or place.split()[0] not in q.speaker
        if named:
            assert q.speaker == "Hans Brand"
