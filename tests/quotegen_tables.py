"""Tables and records of :mod:`quotegen`: the invented names, roles, statements and mark families, and what a
generated article states (its quotes with the speakers a reader accepts)."""

from __future__ import annotations

from collections.abc import Callable

import attrs

#: Opening and closing marks of each family: German, French-style both ways, English, single ones, straight.
FAMILIES = [("„", "“"), ("“", "”"), ('"', '"'), ("»", "«"), ("«", "»"), ("‚", "‘"), ("›", "‹"), ("'", "'")]
#: A family's inner marks, for a quotation inside the quotation.
INNER = {"„": ("‚", "‘"), "“": ("‘", "’"), "»": ("›", "‹"), "«": ("‹", "›"), '"': ("'", "'")}

FIRST_F = ["Anna", "Mira", "Lea", "Greta", "Fatma", "Zofia", "Henrike", "Tuulia", "Marie-Luise", "Aylin"]
FIRST_M = ["Jonas", "Paul", "Ole", "Emre", "Jürgen", "Karl-Heinz", "Bastian", "Timo", "José", "Ahmad"]
LAST = ["Beispiel", "Probe", "Testfeld", "Muster", "Sonnig", "Kaltwasser", "Lindqvist", "Özdemirci",
        "Brückner-Ahl", "Weißbach", "Quellmann", "Ostergaard", "von der Heide", "de Vries", "Al-Khatib",
        "García Lorenzo"]
#: Roles as (masculine, feminine).
ROLES = [("Innenminister", "Innenministerin"), ("Bürgermeister", "Bürgermeisterin"),
         ("Bundeskanzler", "Bundeskanzlerin"), ("Landrat", "Landrätin"), ("Trainer", "Trainerin"),
         ("Gewerkschaftschef", "Gewerkschaftschefin"), ("Polizeipräsident", "Polizeipräsidentin"),
         ("Klimaforscher", "Klimaforscherin"), ("Fraktionschef", "Fraktionschefin")]
PARTIES = ["SPD", "CDU", "Grüne", "FDP", "CSU", "Linke"]
ORGS = [("die Polizei", "Polizei"), ("das Ministerium", "Ministerium"), ("die Feuerwehr", "Feuerwehr"),
        ("die Stadtverwaltung", "Stadtverwaltung"), ("der Verband", "Verband")]
#: Described speakers (nominative) and the forms a reader accepts for them.
DESCRIBED = [("ein Sprecher des Ministeriums", ("Sprecher", "Ministerium", "Sprecher des Ministeriums")),
             ("eine Sprecherin der Stadt", ("Sprecherin", "Stadt", "Sprecherin der Stadt")),
             ("ein Anwohner", ("Anwohner",)), ("eine Augenzeugin", ("Augenzeugin",))]
STATEMENTS = ["Wir werden das sorgfältig prüfen", "Das ist ein guter Tag für die ganze Region",
              "So kann es nicht weitergehen", "Wir haben alles versucht, was möglich war",
              "Die Lage ist ernst, aber nicht hoffnungslos", "Ich trete nicht zurück",
              "Niemand hat mit einem solchen Andrang gerechnet", "Wir brauchen dringend mehr Personal",
              "Das war ein Fehler, den wir korrigieren", "Die Kosten steigen seit Monaten"]
SECOND = ["Darauf können sich alle verlassen", "Mehr kann ich dazu heute nicht sagen",
          "Wir stehen erst am Anfang", "Die Arbeit beginnt jetzt"]
FRAGMENTS = ["völlig überzogen", "einen Schritt in die richtige Richtung", "nicht hinnehmbar",
             "eine Frage der Zeit", "unverantwortlich"]
SAY_AFTER = ["sagte", "erklärte", "betonte", "warnte", "meinte", "fügte hinzu", "sagt", "kritisierte"]
SAY_BEFORE = ["sagte", "erklärte", "betonte", "warnte", "sagte am Montag", "erklärte im Gespräch"]
SHAPES = ["after", "colon", "so", "split", "split_comma", "apposition", "partial", "partial_dass", "laut", "org",
          "described", "heisst", "multi", "unclosed", "scare", "inner", "verb_first", "medium", "bare_colon",
          "das_sagte", "ueberzeugt", "role_comma", "next_para", "fuer_klar", "age", "weiter", "mixed_marks",
          "apostrophe", "nach_ansicht", "title_surname", "worten", "name_apposition", "question", "hinzu",
          "adj_age", "anonymous", "three_parts", "two_sentences", "teilte_mit", "party_role", "online",
          "interview", "zitiert", "partial_pronoun", "dr_title", "relative_after", "age_number", "dash",
          "antwort", "zusammen", "after_indirect", "genitive_comma"]
FACTS = ["Der Stadtrat tagt am Donnerstag erneut.", "Die Entscheidung fällt im Herbst.",
         "Die Pläne liegen seit Wochen vor."]


@attrs.frozen
class Expected:
    """A quote the text states: its text between the marks, its kind and the speakers a reader accepts."""

    text: str
    kind: str
    speakers: tuple[str | None, ...]
    shape: str
    ref: str = ""


@attrs.frozen
class Person:
    first: str
    last: str
    female: bool
    role: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@attrs.define
class Article:
    paragraphs: list[str] = attrs.Factory(list)
    quotes: list[Expected] = attrs.Factory(list)
    marks: str = ""

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


Quote = Callable[[str], str]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]

