"""More page furniture for the tests: the widgets German, Austrian and Swiss sites print around and inside an
article (consent banners, paywall and subscription boxes, newsletter boxes, donation appeals, author bios,
comment widgets, share rows, audio players, lists of other stories with long teasers, galleries, footers).

Every line here was written for the tests (no page, corpus or set was copied).  Each strategy draws one block
(its lines joined by blank lines) and the GUIDE kinds a reader may report for it
(shared/corpus/GUIDE.md: ``other`` fits any page furniture).
"""

from __future__ import annotations

from hypothesis import strategies as st

Block = tuple[str, frozenset[str]]

CONSENT_TEXTS = (
    "Gemeinsam mit unseren Partnern setzen wir Cookies ein, um Ihnen ein gutes Nutzungserlebnis zu bieten. Wenn "
    "Sie auf „Alle akzeptieren“ klicken, stimmen Sie der Verarbeitung Ihrer Daten zu.",
    "Um Ihnen diese Inhalte anzeigen zu können, benötigen wir Ihre Einwilligung. Sie können diese jederzeit in "
    "den Datenschutz-Einstellungen widerrufen.",
    "Diese Seite nutzt Dienste von Drittanbietern. Mit Ihrer Zustimmung erlauben Sie uns, Daten zu Zwecken der "
    "Analyse und der Personalisierung von Werbung zu verarbeiten.",
    "Wir brauchen Ihre Zustimmung!",
    "Externer Inhalt: An dieser Stelle finden Sie einen Beitrag eines externen Anbieters, der den Artikel "
    "ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen und wieder ausblenden.",
)
CONSENT_PURPOSES = (
    "Notwendige Cookies",
    "Statistik",
    "Marketing",
    "Personalisierte Anzeigen",
    "Externe Medien",
    "Geräteinformationen speichern und abrufen",
)
CONSENT_BUTTONS = (
    "Alle akzeptieren | Einstellungen",
    "Akzeptieren",
    "Nur notwendige Cookies",
    "Einstellungen verwalten",
    "Inhalt laden",
    "Zustimmen und weiter",
)
PAYWALL = (
    (
        "Jetzt weiterlesen mit Plus",
        "Sie haben 3 von 5 kostenlosen Artikeln in diesem Monat gelesen.",
        "Testen Sie uns 4 Wochen lang für nur 1 €, danach 9,90 € im Monat. Jederzeit kündbar.",
        "Jetzt abonnieren",
        "Bereits Abonnent? Hier anmelden",
    ),
    (
        "Dieser Artikel ist exklusiv für unsere Abonnentinnen und Abonnenten.",
        "Lesen Sie weiter mit dem Digital-Abo: alle Artikel, das E-Paper und die App für 2,49 € pro Woche.",
        "Zum Angebot",
    ),
    (
        "Weiterlesen mit Z+",
        "Sie haben bereits ein Konto? Jetzt einloggen",
        "Im ersten Monat gratis, danach 12,99 € monatlich.",
    ),
)
NEWSLETTER = (
    (
        "Newsletter",
        "Die wichtigsten Nachrichten aus der Region jeden Morgen um sechs in Ihrem Postfach.",
        "E-Mail-Adresse eingeben",
        "Jetzt kostenlos anmelden",
    ),
    (
        "Verpassen Sie nichts mehr!",
        "Abonnieren Sie unseren Newsletter und erhalten Sie jeden Freitag die besten Geschichten der Woche.",
        "Anmelden",
    ),
    (
        "Bleib auf dem Laufenden: Trag dich für unseren wöchentlichen Newsletter ein und sichere dir einen "
        "Gutschein für deine erste Bestellung.",
    ),
)
DONATION = (
    "Unabhängiger Journalismus kostet Geld. Wenn Ihnen unsere Arbeit wichtig ist, unterstützen Sie uns bitte "
    "mit einem freiwilligen Beitrag, schon ab fünf Euro hilft jede Spende.",
    "Dieser Text ist frei zugänglich, weil viele Leserinnen und Leser uns regelmäßig unterstützen. Machen Sie "
    "mit und werden Sie noch heute Mitglied unserer Genossenschaft.",
    "Gefällt dir, was wir machen? Dann unterstütze unsere Redaktion mit einer kleinen Spende, damit alle "
    "Beiträge kostenlos bleiben können.",
)
BIO_NAMES = ("Miriam Tannberg", "Lukas Oberhofer", "Sabine Wendlinger")
BIO_TEXTS = (
    "{name} ist Redakteurin im Ressort Wirtschaft und berichtet vor allem über Energie und Handel. Zuvor "
    "arbeitete sie mehrere Jahre als freie Journalistin in Wien.",
    "{name}, Jahrgang 1984, studierte Geschichte in Graz und leitet seit 2019 die Lokalredaktion.",
    "Mehr Artikel von {name}",
)
COMMENT_BLOCKS = (
    (
        "12 Kommentare",
        "Kommentar schreiben",
        "Bitte beachten Sie unsere Netiquette. Beiträge mit Beleidigungen werden gelöscht.",
        "Neueste zuerst",
    ),
    ("Kommentare (4)", "Sie müssen angemeldet sein, um einen Kommentar zu verfassen.", "Jetzt einloggen"),
    ("Diskutieren Sie mit", "Die Kommentarfunktion ist für diesen Artikel geschlossen."),
)
SHARE_ROWS = (
    "Teilen auf Facebook | Teilen auf X | Per E-Mail senden",
    "Artikel teilen\n\nWhatsApp\n\nFacebook\n\nLink kopieren",
    "Drucken | Merken | Teilen",
)
AUDIO = (
    ("Artikel anhören", "00:00 / 04:12", "Vorlesen lassen: Diese Funktion wird automatisch erzeugt."),
    ("Podcast", "Folge 112: Was die neue Regel für Mieter bedeutet", "Jetzt anhören auf allen Plattformen"),
    ("Audio abspielen", "Pause"),
)
RELATED_LABELS = ("Mehr zum Thema", "Auch interessant", "Weitere Artikel", "Das könnte Sie interessieren")
RELATED_TEASERS = (
    (
        "Neues Radwegenetz: Was sich für Pendler im Frühjahr ändert",
        "14.03.2024",
        "Die Stadt will bis zum Sommer zwölf Kilometer neue Radwege bauen. Doch an zwei Kreuzungen gibt es noch "
        "Streit mit den Anrainern ...",
    ),
    (
        "Gemeinderat beschließt höhere Gebühren für Müll und Wasser",
        "vor 2 Stunden",
        "Ab Jänner zahlen Haushalte im Schnitt vierzig Euro mehr im Jahr. Die Opposition spricht von einem …",
    ),
    (
        "Interview: „Wir müssen die Ortskerne wieder beleben“",
        "Gestern, 18:30",
        "Der neue Bürgermeister über leere Geschäfte, teure Mieten und seine Pläne für den Marktplatz …",
    ),
)
GALLERY = (
    (
        "Bildergalerie",
        "Bild 1 von 14",
        "Der Festzug zog am Samstag durch die Altstadt. © Foto: Petra Lindner",
        "Weiter",
    ),
    ("Galerie: Die schönsten Bilder vom Sommerfest", "12 Bilder", "Foto: Stefan Moosbrugger / Keystone"),
)
OVERLAYS = (
    (
        "Sie sind nicht eingeloggt",
        "Melden Sie sich an, um Texte auf Ihre Merkliste zu setzen und mitzudiskutieren.",
        "Anmelden | Registrieren",
    ),
    ("Werbung", "Anzeige", "Weiter nach der Anzeige"),
    (
        "Cookie-Einstellungen",
        "Wir verwenden Cookies, damit Sie unsere Seite optimal nutzen können.",
        "Alle akzeptieren | Einstellungen",
    ),
)
FOOTERS = (
    (
        "Impressum | Datenschutz | AGB | Kontakt | Cookie-Einstellungen",
        "© 2024 Alpenländische Mediengruppe GmbH, alle Rechte vorbehalten.",
    ),
    ("Über uns", "Karriere", "Mediadaten", "Barrierefreiheit", "Copyright © Musterblatt AG 2023"),
    ("Alle Inhalte sind urheberrechtlich geschützt. Vervielfältigung nur mit Genehmigung der Redaktion.",),
)


