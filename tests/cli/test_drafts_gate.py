"""A broadcast-only blurb on a draft: `sitegen lint` fails, `sitegen build` does not
(the draft is not published); with `--drafts` it is published, and fails the build."""

from __future__ import annotations

from tests.conftest import MINIMAL_CONFIG, post, write_site

LOUD = post(
    "Launch",
    draft="true",
    body="We are excited to announce our new thing. Read more on our website.",
    social='\n  x: "New post: https://example.org/launch/ #news"',
)


def test_broadcast_draft_fails_lint_but_not_build(tmp_path, run):
    site = write_site(
        tmp_path,
        {
            "site.yaml": MINIMAL_CONFIG,
            "content/posts/open.md": post("Open", body="What would you change first?"),
            "content/posts/launch.md": LOUD,
        },
    )
    linted = run("lint", site)
    assert linted.code == 1 and "ENG101" in linted.out
    built = run("build", site)
    assert built.code == 0, built.err
    assert (site / "public/index.html").is_file()
    assert not (site / "public/2026/launch").exists()
    with_drafts = run("build", site, "--drafts")
    assert with_drafts.code == 1 and "Build failed" in with_drafts.err
