"""Units with their features (shape, cues, credits, stamps, bylines, word counts) and the predicates and
marks every layout step applies to them."""

from __future__ import annotations

import enum
from collections.abc import Callable
from functools import cache

import attrs
import regex

from .. import boilerplate as bp
from .. import credit_lines as cl
from .._data import read_text
from ..blocks import Unit, ends_sentence, is_blank
from ..model import Boilerplate, BoilerplateKind, Paragraph, Span
from ..tokenize import BULLET_CLASS, count_function_words, function_words, words
from .header import dateline, glued_list
from .stamps import Stamp, byline, byline_after_stamp, find_stamp, is_name, is_stamp_unit, time_only

_BULLET = regex.compile(rf"(?:{BULLET_CLASS}|\d{{1,2}}[.)])\s")
_VON_AGENCY = regex.compile(r"(?<!\p{L})Von\s+(?P<ag>[\p{L}][\p{L}\-]{1,20})(?=\s|$|,)")
_MAX_HEAD_WORDS = 20
_SHORT_CRY = regex.compile(r"[^.!?…\n]{3,200}[?!][\"“”«»’']?")
_INNER_STOP = regex.compile(r"\p{Ll}[.!?][\"“”«»]?\s+[\"„«»]?\p{Lu}")


class Shape(enum.Enum):
    """How a unit reads by its words alone."""

    PROSE = "prose"  # running text: five words or more with a function word and a final stop, or a long unit
    SENT = "sent"  # a sentence too short for running text
    HEAD = "head"  # a headline-like line
    EMPTY = "empty"  # no words


PROSE, SENT, HEAD, EMPTY = Shape.PROSE, Shape.SENT, Shape.HEAD, Shape.EMPTY


class Role(enum.Enum):
    """What a unit is found to be; units start as ``NONE`` and each step decides some of them."""

    NONE = "none"  # not decided yet
    BOILERPLATE = "boilerplate"  # furniture, with its GUIDE kind in ``_U.kind``
    CANDIDATE = "candidate"  # a headline candidate above the body, until the headline is chosen
    TITLE = "title"
    KICKER = "kicker"
    TEASER = "teaser"
    HEADER = "header"  # a stamp, a byline, an author's name: read into the header, not text
    PARAGRAPH = "paragraph"
    HEADING = "heading"  # a section heading inside the body
    SKIP = "skip"  # header material inside the body (a live blog entry's stamp), neither text nor boilerplate


@attrs.define(slots=True)
class _U:
    """A unit with its features and, once decided, its role."""

    start: int
    end: int
    gap: bool
    text: str
    shape: Shape
    cue: BoilerplateKind | None = None
    stamp: Stamp | None = None
    time: tuple[int, int] | None = None
    byline: tuple[list[str], str] | None = None
    credit: bool = False
    cap_at: int | None = None  # offset in text of a trailing picture credit
    role: Role = Role.NONE
    kind: BoilerplateKind = BoilerplateKind.OTHER
    remainder: bool = False  # the rest of a `` date YYYY-MM-DD`` prefix line
    lines: int = 1
    nwords: int = 0
    nfunc: int = 0  # function words among the words counted (the density of running text, as jusText reads it)


def _shape(s: str, ws: list[str] | None = None) -> Shape:
    if ws is None:
        ws = words(s)
    n = len(ws)
    if n == 0:
        return EMPTY
    fw = function_words()
    # Only "one" and "two or more" function words matter below: stop counting at two.
    nf = 0
    for w in ws:
        if w.lower() in fw:
            nf += 1
            if nf == 2:
                break
    colon = s.rstrip("\"“”«»’‘)'")[-1:] == ":"
    if _SHORT_CRY.fullmatch(s) and n <= _MAX_HEAD_WORDS:
        return HEAD  # a headline that asks or exclaims: no full stop, no second sentence
    if (n >= (8 if colon else 5) and nf >= 1 and ends_sentence(s)) or (n >= 18 and nf >= 2):
        return PROSE
    # Running text cut off by the scraper: a finished sentence inside, the next one cut.
    if n >= 8 and nf >= 2 and _INNER_STOP.search(s):
        return PROSE
    if ends_sentence(s) and s.rstrip("\"“”«»’‘)'")[-1:] != ":" and n >= 2:
        return SENT
    return HEAD


