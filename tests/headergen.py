"""Invented German, Austrian and Swiss article pages in the header shapes outlets use, with what a parse must
read from them (title, authors, agencies, dateline, published, updated).

Every line below was written for these tests: the names are invented (first names of the shipped first-name
list, surnames made up), the places real towns, the sentences made up.  ``header_page(c)`` draws one page from
the choices ``c`` (``newsgen.RandomChoices`` for bulk runs, ``newsgen.DrawChoices`` for hypothesis); each shape
is also a row of the tables, so a test can pin one shape by name.
"""

from __future__ import annotations

import datetime as dt

import attrs

from newsgen import Choices

FIRST = ["Anna", "Jonas", "Lena", "Markus", "Sabine", "Thomas", "Katharina", "Stefan", "Miriam", "Lukas",
         "Verena", "Florian", "Ursula", "Reto", "Corinne", "Matthias"]
LAST = ["Beispiel", "Muster", "Feldkamp", "Grubinger", "Haselsteiner", "Brunnthaler", "Oberholzer", "Wendeler",
        "Kälin", "Vogelsang", "Rieder", "Pfister", "Moosbrugger", "Zehnder"]
ROLES_F = ["Redakteurin", "Korrespondentin", "Reporterin", "Chefredakteurin", "Volontärin"]
ROLES_M = ["Redakteur", "Korrespondent", "Reporter", "Chefredakteur", "Volontär"]
FEMALE = {"Anna", "Lena", "Sabine", "Katharina", "Miriam", "Verena", "Ursula", "Corinne"}
PLACES = ["Wien", "Graz", "Linz", "Innsbruck", "Salzburg", "Klagenfurt", "Zürich", "Bern", "Basel", "Luzern",
          "St. Gallen", "Lausanne", "Berlin", "München", "Hamburg", "Köln", "Stuttgart", "Dresden", "Leipzig",
          "Ulm/Neu-Ulm", "Frankfurt am Main", "Halle", "Bregenz", "Chur"]
KICKERS = ["Wohnungsmarkt", "Nach dem Unwetter", "Bundesrat", "Analyse", "Verkehr", "Gemeinderat"]
TITLES = ["Neue Regeln für den Bau günstiger Wohnungen", "Gemeinde baut die Brücke über den Fluss neu",
          "Regierung will Pendlerpauschale erhöhen", "Spital schliesst die Geburtenabteilung",
          "Stadtwerke erhöhen die Preise für Fernwärme", "Schulen bekommen mehr Geld für Sanierungen"]
TEASERS = ["Nach langen Verhandlungen gibt es eine Einigung. Doch die Opposition ist nicht zufrieden.",
           "Die Feuerwehr war die ganze Nacht im Einsatz. Verletzt wurde niemand.",
           "Pendlerinnen und Pendler müssen sich ab Montag auf Umwege einstellen."]
SENTENCES = ["die Regierung hat am Dienstag einen neuen Entwurf für das Gesetz vorgestellt.",
             "der Gemeinderat stimmte dem Vorhaben mit großer Mehrheit zu.",
             "die Kosten des Projekts liegen nach ersten Schätzungen bei rund zwölf Millionen Euro.",
             "die Bauarbeiten sollen im kommenden Frühjahr beginnen und zwei Jahre dauern.",
             "die Opposition kritisierte den Plan als zu teuer und zu spät.",
             "mehrere Anrainer hatten sich in den vergangenen Monaten über den Lärm beschwert.",
             "der zuständige Ausschuss will sich in der nächsten Sitzung erneut damit befassen.",
             "die Stadt rechnet mit zusätzlichen Einnahmen aus der neuen Abgabe."]
HEAD_FURNITURE = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Anmelden", "Abo abschließen",
                  "Suche", "Menü", "E-Paper", "Newsletter", "Startseite > Region > Politik", "Home / Schweiz / Bern",
                  "Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten. Alle akzeptieren",
                  "Einstellungen", "Teilen", "Artikel anhören", "Lesezeit: 4 Min.", "Merken", "Drucken"]
TAIL_FURNITURE = ["Mehr zum Thema", "Das könnte Sie auch interessieren", "Kommentare", "Impressum",
                  "Datenschutz", "AGB", "Kontakt", "© 2026 Mediengruppe Musterstadt", "Zurück nach oben",
                  "Alle Rechte vorbehalten", "Jetzt abonnieren", "Weitere Artikel aus der Region"]
WEEKDAYS = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
WEEKDAY_NAMES = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


