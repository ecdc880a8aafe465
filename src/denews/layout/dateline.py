"""Datelines: the place (and agency) an agency report opens with, in every common style.

``Berlin - ``, ``Wien – `` (en dash), ``Ulm/Neu-Ulm - ``, ``Frankfurt am Main - ``, ``BERLIN (dpa) - ``,
``Wien (APA) - ``, ``Zürich (awp/sda) - ``, ``Bern (sda) Der Bundesrat ...`` (no dash after the credit),
``Berlin, 12. März (dpa) - ``, ``WASHINGTON: ``, ``WIEN. `` and ``GRAZ (APA). `` (the full-stop style of Austrian
and Swiss papers), ``(dpa) - `` (an agency without a place).  A place is one to five capitalized parts joined
by spaces, slashes or a linking word (``am``, ``an der``, ``de``: ``lexicons/layout_place_links.txt``).

What opens a sentence but is no place is told apart by general signals: a function word or a label among the
parts (``Die USA - das Land``, ``Update - ``), a topic noun's ending (``Ukraine-Krieg - ``), a person's name
(``Angela Merkel - ``), and a dash followed by a lower-case word (a parenthesis: ``X - zur Halbzeit - ...``).
"""

from __future__ import annotations

from functools import cache

import regex

from .. import credit_lines as cl
from .._data import word_set
from ..tokenize import function_words
from .stamps import is_person

# A capitalized part of a place; a short part may end in a full stop (``St. Gallen``, ``Ft. Worth``, and in
# capitals ``ST. GALLEN``).
_PART = r"\p{Lu}(?:(?:\p{Ll}{1,2}|\p{Lu}{1,2}(?=\.\s\p{Lu}{2}))\.|[\p{L}\p{M}'’\-]{0,30})"
# What a sentence after a dateline opens with.
_OPEN = r"[\p{Lu}\d\"„«»“‚‹'(]"
# A date after the place: ``, 12. März``, ``, Montag, 3. Mai 2021``, ``, 12.03.2021``.
_WHEN = r",\s+(?:\p{Lu}\p{Ll}+,\s+)?\d{1,2}\.\s*(?:\p{L}{3,10}\.?|\d{1,2}\.)(?:\s*\d{2,4})?"
_CREDIT = r"\((?P<credit>[^()\n]{1,50})\)"
_SEP = (
    rf"(?P<dash>[-–—]\s+(?={_OPEN})|[-–—]$)|(?P<colon>:\s+(?={_OPEN}))|(?P<stop>\.\s+(?={_OPEN}))"
    rf"|(?P<bare>(?<=\))\s+(?=\p{{Lu}}))"
)
_CREDIT_ONLY = regex.compile(rf"{_CREDIT}\s*(?:[-–—]\s+|\s+)(?={_OPEN})")
_SPLIT = regex.compile(r"\s*/\s*|\s+")
# A credit of lower-case initials (``awp``, ``lrs``, ``red``): a service's or an editor's sign, no part of a name.
_INITIALS = regex.compile(r"\p{Ll}{2,5}(?:\s*/\s*\p{Ll}{2,5})*")


@cache
def _links() -> frozenset[str]:
    return word_set("lexicons/layout_place_links.txt")


@cache
def _pattern() -> regex.Pattern[str]:
    links = "|".join(sorted(_links(), key=len, reverse=True))
    join = rf"(?:\s*/\s*|\s+(?:(?:{links})\s+){{0,2}})"
    place = rf"(?:{_PART})(?:{join}(?:{_PART})){{0,4}}"
    # (A name's part in parentheses may stand before the credit: ``Halle (Saale) (dpa) - ``.)
    return regex.compile(
        rf"(?P<place>{place})(?:\s*\((?P<part>\p{{Lu}}\p{{Ll}}[^()\n]{{1,20}})\))?(?P<when>{_WHEN})?"
        rf"(?:\s*{_CREDIT})?\s*(?:{_SEP})"
    )


Found = tuple[int, int, str | None, int]


def _is_caps(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def place_parts_ok(place: str, labels: frozenset[str], topic_endings: tuple[str, ...]) -> bool:
    """Whether the capitalized parts of ``place`` can name a place: no function word, label or topic noun."""
    fw, links = function_words(), _links()
    # (A linking word in capitals is one too: ``FRANKFURT AM MAIN``.)
    parts = [p for p in _SPLIT.split(place) if p and p.lower() not in links]
    for p in parts:
        low = p.lower().rstrip(".")
        if low in fw or low in labels:
            return False
        if any(low.endswith(e) and len(low) > len(e) for e in topic_endings):
            return False
    return bool(parts)


def read_dateline(s: str, pos: int, labels: frozenset[str], topic_endings: tuple[str, ...]) -> Found | None:
    """A dateline with its separator at ``pos`` in ``s`` (no glued or after-stamp forms; see :func:`dateline`):
    (place start, place end, credit, body start); place start == place end for an agency without a place."""
    m = _CREDIT_ONLY.match(s, pos)
    if m is not None:
        credit = m.group("credit")
        return (pos, pos, credit, m.end()) if cl.credit_agencies(credit) else None
    m = _pattern().match(s, pos)
    if m is None:
        return None
    place, credit, part = m.group("place"), m.group("credit"), m.group("part")
    if part is not None and credit is None and cl.credit_agencies(part):
        credit, part = part, None  # ``Zürich (Keystone-SDA) - ``: the parentheses hold the credit
    caps = _is_caps(place)
    if not place_parts_ok(place, labels, topic_endings):
        return None
    if m.group("colon") is not None and not caps:
        return None  # ``Laut Uschakow: Das Treffen ...`` is a sentence
    agency = credit is not None and bool(cl.credit_agencies(credit))
    if m.group("stop") is not None and not (caps or agency):
        return None  # ``Wien. Die ...`` only after a stamp or as a glued place (see :func:`dateline`)
    if m.group("bare") is not None and not agency:
        return None  # ``Bern (sda) Der Bundesrat ...``: only an agency's credit closes a dateline so
    if is_person(place):
        return None  # ``Angela Merkel - ...``
    end = m.end("part") + 1 if part is not None else m.end("place")
    if credit is not None and not agency and m.group("dash") is not None and not _INITIALS.fullmatch(credit):
        return m.start("place"), m.end("credit") + 1, None, m.end()  # ``Halle (Saale) - ``: part of the name
    return m.start("place"), end, credit, m.end()
