"""Which stretches in marks are quotes: the classes of issue 16 (fragments, names, titles), on invented sentences."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import denews
from denews.model import Quote, Span
from denews.quotes import classify, fragments, titles
from denews.quotes.marks import find_marks


def marked(text: str) -> list[Quote]:
    return [q for q in denews.parse(text).quotes if q.kind != "indirect"]


# --- fragments: a piece of someone's sentence, not a term ---------------------------------------------------


def test_a_long_lower_case_fragment_has_the_shape_of_words_said() -> None:
    assert fragments.said_fragment("ohne jede Prüfung an die Firmen")
    assert fragments.said_fragment("weit hinter der üblichen Zone")


def test_terms_names_and_short_fragments_have_not() -> None:
    assert not fragments.said_fragment("Wende")  # a term
    assert not fragments.said_fragment("grüne Welle")  # two words: a scare quote as often as words said
    assert not fragments.said_fragment("Verein für Heimatkunde und Brauchtum")  # a name in title case
    assert not fragments.said_fragment("al-Nur bin Karim Stiftung")  # a name with lower-case particles
    assert not fragments.said_fragment("heimatkunde-online.de")  # a web address


def test_fragment_in_reported_speech_takes_its_speaker() -> None:
    # No verb of saying frames the marks; the Konjunktiv sentence they stand in is the association's speech.
    text = (
        "Berlin. Der Verband warf der Stadt am Montag Fehler vor. "
        "Sie habe das Geld „ohne jede Prüfung an die Firmen“ verteilt."
    )
    qs = marked(text)
    assert [q.text for q in qs] == ["ohne jede Prüfung an die Firmen"]
    assert qs[0].kind == "partial"
    assert qs[0].speaker == "Verband"


def test_fragment_nobody_is_said_to_have_said_stays_out() -> None:
    text = "Berlin. Die Stadt hat das Geld „ohne jede Prüfung an die Firmen“ verteilt. Das Werk wird geschlossen."
    assert marked(text) == []


def test_borrow_speakers_takes_the_neighbour_in_the_same_sentence_only() -> None:
    text = "Sie habe das Geld „ohne jede Prüfung“ verteilt. Später kam „ohne jede Hilfe“ nichts."
    host = Quote(text="Sie habe das Geld", span=Span(0, 17), kind="indirect", speaker="Verband")
    same = Quote(text="ohne jede Prüfung", span=Span(19, 36), kind="partial")
    later = Quote(
        text="ohne jede Hilfe", span=Span(text.index("ohne jede Hilfe"), text.index("“ nichts")), kind="partial"
    )
    out = fragments.borrow_speakers(text, [same, later], [host])
    assert out[0].speaker == "Verband"
    assert out[1].speaker is None  # a full stop stands between the reported speech and these marks


@given(st.text(alphabet="abcdefghij ÄÖÜäöü-.", max_size=60))
def test_said_fragment_needs_a_lower_case_opening(s: str) -> None:
    if fragments.said_fragment(s):
        assert s.strip()[:1].islower()
        assert len(s.split()) >= fragments.FRAGMENT_WORDS


# --- titles and names: a short capitalized stretch named by the noun before it ---------------------------------


def test_a_title_right_after_the_noun_it_names_is_no_quote() -> None:
    assert titles.is_title("Neue Wege", "laut einem Bericht des Magazins ")
    assert titles.is_title("Gran Via", "Die lange Erdgasleitung ")
    assert titles.is_title("Morgenpost", "die Online-Ausgabe des ")  # governed by a genitive article


def test_a_title_in_another_language_is_no_quote() -> None:
    assert titles.is_title("Walk on the Sun", "Sie sang dann ")
    assert not titles.is_title("Walk auf der Sonne", "Sie sang dann ")  # German function words: not this rule


def test_words_said_are_no_title() -> None:
    # First person, a sentence, or more words than a title has outweigh the place after a noun.
    assert not titles.is_title("Wir kommen wieder", "mit der Parole ")
    assert not titles.is_title("Das Werk bleibt offen.", "Der Sprecher ")
    assert not titles.is_title("Kommt alle. Jetzt handeln", "die Parole ")
    assert not titles.is_title("Die Stadt hat das Geld ohne jede Prüfung an die Firmen verteilt", "Der Sprecher ")
    # After a full stop or a colon the capitalized word opens a sentence: it names nothing.
    assert not titles.is_title("Alles bleibt beim Alten", "erklärte er. Danach ")
    assert not titles.is_title("Alles bleibt beim Alten", "Der Sprecher sagte: ")


def test_short_codes_after_a_noun_are_names() -> None:
    assert titles.is_title("x7", "die Baureihe ")
    assert not titles.is_title("ohne jede Hilfe", "die Baureihe ")  # lower case without a digit: not a code


def test_titles_are_dropped_in_an_article() -> None:
    text = (
        "Berlin. Das Magazin hat am Montag berichtet. Im Vergleich des Magazins „Rad und Weg“ fahren die "
        "neuen Räder schneller. Die Modelle „Sturm“ und „Blitz“ seien gefragt, sagte der Händler Jan Kowalski. "
        "„Wir verkaufen so viele Räder wie nie“, sagte Kowalski."
    )
    assert [q.text for q in marked(text)] == ["Wir verkaufen so viele Räder wie nie"]


def test_a_stretch_coordinated_with_a_title_is_one() -> None:
    text = "Die Modelle „Sturm“ und „Blitz“ verkaufen sich gut."
    a, b = text.index("„Sturm“"), text.index("„Blitz“")
    assert titles.listed_with_title(text, a + len("„Sturm“"), b, "Blitz")
    assert not titles.listed_with_title(text, -1, b, "Blitz")  # nothing before was a title
    assert not titles.listed_with_title(text, a + len("„Sturm“"), b, "Blitz, Donner und Hagel")


@given(st.text(alphabet="abcdefghij XYZ.,:", max_size=40), st.text(alphabet="abc ", max_size=20))
def test_a_title_opens_with_a_capital_or_holds_a_digit(quote: str, before: str) -> None:
    if titles.is_title(quote, before):
        q = quote.strip()
        assert q[:1].isupper() or any(ch.isdigit() for ch in q)


def test_what_a_verb_of_naming_calls_something_is_words_said() -> None:
    assert not titles.is_title("Blendwerk", "Die Opposition nannte die Pläne ")
    assert titles.is_title("Blendwerk", "Die Opposition las die Zeitschrift ")


def test_a_verb_of_saying_right_after_the_marks_makes_them_words_said() -> None:
    assert not titles.is_title("Alles bleibt beim Alten", "nachdem Ministerin Roth ", " gesagt hatte")
    assert titles.is_title("Alles bleibt beim Alten", "nachdem Ministerin Roth ", " gelesen hatte")


def test_a_name_after_a_source_word_is_the_source_of_the_words() -> None:
    assert not titles.is_title("Fortschritte", "Die Gespräche brachten laut Ministerium ")
    assert not titles.is_title("Fortschritte", "Die Gespräche brachten, sagte Weber ")


def test_borrow_from_words_in_marks_in_the_same_sentence_but_not_across_a_full_stop() -> None:
    text = "Sie nannte ihn „einen Freund“, dank dem „vieles besser wurde“. „Das war gut.“ Dann „ging er fort“."
    spans = [(text.index(s), text.index(s) + len(s)) for s in ("einen Freund", "vieles besser wurde", "Das war gut.")]
    host = Quote(text="einen Freund", span=Span(*spans[0]), kind="partial", speaker="Eva Roth")
    same = Quote(text="vieles besser wurde", span=Span(*spans[1]), kind="partial")
    full = Quote(text="Das war gut.", span=Span(*spans[2]), kind="direct", speaker="Eva Roth")
    k = text.index("ging er fort")
    after_stop = Quote(text="ging er fort", span=Span(k, k + len("ging er fort")), kind="partial")
    out = fragments.borrow_speakers(text, [host, same, full, after_stop], [])
    assert out[1].speaker == "Eva Roth"
    assert out[3].speaker is None  # "Das war gut." ends its sentence inside the marks


# --- mark families -------------------------------------------------------------------------------------------


def test_a_closer_of_the_other_family_ends_an_open_quote_in_its_sentence() -> None:
    text = 'Die Tiere leben in «ruhigen Ecken" am Rand der Stadt.'
    raws = find_marks(text, [Span(0, len(text))])
    assert [text[r.inner.start : r.inner.end] for r in raws] == ["ruhigen Ecken"]


def test_a_closer_of_the_other_family_after_a_full_stop_closes_nothing() -> None:
    text = 'Er sprach von «Ecken. Die Stadt wuchs" weiter.'
    raws = find_marks(text, [Span(0, len(text))])
    assert all(text[r.inner.start : r.inner.end] != "Ecken. Die Stadt wuchs" for r in raws)


@given(st.text(alphabet='ab .«»„“"', max_size=40))
def test_pairs_never_overlap_and_stay_inside_the_text(text: str) -> None:
    raws = find_marks(text, [Span(0, len(text))])
    for r in raws:
        assert 0 <= r.outer.start <= r.inner.start <= r.inner.end <= r.outer.end <= len(text)
    for a, b in itertools.pairwise(raws):
        assert a.outer.end <= b.outer.start


def test_a_title_with_its_subtitle_is_no_quote() -> None:
    assert titles.is_title("Haus am See – Eine Chronik", "Dann erschien ")
    assert not titles.is_title("Haus am See – schön, ruhig, teuer", "Dann erschien ")  # commas: words said


def test_initials_at_the_end_end_no_sentence() -> None:
    assert not classify.ends_sentence("Freunde des Waldes e.V.")
    assert classify.ends_sentence("Das bleibt so.")
    assert classify.ends_sentence("Wer kommt mit?")


def test_an_apostrophe_opening_a_colloquial_word_opens_no_quote() -> None:
    text = "Es gibt 'ne Menge davon, und 's bleibt so. Er rief: 'Kommt alle her!' und ging."
    found = [text[r.inner.start : r.inner.end] for r in find_marks(text, [Span(0, len(text))])]
    assert found == ["Kommt alle her!"]


# --- fragments inside reported speech ---------------------------------------------------------------------------


def _q(text: str, part: str, kind: str = "partial", speaker: str | None = None) -> Quote:
    k = text.index(part)
    return Quote(text=part, span=Span(k, k + len(part)), kind=kind, speaker=speaker)  # type: ignore[arg-type]


_CARVED = "Der Verband sagte, die Stadt habe das Geld „ohne jede Prüfung an die Firmen“ verteilt."
_AT_EDGE = "Der Verband sagte, die Stadt habe das Geld „ohne jede Prüfung verteilt“."


@pytest.mark.parametrize(
    ("text", "host", "fragment", "kept"),
    [
        # Inside: held whole, with its marks.
        (_CARVED, "die Stadt habe das Geld „ohne jede Prüfung an die Firmen“ verteilt",
         "ohne jede Prüfung an die Firmen", "die Stadt habe das Geld „ohne jede Prüfung an die Firmen“ verteilt"),
        # Its words inside, its closing mark outside: widened to the mark.
        (_AT_EDGE, "die Stadt habe das Geld „ohne jede Prüfung verteilt", "ohne jede Prüfung verteilt",
         "die Stadt habe das Geld „ohne jede Prüfung verteilt“"),
        # Across the edge: cut, the longer side kept.
        (_CARVED, "die Stadt habe das Geld „ohne jede Prüfung", "ohne jede Prüfung an die Firmen",
         "die Stadt habe das Geld"),
    ],
)
def test_carve_holds_a_fragment_inside_reported_speech_and_cuts_one_across_it(
    text: str, host: str, fragment: str, kept: str
) -> None:
    out, absorbed = fragments.carve(text, [_q(text, host, "indirect", "Verband")], [_q(text, fragment)])
    assert [(q.text, q.speaker) for q in out] == [(kept, "Verband")]
    assert text[out[0].span.start : out[0].span.end] == kept
    assert not absorbed


def test_a_fragment_that_is_all_the_reported_content_yields_to_it() -> None:
    text = "Nach ihrem Plan „soll die Mehrheit der Stimmen im Rat entscheiden“."
    host = _q(text, "„soll die Mehrheit der Stimmen im Rat entscheiden“", "indirect", "Rat")
    frag = _q(text, "soll die Mehrheit der Stimmen im Rat entscheiden")
    out, absorbed = fragments.carve(text, [host], [frag])
    assert out == [host]
    assert absorbed == {frag.span}


def test_a_fragment_inside_reported_speech_takes_its_speaker() -> None:
    text = "Der Verband sagte, die Stadt habe das Geld „ohne jede Prüfung an die Firmen“ verteilt."
    host = _q(text, "die Stadt habe das Geld „ohne jede Prüfung an die Firmen“ verteilt", "indirect", "Verband")
    out = fragments.borrow_speakers(text, [_q(text, "ohne jede Prüfung an die Firmen")], [host])
    assert out[0].speaker == "Verband"


@given(st.integers(0, 40), st.integers(0, 40), st.integers(0, 60), st.integers(1, 20))
def test_carved_reported_speech_holds_a_kept_fragment_whole_or_leaves_it(a: int, b: int, f: int, n: int) -> None:
    text = ("Sie sagte, es gebe „viel zu tun für alle hier“ und man habe Zeit. " * 2)[:80]
    lo, hi = a, min(len(text), a + b + 1)
    host = Quote(text=text[lo:hi], span=Span(lo, hi), kind="indirect", speaker="Eva Roth")
    frag = Quote(text=text[f : f + n], span=Span(f, min(len(text), f + n)), kind="partial", speaker="Eva Roth")
    out, absorbed = fragments.carve(text, [host], [frag])
    for q in out:
        assert q.span.start <= q.span.end
        assert text[q.span.start : q.span.end] == q.text
        if frag.span not in absorbed and q.span.overlaps(frag.span):
            # Held whole, with the characters on each side of it (its marks, where the text has them).
            assert q.span.start < frag.span.start or frag.span.start == 0
            assert frag.span.end < q.span.end or frag.span.end == len(text)
            assert host.span.overlaps(frag.span)


def test_what_a_noun_of_naming_announces_is_a_name() -> None:
    assert titles.is_title("stille Wasser vom Berg", "Der neue Name der Quelle lautet also ")
    assert titles.is_title("Stille Wasser", "", ", so lautet der Titel des Films.")
    assert titles.is_title("Frieden", "Das Wort bedeutet auf Latein etwa ")
    assert not titles.is_title("stille Wasser vom Berg", "Die Quelle liefert ")  # no noun of naming
    assert not titles.is_title("Wir bleiben hier", "Der Titel seiner Rede lautete ")  # first person: words said
    assert not titles.is_title("stille Wasser vom Berg", "Der Name fiel. Danach lautet ")  # another clause


def test_a_name_something_gives_itself_is_no_quote() -> None:
    assert titles.is_title("Rat für Reform", "Die Junta, die sich selbst ", " nennt und regiert")
    assert titles.is_title("expo 30", "Dann nennt sie sich ", " und dauert drei Tage")
    assert not titles.is_title("Wir sind das Volk", "Die Gruppe, die sich selbst ", " nennt und marschiert")


def test_web_addresses_with_a_country_domain_are_names() -> None:
    assert classify.is_name("nachrichten.beispiel.co.uk", "laut ", " mit")
    assert classify.is_name("wetter.example.fr", "laut ", " mit")


def test_what_someone_calls_something_after_als_is_no_name() -> None:
    # Title case after "als" and a verb of naming is a label someone gives, not the name of a thing ...
    assert not classify.is_name("Geschenk des Himmels", "Die Ministerin bezeichnete den Fund als ", ".", ".")
    # ... and a noun phrase after "als" is a fragment (partial), never a clause of its own.
    assert classify.kind("Geschenk des Himmels", "bezeichnete den Fund als ") == "partial"
    # Without a verb of naming the title-case rule stands: "als „Stadt der Künste“ ausgezeichnet".
    assert classify.is_name("Stadt der Künste", "Die Stadt wurde als ", " ausgezeichnet", " ausgezeichnet")


def test_a_label_with_its_speaker_is_a_quote_and_without_one_is_not() -> None:
    said = "Berlin. Die Ministerin Eva Roth bezeichnete den Fund als „Geschenk des Himmels“."
    assert [q.text for q in marked(said)] == ["Geschenk des Himmels"]
    assert marked(said)[0].speaker == "Eva Roth"
    unsaid = "Berlin. Der Fund war zuvor als „Geschenk des Himmels“ bezeichnet worden. Er liegt im Museum."
    assert marked(unsaid) == []
