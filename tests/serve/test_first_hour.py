"""What a new author meets in `sitegen serve` during the first hour, in Chromium:
a site broken from the start, an overlay they can close, a lint error that would fail
`sitegen build`, the panel on a phone, and a second server on a taken port."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SITES, needs_browser
from tests.serve.test_browser import Server, edit

pytestmark = needs_browser

PHONE = {"width": 390, "height": 844}


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    shutil.copytree(SITES / "serve", site)
    return site


def _stopped(server: Server) -> str:
    output = server.stop()
    assert server.process.returncode == 0, output
    assert "Traceback" not in output
    return output


def test_site_broken_from_the_start_shows_errors_then_becomes_the_site(tmp_path, page):
    from playwright.sync_api import expect

    site = _site(tmp_path)
    post = site / "content/posts/good.md"
    edit(post, "date: 2026-01-10", "date: someday")
    server = Server(site)
    try:
        response = page.goto(server.url + "2026/good/")
        assert response is not None and response.status == 503  # not a bare 404
        overlay = page.locator("sitegen-dev .overlay")
        expect(overlay).to_be_visible(timeout=20_000)
        expect(overlay).to_contain_text("The site does not build yet")
        expect(overlay).to_contain_text("content/posts/good.md:3:7")
        expect(overlay).to_contain_text("date: someday")
        page.wait_for_function("window.__sitegen && window.__sitegen.connected === true")
        edit(post, "date: someday", "date: 2026-01-10")
        # the error page turns into the post without anyone reloading it
        expect(page.locator(".post-content")).to_contain_text(
            "The original sentence", timeout=20_000
        )
        expect(overlay).to_be_hidden()
        assert page.url == server.url + "2026/good/"
    finally:
        output = _stopped(server)
    assert output.count("'date' should be a date") == 1  # said once, not per rebuild
    assert "last good build" not in output  # there was none
    assert "the browser shows the errors until the site builds" in output


@pytest.mark.parametrize("how", ["escape", "close button", "click"])
def test_overlay_can_be_dismissed_and_hides_the_page(tmp_path, page, how):
    from playwright.sync_api import expect

    site = _site(tmp_path)
    server = Server(site)
    try:
        page.goto(server.url + "2026/good/")
        page.wait_for_function("window.__sitegen && window.__sitegen.connected === true")
        edit(site / "content/posts/good.md", "date: 2026-01-10", "date: someday")
        overlay = page.locator("sitegen-dev .overlay")
        expect(overlay).to_be_visible(timeout=20_000)
        background = overlay.evaluate("e => getComputedStyle(e).backgroundColor")
        alpha = float(background.rsplit(",", 1)[1].strip(" )")) if "rgba" in background else 1.0
        assert alpha >= 0.98  # the page underneath does not show through the text
        if how == "escape":
            page.keyboard.press("Escape")
        elif how == "close button":
            page.locator("sitegen-dev .overlay .close").click()
        else:
            page.locator("sitegen-dev .overlay h2").click()
        expect(overlay).to_be_hidden()
        expect(page.locator(".post-content")).to_contain_text("The original sentence")
    finally:
        _stopped(server)


def test_lint_error_that_fails_build_is_said_in_terminal_and_overlay(tmp_path, page):
    from playwright.sync_api import expect

    site = _site(tmp_path)
    edit(site / "content/posts/loud.md", "draft: true\n", "")  # published: `build` would fail
    server = Server(site)
    try:
        page.goto(server.url + "2026/good/")
        overlay = page.locator("sitegen-dev .overlay.lint")
        expect(overlay).to_be_visible(timeout=20_000)
        expect(overlay).to_contain_text("`sitegen build` would fail")
        expect(overlay).to_contain_text("ENG101 broadcast-blurb")
        expect(page.locator(".post-content")).to_contain_text("The original sentence")
        page.keyboard.press("Escape")
        expect(overlay).to_be_hidden()
        page.reload()  # dismissed once is dismissed for this tab
        page.wait_for_function("window.__sitegen && window.__sitegen.connected === true")
        time.sleep(0.5)  # the remembered event arrives just after connecting
        expect(overlay).to_be_hidden()
    finally:
        output = _stopped(server)
    assert "`sitegen build` would fail: " in output
    assert "content/posts/loud.md" in output


def test_a_broadcast_draft_does_not_raise_the_overlay(tmp_path, page):
    from playwright.sync_api import expect

    server = Server(_site(tmp_path))
    try:
        page.goto(server.url + "2026/loud/")
        expect(page.locator("sitegen-dev .badge.findings")).to_be_visible(timeout=10_000)
        page.wait_for_function("window.__sitegen && window.__sitegen.connected === true")
        time.sleep(0.5)
        expect(page.locator("sitegen-dev .overlay")).to_be_hidden()
    finally:
        output = _stopped(server)
    assert "would fail" not in output


def test_engagement_panel_fits_a_phone_and_says_severity_in_words(tmp_path, browser):
    from playwright.sync_api import expect

    server = Server(_site(tmp_path))
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    try:
        page.goto(server.url + "2026/loud/")
        badge = page.locator("sitegen-dev .badge.findings")
        expect(badge).to_be_visible(timeout=10_000)
        badge.click()
        panel = page.locator("sitegen-dev .panel")
        expect(panel).to_be_visible()
        box = panel.bounding_box()
        assert box is not None
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        words = panel.locator(".sev").all_text_contents()
        assert "error" in words and set(words) <= {"error", "warning", "info"}
    finally:
        context.close()
        _stopped(server)


def test_second_serve_on_a_taken_port_exits_2_without_building(tmp_path):
    server = Server(_site(tmp_path))
    try:
        preview = server.site / ".sitegen-cache/preview/index.html"
        before = preview.stat().st_mtime_ns
        second = subprocess.run(
            [
                sys.executable,
                "-m",
                "sitegen",
                "serve",
                str(server.site),
                "--port",
                str(server.port),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 2, second
        assert second.stderr.startswith(f"--port: error: port {server.port} is already in use")
        assert "Rebuilt" not in second.stdout + second.stderr
        assert preview.stat().st_mtime_ns == before  # the running server's preview is untouched
    finally:
        _stopped(server)


def test_one_file_changed_is_singular(tmp_path):
    site = _site(tmp_path)
    (site / "static").mkdir()
    note = site / "static/note.txt"
    note.write_text("first\n")
    server = Server(site)
    try:
        note.write_text("second\n")
        served = site / ".sitegen-cache/preview/note.txt"
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and served.read_text() != "second\n":
            time.sleep(0.1)
    finally:
        output = _stopped(server)
    assert "(1 file changed)" in output
    assert "1 files" not in output
