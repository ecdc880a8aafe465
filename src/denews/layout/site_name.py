"""The site's own name on its page: a line that names the site is no headline of an article on it.

A site names itself in its domain (``talbote.de`` in an address or a footer line) and in its copyright line
(``© 2025 Talheimer Bote``, ``Talheimer Bote 12/2025 Alle Rechte vorbehalten``); its logo prints the same name
as a line of its own, often right above the article's headline, where it shares the lead's words (the site's
name is in the text) and recurs on the page as often as a headline's echo.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import attrs
import regex

from .._data import domain_alternation, read_text
from ..tokenize import function_words
from .units import _page_end, _page_end_phrases

# A domain's ending, and its own label right before it (``talbote`` in ``www.talbote.de``, ``info@talbote.de``);
# the ending is found first (a scan for the label everywhere costs ten times as much).
_TLD = regex.compile(rf"\.(?:{domain_alternation()})\b", regex.IGNORECASE)
_LABEL = regex.compile(r"[\p{L}\d][\p{L}\d\-]{2,}\Z")
LABEL_REACH = 63  # letters in a domain's label at most
# A line opening with a copyright sign; the holder follows it.
_SIGN = regex.compile(r"copyright\b\s*©?|©", regex.IGNORECASE)
# Years, year ranges and issue numbers around a holder's name (``1994-2022``, ``52/2018``).
_NUMBER = regex.compile(r"\d[\d/\-–.]*")
# Where a holder's name ends: a separator or a colon (``© Talbote: <headline> - Talbote``).
_NAME_END = regex.compile(r"\s[\-–—|·]\s|[|·:–—]")
_NOT_LETTER = regex.compile(r"[^\p{L}\d]+")
# A site's name is short; a shorter label is a common word (``bild``, ``welt`` in a headline).
NAME_WORDS = 6
LABEL_LETTERS = 4
FORM_CHARS = 20  # a legal form at a line's end stands in its last so many characters


@attrs.frozen(slots=True)
class SiteNames:
    """The page's domain labels (letters only, casefolded) and its copyright holders (casefolded)."""

    labels: frozenset[str]
    holders: frozenset[str]


def _letters(text: str) -> str:
    letters: str = _NOT_LETTER.sub("", text)
    return letters.casefold()


def _plain(text: str) -> str:
    return " ".join(text.split()).strip(" .,;").casefold()


def holder(line: str) -> str | None:
    """The holder a copyright line names (``© 2025 Talheimer Bote``, ``Talheimer Bote 12/2025 Alle Rechte
    vorbehalten``), casefolded; ``None`` for any other line."""
    s = line.strip()
    m = _SIGN.match(s)
    if m is not None:
        name = s[m.end() :]
    elif _page_end(s):
        low = s.lower()  # (as `_page_end` reads it; ``casefold`` would move the offsets after an ``ß``)
        name = s[: min(low.find(p) for p in _page_end_phrases() if p in low)]
    else:
        return None
    name = _NUMBER.sub(" ", name)
    end = _NAME_END.search(name)
    name = _without_legal_form(_plain(name[: end.start()] if end is not None else name))
    return name if name and len(name.split()) <= NAME_WORDS else None


def _without_legal_form(name: str) -> str:
    """``name`` (plain, casefolded) without a page-end phrase after it (``… GmbH. Alle Rechte vorbehalten``) and
    without its legal form (``Talheimer Bote GmbH``: the logo says ``Talheimer Bote``)."""
    cut = min((k for p in _page_end_phrases() if (k := name.find(p)) >= 0), default=len(name))
    name = name[:cut].rstrip(" .,;")
    for form in _legal_forms():
        if name.endswith(" " + form):
            return name[: -len(form)].rstrip(" ,")
    return name


@cache
def _legal_forms() -> tuple[str, ...]:
    # (without a final dot, as the holder's name ends: ``e.V.`` is ``e.v``)
    return tuple(w.strip().rstrip(".") for w in read_text("lexicons/layout_legal_forms.txt").splitlines()
                 if w.strip() and not w.startswith("#"))


def site_names(page: Sequence[str]) -> SiteNames:
    """The site's names on the ``page``'s lines: its domains' labels and its copyright lines' holders.

    The page is joined once and searched for domain endings and copyright marks; only the lines around a mark
    are read for a holder."""
    joined = "\n".join(page)
    labels: set[str] = set()
    for m in _TLD.finditer(joined):
        lab = _LABEL.search(joined, max(0, m.start() - LABEL_REACH), m.start())
        if lab is not None and len(name := _letters(lab.group())) >= LABEL_LETTERS:
            labels.add(name)
    holders = _organisations(page)
    end = 0
    for m in _copy_mark().finditer(joined):
        if m.start() < end:
            continue  # (a second mark on a line already read)
        start, end = joined.rfind("\n", 0, m.start()) + 1, joined.find("\n", m.end())
        end = len(joined) if end < 0 else end
        h = holder(joined[start:end])
        if h is not None:
            holders.add(h)
    return SiteNames(frozenset(labels), frozenset(holders))


def _organisations(page: Sequence[str]) -> set[str]:
    """The names of the lines that name an organisation by its legal form alone (``Talbote Verlag GmbH``,
    ``Freunde des Talwalds e.V.``), casefolded and without the form: the site's publisher in its footer or
    contact box, whose name the logo prints without the form."""
    out: set[str] = set()
    forms = tuple(" " + f for f in _legal_forms())
    for line in page:
        # (the line's end first: most lines end in no legal form)
        if not line[-FORM_CHARS:].casefold().rstrip(" .,;").endswith(forms) or len(line.split()) > NAME_WORDS:
            continue
        plain = _plain(line)
        name = _without_legal_form(plain)
        # (A clause ending in a form, ``... gegründet als AG``, names none: its last word is a function word.)
        if name and name != plain and name.split()[-1] not in function_words():
            out.add(name)
    return out


@cache
def _copy_mark() -> regex.Pattern[str]:
    """A copyright sign, or a phrase of a page's copyright notice (``layout_page_end.txt``)."""
    phrases = "|".join(regex.escape(p) for p in _page_end_phrases())
    return regex.compile(rf"©|copyright|{phrases}", regex.IGNORECASE)


def is_site_name(text: str, names: SiteNames) -> bool:
    """Whether ``text`` is the site's name: its letters spell a domain's label (``Tal Bote`` and ``talbote.de``)
    or it is a copyright line's holder."""
    if len(text.split()) > NAME_WORDS:
        return False
    return _letters(text) in names.labels or _plain(text) in names.holders
