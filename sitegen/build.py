"""Orchestration: load → lint → assemble → route → render → write.

This is one of the edges: it reads the clock and the filesystem. The stages it
calls are pure functions.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sitegen.config import SiteConfig, load_config
from sitegen.content import loader
from sitegen.content.model import Page, Post, SeriesInfo, Site, StaticFile
from sitegen.content.site import Visibility, assemble
from sitegen.diagnostics import ConfigError, Diagnostic, Severity, has_errors
from sitegen.render import routes as routes_mod
from sitegen.render.pages import make_environment, render_all
from sitegen.render.theme import resolve
from sitegen.write import check_output_dir, write_tree


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
    diagnostics: list[Diagnostic] = field(default_factory=list)


@dataclass
class BuildResult:
    output: Path
    diagnostics: list[Diagnostic]
    site: Site | None = None
    pages: int = 0  # HTML pages written
    files: int = 0  # all files written
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.site is not None and not has_errors(self.diagnostics)


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


def load_content(site_dir: Path, config: SiteConfig) -> Content:
    """Read every file under content/."""
    content = Content()
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
        loaded = loader.read_item(source.path, data, source.kind, config)
        content.diagnostics.extend(loaded.diagnostics)
        if isinstance(loaded.item, Post):
            content.posts.append(loaded.item)
        elif isinstance(loaded.item, Page):
            content.pages.append(loaded.item)
        elif isinstance(loaded.item, SeriesInfo):
            content.series.append(loaded.item)
    return content


def build(site_dir: Path, options: BuildOptions = BuildOptions()) -> BuildResult:
    """Build the site into its output folder; on any error the old output stays.

    Raises ConfigError when site.yaml, the theme or the output folder is unusable.
    """
    timer = Timer()
    with timer("config"):
        config = configure(site_dir, options)
        output = output_dir(site_dir, config, options)
        check_output_dir(output, site_dir)
        theme = resolve(site_dir, config)
    with timer("load"):
        content = load_content(site_dir, config)
    diagnostics = list(content.diagnostics)
    now = options.now or dt.datetime.now(dt.UTC)
    with timer("assemble"):
        site, found = assemble(
            config,
            content.posts,
            content.pages,
            content.series,
            content.static_files,
            Visibility(options.drafts, options.future, now),
        )
        diagnostics.extend(found)
        all_routes, found = routes_mod.routes(site, theme.static_dirs, site_dir)
        diagnostics.extend(found)
    result = BuildResult(output, diagnostics, site, timings=timer.spent)
    if has_errors(diagnostics):
        return result
    with timer("render"):
        env = make_environment(theme, config)
        rendered, found = render_all(all_routes, env, config, all_routes, site_dir)
        diagnostics.extend(found)
    if has_errors(found):
        return result
    copies = {r.output: r.copy_from for r in all_routes if r.kind == "copy" and r.copy_from}
    with timer("write"):
        write_tree(output, rendered, copies)
    result.pages = sum(1 for r in all_routes if r.kind == "template")
    result.files = len(rendered) + len(copies)
    return result
