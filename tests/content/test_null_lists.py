"""A list key left empty (`tags:` with nothing after it, as archetypes leave it) is an
empty list, as Hugo, Jekyll, Zola, Eleventy and Pelican read it; not an error."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from sitegen.cli import main


def _build(root: Path, front: str, title: str = "Pickled beans") -> tuple[int, str]:
    (root / "content/posts").mkdir(parents=True)
    (root / "site.yaml").write_text("title: Jars\nbase_url: https://jars.example.org/\n", "utf-8")
    post = f"---\ntitle: {title}\ndate: 2024-07-01\n{front}---\n\nThree jars today.\n"
    (root / "content/posts/beans.md").write_text(post, "utf-8")
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = main(["build", "--no-cache", str(root)])
    return code, err.getvalue()


def test_empty_tags_and_categories_build_as_no_tags(tmp_path: Path) -> None:
    code, err = _build(tmp_path, "tags:\ncategories: ~\naliases:\n")
    assert code == 0, err
    page = next((tmp_path / "public").rglob("beans/index.html")).read_text("utf-8")
    assert "Three jars today." in page and 'rel="tag"' not in page


def test_an_empty_title_is_still_an_error(tmp_path: Path) -> None:
    code, err = _build(tmp_path, "tags:\n", title="")  # a title is text, never a list
    assert code != 0 and "'title' should be text" in err
