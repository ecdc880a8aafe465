"""News-like parts for the hypothesis properties: invented sentences that hold what the properties claim things
about, quotes in every mark style with a verb of saying and a speaker, and dates ("am 3. Mai 2024"), so that a
property on "any text" also meets the texts the stages were written for. Mixed with noise by the callers."""

from __future__ import annotations

from hypothesis import strategies as st

SPEAKERS = [
    "Anna Berg", "der Minister", "die Sprecherin", "Bürgermeisterin Jana Kröger", "ein Sprecher der Polizei",
    "Olaf Beispiel", "die Gewerkschaft", "er", "sie", "Karl-Heinz Brandner",
]
VERBS = ["sagte", "erklärte", "betonte", "sagt", "meinte", "kritisierte", "warnte", "so"]
SAID = [
    "Wir werden das genau prüfen", "Das ist ein guter Tag für die Stadt", "Niemand hat damit gerechnet",
    "Die Lage ist ernst, aber nicht hoffnungslos", "Wir bleiben bei unserem Plan", "Das reicht nicht",
    "Ich habe keine Angst", "So kann es nicht weitergehen",
]
FRAGMENTS = ["unter Kontrolle", "völlig überzogen", "ein wichtiger Schritt", "nicht verhandelbar"]
DATES = [
    "am 3. Mai 2024", "am Mittwoch", "gestern", "am 12.03.2024", "vor zwei Wochen", "im Sommer 2023",
    "um 20.15 Uhr", "am Montagabend", "Ende Juli", "seit 2019", "heute", "am 7. August",
]
# Opening and closing marks as German, Swiss and English texts pair them.
MARKS = [("„", "“"), ("»", "«"), ("«", "»"), ("“", "”"), ('"', '"'), ("‚", "‘")]


@st.composite
def news_sentence(draw: st.DrawFn) -> str:
    """One invented sentence: a quote with its speaker, a reported fragment, or a plain sentence with a date."""
    o, c = draw(st.sampled_from(MARKS))
    said, who, verb = draw(st.sampled_from(SAID)), draw(st.sampled_from(SPEAKERS)), draw(st.sampled_from(VERBS))
    date, part = draw(st.sampled_from(DATES)), draw(st.sampled_from(FRAGMENTS))
    cue = "sagte" if verb == "so" else verb  # "so" only after the quote
    forms = [
        f"{o}{said}{c}, {verb} {who} {date}.",
        f"{who[0].upper()}{who[1:]} {cue} {date}: {o}{said}.{c}",
        f"{date[0].upper()}{date[1:]} {cue} {who}, die Lage sei {o}{part}{c}.",
        f"Die Regierung hat {date} über den Haushalt beraten.",
    ]
    return draw(st.sampled_from(forms))


#: One to four sentences, one paragraph.
news_paragraph = st.lists(news_sentence(), min_size=1, max_size=4).map(" ".join)
#: Paragraphs apart on blank lines, under a headline.
news_article = st.tuples(
    st.sampled_from(["Neue Pläne für die Stadt", "Streit um den Haushalt", "Kreml: Gipfel in Sicht"]),
    st.lists(news_paragraph, min_size=1, max_size=4),
).map(lambda t: "\n\n".join([t[0], *t[1]]))
