"""Hypothesis strategies that compose whole German news articles from parts written for the tests.

Every part below was invented for these tests (no sentence comes from a real article or a corpus): datelines
in every agency style, speakers (roles with and without names), verbs of saying before and after the quote,
colon introductions, every quotation-mark family (nested and unbalanced), dates in every written form, and
the furniture of a news page (kickers, stamps, bylines, credits, captions, link lists, buttons).

``compose(c)`` builds a whole ``Composed`` article (its text, and the parts it was built from, so that a test
can ask about the parts) from the choices ``c`` makes.  Two sources of choices drive the same composition:

- ``articles()`` / ``furniture_lines()``, hypothesis strategies (``DrawChoices``): failures shrink to a small
  article, for the laws and for pinning a failure;
- ``RandomChoices(seed)``: a seeded ``random.Random``, for the bulk runs (10,000 articles in CI, many more in the
  deep run).  A hypothesis draw costs about 25 ms per article here, where the composition itself costs 0.1 ms,
  so the bulk runs would spend their time in the engine, not in denews.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Protocol, TypeVar

import attrs
from hypothesis import strategies as st

_T = TypeVar("_T")


class Choices(Protocol):
    def pick(self, options: Sequence[_T]) -> _T: ...

    def number(self, lo: int, hi: int) -> int: ...

    def chance(self, one_in: int) -> bool: ...


class RandomChoices:
    """Choices from a seeded ``random.Random``: the same seed, the same article."""

    def __init__(self, seed: int) -> None:
        self._random = random.Random(seed)

    def pick(self, options: Sequence[_T]) -> _T:
        return options[self._random.randrange(len(options))]

    def number(self, lo: int, hi: int) -> int:
        return self._random.randint(lo, hi)

    def chance(self, one_in: int) -> bool:
        return self._random.randrange(one_in) == 0


_INTEGERS: dict[tuple[int, int], st.SearchStrategy[int]] = {}


class DrawChoices:
    """Choices drawn by hypothesis (they shrink towards the first option, the smallest number, no)."""

    def __init__(self, draw: st.DrawFn) -> None:
        self._draw = draw

    def number(self, lo: int, hi: int) -> int:
        strategy = _INTEGERS.get((lo, hi))
        if strategy is None:
            strategy = _INTEGERS[lo, hi] = st.integers(lo, hi)
        return self._draw(strategy)

    def pick(self, options: Sequence[_T]) -> _T:
        return options[self.number(0, len(options) - 1)]

    def chance(self, one_in: int) -> bool:
        return self.number(0, one_in - 1) == 0


def _day(c: Choices, first_year: int, last_year: int) -> dt.date:
    start = dt.date(first_year, 1, 1)
    return start + dt.timedelta(days=c.number(0, (dt.date(last_year, 12, 31) - start).days))

# --- people and places -------------------------------------------------------------------------------------
FIRST = ["Anna", "Jonas", "Mira", "Karl-Heinz", "Lea", "Emre", "Zofia", "Paul", "Greta", "Ole", "Fatma", "Jürgen"]
LAST = ["Beispiel", "Probe", "Testfeld", "Muster", "Sonnig", "Ferne", "Kaltwasser", "Lindqvist", "Özdemirci",
        "von Hohenstein", "Brückner-Ahl", "Weißbach"]
ROLES = ["Bürgermeisterin", "Innenminister", "Ministerpräsidentin", "Polizeisprecher", "Gewerkschaftschef",
         "Verkehrsdezernentin", "Landrat", "Bundeskanzler", "Fraktionschefin", "Klimaforscher", "Trainer",
         "Vorstandschefin"]
ROLE_PHRASES = ["ein Sprecher des Ministeriums", "die Sprecherin der Stadt", "der Vorsitzende des Vereins",
                "eine Anwohnerin", "der Chef der Feuerwehr", "die Gewerkschaft", "das Ministerium", "Experten",
                "die Opposition", "ein Polizeisprecher"]
PLACES = ["Berlin", "Wien", "Hamburg", "Köln", "Ulm", "Zürich", "München", "Kassel", "Erfurt", "Rostock",
          "Graz", "Bern"]
PAIRS = ["Berlin/Moskau", "Ulm/Neu-Ulm", "Frankfurt/Main", "Washington/Peking", "Halle (Saale)", "Linz/Wien"]
AGENCIES = ["dpa", "AFP", "Reuters", "AP", "KNA", "epd", "APA", "dts", "dpa/lno", "dpa-AFX"]

# --- datelines: every style an agency writes ---------------------------------------------------------------


def dateline(c: Choices) -> str:
    """``"Berlin - "``, ``"Berlin – "``, ``"BERLIN (dpa) - "``, ``"WIEN. "``, ``"Berlin/Moskau - "``, ...."""
    place = c.pick(PLACES) if c.chance(2) else c.pick(PAIRS)
    style = c.pick(["hyphen", "en", "agency", "caps_agency", "dot", "caps_dot", "em"])
    agency = c.pick(AGENCIES)
    return {
        "hyphen": f"{place} - ",
        "en": f"{place} – ",
        "em": f"{place} — ",
        "agency": f"{place} ({agency}) - ",
        "caps_agency": f"{place.upper()} ({agency}) – ",
        "dot": f"{place}. ",
        "caps_dot": f"{place.upper()}. ",
    }[style]


# --- speakers and verbs of saying -----------------------------------------------------------------------------
def name(c: Choices) -> str:
    title = c.pick(["", "", "", "Dr. ", "Prof. "])
    return f"{title}{c.pick(FIRST)} {c.pick(LAST)}"


def speaker(c: Choices) -> str:
    """A role with a name, a role alone, a name alone, or a phrase naming a group or an office."""
    kind = c.pick(["role_name", "role", "name", "phrase", "party_role"])
    if kind == "role_name":
        return f"{c.pick(ROLES)} {name(c)}"
    if kind == "role":
        return f"der {c.pick(ROLES)}" if c.chance(2) else c.pick(ROLES)
    if kind == "name":
        return name(c)
    if kind == "party_role":
        party = c.pick(["SPD", "CDU", "Grünen", "FDP", "Linken"])
        return f"die {party}-Politikerin {name(c)}"
    return c.pick(ROLE_PHRASES)


SAY_AFTER = ["sagte", "erklärte", "betonte", "kritisierte", "meinte", "warnte", "fügte hinzu", "sagt",
             "erklärt", "schrieb", "räumte ein", "versicherte"]
SAY_BEFORE = ["sagte", "erklärte", "betonte", "warnte", "schreibt", "sagte am Abend", "erklärte im Interview"]
STATEMENTS = ["Wir bleiben", "Das ist ein guter Tag für die Stadt", "So kann es nicht weitergehen",
              "Wir haben alles versucht", "Die Lage ist ernst, aber nicht hoffnungslos", "Ich trete nicht zurück",
              "Niemand hat damit gerechnet", "Wir brauchen mehr Personal", "Das war ein Fehler",
              "Die Preise steigen weiter", "Wir werden das prüfen", "Es gibt keinen Grund zur Sorge"]
PARTIALS = ["mutig", "einen Schritt in die richtige Richtung", "völlig überzogen", "alternativlos",
            "eine Frage der Zeit", "nicht hinnehmbar"]

# Opening and closing marks of each family, and the marks of the quotation inside a quotation.
FAMILIES = [("„", "“"), ("“", "”"), ('"', '"'), ("»", "«"), ("«", "»"), ("‚", "‘"), ("›", "‹"), ("'", "'")]
INNER = {"„": ("‚", "‘"), "“": ("‘", "’"), '"': ("'", "'"), "»": ("›", "‹"), "«": ("‹", "›")}


def quoted(c: Choices, content: str) -> str:
    """``content`` in one family's marks, maybe with a quotation nested inside, maybe with a mark missing."""
    opening, closing = c.pick(FAMILIES)
    if opening in INNER and c.number(0, 4) == 0:
        inner_open, inner_close = INNER[opening]
        content = f"{content}, {inner_open}{c.pick(PARTIALS)}{inner_close} sei das"
    shape = c.pick(["balanced"] * 6 + ["no_close", "no_open", "doubled_open"])
    if shape == "no_close":
        closing = ""
    elif shape == "no_open":
        opening = ""
    elif shape == "doubled_open":
        opening *= 2
    return f"{opening}{content}{closing}"


