"""Bylines of an article header and the names in them.

``Von X und Y``, ``Von dpa``, ``Autorin: X``, ``Von unserem Korrespondenten X`` (openers:
``lexicons/layout_byline_openers.txt``), and bylines that open with the writer's name: ``X / Y``, ``X, Wien``,
``X, Redakteurin`` (roles: ``lexicons/layout_byline_roles.txt``), ``X | 12.03.2026``.
"""

from __future__ import annotations

from functools import cache

import regex

from .. import credit_lines as cl
from .._data import first_names, particle_words, read_text, tsv_rows, word_set
from ..tokenize import function_words

_DIGIT = regex.compile(r"\d")

# A bar or a dot between the parts of a header line: ``Von X | 12.03.2026``, ``12.03.2026 · X``.
BAR = regex.compile(r"\s[|·•]\s")

# Where a stamp follows the names on their line: ``Von X Aktualisiert am ...``, ``X / Y vor 3 Stunden``.
_STAMP_NEXT = regex.compile(r"\s(?:Aktualisiert|Stand|Veröffentlicht|Publiziert|Update)\b|\s[Vv]or\s+\d")


@cache
def _byline_pattern() -> regex.Pattern[str]:
    """``Von X``, ``Autorin: X``, ``Von unserem Korrespondenten X``: an opener of ``layout_byline_openers.txt``
    (longest first), then the names up to a stamp, a bar or the line's end."""
    data = read_text("lexicons/layout_byline_openers.txt")
    openers = sorted({ln.strip() for ln in data.splitlines() if ln.strip() and not ln.startswith("#")}, key=len)
    alt = "|".join(regex.escape(o) for o in reversed(openers))
    return regex.compile(
        rf"(?:{alt})\s+(?P<names>[\p{{L}}][^\n]{{0,200}}?)\s*"
        rf"(?=$|\d|\||{_STAMP_NEXT.pattern})"
    )


_NAME_TOKEN = regex.compile(r"[\p{Lu}][\p{L}'’\-.]*")
# A short capitalized abbreviation (``St.``, ``Ft.``) opens a place's name, no person's; titles (``Dr.``) are
# honorifics, initials (``A.``) have no lower-case letter.
_PLACE_ABBREV = regex.compile(r"\p{Lu}\p{Ll}{1,2}\.")
# ``von und zu`` is one particle: its ``und`` joins no two names.
_VON_UND_ZU = regex.compile(r"\bvon\s+und\s+zu\b", regex.IGNORECASE)


def _particle(t: str, caps: bool) -> bool:
    """A name particle (``lexicons/person_name_particles.txt``), in capitals too where the line is in capitals."""
    return t in particle_words() or (caps and t.lower() in particle_words())


def is_name(s: str) -> bool:
    """``Benjamin Fischer``, ``Justus von Daniels``: two to five name tokens, no other words."""
    toks = _VON_UND_ZU.sub(lambda m: m.group()[:3], s).split()
    if not 2 <= len(toks) <= 5:
        return False
    upper = s.isupper()
    caps = 0
    for t in toks:
        if _particle(t, upper):
            continue
        if not _NAME_TOKEN.fullmatch(t) or t.lower() in function_words():
            return False
        if _PLACE_ABBREV.fullmatch(t) and t not in _honorifics():
            return False
        caps += 1
    return caps >= 2 and not _particle(toks[0], upper)


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(
        line.strip() for line in read_text("lexicons/layout_honorifics.txt").splitlines()
        if line.strip() and not line.startswith("#")
    )


def is_person(s: str) -> bool:
    """A name line that names a person: the shape of :func:`is_name` and a first name of the first-name list
    (``Globale Gesellschaft`` or ``Champions League`` in a menu have the shape but no first name)."""
    if not is_name(s):
        return False
    toks = [t for t in s.split() if t not in _honorifics()]
    if not toks:
        return False
    names = first_names()
    first = toks[0].capitalize() if s.isupper() else toks[0]  # ``VON RETO BEISPIEL``: a byline in capitals
    return first in names or first.split("-", 1)[0] in names


