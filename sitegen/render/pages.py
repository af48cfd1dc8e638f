"""Turn routes into bytes: templates through Jinja, feeds and sitemap through XML."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from html import escape
from pathlib import Path

import jinja2
from markupsafe import Markup

from sitegen.config import SiteConfig
from sitegen.content import urls
from sitegen.diagnostics import Diagnostic
from sitegen.render import feeds
from sitegen.render.relative import relativise
from sitegen.render.routes import Route
from sitegen.render.theme import Theme, environment, template_error


def _date(value: dt.date | None, fmt: str = "%-d %B %Y") -> str:
    return value.strftime(fmt) if value else ""


def _isodate(value: dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def make_environment(
    theme: Theme, config: SiteConfig, bytecode_dir: Path | None = None
) -> jinja2.Environment:
    env = environment(theme, bytecode_dir)
    env.filters["absolute"] = lambda url: _absolute(config, str(url))
    env.filters["date"] = _date
    env.filters["isodate"] = _isodate
    env.filters["json"] = lambda value: Markup(_json_for_script(value))
    env.filters["focusable_code"] = focusable_code
    env.filters["ends_with_question"] = ends_with_question
    return env


_PRE_RE = re.compile(r"<pre(?![^>]*\btabindex=)(?=[\s>])")
_BLOCK_RE = re.compile(r"<(p|li|h[1-6])\b[^>]*>(.*?)</\1>", re.S)
_TAGS_RE = re.compile(r"<[^>]+>")


def focusable_code(content: str) -> Markup:
    """Code blocks can scroll sideways; `tabindex="0"` lets a keyboard reach and
    scroll them (axe: scrollable-region-focusable)."""
    return Markup(_PRE_RE.sub('<pre tabindex="0"', str(content)))


def ends_with_question(content: str) -> bool:
    """Whether a post's last paragraph asks the reader something, so that the reply
    invitation under it need not ask a second question."""
    blocks = _BLOCK_RE.findall(str(content))
    if not blocks:
        return False
    text = " ".join(_TAGS_RE.sub("", blocks[-1][1]).split())
    return "?" in text


def _absolute(config: SiteConfig, url: str) -> str:
    """'/x/' → 'https://host/x/'; 'img/a.png' → under base_url; full URLs unchanged."""
    if "://" in url or url.startswith(("mailto:", "//")):
        return url
    if url.startswith("/"):
        return urls.absolute(config, url)
    return config.site_url + url


def _json_for_script(value: object) -> str:
    import json

    return (
        json.dumps(value, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )


def redirect_page(target: str, title: str) -> bytes:
    """The page at an old URL: a canonical link, a meta refresh and a plain link."""
    url = escape(target)
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title>"
        f'<link rel="canonical" href="{url}">'
        '<meta name="robots" content="noindex">'
        f'<meta http-equiv="refresh" content="0; url={url}">'
        f'</head><body><p>This page has moved to <a href="{url}">{url}</a>.</p></body></html>\n'
    ).encode()


def render_route(
    route: Route, env: jinja2.Environment, config: SiteConfig, all_routes: Sequence[Route]
) -> bytes:
    """One route → the bytes of its file. Template errors propagate to the caller."""
    if route.kind == "template":
        html = env.get_template(route.template).render(route.context)
        if config.relative_urls and route.output.endswith(".html") and route.output != "404.html":
            html = relativise(html, route.output, config)  # 404.html is served at any depth
        return html.encode("utf-8")
    if route.kind == "atom":
        return feeds.atom(config, route)
    if route.kind == "rss":
        return feeds.rss(config, route)
    if route.kind == "sitemap":
        return feeds.sitemap(config, all_routes)
    if route.kind == "robots":
        return feeds.robots(config)
    if route.kind == "redirect":
        return redirect_page(route.context["target"], route.context["title"])
    raise ValueError(f"route {route.url} has nothing to render")  # copies are not rendered


def render_all(
    routes: Iterable[Route],
    env: jinja2.Environment,
    config: SiteConfig,
    all_routes: Sequence[Route],
    site_dir: Path,
) -> tuple[dict[str, bytes], list[Diagnostic]]:
    """Render every non-copy route; a template error is reported once per failing page
    (`summarise` folds them into one per cause)."""
    rendered: dict[str, bytes] = {}
    problems: list[Diagnostic] = []
    for route in routes:
        if route.kind == "copy":
            continue
        if route.kind != "template":
            rendered[route.output] = render_route(route, env, config, all_routes)
            continue
        try:
            rendered[route.output] = render_route(route, env, config, all_routes)
        except (
            jinja2.TemplateError,
            RecursionError,
            TypeError,
            ValueError,
            AttributeError,
            KeyError,
            IndexError,
            ZeroDivisionError,
        ) as exc:
            problems.append(template_error(exc, site_dir, route.sources[0]))
    return rendered, problems


def summarise(problems: Iterable[Diagnostic]) -> list[Diagnostic]:
    """One diagnostic per template error, however many pages it broke."""
    counts: dict[tuple[str, int, str], tuple[Diagnostic, int]] = {}
    for diagnostic in problems:
        key = (diagnostic.path, diagnostic.line, diagnostic.message.split(" (while")[0])
        seen = counts.get(key)
        counts[key] = (seen[0], seen[1] + 1) if seen else (diagnostic, 1)
    folded = []
    for diagnostic, count in counts.values():
        if count > 1:
            diagnostic = Diagnostic(
                diagnostic.path,
                diagnostic.line,
                diagnostic.col,
                f"{diagnostic.message} and {count - 1} more page(s)",
                diagnostic.severity,
                diagnostic.hint,
            )
        folded.append(diagnostic)
    return folded
