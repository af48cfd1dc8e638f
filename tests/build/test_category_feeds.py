"""The categories taxonomy (turned on under `taxonomies:` in site.yaml, as `sitegen
import` does for Hugo, Jekyll and Pelican blogs): each category gets its page and an
Atom feed of its posts beside it; a site without the taxonomy gets neither."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from tests.conftest import html, post, write_site

ATOM = "{http://www.w3.org/2005/Atom}"

CONFIG = """
    title: Field notes
    base_url: https://example.org/notes/
"""


def _posts() -> dict[str, str]:
    return {
        "content/posts/moss.md": post("Moss on the north wall", categories="[Botany]"),
        "content/posts/ferns.md": post("Ferns after rain", date="2026-02-01", categories="Botany"),
        "content/posts/owls.md": post("Owls at dusk", date="2026-03-01", categories="[Birds]"),
    }


def test_each_category_gets_a_valid_atom_feed_of_its_posts(tmp_path, run):
    config = CONFIG + "    taxonomies:\n      tags: Tags\n      categories: Sections\n"
    site = write_site(tmp_path / "site", {"site.yaml": config, **_posts()})
    result = run("build", site)
    assert result.code == 0, result.err
    public = site / "public"
    assert (public / "categories/botany/index.html").is_file()
    feed = ET.parse(public / "categories/botany/atom.xml").getroot()  # well-formed XML
    assert feed.tag == f"{ATOM}feed"
    titles = sorted(e.findtext(f"{ATOM}title") or "" for e in feed.iter(f"{ATOM}entry"))
    assert titles == ["Ferns after rain", "Moss on the north wall"]
    alternate = [
        link.attrib["href"]
        for link in feed.iter(f"{ATOM}link")
        if link.attrib.get("rel", "alternate") == "alternate"
    ]
    assert "https://example.org/notes/categories/botany/" in alternate
    page = html(public / "categories/botany/index.html")  # readers can find the feed
    alternate_link = page.css_first(
        'head link[rel="alternate"][href$="/categories/botany/atom.xml"]'
    )
    assert alternate_link is not None
    assert any(
        a.attributes.get("href") == "/notes/categories/botany/atom.xml" for a in page.css("main a")
    )
    birds = ET.parse(public / "categories/birds/atom.xml").getroot()
    assert [e.findtext(f"{ATOM}title") for e in birds.iter(f"{ATOM}entry")] == ["Owls at dusk"]


def test_without_the_taxonomy_there_are_no_category_pages_or_feeds(tmp_path, run):
    site = write_site(tmp_path / "site", {"site.yaml": CONFIG, **_posts()})
    result = run("build", site)
    assert result.code == 0, result.err
    assert not (site / "public/categories").exists()
