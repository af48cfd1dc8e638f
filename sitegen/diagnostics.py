"""Diagnostics: every problem a user can cause, with a source position and a hint.

Nothing in sitegen prints; stages return lists of `Diagnostic` and the CLI decides
what to show and which exit code to use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

LINE_BREAK = re.compile(r"\r\n|\r|\n")  # as CommonMark has them; not \u2028 or form feeds


def split_lines(text: str) -> list[str]:
    """Lines as diagnostics number them."""
    return LINE_BREAK.split(text)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True)
class Diagnostic:
    """One finding: where it is, what is wrong, and how to fix it.

    `path` is relative to the site folder (or absolute when outside it); `line`
    and `col` are 1-based; 0 means "the whole file". Lint findings carry a rule
    `code` and `name`; build errors leave them empty.
    """

    path: str
    line: int
    col: int
    message: str
    severity: Severity = Severity.ERROR
    hint: str = ""
    code: str = ""
    name: str = ""
    end_line: int = 0
    end_col: int = 0
    target: str = ""

    @property
    def location(self) -> str:
        if self.line <= 0:
            return self.path
        if self.col <= 0:
            return f"{self.path}:{self.line}"
        return f"{self.path}:{self.line}:{self.col}"

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.col, self.code)


@dataclass(frozen=True)
class Code:
    """A rule code as the stage that finds the problem names it. Its metadata
    (severity, explanation) is the lint rule of the same code, in the one registry
    (sitegen.lint.registry), which refers to this object."""

    code: str
    name: str

    def at(
        self,
        path: str,
        line: int,
        col: int,
        message: str,
        hint: str = "",
        severity: Severity = Severity.ERROR,
        target: str = "",
    ) -> Diagnostic:
        return Diagnostic(
            path, line, col, message, severity, hint, self.code, self.name, target=target
        )


class SitegenError(Exception):
    """Raised at the edges when a stage cannot go on; carries what went wrong."""

    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        super().__init__("; ".join(f"{d.location}: {d.message}" for d in diagnostics))
        self.diagnostics = list(diagnostics)


class ConfigError(SitegenError):
    """site.yaml is unusable: a usage/configuration error (exit code 2)."""


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    return any(d.severity is Severity.ERROR for d in diagnostics)


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance with adjacent transpositions counted as one edit."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        previous2, previous = previous, current
    return previous[-1]


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A "did you mean …?" hint, or an empty string when nothing is close: a few
    edits away for the word's length ("titel" → "title"; "categories" is not close to
    "series")."""
    options = sorted(set(choices))
    lowered = word.lower()
    limit = 1 if len(word) <= 4 else 2 if len(word) <= 9 else 3
    scored = sorted((edit_distance(lowered, c.lower()), c) for c in options)
    close = [c for d, c in scored[:1] if d <= limit]
    return f"did you mean '{close[0]}'?" if close else ""