def quote_sentence(c: Choices) -> str:
    """A sentence with a quotation: verb after, verb before with a colon, ``so``, ``zufolge``, partial, indirect."""
    who = speaker(c)
    said = c.pick(STATEMENTS)
    shape = c.pick(["after", "colon", "so", "inverted", "partial", "indirect", "split", "zufolge"])
    if shape == "after":
        return f"{quoted(c, said + c.pick(['', '.', '!', '?']))}, {c.pick(SAY_AFTER)} {who}."
    if shape == "colon":
        return f"{_cap(who)} {c.pick(SAY_BEFORE)}: {quoted(c, said + '.')}"
    if shape == "so":
        return f"{quoted(c, said)}, so {who}."
    if shape == "inverted":
        return f"{_cap(who)} {c.pick(SAY_AFTER)}, {quoted(c, said.lower())}."
    if shape == "partial":
        return f"{_cap(who)} nannte den Plan {quoted(c, c.pick(PARTIALS))}."
    if shape == "split":
        first, _, rest = said.partition(" ")
        return f"{quoted(c, first)}, sagte {who}, {quoted(c, rest + '.')}"
    if shape == "zufolge":
        return f"{_cap(who)} zufolge ist die Lage {quoted(c, 'ernst')}."
    return f"{_cap(who)} {c.pick(['sagte', 'erklärte'])}, man werde das prüfen."


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# --- dates in every written form --------------------------------------------------------------------------------
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
SHORT_MONTHS = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
RELATIVE = ["gestern", "heute", "morgen", "vorgestern", "übermorgen", "heute Abend", "gestern Nachmittag",
            "vor zwei Wochen", "vor drei Jahren", "in den kommenden Tagen", "nächste Woche", "am Wochenende",
            "im vergangenen Jahr", "seit Jahresbeginn", "Anfang des Monats", "in zehn Tagen", "jeden Dienstag",
            "drei Jahre lang", "zwei Stunden", "im Sommer", "im Herbst 2024", "Mitte der 90er-Jahre",
            "in den 1980er Jahren", "im dritten Quartal", "im ersten Halbjahr 2025", "am Vortag", "tags darauf",
            "Montagmorgen", "am Mittwochabend", "zum Jahreswechsel"]