def byline(s: str) -> tuple[list[str], str] | None:
    """Authors (and the raw credit) of a byline unit such as ``Von X und Y`` or ``Von dpa``."""
    m = _byline_pattern().match(s)
    if m is None:
        return name_led(s)
    names = m.group("names").strip(" ,")
    source = _SOURCE_TAIL.search(names)
    if source is not None and cl.credit_agencies(source.group("src")):
        names = names[: source.start()]  # ``Von X, mit Material von dpa``: the agencies stay in the raw credit
    authors = [p for p, picture in map(_part, _parts(names)) if not picture and is_name(p)]
    return authors, m.group("names").strip(" ,")


# The parts of a byline: ``A / B``, ``A, B``, ``A und B``, ``A, Wien``, ``A, Redakteurin``, ``A (APA)``; the ``und``
# of ``von und zu`` parts nothing.
_PART_SPLIT = regex.compile(r"\s*(?:/|,|;|(?<!\bvon\s+)\bund\b(?!\s+zu\b)|&|\bsowie\b)\s*")
_JOIN = regex.compile(r"\s*(?:/|,|;)\s*")
# What a byline holds in parentheses: its agency (``Anna Muster (APA)``) or what each did (``(Text)``, ``(Bild)``).
_PAREN = regex.compile(r"\s*\((?P<inner>[^()]{1,30})\)")
# What each did, before a colon or in parentheses after the name: ``Fotos: Jonas Beispiel``, ``Anna Muster (Text)``.
_ROLE_LABEL = regex.compile(r"(?P<role>\p{Lu}[\p{L}&/ ]{1,25}?)\s*(?::|\s+von\b)\s*")
_ROLE_WORDS = regex.compile(r"\s*(?:&|/|\bund\b|\s)\s*")
_ROLE_PAREN = regex.compile(r"\s*\((?P<role>\p{L}[\p{L}&/ ]{1,25})\)$")
# The agencies whose copy a writer used, closing the names: ``Von X, mit Material von dpa``, ``X mit dpa``.
_SOURCE_TAIL = regex.compile(r",?\s+mit\s+(?:Material\s+(?:von|der|aus)\s+)?(?P<src>[^,|]{2,60})$")


def credit_tail(tail: str) -> bool:
    """What follows a writer's name in a byline is its credit, no post or place: the agencies whose copy the writer
    used (``, mit Material von dpa``) or another's labelled part (``/ Fotos: Jonas Beispiel``)."""
    return ":" in tail or _SOURCE_TAIL.match(tail) is not None


@cache
def _role_split() -> regex.Pattern[str]:
    """Where a part credited with its role opens inside the names: ``A Illustration von B``, ``A Fotos: B``."""
    roles = sorted((r[:1].upper() + r[1:] for r in _known_roles()), key=len, reverse=True)
    alt = "|".join(map(regex.escape, roles))
    return regex.compile(rf"(?<!\bund|&)\s+(?=(?:{alt})(?:\s*(?:und|&)\s*(?i:{alt}))?\s*(?::|von\s))")


def _parts(names: str) -> list[str]:
    """The parts of a byline's names: at a role's label (``Illustration von``), then at ``/``, ``,``, ``und``; a
    label heads every name after it (``Fotos: A und B``)."""
    out = []
    for chunk in _role_split().split(names):
        m = _ROLE_LABEL.match(chunk)
        label = chunk[: m.end()] if m is not None and _known_role(m.group("role")) else ""
        out += [label + p for p in _PART_SPLIT.split(chunk[len(label) :])]
    return out


@cache
def _picture_roles() -> frozenset[str]:
    """The words of a picture's credit (``Foto``, ``Bilder``, ``Grafik``: ``boilerplate_credit_words.tsv``)."""
    rows = tsv_rows("lexicons/boilerplate_credit_words.tsv")
    return frozenset(w.strip().lower() for role, w in rows if role.strip() in ("label", "mark"))