@attrs.frozen
class HeaderPage:
    """An invented page and what its header says."""

    text: str
    title: str
    authors: tuple[str, ...]
    agencies: tuple[str, ...]
    dateline: str | None
    published: dt.date | dt.datetime | None
    updated: dt.date | dt.datetime | None
    shapes: tuple[str, ...]  # the names of the shapes drawn, to tell failures apart


def person(c: Choices) -> str:
    return f"{c.pick(FIRST)} {c.pick(LAST)}"


def _role(c: Choices, who: str) -> str:
    return c.pick(ROLES_F if who.split()[0] in FEMALE else ROLES_M)


#: Byline shapes: (name, number of authors, format over the authors ``a``, ``b``, ``c``, a role ``r`` and a place
#: ``p``). Only shapes whose authors a reader can tell for certain.
BYLINES: dict[str, tuple[int, str]] = {
    "von_one": (1, "Von {a}"),
    "von_two": (2, "Von {a} und {b}"),
    "von_three": (3, "Von {a}, {b} und {c}"),
    "von_place": (1, "Von {a}, {p}"),
    "name_place": (1, "{a}, {p}"),
    "text_label": (1, "Text: {a}"),
    "autorin_label": (1, "Autorin: {a}"),
    "autoren_label": (2, "Autoren: {a} und {b}"),
    "correspondent": (1, "Von unserem Korrespondenten {a}"),
    "name_role": (1, "{a}, {r}"),
    "slash_two": (2, "{a} / {b}"),
    "comma_two": (2, "{a}, {b}"),
    "name_only": (1, "{a}"),
    "comment": (1, "Ein Kommentar von {a}"),
    "von_agency": (1, "Von {a}, {ag}"),
    "von_caps": (1, "VON {A}"),
    "interview": (1, "Interview: {a}"),
    "von_text_fotos": (2, "Von {a} (Text) und {b} (Fotos)"),
    "von_mail": (1, "Von {a}, E-Mail senden"),
    "by_en": (1, "By {a}"),
    "name_agency_paren": (1, "{a} (APA)"),
    "von_agency_paren": (1, "Von {a} (dpa)"),
    "von_dr": (1, "Von {a}"),
    "autor_role": (1, "Autor: {a}, {r}"),
}


def byline(c: Choices, shape: str) -> tuple[str, tuple[str, ...]]:
    n, fmt = BYLINES[shape]
    names: list[str] = []
    while len(names) < n:
        who = person(c)
        if who not in names:
            names.append(who)
    names += ["", ""]
    a, b, cc = names[:3]
    if shape == "von_caps":
        names[0] = a = a.upper()
    if shape == "von_dr":
        names[0] = a = f"Dr. {a}"
    line = fmt.format(a=a, A=a, b=b, c=cc, r=_role(c, a), p=c.pick(PLACES), ag=c.pick(["dpa", "APA", "AFP"]))
    if shape == "von_text_fotos":
        return line, (a,)  # (the photographer is no writer: GUIDE's authors are the persons credited as writers)
    return line, tuple(names[:n])


#: Stamp shapes: (name, format, which field it sets). ``{d}`` a datetime; ``{wd}``/``{WD}`` its weekday.
STAMPS: dict[str, tuple[str, str]] = {
    "name_date_time": ("{d.day}. {mn} {d.year}, {d:%H:%M} Uhr", "published"),
    "num_bar_time": ("{d:%d.%m.%Y} | {d:%H:%M}", "published"),
    "updated_am": ("Aktualisiert am {d:%d.%m.%Y}, {d:%H:%M} Uhr", "updated"),
    "published_label": ("Veröffentlicht: {d:%d.%m.%Y}", "published_date"),
    "weekday_short": ("{wd}, {d:%d.%m.%Y}", "published_date"),
    "weekday_long": ("{WD}, {d.day}. {mn} {d.year}", "published_date"),
    "iso_time": ("{d:%Y-%m-%dT%H:%M}", "published"),
    "iso_date": ("{d:%Y-%m-%d}", "published_date"),
    "swiss_time": ("{d:%d.%m.%Y}, {d:%H.%M} Uhr", "published"),
    "um_time": ("{d.day}. {mn} {d.year} um {d:%H:%M} Uhr", "published"),
    "publiziert": ("Publiziert: {d:%d.%m.%Y}, {d:%H:%M} Uhr", "published"),
    "relative": ("vor {h} Stunden", "none"),
    "short_year": ("{d:%d.%m.%y}, {d:%H:%M} Uhr", "published"),
    "dot_bullet": ("{d:%d.%m.%Y} · {d:%H:%M} Uhr", "published"),
    "stand": ("Stand: {d:%d.%m.%Y}, {d:%H:%M} Uhr", "updated"),
    "erstellt_both": ("Erstellt: {d:%d.%m.%Y}, {d:%H:%M} Uhr; Aktualisiert: {n:%d.%m.%Y}, {n:%H:%M} Uhr", "both"),
    "am_um": ("am {d:%d.%m.%Y} um {d:%H:%M} Uhr", "published"),
    "month_abbrev": ("{d.day}. {ma} {d.year}, {d:%H:%M}", "published"),
    "zuletzt": ("Zuletzt aktualisiert: {d:%d.%m.%Y}, {d:%H:%M} Uhr", "updated"),
    "publiziert_am": ("Publiziert am {d.day}. {mn} {d.year} um {d:%H.%M} Uhr", "published"),
    "date_dash_time": ("{d.day}. {mn} {d.year} – {d:%H:%M}", "published"),
}


