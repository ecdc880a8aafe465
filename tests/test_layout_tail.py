"""The article's end (layout/tail.py): the text kept after the article's last paragraph is cut where it reads as
another element of the page (an appeal to the reader, an author's box, teasers), never the article's own text.

Every text here was invented for the tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from conftest import examples
from denews.layout import body as body_module
from denews.layout.tail import _evidence, _voices, article_end
from denews.layout.units import _U, PROSE
from newsgen import Composed, articles
from newsparts_furniture import BIOS, after_article

ARTICLE = "\n\n".join([
    "Neue Fähre verbindet Musterhafen mit der Insel",
    "Musterhafen. Seit Montag fährt eine neue Fähre zwischen dem Hafen der Stadt und der Insel Kleinwerder. "
    "Das Schiff bietet Platz für zweihundert Fahrgäste und vierzig Fahrräder.",
    "Die Reederei hatte das Schiff im vergangenen Jahr bei einer Werft an der Küste bestellt. Nach Angaben des "
    "Betreibers verbraucht es deutlich weniger Treibstoff als das alte Boot.",
    "Im Sommer soll die Fähre stündlich fahren, im Winter alle zwei Stunden. Die Preise für die Überfahrt "
    "bleiben nach Angaben der Reederei vorerst unverändert.",
    "Der Bürgermeister der Insel zeigte sich bei der ersten Fahrt zufrieden. Die Verbindung sei für die "
    "Bewohner und die Betriebe auf der Insel unverzichtbar, sagte er.",
])
APPEAL = (
    "Gefällt Ihnen unsere Berichterstattung? Unterstützen Sie unsere Arbeit jetzt mit einem Abo und verpassen "
    "Sie keinen Beitrag mehr!"
)
BIO = (
    "Ich bin Lena, gelernte Köchin und leidenschaftliche Wanderin. Auf meinem Blog erzähle ich von "
    "Ausflügen in die Berge und von Rezepten für unterwegs."
)
TEASER = "Warum die Brücke am Hafen länger gesperrt bleibt. Die Gutachter haben an mehreren Stellen Schäden …"


def _body(text: str) -> list[str]:
    return [p.text for p in denews.parse(text).paragraphs]


def _article_sentences() -> list[str]:
    return _body(ARTICLE)


@pytest.mark.parametrize(
    "after",
    [
        ["Teilen", "Drucken", APPEAL],
        ["Über die Autorin", "Lena Beispiel", BIO],
        ["Mehr aus der Region", "Stadtrat vertagt die Entscheidung", TEASER, "Hafenfest fällt aus", TEASER],
    ],
    ids=["appeal", "bio", "teasers"],
)
def test_after_article_prose_is_cut(after: list[str]) -> None:
    art = denews.parse(ARTICLE + "\n\n" + "\n\n".join(after))
    body = [p.text for p in art.paragraphs]
    assert body == _article_sentences()
    assert after[-1] in [b.text for b in art.boilerplate]


def test_without_furniture_between_the_text_runs_on() -> None:
    """An appeal between two paragraphs, no furniture around it: the text runs on over it (a scraper's output
    holds no furniture to end the article at; only a short last block may go without it, see below).  The
    appeal's own wording (support us with a subscription) names it a paywall box, so it goes alone."""
    paras = ARTICLE.split("\n\n")
    art = denews.parse("\n\n".join([*paras[:4], APPEAL, paras[4]]))
    assert [p.text for p in art.paragraphs][-2:] == [paras[3], paras[4]]
    assert [b.kind for b in art.boilerplate if b.text == APPEAL] == ["paywall"]


def test_a_text_that_addresses_its_reader_from_the_start_keeps_its_end() -> None:
    """A how-to speaks to its reader from its first lines on: "Sie" after a picture credit is no change of
    voice."""
    howto = "\n\n".join([
        "So pflanzen Sie Tulpen richtig",
        "Wenn Sie im Frühling Tulpen sehen wollen, setzen Sie die Zwiebeln im Herbst. Wir zeigen Ihnen, worauf "
        "es dabei ankommt.",
        "Wählen Sie einen sonnigen Platz im Garten. Die Erde sollte locker sein und das Wasser gut ablaufen.",
        "Foto: Gartenbild",
        "Setzen Sie jede Zwiebel etwa doppelt so tief, wie sie hoch ist. Gießen Sie danach kräftig an, damit "
        "sich die Erde setzt.",
        "Im Winter brauchen die Zwiebeln keine Pflege. Decken Sie das Beet bei starkem Frost mit etwas Laub ab.",
    ])
    body = _body(howto)
    assert body[-1].startswith("Im Winter brauchen")


