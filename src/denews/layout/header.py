"""Headline pieces: kicker and title on one line, datelines at the start of the body."""

from __future__ import annotations

from functools import cache

import regex

from .._data import read_text, sections
from ..tokenize import function_words
from .dateline import read_dateline

_ARTICLES = frozenset(
    ["der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "und", "oder"]
)


@cache
def _camel_words() -> frozenset[str]:
    data = read_text("lexicons/layout_camelcase.txt")
    out: set[str] = set()
    for line in data.splitlines():
        line = line.split("#", 1)[0]
        out.update(line.split())
    return frozenset(out)


# A lower-case letter directly followed by a capitalized word: "ZoonosenWie", "KoalitionEinfach".
# (A capital ``I`` ending a word as ``In``/``Innen`` is the gender form, ``LehrerInnen``, no glued headline.)
_GLUE = regex.compile(r"(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll})(?!In(?:nen)?(?!\p{L}))")
_WORD_AT = regex.compile(r"\S+")
_SPACED_COLON = regex.compile(r"\s+:\s+")


def glued_list(line: str) -> bool:
    """Several headlines run together without spaces (``... ruhigDie Kitas ... ausDer Staat ...``)."""
    return sum(1 for _ in _GLUE.finditer(line)) >= 2


def split_kicker(line: str) -> tuple[int, int] | None:
    """Where a kicker glued to its headline ends and the headline starts, as (kicker_end, title_start).

    Handles ``Kicker : Title`` (space before the colon), ``KickerTitle`` (no space, a lower-case
    letter followed by a capital) and ``Kicker Wort: Rest`` where the words before the colon hold
    more than the headline's lead word.
    """
    m = _SPACED_COLON.search(line)
    if m is not None and m.start() > 0:
        return m.start(), m.end()
    # (A dash is not read as the end of a kicker: ``Streit eskaliert – Jetzt spricht der Chef`` is one headline,
    # and so it was on every page of the pages set where a line held one.)
    for m in _GLUE.finditer(line):
        # The glued word must not be a known camel-case word (YouTube, WhatsApp ...).
        ws = line.rfind(" ", 0, m.start()) + 1
        we_m = _WORD_AT.match(line, ws)
        word = we_m.group() if we_m else ""
        if any(c in word for c in _camel_words()):
            continue
        rest = line[m.start() :]
        # A glued word after a colon is a product name (``Neue Schuhe: SpeedRunner im Test``), no kicker's end.
        if ": " in line[: m.start()]:
            continue
        if len(rest.split()) >= 2 and len(line[: m.start()].split()) <= 6:
            return m.start(), m.start()
    return _colon_kicker(line) or _echo_kicker(line) or _noun_kicker(line)


# A few words before a colon, the last a capitalized topic word.
_TOPIC_COLON = regex.compile(r"(?:\S+\s+){0,3}(?P<topic>\p{Lu}[\p{L}\-]+):\s+(?=\S)")
_TOKEN = regex.compile(r"[\p{L}\d\-]+")


def _echo_kicker(line: str) -> tuple[int, int] | None:
    """``Hafenstadt: Wird die Hafenstadt grün?``: the topic word right before the colon is named again in the
    headline after it, which a headline does not do with its own words: the words up to the colon are the
    kicker."""
    m = _TOPIC_COLON.match(line)
    if m is None:
        return None
    rest = {t.casefold() for t in _TOKEN.findall(line, m.end())}
    return (m.end("topic"), m.end()) if m.group("topic").casefold() in rest else None


# The first word of "Hafenstreik Rotterdam, Antwerpen und ...": one long noun (a compound, maybe
# hyphenated), no person ("Tennisstar Zverev", "Außenministerin Baerbock" name someone).
_TOPIC_NOUN = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)*")
# Endings of inflected adjectives (``-ische``, ``-liche``, ``-tige``): such a first word is no topic noun.
_ADJECTIVE_END = regex.compile(r"(?:isch|lich|ig|al|iv|bar|sam|haft)e[nmrs]?$")


