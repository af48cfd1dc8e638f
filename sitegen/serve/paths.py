"""Map a request path to a file inside the output folder, and nothing outside it.

Refused (None): `..` segments, percent-encoded dots, slashes and backslashes (even
when encoded twice), backslashes, NUL bytes, and anything whose real path (after
symbolic links) is not inside the output folder.
"""

from __future__ import annotations

import os
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote

_ENCODED_SEPARATOR = re.compile(r"%(?:2e|2f|5c|25|00)", re.IGNORECASE)


def resolve(root: Path, request_path: str) -> Path | None:
    """The file that serves `request_path` (a folder means its index.html)."""
    raw = request_path.split("?", 1)[0].split("#", 1)[0]
    if _ENCODED_SEPARATOR.search(raw):
        return None  # %2e %2f %5c, or %25 for a second round of encoding
    path = unquote(raw, errors="strict") if "%" in raw else raw
    if "\\" in path or "\x00" in path or not path.startswith("/"):
        return None
    segments = path.split("/")
    if any(s in (".", "..") for s in segments):
        return None
    relative = posixpath.normpath(path.lstrip("/")) if path.strip("/") else ""
    if relative.startswith(("/", "..")):
        return None
    candidate = root / relative if relative else root
    try:
        real_root = root.resolve(strict=True)
        real = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not real.is_relative_to(real_root):
        return None  # a symbolic link that points outside
    if real.is_dir():
        index = real / "index.html"
        if not index.is_file() or not index.resolve().is_relative_to(real_root):
            return None
        return index
    return real if real.is_file() else None


def needs_slash(root: Path, request_path: str) -> bool:
    """'/posts/x' names a folder: the browser should be sent to '/posts/x/'."""
    raw = request_path.split("?", 1)[0]
    if raw.endswith("/"):
        return False
    found = resolve(root, raw + "/")
    return found is not None and os.path.basename(found) == "index.html"
