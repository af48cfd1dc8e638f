"""Eleventy's `{{ name }}` in Markdown, filled at import time from what files tell.

Eleventy runs Liquid or Nunjucks over Markdown, so `[the site]({{ site_url }})` reads a
value of the post's own front matter, of its data files or of a global data file
(`_data/links.json` is `links`). Those values are written into the post; a name that
only the JavaScript configuration defines (addGlobalData, computed data) is left as
written and listed, with its line, for the report.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from sitegen.content.peers.templates import _masked
from sitegen.importer import tera

_SET = re.compile(r"\{%-?\s*set\s+(?P<name>\w+)\s*=\s*(?:\"(?P<a>[^\"]*)\"|'(?P<b>[^']*)')\s*-?%\}")
_INCLUDE = re.compile(r"\{%-?\s*include\s+[\"'](?P<file>[^\"']+)[\"']\s*-?%\}")
_CUSTOM_ELEMENT = re.compile(r"<[a-z][\w]*-[\w-]*[\s>]")
_VIDEO = re.compile(r"youtube|vimeo", re.IGNORECASE)
_RENDER_TEMPLATE = re.compile(
    r"\{%-?\s*renderTemplate\s+[\"'](?P<lang>\w+)[\"']\s*-?%\}(?P<inner>.*?)"
    r"\{%-?\s*endrenderTemplate\s*-?%\}",
    re.DOTALL,
)
_PLAYER = re.compile(r"<(?P<tag>[a-z][\w]*-[\w-]*)(?P<attrs>[^>]*)>\s*</(?P=tag)>")
_ATTR = re.compile(r"(?P<name>:?@?[\w-]+)=\"(?P<value>[^\"]*)\"")
_VIDEO_ID = ("slug", "id", "videoid", "video-id", "video", "code")
_VARIABLE = re.compile(r"\{\{-?\s*(?P<name>[A-Za-z_]\w*(?:\.\w+)*)\s*(?:\|\s*safe\s*)?-?\}\}")


def global_data(folder: Path) -> dict[str, Any]:
    """_data/NAME.json (and .yaml) as {NAME: its content}; JavaScript data is not run."""
    found: dict[str, Any] = {}
    for path in sorted(folder.glob("*")) if folder.is_dir() else []:
        try:
            if path.suffix == ".json":
                found[path.stem] = json.loads(path.read_text(encoding="utf-8"))
            elif path.suffix in (".yaml", ".yml"):
                found[path.stem] = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, yaml.YAMLError):
            continue
    return found


def _front_matter(text: str) -> tuple[dict[str, Any], int]:
    """The YAML front matter as it is (nested values kept), and where the body starts."""
    if not text.startswith("---"):
        return {}, 0
    end = text.find("\n---", 3)
    if end < 0:
        return {}, 0
    try:
        data = yaml.safe_load(text[3:end])
    except yaml.YAMLError:
        data = None
    start = text.find("\n", end + 1)
    return (data if isinstance(data, dict) else {}), (start + 1 if start > 0 else len(text))


def _lookup(name: str, scopes: list[Mapping[str, Any]]) -> str | None:
    for scope in scopes:
        value: Any = scope
        for part in name.split("."):
            if not isinstance(value, Mapping) or part not in value:
                value = None
                break
            value = value[part]
        if isinstance(value, bool):
            return None
        if isinstance(value, (str, int, float)):
            return str(value)
    return None


def _include(name: str, scope: dict[str, str], includes: Path | None) -> str | None:
    """`{% include "x.njk" %}` with the variables set before it: a YouTube or Vimeo
    include given an id becomes sitegen's embed; a simple template is rendered; None
    for anything else (a web component, a loop …)."""
    service = _VIDEO.search(name)
    if service:
        video = next((v for k, v in scope.items() if k.lower().endswith("id") and v), "")
        if video:
            return "{% " + service[0].lower() + f' "{video}" %}}'  # the build embeds it
    path = includes / name if includes else None
    if path is None or not path.is_file():
        return None
    try:
        rendered = tera.render(path.read_text(encoding="utf-8", errors="replace"), scope)
    except tera.Unsupported:
        return None
    if _CUSTOM_ELEMENT.search(rendered):
        return None  # needs the site's JavaScript to show anything
    return tera.as_html(rendered)


def _player(html: str, scope: Mapping[str, Any]) -> str | None:
    """A YouTube or Vimeo web component (`<lite-youtube videoid="…">`, WebC's
    `<youtube-lite-player :@slug="$data.metadata.youtubeId">`), alone but for <div>s,
    as the tag sitegen embeds; None for anything else."""
    found = _PLAYER.search(html)
    service = _VIDEO.search(found["tag"]) if found else None
    if found is None or service is None:
        return None
    rest = html[: found.start()] + html[found.end() :]
    if re.sub(r"</?div[^>]*>|\s", "", rest):
        return None
    for attr in _ATTR.finditer(found["attrs"]):
        name = attr["name"].lstrip(":@").lower()
        if name not in _VIDEO_ID:
            continue
        value = attr["value"]
        if attr["name"].startswith(":"):  # WebC: a JavaScript expression of the data
            value = _lookup(value.removeprefix("$data.").removeprefix("this."), [scope]) or ""
        if re.fullmatch(r"[\w-]{6,}", value):
            return "{% " + service[0].lower() + f' "{value}" %}}'
    return None


def videos(text: str, cascade: Mapping[str, Any]) -> tuple[str, int]:
    """Eleventy's YouTube and Vimeo web components (in a `{% renderTemplate "webc" %}`
    block or as raw HTML) become sitegen's embed: without the site's JavaScript they
    would show nothing."""
    if "youtube" not in text.lower() and "vimeo" not in text.lower():
        return text, 0
    meta, start = _front_matter(text)
    scope = {**cascade, **meta}
    body = text[start:]
    masked = _masked(body)
    out: list[str] = []
    at = 0
    done = 0
    spans = [
        (m.start(), m.end(), body[m.start("inner") : m.end("inner")])
        for m in _RENDER_TEMPLATE.finditer(masked)
    ]
    covered = [(a, b) for a, b, _ in spans]
    for match in _PLAYER.finditer(masked):
        if not any(a <= match.start() < b for a, b in covered):
            spans.append((match.start(), match.end(), body[match.start() : match.end()]))
    for begin, end, inner in sorted(spans):
        if begin < at:
            continue
        tag = _player(inner, scope)
        if tag is None:
            continue
        out += [body[at:begin], tag]
        at = end
        done += 1
    out.append(body[at:])
    return text[:start] + "".join(out), done


def nunjucks(text: str, includes: Path | None) -> tuple[str, dict[str, str], int]:
    """`{% set x = "text" %}` (which writes nothing) taken out and kept as variables,
    and the `{% include %}`s after them replaced where `_include` can; how many."""
    if "{%" not in text:
        return text, {}, 0
    masked = _masked(text)
    scope: dict[str, str] = {}
    out: list[str] = []
    at = 0
    done = 0
    tags = sorted([*_SET.finditer(masked), *_INCLUDE.finditer(masked)], key=lambda m: m.start())
    for match in tags:
        if match.re is _SET:
            scope[match["name"]] = match["a"] if match["a"] is not None else match["b"]
            replacement: str | None = ""
        else:
            replacement = _include(match["file"], scope, includes)
        if replacement is None:
            continue
        out += [text[at : match.start()], replacement]
        at = match.end()
        done += 1
    out.append(text[at:])
    return "".join(out), scope, done


def fill(
    text: str,
    cascade: Mapping[str, Any],
    globals_: Mapping[str, Any],
    local: Mapping[str, Any] | None = None,
) -> tuple[str, int, list[tuple[int, str]]]:
    """The text with the `{{ name }}` it can resolve written out; how many; and the
    (line, name) of those it cannot, outside code."""
    meta, start = _front_matter(text)
    body = text[start:]
    if "{{" not in body:
        return text, 0, []
    masked = _masked(body)
    scopes: list[Mapping[str, Any]] = [local or {}, meta, cascade, globals_]
    head_lines = text[:start].count("\n")
    out: list[str] = []
    at = 0
    filled = 0
    left: list[tuple[int, str]] = []
    for match in _VARIABLE.finditer(masked):
        name = match["name"]
        if name in ("page", "content") or name.startswith(("page.", "collections.")):
            continue  # what only a running Eleventy knows
        value = _lookup(name, scopes)
        if value is None:
            left.append((head_lines + body.count("\n", 0, match.start()) + 1, name))
            continue
        out += [body[at : match.start()], value]
        at = match.end()
        filled += 1
    out.append(body[at:])
    return text[:start] + "".join(out), filled, left
