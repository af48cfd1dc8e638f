"""A Hugo site's own shortcodes, rendered at import time when their templates are simple.

Hugo finds `{{< name args >}}` (and `{{% name %}}`, whose inner text is Markdown) in
layouts/shortcodes/NAME.html, the site's or its theme's. Many of those templates are a
line of HTML around `.Inner` or an argument; those are rendered here with a small part
of Go's template language: `{{ .Inner }}`, `{{ .Get 0 }}`, `{{ .Get "name" }}`,
`{{ index .Params 0 }}`, `{{ . }}` inside a `with`, the pipes markdownify, safeHTML,
safeHTMLAttr, safeURL, htmlEscape, lower, upper, default, and `{{ if }}`/`{{ with }}`/
`{{ else }}`/`{{ end }}` on one of those values; comments and `{{-`/`-}}` trimming. A
template that uses anything else (variables, range, partials, resources) is left alone,
and the build names the shortcode as one it cannot show.

Shortcodes sitegen has built-in equivalents for (figure, highlight, youtube, …) keep
those equivalents, as the build converts them anyway.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt

from sitegen.content.peers.templates import _SHORTCODE, _args
from sitegen.importer.shortcode_files import shortcode_files
from sitegen.importer.tera import _MD_CLOSE, _MD_OPEN, Unsupported, as_html

# What the build converts itself (sitegen.content.peers.templates._shortcode).
BUILT_IN = {"highlight", "figure", "img", "image", "youtube", "vimeo", "ref", "relref"}
BUILT_IN |= {"gist", "tweet", "twitter", "instagram", "x"}

_INLINE = MarkdownIt("commonmark")
_ACTION = re.compile(r"\{\{(-?)\s*(/\*.*?\*/|.*?)\s*(-?)\}\}", re.DOTALL)
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"|`([^`]*)`')


@dataclass(frozen=True)
class Shortcode:
    name: str
    template: str


def load(src: Path, theme: str = "") -> dict[str, Shortcode]:
    """The site's shortcode templates, and its theme's where the site has none of that name."""
    files = shortcode_files(src, theme, "layouts/shortcodes", (".html",))
    return {
        name: Shortcode(name, path.read_text(encoding="utf-8", errors="replace"))
        for name, path in files.items()
        if name not in BUILT_IN
    }


@dataclass
class _Call:
    positional: list[str]
    named: dict[str, str]
    inner: str
    markdown_inner: bool  # called as {{% %}}: Hugo renders the inner text as Markdown


def _operand(expr: str, call: _Call, dot: str) -> str:
    expr = expr.strip()
    if expr.startswith("(") and expr.endswith(")"):
        return _pipeline(expr[1:-1], call, dot)
    string = _STRING.fullmatch(expr)
    if string:
        return string[1] if string[1] is not None else string[2]
    if expr == ".":
        return dot
    if expr == ".Inner":
        return _MD_OPEN + call.inner.strip("\n") + _MD_CLOSE if call.markdown_inner else call.inner
    get = re.fullmatch(r"(?:\.Get|index\s+\.Params)\s+(\d+|\"[^\"]*\")", expr)
    if get:
        key = get[1]
        if key.isdigit():
            index = int(key)
            return call.positional[index] if index < len(call.positional) else ""
        return call.named.get(key.strip('"'), "")
    raise Unsupported(expr)


def _pipeline(expr: str, call: _Call, dot: str) -> str:
    head, *filters = [part.strip() for part in _split_pipes(expr)]
    words = head.split(None, 1)
    if words and words[0] in ("markdownify", "safeHTML", "htmlEscape", "lower", "upper"):
        filters.insert(0, words[0])
        head = words[1] if len(words) > 1 else ""
    value = _operand(head, call, dot)
    for name in filters:
        default = re.fullmatch(r"default\s+(.+)", name)
        if default:
            value = value or _operand(default[1], call, dot)
        elif name == "markdownify":
            value = _markdownify(value)
        elif name == "htmlEscape":
            value = html.escape(value)
        elif name in ("lower", "upper"):
            value = value.lower() if name == "lower" else value.upper()
        elif name not in ("safeHTML", "safeHTMLAttr", "safeURL"):
            raise Unsupported(name)
    return value


def _markdownify(value: str) -> str:
    """Hugo's markdownify: one line becomes inline HTML (no paragraph around it), more
    become Markdown blocks, left for the build to render."""
    value = value.strip("\n")
    if "\n" not in value:
        return str(_INLINE.renderInline(value))
    return _MD_OPEN + value + _MD_CLOSE


def _split_pipes(expr: str) -> list[str]:
    parts, current, quote, depth = [], "", "", 0
    for char in expr:
        if quote:
            quote = "" if char == quote else quote
        elif char in '"`':
            quote = char
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(current)
            current = ""
            continue
        current += char
    return [*parts, current]


def render(template: str, call: _Call) -> str:
    """The template for one call; Unsupported when it needs more of Go's templates."""
    out: list[str] = []
    # One frame per open if/with: (shown, a branch was taken, outer shown, outer dot)
    stack: list[tuple[bool, bool, bool, str]] = []
    showing, dot, at = True, "", 0
    for match in _ACTION.finditer(template):
        text = template[at : match.start()]
        if match[1]:
            text = text.rstrip()
        if showing:
            out.append(text)
        at = match.end()
        if match[3]:
            while at < len(template) and template[at].isspace():
                at += 1
        action = match[2]
        if action.startswith("/*"):
            continue
        word, _, rest = action.partition(" ")
        if word in ("if", "with"):
            value = _pipeline(rest, call, dot) if showing else ""
            shown = showing and value.strip() not in ("", "false", "0")
            stack.append((shown, shown, showing, dot))
            showing = shown
            if word == "with" and shown:
                dot = value
        elif word == "else" and stack and not rest.strip():
            _, taken, outer, outer_dot = stack.pop()
            stack.append((outer and not taken, True, outer, outer_dot))
            showing, dot = outer and not taken, outer_dot
        elif word == "end" and stack:
            _, _, showing, dot = stack.pop()
        elif word in ("range", "define", "block", "template", "partial") or ":=" in action:
            raise Unsupported(action)
        elif showing:
            out.append(_pipeline(action, call, dot))
    if stack:
        raise Unsupported("an if or with without its end")
    if showing:
        out.append(template[at:])
    return "".join(out)


