"""What the import tests share: run sitegen in-process, import a fixture blog (a folder
under tests/sites/, or files written for the test) checking SRC is left as it was, and
build the result."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

from sitegen.cli import main
from tests.conftest import tree_digest, write_site


def sitegen(*args: str | Path) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of one sitegen command."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def imported(tmp_path: Path, peer: str, source: Path | dict[str, str]) -> tuple[Path, str]:
    """The new site's folder and the import report; SRC is a copy of the fixture
    folder, or the given files, and must be unchanged afterwards."""
    src = tmp_path / "src"
    if isinstance(source, Path):
        shutil.copytree(source, src)
    else:
        write_site(src, source)
    before = tree_digest(src)
    dest = tmp_path / "dest"
    code, report, err = sitegen("import", peer, src, dest)
    assert code == 0, err
    assert tree_digest(src) == before
    return dest, report


def built(dest: Path) -> str:
    """Build the imported site, which must succeed; what it wrote to stderr."""
    code, _, err = sitegen("build", dest)
    assert code == 0, err
    return err


def imported_and_built(
    tmp_path: Path, peer: str, source: Path | dict[str, str]
) -> tuple[Path, str]:
    dest, report = imported(tmp_path, peer, source)
    built(dest)
    return dest, report
