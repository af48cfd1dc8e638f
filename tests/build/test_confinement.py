"""Nothing escapes the output folder, nothing unpublished is published, and nothing
hangs or lingers: the probe's findings of issue 16, one test each."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.corpus import generate, write_sitegen
from sitegen.build.sources import ContentSet, digests, sort_sources
from sitegen.content.loader import SourceFile
from tests.build.test_hostile import build_in_subprocess
from tests.conftest import MINIMAL_CONFIG, REPO, post, tree_digest, write_site


@pytest.fixture
def site(tmp_path) -> Path:
    return write_site(
        tmp_path / "site", {"site.yaml": MINIMAL_CONFIG, "content/posts/hello.md": post("Hello")}
    )


@pytest.mark.parametrize("key", ["posts", "tags", "series"])
def test_a_permalink_that_climbs_out_is_a_config_error(site, run, key):
    pattern = "/../../{slug}/" if key == "posts" else "/../{slug}/"
    (site / "site.yaml").write_text(
        "title: Tiny\nbase_url: https://example.org/\n" + f"permalinks:\n  {key}: {pattern}\n"
    )
    write_site(site, {"content/posts/hello.md": post("Hello", tags="[a]")})
    (site.parent / "index.html").write_text("mine")
    result = run("build", site)
    assert result.code == 2
    col = 5 + len(key)  # the value after "  key: "
    assert (
        f"site.yaml:4:{col}: error: 'permalinks.{key}': '{pattern}' would write pages "
        "outside the output folder"
    ) in result.err
    assert f"  4 |   {key}: {pattern}" in result.err  # the line of site.yaml it names
    assert (site.parent / "index.html").read_text() == "mine"
    assert sorted(p.name for p in site.parent.iterdir()) == ["index.html", "site"]


def test_a_slug_of_dots_is_a_content_error_and_writes_nothing_outside(site, run):
    (site / "index.html").write_text("my own file")
    write_site(site, {"content/pages/up.md": '---\ntitle: Up\nslug: ".."\n---\nHi.\n'})
    result = run("build", site)
    assert result.code == 1
    assert "content/pages/up.md:3:7: error: slug '..' cannot be used in a URL" in result.err
    assert (site / "index.html").read_text() == "my own file"


def test_a_symlinked_output_folder_stays_a_link_and_gets_the_site(site, run, tmp_path):
    web_root = tmp_path / "www" / "site"
    web_root.mkdir(parents=True)
    (site / "public").symlink_to(web_root)
    assert run("build", site).code == 0
    assert (site / "public").is_symlink()
    assert (web_root / "2026" / "hello" / "index.html").is_file()
    write_site(site, {"content/posts/second.md": post("Second")})
    assert run("build", site).code == 0, "the second build swaps beside the link's target"
    assert (site / "public").is_symlink() and (site / "public").resolve() == web_root.resolve()
    assert (web_root / "2026" / "second" / "index.html").is_file()
    assert (web_root / "2026" / "hello" / "index.html").is_file()


LEFTOVERS = ["secret.md.orig", "secret.md.bak", "secret.md.save", "secret.md~",
             "secret.md___jb_old___", "secret.md.rej", ".secret.md.swp",
             "secret.md.kate-swp", "secret.md___jb_tmp___"]  # fmt: skip


def test_editor_and_merge_leftovers_are_never_published(site, run):
    draft = post("Secret", body="The text nobody may read yet.", draft="true")
    write_site(site, {f"content/posts/{name}": draft for name in LEFTOVERS})
    write_site(site, {"content/images/logo.png.bak": b"old", "content/images/logo.png": b"new"})
    result = run("build", site)
    assert result.code == 0, result.err
    published = tree_digest(site / "public")
    assert "images/logo.png" in published
    assert not [p for p in published if "secret" in p or p.endswith(".bak")]
    for name in ["secret.md.orig", "secret.md.bak", "secret.md~", "secret.md___jb_old___"]:
        assert f"content/posts/{name}: warning: a backup or merge leftover is not published" in (
            result.err
        )
    assert ".swp" not in result.err and "kate-swp" not in result.err  # live swap files: quiet


@pytest.mark.parametrize("command", ["build", "lint"])
def test_a_fifo_in_content_does_not_hang(site, command):
    os.mkfifo(site / "content" / "posts" / "pipe.md")
    done = subprocess.run(
        [sys.executable, "-m", "sitegen", command, str(site)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert done.returncode == 0, done.stderr
    if command == "build":
        assert "content/posts/pipe.md: warning: not a regular file" in done.stderr


def test_a_file_that_vanishes_after_listing_is_skipped(site):
    listed = [
        SourceFile("content/posts/gone.md", "post"),
        SourceFile("content/posts/hello.md", "post"),
    ]
    content = ContentSet()
    jobs = sort_sources(site, listed, content)
    assert [path for path, _, _ in jobs] == ["content/posts/hello.md"]
    unread = sort_sources(site, listed, ContentSet(), read=False)
    kept, hashes = digests(site, unread, {})
    assert [path for path, _, _ in kept] == ["content/posts/hello.md"] and len(hashes) == 1


def test_a_static_file_with_a_255_byte_name_is_published(site, run):
    name = "a" * 251 + ".txt"
    write_site(site, {f"content/files/{name}": "long"})
    result = run("build", site)
    assert result.code == 0, result.err
    assert (site / "public" / "files" / name).read_text() == "long"


def test_new_bytes_with_the_old_size_and_mtime_are_seen(site):
    """The dev server's memory of a file includes its change time."""
    path = site / "content" / "posts" / "hello.md"
    jobs = sort_sources(site, [SourceFile("content/posts/hello.md", "post")], ContentSet(), False)
    seen: dict = {}
    _, first = digests(site, jobs, seen)
    info = path.stat()
    path.write_text(path.read_text().replace("What", "Whom"[:4]))
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert path.stat().st_size == info.st_size and path.stat().st_mtime_ns == info.st_mtime_ns
    _, second = digests(site, jobs, seen)
    assert first != second


# ------------------------------------------------------------------ workers


def _group_alive(pgid: int) -> list[int]:
    alive = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            alive.append(int(entry.name))
    return alive


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL])
def test_a_killed_build_leaves_no_worker_behind(tmp_path, signum):
    site = tmp_path / "big"
    write_sitegen(site, generate(400))
    process = subprocess.Popen(
        [sys.executable, "-m", "sitegen", "build", str(site), "--quiet", "--no-cache"],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while len(_children(process.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(_children(process.pid)) >= 2, "the build never started its workers"
    os.kill(process.pid, signum)  # the parent only, as a process manager would
    process.communicate(timeout=10)  # the pipes close: no worker holds them open
    time.sleep(2)
    assert _group_alive(process.pid) == []


def test_output_of_a_build_stays_whole_after_sigterm(tmp_path):
    site = tmp_path / "big"
    write_sitegen(site, generate(300))
    first = build_in_subprocess(site, "--quiet")
    assert first.returncode == 0, first.stderr
    before = tree_digest(site / "public")
    (site / "content" / "posts" / "extra.md").write_text(post("Extra"))
    process = subprocess.Popen(
        [sys.executable, "-m", "sitegen", "build", str(site), "--quiet", "--no-cache"],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    time.sleep(0.5)
    os.kill(process.pid, signal.SIGTERM)
    process.wait(timeout=10)
    after = tree_digest(site / "public")
    assert after == before or "2026/extra/index.html" in after
