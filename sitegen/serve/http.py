"""The dev server's HTTP side: files from the preview folder, the live-reload event
stream, the client script and the engagement panel's data.

Only GET and HEAD, without a body; any other request is refused and its connection
closed, so nothing it carried is read as a second request. The event stream and the
panel data refuse other origins (a page on another site cannot listen in), and a
request whose Host is not a name the bound address really has is refused on every
bind address (DNS rebinding). A malformed request gets 400.
"""

from __future__ import annotations

import ipaddress
import json
import mimetypes
import queue
import select
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sitegen.serve import paths
from sitegen.serve.events import Broker

CLIENT_PATH = "/__sitegen/client.js"
EVENTS_PATH = "/__sitegen/events"
PAGE_PATH = "/__sitegen/page"
SCRIPT_TAG = f'<script src="{CLIENT_PATH}" defer></script>'.encode()
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", "[::1]"}
HEARTBEAT_SECONDS = 15
GONE_CHECK_SECONDS = 1.0  # how often an idle event stream checks its client is still there


@dataclass
class ServeState:
    """What the rebuild loop tells the HTTP side about the latest build."""

    root: Path
    page_info: Any = None  # Callable[[str], dict]: panel data for a URL path
    placeholder: bytes | None = None  # served for every page while no build has succeeded
    lock: threading.Lock = field(default_factory=threading.Lock)


class DevServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # the default of 5 drops connections when many tabs reload

    def __init__(self, address: tuple[str, int], state: ServeState, broker: Broker) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, Handler)
        self.state = state
        self.broker = broker
        self.host_names = host_names(address[0])
        self.any_address = _is_wildcard(address[0])

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A browser closing a connection is normal; anything else gets one line."""
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError)):
            return
        sys.stderr.write(f"sitegen: a request failed: {error!r}\n")

    @property
    def url(self) -> str:
        host, port = str(self.server_address[0]), self.server_address[1]
        shown = "localhost" if host in ("127.0.0.1", "::1") else host
        return f"http://{shown}:{port}/"


def _is_wildcard(host: str) -> bool:
    return host in ("", "0.0.0.0", "::")


def host_names(host: str) -> frozenset[str]:
    """The Host names a request to this bind address may carry: the loopback names
    for a loopback address, and the address itself and this machine's names for any
    other (a DNS name of somebody else's that points here is refused)."""
    names = set(LOOPBACK_NAMES)
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        names |= {socket.gethostname().lower(), socket.getfqdn().lower()}
    if host and not _is_wildcard(host):
        names |= {host.lower(), f"[{host.lower()}]"}
    return frozenset(names)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _client_script() -> bytes:
    return resources.files("sitegen.serve").joinpath("client.js").read_bytes()


def inject(body: bytes) -> bytes:
    """Add the client script to an HTML page (before </body>, or at the end)."""
    at = body.lower().rfind(b"</body>")
    if at < 0:
        return body + SCRIPT_TAG
    return body[:at] + SCRIPT_TAG + body[at:]


class Handler(BaseHTTPRequestHandler):
    server: DevServer
    server_version = "sitegen-dev"
    protocol_version = "HTTP/1.1"
    timeout = 30  # an idle keep-alive connection is closed after this
    # Headers and body go out as two writes; with Nagle's algorithm the second waits
    # for the client's delayed ACK, about 40 ms per keep-alive request.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the dev server talks about builds, not requests

    # -- methods

    def do_GET(self) -> None:
        self._respond(with_body=True)

    def do_HEAD(self) -> None:
        self._respond(with_body=False)

    def _not_allowed(self) -> None:
        self._refuse(
            HTTPStatus.METHOD_NOT_ALLOWED, b"Only GET and HEAD.\n", extra={"Allow": "GET, HEAD"}
        )

    def _refuse(self, status: HTTPStatus, body: bytes, extra: dict[str, str] | None = None) -> None:
        """Answer and close: whatever the request carried (a body that may hold
        another request) is never read."""
        self.close_connection = True
        self._simple(status, body, extra={**(extra or {}), "Connection": "close"})

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _not_allowed

    # -- routing

    def _respond(self, with_body: bool) -> None:
        if not self._host_allowed():
            self._refuse(HTTPStatus.MISDIRECTED_REQUEST, b"Unknown host.\n")
            return
        length = self.headers.get("Content-Length", "0").strip() or "0"
        if self.headers.get("Transfer-Encoding") or length != "0":
            self._refuse(HTTPStatus.BAD_REQUEST, b"GET and HEAD requests carry no body.\n")
            return
        try:
            self._route(with_body)
        except (UnicodeDecodeError, ValueError):
            self._refuse(HTTPStatus.BAD_REQUEST, b"Malformed request.\n")

    def _route(self, with_body: bool) -> None:
        target = urlsplit(self.path)
        if target.path == EVENTS_PATH and with_body:
            self._events()
        elif target.path == CLIENT_PATH:
            self._send(
                HTTPStatus.OK,
                _client_script(),
                "text/javascript; charset=utf-8",
                with_body,
                cache=False,
            )
        elif target.path == PAGE_PATH:
            self._page(target.query, with_body)
        else:
            self._file(self.path, with_body)

    def _host_allowed(self) -> bool:
        host = (self.headers.get("Host") or "").strip().lower()
        name = host if host.endswith("]") else host.rsplit(":", 1)[0]
        if name in self.server.host_names:
            return True
        if self.server.any_address:  # every address of this machine: accept IP literals
            try:
                ipaddress.ip_address(name.strip("[]"))
                return True
            except ValueError:
                return False
        return False

    def _same_origin(self) -> bool:
        origin = self.headers.get("Origin")
        if origin is None:
            return True  # same-origin EventSource and fetch often send none
        return origin == f"http://{self.headers.get('Host', '')}"

    # -- files

    def _file(self, request_path: str, with_body: bool) -> None:
        root = self.server.state.root
        found = paths.resolve(root, request_path)
        if found is None and paths.needs_slash(root, request_path):
            location = urlsplit(request_path).path + "/"
            self._simple(HTTPStatus.MOVED_PERMANENTLY, b"", extra={"Location": location})
            return
        status = HTTPStatus.OK
        placeholder = self.server.state.placeholder
        if found is None and placeholder is not None:  # broken from the start: the errors
            self._send(HTTPStatus.SERVICE_UNAVAILABLE, inject(placeholder), "text/html; "
                       "charset=utf-8", with_body, cache=False)  # fmt: skip
            return
        if found is None:
            status = HTTPStatus.NOT_FOUND
            found = paths.resolve(root, "/404.html")
            if found is None:
                self._simple(HTTPStatus.NOT_FOUND, b"Not found.\n")
                return
        body = _read(found)
        for _ in range(3):  # replaced by a rebuild between resolving and reading
            if body is not None:
                break
            again = paths.resolve(root, request_path)
            body = _read(again) if again is not None else None
        if body is None:
            self._simple(HTTPStatus.NOT_FOUND, b"Not found.\n")
            return
        kind = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
        if kind == "text/html":
            body = inject(body)
        if kind.startswith("text/") or kind in (
            "application/javascript",
            "application/json",
            "application/xml",
            "image/svg+xml",
        ):
            kind += "; charset=utf-8"
        self._send(status, body, kind, with_body, cache=False)

    def _page(self, query: str, with_body: bool) -> None:
        if not self._same_origin():
            self._simple(HTTPStatus.FORBIDDEN, b"Cross-origin requests are refused.\n")
            return
        url = parse_qs(query).get("url", ["/"])[0]
        info = self.server.state.page_info(url) if self.server.state.page_info else {}
        body = json.dumps(info, ensure_ascii=False).encode()
        self._send(HTTPStatus.OK, body, "application/json; charset=utf-8", with_body, cache=False)

    # -- events

    def _events(self) -> None:
        if not self._same_origin():
            self._simple(HTTPStatus.FORBIDDEN, b"Cross-origin event streams are refused.\n")
            return
        broker = self.server.broker
        inbox = broker.connect()
        self.close_connection = True
        try:
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/event-stream; charset=utf-8")
            self.send_header("Cache-Control", "no-store")
            self.send_header("X-Accel-Buffering", "no")
            self.end_headers()
            self.wfile.write(b"retry: 1000\n\n")
            self.wfile.flush()
            quiet_since = time.monotonic()
            while True:
                try:
                    message = inbox.get(timeout=GONE_CHECK_SECONDS)
                except queue.Empty:
                    if self._client_gone():
                        break  # free this thread now, not at the next heartbeat
                    if time.monotonic() - quiet_since < HEARTBEAT_SECONDS:
                        continue
                    message = ": still here\n\n"
                quiet_since = time.monotonic()
                if message is None:
                    self.wfile.write(b"event: bye\ndata: {}\n\n")
                    self.wfile.flush()
                    break
                self.wfile.write(message.encode())
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, TimeoutError, OSError):
            pass  # the page went away
        finally:
            broker.disconnect(inbox)

    def _client_gone(self) -> bool:
        """An event stream's client sends nothing after its request, so a readable
        socket means it has closed the connection."""
        try:
            readable, _, _ = select.select([self.connection], [], [], 0)
            return bool(readable) and self.connection.recv(1, socket.MSG_PEEK) == b""
        except OSError:
            return True

    # -- helpers

    def _send(
        self,
        status: HTTPStatus,
        body: bytes,
        kind: str,
        with_body: bool,
        cache: bool = True,
        extra: dict[str, str] | None = None,
    ) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            if not cache:
                self.send_header("Cache-Control", "no-store")
            for name, value in (extra or {}).items():
                self.send_header(name, value)
            self.end_headers()
            if with_body:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _simple(self, status: HTTPStatus, body: bytes, extra: dict[str, str] | None = None) -> None:
        self._send(
            status,
            body,
            "text/plain; charset=utf-8",
            self.command != "HEAD",
            cache=False,
            extra=extra,
        )
