"""Invented header lines and pages in the byline, dateline and stamp shapes German, Austrian and Swiss outlets
print, with what a correct parse reads from them (authors as written, agencies, dateline, published).

The names are invented (first names of the shipped first-name list, surnames made up, with the particles and
double surnames real names have), the places real towns, every sentence made up.  ``outlet_byline(c)`` draws one
byline line, ``outlet_page(c)`` one page built around it (``headergen``'s stamps and sentences); each shape is a
row of a table, so a test can pin one shape by name.
"""

from __future__ import annotations

import datetime as dt

import attrs

from headergen import SENTENCES, STAMPS, TITLES, HeaderPage, stamp
from newsgen import Choices

FIRST = ["Anna", "Jonas", "Lena", "Markus", "Sabine", "Thomas", "Katharina", "Stefan", "Lukas", "Verena",
         "Florian", "Ursula", "Reto", "Matthias", "Kathrin", "Urs", "Beat", "Leopold"]
FEMALE = {"Anna", "Lena", "Sabine", "Katharina", "Verena", "Ursula", "Kathrin"}
SURNAMES = ["Beispiel", "Muster", "Feldkamp", "Grubinger", "Oberholzer", "Wendeler", "Kälin", "Vogelsang", "Pfister"]
#: Particles as names carry them, before an invented surname.
PARTICLED = ["von Dornach", "van der Kolk", "de Witt", "zu Hohenfels", "von der Aue", "ten Brink", "van Aalst",
             "di Marco", "von und zu Felsberg"]
#: Double surnames, with and without a hyphen.
DOUBLE = ["Muster-Feldkamp", "Grubinger-Pfister", "Ortega Blanco", "Kälin Zehnder"]
PLACES = ["Wien", "Graz", "Zürich", "Bern", "St. Gallen", "Berlin", "Brüssel", "Ulm/Neu-Ulm", "Frankfurt am Main",
          "Bad Ischl", "Wiener Neustadt", "Rapperswil-Jona", "Freiburg im Breisgau", "Innsbruck", "Lausanne"]
ROLE_F = ["Korrespondentin in {p}", "Redakteurin", "freie Journalistin", "Redakteurin im Ressort Politik"]
ROLE_M = ["Korrespondent in {p}", "Redakteur", "freier Journalist", "Wirtschaftsredakteur"]


def person(c: Choices) -> str:
    first = c.pick(FIRST)
    kind = c.number(0, 3)
    if kind == 0:
        return f"{first} {c.pick(PARTICLED)}"
    if kind == 1:
        return f"{first} {c.pick(DOUBLE)}"
    return f"{first} {c.pick(SURNAMES)}"


#: Byline shapes: (format over the writers ``a``, ``b``, a second person credited for pictures ``f``, a role
#: ``r`` and a place ``p``; the writers the line credits; the agencies it names).
BYLINES: dict[str, tuple[str, int, tuple[str, ...]]] = {
    "von_two": ("Von {a} und {b}", 2, ()),
    "name_place": ("{a}, {p}", 1, ()),
    "text_fotos": ("Text: {a} / Fotos: {f}", 1, ()),
    "text_bild_comma": ("Text: {a}, Bilder: {f}", 1, ()),
    "paren_roles": ("{a} (Text), {f} (Bild)", 1, ()),
    "name_bar_dpa": ("{a} | dpa", 1, ("dpa",)),
    "apa_red": ("APA/red", 0, ("APA",)),
    "sda_paren": ("(sda)", 0, ("SDA",)),
    "keystone": ("Keystone-SDA", 0, ("SDA",)),
    "red_apa": ("red, APA", 0, ("APA",)),
    "role_in": ("{a}, {r}", 1, ()),
    "von_role_in": ("Von {a}, {r}", 1, ()),
    "material": ("Von {a}, mit Material von dpa", 1, ("dpa",)),
    "name_material": ("{a} mit Material von dpa und AFP", 1, ("dpa", "AFP")),
    "slash_two": ("{a} / {b}", 2, ()),
    "von_apa": ("Von {a}, APA", 1, ("APA",)),
    "two_place": ("{a} und {b}, {p}", 2, ()),
    "name_sda": ("{a}, sda", 1, ("SDA",)),
    "von_caps_particle": ("VON {A}", 1, ()),
    "autorin": ("Autorin: {a}", 1, ()),
    "text_von_illu": ("Text von {a} Illustration von {f}", 1, ()),
    "text_und_fotos": ("Von {a}, Text und Fotos: {b}", 2, ()),
}