def date_phrase(c: Choices) -> str:
    """A date as news writes it: ``am 3. Oktober``, ``03.10.2025``, ``2025-10-03``, ``3. Okt. 2025``, ``Jänner``..."""
    day = _day(c, 1950, 2040)
    d, m, y = day.day, day.month, day.year
    month = MONTHS[m - 1]
    forms = [
        f"am {d}. {month}", f"am {d}. {month} {y}", f"am {d:02d}.{m:02d}.{y}", f"am {d}.{m}.{y}",
        f"{d:02d}.{m:02d}.{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"am {d}. {SHORT_MONTHS[m - 1]} {y}",
        f"im {month} {y}", f"Anfang {month}", f"Ende {month} {y}", f"Mitte {month}", f"im Jahr {y}",
        f"seit {y}", f"bis {y}", f"{WEEKDAYS[day.weekday()]}, {d}. {month} {y}", f"am {WEEKDAYS[day.weekday()]}",
        f"vom {d}. bis {min(d + 2, 28)}. {month}", f"zwischen {y} und {y + 3}", f"den {d}. {month}",
        f"am {d}. Jänner {y}" if m == 1 else f"am {d}. {month}", f"um {d % 24}.{m * 4 % 60:02d} Uhr",
        f"um {d % 24}:{m * 4 % 60:02d} Uhr", f"gegen {d % 12 + 1} Uhr", f"{d % 24} Uhr",
    ]
    return c.pick(forms) if c.chance(2) else c.pick(RELATIVE)


