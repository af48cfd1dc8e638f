"""Front matter a peer published as it was, but that sitegen refuses from its own
authors, comes over without a hand edit: rewritten as the peer read it, and said in
the report at file:line. A post that still cannot be built is set aside, not fatal."""

from __future__ import annotations

from pathlib import Path

from tests.cli.import_helpers import built, imported
from tests.conftest import html

JEKYLL = {
    "_config.yml": "title: Kiln log\nurl: https://kiln.example.org\n"
    "permalink: /:year/:month/:day/:title/\n",
    # the key written twice: Jekyll keeps the last value
    "_posts/2021-05-02-first-firing.md": "---\ntitle: First firing\ntags: [clay]\n"
    "tags: [glaze]\n---\nThe cones bent at last. What would you try next?\n",
    # a date with a stray year in it, as Ruby's Time.parse reads it
    "_posts/2021-06-10-cooling.md": "---\ntitle: Cooling\n"
    "date: 2021-06-10 18:30:22 2021 -0800\n---\nOpen it slowly. Tell me yours.\n",
    # a math snippet include: sitegen loads its math engine itself
    "_posts/2021-07-01-heat-curve.md": "---\ntitle: Heat curve\n---\n"
    "Energy is $$Q = m c \\Delta T$$ here.\n\n{% include mathjax.html %}\n",
    "_posts/2021-08-01-gallery.md": "---\ntitle: Gallery\n---\n{% kilnshow all %}\n",
}

HUGO = {
    "config.toml": 'baseURL = "https://pots.example.org/"\ntitle = "Pots"\n'
    "[permalinks]\npost = '/post/:slug/'\n",
    "content/post/wheel.md": "---\ntitle: On the wheel\ndate: 2020-01-01\n"
    "Slug: centering the clay\n---\nKeep your elbows in. What helped you?\n",
}


def test_jekyll_front_matter_is_read_as_jekyll_read_it(tmp_path: Path) -> None:
    dest, report = imported(tmp_path, "jekyll", JEKYLL)
    assert (
        "content/posts/2021-05-02-first-firing.md:3: 'tags' is written twice (lines 3 and 4)"
        in report
    )
    assert "content/posts/2021-06-10-cooling.md:3: date '2021-06-10 18:30:22 2021 -0800' " \
        "read as '2021-06-10 18:30:22 -0800'" in report  # fmt: skip
    # the post with a tag that has no equivalent waits outside the build
    assert "Set aside (1)" in report
    assert "unconverted/content/posts/2021-08-01-gallery.md:4:1: " in report
    assert (dest / "unconverted/content/posts/2021-08-01-gallery.md").is_file()
    built(dest)
    public = dest / "public"
    firing = html(public / "2021/05/02/first-firing/index.html")
    tags = [a.text(strip=True) for a in firing.css("a[href*='/tags/']")]
    assert "glaze" in tags and "clay" not in tags
    assert (public / "2021/06/10/cooling/index.html").is_file()
    curve = (public / "2021/07/01/heat-curve/index.html").read_text(encoding="utf-8")
    assert "{%" not in curve and "mathjax" in curve.lower()
    assert not (public / "2021/08/01/gallery").exists()
    assert "permalinks:\n  posts: /{year}/{month}/{day}/{slug}/" in (dest / "site.yaml").read_text(
        encoding="utf-8"
    )


def test_a_hugo_slug_with_spaces_is_urlized_as_hugo_does(tmp_path: Path) -> None:
    dest, report = imported(tmp_path, "hugo", HUGO)
    assert "slug 'centering the clay' is not a URL path; urlized to 'centering-the-clay'" in report
    assert "by the permalink pattern" in report and "Set aside" not in report
    built(dest)
    page = html(dest / "public/post/centering-the-clay/index.html")
    assert page.css_first("h1").text(strip=True) == "On the wheel"


