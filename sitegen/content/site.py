"""Assemble the Site: choose what is visible, link neighbours, build series and tags."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sitegen.config import SiteConfig
from sitegen.content import series as series_mod
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
    visible = sorted(
        (
            p
            for p in posts
            if (visibility.drafts or not p.draft)
            and (visibility.future or not p.date > visibility.now)
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
    linked: list[Post] = []
    for index, post in enumerate(visible):
        newer = visible[index - 1] if index > 0 else None
        older = visible[index + 1] if index + 1 < len(visible) else None
        linked.append(
            replace(
                post,
                is_future=post.date > visibility.now,
                tags=tuple(canonical[t.slug] for t in post.tags),
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
    shown_pages = tuple(
        sorted((p for p in pages if visibility.drafts or not p.draft), key=lambda p: p.url)
    )
    site = Site(
        config=config,
        posts=tuple(linked),
        pages=shown_pages,
        series=tuple(sorted(all_series, key=lambda s: s.title.lower())),
        tags=tags if config.tags_enabled else (),
        static_files=tuple(static_files),
        show_drafts=visibility.drafts,
    )
    return site


def _canonical_tags(posts: Sequence[Post]) -> dict[str, Tag]:
    """One spelling per tag slug: the one used most often (ties: the first in
    alphabetical order), so 'Social' and 'social' end up on one page."""
    spellings: dict[str, dict[Tag, int]] = defaultdict(lambda: defaultdict(int))
    for post in posts:
        for tag in post.tags:
            spellings[tag.slug][tag] += 1
    return {
        slug: sorted(counts.items(), key=lambda item: (-item[1], item[0].name))[0][0]
        for slug, counts in spellings.items()
    }
