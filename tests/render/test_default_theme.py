"""The default theme as a reader meets it: the built HTML of the example site, and the
pages in Chromium at 1280 and 390 px wide."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import html, needs_browser
from tests.render.theme_site import build_example, served

WIDTHS = [1280, 390]


@pytest.fixture(scope="module")
def public(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_example(tmp_path_factory.mktemp("theme"))


@pytest.fixture(scope="module")
def example_url(public: Path) -> Iterator[str]:
    with served(public) as url:
        yield url


# -- the built HTML


def test_home_has_one_h1_the_site_title(public):
    home = html(public / "index.html")
    assert [h.text(strip=True) for h in home.css("h1")] == ["Talking With People"]
    assert home.css_first("header h1 a").attributes["href"] == "/"
    second = html(public / "page/2/index.html")
    assert len(second.css("h1")) == 1


def test_series_post_ends_with_its_own_question_then_the_reply_button(public):
    post = html(public / "2026/four-keys-3-talk-with/index.html")
    article = post.css_first("article.post")
    after_content = [
        node.attributes.get("class")
        for node in article.iter()
        if node.tag in ("div", "section", "aside")
    ]
    content_at = after_content.index("post-content e-content")
    assert after_content[content_at + 1] == "replies"  # right after the last words
    assert after_content[content_at + 2] == "series-box"
    replies = post.css_first(".replies")
    assert "?" not in replies.text()  # the post's own question leads; no second one
    assert replies.css_first("a").attributes["href"].startswith("mailto:hello@example.org")


def test_a_post_without_a_closing_question_gets_the_sites_invitation(tmp_path, run):
    from tests.conftest import post, write_site

    site = write_site(
        tmp_path,
        {
            "site.yaml": "title: T\nbase_url: https://example.org/\n"
            "replies:\n  email: me@example.org\n  text: Tell me?\n",
            "content/posts/a.md": post("A", body="What do you think?\n\nThat is all."),
            "content/posts/b.md": post("B", date="2026-01-06", body="Is this clear?"),
        },
    )
    assert run("build", site).code == 0
    assert html(site / "public/2026/a/index.html").css_first(".replies p").text() == "Tell me?"
    assert html(site / "public/2026/b/index.html").css_first(".replies p") is None


def test_series_navigation_does_not_stutter_or_repeat(public):
    for path in public.glob("2026/four-keys-*/index.html"):
        text = path.read_text()
        assert not re.search(r"Part (\d+): Key #\1", text), path
        doc = html(path)
        after = [a.attributes["href"] for a in doc.css(".series-box nav a, .post-nav a")]
        assert len(after) == len(set(after)), (path, after)  # each neighbour once


def test_series_landing_says_its_size_once(public):
    landing = html(public / "series/four-keys/index.html")
    assert "A series in 4 parts" not in landing.text()
    assert landing.css_first(".progress").text() == "4 of 4 published · complete"


def test_code_blocks_are_keyboard_focusable(public):
    doc = html(public / "2026/four-keys-3-talk-with/index.html")
    blocks = doc.css("pre")
    assert blocks and all(pre.attributes.get("tabindex") == "0" for pre in blocks)


def test_favicon_is_linked_and_built(public):
    doc = html(public / "index.html")
    icon = doc.css_first('link[rel="icon"]')
    assert icon is not None and icon.attributes["href"] == "/favicon.svg"
    assert (public / "favicon.svg").read_text().startswith("<svg")


def test_more_marker_is_not_in_pages_or_feeds(public):
    for path in [*public.rglob("*.html"), *public.rglob("*.xml")]:
        assert "<!-- more -->" not in path.read_text(), path
        assert "&lt;!-- more --&gt;" not in path.read_text(), path


# -- in the browser


def _open(browser, url: str, width: int, scheme: str = "light"):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    page.goto(url)
    return context, page


@needs_browser
@pytest.mark.parametrize("width", WIDTHS)
def test_series_prev_and_next_sit_side_by_side(browser, example_url, width):
    context, page = _open(browser, example_url + "2026/four-keys-3-talk-with/", width)
    try:
        previous = page.locator(".series-box a[rel=prev]").bounding_box()
        following = page.locator(".series-box a[rel=next]").bounding_box()
        assert previous and following
        assert abs(previous["y"] - following["y"]) < 2  # one row
        assert previous["x"] + previous["width"] <= following["x"]  # left, then right
        hrefs = page.eval_on_selector_all(
            "main nav a", "links => links.map(a => a.getAttribute('href'))"
        )
        assert len(hrefs) == len(set(hrefs))
    finally:
        context.close()


@needs_browser
@pytest.mark.parametrize("width", WIDTHS)
def test_older_and_newer_are_one_row(browser, tmp_path, run, width):
    import shutil

    from tests.conftest import SITES

    site = tmp_path / "basic"
    shutil.copytree(SITES / "basic", site)
    assert run("build", site).code == 0
    www = tmp_path / "www"
    www.mkdir()
    (site / "public").rename(www / "blog")  # the site's base_url is under /blog/
    with served(www) as url:
        context, page = _open(browser, url + "blog/2026/second/", width)
        try:
            older = page.locator(".post-nav .older").bounding_box()
            newer = page.locator(".post-nav .newer").bounding_box()
            assert older and newer
            assert abs(older["y"] - newer["y"]) < 2
            assert older["x"] < newer["x"]
        finally:
            context.close()


@needs_browser
@pytest.mark.parametrize("width", WIDTHS)
def test_pagination_keeps_page_number_in_place_under_one_rule(browser, example_url, width):
    spots = []
    for url in ("", "page/2/"):
        context, page = _open(browser, example_url + url, width)
        try:
            box = page.locator(".pagination .page-number").bounding_box()
            assert box
            spots.append(round(box["x"] + box["width"] / 2))
            rule = page.locator(".pagination").evaluate("e => getComputedStyle(e).borderTopStyle")
            assert rule == "none"  # the last summary's rule is the only one above it
        finally:
            context.close()
    assert abs(spots[0] - spots[1]) <= 1


@needs_browser
def test_header_height_is_the_same_on_every_page_of_a_phone(browser, example_url):
    heights = set()
    for url in ("", "series/", "archive/", "tags/", "about/", "2026/four-keys-3-talk-with/"):
        context, page = _open(browser, example_url + url, 390)
        try:
            box = page.locator(".site-header").bounding_box()
            assert box
            heights.add(round(box["height"]))
        finally:
            context.close()
    assert len(heights) == 1, heights


@needs_browser
def test_archive_titles_keep_their_column_on_a_phone(browser, example_url):
    context, page = _open(browser, example_url + "archive/", 390)
    try:
        rows = page.eval_on_selector_all(
            ".archive-list li",
            "items => items.map(li => [li.querySelector('time').getBoundingClientRect().right,"
            " li.querySelector('a').getBoundingClientRect().left,"
            " Math.min(...[...li.querySelector('a').getClientRects()].map(r => r.left))])",
        )
        assert rows
        for date_right, title_left, leftmost_line in rows:
            assert title_left > date_right and leftmost_line > date_right
    finally:
        context.close()


@needs_browser
def test_series_landing_progress_bar_has_room(browser, example_url):
    context, page = _open(browser, example_url + "series/four-keys/", 390)
    try:
        bar = page.locator(".series-landing progress").bounding_box()
        intro = page.locator(".series-landing .post-content").bounding_box()
        assert bar and intro
        assert intro["y"] - (bar["y"] + bar["height"]) >= 16
    finally:
        context.close()
