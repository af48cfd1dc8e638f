"""Jekyll's Liquid rendered at import time, for the files sitegen cannot convert.

The build converts the common tags itself (highlight, raw, post_url, link, the site's
values); a page that loops over `site.posts`, includes a template with parameters or
pipes through Jekyll's filters is rendered here once, with python-liquid, with what
the source folder tells: `_config.yml` as `site`, `_data/` as `site.data`, the posts
and pages as `site.posts`/`site.pages`, the file's front matter as `page`. The
result is frozen: it no longer follows the data it was made from.

What sitegen converts itself (code, raw, highlight, post_url, link) is kept out of the
rendering and handed back as written. A tag or filter python-liquid and the Jekyll
filters below do not know is an `Unrendered` with its name and line, never a crash.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import math
import re
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from liquid import Environment
from liquid.builtin.tags.include_tag import IncludeNode, IncludeTag
from liquid.exceptions import LiquidError, TemplateNotFoundError
from liquid.loader import BaseLoader, TemplateSource
from markdown_it import MarkdownIt

from sitegen.content.peers.templates import _masked

__all__ = ["Unrendered", "jekyll_filters", "render"]


@dataclass(frozen=True)
class Unrendered(Exception):
    """Why a file could not be rendered: what, and at which line (of `where`)."""

    where: str  # the file (or the include) it was found in
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.where}:{self.line}: {self.message}"


# What the build converts itself: taken out before rendering, put back after.
_KEPT = re.compile(
    r"\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}"
    r"|\{%-?\s*highlight\b[^%]*%\}.*?\{%-?\s*endhighlight\s*-?%\}"
    r"|\{%-?\s*(?:post_url|link)\s[^%]*%\}",
    re.DOTALL,
)
_PLACEHOLDER = re.compile(r"\x02(\d+)\n*\x03")
# Jekyll's include: `{% include name.html key="v" other=page.x %}`, name unquoted;
# jekyll-include-cache's `include_cached` renders the same.
_JEKYLL_INCLUDE = re.compile(
    r"\{%(?P<dash>-?)\s*include(?:_cached)?\s+(?P<name>[\w./@-]+)(?P<args>(?:\s+[\w-]+\s*=\s*"
    r"(?:\"[^\"]*\"|'[^']*'|[\w.\[\]\"'-]+))*)\s*(?P<end>-?)%\}"
)
_ARG = re.compile(r"([\w-]+)\s*=\s*(\"[^\"]*\"|'[^']*'|[\w.\[\]\"'-]+)")


def _jekyll_syntax(text: str) -> str:
    """Jekyll's include written as python-liquid reads it (name quoted, `k: v`)."""

    def one(match: re.Match[str]) -> str:
        args = ", ".join(f"{k}: {v}" for k, v in _ARG.findall(match["args"]))
        return (
            f"{{%{match['dash']} include {json.dumps(match['name'])}"
            f"{', ' + args if args else ''} {match['end']}%}}"
        )

    return _JEKYLL_INCLUDE.sub(one, text)


class _JekyllIncludeNode(IncludeNode):
    """Jekyll gives an include's parameters as `include.key`, not as `key`."""

    def render_to_output(self, context: Any, buffer: Any) -> int:
        name = str(self.name.evaluate(context))
        try:
            template = context.env.get_template(name, context=context, tag=self.tag)
        except TemplateNotFoundError as err:
            err.token = self.name.token
            raise
        params = {arg.name: arg.value.evaluate(context) for arg in self.args}
        with context.extend({"include": params}, template=template):
            template.render_with_context(context, buffer, partial=True)
        return True


class _JekyllIncludeTag(IncludeTag):
    node_class = _JekyllIncludeNode