def _noun_kicker(line: str) -> tuple[int, int] | None:
    """A topic word glued to its headline with a space: ``Unwetter-Lage Liveticker vom Montag: ...``.

    Only where the words after it cannot continue a sentence it would open: the third word is no verb
    (``Flüchtlingskrise Merkel verteidigt Kurs`` stays whole).
    """
    ws = line.split()
    if len(ws) < 4:
        return None
    first, second, third = ws[0], ws[1], ws[2]
    fw = function_words()
    if len(first) < 10 or not _TOPIC_NOUN.fullmatch(first) or first.lower() in fw:
        return None
    if _ADJECTIVE_END.search(first):
        return None  # ``Datenschutzrechtliche Prüfung ...``: an adjective opens the headline's noun phrase
    if first.rsplit("-", 1)[-1].lower().endswith(_endings("person_endings")) and not (
        first.lower().endswith("ungen")
    ):
        return None
    # A country's genitive ("Frankreichs Präsident Macron ...", "Europas Wirtschaft ...") opens the headline's
    # subject; a plural in -s ("Warnstreiks Flughäfen ... legen Betrieb lahm") may be the topic.
    if first.endswith("s") and (first[:-1] in _territories() or first[:-2] in _territories()):
        return None
    if not second[:1].isupper() or second.rstrip(",:").lower() in fw or not second.rstrip(",:").isalpha():
        return None
    if not (second.endswith((",", ":")) or third[:1].isupper() or third.lower() in fw):
        return None
    end = len(line) - len(line.lstrip()) + len(first)
    return end, line.index(second, end)


SHORT_WORD = 3


def _colon_kicker(line: str) -> tuple[int, int] | None:
    colon = line.find(": ")
    if colon <= 0:
        return None
    pre = line[:colon].split()
    if len(pre) < 3:
        return None
    kicker, lead = pre[:-1], pre[-1]
    if not lead[:1].isupper():
        return None
    fw = function_words()
    last = kicker[-1].lower()
    if last in _ARTICLES:
        return None
    # An adjective before the lead word holds it in one phrase (``Ein Jahr voller Sorgen: ...``).
    if kicker[-1][:1].islower() and last not in fw:
        return None
    # (A word of three letters or fewer is no content word here: ``the``, ``of`` of an English title.)
    has_content_lower = any(w[:1].islower() and w.lower() not in fw and len(w) > SHORT_WORD for w in kicker)
    if last in fw and not (has_content_lower and kicker[-2][:1].islower()):
        return None
    # A run of capitalized words without a hyphen is a name ("Kim Jong Un: ..."), not a kicker.
    if not has_content_lower and not any("-" in w for w in kicker):
        return None
    end = line.rfind(lead, 0, colon)
    k_end = end
    while k_end > 0 and line[k_end - 1].isspace():
        k_end -= 1
    return k_end, end


_PLACE_TOKEN = r"\p{Lu}[\p{L}'’.\-]{0,30}"
_DOT_DATELINE = regex.compile(rf"(?P<place>{_PLACE_TOKEN})\.\s+(?=\p{{Lu}})")
# After a place set off by a full stop, the sentence opens with an article or a preposition (``Wien. Die
# Regierung ...``, ``Graz. Nach dem Unfall ...``); a one-word sentence before an adverb is no place
# (``Stille. Dann ...``).
_AFTER_STOP = _ARTICLES | frozenset(["im", "in", "am", "an", "nach", "bei", "mit", "seit", "vor", "auf", "für", "um"])
# A dateline whose dash the scraper lost: one place, then a sentence opening with a capitalized function word
# ("Grosbliederstroff Wenn Helmut Kohl ..."), which no German sentence follows a single noun with.
_GLUED_DATELINE = regex.compile(
    r"(?P<place>\p{Lu}[\p{L}\-]{2,30}(?:/\p{Lu}[\p{L}\-]{2,30})?)\.? (?P<next>\p{Lu}\p{Ll}*) "
)


