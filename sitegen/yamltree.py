"""YAML text → values that remember where they came from.

PyYAML's safe composer gives us a node graph with source marks; we build plain
Python values from it ourselves so that every key and value keeps its line and
column, duplicate keys are caught, and aliases cannot expand without bound
("billion laughs").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml
import yaml.reader

try:  # libyaml is much faster; PyYAML wheels ship it.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

from sitegen.diagnostics import Diagnostic, split_lines

MAX_VALUES = 100_000
MAX_DEPTH = 64


@dataclass(frozen=True)
class Pos:
    """A 1-based line and column."""

    line: int
    col: int


@dataclass
class Node:
    """A YAML value with its position; mappings and sequences keep their children."""

    value: Any
    start: Pos
    end: Pos
    raw: str = ""  # the scalar as written (before YAML typed it), for scalars
    comment: str = ""  # a '# …' comment after a plain scalar on its line
    style: str | None = None  # scalar style: None (plain), "'", '"', "|", ">"
    items: dict[str, tuple[Pos, Node]] = field(default_factory=dict)
    elements: list[Node] = field(default_factory=list)

    @property
    def is_mapping(self) -> bool:
        return isinstance(self.value, dict)

    def get(self, key: str) -> Node | None:
        entry = self.items.get(key)
        return entry[1] if entry else None

    def key_pos(self, key: str) -> Pos:
        entry = self.items.get(key)
        return entry[0] if entry else self.start


class YamlProblem(Exception):
    def __init__(self, pos: Pos, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.pos = pos
        self.message = message
        self.hint = hint


_CONSTRUCTOR = yaml.SafeLoader("")  # lends its scalar constructors; holds no state we use


def _scalar_value(node: yaml.ScalarNode, pos: Pos) -> Any:
    construct = yaml.SafeLoader.yaml_constructors.get(node.tag)
    if construct is None:
        raise YamlProblem(
            pos, f"unknown YAML tag '{node.tag}'", "Remove the '!tag' before the value."
        )
    try:
        return construct(_CONSTRUCTOR, node)
    except (ValueError, yaml.YAMLError) as exc:
        raise YamlProblem(pos, f"cannot read the value '{node.value}': {exc}") from exc


def parse(text: str, path: str, first_line: int = 1) -> tuple[Node | None, list[Diagnostic]]:
    """Parse one YAML document; `first_line` is the file line the text starts on."""
    offset = first_line - 1
    try:
        root = yaml.compose(text, Loader=_Loader)
    except (yaml.MarkedYAMLError, RecursionError) as exc:
        # Some versions of PyYAML and libyaml stop deep nesting with their own limit
        # (or Python's recursion limit) before we see it; report it our way on all.
        deep = _first_too_deep(text)
        if deep is not None:
            return None, [_too_deep(path, Pos(deep.line + offset, deep.col))]
        if isinstance(exc, RecursionError):
            raise

        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 + offset) if mark else first_line
        col = (mark.column + 1) if mark else 1
        problem = exc.problem or exc.context or "invalid YAML"
        opened = _unclosed_quote(text, exc)
        if opened is not None:
            # Where the quote opens is where the author must look; where the parser
            # gave up (often many lines below) goes on the second line.
            quote, start = opened
            return None, [
                Diagnostic(
                    path,
                    start.line + offset,
                    start.col,
                    f"invalid YAML: the quoted value that starts here is not closed ({quote})",
                    hint=f"Close it with {quote} at the end of its line. (YAML noticed the "
                    f"problem at line {line}, column {col}: {problem}.)",
                )
            ]
        return None, [
            Diagnostic(path, line, col, f"invalid YAML: {problem}", hint=_hint_for(problem, text))
        ]
    except yaml.reader.ReaderError as exc:
        lines = split_lines(text[: exc.position])
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        return None, [
            Diagnostic(
                path,
                offset + len(lines),
                len(lines[-1]) + 1,
                f"invalid YAML: the control character U+{ord(char):04X} is not allowed",
                hint="Delete it; such characters are often pasted in invisibly from other "
                "programs.",
            )
        ]
    except yaml.YAMLError as exc:
        return None, [
            Diagnostic(
                path,
                first_line,
                1,
                f"invalid YAML: {exc}",
                hint="Check the indentation and quoting of the YAML.",
            )
        ]
    if root is None:
        return None, []
    builder = _Builder(offset, split_lines(text))
    try:
        return builder.build(root, 0), []
    except YamlProblem as problem:
        return None, [
            Diagnostic(path, problem.pos.line, problem.pos.col, problem.message, hint=problem.hint)
        ]


def _too_deep(path: str, pos: Pos) -> Diagnostic:
    return Diagnostic(
        path,
        pos.line,
        pos.col,
        f"YAML is nested more than {MAX_DEPTH} levels deep",
        hint="Flatten the structure; front matter and site.yaml need only a few levels.",
    )


def _first_too_deep(text: str) -> Pos | None:
    """Where the first value nested deeper than MAX_DEPTH starts, if any.

    PyYAML's pure-Python parser yields events without recursing, so it reaches
    any depth; it is slow, so it runs only after the fast loader gave up.
    """
    depth = 0  # collections open around the next value, as _Builder counts depth
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.NodeEvent):
                mark = event.start_mark
                if depth > MAX_DEPTH and mark is not None:
                    return Pos(mark.line + 1, mark.column + 1)
                if isinstance(event, yaml.CollectionStartEvent):
                    depth += 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return None
    return None


_KEY_LINE = re.compile(r"^\s*(?:- )?[A-Za-z_][\w-]*:(?:\s|$)")


def _unclosed_quote(text: str, exc: yaml.MarkedYAMLError) -> tuple[str, Pos] | None:
    """The quote an author forgot to close, when that is what went wrong.

    libyaml reads an unclosed quote as a value running on over the next lines, until
    the next quote character or the end, and reports the error there. Scanning again
    with PyYAML's own scanner shows the quoted scalar: when it starts on one line and
    swallows later lines that look like `key: value`, the quote was never closed.
    """
    if exc.context and "while scanning a quoted scalar" in exc.context and exc.context_mark:
        mark = exc.context_mark
        line = text.splitlines()[mark.line] if mark.line < len(text.splitlines()) else ""
        return (line[mark.column : mark.column + 1] or '"'), Pos(mark.line + 1, mark.column + 1)
    found: tuple[str, Pos] | None = None
    lines = text.splitlines()
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if not isinstance(token, yaml.ScalarToken) or token.style not in ('"', "'"):
                continue
            first, last = token.start_mark.line, token.end_mark.line
            swallowed = lines[first + 1 : last + 1]
            if last > first and any(_KEY_LINE.match(each) for each in swallowed):
                found = token.style, Pos(first + 1, token.start_mark.column + 1)
                break
    except yaml.MarkedYAMLError as again:
        if found is None and again.context and "quoted scalar" in again.context:
            at = again.context_mark
            if at is not None:
                quote = lines[at.line][at.column] if at.line < len(lines) else '"'
                return quote, Pos(at.line + 1, at.column + 1)
    return found


def _hint_for(problem: str, text: str) -> str:
    if "mapping values are not allowed" in problem:
        return "A value that contains ': ' must be quoted, e.g. title: \"Key #3: engaging\"."
    if "found character '\\t'" in problem or ("\t" in text and "cannot start any token" in problem):
        return "YAML does not allow tabs for indentation; indent with spaces."
    if "could not find expected ':'" in problem:
        return "Each line of front matter should look like 'key: value'."
    if "found undefined alias" in problem:
        return "An '*name' alias needs a matching '&name' anchor earlier in the document."
    return "Check the indentation and quoting around this position."


class _Builder:
    def __init__(self, line_offset: int, lines: list[str]) -> None:
        self.offset = line_offset
        self.lines = lines
        self.count = 0

    def pos(self, mark: Any) -> Pos:
        return Pos(mark.line + 1 + self.offset, mark.column + 1)

    def build(self, node: yaml.Node, depth: int) -> Node:
        self.count += 1
        start, end = self.pos(node.start_mark), self.pos(node.end_mark)
        if self.count > MAX_VALUES:
            raise YamlProblem(
                start,
                f"YAML expands to more than {MAX_VALUES:,} values",
                "This usually means aliases (*name) that repeat each other; write the data out.",
            )
        if depth > MAX_DEPTH:
            too_deep = _too_deep("", start)
            raise YamlProblem(start, too_deep.message, too_deep.hint)
        if isinstance(node, yaml.ScalarNode):
            value = _scalar_value(node, start)
            comment = ""
            style = node.style or None  # libyaml says "" for plain scalars
            if style is None and node.end_mark.line < len(self.lines):
                rest = self.lines[node.end_mark.line][node.end_mark.column :]
                if rest.lstrip().startswith("#"):
                    comment = rest.strip()
            return Node(value, start, end, raw=node.value, style=style, comment=comment)
        if isinstance(node, yaml.SequenceNode):
            elements = [self.build(child, depth + 1) for child in node.value]
            return Node([e.value for e in elements], start, end, elements=elements)
        if isinstance(node, yaml.MappingNode):
            items: dict[str, tuple[Pos, Node]] = {}
            for key_node, value_node in node.value:
                key_pos = self.pos(key_node.start_mark)
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise YamlProblem(
                        key_pos,
                        "YAML merge keys ('<<') are not supported here",
                        "Write the keys out in full.",
                    )
                if not isinstance(key_node, yaml.ScalarNode):
                    raise YamlProblem(key_pos, "a key must be a plain word, not a list or mapping")
                key = str(key_node.value)
                if key in items:
                    first = items[key][0]
                    raise YamlProblem(
                        key_pos,
                        f"duplicate key '{key}' (first defined on line {first.line})",
                        "Remove one of the two; YAML would silently keep only the last.",
                    )
                items[key] = (key_pos, self.build(value_node, depth + 1))
            return Node({k: v.value for k, (_, v) in items.items()}, start, end, items=items)
        raise YamlProblem(start, "unsupported YAML node")  # pragma: no cover