@attrs.frozen
class Byline:
    line: str
    authors: tuple[str, ...]
    agencies: tuple[str, ...]
    shape: str


def outlet_byline(c: Choices, shape: str | None = None) -> Byline:
    shape = shape if shape is not None else c.pick(list(BYLINES))
    fmt, n, agencies = BYLINES[shape]
    names: list[str] = []
    while len(names) < 3:
        who = person(c)
        if all(who.split()[-1] != x.split()[-1] for x in names):
            names.append(who)
    a, b, f = names
    if shape == "autorin":
        a = f"{c.pick(sorted(FEMALE))} {a.split(' ', 1)[1]}"
    roles = ROLE_F if a.split()[0] in FEMALE else ROLE_M
    place = c.pick(PLACES)
    line = fmt.format(a=a, A=a.upper(), b=b, f=f, r=c.pick(roles).format(p=place), p=place)
    authors = (a.upper(),) if shape == "von_caps_particle" else (a, b)[:n]
    return Byline(line, authors, agencies, shape)


#: Dateline shapes: (format over the place ``p`` and ``P`` in capitals, whether the dateline is printed in capitals,
#: the agency it names).
DATELINES: dict[str, tuple[str, bool, str | None]] = {
    "caps_hyphen": ("{P} - ", True, None),
    "caps_stop": ("{P}. ", True, None),
    "en": ("{p} – ", False, None),
    "dpa_hyphen": ("{p} (dpa) - ", False, "dpa"),
    "dpa_region": ("{p} (dpa/lby) - ", False, "dpa"),
    "apa_en": ("{p} (APA) – ", False, "APA"),
    "caps_apa_stop": ("{P} (APA). ", True, "APA"),
    "sda_bare": ("{p} (sda) ", False, "SDA"),
    "keystone": ("{p} (Keystone-SDA) – ", False, "SDA"),
    "afp_two": ("{p}/Brüssel (AFP) - ", False, "AFP"),
    "caps_service": ("{P} (awp) – ", True, None),
    "none": ("", False, None),
}


def _dateline(shape: str, place: str) -> str | None:
    if shape == "none":
        return None
    if shape == "afp_two":
        return f"{place}/Brüssel"
    return place.upper() if DATELINES[shape][1] else place


#: Stamps as Austrian and Swiss outlets print them (beside ``headergen``'s): regional and short month names, a
#: label with a preposition, the time before the date, the Swiss ``14h05``; the format over ``d`` (the moment),
#: ``mn`` (the month's Austrian name), ``ma`` (a short form), ``wd`` (the weekday's abbreviation).
AT_CH_STAMPS: dict[str, str] = {
    "at_month": "{d.day}. {mn} {d.year}",
    "at_month_time": "{d.day}. {mn} {d.year}, {d:%H:%M}",
    "online_seit": "Online seit {d.day}. {mn} {d.year}, {d:%H.%M} Uhr",
    "time_first": "{d:%H:%M} Uhr, {d:%d.%m.%Y}",
    "swiss_h": "{d:%d.%m.%Y}, {d.hour}h{d:%M}",
    "swiss_h_first": "{d.hour}h{d:%M}, {d:%d.%m.%Y}",
    "short_month": "{d.day}. {ma} {d.year}, {d:%H:%M}",
    "weekday_swiss": "{wd} {d:%d.%m.%Y}, {d:%H:%M}",
}
AT_MONTHS = ["Jänner", "Feber", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
             "Dezember"]
