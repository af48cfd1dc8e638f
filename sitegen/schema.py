"""Read positioned YAML into typed dataclasses, collecting every mistake.

A dataclass is the schema: its fields are the allowed keys, their type hints the
allowed types and their defaults the defaults. A field may carry
``metadata={"check": fn}`` where ``fn(value)`` returns an error message or "".
Unknown keys, wrong types and failed checks become Diagnostics with the line of
the offending key or value and a hint; reading goes on with the default.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import types
from collections.abc import Callable
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

from sitegen.diagnostics import Diagnostic, did_you_mean
from sitegen.yamltree import Node

T = TypeVar("T")
Check = Callable[[Any], str]

_hints_cache: dict[type, dict[str, Any]] = {}


_DATE = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6})\d*)?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?"
)


def parse_date(text: str) -> dt.datetime | dt.date | None:
    """A date in the forms the peers accept: '2014-06-06', '2014-06-06 2:00' (one-digit
    hour, no seconds), '2025-01-29 18:15:32 +0530', ISO 8601 with 'T' and a zone."""
    text = text.strip()
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        pass
    found = _DATE.fullmatch(text)
    if not found:
        return None
    year, month, day, hour, minute, second, fraction, zone = found.groups()
    try:
        if hour is None:
            if zone is None:
                return dt.date(int(year), int(month), int(day))
            hour = minute = "0"
        tz = None
        if zone == "Z":
            tz = dt.UTC
        elif zone:
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            tz = dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
        return dt.datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second or 0),
            int((fraction or "0").ljust(6, "0")), tzinfo=tz,
        )  # fmt: skip
    except ValueError:
        return None


class Mismatch(Exception):
    """A value does not fit a type; the message says what was expected."""


def describe(tp: Any) -> str:
    """How to tell a user what a type hint wants."""
    origin = get_origin(tp)
    if tp is str:
        return "text"
    if tp is bool:
        return "true or false"
    if tp is int:
        return "a whole number"
    if tp is float:
        return "a number"
    if tp is dt.datetime:
        return "a date and time like 2026-11-23 09:30"
    if tp is dt.date:
        return "a date like 2026-11-23"
    if tp is type(None):
        return "nothing"
    if tp is Any:
        return "any value"
    if origin is Literal:
        return "one of " + ", ".join(repr(a) for a in get_args(tp))
    if origin in (list, tuple):
        return f"a list of {describe(get_args(tp)[0])}"
    if origin is dict:
        return f"a mapping of names to {describe(get_args(tp)[1])}"
    if origin in (Union, types.UnionType):
        return " or ".join(describe(a) for a in get_args(tp) if a is not type(None))
    if dataclasses.is_dataclass(tp):
        return "a mapping (key: value lines)"
    return str(tp)


def describe_value(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{value!r}".lower()
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"'{shown}'"
    return f"{value!r}"


def convert(tp: Any, node: Node, path: str, diagnostics: list[Diagnostic], key: str) -> Any:
    """Convert `node` to type `tp`; raise Mismatch when it cannot fit."""
    origin = get_origin(tp)
    value = node.value
    if tp is Any:
        return value
    if origin in (Union, types.UnionType):
        options = get_args(tp)
        if value is None and type(None) in options:
            return None
        # Try exact-looking options first so "3" stays text for `str | int`.
        for option in options:
            if option is type(None):
                continue
            try:
                return convert(option, node, path, diagnostics, key)
            except Mismatch:
                continue
        raise Mismatch(describe(tp))
    if origin is Literal:
        if value in get_args(tp):
            return value
        raise Mismatch(describe(tp))
    if tp is str:
        if isinstance(value, str):
            return value
        if node.style is None and value is not None and not isinstance(value, (dict, list)):
            return node.raw  # a plain scalar YAML typed (title: 2026, title: Yes)
        raise Mismatch(describe(tp))
    if tp is bool:
        if isinstance(value, bool):
            return value
        raise Mismatch(describe(tp))
    if tp is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise Mismatch(describe(tp))
    if tp is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        raise Mismatch(describe(tp))
    if tp in (dt.date, dt.datetime):
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            parsed = parse_date(value)
            if parsed is not None:
                return parsed
        raise Mismatch(describe(tp))
    if origin in (list, tuple):
        if not isinstance(value, list):
            raise Mismatch(describe(tp))
        (item_type, *_) = get_args(tp)
        items = []
        for element in node.elements:
            try:
                items.append(convert(item_type, element, path, diagnostics, key))
            except Mismatch as exc:
                diagnostics.append(_mismatch(path, element, key, str(exc)))
        return tuple(items) if origin is tuple else items
    if origin is dict:
        if not isinstance(value, dict):
            raise Mismatch(describe(tp))
        _, value_type = get_args(tp)
        result = {}
        for name, (_, child) in node.items.items():
            try:
                result[name] = convert(value_type, child, path, diagnostics, f"{key}.{name}")
            except Mismatch as exc:
                diagnostics.append(_mismatch(path, child, f"{key}.{name}", str(exc)))
        return result
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        if not isinstance(value, dict):
            raise Mismatch(describe(tp))
        return read_dataclass(tp, node, path, diagnostics, prefix=f"{key}.")
    raise TypeError(f"schema cannot read {tp!r}")  # a bug in a schema, not user input


def _mismatch(path: str, node: Node, key: str, expected: str) -> Diagnostic:
    return Diagnostic(
        path,
        node.start.line,
        node.start.col,
        f"'{key}' should be {expected}, not {describe_value(node.value)}",
        hint=_type_hint(expected),
    )


def _type_hint(expected: str) -> str:
    if expected.startswith("a list"):
        return "Write a list as [a, b] or as lines starting with '- '."
    if expected.startswith("a date"):
        return "Write dates as YYYY-MM-DD, optionally followed by a time: 2026-11-23 09:30."
    if expected == "true or false":
        return "Write true or false without quotes."
    if expected == "text":
        return "Put the value in quotes."
    return ""


def field_names(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


def read_dataclass(
    cls: type[T],
    node: Node,
    path: str,
    diagnostics: list[Diagnostic],
    prefix: str = "",
    aliases: dict[str, str] | None = None,
) -> T | None:
    """Build `cls` from a mapping node; bad or unknown keys become diagnostics.

    Returns None when a required key is missing or unreadable.
    """
    if cls not in _hints_cache:
        _hints_cache[cls] = get_type_hints(cls)
    hints = _hints_cache[cls]
    fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    aliases = aliases or {}
    kwargs: dict[str, Any] = {}
    for key, (key_pos, child) in node.items.items():
        name = aliases.get(key, key)
        spec = fields.get(name)
        if spec is None or not spec.init:
            hint = did_you_mean(key, [*fields, *aliases]) or (
                "Known keys: " + ", ".join(sorted(f for f in fields if fields[f].init)) + "."
            )
            diagnostics.append(
                Diagnostic(
                    path, key_pos.line, key_pos.col, f"unknown key '{prefix}{key}'", hint=hint
                )
            )
            continue
        try:
            value = convert(hints[name], child, path, diagnostics, prefix + key)
        except Mismatch as exc:
            diagnostics.append(_mismatch(path, child, prefix + key, str(exc)))
            continue
        check: Check | None = spec.metadata.get("check")
        problem = check(value) if check else ""
        if problem:
            diagnostics.append(
                Diagnostic(
                    path,
                    child.start.line,
                    child.start.col,
                    f"'{prefix}{key}': {problem}",
                    hint=spec.metadata.get("hint", ""),
                )
            )
            continue
        kwargs[name] = value
    missing = [
        name
        for name, spec in fields.items()
        if spec.init
        and name not in kwargs
        and spec.default is dataclasses.MISSING
        and spec.default_factory is dataclasses.MISSING
    ]
    for name in missing:
        if name not in {aliases.get(k, k) for k in node.items}:
            diagnostics.append(
                Diagnostic(
                    path,
                    node.start.line,
                    node.start.col,
                    f"missing required key '{prefix}{name}'",
                    hint=f"Add a line '{name}: …'.",
                )
            )
    if missing:
        return None
    return cls(**kwargs)


JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$"


def json_schema(cls: type, title: str) -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) for the YAML that `read_dataclass(cls, …)` accepts.

    It is derived from the same dataclass, so editors that complete and check YAML
    against it agree with sitegen on the keys, their types and their defaults.
    """
    return {"$schema": JSON_SCHEMA_DIALECT, "title": title, **_type_schema(cls)}


