"""The helpers of tests/conftest.py can fail: ``Reach`` fails a property whose examples miss its claim."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import Reach


def _property(reach: Reach, hits: bool) -> None:
    # A check of the helper, not a property of the library: a fixed count under every profile.
    @reach.least(even=0.1)
    @settings(max_examples=30, database=None)
    @given(st.integers())
    def prop(n: int) -> None:
        reach.note(even=hits and n % 2 == 0)

    prop()


def test_reach_fails_a_property_that_never_reaches_its_claim() -> None:
    reach = Reach()
    with pytest.raises(AssertionError, match=r"too few examples reach the claim: \{'even': '0/30'\}"):
        _property(reach, hits=False)


def test_reach_passes_a_property_that_does_and_counts_every_example() -> None:
    reach = Reach()
    _property(reach, hits=True)
    assert reach.total == 30 and 0.1 <= reach.share("even") < 1