def expand(
    text: str, shortcodes: dict[str, Shortcode]
) -> tuple[str, dict[str, int], dict[str, str]]:
    """The post's text with its calls of the site's own shortcodes rendered (those whose
    templates this module can render), how many of each, and for the others what in
    their template is not rendered."""
    if not shortcodes or "{{" not in text:
        return text, {}, {}
    fence = text[:3]
    end = text.find("\n" + fence, 3) if fence in ("+++", "---") else -1
    start = end + 4 if end > 0 else 0
    body = text[start:]
    # Hugo expands shortcodes before Markdown, inside code blocks too (hence its
    # {{</* */>}} escape), so code is not masked here.
    matches = [m for m in _SHORTCODE.finditer(body) if not m["escaped"]]
    spans: list[tuple[int, int, str]] = []
    counts: dict[str, int] = {}
    skipped: dict[str, str] = {}
    used: set[int] = set()
    for index, match in enumerate(matches):
        name = match["name"]
        shortcode = shortcodes.get(name)
        if shortcode is None or match["close"] or index in used:
            continue
        close = None
        if ".Inner" in shortcode.template:
            close = next(
                (
                    j
                    for j in range(index + 1, len(matches))
                    if matches[j]["close"] and matches[j]["name"] == name and j not in used
                ),
                None,
            )
        positional, named = _args(body[match.start("args") : match.end("args")])
        inner = body[match.end() : matches[close].start()] if close is not None else ""
        call = _Call(positional, named, inner, match["open"] == "%")
        try:
            rendered = as_html(render(shortcode.template, call))
        except Unsupported as exc:
            skipped.setdefault(name, str(exc))
            continue
        finish = matches[close].end() if close is not None else match.end()
        if close is not None:
            used.add(close)
        spans.append((match.start(), finish, rendered))
        counts[name] = counts.get(name, 0) + 1
    out, at = [], 0
    for begin, finish, rendered in sorted(spans):
        if begin < at:
            continue
        out += [body[at:begin], rendered]
        at = finish
    out.append(body[at:])
    return text[:start] + "".join(out), counts, skipped