def test_the_first_two_paragraphs_are_never_cut() -> None:
    """The article's first two paragraphs stand, however much they read like an appeal: only what follows them
    is judged."""
    first = (
        "Ab Montag können Sie mit der neuen Fähre jetzt jede Stunde zur Insel fahren. Bitte beachten Sie die "
        "neuen Abfahrtszeiten, die unsere Redaktion für Sie hier zusammengestellt hat."
    )
    second = (
        "Wir freuen uns über Ihre Meinung zur neuen Verbindung: Bitte schreiben Sie uns jetzt, wie Ihnen die "
        "Überfahrt gefallen hat. Wir lesen jede Nachricht."
    )
    art = denews.parse("\n\n".join(["Neue Fähre zur Insel", first, "Teilen", "Drucken", second, "Teilen", APPEAL]))
    read = [*([art.teaser] if art.teaser else []), *(p.text for p in art.paragraphs)]
    assert read[:2] == [first, second]
    assert article_end([], 0, []) is None


def _read(text: str) -> str:
    """What a reader reads of ``text`` as running text: the teaser and the paragraphs."""
    art = denews.parse(text)
    return " ".join([art.teaser or "", *(p.text for p in art.paragraphs)])


def _sentences_of(composed: Composed) -> list[str]:
    """The paragraphs a composed article was built from that end a sentence (no headings)."""
    return [p.strip() for p in composed.paragraphs if p.rstrip("\"“”«»")[-1:] in ".!?"]


@settings(max_examples=examples(200))
@given(articles(edges=False), st.lists(after_article(), min_size=1, max_size=2))
def test_after_article_furniture_keeps_every_article_sentence(composed: Composed, after: list[str]) -> None:
    """The law: an article followed by an author's box, an appeal or teasers keeps every sentence of its body
    that the page keeps without the end-of-article step (each paragraph it was composed of that ends a
    sentence); the step never costs the article a sentence."""
    page = composed.text + "\n\n" + "\n\n".join(after)
    read = _read(page)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(body_module, "article_end", lambda *a: None)
        read_without = _read(page)
    for p in _sentences_of(composed):
        assert p in read or p not in read_without


def test_a_short_last_sentence_under_a_quote_line_survives_an_author_box() -> None:
    """Found by the law above with the whole page compared (deep profile, about 1 in 100 draws): the heading and
    the quote line over the last sentence are dropped as a run of short lines, and the share button under it made
    the sentence a line "between two removed blocks" (:func:`denews.layout.page_end.sandwiched`).  A statement of
    running text after lines dropped for their shape stays."""
    said = "Der Stadtrat hat am 1. Januar über den Haushalt beraten. "
    article = "\n\n".join([
        "Nach dem Unwetter",
        "Von Anna Beispiel",
        "(Archivbild)",
        3 * said + "„Wir bleiben, ‚mutig‘ sei das“, sagte Bürgermeisterin Anna Beispiel.",
        "Was jetzt geschieht",
        "Der Bürgermeisterin sagte: „Wir bleiben., ‚mutig‘ sei das“",
        "Betroffen sind vor allem Pendler.",
    ])
    box = "\n\n".join(["Teilen", "Über die Autorin", "Greta Beispiel", BIOS[0]])
    assert "Betroffen sind vor allem Pendler." in _read(article + "\n\n" + box)


