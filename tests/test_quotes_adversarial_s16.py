"""Adversarial tests of the quote features of session 16: interview transcripts, quotations running on into the
next paragraph, fragments, passive and judging frames, particles after the quote.

Every text is invented. Three groups: shapes that look like a transcript and are none (an info box, a recipe, a
FAQ page, a programme, a chat log, "PS:"/"Update:" lines, a line-up, a press release's contact lines); transcripts
written in the ways news sites write them (labels in capitals, in markdown bold, initials with and without dots,
answers over several paragraphs, the first question in the title); invariants over generated texts (spans point
into the text, no two quotes overlap, odd input never raises, time grows linearly).
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from denews.model import Quote, SpeakerType

ANNOUNCE = "Die Gemeinde lädt am Wochenende zu einem Fest am Hafen ein. Es gibt Musik und Essen für alle.\n\n"
WRITER = (
    "Der Schriftsteller Bernd Ahlers hat einen Roman über das Leben in einem Dorf an der Küste geschrieben. "
    "Wir haben mit ihm über Heimat und Arbeit gesprochen.\n\n"
)
QUESTIONS = ("Herr Ahlers, warum schreiben Sie über Dörfer?", "Vermissen Sie die Stadt nicht?", "Was kommt danach?")
ANSWERS = (
    "Weil ich selbst in einem Dorf aufgewachsen bin.",
    "Manchmal schon, dann fahre ich für zwei Tage hin.",
    "Ein Buch über meinen Großvater.",
)


def quotes(text: str) -> list[Quote]:
    return [q for q in denews.parse(text).quotes if q.kind != "indirect"]


def transcript_quotes(text: str) -> list[Quote]:
    """Quotes without a cue whose mention is a label at a line start: what the transcript search gives."""
    out = []
    for q in denews.parse(text).quotes:
        if q.kind != "direct" or q.cue is not None or q.mention_span is None:
            continue
        line_start = text.rfind("\n", 0, q.mention_span.start) + 1
        if not text[line_start : q.mention_span.start].strip(" *_"):
            out.append(q)
    return out


# --- Shapes that look like a transcript and are none -------------------------------------------------------------

NOT_TRANSCRIPTS = {
    "info box": ANNOUNCE
    + "Ort: Hafenplatz Berlin.\n\nZeit: 20 Uhr.\n\nEintritt: frei.\n\nOrt: Rathaus.\n\nZeit: 22 Uhr.\n",
    "info lines": ANNOUNCE + "Ort: Berlin\nZeit: 20 Uhr\nEintritt: frei\n",
    "recipe": "Ein Kuchen für den Sonntag gelingt auch Anfängern. Wir zeigen, wie es geht.\n\n"
    "Zutaten: Zweihundert Gramm Mehl, drei Eier, Zucker.\n\nZubereitung: Alles verrühren und backen.\n\n"
    "Zutaten: Für den Guss Puderzucker.\n\nZubereitung: Den Guss anrühren. Fertig?\n",
    "FAQ page": "Viele Leser haben uns Fragen zur neuen Grundsteuer geschickt. Hier die Antworten.\n\n"
    "Frage: Wann kommt der Bescheid?\n\nAntwort: Im Frühjahr.\n\n"
    "Frage: Kann ich widersprechen?\n\nAntwort: Ja, innerhalb eines Monats.\n",
    "FAQ page naming a minister": "Finanzminister Klaus Weber hat die Reform am Montag vorgestellt. Weber sprach "
    "von einem guten Tag. Hier die wichtigsten Fragen und Antworten.\n\n"
    "Frage: Wann kommt der Bescheid?\n\nAntwort: Im Frühjahr.\n\n"
    "Frage: Kann ich widersprechen?\n\nAntwort: Ja, innerhalb eines Monats.\n",
    "FAQ with letters": "Leser fragen nach der Grundsteuer. Hier die Antworten.\n\n"
    "F: Wann kommt der Bescheid?\n\nA: Im Frühjahr.\n\nF: Kann ich widersprechen?\n\nA: Ja, binnen eines Monats.\n",
    "quiz": "Das Sommerquiz geht in die zweite Runde. Testen Sie Ihr Wissen.\n\n"
    "Frage: Wie hoch ist der Brocken?\n\nLösung: Gut elfhundert Meter.\n\n"
    "Frage: Wie lang ist die Elbe?\n\nLösung: Über tausend Kilometer.\n",
    "programme of channels": "Am Abend zeigen die Sender viel Unterhaltung. Die Höhepunkte.\n\n"
    "ARD: Ein Krimi aus Münster.\n\nZDF: Wer wird Millionär?\n\n"
    "ARD: Die Nachrichten.\n\nZDF: Was nun, Herr Minister?\n",
    "programme of days": ANNOUNCE + "Montag: Eröffnung mit dem Bürgermeister.\n\nDienstag: Konzert der Musikschule.\n\n"
    "Montag: Lesung im Rathaus.\n\nDienstag: Kinderfest am See.\n",
    "chat log": "In der Gruppe der Eltern ging es am Abend hoch her. Ein Auszug aus dem Verlauf.\n\n"
    "Anna: Kommt ihr morgen zum Treffen?\n\nBen: Ja, wir sind um acht da.\n\n"
    "Anna: Super, bringt ihr Kuchen mit?\n\nBen: Klar, machen wir.\n",
    "blog comments": "Der Beitrag über den Radweg hat viele Kommentare bekommen.\n\n"
    "Klaus: Warum dauert das so lange?\n\nMaria: Weil die Stadt kein Geld hat.\n\n"
    "Klaus: Und wann geht es los?\n\nMaria: Im Sommer, hoffe ich.\n",
    "PS and Update lines": "Der Verein hat zur Versammlung eingeladen. Die Tagesordnung steht fest.\n\n"
    "Update: Die Versammlung ist nun im Saal. Wer kommt?\n\nPS: Bitte bringen Sie Ihren Ausweis mit.\n\n"
    "Update: Der Beginn ist um 19 Uhr. Alles klar?\n\nPS: Parkplätze gibt es hinter dem Haus.\n",
    "P.S. with dots": "Der Beitrag über den Radweg hat viele Kommentare bekommen. Klaus Berg schreibt dazu.\n\n"
    "Klaus: Warum dauert das so lange?\n\nP.S.: Ich frage für einen Freund.\n\n"
    "Klaus: Und wann geht es los?\n\nP. S.: Danke im Voraus.\n",
    "headings ending in a colon": "Die Regierung plant Änderungen im Steuerrecht. Ein Überblick.\n\n"
    "Das ändert sich für Familien:\n\nDas Kindergeld steigt.\n\nDas ändert sich für Rentner:\n\n"
    "Der Freibetrag steigt.\n\nWas bleibt gleich?\n\nDie Grundsteuer.\n",
    "line-up": "Der FC Hafenstadt hat am Samstag knapp gewonnen. Die Aufstellung.\n\nTor: Müller.\n\n"
    "Abwehr: Schmidt, Meier, Wagner.\n\nTor: Müller, nach der Pause Klein.\n\nSturm: Braun, Weber. Wer sonst?\n",
    "round-up of places": "Das Unwetter hat am Sonntag mehrere Städte getroffen. Ein Überblick.\n\n"
    "Berlin: Bäume stürzten auf Straßen. Wie lange dauert das?\n\nHamburg: Der Hafen wurde gesperrt.\n\n"
    "Berlin: Die Feuerwehr rückte aus. Wann ist Ruhe?\n\nHamburg: Es gab keine Verletzten.\n",
    "press release": "Die Firma Nordwerk eröffnet ein neues Werk in der Region. Hundert Stellen entstehen.\n\n"
    "Kontakt: Presseabteilung Nordwerk.\n\nTelefon: 0123 456.\n\nKontakt: Anna Berg, Pressesprecherin.\n\n"
    "E-Mail: presse@nordwerk.example.\n",
}


@pytest.mark.parametrize("text", NOT_TRANSCRIPTS.values(), ids=NOT_TRANSCRIPTS.keys())
def test_lists_boxes_faqs_and_chats_give_no_interview_quotes(text: str) -> None:
    assert [(q.mention, q.text) for q in transcript_quotes(text)] == []


FURNITURE = ("Ort", "Zeit", "Eintritt", "Preis", "Kontakt", "Telefon", "Update", "PS", "P.S.", "Foto", "Quelle")


@settings(max_examples=40, deadline=None)
@given(
    lines=st.lists(
        st.tuples(st.sampled_from(FURNITURE), st.sampled_from(("Berlin.", "20 Uhr.", "frei.", "Wer kommt mit?"))),
        min_size=3,
        max_size=12,
    ),
    blank=st.booleans(),
)
def test_furniture_labels_never_speak(lines: list[tuple[str, str]], blank: bool) -> None:
    sep = "\n\n" if blank else "\n"
    text = ANNOUNCE + sep.join(f"{label}: {words}" for label, words in lines) + "\n"
    assert transcript_quotes(text) == []


# --- Transcripts as news sites write them --------------------------------------------------------------------------


def conversation(asker: str, answerer: str, n: int = 2) -> str:
    return "".join(f"{asker} {q}\n\n{answerer} {a}\n\n" for q, a in zip(QUESTIONS[:n], ANSWERS[:n], strict=True))


@pytest.mark.parametrize(
    ("asker", "answerer"),
    [
        ("BLATT:", "Ahlers:"),
        ("BLATT:", "AHLERS:"),
        ("**BLATT:**", "**Ahlers:**"),
        ("**BLATT**:", "**Ahlers**:"),
        ("__BLATT:__", "__Ahlers:__"),
        ("Frage:", "Bernd Ahlers:"),
        ("FRAGE:", "Herr Ahlers:"),
    ],
)
def test_labels_in_capitals_and_bold_give_the_answers_to_the_writer(asker: str, answerer: str) -> None:
    text = WRITER + conversation(asker, answerer)
    found = transcript_quotes(text)
    assert [q.text for q in found] == [QUESTIONS[0], ANSWERS[0], QUESTIONS[1], ANSWERS[1]]
    assert [q.speaker for q in found][1::2] == ["Bernd Ahlers", "Bernd Ahlers"]
    assert not any("*" in q.text or "_" in q.text or q.text.startswith(":") for q in found)


BANKER = "Die Bankerin Frieda Maurer leitet seit dem Frühjahr die Filiale am Markt. Wir sprachen mit ihr.\n\n"


@pytest.mark.parametrize("initials", ["F.M.:", "F. M.:", "FM:", "**F.M.:**"])
def test_initials_with_or_without_dots_resolve_to_the_person(initials: str) -> None:
    text = BANKER + (
        f"Frage: Frau Maurer, wie läuft das Geschäft?\n\n{initials} Besser als erwartet, sage ich.\n\n"
        f"Frage: Und die Zinsen?\n\n{initials} Die bleiben vorerst niedrig.\n"
    )
    found = transcript_quotes(text)
    assert [q.speaker for q in found] == [None, "Frieda Maurer", None, "Frieda Maurer"]


def test_an_interview_with_question_and_answer_labels_keeps_its_answers() -> None:
    text = WRITER + (
        "Frage: Wie lange haben Sie an dem Buch gearbeitet?\n\nAntwort: Fast vier Jahre, mit vielen Pausen.\n\n"
        "Frage: Was kommt als Nächstes?\n\nAntwort: Ein Buch über meinen Großvater.\n"
    )
    assert [q.speaker for q in transcript_quotes(text)] == [None, "Bernd Ahlers", None, "Bernd Ahlers"]


@settings(max_examples=25, deadline=None)
@given(pieces=st.lists(st.integers(min_value=1, max_value=3), min_size=2, max_size=4))
def test_a_long_answer_over_several_paragraphs_stays_with_its_speaker(pieces: list[int]) -> None:
    more = ("Das prägt einen für immer.", "Man vergisst es nie.", "Und man kommt immer wieder zurück.")
    body = "".join(
        f"BLATT: {QUESTIONS[k % 3]}\n\nAhlers: {ANSWERS[k % 3]}\n\n" + "".join(f"{m}\n\n" for m in more[:n])
        for k, n in enumerate(pieces)
    )
    found = transcript_quotes(WRITER + body)
    # The paragraphs after the last answer may be the article again: only those before a next label go on.
    spoken = [*pieces[:-1], 0]
    assert len(found) == sum(2 + n for n in spoken)
    assert [q.speaker for q in found] == [s for n in spoken for s in ["BLATT", *["Bernd Ahlers"] * (1 + n)]]
    assert all(not q.text.startswith(("BLATT", "Ahlers")) for q in found)


def test_the_first_question_in_the_title_leaves_the_answers_to_the_person_named_there() -> None:
    text = (
        "Bernd Ahlers: Warum ich über Dörfer schreibe\n\n"
        f"BLATT: {QUESTIONS[0]}\n\nAhlers: {ANSWERS[0]}\n\nBLATT: {QUESTIONS[1]}\n\nAhlers: {ANSWERS[1]}\n"
    )
    answers = [q for q in transcript_quotes(text) if q.mention == "Ahlers"]
    assert [q.text for q in answers] == [ANSWERS[0], ANSWERS[1]]
    assert {q.speaker for q in answers} == {"Bernd Ahlers"}


# --- Invariants over generated news shapes ---------------------------------------------------------------------------

NAMES = ("Karla Stein", "Otto Hain", "Bernd Ahlers")
SAY = ("sagte", "erklärte", "betonte")
SENTENCES = (
    "Der Rat tagte am Abend im Rathaus.",
    "Die Pläne liegen seit Wochen vor.",
    "Kritiker sprechen von einem Fehler.",
)


@st.composite
def news_paragraph(draw: st.DrawFn) -> str:
    """One paragraph of the shapes news is made of: a framed quote, a fragment, a run-on opening, a passive or
    judging frame, a label line, running text, or a stray mark."""
    name, say = draw(st.sampled_from(NAMES)), draw(st.sampled_from(SAY))
    last = name.split()[-1]
    return draw(
        st.sampled_from(
            (
                f"{name} {say}: „Wir bleiben bei unserem Plan, auch wenn es dauert.“",
                f"„Das ist ein guter Tag für die Stadt“, {say} {name}.",
                f"{last} {say}, der Plan sei „völlig verfehlt und teuer“.",
                "Der Beschluss wird von Kritikern als „schwerer Fehler der Stadt“ bezeichnet.",
                f"{last} sieht den Beschluss als „Schritt in die richtige Richtung“.",
                f"Für {last} ist der Plan „ein Angriff auf die Vereine“.",
                f"{last} wies den Vorwurf als „haltlos und falsch“ zurück.",
                f"{name} {say}: „Wir fangen im Herbst an und hören nicht auf.",
                "„Das Geld dafür ist da.",
                f"{last}: Weil ich das so will.",
                "BLATT: Warum gerade jetzt?",
                draw(st.sampled_from(SENTENCES)),
                "Ein Satz mit einem „ offenen Zeichen",
                "Ort: Rathaus.",
                "„",
                ":",
            )
        )
    )


def check_invariants(text: str, found: tuple[Quote, ...]) -> None:
    for q in found:
        assert 0 <= q.span.start <= q.span.end <= len(text)
        assert text[q.span.start : q.span.end] == q.text
        if q.mention_span is not None:
            assert text[q.mention_span.start : q.mention_span.end] == q.mention
    marked = sorted((q for q in found if q.kind != "indirect"), key=lambda q: q.span.start)
    for a, b in itertools.pairwise(marked):
        assert a.span.end <= b.span.start, (a.text, b.text)


@settings(max_examples=60, deadline=None)
@given(paragraphs=st.lists(news_paragraph(), min_size=1, max_size=10))
def test_quote_spans_lie_in_the_text_and_never_overlap(paragraphs: list[str]) -> None:
    text = WRITER + "\n\n".join(paragraphs) + "\n"
    check_invariants(text, denews.parse(text).quotes)
    check_invariants(text, denews.extract_quotes(text))


@settings(max_examples=40, deadline=None)
@given(
    odd=st.lists(
        st.sampled_from(("„", "“", "\n", "\n\n", ": ", "Frage:", "F.M.:", "**", "Ahlers:", "?", " ", "»", "PS:")),
        max_size=40,
    )
)
def test_odd_input_never_raises(odd: list[str]) -> None:
    text = WRITER + "".join(odd)
    check_invariants(text, denews.parse(text).quotes)


def unclosed(n: int) -> str:
    return "".join(f"Die Ratsfrau Nummer {k} sagte am Abend: „Wir machen weiter und sehen dann\n\n" for k in range(n))


def alternating_labels(n: int) -> str:
    turns = ("Frage: Frau Maurer, wie geht es weiter?\n\nMaurer: Gut, sage ich.\n\n" for _ in range(n // 2))
    return BANKER + "".join(turns)


def labels_without_answers(n: int) -> str:
    return BANKER + "Frage:\n\nMaurer:\n\n" * (n // 2)


def test_an_unclosed_mark_closing_every_paragraph_gives_no_quote_spanning_paragraphs() -> None:
    text = unclosed(1000)
    found = denews.extract_quotes(text)
    check_invariants(text, found)
    assert all("\n\n" not in q.text for q in found if q.kind != "indirect")


def test_ten_thousand_alternating_labels_are_one_transcript() -> None:
    text = alternating_labels(10_000)
    found = [q for q in denews.extract_quotes(text) if q.kind == "direct"]
    check_invariants(text, tuple(found))
    assert len(found) == 10_000
    assert {q.speaker for q in found[1::2]} == {"Frieda Maurer"}


def test_labels_without_answers_give_no_quote() -> None:
    assert [q for q in denews.extract_quotes(labels_without_answers(400)) if q.kind == "direct"] == []


def timed(text: str) -> float:
    t0 = time.process_time()
    denews.extract_quotes(text)
    return time.process_time() - t0


@pytest.mark.parametrize(
    ("make", "n"), [(unclosed, 100), (alternating_labels, 1000), (labels_without_answers, 4000)]
)
def test_time_grows_linearly(make: Callable[[int], str], n: int) -> None:
    # Four times the text must take well under sixteen times as long (what a quadratic pass would take); no
    # absolute limit, the machine is shared. The two sizes are timed in turn, best of five each, so a burst of
    # load falls on both; the small run takes tens of milliseconds. CPU time of this process, so other jobs on a
    # shared machine do not count.
    small_text, large_text = make(n), make(4 * n)
    small, large = [], []
    for _ in range(5):
        small.append(timed(small_text))
        large.append(timed(large_text))
    assert min(large) < 10 * max(min(small), 0.01)


# --- Quotations running on, and the "Für X ist" frame ----------------------------------------------------------------

COUNCIL = "Der Stadtrat hat am Montag über den Haushalt beraten. Die Sitzung dauerte bis in die Nacht.\n\n"


@pytest.mark.parametrize("close", ["", "“"])
def test_a_paragraph_framed_by_another_speaker_keeps_its_own_speaker(close: str) -> None:
    # The first quotation is not closed (or is): the next paragraph reopens with a mark, but its own frame names
    # someone else, so it is no continuation.
    text = COUNCIL + f"Karla Stein sagte: „Wir ordnen die Pflege neu.{close}\n\n„Das ist falsch“, sagte Otto Hain.\n"
    assert [q.speaker for q in quotes(text)] == ["Karla Stein", "Otto Hain"]


def test_a_quotation_running_on_keeps_its_speaker_when_a_later_paragraph_quotes_someone_else() -> None:
    text = COUNCIL + (
        "Die Ministerin Karla Stein sagte: „Wir ordnen die Pflege neu.\n\n„Das Geld ist da.“\n\n"
        "Der Bürgermeister Otto Hain sagte: „Wir sind dagegen.“\n"
    )
    assert [q.speaker for q in quotes(text)] == ["Karla Stein", "Karla Stein", "Otto Hain"]


@pytest.mark.parametrize("holder", ["Europa", "Berlin", "Hamburg"])
def test_a_place_for_which_something_is_so_holds_no_view(holder: str) -> None:
    text = COUNCIL + f"Otto Hain sprach im Rat. Für {holder} war das Jahr „ein Jahr der Krisen und Kriege“.\n"
    assert all(q.speaker != holder for q in denews.parse(text).quotes)


@pytest.mark.parametrize(("holder", "speaker"), [("Hain", "Otto Hain"), ("den Minister", "Minister")])
def test_a_person_or_role_for_whom_something_is_so_holds_the_view(holder: str, speaker: str) -> None:
    text = COUNCIL + f"Otto Hain sprach im Rat. Für {holder} ist der Plan „ein Angriff auf die Vereine“.\n"
    assert [q.speaker for q in quotes(text)] == [speaker]


def test_two_people_sharing_a_surname_each_keep_their_answers() -> None:
    text = (
        "Die Geschwister Bernd Ahlers und Greta Ahlers führen einen Hof an der Küste. Wir sprachen mit beiden.\n\n"
        "BLATT: Wer hatte die Idee?\n\nBernd Ahlers: Ich natürlich.\n\nGreta Ahlers: Das stimmt nicht, ich war es.\n\n"
        "BLATT: Streiten Sie oft?\n\nBernd Ahlers: Nie.\n"
    )
    speakers = [q.speaker for q in transcript_quotes(text)]
    assert speakers == ["BLATT", "Bernd Ahlers", "Greta Ahlers", "BLATT", "Bernd Ahlers"]


@pytest.mark.parametrize("box", ["Zur Person: Bernd Ahlers, geboren an der Küste, lebt in einem Dorf.", "Info: Mehr."])
@pytest.mark.parametrize("before", [True, False])
def test_a_box_at_either_end_of_the_interview_leaves_the_turns(box: str, before: bool) -> None:
    turns = conversation("BLATT:", "Ahlers:")
    text = WRITER + (f"{box}\n\n{turns}" if before else f"{turns}{box}\n")
    found = transcript_quotes(text)
    assert [q.text for q in found] == [QUESTIONS[0], ANSWERS[0], QUESTIONS[1], ANSWERS[1]]
    assert [q.speaker for q in found] == ["BLATT", "Bernd Ahlers"] * 2


@pytest.mark.parametrize("space", ["\xa0", "\u202f", "\t", "  "])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_spaces_and_line_ends_of_scraped_text_leave_the_transcript(space: str, newline: str) -> None:
    text = (WRITER + conversation("BLATT:", "Ahlers:")).replace(": ", ":" + space).replace("\n", newline)
    found = transcript_quotes(text)
    assert [q.text for q in found] == [QUESTIONS[0], ANSWERS[0], QUESTIONS[1], ANSWERS[1]]
    assert [q.speaker for q in found] == ["BLATT", "Bernd Ahlers"] * 2


def test_an_interview_in_the_familiar_form_keeps_its_answers() -> None:
    text = (
        "Die Fußballerin Lea Brandt spielt seit zehn Jahren im Verein. Wir haben sie getroffen.\n\n"
        "Frage: Wie bist du zum Fußball gekommen?\n\nAntwort: Durch meinen Vater.\n\n"
        "Frage: Und dein Ziel?\n\nAntwort: Die Nationalelf, hoffe ich.\n"
    )
    assert [q.speaker for q in transcript_quotes(text)] == [None, "Lea Brandt", None, "Lea Brandt"]


def test_a_faq_about_the_euro_addresses_no_one() -> None:
    text = (
        "Finanzminister Klaus Weber hat die Reform am Montag vorgestellt. Hier die Fragen und Antworten.\n\n"
        "Frage: Was kostet der Euro in Europa?\n\nAntwort: Das regeln wir bald.\n\n"
        "Frage: Wann kommt das Geld?\n\nAntwort: Im Frühjahr, sagen wir.\n"
    )
    assert transcript_quotes(text) == []


# --- Fragments: a title in lower case after the noun of its work is no fragment --------------------------------------

TOWN = "Der Stadtrat hat am Montag über den Haushalt beraten. Otto Hain leitete die Sitzung.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hain las aus seinem Buch „über den Wolken“ vor.",
        "Hain zitierte das Lied „über den hohen Wolken“ am Ende.",
        "Der Film „unter den Linden“ lief gestern, sagte Hain.",
        "Hain empfahl den Roman „von hier bis morgen früh“.",
    ],
)
def test_a_lower_case_title_after_its_work_noun_is_no_quote(sentence: str) -> None:
    text = TOWN + sentence + "\n"
    title = sentence.split("„")[1].split("“")[0]
    assert all(q.text != title for q in denews.parse(text).quotes)


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("Hain sprach von „einer großen Chance“.", "einer großen Chance"),
        ("Hain nannte den Film „völlig daneben gegangen“.", "völlig daneben gegangen"),
    ],
)
def test_a_fragment_not_after_a_work_noun_stays_a_quote(sentence: str, fragment: str) -> None:
    found = [q for q in quotes(TOWN + sentence + "\n") if q.text == fragment]
    assert [q.speaker for q in found] == ["Otto Hain"]


def test_a_role_asking_in_a_hearing_is_a_role_not_a_medium() -> None:
    text = (
        "Im Prozess gegen den Unternehmer Jan Kurz wurde am Dienstag weiter verhandelt.\n\n"
        "Richter: Haben Sie den Mann gesehen?\n\nKurz: Nein, ich war nicht da.\n\n"
        "Richter: Sind Sie sicher?\n\nKurz: Ja, ganz sicher.\n"
    )
    found = transcript_quotes(text)
    assert [(q.speaker, q.speaker_type) for q in found] == [
        ("Richter", SpeakerType.ROLE), ("Jan Kurz", SpeakerType.PERSON)
    ] * 2
