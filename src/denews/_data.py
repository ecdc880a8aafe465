"""The package's data files (``lexicons/``).

Read straight from the installed files: ``importlib.resources`` costs about a tenth of ``import denews`` to
import, and is used only when the package does not live on the file system (a zip archive).
"""

from __future__ import annotations

import functools
import os

import regex

_PACKAGE = os.path.dirname(os.path.abspath(__file__))


def read_text(relative: str) -> str:
    """The text (UTF-8) of the data file at ``relative`` (``"lexicons/dates_grammar.txt"``) in the package."""
    try:
        with open(os.path.join(_PACKAGE, *relative.split("/")), encoding="utf-8") as fh:
            return fh.read()
    except (FileNotFoundError, NotADirectoryError):
        from importlib import resources

        return resources.files("denews").joinpath(relative).read_text(encoding="utf-8")


@functools.cache
def first_names() -> dict[str, tuple[int, str]]:
    """Given names (``lexicons/person_first_names.tsv``, derived from open data; see NOTICE) with their count
    among registrations and majority gender ("f", "m" or "x"). Evidence for a person, weighed by the count,
    never a verdict on its own."""
    table: dict[str, tuple[int, str]] = {}
    for line in read_text("lexicons/person_first_names.tsv").splitlines():
        if line and not line.startswith("#"):
            name, count, gender = line.split("\t")
            table[name] = (int(count), gender)
    return table


def tsv_rows(relative: str) -> list[list[str]]:
    """The rows of a tab-separated data file under the package, without blank lines and ``#`` comments."""
    lines = read_text(relative).splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.lstrip().startswith("#")]


def word_set(relative: str) -> frozenset[str]:
    """The words of a data file of words separated by white space, without ``#`` comments."""
    return frozenset(w for line in read_text(relative).splitlines() for w in line.split("#", 1)[0].split())


@functools.cache
def phrase_pattern(path: str) -> regex.Pattern[str]:
    """The words or phrases of a lexicon (one per line, ``#`` comments) as one case-blind pattern of whole words:
    a trailing ``*`` stands for any ending, a leading one for any beginning."""
    alts = []
    for line in read_text(path).splitlines():
        w = line.strip()
        if w and not w.startswith("#"):
            core = regex.escape(w.strip("*"))
            alts.append((r"\w*" if w.startswith("*") else "") + core + (r"\w*" if w.endswith("*") else ""))
    return regex.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", regex.IGNORECASE)


def sections(relative: str) -> dict[str, tuple[str, ...]]:
    """The entries of a data file in bracketed sections (``[open]``), one a line, without ``#`` comments."""
    out: dict[str, list[str]] = {}
    section = ""
    for line in read_text(relative).splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry.startswith("[") and entry.endswith("]"):
            section = entry[1:-1]
            out.setdefault(section, [])
        elif entry:
            out.setdefault(section, []).append(entry)
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def name_particles() -> dict[str, tuple[str, ...]]:
    """The name particles of ``lexicons/person_name_particles.txt`` by section: ``open`` (von, van, de, zu, and
    ``von und zu`` as one entry) and ``follow`` (der, den, la: only after an opening one)."""
    return sections("lexicons/person_name_particles.txt")


@functools.cache
def particle_words() -> frozenset[str]:
    """The particles of one word, in either section (``von``, ``der``; not the ``und`` of ``von und zu``)."""
    return frozenset(e for entries in name_particles().values() for e in entries if " " not in e)


@functools.cache
def particle_run() -> str:
    """A pattern of one particle run between two words of a name (spaces around it not included): an opening
    particle, then at most two following ones (``von``, ``van der``, ``de la``, ``von und zu``)."""
    parts = name_particles()
    opens = sorted(parts["open"], key=len, reverse=True)
    alt = "|".join(r"[ \t\u00a0]++".join(map(regex.escape, e.split())) for e in opens)
    follow = "|".join(map(regex.escape, parts["follow"]))
    return rf"(?:{alt})(?:[ \t\u00a0]++(?:{follow}))?+"


@functools.cache
def domain_endings() -> tuple[str, ...]:
    """The endings of web addresses a site is known by (``lexicons/web_domain_endings.txt``: de, at, ch, com ...)."""
    return tuple(row[0].strip() for row in tsv_rows("lexicons/web_domain_endings.txt"))


def domain_alternation() -> str:
    """The domain endings as one pattern alternation (``de|at|...``), for a pattern's ``\\.(?:...)\\b``."""
    return "|".join(sorted(domain_endings(), key=len, reverse=True))
