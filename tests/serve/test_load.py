"""The dev server under load, in a short form of benchmarks/serve_load.py: 50 pages
open on loopback, each holding a live-reload stream and fetching pages while posts
change. Bounded by time and by request count; nothing here asserts speed."""

from __future__ import annotations

import sys

import pytest

from benchmarks.serve_load import run

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")


def test_fifty_clients_are_all_answered_and_told_of_every_rebuild():
    first, second = run(posts=100, clients=50, seconds=8, rounds=2, max_requests=20_000)
    for number, result in enumerate((first, second), 1):
        summary = f"round {number}: {result.summary()}"
        print(summary)
        assert result.requests > 0
        assert result.failures == [], summary
        assert result.edits >= 3 and result.rebuilds >= 1, summary
        # Every client saw the reload event of every rebuild, and no others.
        assert set(result.reloads) == {result.rebuilds}, summary
        # Each event stream's thread ends when its page goes away.
        assert result.threads_after == result.threads_before, summary
    # Memory is flat: a second round of the same load does not add to the first.
    assert second.memory_after - first.memory_after < 10 * 1024, (
        f"{first.memory_after} kB after round 1, {second.memory_after} kB after round 2"
    )
