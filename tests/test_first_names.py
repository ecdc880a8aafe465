"""The derived first-name lexicon: present, filtered, and weighed."""

from denews._data import first_names


def test_first_names_hold_given_names_with_gender_and_count() -> None:
    names = first_names()
    assert len(names) > 20000
    assert names["Angela"][1] == "f" and names["Olaf"][1] == "m"
    assert all(count >= 2 for count, _ in names.values())


def test_first_names_leave_out_function_words_months_and_places() -> None:
    names = first_names()
    for word in ("Mai", "Sonntag", "Berlin", "Der", "Und"):
        assert word not in names
