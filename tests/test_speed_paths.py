"""The faster paths of the quote stage find what the slower ones they replace found (issue 20: speed only).

Each check compares the new path with the old one, kept here as the reference: a pattern in its old order, a
tokenizer reading each match with ``group()``, a particle gap matched without the cheap test in front.  The
texts are invented, built from pieces that stress the edges (case, hyphens, marks, spaces of every kind).
"""

from __future__ import annotations

from collections.abc import Sequence
from unittest import mock

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from denews.model import Span
from denews.quotes import indirect_gate as gate
from denews.quotes import name_runs, name_table, names
from denews.quotes.coreference import Attribution
from denews.quotes.indirect import find_indirect
from denews.quotes.indirect_speaker import Speakers
from denews.quotes.tokens import _TOKEN, Tok, first_words, tokenize
from newsgen import glued_words

PIECES = [
    "von", "van", "de", "der", "den", "dem", "des", "die", "das", "ein", "eine", "einer", "eines", "einem", "einen",
    "ten", "ter", "la", "le", "di", "da", "du", "del", "della", "dos", "al", "bin", "el", "und", "Die", "Der",
    "Ursula", "Leyen", "Decker", "Kern", "Kerns", "Haus", "Stadt", "Ida", "Paul", "Roth", "Rothe", "sagte", "habe",
    "plane", "Partie", "hatte", "Idee", "sie", "Sie", "İne", "ẞE", "TE", "Tee", "Ie", "Modell", "Ost-West", "l'Air",
    "3.", "2025", "e", "ee", "gehe",
]  # fmt: skip
GLUE = [" ", "  ", "\t", "\u00a0", ", ", ",  ", ". ", ": ", "-", "'", "’", "„", "“", "\u0301", "", " – ", "\n"]


def texts() -> st.SearchStrategy[str]:
    return glued_words(PIECES, GLUE, 12)


@settings(max_examples=400, deadline=None)
@given(texts())
def test_tokenize_gives_the_tokens_of_each_match(text: str) -> None:
    want = [Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, 0, len(text))]
    assert tokenize(text, 0, len(text)) == want
    for n in (0, 1, 2, 5):
        assert first_words(text, 0, len(text), n) == [t.text for t in want[:n]]


@settings(max_examples=400, deadline=None)
@given(texts())
def test_the_particle_test_passes_every_particle_gap(text: str) -> None:
    """``_particle_start`` is a necessary condition of the particle pattern: it never turns away a gap that matches."""
    for s in range(len(text) + 1):
        for e in range(s, min(len(text), s + 24) + 1):
            if name_runs._PARTICLE_GAP.fullmatch(text, s, e) is not None:
                assert name_runs._particle_start(text, s, e), (text, s, e)


def test_the_particle_test_on_plain_gaps() -> None:
    text = "Ursula von der Leyen und Kris de Decker"
    assert name_runs._particle_start(text, 6, 15)  # " von der "
    assert name_runs._PARTICLE_GAP.fullmatch(text, 6, 15) is not None
    assert not name_runs._particle_start(text, 20, 25)  # " und "


#: The pattern of nouns after an article in its old order (the lookbehind before the word boundary).
_OLD_ARTICLE_NOUN = regex.compile(
    r"(?<!,[ \t\u00a0]{0,3})"
    r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|eines|einer)[ \t\u00a0]++"
    r"(\p{Lu}[\p{L}\p{M}]*+)(?![\p{L}\p{M}-])"
)


@settings(max_examples=400, deadline=None)
@given(texts(), st.integers(0, 30))
def test_the_article_noun_pattern_finds_what_it_found_before(text: str, start: int) -> None:
    start = min(start, len(text))
    old = [(m.span(1), m.group(1)) for m in _OLD_ARTICLE_NOUN.finditer(text, start, len(text))]
    assert [(m.span(1), m.group(1)) for m in names._ARTICLE_NOUN.finditer(text, start, len(text))] == old


#: The pattern of stem + e in its old form (the endings -ie and -te left to the loop of ``has_konjunktiv``).
_OLD_STEM_E = regex.compile(r"(?<![\p{L}\p{M}\d])(?!\p{Lu})\p{L}{3,}+(?<=[eE])(?![\p{L}\p{M}\d])")


@settings(max_examples=400, deadline=None)
@given(texts())
def test_the_stem_e_pattern_leaves_out_only_words_the_loop_skips(text: str) -> None:
    new = {(m.start(1), m.end()) for m in gate._patterns().stem_e.finditer(text)}
    for m in _OLD_STEM_E.finditer(text):
        if m.span() not in new:
            assert m.group().lower().endswith(("ie", "te")), m.group()
    assert new <= {m.span() for m in _OLD_STEM_E.finditer(text)}


