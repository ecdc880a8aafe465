"""The package's data files are read the same way with or without ``importlib.resources``."""

from __future__ import annotations

from importlib import resources

import pytest

from denews import _data


def test_read_text_gives_what_importlib_resources_gives() -> None:
    folder = resources.files("denews").joinpath("lexicons")
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith((".txt", ".tsv")))
    assert len(names) > 20
    for name in names:
        assert _data.read_text(f"lexicons/{name}") == folder.joinpath(name).read_text(encoding="utf-8")


def test_read_text_falls_back_to_importlib_resources(monkeypatch: pytest.MonkeyPatch) -> None:
    # Not on the file system (a zip archive): the path fails, importlib.resources answers.
    monkeypatch.setattr(_data, "_PACKAGE", "/nonexistent/denews")
    assert "rule " in _data.read_text("lexicons/dates_grammar.txt")
    with pytest.raises(FileNotFoundError):
        _data.read_text("lexicons/no_such_file.txt")
