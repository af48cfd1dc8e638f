"""What is reused between builds, keyed by content hashes.

One SQLite file under the site (`.sitegen-cache/cache.sqlite3`):
- `compiled`: each content file read, rendered and linted, keyed by a hash of its
  bytes, its path, the configuration and sitegen's version;
- `outputs`: for each output folder, what every file in it was built from
  (a fingerprint) and its size and mtime, so unchanged files are kept as they are;
- `builds`: the fingerprint and diagnostics of the last build of each output
  folder, so a build with nothing changed can stop early.

SQLite makes each write atomic, so a killed build leaves the previous state. A file
that is corrupt, truncated or from another version is thrown away and rebuilt,
never trusted. Values are pickled, and each is signed with a key kept in the user's
own cache folder (not in the site): a cache file that someone else wrote, say one
committed to a repository, fails the check and is never unpickled.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import os
import pickle
import secrets
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitegen import __version__

CACHE_DIR = ".sitegen-cache"
FILE = "cache.sqlite3"
SCHEMA = 5  # bump when the tables or the pickled model change shape


def digest(*parts: str | bytes) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(part.encode() if isinstance(part, str) else part)
        h.update(b"\x00")
    return h.hexdigest()


class Damaged(Exception):
    """A value in the cache is not one this user's sitegen wrote, or not whole."""


