"""Page furniture written for the tests: menus, consent banners, login widgets, breadcrumbs, footers and
related-story lists, as hypothesis strategies that draw one block of lines each.

Every line here was made up for the tests (no page, corpus or set was copied).  Put such blocks before or
after an article, and its title, authors and body must stay as they were: the perturbation tests of the
layout (tests/test_layout_furniture.py) do so, and any other stage may reuse the generators.
"""

from __future__ import annotations

from hypothesis import strategies as st

# Menu entries: single words and pairs of capitalized words (the shape of a person's name, but no first name).
MENU_WORDS = (
    "Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Panorama", "Region", "Meinung",
    "Service", "Podcasts", "Videos", "Archiv", "Reisen", "Gesundheit", "Familie", "Technik", "Auto",
)
MENU_PAIRS = (
    "Lokale Nachrichten", "Digitale Welt", "Neue Energie", "Grüne Zukunft", "Globale Märkte",
    "Kleine Geschichten", "Junge Leser", "Weite Welt", "Bunte Seiten", "Stille Orte",
)
CONSENT = (
    "Wir nutzen Cookies und ähnliche Techniken, damit diese Seite für Sie gut funktioniert und wir sie "
    "verbessern können. Mit einem Klick auf Zustimmen willigen Sie ein; Ihre Wahl können Sie jederzeit ändern.",
    "Diese Website speichert kleine Dateien auf Ihrem Gerät, um Inhalte und Anzeigen für Sie anzupassen. "
    "Mehr dazu steht in unserer Datenschutzerklärung.",
)
CONSENT_BUTTONS = ("Zustimmen", "Alle akzeptieren", "Einstellungen", "Ablehnen")
LOGIN = (
    ("Anmelden", "Benutzername", "Passwort", "Passwort vergessen?", "Neu registrieren"),
    ("Login", "E-Mail-Adresse", "Passwort", "Angemeldet bleiben", "Einloggen"),
)
CRUMB_SEPARATORS = (" › ", " » ", " > ", " / ")
FOOTER = (
    "Impressum", "Datenschutz", "Kontakt", "Nutzungsbedingungen", "Barrierefreiheit", "Mediadaten",
    "© 2024 Musterstädter Verlagshaus GmbH. Alle Rechte vorbehalten.",
)
RELATED_LABELS = ("Mehr zum Thema", "Lesen Sie auch", "Das könnte Sie auch interessieren")
RELATED_HEADLINES = (
    "Stadtrat vertagt Entscheidung über neues Hallenbad",
    "Wie ein kleiner Verein die Ortsmitte belebt",
    "Bauarbeiten an der Brücke dauern länger als geplant",
    "Bäckerei am Markt schließt nach vierzig Jahren",
    "Schulen erhalten neue Tablets für den Unterricht",
)


def _lines(*parts: str) -> str:
    return "\n\n".join(parts)


@st.composite
def menu(draw: st.DrawFn) -> str:
    """Four to eight menu entries, one per line (some of them two capitalized words)."""
    items = draw(st.lists(st.sampled_from(MENU_WORDS + MENU_PAIRS), min_size=4, max_size=8, unique=True))
    return _lines(*items)


@st.composite
def consent_banner(draw: st.DrawFn) -> str:
    """A consent notice in full sentences and its buttons."""
    buttons = draw(st.lists(st.sampled_from(CONSENT_BUTTONS), min_size=1, max_size=3, unique=True))
    return _lines(draw(st.sampled_from(CONSENT)), *buttons)


@st.composite
def login_widget(draw: st.DrawFn) -> str:
    """The fields of a login box."""
    return _lines(*draw(st.sampled_from(LOGIN)))


@st.composite
def breadcrumb(draw: st.DrawFn) -> str:
    """``Home › Politik › Inland``."""
    sep = draw(st.sampled_from(CRUMB_SEPARATORS))
    steps = draw(st.lists(st.sampled_from(MENU_WORDS), min_size=2, max_size=3, unique=True))
    return sep.join(["Home", *steps])


@st.composite
def footer(draw: st.DrawFn) -> str:
    """Footer links and a copyright line."""
    items = draw(st.lists(st.sampled_from(FOOTER), min_size=3, max_size=6, unique=True))
    return _lines(*items)


@st.composite
def related_list(draw: st.DrawFn) -> str:
    """A label and two to four headlines of other stories."""
    label = draw(st.sampled_from(RELATED_LABELS))
    heads = draw(st.lists(st.sampled_from(RELATED_HEADLINES), min_size=2, max_size=4, unique=True))
    return _lines(label, *heads)


