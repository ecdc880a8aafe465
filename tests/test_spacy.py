"""The spaCy component: nlp.add_pipe("denews") on spacy.blank("de") (no model download).

Every sentence here is invented for the tests.
"""

from __future__ import annotations

import functools
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

spacy = pytest.importorskip("spacy", reason="the spaCy component needs the spacy extra")

import denews  # noqa: E402

TEXT = (
    "Köln - „Wir öffnen das neue Museum im Frühjahr“, sagte Kulturdezernentin Marta Eschweiler am Dienstag.\n\n"
    "Die Bauarbeiten hatten am 4. Februar 2023 begonnen und dauerten zwei Jahre."
)


def _plain(value: object) -> object:
    """An enum member as the Span extension holds it: its value (so that Docs serialize)."""
    return getattr(value, "value", value)


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("denews", config={"reference_date": "2025-08-07"})
    return nlp


def test_add_pipe_by_name_works_through_the_entry_point() -> None:
    # A fresh interpreter whose code never imports denews: spaCy finds the factory through the
    # spacy_factories entry point of the installed package (spaCy loads its entry points when a Language
    # is made, not on `import spacy`).
    code = (
        "import sys, spacy\n"
        "before = 'denews' in sys.modules\n"
        "nlp = spacy.blank('de')\n"
        "nlp.add_pipe('denews')\n"
        "print(before, nlp.pipe_names)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False ['denews']"


def test_doc_carries_the_article_quotes_and_timexes(nlp: spacy.language.Language) -> None:
    doc = nlp(TEXT)
    art = denews.parse(TEXT, reference_date="2025-08-07")
    assert doc._.article == art
    assert len(doc._.quotes) == len(art.quotes) >= 1
    assert len(doc._.timexes) == len(art.dates) >= 2
    for span, quote in zip(doc._.quotes, art.quotes, strict=True):
        # Expanded to whole tokens: the Span covers the quote's characters.
        assert span.start_char <= quote.span.start and quote.span.end <= span.end_char
        assert span._.speaker == quote.speaker
        assert "Eschweiler" in (span._.speaker or "")
        assert span._.kind == _plain(quote.kind)
        assert span._.cue == quote.cue
        assert span._.speaker_type == _plain(getattr(quote, "speaker_type", None))
    for span, timex in zip(doc._.timexes, art.dates, strict=True):
        assert span.start_char <= timex.span.start and timex.span.end <= span.end_char
        assert (span._.value, span._.type) == (timex.value, _plain(timex.type))
        assert span._.mod == _plain(getattr(timex, "mod", None))
    assert "2023-02-04" in [s._.value for s in doc._.timexes]


def test_char_spans_are_expanded_to_tokens() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("denews")
    # The quote ends inside a token ("Pflicht“,sagte" is one token for spaCy), and so does the date
    # ("3.3.2025." with the sentence's full stop): each Span is widened to the whole token, not dropped.
    doc = nlp("„Das bleibt unsere erste Pflicht“,sagte Ratsherr Kuno Felsbach am 3.3.2025.")
    art = doc._.article
    assert len(doc._.quotes) == len(art.quotes) == 1
    assert len(doc._.timexes) == len(art.dates) == 1
    for span, item in ((doc._.quotes[0], art.quotes[0]), (doc._.timexes[0], art.dates[0])):
        assert item.text in span.text and len(span.text) > len(item.text)


def test_docs_without_the_article_serialize() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("denews", config={"article": False})
    doc = nlp(TEXT)
    assert doc._.article is None
    back = spacy.tokens.Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [s.text for s in back._.quotes] == [s.text for s in doc._.quotes]
    assert [s._.speaker for s in back._.quotes] == [s._.speaker for s in doc._.quotes]
    assert [s._.value for s in back._.timexes] == [s._.value for s in doc._.timexes]


def test_pipe_and_empty_docs(nlp: spacy.language.Language) -> None:
    docs = list(nlp.pipe([TEXT, "", "   "]))
    assert len(docs[0]._.quotes) >= 1
    assert docs[1]._.quotes == [] and docs[2]._.timexes == []


def test_a_bad_reference_date_fails_when_the_pipe_is_added() -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        spacy.blank("de").add_pipe("denews", config={"reference_date": "7.8.2025"})


def test_pipe_in_worker_processes_without_the_article() -> None:
    # nlp.pipe(n_process=2) sends Docs back as bytes: the Spans and their extensions come through.
    nlp = spacy.blank("de")
    nlp.add_pipe("denews", config={"article": False})
    texts = [TEXT, "„Wir warten noch auf die Zahlen“, sagte Sprecher Ole Hansen am Freitag."]
    docs = list(nlp.pipe(texts, n_process=2))
    for doc, text in zip(docs, texts, strict=True):
        art = denews.parse(text)
        assert [s._.speaker for s in doc._.quotes] == [q.speaker for q in art.quotes]
        assert [s._.value for s in doc._.timexes] == [d.value for d in art.dates]


def test_a_saved_pipeline_loads_with_its_settings(tmp_path: Path) -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("denews", config={"reference_date": "2025-08-07", "article": False})
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    doc = loaded("Der Rat tagte gestern.")
    assert loaded.pipe_names == ["denews"]
    assert doc._.article is None
    assert [s._.value for s in doc._.timexes] == ["2025-08-06"]


_PIECES = st.sampled_from(
    [
        "„Wir bleiben bei unserem Kurs für die Schulen“,sagte Ministerin Petra Lindenbaum.",
        "„Das reicht nicht“ – so Gewerkschafter Olaf Brunnhuber am 2.3.2024.",
        "Der Landtag stimmte am Dienstag zu.",
        "Seit März 2023 ruhen die Arbeiten (bis 2026).",
        "Er sprach von einer „historischen Chance“.",
        "\n\n",
    ]
)


@settings(max_examples=20, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=6).map(" ".join))
def test_every_item_gets_a_span_that_covers_it(text: str) -> None:
    nlp = _blank_with_denews()
    doc = nlp(text)
    art = doc._.article
    for spans, items in ((doc._.quotes, art.quotes), (doc._.timexes, art.dates)):
        assert len(spans) == len(items)
        for span, item in zip(spans, items, strict=True):
            assert span.start_char <= item.span.start and item.span.end <= span.end_char


@functools.lru_cache(maxsize=1)
def _blank_with_denews() -> spacy.language.Language:
    """One pipeline for all hypothesis examples (function-scoped fixtures do not go with @given)."""
    nlp = spacy.blank("de")
    nlp.add_pipe("denews", config={"reference_date": "2025-08-07"})
    return nlp
