"""Diagnostics as text for people: `path:line:col: …`, the source line and a caret.

Machine formats for the linter (json, github, sarif) live in sitegen.lint.formats.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import groupby
from pathlib import Path
from typing import TextIO

from sitegen.diagnostics import Diagnostic, Severity, split_lines

SourceLines = Callable[[str], Sequence[str]]

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def project_root(cwd: Path) -> Path:
    """Where paths in reports are relative to: the top of the git work tree that holds
    `cwd` (so CI annotations land on the diff), else `cwd` itself."""
    cwd = cwd.resolve()
    for folder in (cwd, *cwd.parents):
        if (folder / ".git").exists():
            return folder
    return cwd


def relocate(diagnostics: Sequence[Diagnostic], site_dir: Path, root: Path) -> list[Diagnostic]:
    """Diagnostics whose site-relative paths are made relative to `root`; when the
    site is outside `root`, paths stay relative to the site."""
    site = site_dir.resolve()
    root = root.resolve()
    if site == root:
        return list(diagnostics)
    moved = []
    for d in diagnostics:
        path = Path(d.path)
        if d.path and not path.is_absolute() and (site / path).is_relative_to(root):
            d = dataclasses.replace(d, path=(site / path).relative_to(root).as_posix())
        moved.append(d)
    return moved


@lru_cache(maxsize=256)  # the dev server runs for hours: keep only recent files
def _lines_of(path: str, mtime_ns: int) -> list[str]:
    try:
        return split_lines(Path(path).read_text(encoding="utf-8-sig", errors="replace"))
    except OSError:
        return []


def source_lines(bases: Sequence[Path]) -> SourceLines:
    """Reads the lines a diagnostic points at: its path under the first of `bases`
    that has it (or as given, when absolute). Remembered until the file changes."""

    def lines(path: str) -> list[str]:
        for base in bases:
            file = base / path
            try:
                info = file.stat()
            except OSError:
                continue
            return _lines_of(str(file.resolve()), info.st_mtime_ns)
        return []

    return lines


def located(
    diagnostics: Sequence[Diagnostic], site_dir: Path
) -> tuple[list[Diagnostic], SourceLines]:
    """Diagnostics with paths relative to the project root (see project_root), and
    how to read the source lines they point at."""
    root = project_root(Path.cwd())
    moved = relocate(diagnostics, site_dir, root)
    # Each shown path → the folder it is relative to (the site's own paths stay
    # relative to the site when the site is outside the root).
    bases = {m.path: root for d, m in zip(diagnostics, moved, strict=True) if m.path != d.path}
    read = source_lines([site_dir])
    read_moved = source_lines([root])
    return moved, lambda path: read_moved(path) if path in bases else read(path)


def print_diagnostics(
    diagnostics: Sequence[Diagnostic], site_dir: Path | None, stream: TextIO | None = None
) -> None:
    """Diagnostics as text on `stream` (standard error), with their source lines."""
    stream = stream or sys.stderr
    if not diagnostics:
        return
    moved, lines = located(diagnostics, site_dir or Path.cwd())
    text = format_text(moved, lines, use_colour(stream.isatty()))
    stream.write(text + ("\n" if not text.endswith("\n") else ""))


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


SHOWN_PER_FILE = 20  # a file with more problems than this is usually one problem, repeated
EXCERPT_WIDTH = 100  # characters of a source line shown around the caret


def format_text(
    diagnostics: Iterable[Diagnostic],
    source_lines: SourceLines | None = None,
    colour: bool = False,
) -> str:
    """Group per file, in line order, each with its source line, a caret and the hint."""
    out: list[str] = []
    ordered = sorted(diagnostics, key=lambda d: d.sort_key)
    for path, grouped in groupby(ordered, key=lambda d: d.path):
        group = list(grouped)
        for d in group[:SHOWN_PER_FILE]:
            out.append(headline(d, colour))
            lines = source_lines(d.path) if source_lines and d.line > 0 else ()
            if 0 < d.line <= len(lines):
                number = str(d.line)
                width = d.end_col - d.col if d.end_line == d.line and d.end_col > d.col else 1
                text, before, marked = excerpt(lines[d.line - 1].rstrip("\r\n"), d.col, width)
                out.append(f"  {number} | {text}")
                if d.col > 0:
                    caret = _paint("^" * marked, _COLOURS[d.severity], colour)
                    out.append(f"  {' ' * len(number)} | {' ' * before}{caret}")
            if d.hint:
                out.append(f"  {_paint('hint', '1', colour)}: {d.hint}")
        if len(group) > SHOWN_PER_FILE:
            hidden = len(group) - SHOWN_PER_FILE
            out.append(f"{path}: {hidden:,} more problem{'s' if hidden != 1 else ''} not shown")
        out.append("")
    return "\n".join(out)


def excerpt(line: str, col: int, width: int) -> tuple[str, int, int]:
    """A source line as shown under a message: tabs expanded, and a long line cut to a
    window around column `col`. Returns the text, the caret's offset in it and the
    caret's width."""
    col = max(1, min(col, len(line) + 1))
    head = line[: col - 1].expandtabs(4)
    body = line[col - 1 :]
    text = head + body.expandtabs(4)
    before = len(head)
    marked = max(1, len(body[:width].expandtabs(4)))
    if len(text) <= EXCERPT_WIDTH:
        return text, before, marked
    start = max(0, min(before - EXCERPT_WIDTH // 4, len(text) - EXCERPT_WIDTH))
    end = start + EXCERPT_WIDTH
    marked = max(1, min(marked, end - before))
    lead = "…" if start else ""
    shown = lead + text[start:end] + ("…" if end < len(text) else "")
    return shown, len(lead) + before - start, marked


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