def stamp(c: Choices, shape: str) -> tuple[str, dt.date | dt.datetime | None, str]:
    day = dt.date(2026, 1, 1) + dt.timedelta(days=c.number(0, 364))
    when = dt.datetime(day.year, day.month, day.day, c.number(6, 22), c.number(0, 59))
    fmt, field = STAMPS[shape]
    later = when + dt.timedelta(hours=c.number(1, 30))
    line = fmt.format(d=when, n=later, mn=MONTHS[when.month - 1], wd=WEEKDAYS[when.weekday()],
                      WD=WEEKDAY_NAMES[when.weekday()], h=c.number(2, 9), ma=MONTHS[when.month - 1][:3] + ".")
    if field == "both":
        return line, when, f"both:{later.isoformat()}"
    if field == "none":
        return line, None, "published"
    if field == "published_date":
        return line, when.date(), "published"
    return line, when, field


#: Dateline shapes: (format over the place ``p``, whether the place is printed in capitals, the agency named).
DATELINES: dict[str, tuple[str, bool, str | None]] = {
    "caps_stop": ("{P}. ", True, None),
    "caps_hyphen": ("{P} - ", True, None),
    "agency_hyphen": ("{p} (dpa) - ", False, "dpa"),
    "caps_en": ("{P} – ", True, None),
    "afp_en": ("{p} (AFP) – ", False, "AFP"),
    "hyphen": ("{p} - ", False, None),
    "apa_stop": ("{P} (APA). ", True, "APA"),
    "sda_bare": ("{p} (sda) ", False, "SDA"),
    "en": ("{p} – ", False, None),
    "agency_only": ("(dpa) - ", False, "dpa"),
    "two_places_apa": ("{p}/Wien (APA) - ", False, "APA"),
    "sda_awp": ("{p} (sda/awp) – ", False, "SDA"),
    "keystone_colon": ("{P}: ", True, None),
    "date_agency": ("{p}, 12. März (dpa) - ", False, "dpa"),
    "caps_apa_en": ("{P} (APA) – ", True, "APA"),
    "keystone_paren": ("{p} (Keystone-SDA) - ", False, "SDA"),
    "none": ("", False, None),
}

#: Closing agency signatures: (line or suffix, agencies, whether it ends the last paragraph).
SIGNATURES: dict[str, tuple[str, tuple[str, ...], bool]] = {
    "apa_paren": (" (APA)", ("APA",), True),
    "dpa_lby": (" (dpa/lby)", ("dpa",), True),
    "sda_awp": ("sda/awp", ("SDA",), False),
    "keystone": ("Keystone-SDA", ("SDA",), False),
    "afp_reuters": ("AFP/Reuters", ("AFP", "Reuters"), False),
    "red_apa": ("red, APA", ("APA",), False),
    "infocom": ("© dpa-infocom, dpa:260312-930-123456/1", ("dpa",), False),
    "initials": (" (ab)", (), True),
    "quelle_apa": ("Quelle: APA", ("APA",), False),
    "material": ("Mit Material von dpa und AFP", ("dpa", "AFP"), False),
    "apa_red": (" (APA/red)", ("APA",), True),
    "sda_inline": (" (sda)", ("SDA",), True),
    "none": ("", (), False),
}


def _paragraphs(c: Choices, opener: str) -> list[str]:
    out = []
    for k in range(c.number(2, 4)):
        first, second = c.pick(SENTENCES), c.pick(SENTENCES)
        body = f"{first[0].upper()}{first[1:]} {second[0].upper()}{second[1:]}"
        out.append(opener + body if k == 0 else body)
    return out


def _dateline(shape: str, place: str, caps: bool) -> str | None:
    if shape in ("none", "agency_only"):
        return None
    if shape == "two_places_apa":
        return f"{place}/Wien"
    return place.upper() if caps else place


def _updated(value: dt.date | dt.datetime | None, field: str) -> dt.date | dt.datetime | None:
    if field.startswith("both:"):
        return dt.datetime.fromisoformat(field[5:])
    return value if field == "updated" else None


