"""The example site, built once per test module and served over HTTP for the browser."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sitegen.cli import main
from tests.conftest import REPO

# Every kind of page the default theme renders, as the example site has them.
PAGE_TYPES = {
    "home": "",
    "home, page 2": "page/2/",
    "series post": "2026/four-keys-3-talk-with/",
    "last part of a series": "2026/four-keys-4-listen/",
    "post after a series": "2026/replies-1-answer-the-person/",
    "page": "about/",
    "series landing": "series/four-keys/",
    "series list": "series/",
    "archive": "archive/",
    "tags": "tags/",
    "tag": "tags/replies/",
    "not found": "404.html",
}


def build_example(target: Path) -> Path:
    """Copy the example site (content/ and site.yaml), build it, return its public folder."""
    site = target / "example"
    site.mkdir(parents=True)
    shutil.copytree(REPO / "content", site / "content")
    shutil.copy(REPO / "site.yaml", site / "site.yaml")
    code = main(["build", str(site), "--no-cache", "--quiet"])
    assert code == 0
    return site / "public"


@contextmanager
def served(folder: Path) -> Iterator[str]:
    """Serve `folder` on a free local port; yields the base URL."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
