"""TimeML output: an article's text with its temporal expressions as TIMEX3 tags.

The document creation time (DCT) is the article's reference date, tagged ``t0`` as TimeML and HeidelTime
write it; the expressions follow as ``t1``, ``t2``, ... with ``type``, ``value`` and, where there is one,
``mod``.  The text between the tags is the article's text, escaped for XML, so that tools that read TimeML
(TempEval scorers, HeidelTime's users) read denews's output as they read HeidelTime's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from .model import Article, TimeExpression

__all__ = ["timeml_of", "to_timeml"]

# Characters XML 1.0 does not allow (control characters other than tab, line feed and carriage return).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(s: str) -> str:
    return escape(_NOT_XML.sub("", s))


def _timex(tid: str, t: TimeExpression) -> str:
    attrs = f"tid={quoteattr(tid)} type={quoteattr(t.type)} value={quoteattr(t.value)}"
    if t.mod:
        attrs += f" mod={quoteattr(t.mod)}"
    return f"<TIMEX3 {attrs}>{_text(t.text)}</TIMEX3>"


def timeml_of(text: str, dates: Sequence[TimeExpression], dct: str | None = None) -> str:
    """The TimeML document of ``text`` with ``dates`` (non-overlapping spans into it) tagged; ``dct`` is the
    document creation time (``YYYY-MM-DD``), left out when None."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<TimeML>"]
    if dct is not None:
        out.append(
            '<DCT><TIMEX3 tid="t0" type="DATE" value=' + quoteattr(dct)
            + ' temporalFunction="false" functionInDocument="CREATION_TIME">' + _text(dct) + "</TIMEX3></DCT>"
        )
    body: list[str] = []
    pos = 0
    for n, t in enumerate(sorted(dates, key=lambda d: d.span.start), start=1):
        if t.span.start < pos:  # overlapping spans cannot nest in XML: keep the first
            continue
        body.append(_text(text[pos : t.span.start]))
        body.append(_timex(f"t{n}", t))
        pos = t.span.end
    body.append(_text(text[pos:]))
    out.append("<TEXT>" + "".join(body) + "</TEXT>")
    out.append("</TimeML>")
    return "\n".join(out) + "\n"


def to_timeml(article: Article) -> str:
    """The TimeML document of a parsed article: its text, its dates as TIMEX3, its reference date as DCT."""
    ref = article.reference_date
    return timeml_of(article.text, article.dates, ref.isoformat() if ref is not None else None)
