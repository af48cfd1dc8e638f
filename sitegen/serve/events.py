"""Live-reload events, fanned out to every open page over Server-Sent Events.

Each connected page has a small bounded queue. A page that stops reading (a
closed tab, a slow client) loses old events rather than holding the server up;
only the newest state matters for a reload.
"""

from __future__ import annotations

import contextlib
import json
import queue
import threading
from dataclasses import dataclass, field
from typing import Any

QUEUE_SIZE = 16


@dataclass
class Broker:
    clients: set[queue.Queue[str | None]] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)
    last: str = ""  # the latest state event, sent to every page that connects
    closed: bool = False

    def connect(self) -> queue.Queue[str | None]:
        inbox: queue.Queue[str | None] = queue.Queue(QUEUE_SIZE)
        with self.lock:
            self.clients.add(inbox)
            if self.last:
                inbox.put_nowait(self.last)
        return inbox

    def disconnect(self, inbox: queue.Queue[str | None]) -> None:
        with self.lock:
            self.clients.discard(inbox)

    def publish(self, kind: str, data: Any = None, remember: bool = False) -> int:
        """Send an event to every page; returns how many pages it went to."""
        message = format_event(kind, data)
        with self.lock:
            if remember:
                self.last = message
            targets = list(self.clients)
        for inbox in targets:
            try:
                inbox.put_nowait(message)
            except queue.Full:  # a page that does not read: drop its oldest event
                try:
                    inbox.get_nowait()
                    inbox.put_nowait(message)
                except (queue.Empty, queue.Full):
                    pass
        return len(targets)

    def close(self) -> None:
        """Tell every connection to finish (at shutdown)."""
        with self.lock:
            self.closed = True
            targets = list(self.clients)
        for inbox in targets:
            with contextlib.suppress(queue.Full):
                inbox.put_nowait(None)

    @property
    def count(self) -> int:
        with self.lock:
            return len(self.clients)


def format_event(kind: str, data: Any = None) -> str:
    payload = json.dumps(data if data is not None else {}, ensure_ascii=False)
    return f"event: {kind}\ndata: {payload}\n\n"
