"""The progress line of long builds: shown on terminals after a second, cleared at
the end, never in logs."""

from __future__ import annotations

import io

from sitegen.build.builder import BuildOptions, build
from sitegen.progress import ProgressLine
from tests.conftest import MINIMAL_CONFIG, post, write_site


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_line_appears_after_a_second_and_is_cleared():
    stream, clock = io.StringIO(), Clock()
    line = ProgressLine(stream, delay=1.0, clock=clock)
    line("compiling", 10, 1000)
    assert stream.getvalue() == ""  # a quick build shows nothing
    clock.now = 1.5
    line("compiling", 420, 1000)
    assert stream.getvalue() == "\rcompiling 420/1,000 [##########..............]\x1b[K"
    clock.now = 1.55
    line("compiling", 430, 1000)  # too soon after the last one: not redrawn
    line("compiling", 1000, 1000)  # but the end always is
    assert stream.getvalue().endswith("\rcompiling 1,000/1,000 [########################]\x1b[K")
    line.close()
    assert stream.getvalue().endswith("\r\x1b[K")


def test_a_build_reports_each_stage_up_to_its_total(tmp_path):
    files = {"site.yaml": MINIMAL_CONFIG}
    for number in range(150):  # enough for the worker pools
        files[f"content/posts/p{number}.md"] = post(f"Post {number}", date="2026-01-05")
    site = write_site(tmp_path / "site", files)
    seen: list[tuple[str, int, int]] = []
    result = build(site, BuildOptions(cache=False, progress=lambda *call: seen.append(call)))
    assert result.ok
    for stage in ("compiling", "rendering"):
        counts = [(done, total) for name, done, total in seen if name == stage]
        assert counts, f"no {stage} progress"
        assert [done for done, _ in counts] == sorted(done for done, _ in counts)
        assert counts[-1][0] == counts[-1][1]
    assert [total for name, _, total in seen if name == "compiling"][-1] == 150


def test_no_progress_line_when_output_is_not_a_terminal(tmp_path, run):
    files = {"site.yaml": MINIMAL_CONFIG, "content/posts/a.md": post("A")}
    site = write_site(tmp_path / "site", files)
    result = run("build", site)
    assert result.code == 0
    assert "\r" not in result.err and "\x1b" not in result.err
