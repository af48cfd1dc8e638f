"""`relative_urls: true`: the built folder browses from disk (file://) with its styles
and working links; feeds and canonical URLs stay absolute."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from sitegen.config import SiteConfig
from sitegen.render.relative import relativise
from tests.conftest import REPO, html, needs_browser


def test_links_into_the_site_become_paths_from_the_page():
    config = SiteConfig(title="T", base_url="https://example.org/blog/")
    page = (
        '<link rel="canonical" href="/blog/2026/x/">'
        '<link rel="stylesheet" href="/blog/css/style.css">'
        "<a href='/blog/2026/y/#part-2'>y</a> <a href=/blog/>home</a>"
        '<a href="/elsewhere/">not ours</a><a href="https://example.org/blog/">full</a>'
        '<img src="/blog/2026/x/photo.jpg" srcset="/blog/a.png 1x, /blog/b.png 2x">'
        '<a href="#top">top</a><a href="mailto:me@example.org">mail</a>'
        '<script>const home = "/blog/";</script>'
    )
    out = relativise(page, "2026/x/index.html", config)
    assert '<link rel="canonical" href="/blog/2026/x/">' in out  # canonical stays as it was
    assert 'href="../../css/style.css"' in out
    assert "href='../y/index.html#part-2'" in out
    assert "href=../../index.html>" in out
    assert 'href="/elsewhere/"' in out and 'href="https://example.org/blog/"' in out
    assert 'src="photo.jpg"' in out
    assert 'srcset="../../a.png 1x, ../../b.png 2x"' in out
    assert 'href="#top"' in out and 'href="mailto:me@example.org"' in out
    assert 'const home = "/blog/";' in out  # script text is not markup


@pytest.fixture(scope="module")
def relative_site(tmp_path_factory) -> Path:
    from sitegen.cli import main

    site = tmp_path_factory.mktemp("relative") / "site"
    site.mkdir()
    shutil.copy(REPO / "site.yaml", site)
    shutil.copytree(REPO / "content", site / "content")
    with (site / "site.yaml").open("a", encoding="utf-8") as config:
        config.write("\nrelative_urls: true\n")
    assert main(["build", str(site), "--quiet"]) == 0
    return site / "public"


def test_every_internal_link_of_every_page_resolves_to_a_file(relative_site):
    checked = 0
    for page in sorted(relative_site.rglob("*.html")):
        if page.name == "404.html":
            continue
        for node in html(page).css("[href], [src]"):
            url = node.attributes.get("href") or node.attributes.get("src") or ""
            if urlsplit(url).scheme or url.startswith(("#", "//")):
                continue
            if node.attributes.get("rel") == "canonical":
                continue
            assert not url.startswith("/"), f"{page}: root-relative {url}"
            target = (page.parent / unquote(urlsplit(url).path)).resolve()
            assert target.is_file(), f"{page.relative_to(relative_site)}: {url} is missing"
            checked += 1
    assert checked > 100


def test_feeds_and_sitemap_keep_absolute_urls(relative_site):
    atom = (relative_site / "atom.xml").read_text(encoding="utf-8")
    assert 'href="https://example.org/2026/' in atom
    assert "<loc>https://example.org/" in (relative_site / "sitemap.xml").read_text()


@needs_browser
def test_the_built_folder_browses_from_disk(relative_site, page):
    page.goto((relative_site / "index.html").as_uri())
    # The stylesheet loaded: the theme centres the body (margin 0 auto), a bare page has 8px.
    assert page.evaluate("getComputedStyle(document.body).marginTop") == "0px"
    first = page.locator("main article h2 a, main .post-list a").first
    title = first.inner_text().strip()
    first.click()
    page.wait_for_load_state()
    assert page.url.startswith("file://") and page.url.endswith("/index.html")
    assert page.locator("h1").first.inner_text().strip() == title
    assert page.evaluate("getComputedStyle(document.body).marginTop") == "0px"
    page.locator("a", has_text="Archive").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/archive/index.html")
    assert page.locator("main a").count() > 5
