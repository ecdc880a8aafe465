"""HTML to blocks: the main content of a page, with its block structure kept.

The converter is trafilatura's ``bare_extraction`` (extra ``denews[html]``), chosen by measurement (docs/html.md):
it finds the main content of a page (article, main, content containers; navigation, asides, footers and comment
sections left out) and hands it back as a small tree of ``head``, ``p``, ``list``/``item``, ``quote``, ``table``
and ``code`` elements.  This module flattens that tree into :class:`Block` values, one per heading, paragraph,
list item, quotation block or table row, in document order.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import Any

import attrs
import regex

_SPACE = regex.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


class BlockKind(enum.Enum):
    """What a block was in the page."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"
    QUOTE = "quote"
    ROW = "row"
    CODE = "code"


@attrs.frozen(slots=True)
class Block:
    """One block of the page's main content: its text (lines kept, spaces collapsed), kind, and how many of
    its characters are link text (evidence of navigation and related-article lists)."""

    text: str
    kind: BlockKind
    link_chars: int = 0

    @property
    def link_density(self) -> float:
        return min(1.0, self.link_chars / len(self.text)) if self.text else 0.0


# Tags of the extraction tree: blocks that hold text, and containers whose children are blocks.
_LEAVES = {"head": BlockKind.HEADING, "p": BlockKind.PARAGRAPH, "code": BlockKind.CODE, "item": BlockKind.ITEM}
_CONTAINERS = frozenset(("list", "quote", "div", "main", "body", "doc", "section"))


def clean_text(raw: str) -> str:
    """Spaces collapsed on each line; blank lines and edge spaces dropped."""
    lines = (_SPACE.sub(" ", line).strip() for line in raw.splitlines())
    return "\n".join(line for line in lines if line)


def _inline(el: Any, skip: frozenset[str] = frozenset(("list", "table", "graphic"))) -> str:
    """The text of ``el``, line breaks (``lb``) kept, nested lists and tables left to their own blocks."""
    parts: list[str] = [el.text or ""]
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "lb":
            parts.append("\n")
        elif tag not in skip:
            parts.append(_inline(child, skip))
        parts.append(child.tail or "")
    return "".join(parts)


def _link_chars(el: Any) -> int:
    """Characters of link text (``ref`` elements) inside ``el``, spaces not counted."""
    return sum(len("".join("".join(r.itertext()).split())) for r in el.iter("ref"))


def _with_links(text: str, kind: BlockKind, links: int) -> Block:
    # The link count leaves spaces out: scale it to the text's own share of spaces.
    bare = len("".join(text.split()))
    return Block(text, kind, round(links * len(text) / bare) if bare else 0)


def _block(text: str, kind: BlockKind, el: Any) -> Block:
    return _with_links(text, kind, _link_chars(el))


def _rows(table: Any) -> Iterator[Block]:
    for row in table.iter("row"):
        cells = [" ".join(clean_text(_inline(c)).split()) for c in row if c.tag == "cell"]
        text = " ".join(c for c in cells if c)
        if text:
            yield _block(text, BlockKind.ROW, row)


def _container_blocks(el: Any, kind: BlockKind | None) -> Iterator[Block]:
    """The blocks inside a container (the body, a list, a quotation, a division), loose text included."""
    loose: list[str] = [el.text or ""]
    links = 0

    def flush() -> Iterator[Block]:
        nonlocal links
        text = clean_text("".join(loose))
        if text:
            yield _with_links(text, kind or BlockKind.PARAGRAPH, links)
        loose.clear()
        links = 0

    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _LEAVES or tag in _CONTAINERS or tag == "table":
            yield from flush()
            yield from blocks_of(child, kind)
        elif tag == "lb":
            loose.append("\n")
        elif tag != "graphic":
            loose.append(_inline(child))
            links += _link_chars(child)
        loose.append(child.tail or "")
    yield from flush()


def blocks_of(el: Any, kind: BlockKind | None = None) -> Iterator[Block]:
    """The blocks of an extraction tree element, in document order (``kind`` for a quotation's paragraphs)."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "table":
        yield from _rows(el)
    elif tag == "code":  # preformatted text: everything inside it, markup and all, is its text
        text = clean_text(_inline(el, frozenset()))
        if text:
            yield _block(text, BlockKind.CODE, el)
    elif tag in _LEAVES:
        text = clean_text(_inline(el))
        if text:
            own = _LEAVES[tag]
            yield _block(text, kind if kind is not None and own is BlockKind.PARAGRAPH else own, el)
        for child in el.iter("list", "table"):
            if child is not el and child.getparent() is not None and _nearest_leaf(child) is el:
                yield from blocks_of(child, kind)
    else:
        yield from _container_blocks(el, BlockKind.QUOTE if tag == "quote" else kind)


def _nearest_leaf(el: Any) -> Any:
    """The closest enclosing leaf block of a nested list or table (None at the top)."""
    for anc in el.iterancestors():
        if anc.tag in _LEAVES:
            return anc
    return None


def extract(tree: Any, url: str | None) -> list[Block]:
    """The main-content blocks of a parsed page (an lxml tree; trafilatura may change it)."""
    from trafilatura import bare_extraction

    doc = bare_extraction(
        tree, url=url, include_comments=False, include_tables=True, include_links=True, with_metadata=False
    )
    body = getattr(doc, "body", None)
    return [] if body is None else list(blocks_of(body))