def test_echo_needs_a_verb_of_saying_second() -> None:
    for text, echo in [
        ("Dies teilte die Stadt mit.", True),
        ("Das bestätigte ein Sprecher.", True),
        ("Das Haus brennt.", False),
        ("Dies ist neu.", False),
        ("Dies Sagte er.", False),  # capitalized: no verb here
        ("Dies", False),
    ]:
        assert gate.may_echo(text, Span(0, len(text))) is echo, text


def test_a_genitive_surname_is_a_mention_of_the_name() -> None:
    text = "Die Ministerin Ida Kern kam am Montag. Kerns Plan gilt als mutig, sagte Kern."
    table = names.build(text, [Span(0, len(text))])
    names.forget()
    assert table.by_last["kern"] == "Ida Kern"
    mentioned = [p for p, n in zip(table.person_pos, table.person_name, strict=True) if n == "Ida Kern"]
    assert text.index("Kerns") in mentioned and text.rindex("Kern") in mentioned


#: The word before a dot as it was read: a search for the word and the dot at the end of the piece.
_OLD_WORD_BEFORE = regex.compile(r"([\p{L}\d]++)\.?$")


def _old_sentences(text: str, region: Span) -> list[Span]:
    """The sentence split as it was: a Span for every piece, trimmed into a second one."""
    from denews.quotes.indirect_lexicon import frames
    from denews.quotes.indirect_mood import _END

    out: list[Span] = []
    start = region.start
    for m in _END.finditer(text, region.start, region.end):
        head = text[max(start, m.start() - 12) : m.start() + 1]
        w = _OLD_WORD_BEFORE.search(head)
        if text[m.start()] == "." and w is not None:
            word = w.group(1)
            if word.lower() in frames()["abbreviations"] or (len(word) == 1 and word.isalpha()) or (
                word.isdigit() and len(word) <= 2
            ):
                continue
        out.append(Span(start, m.end()))
        start = m.end()
    out.append(Span(start, region.end))
    trimmed = []
    for s in out:
        a, b = s.start, s.end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            trimmed.append(Span(a, b))
    return trimmed


SENTENCE_PIECES = [
    "Die Stadt plant neue Wege", "am 3. Mai", "Dr. Kern", "z. B. Paul", "Nr. 12 Haus", "So?", "Ja!", "Nun…",
    "„Gut.“", "(Foto.)", "»Neu!«", "2025.", "A.", "bzw. Ida", "Er kam", "usw.", "",
]  # fmt: skip
SENTENCE_GLUE = [". ", " ", "! ", "? ", ".  ", ".\n", ". „", ".) ", " \t", ".", "\u00a0"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SENTENCE_PIECES), st.sampled_from(SENTENCE_GLUE)), max_size=10),
       st.integers(0, 5), st.integers(0, 5))
def test_the_sentence_split_is_the_one_it_was(parts: list[tuple[str, str]], a: int, b: int) -> None:
    from denews.quotes.indirect_mood import sentences

    text = "".join(p + g for p, g in parts)
    region = Span(min(a, len(text)), max(min(a, len(text)), len(text) - b))
    assert sentences(text, region) == _old_sentences(text, region)


def _old_runs(text: str, caps: list[Tok]) -> list[list[Tok]]:
    """The runs of capitalized words as they were read before (a token for every word, every run a list)."""
    from denews.quotes import lexicon
    from denews.quotes.tokens import DETERMINERS

    out: list[list[Tok]] = []
    n, i = len(caps), 0
    stop = lexicon.stopwords()
    while i < n:
        if caps[i].low in stop:
            i += 1
            continue
        run = [caps[i]]
        j = i + 1
        while j < n:
            u = caps[j]
            spaced = name_runs._spaced(text, caps[j - 1].end, u.start)
            if spaced and u.low not in stop:
                run.append(u)
                j += 1
                continue
            if spaced:
                if (
                    u.low not in DETERMINERS and name_table._name_like_shape(caps[j - 1]) and len(run) <= 3
                    and not (j + 1 < n and name_runs._spaced(text, u.end, caps[j + 1].start))
                ):
                    run.append(u)
                    j += 1
                break
            pm = name_runs._PARTICLE_GAP.fullmatch(text, caps[j - 1].end, u.start)
            if (
                pm is not None and name_table._name_like(u)
                and not (j + 1 < n and name_runs._spaced(text, u.end, caps[j + 1].start))
                and name_table._name_like(caps[j - 1]) and "-" not in caps[j - 1].text
            ):
                gap = name_runs._WORDS.finditer(text, caps[j - 1].end, u.start)
                run.extend(Tok(m.group(), m.start(), m.end()) for m in gap)
                run.append(u)
                j += 1
            break
        out.append(run)
        i = j
    return out


