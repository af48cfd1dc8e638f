"""Load on the dev server: many pages open at once while posts change.

    python benchmarks/serve_load.py [--posts 200] [--clients 50] [--seconds 20]
                                    [--rounds 3] [--max-requests 50000]

Starts `sitegen serve` on a generated site (loopback only), then runs rounds of
load. In each round every client keeps a live-reload stream open and fetches pages
over one keep-alive connection, one after another, while a post is edited every
1.5 s. Each round reports requests per second and latency, and checks what a user
would notice: every request answered, every client told about every rebuild, the
server's thread count back to where it started once the clients leave, and its
memory not growing from one round to the next. tests/test_serve_load.py runs a
short version.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.corpus import generate, write_sitegen  # noqa: E402

EVENTS = "/__sitegen/events"


class DevServer:
    """`sitegen serve` in its own process, watched through /proc."""

    def __init__(self, site: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "sitegen", "serve", str(site), "--port", "0"],
            env={**os.environ, "PYTHONPATH": str(HERE.parent)},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: list[str] = []
        self.port = 0
        assert self.process.stdout is not None
        deadline = time.monotonic() + 120
        for line in self.process.stdout:
            self.lines.append(line)
            found = re.search(r"localhost:(\d+)/", line)
            if found:
                self.port = int(found.group(1))
                break
            if time.monotonic() > deadline:
                break
        if not self.port:
            self.stop()
            raise RuntimeError("the dev server did not start:\n" + "".join(self.lines))
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout or ():
            self.lines.append(line)

    def rebuilds(self) -> int:
        """Rebuilds that changed pages, each of which sends a reload event."""
        changed = (re.match(r"Rebuilt in \d+ ms \((\d+) files", line) for line in self.lines)
        return sum(1 for found in changed if found and int(found.group(1)) > 0)

    def status(self, key: str) -> int:
        """A field of /proc/PID/status: Threads, or VmRSS in kB."""
        text = Path(f"/proc/{self.process.pid}/status").read_text()
        found = re.search(rf"^{key}:\s+(\d+)", text, re.MULTILINE)
        return int(found.group(1)) if found else 0

    def settle(self, threads: int, seconds: float = 10) -> int:
        """Wait until the thread count is back to `threads`; return the count."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and self.status("Threads") > threads:
            time.sleep(0.1)
        return self.status("Threads")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()


