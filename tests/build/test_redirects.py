"""`aliases` (Hugo, Zola) and `redirect_from` (Jekyll, Eleventy): a page at each old URL
that sends readers and search engines to the post, and that the sitemap never lists."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.conftest import html, post, write_site

CONFIG = """
    title: Moves
    base_url: https://example.org/blog/
"""


def _sitemap(public: Path) -> set[str]:
    root = ET.parse(public / "sitemap.xml").getroot()
    return {el.text or "" for el in root.iter() if el.tag.rsplit("}", 1)[-1] == "loc"}


def _redirect(path: Path) -> tuple[str, str]:
    tree = html(path)
    canonical = tree.css_first('link[rel="canonical"]')
    refresh = tree.css_first('meta[http-equiv="refresh"]')
    assert canonical is not None and refresh is not None, path
    robots = tree.css_first('meta[name="robots"]')
    assert robots is not None and robots.attributes["content"] == "noindex"
    found = re.fullmatch(r"0;\s*url=(\S+)", refresh.attributes["content"] or "")
    assert found, refresh.attributes
    return canonical.attributes["href"] or "", found[1]


def test_aliases_and_redirect_from_become_redirect_pages(tmp_path, run):
    site = write_site(
        tmp_path / "site",
        {
            "site.yaml": CONFIG,
            "content/posts/harbour.md": post(
                "The harbour & the <pier>",
                aliases="['/old/harbour/', '/2019/harbour.html']",
            ),
            "content/posts/dunes.md": post("Dunes", date="2026-02-01", redirect_from="/dunes/"),
        },
    )
    result = run("build", site)
    assert result.code == 0, result.err
    public = site / "public"
    harbour = "https://example.org/blog/2026/harbour/"
    assert (public / "2026/harbour/index.html").is_file()
    # old URLs are kept under base_url; one with an extension is a file, not a folder
    assert _redirect(public / "old/harbour/index.html") == (harbour, harbour)
    assert _redirect(public / "2019/harbour.html") == (harbour, harbour)
    dunes = "https://example.org/blog/2026/dunes/"
    assert _redirect(public / "dunes/index.html") == (dunes, dunes)
    page = (public / "old/harbour/index.html").read_text(encoding="utf-8")
    assert "<title>The harbour &amp; the &lt;pier&gt;</title>" in page
    listed = _sitemap(public)
    assert harbour in listed and dunes in listed
    for old in ("old/harbour/", "2019/harbour.html", "dunes/"):
        assert "https://example.org/blog/" + old not in listed
    feed = (public / "atom.xml").read_text(encoding="utf-8")
    assert "old/harbour" not in feed


def test_an_alias_that_is_another_posts_url_is_a_warning_and_no_redirect(tmp_path, run):
    site = write_site(
        tmp_path / "site",
        {
            "site.yaml": CONFIG,
            "content/posts/kept.md": post("Kept"),
            "content/posts/greedy.md": post("Greedy", aliases="['/2026/kept/']"),
        },
    )
    result = run("build", site)
    assert result.code == 0, result.err
    assert "alias /blog/2026/kept/ is already the URL of content/posts/kept.md" in result.err
    kept = html(site / "public/2026/kept/index.html")
    assert kept.css_first('meta[http-equiv="refresh"]') is None
    assert kept.css_first("h1") is not None and "Kept" in kept.css_first("h1").text()


def test_two_posts_claiming_one_old_url_build_and_the_first_keeps_it(tmp_path, run):
    site = write_site(
        tmp_path / "site",
        {
            "site.yaml": CONFIG,
            "content/posts/a.md": post("Alpha", aliases="['/shared/']"),
            "content/posts/b.md": post("Beta", date="2026-03-01", aliases="['/shared/']"),
        },
    )
    result = run("build", site)
    assert result.code == 0, result.err
    canonical, _ = _redirect(site / "public/shared/index.html")
    assert canonical in (
        "https://example.org/blog/2026/a/",
        "https://example.org/blog/2026/b/",
    )
