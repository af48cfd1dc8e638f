"""Lint results for machines (json, GitHub Actions workflow commands, SARIF 2.1.0) and
the rules' own documentation (`--explain`, `--list-rules`), all read from the registry.

(Text for people is sitegen.report.format_text, shared with build errors.)
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sitegen import __version__
from sitegen.diagnostics import Diagnostic, Severity
from sitegen.lint import registry
from sitegen.lint.rules import Rule
from sitegen.report import count

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
GITHUB_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


@dataclass(frozen=True)
class Totals:
    files: int  # the files linted: posts + pages + series files
    posts: int
    blurbs: int
    pages: int = 0
    series: int = 0

    def described(self) -> str:
        """'6 posts, 1 page and 2 series files (19 blurbs checked)': what was linted."""
        kinds = [
            _plural(n, noun)
            for n, noun in (
                (self.posts, "post"),
                (self.pages, "page"),
                (self.series, "series file"),
            )
            if n or noun == "post"
        ]
        listed = kinds[0] if len(kinds) == 1 else ", ".join(kinds[:-1]) + " and " + kinds[-1]
        return f"{listed} ({_plural(self.blurbs, 'blurb')} checked)"


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"


def to_json(diagnostics: Sequence[Diagnostic], totals: Totals) -> str:
    counts = count(diagnostics)
    payload = {
        "version": 1,
        "diagnostics": [
            {
                "path": d.path,
                "line": d.line,
                "column": d.col,
                "end_line": d.end_line or d.line,
                "end_column": d.end_col or d.col,
                "code": d.code,
                "name": d.name,
                "severity": d.severity.value,
                "message": d.message,
                "hint": d.hint,
                "target": d.target,
            }
            for d in sorted(diagnostics, key=lambda d: d.sort_key)
        ],
        "summary": {
            "files": totals.files,
            "posts": totals.posts,
            "pages": totals.pages,
            "series": totals.series,
            "blurbs": totals.blurbs,
            "errors": counts[Severity.ERROR],
            "warnings": counts[Severity.WARNING],
            "infos": counts[Severity.INFO],
        },
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def to_github(diagnostics: Sequence[Diagnostic]) -> str:
    lines = []
    for d in sorted(diagnostics, key=lambda d: d.sort_key):
        props = [f"file={_escape_property(d.path)}"]
        if d.line:
            props.append(f"line={d.line}")
            if d.col:
                props.append(f"col={d.col}")
            if d.end_line:
                props.append(f"endLine={d.end_line}")
            if d.end_col and d.end_line == d.line:
                props.append(f"endColumn={d.end_col}")
        title = f"{d.code} {d.name}".strip() or "sitegen"
        props.append(f"title={_escape_property(title)}")
        message = d.message + (f" — {d.hint}" if d.hint else "")
        lines.append(f"::{GITHUB_LEVELS[d.severity]} {','.join(props)}::{_escape_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")


def to_sarif(diagnostics: Sequence[Diagnostic]) -> str:
    rules = list(registry.RULES)
    index = {r.code: i for i, r in enumerate(rules)}
    results = []
    for d in sorted(diagnostics, key=lambda d: d.sort_key):
        region: dict[str, int] = {}
        if d.line:
            region["startLine"] = d.line
            if d.col:
                region["startColumn"] = d.col
            if d.end_line:
                region["endLine"] = d.end_line
                if d.end_col:
                    region["endColumn"] = d.end_col
        location = {"artifactLocation": {"uri": d.path, "uriBaseId": "PROJECTROOT"}}
        if region:
            location["region"] = region  # type: ignore[assignment]
        result: dict[str, object] = {
            "ruleId": d.code or "sitegen",
            "level": SARIF_LEVELS[d.severity],
            "message": {"text": d.message + (f" Hint: {d.hint}" if d.hint else "")},
            "locations": [{"physicalLocation": location}],
        }
        if d.code in index:
            result["ruleIndex"] = index[d.code]
        results.append(result)
    driver = {
        "name": "sitegen",
        "version": __version__,
        "rules": [
            {
                "id": r.code,
                "name": r.name,
                "shortDescription": {"text": r.summary},
                "fullDescription": {"text": r.explanation.what},
                "help": {
                    "text": f"{r.explanation.why}\n\nExample:\n{r.explanation.example}\n\n"
                    f"Use instead:\n{r.explanation.instead}",
                },
                "defaultConfiguration": {
                    "level": SARIF_LEVELS[r.severity],
                    "enabled": r.default_on,
                },
            }
            for r in rules
        ],
    }
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "originalUriBaseIds": {
                    "PROJECTROOT": {
                        "description": {
                            "text": "The top of the git work tree sitegen ran in, else the "
                            "folder it ran in"
                        }
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def explain(code: str) -> str | None:
    """The four-part explanation of a rule, or None when there is no such rule."""
    rules = registry.matching(code)
    if len(rules) != 1:
        return None
    r = rules[0]
    e = r.explanation
    state = "" if r.default_on else " (off by default)"
    return (
        f"{r.code} {r.name} [{r.severity.value}]{state}\n\n"
        f"What it does\n  {e.what}\n\n"
        f"Why it matters\n  {e.why}\n\n"
        f"Example\n{_indent(e.example)}\n\n"
        f"Use instead\n{_indent(e.instead)}\n"
    )


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def default_level(rule: Rule) -> str:
    """What a rule does when nothing is configured: its severity, or "off"."""
    return rule.severity.value if rule.default_on else "off"


def list_rules() -> str:
    """Every rule in code order: code, name, what it does by default, summary."""
    rules = sorted(registry.RULES, key=lambda r: r.code)
    width = max(len(r.name) for r in rules)
    lines = [
        f"{r.code}  {r.name:<{width}}  {default_level(r):<7}  {r.summary}"
        + ("" if r.default_on else f" (turned on: {r.severity.value})")
        for r in rules
    ]
    return "\n".join(lines) + "\n"
