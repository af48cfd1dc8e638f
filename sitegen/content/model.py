"""The site model: plain frozen dataclasses that templates and the linter read.

Everything a template can reach from a `Post` is inside the Post itself (its
series navigation and neighbours are small link objects, not other Posts), so a
post's `digest` covers everything its page can show. The incremental build
relies on that.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sitegen.config import SiteConfig


@dataclass(frozen=True)
class Heading:
    """A heading of a document, for the table of contents."""

    level: int
    id: str
    text: str


@dataclass(frozen=True)
class Document:
    """A Markdown body rendered to HTML, with what templates want to know about it."""

    html: str
    summary_html: str
    summary_text: str
    toc: tuple[Heading, ...]
    word_count: int

    @property
    def reading_time(self) -> int:
        """Minutes, at 230 words a minute, at least 1."""
        return max(1, round(self.word_count / 230))


@dataclass(frozen=True)
class BlurbText:
    """One drafted social text; `line`/`col` is where its YAML value starts."""

    text: str
    line: int
    col: int
    raw_lines: tuple[str, ...] = ()  # the YAML source lines the value spans (for positions)
    style: str | None = None


@dataclass(frozen=True)
class Blurb:
    """The drafted announcement for one platform: one text, or a thread of several."""

    platform: str  # canonical: x, mastodon, bluesky, linkedin, facebook, threads, instagram
    written_as: str  # the key used in front matter (twitter, x, …)
    texts: tuple[BlurbText, ...]
    line: int


@dataclass(frozen=True)
class LintSettings:
    """Per-file lint settings from front matter `lint: {disable: [...], reason: ...}`."""

    disable: tuple[str, ...] = ()
    reason: str = ""
    line: int = 0


@dataclass(frozen=True)
class Replies:
    """Where readers can answer this post (front matter `replies:`)."""

    mastodon: str = ""
    bluesky: str = ""
    comments: str = ""


@dataclass(frozen=True)
class Tag:
    name: str
    slug: str
    url: str


@dataclass(frozen=True)
class PostLink:
    """A small pointer to another post: enough to link to it."""

    title: str
    url: str
    date: dt.datetime
    draft: bool = False


@dataclass(frozen=True)
class SeriesPart:
    """One part of a series, written or planned."""

    part: int
    title: str
    url: str | None  # None for planned parts (and hidden drafts)
    date: dt.datetime | None
    summary: str = ""
    draft: bool = False
    planned: bool = False


@dataclass(frozen=True)
class SeriesNav:
    """What a post knows about its series (``post.series`` in templates)."""

    title: str
    slug: str
    url: str
    feed_url: str
    part: int
    part_label: str  # e.g. "Key #3" from the series' part_title, or "Part 3"
    total: int  # planned total when known, else the highest part number
    parts: tuple[SeriesPart, ...]  # every part, written and planned, in order
    previous: SeriesPart | None
    next: SeriesPart | None  # the next written part, or the next planned one
    planned: tuple[SeriesPart, ...]
    is_complete: bool


@dataclass(frozen=True)
class SourceRef:
    """Where a piece of content came from."""

    path: str  # relative to the site folder, with forward slashes
    body_line: int  # the file line the Markdown body starts on
    digest: str  # hash of the file's bytes
    positions: dict[str, int] = field(default_factory=dict, compare=False)  # key → line
    title_col: int = 1  # column where the title's text starts (after any quote)


@dataclass(frozen=True)
class SeriesRef:
    """A post's claim to be part `part` of series `name` (as written)."""

    name: str
    part: int | None
    line: int
    part_line: int


