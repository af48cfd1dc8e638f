"""Positioned YAML: positions, duplicate keys, alias bombs, nesting."""

from __future__ import annotations

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
