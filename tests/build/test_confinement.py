"""Nothing escapes the output folder, nothing unpublished is published, and nothing
hangs or lingers: the probe's findings of issue 16, one test each."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.corpus import generate, write_sitegen
from sitegen.build.sources import ContentSet, Seen, digests, sort_sources
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
    seen: dict[str, Seen] = {}
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


# -------------------------------------------------------------------- cache


def _rows(site: Path, table: str) -> list[tuple[str, bytes]]:
    import sqlite3

    db = sqlite3.connect(site / ".sitegen-cache" / "cache.sqlite3")
    try:
        return list(db.execute(f"SELECT * FROM {table}"))
    finally:
        db.close()


def _replace_all(site: Path, table: str, blob: bytes) -> None:
    import sqlite3

    db = sqlite3.connect(site / ".sitegen-cache" / "cache.sqlite3", isolation_level=None)
    try:
        db.execute(f"UPDATE {table} SET value = ?", (blob,))
    finally:
        db.close()


class _Payload:
    """Unpickling this would create a file: proof that a cache row ran code."""

    def __init__(self, proof: Path) -> None:
        self.proof = proof

    def __reduce__(self):
        return (Path.write_text, (self.proof, "ran"))


def test_a_crafted_cache_row_is_never_unpickled(site, run, tmp_path):
    import pickle

    assert run("build", site).code == 0
    assert _rows(site, "compiled")
    proof = tmp_path / "proof"
    _replace_all(site, "compiled", b"\0" * 32 + pickle.dumps(_Payload(proof)))
    _replace_all(site, "builds", b"\0" * 32 + pickle.dumps(_Payload(proof)))
    (site / "content/posts/hello.md").write_text(post("Hello again"))
    result = run("build", site)
    assert result.code == 0, result.err
    assert not proof.exists()
    assert (
        ".sitegen-cache/cache.sqlite3: info: the build cache was damaged, or written by "
        "someone else; it was rebuilt from the sources"
    ) in result.err


def test_a_cached_value_of_the_wrong_shape_is_rebuilt(site, run):
    from sitegen.build.cache import signed

    assert run("build", site).code == 0
    _replace_all(site, "compiled", signed({"not": "a compiled file"}))
    (site / "content/posts/other.md").write_text(post("Other"))
    first = run("build", site)
    assert first.code == 0, first.err
    assert "internal error" not in first.err
    second = run("build", site)
    assert second.code == 0 and "damaged" not in second.err


# ------------------------------------------------- failures with a clear message


def test_a_read_only_output_folder_is_reported_not_a_crash(site, run):
    if os.geteuid() == 0:
        pytest.skip("root writes through read-only permissions")
    assert run("build", site).code == 0
    write_site(site, {"content/posts/second.md": post("Second")})
    os.chmod(site, 0o555)
    try:
        result = run("build", site)
    finally:
        os.chmod(site, 0o755)
    assert result.code == 1
    assert "cannot write" in result.err and "internal error" not in result.err


@contextlib.contextmanager
def _tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """A small file system of its own at `folder` (root only; skipped elsewhere)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root (CI runs as root)")
    folder.mkdir()
    if subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)]
    ).returncode:
        pytest.skip("this machine cannot mount a tmpfs")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)])


def test_a_read_only_file_system_is_reported_not_a_crash(tmp_path, run):
    """As root, permissions do not stop writes; a read-only mount does."""
    with _tmpfs(tmp_path / "ro", "4m") as mount:
        site = write_site(
            mount / "site", {"site.yaml": MINIMAL_CONFIG, "content/posts/a.md": post("A")}
        )
        assert run("build", site).code == 0
        write_site(site, {"content/posts/b.md": post("B")})
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        result = run("build", site, "--no-cache")
        assert result.code == 1, result.err
        assert "cannot write" in result.err and "internal error" not in result.err
        assert (site / "public" / "2026" / "a" / "index.html").is_file()