@dataclass(frozen=True)
class Post:
    source: SourceRef
    title: str
    slug: str
    date: dt.datetime
    updated: dt.datetime | None
    tags: tuple[Tag, ...]
    draft: bool
    body: str  # the Markdown text as written
    document: Document
    url: str
    series_ref: SeriesRef | None
    social: tuple[Blurb, ...]
    lint: LintSettings
    replies: Replies
    image: str
    extra: dict[str, Any]
    # What the peers' keys say (see frontmatter.POST_ALIASES):
    categories: tuple[Tag, ...] = ()
    authors: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()  # old URLs that get a redirect page to this one
    show_toc: bool = False
    math: bool = False
    layout: str = ""
    weight: int = 0
    publish: dt.datetime | None = None  # hidden before (publishdate)
    expires: dt.datetime | None = None  # hidden from (expirydate)
    written: bool = True  # False: read but not written (Eleventy's permalink: false)
    bundle: str = ""  # a page bundle's folder (content/posts/x/): its files go beside the page
    # Filled in when the site is assembled:
    is_future: bool = False
    series: SeriesNav | None = None
    previous: PostLink | None = None  # older
    next: PostLink | None = None  # newer

    @property
    def content(self) -> str:
        return self.document.html

    @property
    def summary(self) -> str:
        """Summary as HTML: front matter `summary`, text before <!-- more -->, or the
        first paragraph."""
        return self.document.summary_html

    @property
    def description(self) -> str:
        """Plain-text summary for meta tags."""
        return self.document.summary_text

    @property
    def toc(self) -> tuple[Heading, ...]:
        return self.document.toc

    @property
    def word_count(self) -> int:
        return self.document.word_count

    @property
    def reading_time(self) -> int:
        return self.document.reading_time

    @property
    def link(self) -> PostLink:
        return PostLink(self.title, self.url, self.date, self.draft)


@dataclass(frozen=True)
class Page:
    source: SourceRef
    title: str
    slug: str
    date: dt.datetime | None
    updated: dt.datetime | None
    draft: bool
    body: str
    document: Document
    url: str
    menu: int | None  # position in the site menu, or None to stay out of it
    template: str
    lint: LintSettings
    image: str
    extra: dict[str, Any]
    aliases: tuple[str, ...] = ()
    show_toc: bool = False
    math: bool = False
    written: bool = True
    bundle: str = ""

    @property
    def content(self) -> str:
        return self.document.html

    @property
    def summary(self) -> str:
        return self.document.summary_html

    @property
    def description(self) -> str:
        return self.document.summary_text

    @property
    def toc(self) -> tuple[Heading, ...]:
        return self.document.toc


@dataclass(frozen=True)
class PlannedPart:
    part: int
    title: str
    date: dt.datetime | None
    line: int


@dataclass(frozen=True)
class SeriesInfo:
    """What content/series/<slug>.md says about a series."""

    source: SourceRef
    slug: str
    title: str
    description: str
    parts: int | None
    planned: tuple[PlannedPart, ...]
    part_title: str
    document: Document


@dataclass(frozen=True)
class Series:
    """A series as readers see it: its posts (visible ones) in part order."""

    slug: str
    title: str
    description: str
    url: str
    feed_url: str
    intro: Document | None
    posts: tuple[Post, ...]  # visible parts, in part order
    parts: tuple[SeriesPart, ...]  # all parts, written (visible) and planned
    total: int
    published: int
    is_complete: bool
    part_title: str
    source: SourceRef | None


@dataclass(frozen=True)
class TagGroup:
    tag: Tag
    posts: tuple[Post, ...]  # newest first


@dataclass(frozen=True)
class StaticFile:
    """A file under content/ that is copied as is."""

    source: str  # relative to the site folder
    output: str  # relative to the output folder


@dataclass(frozen=True)
class Site:
    config: SiteConfig
    posts: tuple[Post, ...]  # visible posts, newest first
    pages: tuple[Page, ...]
    series: tuple[Series, ...]
    tags: tuple[TagGroup, ...]  # sorted by name
    static_files: tuple[StaticFile, ...]
    show_drafts: bool = False
    categories: tuple[TagGroup, ...] = ()  # the second taxonomy, when configured

    @property
    def menu(self) -> tuple[Page, ...]:
        return tuple(
            sorted(
                (p for p in self.pages if p.menu is not None), key=lambda p: (p.menu or 0, p.title)
            )
        )