def test_jekyll_data_values_and_plain_includes_are_written_in(tmp_path: Path) -> None:
    """What Jekyll reads from _data/ and _includes/ ends up in the page as Jekyll wrote
    it; an include that loops over data is rendered at import, and said so."""
    files = {
        "_config.yml": "title: Kiln log\nurl: https://kiln.example.org\n",
        "_data/kiln.yml": "cone: 6\nmodel: Skutt\n",
        "_includes/badge.html": '<span class="badge">since {{ include.version }}</span>',
        "_includes/looped.html": "{% for x in site.data.kiln %}{{ x }}{% endfor %}",
        "_posts/2022-03-04-glaze-test.md": "---\ntitle: Glaze test\n---\n"
        'Fired to cone {{ site.data.kiln.cone }} {% include badge.html version="2.1" %}.\n\n'
        "{% raw %}`{{ site.data.kiln.model }}`{% endraw %} is how it is written.\n",
        "_posts/2022-03-05-loops.md": "---\ntitle: Loops\n---\n{% include looped.html %}\n",
    }
    dest, report = imported(tmp_path, "jekyll", files)
    assert "Wrote in 1 values from _data/" in report and "1 files from _includes/" in report
    assert "Rendered at import (1)" in report
    assert "  content/posts/2022-03-05-loops.md: Liquid {% include %}" in report
    assert "Set aside" not in report
    built(dest)
    page = html(dest / "public/2022/03/04/glaze-test.html")
    text = page.css_first("main").text()
    assert "Fired to cone 6" in text
    assert page.css_first("main span.badge").text(strip=True) == "since 2.1"
    assert "{{ site.data.kiln.model }}" in page.css_first("main code").text()  # raw kept


def test_jekyll_output_collections_become_pages_at_their_permalink(tmp_path: Path) -> None:
    """A docs/ section kept in a Jekyll collection is part of the site the posts link
    to: without it, every such link would be broken by the migration."""
    files = {
        "_config.yml": "title: Kiln log\nurl: https://kiln.example.org\n"
        "collections:\n  docs:\n    output: true\n    permalink: /:collection/:path/\n",
        "_docs/loading.md": "---\ntitle: Loading the kiln\n---\nShelves first. How do you do it?\n",
        "_docs/firing/slow.md": "---\ntitle: A slow firing\n---\nHold at 100 °C. Yours?\n",
        "_posts/2022-04-01-spring.md": "---\ntitle: Spring firing\n---\n"
        "See [loading](/docs/loading/) and [the slow schedule](/docs/firing/slow/).\n"
        "What would you add?\n",
        "feed.xml": "---\nlayout: null\n---\n<feed>{{ site.title }}</feed>\n",
    }
    dest, report = imported(tmp_path, "jekyll", files)
    assert "Imported a jekyll site: 1 posts, 2 pages" in report
    assert "Liquid templates" in report and "feed.xml" in report  # said, not silently dropped
    err = built(dest)
    assert "broken link" not in err, err
    public = dest / "public"
    assert html(public / "docs/loading/index.html").css_first("h1").text() == "Loading the kiln"
    assert (public / "docs/firing/slow/index.html").is_file()


def test_a_key_written_twice_with_a_block_value_is_removed_whole() -> None:
    from sitegen.importer.repair import repair

    text = "---\ntags:\n  - old\n  - older\ntitle: T\ntags: [new]\n---\nBody.\n"
    fixed, done = repair(text, str.lower)
    assert fixed == "---\ntitle: T\ntags: [new]\n---\nBody.\n"
    assert [r.line for r in done] == [2]
    # TOML and files without front matter are left alone
    assert repair('+++\ntitle = "a"\ntitle = "b"\n+++\n', str.lower) == (
        '+++\ntitle = "a"\ntitle = "b"\n+++\n',
        [],
    )


def test_liquid_page_values_and_filter_chains() -> None:
    from sitegen.config import parse_config
    from sitegen.content.peers import templates

    config, _ = parse_config("title: T\nbase_url: https://example.org/blog/\n")
    assert config is not None
    page = {"title": "Glaze notes", "glazes": ["Celadon Blue", "Tenmoku"]}
    text = (
        "# {{ page.title | upcase }}\n\n{% for g in page.glazes %}\n"
        "{% assign s = g | slugify %}\n- [{{ g }}]({{ s | prepend: '/glazes/' | relative_url }})\n"
        "{% endfor %}\n"
    )
    body, found = templates.convert(text, "p", 1, config, page)
    assert found == []
    assert "# GLAZE NOTES" in body
    assert "- [Celadon Blue](/blog/glazes/celadon-blue)" in body
    assert "- [Tenmoku](/blog/glazes/tenmoku)" in body
    # a key the front matter does not have is still an error, at its line
    _, found = templates.convert("{{ page.missing }}\n", "p", 3, config, page)
    assert [(f.line, f.col) for f in found] == [(3, 1)]


