"""A Zola site's own shortcodes, rendered at import time when their templates are simple.

Zola finds `{{ name(k="v") }}` and `{% name(k="v") %}body{% end %}` templates in
templates/shortcodes/ (and the theme's). Many are a few lines of HTML around their
arguments; those are rendered here, with a small part of Tera: `{{ x }}` with the
filters safe, markdown, default, trim, lower, upper and escape; `{% if %}`/`{% elif %}`/
`{% else %}`/`{% endif %}` on an argument; `{% set x = "literal" %}`; comments. A
template that uses anything else (loops, functions such as resize_image or
load_data) is left alone, and the build names the shortcode as one it cannot show.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from sitegen.content.peers.templates import _TERA_BLOCK, _TERA_END, _TERA_INLINE, _masked
from sitegen.content.peers.templates import _tera_kwargs as tera_kwargs
from sitegen.importer.shortcode_files import shortcode_files

_TAG = re.compile(r"\{%-?\s*(.*?)\s*-?%\}|\{\{-?\s*(.*?)\s*-?\}\}|\{#.*?#\}", re.DOTALL)
_LITERAL = re.compile(r"\"([^\"]*)\"|'([^']*)'|`([^`]*)`|(-?\d+(?:\.\d+)?)|(true|false)")


# Around Markdown that a `markdown` filter leaves in rendered HTML (see _as_html).
_MD_OPEN, _MD_CLOSE = "\x00md\x00", "\x00/md\x00"


class Unsupported(Exception):
    """The template uses Tera this module does not render."""


@dataclass(frozen=True)
class Shortcode:
    name: str
    template: str
    markdown: bool  # a .md shortcode: its output is Markdown


def load(src: Path, theme: str = "") -> dict[str, Shortcode]:
    """The site's shortcodes, and its theme's where the site has none of that name."""
    files = shortcode_files(src, theme, "templates/shortcodes", (".html", ".md"))
    return {
        name: Shortcode(
            name, path.read_text(encoding="utf-8", errors="replace"), path.suffix == ".md"
        )
        for name, path in files.items()
    }


def _value(expr: str, scope: dict[str, str]) -> str:
    expr, *filters = [part.strip() for part in _split_filters(expr)]
    literal = _LITERAL.fullmatch(expr)
    if literal:
        value = next(g for g in literal.groups() if g is not None)
    elif re.fullmatch(r"[A-Za-z_][\w.]*", expr):
        value = scope.get(expr, "")
    else:
        raise Unsupported(expr)
    for name in filters:
        call = re.fullmatch(r"(\w+)(?:\((.*)\))?", name, re.DOTALL)
        if call is None:
            raise Unsupported(name)
        if call[1] == "default":
            if not value:
                default = _LITERAL.search(call[2] or "")
                value = next((g for g in default.groups() if g is not None), "") if default else ""
        elif call[1] == "markdown":
            value = _MD_OPEN + value.strip("\n") + _MD_CLOSE
        elif call[1] in ("trim", "lower", "upper"):
            value = {"trim": value.strip(), "lower": value.lower(), "upper": value.upper()}[call[1]]
        elif call[1] == "escape":
            value = html.escape(value)
        elif call[1] != "safe":
            raise Unsupported(name)
    return value


def _split_filters(expr: str) -> list[str]:
    """`a | default(value="x|y") | safe` → its parts, not splitting inside quotes."""
    parts, current, quote = [], "", ""
    for char in expr:
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'`":
            quote = char
        elif char == "|":
            parts.append(current)
            current = ""
            continue
        current += char
    return [*parts, current]


def _true(condition: str, scope: dict[str, str]) -> bool:
    negate = condition.startswith("not ")
    condition = condition[4:].strip() if negate else condition
    compare = re.fullmatch(r"([\w.]+)\s*(==|!=)\s*(.+)", condition)
    if compare:
        equal = scope.get(compare[1], "") == _value(compare[3], scope)
        result = equal if compare[2] == "==" else not equal
    elif re.fullmatch(r"[\w.]+", condition):
        result = scope.get(condition, "") not in ("", "false", "0")
    else:
        raise Unsupported(condition)
    return result != negate


def render(template: str, scope: dict[str, str]) -> str:
    """The template with the scope's values; Unsupported when it needs more of Tera."""
    out: list[str] = []
    # One frame per open if: (this branch is shown, some branch was taken, outer shown)
    stack: list[tuple[bool, bool, bool]] = []
    showing = True
    at = 0
    scope = dict(scope)
    for match in _TAG.finditer(template):
        if showing:
            out.append(template[at : match.start()])
        at = match.end()
        statement, expression = match[1], match[2]
        if statement is None and expression is None:
            continue  # {# comment #}
        if expression is not None:
            if showing:
                out.append(_value(expression, scope))
            continue
        word, _, rest = statement.partition(" ")
        if word == "if":
            shown = showing and _true(rest.strip(), scope)
            stack.append((shown, shown, showing))
            showing = shown
        elif word in ("elif", "else") and stack:
            _, taken, outer = stack.pop()
            shown = outer and not taken and (word == "else" or _true(rest.strip(), scope))
            stack.append((shown, taken or shown, outer))
            showing = shown
        elif word == "endif" and stack:
            showing = stack.pop()[2]
        elif word == "set" and re.fullmatch(r"\w+\s*=\s*\S.*", rest, re.DOTALL):
            name, _, expr = rest.partition("=")
            literal = _LITERAL.fullmatch(expr.strip())
            if literal is None:
                raise Unsupported(statement)
            if showing:
                scope[name.strip()] = next(g for g in literal.groups() if g is not None)
        else:
            raise Unsupported(statement)
    if stack:
        raise Unsupported("an if without its endif")
    if showing:
        out.append(template[at:])
    return "".join(out)


