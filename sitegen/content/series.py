"""Series: match posts to series, order their parts and merge planned parts.

Everything here is pure. `group` works on all posts (drafts included) so that the
linter's series rules (sitegen.lint.rules.series) see numbering problems before
anything is published; `build` makes what readers see from the visible posts only.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sitegen.config import SiteConfig
from sitegen.content import urls
from sitegen.content.model import (
    PlannedPart,
    Post,
    Series,
    SeriesInfo,
    SeriesNav,
    SeriesPart,
)
from sitegen.diagnostics import did_you_mean
from sitegen.slugs import slugify


@dataclass(frozen=True)
class SeriesGroup:
    """All posts that claim a series (drafts and future ones included)."""

    slug: str
    title: str
    info: SeriesInfo | None
    posts: tuple[Post, ...]  # sorted by part number
    suggestion: str = ""  # "did you mean …?" when no series file matches but one is close

    def numbered(self) -> list[tuple[int, Post]]:
        return [(p.series_ref.part, p) for p in self.posts if p.series_ref and p.series_ref.part]


def group(posts: Iterable[Post], infos: Sequence[SeriesInfo]) -> list[SeriesGroup]:
    """Match each post's `series:` to a series file (by slug or title) or, without
    one, to the other posts naming the same series."""
    by_key: dict[str, SeriesInfo] = {}
    for declared in infos:
        by_key[declared.slug] = declared
        by_key.setdefault(slugify(declared.title), declared)
    members: dict[str, list[Post]] = defaultdict(list)
    titles: dict[str, str] = {}
    for post in posts:
        ref = post.series_ref
        if ref is None:
            continue
        key = slugify(ref.name)
        info = by_key.get(key)
        slug = info.slug if info else key
        members[slug].append(post)
        titles.setdefault(slug, info.title if info else ref.name)
    for declared in infos:
        if declared.slug not in members:
            members[declared.slug] = []
            titles[declared.slug] = declared.title
    groups = []
    for slug in sorted(members):
        found = next((i for i in infos if i.slug == slug), None)
        suggestion = ""
        if found is None and infos:
            suggestion = did_you_mean(titles[slug], [i.title for i in infos]) or did_you_mean(
                slug, by_key
            )
        ordered = sorted(members[slug], key=_part_order)
        groups.append(SeriesGroup(slug, titles[slug], found, tuple(ordered), suggestion))
    return groups


def _part_order(post: Post) -> tuple[int, dt.datetime, str]:
    part = post.series_ref.part if post.series_ref and post.series_ref.part else 10**9
    return (part, post.date, post.source.path)


def _part_title(info: SeriesInfo | None, part: int) -> str:
    if info and info.part_title:
        return info.part_title.replace("{part}", str(part))
    return f"Part {part}"


def build(
    group: SeriesGroup, visible: set[str], config: SiteConfig
) -> tuple[Series, dict[str, SeriesNav]]:
    """The reader's view of one series: visible parts merged with planned ones,
    and each visible post's navigation (keyed by source path). `visible` holds the
    source paths of the posts readers can see."""
    info = group.info
    shown = [
        p for p in group.posts if p.source.path in visible and p.series_ref and p.series_ref.part
    ]
    written = {p.series_ref.part: p for p in reversed(shown) if p.series_ref and p.series_ref.part}
    planned: dict[int, PlannedPart] = {}
    for plan in info.planned if info else ():
        if plan.part not in written:
            planned.setdefault(plan.part, plan)
    parts: list[SeriesPart] = []
    for number in sorted({*written, *planned}):
        if number in written:
            post = written[number]
            parts.append(
                SeriesPart(number, post.title, post.url, post.date, post.description, post.draft)
            )
        else:
            plan = planned[number]
            parts.append(SeriesPart(number, plan.title, None, plan.date, planned=True))
    highest = max((p.part for p in parts), default=0)
    total = max(info.parts or 0, highest) if info else highest
    url = urls.series_url(config, group.slug)
    feed_url = url + "atom.xml"
    published = sum(1 for p in parts if not p.planned and not p.draft)
    complete = not planned and published == total and total > 0
    upcoming = tuple(p for p in parts if p.planned)
    navs: dict[str, SeriesNav] = {}
    for post in shown:
        ref = post.series_ref
        if ref is None or ref.part is None or written.get(ref.part) is not post:
            continue
        number = ref.part
        earlier = [p for p in parts if p.part < number and not p.planned]
        later = [p for p in parts if p.part > number]
        navs[post.source.path] = SeriesNav(
            title=group.title,
            slug=group.slug,
            url=url,
            feed_url=feed_url,
            part=number,
            part_label=_part_title(info, number),
            total=total,
            parts=tuple(parts),
            previous=earlier[-1] if earlier else None,
            next=later[0] if later else None,
            planned=upcoming,
            is_complete=complete,
        )
    series = Series(
        slug=group.slug,
        title=group.title,
        description=info.description if info else "",
        url=url,
        feed_url=feed_url,
        intro=info.document if info else None,
        posts=tuple(written[n] for n in sorted(written)),
        parts=tuple(parts),
        total=total,
        published=published,
        is_complete=complete,
        part_title=info.part_title if info else "",
        source=info.source if info else None,
    )
    return series, navs