#: Every word-count threshold of the layout rules lies below this many words.
_ENOUGH_WORDS = 61


def _unit_words(s: str) -> list[str]:
    """The words of the unit ``s``, or of a prefix of it that decides every rule the same way.

    The rules ask whether a unit has up to 60 words and up to two function words: for a long paragraph
    (an article on one line) a prefix with 61 words and two function words answers all of that.
    """
    if len(s) > 1000:
        head = words(s[:700])
        if len(head) >= _ENOUGH_WORDS:
            fw = function_words()
            found = 0
            for w in head:  # two are enough: stop there (the first words of prose hold them)
                if w.lower() in fw:
                    found += 1
                    if found == 2:
                        return head
    return words(s)


_WIRE_MAX = 80


def _features(text: str, u: Unit) -> _U:
    s = text[u.start : u.end]
    ws = _unit_words(s)
    nfunc = count_function_words(ws)
    x = _U(u.start, u.end, u.gap, s, _shape(s, ws), lines=u.lines, nwords=len(ws), nfunc=nfunc)
    if s.endswith(")"):
        tc = cl.trailing_credit(s)
        if tc is not None:
            # A unit with a closing credit has the shape of its text without it (``... ausgefallen. (APA,
            # 12.9.2015)``), as it will have once the credit is cut: a second pass reads it so.
            x.shape = _shape(s[:tc].rstrip())
    x.cue = bp.cue_kind(s)
    if x.cue is None and len(ws) <= 60 and bp.is_interface_text(s, ws, prose=x.shape == PROSE):
        x.cue = BoilerplateKind.OTHER
    if (len(s) <= 140 and x.cue is None) or (len(s) <= 600 and s.startswith("(")):
        x.credit = cl.is_credit_line(s)
    if not x.credit and len(s) <= _WIRE_MAX and cl.wire_signature(s):
        x.credit = True  # the copyright sign makes it a caption cue; it is the copy's closing credit
    cap = cl.caption_tail(s)
    if cap is not None:
        x.cap_at = u.start + cap
    st = find_stamp(s)
    if st is not None and (is_stamp_unit(s, st) or (st.start <= 1 and x.shape != PROSE)):
        x.stamp = st
    elif len(s) <= 25:
        x.time = time_only(s)
    x.byline = byline(s) if len(s) <= 200 else None
    if x.byline is None and x.stamp is not None and len(s) <= 200:
        x.byline = byline_after_stamp(s, x.stamp)  # ``12.03.2026 · Von X``: the byline after the stamp
    return x


def _is_headline(x: _U) -> bool:
    return (
        x.shape == HEAD and 1 <= x.nwords <= _MAX_HEAD_WORDS and x.cue is None and not x.credit
        and not glued_list(x.text) and x.lines == 1
        and _BARE_CREDIT.match(x.text) is None  # ``Quelle: ntv.de``, ``Foto: Keystone``: a credit, not a headline
    )


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def _furniture(x: _U) -> bool:
    """Recognized page furniture: a cue, a credit, a caption (a date stamp is not: liveblog entries have one)."""
    return x.cue is not None or x.credit or _caption_unit(x)


def _stamp_tail(x: _U, boiler: list[Boilerplate]) -> None:
    """``21.10.2025, 19:09 Uhr Artikel anhören``: furniture after a date stamp on the same line."""
    assert x.stamp is not None
    rest = x.text[x.stamp.end :]
    s = len(rest) - len(rest.lstrip(" |,-–•"))
    rest = rest.strip(" |,-–•")
    if rest:
        kind = bp.cue_kind(rest)
        if kind is not None:
            rs = x.start + x.stamp.end + s
            boiler.append(Boilerplate(rest, Span(rs, rs + len(rest)), kind))


def _starts_body(us: list[_U], i: int) -> bool:
    """Running text that is not furniture, nor a caption sentence whose credit stands on the next line."""
    x = us[i]
    if x.shape != PROSE or x.cue is not None or x.credit or x.stamp is not None or _caption_unit(x):
        return False
    nxt = us[i + 1] if i + 1 < len(us) else None
    return not (nxt is not None and _credit_only(nxt) and x.nwords <= 40)


# A headline that asks or exclaims in words of running text (``Zu teuer? Talheim schließt das Bad!``) has so
# many words at most.
CRY_WORDS = 14