def _unit(text: str) -> _U:
    return _U(0, len(text), False, text, PROSE, nwords=len(text.split()))


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        ("Die Fähre fährt ab Montag stündlich zur Insel.", (False, False, False)),
        ("Sie fährt ab Montag stündlich.", (False, False, False)),  # "Sie" opening a sentence: she or they
        ("Ab Montag können Sie stündlich zur Insel fahren.", (True, False, False)),
        ("Hat dir der Text gefallen?", (True, False, False)),
        ("Die Gäste fragten, was ihnen der Ausflug kostet.", (False, False, False)),  # "ihnen": them
        ("Ich bin Lena und wandere gern.", (False, True, False)),
        ("Wir freuen uns über Post.", (False, False, True)),
    ],
)
def test_voices(text: str, voices: tuple[bool, bool, bool]) -> None:
    assert _voices(text) == voices


def test_the_page_speaking_of_itself_is_evidence() -> None:
    """``dieser Beitrag``, a compound ending in a site word (``Reiseportal``), a writer's box: each adds to a
    block's evidence; the article's own statement holds none."""
    topic: set[str] = set()
    plain = _evidence(_unit("Die Brücke bleibt bis zum Herbst für den Verkehr gesperrt."), {"brück", "verke"})
    assert plain <= 0
    assert _evidence(_unit("Teile diesen Beitrag mit Freunden."), topic) > _evidence(
        _unit("Teile diesen Kuchen mit Freunden."), topic
    )
    assert _evidence(_unit("Das Reiseportal erscheint seit 2010."), topic) > _evidence(
        _unit("Das Reisebüro erscheint seit 2010."), topic
    )
    assert _evidence(_unit("Greta ist Journalistin und lebt am Meer."), topic) > _evidence(
        _unit("Greta ist Ärztin und wohnt am Meer."), topic
    )


def test_a_speakers_voice_is_not_the_pages() -> None:
    """"wir" and "Sie" inside quotation marks are a speaker's: no change of voice, no reader addressed."""
    assert _voices("„Wir bleiben hier“, sagte die Bürgermeisterin.") == (False, False, False)
    assert _voices("Sie rief: »Kommen Sie mit uns!«") == (False, False, False)
    assert _voices("“Wir bleiben”, so die Bürgermeisterin.") == (False, False, False)
    assert _voices("Wir bleiben hier, sagte die Bürgermeisterin.") == (False, False, True)


def test_a_label_of_other_pages_under_the_article_goes_with_its_list() -> None:
    # "Weitere Meldungen der Stadtwerke" heads teasers written as sentences, not a part of the article.
    teasers = [
        "Die neue Buslinie zum Bahnhof startet im April, weil die Nachfrage gestiegen ist.",
        "Die Wasserpreise bleiben im kommenden Jahr stabil, wie der Versorger mitteilt.",
    ]
    blurb = "Die Stadtwerke versorgen seit vielen Jahren rund fünfzigtausend Haushalte mit Strom, Gas und Wasser."
    art = denews.parse("\n\n".join([ARTICLE, "Weitere Meldungen der Stadtwerke", *teasers, blurb]))
    assert "Weitere Meldungen" not in art.body
    assert "Wasserpreise" not in art.body
    assert "unverzichtbar" in art.body


def test_a_read_on_label_is_no_heading_of_the_article() -> None:
    teaser = "Warum die Buslinie erst im April startet: Die Stadt hat die Fahrzeuge zu spät bestellt und wartet nun."
    art = denews.parse("\n\n".join([ARTICLE, "Weiterlesen:", teaser]))
    assert "Weiterlesen" not in art.body
    assert "unverzichtbar" in art.body


def test_the_same_words_inside_the_article_stay_a_heading() -> None:
    # One word of the label list ("Themen") heading a paragraph of the article is no label of other pages.
    paras = ARTICLE.split("\n\n")
    text = "\n\n".join([*paras[:3], "Themen", *paras[3:]])
    art = denews.parse(text)
    assert "Themen" in art.body


NOTICE = "Alle Texte auf dieser Website stehen unter einer freien Lizenz. Besuchen Sie auch unseren Shop!"


def test_a_short_last_block_that_names_itself_the_pages_goes_without_furniture_above() -> None:
    # Nothing of the page between the article and the notice, but the notice speaks of the site and appeals.
    art = denews.parse("\n\n".join([ARTICLE, NOTICE]))
    assert "freien Lizenz" not in art.body
    assert "unverzichtbar" in art.body


