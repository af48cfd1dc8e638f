"""Series: labels, navigation, landing pages, feeds, planned parts and validation."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from tests.conftest import html, write_site

ATOM = "{http://www.w3.org/2005/Atom}"


def build(fixture_site, run, name, *flags):
    site = fixture_site(name)
    result = run("build", site, *flags)
    return site, result


def test_complete_series_labels_and_navigation(fixture_site, run):
    site, result = build(fixture_site, run, "series-complete")
    assert result.code == 0, result.err
    public = site / "public"
    part3 = html(public / "2026/key-3/index.html")
    assert part3.css_first(".series-label").text() == "Part 3 of 4 · The four keys"
    box = part3.css_first(".series-box")
    assert box.css_first("a[rel=prev]").attributes["href"] == "/2026/key-2/"
    assert box.css_first("a[rel=next]").attributes["href"] == "/2026/key-4/"
    assert box.css_first("h2").text() == "Part 3 of 4 in The four keys"
    assert box.css_first("h2 a").attributes["href"] == "/series/four-keys/"  # every part
    assert box.css_first(".series-teaser") is None  # nothing planned
    # each neighbour is linked once: older/newer leave out the series' own neighbours
    links = [str(a.attributes["href"]) for a in part3.css("article ~ nav a, article nav a")]
    assert sorted(links) == ["/2026/key-2/", "/2026/key-4/"]
    assert part3.css_first(".post-nav") is None
    part4 = html(public / "2026/key-4/index.html")
    assert part4.css_first(".post-nav .newer").attributes["href"] == "/2026/other/"
    assert part4.css_first(".post-nav .older") is None  # key-3 is the series' previous part
    assert part4.css_first(".series-box a[rel=next]") is None
    first = html(public / "2026/key-1/index.html")
    assert first.css_first(".series-box a[rel=prev]") is None


def test_landing_page_lists_parts_in_order_with_progress(fixture_site, run):
    site, result = build(fixture_site, run, "series-complete")
    assert result.code == 0
    landing = html(site / "public/series/four-keys/index.html")
    assert landing.css_first("h1").text() == "The four keys"
    assert landing.css_first(".progress").text() == "4 of 4 published · complete"
    assert landing.css_first(".post-content strong").text() == "the series"  # the intro
    titles = [a.text() for a in landing.css(".series-landing-parts h2 a")]
    assert titles == ["Key #1", "Key #2", "Key #3", "Key #4"]
    summaries = [p.text() for p in landing.css(".series-landing-parts li > p:not(.post-meta)")]
    assert summaries[0] == "Summary of key 1."
    index = html(site / "public/series/index.html")
    assert [a.text() for a in index.css(".series-list h2 a")] == ["The four keys"]


def test_series_feed_is_in_part_order(fixture_site, run):
    site, _ = build(fixture_site, run, "series-complete")
    root = ET.parse(site / "public/series/four-keys/atom.xml").getroot()
    titles = [e.find(f"{ATOM}title").text for e in root.findall(f"{ATOM}entry")]
    assert titles == ["Key #1", "Key #2", "Key #3", "Key #4"]
    assert root.find(f"{ATOM}link[@rel='self']").attrib["href"] == (
        "https://example.org/series/four-keys/atom.xml"
    )


def test_planned_part_is_shown_without_link_and_teased(fixture_site, run):
    site, result = build(fixture_site, run, "series-planned")
    assert result.code == 0, result.err
    part2 = html(site / "public/2026/r2/index.html")
    assert part2.css_first(".series-label").text() == "Part 2 of 3 · Replies worth reading"
    teaser = part2.css_first(".series-teaser")
    assert "coming 30 November 2026" in teaser.text()
    assert part2.css_first(".series-box a[rel=next]") is None  # a planned part has no page
    assert "Next in this series: Part three: closing the loop" in teaser.text()
    assert teaser.css_first("a").attributes["href"] == "/series/replies/atom.xml"
    part1 = html(site / "public/2026/r1/index.html")  # `series: replies` matched the file slug
    assert part1.css_first(".series-teaser") is None
    assert part1.css_first(".series-box a[rel=next]").attributes["href"] == "/2026/r2/"
    landing = html(site / "public/series/replies/index.html")
    assert landing.css_first(".progress").text() == "2 of 3 published"


def test_draft_part_hidden_in_production_numbering_stable(fixture_site, run):
    site, result = build(fixture_site, run, "series-draft")
    assert result.code == 0, result.err
    part3 = html(site / "public/2026/d3/index.html")
    assert part3.css_first(".series-label").text() == "Part 3 of 3 · Drafty"
    assert part3.css_first(".series-box a[rel=prev]").attributes["href"] == "/2026/d1/"
    assert not (site / "public/2026/d2").exists()
    result = run("build", site, "--drafts")
    assert result.code == 0
    part3 = html(site / "public/2026/d3/index.html")
    assert part3.css_first(".series-box a[rel=prev]").attributes["href"] == "/2026/d2/"
    marked = part3.css_first(".series-box a[rel=prev] .badge-draft")
    assert marked is not None and marked.text() == "Draft"


def test_gap_is_a_warning(fixture_site, run):
    _, result = build(fixture_site, run, "series-gap")
    assert result.code == 0
    assert (
        "content/posts/g3.md:5:1: SER010 part-gap [warning] 'Gappy' has no part 2 before part 3"
        in result.err
    )


def test_duplicate_part_is_an_error_naming_both(fixture_site, run):
    site, result = build(fixture_site, run, "series-duplicate")
    assert result.code == 1
    assert (
        "content/posts/dup-b.md:5:1: SER001 duplicate-part [error] part 2 of 'Dupes' is also "
        "claimed by content/posts/dup-a.md" in result.err
    )
    assert not (site / "public").exists()


def test_hugo_and_pelican_front_matter(fixture_site, run):
    site, result = build(fixture_site, run, "series-migrated")
    assert result.code == 0, result.err
    two = html(site / "public/2026/pelican-2/index.html")
    assert two.css_first(".series-label").text() == "Part 2 of 2 · Moving house"
    assert two.css_first(".series-box a[rel=prev]").attributes["href"] == "/2026/hugo-1/"


def _site(tmp_path, files):
    base = {"site.yaml": "title: T\nbase_url: https://example.org/\n"}
    return write_site(tmp_path / "s", {**base, **files})


def _post(name, series, part, date="2026-01-01", extra=""):
    return f"---\ntitle: {name}\ndate: {date}\nseries: {series}\npart: {part}\n{extra}---\nx?\n"


def test_part_must_be_a_positive_integer(tmp_path, run):
    site = _site(
        tmp_path,
        {
            "content/posts/a.md": _post("A", "S", 0),
            "content/posts/b.md": _post("B", "S", "two"),
        },
    )
    result = run("build", site)
    assert result.code == 1
    assert (
        "content/posts/a.md:5:1: SER002 invalid-part [error] 'part' must be a positive whole number"
        in result.err
    )
    assert "content/posts/b.md:5:7: error: 'part' should be a whole number, not 'two'" in result.err


def test_unknown_series_suggests_a_similar_one(tmp_path, run):
    site = _site(
        tmp_path,
        {
            "content/series/four-keys.md": "---\ntitle: The four keys\n---\nIntro\n",
            "content/posts/a.md": _post("A", "The for keys", 1),
        },
    )
    result = run("build", site)
    assert result.code == 1
    assert (
        "content/posts/a.md:4:1: SER003 unknown-series [error] series 'The for keys' " in result.err
    )
    assert "Did you mean 'The four keys'?" in result.err


def test_dates_out_of_order_and_total_too_small(tmp_path, run):
    site = _site(
        tmp_path,
        {
            "content/series/s.md": "---\ntitle: S\nparts: 1\n---\nIntro\n",
            "content/posts/a.md": _post("A", "S", 1, "2026-02-01"),
            "content/posts/b.md": _post("B", "S", 2, "2026-01-01"),
        },
    )
    result = run("build", site)
    assert result.code == 0
    assert (
        "content/posts/b.md:3:1: SER011 parts-out-of-order [warning] part 2 is dated " in result.err
    )
    assert (
        "content/series/s.md:3:1: SER012 parts-total-too-small [warning] 'parts: 1' but part 2 exists"
        in result.err
    )


def test_series_without_part_number(tmp_path, run):
    site = _site(
        tmp_path, {"content/posts/a.md": "---\ntitle: A\ndate: 2026-01-01\nseries: S\n---\nx\n"}
    )
    result = run("build", site)
    assert result.code == 1
    assert (
        "content/posts/a.md:4:1: SER004 missing-part [error] post is in series 'S' but has no 'part' number"
        in result.err
    )


def test_example_site_series(run, tmp_path):
    import shutil

    from tests.conftest import REPO

    site = tmp_path / "example"
    shutil.copytree(
        REPO,
        site,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "public", "tests", "benchmarks", "*.egg-info", "__pycache__"
        ),
    )
    result = run("build", site)
    assert result.code == 0, result.err
    part3 = html(site / "public/2026/four-keys-3-talk-with/index.html")
    assert part3.css_first(".series-label").text() == (
        "Part 3 of 4 · The four keys to good social media"
    )
    replies2 = html(site / "public/2026/replies-2-pushback/index.html")
    assert "Next in this series: When nobody replies" in replies2.css_first(".series-teaser").text()