# --- sentences and paragraphs -------------------------------------------------------------------------------
SUBJECTS = ["Der Stadtrat", "Die Regierung", "Das Unternehmen", "Die Polizei", "Der Verein", "Die Landesregierung",
            "Das Gericht", "Die Feuerwehr", "Der Bundestag", "Die Schule"]
PREDICATES = ["hat {date} über den Haushalt beraten", "will {date} eine Entscheidung treffen",
              "hatte bereits {date} gewarnt", "legte {date} einen Bericht vor", "rechnet {date} mit Ergebnissen",
              "wurde {date} gegründet", "tagt {date} erneut", "hat die Pläne {date} gestoppt"]
PLAIN = ["Die Kosten liegen bei rund zwei Millionen Euro.", "Betroffen sind vor allem Pendler.",
         "Eine Entscheidung steht noch aus.", "Verletzt wurde niemand.", "Die Ermittlungen dauern an.",
         "Kritik kam von mehreren Seiten.", "Der Vorschlag ist umstritten.", "Weitere Details sind nicht bekannt."]


def fact_sentence(c: Choices) -> str:
    predicate = c.pick(PREDICATES).format(date=date_phrase(c))
    return f"{c.pick(SUBJECTS)} {predicate}."


def sentence(c: Choices) -> str:
    kind = c.number(0, 2)
    return fact_sentence(c) if kind == 0 else quote_sentence(c) if kind == 1 else c.pick(PLAIN)


def paragraph(c: Choices) -> str:
    return " ".join(sentence(c) for _ in range(c.number(1, 4)))


# --- header and page furniture ----------------------------------------------------------------------------
KICKERS = ["Nach dem Unwetter", "Streit um den Haushalt", "Verkehr", "Exklusiv", "Kommentar", "Liveblog",
           "Fußball-Bundesliga", "Wahl in Hessen"]
TITLES = ["Stadt plant neue Buslinien", "Regierung einigt sich auf Haushalt", "Feuer in Lagerhalle gelöscht",
          "Gericht stoppt Bauprojekt", "Streik legt Nahverkehr lahm", "Neuer Trainer für den Verein",
          "Was bedeutet das für Mieter?", "Schulen bleiben geschlossen"]
TEASERS = ["Nach monatelangem Streit gibt es eine Einigung. Doch nicht alle sind zufrieden.",
           "Die Feuerwehr war mit einem Großaufgebot im Einsatz. Die Ursache ist noch unklar.",
           "Pendler müssen sich auf Einschränkungen einstellen."]


def stamp(c: Choices) -> str:
    day = _day(c, 2015, 2030)
    hh, mm = c.number(0, 23), c.number(0, 59)
    return c.pick([
        f"{day:%d.%m.%Y}, {hh:02d}:{mm:02d} Uhr", f"Stand: {day:%d.%m.%Y} {hh:02d}:{mm:02d} Uhr",
        f"Aktualisiert am {day:%d.%m.%Y}", f"{day.day}. {MONTHS[day.month - 1]} {day.year}",
        f"Veröffentlicht am {day:%d.%m.%Y} um {hh:02d}:{mm:02d} Uhr", f" date {day.isoformat()}",
    ])


def byline(c: Choices) -> str:
    shape = c.pick(["one", "two", "comment", "agency"])
    if shape == "one":
        return f"Von {name(c)}"
    if shape == "two":
        return f"Von {name(c)} und {name(c)}"
    if shape == "comment":
        return f"Ein Kommentar von {name(c)}"
    return f"Von {name(c)}, {c.pick(AGENCIES)}"


def caption(c: Choices) -> str:
    who = name(c)
    return c.pick([
        "(Archivbild)", f"Foto: {who}/dpa", f"Bild: picture alliance / dpa | {who}", f"(Foto: {who})",
        f"Die Halle am Abend. (Foto: {who})", f"© {who}", f"Quelle: {c.pick(AGENCIES)}",
        f"(Archivbild) (Quelle: {who}/dpa)",
    ])