def _join(*lines: str) -> str:
    return "\n\n".join(lines)


def _any(kinds: str) -> frozenset[str]:
    return frozenset({*kinds.split(), "other"})


@st.composite
def consent(draw: st.DrawFn) -> Block:
    """A consent text, maybe a list of purposes, and a row of buttons."""
    purposes = draw(st.lists(st.sampled_from(CONSENT_PURPOSES), max_size=4, unique=True))
    button = draw(st.sampled_from(CONSENT_BUTTONS))
    return _join(draw(st.sampled_from(CONSENT_TEXTS)), *purposes, button), _any("embed")


@st.composite
def paywall(draw: st.DrawFn) -> Block:
    return _join(*draw(st.sampled_from(PAYWALL))), _any("paywall")


@st.composite
def newsletter(draw: st.DrawFn) -> Block:
    return _join(*draw(st.sampled_from(NEWSLETTER))), _any("newsletter")


@st.composite
def donation(draw: st.DrawFn) -> Block:
    return draw(st.sampled_from(DONATION)), _any("paywall newsletter")


@st.composite
def bio(draw: st.DrawFn) -> Block:
    name = draw(st.sampled_from(BIO_NAMES))
    lines = draw(st.lists(st.sampled_from(BIO_TEXTS), min_size=1, max_size=2, unique=True))
    return _join(*(line.format(name=name) for line in lines)), _any("")


@st.composite
def comments(draw: st.DrawFn) -> Block:
    return _join(*draw(st.sampled_from(COMMENT_BLOCKS))), _any("comments")


@st.composite
def share(draw: st.DrawFn) -> Block:
    return draw(st.sampled_from(SHARE_ROWS)), _any("social")


@st.composite
def audio(draw: st.DrawFn) -> Block:
    return _join(*draw(st.sampled_from(AUDIO))), _any("audio")


@st.composite
def related(draw: st.DrawFn) -> Block:
    """A label over one to three teasers, each a headline, a date and a teaser text cut short."""
    teasers = draw(st.lists(st.sampled_from(RELATED_TEASERS), min_size=1, max_size=3, unique=True))
    return _join(draw(st.sampled_from(RELATED_LABELS)), *(x for t in teasers for x in t)), _any("related")


@st.composite
def gallery(draw: st.DrawFn) -> Block:
    return _join(*draw(st.sampled_from(GALLERY))), _any("caption")


@st.composite
def overlay(draw: st.DrawFn) -> Block:
    return _join(*draw(st.sampled_from(OVERLAYS))), _any("embed ad")


@st.composite
def footer(draw: st.DrawFn) -> Block:
    return _join(*draw(st.sampled_from(FOOTERS))), _any("")


#: Widgets that stand above an article, inside it (between paragraphs) and under it.
ABOVE = (consent(), paywall(), overlay(), share(), audio())
BETWEEN = (consent(), newsletter(), overlay(), related(), gallery(), audio(), share(), paywall())
BELOW = (paywall(), newsletter(), donation(), bio(), comments(), share(), related(), gallery(), footer())
