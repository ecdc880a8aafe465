"""Header and byline reading on invented pages in the shapes of outlets denews was not tuned on (``headergen``):
bylines without ``Von``, weekday stamps, ISO stamps with a time, capitals datelines with linking words, wire
signatures.  Each table row is a shape; the bulk run draws whole pages and counts misses per field."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import denews
from denews import credit_lines as cl
from denews.layout.header import dateline
from denews.layout.stamps import byline, find_stamp, is_name, is_stamp_unit, relative_stamp, stamp_line

sys.path.insert(0, str(Path(__file__).parent))
from headergen import BYLINES, header_page
from newsgen import DrawChoices, RandomChoices


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Anna Beispiel / Jonas Muster", ["Anna Beispiel", "Jonas Muster"]),
        ("Anna Beispiel, Jonas Muster", ["Anna Beispiel", "Jonas Muster"]),
        ("Anna Beispiel, Wien", ["Anna Beispiel"]),
        ("Anna Beispiel, Frankfurt am Main", ["Anna Beispiel"]),
        ("Anna Beispiel, Redakteurin", ["Anna Beispiel"]),
        ("Jonas Muster, freier Journalist", ["Jonas Muster"]),
        ("Anna Beispiel, dpa", ["Anna Beispiel"]),
        ("Autoren: Anna Beispiel und Jonas Muster", ["Anna Beispiel", "Jonas Muster"]),
        ("Von unserem Korrespondenten Jonas Muster", ["Jonas Muster"]),
        ("Von unserer Korrespondentin Anna Beispiel", ["Anna Beispiel"]),
        ("Von Anna Beispiel, St. Gallen", ["Anna Beispiel"]),
    ],
)
def test_byline_shapes(line: str, authors: list[str]) -> None:
    got = byline(line)
    assert got is not None
    assert got[0] == authors


@pytest.mark.parametrize(
    "line",
    [
        "Anna Beispiel",  # a name alone is read elsewhere (an author box), not as a byline line
        "Angela Beispiel, die neue Chefin",  # a phrase after the name
        "Globale Gesellschaft, Wien",  # no first name
        "Anna Beispiel, Wien, 12. März",  # digits: a stamp or a list entry
        "Champions League / Europa League",
    ],
)
def test_name_led_needs_a_person_and_known_parts(line: str) -> None:
    assert byline(line) is None


def test_abbreviated_place_is_no_name() -> None:
    assert not is_name("St. Gallen")
    assert is_name("Dr. Anna Beispiel")


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Mo., 12.03.2026", dt.date(2026, 3, 12)),
        ("Do. 12.03.2026", dt.date(2026, 3, 12)),
        ("2026-03-12T14:05", dt.datetime(2026, 3, 12, 14, 5)),
    ],
)
def test_stamp_shapes(line: str, value: dt.date) -> None:
    st_ = find_stamp(line)
    assert st_ is not None
    assert st_.value == value
    assert is_stamp_unit(line, st_)


def test_sentence_with_a_date_is_no_stamp_unit() -> None:
    s = "Am 12.03.2026 tagte der Rat erneut. Er vertagte sich."
    st_ = find_stamp(s)
    assert st_ is None or not is_stamp_unit(s, st_)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ST. GALLEN - Die Stadt baut.", "ST. GALLEN"),
        ("ST. GALLEN. Die Stadt baut.", "ST. GALLEN"),
        ("FRANKFURT AM MAIN (APA). Die Stadt baut.", "FRANKFURT AM MAIN"),
        ("FRANKFURT AM MAIN – Die Stadt baut.", "FRANKFURT AM MAIN"),
    ],
)
def test_capitals_datelines(text: str, place: str) -> None:
    d = dateline(text)
    assert d is not None
    assert text[d[0] : d[1]] == place


def test_wire_signature_credits_its_agency() -> None:
    assert cl.wire_signature("© dpa-infocom, dpa:260312-99-123456/2")
    assert not cl.wire_signature("© Anna Beispiel")
    text = (
        "Gemeinde baut die Brücke neu\n\nBerlin - Die Stadt hat den Neubau der Brücke am Dienstag beschlossen. "
        "Die Arbeiten beginnen im Frühjahr.\n\nDer Rat stimmte dem Plan mit großer Mehrheit zu. Die Kosten "
        "trägt das Land.\n\n© dpa-infocom, dpa:260312-99-123456/2\n"
    )
    assert denews.parse(text).agencies == ("dpa",)


def _misses(n: int) -> dict[str, int]:
    out = dict.fromkeys(("title", "authors", "agencies", "dateline", "published", "updated"), 0)
    for seed in range(n):
        p = header_page(RandomChoices(seed))
        a = denews.parse(p.text)
        got = (a.title, tuple(a.authors), set(a.agencies), a.dateline, a.published, a.updated)
        want = (p.title, p.authors, set(p.agencies), p.dateline, p.published, p.updated)
        for key, g, w in zip(out, got, want, strict=True):
            out[key] += g != w
    return out


def test_generated_pages_read_their_header() -> None:
    """400 invented pages: every field read right on nearly all (before this work: authors wrong on 42 %,
    titles on 20 %, datelines on 20 %, stamps on 25 %)."""
    n = 400
    misses = _misses(n)
    assert all(v <= n * 0.01 for v in misses.values()), misses


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_generated_pages_never_crash(data: st.DataObject) -> None:
    p = header_page(DrawChoices(data.draw))
    a = denews.parse(p.text)
    assert isinstance(a.authors, tuple)
    assert denews.strip_boilerplate(p.text) is not None


def test_every_byline_shape_has_a_row() -> None:
    assert len(BYLINES) >= 12


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Anna Beispiel / Jonas Muster vor 3 Stunden", ["Anna Beispiel", "Jonas Muster"]),
        ("Von Anna Beispiel vor 12 Minuten", ["Anna Beispiel"]),
    ],
)
def test_byline_ends_before_a_relative_stamp(line: str, authors: list[str]) -> None:
    """A relative stamp in lower case joins the byline's line when the scraper runs the lines together."""
    got = byline(line)
    assert got is not None
    assert got[0] == authors


