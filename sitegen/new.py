"""`sitegen new`: a starter site, and new posts with their front matter filled in."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sitegen.diagnostics import ConfigError, Diagnostic
from sitegen.slugs import slugify

STARTER_CONFIG = """\
title: {title}
description: A new blog made with sitegen.
base_url: https://example.org/
language: en
timezone: UTC
author:
  name: Your Name
posts_per_page: 10
{replies}"""

# Every post ends with a reply button that writes to this address.
REPLIES_SET = """\
replies:
  email: {email}
"""
# Without an address the posts have no reply button, though the starter post asks
# readers to tell you something: `sitegen new site` says so, and how to set it.
REPLIES_UNSET = """\
# Where readers reply: every post gets a "Reply by email" button once this is set.
# replies:
#   email: you@example.org
"""

STARTER_POST = """\
---
title: Hello, world
date: {date}
tags: [meta]
summary: The first post of a new blog, and a question for you.
social:
  mastodon: >-
    I started a blog! The first post is about why I write in public.
    What made you start writing, or what stops you?
---

This is the first post of a new blog. Write in Markdown below the front matter;
`sitegen serve` shows every change in your browser as you save.

<!-- more -->

## What comes next

I plan to write about what I learn each week. What would you like to read
about? Tell me, and I will start there.
"""

STARTER_PAGE = """\
---
title: About
menu: 1
---

Who writes here, and how to reach them.
"""


def new_site(target: Path, title: str, reply_email: str = "") -> list[Path]:
    """Write a starter site into `target`, which must be missing or empty; with
    `reply_email`, its posts start with a working reply button."""
    reply_email = reply_email.strip()
    if reply_email and ("@" not in reply_email or any(c.isspace() for c in reply_email)):
        raise ConfigError(
            [
                Diagnostic(
                    "--reply-email",
                    0,
                    0,
                    f"'{reply_email}' is not an email address",
                    hint="e.g. --reply-email you@example.org",
                )
            ]
        )
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ConfigError(
            [
                Diagnostic(
                    str(target),
                    0,
                    0,
                    f"{target} exists and is not empty",
                    hint="Choose a new folder name.",
                )
            ]
        )
    files = {
        target / "site.yaml": STARTER_CONFIG.format(
            title=json.dumps(title),
            replies=REPLIES_SET.format(email=json.dumps(reply_email))
            if reply_email
            else REPLIES_UNSET,
        ),
        target / "content" / "posts" / "hello-world.md": STARTER_POST.format(
            date=dt.date.today().isoformat()
        ),
        target / "content" / "pages" / "about.md": STARTER_PAGE,
        target / ".gitignore": "public/\n.public.sitegen-*\n.sitegen-cache/\n",
    }
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(files)


def post_text(title: str, date: dt.date, series: str | None, part: int | None) -> str:
    lines = [
        "---",
        f"title: {json.dumps(title, ensure_ascii=False)}",
        f"date: {date}",
        "draft: true",
        "tags: []",
    ]
    if series:
        lines += [f"series: {json.dumps(series, ensure_ascii=False)}", f"part: {part}"]
    lines += [
        "# Drafts of the posts that will announce this one; `sitegen lint` checks them.",
        "# social:",
        "#   mastodon: >-",
        "#     A sentence on what is in it for readers, and a question they can answer.",
        "---",
        "",
        "Write the post here. End by asking your readers something.",
        "",
    ]
    return "\n".join(lines)


MAX_SLUG = 80  # characters: a file name has room for 255 bytes, a URL reads best short


def new_post_path(site_dir: Path, title: str) -> Path:
    slug = slugify(title) or "untitled"
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rsplit("-", 1)[0] or slug[:MAX_SLUG]
    return site_dir / "content" / "posts" / f"{slug}.md"


def new_post(
    site_dir: Path, title: str, series: str | None, part: int | None
) -> tuple[Path, int | None]:
    """Write a draft post; returns its path and its part number in `series`
    (the next free one when `part` is not given)."""
    from sitegen.config import load_config

    if part is not None and series is None:
        raise ConfigError(
            [
                Diagnostic(
                    "--part",
                    0,
                    0,
                    "--part needs --series",
                    hint='e.g. --series "The four keys" --part 4',
                )
            ]
        )
    config = load_config(site_dir)
    if series and part is None:
        part = next_part(site_dir, series)
    path = new_post_path(site_dir, title)
    if path.exists():
        raise ConfigError(
            [
                Diagnostic(
                    str(path),
                    0,
                    0,
                    f"{path} already exists",
                    hint="Choose another title, or edit that file.",
                )
            ]
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    today = dt.datetime.now(config.zone).date()
    path.write_text(post_text(title, today, series, part), encoding="utf-8")
    return path, part


def next_part(site_dir: Path, series: str) -> int:
    """The part number after the highest one the series has (1 for a new series)."""
    from sitegen.build.sources import load_content
    from sitegen.config import load_config
    from sitegen.content.series import group

    config = load_config(site_dir)
    content = load_content(site_dir, config)
    wanted = slugify(series)
    for found in group(content.posts, content.series):
        if wanted in (found.slug, slugify(found.title)):
            taken = {p.series_ref.part for p in found.posts if p.series_ref and p.series_ref.part}
            return max(taken, default=0) + 1
    return 1