def test_the_same_notice_inside_the_article_keeps_the_text_under_it() -> None:
    # Only the last kept block is cut without a gap: the article's paragraphs after such a line stay.
    paras = ARTICLE.split("\n\n")
    art = denews.parse("\n\n".join([*paras[:4], NOTICE, paras[4]]))
    assert "unverzichtbar" in art.body


def test_a_line_that_announces_removed_furniture_goes_with_it() -> None:
    # "... diese Rezepte:" over a list of other pages (removed under its label): the line introduces the list.
    intro = (
        "Noch nicht satt? Dann koch doch gleich mit diesen Ideen für kalte Herbsttage und lange Abende am Ofen "
        "weiter:"
    )
    related = ["Das könnte Sie auch interessieren", "Kürbissuppe mit Ingwer", "Linsensalat mit Feta"]
    art = denews.parse("\n\n".join([ARTICLE, "Teilen", "Drucken", intro, *related]))
    assert "Herbsttage" not in art.body
    assert "unverzichtbar" in art.body


def test_the_articles_own_colon_over_its_text_stays() -> None:
    # The same line closing a paragraph before the article's own text is no announcement of furniture.
    paras = ARTICLE.split("\n\n")
    said = "Der Bürgermeister sagte zum Abschluss der Fahrt:"
    art = denews.parse("\n\n".join([*paras[:4], "Teilen", said, paras[4]]))
    assert "zum Abschluss der Fahrt" in art.body


def test_a_posts_filing_line_goes_with_the_furniture_under_it() -> None:
    # A blog entry's filing line (where it is filed, its tags) right above the share buttons and the blog's
    # footer: no furniture parts it from the text, but it says what it is, and the cut below it is certain.
    filing = "Geschrieben am Dienstag, 3. März um 10:15 und abgelegt unter Allgemein. Schlagwörter: Technik, Notizen."
    footer = "Vorlage von Max Probe und Erika Fiktiv. Community Symbole von Tom Test."
    art = denews.parse("\n\n".join([ARTICLE, filing, "Teilen", "Drucken", footer]))
    assert "abgelegt unter" not in art.body
    assert "unverzichtbar" in art.body


def test_a_writer_who_trails_off_keeps_an_ending_ellipsis() -> None:
    """A teaser is cut short ("…"); a writer whose opening paragraph ends so writes that way: the last paragraph
    ending in "…" right above the share buttons stays."""
    text = "\n\n".join([
        "Abendlicht am Deich",
        "Der Himmel über dem Deich färbt sich langsam rot …",
        "Ich habe die Kamera auf das Geländer gestellt und eine halbe Minute belichtet. Das Bild ist ruhiger "
        "geworden als die Aufnahmen aus der Hand am Vortag.",
        "Auf dem Wasser lagen zwei Kutter, und über den Wiesen zogen die Gänse nach Süden. Nach zehn Minuten war "
        "das Licht schon wieder verschwunden.",
        "Beim nächsten Mal nehme ich das Stativ mit, dann wird es sicher noch besser …",
        "Teilen", "Drucken", "Gefällt mir:", "Liken Lade …",
    ])
    assert "noch besser" in denews.parse(text).body


def test_a_licence_line_right_above_the_cut_goes_with_it() -> None:
    # The text's licence under it, then share buttons and another story's teaser: the licence is the page's.
    licence = "Dieser Text steht unter einer freien Lizenz, die Bilder sind davon ausgenommen."
    art = denews.parse("\n\n".join([ARTICLE, licence, "Teilen", "Drucken", TEASER]))
    assert "freien Lizenz" not in art.body
    assert "unverzichtbar" in art.body


def test_a_blogs_comment_section_headed_by_its_count_goes_to_the_end() -> None:
    # "3 Gedanken zu „…“" heads the comments on the post (as blogs head them): what follows is the readers'.
    comments = [
        "3 Gedanken zu „Neue Fähre verbindet Musterhafen mit der Insel“",
        "Möwe77 sagt:",
        "Endlich eine vernünftige Verbindung, ich fahre jeden Tag zur Arbeit auf die Insel hinüber.",
        "Antworten",
        "Kapitän Blaubär sagt:",
        "Hoffentlich hält der Fahrplan auch im Winter, wenn der Sturm über das Wasser fegt.",
    ]
    art = denews.parse("\n\n".join([ARTICLE, *comments]))
    assert "Sturm" not in art.body
    assert "ich fahre jeden Tag" not in art.body
    assert "unverzichtbar" in art.body


