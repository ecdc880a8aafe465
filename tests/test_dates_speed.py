"""The fast paths of the dates stage answer as the slow ones they replaced (issue 20: speed, same output).

- the rule that matched is read from ``Match.lastindex`` instead of the first slot whose group took part;
- sentence ends are found by one compiled pattern each way instead of ``str.find`` per end character;
- ``RuleMatch.get`` reads a name with one group directly.

Invented sentences only.
"""

from __future__ import annotations

import itertools
import re

from hypothesis import given
from hypothesis import strategies as st

from denews.dates import anchoring, cue_words
from denews.dates.grammar import RuleMatch, grammar, sub_grammar

_PIECES = [
    "am", "Montag", "7.", "August", "2025", "um", "14:30", "Uhr", "vor", "drei", "Jahren", "seit", "Ende",
    "März", "im", "Sommer", "der", "die", "und", "es", "nächsten", "Woche", "gestern", "Abend", "bis",
    "zum", "1.", "Mai", "2019", "jeden", "Samstag", "Mitte", "Juni", "zwei", "Stunden", "später", "heute",
    "Morgen", "20.10.", "1990er", "Jahre", "Jahrhundert", "Quartal", "Weihnachten", "Dr.", "z.", "B.",
    "sagte", "er", ".", ",", "!", "?", "\n", "„", "“", "Die", "Stadt", "plant", "neue", "Wege",
]

_sentences = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=18).map(" ".join)


def _first_slot(m: re.Match[str], slots: tuple[tuple[int, str, object], ...]) -> int | None:
    """The slow path: the first rule whose group took part."""
    return next((index for index, _, _ in slots if m.regs[index][0] >= 0), None)


@given(_sentences)
def test_the_rule_that_matched_is_the_group_that_closed_last(text: str) -> None:
    g = grammar()
    classes = sorted({c for r in g.rules for c in r.classes if c != "*"})
    starts = [m.start() for m in re.finditer(r"\S+", text)]
    for cls in classes:
        sub = sub_grammar(frozenset({cls}))
        for s in starts:
            m = sub.pattern.match(text, s)
            if m is None:
                continue
            assert m.lastindex is not None
            assert m.lastindex == _first_slot(m, sub.slots)
            handler, rule, groups = sub.rule_at[m.lastindex]
            assert (handler, groups) == next((h, gr) for i, h, gr in sub.slots if i == m.lastindex)
            full = rule.match(text, s)
            assert full is not None and full.span() == m.span()  # the rule alone matches the same


def _end_before_slow(text: str, lo: int, start: int) -> int | None:
    pos = start
    while pos > lo:
        i = max(text.rfind(c, lo, pos) for c in ".!?\n")
        if i < lo:
            return None
        m = anchoring._SENTENCE_END.match(text, i, start + 1)
        if m is not None and m.end() <= start:
            return int(m.end())
        pos = i
    return None


def _end_after_slow(text: str, end: int, hi: int) -> int | None:
    pos = end
    while pos < hi:
        found = [i for i in (text.find(c, pos, hi) for c in ".!?\n") if i >= 0]
        if not found:
            return None
        i = min(found)
        if anchoring._SENTENCE_END.match(text, i, hi) is not None:
            return i + 1
        pos = i + 1
    return None


@given(_sentences, st.data())
def test_sentence_ends_are_found_as_by_str_find(text: str, data: st.DataObject) -> None:
    n = len(text)
    lo = data.draw(st.integers(0, n))
    hi = data.draw(st.integers(lo, n))
    assert anchoring._end_before(text, lo, hi) == _end_before_slow(text, lo, hi)
    assert anchoring._end_after(text, lo, hi) == _end_after_slow(text, lo, hi)
    mid = data.draw(st.integers(lo, hi))
    assert anchoring.sentence_bounds(text, mid, mid, lo, hi)[0] <= mid