def test_a_full_disk_says_so_and_frees_what_the_failed_build_used(tmp_path, run):
    with _tmpfs(tmp_path / "small", "2m") as mount:
        site = write_site(
            mount / "site", {"site.yaml": MINIMAL_CONFIG, "content/posts/a.md": post("A")}
        )
        assert run("build", site, "--no-cache").code == 0
        before = tree_digest(site / "public")
        write_site(site, {"content/files/big.bin": os.urandom(1_400_000)})
        result = run("build", site, "--no-cache")
        assert result.code == 1
        assert "the disk is full" in result.err and "MB free" in result.err
        assert "internal error" not in result.err
        assert tree_digest(site / "public") == before  # the last good site stays
        assert not (site / ".public.sitegen-previous").exists()  # its space is given back
        (site / "content/files/big.bin").unlink()
        write_site(site, {"content/posts/b.md": post("B")})
        again = run("build", site, "--no-cache")
        assert again.code == 0, again.err  # a smaller site builds again


def test_new_post_with_a_very_long_title(site, run, monkeypatch):
    monkeypatch.chdir(site)
    result = run("new", "post", "word " * 60)
    assert result.code == 0, result.err
    made = list((site / "content" / "posts").glob("word-*.md"))
    assert len(made) == 1 and len(made[0].name) <= 84


def test_a_site_without_content_is_warned_about(tmp_path, run):
    site = write_site(tmp_path / "empty", {"site.yaml": MINIMAL_CONFIG})
    result = run("build", site)
    assert result.code == 0
    assert "content: warning: there is no content/ folder" in result.err


def test_tags_that_look_alike_keep_their_own_pages(site, run):
    write_site(
        site,
        {
            "content/posts/cpp.md": post("Cpp", tags="['C++']"),
            "content/posts/cs.md": post("Cs", tags="['C#']"),
        },
    )
    result = run("build", site)
    assert result.code == 0, result.err
    assert (site / "public/tags/c-plus-plus/index.html").is_file()
    assert (site / "public/tags/c-sharp/index.html").is_file()


@pytest.mark.parametrize("tag", ["🚀", "!!!"])
def test_a_tag_with_no_letters_is_an_error(site, run, tag):
    write_site(site, {"content/posts/emoji.md": post("Emoji", tags=f"['{tag}']")})
    result = run("build", site)
    assert result.code == 1
    assert f"content/posts/emoji.md:4:1: error: the tag '{tag}' has no letters or digits" in (
        result.err
    )


def test_an_empty_title_is_an_error(site, run):
    write_site(site, {"content/posts/blank.md": '---\ntitle: ""\ndate: 2026-01-05\n---\nHi?\n'})
    result = run("build", site)
    assert result.code == 1
    assert "content/posts/blank.md:2:8: error: 'title': is empty" in result.err


def test_a_javascript_reply_link_is_refused(site, run):
    write_site(
        site,
        {"content/posts/js.md": post("Js", replies="{comments: 'javascript:alert(1)'}")},
    )
    result = run("build", site)
    assert result.code == 1
    assert "'replies.comments': 'javascript:alert(1)' is not a web address" in result.err


def test_a_german_site_is_not_judged_by_english_rules(tmp_path, run):
    site = write_site(
        tmp_path / "de",
        {
            "site.yaml": MINIMAL_CONFIG + "    language: de\n",
            "content/posts/hallo.md": post(
                "Hallo",
                body="Wir haben eine neue Version veröffentlicht. Was meint ihr dazu?",
                social="{mastodon: 'Neue Version! Schreibt uns, was ihr davon haltet.'}",
            ),
        },
    )
    result = run("build", site)
    assert result.code == 0, result.err
    assert "ENG101 broadcast-blurb" not in result.err and "ENG001 broadcast" not in result.err
    assert "site.yaml:3:1: info: the engagement rules read English only" in result.err
    assert run("lint", site).out.count("read English only") == 1


@pytest.mark.parametrize(
    ("text", "said"),
    [("''", "is empty"), ("'🎉🎉🎉'", "has no words, only symbols or emoji")],
)
def test_empty_and_emoji_only_blurbs_are_named_for_what_they_are(site, run, text, said):
    write_site(site, {"content/posts/b.md": post("B", social=f"{{x: {text}}}")})
    out = run("lint", site, "--select", "ENG014").out
    assert f"ENG014 link-only-blurb [error] the x blurb {said}" in out