#: Short month forms printed with a dot: babel's German and Austrian abbreviations and the three-letter ``Mrz``.
SHORT_MONTHS = [["Jän.", "Jan."], ["Feb."], ["Mrz.", "Mär."], ["Apr."], ["Mai"], ["Juni", "Jun."], ["Juli", "Jul."],
                ["Aug."], ["Sept.", "Sep."], ["Okt."], ["Nov."], ["Dez."]]
SWISS_WEEKDAYS = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]


def at_ch_stamp(c: Choices, shape: str) -> tuple[str, dt.datetime | dt.date]:
    """A stamp of :data:`AT_CH_STAMPS` and the moment (or the day, if it prints no time) it states."""
    day = dt.date(2026, 1, 1) + dt.timedelta(days=c.number(0, 364))
    when = dt.datetime(day.year, day.month, day.day, c.number(6, 22), c.number(0, 59))
    line = AT_CH_STAMPS[shape].format(d=when, mn=AT_MONTHS[when.month - 1], ma=c.pick(SHORT_MONTHS[when.month - 1]),
                                      wd=SWISS_WEEKDAYS[when.weekday()])
    return line, (when.date() if shape == "at_month" else when)


#: How byline and stamp stand under the title: each on its line (either order) or on one line after a bar.
LAYOUTS = ["by_stamp", "stamp_by", "by_bar_stamp"]


def outlet_page(c: Choices) -> HeaderPage:
    """A title, a byline of :data:`BYLINES` and a stamp (``headergen``'s or :data:`AT_CH_STAMPS`), a body opening
    with a dateline."""
    by = outlet_byline(c)
    sshape = c.pick([*(s for s in STAMPS if s != "relative"), *AT_CH_STAMPS])
    if sshape in AT_CH_STAMPS:
        st, value = at_ch_stamp(c, sshape)
        field = "published"
    else:
        st, value, field = stamp(c, sshape)
    dshape = c.pick(list(DATELINES))
    place = c.pick(PLACES)
    layout = c.pick(LAYOUTS)
    meta = {"by_stamp": [by.line, st], "stamp_by": [st, by.line], "by_bar_stamp": [f"{by.line} | {st}"]}[layout]
    opener = DATELINES[dshape][0].format(p=place, P=place.upper())
    paras = []
    for k in range(c.number(2, 3)):
        first, second = c.pick(SENTENCES), c.pick(SENTENCES)
        body = f"{first[0].upper()}{first[1:]} {second[0].upper()}{second[1:]}"
        paras.append(opener + body if k == 0 else body)
    title = c.pick(TITLES)
    agencies = [*by.agencies, *([DATELINES[dshape][2]] if DATELINES[dshape][2] else [])]
    updated = value if field == "updated" else None
    if field.startswith("both:"):
        return outlet_page(c)  # (two stamps on one line: headergen's own shape, not this generator's)
    return HeaderPage(
        text="\n\n".join([title, *meta, *paras]) + "\n",
        title=title,
        authors=by.authors,
        agencies=tuple(dict.fromkeys(agencies)),
        dateline=_dateline(dshape, place),
        published=value,
        updated=updated,
        shapes=(f"byline:{by.shape}", f"stamp:{sshape}", f"dateline:{dshape}", f"layout:{layout}"),
    )


def closing_byline_page(c: Choices, shape: str | None = None) -> HeaderPage:
    """A title, a stamp and two or three paragraphs with the byline of :data:`BYLINES` printed under the text, at
    the article's end, where many outlets print it: the same writers and agencies as above the text."""
    by = outlet_byline(c, shape)
    st, value, _field = stamp(c, "name_date_time")
    paras = []
    for _k in range(c.number(2, 3)):
        first, second = c.pick(SENTENCES), c.pick(SENTENCES)
        paras.append(f"{first[0].upper()}{first[1:]} {second[0].upper()}{second[1:]}")
    title = c.pick(TITLES)
    return HeaderPage(
        text="\n\n".join([title, st, *paras, by.line]) + "\n",
        title=title,
        authors=by.authors,
        agencies=by.agencies,
        dateline=None,
        published=value,
        updated=None,
        shapes=(f"byline:{by.shape}", "layout:under_text"),
    )
