"""No third-party text in the repository: scripts/check_shared_text.py finds no 40-character run of a text
under ../shared in the sources, tests, docs, README and CHANGELOG; the check itself finds a run it is
shown, and the ../shared helper fails under CI=true rather than skip."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from conftest import shared_path

ROOT = Path(__file__).resolve().parents[1]


def _checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_shared_text", ROOT / "scripts" / "check_shared_text.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


check = _checker()


def test_no_run_of_shared_text_in_tests_or_docs() -> None:
    shared = shared_path("corpus", "dev").parents[1]
    found = check.find_runs(shared, check.repo_files(ROOT, []))
    listing = "\n".join(f"{f.path}:{f.line}: {f.text!r}" for f in found)
    assert not found, f"{len(found)} run(s) of 40+ characters copied from ../shared:\n{listing}"


def _prose(shared: Path) -> str:
    """A stretch of a (non-seed) dev corpus text, read at run time, never stored here."""
    for path in sorted(shared_path("corpus", "dev").glob("*.txt")):
        if path.name.startswith("seed_"):
            continue
        text = check.normalise(path.read_text(encoding="utf-8"))
        mid = len(text) // 2
        if len(text) > 400 and sum(c.isalpha() for c in text[mid : mid + 60]) > 40:
            return text[mid : mid + 60]
    raise AssertionError("no dev corpus text long enough")


def test_the_check_finds_a_copied_run_and_not_a_shorter_one(tmp_path: Path) -> None:
    copied = _prose(shared_path("corpus", "dev").parents[1])
    # A shared folder (in tmp) with that text alone, and a repository beside it.
    shared = tmp_path / "shared"
    (shared / "corpus" / "dev").mkdir(parents=True)
    (shared / "corpus" / "dev" / "a.txt").write_text(f"Vorne. {copied} Hinten.", encoding="utf-8")
    repo = tmp_path / "repo"
    repo.mkdir()
    # A Python file holding the run split over two concatenated literals, and one holding 39 characters.
    (repo / "copied.py").write_text(f"TEXT = (\n    {copied[:25]!r}\n    {copied[25:]!r}\n)\n", encoding="utf-8")
    (repo / "short.md").write_text(f"Vorher|{copied[:39]}|\n", encoding="utf-8")
    found = check.find_runs(shared, [repo / "copied.py", repo / "short.md"], root=repo)
    assert [(f.path, f.text) for f in found] == [("copied.py", copied)]


def test_shared_path_skips_outside_ci_and_fails_in_ci(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "no-shared"
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="not present"):
        shared_path("corpus", "dev", root=missing)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI always has it"):
        shared_path("corpus", "dev", root=missing)
    assert shared_path(root=tmp_path) == tmp_path
