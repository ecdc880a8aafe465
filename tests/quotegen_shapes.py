"""The attribution shapes of :mod:`quotegen`: each writes one scene (a paragraph or two) quoting a person named
before (``ref``: how the scene names them; ``form``: which way of naming that is) and records the quotes it
states. All sentences are invented for the tests."""

from __future__ import annotations

from newsgen import Choices
from quotegen_tables import (
    DESCRIBED,
    FACTS,
    FRAGMENTS,
    INNER,
    ORGS,
    PARTIES,
    SAY_AFTER,
    SAY_BEFORE,
    SECOND,
    STATEMENTS,
    Article,
    Expected,
    Person,
    Quote,
    _cap,
)


def _after(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    art.paragraphs.append(f"{q(said)}, {c.pick(SAY_AFTER)} {ref}.")
    art.quotes.append(Expected(said, "direct", (p.full,), "after", form))


def _colon(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    art.paragraphs.append(f"{_cap(ref)} {c.pick(SAY_BEFORE)}: {q(said + '.')}")
    art.quotes.append(Expected(said + ".", "direct", (p.full,), "colon", form))


def _so(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    art.paragraphs.append(f"{q(said)}, so {ref}.")
    art.quotes.append(Expected(said, "direct", (p.full,), "so", form))


def _split(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # broken by its attribution: two quotes of one speaker
    second = c.pick(SECOND)
    art.paragraphs.append(f"{q(said + '.')}, sagte {ref}. {q(second + '.')}")
    art.quotes.append(Expected(said + ".", "direct", (p.full,), "split", form))
    art.quotes.append(Expected(second + ".", "direct", (p.full,), "split", form))


def _split_comma(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # broken inside its sentence: "„A“, sagte X, „b.“"
    second = c.pick(SECOND)
    rest = second[:1].lower() + second[1:] + "."
    art.paragraphs.append(f"{q(said)}, sagte {ref}, {q(rest)}")
    art.quotes.append(Expected(said, "direct", (p.full,), "split_comma", form))
    art.quotes.append(Expected(rest, "direct", (p.full,), "split_comma", form))


def _apposition(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    party = c.pick(PARTIES)
    art.paragraphs.append(f"{q(said)}, erklärte {'die' if p.female else 'der'} {p.role} {p.full} ({party}) "
                          f"am Dienstag.")
    art.quotes.append(Expected(said, "direct", (p.full,), "apposition", "apposition"))


def _partial(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    frag = c.pick(FRAGMENTS)
    art.paragraphs.append(f"{_cap(ref)} nannte den Vorschlag {q(frag)}.")
    art.quotes.append(Expected(frag, "partial", (p.full,), "partial", form))


def _partial_dass(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    frag = c.pick(FRAGMENTS)
    art.paragraphs.append(f"{_cap(ref)} sagte, der Vorschlag sei {q(frag)}.")
    art.quotes.append(Expected(frag, "partial", (p.full,), "partial_dass", form))


def _laut(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    frag = c.pick(FRAGMENTS)
    art.paragraphs.append(f"Laut {p.full} ist der Plan {q(frag)}.")
    art.quotes.append(Expected(frag, "partial", (p.full,), "laut", "full"))


def _org(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    org, name = c.pick(ORGS)
    verb = c.pick(["teilte {} mit", "erklärte {}", "hieß es von {}"])
    if verb.startswith("hieß"):
        dat = {"die": "der", "das": "dem", "der": "dem"}[org.split()[0]]
        art.paragraphs.append(f"{q(said)}, hieß es von {dat} {org.split()[1]}.")
    else:
        art.paragraphs.append(f"{q(said)}, {verb.format(org)}.")
    art.quotes.append(Expected(said, "direct", (name,), "org", "org"))


def _described(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    desc, names = c.pick(DESCRIBED)
    art.paragraphs.append(f"{q(said)}, sagte {desc}.")
    art.quotes.append(Expected(said, "direct", names, "described", "described"))


def _heisst(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    art.paragraphs.append(f"{q(said)}, heißt es in einer Mitteilung des Ministeriums.")
    art.quotes.append(Expected(said, "direct", ("Ministerium", None), "heisst", "document"))


def _multi(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # over two paragraphs, an opening mark on each, the closing one only at the end
    opening, closing = q("")[:1], q("")[1:]
    second = c.pick(SECOND)
    art.paragraphs.append(f"{_cap(ref)} {c.pick(SAY_BEFORE)}: {opening}{said}.")
    art.paragraphs.append(f"{opening}{second}.{closing}")
    art.quotes.append(Expected(said + ".", "direct", (p.full,), "multi", form))
    art.quotes.append(Expected(second + ".", "direct", (p.full,), "multi", form))


def _unclosed(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    art.paragraphs.append(f"{_cap(ref)} {c.pick(SAY_BEFORE)}: {q('')[:1]}{said}.")
    art.quotes.append(Expected(said + ".", "direct", (p.full,), "unclosed", form))


def _scare(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # words set apart and names of media in marks: no quote
    art.paragraphs.append(c.pick([
        f"Das sogenannte {q('Sparpaket')} bleibt umstritten.",
        f"Zuerst hatte die {q('Allgemeine Rundschau')} darüber berichtet.",
        f"Das Projekt trägt den Namen {q('Neustart')} und läuft bis Ende des Jahres.",
    ]))


def _inner(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # a quotation inside the quotation stays part of the outer one
    opening = q("")[:1]
    if opening not in INNER:
        opening, q = "„", lambda s: f"„{s}“"
    io, ic = INNER[opening]
    text = f"Das nenne ich {io}mutig{ic}, mehr nicht"
    art.paragraphs.append(f"{q(text)}, sagte {ref}.")
    art.quotes.append(Expected(text, "direct", (p.full,), "inner", form))


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


def _dr_title(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    art.paragraphs.append(f"{q(said)}, sagte {c.pick(['Dr.', 'Prof.', 'Prof. Dr.'])} {p.full}.")
    art.quotes.append(Expected(said, "direct", (p.full,), "dr_title", "full"))


def _relative_after(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # a relative clause after the name: "sagt Beispiel, die seit 2019 im Amt ist"
    rel = "die" if p.female else "der"
    art.paragraphs.append(f"{q(said)}, sagt {p.last}, {rel} seit 2019 im Amt ist.")
    art.quotes.append(Expected(said, "direct", (p.full,), "relative_after", "surname"))


def _age_number(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # the age as a number between commas after the name: "meint Anna Beispiel, 54."
    art.paragraphs.append(f"{q(said)}, meint {p.full}, {c.number(25, 80)}.")
    art.quotes.append(Expected(said, "direct", (p.full,), "age_number", "full"))


def _dash(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    art.paragraphs.append(f"{q(said)} – sagt {ref}.")
    art.quotes.append(Expected(said, "direct", (p.full,), "dash", form))


def _antwort(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    art.paragraphs.append(f"Die Antwort von {p.last} kam prompt: {q(said + '.')}")
    art.quotes.append(Expected(said + ".", "direct", (p.full,), "antwort", "surname"))


def _zusammen(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    art.paragraphs.append(f"{q(said + '.')} So fasst {ref} die Lage zusammen.")
    art.quotes.append(Expected(said + ".", "direct", (p.full,), "zusammen", form))


def _after_indirect(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # reported speech of the person, then the quote alone in the next paragraph
    art.paragraphs.append(f"{_cap(ref)} sagte, man werde die Pläne im Herbst vorlegen.")
    art.paragraphs.append(q(said + "."))
    art.quotes.append(Expected(said + ".", "direct", (p.full,), "after_indirect", form))


def _genitive_comma(c: Choices, art: Article, p: Person, ref: str, form: str, said: str, q: Quote) -> None:
    # "sagte die Chefin der Gewerkschaft, Anna Beispiel."
    office = "Chefin" if p.female else "Chef"
    art.paragraphs.append(f"{q(said)}, sagte {'die' if p.female else 'der'} {office} der Gewerkschaft, {p.full}.")
    art.quotes.append(Expected(said, "direct", (p.full,), "genitive_comma", "full"))


SHAPE_WRITERS = {"after": _after, "colon": _colon, "so": _so, "split": _split, "split_comma": _split_comma,
                 "apposition": _apposition, "partial": _partial, "partial_dass": _partial_dass, "laut": _laut,
                 "org": _org, "described": _described, "heisst": _heisst, "multi": _multi, "unclosed": _unclosed,
                 "scare": _scare, "inner": _inner,
                 "verb_first": _verb_first, "medium": _medium, "bare_colon": _bare_colon, "das_sagte": _das_sagte,
         "ueberzeugt": _ueberzeugt, "role_comma": _role_comma, "next_para": _next_para, "fuer_klar": _fuer_klar,
         "age": _age, "weiter": _weiter, "mixed_marks": _mixed_marks, "apostrophe": _apostrophe,
         "nach_ansicht": _nach_ansicht, "title_surname": _title_surname, "worten": _worten,
         "name_apposition": _name_apposition, "question": _question, "hinzu": _hinzu, "adj_age": _adj_age,
         "anonymous": _anonymous, "three_parts": _three_parts, "two_sentences": _two_sentences,
         "teilte_mit": _teilte_mit, "party_role": _party_role, "online": _online, "interview": _interview,
         "zitiert": _zitiert, "partial_pronoun": _partial_pronoun, "dr_title": _dr_title,
         "relative_after": _relative_after, "age_number": _age_number, "dash": _dash, "antwort": _antwort,
         "zusammen": _zusammen, "after_indirect": _after_indirect, "genitive_comma": _genitive_comma}
