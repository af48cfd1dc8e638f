"""Slugs: the URL-safe names of posts, tags, series and heading anchors."""

from __future__ import annotations

import re
import unicodedata

_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}[-_]")


def slugify(text: str) -> str:
    """Lower-case words joined by '-'. Accents are dropped (é → e); letters of
    other scripts are kept as they are, so a Japanese title still gets a slug."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = re.findall(r"[^\W_]+", kept.lower())
    return "-".join(words)


def slug_from_filename(stem: str) -> str:
    """'2026-11-02-engaging-with-people' → 'engaging-with-people'."""
    return slugify(_DATE_PREFIX.sub("", stem)) or slugify(stem)
