"""benchmarks/realworld.py: held-out manifest files, --file and --dump.

A held-out file (fresh.jsonl) must never be scored by a default run, only when named
with --file; --dump shows what an entry's reference resolves to without judging it.
The fixtures are a tiny git repository and manifests written here, in our own words.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from benchmarks.realworld import load_manifest, main

POST = """---
title: Garden notes
---
The beans came up this week after a cold start.

Which variety did you sow this year? Tell me below.
"""


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


@pytest.fixture
def world(tmp_path: Path) -> tuple[Path, Path]:
    """(manifests folder, snapshots folder) with one committed post in owner/garden."""
    work = tmp_path / "snapshots" / "owner+garden" / "repo"
    work.mkdir(parents=True)
    _git(work, "init", "-q")
    (work / "notes.md").write_text(POST, encoding="utf-8")
    _git(work, "add", "notes.md")
    _git(work, "commit", "-q", "-m", "notes")
    commit = _git(work, "rev-parse", "HEAD")

    def entry(ident: str, cut: dict[str, list[int]] | None) -> str:
        return json.dumps(
            {
                "id": ident,
                "repo": "owner/garden",
                "commit": commit,
                "path": "notes.md",
                "kind": "post",
                "platform": None,
                "cut": cut,
                "register": "hobby",
                "invites_reply": True,
                "line": 6,
                "why": "asks readers which variety they sowed",
            }
        )

    manifests = tmp_path / "manifests"
    manifests.mkdir()
    (manifests / "tuned.jsonl").write_text(entry("tuned-0001", None) + "\n", encoding="utf-8")
    (manifests / "fresh.jsonl").write_text(
        entry("fresh-0001", {"lines": [4, 6]}) + "\n", encoding="utf-8"
    )
    return manifests, tmp_path / "snapshots"


def _ids(entries: list[dict[str, object]]) -> list[object]:
    return [e["id"] for e in entries]


def test_a_held_out_file_is_left_out_unless_named(world: tuple[Path, Path]) -> None:
    manifests, _ = world
    assert _ids(load_manifest(manifests)) == ["tuned-0001"]
    assert _ids(load_manifest(manifests, "fresh.jsonl")) == ["fresh-0001"]
    assert sorted(map(str, _ids(load_manifest(manifests, held_out=False)))) == [
        "fresh-0001",
        "tuned-0001",
    ]


def test_validate_covers_the_held_out_file_too(
    world: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    manifests, snapshots = world
    code = main(["--manifests", str(manifests), "--snapshots", str(snapshots), "--validate"])
    assert code == 0
    assert "2 entries from 1 repositories: ok" in capsys.readouterr().out


def test_validate_with_file_checks_only_that_file(
    world: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    manifests, snapshots = world
    args = ["--manifests", str(manifests), "--snapshots", str(snapshots)]
    assert main([*args, "--validate", "--file", "fresh.jsonl"]) == 0
    assert "1 entries from 1 repositories: ok" in capsys.readouterr().out


def test_dump_prints_the_cut_with_its_file_lines(
    world: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    manifests, snapshots = world
    args = ["--manifests", str(manifests), "--snapshots", str(snapshots)]
    assert main([*args, "--dump", "fresh-0001"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("fresh-0001 owner/garden:notes.md label=invites line=6")
    assert [line.split()[0] for line in out[1:]] == ["4", "5", "6"]
    assert out[3].endswith("Which variety did you sow this year? Tell me below.")
    assert "broadcast" not in "\n".join(out[1:])  # no verdict is printed


def test_dump_of_an_unknown_id_says_so(
    world: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    manifests, snapshots = world
    args = ["--manifests", str(manifests), "--snapshots", str(snapshots)]
    assert main([*args, "--dump", "fresh-9999"]) == 2
    assert "--dump fresh-9999: no entry has that id" in capsys.readouterr().out


def test_an_unknown_file_names_the_files_that_exist(
    world: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    manifests, snapshots = world
    args = ["--manifests", str(manifests), "--snapshots", str(snapshots)]
    assert main([*args, "--file", "fresh.json"]) == 2
    out = capsys.readouterr().out
    assert "--file fresh.json: no such manifest" in out
    assert "fresh.jsonl, tuned.jsonl" in out
