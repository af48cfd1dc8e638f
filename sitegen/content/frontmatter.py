"""Front matter: split it from the body, and the schema of each kind of file.

The dataclasses below are the complete list of keys a post, page or series file
may have; anything else is an error with a "did you mean …?" hint.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from sitegen.diagnostics import Diagnostic

DateValue = dt.datetime | dt.date


def _not_blank(value: str) -> str:
    return "" if value.strip() else "is empty; every post and page needs a title"


def _web_address(value: str) -> str:
    """Reply links must be web addresses: a javascript: URL would run in the page."""
    if not value or value.lower().startswith(("https://", "http://")):
        return ""
    return f"'{value}' is not a web address (https://…)"


_TITLE = {"check": _not_blank, "hint": 'Write the title between quotes: title: "…".'}
_URL = {"check": _web_address, "hint": "Give the https:// address of the post or thread."}


@dataclass(frozen=True)
class LintMeta:
    disable: list[str] = field(default_factory=list)
    reason: str = ""


@dataclass(frozen=True)
class RepliesMeta:
    mastodon: str = field(default="", metadata=_URL)  # the Mastodon post announcing this one
    bluesky: str = field(default="", metadata=_URL)  # the Bluesky post
    comments: str = field(default="", metadata=_URL)  # any other place to reply (forum …)


Author = str | list[str] | dict[str, Any]
Image = str | list[str] | dict[str, Any]


@dataclass(frozen=True)
class PostMeta:
    """A post's front matter. Keys the peers use for the same thing are read as the
    field they mean (see `POST_ALIASES` and the README's table)."""

    title: str = field(default="", metadata=_TITLE)  # default: from the file name (Jekyll)
    date: DateValue | None = None  # default: the file name's YYYY-MM-DD- prefix
    updated: DateValue | None = None
    slug: str = ""
    summary: str = ""
    tags: list[str] | str = field(default_factory=list)
    categories: list[str] | str = field(default_factory=list)
    author: Author = ""
    authors: list[str] | str = field(default_factory=list)
    draft: bool = False
    published: bool = True  # Jekyll's `published: false` is a draft
    publishdate: DateValue | None = None  # hidden until then, like a future post
    expirydate: DateValue | None = None  # hidden from then on
    aliases: list[str] | str = field(default_factory=list)  # old URLs that redirect here
    url: str | bool = ""  # the post's own URL, kept exactly; false: not written (Eleventy)
    series: str | list[str] | None = None
    part: int | None = None
    series_weight: int | None = None  # Hugo's name for `part`
    series_index: int | None = None  # Pelican's name for `part`
    social: dict[str, Any] = field(default_factory=dict)
    lint: LintMeta = field(default_factory=LintMeta)
    replies: RepliesMeta = field(default_factory=RepliesMeta)
    image: Image = ""
    toc: bool = False
    math: bool = False  # render $…$ and $$…$$ with the site's math engine
    layout: str = ""  # a template name (post.html when not found in the theme)
    weight: int = 0
    taxonomies: dict[str, list[str]] = field(default_factory=dict)  # Zola's [taxonomies]
    extra: dict[str, Any] = field(default_factory=dict)


# Peer key → PostMeta field. Keys are compared in lower case (Hugo's `Title:`).
POST_ALIASES = {
    "description": "summary",
    "excerpt": "summary",
    "category": "categories",
    "lastmod": "updated",
    "last_modified_at": "updated",
    "modified": "updated",
    "publish_date": "publishdate",
    "expirydate": "expirydate",
    "expiry_date": "expirydate",
    "redirect_from": "aliases",
    "permalink": "url",
    "path": "url",
    "images": "image",
    "cover": "image",
    "mathjax": "math",
    "katex": "math",
    "params": "extra",
}


@dataclass(frozen=True)
class PageMeta:
    title: str = field(metadata=_TITLE)
    date: DateValue | None = None
    updated: DateValue | None = None
    slug: str = ""
    summary: str = ""
    draft: bool = False
    menu: int | str | dict[str, Any] | None = None  # position, or Hugo's `menu: main`
    template: str = "page.html"
    lint: LintMeta = field(default_factory=LintMeta)
    image: Image = ""
    author: Author = ""
    aliases: list[str] | str = field(default_factory=list)
    url: str | bool = ""
    toc: bool = False
    math: bool = False
    layout: str = ""
    weight: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


PAGE_ALIASES = {
    "description": "summary",
    "excerpt": "summary",
    "lastmod": "updated",
    "last_modified_at": "updated",
    "redirect_from": "aliases",
    "permalink": "url",
    "path": "url",
    "images": "image",
    "cover": "image",
    "mathjax": "math",
    "params": "extra",
}


@dataclass(frozen=True)
class PlannedMeta:
    part: int
    title: str
    date: DateValue | None = None


@dataclass(frozen=True)
class SeriesMeta:
    title: str
    description: str = ""
    parts: int | None = None  # planned total
    planned: list[PlannedMeta] = field(default_factory=list)
    part_title: str = ""  # e.g. "Key #{part}"
    slug: str = ""


FrontMatterFormat = Literal["yaml", "toml", "pelican"]


@dataclass(frozen=True)
class Split:
    """A file cut into its front matter and body."""

    front_matter: str | None  # None when the file has none
    first_line: int  # file line where the front matter text starts
    body: str
    body_line: int  # file line where the body starts
    format: FrontMatterFormat = "yaml"  # YAML '---', TOML '+++' or Pelican 'Key: value'


# Pelican's (and MultiMarkdown's) metadata: 'Key: value' lines up to the first blank line.
_PELICAN_KEY = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*:(\s|$)")
_FENCES = {"---": ("---", "..."), "+++": ("+++",)}


def split(text: str, path: str) -> tuple[Split, list[Diagnostic]]:
    """Cut the front matter from the body: YAML between '---' lines, TOML between
    '+++' lines (Hugo, Zola), or Pelican's 'Key: value' header ended by a blank line.
    Pure; positions are 1-based lines."""
    # Lines end at \n only, as editors and CommonMark count them (str.splitlines
    # would also break at \u2028 and form feeds and miscount every line after).
    lines = text.split("\n")
    fence = lines[0].rstrip()
    if fence not in _FENCES:
        return _split_pelican(text, lines), []
    for index in range(1, len(lines)):
        if lines[index].rstrip() in _FENCES[fence]:
            return (
                Split(
                    front_matter="".join(line + "\n" for line in lines[1:index]),
                    first_line=2,
                    body="\n".join(lines[index + 1 :]),
                    body_line=index + 2,
                    format="toml" if fence == "+++" else "yaml",
                ),
                [],
            )
    return Split(None, 1, text, 1), [
        Diagnostic(
            path,
            1,
            1,
            f"front matter starts with '{fence}' but is never closed",
            hint=f"Add a line with just '{fence}' after the last front matter key.",
        )
    ]


def _split_pelican(text: str, lines: list[str]) -> Split:
    """Pelican's header: the first line is 'Key: value'; the header runs to the first
    blank line. Anything else is a file without front matter."""
    if not _PELICAN_KEY.match(lines[0]):
        return Split(None, 1, text, 1)
    end = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    header = lines[:end]
    skip = 1  # the blank line after the header
    # Continuation lines (indented) belong to the key above. Another line that is not
    # 'Key: value' ends the header there, as Pelican's Markdown reader has it, when the
    # lines above are a header (a title and at least one more key); otherwise this was
    # prose after all.
    other = next(
        (
            i
            for i, line in enumerate(header)
            if not (_PELICAN_KEY.match(line) or line[:1].isspace())
        ),
        None,
    )
    if other is not None:
        keys = {line.split(":", 1)[0].strip().lower() for line in header[:other]}
        if other < 2 or "title" not in keys:
            return Split(None, 1, text, 1)
        end, skip, header = other, 0, header[:other]
    # A header that runs to the end of the file has no line break after its last line.
    front_matter = "\n".join(header) + ("\n" if end < len(lines) else "")
    return Split(
        front_matter=front_matter,
        first_line=1,
        body="\n".join(lines[end + skip :]),
        body_line=min(end + 1 + skip, len(lines)),
        format="pelican",
    )