def credit(c: Choices) -> str:
    a, b = c.pick(AGENCIES), c.pick(AGENCIES)
    return c.pick([f"({a})", f"({a}, {b})", f"{a}/{b}", f"Quelle: {a}", f"Mit Material von {a}",
                                 f"© dpa-infocom, dpa:{c.number(100000, 999999)}-99-123456/2"])


FURNITURE = ["Artikel anhören", "Mehr zum Thema", "Lesen Sie auch:", "Newsletter abonnieren", "Teilen", "Drucken",
             "Kommentare", "Anzeige", "Jetzt abonnieren", "Zum Seitenanfang", "Alle Rechte vorbehalten",
             "Cookie-Einstellungen", "Video", "Startseite > Politik > Inland", "Hier klicken", "Weitere Artikel",
             "Impressum", "Datenschutz", "Schlagworte: Verkehr, Haushalt", "Facebook", "X", "WhatsApp",
             "Zur Startseite", "Lesezeit: 3 Min."]


def furniture(c: Choices, max_lines: int = 4) -> list[str]:
    """Lines that belong to no article: buttons, link lists, legal lines, navigation."""
    return [c.pick(FURNITURE) for _ in range(c.number(1, max_lines))]


# --- whole articles -------------------------------------------------------------------------------------------
@attrs.frozen
class Composed:
    """A composed article: ``text`` and what went into it (``None`` where a part was left out)."""

    text: str
    title: str | None
    dateline_prefix: str | None  # "Berlin (dpa) - ", as it opens the first paragraph
    paragraphs: tuple[str, ...]


def compose(c: Choices, *, edges: bool = True) -> Composed:
    """A whole article; with ``edges=False`` no stamp, furniture or credit stands before the title or after
    the last paragraph (the shape the furniture law adds furniture to)."""
    head: list[str] = []
    if edges and c.chance(2):
        head += furniture(c, 2)
    if c.chance(2):
        head.append(c.pick(KICKERS))
    title = c.pick(TITLES) if c.number(0, 5) else None
    if title is not None:
        head.append(title)
    if edges and c.chance(2):
        head.append(stamp(c))
    if c.chance(2):
        head.append(c.pick(TEASERS))
    if c.chance(2):
        head.append(byline(c))
    if c.chance(2):
        head.append(caption(c))
    paragraphs = [paragraph(c) for _ in range(c.number(1, 6))]
    place = dateline(c) if c.number(0, 3) else None
    if place is not None:
        paragraphs[0] = place + paragraphs[0]
    if c.number(0, 3) == 0:
        at = c.number(1, len(paragraphs))
        paragraphs.insert(at, c.pick(["Was jetzt geschieht", "Die Hintergründe", "Kritik am Plan"]))
    tail: list[str] = []
    if edges and c.chance(2):
        tail.append(credit(c))
    if edges and c.chance(2):
        tail += furniture(c, 3)
    sep = c.pick(["\n\n", "\n", "\r\n\r\n", "\n\n\n"])
    text = sep.join([*head, *paragraphs, *tail])
    return Composed(text, title, place, tuple(paragraphs))


@st.composite
def articles(draw: st.DrawFn, *, edges: bool = True) -> Composed:
    """Hypothesis strategy: a whole composed article (see ``compose``)."""
    return compose(DrawChoices(draw), edges=edges)


@st.composite
def furniture_lines(draw: st.DrawFn, max_lines: int = 4) -> list[str]:
    """Hypothesis strategy: lines of page furniture (see ``furniture``)."""
    return furniture(DrawChoices(draw), max_lines)


@st.composite
def glued_words(draw: st.DrawFn, words: Sequence[str], glue: Sequence[str], max_words: int) -> str:
    """Hypothesis strategy: 1 to ``max_words`` of ``words``, each followed by a piece of ``glue``, with the case of
    a word changed now and then (the raw shapes a tokenizer or a gate must read alike on every path)."""
    out = []
    for _ in range(draw(st.integers(1, max_words))):
        word = draw(st.sampled_from(words))
        case = draw(st.sampled_from(["", "", "", "upper", "lower", "title"]))
        out.append(getattr(word, case)() if case else word)
        out.append(draw(st.sampled_from(glue)))
    return "".join(out)
