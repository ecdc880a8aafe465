"""What the body's walk (:mod:`.body`) reads of the lines under the article's text: how the article closed, the
persons a byline names, whether a writer's line is the text's signature, and a contact sentence closing the text."""

from __future__ import annotations

import enum

import regex

from .. import boilerplate as bp
from ..model import BoilerplateKind
from ..tokenize import words
from .bylines import credit_tail
from .stamps import is_person
from .units import _U, PROSE, Role


class Closing(enum.Enum):
    """How the article ended where all that follows it is furniture (``body._Body.propagate`` holds it, or a kind)."""

    PAGE_END = "page-end"  # the copyright line closes the article
    COMMENTS = "comments-all"  # a comment section opens in the page's second half and runs to its end


def writers(x: _U) -> list[str]:
    """The persons a byline names, where it names persons only (``Von Anna Muster``) and is short as a byline is."""
    ok = x.byline is not None and len(x.text) <= 80 and all(is_person(a) for a in x.byline[0])
    return x.byline[0] if ok and x.byline is not None else []


#: What a byline's credit part makes of its line (``| dpa``, ``Fotos: B``): no cue phrase, a credit or a caption.
_CREDIT_KINDS = frozenset({BoilerplateKind.CREDIT, BoilerplateKind.CAPTION})


def credited_byline(x: _U, kind: BoilerplateKind | None) -> bool:
    """A writer's byline that reads as furniture only by its credit part (``Text: A / Fotos: B``, ``A | dpa``): a
    credit or a caption, no cue phrase, and persons named as the header's byline reader names them."""
    return kind in _CREDIT_KINDS and x.cue is None and bool(writers(x))


#: A writer's line under the text names more than the writers with so many words after the last name at least (a
#: post and a place: ``Autor: Anna Muster, Landesamt für Wald, Talheim``).
_SIGNED_WORDS = 2


def signed(text: str, names: list[str]) -> bool:
    """A writer's line that goes on past the writers' names (their post, their place): the article's signature,
    which a reader reads with the text, where a bare byline (``Von Anna Muster``) is header material only."""
    end = text.rfind(names[-1])
    tail = text[end + len(names[-1]) :]
    return end >= 0 and len(words(tail)) >= _SIGNED_WORDS and not credit_tail(tail)


#: A contact sentence reads as running text: so many function words at least (``Auskunft gibt ... unter ...``).
_CONTACT_FUNCTION = 3
#: A phone or fax number with its label (``Tel. 01234 5678``): the contact cue's own row of
#: ``boilerplate_cues.tsv`` (the row whose matches hold ``tel`` or ``fax``).
_PHONE = regex.compile(
    next(pat for _, _, pat, needs in bp.cue_rows() if needs == ("tel", "fax")), regex.IGNORECASE | regex.V0
)


def contact_sentence(us: list[_U], i: int) -> bool:
    """A sentence right under the article's paragraph whose only cue is a phone number (``Weitere Auskunft gibt
    Erika Muster im Rathaus unter Tel. 01234 5678.``): the text's own closing line, a press release's contact
    person, not a contact box (no sentence) or a footer.  Its cue is dropped: it reads as the text from here on."""
    x = us[i]
    if x.shape != PROSE or x.cue is not BoilerplateKind.OTHER or i == 0 or us[i - 1].role is not Role.PARAGRAPH:
        return False
    if x.nfunc < _CONTACT_FUNCTION or not x.text.rstrip().endswith((".", ")")):
        return False
    if _PHONE.search(x.text) is None or bp.cue_kind(_PHONE.sub(" ", x.text)) is not None:
        return False  # (another cue: a notice, a widget)
    x.cue = None
    return True
