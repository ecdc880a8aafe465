"""Articles as flat tables: one row per article, quote, date or speaker.

The row builders here are shared by `denews.to_frame` (a pandas DataFrame, extra ``pandas``) and by
``denews parse --format csv --table ...`` (CSV from the standard library), so both give the same rows.
Every row carries ``article`` (the article's 0-based position in the input) and ``id`` (the id given for it,
or ``None``). Values are plain: ``str``, ``int`` or ``None``; dates are ISO strings, lists are joined by
``"; "``. Nothing here imports pandas or csv until a frame or a CSV file is asked for.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from .model import Article, Quote, TimeExpression, _iso

if TYPE_CHECKING:  # pandas is an optional extra, imported by to_frame only
    import pandas

Row = dict[str, Any]

#: How list fields (authors, agencies) are joined into one cell.
LIST_SEPARATOR = "; "

#: The kinds of quote counted per speaker, in column order.
QUOTE_KINDS: tuple[str, ...] = ("direct", "partial", "indirect")


class Table(str, enum.Enum):
    """The tables `rows` builds; the value is the name used by ``to_frame`` and ``--table``.

    Examples:
        >>> Table("speakers") is Table.SPEAKERS
        True
        >>> [t.value for t in Table]
        ['articles', 'quotes', 'dates', 'speakers']
    """

    ARTICLES = "articles"
    QUOTES = "quotes"
    DATES = "dates"
    SPEAKERS = "speakers"


_KEY = ("article", "id")

#: The columns of each table, in order.
COLUMNS: dict[Table, tuple[str, ...]] = {
    Table.ARTICLES: (
        *_KEY, "title", "kicker", "teaser", "published", "updated", "authors", "agencies", "dateline",
        "reference_date", "paragraphs", "boilerplate", "quotes", "dates", "body",
    ),
    Table.QUOTES: (*_KEY, "quote", "start", "end", "kind", "speaker", "speaker_type", "mention", "cue", "text"),
    Table.DATES: (*_KEY, "date", "start", "end", "text", "value", "type", "mod", "earliest", "latest"),
    Table.SPEAKERS: (*_KEY, "speaker", "speaker_type", *QUOTE_KINDS, "quotes"),
}


def table_of(name: str | Table) -> Table:
    """The `Table` named ``name``; ``ValueError`` names the tables there are.

    Examples:
        >>> table_of("quotes")
        <Table.QUOTES: 'quotes'>
    """
    try:
        return Table(name)
    except ValueError:
        known = ", ".join(repr(t.value) for t in Table)
        raise ValueError(f"table must be one of {known}, got {name!r}") from None


def _value(item: object, name: str) -> Any:
    """An attribute that an older model may lack (``speaker_type``, ``mod``): ``None`` where absent."""
    value = getattr(item, name, None)
    return value.value if isinstance(value, enum.Enum) else value


def _article_row(art: Article) -> Row:
    return {
        "title": art.title,
        "kicker": art.kicker,
        "teaser": art.teaser,
        "published": _iso(art.published),
        "updated": _iso(art.updated),
        "authors": LIST_SEPARATOR.join(art.authors) or None,
        "agencies": LIST_SEPARATOR.join(art.agencies) or None,
        "dateline": art.dateline,
        "reference_date": _iso(art.reference_date),
        "paragraphs": len(art.paragraphs),
        "boilerplate": len(art.boilerplate),
        "quotes": len(art.quotes),
        "dates": len(art.dates),
        "body": art.body,
    }


def _quote_row(n: int, q: Quote) -> Row:
    return {
        "quote": n,
        "start": q.span.start,
        "end": q.span.end,
        "kind": _value(q, "kind"),
        "speaker": q.speaker,
        "speaker_type": _value(q, "speaker_type"),
        "mention": q.mention,
        "cue": q.cue,
        "text": q.text,
    }


def _date_row(n: int, d: TimeExpression) -> Row:
    return {
        "date": n,
        "start": d.span.start,
        "end": d.span.end,
        "text": d.text,
        "value": d.value,
        "type": _value(d, "type"),
        "mod": _value(d, "mod"),
        "earliest": _iso(d.earliest),
        "latest": _iso(d.latest),
    }


def _speaker_rows(art: Article) -> Iterator[Row]:
    """One row per named speaker, in the order of their first quote; unattributed quotes are not counted."""
    kinds: dict[str, Counter[str]] = {}
    types: dict[str, str | None] = {}
    for q in art.quotes:
        if q.speaker is None:
            continue
        kinds.setdefault(q.speaker, Counter())[_value(q, "kind")] += 1
        # The first typed quote decides: an article names a speaker's type once, where it introduces them.
        if types.get(q.speaker) is None:
            types[q.speaker] = _value(q, "speaker_type")
    for speaker, counts in kinds.items():
        yield {
            "speaker": speaker,
            "speaker_type": types[speaker],
            **{kind: counts[kind] for kind in QUOTE_KINDS},
            "quotes": sum(counts.values()),
        }


def _own_rows(table: Table, art: Article) -> Iterator[Row]:
    if table is Table.ARTICLES:
        yield _article_row(art)
    elif table is Table.QUOTES:
        yield from (_quote_row(n, q) for n, q in enumerate(art.quotes))
    elif table is Table.DATES:
        yield from (_date_row(n, d) for n, d in enumerate(art.dates))
    else:
        yield from _speaker_rows(art)


def article_rows(table: Table, art: Article, index: int = 0, key: object = None) -> Iterator[Row]:
    """The rows one article gives in ``table``: the ``index``-th article of the input, with id ``key``.

    Examples:
        >>> import denews
        >>> art = denews.parse("Der Rat tagte am 3. März 2025 und am 4. März 2025.")
        >>> [(r["article"], r["id"], r["date"], r["value"]) for r in article_rows(Table.DATES, art, 7, "rat")]
        [(7, 'rat', 0, '2025-03-03'), (7, 'rat', 1, '2025-03-04')]
    """
    columns = COLUMNS[table]
    for row in _own_rows(table, art):
        full = {"article": index, "id": key, **row}
        yield {c: full[c] for c in columns}


_NO_ID = object()  # marks the end of ``ids``


def rows(
    articles: Iterable[object], table: str | Table = Table.ARTICLES, ids: Iterable[object] | None = None
) -> Iterator[Row]:
    """The rows of ``table`` for ``articles``, each a dict with the table's `COLUMNS` as keys.

    ``articles`` is any iterable of `denews.Article` (a list, ``denews.parse_many(...)``). An item
    that is not an ``Article`` (such as an error record of ``parse_many``) gives no row, but still counts
    for the ``article`` position of the items after it. ``ids``, when given, has one id per item, in order
    (``ValueError`` when the counts differ).

    Examples:
        >>> import denews
        >>> arts = [denews.parse("Berlin - „Wir handeln jetzt“, sagte Kanzlerin Ute Beispiel.")]
        >>> row = next(rows(arts, "quotes", ids=["a1"]))
        >>> row["article"], row["id"], row["speaker"], row["text"]
        (0, 'a1', 'Ute Beispiel', 'Wir handeln jetzt')
    """
    which = table_of(table)
    keys = iter(ids) if ids is not None else None
    for index, item in enumerate(articles):
        key = next(keys, _NO_ID) if keys is not None else None
        if key is _NO_ID:
            raise ValueError(f"ids has {index} items, fewer than the articles")
        if not isinstance(item, Article):
            _check_skippable(index, item)
            continue
        yield from article_rows(which, item, index, key)
    if keys is not None and next(keys, _NO_ID) is not _NO_ID:
        raise ValueError("ids has more items than the articles")


def _check_skippable(index: int, item: object) -> None:
    """Error records (anything with ``index``, ``type`` and ``message``) are skipped; anything else is a mistake."""
    if not all(hasattr(item, a) for a in ("index", "type", "message")):
        raise TypeError(f"item {index}: expected a denews.Article, not {type(item).__name__}")


def to_frame(
    articles: Iterable[object], table: str | Table = "articles", *, ids: Sequence[object] | None = None
) -> pandas.DataFrame:
    """A pandas DataFrame of ``table``: one row per article, quote, date or speaker (extra ``denews[pandas]``).

    ``table`` is ``"articles"``, ``"quotes"``, ``"dates"`` or ``"speakers"``; the columns are
    ``denews.tables.COLUMNS[table]``, and every table starts with ``article`` (the article's position in
    ``articles``) and ``id`` (from ``ids``, else empty). The speakers table has one row per named speaker per
    article, with ``speaker_type`` and the counts of ``direct``, ``partial`` and ``indirect`` quotes.

    Examples:
        >>> import denews
        >>> arts = denews.parse_many([
        ...     "Berlin - „Wir handeln jetzt entschlossen“, sagte Ministerin Ute Beispiel. „Das ist unsere Pflicht“, "
        ...     "fügte sie hinzu.",
        ...     "Der Rat tagte am 3. März 2025.",
        ... ])
        >>> frame = denews.to_frame(arts, "speakers", ids=["eins", "zwei"])
        >>> frame[["id", "speaker", "direct", "quotes"]].to_dict("records")
        [{'id': 'eins', 'speaker': 'Ute Beispiel', 'direct': 2, 'quotes': 2}]
    """
    try:
        import pandas
    except ImportError:
        raise ImportError("denews.to_frame needs pandas: pip install 'denews[pandas]'") from None
    which = table_of(table)
    return pandas.DataFrame(list(rows(articles, which, ids)), columns=list(COLUMNS[which]))


class CsvWriter:
    """Writes the rows of one table as CSV to ``stream`` as articles arrive (no pandas needed).

    The header line is written first, even when no row follows.

    Examples:
        >>> import io, denews
        >>> out = io.StringIO()
        >>> writer = CsvWriter(out, "quotes")
        >>> writer.write(0, "brief.txt", denews.parse("„Wir handeln jetzt entschlossen“, sagte Ute Beispiel."))
        >>> header, row = out.getvalue().splitlines()
        >>> header
        'article,id,quote,start,end,kind,speaker,speaker_type,mention,cue,text'
        >>> row.startswith("0,brief.txt,0,1,31,direct,Ute Beispiel,"), row.endswith(",Wir handeln jetzt entschlossen")
        (True, True)
    """

    def __init__(self, stream: TextIO, table: str | Table = Table.ARTICLES) -> None:
        import csv  # here, so that `import denews` does not pay for it

        self.table = table_of(table)
        self._writer = csv.DictWriter(stream, fieldnames=COLUMNS[self.table], lineterminator="\n")
        self._writer.writeheader()

    def write(self, index: int, key: object, article: object) -> None:
        """Write the rows of ``article``, the ``index``-th item of the input, with id ``key``.

        An error record in place of an article (see `rows`) writes nothing.
        """
        if not isinstance(article, Article):
            _check_skippable(index, article)
            return
        self._writer.writerows(article_rows(self.table, article, index, key))