def test_relative_stamp_gives_no_day() -> None:
    assert relative_stamp("vor 3 Stunden")
    assert relative_stamp("Aktualisiert vor 5 Min.")
    assert not relative_stamp("vor 3 Stunden kam es zu einem Unfall auf der Autobahn.")
    text = (
        "Gemeinde baut die Brücke neu\n\nvor 3 Stunden\n\nBerlin - Die Stadt hat den Neubau der Brücke am "
        "Dienstag beschlossen. Die Arbeiten beginnen im Frühjahr.\n\nDer Rat stimmte dem Plan mit großer "
        "Mehrheit zu. Die Kosten trägt das Land.\n"
    )
    a = denews.parse(text)
    assert a.published is None
    assert "vor 3 Stunden" not in denews.strip_boilerplate(text)


def test_parenthesized_roles_and_interview_opener() -> None:
    got = byline("Von Lena Beispiel (Text) und Jonas Muster (Fotos)")
    assert got is not None
    assert got[0] == ["Lena Beispiel"]  # the photographer is no writer
    got = byline("Interview: Anna Beispiel")
    assert got is not None
    assert got[0] == ["Anna Beispiel"]


def test_middle_dot_joins_date_and_time() -> None:
    st_ = find_stamp("12.03.2026 · 14:05 Uhr")
    assert st_ is not None
    assert st_.value == dt.datetime(2026, 3, 12, 14, 5)


_BODY = (
    "Berlin - Die Stadt hat den Neubau der Brücke am Dienstag beschlossen. Die Arbeiten beginnen im Frühjahr.\n"
    "Der Rat stimmte dem Plan mit großer Mehrheit zu. Die Kosten trägt das Land.\n"
)


def test_lower_case_stamp_line_stands_alone() -> None:
    """A stamp in lower case under the headline is no continuation of the headline's sentence."""
    assert stamp_line("am 12.03.2026 um 14:05 Uhr")
    assert not stamp_line("am 12.03.2026 die neue Halle")
    a = denews.parse("Gemeinde baut die Brücke neu\nam 12.03.2026 um 14:05 Uhr\n" + _BODY)
    assert a.title == "Gemeinde baut die Brücke neu"
    assert a.published == dt.datetime(2026, 3, 12, 14, 5)


def test_two_stamps_on_one_line() -> None:
    line = "Erstellt: 12.03.2026, 09:10 Uhr; Aktualisiert: 13.03.2026, 18:30 Uhr"
    for head in (f"Gemeinde baut die Brücke neu\n{line}\n", f"Gemeinde baut die Brücke neu\n"
                 f"Nach langem Streit gibt es eine Einigung. Die Opposition ist nicht zufrieden.\n{line}\n"):
        a = denews.parse(head + _BODY)
        assert a.published == dt.datetime(2026, 3, 12, 9, 10)
        assert a.updated == dt.datetime(2026, 3, 13, 18, 30)


