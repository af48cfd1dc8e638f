"""A progress line for builds that take more than a second, on terminals only."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

Progress = Callable[[str, int, int], None]  # stage, done, total

WIDTH = 24


class ProgressLine:
    """Shows `compiling 420/1,000 [#########.......]` on one line that it rewrites,
    from the moment a build has taken longer than `delay` seconds."""

    def __init__(
        self, stream: TextIO, delay: float = 1.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.stream = stream
        self.delay = delay
        self.clock = clock
        self.started = clock()
        self.last = 0.0
        self.shown = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = self.clock()
        if now - self.started < self.delay or (now - self.last < 0.1 and done < total):
            return
        filled = WIDTH * done // max(total, 1)
        bar = "#" * filled + "." * (WIDTH - filled)
        self.stream.write(f"\r{stage} {done:,}/{total:,} [{bar}]\x1b[K")
        self.stream.flush()
        self.last = now
        self.shown = True

    def close(self) -> None:
        """Clear the line, so what is printed next starts on a clean one."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False
