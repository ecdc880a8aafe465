"""Speaker resolution for a mention anywhere in a text: the entry point for other quote kinds.

Direct quotes find their speakers through :class:`.attribution.Attributor`; reported speech (or any stage that
has found the words naming a speaker) hands the span of those words here and gets back the resolved speaker:
the fullest name the article uses (coreference of surname, role and pronoun through the article's name table),
its :class:`~denews.model.SpeakerType`, and the span of the mention itself.

    resolver = SpeakerResolver(text)             # builds the article's name table once
    found = resolver.resolve(Span(s, e))         # the words "der Minister" or "er" at s:e
    found.speaker, found.type, found.mention_span
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..model import Span, SpeakerType
from . import mentions, names
from .attribution import Attributor
from .tokens import tokenize


@attrs.frozen(slots=True)
class ResolvedSpeaker:
    """A resolved speaker: ``speaker`` (the fullest name, or a description), its ``type``, and the words
    (``mention``, ``mention_span``) that named it in the text."""

    speaker: str
    type: SpeakerType | None
    mention: str
    mention_span: Span


class SpeakerResolver:
    """Resolves mentions of one text; the name table is built once for all calls."""

    def __init__(self, text: str, regions: Sequence[Span] | None = None, quotes: Sequence[Span] = ()) -> None:
        self.text = text
        spans = list(regions) if regions else [Span(0, len(text))]
        #: The attribution of the direct quotes over this text's name table (for stages that read frames).
        self.attributor = Attributor(text, names.build(text, spans, list(quotes)))

    def resolve(self, span: Span, cue: str | None = None) -> ResolvedSpeaker | None:
        """The speaker named by the noun phrase or pronoun that opens ``span`` (``None`` where the words name
        nothing that can speak: an amount, an abstract noun, an object in the dative)."""
        toks = tokenize(self.text, span.start, span.end)
        if not toks:
            return None
        found = self.attributor.resolve_tokens(toks, span.start, cue)
        if found is None or found.speaker is None or found.mention_span is None:
            return None
        kind = mentions.speaker_type(found.speaker, found.type, self.attributor.names.knows)
        return ResolvedSpeaker(found.speaker, kind, found.mention or "", found.mention_span)


def resolve_speaker(text: str, span: Span, cue: str | None = None) -> ResolvedSpeaker | None:
    """:meth:`SpeakerResolver.resolve` for a single call (builds the name table of ``text``)."""
    return SpeakerResolver(text).resolve(span, cue)
