"""Orchestration: load → lint → assemble → route → render → write.

This is one of the edges: it reads the clock and the filesystem. The stages it
calls are pure functions.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sitegen.config import CONFIG_FILE, SiteConfig, load_config
from sitegen.content import loader, series
from sitegen.content.model import Page, Post, SeriesInfo, Site, StaticFile
from sitegen.content.site import Visibility, assemble
from sitegen.diagnostics import ConfigError, Diagnostic, Severity, has_errors
from sitegen.lint.engine import Selection, fails, lint_item, lint_site, select
from sitegen.lint.report import Totals


@dataclass(frozen=True)
class BuildOptions:
    drafts: bool = False
    future: bool = False
    output: Path | None = None
    base_url: str | None = None
    now: dt.datetime | None = None  # None: the clock


@dataclass
class Content:
    """Everything read from content/, before the site is assembled."""

    posts: list[Post] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    series: list[SeriesInfo] = field(default_factory=list)
    static_files: list[StaticFile] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)  # reading problems
    findings: list[Diagnostic] = field(default_factory=list)  # lint findings
    blurbs: int = 0  # how many platforms' blurbs were linted

    def add(self, item: Post | Page | SeriesInfo | None) -> None:
        if isinstance(item, Post):
            self.posts.append(item)
            self.blurbs += len(item.social)
        elif isinstance(item, Page):
            self.pages.append(item)
        elif isinstance(item, SeriesInfo):
            self.series.append(item)


@dataclass
class BuildResult:
    output: Path
    diagnostics: list[Diagnostic]
    site: Site | None = None
    pages: int = 0  # HTML pages written
    files: int = 0  # all files written
    timings: dict[str, float] = field(default_factory=dict)
    failed: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed


class Timer:
    def __init__(self) -> None:
        self.spent: dict[str, float] = {}

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.spent[stage] = self.spent.get(stage, 0.0) + time.perf_counter() - start


def configure(site_dir: Path, options: BuildOptions) -> SiteConfig:
    """site.yaml with the command line's overrides applied."""
    config = load_config(site_dir)
    if options.base_url:
        from sitegen.config import _check_url

        problem = _check_url(options.base_url)
        if problem:
            raise ConfigError(
                [
                    Diagnostic(
                        "--base-url", 0, 0, problem, hint="e.g. --base-url https://example.org/"
                    )
                ]
            )
        positions = config.positions
        config = dataclasses.replace(config, base_url=options.base_url)
        object.__setattr__(config, "positions", positions)
    return config


def output_dir(site_dir: Path, config: SiteConfig, options: BuildOptions) -> Path:
    return options.output if options.output else site_dir / config.output_dir


def load_content(
    site_dir: Path,
    config: SiteConfig,
    selection: Selection | None = None,
    sources: list[loader.SourceFile] | None = None,
    render: bool = True,
) -> Content:
    """Read (and, given a rule selection, lint) every file under content/, or the
    given `sources`."""
    content = Content()
    if sources is None:
        sources, content.diagnostics = loader.find_sources(site_dir)
    for source in sources:
        if source.kind == "static":
            content.static_files.append(loader.static_output(source.path))
            continue
        if source.kind == "stray":
            content.diagnostics.append(
                Diagnostic(
                    source.path,
                    0,
                    0,
                    "Markdown file outside posts/, pages/ and series/ is copied as is",
                    Severity.WARNING,
                    hint="Move it to content/posts/ or content/pages/ to publish it as a page.",
                )
            )
            content.static_files.append(loader.static_output(source.path))
            continue
        data = (site_dir / source.path).read_bytes()
        loaded = loader.read_item(source.path, data, source.kind, config, render)
        content.diagnostics.extend(loaded.diagnostics)
        content.add(loaded.item)
        if selection is not None and isinstance(loaded.item, (Post, Page)):
            content.findings.extend(lint_item(loaded.item, loaded.tokens, config, selection))
    return content


def lint_findings(content: Content, config: SiteConfig, selection: Selection) -> list[Diagnostic]:
    """Per-file findings, the series rules, and coded reading problems, as configured."""
    groups = series.group(content.posts, content.series)
    coded = [d for d in content.diagnostics if d.code]
    return selection.apply([*content.findings, *lint_site(groups, config, selection), *coded])


@dataclass
class LintResult:
    diagnostics: list[Diagnostic]
    totals: Totals
    fail_on: str


def _lint_sources(site_dir: Path, paths: Sequence[Path]) -> tuple[list[loader.SourceFile], bool]:
    """The Markdown files named by `paths` (files or folders), and whether that is
    the whole site."""
    site = site_dir.resolve()
    whole = not paths or any(p.resolve() in (site, site / loader.CONTENT_DIR) for p in paths)
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
            absolute = file.resolve()
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
    config = (
        load_config(site_dir)
        if (site_dir / CONFIG_FILE).is_file()
        else SiteConfig(title="", base_url="https://example.org/")
    )
    selection, problems = select(config, chosen, ignored)
    if problems:
        raise ConfigError(problems)
    sources, whole = _lint_sources(site_dir, paths)
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
    totals = Totals(
        files=len(sources),
        posts=sum(1 for p in content.posts if p.draft or not drafts_only),
        blurbs=content.blurbs,
    )
    return LintResult(diagnostics, totals, config.lint.fail_on)


def build(site_dir: Path, options: BuildOptions = BuildOptions()) -> BuildResult:
    """Build the site into its output folder; on any error the old output stays.

    Raises ConfigError when site.yaml, the theme or the output folder is unusable.
    """
    # Rendering needs Jinja; `sitegen lint` does not, so import it only here.
    from sitegen.render import routes as routes_mod
    from sitegen.render.pages import make_environment, render_all
    from sitegen.render.theme import resolve
    from sitegen.write import check_output_dir, write_tree

    timer = Timer()
    with timer("config"):
        config = configure(site_dir, options)
        output = output_dir(site_dir, config, options)
        check_output_dir(output, site_dir)
        theme = resolve(site_dir, config)
        selection, problems = select(config)
        if problems:
            raise ConfigError(problems)
    with timer("load"):
        content = load_content(site_dir, config, selection)
    with timer("lint"):
        findings = lint_findings(content, config, selection)
    diagnostics = [d for d in content.diagnostics if not d.code] + findings
    now = options.now or dt.datetime.now(dt.UTC)
    with timer("assemble"):
        site = assemble(
            config,
            content.posts,
            content.pages,
            content.series,
            content.static_files,
            Visibility(options.drafts, options.future, now),
        )
        all_routes, found = routes_mod.routes(site, theme.static_dirs, site_dir)
        diagnostics.extend(found)
    result = BuildResult(output, diagnostics, site, timings=timer.spent)
    build_errors = [d for d in diagnostics if not d.code]
    if has_errors(build_errors) or fails(findings, config.lint.fail_on):
        result.failed = True
        return result
    with timer("render"):
        env = make_environment(theme, config)
        rendered, found = render_all(all_routes, env, config, all_routes, site_dir)
        diagnostics.extend(found)
    if has_errors(found):
        result.failed = True
        return result
    copies = {r.output: r.copy_from for r in all_routes if r.kind == "copy" and r.copy_from}
    with timer("write"):
        write_tree(output, rendered, copies)
    result.pages = sum(1 for r in all_routes if r.kind == "template")
    result.files = len(rendered) + len(copies)
    return result
