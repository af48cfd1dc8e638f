"""Dev-server pieces without a browser: the path resolver, coalescing of changes,
which changes matter, and the event broker."""

from __future__ import annotations

import queue
import threading
import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sitegen.serve.events import QUEUE_SIZE, Broker
from sitegen.serve.paths import resolve
from sitegen.serve.watch import collect, relevant


def make_root(tmp_path: Path) -> Path:
    root = tmp_path / "out"
    (root / "2026/post").mkdir(parents=True)
    (root / "index.html").write_text("home")
    (root / "2026/post/index.html").write_text("post")
    (root / "css").mkdir()
    (root / "css/style.css").write_text("body{}")
    (tmp_path / "secret.txt").write_text("secret")
    return root


def test_resolver_finds_files_and_folders(tmp_path):
    root = make_root(tmp_path)
    assert resolve(root, "/") == (root / "index.html").resolve()
    assert resolve(root, "/2026/post/") == (root / "2026/post/index.html").resolve()
    assert resolve(root, "/2026/post/index.html?x=1#y") == (root / "2026/post/index.html").resolve()
    assert resolve(root, "/css/style.css") == (root / "css/style.css").resolve()
    assert resolve(root, "/missing.html") is None


def test_resolver_refuses_escapes(tmp_path):
    root = make_root(tmp_path)
    (root / "link").symlink_to(tmp_path / "secret.txt")
    (root / "dirlink").symlink_to(tmp_path)
    for path in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%252e%252e/secret.txt",
        "/css%2f..%2f..%2fsecret.txt",
        "/..%5csecret.txt",
        "/..\\secret.txt",
        "/link",
        "/dirlink/secret.txt",
        str(tmp_path / "secret.txt"),
        "secret.txt",
        "/css/./style.css",
        "/%00",
        "/css/style.css%00.html",
    ]:
        assert resolve(root, path) is None, path


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "/",
                ".",
                "..",
                "\\",
                "%",
                "2e",
                "2f",
                "%2e",
                "%2f",
                "%25",
                "%5c",
                "css",
                "2026",
                "post",
                "index.html",
                "link",
                "~",
                ":",
                "secret.txt",
                "%00",
                "?",
                "#",
            ]
        ),
        max_size=12,
    )
)
def test_no_generated_path_escapes(tmp_path_factory, parts):
    root = make_root(tmp_path_factory.mktemp("r"))
    if not (root / "link").exists():
        (root / "link").symlink_to(root.parent / "secret.txt")
    found = resolve(root, "/" + "".join(parts))
    if found is not None:
        assert found.is_relative_to(root.resolve())


def test_collect_coalesces_a_burst():
    changes: queue.Queue[set[str]] = queue.Queue()

    def save_many() -> None:
        for n in range(100):  # a git checkout touching 100 files
            changes.put({f"content/posts/p{n}.md"})
            time.sleep(0.001)

    thread = threading.Thread(target=save_many)
    thread.start()
    first = collect(changes, quiet=0.05, longest=5.0, wait=2.0)
    thread.join()
    assert first is not None and len(first) == 100
    assert collect(changes, wait=0.05) is None  # nothing left: one rebuild for the burst


def test_collect_stops_at_the_longest_burst():
    changes: queue.Queue[set[str]] = queue.Queue()
    stop = threading.Event()

    def keep_saving() -> None:
        n = 0
        while not stop.is_set():
            changes.put({f"p{n}"})
            n += 1
            time.sleep(0.005)

    thread = threading.Thread(target=keep_saving)
    thread.start()
    started = time.monotonic()
    found = collect(changes, quiet=0.05, longest=0.3, wait=1.0)
    stop.set()
    thread.join()
    assert found and time.monotonic() - started < 2.0  # a rebuild happens despite the stream


def test_relevant_changes(tmp_path):
    site = tmp_path
    assert relevant(str(site / "content/posts/a.md"), site)
    assert relevant(str(site / "site.yaml"), site)
    assert relevant(str(site / "themes/x/templates/post.html"), site)
    assert not relevant(str(site / "public/index.html"), site)
    assert not relevant(str(site / ".sitegen-cache/preview/index.html"), site)
    assert not relevant(str(site / "content/posts/.a.md.swp"), site)
    assert not relevant(str(site / "content/posts/a.md~"), site)
    assert not relevant(str(site / "README.md"), site)
    assert not relevant("/elsewhere/file.md", site)


def test_broker_fans_out_and_drops_for_slow_readers():
    broker = Broker()
    fast, slow = broker.connect(), broker.connect()
    for n in range(QUEUE_SIZE + 5):
        assert broker.publish("reload", {"n": n}) == 2
        fast.get_nowait()
    assert slow.qsize() == QUEUE_SIZE  # bounded: the oldest were dropped
    broker.publish("built", {}, remember=True)
    late = broker.connect()
    assert late.get_nowait().startswith("event: built")  # new pages learn the state
    broker.disconnect(slow)
    assert broker.count == 2
    broker.close()
    assert fast.get_nowait().startswith("event: built")
    assert fast.get_nowait() is None  # then the end of the stream
