"""A writer's line under the article's text that goes on past the names (a post, a place) is the text's signature:
the reader reads it with the text, and its writer is still an author; a bare byline there is header material only.

Every text here was invented for these tests."""

from __future__ import annotations

import pytest

import denews

_HEAD = "Wie Obstbauern den Frost im April überstehen"
_LEAD = (
    "Wenn im April die Nächte noch einmal kalt werden, beregnen viele Obstbauern ihre Bäume, damit sich um die "
    "Blüten eine schützende Schicht aus Eis bildet und die Knospen nicht erfrieren."
)
_NEXT = (
    "Das Verfahren braucht allerdings viel Wasser, und in trockenen Jahren dürfen die Betriebe nicht so viel "
    "aus den Bächen entnehmen, wie sie in einer einzigen Nacht bräuchten."
)
_FOOTER = ["Suche", "Kleinanzeigen", "Impressum"]
_POSTS = [
    "Versuchsanstalt für Obstbau, Talheim",
    "Fachberaterin beim Landesamt für Wald und Flur",
    "Lehrerin für Gartenbau in Talheim",
]


@pytest.mark.parametrize("post", _POSTS)
def test_a_signature_under_the_text_is_read_with_it(post: str) -> None:
    line = f"Autorin: Jana Beispiel, {post}"
    art = denews.parse("\n\n".join([_HEAD, _LEAD, _NEXT, line, *_FOOTER]))
    assert line in art.body
    assert art.authors == ("Jana Beispiel",)
    assert all(entry not in art.body for entry in _FOOTER)


def test_a_bare_byline_under_the_text_is_header_material() -> None:
    art = denews.parse("\n\n".join([_HEAD, _LEAD, _NEXT, "Von Jana Beispiel", *_FOOTER]))
    assert "Jana Beispiel" not in art.body
    assert art.authors == ("Jana Beispiel",)
