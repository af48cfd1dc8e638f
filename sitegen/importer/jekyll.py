"""Jekyll's Liquid that only the source folder can answer, written in at import:
`{{ site.data.X.Y }}` from _data/, and `{% include NAME k="v" %}` from _includes/.

Jekyll runs Liquid before Markdown, everywhere but inside `{% raw %}`; so does this.
An include that writes nothing (it only assigns variables for the theme) goes.
What needs more than the files themselves (a loop over a data list, an include that
holds Liquid of its own after its parameters are filled in) is left as written, for
the build to report at its line (the importer then sets the post aside).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shlex
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from sitegen.diagnostics import Diagnostic

_SITE_DATA = re.compile(r"\{\{-?\s*site\.data\.(?P<path>[\w-]+(?:\.[\w-]+)*)\s*-?\}\}")
_RAW_BLOCK = re.compile(r"\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}", re.DOTALL)
_INCLUDE = re.compile(r"\{%-?\s*include\s+(?P<name>[\w./@-]+)(?P<args>[^%]*?)-?%\}")
_INCLUDE_VAR = re.compile(r"\{\{-?\s*include\.(?P<key>[\w-]+)\s*-?\}\}")
_LIQUID = re.compile(r"\{[{%]")


def jekyll_liquid(data: bytes, src: Path) -> tuple[bytes, Counter[str]]:
    """The file with what _data/ and _includes/ answer written in, and how many of each."""
    counts: Counter[str] = Counter()
    text = data.decode("utf-8", errors="replace")
    if "site.data." not in text and "include" not in text:
        return data, counts
    raw = [m.span() for m in _RAW_BLOCK.finditer(text)]

    def outside_raw(match: re.Match[str]) -> bool:
        return not any(start <= match.start() < end for start, end in raw)

    def value(match: re.Match[str]) -> str:
        found = _data_value(src / "_data", match["path"])
        if not outside_raw(match) or found is None:
            return match[0]
        counts["site-data"] += 1
        return found

    def include(match: re.Match[str]) -> str:
        found = _included(src / "_includes", match["name"], match["args"])
        if not outside_raw(match) or found is None:
            return match[0]
        counts["include"] += 1
        return found

    text = _SITE_DATA.sub(value, text)
    text = _INCLUDE.sub(include, text)
    return text.encode("utf-8"), counts


def _data_value(folder: Path, path: str) -> str | None:
    name, *keys = path.split(".")
    found = _data_file(folder, name)
    for key in keys:
        found = found.get(key) if isinstance(found, dict) else None
    if isinstance(found, (str, int, float)) and not isinstance(found, bool):
        return str(found)
    return None


def _data_file(folder: Path, name: str) -> Any:
    for suffix in (".yml", ".yaml", ".json"):
        path = folder / (name + suffix)
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            try:
                return json.loads(text) if suffix == ".json" else yaml.safe_load(text)
            except (ValueError, yaml.YAMLError):
                return None
    return None


def _included(folder: Path, name: str, args: str) -> str | None:
    """The include's text with its `include.X` parameters filled in from quoted
    arguments; None when it is not in _includes/ or still holds Liquid after that."""
    path = folder / name
    if ".." in Path(name).parts or not path.is_file():
        return None
    try:
        words = shlex.split(re.sub(r"\s*=\s*", "=", args), posix=True)
    except ValueError:
        return None
    params: dict[str, str] = {}
    quoted = set(re.findall(r"([\w-]+)\s*=\s*[\"']", args))
    for word in words:
        key, eq, value = word.partition("=")
        if not eq or key not in quoted:
            return None  # a parameter given as a variable: its value is not known here
        params[key] = value
    text = path.read_text(encoding="utf-8", errors="replace").strip("\n")
    if _silent(text):
        return ""
    missing = False

    def fill(match: re.Match[str]) -> str:
        nonlocal missing
        if match["key"] not in params:
            missing = True
        return params.get(match["key"], "")

    text = _INCLUDE_VAR.sub(fill, text)
    if missing or _LIQUID.search(text):
        return None
    return text


_TAG = re.compile(r"\{%-?\s*(?P<name>\w+)[^%]*?-?%\}")
_QUIET = {"assign", "capture", "endcapture", "comment", "endcomment"}


def _silent(text: str) -> bool:
    """Whether an include writes nothing: only assigns, and captures and comments
    whose text goes nowhere (Jekyll Bootstrap's `JB/setup`, which sets variables for
    its theme, is one)."""
    depth = 0
    at = 0
    outside: list[str] = []
    for match in _TAG.finditer(text):
        name = match["name"]
        if depth == 0:
            outside.append(text[at : match.start()])
            if name not in _QUIET:
                return False
        if name in ("capture", "comment"):
            depth += 1
        elif name in ("endcapture", "endcomment"):
            depth = max(0, depth - 1)
        at = match.end()
    outside.append(text[at:] if depth == 0 else "")
    return not "".join(outside).strip()


# ---------------------------------------------------------------- rendered at import


def site_context(src: Path, sources: list[Any]) -> dict[str, Any]:
    """Liquid's `site` as Jekyll would give it to a page: _config.yml's values,
    `site.data` from _data/, the posts (newest first) and pages with their front
    matter and old URL."""
    from sitegen.importer.peers import jekyll_source
    from sitegen.importer.variables import _front_matter, global_data

    path = src / "_config.yml"
    try:
        config = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except (OSError, yaml.YAMLError):
        config = {}
    config = config if isinstance(config, dict) else {}
    site: dict[str, Any] = {k: v for k, v in config.items() if isinstance(k, str)}
    folder = jekyll_source(src)
    site["data"] = global_data(folder / str(config.get("data_dir") or "_data"))
    posts: list[dict[str, Any]] = []
    pages: list[dict[str, Any]] = []
    for source in sources:
        if source.kind == "static":
            continue
        text = source.path.read_text(encoding="utf-8", errors="replace")
        meta, start = _front_matter(text)
        item = page_context(meta, source)
        body = text[start:].strip()
        item["excerpt"] = body.split("\n\n", 1)[0] if body else ""
        (posts if source.kind == "post" else pages).append(item)
    posts.sort(key=lambda p: str(p.get("date") or ""), reverse=True)
    site["posts"] = posts
    site["pages"] = pages
    site["html_pages"] = pages
    site["time"] = dt.datetime.now(dt.UTC)
    tags: dict[str, list[dict[str, Any]]] = {}
    categories: dict[str, list[dict[str, Any]]] = {}
    for post in posts:
        for key, into in (("tags", tags), ("categories", categories)):
            value = post.get(key) or []
            for name in value.split() if isinstance(value, str) else value:
                into.setdefault(str(name), []).append(post)
    site["tags"] = tags
    site["categories"] = categories
    return site


def page_context(meta: dict[str, Any], source: Any) -> dict[str, Any]:
    """Liquid's `page`: the front matter, with the URL, date and path Jekyll adds."""
    item: dict[str, Any] = dict(meta)
    name = source.path.stem
    found = re.match(r"(\d{4})-(\d\d)-(\d\d)-(.+)", name)
    if found and "date" not in item:
        item["date"] = f"{found[1]}-{found[2]}-{found[3]}"
    item.setdefault("url", source.old_url)
    item.setdefault("slug", found[4] if found else name)
    item.setdefault("path", source.path.name)
    item.setdefault("title", "")
    return item


