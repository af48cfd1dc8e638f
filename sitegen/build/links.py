"""A build checks its own links: every internal link and image in every post and page
resolves to a file the build produces. What does not is a warning at the file and
line it is written on; for a migrating user this is the list of what broke."""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Iterable, Sequence
from urllib.parse import unquote, urlsplit

from sitegen.config import SiteConfig
from sitegen.content import urls
from sitegen.content.model import Page, Post, Site
from sitegen.content.peers.templates import ref_target
from sitegen.diagnostics import Diagnostic, Severity

# The start tags that link, with their attributes (quoted values may hold '>'), and
# the attributes that hold the link. Regular expressions rather than a full HTML
# parser: this runs over every post, the HTML is markdown-it's (or the author's raw
# HTML), and comments and script bodies cannot hold a start tag of these.
_TAG = re.compile(
    r"<(a|link|area|img|video|audio|source|iframe)\b((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>",
    re.IGNORECASE,
)
_ATTRIBUTE = re.compile(
    r"""\s(href|src|poster)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE
)
_ATTRIBUTES_OF = {
    "a": {"href"}, "link": {"href"}, "area": {"href"},
    "img": {"src"}, "audio": {"src"}, "source": {"src"}, "iframe": {"src"},
    "video": {"src", "poster"},
}  # fmt: skip
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def links_in(fragment: str) -> list[str]:
    """Every link and embedded resource in an HTML fragment, in order."""
    if "<" not in fragment:
        return []
    found = []
    for tag in _TAG.finditer(_COMMENT.sub("", fragment)):
        wanted = _ATTRIBUTES_OF[tag.group(1).lower()]
        for attribute in _ATTRIBUTE.finditer(tag.group(2)):
            if attribute.group(1).lower() in wanted:
                value = next(v for v in attribute.groups()[1:] if v is not None)
                if value.strip():
                    found.append(html.unescape(value).strip())
    return found


def _target(config: SiteConfig, page_url: str, link: str) -> str | None:
    """The output path an internal link asks for, or None for links elsewhere."""
    parts = urlsplit(link)
    if parts.scheme or link.startswith(("#", "//")):
        if parts.scheme in ("http", "https") and (parts.netloc == urlsplit(config.site_url).netloc):
            path = parts.path or "/"
            # the same host outside base_url's path is another site (an older one, say)
            if path.startswith(config.base_path) or path + "/" == config.base_path:
                return _target(config, page_url, path)
        return None
    if not parts.path:
        return None
    path = unquote(parts.path)
    if not path.startswith("/"):
        folder = page_url if page_url.endswith("/") else posixpath.dirname(page_url) + "/"
        path = posixpath.normpath(folder + path) + ("/" if path.endswith("/") else "")
    if not path.startswith(config.base_path) and path + "/" != config.base_path:
        return "../" + path  # above the site: never produced
    return urls.output_path(config, path)


def _line(item: Post | Page, link: str) -> tuple[int, int]:
    lines = item.body.split("\n")
    ref = ref_target(link)
    needle = ref[1] if ref else link
    for index, text in enumerate(lines):
        col = text.find(needle)
        if col >= 0:
            return item.source.body_line + index, col + 1
    return item.source.body_line, 1


def check_links(site: Site, outputs: Iterable[str]) -> list[Diagnostic]:
    """A warning for every internal link or image in a post or page that no output
    file answers."""
    produced = set(outputs)
    config = site.config
    found: list[Diagnostic] = []
    items: Sequence[Post | Page] = [*site.posts, *site.pages]
    for item in items:
        seen: set[str] = set()
        for link in links_in(item.document.html):
            if link in seen:
                continue
            seen.add(link)
            ref = ref_target(link)
            if ref is not None:
                line, col = _line(item, link)
                found.append(
                    Diagnostic(
                        item.source.path,
                        line,
                        col,
                        f"link to '{ref[1]}' ({ref[0]}) matches no post or page",
                        Severity.WARNING,
                        hint="Name the post by its file (posts/name.md) or its slug.",
                    )
                )
                continue
            target = _target(config, item.url, link)
            if target is None or target in produced:
                continue
            if posixpath.join(target, "index.html") in produced:
                continue
            line, col = _line(item, link)
            found.append(
                Diagnostic(
                    item.source.path,
                    line,
                    col,
                    f"broken link: {link} (from {item.url}) is not a file this build writes",
                    Severity.WARNING,
                    hint="Fix the link, or add the file it points to under content/.",
                )
            )
    return found