def as_html(text: str) -> str:
    """Rendered HTML made safe to sit in Markdown: no indented lines (they would read
    as code) and no blank lines (they would end the HTML block), except around the
    Markdown a `markdown` filter left between blank lines."""
    pieces = re.split("(" + _MD_OPEN + ".*?" + _MD_CLOSE + ")", text, flags=re.DOTALL)
    out = []
    for index, piece in enumerate(pieces):
        if index % 2:
            out.append("\n\n" + piece[len(_MD_OPEN) : -len(_MD_CLOSE)] + "\n\n")
        else:
            lines = [line.strip() for line in piece.split("\n")]
            out.append("\n".join(line for line in lines if line))
    return "".join(out).strip("\n")


def expand(
    text: str, shortcodes: dict[str, Shortcode], base_path: str
) -> tuple[str, dict[str, int], dict[str, str]]:
    """The post's text with its calls of the site's own shortcodes rendered (those
    whose templates this module can render), how many of each, and for the others
    what in their template is not rendered."""
    if not shortcodes or ("{{" not in text and "{%" not in text):
        return text, {}, {}
    fence = text[:3]
    end = text.find("\n" + fence, 3) if fence in ("+++", "---") else -1
    start = end + 4 if end > 0 else 0
    body = text[start:]
    masked = _masked(body)
    spans: list[tuple[int, int, str]] = []
    counts: dict[str, int] = {}
    skipped: dict[str, str] = {}  # shortcode → what in its template is not rendered
    base = {"config.base_url": base_path.rstrip("/")}
    ends = list(_TERA_END.finditer(masked))
    calls: list[tuple[re.Match[str], re.Match[str] | None]] = [
        (m, None) for m in _TERA_INLINE.finditer(masked)
    ]
    for match in _TERA_BLOCK.finditer(masked):
        close = next((e for e in ends if e.start() > match.end()), None)
        if close is not None:
            calls.append((match, close))
    for match, close in calls:
        shortcode = shortcodes.get(match["name"])
        if shortcode is None or match["escaped"]:
            continue
        args = tera_kwargs(body[match.start("args") : match.end("args")])
        scope = {**base, **args}
        if close is not None:
            scope["body"] = body[match.end() : close.start()]
        try:
            rendered = render(shortcode.template, scope)
        except Unsupported as exc:
            skipped.setdefault(match["name"], str(exc))
            continue
        if shortcode.markdown:
            rendered = rendered.replace(_MD_OPEN, "\n\n").replace(_MD_CLOSE, "\n\n").strip("\n")
        else:
            rendered = as_html(rendered)
        spans.append((match.start(), close.end() if close else match.end(), rendered))
        counts[match["name"]] = counts.get(match["name"], 0) + 1
    out, at = [], 0
    for begin, finish, rendered in sorted(spans):
        if begin < at:
            continue
        out += [body[at:begin], rendered]
        at = finish
    out.append(body[at:])
    return text[:start] + "".join(out), counts, skipped
