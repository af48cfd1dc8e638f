"""What a Zola or Eleventy blog brings that the other peers do not, imported and built
as a migrating author would (`sitegen import`, then `sitegen build`), judged on the
pages written: Zola's shortcodes and @/ links, posts without a title, pages Zola does
not render, Eleventy's data files, permalink templates and ignores."""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from sitegen.cli import main
from sitegen.importer import variables
from tests.conftest import SITES, html

PEERS_DIR = SITES / "peers"
# The one line per fixture blog that has no equivalent, taken out before the build
# these tests judge (tests/cli/test_import.py checks the error it gives).
UNSUPPORTED = {
    "zola": ("content/posts/night-sky/index.md", "starmap("),
    "eleventy": ("content/posts/oven-spring.md", "crumbshot"),
}


@dataclass
class Site:
    dest: Path
    report: str
    build_err: str

    def page(self, url: str) -> Path:
        path = self.dest / "public" / url.lstrip("/")
        return path / "index.html" if url.endswith("/") else path


def _sitegen(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def _import_and_build(peer: str, src: Path, root: Path) -> Site:
    dest = root / "dest"
    code, report, err = _sitegen("import", peer, src, dest)
    assert code == 0, err
    if src == PEERS_DIR / peer and peer in UNSUPPORTED:
        # The importer set the post aside; fixed, it moves back, as its report says.
        name, marker = UNSUPPORTED[peer]
        aside = dest / "unconverted" / name
        assert f"unconverted/{name}" in report
        lines = aside.read_text(encoding="utf-8").split("\n")
        (dest / name).parent.mkdir(parents=True, exist_ok=True)
        (dest / name).write_text("\n".join(ln for ln in lines if marker not in ln), "utf-8")
        aside.unlink()
    code, _, err = _sitegen("build", dest)
    assert code == 0, err
    return Site(dest, report, err)


@pytest.fixture(scope="module")
def zola(tmp_path_factory: pytest.TempPathFactory) -> Site:
    root = tmp_path_factory.mktemp("zola")
    return _import_and_build("zola", PEERS_DIR / "zola", root)


@pytest.fixture(scope="module")
def eleventy(tmp_path_factory: pytest.TempPathFactory) -> Site:
    root = tmp_path_factory.mktemp("eleventy")
    return _import_and_build("eleventy", PEERS_DIR / "eleventy", root)


# ---------------------------------------------------------------- Zola


def test_zola_youtube_becomes_a_privacy_friendly_embed(zola: Site) -> None:
    frame = html(zola.page("/blog/moon-phases/")).css_first("main iframe")
    assert frame is not None
    assert frame.attributes["src"] == "https://www.youtube-nocookie.com/embed/moonTimelapse1"


def test_a_zola_note_block_keeps_its_markdown(zola: Site) -> None:
    aside = html(zola.page("/blog/moon-phases/")).css_first("main aside.note")
    assert aside is not None
    assert aside.css_first("strong").text() == "Plan around it"
    assert aside.css_first("em").text() == "new"  # the body is Markdown, rendered


def test_zola_internal_links_point_at_the_linked_posts(zola: Site) -> None:
    page = html(zola.page("/blog/moon-phases/"))
    hrefs = {a.text(): a.attributes.get("href") or "" for a in page.css("main a")}
    assert hrefs["Pleiades notes"].endswith("/blog/night-sky/")
    assert hrefs["the shield"].endswith("/gear/dew-shield/#top")


def test_a_shortcode_in_code_is_shown_as_written(zola: Site) -> None:
    page = html(zola.page("/blog/moon-phases/"))
    assert 'youtube(id="x")' in " ".join(c.text() for c in page.css("main code"))


def test_a_zola_figure_shows_the_image_beside_the_post_with_its_caption(zola: Site) -> None:
    page = html(zola.page("/blog/night-sky/"))
    figure = next(f for f in page.css("main figure") if f.css_first("figcaption"))
    assert figure.css_first("figcaption").text() == "The seven sisters, by eye"
    img = figure.css_first("img")
    assert img.attributes["alt"] == "Pencil sketch"
    src = img.attributes["src"] or ""
    assert src.endswith("sketch.png")
    assert (zola.page("/blog/night-sky/").parent / src).is_file()
    assert "broken link" not in zola.build_err


def test_an_untitled_zola_post_is_titled_by_its_first_words(zola: Site) -> None:
    heading = html(zola.page("/notes/clear-night/")).css_first("main h1").text().strip()
    assert heading.startswith("Clear until two in the morning")
    assert len(heading) <= 61
    assert "Titles made for 1 untitled posts" in zola.report


def test_a_page_zola_does_not_render_is_not_imported(zola: Site) -> None:
    assert not list(zola.dest.rglob("feed-copy.md"))
    published = " ".join(p.read_text(encoding="utf-8") for p in (zola.dest / "public").rglob(
        "*.html"))  # fmt: skip
    assert "A feed kept by hand" not in published
    assert "render = false" in zola.report and "notes/feed-copy.md" in zola.report


def test_a_zola_theme_template_becomes_a_layout_and_is_reported(zola: Site) -> None:
    text = (zola.dest / "content/pages/gallery.md").read_text(encoding="utf-8")
    assert 'layout = "gallery"' in text and "template =" not in text
    assert "template = 'gallery' is a Zola theme template" in zola.report
    assert html(zola.page("/gallery/")).css_first("main h1").text().strip() == "Gallery"


def test_a_section_paginate_by_sets_posts_per_page(zola: Site) -> None:
    config = yaml.safe_load((zola.dest / "site.yaml").read_text(encoding="utf-8"))
    assert config["posts_per_page"] == 5
    assert "2 Zola sections (/blog/, /notes/)" in zola.report


def test_a_url_key_zola_ignores_does_not_move_the_post(zola: Site) -> None:
    text = (zola.dest / "content/posts/2023-05-09-saturn-rings.md").read_text(encoding="utf-8")
    assert '# url = "posts/2023/saturn/"  (ignored by Zola)' in text
    assert zola.page("/blog/saturn-rings/").is_file()
    assert not zola.page("/posts/2023/saturn/").exists()
    assert "url and permalink keys, which Zola ignores, were made comments (files: 1)" in (
        zola.report
    )


def test_the_old_hosts_redirects_become_redirect_pages(zola: Site, eleventy: Site) -> None:
    for site, old, new in (
        (zola, "/pleiades/", "/blog/night-sky/"),  # netlify.toml [[redirects]]
        (zola, "/notes/", "/about/"),  # the section's redirect_to
        (eleventy, "/starter/first-starter/", "/posts/first-starter/"),  # _redirects, /*
        (eleventy, "/loaf-log/hydration/", "/bread/hydration/"),
    ):
        page = html(site.page(old))
        refresh = page.css_first('meta[http-equiv="refresh"]')
        assert refresh is not None and (refresh.attributes["content"] or "").endswith(new), old
    assert not eleventy.page("/api/").exists()  # a 200 rule is a rewrite, not a move
    # oven-spring has its own redirect_from: the report asks for the host's one there
    assert "content/posts/oven-spring.md: the old host also redirected /starter/oven-spring/" in (
        eleventy.report
    )


def test_an_old_404_page_is_left_to_sitegen(eleventy: Site) -> None:
    assert not list(eleventy.dest.rglob("404.md"))
    assert "404.md is the old 404 page" in eleventy.report
    assert (eleventy.dest / "public/404.html").is_file()


# ---------------------------------------------------------------- Eleventy


def test_a_permalink_from_a_directory_data_file_is_kept(eleventy: Site) -> None:
    page = html(eleventy.page("/n/crumb/"))
    canonical = page.css_first('link[rel="canonical"]')
    assert canonical is not None and canonical.attributes["href"] == (
        "https://eleventy.example.org/n/crumb/"
    )
    assert page.css_first("main h1").text().strip().startswith("An open crumb at 78%")


def test_a_permalink_template_is_filled_from_the_post(eleventy: Site) -> None:
    page = html(eleventy.page("/bread/rye-at-last/"))
    assert page.css_first("main h1").text().strip() == "Rye, at last"
    text = (eleventy.dest / "content/posts/notes/2022-07-09-rye.md").read_text(encoding="utf-8")
    assert "{{" not in text


def test_permalink_false_and_ignored_files_are_left_out(eleventy: Site) -> None:
    assert not list(eleventy.dest.rglob("2022-07-10-unsent.md"))
    assert not list(eleventy.dest.rglob("ideas.md"))  # .eleventyignore: scratch/
    published = " ".join(
        p.read_text(encoding="utf-8") for p in (eleventy.dest / "public").rglob("*.html")
    )
    assert "A note kept out of the site" not in published and "Ideas" not in published


def test_tags_null_is_no_tags(eleventy: Site) -> None:
    page = html(eleventy.page("/n/flour/"))
    assert page.css_first("main h1").text().strip() == "A new flour"
    assert not page.css('main a[href*="/tags/"]')
    tagged = html(eleventy.page("/posts/first-starter/"))  # tags: [bread, starter]
    assert len(tagged.css('main a[href*="/tags/"]')) == 2


def test_eleventys_file_dates_are_asked_for_in_the_report(eleventy: Site) -> None:
    text = (eleventy.dest / "content/pages/about.md").read_text(encoding="utf-8")
    assert "# date: Last Modified  (Eleventy's file date)" in text
    assert "content/pages/about.md: 'date: Last Modified' is the file's date in Eleventy" in (
        eleventy.report
    )
    assert html(eleventy.page("/about/")).css_first("main h1").text().strip() == "About"


def test_template_pages_are_not_imported_and_the_report_says_so(eleventy: Site) -> None:
    assert not list(eleventy.dest.rglob("bakes.*"))
    assert "Pages written as templates (Nunjucks, Liquid, HTML, JavaScript) were not " in (
        eleventy.report
    )
    assert "bakes.njk" in eleventy.report


def test_variables_from_front_matter_and_global_data_are_written_out(eleventy: Site) -> None:
    page = html(eleventy.page("/n/flour/"))
    [paragraph] = [p for p in page.css("main p") if "wholemeal" in p.text()]
    link = paragraph.css_first("a")
    assert link.text() == "mill down the road"
    assert link.attributes["href"] == "https://mill.example.org/"
    assert "the corner bakery stocks it too" in paragraph.text()
    assert paragraph.css_first("code").text() == "{{ mill.url }}"
    assert "Wrote out 2 Eleventy variables" in eleventy.report


def test_set_and_include_become_the_included_html_or_an_embed(eleventy: Site) -> None:
    page = html(eleventy.page("/n/crumb/"))
    assert page.css_first("main p.bake").text().strip() == "Country loaf, 20 hours"
    frame = page.css_first("main iframe")
    assert frame is not None
    assert frame.attributes["src"] == "https://www.youtube-nocookie.com/embed/crumbShot22"
    text = (eleventy.dest / "content/posts/notes/2022-07-01-crumb.md").read_text("utf-8")
    assert "{% set" not in text and "{% include" not in text


def test_an_include_of_a_web_component_is_left_for_the_build(tmp_path: Path) -> None:
    """Its markup shows nothing without the site's JavaScript: not written out."""
    includes = tmp_path / "_includes"
    includes.mkdir()
    (includes / "dial.njk").write_text('<oven-dial temp="{{ t }}"></oven-dial>\n', "utf-8")
    text = '---\ntitle: T\n---\n\n{% set t = "250" %}\n{% include "dial.njk" %}\n'
    out, scope, done = variables.nunjucks(text, includes)
    assert scope == {"t": "250"} and done == 1  # the set, not the include
    assert '{% include "dial.njk" %}' in out and "{% set" not in out


def test_a_variable_only_the_javascript_knows_is_reported_at_its_line(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "posts").mkdir(parents=True)
    (src / "posts/2021-05-04-kites.md").write_text(
        "---\ntitle: Kites\n---\n\nSee the [shop]({{ kite_shop }}).\n", encoding="utf-8"
    )
    code, report, err = _sitegen("import", "eleventy", src, tmp_path / "dest")
    assert code == 0, err
    assert (
        "content/posts/2021-05-04-kites.md:5: {{ kite_shop }} is a value Eleventy's JavaScript "
        "gives; write it into the post"
    ) in report


def test_an_input_folder_and_an_underscore_posts_folder(tmp_path: Path) -> None:
    """`dir: { input: "site" }` in the JavaScript config, posts in site/_posts/ with a
    directory data file: Eleventy reads them (only _includes and _data are its own)."""
    src = tmp_path / "src"
    (src / "site/_posts").mkdir(parents=True)
    (src / "site/_includes").mkdir()
    (src / "eleventy.config.js").write_text(
        'export default function (c) {\n  return { dir: { input: "site", output: "dist" } };\n}\n',
        encoding="utf-8",
    )
    (src / "site/_posts/_posts.json").write_text(
        '{"permalink": "/web/{{ page.fileSlug }}/"}', encoding="utf-8"
    )
    (src / "site/_posts/2021-05-04-kites.md").write_text(
        "---\ntitle: Kites on the dune\n---\n\nThe wind held all afternoon.\n", encoding="utf-8"
    )
    (src / "site/_includes/footer.md").write_text("---\ntitle: Footer\n---\n\nx\n", "utf-8")
    (src / "site/_posts/2021-06-01-draft.md").write_text(
        "---\ntitle: Later\npermalink: null\n---\n\nNot yet.\n", encoding="utf-8"
    )
    site = _import_and_build("eleventy", src, tmp_path)
    page = html(site.page("/web/kites/"))
    assert page.css_first("main h1").text().strip() == "Kites on the dune"
    assert not list(site.dest.rglob("footer.md"))
    # permalink: null used to stop the build ("should be text"); the post is published
    titles = [html(p).css_first("main h1") for p in (site.dest / "public").rglob("*.html")]
    assert "Later" in [t.text().strip() for t in titles if t is not None]


def test_the_sites_own_simple_shortcodes_are_rendered_from_their_templates(zola: Site) -> None:
    moon = html(zola.page("/blog/moon-phases/"))
    assert [s.text() for s in moon.css("main span.eyepiece")] == [
        "25 mm",
        "10 mm with a 3x Barlow",
    ]
    shield = html(zola.page("/gear/dew-shield/"))
    aside = shield.css_first("main aside.sidebar")
    assert aside is not None and aside.css_first("h2").text() == "WHAT YOU NEED"
    assert [li.text() for li in aside.css("ul li")] == ["a closed-cell foam mat", "strong tape"]
    assert "Rendered 3 calls of the site's own shortcodes" in zola.report


def test_a_shortcode_whose_template_needs_more_than_simple_tera_is_left_for_the_build(
    tmp_path: Path,
) -> None:
    """starmap's template loops over data: it is not rendered; the post is set aside with
    the build's own error, the rest builds, and moved back unfixed it fails the build."""
    dest = tmp_path / "dest"
    code, report, _ = _sitegen("import", "zola", PEERS_DIR / "zola", dest)
    assert code == 0
    assert "content/posts/night-sky/index.md: shortcode 'starmap' was left as written" in report
    aside = dest / "unconverted/content/posts/night-sky/index.md"
    assert "Zola shortcode 'starmap' has no equivalent" in report
    assert "{{ starmap(" in aside.read_text("utf-8")
    code, _, err = _sitegen("build", dest)
    assert code == 0, err
    published = [p.read_text("utf-8") for p in (dest / "public").rglob("*.html")]
    assert published and not any("starmap(" in text for text in published)
    aside.rename(dest / "content/posts/night-sky/index.md")
    code, _, err = _sitegen("build", dest)
    assert code == 1 and "Zola shortcode 'starmap' has no equivalent" in err


def test_youtube_web_components_become_the_embed(tmp_path: Path) -> None:
    """Without the site's JavaScript a <lite-youtube> shows nothing: the import gives
    sitegen's embed instead, with the id written in the tag or read from the data."""
    src = tmp_path / "src"
    (src / "posts").mkdir(parents=True)
    (src / "posts/2021-05-04-talk.md").write_text(
        "---\ntitle: The talk\nmetadata:\n  youtubeId: talkVideo01\n---\n\n"
        '{% renderTemplate "webc" %}<div><youtube-lite-player :@slug="$data.metadata.youtubeId">'
        "</youtube-lite-player></div>{%- endrenderTemplate %}\n\n"
        'And the rehearsal: <lite-youtube videoid="rehearsal02"></lite-youtube>\n\n'
        '`<lite-youtube videoid="inCode0003"></lite-youtube>` is how it is written.\n',
        encoding="utf-8",
    )
    site = _import_and_build("eleventy", src, tmp_path)
    page = html(site.page("/posts/2021-05-04-talk/"))
    frames = [f.attributes["src"] for f in page.css("main iframe")]
    assert frames == [
        "https://www.youtube-nocookie.com/embed/talkVideo01",
        "https://www.youtube-nocookie.com/embed/rehearsal02",
    ]
    assert "inCode0003" in page.css_first("main code").text()
