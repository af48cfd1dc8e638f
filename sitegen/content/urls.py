"""URLs of everything on the site, from the permalink patterns in site.yaml.

URLs are site-absolute paths that include the path of base_url ("/blog/2026/x/");
`output_path` maps one to the file it is written to inside the output folder.
"""

from __future__ import annotations

import datetime as dt
import posixpath

from sitegen.config import SiteConfig


def _fill(pattern: str, **values: str) -> str:
    path = pattern
    for name, value in values.items():
        path = path.replace("{" + name + "}", value)
    while "//" in path:
        path = path.replace("//", "/")
    return path


def under_base(config: SiteConfig, path: str) -> str:
    """A path relative to the site root → a URL path including base_url's path."""
    return config.base_path.rstrip("/") + "/" + path.lstrip("/")


def post_url(config: SiteConfig, date: dt.datetime, slug: str, series: str = "") -> str:
    return under_base(
        config,
        _fill(
            config.permalinks.posts,
            year=f"{date.year:04d}",
            month=f"{date.month:02d}",
            day=f"{date.day:02d}",
            slug=slug,
            series=series,
        ),
    )


def page_url(config: SiteConfig, slug: str) -> str:
    return under_base(config, _fill(config.permalinks.pages, slug=slug))


def tag_url(config: SiteConfig, slug: str) -> str:
    return under_base(config, _fill(config.permalinks.tags, slug=slug))


def series_url(config: SiteConfig, slug: str) -> str:
    return under_base(config, _fill(config.permalinks.series, slug=slug))


def absolute(config: SiteConfig, url: str) -> str:
    """A URL path → an absolute URL on base_url's host."""
    origin = config.site_url[: len(config.site_url) - len(config.base_path)]
    return origin + url


def escapes(relative: str) -> bool:
    """Whether an output path would leave the output folder."""
    return relative.startswith(("/", "../")) or relative in ("..", ".")


def output_path(config: SiteConfig, url: str) -> str:
    """'/blog/2026/x/' → '2026/x/index.html'; '/blog/feed.xml' → 'feed.xml'.
    Normalised: a path that would leave the output folder starts with '../' (see
    `escapes`), and routes refuses it."""
    base = config.base_path
    relative = url[len(base) :] if url.startswith(base) else url.lstrip("/")
    if relative == "" or relative.endswith("/"):
        relative += "index.html"
    return posixpath.normpath(relative)


def category_url(config: SiteConfig, slug: str) -> str:
    return under_base(config, _fill(config.permalinks.categories, slug=slug))


def own_url(config: SiteConfig, given: str) -> str:
    """A post's own URL from front matter (`url`, `permalink`, `path`), kept exactly
    under base_url; a last segment without a file extension is a folder, as Hugo and
    Jekyll write it (…/x → …/x/index.html)."""
    path = given.strip()
    if "://" in path:
        path = "/" + path.split("://", 1)[1].partition("/")[2]
    path = "/" + path.lstrip("/")
    last = path.rsplit("/", 1)[1]
    if last and "." not in last:
        path += "/"
    return under_base(config, path)