class _IncludeLoader(BaseLoader):
    """`_includes/NAME`, with Jekyll's include syntax inside it too."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def get_source(self, env: Any, template_name: str, **kwargs: Any) -> TemplateSource:
        path = self.folder / template_name if self.folder else None
        if (
            path is None
            or ".." in Path(template_name).parts
            or not path.is_file()
            or self.folder is None
        ):
            raise TemplateNotFoundError(template_name)
        text = path.read_text(encoding="utf-8", errors="replace")
        return TemplateSource(_jekyll_syntax(text), str(path), None)


# ---------------------------------------------------------------- Jekyll's filters


def _date(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip().replace(" ", "T", 1))
        except ValueError:
            return None
    return None


def _xmlschema(value: Any) -> str:
    date = _date(value)
    if date is None:
        return str(value or "")
    return date.isoformat() if date.tzinfo else date.isoformat() + "Z"


def _date_string(value: Any, kind: str = "", style: str = "") -> str:
    date = _date(value)
    if date is None:
        return str(value or "")
    month = date.strftime("%B" if kind == "long" else "%b")
    if kind == "ordinal":
        n = date.day
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        day = f"{n}{suffix}"
        return f"{month} {day}, {date.year}" if style == "US" else f"{day} {month} {date.year}"
    if style == "US":
        return f"{month} {date.day}, {date.year}"
    return f"{date.day:02d} {month} {date.year}"


def _attr(item: Any, key: str) -> Any:
    value: Any = item
    for part in str(key).split("."):
        value = value.get(part) if isinstance(value, Mapping) else None
    return value


def _where(items: Any, key: str, value: Any = None) -> list[Any]:
    def matches(found: Any) -> bool:
        if isinstance(found, list):
            return value in found or str(value) in [str(f) for f in found]
        return str(found if found is not None else "") == str(value if value is not None else "")

    return [i for i in _items(items) if matches(_attr(i, key))]


def _items(value: Any) -> list[Any]:
    if isinstance(value, Mapping):
        return list(value.values())
    if isinstance(value, (list, tuple)):
        return list(value)
    return [] if value is None else [value]


def _sort(items: Any, key: str | None = None, nils: str = "first") -> list[Any]:
    found = _items(items)
    if key is None:
        return sorted(found, key=lambda v: (v is not None, str(v) if v is not None else ""))
    present = [i for i in found if _attr(i, key) is not None]
    missing = [i for i in found if _attr(i, key) is None]
    present.sort(key=lambda i: _sortable(_attr(i, key)))
    return missing + present if nils == "first" else present + missing


def _sortable(value: Any) -> Any:
    date = _date(value) if not isinstance(value, (int, float)) else None
    if date is not None:
        return (0, date.replace(tzinfo=None).isoformat())
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (1, f"{value:020.6f}")
    return (2, str(value))


def _group_by(items: Any, key: str) -> list[dict[str, Any]]:
    groups: dict[str, list[Any]] = {}
    for item in _items(items):
        found = _attr(item, key)
        groups.setdefault("" if found is None else str(found), []).append(item)
    return [{"name": k, "items": v, "size": len(v)} for k, v in groups.items()]


def _jsonify(value: Any) -> str:
    return json.dumps(value, default=str, ensure_ascii=False)


def _slugify(value: Any, mode: str = "default") -> str:
    text = str(value or "").lower()
    if mode == "raw":
        return re.sub(r"\s+", "-", text).strip("-")
    pattern = r"[^\w._~!$&'()+,;=@]+" if mode == "pretty" else r"[^a-z0-9]+"
    if mode == "default":
        pattern = r"[^\w]+|_+"
    return re.sub(pattern, "-", text).strip("-")


def _sentence(items: Any, connector: str = "and") -> str:
    words = [str(i) for i in _items(items)]
    if len(words) < 3:
        return f" {connector} ".join(words)
    return ", ".join(words[:-1]) + f", {connector} " + words[-1]


def _smartify(value: Any) -> str:
    text = str(value or "")
    text = re.sub(r"(^|[\s(\[])\"", "\\1\u201c", text).replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[])'", "\\1\u2018", text).replace("'", "\u2019")
    return text.replace("---", "\u2014").replace("--", "\u2013").replace("...", "\u2026")


def _markdownify(value: Any) -> str:
    return str(MarkdownIt("commonmark").render(str(value or ""))).strip()


def jekyll_filters(site_url: str, base_url: str) -> dict[str, Callable[..., Any]]:
    """Jekyll's own filters, as python-liquid filter functions."""
    base = "/" + base_url.strip("/") if base_url.strip("/") else ""

    def relative_url(value: Any) -> str:
        text = str(value or "")
        if re.match(r"[a-z][\w+.-]*:", text) or text.startswith("//"):
            return text
        return base + "/" + text.lstrip("/") if text else base + "/"

    def absolute_url(value: Any) -> str:
        text = str(value or "")
        if re.match(r"[a-z][\w+.-]*:", text) or text.startswith("//"):
            return text
        return site_url.rstrip("/") + relative_url(text)

    return {
        "relative_url": relative_url,
        "absolute_url": absolute_url,
        "date_to_xmlschema": _xmlschema,
        "date_to_rfc822": lambda v: (
            (d.strftime("%a, %d %b %Y %H:%M:%S %z").strip()) if (d := _date(v)) else str(v or "")
        ),
        "date_to_string": _date_string,
        "date_to_long_string": lambda v, style="": _date_string(v, "long", style),
        "markdownify": _markdownify,
        "jsonify": _jsonify,
        "slugify": _slugify,
        "where": _where,
        "sort": _sort,
        "group_by": _group_by,
        "xml_escape": lambda v: html.escape(str(v or "")),
        "cgi_escape": lambda v: urllib.parse.quote_plus(str(v or "")),
        "uri_escape": lambda v: urllib.parse.quote(str(v or ""), safe="/:?#[]@!$&'()*+,;="),
        "number_of_words": lambda v: len(str(v or "").split()),
        "array_to_sentence_string": _sentence,
        "smartify": _smartify,
        "normalize_whitespace": lambda v: " ".join(str(v or "").split()),
        "strip_html": lambda v: re.sub(r"<[^>]*>", "", str(v or "")),
        "inspect": lambda v: repr(v),
        "to_integer": lambda v: int(float(v)) if str(v).strip() else 0,
        "push": lambda a, v: [*_items(a), v],
        "pop": lambda a: _items(a)[:-1],
        "shift": lambda a: _items(a)[1:],
        "unshift": lambda a, v: [v, *_items(a)],
        "sample": lambda a: (_items(a) or [""])[0],
        "ceil_to": lambda v: math.ceil(float(v)),
    }


