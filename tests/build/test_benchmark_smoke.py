"""The benchmark script still runs (20 posts, sitegen only). Not a timing test."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_benchmark_smoke():
    done = subprocess.run(
        [sys.executable, str(REPO / "benchmarks/bench.py"), "--smoke"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr + done.stdout
    table = done.stdout
    row = next(line for line in table.splitlines() if line.startswith("| 20 | sitegen |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert int(cells[-1]) >= 20  # pages produced
    assert "sitegen lint" in table
