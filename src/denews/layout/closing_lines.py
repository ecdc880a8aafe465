"""Closing lines of the writer's own among short lines under the text: a sign-off (``Eure Erika``) with a wish
before it, a quotation the text ends with (its author in brackets), a line announcing a question or exclamation
of the text (:mod:`.lists` keeps them in a run it otherwise removes)."""

from __future__ import annotations

import regex

from .. import boilerplate as bp
from .._data import domain_alternation, phrase_pattern
from ..tokenize import words
from .stamps import is_person
from .units import _U, Role, _asked


def announces_asked(us: list[_U], k: int, j: int) -> bool:
    """The line ``us[k]`` ends with a colon over a question or exclamation of running text in its run."""
    return us[k].text.rstrip().endswith(":") and k + 1 < j and _asked(us[k + 1]) and us[k].nwords >= _OVER_WORDS


#: The fewest words of a line announcing the sentence under it (``Wichtig:`` alone is a label).
_OVER_WORDS = 3


def signed_end(us: list[_U], i: int, j: int) -> int:
    """The end of the writer's closing lines at the start of the run ``us[i:j]`` right under the article's
    paragraph: a sign-off, with at most one wish before it (``Viel Spaß!`` over ``Eure Erika``); ``i`` if none."""
    if i == 0 or us[i - 1].role is not Role.PARAGRAPH:
        return i
    if _attributed(us[i]) or _pointer(us[i]):
        return i + 1
    for k in range(i, min(j, i + _SIGNOFF_REACH)):
        if _signoff(us[k]):
            return k + 1
        if not us[k].text.rstrip().endswith("!"):
            break
    return i


#: A quotation's words and its author's name in brackets at its end (``... (Erika Muster)``).
_ATTRIBUTED = regex.compile(r"(?P<quote>.+\S)\s+\((?P<name>\p{Lu}[\p{L}.-]+(?:\s\p{Lu}[\p{L}.-]+){1,2})\)\s*")
#: The fewest words of such a quotation (a title's subtitle in brackets has fewer before it).
_QUOTE_WORDS = 6


def _attributed(x: _U) -> bool:
    """A quotation the writer ends the text with: a line of ``_QUOTE_WORDS`` or more words with no cue, closed by
    a person's name in brackets (``Alles fließt, sagt man. (Erika Muster)``)."""
    m = _ATTRIBUTED.fullmatch(x.text.strip())
    if m is None or x.cue is not None or len(m["quote"].split()) < _QUOTE_WORDS:
        return False
    return is_person(m["name"])


#: A web address inside a line (``www.example.org``, ``https://...``, ``example.de``).
#: (A name starts only where a run of its letters does, and is not backtracked into: linear on long hyphenations.)
_ADDRESS = regex.compile(r"(?:https?://|www\.)\S+|(?<![\p{L}\d-])[\p{L}\d-]++\.(?:" + domain_alternation() + r")\b")
#: A line pointing at a link under it (``Den Bericht finden Sie hier:``).
_HERE = regex.compile(r"\bhier\s*:\s*$", regex.IGNORECASE)
#: A social network's post embedded in the page (its picture's link): the post's words, not the writer's.
_EMBEDDED = regex.compile(r"\bpic\.twitter\.com/")
#: The fewest words of a pointer to more on the text's subject (``Infos: www...`` alone is a link's label).
_POINTER_WORDS = 4


def _pointer(x: _U) -> bool:
    """A sentence pointing the reader to more on the text's subject elsewhere: a web address inside it, after its
    first words (``Mehr dazu auf der Seite des Vereins: example.org``), or ``hier:`` over the link the scraper
    left out.  A phrase of running text (function words), no cue; a site's own footer names itself first."""
    if x.cue is not None or x.nfunc == 0 or _EMBEDDED.search(x.text):
        return False
    if _HERE.search(x.text):
        return x.nwords >= _POINTER_WORDS
    m = _ADDRESS.search(x.text)
    # (Its own words, the address left out: ``Mehr auf example.org`` is a link's label.)
    return m is not None and m.start() > 0 and len(words(_ADDRESS.sub(" ", x.text))) >= _POINTER_WORDS


def _signoff(x: _U) -> bool:
    """A line signing the text off: a closing formula (``Viele Grüße``, ``Die Redaktion``, lexicon) with one or
    two capitalised words of a name before or after it and nothing else."""
    if x.nwords > _SIGNOFF_WORDS or bp.ui_word_count(x.text):
        return False
    m = phrase_pattern(_SIGNOFF).search(x.text)
    if m is None:
        return False
    rest = (x.text[: m.start()] + " " + x.text[m.end() :]).replace(",", " ").strip(" !.")
    return 1 <= len(rest.split()) <= 2 and all(w[:1].isupper() for w in rest.split())


_SIGNOFF = "lexicons/layout_signoff.txt"
_SIGNOFF_WORDS = 4
#: A sign-off stands among the first lines under the last paragraph (after a wish such as ``Viel Glück!``).
_SIGNOFF_REACH = 2
