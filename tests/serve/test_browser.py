"""`sitegen serve` driven from a real browser (Debian's Chromium through Playwright).

Each test starts the dev server on a free port against a copy of tests/sites/serve
and watches the page react to edits made on disk. Waits are for conditions, with
generous limits; nothing here measures time.
"""

from __future__ import annotations

import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SITES, needs_browser

pytestmark = needs_browser


class Server:
    def __init__(self, site: Path) -> None:
        self.site = site
        self.process = subprocess.Popen(
            [sys.executable, "-m", "sitegen", "serve", str(site), "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: list[str] = []
        deadline = time.monotonic() + 60
        assert self.process.stdout is not None
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if not line:
                break
            self.lines.append(line)
            found = re.search(r"at (http://localhost:\d+/)", line)
            if found:
                self.url = found.group(1)
                self.port = int(self.url.rsplit(":", 1)[1].strip("/"))
                return
        raise AssertionError("the dev server did not start:\n" + "".join(self.lines))

    def stop(self) -> str:
        self.process.send_signal(signal.SIGINT)
        try:
            rest, _ = self.process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            rest, _ = self.process.communicate()
        return "".join(self.lines) + (rest or "")


@pytest.fixture
def server(tmp_path) -> Iterator[Server]:
    site = tmp_path / "site"
    shutil.copytree(SITES / "serve", site)
    running = Server(site)
    yield running
    output = running.stop()
    assert running.process.returncode == 0, output
    assert "Traceback" not in output
    assert "Stopped." in output


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def test_edit_shows_up_without_navigating(server, page):
    from playwright.sync_api import expect

    page.goto(server.url + "2026/good/")
    expect(page.locator(".post-content")).to_contain_text("The original sentence")
    page.wait_for_function("window.__sitegen && window.__sitegen.connected === true")
    page.evaluate("window.__marker = 'still the same page'")  # gone after a reload
    edit(server.site / "content/posts/good.md", "The original sentence", "A freshly saved sentence")
    expect(page.locator(".post-content")).to_contain_text(
        "A freshly saved sentence", timeout=20_000
    )
    assert page.evaluate("window.__marker === undefined")  # the page really reloaded
    assert page.url == server.url + "2026/good/"


def test_broken_front_matter_shows_overlay_until_fixed(server, page):
    from playwright.sync_api import expect

    page.goto(server.url + "2026/good/")
    page.wait_for_function("window.__sitegen && window.__sitegen.connected === true")
    post = server.site / "content/posts/good.md"
    original = post.read_text()
    post.write_text(original.replace("date: 2026-01-10", "date: someday"))
    overlay = page.locator("sitegen-dev .overlay")
    expect(overlay).to_be_visible(timeout=20_000)
    expect(overlay).to_contain_text("content/posts/good.md:3:7")
    expect(overlay).to_contain_text("'date' should be a date")
    expect(overlay).to_contain_text("date: someday")  # the offending source line
    # the last good page is still there underneath
    expect(page.locator(".post-content")).to_contain_text("The original sentence")
    post.write_text(original)
    expect(overlay).to_be_hidden(timeout=20_000)
    expect(page.locator(".post-content")).to_contain_text("The original sentence")


def test_engagement_badge_on_broadcast_draft_only(server, page):
    from playwright.sync_api import expect

    page.goto(server.url + "2026/loud/")
    expect(page.locator(".badge-draft").first).to_be_visible()  # drafts are shown, marked
    badge = page.locator("sitegen-dev .badge.findings")
    expect(badge).to_be_visible(timeout=10_000)
    expect(badge).to_contain_text("finding")
    badge.click()
    panel = page.locator("sitegen-dev .panel")
    expect(panel).to_be_visible()
    expect(panel).to_contain_text("ENG101 broadcast-blurb")
    expect(panel).to_contain_text("ENG001 broadcast-post")
    expect(panel).to_contain_text("x: ")  # the blurb with its character count
    expect(panel.locator(".count").first).to_contain_text("/ 280 weighted characters")
    page.goto(server.url + "2026/good/")
    expect(page.locator("sitegen-dev .badge.quiet")).to_be_visible(timeout=10_000)
    assert page.locator("sitegen-dev .badge.findings").count() == 0


def test_css_change_swaps_styles_without_reload(tmp_path, page):

    site = tmp_path / "site"
    shutil.copytree(SITES / "serve", site)
    static = site / "static/css"
    static.mkdir(parents=True)
    (static / "style.css").write_text("body { background: rgb(1, 2, 3); }\n")
    server = Server(site)
    try:
        _check_css_swap(server, static, page)
    finally:
        assert "Traceback" not in server.stop()


def _check_css_swap(server, static, page):
    from playwright.sync_api import expect

    page.goto(server.url)
    page.wait_for_function("window.__sitegen && window.__sitegen.connected === true")
    expect(page.locator("body")).to_have_css("background-color", "rgb(1, 2, 3)", timeout=20_000)
    page.evaluate("window.__marker = 'kept'")
    (static / "style.css").write_text("body { background: rgb(4, 5, 6); }\n")
    expect(page.locator("body")).to_have_css("background-color", "rgb(4, 5, 6)", timeout=20_000)
    assert page.evaluate("window.__marker") == "kept"  # swapped in place, no reload


def test_deleted_post_vanishes_from_index(server, page):
    from playwright.sync_api import expect

    page.goto(server.url)
    titles = page.locator(".summary h2 a")
    expect(titles).to_contain_text(["Our big announcement", "A good post", "Another post"])
    page.wait_for_function("window.__sitegen && window.__sitegen.connected === true")
    (server.site / "content/posts/other.md").unlink()
    expect(titles).to_have_text(["Our big announcement", "A good post"], timeout=20_000)
    response = page.goto(server.url + "2026/other/")
    assert response is not None and response.status == 404
    expect(page.locator("h1")).to_have_text("Page not found")


def raw_get(
    port: int, target: str, method: str = "GET", headers: str = "", host: str = "localhost"
) -> tuple[int, bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(
            f"{method} {target} HTTP/1.1\r\nHost: {host}:{port}\r\n{headers}"
            "Connection: close\r\n\r\n".encode()
        )
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    status = int(data.split(b" ", 2)[1])
    return status, data


@pytest.mark.parametrize(
    "target",
    [
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%252e%252e/%252e%252e/etc/passwd",
        "/2026%2f..%2f..%2f..%2fetc/passwd",
        "/..%5c..%5c..%5cetc/passwd",
        "/..\\..\\..\\etc\\passwd",
        "//etc/passwd",
        "/etc/passwd",
        "/.sitegen-output/../../site.yaml",
        "/%00",
    ],
)
def test_traversal_is_refused(server, target):
    status, body = raw_get(server.port, target)
    assert status == 404
    assert b"root:" not in body and b"base_url" not in body


def test_symlink_out_of_the_preview_is_refused(server):
    preview = server.site / ".sitegen-cache/preview"
    (preview / "leak").symlink_to(server.site / "site.yaml")
    status, body = raw_get(server.port, "/leak")
    assert status == 404 and b"base_url" not in body


def test_methods_hosts_and_origins(server):
    assert raw_get(server.port, "/", "POST")[0] == 405
    assert raw_get(server.port, "/", "HEAD")[0] == 200
    assert raw_get(server.port, "/", host="evil.example")[0] == 421
    status, _ = raw_get(server.port, "/__sitegen/events", headers="Origin: http://evil.example\r\n")
    assert status == 403
    status, body = raw_get(server.port, "/")
    assert status == 200 and b"/__sitegen/client.js" in body
    # nothing of the dev server is written into the preview files themselves
    built = (server.site / ".sitegen-cache/preview/index.html").read_bytes()
    assert b"__sitegen" not in built