def cry_line(x: _U) -> bool:
    """A short line that reads as a sentence but asks or exclaims (or trails off, ``…``) like a headline, or
    whose last sentence has no closing mark (``Die Saison beginnt! So finden Sie den Markt``): running text
    closes its sentences, a headline drops the full stop."""
    t = x.text.rstrip("\"“”«»’'")
    return (
        x.shape in (PROSE, SENT) and x.nwords <= CRY_WORDS and x.lines == 1 and x.cue is None
        and (t.endswith(("?", "!", "…")) or t[-1:].isalnum()) and not t.endswith("...")
    )


def _caption_unit(x: _U) -> bool:
    """The whole unit is a picture caption: a credit at its start, or a short text ending in a credit."""
    if x.cap_at is None:
        return False
    head = x.cap_at - x.start
    if head == 0:
        return True
    # A caption is a sentence or two; a longer paragraph only loses its glued credit.
    lead = x.text[:head]
    return len(words(lead)) <= 30 and len(_INNER_STOP.findall(lead)) <= 1


def _headerish(x: _U) -> bool:
    """Header furniture that may stand between a lead and the body: stamps, bylines, credits, cues."""
    return (
        x.role in (Role.BOILERPLATE, Role.HEADER) or x.stamp is not None or x.time is not None
        or (x.byline is not None and len(x.text) <= 120) or x.cue is not None or _caption_unit(x)
        or _bullet(x) or x.credit or is_name(x.text) or x.shape == EMPTY
    )


def _bullet(x: _U) -> bool:
    return bool(_BULLET.match(x.text)) and x.shape != PROSE


def _dateline_of(x: _U) -> tuple[int, int, str | None, int] | None:
    return dateline(x.text) if x.shape == PROSE or len(x.text) < 40 else None


def _next_content(us: list[_U], i: int) -> int:
    """The next unit at or after ``i`` that is running text."""
    while i < len(us):
        x = us[i]
        if x.shape == PROSE and x.cue is None and not x.credit and x.stamp is None and not _caption_unit(x):
            return i
        i += 1
    return i


@cache
def _page_end_phrases() -> tuple[str, ...]:
    data = read_text("lexicons/layout_page_end.txt")
    return tuple(line.strip().lower() for line in data.splitlines() if line.strip() and not line.startswith("#"))


def _page_end(s: str) -> bool:
    """A copyright notice that closes the article (``Alle Rechte vorbehalten``), not a picture's credit
    (``Foto: dpa. Alle Rechte vorbehalten``)."""
    low = s.lower()
    return any(p in low for p in _page_end_phrases()) and not _PICTURE_WORD.search(s)


# A credit of a picture or graphic ("Foto: dpa. Alle Rechte vorbehalten", "Foto © dpa"), which closes nothing
# ("© BILD GmbH. Alle Rechte vorbehalten." names a publisher: the word in capitals is no picture word).
_PICTURE_WORD = regex.compile(
    r"\b(?:[Ff]otos?|FOTOS?|[Bb]ilder?|[Gg]rafik|GRAFIK|[Ii]llustration|[Vv]ideo|[Qq]uelle)\b"
)


def _credit_only(x: _U) -> bool:
    """A picture credit standing on its own line: ``Foto: Keystone``, ``(Foto: picture alliance/dpa)``."""
    return x.cap_at == x.start or (x.cue is BoilerplateKind.CAPTION and x.nwords <= 12)


def _asked(x: _U) -> bool:
    """A question or exclamation of running text (not a bare headline): ``Was sind die neuesten Methoden?``."""
    if not x.text.rstrip("\"“”«»’'").endswith(("?", "!")) or x.nwords < 4:
        return False
    return x.nfunc >= 2


def _cut_text(s: str) -> bool:
    """Running text cut off mid-sentence (the end of an excerpt)."""
    ws = words(s)
    fw = function_words()
    return len(ws) >= 6 and sum(1 for w in ws if w.lower() in fw) >= 2 and s[-1:].isalnum()


_BARE_CREDIT = regex.compile(r"(?:Fotos?|Bild|Bilder|Quelle|Foto/Quelle)\s*:", regex.IGNORECASE)