def _part(p: str) -> tuple[str, bool]:
    """A byline's part without the role it names, and whether that role credits pictures only (``Fotos: X``,
    ``X (Bild)``: GUIDE's authors are the writers; ``Text und Fotos: X`` is a writer)."""
    roles: list[str] = []
    m = _ROLE_LABEL.match(p)
    if m is not None and _known_role(m.group("role")):
        roles.append(m.group("role"))
        p = p[m.end() :]
    m = _ROLE_PAREN.search(p)
    if m is not None:  # (any note in parentheses is no part of the name: ``(Text)``, ``(dpa)``)
        roles.append(m.group("role"))
        p = p[: m.start()]
    return p.strip(), bool(roles) and all(_known_role(r, _picture_roles()) for r in roles)


# A place after a writer's name: one to three capitalized words in lower case after their capital (``Wien``,
# ``St. Gallen``, ``Frankfurt am Main``, ``Ulm/Neu-Ulm``); a credit's ``SP-X``, ``GettyImages``, ``WENN.com`` are
# no place.
_PLACE_WORD = r"\p{Lu}(?:\p{Ll}{1,2}\.|\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)"
_PLACE = regex.compile(rf"{_PLACE_WORD}(?:\s(?:am|an der|im|{_PLACE_WORD})){{0,2}}")
_NAME_LED_MAX = 100
# A date or a reading time ahead on the line: ``12.03.2026``, ``12. März 2026``, ``2026-03-12``,
# ``4 Min. Lesezeit``, ``Lesedauer: 4 Minuten``.
_DATE_AHEAD = regex.compile(
    r"\d{1,2}\.\s?(?:\d{1,2}\.|\p{L}{3,10}\.?\s+\d{4})|\d{4}-\d\d-\d\d"
    r"|\d{1,3}\s?Min(?:\.|uten)?\s+(?:Lesezeit|Lesedauer)|(?:Lesezeit|Lesedauer):?\s*\d"
)


