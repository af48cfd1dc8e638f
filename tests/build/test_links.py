"""A build checks its own links: every internal link and image of every post and page
resolves to a file the build writes, or a warning says where it is."""

from __future__ import annotations

from sitegen.build.links import links_in
from tests.conftest import MINIMAL_CONFIG, post, write_site


def test_links_are_found_in_markdown_and_raw_html():
    fragment = (
        '<p><a href="/a/">a</a> <img src=\'/b.png\' alt="x > y"> <A HREF=/c/>c</A>'
        '<!-- <a href="/commented/"> --> <video src="v.mp4" poster="p.jpg"></video>'
        '<a name="anchor">no link</a> <a href="/q?x=1&amp;y=2">q</a></p>'
    )
    assert links_in(fragment) == ["/a/", "/b.png", "/c/", "v.mp4", "p.jpg", "/q?x=1&y=2"]


def test_broken_internal_links_are_warned_about_with_their_line(tmp_path, run):
    site = write_site(
        tmp_path / "site",
        {
            "site.yaml": MINIMAL_CONFIG,
            "content/images/here.png": b"png",
            "content/posts/target.md": post("Target"),
            "content/posts/links.md": post(
                "Links",
                body=(
                    "To [the target](/2026/target/) and [a page that is gone](/2026/gone/).\n\n"
                    "An image that is there: ![here](/images/here.png)\n\n"
                    "One that is not: ![missing](/images/missing.png)\n\n"
                    '<a href="/raw/missing/">raw HTML too</a>\n\n'
                    "`[not a link](/in/code/)` and [elsewhere](https://example.com/x/).\n"
                ),
            ),
        },
    )
    result = run("build", site)
    assert result.code == 0, result.err
    warnings = [line for line in result.err.splitlines() if "broken link" in line]
    assert len(warnings) == 3, result.err
    assert any(
        w.startswith("content/posts/links.md:5:58:") and "/2026/gone/" in w for w in warnings
    )
    assert any(
        w.startswith("content/posts/links.md:9:29:") and "/images/missing.png" in w
        for w in warnings
    )
    assert any("/raw/missing/" in w for w in warnings)
    shown = "\n".join(warnings)  # the warning lines, not the source lines shown under them
    assert "/2026/target/" not in shown and "/images/here.png" not in shown
    assert "/in/code/" not in shown and "example.com" not in shown


def test_links_to_the_same_host_outside_the_base_path_are_another_site(tmp_path, run):
    """A blog at https://example.org/v2/ links to its older self at /technical/…: not a
    page this build is meant to write, so no warning; a missing page under /v2/ is."""
    site = write_site(
        tmp_path / "site",
        {
            "site.yaml": "title: T\nbase_url: https://example.org/v2/\n",
            "content/posts/old.md": post(
                "Old",
                body=(
                    "The [first version](https://example.org/technical/2010/first/) and "
                    "[a gone post](https://example.org/v2/2026/gone/).\n"
                ),
            ),
        },
    )
    result = run("build", site)
    assert result.code == 0, result.err
    warnings = [line for line in result.err.splitlines() if "broken link" in line]
    assert len(warnings) == 1 and "/v2/2026/gone/" in warnings[0], result.err
