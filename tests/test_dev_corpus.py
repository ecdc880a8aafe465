"""The dev corpus figures of `denews evaluate` hold the levels the issues ask for.

The corpus is third-party text kept beside the repository (``../shared/corpus/dev``), read here and never
copied in. Each floor is the issue's "Done when" figure; `published_acc` is held at what the gold allows
(eight `_a` texts carry a gold publication date that only their `_b` sibling states; see CHANGELOG/notes).
"""

from __future__ import annotations

import pytest

from conftest import shared_path
from denews.evaluate import evaluate_dir

FLOORS = {
    "boilerplate_removed": 0.95,
    "content_kept": 0.995,
    # 0.93 -> 0.92: a dash inside a headline line no longer ends a kicker (one dev text, h025_b, wants the
    # split; six pages of the pages set want the whole line: pages_title_exact +0.02).
    # 0.92 -> 0.94 (December 2026): the site's own name is never the title and a breadcrumb's last item
    # lifts the headline it ends (score_guide title_acc 0.938 -> 0.969, pages_title_exact 0.672 -> 0.715).
    "title_acc": 0.94,
    # 0.89 -> 0.86: an update stamp alone gives `published` (p007: gold header null, reference_date the day;
    # score_guide published_acc 0.935 -> 0.968, pages dates 170 -> 183 of 259), and a month-first stamp is read
    # (p005: the site's date of today above the headline, which the gold leaves out).
    "published_acc": 0.86,
    "agencies_acc": 0.90,
    "dateline_acc": 0.95,
    "quote_detect_f1": 0.97,
    "quote_speaker_f1": 0.92,
    "quote_speaker_acc": 0.90,
    "date_detect_f1": 0.97,
    "date_value_f1": 0.97,
}


@pytest.fixture(scope="module")
def figures() -> dict[str, float | int | None]:
    return evaluate_dir(shared_path("corpus", "dev")).figures


def test_no_crash(figures: dict[str, float | int | None]) -> None:
    assert figures["docs"] > 0
    assert figures["crashes"] == 0


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figure_holds_its_floor(figures: dict[str, float | int | None], name: str) -> None:
    value = figures[name]
    assert value is not None and value >= FLOORS[name], f"{name} = {value}, floor {FLOORS[name]}"
