"""Crash safety: `sitegen build` killed with SIGKILL at random moments leaves the
output folder as the complete old site or the complete new one, and the next build
succeeds, cleans up after the killed one and does not trust a damaged cache.

The corpus size and the time spent killing builds can be raised for a long local
run:

    SITEGEN_KILL_POSTS=2000 SITEGEN_KILL_SECONDS=900 pytest tests/test_crash.py -s
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.corpus import generate, write_sitegen
from tests.conftest import REPO, tree_digest

POSTS = int(os.environ.get("SITEGEN_KILL_POSTS", "2000"))
SECONDS = float(os.environ.get("SITEGEN_KILL_SECONDS", "40"))
SEED = int(os.environ.get("SITEGEN_KILL_SEED", str(random.randrange(1_000_000))))
ENV = {**os.environ, "PYTHONPATH": str(REPO)}


def start_build(site: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "sitegen", "build", str(site), "--quiet", *args],
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: the kill reaches the workers too
    )


def build(site: Path, *args: str) -> float:
    started = time.perf_counter()
    process = start_build(site, *args)
    _, err = process.communicate(timeout=600)
    assert process.returncode == 0, err.decode()
    assert b"Traceback" not in err and b"internal error" not in err, err.decode()
    return time.perf_counter() - started


def edit(site: Path, rng: random.Random, round_: int) -> str:
    """A random change: some posts edited, maybe one added or removed, maybe the
    site title (which changes every page)."""
    posts = sorted((site / "content/posts").glob("*.md"))
    done = []
    for path in rng.sample(posts, min(len(posts), rng.randint(1, 40))):
        with path.open("a") as handle:
            handle.write(f"\n\nRound {round_}: what would you have done here?\n")
        done.append(f"edit {path.name}")
    if rng.random() < 0.25:
        config = site / "site.yaml"
        lines = config.read_text().splitlines(keepends=True)
        lines[0] = f"title: Benchmark blog, round {round_}\n"
        config.write_text("".join(lines))
        done.append("retitle")
    if rng.random() < 0.2:
        (site / f"content/posts/added-{round_}.md").write_text(
            f"---\ntitle: Added in round {round_}\ndate: 2026-01-01\n---\nWhat do you think?\n"
        )
        done.append("add")
    if rng.random() < 0.2:
        victim = rng.choice(posts)
        victim.unlink()
        done.append(f"delete {victim.name}")
    return ", ".join(done)


def leftovers(site: Path) -> list[str]:
    """Files a killed build may leave behind that a finished build must not."""
    return sorted(
        str(p.relative_to(site))
        for p in site.rglob("*")
        if p.name.endswith((".sitegen-tmp", "-journal", "-wal"))
    )


def test_killed_builds_leave_the_old_site_or_the_new_one(tmp_path):
    site = tmp_path / "site"
    write_sitegen(site, generate(POSTS))
    full = build(site)
    old = tree_digest(site / "public")
    rng = random.Random(SEED)
    print(f"\nkill test: {POSTS} posts, seed {SEED}, first build {full:.1f} s")
    longest = full
    kills = round_ = 0
    started = time.perf_counter()
    while time.perf_counter() - started < SECONDS or kills < 5:
        round_ += 1
        change = edit(site, rng, round_)
        began = time.perf_counter()
        process = start_build(site)
        delay = rng.uniform(0, longest)
        try:
            process.wait(timeout=delay)
            finished = time.perf_counter() - began
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            finished = 0.0
            kills += 1
        seen = tree_digest(site / "public")
        build(site)  # the next build must succeed whatever the kill left
        new = tree_digest(site / "public")
        assert seen in (old, new), (
            f"round {round_} (seed {SEED}): after a kill at {delay:.2f} s ({change}) "
            "public/ was neither the old site nor the new one"
        )
        assert leftovers(site) == [], f"round {round_}: leftovers after the next build"
        if finished:  # aim the next kill inside the time a build like this takes
            longest = max(0.3, finished * 1.2)
        old = new
    print(f"kill test: {round_} rounds, {kills} builds killed")

    # A cache that survived all that gives the same site as no cache at all.
    with sqlite3.connect(site / ".sitegen-cache/cache.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    build(site, "--no-cache", "--output", str(tmp_path / "clean"))
    assert tree_digest(tmp_path / "clean") == old

    # A cache cut short, as a full disk or a crash of the machine would leave it,
    # is noticed and rebuilt, never trusted.
    cache = site / ".sitegen-cache/cache.sqlite3"
    cache.write_bytes(cache.read_bytes()[: cache.stat().st_size // 2])
    (site / "content/posts/post-1.md").write_text(
        "---\ntitle: After the damage\ndate: 2026-01-02\n---\nWhat changed for you?\n"
    )
    build(site)
    build(site, "--no-cache", "--output", str(tmp_path / "clean"))
    assert tree_digest(site / "public") == tree_digest(tmp_path / "clean")
