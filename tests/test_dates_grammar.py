"""The compiled grammar: every rule's groups are read by the names the rule gives them.

The alternations are compiled with ``re``, which wants each group name once per pattern; the rules share
names and a rule may give one name to two alternatives (``hour`` in ``{TIME}``), so the groups are renamed
apart and ``RuleMatch`` maps the names back.
"""

from __future__ import annotations

import pytest

import denews
from denews.dates import _raw_matches
from denews.dates.grammar import grammar, sub_grammar
from denews.model import Span


def _only(text: str):  # type: ignore[no-untyped-def]
    (found,) = _raw_matches(text, [Span(0, len(text))])
    return found


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [("Er landete um 09:23 GMT.", "09", "23"), ("Das Treffen beginnt um 9 Uhr.", "9", None)],
)
def test_a_name_given_twice_is_read_from_the_alternative_that_took_part(
    text: str, hour: str, minute: str | None
) -> None:
    m, handler, _ = _only(text)
    assert handler == "time"
    assert m.group("hour") == hour and m.group("minute") == minute
    assert text[m.start("hour") : m.end("hour")] == hour


def test_an_unknown_name_raises_index_error_like_re() -> None:
    m, _, _ = _only("Das war am 7. August 2025.")
    assert m.group("year") == "2025"
    with pytest.raises(IndexError):
        m.group("setunit")


def test_every_class_compiles_and_maps_each_rules_names() -> None:
    g = grammar()
    classes = {c for r in g.rules for c in r.classes if c != "*"}
    for cls in classes:
        sub = sub_grammar(frozenset({cls}))
        assert len(sub.slots) == sum(1 for r in g.rules if "*" in r.classes or cls in r.classes)
        for index, handler, groups in sub.slots:
            # A rule's names map to groups of its own pattern, which reads them once the alternation has matched.
            rule_handler, rule, rule_groups = sub.rule_at[index]
            assert (rule_handler, rule_groups) == (handler, groups)
            assert all(1 <= i <= rule.groups for ids in groups.values() for i in ids)


def test_two_rules_sharing_names_each_answer_with_their_own_groups() -> None:
    found = denews.normalize_dates("Am 7. August 2025 und im Mai 2019 war es so.", "2025-08-07")
    assert [(d.text, d.value) for d in found] == [("7. August 2025", "2025-08-07"), ("Mai 2019", "2019-05")]


def test_get_answers_none_for_a_name_the_rule_lacks() -> None:
    m, _, _ = _only("Das war am 7. August 2025.")
    assert m.get("day") == "7" and m.get("setunit") is None and m.get("no_such_name") is None


def test_a_name_filled_twice_is_read_from_its_last_group() -> None:
    # month_year has {MOD} before and after the preposition: "Ende" is the part of the month meant.
    (d,) = denews.normalize_dates("Das gilt Mitte bis Ende Juni 2021.", "2025-08-07")
    assert (d.value, str(d.earliest), str(d.latest)) == ("2021-06", "2021-06-21", "2021-06-30")
    m, _, _ = _only("Das gilt Mitte bis Ende Juni 2021.")
    assert m.get("mod") == m.group("mod") == "Ende"
    assert m.start("mod") == "Das gilt Mitte bis Ende Juni 2021.".index("Ende")


def test_decomposed_accents_are_part_of_a_word() -> None:
    # NFD text (a + U+0308 for ä): the grammar's words and boundaries take the combining accents along.
    nfd = "Am Vortag der Gespra\u0308che kam er."
    (d,) = denews.normalize_dates(nfd, "2025-08-07")
    assert d.text == "Vortag der Gespra\u0308che"
    (d,) = denews.normalize_dates("Er kam am heutigen Fru\u0308hlingstag.", "2025-08-07")
    assert (d.text, d.value) == ("heutigen Fru\u0308hlingstag", "2025-08-07")


def test_words_in_look_arounds_join_no_trigger() -> None:
    from denews.dates.grammar import _without_lookarounds, literal_words

    assert _without_lookarounds(r"(?<!Kilometer\s)pro\s+Tag(?!\s+(?:der|des))(?=\s)x") == r"pro\s+Tagx"
    words = literal_words("rule r set SET unit\n    (?<!Meilen\\s)pro\\s+Woche(?!\\s+(?:seiner))\n")
    assert {"pro", "woche"} <= words and not {"meilen", "seiner"} & words
