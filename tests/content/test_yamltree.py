"""Positioned YAML: positions, duplicate keys, alias bombs, nesting."""

from __future__ import annotations

import pytest

from sitegen import yamltree


def test_positions_are_file_lines_and_columns():
    node, problems = yamltree.parse("title: Hi\ntags:\n  - a\n  - b\n", "x.md", first_line=2)
    assert problems == []
    assert node.key_pos("tags").line == 3
    assert [e.start.line for e in node.get("tags").elements] == [4, 5]
    assert node.get("title").start == yamltree.Pos(2, 8)


def test_plain_scalars_keep_their_text():
    node, _ = yamltree.parse("title: 2026\nother: yes\n", "x")
    assert node.get("title").value == 2026 and node.get("title").raw == "2026"
    assert node.get("other").value is True and node.get("other").raw == "yes"


def test_duplicate_keys_are_reported():
    _, problems = yamltree.parse("a: 1\nb: 2\na: 3\n", "x")
    assert problems[0].line == 3
    assert problems[0].message == "duplicate key 'a' (first defined on line 1)"


def test_alias_bomb_is_stopped():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev, name = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
    _, problems = yamltree.parse("\n".join(lines) + "\n", "bomb.yaml")
    assert len(problems) == 1
    assert "expands to more than 100,000 values" in problems[0].message


def test_recursive_alias_is_stopped():
    _, problems = yamltree.parse("a: &x [*x]\n", "loop.yaml")
    assert problems and "nested more than" in problems[0].message


def test_deep_nesting_is_refused():
    text = "a: " + "[" * 200 + "]" * 200 + "\n"
    _, problems = yamltree.parse(text, "deep.yaml")
    assert problems and ("nested" in problems[0].message)


def test_unknown_tags_are_refused():
    _, problems = yamltree.parse("a: !!python/object:os.system x\n", "evil.yaml")
    assert problems and "unknown YAML tag" in problems[0].message


def test_comment_after_plain_scalar_is_recorded():
    node, _ = yamltree.parse("title: Key #3: engaging\n", "x")
    assert node.get("title").value == "Key"
    assert node.get("title").comment == "#3: engaging"


def test_syntax_error_has_position_and_hint():
    _, problems = yamltree.parse("title: a: b\n", "x.md", first_line=2)
    assert problems[0].line == 2
    assert "must be quoted" in problems[0].hint


@pytest.mark.parametrize("depth", [65, 999, 1001, 5000])
def test_deep_flow_nesting_gets_our_message_whatever_pyyaml_allows(depth):
    """libyaml in PyYAML 6.0.4 stops flow nesting at 1,000 with its own message; Python's
    recursion limit stops the pure-Python loader; ours fires first and the same way."""
    _, problems = yamltree.parse("extra: " + "[" * depth + "]" * depth + "\n", "x.md", 4)
    assert [(p.line, p.col, p.message) for p in problems] == [
        (4, 72, "YAML is nested more than 64 levels deep")
    ]
    assert problems[0].hint.startswith("Flatten the structure")


def test_deep_block_nesting_points_at_the_first_level_too_deep():
    text = "a:\n" + "".join("  " * i + "-\n" for i in range(1, 1200))
    _, problems = yamltree.parse(text, "x.md", 1)
    assert [(p.line, p.message) for p in problems] == [
        (66, "YAML is nested more than 64 levels deep")
    ]
