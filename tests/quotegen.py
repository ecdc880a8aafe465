"""Invented German news paragraphs with quotations, and the quotes each one states.

Every sentence here was written for these tests. ``article(c)`` builds a short article from the choices ``c``
makes (``newsgen.RandomChoices`` for seeded bulk runs, ``newsgen.DrawChoices`` under hypothesis): people are
introduced with their full name (a role, a party in parentheses), and later scenes quote them in every
attribution shape and every way of naming them again (full name, surname, role with its article, pronoun after
a sentence that names them), organisations and described speakers, partial quotes inside a sentence, quotes
broken by their attribution, quotes over two paragraphs with an opening mark on each, closing marks missing,
and scare quotes or names of media in marks that are no speech. Each quote carries the speakers a careful
reader accepts (the fullest name the article uses; ``None`` where the article names no one).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from newsgen import Choices

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
          "interview", "zitiert", "partial_pronoun"]
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


def person(c: Choices, taken: Sequence[Person]) -> Person:
    """A person whose surname and role no one named before has."""
    female = c.chance(2)
    last = c.pick([n for n in LAST if n not in {p.last for p in taken}])
    role = c.pick([r for r in ROLES if not {p.role for p in taken} & set(r)])[1 if female else 0]
    return Person(c.pick(FIRST_F if female else FIRST_M), last, female, role)


def introduce(c: Choices, p: Person) -> str:
    """A sentence without quotes that names ``p`` in full."""
    party = f" ({c.pick(PARTIES)})" if c.chance(2) else ""
    art = "Die" if p.female else "Der"
    return c.pick([
        f"{art} {p.role} {p.full}{party} stellte am Montag den Bericht vor.",
        f"{p.role} {p.full}{party} äußerte sich am Abend zu den Plänen.",
        f"Zu den Kritikern gehört {p.full}, {'die' if p.female else 'der'} neue {p.role}.",
    ])


def reference(c: Choices, p: Person, named_last: bool) -> tuple[str, str]:
    """How a later sentence names ``p`` (nominative), and the name of the form."""
    forms = ["surname", "full", "role"] + (["pronoun", "pronoun"] if named_last else [])
    form = c.pick(forms)
    if form == "surname":
        return p.last, form
    if form == "full":
        return p.full, form
    if form == "role":
        return f"{'die' if p.female else 'der'} {p.role}", form
    return ("sie" if p.female else "er"), form


def quoted(c: Choices, marks: tuple[str, str], content: str) -> str:
    opening, closing = marks
    return f"{opening}{content}{closing}"


def scene(c: Choices, art: Article, p: Person, named_last: bool, marks: tuple[str, str]) -> None:
    """One paragraph quoting ``p`` (or an organisation, or no one) in one attribution shape."""
    said = c.pick(STATEMENTS)
    ref, form = reference(c, p, named_last)
    shapes = SHAPES if form != "pronoun" else [s for s in SHAPES if s != "so"]  # "so sie" is no German
    shape = c.pick(shapes)
    who = (p.full,)

    def q(s: str) -> str:
        return quoted(c, marks, s)

    add = art.quotes.append
    if shape == "after":
        art.paragraphs.append(f"{q(said)}, {c.pick(SAY_AFTER)} {ref}.")
        add(Expected(said, "direct", who, shape, form))
    elif shape == "colon":
        art.paragraphs.append(f"{_cap(ref)} {c.pick(SAY_BEFORE)}: {q(said + '.')}")
        add(Expected(said + ".", "direct", who, shape, form))
    elif shape == "so":
        art.paragraphs.append(f"{q(said)}, so {ref}.")
        add(Expected(said, "direct", who, shape, form))
    elif shape in ("split", "split_comma"):
        second = c.pick(SECOND)
        if shape == "split":
            art.paragraphs.append(f"{q(said + '.')}, sagte {ref}. {q(second + '.')}")
            add(Expected(said + ".", "direct", who, shape, form))
            add(Expected(second + ".", "direct", who, shape, form))
        else:
            art.paragraphs.append(f"{q(said)}, sagte {ref}, {q(second[:1].lower() + second[1:] + '.')}")
            add(Expected(said, "direct", who, shape, form))
            add(Expected(second[:1].lower() + second[1:] + ".", "direct", who, shape, form))
    elif shape == "apposition":
        party = c.pick(PARTIES)
        art.paragraphs.append(f"{q(said)}, erklärte {'die' if p.female else 'der'} {p.role} {p.full} ({party}) "
                              f"am Dienstag.")
        add(Expected(said, "direct", who, shape, "apposition"))
    elif shape == "partial":
        frag = c.pick(FRAGMENTS)
        art.paragraphs.append(f"{_cap(ref)} nannte den Vorschlag {q(frag)}.")
        add(Expected(frag, "partial", who, shape, form))
    elif shape == "partial_dass":
        frag = c.pick(FRAGMENTS)
        art.paragraphs.append(f"{_cap(ref)} sagte, der Vorschlag sei {q(frag)}.")
        add(Expected(frag, "partial", who, shape, form))
    elif shape == "laut":
        frag = c.pick(FRAGMENTS)
        art.paragraphs.append(f"Laut {p.full} ist der Plan {q(frag)}.")
        add(Expected(frag, "partial", who, shape, "full"))
    elif shape == "org":
        org, name = c.pick(ORGS)
        verb = c.pick(["teilte {} mit", "erklärte {}", "hieß es von {}"])
        if verb.startswith("hieß"):
            dat = {"die": "der", "das": "dem", "der": "dem"}[org.split()[0]]
            art.paragraphs.append(f"{q(said)}, hieß es von {dat} {org.split()[1]}.")
        else:
            art.paragraphs.append(f"{q(said)}, {verb.format(org)}.")
        add(Expected(said, "direct", (name,), shape, "org"))
    elif shape == "described":
        desc, names = c.pick(DESCRIBED)
        art.paragraphs.append(f"{q(said)}, sagte {desc}.")
        add(Expected(said, "direct", names, shape, "described"))
    elif shape == "heisst":
        art.paragraphs.append(f"{q(said)}, heißt es in einer Mitteilung des Ministeriums.")
        add(Expected(said, "direct", ("Ministerium", None), shape, "document"))
    elif shape == "multi":
        second = c.pick(SECOND)
        art.paragraphs.append(f"{_cap(ref)} {c.pick(SAY_BEFORE)}: {marks[0]}{said}.")
        art.paragraphs.append(f"{marks[0]}{second}.{marks[1]}")
        add(Expected(said + ".", "direct", who, shape, form))
        add(Expected(second + ".", "direct", who, shape, form))
    elif shape == "unclosed":
        art.paragraphs.append(f"{_cap(ref)} {c.pick(SAY_BEFORE)}: {marks[0]}{said}.")
        add(Expected(said + ".", "direct", who, shape, form))
    elif shape == "scare":
        art.paragraphs.append(c.pick([
            f"Das sogenannte {q('Sparpaket')} bleibt umstritten.",
            f"Zuerst hatte die {q('Allgemeine Rundschau')} darüber berichtet.",
            f"Das Projekt trägt den Namen {q('Neustart')} und läuft bis Ende des Jahres.",
        ]))
    elif shape in EXTRA:
        EXTRA[shape](c, art, p, ref, form, said, q)
    else:  # a quotation inside the quotation stays part of the outer one
        if marks[0] not in INNER:
            return scene(c, art, p, named_last, ("„", "“"))
        io, ic = INNER[marks[0]]
        text = f"Das nenne ich {io}mutig{ic}, mehr nicht"
        art.paragraphs.append(f"{q(text)}, sagte {ref}.")
        add(Expected(text, "direct", who, shape, form))
    return None


def _verb_first(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # the time or the place before the speaker: "sagte am Montag Anna Beispiel"
    when = c.pick(["am Montag", "in Berlin", "nach der Sitzung", "am Rande des Treffens"])
    ref = p.full if form == "pronoun" else ref
    art.paragraphs.append(f"{q(said)}, sagte {when} {ref}.")
    art.quotes.append(Expected(said, "direct", (p.full,), "verb_first", "full" if form == "pronoun" else form))


def _medium(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # the medium spoken to after the speaker, in marks or not
    medium = c.pick(["der Deutschen Presse-Agentur", "dem Südkurier-Blatt", "gegenüber dem Radiosender",
                     f"der {q('Abendpost')}", "im Interview mit dem Sender"])
    art.paragraphs.append(f"{q(said)}, sagte {ref} {medium}.")
    art.quotes.append(Expected(said, "direct", (p.full,), "medium", form))


def _bare_colon(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # a name and a colon, no verb (tabloid and ticker style)
    who = p.last if form != "full" else p.full
    art.paragraphs.append(f"{who}: {q(said + '.')}")
    art.quotes.append(Expected(said + ".", "direct", (p.full,), "bare_colon", form))


def _das_sagte(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # the attribution in the next sentence: "„…“ Das sagte X am Montag."
    art.paragraphs.append(f"{q(said + '.')} Das sagte {ref} am Montag in der Sitzung.")
    art.quotes.append(Expected(said + ".", "direct", (p.full,), "das_sagte", form))


def _ueberzeugt(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    frame = c.pick(["ist überzeugt", "ist sich sicher", "zeigte sich zuversichtlich", "gab sich kämpferisch"])
    art.paragraphs.append(f"{_cap(ref)} {frame}: {q(said + '.')}")
    art.quotes.append(Expected(said + ".", "direct", (p.full,), "ueberzeugt", form))


def _role_comma(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # "der Sprecher des Vereins, Jonas Muster, sagte"
    office = c.pick(["Sprecher des Vereins", "Vorsitzende des Ausschusses", "Leiter der Behörde"])
    if p.female:
        office = office.replace("Sprecher", "Sprecherin").replace("Leiter", "Leiterin")
    art.paragraphs.append(f"{'Die' if p.female else 'Der'} {office}, {p.full}, sagte: {q(said + '.')}")
    art.quotes.append(Expected(said + ".", "direct", (p.full,), "role_comma", "full"))


def _next_para(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # the cue in a paragraph of its own, the quote standing alone under it
    art.paragraphs.append(f"{_cap(ref)} zeigte sich nach der Abstimmung zufrieden.")
    art.paragraphs.append(f"{q(said + '.')}")
    art.quotes.append(Expected(said + ".", "direct", (p.full, None), "next_para", form))


def _fuer_klar(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    who = p.full if form in ("pronoun", "role") else ref
    art.paragraphs.append(f"Für {who} ist klar: {q(said + '.')}")
    art.quotes.append(Expected(said + ".", "direct", (p.full,), "fuer_klar", "full" if who == p.full else form))


def _age(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # "sagt die 54-Jährige": the person named before, described by age
    age = c.number(31, 78)
    art.paragraphs.append(f"{q(said)}, sagt {'die' if p.female else 'der'} {age}-Jährige.")
    art.quotes.append(Expected(said, "direct", (p.full,), "age", "age"))


def _weiter(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    art.paragraphs.append(f"{q(said)}, so {p.last} weiter.")
    art.quotes.append(Expected(said, "direct", (p.full,), "weiter", "surname"))


def _mixed_marks(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # a German opening mark closed with a straight one, or an English closing mark as the opening one
    opening, closing = c.pick([("„", '"'), ("”", "”"), ("„", "”"), ("“", "“")])
    art.paragraphs.append(f"{opening}{said}{closing}, sagte {ref}.")
    art.quotes.append(Expected(said, "direct", (p.full,), "mixed_marks", form))


def _apostrophe(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # an apostrophe inside the quote ("geht's") must not end a quote in single marks
    text = c.pick(["So geht's nicht weiter", "Wie's weitergeht, weiß keiner", "Das gibt's doch nicht"])
    art.paragraphs.append(f"{q(text)}, sagte {ref}.")
    art.quotes.append(Expected(text, "direct", (p.full,), "apostrophe", form))


def _nach_ansicht(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    frag = c.pick(FRAGMENTS)
    art.paragraphs.append(f"Nach Ansicht von {p.full} ist das Vorhaben {q(frag)}.")
    art.quotes.append(Expected(frag, "partial", (p.full,), "nach_ansicht", "full"))


def _title_surname(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # the role as a title before the surname alone: "sagte Innenministerin Beispiel"
    art.paragraphs.append(f"{q(said)}, sagte {p.role} {p.last}.")
    art.quotes.append(Expected(said, "direct", (p.full,), "title_surname", "title_surname"))


def _worten(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    art.paragraphs.append(f"{q(said + '.')} Mit diesen Worten eröffnete {ref} die Sitzung.")
    art.quotes.append(Expected(said + ".", "direct", (p.full,), "worten", form))


def _name_apposition(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # the name, then what the person is, between commas: "sagte Anna Beispiel, Sprecherin des Vereins,"
    office = c.pick(["Sprecherin des Vereins" if p.female else "Sprecher des Vereins",
                     f"{p.role} der Stadt", "Chefin der Behörde" if p.female else "Chef der Behörde"])
    art.paragraphs.append(f"{q(said)}, sagte {p.full}, {office}, am Mittwoch.")
    art.quotes.append(Expected(said, "direct", (p.full,), "name_apposition", "full"))


def _question(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # a question or an exclamation closes the quote, no comma after it
    text = c.pick(["Wer soll das bezahlen?", "Warum erst jetzt?", "Das ist doch absurd!"])
    verb = "fragte" if text.endswith("?") else "rief"
    art.paragraphs.append(f"{q(text)} {verb} {ref}.")
    art.quotes.append(Expected(text, "direct", (p.full,), "question", form))


def _hinzu(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # a second quote after "und fügte hinzu:"
    second = c.pick(SECOND)
    art.paragraphs.append(f"{q(said)}, sagte {ref} und fügte hinzu: {q(second + '.')}")
    art.quotes.append(Expected(said, "direct", (p.full,), "hinzu", form))
    art.quotes.append(Expected(second + ".", "direct", (p.full,), "hinzu", form))


def _adj_age(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # "sagte die 54 Jahre alte Ministerin", "der 61-jährige Landrat"
    age = c.number(35, 70)
    art_ = "die" if p.female else "der"
    desc = c.pick([f"{art_} {age} Jahre alte {p.role}", f"{art_} {age}-jährige {p.role}"])
    art.paragraphs.append(f"{q(said)}, sagte {desc}.")
    art.quotes.append(Expected(said, "direct", (p.full,), "adj_age", "age"))


def _anonymous(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # someone the article never names: the description is the speaker
    desc, name = c.pick([("eine Frau, die ihren Namen nicht nennen will", "Frau"),
                         ("ein älterer Mann am Bahnsteig", "Mann"), ("eine junge Mutter", "Mutter")])
    art.paragraphs.append(f"{q(said)}, sagt {desc}.")
    art.quotes.append(Expected(said, "direct", (name,), "anonymous", "described"))


def _three_parts(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # broken by its attribution, then a third quote of the same speaker in the same paragraph
    second, third = c.pick(SECOND), c.pick(FACTS)
    art.paragraphs.append(f"{q(said + '.')}, sagte {ref}. {q(second + '.')} {q(third)}")
    for text in (said + ".", second + ".", third):
        art.quotes.append(Expected(text, "direct", (p.full,), "three_parts", form))


def _two_sentences(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # two sentences inside one pair of marks
    second = c.pick(SECOND)
    text = f"{said}. {second}"
    art.paragraphs.append(f"{q(text)}, sagte {ref}.")
    art.quotes.append(Expected(text, "direct", (p.full,), "two_sentences", form))


def _teilte_mit(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # a separable verb: the particle closes the attribution ("teilte Beispiel mit")
    verb, part = c.pick([("teilte", "mit"), ("räumte", "ein"), ("stellte", "klar"), ("gab", "zu")])
    art.paragraphs.append(f"{q(said)}, {verb} {ref} {part}.")
    art.quotes.append(Expected(said, "direct", (p.full,), "teilte_mit", form))


def _party_role(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # the person named before, described by a party and a role word ("die SPD-Politikerin")
    party = c.pick(PARTIES)
    noun = c.pick(["Politikerin", "Abgeordnete"] if p.female else ["Politiker", "Abgeordnete"])
    art.paragraphs.append(f"{q(said)}, sagte {'die' if p.female else 'der'} {party}-{noun}.")
    art.quotes.append(Expected(said, "direct", (p.full,), "party_role", "description"))


def _online(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    where = c.pick(["auf der Plattform X", "in einem Beitrag auf Instagram", "in den sozialen Medien"])
    art.paragraphs.append(f"{q(said + '.')}, schrieb {ref} {where}.")
    art.quotes.append(Expected(said + ".", "direct", (p.full,), "online", form))


def _interview(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # an interview: the medium asks, the person answers (no marks: each turn is a quote, the questions no one's)
    asks = ["Wie geht es jetzt weiter?", "Was sagen Sie den Kritikern?", "Haben Sie damit gerechnet?"]
    answers = [said + ".", c.pick(SECOND) + ".", c.pick(STATEMENTS) + "."]
    art.paragraphs.append(f"Das Gespräch mit {p.full} führte die Redaktion.")
    for ask, answer in zip(asks, answers, strict=True):
        art.paragraphs.append(f"Frage: {ask}")
        art.paragraphs.append(f"{_cap(p.last)}: {answer}")
        art.quotes.append(Expected(ask, "direct", (None, "Redaktion"), "interview", "question"))
        art.quotes.append(Expected(answer, "direct", (p.full,), "interview", "label"))


def _zitiert(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # a medium quotes the person: the one quoted speaks
    art.paragraphs.append(f"{q(said + '.')} So zitiert die {q('Abendpost')} {p.full}.")
    art.quotes.append(Expected(said + ".", "direct", (p.full,), "zitiert", "full"))


def _partial_pronoun(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # a fragment built into a sentence whose subject is the person, named in the sentence before
    frag = c.pick(FRAGMENTS)
    art.paragraphs.append(f"{p.full} äußerte sich am Abend. {'Sie' if p.female else 'Er'} halte den Plan für "
                          f"{q(frag)}.")
    art.quotes.append(Expected(frag, "partial", (p.full,), "partial_pronoun", "pronoun"))


EXTRA = {"verb_first": _verb_first, "medium": _medium, "bare_colon": _bare_colon, "das_sagte": _das_sagte,
         "ueberzeugt": _ueberzeugt, "role_comma": _role_comma, "next_para": _next_para, "fuer_klar": _fuer_klar,
         "age": _age, "weiter": _weiter, "mixed_marks": _mixed_marks, "apostrophe": _apostrophe,
         "nach_ansicht": _nach_ansicht, "title_surname": _title_surname, "worten": _worten,
         "name_apposition": _name_apposition, "question": _question, "hinzu": _hinzu, "adj_age": _adj_age,
         "anonymous": _anonymous, "three_parts": _three_parts, "two_sentences": _two_sentences,
         "teilte_mit": _teilte_mit, "party_role": _party_role, "online": _online, "interview": _interview,
         "zitiert": _zitiert, "partial_pronoun": _partial_pronoun}


def article(c: Choices) -> Article:
    """An article of one to three people, each introduced, then quoted in a few scenes."""
    art = Article()
    marks = c.pick(FAMILIES)
    art.marks = marks[0]
    people: list[Person] = []
    for _ in range(c.number(1, 2)):
        p = person(c, people)
        people.append(p)
        art.paragraphs.append(introduce(c, p) + " " + c.pick(FACTS))
        named_last = True
        for _ in range(c.number(1, 3)):
            before = len(art.paragraphs)
            scene(c, art, p, named_last, marks)
            # a pronoun may point back only while the paragraph above named the person last
            named_last = len(art.paragraphs) > before and art.quotes[-1:] != [] and \
                art.quotes[-1].speakers == (p.full,) and art.quotes[-1].ref != "pronoun" and \
                art.paragraphs[-1].count(p.last) > 0
    return art
