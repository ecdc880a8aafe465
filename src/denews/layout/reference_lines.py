"""A review's reference lines: the data of a book or film under its text (publisher, place, year, pages, price,
ISBN, running time) belong to the article, though they are a run of short lines (see :mod:`.lists`); so do the
rows of a page that holds no running text (a results list, a table alone: :mod:`.body`)."""

from __future__ import annotations

import regex

from .._data import phrase_pattern
from ..tokenize import BULLET_CLASS
from .units import _U, HEAD, Role, _site_text

_REFERENCE_WORDS = "lexicons/layout_reference_words.txt"
_COPYRIGHT = regex.compile(r"(?i)copyright|rechte")


# The data of a book or film under its review (``Musterverlag, Beispielstadt 2021, 240 S., 22 Euro``; ``Regie: ...,
# 2023, 104 Min.``): a year, a page count, a price, an ISBN, a running time, a publisher's or director's word.
_REFERENCE_MARKS = (
    regex.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)"),
    regex.compile(r"(?<!\w)\d{2,4}\s*(?:S\.|Seiten)(?!\w)"),
    regex.compile(r"\d(?:[.,]\d{2})?\s*(?:€|Euro|EUR|CHF)(?!\w)|(?:€|EUR|CHF)\s*\d"),
    regex.compile(r"\bISBN\b"),
    regex.compile(r"(?<!\w)\d{2,3}\s*Min(?:\.|uten)(?!\w)"),
)
_PRICE_LINE = regex.compile(r"\W*(?:(?:ca\.|je)\s+)?\d+(?:[.,]\d{2})?\s*(?:€|Euro|EUR|CHF)\W*", regex.IGNORECASE)
#: How many lines of a run may stand over its reference line (the author, the title, a subtitle).
_REFERENCE_REACH = 3


def _reference(x: _U) -> bool:
    """A line of a book's or film's data: two marks of them, no copyright notice."""
    if "©" in x.text or _COPYRIGHT.search(x.text):
        return False
    marks = sum(1 for p in _REFERENCE_MARKS if p.search(x.text))
    return marks + (phrase_pattern(_REFERENCE_WORDS).search(x.text) is not None) >= 2


def reference_end(us: list[_U], i: int, j: int) -> int:
    """The end of a review's reference lines at the start of the run ``us[i:j]`` right under the article's text
    (an author's name line between them aside); ``i`` where there are none."""
    if not any(k >= 0 and us[k].role is Role.PARAGRAPH for k in (i - 1, i - 2)):
        return i
    end = next((k + 1 for k in range(i, min(j, i + _REFERENCE_REACH + 1)) if _reference(us[k])), i)
    while i < end < j and (_reference(us[end]) or _PRICE_LINE.fullmatch(us[end].text)):
        end += 1
    return end


#: A row of data holds a figure or the columns of a table (a wide gap, a bar), as a menu's entries do not.
_DATA_MARK = regex.compile(r"\d|\S {3,}\S|\s\|\s")
#: A menu's entry: a bullet and one or two words (``* Termine 2020``).
_BULLET_ENTRY = regex.compile(rf"\s*{BULLET_CLASS}\s*\S+(?:\s+\S+)?\s*$")


def data_row(x: _U) -> bool:
    """The short line ``x`` reads as a row of data (a rank, a result, a year, columns) of a page holding no
    running text (a results list, a table alone): no stamp, byline, line of the site or menu entry (a bullet and
    one or two words)."""
    if x.role not in (Role.NONE, Role.BOILERPLATE) or x.shape != HEAD or x.cue is not None or x.stamp is not None:
        return False
    if x.byline is not None or _site_text(x) or _BULLET_ENTRY.match(x.text):
        return False
    return _DATA_MARK.search(x.text) is not None  # (printed twice is no menu's mark here: a team in each round)


#: A field's value that reads as a phrase has so many words at least (``Kein Beipackzettel verfügbar``).
_VALUE_WORDS = 3


def data_value(us: list[_U], k: int) -> bool:
    """The short line ``us[k]`` on a page holding no running text is a field's value that reads as a phrase (a
    sheet's ``Keine Angaben zu diesem Gerät``): function words, no cue, under a label of one word, or that label
    over it."""
    if k + 1 < len(us) and _label_word(us[k]) and _phrase_value(us[k + 1]):
        return True
    return k > 0 and _label_word(us[k - 1]) and _phrase_value(us[k])


def _label_word(x: _U) -> bool:
    """A field's label: one capitalised word on a line of its own, no cue (``Hinweise``)."""
    return x.shape == HEAD and x.nwords == 1 and x.cue is None and x.text.strip()[:1].isupper()


def _phrase_value(x: _U) -> bool:
    """A value that reads as a phrase: words with a function word among them, no cue, stamp or byline."""
    if x.role not in (Role.NONE, Role.BOILERPLATE) or x.shape != HEAD or x.cue is not None or x.stamp is not None:
        return False
    if x.byline is not None or " | " in x.text:
        return False  # (a byline, a menu's or a breadcrumb's entries parted by bars)
    return x.nwords >= _VALUE_WORDS and x.nfunc >= 1 and x.text.strip()[:1].isalnum() and not _site_text(x)
