"""Jekyll Liquid that sitegen has no equivalent for (a loop over the posts, an include
with parameters, a data file, a filter) is rendered once at import, listed in the
report as frozen; what cannot be rendered stays set aside with the tag and its line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitegen.importer.liquid_render import Unrendered, jekyll_filters, render
from tests.cli.import_helpers import built, imported
from tests.conftest import html, write_site

FIXTURE = Path(__file__).parent.parent / "sites" / "jekyll-liquid"


def test_a_page_sitegen_cannot_convert_is_rendered_and_built_without_template_text(
    tmp_path: Path,
) -> None:
    dest, _ = imported(tmp_path, "jekyll", FIXTURE)
    built(dest)
    page = html(dest / "public/everything/index.html")
    main_el = page.css_first("main")
    # Liquid in code is shown as written, as the build shows it everywhere
    assert "{{ shown as written }}" in main_el.css_first("pre").text()
    for code_el in main_el.css("pre, code"):
        code_el.decompose()
    text = main_el.text()
    assert "{%" not in text and "{{" not in text
    assert "All 2 posts, newest first" in text
    # the loop over site.posts, newest first, each link through relative_url
    links = [a.attributes.get("href") for a in main_el.css("li a")]
    assert links == ["/notes/2022/a-bench-hook/", "/notes/2022/planing-end-grain/"]
    assert "18 Sep 2022" in text  # date_to_string
    # the include, given parameters as text and as a variable of the page
    callout = page.css_first("main aside.callout-tip")
    assert callout is not None
    assert callout.css_first("strong").text() == "WOODS"
    assert "Everything so far" in callout.text()
    # the data file, filtered by an if in the loop: Pine is too soft to be listed
    cells = [td.text(strip=True) for td in page.css("main td")]
    assert cells == ["Ash", "1320", "Cherry", "950"]
    # the links the rendering wrote resolve to pages the build wrote
    for link in links:
        assert link is not None
        assert (dest / "public" / link.removeprefix("/notes/") / "index.html").is_file()


def test_the_report_lists_each_rendered_file_and_says_it_no_longer_updates(
    tmp_path: Path,
) -> None:
    dest, report = imported(tmp_path, "jekyll", FIXTURE)
    assert "Rendered at import (1)" in report
    assert "no longer update" in report
    line = next(x for x in report.splitlines() if x.startswith("  content/pages/archive.md:"))
    assert "{% for %}" in line and "{% include %}" in line and "{% if %}" in line
    written = (dest / "content/pages/archive.md").read_text(encoding="utf-8")
    assert "{% for" not in written and "| Cherry | 950 |" in written


def test_an_unknown_tag_keeps_the_file_set_aside_with_its_line(tmp_path: Path) -> None:
    dest, report = imported(tmp_path, "jekyll", FIXTURE)
    assert "Set aside (1)" in report
    assert (
        "unconverted/content/pages/gifts.md:8:1: Liquid could not be rendered at import: "
        "unexpected tag 'giftcard'" in report
    )
    assert not (dest / "content/pages/gifts.md").exists()
    kept = (dest / "unconverted/content/pages/gifts.md").read_text(encoding="utf-8")
    assert "{% giftcard post.title %}" in kept  # as written, for the user to fix


def test_jekyll_report_does_not_speak_of_eleventy(tmp_path: Path) -> None:
    _, report = imported(tmp_path, "jekyll", FIXTURE)
    assert "Eleventy" not in report


def test_an_unknown_filter_and_a_missing_include_name_file_and_line(tmp_path: Path) -> None:
    includes = write_site(tmp_path / "_includes", {"note.html": "{{ include.x | sparkle }}"})
    site = {"title": "T"}
    with pytest.raises(Unrendered) as found:
        render("one\ntwo {{ page.title | sparkle }}\n", "a.md", 5, site=site, page={},
               includes=includes)  # fmt: skip
    assert str(found.value) == "a.md:6: unknown filter 'sparkle'"
    with pytest.raises(Unrendered) as found:
        render("{% include absent.html %}", "b.md", 3, site=site, page={}, includes=includes)
    assert str(found.value).startswith("b.md:3: include not found in _includes/")
    with pytest.raises(Unrendered) as found:
        render('x\n{% include note.html x="1" %}', "c.md", 1, site=site, page={},
               includes=includes)  # fmt: skip
    assert str(found.value) == "c.md:1: unknown filter 'sparkle' (in _includes/note.html:1)"


def test_the_kept_tags_and_line_count_survive_rendering() -> None:
    body = (
        "{% assign n = 3 %}{{ n | plus: 1 }}\n"
        "{% highlight ruby %}\nputs {{ x }}\n{% endhighlight %}\n"
        "[old]({% post_url 2020-01-01-a %})\n"
        "{% raw %}{{ raw }}{% endraw %}\n"
        "`{{ inline }}`\n"
    )
    out = render(body, "d.md", 1, site={}, page={}, includes=None)
    lines = out.split("\n")
    assert lines[0] == "4"
    assert "\n".join(lines[1:4]) == "{% highlight ruby %}\nputs {{ x }}\n{% endhighlight %}"
    assert lines[4:7] == [
        "[old]({% post_url 2020-01-01-a %})",
        "{% raw %}{{ raw }}{% endraw %}",
        "`{{ inline }}`",
    ]


def test_include_cached_renders_as_include(tmp_path: Path) -> None:
    includes = write_site(tmp_path / "_includes", {"tip.html": "<em>{{ include.say }}</em>"})
    out = render('{% include_cached tip.html say="sand with the grain" %}', "e.md", 1,
                 site={}, page={}, includes=includes)  # fmt: skip
    assert out == "<em>sand with the grain</em>"


def test_jekyll_filters_do_what_jekyll_documents() -> None:
    f = jekyll_filters("https://x.example.org", "/blog")
    assert f["relative_url"]("/a/b/") == "/blog/a/b/"
    assert f["absolute_url"]("a.png") == "https://x.example.org/blog/a.png"
    assert f["date_to_xmlschema"]("2021-02-03 04:05:06") == "2021-02-03T04:05:06Z"
    assert f["date_to_string"]("2021-02-03", "ordinal", "US") == "Feb 3rd, 2021"
    assert f["slugify"]("Hello, World!") == "hello-world"
    assert f["array_to_sentence_string"](["a", "b", "c"]) == "a, b, and c"
    assert f["number_of_words"]("one two  three") == 3
    assert f["xml_escape"]("a<b") == "a&lt;b"
    assert f["cgi_escape"]("a b&c") == "a+b%26c"
    assert f["jsonify"]({"a": [1]}) == '{"a": [1]}'
    posts = [{"t": "x", "y": 2}, {"t": "y", "y": 1}, {"t": "z", "y": 2}]
    assert [p["t"] for p in f["where"](posts, "y", 2)] == ["x", "z"]
    assert [p["t"] for p in f["sort"](posts, "y")] == ["y", "x", "z"]
    groups = f["group_by"](posts, "y")
    assert [(g["name"], g["size"]) for g in groups] == [("2", 2), ("1", 1)]
    assert re.fullmatch(r"<p><em>hi</em></p>", f["markdownify"]("*hi*"))
    assert f["smartify"]('"quoted" -- it\'s') == "\u201cquoted\u201d \u2013 it\u2019s"


def test_a_jekyll_404_page_is_set_aside_so_the_build_does_not_fail(tmp_path: Path) -> None:
    files = {
        "_config.yml": "title: Shed\nurl: https://shed.example.org\n",
        "_posts/2023-01-02-oiling-tools.md": "---\ntitle: Oiling tools\n---\n"
        "A thin coat keeps rust off. What do you use?\n",
        "404.md": "---\npermalink: /404.html\ntitle: Lost\n---\nNothing here, sorry.\n",
    }
    dest, report = imported(tmp_path, "jekyll", files)
    assert "unconverted/content/pages/404.md:1:1: its URL (/404.html) is sitegen's own" in report
    built(dest)
    assert any((dest / "public").rglob("oiling-tools*"))


def test_files_in_posts_without_a_date_are_not_imported_as_jekyll_does(tmp_path: Path) -> None:
    files = {
        "_config.yml": "title: Shed\nurl: https://shed.example.org\n",
        "_posts/2023-01-02-oiling-tools.md": "---\ntitle: Oiling tools\n---\n"
        "A thin coat keeps rust off. What do you use?\n",
        "_posts/ideas.md": "things to write about: saws, files\n",
    }
    dest, report = imported(tmp_path, "jekyll", files)
    assert "Imported a jekyll site: 1 posts" in report
    assert "without a date in their name, which Jekyll does not publish: _posts/ideas.md" in report
    assert "Set aside" not in report
    assert not list(dest.rglob("ideas.md"))
