"""What the layout steps find about one text, filled in step by step and turned into an ``Article`` at the end."""

from __future__ import annotations

import datetime as dt

import attrs

from ..model import Article, Boilerplate, Paragraph, Span
from .stamps import Stamp

Date = dt.date | dt.datetime


@attrs.define(slots=True)
class Page:
    """The state the steps of :func:`denews.layout.split` share: the text, the indices they decided on (body
    start, title, kicker, teaser) and what they collected (authors, agencies, stamps, boilerplate, paragraphs)."""

    text: str
    published: Date | None = None
    updated: Date | None = None
    body: int = 0
    teaser_i: int | None = None
    forced_title: int | None = None
    title_i: int | None = None
    kicker_i: int | None = None
    region_end: int | None = None
    authors: list[str] = attrs.Factory(list)
    agencies: list[str] = attrs.Factory(list)
    stamps: list[tuple[int, Stamp]] = attrs.Factory(list)
    boiler: list[Boilerplate] = attrs.Factory(list)
    paragraphs: list[Paragraph] = attrs.Factory(list)
    title: tuple[str, Span] | None = None
    kicker: tuple[str, Span] | None = None
    teaser: tuple[str, Span] | None = None
    dateline: tuple[str, Span] | None = None

    def add_agencies(self, names: list[str]) -> None:
        """Credit the agencies ``names`` (each once, in the order first credited)."""
        for a in names:
            if a not in self.agencies:
                self.agencies.append(a)

    def add_authors(self, names: list[str]) -> None:
        """Credit the writers ``names`` (each once, in the order first credited)."""
        self.authors.extend(a for a in names if a not in self.authors)

    def article(self) -> Article:
        """The ``Article`` of what the steps found (no quotes, no dates)."""
        self.boiler.sort(key=lambda b: b.span.start)
        title, kicker, teaser, dl = self.title, self.kicker, self.teaser, self.dateline
        return Article(
            text=self.text,
            title=title[0] if title else None,
            kicker=kicker[0] if kicker else None,
            teaser=teaser[0] if teaser else None,
            published=self.published,
            updated=self.updated,
            authors=tuple(self.authors),
            agencies=tuple(self.agencies),
            dateline=dl[0] if dl else None,
            paragraphs=tuple(self.paragraphs),
            boilerplate=tuple(self.boiler),
            title_span=title[1] if title else None,
            kicker_span=kicker[1] if kicker else None,
            teaser_span=teaser[1] if teaser else None,
            dateline_span=dl[1] if dl else None,
        )