@cache
def _byline_roles() -> tuple[str, ...]:
    data = read_text("lexicons/layout_byline_roles.txt")
    roles = [ln.strip() for ln in data.splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(roles + [r + "in" for r in roles] + [r + "innen" for r in roles])


# After a role, where the writer works: ``Korrespondentin in Wien``, ``Redakteurin im Ressort Politik``.
_ROLE_WHERE = regex.compile(r"(?:in|im|aus|für|bei|beim|am)(?:\s+(?:der|des|dem|und|am|im|an|\p{Lu}[\p{L}.\-]*)){1,4}")


def _role_part(part: str) -> bool:
    """A writer's role after the name: ``freie Journalistin``, ``Korrespondentin in Wien``."""
    toks = part.split()
    r = next((k for k, t in enumerate(toks) if t.lower().endswith(_byline_roles())), None)
    if r is None or not all(t[:1].islower() for t in toks[:r]):
        return False
    return r == len(toks) - 1 or _ROLE_WHERE.fullmatch(" ".join(toks[r + 1 :])) is not None


def _place_part(part: str) -> bool:
    return _PLACE.fullmatch(part) is not None and not any(
        t.lower() in function_words() for t in part.split() if t not in ("am", "im")
    )


def _agencies_only(part: str) -> bool:
    """An agency's credit and nothing else: ``dpa``, ``dpa und AFP``, ``APA/red``."""
    return bool(cl.credit_agencies(part)) and cl.is_credit_line(part.strip())


@cache
def _known_roles() -> frozenset[str]:
    """What a byline says each did, in parentheses or before a colon: a writer's label of the openers
    (``Text:``, ``Recherche:``) or a picture's credit word."""
    data = read_text("lexicons/layout_byline_openers.txt")
    labels = [ln.strip()[:-1] for ln in data.splitlines() if ln.strip().endswith(":") and not ln.startswith("#")]
    return _picture_roles() | {w.lower() for lb in labels for w in lb.split() if w not in ("und", "&")}


def _known_role(inner: str, roles: frozenset[str] | None = None) -> bool:
    """Every word of ``inner`` (``Text und Fotos``) is a role of ``roles`` (a byline's known roles by default)."""
    words = [w.lower() for w in _ROLE_WORDS.split(inner) if w]
    return bool(words) and all(w in (_known_roles() if roles is None else roles) for w in words)


@cache
def _compass() -> frozenset[str]:
    return word_set("lexicons/layout_regions.txt")


def _region(name: str) -> bool:
    """``Naher Osten``, ``Mittlerer Westen``: a region's name (a point of the compass last, no particle before it),
    a desk's heading, though ``Naher`` is a given name of the list."""
    toks = name.split()
    return len(toks) >= 2 and toks[-1].lower() in _compass() and toks[-2] not in particle_words()


def name_led(s: str) -> tuple[list[str], str] | None:
    """A byline that opens with the writer's name, without ``Von``: ``Anna Muster / Jonas Beispiel``,
    ``Anna Muster, Wien``, ``Anna Muster, Redakteurin``, ``Anna Muster | dpa``.  The first part must name a person
    (a first name of the list), every other a person, a role, a place or an agency; a single name alone, or names
    joined only by ``und``, are no byline here unless a stamp or an agency stands beside them."""
    label, bar = _STAMP_NEXT.search(s), BAR.search(s)
    cut = min((m for m in (label, bar) if m is not None), key=lambda m: m.start(), default=None)
    # (Beside a stamp, a name alone is a byline: ``Anna Muster | 12.03.2026``, ``Anna Muster vor 3 Stunden``.)
    stamped = label is not None or (cut is not None and _DATE_AHEAD.search(s, cut.end()) is not None)
    raw = s
    if cut is not None:
        after = BAR.split(s[cut.end() :], maxsplit=1)[0]
        credited = cut is bar and _agencies_only(after)  # ``Anna Muster | dpa``
        s = s[: cut.start()]
        raw = f"{s} | {after}" if credited else s
    else:
        credited = False
    if len(s) > _NAME_LED_MAX or _DIGIT.search(s) is not None:
        return None
    if stamped and _agencies_only(s):
        return [], raw  # ``APA/red | 12.03.2026``: the agencies' byline beside its stamp
    names = s
    source = _SOURCE_TAIL.search(names)
    if source is not None and _agencies_only(source.group("src")):
        names, credited = names[: source.start()], True  # ``Anna Muster mit Material von dpa``
    parens = list(_PAREN.finditer(names))
    if any(not (cl.credit_agencies(m.group("inner")) or _known_role(m.group("inner"))) for m in parens):
        return None  # ``Anna Muster (Team Sport)``, ``Georg Muster (GM)``: no agency's credit, no known role
    # (An agency or what each did in parentheses marks a byline as a stamp beside it does: ``A (Text) und B (Fotos)``.)
    credited = credited or bool(parens)
    names = _PAREN.sub(lambda m: "" if cl.credit_agencies(m.group("inner")) else m.group(), names)
    parts = [_part(p) for p in _parts(names.strip()) if p]
    if len(parts) < (1 if stamped or credited else 2) or not is_person(parts[0][0]) or _region(parts[0][0]):
        return None
    if parts[0][1]:
        return None  # ``Foto: Anna Muster/Agentur``: a picture's credit
    if not (stamped or credited or _JOIN.search(names)):
        return None  # ``Anna Muster und Jonas Beispiel`` alone: a caption's or a headline's subjects as well
    return _name_led_parts(parts, raw)


def _name_led_parts(parts: list[tuple[str, bool]], raw: str) -> tuple[list[str], str] | None:
    """The writers of a name-led byline's parts, or None where a part is no person, role, place or agency."""
    authors = []
    for p, picture in parts:
        if is_person(p) and not _region(p):
            if not picture:
                authors.append(p)
        elif not (_role_part(p) or _place_part(p) or cl.credit_agencies(p)):
            return None
    return authors, raw
