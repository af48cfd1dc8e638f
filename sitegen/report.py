"""Diagnostics as text for people: `path:line:col: …`, the source line and a caret.

Machine formats for the linter (json, github, sarif) live in sitegen.lint.report.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from itertools import groupby

from sitegen.diagnostics import Diagnostic, Severity

SourceLines = Callable[[str], Sequence[str]]

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def use_colour(stream_isatty: bool) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return stream_isatty and os.environ.get("TERM") != "dumb"


def _paint(text: str, code: str, colour: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if colour else text


def headline(d: Diagnostic, colour: bool = False) -> str:
    severity = _paint(d.severity.value, "1;" + _COLOURS[d.severity], colour)
    if d.code:
        code = _paint(f"{d.code} {d.name}".strip(), "1", colour)
        return f"{d.location}: {code} [{severity}] {d.message}"
    return f"{d.location}: {severity}: {d.message}"


def format_text(
    diagnostics: Iterable[Diagnostic],
    source_lines: SourceLines | None = None,
    colour: bool = False,
) -> str:
    """Group per file, in line order, each with its source line, a caret and the hint."""
    out: list[str] = []
    ordered = sorted(diagnostics, key=lambda d: d.sort_key)
    for _, group in groupby(ordered, key=lambda d: d.path):
        for d in group:
            out.append(headline(d, colour))
            lines = source_lines(d.path) if source_lines and d.line > 0 else ()
            if 0 < d.line <= len(lines):
                text = lines[d.line - 1].rstrip("\r\n").expandtabs(4)
                number = str(d.line)
                gutter = " " * len(number)
                out.append(f"  {number} | {text}")
                if d.col > 0:
                    width = 1
                    if d.end_line == d.line and d.end_col > d.col:
                        width = d.end_col - d.col
                    caret = _paint("^" * width, _COLOURS[d.severity], colour)
                    out.append(f"  {gutter} | {' ' * (d.col - 1)}{caret}")
            if d.hint:
                out.append(f"  {_paint('hint', '1', colour)}: {d.hint}")
        out.append("")
    return "\n".join(out)


def count(diagnostics: Iterable[Diagnostic]) -> dict[Severity, int]:
    totals = dict.fromkeys(Severity, 0)
    for d in diagnostics:
        totals[d.severity] += 1
    return totals


def summary(diagnostics: Iterable[Diagnostic]) -> str:
    totals = count(diagnostics)
    parts = []
    for severity, noun in (
        (Severity.ERROR, "error"),
        (Severity.WARNING, "warning"),
        (Severity.INFO, "note"),
    ):
        n = totals[severity]
        if n:
            parts.append(f"{n} {noun}{'s' if n != 1 else ''}")
    return ", ".join(parts) or "no problems"
