"""Watching the site for changes: watchfiles in background threads, and the bursts of
changes (an editor's swap files, a `git checkout`) gathered into one rebuild."""

from __future__ import annotations

import os
import queue
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TRACE = bool(os.environ.get("SITEGENTRACE_SERVE"))  # timestamps for benchmarks/bench.py

WATCHED = ("content", "themes", "templates", "static")
QUIET_SECONDS = 0.01  # a burst of saves has ended when nothing else changed for this long
LONGEST_BURST = 0.5  # … or when it has gone on this long


def collect(
    changes: queue.Queue[set[str]],
    quiet: float = QUIET_SECONDS,
    longest: float = LONGEST_BURST,
    wait: float = 0.5,
) -> set[str] | None:
    """Wait for changed paths, then gather everything else that changes in the same
    burst (an editor's swap files, a `git checkout` of many files). None when
    nothing changed within `wait` seconds."""
    try:
        found = set(changes.get(timeout=wait))
    except queue.Empty:
        return None
    start = time.monotonic()
    while time.monotonic() - start < longest:
        try:
            found |= changes.get(timeout=quiet)
        except queue.Empty:
            break
    return found


def relevant(path: str, site_dir: Path) -> bool:
    """Changes that can affect the site (not the output, the cache or editor litter)."""
    try:
        relative = Path(path).resolve().relative_to(site_dir.resolve())
    except ValueError:
        return False
    parts = relative.parts
    if not parts:
        return False
    name = parts[-1]
    if name.startswith(".") or name.endswith(("~", ".swp", ".swx", ".tmp")) or name == "4913":
        return False
    return parts[0] in WATCHED or relative.as_posix() == "site.yaml"


@dataclass
class Watcher:
    """Runs watchfiles in background threads and queues what changed."""

    site_dir: Path
    changes: queue.Queue[set[str]] = field(default_factory=queue.Queue)
    stop: threading.Event = field(default_factory=threading.Event)
    threads: list[threading.Thread] = field(default_factory=list)

    def start(self) -> None:
        # The site's folders recursively (started again when one appears, say a new
        # templates/); the site folder itself only for site.yaml, which editors
        # often replace by renaming a new file over it.
        self._spawn(self._folders_loop)
        self._spawn(self._site_file_loop)

    def _spawn(self, target: Callable[[], None]) -> None:
        thread = threading.Thread(
            target=self._guarded, args=(target,), name="sitegen-watch", daemon=True
        )
        thread.start()
        self.threads.append(thread)

    def _guarded(self, target: Callable[[], None]) -> None:
        try:
            target()
        except Exception as exc:  # a watcher that dies must not go unnoticed
            print(f"sitegen: the file watcher stopped: {exc}", file=sys.stderr)

    def _folders(self) -> list[Path]:
        return [self.site_dir / name for name in WATCHED if (self.site_dir / name).is_dir()]

    def _folders_loop(self) -> None:
        import watchfiles

        while not self.stop.is_set():
            folders = self._folders()
            if not folders:
                self.stop.wait(0.5)
                continue
            for batch in watchfiles.watch(
                *folders,
                stop_event=self.stop,
                debounce=400,
                step=15,
                raise_interrupt=False,
                rust_timeout=500,
                yield_on_timeout=True,
            ):
                self._queue(batch)
                if self._folders() != folders:
                    self.changes.put({str(f) for f in self._folders()})
                    break  # watch the new set of folders

    def _site_file_loop(self) -> None:
        import watchfiles

        for batch in watchfiles.watch(
            self.site_dir,
            recursive=False,
            stop_event=self.stop,
            debounce=400,
            step=15,
            raise_interrupt=False,
            rust_timeout=500,
        ):
            self._queue(batch)

    def _queue(self, batch: Iterable[tuple[Any, str]]) -> None:
        found = {path for _, path in batch if relevant(path, self.site_dir)}
        if found and TRACE:
            sys.stderr.write(f"trace: change seen at {time.perf_counter():.4f}\n")
        if found:
            self.changes.put(found)

    def close(self) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=2)
