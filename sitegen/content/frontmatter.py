"""Front matter: split it from the body, and the schema of each kind of file.

The dataclasses below are the complete list of keys a post, page or series file
may have; anything else is an error with a "did you mean …?" hint.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

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


@dataclass(frozen=True)
class PostMeta:
    title: str = field(metadata=_TITLE)
    date: DateValue
    updated: DateValue | None = None
    slug: str = ""
    summary: str = ""
    tags: list[str] | str = field(default_factory=list)
    draft: bool = False
    series: str | list[str] | None = None
    part: int | None = None
    series_weight: int | None = None  # Hugo's name for `part`
    series_index: int | None = None  # Pelican's name for `part`
    social: dict[str, Any] = field(default_factory=dict)
    lint: LintMeta = field(default_factory=LintMeta)
    replies: RepliesMeta = field(default_factory=RepliesMeta)
    image: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PageMeta:
    title: str = field(metadata=_TITLE)
    date: DateValue | None = None
    updated: DateValue | None = None
    slug: str = ""
    summary: str = ""
    draft: bool = False
    menu: int | None = None  # position in the site menu
    template: str = "page.html"
    lint: LintMeta = field(default_factory=LintMeta)
    image: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


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


@dataclass(frozen=True)
class Split:
    """A file cut into its front matter and body."""

    front_matter: str | None  # None when the file has none
    first_line: int  # file line where the front matter text starts
    body: str
    body_line: int  # file line where the body starts


def split(text: str, path: str) -> tuple[Split, list[Diagnostic]]:
    """Cut `---` front matter from the body. Pure; positions are 1-based lines."""
    # Lines end at \n only, as editors and CommonMark count them (str.splitlines
    # would also break at \u2028 and form feeds and miscount every line after).
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return Split(None, 1, text, 1), []
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return (
                Split(
                    front_matter="".join(line + "\n" for line in lines[1:index]),
                    first_line=2,
                    body="\n".join(lines[index + 1 :]),
                    body_line=index + 2,
                ),
                [],
            )
    return Split(None, 1, text, 1), [
        Diagnostic(
            path,
            1,
            1,
            "front matter starts with '---' but is never closed",
            hint="Add a line with just '---' after the last front matter key.",
        )
    ]
