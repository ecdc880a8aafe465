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

from collections.abc import Sequence

from newsgen import Choices
from quotegen_shapes import SHAPE_WRITERS
from quotegen_tables import (
    FACTS,
    FAMILIES,
    FIRST_F,
    FIRST_M,
    LAST,
    PARTIES,
    ROLES,
    SHAPES,
    STATEMENTS,
    Article,
    Expected,
    Person,
)

__all__ = ["Article", "Expected", "Person", "article"]


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
    """One paragraph (or two) quoting ``p`` (or an organisation, or no one) in one attribution shape."""
    said = c.pick(STATEMENTS)
    ref, form = reference(c, p, named_last)
    shapes = SHAPES if form != "pronoun" else [s for s in SHAPES if s != "so"]  # "so sie" is no German

    def q(s: str) -> str:
        return quoted(c, marks, s)

    SHAPE_WRITERS[c.pick(shapes)](c, art, p, ref, form, said, q)


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
