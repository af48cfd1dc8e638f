"""End-to-end builds of tests/sites/basic, checked on the parsed output."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import REPO, html, tree_digest

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
BASE = "/blog/"


@pytest.fixture
def built(fixture_site, run) -> Path:
    site = fixture_site("basic")
    result = run("build", site)
    assert result.code == 0, result.err
    return site


def target_of(public: Path, url: str) -> Path:
    path = unquote(urlsplit(url).path)
    assert path.startswith(BASE), url
    relative = path[len(BASE) :]
    target = public / relative
    return target / "index.html" if relative == "" or relative.endswith("/") else target


def test_summary_line_counts_pages(fixture_site, run):
    site = fixture_site("basic")
    result = run("build", site)
    assert result.code == 0
    assert result.out.startswith("Built ")
    assert "pages in" in result.out and result.out.rstrip().endswith("public/")


def test_every_internal_link_resolves(built):
    public = built / "public"
    pages = list(public.rglob("*.html"))
    assert len(pages) >= 12
    checked = 0
    for page in pages:
        doc = html(page)
        for node in doc.css("a[href], link[href], img[src]"):
            url = node.attributes.get("href") or node.attributes.get("src") or ""
            if url.startswith(("mailto:", "#", "https://mastodon.example")):
                continue
            if url.startswith("https://example.org"):
                url = url[len("https://example.org") :]
            assert url.startswith(BASE), f"{page}: {url}"
            assert target_of(public, url.split("#")[0]).is_file(), f"{page} links to {url}"
            checked += 1
    assert checked > 100


def test_post_page_structure(built):
    doc = html(built / "public/2026/second/index.html")
    assert doc.css_first("title").text() == "The second post: on replies · Basic <Test> Site"
    assert doc.css_first("html").attributes["lang"] == "en-GB"
    assert doc.css_first("h1").text() == "The second post: on replies"
    meta = {
        (m.attributes.get("property") or m.attributes.get("name")): m.attributes["content"]
        for m in doc.css("meta[content]")
    }
    assert meta["og:url"] == "https://example.org/blog/2026/second/"
    assert meta["og:type"] == "article"
    assert meta["og:image"] == "https://example.org/blog/images/pixel.png"
    assert meta["twitter:card"] == "summary_large_image"
    assert meta["article:published_time"] == "2026-03-08T09:30:00+01:00"
    assert meta["article:modified_time"].startswith("2026-03-10")
    assert meta["description"] == "The first paragraph becomes the summary."
    canonical = doc.css_first("link[rel=canonical]").attributes["href"]
    assert canonical == "https://example.org/blog/2026/second/"
    tags = [a.text() for a in doc.css(".tags a")]
    assert tags == ["Writing", "Replies"]
    # Headings get unique ids and a table of contents needs three of them.
    ids = [h.attributes.get("id") for h in doc.css(".post-content h2, .post-content h3")]
    assert ids == ["same-heading", "same-heading-1", "deeper"]
    assert [a.attributes["href"] for a in doc.css(".toc a")] == [
        "#same-heading",
        "#same-heading-1",
        "#deeper",
    ]
    assert doc.css_first(".footnotes") is not None
    assert "min read" in doc.css_first(".post-meta").text()


def test_reply_block_uses_replies_config_and_front_matter(built):
    doc = html(built / "public/2026/second/index.html")
    links = {a.text(): a.attributes["href"] for a in doc.css(".replies a")}
    assert links["Reply on Mastodon"] == "https://mastodon.example/@ada/1"
    assert links["Reply by email"] == (
        "mailto:replies@example.org?subject=Re%3A%20The%20second%20post%3A%20on%20replies"
    )


def test_reply_block_is_left_out_when_nothing_is_configured(fixture_site, run):
    site = fixture_site("basic")
    config = site / "site.yaml"
    config.write_text(config.read_text().replace("replies:\n  email: replies@example.org\n", ""))
    assert run("build", site).code == 0
    assert html(site / "public/2026/first-steps/index.html").css_first(".replies") is None
    assert html(site / "public/2026/second/index.html").css_first(".replies") is not None


def test_code_is_highlighted_and_tables_render(built):
    doc = html(built / "public/2026/first-steps/index.html")
    code = doc.css_first("pre.highlight code.language-python")
    assert code is not None and code.css_first("span.k") is not None  # 'def' keyword
    assert [th.text() for th in doc.css("table th")] == ["Platform", "Limit"]
    image = doc.css_first(".post-content img")
    assert image.attributes["alt"] == "A single pixel"
    assert (built / "public/images/pixel.png").read_bytes()[:4] == b"\x89PNG"


def test_home_page_is_paginated_newest_first(built):
    public = built / "public"
    first = html(public / "index.html")
    titles = [a.text() for a in first.css(".summary h2 a")]
    assert titles == ["Third", "The second post: on replies"]
    assert first.css_first(".pagination a[rel=next]").attributes["href"] == "/blog/page/2/"
    second = html(public / "page/2/index.html")
    assert [a.text() for a in second.css(".summary h2 a")] == ["First steps"]
    assert second.css_first(".pagination a[rel=prev]").attributes["href"] == "/blog/"
    assert not (public / "page/3").exists()


def test_summaries_come_from_more_marker_or_first_paragraph(built):
    doc = html(built / "public/index.html")
    summaries = [s.text(strip=True) for s in doc.css(".p-summary")]
    assert summaries[1] == "The first paragraph becomes the summary."
    page2 = html(built / "public/page/2/index.html")
    # front matter `summary:` wins over the <!-- more --> text
    assert page2.css_first(".p-summary").text(strip=True) == "How this blog started."


def test_tags_archive_and_menu(built):
    public = built / "public"
    tags = html(public / "tags/index.html")
    assert [a.text() for a in tags.css(".tag-list a")] == ["meta", "Replies", "Writing"]
    writing = html(public / "tags/writing/index.html")
    # "Writing" and "writing" are one tag; the spelling used most wins (ties: sort order)
    assert writing.css_first("h1").text() == "Posts tagged “Writing”"
    assert len(writing.css(".summary")) == 2
    archive = html(public / "archive/index.html")
    assert [h.text() for h in archive.css(".archive-year h2")] == ["2026"]
    assert len(archive.css(".archive-list li")) == 3
    nav = [a.text() for a in html(public / "index.html").css(".site-nav a")]
    assert nav == ["Home", "Archive", "Tags", "About", "Feed"]


def test_drafts_and_future_posts_only_when_asked(built, run):
    public = built / "public"
    assert not (public / "2026/draft-idea").exists()
    assert not (public / "2099").exists()
    result = run("build", built, "--drafts", "--future", "-o", built / "preview")
    assert result.code == 0, result.err
    preview = built / "preview"
    draft = html(preview / "2026/draft-idea/index.html")
    assert draft.css_first(".badge-draft").text() == "Draft"
    assert html(preview / "2099/from-the-future/index.html").css_first(".badge-scheduled")


def test_atom_feed_is_valid_and_absolute(built):
    root = ET.parse(built / "public/atom.xml").getroot()
    assert root.tag == f"{ATOM}feed"
    assert root.find(f"{ATOM}id").text == "https://example.org/blog/atom.xml"
    assert root.find(f"{ATOM}updated").text == "2026-03-15T08:00:00+01:00"
    assert root.find(f"{ATOM}author/{ATOM}name").text == "Ada Tester"
    entries = root.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == [
        "Third",
        "The second post: on replies",
        "First steps",
    ]
    for entry in entries:
        link = entry.find(f"{ATOM}link").attrib["href"]
        assert link.startswith("https://example.org/blog/2026/")
        assert entry.find(f"{ATOM}id").text == link
        for needed in ("updated", "published", "content"):
            assert entry.find(f"{ATOM}{needed}") is not None
        content = entry.find(f"{ATOM}content")
        assert content.attrib["type"] == "html" and "<p>" in (content.text or "")


def test_sitemap_lists_every_page_once(built):
    public = built / "public"
    root = ET.parse(public / "sitemap.xml").getroot()
    locs = [u.find(f"{SITEMAP}loc").text or "" for u in root.findall(f"{SITEMAP}url")]
    assert len(locs) == len(set(locs))
    for loc in locs:
        assert loc.startswith("https://example.org/blog/")
        assert target_of(public, loc).is_file()
    html_pages = {p for p in public.rglob("index.html")} | {public / "404.html"}
    assert len(locs) == len(html_pages) - 1  # every page but 404.html
    robots = (public / "robots.txt").read_text()
    assert "Sitemap: https://example.org/blog/sitemap.xml" in robots


def test_404_page_exists(built):
    doc = html(built / "public/404.html")
    assert doc.css_first("h1").text() == "Page not found"


def test_two_builds_are_byte_identical(built, run):
    first = tree_digest(built / "public")
    assert run("build", built).code == 0
    assert tree_digest(built / "public") == first


def test_stale_files_disappear(built, run):
    public = built / "public"
    assert (public / "2026/third/index.html").is_file()
    (built / "content/posts/2026-03-15-third.md").unlink()
    assert run("build", built).code == 0
    assert not (public / "2026/third").exists()
    # Beside public/ there is only the previous build (the back buffer) and the marker
    # that says public/ is sitegen's; no lock file.
    siblings = {p.name for p in built.iterdir() if p.name.startswith(".public")}
    assert siblings <= {".public.sitegen-previous", ".public.sitegen-output"}


def test_output_option_and_base_url_override(built, run):
    result = run(
        "build", built, "-o", built / "elsewhere", "--base-url", "https://staging.example.net/"
    )
    assert result.code == 0, result.err
    doc = html(built / "elsewhere/2026/third/index.html")
    assert doc.css_first("link[rel=canonical]").attributes["href"] == (
        "https://staging.example.net/2026/third/"
    )


def test_site_template_overrides_one_template(fixture_site, run):
    site = fixture_site("basic")
    (site / "templates").mkdir()
    (site / "templates/page.html").write_text(
        '{% extends "base.html" %}{% block content %}<h1 class="custom">{{ page.title }}</h1>'
        "{% endblock %}"
    )
    assert run("build", site).code == 0
    assert html(site / "public/about/index.html").css_first("h1.custom").text() == "About"
    # the other templates still come from the default theme
    assert html(site / "public/2026/third/index.html").css_first("article.post") is not None


def test_theme_extends_default(fixture_site, run):
    site = fixture_site("basic")
    theme = site / "themes/plain"
    (theme / "templates").mkdir(parents=True)
    (theme / "static/css").mkdir(parents=True)
    (theme / "theme.yaml").write_text("name: plain\nextends: default\n")
    (theme / "templates/404.html").write_text("<p id=plain>{{ site.title }}</p>\n")
    (theme / "static/css/style.css").write_text("body { color: red }\n")
    with (site / "site.yaml").open("a") as config:
        config.write("theme: plain\n")
    assert run("build", site).code == 0, "theme build failed"
    assert html(site / "public/404.html").css_first("#plain").text() == "Basic <Test> Site"
    assert (site / "public/css/style.css").read_text() == "body { color: red }\n"
    assert (site / "public/css/highlight.css").is_file()  # inherited from default


def test_titles_are_escaped_everywhere(built):
    doc = html(built / "public/index.html")
    assert doc.css_first("title").text() == "Basic <Test> Site"
    assert "<Test>" not in (built / "public/index.html").read_text().split("<body>")[1]
    ET.parse(built / "public/atom.xml")  # still well-formed


def test_the_example_site_builds_without_a_warning(tmp_path, run):
    """What a new user sees first: the README's first command, on the example site."""
    import shutil

    site = tmp_path / "example"
    site.mkdir()
    shutil.copy(REPO / "site.yaml", site)
    shutil.copytree(REPO / "content", site / "content")
    result = run("build", site)
    assert result.code == 0, result.err
    assert "warning" not in result.err and "error" not in result.err, result.err
