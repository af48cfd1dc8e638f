"""Assemble the Site: choose what is visible, link neighbours, build series and tags."""

from __future__ import annotations

import datetime as dt
import posixpath
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sitegen.config import SiteConfig
from sitegen.content import series as series_mod
from sitegen.content import urls
from sitegen.content.model import (
    Page,
    Post,
    Series,
    SeriesInfo,
    Site,
    StaticFile,
    Tag,
    TagGroup,
)
from sitegen.content.peers import templates


@dataclass(frozen=True)
class Visibility:
    """Which posts readers see: drafts and future posts only when asked for."""

    drafts: bool = False
    future: bool = False
    now: dt.datetime = field(default_factory=lambda: dt.datetime.max.replace(tzinfo=dt.UTC))


def newest_first(post: Post) -> tuple[dt.datetime, str]:
    return (post.date, post.slug)


def assemble(
    config: SiteConfig,
    posts: Sequence[Post],
    pages: Sequence[Page],
    infos: Sequence[SeriesInfo],
    static_files: Sequence[StaticFile],
    visibility: Visibility,
) -> Site:
    """All loaded content → the site readers get. Pure."""
    posts, pages, static_files = _resolve_links(config, posts, pages, static_files)
    visible = sorted(
        (
            p
            for p in posts
            if (visibility.drafts or not p.draft)
            and (visibility.future or not p.date > visibility.now)
            and (visibility.future or p.publish is None or not p.publish > visibility.now)
            and (p.expires is None or p.expires > visibility.now)
            and p.written
        ),
        key=newest_first,
        reverse=True,
    )
    groups = series_mod.group(posts, infos)
    visible_paths = {p.source.path for p in visible}
    navs = {}
    all_series: list[Series] = []
    for group in groups:
        series, group_navs = series_mod.build(group, visible_paths, config)
        navs.update(group_navs)
        if series.posts or series.parts:
            all_series.append(series)
    canonical = _canonical_tags(visible)
    canonical_categories = _canonical_tags(visible, "categories")
    linked: list[Post] = []
    for index, post in enumerate(visible):
        newer = visible[index - 1] if index > 0 else None
        older = visible[index + 1] if index + 1 < len(visible) else None
        linked.append(
            replace(
                post,
                is_future=post.date > visibility.now,
                tags=tuple(canonical[t.slug] for t in post.tags),
                categories=tuple(canonical_categories[t.slug] for t in post.categories),
                series=navs.get(post.source.path),
                previous=older.link if older else None,
                next=newer.link if newer else None,
            )
        )
    final = {p.source.path: p for p in linked}
    all_series = [
        replace(s, posts=tuple(final[p.source.path] for p in s.posts)) for s in all_series
    ]
    tag_posts: dict[str, list[Post]] = defaultdict(list)
    for post in linked:
        for tag in post.tags:
            tag_posts[tag.slug].append(post)
    tags = tuple(
        TagGroup(canonical[slug], tuple(tag_posts[slug]))
        for slug in sorted(tag_posts, key=lambda s: (canonical[s].name.lower(), s))
    )
    category_posts: dict[str, list[Post]] = defaultdict(list)
    for post in linked:
        for category in post.categories:
            category_posts[category.slug].append(post)
    categories = tuple(
        TagGroup(canonical_categories[slug], tuple(category_posts[slug]))
        for slug in sorted(category_posts, key=lambda s: (canonical_categories[s].name.lower(), s))
    )
    shown_pages = tuple(
        sorted(
            (p for p in pages if (visibility.drafts or not p.draft) and p.written),
            key=lambda p: p.url,
        )
    )
    site = Site(
        config=config,
        posts=tuple(linked),
        pages=shown_pages,
        series=tuple(sorted(all_series, key=lambda s: s.title.lower())),
        tags=tags if config.tags_enabled else (),
        static_files=tuple(static_files),
        show_drafts=visibility.drafts,
        categories=categories if config.categories_enabled else (),
    )
    return site


def _resolve_links(
    config: SiteConfig,
    posts: Sequence[Post],
    pages: Sequence[Page],
    static_files: Sequence[StaticFile],
) -> tuple[list[Post], list[Page], list[StaticFile]]:
    """What needs every post's URL: ref/relref/post_url/link targets, and the files
    of page bundles, published beside their page (content/posts/x/a.png → <url>a.png)."""
    lookup = templates.lookup_table([*posts, *pages])

    def resolved(item: Any) -> Any:
        doc = item.document
        if templates.REF_SCHEME not in doc.html and templates.REF_SCHEME not in doc.summary_html:
            return item
        return replace(
            item,
            document=replace(
                doc,
                html=templates.resolve_refs(doc.html, lookup),
                summary_html=templates.resolve_refs(doc.summary_html, lookup),
            ),
        )

    items: list[Post | Page] = [*posts, *pages]
    bundles = {
        item.bundle: item.url
        for item in items
        if item.bundle and item.written and item.url.endswith("/")
    }
    files = list(static_files)
    if bundles:
        files = []
        for static in static_files:
            folder = static.source[: static.source.rfind("/") + 1]
            owner = (
                next((b for b in bundles if static.source.startswith(b)), None) if folder else None
            )
            if owner is None:
                files.append(static)
                continue
            folder = posixpath.dirname(urls.output_path(config, bundles[owner]))
            inside = static.source[len(owner) :]
            files.append(StaticFile(static.source, posixpath.join(folder, inside)))
    return [resolved(p) for p in posts], [resolved(p) for p in pages], files


def _canonical_tags(posts: Sequence[Post], taxonomy: str = "tags") -> dict[str, Tag]:
    """One spelling per tag slug: the one used most often (ties: the first in
    alphabetical order), so 'Social' and 'social' end up on one page."""
    spellings: dict[str, dict[Tag, int]] = defaultdict(lambda: defaultdict(int))
    for post in posts:
        for tag in getattr(post, taxonomy):
            spellings[tag.slug][tag] += 1
    return {
        slug: sorted(counts.items(), key=lambda item: (-item[1], item[0].name))[0][0]
        for slug, counts in spellings.items()
    }