@pytest.mark.parametrize(
    ("line", "authors", "value"),
    [
        ("Anna Beispiel | 12.03.2026", ["Anna Beispiel"], dt.date(2026, 3, 12)),
        ("Anna Beispiel, Wien | Stand: 12.03.2026, 14:05 Uhr", ["Anna Beispiel"], dt.datetime(2026, 3, 12, 14, 5)),
        ("Von Anna Beispiel, Jonas Muster und Lena Feldkamp | Mittwoch, 12. März 2026",
         ["Anna Beispiel", "Jonas Muster", "Lena Feldkamp"], dt.date(2026, 3, 12)),
        ("Autorin: Anna Beispiel | Veröffentlicht: 12.03.2026", ["Anna Beispiel"], dt.date(2026, 3, 12)),
        ("Von Anna Beispiel, Jonas Muster, Lena Feldkamp und Markus Oberholzer | 12.03.2026, 14:05 Uhr",
         ["Anna Beispiel", "Jonas Muster", "Lena Feldkamp", "Markus Oberholzer"], dt.datetime(2026, 3, 12, 14, 5)),
        ("Donnerstag, 12. März 2026 · Anna Beispiel", ["Anna Beispiel"], dt.date(2026, 3, 12)),
        ("Donnerstag, 12. März 2026 · Von Anna Beispiel, Jonas Muster und Lena Feldkamp",
         ["Anna Beispiel", "Jonas Muster", "Lena Feldkamp"], dt.date(2026, 3, 12)),
    ],
)
def test_byline_and_stamp_on_one_line(line: str, authors: list[str], value: dt.date) -> None:
    a = denews.parse(f"Gemeinde baut die Brücke neu\n{line}\n{_BODY}")
    assert list(a.authors) == authors
    assert a.published == value
    assert a.title == "Gemeinde baut die Brücke neu"


def test_name_alone_beside_no_stamp_is_no_byline() -> None:
    assert byline("Anna Beispiel | Startseite") is None
    assert byline("Anna Beispiel | vor 3 Stunden") is not None


def test_long_lower_case_stamp_line_with_byline_stands_alone() -> None:
    assert stamp_line("am 12.03.2026 um 14:05 Uhr · Von Anna Beispiel, Wien")
    a = denews.parse(f"Gemeinde baut die Brücke neu\nam 12.03.2026 um 14:05 Uhr · Von Anna Beispiel, Wien\n{_BODY}")
    assert a.authors == ("Anna Beispiel",)
    assert a.published == dt.datetime(2026, 3, 12, 14, 5)


def test_closing_byline_with_two_names() -> None:
    a = denews.parse(f"Gemeinde baut die Brücke neu\n\n{_BODY}\nVon Anna Beispiel und Jonas Muster\n")
    assert a.authors == ("Anna Beispiel", "Jonas Muster")


@pytest.mark.parametrize(
    "text",
    ["", "\n\n\n", "|", "· · ·", "Von", "Von und", "vor 3 Stunden", "Anna Beispiel | ", " | 12.03.2026", "(dpa)",
     "WIEN. ", "ST. ", "© dpa-infocom, dpa:260312-99-123456/2", "am 12.03.2026 · Von",
     "Erstellt: 12.03.2026; Aktualisiert:", "Von " + "Anna Beispiel, " * 50],
)
def test_header_fragments_parse(text: str) -> None:
    """Pieces of headers alone (the shapes read above, cut short) parse without an error."""
    a = denews.parse(text)
    assert isinstance(a.authors, tuple)
    assert isinstance(denews.strip_boilerplate(text), str)


@pytest.mark.parametrize("bad", [None, b"Von Anna Beispiel", 12, ["Von Anna Beispiel"]])
def test_bad_input_types_raise_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        denews.parse(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        denews.strip_boilerplate(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Anna Beispiel (APA)", ["Anna Beispiel"]),
        ("Anna Beispiel (dpa) / Jonas Muster", ["Anna Beispiel", "Jonas Muster"]),
    ],
)
def test_name_led_byline_with_agency_in_parentheses(line: str, authors: list[str]) -> None:
    got = byline(line)
    assert got is not None
    assert got[0] == authors
    assert cl.credit_agencies(got[1])


def test_single_name_before_a_bar_opens_a_stamp_line() -> None:
    line = "Katharina Haselsteiner | Zuletzt aktualisiert: 12.03.2026, 14:05 Uhr"
    a = denews.parse(f"Gemeinde baut die Brücke neu\n{line}\n{_BODY}")
    assert a.authors == ("Katharina Haselsteiner",)
    assert a.updated == dt.datetime(2026, 3, 12, 14, 5)


_LEAD_PAGE = (
    "Gemeinde baut die Brücke neu\n\nPendler müssen sich ab Montag auf Umwege einstellen.\n\n{line}\n\n"
    "KLAGENFURT – Der Rat stimmte dem Plan mit großer Mehrheit zu. Die Kosten trägt das Land.\n\n"
    "Die Arbeiten beginnen im Frühjahr. Sie dauern zwei Jahre.\n"
)


