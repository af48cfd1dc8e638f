"""TOML front matter and Pelican headers → the positioned tree that YAML front matter
gives (`yamltree.Node`), so one schema reads all three."""

from __future__ import annotations

import re
import tomllib
from typing import Any

from sitegen.diagnostics import Diagnostic
from sitegen.yamltree import Node, Pos

_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


def _node(value: Any, pos: Pos, raw: str = "") -> Node:
    if isinstance(value, dict):
        return Node(
            value,
            pos,
            pos,
            items={str(k): (pos, _node(v, pos)) for k, v in value.items()},
        )
    if isinstance(value, list):
        return Node(value, pos, pos, elements=[_node(v, pos) for v in value])
    style = '"' if isinstance(value, str) else None
    return Node(value, pos, pos, raw=raw or str(value), style=style)


def toml_node(text: str, path: str, first_line: int) -> tuple[Node | None, list[Diagnostic]]:
    """TOML front matter (Hugo's and Zola's '+++') → a Node; every key keeps the line
    it is written on (keys of a table: the table's own line when not found)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_POSITION.search(str(exc))
        line, col = (int(found[1]), int(found[2])) if found else (1, 1)
        message = _TOML_POSITION.sub("", str(exc)).strip()
        return None, [
            Diagnostic(
                path,
                line + first_line - 1,
                col,
                f"invalid TOML: {message}",
                hint='TOML wants quoted text: title = "My post"; dates as 2026-11-23T09:30:00.',
            )
        ]
    lines = text.split("\n")

    def line_of(key: str, start: int = 0) -> int:
        pattern = re.compile(rf"^\s*(\[\s*)?[\"']?{re.escape(key)}[\"']?\s*(=|\])")
        for index in range(start, len(lines)):
            if pattern.match(lines[index]):
                return index
        return start

    root_pos = Pos(first_line, 1)
    items: dict[str, tuple[Pos, Node]] = {}
    for key, value in data.items():
        index = line_of(key)
        pos = Pos(index + first_line, len(lines[index]) - len(lines[index].lstrip()) + 1)
        child = _node(value, pos)
        if isinstance(value, dict):
            child.items = {
                str(k): (
                    Pos(line_of(str(k), index) + first_line, 1),
                    _node(v, Pos(line_of(str(k), index) + first_line, 1)),
                )
                for k, v in value.items()
            }
        items[key] = (pos, child)
    return Node(data, root_pos, root_pos, items=items), []


def pelican_node(text: str, first_line: int) -> Node:
    """Pelican's 'Key: value' header → a Node of text values (Pelican's own types:
    the date is parsed later like any date, tags split at commas)."""
    items: dict[str, tuple[Pos, Node]] = {}
    last = ""
    values: dict[str, str] = {}
    for index, line in enumerate(text.split("\n")):
        if not line.strip():
            continue
        if line[:1].isspace() and last:
            values[last] += " " + line.strip()
            pos, node = items[last]
            items[last] = (pos, _node(values[last], node.start))
            continue
        key, _, value = line.partition(":")
        key = key.strip()
        value = value.strip()
        pos = Pos(index + first_line, 1)
        values[key] = value
        items[key] = (pos, _node(value, Pos(pos.line, len(key) + 3)))
        last = key
    root = Pos(first_line, 1)
    return Node(dict(values), root, root, items=items)


def fold_case(node: Node, path: str = "") -> tuple[Node, list[Diagnostic]]:
    """Top-level keys in lower case, as Hugo and Pelican read them ('Title:' is
    'title:'). A key written twice in two spellings is an error, as a duplicate key is
    in YAML (which one a peer keeps differs; silently keeping one hides the other)."""
    if not any(key != key.lower() for key in node.items):
        return node, []
    items: dict[str, tuple[Pos, Node]] = {}
    spelled: dict[str, str] = {}
    diagnostics: list[Diagnostic] = []
    for key, entry in node.items.items():
        lowered = key.lower()
        if lowered in items:
            first = items[lowered][0]
            diagnostics.append(
                Diagnostic(
                    path,
                    entry[0].line,
                    entry[0].col,
                    f"key '{key}' is '{spelled[lowered]}' again (line {first.line}); "
                    "keys are read without regard to case",
                    hint=f"Keep one '{lowered}' and remove the other.",
                )
            )
            continue
        items[lowered] = entry
        spelled[lowered] = key
    folded = Node(
        {k: v.value for k, (_, v) in items.items()},
        node.start,
        node.end,
        node.raw,
        node.comment,
        node.style,
        items,
        node.elements,
    )
    return folded, diagnostics
