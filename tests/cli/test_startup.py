"""`sitegen lint` on one post starts fast because it imports only what linting needs.

The time itself is measured by benchmarks/startup.py, never here; these tests guard
the structure that makes it short: the modules a one-post lint (or `--version`)
leaves in sys.modules, in a fresh interpreter.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO, SITES

# What only building, serving or a worker pool needs, and pyphen (ENG030 reads its
# dictionary through sitegen.lint.hyphenation without importing it).
NOT_FOR_LINT = {
    "jinja2",
    "watchfiles",
    "pygments",
    "multiprocessing",
    "concurrent.futures",
    "ctypes",
    "sqlite3",
    "subprocess",  # the git top level is found by walking up, not by running git
    "pyphen",
    "sitegen.render",
    "sitegen.serve",
    "sitegen.importer",
    "sitegen.build.builder",
    "sitegen.build.cache",
    "sitegen.build.output",
}

_PROBE = """
import os, sys
here = os.getcwd() + os.sep
opened = set()

def _note(event, args):
    if event == "open" and isinstance(args[0], str):
        path = os.path.abspath(args[0])
        if path.startswith(here):
            opened.add(path[len(here):])

sys.addaudithook(_note)
from sitegen.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:  # --version exits from argparse
    code = exc.code
sys.stdout.flush()
print("\\nEXIT", code)
print("MODULES", " ".join(sorted(sys.modules)))
print("OPENED", " ".join(sorted(opened)))
"""


@dataclass
class Probe:
    output: str
    code: int
    modules: set[str]
    opened: set[str]  # files opened under the folder it ran in


def _probe(args: list[str], cwd: Path, quiet: bool = True) -> Probe:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert done.stderr == "" or not quiet, done.stderr
    output, _, tail = done.stdout.rpartition("\nEXIT ")
    code, _, rest = tail.partition("\nMODULES ")
    modules, _, opened = rest.partition("\nOPENED ")
    return Probe(output, int(code), set(modules.split()), set(opened.split()))


def _loaded(modules: set[str], names: set[str]) -> set[str]:
    return {m for m in modules for n in names if m == n or m.startswith(n + ".")}


@pytest.fixture
def site(tmp_path: Path) -> Path:
    copy = tmp_path / "broadcast"
    shutil.copytree(SITES / "broadcast", copy)
    return copy


def test_one_post_lint_imports_nothing_it_does_not_need(site: Path) -> None:
    probe = _probe(["lint", "content/posts/launch.md"], site)
    assert "content/posts/launch.md:" in probe.output  # it did lint, and found something
    assert probe.code == 1
    assert {"sitegen.lint.engine", "sitegen.lint.hyphenation"} <= probe.modules
    assert _loaded(probe.modules, NOT_FOR_LINT) == set()


def test_one_post_lint_reads_only_that_post_and_the_config(site: Path) -> None:
    probe = _probe(["lint", "content/posts/launch.md"], site)
    assert probe.opened == {"site.yaml", "content/posts/launch.md"}
    whole = _probe(["lint"], site)  # the probe sees the other posts when they are read
    assert {"content/posts/launch.md", "content/posts/quiet.md"} <= whole.opened


def test_the_example_site_post_lint_imports_nothing_it_does_not_need() -> None:
    post = next(iter(sorted((REPO / "content" / "posts").glob("*.md"))))
    probe = _probe(["lint", str(post.relative_to(REPO))], REPO)
    assert probe.code == 0, probe.output
    assert "in 1 post" in probe.output
    assert _loaded(probe.modules, NOT_FOR_LINT) == set()


def test_version_imports_no_stage() -> None:
    probe = _probe(["--version"], REPO)
    assert probe.code == 0 and probe.output.startswith("sitegen ")
    stages = {"sitegen.lint", "sitegen.content", "sitegen.build", "yaml", "markdown_it"}
    assert _loaded(probe.modules, stages | NOT_FOR_LINT) == set()


def test_the_guard_sees_what_a_build_imports(tmp_path: Path) -> None:
    """The probe can fail: a build does import Jinja and the renderer."""
    site = tmp_path / "basic"
    shutil.copytree(SITES / "basic", site)
    probe = _probe(["build", ".", "-q", "--no-cache"], site, quiet=False)
    assert probe.code == 0
    assert (site / "public" / "index.html").is_file()
    assert {"jinja2", "sitegen.render"} <= _loaded(probe.modules, NOT_FOR_LINT)