@cache
def _territories() -> frozenset[str]:
    """Names of countries and regions in German, from babel (``Frankreich``, ``Europa``)."""
    from babel import Locale  # imported when first needed: it costs the import of denews otherwise

    return frozenset(Locale("de").territories.values())


@cache
def _labels() -> frozenset[str]:
    data = read_text("lexicons/layout_labels.txt")
    return frozenset(w for line in data.splitlines() for w in line.split("#", 1)[0].split())


@cache
def _noun_lists() -> dict[str, frozenset[str]]:
    """``layout_nouns.txt``: its bracketed sections, each a set of lower-case words or endings."""
    return {k: frozenset(w for e in v for w in e.split()) for k, v in sections("lexicons/layout_nouns.txt").items()}


@cache
def _endings(section: str) -> tuple[str, ...]:
    """A section of ``layout_nouns.txt`` as endings for ``str.endswith`` (topic endings with the labels)."""
    words = _noun_lists()[section] | (_labels() if section == "topic_endings" else frozenset())
    return tuple(sorted(words))


# Pronouns of address after a verb that opens a sentence: "Kennen Sie das Gefühl", "Stellen Sie sich vor"
# (a place may stand before them, "Berlin Sie kommen zu Tausenden", unless it is such a verb).
_PRONOUNS = frozenset(["sie", "du"])


def _glued_place(place: str, nxt: str) -> bool:
    """Whether ``place`` glued to a sentence opening with the function word ``nxt`` reads as a dateline."""
    fw = function_words()
    if nxt.lower() not in fw or place in fw:
        return False
    nouns, labels = _noun_lists(), _labels()
    parts = place.split("/")
    if set(parts) & labels or any(p in nouns["openers"] for p in parts):
        return False
    if nxt.lower() in _PRONOUNS and (place.endswith("en") or place in nouns["address_openers"]):
        return False  # "Kennen Sie das Gefühl", "Machen Sie sich keine Sorgen", "Weißt du ..."
    # A topic noun ("Energiekrise", "Fußball-Bundesliga", "Gastkommentar") ends like no place; the ending
    # alone may be one ("Lage").
    return not any(p.endswith(e) and len(p) > len(e) for p in parts for e in _endings("topic_endings"))


def dateline(
    s: str, pos: int = 0, *, after_stamp: bool = False, glued: bool = False
) -> tuple[int, int, str | None, int] | None:
    """A dateline at ``pos`` in the unit ``s``: (place start, place end, credit in parentheses, body start).

    ``Washington/Moskau - ``, ``Wien – ``, ``BERLIN (dpa) -``, ``WASHINGTON: ``, ``GRAZ. ``, ``(dpa) - `` (every
    style of :mod:`.dateline`; an agency without a place gives an empty place); after a date stamp
    also ``Washington. `` (``02.08.2019 Washington. US-Präsident ...``); with ``glued`` (the first paragraph
    of the body) also a place glued to the sentence (``Grosbliederstroff Wenn Helmut Kohl ...``).
    """
    d = read_dateline(s, pos, _labels(), _endings("topic_endings"))
    if d is not None:
        return d
    if after_stamp:
        m = _DOT_DATELINE.match(s, pos)
        if m is not None and m.group("place").lower() not in function_words():
            return m.start("place"), m.end("place"), None, m.end()
    if glued:
        m = _GLUED_DATELINE.match(s, pos)
        stop = m is not None and s[m.end("place") : m.end("place") + 1] == "."
        if m is not None and (not stop or m.group("next").lower() in _AFTER_STOP) and _glued_place(
            m.group("place").lower(), m.group("next")
        ):
            return m.start("place"), m.end("place"), None, m.start("next")
    return None
