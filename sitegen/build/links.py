"""A build checks its own links: every internal link and image in every post and page
resolves to a file the build produces. What does not is a warning at the file and
line it is written on; for a migrating user this is the list of what broke."""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Sequence
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from sitegen.config import SiteConfig
from sitegen.content import urls
from sitegen.content.model import Page, Post, Site
from sitegen.content.peers.templates import ref_target
from sitegen.diagnostics import Diagnostic, Severity


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and (
                (name == "href" and tag in ("a", "link", "area"))
                or (name == "src" and tag in ("img", "video", "audio", "source", "iframe"))
                or (name == "poster" and tag == "video")
            ):
                self.found.append(value.strip())


def links_in(fragment: str) -> list[str]:
    parser = _Links()
    parser.feed(fragment)
    parser.close()
    return parser.found


def _target(config: SiteConfig, page_url: str, link: str) -> str | None:
    """The output path an internal link asks for, or None for links elsewhere."""
    parts = urlsplit(link)
    if parts.scheme or link.startswith(("#", "//")):
        if parts.scheme in ("http", "https") and (parts.netloc == urlsplit(config.site_url).netloc):
            return _target(config, page_url, parts.path or "/")
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
