"""Which pages exist, at which URLs, and what each one shows.

`routes(site)` is pure: it lists every output file with its template (or generator)
and its context. Two sources that want the same output file are an error that
names both.
"""

from __future__ import annotations

import posixpath
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from sitegen.config import AuthorConfig, SiteConfig
from sitegen.content import urls
from sitegen.content.model import Page, Post, PostLink, Site
from sitegen.diagnostics import Diagnostic, Severity

RouteKind = Literal["template", "atom", "rss", "sitemap", "robots", "copy", "redirect"]


@dataclass(frozen=True)
class MenuLink:
    title: str
    url: str


@dataclass(frozen=True)
class SiteView:
    """What every template sees as `site`."""

    title: str
    description: str
    url: str  # absolute base URL, ends with '/'
    home: str  # URL path of the home page
    language: str
    author: AuthorConfig
    menu: tuple[MenuLink, ...]
    feed_url: str  # '' when there is no feed
    rss_url: str
    archive_url: str
    series_url: str  # '' when the site has no series
    tags_url: str  # '' when tags are off or unused
    tags_title: str
    show_drafts: bool
    extra: dict[str, Any]


@dataclass(frozen=True)
class Paginator:
    number: int  # 1-based
    count: int  # number of pages
    posts: tuple[Post, ...]
    total: int  # posts on all pages
    first_url: str
    previous_url: str | None
    next_url: str | None
    urls: tuple[str, ...]  # every page, in order


@dataclass(frozen=True)
class ReplyLink:
    label: str
    url: str


@dataclass(frozen=True)
class ReplyBlock:
    """The invitation to reply at the end of a post."""

    text: str
    links: tuple[ReplyLink, ...]


@dataclass(frozen=True)
class YearGroup:
    year: int
    posts: tuple[PostLink, ...]  # links, not posts: the archive shows only title and date


@dataclass(frozen=True)
class Route:
    url: str
    output: str  # relative to the output folder
    kind: RouteKind
    template: str = ""
    context: dict[str, Any] = field(default_factory=dict)
    sources: tuple[str, ...] = ()  # the files this output comes from, for messages
    copy_from: Path | None = None


def site_view(site: Site) -> SiteView:
    config = site.config
    tags_url = ""
    if site.tags:
        tags_url = _index_of(urls.tag_url(config, "x"), "x")
    return SiteView(
        title=config.title,
        description=config.description,
        url=config.site_url,
        home=config.base_path,
        language=config.language,
        author=config.author,
        menu=tuple(MenuLink(p.title, p.url) for p in site.menu),
        feed_url=urls.under_base(config, "atom.xml") if config.feeds.atom else "",
        rss_url=urls.under_base(config, "rss.xml") if config.feeds.rss else "",
        archive_url=urls.under_base(config, "archive/"),
        series_url=_index_of(urls.series_url(config, "x"), "x") if site.series else "",
        tags_url=tags_url,
        tags_title=config.taxonomies.get("tags", "Tags"),
        show_drafts=site.show_drafts,
        extra=config.extra,
    )


def _index_of(example_url: str, slug: str) -> str:
    """'/tags/x/' → '/tags/': the listing page above pages like it."""
    head = example_url[: example_url.rindex(slug)]
    return head if head.endswith("/") else posixpath.dirname(head) + "/"


def reply_block(config: SiteConfig, post: Post) -> ReplyBlock | None:
    replies = config.replies
    links = []
    if post.replies.mastodon:
        links.append(ReplyLink("Reply on Mastodon", post.replies.mastodon))
    if post.replies.bluesky:
        links.append(ReplyLink("Reply on Bluesky", post.replies.bluesky))
    if post.replies.comments:
        links.append(ReplyLink("Join the discussion", post.replies.comments))
    elif replies.comments_url:
        url = replies.comments_url.replace("{slug}", quote(post.slug))
        links.append(ReplyLink("Join the discussion", url))
    if replies.email:
        subject = replies.subject.replace("{title}", post.title)
        links.append(
            ReplyLink("Reply by email", f"mailto:{replies.email}?subject={quote(subject)}")
        )
    if not links:
        return None
    return ReplyBlock(replies.text, tuple(links))


