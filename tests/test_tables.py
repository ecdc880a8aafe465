"""Tables: the row builders, denews.to_frame (pandas) and `denews parse --format csv --table ...`.

Every sentence here is invented for the tests.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import denews
from denews.cli import main
from denews.tables import COLUMNS, QUOTE_KINDS, CsvWriter, Table, rows

TWO_VOICES = (
    "Bonn - „Wir bauen die Brücke bis zum Herbst fertig“, sagte Bürgermeisterin Jana Holzapfel am Montag. "
    "„Das wird teuer für alle Beteiligten“, entgegnete Stadtrat Bernd Kieselstein.\n\n"
    "„Die Pläne liegen seit Jahren bereit“, fügte Holzapfel hinzu."
)
NO_VOICE = "Der Stadtrat tagte am 3. März 2025 im alten Rathaus und vertagte die Entscheidung."


@pytest.fixture(scope="module")
def arts() -> list[denews.Article]:
    return [denews.parse(TWO_VOICES, reference_date="2025-08-07"), denews.parse(NO_VOICE)]


def test_every_table_has_its_columns_in_order(arts: list[denews.Article]) -> None:
    for table in Table:
        got = list(rows(arts, table))
        assert got, table
        assert all(tuple(r) == COLUMNS[table] for r in got)
        assert COLUMNS[table][:2] == ("article", "id")


def test_articles_table_one_row_per_article(arts: list[denews.Article]) -> None:
    got = list(rows(arts, "articles", ids=["bonn", "rat"]))
    assert [(r["article"], r["id"]) for r in got] == [(0, "bonn"), (1, "rat")]
    assert got[0]["quotes"] == len(arts[0].quotes) >= 3
    assert got[1]["quotes"] == 0
    assert got[1]["dates"] == len(arts[1].dates) >= 1
    assert got[0]["body"] == arts[0].body


def test_quotes_and_dates_rows_point_into_the_text(arts: list[denews.Article]) -> None:
    for table in (Table.QUOTES, Table.DATES):
        for r in rows(arts, table):
            assert arts[r["article"]].text[r["start"] : r["end"]] == r["text"]
    values = [r["value"] for r in rows(arts, "dates")]
    assert "2025-03-03" in values


def test_speakers_table_counts_quotes_per_speaker(arts: list[denews.Article]) -> None:
    got = {r["speaker"]: r for r in rows(arts, "speakers")}
    assert set(got) == {"Jana Holzapfel", "Bernd Kieselstein"}
    # Holzapfel is quoted twice (the second time by surname), Kieselstein once; one row each.
    assert got["Jana Holzapfel"]["quotes"] == 2
    assert got["Bernd Kieselstein"]["quotes"] == 1
    for r in got.values():
        assert r["article"] == 0
        assert sum(r[k] for k in QUOTE_KINDS) == r["quotes"]


def test_an_unknown_table_is_named() -> None:
    with pytest.raises(ValueError, match="'speakers'"):
        list(rows([], "people"))


def test_ids_must_match_the_articles(arts: list[denews.Article]) -> None:
    with pytest.raises(ValueError, match="fewer"):
        list(rows(arts, "articles", ids=["only one"]))
    with pytest.raises(ValueError, match="more"):
        list(rows(arts, "articles", ids=["a", "b", "c"]))


def test_error_records_are_skipped_but_counted() -> None:
    class Failed:  # the shape of parse_many's error record
        index, type, message = 0, "ValueError", "broken"

    got = list(rows([Failed(), denews.parse(NO_VOICE)], "articles"))
    assert [r["article"] for r in got] == [1]
    out = io.StringIO()
    writer = CsvWriter(out, "articles")
    writer.write(0, "x", Failed())
    assert out.getvalue().count("\n") == 1  # the header only
    with pytest.raises(TypeError, match="item 0"):
        list(rows(["not parsed"], "articles"))


def test_to_frame_gives_the_same_rows(arts: list[denews.Article]) -> None:
    pytest.importorskip("pandas", reason="to_frame needs the pandas extra")
    for table in Table:
        frame = denews.to_frame(arts, table.value, ids=["a", "b"])
        assert list(frame.columns) == list(COLUMNS[table])
        expected = list(rows(arts, table, ids=["a", "b"]))
        assert len(frame) == len(expected)
        assert frame["id"].tolist() == [r["id"] for r in expected]
    speakers = denews.to_frame(arts, "speakers")
    assert speakers["quotes"].sum() == sum(q.speaker is not None for q in arts[0].quotes)


def test_to_frame_of_nothing_keeps_the_columns() -> None:
    pytest.importorskip("pandas", reason="to_frame needs the pandas extra")
    frame = denews.to_frame([], "quotes")
    assert frame.empty and list(frame.columns) == list(COLUMNS[Table.QUOTES])


def test_to_frame_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if pandas were not installed
    with pytest.raises(ImportError, match=r"denews\[pandas\]"):
        denews.to_frame([], "articles")


def test_import_denews_does_not_import_pandas_or_csv() -> None:
    code = "import sys, denews; print(sorted(m for m in ('pandas', 'csv', 'spacy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def _csv(argv: list[str], capsys: pytest.CaptureFixture[str]) -> list[dict[str, str]]:
    assert main(argv) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def test_cli_csv_has_the_rows_of_the_builders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "bonn.txt"
    src.write_text(TWO_VOICES, encoding="utf-8")
    art = denews.parse(TWO_VOICES, reference_date="2025-08-07")
    for table in Table:
        got = _csv(["parse", "--format", "csv", "--table", table.value, "--reference-date", "2025-08-07", str(src)],
                   capsys)
        expected = [{k: "" if v is None else str(v) for k, v in r.items()} for r in rows([art], table, [str(src)])]
        assert got == expected, table


def test_cli_csv_ids_come_from_jsonl_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "many.jsonl"
    records = [{"text": TWO_VOICES, "id": "bonn-1"}, {"text": NO_VOICE}]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    got = _csv(["parse", "--input-format", "jsonl", "--format", "csv", str(src)], capsys)
    assert [(r["article"], r["id"]) for r in got] == [("0", "bonn-1"), ("1", f"{src}:2")]


def test_cli_table_without_csv_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text(NO_VOICE, encoding="utf-8")
    assert main(["parse", "--table", "quotes", str(src)]) == 2
    assert "--format csv" in capsys.readouterr().err


# Invented sentences of quotes with and without speakers, joined into articles.
_SENTENCES = st.sampled_from(
    [
        "„Wir bleiben bei unserem Kurs für die Schulen“, sagte Ministerin Petra Lindenbaum.",
        "„Das reicht noch lange nicht aus“, erklärte Gewerkschafter Olaf Brunnhuber.",
        "Lindenbaum sagte, man werde die Mittel im Frühjahr erhöhen.",
        "„Ein großer Tag für die ganze Region“, hieß es auf den Plakaten.",
        "Der Landtag stimmte am Dienstag mit knapper Mehrheit zu.",
        "Am 12. Mai 2024 begann der Umbau des Bahnhofs.",
    ]
)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(_SENTENCES, min_size=1, max_size=5).map(" ".join), min_size=1, max_size=3))
def test_tables_agree_with_the_articles(texts: list[str]) -> None:
    arts = [denews.parse(t, reference_date="2025-08-07") for t in texts]
    assert len(list(rows(arts, "articles"))) == len(arts)
    assert len(list(rows(arts, "quotes"))) == sum(len(a.quotes) for a in arts)
    assert len(list(rows(arts, "dates"))) == sum(len(a.dates) for a in arts)
    speakers = list(rows(arts, "speakers"))
    for i, art in enumerate(arts):
        named = [q.speaker for q in art.quotes if q.speaker is not None]
        mine = [r for r in speakers if r["article"] == i]
        assert sorted(r["speaker"] for r in mine) == sorted(set(named))
        assert sum(r["quotes"] for r in mine) == len(named)
    # The CSV writer writes the same rows, as text.
    out = io.StringIO()
    writer = CsvWriter(out, "speakers")
    for i, art in enumerate(arts):
        writer.write(i, None, art)
    back = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert back == [{k: "" if v is None else str(v) for k, v in r.items()} for r in speakers]
