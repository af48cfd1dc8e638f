"""Write the built site atomically, touching only what changed.

The output folder is double-buffered. Next to `public/` sitegen keeps
`.public.sitegen-previous/`, the site as it was one build ago. A build brings that
folder up to date (unchanged files become hard links to the live ones, changed
files are written under a temporary name and renamed into place, stale ones are
removed) and then swaps the two folders with one renameat2(RENAME_EXCHANGE). Readers
of `public/` (a web server, rsync, the dev server) see either the complete old site
or the complete new one, and a build that is killed half way leaves `public/` as it
was. Files whose bytes did not change keep their inode and mtime.

Nothing of sitegen's own is left inside `public/`, which is what gets deployed.
Beside it, `.public.sitegen-output` says the folder is sitegen's: it names the
folder (and its back buffer) by device and inode, so a folder put in its place by
hand is not replaced. Builds take turns through a lock on the parent folder itself,
which leaves no lock file behind.

Where the system cannot swap two folders atomically, two renames are used, and a
swap interrupted between them is repaired by the next build.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import fcntl
import itertools
import os
import shutil
from collections.abc import Callable, Iterator, Mapping
from functools import partial
from pathlib import Path

from sitegen.diagnostics import ConfigError, Diagnostic

MARKER = ".sitegen-output"  # beside the output folder: .public.sitegen-output
MARKER_TEXT = b"Written by sitegen. The folder beside this file is replaced on every build.\n"
_PREVIOUS = ".sitegen-previous"
_STAGING = ".sitegen-new-"
_RETIRED = ".sitegen-old-"
_TEMPORARY = ".sitegen-tmp"
_NUMBERS = itertools.count()


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
    result = _RENAMEAT2(  # type: ignore[operator]
        _AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE
    )
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(a))


def check_output_dir(output: Path, site_dir: Path) -> None:
    """Refuse to replace a folder sitegen did not make (or the site itself)."""
    resolved, site = Path(os.path.realpath(output)), site_dir.resolve()
    problem = ""
    if resolved == site or site.is_relative_to(resolved):
        problem = "is the site folder or contains it"
    elif resolved.is_relative_to(site / "content") or resolved.is_relative_to(site / "themes"):
        problem = "is inside content/ or themes/"
    elif output.is_symlink() and not output.exists():
        problem = "is a symbolic link that is broken or loops"
    elif output.exists() and not output.is_dir():
        problem = "is a file, not a folder"
    elif output.is_dir() and any(output.iterdir()) and not is_ours(output):
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


def previous_dir(output: Path) -> Path:
    return output.parent / f".{output.name}{_PREVIOUS}"


def marker_path(output: Path) -> Path:
    return output.parent / f".{output.name}{MARKER}"


def _identity(folder: Path) -> str:
    info = os.stat(folder)
    return f"{info.st_dev}:{info.st_ino}"


_XATTR = "user.sitegen"  # on the folder itself, where the file system keeps them


def is_ours(output: Path) -> bool:
    """Whether sitegen wrote `output`: the marker beside it names this very folder by
    device and inode and, where the file system keeps extended attributes, the folder
    carries sitegen's (a folder made again in its place can reuse the inode number).
    Earlier versions kept the marker inside the folder; that one is still accepted,
    and the next build removes it."""
    output = Path(os.path.realpath(output))  # a symlinked output: the folder it names
    try:
        named = marker_path(output).read_text(encoding="utf-8").split()
        if _identity(output) not in named:
            return False
    except (OSError, UnicodeDecodeError):
        return (output / MARKER).is_file()
    try:
        os.getxattr(output, _XATTR)
    except (AttributeError, OSError) as error:
        return getattr(error, "errno", None) != errno.ENODATA  # unsupported: inode only
    return True


def _mark(output: Path, *folders: Path) -> None:
    """Name `folders` as sitegen's beside `output` (before a swap: both buffers, so a
    build killed between the swap and this file still finds its own folder)."""
    present = [f for f in folders if f.is_dir()]
    for folder in present:
        with contextlib.suppress(AttributeError, OSError):
            os.setxattr(folder, _XATTR, b"output")
    text = MARKER_TEXT + " ".join(sorted(_identity(f) for f in present)).encode() + b"\n"
    marker = marker_path(output)
    try:
        unchanged = marker.read_bytes() == text  # the two buffers swap; the pair stays
    except OSError:
        unchanged = False
    if unchanged:
        for leftover in marker.parent.glob(f"{marker.name}.*{_TEMPORARY}"):
            with contextlib.suppress(OSError):  # from a build killed while writing it
                leftover.unlink()
        return
    _replace(marker, lambda tmp: tmp.write_bytes(text))


@contextlib.contextmanager
def _locked(output: Path) -> Iterator[None]:
    """One build at a time writes to an output folder: a lock on the folder that
    holds it (a lock file would be left beside the deployed folder)."""
    output.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(output.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
    finally:
        os.close(handle)


def clean_leftovers(output: Path) -> None:
    """Repair a swap that was interrupted between its two renames, and remove the
    folders of builds that were killed."""
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
        elif tag.startswith((_STAGING, _RETIRED)):
            shutil.rmtree(entry, ignore_errors=True)


def _replace(path: Path, write: Callable[[Path], object]) -> None:
    """Put a new file at `path` without ever changing the file that was there."""
    # The start of the file's name, kept short: the whole name plus a suffix could
    # pass the file system's 255-byte limit.
    temporary = path.with_name(f"{path.name[:60]}.{os.getpid()}-{next(_NUMBERS)}{_TEMPORARY}")
    write(temporary)
    os.replace(temporary, path)


def _copy(source: Path, target: Path) -> None:
    shutil.copy2(source, target)


def _same_file(a: Path, b: Path) -> bool:
    try:
        first, second = a.stat(), b.stat()
    except OSError:
        return False
    return (first.st_ino, first.st_dev) == (second.st_ino, second.st_dev)


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        if path.stat().st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def _sync(
    back: Path,
    front: Path | None,
    files: Mapping[str, bytes],
    copies: Mapping[str, Path],
    reused: set[str],
) -> None:
    """Make `back` hold exactly the new site. Files that are the same as in `front`
    become hard links to them."""
    made: set[str] = set()

    def parent_of(relative: str) -> None:
        folder = os.path.dirname(relative)
        if folder and folder not in made:
            (back / folder).mkdir(parents=True, exist_ok=True)
            made.add(folder)

    def link(relative: str, source: Path) -> None:
        target = back / relative
        if _same_file(target, source):
            return
        parent_of(relative)
        try:
            _replace(target, lambda tmp: os.link(source, tmp))
        except OSError:
            _replace(target, lambda tmp: shutil.copy2(source, tmp))

    def write(relative: str, data: bytes) -> None:
        parent_of(relative)
        _replace(back / relative, lambda tmp: tmp.write_bytes(data))

    for relative in reused:
        if front is not None:
            link(relative, front / relative)
    for relative, data in files.items():
        if front is not None and _same_bytes(front / relative, data):
            link(relative, front / relative)  # same bytes: keep the file and its mtime
        else:
            write(relative, data)
    for relative, source in copies.items():
        parent_of(relative)
        try:
            _replace(back / relative, partial(_copy, source))
        except FileNotFoundError:
            if source.exists():
                raise
            # Gone since the folder was listed (an editor's temporary file): the
            # next build, which its removal starts, no longer lists it.
    _remove_others(back, {*files, *copies, *reused})


def _remove_others(root: Path, keep: set[str]) -> None:
    """Delete every file under `root` not in `keep`, and folders that hold none."""
    folders = {""}
    for relative in keep:
        parts = relative.split("/")[:-1]
        for depth in range(1, len(parts) + 1):
            folders.add("/".join(parts[:depth]))
    base = str(root)
    for folder, dirs, names in os.walk(base, topdown=False):
        relative_folder = folder[len(base) + 1 :]
        prefix = relative_folder + "/" if relative_folder else ""
        for name in names:
            if prefix + name not in keep:
                os.unlink(os.path.join(folder, name))
        for name in dirs:
            if prefix + name not in folders:
                path = os.path.join(folder, name)
                if os.path.islink(path):
                    os.unlink(path)
                else:
                    shutil.rmtree(path, ignore_errors=True)


def write_site(
    output: Path,
    files: Mapping[str, bytes],
    copies: Mapping[str, Path],
    reused: set[str] | None = None,
) -> None:
    """Make `output` hold exactly: `files` (new bytes), `copies` (files to copy) and
    `reused` (files of the current output that stay as they are), atomically.

    An output folder that is a symbolic link (public → /var/www/site) stays a link:
    the swap happens beside the folder it points to."""
    if output.is_symlink():
        output = Path(os.path.realpath(output))
    with _locked(output):
        clean_leftovers(output)
        back = previous_dir(output)
        if not output.exists():
            staging = output.parent / f".{output.name}{_STAGING}{os.getpid()}"
            shutil.rmtree(staging, ignore_errors=True)
            staging.mkdir()
            try:
                _sync(staging, None, files, copies, set())
                _mark(output, staging)
                os.rename(staging, output)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            return
        if back.exists() and (back.is_symlink() or not back.is_dir()):
            back.unlink()
        back.mkdir(exist_ok=True)
        try:
            _sync(back, output, files, copies, reused or set())
        except OSError:
            # Half brought up to date, it is worth nothing, and on a full disk it
            # holds the space the next build needs: the next build makes it anew.
            shutil.rmtree(back, ignore_errors=True)
            raise
        _mark(output, output, back)
        _swap(back, output)


def write_failed(output: Path, error: OSError) -> Diagnostic:
    """What to tell the user when the output could not be written."""
    where = Path(error.filename) if error.filename else output
    if error.errno == errno.ENOSPC:
        try:
            free = shutil.disk_usage(output.parent).free / 1_000_000
            room = f" ({free:.0f} MB free)"
        except OSError:
            room = ""
        return Diagnostic(
            str(output),
            0,
            0,
            f"the disk is full{room}; {output} was left as it was",
            hint="Free some space (the site needs about twice its size while it is "
            "swapped in) or build elsewhere with -o.",
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Diagnostic(
            str(output),
            0,
            0,
            f"cannot write {where}: {error.strerror.lower() if error.strerror else error}",
            hint="Make the output folder and the folder that holds it writable, or build "
            "elsewhere with -o.",
        )
    return Diagnostic(
        str(output),
        0,
        0,
        f"cannot write {where}: {error.strerror or error}",
        hint="Check the output folder, or build elsewhere with -o.",
    )


def _swap(back: Path, output: Path) -> None:
    if exchange(back, output):
        return
    retired = output.parent / f".{output.name}{_RETIRED}{os.getpid()}"
    os.rename(output, retired)
    os.rename(back, output)
    os.rename(retired, back)


def update_in_place(
    output: Path,
    files: Mapping[str, bytes],
    copies: Mapping[str, Path],
    keep: set[str],
    previous: set[str] | None,
) -> None:
    """Bring `output` to the new site by replacing only what changed (each file is
    replaced atomically, not the folder as a whole). For the dev server, whose own
    requests wait while this runs; `sitegen build` uses `write_site`."""
    with _locked(output):
        output.mkdir(parents=True, exist_ok=True)
        for relative, data in files.items():
            target = output / relative
            if _same_bytes(target, data):
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            _replace(target, partial(_write_bytes, data))
        for relative, source in copies.items():
            target = output / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            _replace(target, partial(_copy, source))
        wanted = {*files, *copies, *keep}
        if previous is None:
            _remove_others(output, wanted)
        else:
            for relative in previous - wanted:
                with contextlib.suppress(OSError):
                    (output / relative).unlink()
                    _prune(output, (output / relative).parent)
        with contextlib.suppress(OSError):
            (output / MARKER).unlink()  # where earlier versions kept it
        if not is_ours(output):
            _mark(output, output)


def _write_bytes(data: bytes, target: Path) -> None:
    target.write_bytes(data)


def _prune(root: Path, folder: Path) -> None:
    """Remove `folder` and its parents up to `root` while they are empty."""
    while folder != root and folder.is_relative_to(root):
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
