"""Every quote of the five seed articles (in the repo under ``seeds/``), pinned with its speaker and kind.

The expected values are what a careful reader finds (the gold annotation of the seeds); the few the engine
still gets wrong are marked ``xfail`` with the reason, so a fix shows up as XPASS.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from denews import extract_quotes
from denews.model import Quote
from quote_nesting import nesting_errors

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
MISSED = pytest.mark.xfail(reason="not yet attributed or found correctly (see the quotes report)", strict=False)


@cache
def seed_quotes(n: int) -> tuple[str, tuple[Quote, ...]]:
    path = next(SEEDS.glob(f"{n:03d}_*.txt"))
    text = path.read_text(encoding="utf-8")
    return text, extract_quotes(text)


CASES = [
    (0, "Als Orientierungspunkt wurde die nächste Woche g", "Juri Uschakow", "direct"),
    (0, "Signale", "Kreml", "partial"),  # also right: Juri Uschakow
    (0, "Was die Option eines Dreiertreffens betrifft, üb", "Juri Uschakow", "direct"),
    (0, "Wir schlagen vor, uns zunächst auf die Vorbereit", "Juri Uschakow", "direct"),
    (1, "Die Chancen stehen gut, dass es sehr bald zu ein", "Donald Trump", "direct"),
    (1, "Der Präsident ist offen dafür, sowohl Präsident ", "Karoline Leavitt", "direct"),
    (1, "brutale Krieg", "Karoline Leavitt", "partial"),  # also right: Donald Trump
    (1, "konstruktiv", "Kreml", "partial"),  # also right: Juri Uschakow
    (1, "eine ziemlich nützliche und konstruktive Unterha", "Juri Uschakow", "partial"),
    (1, "signalisiert", "Juri Uschakow", "partial"),
    (1, "hochproduktiv", "Donald Trump", "partial"),
    (1, "Es wurden große Fortschritte erzielt", "Donald Trump", "direct"),
    (1, "Alle sind sich einig, dass dieser Krieg beendet ", "Donald Trump", "direct"),
    (1, "Es scheint, dass Russland nun eher zu einem Waff", "Wolodymyr Selenskyj", "direct"),
    (1, "uns bei den Details nicht täuscht – weder uns no", "Wolodymyr Selenskyj", "partial"),
    (1, "Drohungen", "Kreml", "partial"),
    (1, "illegal", "Kreml", "partial"),
    (1, "Es ist nur Grausamkeit, die Furcht einflößen sol", "Wolodymyr Selenskyj", "direct"),
    (2, "hochproduktiv", "Donald Trump", "partial"),
    (2, "Es wurden große Fortschritte erzielt", "Donald Trump", "direct"),
    (2, "Alle sind sich einig, dass dieser Krieg beendet ", "Donald Trump", "direct"),
    (2, "offen dafür", "Karoline Leavitt", "partial"),
    (2, "in den kommenden Tagen", "Kreml", "partial"),  # also right: Juri Uschakow
    (2, "Die kommende Woche wurde als Zieltermin gesetzt", "Juri Uschakow", "direct"),
    (2, "Wir arbeiten jetzt zusammen mit unseren amerikan", "Juri Uschakow", "direct"),
    (2, "im Prinzip", "Juri Uschakow", "partial"),
    (2, "Was die Option eines Dreiertreffens betrifft, üb", "Juri Uschakow", "direct"),
    (2, "Wir schlagen vor, uns zunächst auf die Vorbereit", "Juri Uschakow", "direct"),
    (2, "ich bin jedem von ihnen für seine Unterstützung ", "Wolodymyr Selenskyj", "direct"),
    (2, "Vorschlaghammer", "Lindsey Graham", "partial"),
    (2, "nützlichen und konstruktiven Unterhaltung", "Kreml", "partial"),  # also right: Juri Uschakow
    (2, "signalisiert", "Juri Uschakow", "partial"),
    (2, "einige Signale", "Juri Uschakow", "partial"),
    (2, "entsprechende Signale", "Juri Uschakow", "partial"),
    (2, "Trump wurde noch nicht über die Ergebnisse diese", "Juri Uschakow", "direct"),
    (2, "Es ist sehr wichtig, dass alle Hebel gestärkt we", "Wolodymyr Selenskyj", "direct"),
    (2, "Wir werden sehen, was passiert", "Donald Trump", "direct"),
    (2, "Ich bin von [Putin] enttäuscht, denn ich dachte,", "Donald Trump", "direct"),
    (2, "Auf dieser Grundlage werden wir Sekundärzölle ei", "Donald Trump", "direct"),
    (2, "Drohungen", "Kreml", "partial"),
    (2, "illegal", "Kreml", "partial"),
    (2, "ziemlich gut darin sei, Sanktionen zu vermeiden", "Donald Trump", "partial"),
    (2, "Sie sind gerissene Typen", "Donald Trump", "direct"),
    (2, "inakzeptabel", "Kiew", "partial"),
    pytest.param(3, "in naher Zukunft", "US-Vertreter", "partial", marks=MISSED),
    (3, "Wir brauchen Vorbereitung, ernsthafte Vorbereitu", "Dmitri Peskow", "direct"),
    (3, "Das kann einige Zeit dauern. Deshalb wurden hier", "Dmitri Peskow", "direct"),
    (3, "produktiv", "US-Vertreter", "partial"),  # also right: ranghoher Vertreter des Präsidialamtes in Washington
    (4, "sehr schwerwiegenden Konsequenzen", "Donald Trump", "partial"),
    (4, "hochkomplexen und brutalen Krieg", "Karoline Leavitt", "partial"),
    (4, "morgen", "Washington", "partial"),  # also right: ranghohe US-Regierungsbeamte, Axios
    (4, "recht energische und aufrichtige Anstrengungen", "Wladimir Putin", "partial"),
    (4, "wenn wir in den nächsten Phasen zu Vereinbarunge", "Wladimir Putin", "direct"),
    (4, "Der Weg zum Frieden kann nicht ohne die Ukraine ", "Wolodymyr Selenskyj", "direct"),
    (4, "Gebietstausch", "Donald Trump", "partial"),
]


@pytest.mark.parametrize(("seed", "prefix", "speaker", "kind"), CASES)
def test_seed_quote(seed: int, prefix: str, speaker: str | None, kind: str) -> None:
    text, found = seed_quotes(seed)
    matches = [q for q in found if q.text.startswith(prefix)]
    assert matches, f"quote not found: {prefix!r}"
    q = matches[0]
    assert text[q.span.start : q.span.end] == q.text
    assert q.speaker == speaker
    assert q.kind == kind


@pytest.mark.parametrize("seed", range(5))
def test_seed_quotes_are_sorted_and_disjoint(seed: int) -> None:
    text, found = seed_quotes(seed)
    assert not nesting_errors(found)
    for q in found:
        assert text[q.span.start : q.span.end] == q.text
        if q.mention_span is not None:
            assert text[q.mention_span.start : q.mention_span.end] == q.mention