def render_refused(data: bytes, target: str, src: Path, site: dict[str, Any], source: Any) -> bytes:
    """The file with its Liquid run once (what sitegen's build converts itself is
    kept as written); raises liquid_render.Unrendered, placed at target:line."""
    from sitegen.importer import liquid_render
    from sitegen.importer.variables import _front_matter

    text = data.decode("utf-8", errors="replace")
    meta, start = _front_matter(text)
    body_line = text[:start].count("\n") + 1
    page = page_context(meta, source)
    includes = src / "_includes"
    rendered = liquid_render.render(
        text[start:],
        target,
        body_line,
        site=site,
        page=page,
        includes=includes if includes.is_dir() else None,
    )
    return (text[:start] + rendered).encode("utf-8")


def html_page(
    data: bytes, target: str, src: Path, site: dict[str, Any], source: Any
) -> tuple[bytes, list[Diagnostic]]:
    """An HTML page with front matter as Jekyll publishes it: its Liquid run, the
    result kept as the page's body, written so that Markdown passes it through as
    one HTML block (`html_block_body`). A page with no text of its own (its layout
    makes it) or whose Liquid cannot be run is refused, with the reason at its line."""
    from sitegen.importer import liquid_render
    from sitegen.importer.variables import _front_matter

    text = data.decode("utf-8", errors="replace")
    meta, start = _front_matter(text)
    body_line = text[:start].count("\n") + 1
    body = text[start:]
    if not body.strip():
        if meta.get("redirect_to"):
            why = f"it only sends readers to {meta['redirect_to']} (redirect_to)"
            hint = (
                "sitegen makes redirects only to its own pages (aliases:); "
                "set this one up at your host."
            )
        else:
            layout = f"_layouts/{meta['layout']}.html" if meta.get("layout") else "its layout"
            why = f"it has no text of its own: Jekyll makes the page from {layout}"
            hint = (
                "sitegen writes its own home page, lists and feeds; if this page "
                "is more than that, write its text in Markdown."
            )
        return data, [Diagnostic(target, 1, 1, why, hint=hint)]
    includes = src / "_includes"
    try:
        rendered = liquid_render.render(
            body,
            target,
            body_line,
            site=site,
            page=page_context(meta, source),
            includes=includes if includes.is_dir() else None,
            markdown=False,
        )
    except liquid_render.Unrendered as failed:
        where = f" ({failed.where})" if failed.where != target else ""
        reason = Diagnostic(
            target,
            failed.line,
            1,
            f"Liquid could not be rendered at import: {failed.message}{where}",
            hint="Replace it with HTML, or with what the page shows in Jekyll.",
        )
        return data, [reason]
    return (text[:start] + html_block_body(rendered)).encode("utf-8"), []


