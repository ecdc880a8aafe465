"""Hypothesis profiles: ``ci`` (the default: fast, deterministic, no shrinking), ``dev`` (as ``ci``, but
shrinks a failure to a minimal example) and ``deep`` (``HYPOTHESIS_PROFILE=deep``).

The deep run is documented in docs/performance.md: every property then runs 100,000 examples instead of the few
dozen it asks for under ``ci`` (tests ask through ``examples(n)`` in their module), which takes hours, not seconds.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings

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
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))



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
