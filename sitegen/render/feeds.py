"""Atom (RFC 4287) and RSS 2.0 feeds, sitemap.xml and robots.txt.

Built with ElementTree so that every document is well-formed XML whatever the
titles contain. Dates come from the posts, never from the clock, so two builds
of the same input are byte-identical.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from email.utils import format_datetime
from xml.sax.saxutils import escape

from sitegen.config import SiteConfig
from sitegen.content import urls
from sitegen.content.model import Page, Post, Series
from sitegen.render.routes import Paginator, Route

ATOM_NS = "http://www.w3.org/2005/Atom"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _stamp(post: Post) -> dt.datetime:
    return post.updated or post.date


def _rfc3339(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data + b"\n"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def atom(config: SiteConfig, route: Route) -> bytes:
    posts: Sequence[Post] = route.context["posts"]
    feed = ET.Element("feed", {"xmlns": ATOM_NS, "xml:lang": config.language})
    _sub(feed, "title", route.context["title"])
    if config.description:
        _sub(feed, "subtitle", config.description)
    _sub(feed, "id", urls.absolute(config, route.url))
    _sub(
        feed, "link", rel="self", type="application/atom+xml", href=urls.absolute(config, route.url)
    )
    _sub(
        feed,
        "link",
        rel="alternate",
        type="text/html",
        href=urls.absolute(config, route.context["alternate"]),
    )
    updated = max((_stamp(p) for p in posts), default=EPOCH)
    _sub(feed, "updated", _rfc3339(updated))
    author = _sub(feed, "author")
    _sub(author, "name", config.author.name or config.title)
    if config.author.email:
        _sub(author, "email", config.author.email)
    if config.author.url:
        _sub(author, "uri", config.author.url)
    _sub(feed, "generator", "sitegen")
    for post in posts:
        entry = _sub(feed, "entry")
        link = urls.absolute(config, post.url)
        _sub(entry, "title", post.title)
        _sub(entry, "link", rel="alternate", type="text/html", href=link)
        _sub(entry, "id", link)
        _sub(entry, "published", _rfc3339(post.date))
        _sub(entry, "updated", _rfc3339(_stamp(post)))
        for tag in post.tags:
            _sub(entry, "category", term=tag.slug, label=tag.name)
        if post.description:
            _sub(entry, "summary", post.description)
        if config.feeds.full_content:
            _sub(entry, "content", post.content, type="html")
    return _xml(feed)


def rss(config: SiteConfig, route: Route) -> bytes:
    posts: Sequence[Post] = route.context["posts"]
    root = ET.Element("rss", {"version": "2.0"})
    channel = _sub(root, "channel")
    _sub(channel, "title", route.context["title"])
    _sub(channel, "link", urls.absolute(config, route.context["alternate"]))
    _sub(channel, "description", config.description or config.title)
    _sub(channel, "language", config.language)
    if posts:
        _sub(channel, "lastBuildDate", format_datetime(max(_stamp(p) for p in posts)))
    for post in posts:
        item = _sub(channel, "item")
        link = urls.absolute(config, post.url)
        _sub(item, "title", post.title)
        _sub(item, "link", link)
        _sub(item, "guid", link, isPermaLink="true")
        _sub(item, "pubDate", format_datetime(post.date))
        _sub(item, "description", post.content if config.feeds.full_content else post.description)
        for tag in post.tags:
            _sub(item, "category", tag.name)
    return _xml(root)


def sitemap(config: SiteConfig, pages: Sequence[Route]) -> bytes:
    """All HTML pages except 404, with lastmod where the page shows dated content.
    Written as text (escaped) rather than through ElementTree: the sitemap changes
    with every page, and this is five times quicker on a big site."""
    lines = ["<?xml version='1.0' encoding='utf-8'?>", f'<urlset xmlns="{SITEMAP_NS}">']
    for route in sorted(pages, key=lambda r: r.url):
        if route.kind != "template" or route.template == "404.html":
            continue
        lines.append(f"  <url>\n    <loc>{escape(urls.absolute(config, route.url))}</loc>")
        modified = _lastmod(route)
        if modified:
            lines.append(f"    <lastmod>{modified.date().isoformat()}</lastmod>")
        lines.append("  </url>")
    lines.append("</urlset>\n")
    return "\n".join(lines).encode()


def _lastmod(route: Route) -> dt.datetime | None:
    """The newest date among what the page shows, if it shows dated content."""
    context = route.context
    if "post" in context:
        return _stamp(context["post"])
    page: Page | None = context.get("page")
    if page is not None:
        return page.updated or page.date
    listing: Paginator | Series | None = context.get("paginator") or context.get("series")
    if listing is not None and listing.posts:
        return max(_stamp(p) for p in listing.posts)
    return None


def robots(config: SiteConfig) -> bytes:
    return (
        "User-agent: *\nAllow: /\n\n"
        f"Sitemap: {urls.absolute(config, urls.under_base(config, 'sitemap.xml'))}\n"
    ).encode()