# What follows an article on a page written as prose: an author's box, the site's appeal, other stories' teasers.
SHARE = ("Teilen", "Drucken", "Artikel teilen", "Facebook", "E-Mail")
AUTHOR_LABELS = ("Über die Autorin", "Über den Autor", "Zur Person")
BIOS = (
    "Greta Beispiel schreibt seit vielen Jahren über Verkehr und Stadtplanung. Sie lebt mit zwei Katzen am "
    "Rand von Musterstadt und fährt jeden Tag mit dem Rad in die Redaktion.",
    "Ich bin Jonas, gelernter Tischler und begeisterter Bastler. Auf meinem Blog zeige ich euch, wie ihr mit "
    "wenig Werkzeug schöne Dinge für euer Zuhause baut.",
)
APPEALS = (
    "Ihnen gefällt unsere Arbeit? Unterstützen Sie unabhängigen Journalismus jetzt mit einem Abo und verpassen "
    "Sie keinen Beitrag mehr!",
    "Wir freuen uns über Ihre Meinung. Bitte schreiben Sie uns Ihre Erfahrungen in die Kommentare, wir lesen "
    "jeden Beitrag.",
    "Hat dir dieser Artikel geholfen? Dann abonniere unseren kostenlosen Newsletter und teile den Beitrag mit "
    "deinen Freunden.",
)
TEASERS = (
    "Wie ein kleiner Verein die Ortsmitte belebt: Seit einem Jahr treffen sich jeden Samstag Nachbarn auf dem …",
    "Warum die Brücke am Fluss länger gesperrt bleibt. Die Gutachter haben an mehreren Stellen Schäden …",
    "Neue Tablets für die Schulen der Stadt: Was Lehrer und Eltern von der Umstellung erwarten und wann sie …",
)

#: The site's notices under an article: a licence, a post's filing line, an advertising disclosure, an appeal in
#: English, a copyright line.
NOTICES = (
    "Dieser Text steht unter einer freien Lizenz, die Fotos sind davon ausgenommen.",
    "Geschrieben am Dienstag um 10:15 und abgelegt unter Allgemein, Notizen.",
    "Für Links auf dieser Seite bekommt das Musterportal unter Umständen eine Provision.",
    "Thanks for reading! If you like our work, please consider a small gift to keep it free for all.",
    "Copyright 2024 Musterverlag GmbH",
)
#: A blog's comment section under the post: its count and the post's name, a reader's name, a comment.
COMMENTS = (
    "2 Gedanken zu „Ein Tag am Meer“",
    "Möwe77 sagt:",
    "Schön geschrieben, da bekomme ich gleich Lust auf Urlaub an der Küste.",
    "Antworten",
)


@st.composite
def after_article(draw: st.DrawFn) -> str:
    """Share buttons, then an author's box, an appeal to the reader, teasers of other stories in prose, a notice
    of the site or a blog's comment section."""
    buttons = draw(st.lists(st.sampled_from(SHARE), min_size=1, max_size=3, unique=True))
    kind = draw(st.sampled_from(("bio", "appeal", "teasers", "notice", "comments")))
    if kind == "notice":
        block = [draw(st.sampled_from(NOTICES))]
    elif kind == "comments":
        block = list(COMMENTS)
    elif kind == "bio":
        block = [draw(st.sampled_from(AUTHOR_LABELS)), "Greta Beispiel", draw(st.sampled_from(BIOS))]
    elif kind == "appeal":
        block = [draw(st.sampled_from(APPEALS))]
    else:
        heads = draw(st.lists(st.sampled_from(RELATED_HEADLINES), min_size=1, max_size=2, unique=True))
        teasers = draw(st.lists(st.sampled_from(TEASERS), min_size=1, max_size=2, unique=True))
        pairs = zip(heads, teasers, strict=False)
        block = [draw(st.sampled_from(RELATED_LABELS)), *(x for pair in pairs for x in pair)]
    return _lines(*buttons, *block)


#: Furniture that stands above an article on a page, and furniture that stands below it.
ABOVE = (menu(), consent_banner(), login_widget(), breadcrumb())
BELOW = (related_list(), footer(), menu(), login_widget())


@st.composite
def page_around(draw: st.DrawFn, article: str) -> str:
    """``article`` with one to three furniture blocks above it and up to three below it."""
    above = draw(st.lists(st.one_of(*ABOVE), min_size=1, max_size=3))
    below = draw(st.lists(st.one_of(*BELOW), min_size=0, max_size=3))
    return "\n\n".join([*above, article, *below])
