"""Adversarial inputs: each parses, keeps the span invariants, and costs time linear in its length.

Each case is parsed at a quarter of its size and at its full size, in a child process (so that a blow-up is
killed at the ceiling instead of hanging CI).  Linear time gives a ratio near 4 between the two; quadratic gives
16, exponential far more.  The bound (ratio < 10, with small timings floored so that noise cannot trip it) and a
generous absolute ceiling for the full size guard against a blow-up without flaking on a busy machine.
"""

from __future__ import annotations

import multiprocessing
import random
import time
import unicodedata
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

import denews
from denews.model import Article, Boilerplate, Paragraph, Quote, TimeExpression
from quote_nesting import nesting_errors

SEED = (Path(__file__).resolve().parents[1] / "seeds" / "000_31f6704d5b588e8a.txt").read_text(encoding="utf-8")

#: Largest ratio t(n) / t(n/4) accepted: linear is ~4, quadratic 16.
MAX_RATIO = 10.0
#: Timings below this are noise-dominated; the ratio uses at least this for the small run.
TIME_FLOOR = 0.05


def _quote_characters() -> str:
    """Every quotation mark of Unicode: Pi/Pf, and the Ps/Pe/Po marks whose name says QUOTATION or CORNER BRACKET."""
    chars = {"\u0022", "\u0027", "\u00ab", "\u00bb", "\u2039", "\u203a", "\uff02", "\uff07"}
    chars.update(chr(c) for c in range(0x2018, 0x2020))
    chars.update(chr(c) for c in range(0x300C, 0x3010))
    for c in range(0x10000):
        ch = chr(c)
        cat = unicodedata.category(ch)
        name = unicodedata.name(ch, "")
        if cat in ("Pi", "Pf") or (cat in ("Ps", "Pe", "Po") and ("QUOTATION" in name or "CORNER BRACKET" in name)):
            chars.add(ch)
    return "".join(sorted(chars))


QUOTE_CHARS = _quote_characters()
CONTROL_CHARS = "".join(chr(c) for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)]) + "\u2028\u2029\u200e\u202e"


