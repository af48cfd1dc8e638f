"""What the dev server shows in the page: lint findings and blurb lengths for the
post being previewed, and the errors of a failed build. Pure functions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sitegen.config import SiteConfig
from sitegen.content.model import Post, Site
from sitegen.diagnostics import Diagnostic, Severity

# What every page shows while the site has never built: the dev server's client adds
# the error overlay to it, and reloads it into the site once a build succeeds.
PLACEHOLDER = b"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="sitegen-placeholder" content="no build yet">
<title>The site does not build yet</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto}</style>
</head><body><main><h1>The site does not build yet</h1>
<p>sitegen could not build this site. The errors are listed over this page and in the
terminal that runs <code>sitegen serve</code>. Save a fix and this page turns into your
site.</p></main></body></html>
"""


def _finding(d: Diagnostic) -> dict[str, Any]:
    return {
        "code": d.code,
        "name": d.name,
        "severity": d.severity.value,
        "message": d.message,
        "hint": d.hint,
        "line": d.line,
        "column": d.col,
        "target": d.target,
        "location": d.location,
    }


def page_info(
    site: Site | None, diagnostics: Sequence[Diagnostic], url: str, config: SiteConfig | None
) -> dict[str, Any]:
    """The engagement panel's data for the page at `url` (empty when it is not a post)."""
    from sitegen.content import platforms

    post = _post_at(site, url)
    if post is None:
        return {}
    mastodon_limit = config.lint.mastodon_limit if config else 500
    blurbs = []
    for blurb in post.social:
        texts = []
        for text in blurb.texts:
            length, limit, unit = platforms.measure(blurb.platform, text.text, mastodon_limit)
            texts.append(
                {
                    "text": text.text,
                    "length": length,
                    "limit": limit,
                    "unit": unit,
                    "line": text.line,
                }
            )
        blurbs.append({"platform": blurb.platform, "written_as": blurb.written_as, "texts": texts})
    findings = [
        _finding(d)
        for d in sorted(diagnostics, key=lambda d: d.sort_key)
        if d.path == post.source.path and d.code
    ]
    return {"title": post.title, "source": post.source.path, "findings": findings, "blurbs": blurbs}


def _post_at(site: Site | None, url: str) -> Post | None:
    if site is None:
        return None
    wanted = url.split("?", 1)[0]
    if wanted.endswith("index.html"):
        wanted = wanted[: -len("index.html")]
    return next((p for p in site.posts if p.url == wanted), None)


def overlay(
    diagnostics: Sequence[Diagnostic], source_lines: Callable[[str], Sequence[str]]
) -> list[dict[str, Any]]:
    """Every error of a failed build, with the line of source it points at."""
    shown = []
    for d in sorted(diagnostics, key=lambda d: d.sort_key):
        if d.severity is not Severity.ERROR:
            continue
        lines = source_lines(d.path) if d.line > 0 else ()
        entry = _finding(d)
        entry["source"] = lines[d.line - 1] if 0 < d.line <= len(lines) else ""
        shown.append(entry)
    return shown
