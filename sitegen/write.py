"""Write the built site atomically: build a new folder beside the output, then swap.

Readers of the output folder (a web server, the dev server, rsync) see either the
complete old site or the complete new one. On Linux the swap is a single
renameat2(RENAME_EXCHANGE); elsewhere it is two renames, and a leftover from an
interrupted swap is repaired by the next build.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import shutil
from collections.abc import Mapping
from pathlib import Path

from sitegen.diagnostics import ConfigError, Diagnostic

MARKER = ".sitegen-output"
MARKER_TEXT = b"Written by sitegen. This folder is replaced on every build; edit the sources.\n"
_STAGING = ".sitegen-new-"
_RETIRED = ".sitegen-old-"


def _renameat2() -> object | None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    function.restype = ctypes.c_int
    return function


_RENAMEAT2 = _renameat2()
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def exchange(a: Path, b: Path) -> bool:
    """Atomically swap two folders; False when the system cannot."""
    if _RENAMEAT2 is None:
        return False
    result = _RENAMEAT2(
        _AT_FDCWD,
        os.fsencode(a),
        _AT_FDCWD,
        os.fsencode(b),  # type: ignore[operator]
        _RENAME_EXCHANGE,
    )
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(a))


def check_output_dir(output: Path, site_dir: Path) -> None:
    """Refuse to replace a folder sitegen did not make (or the site itself)."""
    resolved, site = output.resolve(), site_dir.resolve()
    problem = ""
    if resolved == site or site.is_relative_to(resolved):
        problem = "is the site folder or contains it"
    elif resolved.is_relative_to(site / "content") or resolved.is_relative_to(site / "themes"):
        problem = "is inside content/ or themes/"
    elif output.exists() and not output.is_dir():
        problem = "is a file, not a folder"
    elif output.is_dir() and any(output.iterdir()) and not (output / MARKER).exists():
        problem = "already holds files that sitegen did not write"
    if problem:
        raise ConfigError(
            [
                Diagnostic(
                    str(output),
                    0,
                    0,
                    f"output folder {output} {problem}; refusing to replace it",
                    hint="Choose another folder with -o/--output or 'output_dir' in "
                    "site.yaml, or empty it first.",
                )
            ]
        )


def clean_leftovers(output: Path) -> None:
    """Remove staging folders of builds that were killed, and repair a swap that
    was interrupted between its two renames."""
    parent = output.parent
    if not parent.is_dir():
        return
    prefix = f".{output.name}"
    for entry in parent.iterdir():
        name = entry.name
        if not name.startswith(prefix) or not entry.is_dir():
            continue
        tag = name[len(prefix) :]
        if tag.startswith(_RETIRED) and not output.exists():
            entry.rename(output)  # the swap stopped half way: put the old site back
        elif tag.startswith((_STAGING, _RETIRED)) and not _alive(tag):
            shutil.rmtree(entry, ignore_errors=True)


def _alive(tag: str) -> bool:
    try:
        pid = int(tag.rsplit("-", 1)[1])
    except (IndexError, ValueError):
        return False
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def staging_dir(output: Path) -> Path:
    return output.parent / f".{output.name}{_STAGING}{os.getpid()}"


def write_tree(
    output: Path,
    files: Mapping[str, bytes],
    copies: Mapping[str, Path],
    links: Mapping[str, Path] | None = None,
) -> Path:
    """Write a complete new site and swap it in. `files` are new bytes, `copies`
    are files to copy, `links` are unchanged files of the previous build to
    hard-link (keeping their mtime). Returns the output folder."""
    clean_leftovers(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = staging_dir(output)
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir()
    try:
        made: set[str] = set()

        def folder_for(relative: str) -> Path:
            parent = os.path.dirname(relative)
            if parent and parent not in made:
                (staging / parent).mkdir(parents=True, exist_ok=True)
                made.add(parent)
            return staging / relative

        for relative, data in files.items():
            with open(folder_for(relative), "wb") as handle:
                handle.write(data)
        for relative, source in copies.items():
            shutil.copy2(source, folder_for(relative))
        for relative, source in (links or {}).items():
            target = folder_for(relative)
            try:
                os.link(source, target)
            except OSError:
                shutil.copy2(source, target)
        (staging / MARKER).write_bytes(MARKER_TEXT)
        _swap(staging, output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return output


def _swap(staging: Path, output: Path) -> None:
    if not output.exists():
        os.rename(staging, output)
        return
    if exchange(staging, output):
        shutil.rmtree(staging, ignore_errors=True)  # now holds the old site
        return
    retired = output.parent / f".{output.name}{_RETIRED}{os.getpid()}"
    os.rename(output, retired)
    os.rename(staging, output)
    shutil.rmtree(retired, ignore_errors=True)
