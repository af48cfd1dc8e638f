"""The command line: help, version, new site, new post, exit codes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from sitegen import __version__
from tests.conftest import html, write_site


def test_version(run, capsys):
    with pytest.raises(SystemExit) as stop:
        run("--version")
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"sitegen {__version__}"


@pytest.mark.parametrize("command", [[], ["build"], ["new"], ["new", "site"], ["new", "post"]])
def test_help_has_examples(command, capsys):
    from sitegen.cli import main

    with pytest.raises(SystemExit) as stop:
        main([*command, "--help"])
    assert stop.value.code == 0
    assert "example" in capsys.readouterr().out


def test_usage_error_exits_2(run, capsys):
    with pytest.raises(SystemExit) as stop:
        run("build", "--no-such-flag")
    assert stop.value.code == 2


def test_python_dash_m_works(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "sitegen", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.startswith("sitegen ")


def test_new_site_builds(tmp_path, run):
    target = tmp_path / "blog"
    result = run("new", "site", target, "--title", "My: blog")
    assert result.code == 0
    assert run("build", target).code == 0
    doc = html(target / "public/index.html")
    assert doc.css_first("title").text() == "My: blog"
    assert len(doc.css(".summary")) == 1


def test_new_site_refuses_a_non_empty_folder(tmp_path, run):
    (tmp_path / "x").write_text("x")
    result = run("new", "site", tmp_path)
    assert result.code == 2 and "is not empty" in result.err


def test_new_post_fills_front_matter_and_picks_next_part(tmp_path, run, monkeypatch):
    site = write_site(
        tmp_path,
        {
            "site.yaml": "title: T\nbase_url: https://example.org/\n",
            "content/posts/one.md": "---\ntitle: One\ndate: 2026-01-01\nseries: My Series\npart: 1\n---\nx\n",
            "content/posts/two.md": "---\ntitle: Two\ndate: 2026-01-08\nseries: my-series\npart: 2\n---\nx\n",
        },
    )
    monkeypatch.chdir(site / "content")  # found by walking up to site.yaml
    result = run("new", "post", "Three: the end", "--series", "My Series")
    assert result.code == 0, result.err
    text = (site / "content/posts/three-the-end.md").read_text()
    assert 'title: "Three: the end"' in text
    assert "part: 3" in text and "draft: true" in text
    assert run("build", site, "--drafts").code == 0
    built = list((site / "public").glob("*/three-the-end/index.html"))
    assert len(built) == 1
    assert html(built[0]).css_first(".series-label").text() == "Part 3 of 3 · My Series"
    again = run("new", "post", "Three: the end")
    assert again.code == 2 and "already exists" in again.err


def test_new_post_with_explicit_part(tmp_path, run):
    site = write_site(tmp_path, {"site.yaml": "title: T\nbase_url: https://example.org/\n"})
    result = run("new", "post", "Later", "--series", "S", "--part", "4", "--site", site)
    assert result.code == 0
    assert "part: 4" in (site / "content/posts/later.md").read_text()


def test_timings_show_lint_as_its_own_phase(tmp_path, run):
    import shutil

    from tests.conftest import REPO

    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(REPO / "site.yaml", site)
    shutil.copytree(REPO / "content", site / "content")
    result = run("build", site, "--timings", "--no-cache")
    assert result.code == 0, result.err
    phases = dict(
        (line.split()[0], int(line.split()[1]))
        for line in result.out.split("Timings:\n", 1)[1].splitlines()
    )
    assert {"read", "compile", "lint", "render", "write", "total"} <= set(phases)
    assert phases["lint"] > 0  # linting the example's posts takes measurable time
    assert phases["lint"] + phases["compile"] <= phases["total"]


def test_new_site_with_a_reply_address_has_a_working_reply_button(tmp_path, run):
    target = tmp_path / "blog"
    result = run("new", "site", target, "--reply-email", "me@example.net")
    assert result.code == 0 and "cannot reply" not in result.out
    assert run("build", target).code == 0
    posts = list((target / "public").glob("*/hello-world/index.html"))
    button = html(posts[0]).css_first(".replies a")
    assert button.attributes["href"].startswith("mailto:me@example.net?subject=")


def test_new_site_without_a_reply_address_says_so(tmp_path, run):
    result = run("new", "site", tmp_path / "blog")
    assert result.code == 0
    assert "Readers cannot reply yet" in result.out and "--reply-email" in result.out
    assert run("new", "site", tmp_path / "other", "--reply-email", "nobody").code == 2
