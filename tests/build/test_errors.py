"""Every error a user can cause: a file:line message with a hint, exit code 1 or 2,
and the previous output left exactly as it was."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from sitegen.build.builder import BuildOptions, build
from sitegen.diagnostics import Severity
from tests.conftest import MINIMAL_CONFIG, post, tree_digest, write_site


@pytest.fixture
def good_site(tmp_path, run) -> Path:
    site = write_site(
        tmp_path / "site",
        {
            "site.yaml": MINIMAL_CONFIG,
            "content/posts/hello.md": post("Hello"),
            "content/pages/about.md": "---\ntitle: About\n---\nHi.\n",
        },
    )
    assert run("build", site).code == 0
    return site


def break_and_build(site: Path, run, files: dict[str, str | bytes], code: int = 1) -> str:
    before = tree_digest(site / "public")
    write_site(site, files)
    result = run("build", site)
    assert result.code == code, result.err
    assert tree_digest(site / "public") == before, "the old output was touched"
    assert "Traceback" not in result.err
    return result.err


def test_not_utf8(good_site, run):
    err = break_and_build(
        good_site,
        run,
        {
            "content/posts/latin1.md": "---\ntitle: Caf\xe9\ndate: 2026-01-01\n---\n".encode(
                "latin-1"
            ),
        },
    )
    assert "content/posts/latin1.md:2:11: error: file is not valid UTF-8" in err
    assert "Save the file as UTF-8" in err


def test_utf16_with_bom(good_site, run):
    data = codecs.BOM_UTF16_LE + post("Wide").encode("utf-16-le")
    err = break_and_build(good_site, run, {"content/posts/wide.md": data})
    assert "content/posts/wide.md: error: file is UTF-16 text; sitegen reads UTF-8" in err


def test_utf8_bom_is_accepted(good_site, run):
    write_site(good_site, {"content/posts/bom.md": codecs.BOM_UTF8 + post("Bom").encode()})
    assert run("build", good_site).code == 0
    assert (good_site / "public/2026/bom/index.html").is_file()


def test_empty_file(good_site, run):
    err = break_and_build(good_site, run, {"content/posts/empty.md": ""})
    assert "content/posts/empty.md: error: file is empty" in err


def test_front_matter_not_closed(good_site, run):
    err = break_and_build(
        good_site,
        run,
        {"content/posts/open.md": "---\ntitle: Open\ndate: 2026-01-01\nBody text.\n"},
    )
    assert (
        "content/posts/open.md:1:1: error: front matter starts with '---' but is never closed"
        in err
    )


@pytest.mark.parametrize("front, what", [("- a\n- b\n", "list"), ("just words\n", "str")])
def test_front_matter_not_a_mapping(good_site, run, front, what):
    err = break_and_build(good_site, run, {"content/posts/odd.md": f"---\n{front}---\nBody\n"})
    assert f"content/posts/odd.md:2:1: error: front matter is {what}, not a mapping" in err


def test_missing_front_matter(good_site, run):
    err = break_and_build(good_site, run, {"content/posts/bare.md": "# Just markdown\n"})
    assert "content/posts/bare.md:1:1: error: no front matter" in err


def test_date_that_is_not_a_date(good_site, run):
    err = break_and_build(
        good_site, run, {"content/posts/when.md": "---\ntitle: When\ndate: next tuesday\n---\nx\n"}
    )
    assert "content/posts/when.md:3:7: error: 'date' should be a date" in err
    assert "not 'next tuesday'" in err
    assert "3 | date: next tuesday" in err  # the offending line is shown


def test_impossible_calendar_date(good_site, run):
    err = break_and_build(
        good_site, run, {"content/posts/feb.md": "---\ntitle: Feb\ndate: 2026-02-30\n---\nx\n"}
    )
    assert "content/posts/feb.md:3:7: error: cannot read the value '2026-02-30'" in err


def test_missing_date(good_site, run):
    # The title may come from the file name, as in Jekyll; the date may not come from
    # nowhere.
    err = break_and_build(good_site, run, {"content/posts/none.md": "---\ntags: [a]\n---\nx\n"})
    assert "content/posts/none.md:2:1: error: post has no date" in err


def test_unknown_key_with_suggestion(good_site, run):
    err = break_and_build(
        good_site,
        run,
        {"content/posts/typo.md": "---\ntitle: Typo\ndate: 2026-01-01\ntgas: [a]\n---\nx\n"},
    )
    assert "content/posts/typo.md:4:1: error: unknown key 'tgas'" in err
    assert "hint: did you mean 'tags'?" in err


def test_duplicate_key(good_site, run):
    err = break_and_build(
        good_site,
        run,
        {"content/posts/twice.md": "---\ntitle: A\ndate: 2026-01-01\ntitle: B\n---\nx\n"},
    )
    assert (
        "content/posts/twice.md:4:1: error: duplicate key 'title' (first defined on line 2)" in err
    )


def test_invalid_yaml_points_at_the_line(good_site, run):
    err = break_and_build(
        good_site,
        run,
        {"content/posts/colon.md": "---\ntitle: x\ndate: 2026-01-01\ntags: [a, b\n---\nx\n"},
    )
    assert "content/posts/colon.md:5:" in err and "invalid YAML" in err


def test_duplicate_slugs_name_both_files(good_site, run):
    err = break_and_build(
        good_site,
        run,
        {
            "content/posts/a.md": post("A", slug="same"),
            "content/posts/b.md": post("B", slug="same"),
        },
    )
    assert (
        "/2026/same/ would be written twice: by content/posts/a.md and by content/posts/b.md" in err
    )


def test_all_errors_are_reported_together(good_site, run):
    err = break_and_build(
        good_site,
        run,
        {
            "content/posts/one.md": "---\ntitle: One\ndate: soon\n---\nx\n",
            "content/posts/two.md": "",
            "content/pages/three.md": "---\ntitle: Three\nmenu: [top]\n---\nx\n",
        },
    )
    assert "content/posts/one.md:3:7" in err
    assert "content/posts/two.md: error: file is empty" in err
    assert "content/pages/three.md:3:7: error: 'menu' should be a whole number" in err
    assert "content/pages/three.md:3:7: error: 'menu' should be a whole number or text" in err
    assert "Build failed (3 errors" in err


def test_missing_theme_is_a_configuration_error(good_site, run):
    err = break_and_build(
        good_site, run, {"site.yaml": MINIMAL_CONFIG + "    theme: fancy\n"}, code=2
    )
    assert "site.yaml:3:1: error: theme 'fancy' not found" in err
    assert "Available: default" in err


def test_missing_template(good_site, run):
    err = break_and_build(
        good_site,
        run,
        {"content/pages/special.md": "---\ntitle: Special\ntemplate: special.html\n---\nx\n"},
    )
    assert "template 'special.html' not found (while rendering content/pages/special.md)" in err


def test_template_error_points_at_template_line(good_site, run):
    err = break_and_build(
        good_site,
        run,
        {
            "templates/page.html": "{% extends 'base.html' %}\n{% block content %}\n"
            "{{ page.titel }}\n{% endblock %}\n"
        },
    )
    assert "templates/page.html:3:1: error: undefined value:" in err
    assert "has no attribute 'titel'" in err
    assert "(while rendering content/pages/about.md)" in err


def test_template_syntax_error(good_site, run):
    err = break_and_build(
        good_site,
        run,
        {
            "templates/page.html": "{% extends 'base.html' %}\n{% block content %}\n{% if x %}\n"
            "{% endblock %}\n"
        },
    )
    assert "templates/page.html:4:1: error: template syntax error" in err


def test_config_errors_are_collected_with_hints(good_site, run):
    err = break_and_build(
        good_site,
        run,
        {
            "site.yaml": """
        title: Tiny
        base_url: example.org
        timezone: Mars/Olympus
        post_per_page: 3
        feeds:
          atom: maybe
    """
        },
        code=2,
    )
    assert "site.yaml:2:11: error: 'base_url': 'example.org' is not an absolute http(s) URL" in err
    assert "site.yaml:3:11: error: 'timezone': 'Mars/Olympus' is not a known time zone" in err
    assert "site.yaml:4:1: error: unknown key 'post_per_page'" in err
    assert "did you mean 'posts_per_page'?" in err
    assert "site.yaml:6:9: error: 'feeds.atom' should be true or false, not 'maybe'" in err


def test_no_site_yaml(tmp_path, run):
    result = run("build", tmp_path)
    assert result.code == 2
    assert "no site.yaml in" in result.err and "sitegen new site" in result.err


def test_refuses_to_replace_a_foreign_folder(good_site, run):
    foreign = good_site / "mine"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("precious")
    result = run("build", good_site, "-o", foreign)
    assert result.code == 2
    assert "already holds files that sitegen did not write" in result.err
    assert (foreign / "notes.txt").read_text() == "precious"


def test_title_cut_by_a_comment_is_a_warning(good_site, run):
    write_site(good_site, {"content/posts/key.md": post("Key #3: engaging")})
    result = run("build", good_site)
    assert result.code == 0
    assert "content/posts/key.md:2:12: warning: 'title' ends at 'Key'" in result.err
    assert 'title: "Key #3: engaging"' in result.err


@pytest.mark.parametrize("workers", [1, 2])
def test_one_template_error_breaking_many_pages_is_reported_once(tmp_path, workers):
    files = {
        "site.yaml": MINIMAL_CONFIG,
        "templates/post.html": "{% extends 'base.html' %}\n{% block content %}\n"
        "{{ post.titel.upper() }}\n{% endblock %}\n",
    }
    for number in range(200):  # enough pages to render in chunks, across processes
        files[f"content/posts/p{number}.md"] = post(f"Post {number}")
    site = write_site(tmp_path / "site", files)
    result = build(site, BuildOptions(cache=False, workers=workers))
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    assert len(errors) == 1, [str(d) for d in errors]
    assert errors[0].path == "templates/post.html" and errors[0].line == 3
    assert errors[0].message.endswith("and 199 more page(s)")
