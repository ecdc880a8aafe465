"""The quote stage's faster paths of the second speed pass find what the paths they replace found (issue 20).

Each check keeps the old path here as the reference and compares it with the new one on invented texts built
from pieces that stress the edges (case, hyphens, marks, combining accents, spaces of every kind), and on any
string hypothesis makes.
"""

from __future__ import annotations

from collections.abc import Callable

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from denews.model import Span
from denews.quotes import indirect, indirect_marks, indirect_mood, lexicon, mentions, name_runs, name_table, names
from denews.quotes import indirect_frames as frames
from denews.quotes import indirect_gate as gate
from denews.quotes import indirect_sources as sources
from denews.quotes.indirect_speaker import _cut
from denews.quotes.tokens import Tok, tokenize
from newsgen import glued_words

PIECES = [
    "sagte", "habe", "plane", "Partie", "hatte", "Idee", "sie", "Sie", "İne", "ẞE", "TE", "Tee", "Ie", "gehe", "e",
    "ee", "Ost-West", "l'Air", "3.", "2025", "ABE", "Ǆe", "ǅabe", "stehe", "Kern", "Kerns", "Rothe", "Roth", "der",
]  # fmt: skip
GLUE = [" ", "  ", "\u00a0", ", ", ". ", ": ", "-", "'", "’", "„", "“", "\u0301", "", "1", "_", "\n"]


def texts() -> st.SearchStrategy[str]:
    return glued_words(PIECES, GLUE, 12)


#: The stem + e pattern as it was: the word first, its final e checked by lookbehinds at its end.
_OLD_STEM_E = regex.compile(
    r"(?<![\p{L}\p{M}\d])(?!\p{Lu})\p{L}{3,}+(?<=[eE])(?<![iItT][eE])(?![\p{L}\p{M}\d])"
)


def _stem_e_words(text: str) -> list[tuple[int, int]]:
    return [(m.start(1), m.end()) for m in gate._patterns().stem_e.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.one_of(texts(), st.text(max_size=40)))
def test_the_stem_e_pattern_finds_the_words_it_found(text: str) -> None:
    assert _stem_e_words(text) == [m.span() for m in _OLD_STEM_E.finditer(text)]


def test_the_stem_e_pattern_on_plain_words() -> None:
    text = "Er plane, sie gehe; die Idee, hatte Sie, Ina stehe."
    assert [text[s:e] for s, e in _stem_e_words(text)] == ["plane", "gehe", "stehe"]


def _old_cut(text: str, frame: Span, sentence: tuple[Span, list[Tok]]) -> list[Tok] | None:
    """``indirect_speaker._cut`` as it was: one pass over every token of the sentence."""
    sent, toks = sentence
    a, b = frame.start, frame.end
    if a < sent.start or b > sent.end or (b > a and b < sent.end and text[b - 1] in "-‐‒―"):
        return None
    out = []
    for t in toks:
        if t.start < a < t.end or t.start < b < t.end:
            return None
        if a <= t.start and t.end <= b:
            out.append(t)
    return out


@settings(max_examples=500, deadline=None)
@given(texts(), st.integers(0, 60), st.integers(0, 60), st.integers(0, 60), st.integers(0, 60))
def test_the_tokens_of_a_frame_are_cut_as_before(text: str, s: int, e: int, a: int, b: int) -> None:
    n = len(text)
    s, e = sorted((min(s, n), min(e, n)))
    a, b = sorted((min(a, n), min(b, n)))
    sent = Span(s, e)
    sentence = (sent, tokenize(text, s, e))
    assert _cut(text, Span(a, b), sentence) == _old_cut(text, Span(a, b), sentence)


def test_a_frame_cut_inside_a_word_has_no_tokens() -> None:
    text = "Die Stadt teilte mit, das Amt sei zu."
    sentence = (Span(0, len(text)), tokenize(text, 0, len(text)))
    assert _cut(text, Span(2, 9), sentence) is None  # "e Stadt": the frame starts inside "Die"
    cut = _cut(text, Span(4, 20), sentence)
    assert cut is not None and [t.text for t in cut] == ["Stadt", "teilte", "mit"]


def _old_referring(by_last: dict[str, str], words: set[str]) -> dict[str, str]:
    """The names words refer to as it was: each word looked up in the table."""
    refers = {}
    for low in words:
        full = by_last.get(low) or (by_last.get(low[:-1]) if low.endswith("s") else None)
        if full is not None:
            refers[low] = full
    return refers


LOWS = st.sampled_from(["kern", "kerns", "roth", "roths", "rothe", "s", "ss", "haus", "hau", "ida", "idas", "a"])


@settings(max_examples=500, deadline=None)
@given(st.dictionaries(LOWS, st.sampled_from(["Ida Kern", "Paul Roth", "Kern", "Lina Haus"])), st.sets(LOWS))
def test_the_words_naming_a_surname_are_the_ones_they_were(by_last: dict[str, str], words: set[str]) -> None:
    assert names._referring(by_last, words) == _old_referring(by_last, words)