@functools.cache
def _signing_key() -> bytes:
    """This user's key for signing cached values; made on first use."""
    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(home) / "sitegen" / "cache-key"
    try:
        key = path.read_bytes()
        if len(key) >= 32:
            return key
    except OSError:
        pass
    key = secrets.token_bytes(32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(key)
    except FileExistsError:
        return path.read_bytes()  # another build made it first
    except OSError:
        pass  # no home to keep it in: this process's cache entries are its own
    return key


def _mac(data: bytes) -> bytes:
    return hashlib.blake2b(data, key=_signing_key(), digest_size=32).digest()


def signed(value: Any) -> bytes:
    data = pickle.dumps(value, protocol=5)
    return _mac(data) + data


def unsigned(blob: bytes, expected: type | tuple[type, ...]) -> Any:
    """A value written by `signed`, after checking its signature and its type."""
    mac, data = blob[:32], blob[32:]
    if not hmac.compare_digest(mac, _mac(data)):
        raise Damaged("signature does not match")
    value = pickle.loads(data)
    if not isinstance(value, expected):
        raise Damaged(f"expected {expected}, found {type(value).__name__}")
    return value


@dataclass(frozen=True)
class OutputRecord:
    fingerprint: str
    size: int
    mtime_ns: int


class Cache:
    """The build cache. All methods fail soft: a broken cache means a full build."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.damaged = False  # found damaged (and reset) since it was opened
        self.db: sqlite3.Connection | None = None
        if path is not None:
            self.db = self._open(path)

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection | None:
        for attempt in range(2):
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(path, isolation_level=None, timeout=5)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
                row = db.execute("SELECT value FROM meta WHERE key='version'").fetchone()
                stamp = f"{__version__}/{SCHEMA}"
                if row is None or row[0] != stamp:
                    db.executescript(
                        "DROP TABLE IF EXISTS compiled; DROP TABLE IF EXISTS outputs;"
                        "DROP TABLE IF EXISTS builds;"
                    )
                db.executescript(
                    "CREATE TABLE IF NOT EXISTS compiled (key TEXT PRIMARY KEY, value BLOB);"
                    "CREATE TABLE IF NOT EXISTS outputs (folder TEXT, path TEXT, "
                    "fingerprint TEXT, size INTEGER, mtime_ns INTEGER, "
                    "PRIMARY KEY (folder, path));"
                    "CREATE TABLE IF NOT EXISTS builds (folder TEXT PRIMARY KEY, value BLOB);"
                )
                db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (stamp,))
                db.execute("PRAGMA quick_check").fetchone()
                return db
            except (sqlite3.DatabaseError, OSError):
                for suffix in ("", "-wal", "-shm"):
                    Path(str(path) + suffix).unlink(missing_ok=True)
                if attempt:
                    return None
        return None  # pragma: no cover

    def _soft(self, action: Any, default: Any) -> Any:
        if self.db is None:
            return default
        try:
            return action(self.db)
        except (
            sqlite3.DatabaseError,
            pickle.UnpicklingError,
            EOFError,
            AttributeError,
            ImportError,
            TypeError,
            ValueError,
            Damaged,
        ):
            self.damaged = True
            self.reset()
            return default

    def reset(self) -> None:
        """Forget everything (after finding the cache damaged)."""
        if self.db is not None:
            self.db.close()
        self.db = None
        if self.path is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
            self.db = self._open(self.path)

    # -- compiled content files

    def get_compiled(self, keys: Iterable[str], expected: type) -> dict[str, Any]:
        """The cached values of `keys` that are there; each must be an `expected`."""
        wanted = list(keys)

        def load(db: sqlite3.Connection) -> dict[str, Any]:
            found: dict[str, Any] = {}
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for key, blob in db.execute(
                    f"SELECT key, value FROM compiled WHERE key IN ({marks})", chunk
                ):
                    found[key] = unsigned(blob, expected)
            return found

        result: dict[str, Any] = self._soft(load, {})
        return result

    def put_compiled(self, entries: Mapping[str, Any], keep: Iterable[str]) -> None:
        """Store new entries and drop those no source needs any more."""
        kept = set(keep)

        def store(db: sqlite3.Connection) -> None:
            db.execute("BEGIN")
            db.executemany(
                "INSERT OR REPLACE INTO compiled VALUES (?, ?)",
                # Not compressed: decompressing costs more than reading the bytes.
                [(key, signed(value)) for key, value in entries.items()],
            )
            stale = [k for (k,) in db.execute("SELECT key FROM compiled") if k not in kept]
            db.executemany("DELETE FROM compiled WHERE key = ?", [(k,) for k in stale])
            db.execute("COMMIT")

        self._soft(store, None)

    # -- output manifest

    def get_outputs(self, folder: str) -> dict[str, OutputRecord]:
        def load(db: sqlite3.Connection) -> dict[str, OutputRecord]:
            return {
                path: OutputRecord(fp, size, mtime)
                for path, fp, size, mtime in db.execute(
                    "SELECT path, fingerprint, size, mtime_ns FROM outputs WHERE folder = ?",
                    (folder,),
                )
            }

        result: dict[str, OutputRecord] = self._soft(load, {})
        return result

    def put_build(self, folder: str, outputs: Mapping[str, OutputRecord], summary: Any) -> None:
        def store(db: sqlite3.Connection) -> None:
            db.execute("BEGIN")
            db.execute("DELETE FROM outputs WHERE folder = ?", (folder,))
            db.executemany(
                "INSERT INTO outputs VALUES (?, ?, ?, ?, ?)",
                [(folder, p, r.fingerprint, r.size, r.mtime_ns) for p, r in outputs.items()],
            )
            db.execute(
                "INSERT OR REPLACE INTO builds VALUES (?, ?)",
                (folder, signed(summary)),
            )
            db.execute("COMMIT")

        self._soft(store, None)

    def get_build(self, folder: str) -> Any:
        def load(db: sqlite3.Connection) -> Any:
            row = db.execute("SELECT value FROM builds WHERE folder = ?", (folder,)).fetchone()
            return unsigned(row[0], dict) if row else None

        return self._soft(load, None)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


def open_cache(site_dir: Path, enabled: bool = True) -> Cache:
    if not enabled:
        return Cache(None)
    folder = site_dir / CACHE_DIR
    cache = Cache(folder / FILE)
    ignore = folder / ".gitignore"
    if cache.db is not None and not ignore.exists():
        with contextlib.suppress(OSError):
            ignore.write_text("# sitegen's build cache; safe to delete.\n*\n")
    return cache