def _type_schema(tp: Any) -> dict[str, Any]:
    origin = get_origin(tp)
    if tp is Any:
        return {}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if tp in (dt.date, dt.datetime):
        return {"type": "string", "pattern": _DATE_PATTERN, "description": describe(tp)}
    if tp is type(None):
        return {"type": "null"}
    if origin is Literal:
        return {"enum": list(get_args(tp))}
    if origin in (list, tuple):
        return {"type": "array", "items": _type_schema(get_args(tp)[0])}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type_schema(get_args(tp)[1])}
    if origin in (Union, types.UnionType):
        options = get_args(tp)
        if {dt.date, dt.datetime} <= set(options):  # a date, with or without a time
            options = tuple(o for o in options if o is not dt.date)
        schemas = [_type_schema(option) for option in options]
        return schemas[0] if len(schemas) == 1 else {"anyOf": schemas}
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        hints = get_type_hints(tp)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for spec in dataclasses.fields(tp):
            if not spec.init:
                continue
            schema = _type_schema(hints[spec.name])
            default = _json_default(spec)
            if default is not dataclasses.MISSING:
                schema["default"] = default
            elif spec.default_factory is dataclasses.MISSING:
                required.append(spec.name)
            if spec.metadata.get("hint"):
                schema["description"] = spec.metadata["hint"]
            properties[spec.name] = schema
        result: dict[str, Any] = {
            "type": "object",
            "properties": properties,
            "additionalProperties": False,
        }
        if tp.__doc__ and not tp.__doc__.startswith(f"{tp.__name__}("):
            result["description"] = " ".join(tp.__doc__.split())
        if required:
            result["required"] = required
        return result
    raise TypeError(f"no JSON Schema for {tp!r}")  # a bug in a schema, not user input


def _json_default(spec: dataclasses.Field[Any]) -> Any:
    """The field's default as JSON, or MISSING when it has none (or none JSON can say)."""
    if spec.default is not dataclasses.MISSING:
        value = spec.default
    elif spec.default_factory is not dataclasses.MISSING:
        value = spec.default_factory()
        if dataclasses.is_dataclass(value):
            return dataclasses.MISSING  # the nested schema lists its own defaults
    else:
        return dataclasses.MISSING
    if value is None or isinstance(value, (str, bool, int, float, list, dict)):
        return value
    return dataclasses.MISSING