_RAW_TEXT = re.compile(r"<(pre|textarea|script|style)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n[ \t]*(?=\n)")


def html_block_body(html: str) -> str:
    """HTML that Markdown passes through as written. CommonMark ends an HTML block at
    a blank line, and what follows (an indented line, a `*`) would be read as
    Markdown; so blank lines go: between tags they are whitespace a browser ignores,
    in <pre> and <textarea> the line break is kept as `&#10;`, in <script> and <style>
    they mean nothing. HTML that still does not start a block (plain text first) is
    put in a <div>."""
    from sitegen.config import MarkdownConfig
    from sitegen.content.markdown import parse

    def inside(match: re.Match[str]) -> str:
        if match[1].lower() in ("pre", "textarea"):
            kept = match[0]
            while _BLANK_LINE.search(kept):
                kept = re.sub(r"\n([ \t]*)\n", "\n\\1&#10;", kept)
            return kept
        return _BLANK_LINE.sub("", match[0])

    pieces: list[str] = []
    at = 0
    for match in _RAW_TEXT.finditer(html):
        pieces.append(_BLANK_LINE.sub("", html[at : match.start()]))
        pieces.append(inside(match))
        at = match.end()
    pieces.append(_BLANK_LINE.sub("", html[at:]))
    body = "".join(pieces).strip("\n") + "\n"
    if any(t.type != "html_block" for t in parse(body, MarkdownConfig())):
        body = f"<div>\n{body}</div>\n"
    return "\n" + body