def test_a_genitive_refers_to_its_surname_unless_it_is_one() -> None:
    assert names._referring({"kern": "Ida Kern"}, {"kerns", "haus"}) == {"kerns": "Ida Kern"}
    by_last = {"kern": "Ida Kern", "kerns": "Max Kerns"}
    assert names._referring(by_last, {"kerns"}) == {"kerns": "Max Kerns"}


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40), st.integers(1, 20))
def test_letters_are_counted_as_before(s: str, n: int) -> None:
    assert indirect_marks.letters(s, n) == (sum(map(str.isalpha, s)) >= n)


FRAME_PIECES = [
    "Er sagte", "sie habe", "die Lage sei ernst", "laut der Polizei", "der Zeitung zufolge", "teilte das Amt mit",
    "Wie die Stadt berichtete", "so die Stadt", "hieß es", "dass", "Nach Angaben der Polizei", "wurden aufgefordert",
    "die Fenster zu schließen", "Demnach", "wonach", "sicher", "die Forderung des Verbands", "sagte er",
]  # fmt: skip
FRAME_GLUE = [", ", " ", ": ", "; ", ". ", " - "]


def _old_framed(text: str, toks: list[Tok], sent: Span) -> object:
    """``indirect._framed`` as it was: every form tried, whatever the sentence's punctuation."""
    return (
        frames.before(text, toks, sent, [])
        or frames.after(toks, sent)
        or sources.source(text, toks, sent)
        or frames.bare_infinitive(text, toks, sent)
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(FRAME_PIECES), st.sampled_from(FRAME_GLUE)), min_size=1, max_size=6))
def test_the_frame_of_a_sentence_is_the_one_it_was(parts: list[tuple[str, str]]) -> None:
    text = "".join(p + g for p, g in parts).rstrip() + "."
    sent = Span(0, len(text))
    toks = tokenize(text, 0, len(text))
    assert indirect._framed(text, toks, sent, []) == _old_framed(text, toks, sent)


def test_a_sentence_without_comma_or_colon_still_has_its_source() -> None:
    text = "Laut der Polizei ist die Straße gesperrt."
    found = indirect._framed(text, tokenize(text, 0, len(text)), Span(0, len(text)), [])
    assert found is not None and found.cue == "Laut"


def _old_can_speak(speaker: str, knows_person: Callable[[str], bool]) -> bool:
    """``mentions.can_speak`` as it was: the name table asked in the middle of the words' tests."""
    m = mentions
    if not speaker or m._DIGIT.search(speaker):
        return False
    ws = m._WORD.findall(speaker)
    if not ws:
        return False
    cls = m._classes()
    lows = [w.lower() for w in ws]
    if lows[-1] in cls["media_names"] and len(ws) > 1:
        return True
    parts = [p for w in lows[:-1] for p in w.split("-")] + [lows[-1].rsplit("-", 1)[-1]]
    if any(w in cls["unit_words"] for w in lows + parts) or parts[-1] in cls["abstract_nouns"]:
        return False
    if any(w in cls["abstract_nouns"] and not lexicon.is_institution(w) for w in lows[1:]):
        return False
    head = lows[-1]
    if lows[0] in cls["function_heads"] or head in cls["function_heads"] or head in cls["abstract_nouns"]:
        return False
    if not m._ends(head, "abstract_suffixes") or knows_person(ws[-1]):
        return True
    singular = head[:-2] if head.endswith("ungen") else head
    if any(lexicon.is_institution(h) or m._ends(h, "exempt_heads") or m.is_media(h) for h in {head, singular}):
        return True
    if any(head.endswith(x) for x in lexicon.function_words()["source_documents"]):
        return True
    first = max((m._first_name_weight(p) for p in ws[0].split("-")), default=0)
    return first >= 20 or (len(ws) > 1 and lexicon.is_role(ws[-2]))


SPEAKER_WORDS = [
    "Anna", "Jung", "Franz", "Lorenz", "Dennis", "Regierung", "Regierungen", "Zeitung", "Freiheit", "Polizei",
    "Angaben", "Millionen", "Euro", "Uhr", "3", "Der", "Standard", "Die", "Zeit", "Ministerin", "Wirtschaftsminister",
    "Clement", "Pentagon-Angaben", "Euro-skeptische", "Partei", "Erklärung", "Bericht", "Ministerium", "Stiftung",
    "dpa", "Sprecher", "Heiterkeit", "Hoffnung", "",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SPEAKER_WORDS), max_size=4), st.sets(st.sampled_from(SPEAKER_WORDS)))
def test_who_can_speak_is_who_could(words: list[str], known: set[str]) -> None:
    speaker = " ".join(words)
    for knows in (known.__contains__, lambda _w: False, lambda _w: True):
        assert mentions.can_speak(speaker, knows) == _old_can_speak(speaker, knows)