#: How stamp and byline stand: each on its line (either order), on one line (either order, with a bar or a
#: dot), or the byline under the article (only the shapes a sign-off takes).
LAYOUTS = ["stamp_by", "by_stamp", "by_bar_stamp", "stamp_dot_by", "by_at_end", "by_read_time", "stamp_above_title",
           "stamp_under_kicker"]
_END_SHAPES = frozenset({"von_one", "von_two", "text_label", "autorin_label", "comma_two", "slash_two"})


def _meta(layout: str, bshape: str, st: str, by: str) -> tuple[list[str], list[str]]:
    """The header's stamp and byline lines, and the lines under the article."""
    if layout == "by_at_end" and bshape in _END_SHAPES:
        return [st], [by]
    if layout == "by_bar_stamp":
        return [f"{by} | {st}"], []
    if layout == "stamp_dot_by" and not st.startswith("vor"):
        return [f"{st} · {by}"], []
    if layout == "by_read_time":
        return [st, f"{by} | 4 Min. Lesezeit"], []
    return ([st, by] if layout in ("stamp_by", "stamp_above_title", "stamp_under_kicker") else [by, st]), []


RELATED = ["Stadt plant ein neues Hallenbad", "Busse fahren ab Montag im Takt", "Neue Leitung für das Museum",
           "Gemeinde verkauft das alte Schulhaus"]


def _related(c: Choices) -> list[str]:
    """A list of other stories under the article, each with its own day: no stamp of this article."""
    out = [c.pick(["Mehr zum Thema", "Weitere Artikel", "Das könnte Sie auch interessieren"])]
    for _ in range(c.number(2, 4)):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=c.number(0, 300))
        out += [c.pick(RELATED), f"{day:%d.%m.%Y}"]
    return out


def header_page(c: Choices, *, furniture: bool = True) -> HeaderPage:
    """One page: furniture, kicker, title, teaser, stamp and byline in one of the outlets' orders, the body with a
    dateline, a closing signature, and furniture under it."""
    bshape, sshape = c.pick(list(BYLINES)), c.pick(list(STAMPS))
    dshape, gshape = c.pick(list(DATELINES)), c.pick(list(SIGNATURES))
    by, authors = byline(c, bshape)
    st, value, field = stamp(c, sshape)
    place = c.pick(PLACES)
    dfmt, caps, dagency = DATELINES[dshape]
    title = c.pick(TITLES)
    head: list[str] = []
    if furniture and c.chance(2):
        head += [c.pick(HEAD_FURNITURE) for _ in range(c.number(1, 4))]
    layout = c.pick(LAYOUTS)
    meta, closing = _meta(layout, bshape, st, by)
    if layout == "stamp_above_title":
        head.append(meta.pop(0))  # above the kicker and the title
    if c.chance(2):
        head.append(c.pick(KICKERS))
    if layout == "stamp_under_kicker":
        head.append(meta.pop(0))  # between the kicker (if any) and the title
    head.append(title)
    if c.chance(2):
        head.append(c.pick(TEASERS))
        head += meta
    else:
        head += meta
        if c.chance(2):
            head.append(c.pick(TEASERS))
    paras = _paragraphs(c, dfmt.format(p=place, P=place.upper()))
    sig, sig_agencies, inline = SIGNATURES[gshape]
    if inline:
        paras[-1] += sig
    elif sig:
        paras.append(sig)
    paras += closing
    tail = [c.pick(TAIL_FURNITURE) for _ in range(c.number(1, 3))] if furniture and c.chance(2) else []
    if furniture and c.chance(3):
        tail += _related(c)
    agencies = [a for a in ((dagency,) if dagency else ()) + sig_agencies]
    if bshape == "von_agency":
        agencies.insert(0, by.rsplit(", ", 1)[1])
    if bshape in ("name_agency_paren", "von_agency_paren"):
        agencies.insert(0, "APA" if "APA" in by else "dpa")
    sep = c.pick(["\n\n", "\n"])
    return HeaderPage(
        text=sep.join([*head, *paras, *tail]) + "\n",
        title=title,
        authors=authors,
        agencies=tuple(dict.fromkeys(agencies)),
        dateline=_dateline(dshape, place, caps),
        # (A page that states only its update gives that day as the day of publication too: GUIDE's
        # ``reference_date`` reads ``Aktualisiert am ...`` so.)
        published=value,
        updated=_updated(value, field),
        shapes=(f"byline:{bshape}", f"stamp:{sshape}", f"dateline:{dshape}", f"signature:{gshape}",
                f"layout:{layout}"),
    )
