"""Pelican's header ends at its first line that is neither 'Key: value' nor an
indented continuation, and that line starts the text (as Pelican's Markdown reader
reads it): a tag list wrapped onto an unindented line must not make the whole post
"no front matter"."""

from __future__ import annotations

from sitegen.content.frontmatter import split

WRAPPED = """Title: Seed saving
Date: 2016-09-14 7:05
Tags: garden, seeds, autumn,
beans and peas

Dry them on paper for a week.
"""


def test_an_unindented_line_ends_the_header_and_starts_the_text() -> None:
    parts, problems = split(WRAPPED, "content/seed-saving.md")
    assert problems == [] and parts.format == "pelican"
    assert (
        parts.front_matter
        == "Title: Seed saving\nDate: 2016-09-14 7:05\nTags: garden, seeds, autumn,\n"
    )
    assert parts.body.startswith("beans and peas\n\nDry them")
    assert parts.body_line == 4  # the line the text starts at in the file


def test_prose_that_starts_like_a_key_is_still_prose() -> None:
    text = "Warning: the shed roof leaks\nso the seeds stay indoors.\n\nMore text.\n"
    parts, _ = split(text, "content/note.md")
    assert parts.front_matter is None and parts.body == text
