"""Shared helpers: copy a fixture site, run the CLI in-process, read what it built."""

from __future__ import annotations

import hashlib
import os
import shutil
import textwrap
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from sitegen.cli import main

SITES = Path(__file__).parent / "sites"
REPO = Path(__file__).parent.parent

CHROMIUM = Path("/usr/bin/chromium")
needs_browser = pytest.mark.skipif(
    not CHROMIUM.exists() and not os.environ.get("SITEGEN_REQUIRE_BROWSER"),
    reason="Debian's chromium is not installed (.ci/run installs it)",
)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's Chromium, headless, through Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    opened = context.new_page()
    yield opened
    context.close()


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """Run `sitegen ARGS…` in this process and capture what it printed."""

    def runner(*args: str | Path) -> Run:
        capsys.readouterr()
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return runner


@pytest.fixture
def fixture_site(tmp_path: Path) -> Callable[[str], Path]:
    """Copy tests/sites/NAME into a temporary folder and return its path."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copytree(SITES / name, target)
        return target

    return copy


def write_site(root: Path, files: Mapping[str, str | bytes]) -> Path:
    """Create a site from {relative path: text}; text is dedented."""
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
    return root


MINIMAL_CONFIG = """
    title: Tiny
    base_url: https://example.org/
"""


def post(
    title: str, date: str = "2026-01-05", body: str = "What do you think?", **front: str
) -> str:
    extra = "".join(f"{key}: {value}\n" for key, value in front.items())
    return f"---\ntitle: {title}\ndate: {date}\n{extra}---\n{body}\n"


def html(path: Path) -> HTMLParser:
    assert path.is_file(), f"{path} was not built"
    return HTMLParser(path.read_text(encoding="utf-8"))


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under `folder` → hash of its bytes."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
