"""`denews evaluate` on a small gold fixture of the tests' own, with predictions whose figures are known."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from denews.evaluate import evaluate_dir, gold_pairs, locate
from denews.model import Article, Boilerplate, Paragraph, Quote, Span, TimeExpression

FIXTURE = Path(__file__).parent / "fixtures" / "gold"
TEXT = (FIXTURE / "mini.txt").read_text(encoding="utf-8")


def _span(needle: str, occurrence: int = 1) -> Span:
    s = locate(TEXT, needle, occurrence)
    assert s is not None, needle
    return s


def _para(needle: str) -> Paragraph:
    s = _span(needle)
    return Paragraph(TEXT[s.start : s.end], s)


def _quote(needle: str, speaker: str | None) -> Quote:
    s = _span(needle)
    return Quote(TEXT[s.start : s.end], s, "direct", speaker)


def _date(needle: str, value: str) -> TimeExpression:
    s = _span(needle)
    return TimeExpression(TEXT[s.start : s.end], s, value, "DATE")


def fake_parse(text: str, reference_date: str | None) -> Article:
    """A hand-built parse: right title and agencies, wrong dateline, one boilerplate block left in
    the body, the second body paragraph lost, the quote found with the wrong speaker, one date right,
    one date with a wrong value, one spurious date, one date on the optional gold entry."""
    assert text == TEXT
    assert reference_date == "2025-08-07"
    return Article(
        text=text,
        title="Kleine Zeitung  Titelzeile",
        agencies=("dpa",),
        dateline=None,
        published=None,
        paragraphs=(_para("Berlin - Der Minister sprach am Mittwoch über die Lage."), _para("Mehr zum Thema")),
        boilerplate=(Boilerplate("Lesen Sie auch: Alles über das Wetter", _span("Lesen Sie auch"), "related"),),
        quotes=(_quote("Wir sind bereit", "Minister X"),),
        dates=(
            _date("am Mittwoch", "2025-08-06"),
            _date("Am Freitag", "2025-08-01"),
            _date("die Lage", "2025-01-01"),
            _date("seit Wochen", "PXW"),
        ),
    )


def test_locate_matches_any_white_space_and_occurrence() -> None:
    assert locate("a  b\nc a b c", "a b c") == Span(0, 6)
    assert locate("a  b\nc a b c", "a b c", 2) == Span(7, 12)
    assert locate("a b", "x") is None
    assert locate("a b", "a b", 2) is None


def test_gold_pairs_serve_plain_and_suffixed_texts(tmp_path: Path) -> None:
    (tmp_path / "x.gold.json").write_text("{}")
    (tmp_path / "x_a.txt").write_text("")
    (tmp_path / "x_b.txt").write_text("")
    (tmp_path / "y.gold.json").write_text("{}")
    (tmp_path / "y.txt").write_text("")
    (tmp_path / "y_a.txt").write_text("")  # ignored: y.txt exists
    names = [(g.name, t.name) for g, t in gold_pairs(tmp_path)]
    assert names == [("x.gold.json", "x_a.txt"), ("x.gold.json", "x_b.txt"), ("y.gold.json", "y.txt")]


def test_known_figures_on_the_fixture() -> None:
    fig = evaluate_dir(FIXTURE, fake_parse).figures
    assert fig["docs"] == 1 and fig["crashes"] == 0
    assert fig["title_acc"] == 1.0  # white space normalized
    assert fig["published_acc"] == 1.0  # both None
    assert fig["agencies_acc"] == 1.0
    assert fig["dateline_acc"] == 0.0
    assert fig["boilerplate_removed"] == 0.5  # the unfindable third entry is skipped
    assert fig["content_kept"] == 0.5
    assert fig["quote_detect_f1"] == 1.0
    assert fig["quote_speaker_f1"] == 0.0
    assert fig["quote_speaker_acc"] == 0.0
    # dates: 2 gold (optional one excluded), 3 counted predictions -> tp 2, fp 1, fn 0
    assert fig["date_detect_f1"] == pytest.approx(2 * 2 / (2 * 2 + 1))
    # values: 1 right -> tp 1, fp 1 + 1, fn 0 + 1
    assert fig["date_value_f1"] == pytest.approx(2 * 1 / (2 * 1 + 2 + 1))
    assert fig["date_value_acc"] == 0.5


def test_crash_is_counted_not_raised() -> None:
    def boom(text: str, reference_date: str | None) -> Article:
        raise RuntimeError("boom")

    report = evaluate_dir(FIXTURE, boom)
    assert report.figures["crashes"] == 1
    assert any(m.what == "crash" and "boom" in m.detail for m in report.misses)


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        evaluate_dir(tmp_path / "nope")


def test_cli_prints_every_metric_line() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "denews", "evaluate", str(FIXTURE), "--show"],
        capture_output=True, text=True, check=True,
    ).stdout
    names = [line.split(":")[0] for line in out.splitlines() if line and not line.startswith("mini")]
    assert names == [
        "docs", "crashes", "title_acc", "published_acc", "agencies_acc", "dateline_acc",
        "boilerplate_removed", "content_kept", "quote_detect_f1", "quote_speaker_f1", "quote_speaker_acc",
        "date_detect_f1", "date_value_f1", "date_value_acc", "indirect_detect_f1", "indirect_speaker_acc",
    ]
    assert "docs: 1" in out and "crashes: 0" in out


def test_real_parse_on_fixture_has_no_crash() -> None:
    fig = evaluate_dir(FIXTURE).figures
    assert fig["crashes"] == 0 and fig["docs"] == 1


def test_gold_and_predictions_inside_title_and_headings_are_neutral(tmp_path: Path) -> None:
    text = "Treffen am Freitag\n\nZwischentitel am Montag\n\nDer Minister kam am Dienstag.\n"
    (tmp_path / "n.txt").write_text(text, encoding="utf-8")
    gold = {
        "header": {"title": "Treffen am Freitag", "agencies": []},
        "headings": ["Zwischentitel am Montag"],
        "dates": [
            {"text": "am Freitag", "value": ["2025-08-08"], "type": "DATE"},  # in the title
            {"text": "am Montag", "value": ["2025-08-04"], "type": "DATE"},  # in a heading
            {"text": "am Dienstag", "value": ["2025-08-05"], "type": "DATE"},
        ],
    }
    (tmp_path / "n.gold.json").write_text(json.dumps(gold), encoding="utf-8")

    def only_body_date(t: str, reference_date: str | None) -> Article:
        s = locate(t, "am Dienstag")
        assert s is not None
        return Article(text=t, title="Treffen am Freitag", dates=(TimeExpression(t[s.start : s.end], s, "2025-08-05"),))

    fig = evaluate_dir(tmp_path, only_body_date).figures
    assert fig["date_detect_f1"] == 1.0 and fig["date_value_f1"] == 1.0
