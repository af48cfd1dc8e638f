"""Jekyll publishes every file with front matter, .html pages included, and reads them
from the folder _config.yml's `source:` names: the importer does the same."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.cli.import_helpers import imported_and_built
from tests.conftest import html

SITES = Path(__file__).parent.parent / "sites"


def test_an_html_page_is_rendered_and_kept_as_html_at_jekylls_url(tmp_path: Path) -> None:
    dest, _report = imported_and_built(tmp_path, "jekyll", SITES / "jekyll-html")
    page = html(dest / "public/tools.html")
    main = page.css_first("main")
    assert "{{" not in main.text() and "{%" not in main.text()
    assert "What hangs on the wall, 2 in all:" in main.text()
    # indented HTML after a blank line stays HTML, not a code block
    assert [s.text() for s in main.css("li strong")] == ["Tenon saw", "Block plane"]
    assert main.css_first("pre").text() == "first line\n\nafter a blank line"
    assert len(main.css("pre")) == 1
    # permalink: kept; text that is not a tag is not read as Markdown
    workshop = html(dest / "public/workshop/index.html").css_first("main")
    assert "The shed is *small* and Shed diary is written in it." in workshop.text()
    assert workshop.css_first("em") is None


def test_links_to_an_html_page_without_its_extension_still_answer(tmp_path: Path) -> None:
    dest, _ = imported_and_built(tmp_path, "jekyll", SITES / "jekyll-html")
    # GitHub Pages serves /tools for tools.html; the import keeps that address working
    moved = html(dest / "public/tools/index.html")
    assert "tools.html" in (moved.css_first("link[rel=canonical]").attributes["href"] or "")


def test_html_pages_that_cannot_be_made_are_set_aside_with_the_reason(tmp_path: Path) -> None:
    dest, report = imported_and_built(tmp_path, "jekyll", SITES / "jekyll-html")
    assert "unconverted/content/pages/home.md:1:1: it has no text of its own" in report
    assert "_layouts/home.html" in report
    assert "unconverted/content/pages/odd.md:5:1:" in report and "shelf_tag" in report
    assert not (dest / "public/odd.html").exists()
    assert not (dest / "public/home.html").exists()
    # set aside as written, for the user to rewrite
    assert "{% shelf_tag %}" in (dest / "unconverted/content/pages/odd.md").read_text()


def test_the_source_key_names_the_folder_posts_and_pages_are_read_from(tmp_path: Path) -> None:
    dest, _ = imported_and_built(tmp_path, "jekyll", SITES / "jekyll-source")
    post = html(dest / "public/2021/05/first-beans/index.html").css_first("main")
    assert "The beans went into bed 4 today." in post.text()
    assert "There are 4 beds this year." in html(dest / "public/plan.html").css_first("main").text()
    assert not list((dest / "content").rglob("README*"))


def test_a_source_folder_outside_the_site_is_not_followed(tmp_path: Path) -> None:
    src = tmp_path / "site"
    shutil.copytree(SITES / "jekyll-source", src)
    (src / "_config.yml").write_text("title: Garden log\nsource: ../elsewhere\n")
    (tmp_path / "elsewhere/_posts").mkdir(parents=True)
    (tmp_path / "elsewhere/_posts/2020-01-01-not-mine.md").write_text("---\ntitle: No\n---\nNo.\n")
    dest, _report = imported_and_built(tmp_path / "run", "jekyll", src)
    assert not (dest / "content/posts/2020-01-01-not-mine.md").exists()
