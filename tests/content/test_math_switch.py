"""Dollars are math only where the author asked for math: the site's markdown.math,
or a page's `math: true`. Elsewhere they are prices, shell variables and the `$x` of
Go templates, and must reach the reader as written."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from sitegen.cli import main
from tests.conftest import html

POST = """---
title: {title}
date: 2024-03-0{day}
{extra}---

The small loaf is $5 and $10 buys two; set $name=bread before the run.

The oven curve follows $T_{{max}} = 250$ degrees.
"""


def _build(root: Path, site_math: str, page_math: bool) -> Path:
    (root / "content/posts").mkdir(parents=True)
    markdown = f"markdown:\n  math: {site_math}\n" if site_math else ""
    (root / "site.yaml").write_text(
        f"title: Oven\nbase_url: https://oven.example.org/\n{markdown}", "utf-8"
    )
    extra = "math: true\n" if page_math else ""
    post = POST.format(title="Bake day", day=1, extra=extra)
    (root / "content/posts/bake-day.md").write_text(post, "utf-8")
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        assert main(["build", str(root)]) == 0, err.getvalue()
    return next((root / "public").rglob("bake-day/index.html"))


def test_without_math_dollars_are_text(tmp_path: Path) -> None:
    page = html(_build(tmp_path, "", page_math=False))
    assert not page.css(".math")
    text = page.css_first(".post-content").text()
    assert "$5 and $10 buys two; set $name=bread" in text
    assert "$T_{max} = 250$" in text


def test_a_page_with_math_true_gets_math_on_a_site_without_it(tmp_path: Path) -> None:
    out = _build(tmp_path, "", page_math=True)
    maths = [m.text() for m in html(out).css(".math")]
    assert any("T_{max} = 250" in m for m in maths), maths
    assert "mathjax" in out.read_text("utf-8")


def test_a_site_with_math_on_renders_tex_but_not_prices(tmp_path: Path) -> None:
    page = html(_build(tmp_path, "katex", page_math=False))
    maths = [m.text() for m in page.css(".math")]
    assert maths and all("250" in m for m in maths), maths
    assert "$5 and $10 buys two" in page.css_first(".post-content").text()
