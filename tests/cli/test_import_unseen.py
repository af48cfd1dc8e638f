"""Classes of failure met when importing real blogs the importer was not written
against (benchmarks/migrate.py --unseen), each on a small fixture blog of our own
under tests/sites/unseen/, imported and built as a migrating author would."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from sitegen.cli import main
from sitegen.importer import hugo_shortcodes
from tests.conftest import SITES

UNSEEN = SITES / "unseen"


def _sitegen(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def _import_and_build(peer: str, name: str, root: Path) -> tuple[Path, str, str]:
    dest = root / "dest"
    code, report, err = _sitegen("import", peer, UNSEEN / name, dest)
    assert code == 0, err
    code, _, build_err = _sitegen("build", dest)
    assert code == 0, build_err
    return dest, report, build_err


def test_a_hugo_sites_own_simple_shortcodes_are_rendered_from_its_templates(
    tmp_path: Path,
) -> None:
    dest, report, _ = _import_and_build("hugo", "hugo-shortcodes", tmp_path)
    page = (dest / "public/posts/low-water-at-the-pier/index.html").read_text("utf-8")
    assert '<p class="middle">' in page and "The <em>pier</em> stood dry." in page
    assert "<summary>Why the <strong>pier</strong> dries</summary>" in page
    assert "<mark>bright</mark>" in page and "<br />" in page
    assert "<small>a quiet note</small>" in page  # from the theme's layouts/shortcodes
    assert "{{&lt; middle" in page  # the escaped call in code stays as the author showed it
    assert "{{<" not in page.replace("{{&lt;", "")
    assert "aside ×1, fold ×1, gap ×1, hl ×1, middle ×1" in report


def test_a_hugo_shortcode_whose_template_has_logic_is_named_with_what_stopped_it(
    tmp_path: Path,
) -> None:
    dest, report, _ = _import_and_build("hugo", "hugo-shortcodes", tmp_path)
    assert "unconverted/content/posts/star-count.md:7:22: Hugo shortcode 'stars'" in report
    assert "layouts/shortcodes/stars.html) uses '$n := .Get 0'" in report
    assert not (dest / "public/posts/counting-stars/index.html").exists()


def test_hugo_shortcode_rendering_follows_go_templates_with_and_else() -> None:
    template = '{{- with .Get "who" -}} by {{ . }}{{ else }}anonymous{{ end -}}'
    shortcodes = {"by": hugo_shortcodes.Shortcode("by", template)}
    text, counts, _ = hugo_shortcodes.expand('A {{< by who="Ana" >}} and a {{< by >}}.', shortcodes)
    assert text == "A by Ana and a anonymous." and counts == {"by": 2}


def test_pelican_filename_and_static_links_lead_to_the_imported_post_and_file(
    tmp_path: Path,
) -> None:
    dest, report, build_err = _import_and_build("pelican", "pelican-links", tmp_path)
    first = (dest / "public/first-firing-of-the-kiln.html").read_text("utf-8")
    second = (dest / "public/glaze-test-celadon-vs-tenmokus-brown.html").read_text("utf-8")
    assert 'href="/glaze-test-celadon-vs-tenmokus-brown.html"' in first  # {filename}, relative
    assert 'href="/images/glaze.png"' in first and 'src="/images/glaze.png"' in first
    assert (dest / "public/images/glaze.png").is_file()
    assert 'href="/first-firing-of-the-kiln.html"' in second  # %7Bfilename%7D, ../
    assert "{filename}missing-note.md names no file of the Pelican site" in report
    assert "broken link: %7Bfilename%7Dmissing-note.md" in build_err
    assert build_err.count("broken link") == 1


def test_pelican_slugs_drop_punctuation_as_pelican_does(tmp_path: Path) -> None:
    dest, _, _ = _import_and_build("pelican", "pelican-links", tmp_path)
    # "Glaze test: celadon vs. tenmoku's brown": ':', '.' and the apostrophe go, not to '-'
    assert (dest / "public/glaze-test-celadon-vs-tenmokus-brown.html").is_file()


def test_a_zola_bundle_outside_a_posts_section_keeps_its_files_beside_it(
    tmp_path: Path,
) -> None:
    dest, _, build_err = _import_and_build("zola", "zola-bundles", tmp_path)
    walk = dest / "public/journal/river-walk"
    page = (walk / "index.html").read_text("utf-8")
    # the image named by its content/ path in a shortcode, and the one named beside it
    assert 'src="heron.png"' in page and 'src="weir.png"' in page
    assert (walk / "heron.png").is_file() and (walk / "weir.png").is_file()
    assert "broken link" not in build_err
    assert not (dest / "public/pages").exists()  # no stray copy of the files elsewhere


def test_a_zola_page_bundle_at_the_top_is_a_page_named_by_its_folder(tmp_path: Path) -> None:
    dest, _, _ = _import_and_build("zola", "zola-bundles", tmp_path)
    about = (dest / "public/about/index.html").read_text("utf-8")
    assert "I write about the river." in about and 'src="portrait.png"' in about
    assert (dest / "public/about/portrait.png").is_file()
    assert not (dest / "content/posts/index.md").exists()


def test_an_eleventy_title_that_yaml_reads_as_a_comment_gets_a_title_from_the_text(
    tmp_path: Path,
) -> None:
    # "title   : #launchday notes" is a null title in YAML (the '#' starts a comment)
    dest, report, _ = _import_and_build("eleventy", "eleventy-titles", tmp_path)
    page = (dest / "public/posts/launch-day/index.html").read_text("utf-8")
    assert "The first boxes left the workshop this morning" in page.split("<h1", 1)[1][:200]
    assert "written twice" not in report and "unconverted" not in report


def test_a_hugo_slug_with_slashes_keeps_its_old_url(tmp_path: Path) -> None:
    dest, report, _ = _import_and_build("hugo", "hugo-slash-slug", tmp_path)
    # Hugo puts the slug's folders in the URL: /posts/notes/2021/04/warmer-starts.html/
    page = dest / "public/posts/notes/2021/04/warmer-starts.html/index.html"
    assert "Keeping one instance warm" in page.read_text("utf-8")
    assert "urlized to 'notes-2021-04-warmer-starts.html'" in report
    assert "unconverted" not in report


def test_dollars_that_are_money_or_code_do_not_turn_math_on(tmp_path: Path) -> None:
    dest, _, _ = _import_and_build("pelican", "pelican-links", tmp_path)
    assert "math" not in (dest / "site.yaml").read_text("utf-8")
    page = (dest / "public/first-firing-of-the-kiln.html").read_text("utf-8")
    assert "more $$ than planned" in page and 'class="math' not in page


def test_a_hugo_theme_switch_for_math_turns_math_on(tmp_path: Path) -> None:
    dest = tmp_path / "dest"
    code, _, err = _sitegen("import", "hugo", SITES / "peers" / "hugo", dest)
    assert code == 0, err
    assert "math: mathjax" in (dest / "site.yaml").read_text("utf-8")  # [params] math = true


def test_a_hugo_sites_netlify_redirects_keep_answering(tmp_path: Path) -> None:
    dest, report, _ = _import_and_build("hugo", "hugo-slash-slug", tmp_path)
    redirect = (dest / "public/warm/index.html").read_text("utf-8")
    assert "/posts/notes/2021/04/warmer-starts.html/" in redirect  # static/_redirects
    assert "became 1 aliases" in report


def test_a_pelican_sites_netlify_toml_redirects_keep_answering(tmp_path: Path) -> None:
    dest, report, _ = _import_and_build("pelican", "pelican-links", tmp_path)
    redirect = (dest / "public/kiln/first.html").read_text("utf-8")
    assert "/first-firing-of-the-kiln.html" in redirect  # netlify.toml [[redirects]]
    assert "became 1 aliases" in report


def test_a_pelican_draft_is_not_published(tmp_path: Path) -> None:
    dest, _, _ = _import_and_build("pelican", "pelican-links", tmp_path)
    public = dest / "public"
    assert not list(public.rglob("kiln-repairs*"))
    assert "cracked lid" not in "".join(p.read_text("utf-8") for p in public.rglob("*.html"))
    assert (public / "first-firing-of-the-kiln.html").is_file()