def paginate(posts: Sequence[Post], per_page: int, first_url: str) -> list[Paginator]:
    """Split posts into pages: first_url, first_url + 'page/2/', …"""
    chunks = [tuple(posts[i : i + per_page]) for i in range(0, len(posts), per_page)] or [()]
    page_urls = tuple(
        first_url if n == 1 else f"{first_url}page/{n}/" for n in range(1, len(chunks) + 1)
    )
    return [
        Paginator(
            number=n,
            count=len(chunks),
            posts=chunk,
            total=len(posts),
            first_url=first_url,
            previous_url=page_urls[n - 2] if n > 1 else None,
            next_url=page_urls[n] if n < len(chunks) else None,
            urls=page_urls,
        )
        for n, chunk in enumerate(chunks, start=1)
    ]


def _template_route(
    config: SiteConfig, url: str, template: str, sources: tuple[str, ...], **context: Any
) -> Route:
    return Route(url, urls.output_path(config, url), "template", template, context, sources)


def routes(
    site: Site, static_dirs: Sequence[Path] = (), site_dir: Path | None = None
) -> tuple[list[Route], list[Diagnostic]]:
    """Every file of the built site."""
    config = site.config
    view = site_view(site)
    found: list[Route] = []

    def add(url: str, template: str, sources: tuple[str, ...], **context: Any) -> None:
        found.append(
            _template_route(config, url, template, sources, site=view, page_url=url, **context)
        )

    for post in site.posts:
        add(
            post.url, "post.html", (post.source.path,), post=post, replies=reply_block(config, post)
        )
    for page in site.pages:
        add(page.url, page.template, (page.source.path,), page=page)
    for paginator in paginate(site.posts, config.posts_per_page, config.base_path):
        url = paginator.urls[paginator.number - 1]
        add(url, "index.html", ("home page",), paginator=paginator)
    if site.tags:
        add(view.tags_url, "tags.html", ("tag index",), tags=site.tags)
        for group in site.tags:
            for paginator in paginate(group.posts, config.posts_per_page, group.tag.url):
                url = paginator.urls[paginator.number - 1]
                add(
                    url,
                    "tag.html",
                    (f"tag '{group.tag.name}'",),
                    tag=group.tag,
                    paginator=paginator,
                    feed=group.tag.url + "atom.xml" if config.feeds.per_tag else "",
                )
    if site.categories:
        index = _index_of(urls.category_url(config, "x"), "x")
        names = config.taxonomies.get("categories", "Categories")
        add(index, "tags.html", ("category index",), tags=site.categories, taxonomy=names)
        for group in site.categories:
            for paginator in paginate(group.posts, config.posts_per_page, group.tag.url):
                url = paginator.urls[paginator.number - 1]
                add(
                    url,
                    "tag.html",
                    (f"category '{group.tag.name}'",),
                    tag=group.tag,
                    paginator=paginator,
                    taxonomy=names,
                    feed=group.tag.url + "atom.xml" if config.feeds.atom else "",
                )
    add(view.archive_url, "archive.html", ("archive",), years=_years(site.posts))
    if site.series:
        add(view.series_url, "series_list.html", ("series index",), series_list=site.series)
        for series in site.series:
            sources = (series.source.path,) if series.source else (f"series '{series.title}'",)
            add(series.url, "series.html", sources, series=series)
    add(urls.under_base(config, "404.html"), "404.html", ("404 page",))
    found.extend(_feeds(site))
    found.append(_generated(config, "sitemap.xml", "sitemap"))
    found.append(_generated(config, "robots.txt", "robots"))
    found.extend(_static_routes(config, site, static_dirs, site_dir))
    found.extend(_redirects(site))
    return _check_collisions(found)


def _redirects(site: Site) -> list[Route]:
    """A page at each old URL (`aliases`, `redirect_from`) that sends readers and
    search engines on: a canonical link and a meta refresh. Never in the sitemap."""
    config = site.config
    found = []
    items: list[Post | Page] = [*site.posts, *site.pages]
    for item in items:
        for alias in item.aliases:
            url = urls.own_url(config, alias)
            target = urls.absolute(config, item.url)
            found.append(
                Route(
                    url,
                    urls.output_path(config, url),
                    "redirect",
                    "",
                    {"target": target, "title": item.title},
                    (item.source.path,),
                )
            )
    return found


def _generated(config: SiteConfig, name: str, kind: RouteKind, **context: Any) -> Route:
    url = urls.under_base(config, name)
    return Route(url, urls.output_path(config, url), kind, "", context, (f"{name}",))