def _get_slow(m: RuleMatch, name: str) -> str | None:
    for i in reversed(m._groups.get(name, ())):
        value = m._m.group(i)
        if value is not None:
            return value
    return None


@given(_sentences)
def test_get_answers_as_the_loop_over_groups(text: str) -> None:
    names = {n for i, _, groups in sub_grammar(frozenset({"num", "mon", "wd", "unit"})).slots for n in groups}
    sub = sub_grammar(frozenset({"num", "mon", "wd", "unit"}))
    for s in (m.start() for m in re.finditer(r"\S+", text)):
        m = sub.pattern.match(text, s)
        if m is None or m.lastindex is None:
            continue
        _, rule, groups = sub.rule_at[m.lastindex]
        full = rule.match(text, s)
        assert full is not None
        rm = RuleMatch(full, groups)
        for name in (*names, "no_such_name"):
            assert rm.get(name) == _get_slow(rm, name)


# Vague references and tense cue words, for the two checks below (invented).
_VAGUE_PIECES = [
    *_PIECES, "derzeit", "jetzt", "bald", "bisher", "in", "Zukunft", "zur", "Zeit", "künftig", "damals",
    "verkaufte", "meldeten", "gekauft", "bestätigt", "versucht", "erlebte", "wird", "war", "hat", "ist",
    "am", "späten", "letzte", "beste", "Verträge", "geht", "Gesetz", "Bestätigt", "erst",
]
_vague_texts = st.lists(st.sampled_from(_VAGUE_PIECES), min_size=1, max_size=24).map(" ".join)
# Mostly words that are or look like tense cues: the branches of ``sentence_cues``.
_CUE_PIECES = [*_VAGUE_PIECES[len(_PIECES) + 10 :], "der", "die", ","]
_cue_texts = st.lists(st.sampled_from(_CUE_PIECES), max_size=16).map(" ".join)


def test_every_vague_reference_of_the_lexicon_is_a_ref_value() -> None:
    # find_dates skips the "vague" rule's handler when vague references are not asked for: exact only while
    # every value of the lexicon's vague list is one (PRESENT_REF, PAST_REF, FUTURE_REF).
    from denews.dates.vocabulary import vocabulary

    values = set(vocabulary().vague.values())
    assert values
    assert all(v.endswith("_REF") for v in values), values


@given(_vague_texts)
def test_without_vague_the_dates_are_those_with_vague_less_the_refs(text: str) -> None:
    import datetime as dt

    from denews.dates import find_dates
    from denews.model import Span

    regions = [Span(0, len(text))]
    for ref in (dt.date(2025, 8, 7), None):
        with_vague = find_dates(text, regions, ref, vague=True)
        without = find_dates(text, regions, ref, vague=False)
        assert without == tuple(t for t in with_vague if not t.value.endswith("_REF"))


def _sentence_cues_slow(text: str, s: int, e: int) -> list[anchoring.Cue]:
    """The loop before the fast check of the endings: whether a word is inseparable asked of every word."""
    cues = anchoring.vocabulary().tense
    out: list[anchoring.Cue] = []
    prev = ""
    for m in anchoring._WORD_SCAN.finditer(text, s, e):
        raw = m.group()
        w = raw.lower()
        if cue_words.perfect_infinitive(w, prev):
            out.append((m.start(), 2 * anchoring.STRONG, 0, False, False))
            prev = w
            continue
        kind = cues.get(w)
        insep = w.endswith("t") and raw.islower() and (w.startswith(anchoring._INSEPARABLE) or w.endswith("iert"))
        if kind is None and "ge" not in w and not w.endswith(("te", "ten")) and not insep:
            prev = w
            continue
        if kind == "weakfuture" and w in ("ab", "bis") and not cue_words.points_ahead(text, m.start(), m.end(), w):
            prev = w
            continue
        past = anchoring.STRONG * (
            kind == "past"
            or (kind is None and len(w) > 6 and w.endswith(("ierte", "ierten")))
            or (kind is None and raw.islower() and anchoring._weak_preterite(w, prev, cues, text, m.end()))
        )
        prev = w
        future = anchoring.STRONG if kind == "future" else 1 if kind == "weakfuture" else 0
        aux = kind == "aux"
        participle = (
            not aux
            and ("ge" in w or insep)
            and kind != "noparticiple"
            and cue_words.participle().fullmatch(w) is not None
        )
        if past or future or aux or participle:
            out.append((m.start(), past, future, aux, participle))
    return out