def _repeat(piece: str) -> Callable[[int], str]:
    return lambda n: piece * max(1, n // len(piece))


def _no_line_end(n: int) -> str:
    flat = " ".join(SEED.split())
    return (flat * (n // len(flat) + 1))[:n]


def _shuffled(alphabet: str, words: bool) -> Callable[[int], str]:
    def make(n: int) -> str:
        rng = random.Random(n)
        if not words:  # random bytes, each read as a character of the alphabet (fast at millions of them)
            table = {b: alphabet[b % len(alphabet)] for b in range(256)}
            return rng.randbytes(n).decode("latin-1").translate(table)
        vocab = ["sagte", "er", "Die", "Regierung", "am", "Mittwoch", ",", ".", "Merz", "\n", "\n\n", "heute"]
        out: list[str] = []
        size = 0
        while size < n:
            piece = rng.choice(alphabet) if rng.random() < 0.5 else rng.choice(vocab) + " "
            out.append(piece)
            size += len(piece)
        return "".join(out)

    return make


def _distinct_speakers(n: int) -> str:
    """Paragraphs that each quote a speaker with a new surname: the name table is asked about every one."""
    rng = random.Random(n)
    out: list[str] = []
    size = 0
    while size < n:
        surname = "".join(rng.choice("abcdefghijklmnoprstuvwz") for _ in range(8)).capitalize()
        piece = f"Gestern sagte Karl {surname} in Berlin: „Wir kommen wieder.“\n\n"
        out.append(piece)
        size += len(piece)
    return "".join(out)


def _headline_over(body: Callable[[int], str]) -> Callable[[int], str]:
    """A headline candidate over ``body``: the title's signals then read every line of the page."""
    return lambda n: "Neue Brücke über den Fluss eröffnet\n\n" + body(n)


def _closing_line_of(tail: Callable[[int], str]) -> Callable[[int], str]:
    """An article whose last line, right under its last paragraph, ends in ``tail`` (read as a closing line)."""
    head = "Neue Brücke über den Fluss eröffnet\n\n" + SEED.strip() + "\n\nInfos gibt es bei "
    return lambda n: head + tail(n)


def _narrative_offsets(n: int) -> str:
    """A named year, then many offsets counted from it: each looks for an article just before itself."""
    piece = "Zwei Jahre später zog sie um. "
    return "Im Jahr 2015 zog sie nach Graz. " + piece * max(1, n // len(piece))


# name -> (builder of a text of about n characters, full size n, absolute ceiling in seconds for the full size).
# Sizes where even the quarter-size run takes longer than TIME_FLOOR on a quiet machine (the cheap inputs are
# millions of characters), so that the ratio measures the growth and not the floor.
CASES: dict[str, tuple[Callable[[int], str], int, float]] = {
    "1 MB without a line end": (_no_line_end, 1_000_000, 60.0),
    "6,000,000 opening quote marks": (_repeat("„"), 6_000_000, 20.0),
    "100,000 opening quote marks between words": (_repeat("„Wir "), 500_000, 40.0),
    "50,000 times am Mittwoch": (_repeat("am Mittwoch "), 50_000 * 12, 40.0),
    "10,000 times Mehr zum Thema (lines)": (_repeat("Mehr zum Thema\n"), 10_000 * 15, 20.0),
    "300,000 times Mehr zum Thema (one line)": (_repeat("Mehr zum Thema "), 300_000 * 15, 20.0),
    "400,000 times Lesen Sie auch:": (_repeat("Lesen Sie auch: "), 400_000 * 16, 20.0),
    "control characters": (_shuffled(CONTROL_CHARS, words=False), 200_000, 20.0),
    "control characters between words": (_shuffled(CONTROL_CHARS, words=True), 200_000, 30.0),
    "all quote characters in random order": (_shuffled(QUOTE_CHARS, words=False), 6_000_000, 20.0),
    "all quote characters between words": (_shuffled(QUOTE_CHARS, words=True), 200_000, 30.0),
    "10,000 quoted speakers with distinct surnames": (_distinct_speakers, 400_000, 60.0),
    "a headline over one long line": (_headline_over(_repeat("Wort ")), 200_000, 20.0),
    "a long hyphenated word under the last paragraph": (_closing_line_of(_repeat("a-")), 100_000, 20.0),
    "30,000 narrative offsets after a named year": (_narrative_offsets, 900_000, 8.0),
}


def _check_spans(art: Article) -> None:
    text = art.text
    items: list[Paragraph | Boilerplate | Quote | TimeExpression] = [*art.paragraphs, *art.boilerplate]
    items.extend([*art.quotes, *art.dates])
    for item in items:
        assert text[item.span.start : item.span.end] == item.text
    for q in art.quotes:
        if q.mention_span is not None:
            assert text[q.mention_span.start : q.mention_span.end] == q.mention
    assert not nesting_errors(art.quotes), "overlapping quotes"


def _measure(build: Callable[[int], str], n: int, out: Connection) -> None:
    """In the child: time parse at n/4 and n, check the spans, send (small, big, error)."""
    try:
        timings = []
        for size in (n // 4, n):
            text = build(size)
            start = time.process_time()
            art = denews.parse(text)
            timings.append(time.process_time() - start)
            _check_spans(art)
        out.send((timings[0], timings[1], None))
    except BaseException as exc:  # reported to the parent, which fails the test with it
        out.send((0.0, 0.0, f"{type(exc).__name__}: {exc}"))


@pytest.mark.parametrize("name", list(CASES))
def test_linear_time(name: str) -> None:
    build, n, ceiling = CASES[name]
    ctx = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    mp = ctx or multiprocessing.get_context()
    receive, send = mp.Pipe(duplex=False)
    child = mp.Process(target=_measure, args=(build, n, send), daemon=True)
    child.start()
    # The child parses n/4 and then n: allow the ceiling for both together.
    if not receive.poll(ceiling * 1.25):
        child.kill()
        child.join()
        pytest.fail(f"{name}: no result within {ceiling * 1.25:.0f} s at {n:,} characters (blow-up?)")
    small, big, error = receive.recv()
    child.join()
    assert error is None, f"{name}: parse failed: {error}"
    assert big < ceiling, f"{name}: {big:.2f} s for {n:,} characters (ceiling {ceiling} s)"
    ratio = big / max(small, TIME_FLOOR)
    assert ratio < MAX_RATIO, f"{name}: {big:.3f} s at {n:,} vs {small:.3f} s at {n // 4:,}: ratio {ratio:.1f}"


def test_quote_alphabet_is_complete() -> None:
    for ch in "\"'«»‘’‚‛“”„‟‹›「」『』＂":
        assert ch in QUOTE_CHARS, f"U+{ord(ch):04X}"
