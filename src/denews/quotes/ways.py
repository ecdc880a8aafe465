"""How a quote's speaker was found: the attribution ways, for the classifier, reported speech and the tests."""

from __future__ import annotations

import enum


class Way(enum.Enum):
    """The frame or fallback that attributed a quote (``Attribution.how``)."""

    #: No attribution yet.
    NONE = "none"
    #: A frame after the quote: ``„…“, sagte Trump.``, ``„…“, so Weil.``
    AFTER = "after"
    #: The clause before a colon: ``Trump sagte: „…“``.
    COLON = "colon"
    #: A frame elsewhere in the quote's sentence: ``laut X``, a cue whose subject names the speaker.
    SENTENCE = "sentence"
    #: A quote standing alone: the speaker of the sentence before it.
    ALONE = "alone"
    #: The speaker carried over from the quote before.
    CARRY = "carry"
    #: A verb of saying was found, its speaker not.
    CUE = "cue"
    #: Someone the article does not name ("dessen Chef sagt"), or a label ("Die Frage der Woche lautet:").
    UNNAMED = "unnamed"
    #: The subject of a sentence whose fragment is in the subjunctive (a weak guess, not passed on).
    REPORTED = "reported"
    #: The subject opening the sentence of a fragment.
    SUBJECT = "subject"
    #: The sentences before a quote standing alone.
    PREVIOUS = "previous"
    #: A mention handed in by another stage (reported speech, through :mod:`.speakers`).
    MENTION = "mention"
    #: The owner of a source noun in the genitive ("nach Angaben des Ministeriums").
    GENITIVE = "genitive"
    #: A source that names no one ("ersten Angaben zufolge"): reported speech runs on from it.
    SOURCE = "source"
    #: The speaker of recent reported speech, for speech that runs on.
    RECENT = "recent"
    #: Reported speech: a noun phrase taken as it stands, without a frame resolving it.
    BARE = "bare"
    #: Reported speech: the owner a possessive stands for ("seiner Ansicht nach").
    POSSESSIVE = "possessive"
    #: Reported speech: the first part of a compound ("Polizei-Angaben").
    COMPOUND = "compound"
    #: Reported speech: words naming a speaker nobody was found for.
    UNRESOLVED = "unresolved"
    #: Reported speech: a document as the source ("in dem Bericht").
    DOCUMENT = "document"
    #: Reported speech: a noun of saying names its speaker ("die Forderung der Gewerkschaft, ...").
    NOUN = "noun"
    #: Reported speech: a word pointing back to an earlier statement.
    POINTER = "pointer"
