"""Every code example in README.md and docs/*.md runs against the real library.

```python blocks of one file run in order in one namespace (so a page can build on its earlier
examples), with the repository root as working directory. Blocks written as an interactive session
(``>>>`` lines) are checked as doctests, so their shown output must be what the library prints.
"""

from __future__ import annotations

import doctest
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(?:python|pycon)\n(.*?)^```", re.M | re.S)


# Pages that only describe (figures, how to reproduce them) hold no Python examples; every other page must.
DESCRIPTIVE = {"performance.md"}


def _blocks(page: Path) -> list[str]:
    return FENCE.findall(page.read_text(encoding="utf-8"))


def test_every_page_but_the_descriptive_ones_has_examples() -> None:
    without = sorted(p.name for p in PAGES if not _blocks(p) and p.name not in DESCRIPTIVE)
    assert without == [], f"pages without a Python example: {without}"


@pytest.mark.parametrize(
    "page", [p for p in PAGES if p.name not in DESCRIPTIVE], ids=lambda p: p.relative_to(ROOT).as_posix()
)
def test_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = _blocks(page)
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
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