@given(st.one_of(_cue_texts, st.text(max_size=80)), st.data())
def test_sentence_cues_answer_as_the_loop_that_asked_every_word(text: str, data: st.DataObject) -> None:
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    assert anchoring.sentence_cues(text, s, e) == _sentence_cues_slow(text, s, e)


def test_sentence_cues_on_whole_invented_sentences() -> None:
    for text in (
        "Er hat es versucht und am Ende erlebt, was bestätigt wurde.",
        "Die Firma meldeten am späten Abend, sie verkaufte das beste Gerät.",
        "Bestätigt ist nichts, versucht hat es jeder: gekauft wird morgen.",
    ):
        fast = anchoring.sentence_cues(text, 0, len(text))
        assert fast == _sentence_cues_slow(text, 0, len(text))
        assert any(participle for *_, participle in fast)


@given(_cue_texts)
def test_sentence_cues_of_whole_texts_answer_as_the_old_loop(text: str) -> None:
    assert anchoring.sentence_cues(text, 0, len(text)) == _sentence_cues_slow(text, 0, len(text))


def _one_pass(classes: frozenset[str]) -> tuple[re.Pattern[str], dict[int, tuple[str, dict[str, list[int]]]]]:
    """The alternation before the two passes: every group of every rule captures, renamed apart."""
    g = grammar()
    serial = itertools.count()
    bodies: list[str] = []
    renamed: list[dict[str, list[str]]] = []
    chosen = [(i, r) for i, r in enumerate(g.rules) if "*" in r.classes or r.classes & classes]
    for _, rule in chosen:
        names: dict[str, list[str]] = {}

        def rename(m: re.Match[str], names: dict[str, list[str]] = names) -> str:
            unique = f"g{next(serial)}"
            names.setdefault(m.group(1), []).append(unique)
            return f"(?P<{unique}>"

        bodies.append(re.sub(r"\(\?P<(\w+)>", rename, rule.pattern))
        renamed.append(names)
    pattern = re.compile("|".join(f"(?P<r{i}>{b})" for (i, _), b in zip(chosen, bodies, strict=True)), re.VERBOSE)
    at = {
        pattern.groupindex[f"r{i}"]: (rule.handler, {n: [pattern.groupindex[u] for u in us] for n, us in names.items()})
        for (i, rule), names in zip(chosen, renamed, strict=True)
    }
    return pattern, at


@given(_sentences)
def test_two_passes_match_and_read_the_groups_as_the_one_pass_did(text: str) -> None:
    g = grammar()
    for classes in [frozenset({c}) for c in sorted({c for r in g.rules for c in r.classes} - {"*"})] + [
        frozenset({"num", "mon", "wd", "unit"})
    ]:
        old, old_at = _one_pass(classes)
        sub = sub_grammar(classes)
        for s in (m.start() for m in re.finditer(r"\S+", text)):
            m_old, m = old.match(text, s), sub.pattern.match(text, s)
            assert (m_old is None) == (m is None)
            if m is None or m_old is None:
                continue
            handler, groups = old_at[m_old.lastindex or 0]
            new_handler, rule, new_groups = sub.rule_at[m.lastindex or 0]
            full = rule.match(text, s)
            assert full is not None and full.span() == m.span() == m_old.span() and new_handler == handler
            assert groups.keys() == new_groups.keys()
            for name, ids in groups.items():
                assert [m_old.span(i) for i in ids] == [full.span(i) for i in new_groups[name]]