def _comments_header(x: _U) -> bool:
    """The header of the page's comment section: no counter (``3 Kommentare`` also stands under teasers), unless
    it names the post the comments are on (``3 Antworten zu „Titel“``, as blogs head them)."""
    if not any(c.isdigit() for c in x.text) or "anmelden" in x.text.lower():
        return True
    return _COMMENTS_ON.match(x.text) is not None


# "11 Antworten zu „…“", "3 Gedanken zu …", "5 Kommentare on …": a blog's comment section on its post.
_COMMENTS_ON = regex.compile(r"\d{1,6}\s+\p{L}+\s+(?:zu|auf|on|to)\s+\S")


def _report_author(s: str, authors: list[str]) -> None:
    m = regex.search(r"\((?:Bericht|Reporter|Reporterin|Geschrieben)\s+(?:von|:)\s+([^.;,()]{3,60})", s)
    if m is not None and is_name(m.group(1).strip()) and m.group(1).strip() not in authors:
        authors.append(m.group(1).strip())


def _bp_kind(x: _U) -> BoilerplateKind | None:
    if x.cue is not None:
        return x.cue
    if x.credit:
        return BoilerplateKind.CREDIT
    if _caption_unit(x):
        return BoilerplateKind.CAPTION
    return None


def _mark(x: _U, kind: BoilerplateKind, boiler: list[Boilerplate]) -> None:
    x.role, x.kind = Role.BOILERPLATE, kind
    if kind is BoilerplateKind.CAPTION and x.cap_at is not None and x.cap_at > x.start:
        # The caption sentence and its picture credit, each as it stands.
        e = x.cap_at
        while e > x.start and is_blank(x.text[e - x.start - 1]):
            e -= 1
        boiler.append(Boilerplate(x.text[: e - x.start], Span(x.start, e), kind))
        boiler.append(Boilerplate(x.text[x.cap_at - x.start :], Span(x.cap_at, x.end), kind))
        return
    boiler.append(Boilerplate(x.text, Span(x.start, x.end), kind))


def _cut_tail(
    text: str, x: _U, s: int, e: int, boiler: list[Boilerplate], add: Callable[[list[str]], None]
) -> int:
    """Where the text of ``x`` ends once a glued picture caption or closing credit is cut off ``text[s:e]``."""
    if x.cap_at is not None and x.cap_at > s:
        cs = x.cap_at
        boiler.append(Boilerplate(text[cs:e], Span(cs, e), BoilerplateKind.CAPTION))
        e = cs
    else:
        tc = cl.trailing_credit(text[s:e])
        if tc is None:
            return e
        cs = s + tc
        boiler.append(Boilerplate(text[cs:e], Span(cs, e), BoilerplateKind.CREDIT))
        add(cl.credit_agencies(text[cs:e]))
        e = cs
    while e > s and is_blank(text[e - 1]):
        e -= 1
    return e


def _paragraph(
    text: str, x: _U, boiler: list[Boilerplate], paragraphs: list[Paragraph], add: Callable[[list[str]], None]
) -> None:
    """A paragraph of running text, with a glued picture credit or closing credit cut off its end."""
    s, e = x.start, x.end
    head = cl.caption_head(x.text)
    if head is not None:
        boiler.append(Boilerplate(text[s : s + head], Span(s, s + head), BoilerplateKind.CAPTION))
        s = s + head
        while s < e and is_blank(text[s]):
            s += 1
    link = cl.trailing_link(text[s:e])
    if link is not None:
        le = s + cl.link_end(text[s:e])
        boiler.append(Boilerplate(text[s + link : le], Span(s + link, le), BoilerplateKind.RELATED))
        e = s + link
        while e > s and is_blank(text[e - 1]):
            e -= 1
    e = _cut_tail(text, x, s, e, boiler, add)
    body = text[s:e]
    for m in _VON_AGENCY.finditer(body):
        names = cl.credit_agencies(m.group("ag"))
        if names:
            add(names)
    x.role = Role.PARAGRAPH
    paragraphs.append(Paragraph(body, Span(s, e)))


#: A notice of the site has at most this many words.
_NOTICE_WORDS = 80


def _site_text(x: _U) -> bool:
    """Running text that speaks to the reader of the site with interface words (a consent or login notice)."""
    return x.nwords <= _NOTICE_WORDS and bp.speaks_of_the_site(x.text, words(x.text))
