"""Incremental builds: whether the last build is still current, and which outputs are
unchanged since it (same fingerprint, and the file on disk still the one written)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from sitegen.build.cache import OutputRecord, digest
from sitegen.content.model import StaticFile
from sitegen.diagnostics import Diagnostic


def state_digest(
    salt: str,
    keys: list[str],
    static: list[StaticFile],
    site_dir: Path,
    found: list[Diagnostic],
) -> str:
    """A hash of everything a build reads: if it is the same as last time, so is
    the site. `found` are the problems met while finding the files (a symlink
    skipped): they are part of what the build reports."""
    stats = []
    for file in static:
        try:
            info = (site_dir / file.source).stat()
        except OSError:
            continue
        stats.append(f"{file.source}|{info.st_size}|{info.st_mtime_ns}|{info.st_ctime_ns}")
    return digest(salt, *keys, *stats, *map(repr, found))


def still_current(
    last: Any, state: str, now: dt.datetime, output: Path, previous: dict[str, OutputRecord]
) -> bool:
    """Whether the last build read exactly this, no post has become due since, and
    its output is still there as it was written."""
    from sitegen.build.output import is_ours

    if not last or last.get("state") != state or not previous:
        return False
    due = last.get("next_change")
    if due is not None and now >= due:
        return False
    if not is_ours(output):
        return False
    for path, record in previous.items():
        try:
            info = (output / path).stat()
        except OSError:
            return False
        if info.st_size != record.size or info.st_mtime_ns != record.mtime_ns:
            return False
    return True


def unchanged(
    output: Path, previous: dict[str, OutputRecord], fingerprints: dict[str, str]
) -> set[str]:
    """Outputs whose fingerprint is the same as last time and whose file in the
    output folder is still the one sitegen wrote (same size and mtime)."""
    kept = set()
    base = str(output)
    for path, fingerprint in fingerprints.items():
        record = previous.get(path)
        if record is None or record.fingerprint != fingerprint:
            continue
        try:
            stat = os.stat(os.path.join(base, path))
        except OSError:
            continue
        if stat.st_size == record.size and stat.st_mtime_ns == record.mtime_ns:
            kept.add(path)
    return kept
