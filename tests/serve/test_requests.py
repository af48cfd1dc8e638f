"""The dev server at the HTTP level, over raw sockets: refused requests close their
connection, the Host check holds on every bind address, and malformed requests get
400 (never silence)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from sitegen.serve.events import Broker
from sitegen.serve.http import DevServer, ServeState


@pytest.fixture
def serve(tmp_path) -> Iterator[object]:
    root = tmp_path / "out"
    (root / "drafts").mkdir(parents=True)
    (root / "index.html").write_text("<p>home</p>")
    (root / "drafts" / "index.html").write_text("<p>the secret draft</p>")
    servers: list[DevServer] = []

    def start(host: str = "127.0.0.1") -> DevServer:
        server = DevServer((host, 0), ServeState(root=root), Broker())
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def exchange(server: DevServer, raw: bytes, connect_to: str = "127.0.0.1") -> bytes:
    """Send raw bytes, then read until the server closes the connection."""
    port = server.server_address[1]
    with socket.create_connection((connect_to, port), timeout=5) as conn:
        conn.sendall(raw)
        received = b""
        try:
            while chunk := conn.recv(65536):
                received += chunk
        except TimeoutError:
            received += b"<still open>"
    return received


def request(path: str, host: str, method: str = "GET", extra: str = "", body: str = "") -> bytes:
    return (f"{method} {path} HTTP/1.1\r\nHost: {host}\r\n{extra}\r\n{body}").encode()


def test_a_refused_request_smuggles_nothing(serve):
    server = serve()
    inner = request("/drafts/", "localhost")
    outer = request(
        "/", "evil.example", "POST", f"Content-Length: {len(inner)}\r\n", inner.decode()
    )
    answer = exchange(server, outer)
    assert answer.startswith(b"HTTP/1.1 421") or answer.startswith(b"HTTP/1.1 405")
    assert b"secret draft" not in answer
    assert answer.count(b"HTTP/1.1 ") == 1  # one answer, then the connection closed
    assert b"<still open>" not in answer


def test_a_post_is_refused_and_its_body_never_read(serve):
    server = serve()
    inner = request("/drafts/", "localhost")
    outer = request("/", "localhost", "POST", f"Content-Length: {len(inner)}\r\n", inner.decode())
    answer = exchange(server, outer)
    assert answer.startswith(b"HTTP/1.1 405")
    assert b"Connection: close" in answer
    assert b"secret draft" not in answer


def test_a_get_with_a_body_is_a_bad_request(serve):
    server = serve()
    answer = exchange(
        server, request("/", "localhost", extra="Content-Length: 5\r\n", body="hello")
    )
    assert answer.startswith(b"HTTP/1.1 400") and answer.count(b"HTTP/1.1 ") == 1


@pytest.mark.parametrize("path", ["/%c0%ae%c0%ae/", "/%ff", "/caf%e9"])
def test_malformed_paths_get_400(serve, path):
    server = serve()
    answer = exchange(server, request(path, "localhost"))
    assert answer.startswith(b"HTTP/1.1 400"), answer[:80]
    assert answer.count(b"HTTP/1.1 ") == 1


def test_overlong_utf8_gets_an_answer(serve):
    server = serve()
    answer = exchange(server, request("/%c0%ae%c0%ae/etc/passwd", "localhost"))
    assert answer.startswith(b"HTTP/1.1 400")


@pytest.mark.parametrize("bind", ["127.0.0.1", "127.0.0.2", "0.0.0.0"])
def test_the_host_check_holds_on_every_bind_address(serve, bind):
    server = serve(bind)
    connect_to = "127.0.0.1" if bind == "0.0.0.0" else bind
    port = server.server_address[1]
    refused = exchange(
        server, request("/drafts/", f"evil.example:{port}", extra="Connection: close\r\n"),
        connect_to,
    )  # fmt: skip
    assert refused.startswith(b"HTTP/1.1 421") and b"secret" not in refused
    allowed_host = "localhost" if bind == "127.0.0.1" else connect_to
    allowed = exchange(
        server, request("/", f"{allowed_host}:{port}", extra="Connection: close\r\n"), connect_to
    )
    assert allowed.startswith(b"HTTP/1.1 200"), allowed[:80]


def test_a_known_name_is_accepted_on_a_wildcard_bind(serve):
    server = serve("0.0.0.0")
    port = server.server_address[1]
    name = socket.gethostname()
    answer = exchange(
        server, request("/", f"{name}:{port}", extra="Connection: close\r\n"), "127.0.0.1"
    )
    assert answer.startswith(b"HTTP/1.1 200")


def test_ctrl_c_during_a_big_rebuild_always_stops_the_server(tmp_path):
    """The rebuild after a checkout of many files runs while the HTTP and watcher
    threads are alive; Ctrl-C in the middle of it must end the process, workers and
    all, and free the port."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from benchmarks.corpus import generate, write_sitegen
    from tests.conftest import REPO

    site = tmp_path / "big"
    write_sitegen(site, generate(300))
    process = subprocess.Popen(
        [sys.executable, "-m", "sitegen", "serve", str(site), "--port", "0"],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if "Serving" in (process.stdout.readline() or "Serving"):
                break
        for path in sorted((site / "content" / "posts").glob("*.md"))[:200]:
            path.write_text(path.read_text() + "\nOne more line.\n")
        time.sleep(0.8)  # the rebuild has started
        os.killpg(process.pid, signal.SIGINT)
        process.wait(timeout=15)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            pytest.fail("the dev server did not stop on Ctrl-C")
    assert process.returncode == 0