ENGLISH = "Thanks for reading this piece! If you like our work, please consider a small gift to keep it free for all."


def test_a_block_in_english_under_a_german_article_is_the_pages() -> None:
    # A change of language is a change of voice: the site's appeal in English after its share buttons.
    art = denews.parse("\n\n".join([ARTICLE, "Teilen", "Drucken", ENGLISH]))
    assert "Thanks for reading" not in art.body
    assert "unverzichtbar" in art.body


def test_english_is_no_change_of_language_under_an_english_opening() -> None:
    topic: set[str] = set()
    block = _unit(ENGLISH)
    assert _evidence(block, topic) > _evidence(block, topic, english=True)
    assert _evidence(_unit("Die Fähre fährt stündlich, und sie ist pünktlich."), topic) == _evidence(
        _unit("Die Fähre fährt stündlich, und sie ist pünktlich."), topic, english=True
    )


def test_the_last_paragraph_on_a_new_aspect_stays_above_an_author_box() -> None:
    """Found by the law (deep profile): the last paragraph turns to the costs (none of the lead's words) and says
    "tags darauf"; the author's box under it is cut, the paragraph stays (a change of topic does not move a cut
    up, and German "tags" is no blog's tag list)."""
    last = (
        "Die Kosten liegen bei rund zwei Millionen Euro. Die Kämmerin will das prüfen. Die Regierung hat tags "
        "darauf über den Haushalt beraten."
    )
    box = ["Teilen", "Über die Autorin", "Greta Beispiel", BIOS[0]]
    art = denews.parse("\n\n".join([ARTICLE, last, *box]))
    assert art.paragraphs[-1].text == last


def test_a_longer_notice_closing_the_page_goes_without_furniture_above() -> None:
    # A data protection notice of some 45 words as the page's last block: it speaks of the site and to its reader.
    notice = (
        "Wenn Sie uns über das Formular schreiben, speichern wir Ihre Angaben zur Bearbeitung der Anfrage. Mehr "
        "dazu lesen Sie in unserer Datenschutzerklärung; Sie können Ihre Einwilligung jederzeit widerrufen, eine "
        "kurze Nachricht an die Redaktion genügt, und wir löschen Ihre Daten dann umgehend."
    )
    assert 40 < len(notice.split()) <= 50
    art = denews.parse("\n\n".join([ARTICLE, notice]))
    assert "Datenschutzerklärung" not in art.body
    assert "unverzichtbar" in art.body


def test_a_writers_last_paragraph_in_the_first_person_stays_above_a_cut() -> None:
    """A blog told in the first person: its last paragraph ends with an exclamation and a word of appeals
    ("besuchen"), and a comment appeal below it is cut.  The cut does not move up over it: it goes on in the
    voice the writer opened with."""
    blog = [
        "Mein Wochenende am See",
        "Am Samstag bin ich früh aufgestanden und mit dem Rad zum See gefahren. Ich hatte Brote und eine "
        "Thermoskanne dabei.",
        "Am Ufer habe ich lange gesessen und den Seglern zugesehen. Mir war kalt, aber ich wollte nicht nach Hause.",
        "Am Nachmittag bin ich noch um den ganzen See gelaufen, fast zwei Stunden lang. Meine Füße haben danach "
        "sehr wehgetan.",
        "Nächste Woche will ich meine Schwester in der Stadt besuchen, mit ihr ins Museum gehen und abends am "
        "Hafen essen, darauf freue ich mich schon sehr!",
    ]
    appeal = "Hinterlasse einen Kommentar und abonniere meinen Blog, damit du keinen Beitrag verpasst …"
    art = denews.parse("\n\n".join([*blog, "Gefällt mir:", "Teilen", appeal]))
    assert [p.text for p in art.paragraphs] == blog[1:]
    assert appeal in [b.text for b in art.boilerplate]
