"""Orchestration: load → lint → assemble → route → render → write.

This is one of the edges: it reads the clock and the filesystem, keeps the cache
and runs worker processes. The stages it calls are pure functions.

A `Builder` owns one site's builds. It remembers compiled content in memory (the
dev server keeps one alive between rebuilds) and in the on-disk cache (between
runs). A page is rendered again only when its fingerprint changes, and files
whose bytes would not change are carried over with their mtime.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitegen import __version__
from sitegen.build.cache import CACHE_DIR, Cache, OutputRecord, digest, open_cache
from sitegen.build.cache import FILE as CACHE_FILE
from sitegen.build.compile import (
    Compiled,
    Job,
    compile_sources,
    render_routes,
    workers_for,
)
from sitegen.build.incremental import state_digest, still_current, unchanged
from sitegen.build.links import check_links
from sitegen.build.lint_run import lint_findings
from sitegen.build.sources import ContentSet, Seen, digests, sort_sources
from sitegen.config import SiteConfig, load_config
from sitegen.content import loader
from sitegen.content.model import Page, Post, Site
from sitegen.content.peers.keys import once_per_key
from sitegen.content.site import Visibility
from sitegen.diagnostics import ConfigError, Diagnostic, Severity, SitegenError, has_errors
from sitegen.progress import Progress

if TYPE_CHECKING:  # the linter is imported when something is linted, not before
    from sitegen.lint.engine import Selection
    from sitegen.render.theme import Theme


@dataclass(frozen=True)
class BuildOptions:
    drafts: bool = False
    future: bool = False
    output: Path | None = None
    base_url: str | None = None
    now: dt.datetime | None = None  # None: the clock
    cache: bool = True  # False: build everything from scratch (--no-cache)
    workers: int | None = None  # None: one per CPU when the site is big enough
    lint_gate: bool = True  # lint errors fail the build (the dev server shows them instead)
    progress: Progress | None = None  # told how far compiling and rendering have got


@dataclass
class BuildResult:
    output: Path
    diagnostics: list[Diagnostic]
    site: Site | None = None
    pages: int = 0  # HTML pages in the site
    files: int = 0  # all files in the site
    rendered: int = 0  # files rendered by this build (the rest were unchanged)
    timings: dict[str, float] = field(default_factory=dict)
    failed: bool = False
    changed: list[str] = field(default_factory=list)  # output paths written anew

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

    def move(self, seconds: float, source: str, target: str) -> None:
        """Count `seconds` of what was timed as `source` under `target` instead."""
        seconds = min(seconds, self.spent.get(source, 0.0))
        self.spent[source] = self.spent.get(source, 0.0) - seconds
        self.spent[target] = self.spent.get(target, 0.0) + seconds


_SUMMARY_KEYS = {"state", "next_change", "diagnostics", "pages", "files"}


@dataclass
class Plan:
    """What the quick check found out, handed to the full build."""

    config: SiteConfig
    config_key: str  # sitegen's version and the configuration
    salt: str  # … and the theme and the draft/future options: part of every fingerprint
    theme: Theme
    output: Path
    folder: str  # the output folder's resolved path, the cache's key for it
    content: ContentSet
    jobs: list[Job]
    keys: list[str]  # one cache key per job
    state: str  # the hash of everything this build reads
    previous: dict[str, OutputRecord]  # what the last build wrote
    now: dt.datetime


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


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector walks every live object, and with a large site in
    memory one pass costs tens of milliseconds at an unpredictable moment. A build
    makes little cyclic garbage, so the collector waits until the build is over."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Builder:
    """Builds one site, again and again, doing only the work a change needs."""

    def __init__(
        self,
        site_dir: Path,
        options: BuildOptions = BuildOptions(),
        in_place: bool = False,
    ) -> None:
        """`in_place`: update the output file by file instead of swapping folders
        (the dev server, which makes its own requests wait meanwhile)."""
        self.site_dir = site_dir
        self.options = options
        self.in_place = in_place
        self.memory: dict[str, Compiled] = {}  # cache key → compiled, kept by the dev server
        self.seen: dict[str, Seen] = {}  # dev server: source files as last read
        self.manifest: dict[str, OutputRecord] | None = None  # dev server: last output
        self.cache: Cache | None = None

    def close(self) -> None:
        if self.cache is not None:
            self.cache.close()

    def build(self) -> BuildResult:
        """Build the site into its output folder; on any error the old output stays.

        Raises ConfigError when site.yaml, the theme or the output folder is unusable.
        """
        with _collector_paused():
            return self._check_and_build()

    def _check_and_build(self) -> BuildResult:
        # Rendering needs Jinja and the linter's rules; a build that finds nothing
        # changed needs neither, so they are imported when they are used.
        from sitegen.build.output import check_output_dir
        from sitegen.render.theme import resolve

        options = self.options
        timer = Timer()
        with timer("config"):
            config = configure(self.site_dir, options)
            output = output_dir(self.site_dir, config, options)
            check_output_dir(output, self.site_dir)
            theme = resolve(self.site_dir, config)
            if self.cache is None:
                self.cache = open_cache(self.site_dir, options.cache)
            config_key = digest(__version__, repr(config))
            salt = digest(config_key, theme.digest(), repr((options.drafts, options.future)))
            folder = str(output.resolve())
        with timer("read"):
            content = ContentSet()
            sources, content.diagnostics = loader.find_sources(self.site_dir)
            jobs = sort_sources(self.site_dir, sources, content, read=not self.in_place)
            jobs, hashes = digests(self.site_dir, jobs, self.seen if self.in_place else None)
            keys = [
                digest(config_key, path, kind, hashed)
                for (path, kind, _), hashed in zip(jobs, hashes, strict=True)
            ]
            state = state_digest(
                salt + theme.static_digest(),
                keys,
                content.static_files,
                self.site_dir,
                content.diagnostics,
            )
        now = options.now or dt.datetime.now(dt.UTC)
        with timer("check"):
            if self.in_place and self.manifest is not None:
                previous = self.manifest
            else:
                previous = self.cache.get_outputs(folder) if options.cache else {}
            last = self.cache.get_build(folder) if options.cache else None
            if last is not None and not last.keys() >= _SUMMARY_KEYS:
                last = None  # written by another version of this code: not trusted
            # The dev server always assembles the site: it shows lint findings from it.
            if (
                last is not None
                and not self.in_place
                and still_current(last, state, now, output, previous)
            ):
                return BuildResult(
                    output, last["diagnostics"], None, last["pages"], last["files"], 0, timer.spent
                )
        plan = Plan(
            config, config_key, salt, theme, output, folder, content, jobs, keys, state,
            previous, now,
        )  # fmt: skip
        return self._build(plan, timer)

    def _build(self, plan: Plan, timer: Timer) -> BuildResult:
        from sitegen.content.site import Visibility, assemble
        from sitegen.lint.engine import fails, select
        from sitegen.render.fingerprint import Fingerprinter
        from sitegen.render.routes import routes

        assert self.cache is not None
        options = self.options
        config, content, output, now = plan.config, plan.content, plan.output, plan.now
        with timer("config"):
            selection, problems = select(config)
            if problems:
                raise ConfigError(problems)
            lint_key = digest(plan.config_key, repr(sorted(selection.severities.items())))
        with timer("compile"):
            keys = [digest(lint_key, k) for k in plan.keys]
            compiled, linting = self._compiled(plan.jobs, keys, config, selection)
            for item in compiled.values():
                content.add(item)
        timer.move(linting, "compile", "lint")
        with timer("lint"):
            findings = lint_findings(content, config, selection)
        diagnostics = [d for d in content.diagnostics if not d.code] + findings
        note = None  # said once, in this build's report, and not replayed by the next
        if self.cache.damaged:
            self.cache.damaged = False
            note = Diagnostic(
                f"{CACHE_DIR}/{CACHE_FILE}",
                0,
                0,
                "the build cache was damaged, or written by someone else; it was "
                "rebuilt from the sources",
                Severity.INFO,
            )
            diagnostics.append(note)
        with timer("assemble"):
            site = assemble(
                config,
                content.posts,
                content.pages,
                content.series,
                content.static_files,
                Visibility(options.drafts, options.future, now),
            )
            all_routes, found = routes(site, plan.theme.static_dirs, self.site_dir)
            diagnostics.extend(found)
        with timer("links"):
            diagnostics.extend(check_links(site, [r.output for r in all_routes]))
        diagnostics = once_per_key(diagnostics)
        result = BuildResult(output, diagnostics, site, timings=timer.spent)
        build_errors = [d for d in diagnostics if not d.code]
        gated = published_findings(
            findings, content.posts, content.pages, Visibility(options.drafts, options.future, now)
        )
        if has_errors(build_errors) or (options.lint_gate and fails(gated, config.lint.fail_on)):
            result.failed = True
            return result
        with timer("fingerprint"):
            fingerprints = Fingerprinter(plan.salt).all(all_routes)
            reused = unchanged(output, plan.previous, fingerprints)
        to_render = [r for r in all_routes if r.kind != "copy" and r.output not in reused]
        with timer("render"):
            rendered, found = self._render(to_render, all_routes, plan.theme, config)
            diagnostics.extend(found)
        if has_errors(found):
            result.failed = True
            return result
        copies = {
            r.output: r.copy_from
            for r in all_routes
            if r.kind == "copy" and r.copy_from and r.output not in reused
        }
        with timer("write"):
            manifest = self._write(output, rendered, copies, reused, fingerprints, plan.previous)
        result.pages = sum(1 for r in all_routes if r.kind == "template")
        result.files = len(all_routes)
        result.rendered = len(rendered) + len(copies)
        result.changed = sorted([*rendered, *copies])
        future = [p.date for p in content.posts if p.date > now]
        if self.in_place:
            self.manifest = manifest  # the dev server keeps it in memory
            return result
        self.cache.put_build(
            plan.folder,
            manifest,
            {
                "state": plan.state,
                "next_change": min(future) if future else None,
                "diagnostics": [d for d in diagnostics if d is not note],
                "pages": result.pages,
                "files": result.files,
            },
        )
        return result

    def _compiled(
        self, jobs: list[Job], keys: list[str], config: SiteConfig, selection: Selection
    ) -> tuple[dict[str, Compiled], float]:
        """Every job compiled (from memory, the cache or anew), and about how much of
        the wall-clock time went into linting the fresh ones."""
        assert self.cache is not None
        found = {k: self.memory[k] for k in keys if k in self.memory}
        missing = [k for k in keys if k not in found]
        if missing:
            cached = self.cache.get_compiled(missing, Compiled)
            found.update({key: value for key, value in cached.items() if value.is_whole()})
        todo = [
            (key, (path, kind, data or (self.site_dir / path).read_bytes()))  # unread, see digests
            for key, (path, kind, data) in zip(keys, jobs, strict=True)
            if key not in found
        ]
        fresh: dict[str, Compiled] = {}
        linting = 0.0
        if todo:
            made = compile_sources(
                [job for _, job in todo],
                config,
                selection,
                True,
                self.options.workers,
                self.options.progress,
            )
            fresh = {key: item for (key, _), item in zip(todo, made, strict=True)}
            found.update(fresh)
            # Workers lint side by side: their summed time is shared out over them.
            workers = workers_for(self.options.workers, len(todo))
            linting = sum(c.lint_seconds for c in fresh.values()) / workers
        if fresh or len(keys) != len(self.memory):
            self.cache.put_compiled(fresh, keep=keys)
        self.memory = {k: found[k] for k in keys}
        return self.memory, linting

    def _render(
        self, routes: list[Any], all_routes: list[Any], theme: Theme, config: SiteConfig
    ) -> tuple[dict[str, bytes], list[Diagnostic]]:
        from sitegen.render.pages import make_environment

        bytecode = self.site_dir / ".sitegen-cache" / "templates" if self.options.cache else None
        if bytecode is not None:
            bytecode.mkdir(parents=True, exist_ok=True)
        env = make_environment(theme, config, bytecode)
        return render_routes(
            routes, all_routes, env, config, self.site_dir, self.options.workers,
            self.options.progress,
        )  # fmt: skip

    def _write(
        self,
        output: Path,
        rendered: dict[str, bytes],
        copies: dict[str, Path],
        reused: set[str],
        fingerprints: dict[str, str],
        previous: dict[str, OutputRecord],
    ) -> dict[str, OutputRecord]:
        from sitegen.build.output import is_ours, update_in_place, write_failed, write_site

        complete = set(previous) == set(fingerprints) and is_ours(output)
        if not rendered and not copies and complete:
            return previous  # nothing changed: leave the output exactly as it is
        try:
            if self.in_place:
                update_in_place(output, rendered, copies, reused, set(previous) or None)
            else:
                write_site(output, rendered, copies, reused)
        except OSError as error:  # a full disk, a read-only folder …: the old site stays
            raise SitegenError([write_failed(output, error)]) from None
        manifest = {}
        for path, fingerprint in fingerprints.items():
            try:
                stat = (output / path).stat()
            except OSError:
                continue
            manifest[path] = OutputRecord(fingerprint, stat.st_size, stat.st_mtime_ns)
        return manifest


def published_findings(
    findings: Sequence[Diagnostic],
    posts: Iterable[Post],
    pages: Iterable[Page],
    visibility: Visibility,
) -> list[Diagnostic]:
    """The findings a build gates on: those in what it publishes. A draft (or a post
    dated later) that this build leaves out cannot fail it; `sitegen lint` still
    checks it."""
    items: list[Post | Page] = [*posts, *pages]
    hidden = {
        item.source.path
        for item in items
        if (item.draft and not visibility.drafts)
        or (item.date is not None and item.date > visibility.now and not visibility.future)
    }
    return [d for d in findings if d.path not in hidden]


def build(site_dir: Path, options: BuildOptions = BuildOptions()) -> BuildResult:
    """Build once (the CLI's `sitegen build`)."""
    builder = Builder(site_dir, options)
    try:
        return builder.build()
    finally:
        builder.close()
