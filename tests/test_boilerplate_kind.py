"""``Boilerplate.kind`` is a ``BoilerplateKind``: an enum whose members are the strings of the gold format's
kinds, so that comparing, printing and serializing a kind gives the same string as before it was an enum."""

from __future__ import annotations

import csv
import io
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import denews
from denews.model import BOILERPLATE_KINDS, Boilerplate, BoilerplateKind, Span

# An invented article with furniture of several kinds around its text.
ARTICLE = (
    "Neue Brücke in Beispielstadt eröffnet\n\n"
    "Beispielstadt - Die neue Brücke über den Fluss ist seit Montag für den Verkehr frei. Die Stadt rechnet mit "
    "weniger Staus in der Innenstadt, sagte ein Sprecher am Dienstag.\n\n"
    "Der Bau hatte drei Jahre gedauert und kostete mehr als geplant. Anwohner hatten lange auf die Öffnung "
    "gewartet. (dpa)\n\n"
    "Abonnieren Sie unseren Newsletter und verpassen Sie keine Nachricht mehr!\n\n"
    "Mehr zum Thema\n\n"
    "Artikel anhören\n"
)

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


def test_the_members_are_the_guide_kinds_in_order() -> None:
    assert [k.value for k in BoilerplateKind] == list(BOILERPLATE_KINDS)
    assert len(set(BOILERPLATE_KINDS)) == len(BOILERPLATE_KINDS) == 11


@pytest.mark.parametrize("kind", list(BoilerplateKind))
def test_a_kind_is_its_string(kind: BoilerplateKind) -> None:
    value = kind.value
    assert kind == value and hash(kind) == hash(value) and value in {kind} and kind in {value}
    assert str(kind) == value and f"{kind}" == value and f"[{kind:>12}]" == f"[{value:>12}]"
    assert json.dumps(kind) == json.dumps(value)
    out = io.StringIO()
    csv.writer(out).writerow([kind])
    assert out.getvalue().strip() == value
    assert BoilerplateKind(value) is kind and pickle.loads(pickle.dumps(kind)) is kind


@given(st.sampled_from(BOILERPLATE_KINDS), st.integers(0, 50), st.integers(0, 50))
def test_a_string_kind_is_taken_as_its_member(value: str, start: int, length: int) -> None:
    b = Boilerplate("x" * length, Span(start, start + length), value)
    assert b.kind is BoilerplateKind(value)
    assert b == Boilerplate("x" * length, Span(start, start + length), BoilerplateKind(value))
    d = b.to_dict()
    assert type(d["kind"]) is str and d["kind"] == value


@given(st.text(min_size=1, max_size=12).filter(lambda s: s not in BOILERPLATE_KINDS))
def test_an_unknown_kind_is_refused(value: str) -> None:
    with pytest.raises(ValueError):
        Boilerplate("x", Span(0, 1), value)


@pytest.mark.parametrize("text", [ARTICLE, *(p.read_text(encoding="utf-8") for p in SEEDS)])
def test_articles_give_members_and_plain_strings(text: str) -> None:
    art = denews.parse(text, reference_date="2025-03-06")
    assert art.boilerplate, "the text has furniture to remove"
    data = art.to_dict()["boilerplate"]
    for b, d in zip(art.boilerplate, data, strict=True):
        assert type(b.kind) is BoilerplateKind
        assert type(d["kind"]) is str and d["kind"] == b.kind.value


def _cli(fmt: str) -> str:
    run = subprocess.run(
        [sys.executable, "-m", "denews", "parse", "--format", fmt, "-"],
        input=ARTICLE, capture_output=True, text=True, encoding="utf-8", check=True,
    )
    return run.stdout


def test_the_cli_prints_the_plain_kind() -> None:
    kinds = [b["kind"] for b in json.loads(_cli("jsonl"))["boilerplate"]]
    assert kinds and set(kinds) <= set(BOILERPLATE_KINDS)
    text = _cli("text")
    assert "BoilerplateKind" not in text
    assert all(f"[{k}] " in text for k in kinds)