# ---------------------------------------------------------------- rendering


def _environment(includes: Path | None, site: Mapping[str, Any]) -> Environment:
    env = Environment(loader=_IncludeLoader(includes))
    env.tags["include"] = _JekyllIncludeTag(env)
    filters = jekyll_filters(str(site.get("url") or ""), str(site.get("baseurl") or ""))
    for name, function in filters.items():
        env.filters[name] = function
    return env


def _kept_out(body: str) -> tuple[str, list[str]]:
    """The body with code and what the build converts replaced by placeholders that
    keep its line count; and the pieces, in order."""
    masked = _masked(body)
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    at = None
    for index, (a, b) in enumerate(zip(body, masked, strict=True)):
        differs = a != b
        if differs and at is None:
            at = index
        elif not differs and at is not None and a != "\n":
            spans.append((at, index))
            at = None
    if at is not None:
        spans.append((at, len(body)))
    spans += [m.span() for m in _KEPT.finditer(body)]
    spans.sort()
    out: list[str] = []
    done = 0
    for start, end in spans:
        if start < done:
            if end > done:  # overlaps the previous span: widen it
                pieces[-1] += body[done:end]
                out[-1] = f"\x02{len(pieces) - 1}" + "\n" * pieces[-1].count("\n") + "\x03"
                done = end
            continue
        out.append(body[done:start])
        pieces.append(body[start:end])
        out.append(f"\x02{len(pieces) - 1}" + "\n" * pieces[-1].count("\n") + "\x03")
        done = end
    out.append(body[done:])
    return "".join(out), pieces


def render(
    body: str,
    where: str,
    body_line: int,
    *,
    site: Mapping[str, Any],
    page: Mapping[str, Any],
    includes: Path | None,
    markdown: bool = True,
) -> str:
    """The body with its Liquid rendered; `where` and `body_line` (the file and the
    line the body starts at) place errors. Raises Unrendered. An HTML body
    (`markdown=False`) is rendered whole, as Jekyll does: it has no Markdown code to
    keep out, and nothing in it is converted by the build."""
    text, pieces = _kept_out(body) if markdown else (body, [])
    env = _environment(includes, site)
    try:
        template = env.from_string(_jekyll_syntax(text), name=where)
        rendered = template.render(site=site, page=page, jekyll={"environment": "production"})
    except LiquidError as error:
        raise _unrendered(error, text, where, body_line, includes) from None
    except (TypeError, ValueError, AttributeError, KeyError, RecursionError) as error:
        raise Unrendered(where, body_line, f"Liquid could not be rendered ({error})") from None
    return _PLACEHOLDER.sub(lambda m: pieces[int(m[1])], rendered)


def _unrendered(
    error: LiquidError, text: str, where: str, body_line: int, includes: Path | None
) -> Unrendered:
    message = getattr(error, "message", None) or str(error).split("\n", 1)[0]
    token = getattr(error, "token", None)
    offset = getattr(token, "start_index", -1) if token is not None else -1
    source = getattr(token, "source", None)
    if isinstance(error, TemplateNotFoundError):
        message = f"include not found in _includes/: {message}"
    if isinstance(source, str) and source != _jekyll_syntax(text) and includes is not None:
        # raised inside an include: name it, and the line there
        line = source.count("\n", 0, max(offset, 0)) + 1
        name = next(
            (
                p.relative_to(includes).as_posix()
                for p in sorted(includes.rglob("*"))
                if p.is_file()
                and _jekyll_syntax(p.read_text(encoding="utf-8", errors="replace")) == source
            ),
            "an include",
        )
        return Unrendered(where, body_line, f"{message} (in _includes/{name}:{line})")
    line = body_line + (text.count("\n", 0, offset) if offset >= 0 else 0)
    return Unrendered(where, line, message)