NAME_PIECES = [
    "Ida", "Kern", "Paul", "Roth", "Weil", "Die", "der", "von", "von der", "de", "van", "Lina", "Brandt", "Haus",
    "Ministerin", "Sprecherin", "Stadtrat", "Müller-Lang", "Stephan", "Amt", "Berlin", "sagte", "am", "AfD", "XIV",
]  # fmt: skip
NAME_GLUE = [" ", " ", " ", "  ", "\t", ", ", ". ", "\n", " und ", "-", " „"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(NAME_PIECES), st.sampled_from(NAME_GLUE)), min_size=1, max_size=12))
def test_the_runs_of_names_are_the_ones_they_were(parts: list[tuple[str, str]]) -> None:
    _same_runs("".join(p + g for p, g in parts))


def test_the_runs_of_names_on_their_edges() -> None:
    for text in [
        "Ida Kern Paul Weil sagte", "Ida Kern Weil sagte", "Ida Kern Paul Lina Weil", "Stephan Weil", "Weil Kern",
        "Lina von der Brandt kam", "Lina van Brandt Roth", "Müller-Lang von Roth", "Ida de Kern", "Die Paul Roth",
        "Ida Kern der Roth", "Haus  Roth", "Ida\tKern", "Ida Kern\nRoth",
    ]:
        _same_runs(text)


def _same_runs(text: str) -> None:
    region = Span(0, len(text))
    caps = name_runs._Caps(text, region)
    old = _old_runs(text, [caps.tok(i) for i in range(len(caps.word))])
    new = [run if run is not None else [caps.tok(i)] for i, run in name_runs._runs(text, caps)]
    assert new == old
    assert all(run is None or len(run) > 1 for _, run in name_runs._runs(text, caps))


def test_the_name_table_reads_particles_roles_and_institutions() -> None:
    text = (
        "Die Ministerin Lina van Brandt sprach mit Ida Kern. Der Sprecher des Amtes, Paul Roth, nickte. "
        "Das Stadtamt schwieg; Brandt und Kern reisten ab."
    )
    table = names.build(text, [Span(0, len(text))])
    names.forget()
    assert table.by_last["brandt"] == "Lina van Brandt"
    assert table.by_last["roth"] == "Paul Roth"
    assert [(e.word, e.name) for e in table.roles] == [("ministerin", "Lina van Brandt"), ("sprecher", "Paul Roth")]
    assert "Stadtamt" in table.inst_name


def _old_in_frame(
    self: Speakers, frame: Span, content: Span, *, cue_needed: bool = True, verb: int | None = None,
    sentence: tuple[Span, Sequence[Tok]] | None = None,
) -> Attribution | None:
    """``Speakers.in_frame`` as it was: the clause read whatever the source phrase found."""
    from denews.quotes.indirect_speaker import MEDIA, SpeakerResolver, _cut
    from denews.quotes.ways import Way

    if self._att is None:
        self._att = SpeakerResolver(self._text, self._regions, self._quotes).attributor
    att = self._att
    toks = _cut(self._text, frame, sentence) if sentence is not None else None
    if toks is None:
        toks = tokenize(self._text, frame.start, frame.end)
    if not toks:
        return None
    how = Way.AFTER if frame.start >= content.end else Way.SENTENCE
    found = self._typed(att, att._laut(toks, content.start), toks, content.start)
    clause = att._clause(toks, 0, len(toks), content.start, how, require_cue=cue_needed)
    if found is None or (found.type is MEDIA and clause is not None and clause.type not in (None, MEDIA)):
        found = self._typed(att, clause, toks, content.start) or found
    return self._typed(att, self._find(att, found, toks, content, cue_needed, verb), toks, content.start)


SOURCE_PIECES = [
    "Laut Ida Kern", "laut der Zeitung", "der Zeitung zufolge", "sagte Paul Roth", "Nach Angaben der Polizei",
    "Dem Sender zufolge", "so die Stadt", "sagte er", "teilte das Amt mit", "Wie die Zeitung berichtete,",
    "die Lage sei ernst", "das Werk schließe", "die Preise steigen", "Ministerin Lina Brandt", "laut Bericht",
]  # fmt: skip
SOURCE_GLUE = [", ", " ", ". ", ": ", "; "]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SOURCE_PIECES), st.sampled_from(SOURCE_GLUE)), min_size=1, max_size=8))
def test_the_speaker_of_a_frame_is_the_one_it_was(parts: list[tuple[str, str]]) -> None:
    """The clause of a frame read only where its answer counts gives the speakers of reading it always."""
    text = "".join(p + g for p, g in parts)
    fast = find_indirect(text, [Span(0, len(text))], ())
    with mock.patch.object(Speakers, "in_frame", _old_in_frame):
        assert find_indirect(text, [Span(0, len(text))], ()) == fast
