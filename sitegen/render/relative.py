"""`relative_urls: true`: rewrite a page's links to the site as paths relative to it.

Every link, image, script and stylesheet that points into the site (a URL path
under base_url's path) becomes a path from the page's own file to the target's
file, with `index.html` spelled out, so the output folder browses from `file://`
as well as from any web server or sub-folder. Feeds, the sitemap and canonical
URLs stay absolute, as feed readers and search engines need.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from html.parser import HTMLParser

from sitegen.config import SiteConfig
from sitegen.content.urls import output_path

# Attributes whose value is one URL, and the one whose value is a list of them.
_VALUE = r"""(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s>"']+))"""
_URL_ATTRIBUTE = re.compile(r"(?P<lead>\s(?:href|src|poster|action|data)\s*=\s*)" + _VALUE, re.I)
_SRCSET = re.compile(r"(?P<lead>\ssrcset\s*=\s*)" + _VALUE, re.I)
_KEEP_ABSOLUTE = re.compile(r"""\srel\s*=\s*["']?[^"'>]*\bcanonical\b""", re.IGNORECASE)


class _StartTags(HTMLParser):
    """Collects where each start tag is in the text (script and style bodies are
    skipped, as browsers skip them)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.tags: list[tuple[int, int, str]] = []  # (line, column, tag text)

    def handle_starttag(self, tag: str, attrs: object) -> None:
        text = self.get_starttag_text()
        if text:
            line, col = self.getpos()
            self.tags.append((line, col, text))

    handle_startendtag = handle_starttag


def relativise(html: str, page_output: str, config: SiteConfig) -> str:
    """`html` of the page written at `page_output` with its in-site URLs made relative."""
    parser = _StartTags()
    parser.feed(html)
    parser.close()
    if not parser.tags:
        return html
    line_starts = [0]
    for match in re.finditer("\n", html):
        line_starts.append(match.end())
    here = posixpath.dirname(page_output)
    fix = _url_fixer(here, config)
    pieces: list[str] = []
    done = 0
    for line, col, text in parser.tags:
        start = line_starts[line - 1] + col
        if html.startswith(text, start) and not _KEEP_ABSOLUTE.search(text):
            new = _URL_ATTRIBUTE.sub(lambda m: _rewrite(m, fix), text)
            new = _SRCSET.sub(lambda m: _rewrite(m, lambda v: _srcset(v, fix)), new)
            if new != text:
                pieces.append(html[done:start])
                pieces.append(new)
                done = start + len(text)
    pieces.append(html[done:])
    return "".join(pieces)


def _rewrite(match: re.Match[str], fix: Callable[[str], str]) -> str:
    for group, quote in (("dq", '"'), ("sq", "'"), ("bare", "")):
        if match[group] is not None:
            return f"{match['lead']}{quote}{fix(match[group])}{quote}"
    return match[0]  # pragma: no cover - one of the three always matches


def _srcset(value: str, fix: Callable[[str], str]) -> str:
    candidates = []
    for candidate in value.split(","):
        parts = candidate.strip().split(None, 1)
        if parts:
            parts[0] = fix(parts[0])
        candidates.append(" ".join(parts))
    return ", ".join(candidates)


def _url_fixer(here: str, config: SiteConfig) -> Callable[[str], str]:
    base = config.base_path

    def fix(url: str) -> str:
        if not url.startswith(base) or url.startswith("//"):
            return url  # another site, a relative path already, a fragment, mailto: …
        path, mark, rest = _split_suffix(url)
        target = output_path(config, path)
        relative = posixpath.relpath(target, here or ".")
        return relative + mark + rest

    return fix


def _split_suffix(url: str) -> tuple[str, str, str]:
    """'/a/?q#f' → ('/a/', '?', 'q#f'); the query or fragment is kept as written."""
    for mark in ("?", "#"):
        if mark in url:
            path, rest = url.split(mark, 1)
            return path, mark, rest
    return url, "", ""