def _feeds(site: Site) -> list[Route]:
    config = site.config
    feeds = config.feeds
    limit = feeds.limit
    found = []
    if feeds.atom:
        found.append(
            _generated(
                config,
                "atom.xml",
                "atom",
                title=config.title,
                alternate=config.base_path,
                posts=site.posts[:limit],
            )
        )
    if feeds.rss:
        found.append(
            _generated(
                config,
                "rss.xml",
                "rss",
                title=config.title,
                alternate=config.base_path,
                posts=site.posts[:limit],
            )
        )
    for series in site.series:
        url = series.feed_url
        found.append(
            Route(
                url,
                urls.output_path(config, url),
                "atom",
                "",
                {
                    "title": f"{series.title} · {config.title}",
                    "alternate": series.url,
                    "posts": series.posts,
                },
                (f"series '{series.title}' feed",),
            )
        )
    # A category is a section of the blog (Hugo's and Jekyll's categories, Pelican's
    # one category a post): each gets its feed beside its page whenever the site has
    # the categories taxonomy (taxonomies: categories: … in site.yaml) and Atom feeds.
    groups = [("category", g) for g in (site.categories if feeds.atom else ())]
    groups += [("tag", g) for g in (site.tags if feeds.per_tag else ())]
    for kind, group in groups:
        url = group.tag.url + "atom.xml"
        found.append(
            Route(
                url,
                urls.output_path(config, url),
                "atom",
                "",
                {
                    "title": f"{group.tag.name} · {config.title}",
                    "alternate": group.tag.url,
                    "posts": group.posts[:limit],
                },
                (f"{kind} '{group.tag.name}' feed",),
            )
        )
    return found


def _years(posts: Sequence[Post]) -> tuple[YearGroup, ...]:
    years: dict[int, list[PostLink]] = defaultdict(list)
    for post in posts:
        years[post.date.year].append(post.link)
    return tuple(YearGroup(year, tuple(years[year])) for year in sorted(years, reverse=True))


def _static_routes(
    config: SiteConfig, site: Site, static_dirs: Sequence[Path], site_dir: Path | None
) -> list[Route]:
    """Theme static files (later folders win), then files from content/."""
    chosen: dict[str, Route] = {}
    for folder in static_dirs:
        for file in sorted(folder.rglob("*")):
            if file.is_file() and not file.name.startswith("."):
                relative = file.relative_to(folder).as_posix()
                url = urls.under_base(config, relative)
                chosen[relative] = Route(
                    url, relative, "copy", sources=(str(file),), copy_from=file
                )
    for static in site.static_files:
        url = urls.under_base(config, static.output)
        source = (site_dir / static.source) if site_dir else Path(static.source)
        chosen[static.output] = Route(
            url, static.output, "copy", sources=(static.source,), copy_from=source
        )
    return list(chosen.values())


def _check_collisions(found: list[Route]) -> tuple[list[Route], list[Diagnostic]]:
    by_output: dict[str, Route] = {}
    diagnostics = []
    for route in found:
        if urls.escapes(route.output):
            diagnostics.append(
                Diagnostic(
                    route.sources[0],
                    0,
                    0,
                    f"{route.url} would be written outside the output folder; it was left out",
                    hint="Remove '..' from the slug or from the permalink pattern in site.yaml.",
                )
            )
            continue
        other = by_output.get(route.output)
        if other is None:
            by_output[route.output] = route
            continue
        if route.kind == "copy" and other.kind == "robots":
            by_output[route.output] = route  # content/robots.txt replaces the generated one
            continue
        if route.kind == "redirect" and other.kind == "redirect":
            continue  # two old URLs the same: the first post keeps it
        if route.kind == "redirect":
            diagnostics.append(
                Diagnostic(
                    route.sources[0],
                    0,
                    0,
                    f"alias {route.url} is already the URL of {other.sources[0]}; no redirect",
                    Severity.WARNING,
                    hint="Remove the alias, or give the other page another URL.",
                )
            )
            continue
        diagnostics.append(
            Diagnostic(
                route.sources[0],
                0,
                0,
                f"{route.url} would be written twice: by {other.sources[0]} and by "
                f"{route.sources[0]}",
                hint="Give one of them another slug (front matter 'slug:') or change the "
                "permalink pattern in site.yaml.",
            )
        )
    return list(by_output.values()), diagnostics