def test_what_would_collide_in_the_build_is_left_out_or_set_aside(tmp_path: Path) -> None:
    """The peer's own 404 page and home page, and two files with one URL, would each
    fail the whole build: the 404 file is not copied, the home page and the second
    file wait in unconverted/, all said in the report."""
    files = {
        "_config.yml": "title: Kiln log\nurl: https://kiln.example.org\npermalink: pretty\n",
        "404.html": "<h1>Nothing here</h1>\n",
        "index.markdown": "---\ntitle: Welcome\n---\nThe newest firing is below.\n",
        "_includes/JB/setup": "{% capture cache %}{% assign BASE = '/' %}{% endcapture %}"
        "{% assign cache = nil %}\n",
        # an include that only sets variables writes nothing; a date in words
        "_posts/2022-05-01-bisque.md": "---\ntitle: Bisque\ndate: May 1, 2022\n---\n"
        "{% include JB/setup %}\nLow and slow. What temperature do you use?\n",
    }
    dest, report = imported(tmp_path, "jekyll", files)
    assert "not copied: 404.html (sitegen writes its own 404.html)" in report
    assert "date 'May 1, 2022' read as '2022-05-01'" in report
    assert "unconverted/content/pages/index.markdown:1:1: it has the same URL (/)" in report
    built(dest)
    bisque = html(dest / "public/2022/05/01/bisque/index.html")
    assert "Low and slow." in bisque.css_first("main").text()
    assert "{%" not in bisque.css_first("main").text()


def test_of_two_hugo_files_with_one_url_one_is_built_and_one_set_aside(tmp_path: Path) -> None:
    files = {
        "config.toml": 'baseURL = "https://pots.example.org/"\ntitle = "Pots"\n',
        "content/notes/toot.md": "---\ntitle: A note\ndate: 2021-10-12 21:02:46.895 +0000 UTC\n"
        "---\nGlazed today. Which glaze would you pick?\n",
        "content/notes/toot/index.md": "---\ntitle: A note\ndate: 2021-10-12\n---\nGlazed.\n",
    }
    dest, report = imported(tmp_path, "hugo", files)
    assert "Imported a hugo site: 2 posts" in report  # a date Go writes, read as a date
    assert (
        "unconverted/content/posts/toot.md:1:1: it has the same URL (/notes/toot/) as "
        "content/posts/toot/index.md"
    ) in report
    built(dest)
    assert "Glazed." in html(dest / "public/notes/toot/index.html").css_first("main").text()


def test_a_series_without_part_numbers_is_numbered_by_date(tmp_path: Path) -> None:
    """Jekyll themes group `series: Name` posts by date; sitegen needs the parts
    numbered, so the importer numbers them in date order (and says so)."""
    files = {
        "_config.yml": "title: Kiln log\nurl: https://kiln.example.org\npermalink: pretty\n",
        "_posts/2022-06-09-wedging.md": "---\ntitle: Wedging\nseries: Clay basics\n"
        "tags:\n---\nPush and fold. How long do you wedge?\n",
        "_posts/2022-06-01-digging.md": "---\ntitle: Digging clay\nseries: Clay basics\n---\n"
        "Find the seam. Where do you dig?\n",
    }
    dest, report = imported(tmp_path, "jekyll", files)
    assert "2022-06-01-digging.md:1: in series 'Clay basics' without a part number; part 1" in (
        report
    )
    assert "2022-06-09-wedging.md:4: 'tags' has no value; left out" in report
    assert "Set aside" not in report
    built(dest)
    wedging = html(dest / "public/2022/06/09/wedging/index.html").css_first("main").text()
    assert "Part 2 of 2" in wedging


def test_a_bundles_rendered_html_and_a_list_page_url_do_not_fail_the_build(
    tmp_path: Path,
) -> None:
    files = {
        "config.toml": 'baseURL = "https://pots.example.org/"\ntitle = "Pots"\n',
        # blogdown leaves the page it rendered beside its source
        "content/post/raku/index.md": "---\ntitle: Raku\ndate: 2023-01-02\n---\nSmoke. Yours?\n",
        "content/post/raku/index.html": "<p>Smoke.</p>\n",
        # a page at one of the URLs sitegen's own list pages have
        "content/old/page2.md": "---\ntitle: Older\nurl: /page/2/\n---\nMore posts.\n",
    }
    dest, report = imported(tmp_path, "hugo", files)
    assert "not copied: content/post/raku/index.html" in report
    assert "its URL (/page/2/) is one of sitegen's own list pages" in report
    built(dest)
    assert "Smoke." in html(dest / "public/post/raku/index.html").css_first("main").text()
