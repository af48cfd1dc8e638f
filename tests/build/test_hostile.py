"""Hostile input, one class per test: each gets a file:line error or a clean,
escaped result, never a traceback, a hang or a memory spike.

Encodings, empty files, unclosed and non-mapping front matter and duplicate keys
are in test_errors.py; this file has the rest of the classes."""

from __future__ import annotations

import os
import subprocess
import sys
import tracemalloc
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sitegen import cli
from tests.conftest import MINIMAL_CONFIG, REPO, html, post, tree_digest, write_site

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def site(tmp_path, run) -> Path:
    """A small site that has built once, so a failed build has an output to keep."""
    root = write_site(
        tmp_path / "site",
        {"site.yaml": MINIMAL_CONFIG, "content/posts/hello.md": post("Hello")},
    )
    assert run("build", root).code == 0
    return root


def failing_build(site: Path, run, files: dict[str, str | bytes]) -> str:
    """Add `files`, build, and check the build failed cleanly and kept the old site."""
    before = tree_digest(site / "public")
    write_site(site, files)
    result = run("build", site)
    assert result.code == 1, result.err
    assert "Traceback" not in result.err and "internal error" not in result.err
    assert tree_digest(site / "public") == before
    return result.err


def build_in_subprocess(
    site: Path, *args: str, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    """Run `sitegen build` in its own process, so that a hang fails the test
    instead of stopping the test run."""
    return subprocess.run(
        [sys.executable, "-m", "sitegen", "build", str(site), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def front(extra: str, body: str = "What do you think?") -> str:
    return f"---\ntitle: Hostile\ndate: 2026-02-01\n{extra}---\n{body}\n"


# ------------------------------------------------------------------ YAML


def test_alias_bomb_is_stopped_without_expanding_it(site, run):
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 10):  # 9**10 values if expanded
        lines.append(f"{chr(97 + i)}: &{chr(97 + i)} [" + ",".join([f"*{chr(96 + i)}"] * 9) + "]")
    bomb = "extra:\n" + "".join(f"  {line}\n" for line in lines)
    tracemalloc.start()
    try:
        err = failing_build(site, run, {"content/posts/bomb.md": front(bomb)})
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The count runs out inside the anchored list the aliases repeat (line 5).
    assert "content/posts/bomb.md:5:42: error: YAML expands to more than 100,000 values" in err
    assert "aliases (*name) that repeat each other" in err
    assert peak < 50_000_000, f"peak {peak:,} bytes"


def test_deeply_nested_yaml_is_refused(site, run):
    deep = "extra: " + "[" * 5000 + "]" * 5000 + "\n"
    err = failing_build(site, run, {"content/posts/deep.md": front(deep)})
    assert "content/posts/deep.md:4:72: error: YAML is nested more than 64 levels deep" in err
    assert "Flatten the structure" in err


def test_tab_indentation_points_at_the_tab(site, run):
    err = failing_build(site, run, {"content/posts/tabs.md": front("tags:\n\t- a\n")})
    assert "content/posts/tabs.md:5:1: error: invalid YAML" in err
    assert "YAML does not allow tabs for indentation; indent with spaces." in err


def test_huge_front_matter_of_unknown_keys_is_reported_in_short(site, run):
    keys = "".join(f"key{i}: {'v' * 100}\n" for i in range(50_000))
    err = failing_build(site, run, {"content/posts/huge.md": front(keys)})
    assert "content/posts/huge.md:4:1: error: unknown key 'key0'" in err
    assert err.count("error: unknown key") == 20
    assert "content/posts/huge.md: 49,980 more problems not shown" in err
    assert "Build failed (50000 errors)" in err


def test_huge_front_matter_that_is_valid_builds(site, run):
    extra = "extra:\n" + "".join(f"  key{i}: value {i}\n" for i in range(20_000))
    write_site(site, {"content/posts/big-front.md": front(extra)})
    result = run("build", site)
    assert result.code == 0, result.err
    assert html(site / "public/2026/big-front/index.html").css_first("h1").text() == "Hostile"


# -------------------------------------------------------------- Markdown


def test_twenty_megabyte_post_builds_and_is_not_linted(tmp_path):
    paragraph = "A sentence about talking with people, and a question: what do you think? " * 4
    body = (paragraph + "\n\n") * (20_000_000 // (len(paragraph) + 2))
    root = write_site(
        tmp_path / "site",
        {"site.yaml": MINIMAL_CONFIG, "content/posts/big.md": front("", body)},
    )
    result = build_in_subprocess(root)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (
        "content/posts/big.md:5:1: ENG904 too-long-to-lint [warning] the text is 20.0 MB, "
        "too long to lint" in result.stderr
    )
    page = html(root / "public/2026/big/index.html")
    paragraphs = page.css(".post-content p")
    assert len(paragraphs) == body.count("\n\n")
    assert paragraphs[-1].text() == paragraph.strip()


DEEP = "lists or quotes nested too deeply; from here on this part is shown as plain text"


@pytest.mark.parametrize(
    "name, body, warning",
    [
        ("nested-list", "- " * 10_000 + "deepest\n", f"nested-list.md:5:19: warning: {DEEP}"),
        ("nested-quote", ">" * 10_000 + " deepest\n", f"nested-quote.md:5:19: warning: {DEEP}"),
        ("nested-brackets", "[" * 30_000 + "deepest\n", ""),
        ("star-run", "*" * 50_000 + "deepest\n", ""),
        ("underscore-run", "_" * 50_000 + " deepest\n", ""),
        ("emphasis-pairs", "*a **b " * 20_000 + "deepest\n", ""),
        ("open-links", "[a](" * 20_000 + "deepest\n", ""),
        (
            "open-comments",
            "<!--" * 20_000 + "\n\ndeepest\n",
            "open-comments.md:5:1: warning: "
            "this HTML comment is never closed, so the rest of the post is hidden",
        ),
    ],
)
def test_pathological_markdown_builds(tmp_path, name, body, warning):
    root = write_site(
        tmp_path / "site",
        {"site.yaml": MINIMAL_CONFIG, f"content/posts/{name}.md": front("", body)},
    )
    result = build_in_subprocess(root, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    if warning:
        assert f"content/posts/{warning}" in result.stderr
    else:
        assert "warning:" not in result.stderr.replace("[warning]", "")  # lint findings only
    text = html(root / f"public/2026/{name}/index.html").css_first(".post-content").text()
    # Nothing is lost, except what an unclosed comment hides (as it would in a browser).
    assert ("deepest" in text) != name.startswith("open-comments")


# ------------------------------------------------------- escaping, links

TITLE = "<script>alert('t')</script> \"Quotes\" & {{ 7*7 }} {% raw %}"
TAGS = ["<b>bold</b>", "{{ config }}", 'q"uote']
SUMMARY = "<img src=x onerror=alert(1)> {{ 7*7 }}"


@pytest.fixture
def tricky(tmp_path, run) -> Path:
    title = TITLE.replace("\\", "\\\\").replace('"', '\\"')
    tags = ", ".join('"' + t.replace('"', '\\"') + '"' for t in TAGS)
    root = write_site(
        tmp_path / "site",
        {
            "site.yaml": MINIMAL_CONFIG
            + '    description: "Desc <script>alert(2)</script> {{ 6*7 }}"\n'
            + "    feeds: {rss: true}\n",
            "content/posts/tricky.md": (
                f'---\ntitle: "{title}"\ndate: 2026-01-02\ntags: [{tags}]\n'
                f'summary: "{SUMMARY}"\n---\nWhat do you think?\n'
            ),
        },
    )
    result = run("build", root)
    assert result.code == 0, result.err
    return root


def test_titles_and_tags_are_text_in_html(tricky):
    page = html(tricky / "public/2026/tricky/index.html")
    assert page.css_first("h1").text() == TITLE
    assert page.css_first("title").text().startswith(TITLE)
    assert [a.text() for a in page.css("a[rel=tag]")] == TAGS
    assert page.css_first('meta[property="og:title"]').attributes["content"] == TITLE
    assert page.css_first('meta[name="description"]').attributes["content"] == SUMMARY
    assert [m.attributes["content"] for m in page.css('meta[property="article:tag"]')] == TAGS
    assert page.css("img") == []  # the summary's <img> is text, not an element
    assert not [s for s in page.css("script") if "alert" in s.text()]
    home = html(tricky / "public/index.html")
    assert home.css_first('meta[name="description"]').attributes["content"] == (
        "Desc <script>alert(2)</script> {{ 6*7 }}"
    )
    tag_page = html(tricky / "public/tags/b-bold-b/index.html")
    assert TAGS[0] in tag_page.css_first("h1").text()


def test_titles_and_tags_are_text_in_feeds(tricky):
    atom = ET.parse(tricky / "public/atom.xml").getroot()
    entry = atom.find(f"{ATOM}entry")
    assert entry is not None
    assert entry.findtext(f"{ATOM}title") == TITLE
    assert entry.findtext(f"{ATOM}summary") == SUMMARY
    assert [c.get("label") for c in entry.findall(f"{ATOM}category")] == TAGS
    rss = ET.parse(tricky / "public/rss.xml").getroot()
    assert rss.findtext("channel/item/title") == TITLE
    assert [c.text for c in rss.findall("channel/item/category")] == TAGS


def test_template_syntax_in_content_is_never_evaluated(tricky):
    for page in (tricky / "public").rglob("*.html"):
        text = page.read_text()
        assert "49" not in text and "42" not in text, page
        assert "&lt;Config" not in text and "<Config" not in text, page


def test_links_that_run_code_are_neutralised(site, run):
    body = (
        "Markdown: [a](javascript:alert(1)) [b](data:text/html;base64,PHNjcmlwdD4=) "
        "[c](vbscript:x) [d](  JAVASCRIPT:alert(1)) [ok](https://example.org/) "
        "![png](data:image/png;base64,iVBORw0KGgo=)\n\n"
        '<a href="javascript:alert(3)">raw</a>\n\n'
        'Inline <a href="javascript&#58;alert(5)" title="t">entity</a> and '
        '<img src="data:text/html,hi" alt="d">, <a href=" JaVa\nScript:alert(6)">split</a>.\n'
    )
    write_site(site, {"content/posts/links.md": front("", body)})
    result = run("build", site)
    assert result.code == 0, result.err
    err = result.err
    assert (
        'content/posts/links.md:7:1: warning: raw HTML <a href="javascript:alert(3)"> runs '
        "code when followed; the href attribute was left out of the page" in err
    )
    assert 'content/posts/links.md:9:8: warning: raw HTML <a href="javascript:alert(5)">' in err
    assert 'content/posts/links.md:9:67: warning: raw HTML <img src="data:text/html,hi">' in err
    assert 'content/posts/links.md:9:106: warning: raw HTML <a href="JaVa Script:alert(6)">' in err
    page = html(site / "public/2026/links/index.html")
    urls = [
        value
        for node in page.css(".post-content [href], .post-content [src]")
        for name, value in node.attributes.items()
        if name in ("href", "src") and value is not None
    ]
    assert urls == ["https://example.org/", "data:image/png;base64,iVBORw0KGgo="]
    links = [a.text() for a in page.css(".post-content a")]
    assert links == ["ok", "raw", "entity", "split"]  # kept, as text without a target
    assert page.css_first('.post-content a[title="t"]') is not None


# ------------------------------------------------------------ file names


def test_file_names_with_spaces_and_unicode(site, run):
    write_site(
        site,
        {
            "content/posts/a post with spaces.md": post("Spaces"),
            "content/posts/Überraschung café.md": post("Unicode"),
        },
    )
    result = run("build", site)
    assert result.code == 0, result.err
    assert html(site / "public/2026/a-post-with-spaces/index.html").css_first("h1").text() == (
        "Spaces"
    )
    assert html(site / "public/2026/uberraschung-cafe/index.html").css_first("h1").text() == (
        "Unicode"
    )


def test_file_names_that_collide_after_slugging(site, run):
    err = failing_build(
        site,
        run,
        {"content/posts/Hello World.md": post("One"), "content/posts/hello-world.md": post("Two")},
    )
    assert (
        "/2026/hello-world/ would be written twice: by content/posts/Hello World.md and by "
        "content/posts/hello-world.md" in err
    )


# --------------------------------------------------------------- symlinks


def test_symlinks_that_loop_or_leave_the_site_are_refused(site, run, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text(post("Secret outside"))
    posts = site / "content/posts"
    (posts / "loop").symlink_to(posts, target_is_directory=True)
    (posts / "self.md").symlink_to(posts / "self.md")
    (posts / "out").symlink_to(outside, target_is_directory=True)
    (posts / "secret.md").symlink_to(outside / "secret.md")
    (posts / "passwd.md").symlink_to("/etc/passwd")
    result = run("build", site)
    assert result.code == 0, result.err
    err = result.err
    assert "content/posts/loop: warning: symbolic link is a link to a folder" in err
    assert "content/posts/self.md: warning: symbolic link is broken or loops; it is skipped" in err
    assert "content/posts/out: warning: symbolic link points outside the site folder" in err
    assert "content/posts/secret.md: warning: symbolic link points outside the site folder" in err
    assert "content/posts/passwd.md: warning: symbolic link points outside the site folder" in err
    built = "".join(p.read_text() for p in (site / "public").rglob("*.html"))
    assert "Secret outside" not in built and "root:" not in built


# -------------------------------------------------------------- templates


@pytest.mark.parametrize(
    "template",
    [
        '{% include "post.html" %}\n',
        '{% extends "post.html" %}\n',
        "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}\n",
    ],
)
def test_template_that_calls_itself(site, run, template):
    err = failing_build(site, run, {"templates/post.html": template})
    assert (
        "templates/post.html:1:1: error: the template calls itself without end "
        "(while rendering content/posts/hello.md)" in err
    )


# ------------------------------------------------------------------ bugs


def test_an_internal_error_says_how_to_see_the_traceback(site, capsys, monkeypatch):
    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValueError("boom")

    monkeypatch.setattr("sitegen.build.builder.build", broken)
    assert cli.main(["build", str(site)]) == 1
    err = capsys.readouterr().err
    assert "sitegen: internal error: ValueError: boom" in err
    assert f"Run `sitegen --debug build {site}` to see the traceback" in err
    assert "Traceback" not in err