def test_a_name_the_table_knows_can_speak_whatever_its_ending() -> None:
    assert not mentions.can_speak("Hoffnung")
    assert mentions.can_speak("Hoffnung", {"Hoffnung"}.__contains__)
    assert mentions.can_speak("Anna Jung")  # a first name vouches for it


#: The word before a dot as the sentence split read it before: a search over the piece that ends with the dot.
_OLD_WORD_BEFORE = regex.compile(r"([\p{L}\d]++)\.?$")


@settings(max_examples=500, deadline=None)
@given(st.one_of(texts(), st.text(max_size=30)), st.integers(0, 30), st.integers(0, 14))
def test_the_word_before_a_dot_is_read_as_before(text: str, dot: int, reach: int) -> None:
    text += "."
    dot = min(dot, len(text) - 1)
    lo = max(0, dot - reach)
    if text[dot] != ".":
        text = text[:dot] + "." + text[dot + 1 :]
    old = _OLD_WORD_BEFORE.search(text[lo : dot + 1])
    new = indirect_mood._WORD_BEFORE.match(text, lo, dot)
    assert (new[0] if new is not None else "") == (old.group(1) if old is not None else "")


def test_the_word_before_a_dot_stops_at_the_space() -> None:
    text = "am 3. Mai, z. B. Paul"
    found = indirect_mood._WORD_BEFORE.match(text, 0, text.index("."))
    assert found is not None and found[0] == "3"
    assert indirect_mood._WORD_BEFORE.match(text, 0, 3) is None  # a space before the position


@settings(max_examples=300, deadline=None)
@given(texts())
def test_the_runs_of_named_words_are_the_runs_less_the_plain_words(text: str) -> None:
    caps = name_runs._Caps(text, Span(0, len(text)))
    every = name_runs._runs(text, caps)
    named = [(i, run) for i, run in every if run is not None or lexicon.is_role(caps.word[i])
             or lexicon.is_institution(caps.word[i])]
    assert name_runs._runs(text, caps, named_only=True) == named


def test_a_role_alone_is_a_named_word() -> None:
    text = "Die Ministerin sprach im Rathaus mit Ida Kern."
    caps = name_runs._Caps(text, Span(0, len(text)))
    words = [(caps.word[i], None if run is None else [t.text for t in run])
             for i, run in name_runs._runs(text, caps, named_only=True)]
    assert ("Ministerin", None) in words and ("Ida", ["Ida", "Kern"]) in words
    assert all(word != "Rathaus" or lexicon.is_institution("Rathaus") for word, _ in words)


def _old_name_like(tok: Tok, *, surname: bool = False) -> bool:
    """``name_table._name_like`` as it was: read from the token's fields at each call."""
    t = tok.text
    if not tok.cap or len(t) < 2 or tok.punct:
        return False
    low = t.lower()
    if low in lexicon.stopwords() or (t.isupper() and len(t) > 1):
        return False
    if "-" not in t and sum(c.isupper() for c in t) >= 2 and not t.startswith(("Mc", "Mac", "De", "Di", "La", "Le")):
        return False
    if low.endswith(name_table._NOUN_SUFFIXES) and not (surname and low.endswith(name_table._SURNAME_ENDINGS)):
        return False
    return not lexicon.is_institution(t) and not lexicon.is_role(t)


NAME_WORDS = ["Zuckerberg", "Heidelberg", "Ida", "Regierung", "AfD", "McCain", "DeLuca", "Ost-West", "ÖVP", "X",
              "Ministerin", "Rathaus", "der", "Der", "3D", "'s", "Ǆemal", "İnci", "Weil", "Sankt", "Leo", "XIV"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.sampled_from(NAME_WORDS), st.text(min_size=1, max_size=8)), st.booleans())
def test_a_name_like_word_is_the_one_it_was(word: str, surname: bool) -> None:
    tok = Tok(word, 0, len(word))
    assert name_table._name_like(tok, surname=surname) == _old_name_like(tok, surname=surname)


def _old_bisect_end(spans: list[Span], pos: int) -> int:
    """``indirect._bisect_end`` as it was: a binary search written out."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid].end <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 6), max_size=8), st.integers(0, 40))
def test_the_first_span_ending_after_a_position_is_found_as_before(gaps: list[int], pos: int) -> None:
    spans, end = [], 0
    for k, gap in enumerate(gaps):
        start = end + gap
        end = start + 1 + k % 3
        spans.append(Span(start, end))
    assert indirect_marks.first_ending_after(spans, pos) == _old_bisect_end(spans, pos)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.none(), st.lists(st.sampled_from(SPEAKER_WORDS), min_size=1, max_size=3).map(" ".join)),
       st.one_of(st.none(), st.sampled_from(list(mentions.MentionType))))
def test_the_type_of_a_reported_speaker_is_the_one_it_was(speaker: str | None, kind: object) -> None:
    assert kind is None or isinstance(kind, mentions.MentionType)
    assert indirect._speaker_type(speaker, kind) == mentions.speaker_type(speaker, kind)
