"""Every code example in README.md, docs/*.md and the docstrings runs against the real library.

```python blocks of one file run in order in one namespace (so a page can build on its earlier
examples), with the repository root as working directory. Blocks written as an interactive session
(``>>>`` lines) are checked as doctests, so their shown output must be what the library prints.
Every public function and class has a docstring with such an example (the API reference of the
documentation site is built from these docstrings), and each docstring's examples run as a doctest.
"""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import inspect
import os
import re
from pathlib import Path

import pytest

import denews

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(?:python|pycon)\n(.*?)^```", re.M | re.S)


# Pages that only describe (figures, how to reproduce them) hold no Python examples; every other page must.
DESCRIPTIVE = {"performance.md"}

# Pages and modules whose examples need an optional extra: skipped, with the reason, where it is not installed.
NEEDS = {"spacy.md": "spacy", "tables.md": "pandas", "denews.spacy_component": "spacy", "denews.tables": "pandas"}
DOCTEST_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

# The modules whose docstrings make the API reference (docs/api.md).
DOCUMENTED_MODULES = ["denews.api", "denews.model", "denews.batch", "denews.tables", "denews.spacy_component"]


def _skip_without_extra(key: str) -> None:
    extra = NEEDS.get(key)
    if extra is not None and importlib.util.find_spec(extra) is None:
        pytest.skip(f"needs the optional extra denews[{extra}], not installed")


def _blocks(page: Path) -> list[str]:
    return FENCE.findall(page.read_text(encoding="utf-8"))


def test_every_page_but_the_descriptive_ones_has_examples() -> None:
    without = sorted(p.name for p in PAGES if not _blocks(p) and p.name not in DESCRIPTIVE)
    assert without == [], f"pages without a Python example: {without}"


@pytest.mark.parametrize(
    "page", [p for p in PAGES if p.name not in DESCRIPTIVE], ids=lambda p: p.relative_to(ROOT).as_posix()
)
def test_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _skip_without_extra(page.name)
    blocks = _blocks(page)
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    runner = doctest.DocTestRunner(optionflags=DOCTEST_FLAGS)
    parser = doctest.DocTestParser()
    for i, block in enumerate(blocks, start=1):
        where = f"{page.name} example {i}"
        if block.lstrip().startswith(">>>"):
            test = parser.get_doctest(block, namespace, where, str(page), 0)
            result = runner.run(test, clear_globs=False)
            assert result.failed == 0, f"{where}: {result.failed} doctest line(s) failed (see output above)"
        else:
            exec(compile(block, where, "exec"), namespace)  # running our own docs is the point
    assert os.getcwd() == str(ROOT)


@pytest.mark.parametrize("name", sorted(set(denews.__all__) - {"__version__"}))
def test_every_public_name_has_a_docstring_with_an_example(name: str) -> None:
    doc = getattr(denews, name).__doc__ or ""
    assert ">>>" in doc, f"denews.{name} has no example in its docstring"


@pytest.mark.parametrize("module", DOCUMENTED_MODULES)
def test_every_public_function_and_class_of_the_reference_has_an_example(module: str) -> None:
    _skip_without_extra(module)
    mod = importlib.import_module(module)
    public = [
        (name, obj)
        for name, obj in vars(mod).items()
        if not name.startswith("_")
        and (inspect.isfunction(obj) or inspect.isclass(obj))
        and getattr(obj, "__module__", None) == module  # defined here, not imported
    ]
    assert public, module
    without = [name for name, obj in public if ">>>" not in (obj.__doc__ or "")]
    assert without == [], f"{module}: no example in the docstring of {without}"


@pytest.mark.parametrize("module", DOCUMENTED_MODULES)
def test_docstring_examples_run(module: str) -> None:
    _skip_without_extra(module)
    mod = importlib.import_module(module)
    tests = [t for t in doctest.DocTestFinder().find(mod) if t.examples]
    assert tests, f"{module} has no docstring examples"
    runner = doctest.DocTestRunner(optionflags=DOCTEST_FLAGS)
    for test in tests:
        result = runner.run(test)
        assert result.failed == 0, f"{test.name}: {result.failed} example(s) failed (see output above)"
