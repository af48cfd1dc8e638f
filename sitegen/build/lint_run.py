"""`sitegen lint`: lint the whole site or some of its files without rendering, and the
findings a build reports (per file, site-wide series rules, coded reading problems)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sitegen.build.sources import ContentSet, load_content
from sitegen.config import CONFIG_FILE, SiteConfig, load_config
from sitegen.content import loader
from sitegen.diagnostics import ConfigError, Diagnostic

if TYPE_CHECKING:
    from sitegen.lint.engine import Selection
    from sitegen.lint.formats import Totals


def lint_findings(
    content: ContentSet, config: SiteConfig, selection: Selection
) -> list[Diagnostic]:
    """Per-file findings, the series rules, and coded reading problems, as configured."""
    from sitegen.content import series
    from sitegen.lint.engine import lint_site

    groups = series.group(content.posts, content.series)
    coded = [d for d in content.diagnostics if d.code]
    return selection.apply([*content.findings, *lint_site(groups, config, selection), *coded])


@dataclass
class LintResult:
    diagnostics: list[Diagnostic]
    totals: Totals
    fail_on: str


def lint_sources(site_dir: Path, paths: Sequence[Path]) -> tuple[list[loader.SourceFile], bool]:
    """The Markdown files named by `paths` (files or folders), and whether that is
    the whole site."""
    site = site_dir.resolve()
    # os.path.realpath, unlike Path.resolve, does not raise on a symlink loop.
    whole = not paths or any(
        Path(os.path.realpath(p)) in (site, site / loader.CONTENT_DIR) for p in paths
    )
    if whole:
        return loader.find_sources(site_dir)[0], True
    found: dict[str, loader.SourceFile] = {}
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise ConfigError(
            [
                Diagnostic(
                    str(missing[0]),
                    0,
                    0,
                    f"no such file or folder: {missing[0]}",
                    hint="Check the path.",
                )
            ]
        )
    for path in paths:
        files = sorted(path.rglob("*.md")) if path.is_dir() else [path]
        for file in files:
            if not file.is_file():
                continue  # a pipe or a device: reading it could wait for ever
            absolute = Path(os.path.realpath(file))
            kind: loader.SourceKind
            if absolute.is_relative_to(site):
                relative = absolute.relative_to(site).as_posix()
                inside = relative.removeprefix(loader.CONTENT_DIR + "/")
                kind = loader.kind_of(inside) if relative != inside else "post"
            else:
                relative, kind = str(absolute), "post"
            if kind == "stray":
                kind = "post"
            if kind != "static":
                found[relative] = loader.SourceFile(relative, kind)
    return list(found.values()), False


def lint_paths(
    site_dir: Path,
    paths: Sequence[Path] = (),
    chosen: Sequence[str] = (),
    ignored: Sequence[str] = (),
    drafts_only: bool = False,
) -> LintResult:
    """`sitegen lint`: lint the whole site, or just some files, without rendering."""
    from sitegen.lint.engine import select
    from sitegen.lint.formats import Totals

    config = (
        load_config(site_dir)
        if (site_dir / CONFIG_FILE).is_file()
        else SiteConfig(title="", base_url="https://example.org/")
    )
    selection, problems = select(config, chosen, ignored)
    if problems:
        raise ConfigError(problems)
    sources, whole = lint_sources(site_dir, paths)
    sources = [s for s in sources if s.kind in ("post", "page", "series")]
    content = load_content(site_dir, config, selection, sources=sources, render=False)
    findings = (
        lint_findings(content, config, selection)
        if whole
        else selection.apply([*content.findings, *(d for d in content.diagnostics if d.code)])
    )
    diagnostics = [d for d in content.diagnostics if not d.code] + findings
    if drafts_only:
        drafts = {p.source.path for p in content.posts if p.draft}
        diagnostics = [d for d in diagnostics if d.path in drafts]
    posts = sum(1 for p in content.posts if p.draft or not drafts_only)
    pages = sum(1 for p in content.pages if p.draft or not drafts_only)
    series = 0 if drafts_only else len(content.series)
    totals = Totals(posts + pages + series, posts, content.blurbs, pages, series)
    return LintResult(diagnostics, totals, config.lint.fail_on)
