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


# Symbols that name something in a tag: C++ and C# are different languages.
_TAG_SYMBOLS = ((re.compile(r"(?<=\w)\+\+|\+\+(?=\w)"), " plus plus "),
                (re.compile(r"(?<=\w)\+"), " plus "),
                (re.compile(r"(?<=\w)#"), " sharp "),
                (re.compile(r"\s*&\s*"), " and "))  # fmt: skip


def tag_slug(name: str) -> str:
    """'C++' → 'c-plus-plus', 'C#' → 'c-sharp', 'Q&A' → 'q-and-a'; else as slugify."""
    for pattern, words in _TAG_SYMBOLS:
        name = pattern.sub(words, name)
    return slugify(name)
