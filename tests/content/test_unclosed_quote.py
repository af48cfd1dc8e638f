"""A quote left open in front matter is reported where it opens, not where YAML gave up."""

from __future__ import annotations

from sitegen import yamltree

LONG = """\
title: "Key #3: Talk with people, not at them
date: 2026-10-19
social:
  bluesky: >-
    "Version 2.0 is out" can only be answered with
    "congrats". What made you reply lately?
"""


def test_unclosed_quote_in_long_front_matter_points_at_the_quote() -> None:
    _, problems = yamltree.parse(LONG, "post.md", first_line=2)
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.line, problem.col) == (2, 8)  # file line 2, the opening quote
    assert "not closed" in problem.message
    assert "line 6" in problem.hint  # where the parser noticed it, on the second line


def test_unclosed_quote_in_short_front_matter() -> None:
    _, problems = yamltree.parse('title: "Key #3 talk\ndate: 2026-01-01\n', "post.md", 2)
    assert [(p.line, p.col) for p in problems] == [(2, 8)]
    assert "not closed" in problems[0].message


def test_a_closed_multiline_quote_is_left_alone() -> None:
    node, problems = yamltree.parse('title: "one\n  two"\n', "post.md", 2)
    assert problems == [] and node is not None and node.value == {"title": "one two"}


def test_other_errors_keep_their_own_position() -> None:
    _, problems = yamltree.parse("title: a: b\n", "post.md", 2)
    assert problems[0].line == 2 and "mapping values" in problems[0].message
