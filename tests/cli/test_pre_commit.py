"""The README's pre-commit snippet, installed by the real pre-commit tool.

A throwaway repository gets the README's `.pre-commit-config.yaml` block, pointed at a
clone of this repository, and pre-commit builds the hook's environment the way a user's
machine would (pip installs sitegen and its dependencies). Slow (a minute), so it runs
once and checks both verdicts.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO, SITES

PRE_COMMIT = Path(sys.executable).with_name("pre-commit")
pytestmark = pytest.mark.skipif(
    not PRE_COMMIT.exists() or shutil.which("git") is None or not (REPO / ".git").exists(),
    reason="needs pre-commit (in the test extras), git, and a git clone of sitegen",
)


def _readme_snippet() -> dict[str, object]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("As a pre-commit hook", 1)[1]
    block = re.search(r"```yaml\n(.+?)\n```", section, re.S)
    assert block is not None
    return yaml.safe_load(block.group(1))


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=T", "-c", "user.email=t@example.org", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


def test_the_readme_hook_blocks_a_broadcast_blurb_and_passes_a_good_post(tmp_path):
    config = _readme_snippet()
    repos = config["repos"]
    assert isinstance(repos, list) and repos[0]["hooks"] == [{"id": "sitegen-lint"}]
    rev = repos[0]["rev"]
    # The rev the README gives must exist in this repository (a tag or branch that isn't
    # there is what broke the old snippet).
    subprocess.run(["git", "rev-parse", "--verify", f"{rev}^{{commit}}"], cwd=REPO, check=True)
    repos[0]["repo"] = str(REPO)

    project = tmp_path / "blog"
    shutil.copytree(SITES / "broadcast", project)
    (project / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    _git(project, "init", "-q")
    _git(project, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    run = subprocess.run(
        [str(PRE_COMMIT), "run", "--files", "content/posts/launch.md"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert "Failed" in run.stdout
    assert "ENG101 broadcast-blurb" in run.stdout

    good = project / "content/posts/good.md"
    good.write_text(
        "---\ntitle: Which tools do you use?\ndate: 2026-01-05\n---\n"
        "I keep a short list of the tools I use for writing.\n\n"
        "Which ones would you add to it, and why? Reply and tell me.\n",
        encoding="utf-8",
    )
    _git(project, "add", ".")
    run = subprocess.run(
        [str(PRE_COMMIT), "run", "--files", "content/posts/good.md"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Passed" in run.stdout
