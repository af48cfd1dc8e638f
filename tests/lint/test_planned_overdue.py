"""SER014: a planned part whose date has passed is a warning, on the planned line."""

from __future__ import annotations

from tests.conftest import write_site

SERIES = """\
---
title: Moving house
planned:
  - {{part: 2, title: "Unpacking", date: {date}}}
---
Two parts.
"""


def _site(tmp_path, date: str):
    return write_site(
        tmp_path,
        {
            "site.yaml": "title: T\nbase_url: https://example.org/\n",
            "content/series/moving.md": SERIES.format(date=date),
            "content/posts/one.md": "---\ntitle: Packing\ndate: 2020-01-01\nseries: moving\n"
            "part: 1\n---\nWhat did you pack first?\n",
        },
    )


def test_a_planned_date_in_the_past_is_flagged(tmp_path, run):
    site = _site(tmp_path, "2020-02-01")
    result = run("lint", site)
    assert result.code == 0  # a warning
    assert (
        "content/series/moving.md:4:1: SER014 planned-part-overdue [warning] part 2 "
        "(“Unpacking”) was planned for 2020-02-01" in result.out
    )
    built = run("build", site)
    assert built.code == 0 and "SER014" in built.err


def test_a_planned_date_ahead_or_no_date_is_fine(tmp_path, run):
    assert "SER014" not in run("lint", _site(tmp_path / "a", "2999-01-01")).out
    undated = _site(tmp_path / "b", "2020-02-01")
    series = undated / "content/series/moving.md"
    series.write_text(series.read_text().replace(", date: 2020-02-01", ""))
    assert "SER014" not in run("lint", undated).out


def test_the_example_site_has_no_overdue_part(tmp_path, run):
    import shutil

    from tests.conftest import REPO

    shutil.copytree(REPO / "content", tmp_path / "content")
    shutil.copy(REPO / "site.yaml", tmp_path / "site.yaml")
    assert "SER014" not in run("lint", tmp_path).out
