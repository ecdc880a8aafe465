"""Hypothesis profiles: ``ci`` (the default: fast, deterministic, no shrinking), ``dev`` (as ``ci``, but
shrinks a failure to a minimal example) and ``deep`` (``HYPOTHESIS_PROFILE=deep``).

The deep run is documented in docs/performance.md: every property then runs 100,000 examples instead of the few
dozen it asks for under ``ci`` (tests ask through ``examples(n)`` below), which takes hours, not seconds.

Also here: ``Reach``, which counts what a property's examples contain and fails the property when too few reach
its claim, and ``shared_path``, for the tests that read ../shared.
"""

from __future__ import annotations

import functools
import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, Phase, event, settings

#: Examples per property in the deep profile (``DENEWS_DEEP_EXAMPLES`` sets fewer for a shorter deep run).
DEEP_EXAMPLES = int(os.environ.get("DENEWS_DEEP_EXAMPLES", "100000"))

settings.register_profile(
    "ci",
    deadline=None,
    derandomize=True,  # the same examples on every run: CI never flakes on a new draw
    # No shrinking: a failure on a whole seed article can take minutes to shrink; CI reports the example it
    # found at once.  ``HYPOTHESIS_PROFILE=dev`` shrinks it to a minimal one.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "dev",
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "deep",
    deadline=None,
    max_examples=DEEP_EXAMPLES,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.load_profile(PROFILE)


def examples(ci: int) -> int:
    """A property's example count: ``ci`` under the ci and dev profiles, the profile's own under ``deep``."""
    return settings().max_examples if PROFILE == "deep" else ci


Test = TypeVar("Test", bound=Callable[..., None])


class Reach:
    """What the examples of one property contain, so that a property that never reaches its claim fails.

    In the property, ``reach.note(two_quotes=len(found) >= 2, ...)`` labels the example (a hypothesis
    ``event``: ``pytest --hypothesis-show-statistics`` lists them) and counts it; ``@reach.least(two_quotes=0.5)``
    above ``@settings``/``@given`` runs the property and then asserts that share of its examples per label.
    """

    def __init__(self) -> None:
        self.total = 0
        self.counts: Counter[str] = Counter()

    def note(self, **labels: bool) -> None:
        self.total += 1
        for label, present in labels.items():
            if present:
                event(label)
                self.counts[label] += 1

    def least(self, **at_least: float) -> Callable[[Test], Test]:
        def wrap(test: Test) -> Test:
            @functools.wraps(test)  # keeps hypothesis's attributes: pytest still runs it as a property
            def run(*args: Any, **kwargs: Any) -> None:
                self.total = 0
                self.counts.clear()
                test(*args, **kwargs)
                low = {k: f"{self.counts[k]}/{self.total}" for k, v in at_least.items() if self.share(k) < v}
                assert not low, f"too few examples reach the claim: {low}, asked {at_least}"

            return run  # type: ignore[return-value]

        return wrap

    def share(self, label: str) -> float:
        return self.counts[label] / self.total if self.total else 0.0


#: Third-party data kept beside the repository (``<repo>/../shared``), read by some tests and never copied in.
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def shared_path(*parts: str, root: Path = SHARED) -> Path:
    """``root/parts``, for a test that reads the shared data: the test skips, with the reason, when it is absent,
    and fails under ``CI=true``, where ../shared is always laid beside the clone (a skip there hides a broken
    path)."""
    path = root.joinpath(*parts)
    if not path.exists():
        why = f"{path} is not present (../shared is not part of the repository)"
        if os.environ.get("CI", "").strip().lower() in ("true", "1"):
            pytest.fail(f"{why}; CI always has it, so its absence is an error", pytrace=False)
        pytest.skip(why)
    return path
