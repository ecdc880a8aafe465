"""Header, byline, body split.  PLACEHOLDER: one paragraph per non-empty line (replaced by the layout stage)."""

from __future__ import annotations

import regex

from .model import Article, Paragraph, Span

_LINE = regex.compile(r"[^\r\n]+")


def split(text: str) -> Article:
    """Split ``text`` into header, body paragraphs and boilerplate (no quotes, no dates)."""
    paragraphs = []
    for m in _LINE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            paragraphs.append(Paragraph(text[s:e], Span(s, e)))
    return Article(text=text, paragraphs=tuple(paragraphs))