@dataclass
class Round:
    clients: int
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    reloads: list[int] = field(default_factory=list)  # reload events each client saw
    rebuilds: int = 0  # rebuilds the server reported meanwhile
    edits: int = 0
    threads_before: int = 0  # the server's threads before the clients came
    threads_after: int = 0  # and once they had gone
    memory_after: int = 0  # the server's resident memory after the round, kB

    @property
    def requests(self) -> int:
        return len(self.latencies) + len(self.failures)

    @property
    def per_second(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def percentile(self, share: float) -> float:
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    def summary(self) -> str:
        return (
            f"{self.clients} clients, {self.seconds:.1f} s: {self.requests:,} requests, "
            f"{len(self.failures)} failed, {self.per_second:,.0f} requests/s, latency median "
            f"{statistics.median(self.latencies) * 1000:.1f} ms, p99 "
            f"{self.percentile(0.99) * 1000:.1f} ms; {self.edits} edits, {self.rebuilds} "
            f"rebuilds, reload events per client {min(self.reloads)}–{max(self.reloads)}"
        )


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.lower() == "content-length":
            length = int(value)
    return status, await reader.readexactly(length)


async def _listen(
    port: int, seen: list[int], index: int, ready: asyncio.Event, result: Round
) -> None:
    """A live-reload stream, counting reload events until it is cancelled."""
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        request = f"GET {EVENTS} HTTP/1.1\r\nHost: localhost:{port}\r\n"
        writer.write((request + "Accept: text/event-stream\r\n\r\n").encode())
        await writer.drain()
        await reader.readuntil(b"\r\n\r\n")
    except (OSError, asyncio.IncompleteReadError) as error:
        result.failures.append(f"{EVENTS}: {error!r}")
        return
    finally:
        ready.set()
    try:
        while True:
            line = await reader.readline()
            if not line:
                return
            if line.startswith(b"event: reload"):
                seen[index] += 1
    finally:
        writer.close()


async def _fetch(
    port: int, pages: list[str], until: float, budget: list[int], result: Round, rng: random.Random
) -> None:
    """Fetch pages over one keep-alive connection, one after another."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.monotonic() < until and budget[0] > 0:
            budget[0] -= 1
            page = rng.choice(pages)
            started = time.perf_counter()
            try:
                writer.write(f"GET {page} HTTP/1.1\r\nHost: localhost:{port}\r\n\r\n".encode())
                await writer.drain()
                status, _ = await asyncio.wait_for(_read_response(reader), timeout=30)
            except (OSError, asyncio.IncompleteReadError, TimeoutError) as error:
                result.failures.append(f"{page}: {error!r}")
                writer.close()
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                continue
            if status != 200:
                result.failures.append(f"{page}: HTTP {status}")
            else:
                result.latencies.append(time.perf_counter() - started)
    finally:
        writer.close()


async def _round(
    server: DevServer,
    site: Path,
    pages: list[str],
    clients: int,
    seconds: float,
    max_requests: int,
    seed: int,
) -> Round:
    result = Round(clients, reloads=[0] * clients)
    ready = [asyncio.Event() for _ in range(clients)]
    listeners = [
        asyncio.create_task(_listen(server.port, result.reloads, i, ready[i], result))
        for i in range(clients)
    ]
    await asyncio.wait_for(asyncio.gather(*(event.wait() for event in ready)), timeout=60)
    rebuilds_before = server.rebuilds()
    rng = random.Random(seed)
    posts = sorted((site / "content/posts").glob("*.md"))
    started = time.monotonic()
    until = started + seconds
    budget = [max_requests]
    fetchers = [
        asyncio.create_task(_fetch(server.port, pages, until, budget, result, random.Random(i)))
        for i in range(clients)
    ]
    while time.monotonic() < until - 1.5:
        await asyncio.sleep(1.5)
        with rng.choice(posts).open("a") as handle:
            handle.write(f"\nEdit {result.edits}: what would you change?\n")
        result.edits += 1
    await asyncio.gather(*fetchers)
    result.seconds = time.monotonic() - started
    # Every rebuild's reload event must reach every client before they leave.
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        await asyncio.sleep(0.5)
        result.rebuilds = server.rebuilds() - rebuilds_before
        if result.rebuilds >= 1 and min(result.reloads) >= result.rebuilds:
            break
    for task in listeners:
        task.cancel()
    await asyncio.gather(*listeners, return_exceptions=True)
    return result


def pages_of(public: Path) -> list[str]:
    """Some URLs of the built site: pages, a style sheet, a feed."""
    found = {"/css/style.css", "/atom.xml"}
    for path in sorted(public.rglob("index.html"))[:200]:
        folder = path.parent.relative_to(public).as_posix()
        found.add("/" if folder == "." else f"/{folder}/")
    return sorted(found)


def make_site(posts: int) -> Path:
    root = Path(tempfile.mkdtemp(prefix="sitegen-load-"))
    write_sitegen(root / "site", generate(posts))
    return root / "site"


def run(posts: int, clients: int, seconds: float, rounds: int, max_requests: int) -> list[Round]:
    """Start a server on a fresh site and run `rounds` rounds of load against it."""
    site = make_site(posts)
    server = DevServer(site)
    try:
        time.sleep(1.0)  # the first build has finished and the watcher is up
        pages = pages_of(site / ".sitegen-cache" / "preview")
        results = []
        for number in range(rounds):
            threads = server.status("Threads")
            result = asyncio.run(
                _round(server, site, pages, clients, seconds, max_requests, seed=number)
            )
            result.threads_before = threads
            result.threads_after = server.settle(threads)
            result.memory_after = server.status("VmRSS")
            results.append(result)
        return results
    finally:
        server.stop()
        shutil.rmtree(site.parent, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=200)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--max-requests", type=int, default=100_000)
    args = parser.parse_args()
    results = run(args.posts, args.clients, args.seconds, args.rounds, args.max_requests)
    for number, result in enumerate(results, 1):
        print(f"round {number}: {result.summary()}")
        print(
            f"  server threads {result.threads_before} before, {result.threads_after} after; "
            f"memory after {result.memory_after / 1024:.1f} MiB"
        )
        for failure in result.failures[:5]:
            print(f"  failed: {failure}")


if __name__ == "__main__":
    main()
