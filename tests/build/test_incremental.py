"""Incremental builds equal clean builds, byte for byte, whatever was edited.

Also: the cache survives damage, unchanged files keep their mtime, and a build
with nothing changed writes nothing.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitegen.build.builder import Builder, BuildOptions, build
from sitegen.build.cache import CACHE_DIR, FILE
from tests.conftest import tree_digest, write_site

NOW = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
SEED = {
    "site.yaml": "title: Prop\nbase_url: https://example.org/\nposts_per_page: 2\n",
    "content/series/trip.md": "---\ntitle: The trip\nparts: 3\n---\nAn intro.\n",
    "content/pages/about.md": "---\ntitle: About\nmenu: 1\n---\nAbout us. What brings you here?\n",
}


def post_text(
    n: int, title: str = "", tags: str = "a, b", day: int = 1, part: int = 0, body: str = ""
) -> str:
    series = f"series: The trip\npart: {part}\n" if part else ""
    return (
        f"---\ntitle: {title or f'Post {n}'}\ndate: 2026-01-{day:02d}\ntags: [{tags}]\n{series}---\n"
        f"{body or f'Body of post {n}.'}\n\nWhat do you think about post {n}?\n"
    )


def initial_site(root: Path) -> Path:
    files: dict[str, str | bytes] = dict(SEED)
    for n in range(1, 6):
        files[f"content/posts/p{n}.md"] = post_text(n, day=n, part=n if n <= 2 else 0)
    return write_site(root, files)


def clean_build(site: Path, into: Path) -> dict[str, str]:
    """Build a copy of the site with no cache and no previous output."""
    copy = into / "copy"
    shutil.copytree(site, copy, ignore=shutil.ignore_patterns("public", ".public*", CACHE_DIR))
    result = build(copy, BuildOptions(now=NOW, cache=False))
    assert result.ok, result.diagnostics
    return tree_digest(copy / "public")


edits = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "body",
                "title",
                "date",
                "tag",
                "part",
                "template",
                "add",
                "delete",
                "rename",
                "css",
                "config",
            ]
        ),
        st.integers(min_value=1, max_value=9),
    ),
    min_size=1,
    max_size=5,
)


def apply(site: Path, kind: str, n: int) -> None:
    posts = sorted((site / "content/posts").glob("*.md"))
    target = posts[n % len(posts)] if posts else None
    if kind == "add" or target is None:
        (site / f"content/posts/new{n}-{len(posts)}.md").write_text(
            post_text(50 + n, day=20 + n % 8)
        )
    elif kind == "delete" and len(posts) > 1:
        target.unlink()
    elif kind == "rename":
        target.rename(target.with_name(f"renamed-{n}-{target.name}"))
    elif kind == "body":
        target.write_text(target.read_text().replace("Body of", f"Changed {n} body of"))
    elif kind == "title":
        text = target.read_text()
        target.write_text(text.replace("title: ", f"title: New {n} ", 1))
    elif kind == "date":
        text = target.read_text()
        target.write_text(
            text.replace("date: 2026-01-", f"date: 2026-02-{n:02d}T", 1).replace(
                f"2026-02-{n:02d}T", f"2026-02-{n:02d}\n#", 1
            )
        )
    elif kind == "tag":
        target.write_text(target.read_text().replace("tags: [a, b]", f"tags: [b, t{n}]"))
    elif kind == "part":
        text = target.read_text()
        if "part:" not in text:
            target.write_text(
                text.replace("---\n", f"---\nseries: The trip\npart: {n + 2}\n", 1).replace(
                    "---\nseries", "---\nseries", 1
                ),
            )
    elif kind == "template":
        templates = site / "templates"
        templates.mkdir(exist_ok=True)
        (templates / "page.html").write_text(
            "{% extends 'base.html' %}{% block content %}<h1>"
            + str(n)
            + " {{ page.title }}</h1>{% endblock %}"
        )
    elif kind == "css":
        static = site / "static/css"
        static.mkdir(parents=True, exist_ok=True)
        (static / "style.css").write_text(f"body {{ margin: {n}px }}\n")
    elif kind == "config":
        config = site / "site.yaml"
        config.write_text(
            config.read_text()
            .replace("posts_per_page: 2", f"posts_per_page: {1 + n % 3}")
            .replace("posts_per_page: 1", f"posts_per_page: {1 + n % 3}")
            .replace("posts_per_page: 3", f"posts_per_page: {1 + n % 3}")
        )


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=edits)
def test_incremental_build_equals_clean_build(tmp_path_factory, steps):
    root = tmp_path_factory.mktemp("prop")
    site = initial_site(root / "site")
    first = build(site, BuildOptions(now=NOW))
    assert first.ok, first.diagnostics
    for step, (kind, n) in enumerate(steps):
        apply(site, kind, n)
        result = build(site, BuildOptions(now=NOW))
        if not result.ok:  # an edit may make the site invalid (e.g. a duplicate part)
            continue
        assert tree_digest(site / "public") == clean_build(site, root / f"clean-{step}"), (
            f"after {steps[: step + 1]}"
        )


def test_unchanged_files_keep_their_mtime_and_inode(tmp_path):
    site = initial_site(tmp_path / "site")
    assert build(site, BuildOptions(now=NOW)).ok
    about = site / "public/about/index.html"
    post5 = site / "public/2026/p5/index.html"
    before_about, before_post = about.stat(), post5.stat()
    (site / "content/posts/p3.md").write_text(post_text(3, day=3, body="Edited."))
    result = build(site, BuildOptions(now=NOW))
    assert result.ok
    assert "2026/p3/index.html" in result.changed
    assert "about/index.html" not in result.changed
    after = about.stat()
    assert (after.st_mtime_ns, after.st_ino) == (before_about.st_mtime_ns, before_about.st_ino)
    # p5's page shows p4 as its older neighbour, not p3, so it is untouched too
    assert post5.stat().st_mtime_ns == before_post.st_mtime_ns


def test_nothing_changed_writes_nothing(tmp_path):
    site = initial_site(tmp_path / "site")
    assert build(site, BuildOptions(now=NOW)).ok
    before = tree_digest(site / "public")
    again = build(site, BuildOptions(now=NOW))
    assert again.ok and again.rendered == 0
    assert tree_digest(site / "public") == before


def test_edited_output_file_is_repaired(tmp_path):
    site = initial_site(tmp_path / "site")
    assert build(site, BuildOptions(now=NOW)).ok
    expected = tree_digest(site / "public")
    (site / "public/about/index.html").write_text("vandalised")
    (site / "public/2026/p1/index.html").unlink()
    assert build(site, BuildOptions(now=NOW)).ok
    assert tree_digest(site / "public") == expected


def test_damaged_cache_is_rebuilt_not_trusted(tmp_path):
    site = initial_site(tmp_path / "site")
    assert build(site, BuildOptions(now=NOW)).ok
    expected = tree_digest(site / "public")
    cache_file = site / CACHE_DIR / FILE
    data = cache_file.read_bytes()
    cache_file.write_bytes(data[: len(data) // 3])  # truncated, as by a crash or a full disk
    (site / "content/posts/p2.md").write_text(post_text(2, day=2, part=2, body="Again."))
    result = build(site, BuildOptions(now=NOW))
    assert result.ok
    assert tree_digest(site / "public") != expected  # the edit is there
    assert tree_digest(site / "public") == clean_build(site, tmp_path / "clean")
    cache_file.write_bytes(b"not a database at all")
    assert build(site, BuildOptions(now=NOW)).ok
    assert tree_digest(site / "public") == clean_build(site, tmp_path / "clean2")


def test_a_post_that_becomes_due_appears_without_any_edit(tmp_path):
    site = initial_site(tmp_path / "site")
    (site / "content/posts/later.md").write_text(
        post_text(9, day=1).replace("date: 2026-01-01", "date: 2026-07-01")
    )
    assert build(site, BuildOptions(now=NOW)).ok
    assert not (site / "public/2026/later").exists()
    assert build(site, BuildOptions(now=dt.datetime(2026, 7, 2, tzinfo=dt.UTC))).ok
    assert (site / "public/2026/later/index.html").is_file()


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=edits)
def test_dev_server_rebuilds_equal_clean_builds(tmp_path_factory, steps):
    """The dev server keeps one Builder alive and updates its output in place."""
    root = tmp_path_factory.mktemp("serve")
    site = initial_site(root / "site")
    builder = Builder(site, BuildOptions(now=NOW), in_place=True)
    try:
        assert builder.build().ok
        for step, (kind, n) in enumerate(steps):
            apply(site, kind, n)
            if not builder.build().ok:
                continue
            expected = clean_build(site, root / f"clean-{step}")
            assert tree_digest(site / "public") == expected, f"after {steps[: step + 1]}"
    finally:
        builder.close()
