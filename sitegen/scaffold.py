"""`sitegen new`: a starter site, and new posts with their front matter filled in."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

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


def new_site(target: Path, title: str) -> list[Path]:
    """Write a starter site into `target` (which must be missing or empty)."""
    files = {
        target / "site.yaml": STARTER_CONFIG.format(title=json.dumps(title)),
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


def new_post_path(site_dir: Path, title: str) -> Path:
    slug = slugify(title) or "untitled"
    return site_dir / "content" / "posts" / f"{slug}.md"
