"""A spaCy pipeline component: ``nlp.add_pipe("denews")`` (extra ``denews[spacy]``).

The component parses ``doc.text`` with `denews.parse` and puts the result on the Doc:

- ``doc._.article``: the `denews.Article` (``None`` with ``config={"article": False}``);
- ``doc._.quotes`` and ``doc._.timexes``: lists of Spans, kept in ``doc.spans["denews_quotes"]`` and
  ``doc.spans["denews_timexes"]``;
- on each quote Span: ``span._.speaker``, ``speaker_type``, ``mention``, ``cue``, ``kind``;
  on each timex Span: ``span._.value``, ``type``, ``mod``.

A Span covers whole tokens: the character span is widened to the tokens it touches
(``alignment_mode="expand"``). spaCy finds the factory through the ``spacy_factories`` entry point, so this
module is imported only when a pipeline asks for ``"denews"``; importing it by hand works too.

``nlp.pipe(texts, n_process=2)`` sends Docs between processes as bytes, and an ``Article`` is not
serializable that way: there, add the pipe with ``config={"article": False}``; the Spans and their
extensions travel.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .api import coerce_reference_date, parse
from .model import Quote, TimeExpression

#: Span groups that hold the Spans (``doc.spans[...]``), so that they serialize with the Doc.
QUOTES_KEY = "denews_quotes"
TIMEXES_KEY = "denews_timexes"

#: The Span extensions set, and the attribute of Quote or TimeExpression each one reads.
QUOTE_EXTENSIONS: tuple[str, ...] = ("speaker", "speaker_type", "mention", "cue", "kind")
TIMEX_EXTENSIONS: tuple[str, ...] = ("value", "type", "mod")


def _plain(value: object) -> Any:
    """A value as the extension stores it: enums by their value, so that Docs serialize."""
    return getattr(value, "value", value)


def _register_extensions() -> None:
    """Declare the Doc and Span extensions once (force=False: another package's are left alone)."""
    if not Doc.has_extension("article"):
        Doc.set_extension("article", default=None)
    if not Doc.has_extension("quotes"):
        Doc.set_extension("quotes", getter=lambda doc: list(doc.spans.get(QUOTES_KEY, ())))
    if not Doc.has_extension("timexes"):
        Doc.set_extension("timexes", getter=lambda doc: list(doc.spans.get(TIMEXES_KEY, ())))
    for name in (*QUOTE_EXTENSIONS, *TIMEX_EXTENSIONS):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


class DenewsComponent:
    """Parses each Doc's text and sets ``doc._.article``, ``doc._.quotes`` and ``doc._.timexes``.

    Examples:
        >>> import spacy
        >>> nlp = spacy.blank("de")
        >>> _ = nlp.add_pipe("denews", config={"reference_date": "2025-08-07"})
        >>> doc = nlp("„Wir handeln noch heute entschlossen“, sagte Ministerin Ute Beispiel am Mittwoch.")
        >>> [(s.text, s._.speaker, s._.kind) for s in doc._.quotes]
        [('Wir handeln noch heute entschlossen', 'Ute Beispiel', 'direct')]
        >>> [s.text for s in doc._.timexes if s._.value == "2025-08-06"]
        ['...Mittwoch']
    """

    def __init__(self, reference_date: str | None = None, article: bool = True) -> None:
        self.reference_date = coerce_reference_date(reference_date)
        self.keep_article = article
        _register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        art = parse(doc.text, self.reference_date)
        if self.keep_article:
            doc._.article = art
        doc.spans[QUOTES_KEY] = list(_spans(doc, art.quotes, QUOTE_EXTENSIONS))
        doc.spans[TIMEXES_KEY] = list(_spans(doc, art.dates, TIMEX_EXTENSIONS))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        """Each Doc in turn (spaCy's ``nlp.pipe`` calls this; ``batch_size`` is accepted for its sake)."""
        for doc in docs:
            yield self(doc)


def _spans(doc: Doc, items: Iterable[Quote | TimeExpression], names: tuple[str, ...]) -> Iterable[Span]:
    for item in items:
        span = doc.char_span(item.span.start, item.span.end, alignment_mode="expand")
        if span is None:  # only whitespace, which no token covers
            continue
        for name in names:
            # getattr: an attribute an older model lacks (speaker_type, mod) is simply None.
            span._.set(name, _plain(getattr(item, name, None)))
        yield span


@Language.factory("denews", default_config={"reference_date": None, "article": True})
def make_denews(nlp: Language, name: str, reference_date: str | None, article: bool) -> DenewsComponent:
    """The factory behind ``nlp.add_pipe("denews", config={...})``.

    ``reference_date`` (``"YYYY-MM-DD"``) resolves relative dates in every Doc, as in `denews.parse`;
    without it each text's own date is used. ``article=False`` leaves ``doc._.article`` unset (for
    ``nlp.pipe(..., n_process=N)``, which needs Docs that serialize).

    Examples:
        >>> import spacy
        >>> nlp = spacy.blank("de")
        >>> _ = nlp.add_pipe("denews", config={"article": False})
        >>> doc = nlp("Die Sitzung begann am 3. März 2025.")
        >>> doc._.article is None, [s._.value for s in doc._.timexes]
        (True, ['2025-03-03'])
    """
    return DenewsComponent(reference_date, article)


__all__ = ["DenewsComponent", "make_denews"]