@pytest.mark.parametrize(
    ("line", "updated", "authors"),
    [
        ("Zuletzt aktualisiert: 12.03.2026, 14:05 Uhr", dt.datetime(2026, 3, 12, 14, 5), ()),
        ("Aktualisiert: 12.03.2026, 14:05 Uhr · Von Anna Beispiel", dt.datetime(2026, 3, 12, 14, 5),
         ("Anna Beispiel",)),
        ("Von Anna Beispiel", None, ("Anna Beispiel",)),
    ],
)
def test_header_under_a_one_sentence_lead(line: str, updated: dt.datetime | None, authors: tuple[str, ...]) -> None:
    """A one-sentence lead the body starts with, a stamp or byline under it: the update, the writer and the
    dateline of the paragraph under them are read."""
    a = denews.parse(_LEAD_PAGE.format(line=line))
    assert a.updated == updated
    assert a.authors == authors
    assert a.dateline == "KLAGENFURT"


def test_name_alone_before_bar_and_weekday_stamp() -> None:
    line = "Anna Beispiel | Fr., 13.03.2026"
    st_ = find_stamp(line)
    assert st_ is not None
    assert is_stamp_unit(line, st_)
    a = denews.parse(f"Gemeinde baut die Brücke neu\n{line}\n{_BODY}")
    assert a.published == dt.date(2026, 3, 13)
    assert a.authors == ("Anna Beispiel",)


def test_kicker_over_stamp_over_title() -> None:
    body = (
        "BREGENZ (APA) – Der Gemeinderat stimmte dem Vorhaben mit großer Mehrheit zu. Der Rat tagte lange.\n"
        "Der Ausschuss will sich in der nächsten Sitzung erneut damit befassen. Mehrere Anrainer hatten geklagt.\n"
    )
    text = f"Gemeinderat\n18. März 2026, 15:40\nNeue Regeln für den Bau günstiger Wohnungen\nVon Anna Beispiel\n{body}"
    assert denews.parse(text).title == "Neue Regeln für den Bau günstiger Wohnungen"


@pytest.mark.parametrize("line", ["Quirina Van Dorp", "Blick vom Turm", "Funk - Stille"])
def test_short_line_under_a_stamp_is_no_kicked_headline(line: str) -> None:
    """A headline of one word, a stamp, then a short line (a picture's credit, a caption, the headline again):
    across a stamp only a full headline is read as the one a short line above it kicks."""
    body = (
        "Funkstille herrscht seit Wochen zwischen den beiden Nachbarn. Keiner will den ersten Schritt machen.\n\n"
        "Dabei wäre ein Gespräch einfach. Die Gemeinde bietet eine Schlichtung an.\n"
    )
    text = f"Funkstille\n\n12. März 2026 · von Anna Beispiel · in Leben\n\n{line}\n\n{body}"
    assert denews.parse(text).title == "Funkstille"


@pytest.mark.parametrize(
    "line",
    [
        "Anna Beispiel/SP-X",  # a picture credit: a photographer and an agency's code
        "Anna Beispiel / Jonas Muster/GettyImages",
        "Anna Beispiel/WENN.com",
        "Anna Beispiel (Team Sport)",  # parentheses holding no agency
        "Jonas Muster (JM)",
        "Anna Beispiel und Jonas Muster",  # two subjects of a caption or a headline
        "Anna Beispiel | Community 1",  # a number beside the name is no stamp
    ],
)
def test_name_led_byline_guards(line: str) -> None:
    """Lines that open with a person's name and are no byline (credits, captions, profile links)."""
    assert byline(line) is None


def test_name_beside_reading_time_is_a_byline() -> None:
    got = byline("Anna Beispiel | 4 Min. Lesezeit")
    assert got is not None
    assert got[0] == ["Anna Beispiel"]


@pytest.mark.parametrize("line", ["Zuletzt aktualisiert: 12.03.2026, 14:05 Uhr", "Von Anna Beispiel"])
def test_one_sentence_lead_over_a_stamp_is_the_teaser(line: str) -> None:
    """A one-sentence lead with a stamp or byline under it, over a body with running text of twenty words or more
    (the short ``_LEAD_PAGE`` has none: there the lead stays the body's first paragraph), is the teaser."""
    text = _LEAD_PAGE.format(line=line).replace(
        "Die Kosten trägt das Land.", "Die Kosten trägt das Land, der Bund gibt einen Zuschuss dazu."
    )
    a = denews.parse(text)
    assert a.teaser == "Pendler müssen sich ab Montag auf Umwege einstellen."
    assert all("Umwege" not in p.text for p in a.paragraphs)
    assert a.dateline == "KLAGENFURT"
