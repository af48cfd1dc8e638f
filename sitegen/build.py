"""Orchestration: load → lint → assemble → route → render → write.

This is one of the edges: it reads the clock and the filesystem, keeps the cache
and runs worker processes. The stages it calls are pure functions.

A `Builder` owns one site's builds. It remembers compiled content in memory (the
dev server keeps one alive between rebuilds) and in the on-disk cache (between
runs). A page is rendered again only when its fingerprint changes, and files
whose bytes would not change are carried over with their mtime.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gc
import multiprocessing
import os
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sitegen import __version__
from sitegen.cache import Cache, OutputRecord, digest, open_cache
from sitegen.config import CONFIG_FILE, SiteConfig, load_config
from sitegen.content import loader
from sitegen.content.model import Page, Post, SeriesInfo, Site, StaticFile
from sitegen.diagnostics import ConfigError, Diagnostic, Severity, has_errors
from sitegen.progress import Progress

if TYPE_CHECKING:  # the linter is imported when something is linted, not before
    from sitegen.lint.engine import Selection
    from sitegen.lint.report import Totals

# Below this many files a worker pool costs more to start than it saves.
PARALLEL_THRESHOLD = 64
T = TypeVar("T")


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
class Compiled:
    """One content file read, rendered and linted."""

    item: Post | Page | SeriesInfo | None
    diagnostics: list[Diagnostic]  # reading problems
    findings: list[Diagnostic]  # lint findings


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

    def add(self, compiled: Compiled) -> None:
        item = compiled.item
        self.diagnostics.extend(compiled.diagnostics)
        self.findings.extend(compiled.findings)
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


# ------------------------------------------------------------- content


def compile_source(
    path: str,
    kind: loader.Kind,
    data: bytes,
    config: SiteConfig,
    selection: Selection | None,
    render: bool = True,
) -> Compiled:
    """One content file's bytes → its model object, problems and lint findings. Pure."""
    from sitegen.lint.engine import lint_item

    loaded = loader.read_item(path, data, kind, config, render)
    findings = (
        lint_item(loaded.item, loaded.tokens, config, selection)
        if selection is not None and isinstance(loaded.item, (Post, Page))
        else []
    )
    return Compiled(loaded.item, loaded.diagnostics, findings)


Job = tuple[str, loader.Kind, bytes]


def _compile_chunk(
    jobs: list[Job], config: SiteConfig, selection: Selection | None, render: bool
) -> list[Compiled]:
    return [
        compile_source(path, kind, data, config, selection, render) for path, kind, data in jobs
    ]


def _workers(wanted: int | None, tasks: int) -> int:
    if wanted is not None:
        return max(1, wanted)
    if tasks < PARALLEL_THRESHOLD:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def _pool(workers: int) -> ProcessPoolExecutor:
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)


def _chunks(items: list[T], workers: int) -> list[list[T]]:
    size = max(1, -(-len(items) // (workers * 4)))
    return [items[i : i + size] for i in range(0, len(items), size)]


def _warm_up(config: SiteConfig, linting: bool) -> None:
    """Import and set up, once, what every worker needs (they are forked from this
    process, so they start with it instead of each paying for it again)."""
    from sitegen import markdown

    markdown.parser(config.markdown)
    if config.markdown.highlight:
        markdown.warm_up()
    if linting:
        from sitegen.lint import engine  # noqa: F401  (imports every rule)
        from sitegen.lint.rules import readability

        readability.syllables("conversation")  # loads the hyphenation dictionary


def compile_all(
    jobs: list[Job],
    config: SiteConfig,
    selection: Selection | None,
    render: bool = True,
    workers: int | None = None,
    progress: Progress | None = None,
) -> list[Compiled]:
    """Compile many files, across processes when there are enough of them."""
    count = _workers(workers, len(jobs))
    if count <= 1 or len(jobs) < 2:
        if progress is None:
            return _compile_chunk(jobs, config, selection, render)
        made: list[Compiled] = []
        for start in range(0, len(jobs), 64):
            made.extend(_compile_chunk(jobs[start : start + 64], config, selection, render))
            progress("compiling", len(made), len(jobs))
        return made
    chunks = _chunks(jobs, count)
    _warm_up(config, selection is not None)
    with _pool(count) as pool:
        futures = [pool.submit(_compile_chunk, c, config, selection, render) for c in chunks]
        _report(futures, [len(c) for c in chunks], "compiling", progress)
        return [compiled for future in futures for compiled in future.result()]


def _report(
    futures: list[Future[Any]], sizes: list[int], stage: str, progress: Progress | None
) -> None:
    """Tell `progress` about each chunk as it is done (results are read in order later)."""
    if progress is None:
        return
    size_of = {id(f): n for f, n in zip(futures, sizes, strict=True)}
    done = 0
    for future in as_completed(futures):
        done += size_of[id(future)]
        progress(stage, done, sum(sizes))


def load_content(
    site_dir: Path,
    config: SiteConfig,
    selection: Selection | None = None,
    sources: list[loader.SourceFile] | None = None,
    render: bool = True,
    workers: int | None = None,
) -> Content:
    """Read (and, given a rule selection, lint) every file under content/, or the
    given `sources`, without any cache."""
    content = Content()
    if sources is None:
        sources, content.diagnostics = loader.find_sources(site_dir)
    jobs = _sort_sources(site_dir, sources, content)
    for compiled in compile_all(jobs, config, selection, render, workers):
        content.add(compiled)
    return content


def _sort_sources(
    site_dir: Path, sources: list[loader.SourceFile], content: Content, read: bool = True
) -> list[Job]:
    """Static files go to `content`; Markdown files become jobs (with their bytes,
    unless `read` is false)."""
    jobs: list[Job] = []
    for source in sources:
        if source.kind == "static":
            content.static_files.append(loader.static_output(source.path))
        elif source.kind == "stray":
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
        else:
            data = (site_dir / source.path).read_bytes() if read else b""
            jobs.append((source.path, source.kind, data))
    return jobs


@dataclass
class _Seen:
    size: int
    mtime_ns: int
    digest: str


def _digests(
    site_dir: Path, jobs: list[Job], seen: dict[str, _Seen] | None
) -> tuple[list[Job], list[str]]:
    """The hash of each job's bytes. With `seen` (the dev server's memory of the
    previous build), jobs come unread, and a file whose size and mtime have not
    changed is neither read nor hashed again; the others are read here."""
    if seen is None:
        return jobs, [loader.digest(data) for _, _, data in jobs]
    found, read = [], []
    base = str(site_dir)
    for path, kind, data in jobs:
        info = os.stat(os.path.join(base, path))
        known = seen.get(path)
        if known is None or (known.size, known.mtime_ns) != (info.st_size, info.st_mtime_ns):
            data = (site_dir / path).read_bytes()
            known = seen[path] = _Seen(info.st_size, info.st_mtime_ns, loader.digest(data))
        read.append((path, kind, data))
        found.append(known.digest)
    return read, found


def lint_findings(content: Content, config: SiteConfig, selection: Selection) -> list[Diagnostic]:
    """Per-file findings, the series rules, and coded reading problems, as configured."""
    from sitegen.content import series
    from sitegen.lint.engine import lint_site

    groups = series.group(content.posts, content.series)
    coded = [d for d in content.diagnostics if d.code]
    return selection.apply([*content.findings, *lint_site(groups, config, selection), *coded])


# ---------------------------------------------------------------- lint


@dataclass
class LintResult:
    diagnostics: list[Diagnostic]
    totals: Totals
    fail_on: str


def _lint_sources(site_dir: Path, paths: Sequence[Path]) -> tuple[list[loader.SourceFile], bool]:
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
            absolute = Path(os.path.realpath(file))
            kind: loader.Kind
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
    from sitegen.lint.report import Totals

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


# --------------------------------------------------------------- build

_RENDER_STATE: dict[str, Any] = {}  # what forked render workers inherit


def _render_chunk(indices: list[int]) -> tuple[dict[str, bytes], list[Diagnostic]]:
    from sitegen.render.pages import render_all

    state = _RENDER_STATE
    chosen = [state["routes"][i] for i in indices]
    return render_all(chosen, state["env"], state["config"], state["routes"], state["site_dir"])


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
        self.seen: dict[str, _Seen] = {}  # dev server: source files as last read
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
        from sitegen.render.theme import resolve
        from sitegen.write import check_output_dir

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
            content = Content()
            sources, content.diagnostics = loader.find_sources(self.site_dir)
            jobs = _sort_sources(self.site_dir, sources, content, read=not self.in_place)
            jobs, hashes = _digests(self.site_dir, jobs, self.seen if self.in_place else None)
            keys = [
                digest(config_key, path, kind, hashed)
                for (path, kind, _), hashed in zip(jobs, hashes, strict=True)
            ]
            state = _state(
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
            # The dev server always assembles the site: it shows lint findings from it.
            if (
                last is not None
                and not self.in_place
                and _still_current(last, state, now, output, previous)
            ):
                return BuildResult(
                    output, last["diagnostics"], None, last["pages"], last["files"], 0, timer.spent
                )
        return self._build(
            config,
            config_key,
            salt,
            theme,
            output,
            folder,
            content,
            jobs,
            keys,
            state,
            previous,
            now,
            timer,
        )

    def _build(
        self,
        config: SiteConfig,
        config_key: str,
        salt: str,
        theme: Any,
        output: Path,
        folder: str,
        content: Content,
        jobs: list[Job],
        keys: list[str],
        state: str,
        previous: dict[str, OutputRecord],
        now: dt.datetime,
        timer: Timer,
    ) -> BuildResult:
        from sitegen.content.site import Visibility, assemble
        from sitegen.lint.engine import fails, select
        from sitegen.render import routes as routes_mod
        from sitegen.render.fingerprint import Fingerprinter

        assert self.cache is not None
        options = self.options
        with timer("config"):
            selection, problems = select(config)
            if problems:
                raise ConfigError(problems)
            lint_key = digest(config_key, repr(sorted(selection.severities.items())))
        with timer("compile"):
            compiled = self._compiled(jobs, [digest(lint_key, k) for k in keys], config, selection)
            for item in compiled.values():
                content.add(item)
        with timer("lint"):
            findings = lint_findings(content, config, selection)
        diagnostics = [d for d in content.diagnostics if not d.code] + findings
        with timer("assemble"):
            site = assemble(
                config,
                content.posts,
                content.pages,
                content.series,
                content.static_files,
                Visibility(options.drafts, options.future, now),
            )
            all_routes, found = routes_mod.routes(site, theme.static_dirs, self.site_dir)
            diagnostics.extend(found)
        result = BuildResult(output, diagnostics, site, timings=timer.spent)
        build_errors = [d for d in diagnostics if not d.code]
        if has_errors(build_errors) or (options.lint_gate and fails(findings, config.lint.fail_on)):
            result.failed = True
            return result
        with timer("fingerprint"):
            fingerprints = Fingerprinter(salt).all(all_routes)
            reused = _unchanged(output, previous, fingerprints)
        to_render = [r for r in all_routes if r.kind != "copy" and r.output not in reused]
        with timer("render"):
            rendered, found = self._render(to_render, all_routes, theme, config)
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
            manifest = self._write(output, rendered, copies, reused, fingerprints, previous)
        result.pages = sum(1 for r in all_routes if r.kind == "template")
        result.files = len(all_routes)
        result.rendered = len(rendered) + len(copies)
        result.changed = sorted([*rendered, *copies])
        future = [p.date for p in content.posts if p.date > now]
        if self.in_place:
            self.manifest = manifest  # the dev server keeps it in memory
            return result
        self.cache.put_build(
            folder,
            manifest,
            {
                "state": state,
                "next_change": min(future) if future else None,
                "diagnostics": diagnostics,
                "pages": result.pages,
                "files": result.files,
            },
        )
        return result

    def _compiled(
        self, jobs: list[Job], keys: list[str], config: SiteConfig, selection: Selection
    ) -> dict[str, Compiled]:
        assert self.cache is not None
        found = {k: self.memory[k] for k in keys if k in self.memory}
        missing = [k for k in keys if k not in found]
        if missing:
            found.update(self.cache.get_compiled(missing))
        todo = [
            (key, (path, kind, data or (self.site_dir / path).read_bytes()))  # unread, see _digests
            for key, (path, kind, data) in zip(keys, jobs, strict=True)
            if key not in found
        ]
        fresh: dict[str, Compiled] = {}
        if todo:
            made = compile_all(
                [job for _, job in todo],
                config,
                selection,
                True,
                self.options.workers,
                self.options.progress,
            )
            fresh = {key: item for (key, _), item in zip(todo, made, strict=True)}
            found.update(fresh)
        if fresh or len(keys) != len(self.memory):
            self.cache.put_compiled(fresh, keep=keys)
        self.memory = {k: found[k] for k in keys}
        return self.memory

    def _render(
        self, routes: list[Any], all_routes: list[Any], theme: Any, config: SiteConfig
    ) -> tuple[dict[str, bytes], list[Diagnostic]]:
        from sitegen.render.pages import make_environment, render_all, summarise

        bytecode = self.site_dir / ".sitegen-cache" / "templates" if self.options.cache else None
        if bytecode is not None:
            bytecode.mkdir(parents=True, exist_ok=True)
        env = make_environment(theme, config, bytecode)
        count = _workers(self.options.workers, len(routes))
        progress = self.options.progress
        rendered: dict[str, bytes] = {}
        problems: list[Diagnostic] = []
        if count <= 1 or len(routes) < PARALLEL_THRESHOLD * 2:
            for start in range(0, len(routes), 64):
                part = routes[start : start + 64]
                files, found = render_all(part, env, config, all_routes, self.site_dir)
                rendered.update(files)
                problems.extend(found)
                if progress is not None:
                    progress("rendering", start + len(part), len(routes))
            return rendered, summarise(problems)
        index = {id(r): i for i, r in enumerate(all_routes)}
        for name in {r.template for r in routes if r.kind == "template"}:
            with contextlib.suppress(Exception):  # errors are reported when rendering
                env.get_template(name)  # compiled once here, not in every worker
        _RENDER_STATE.update(routes=all_routes, env=env, config=config, site_dir=self.site_dir)
        try:
            with _pool(count) as pool:
                chunks = _chunks([index[id(r)] for r in routes], count)
                futures = [pool.submit(_render_chunk, chunk) for chunk in chunks]
                _report(futures, [len(c) for c in chunks], "rendering", progress)
                parts = [future.result() for future in futures]
        finally:
            _RENDER_STATE.clear()
        for files, found in parts:
            rendered.update(files)
            problems.extend(found)
        return rendered, summarise(problems)

    def _write(
        self,
        output: Path,
        rendered: dict[str, bytes],
        copies: dict[str, Path],
        reused: set[str],
        fingerprints: dict[str, str],
        previous: dict[str, OutputRecord],
    ) -> dict[str, OutputRecord]:
        from sitegen.write import MARKER, update_in_place, write_site

        complete = set(previous) == set(fingerprints) and (output / MARKER).is_file()
        if not rendered and not copies and complete:
            return previous  # nothing changed: leave the output exactly as it is
        if self.in_place:
            update_in_place(output, rendered, copies, reused, set(previous) or None)
        else:
            write_site(output, rendered, copies, reused)
        manifest = {}
        for path, fingerprint in fingerprints.items():
            try:
                stat = (output / path).stat()
            except OSError:
                continue
            manifest[path] = OutputRecord(fingerprint, stat.st_size, stat.st_mtime_ns)
        return manifest


def _state(
    salt: str,
    keys: list[str],
    static: list[StaticFile],
    site_dir: Path,
    found: list[Diagnostic],
) -> str:
    """A hash of everything a build reads: if it is the same as last time, so is
    the site. `found` are the problems met while finding the files (a symlink
    skipped): they are part of what the build reports."""
    stats = []
    for file in static:
        try:
            info = (site_dir / file.source).stat()
        except OSError:
            continue
        stats.append(f"{file.source}|{info.st_size}|{info.st_mtime_ns}")
    return digest(salt, *keys, *stats, *map(repr, found))


def _still_current(
    last: Any, state: str, now: dt.datetime, output: Path, previous: dict[str, OutputRecord]
) -> bool:
    """Whether the last build read exactly this, no post has become due since, and
    its output is still there as it was written."""
    from sitegen.write import MARKER

    if not last or last.get("state") != state or not previous:
        return False
    due = last.get("next_change")
    if due is not None and now >= due:
        return False
    if not (output / MARKER).is_file():
        return False
    for path, record in previous.items():
        try:
            info = (output / path).stat()
        except OSError:
            return False
        if info.st_size != record.size or info.st_mtime_ns != record.mtime_ns:
            return False
    return True


def _unchanged(
    output: Path, previous: dict[str, OutputRecord], fingerprints: dict[str, str]
) -> set[str]:
    """Outputs whose fingerprint is the same as last time and whose file in the
    output folder is still the one sitegen wrote (same size and mtime)."""
    kept = set()
    base = str(output)
    for path, fingerprint in fingerprints.items():
        record = previous.get(path)
        if record is None or record.fingerprint != fingerprint:
            continue
        try:
            stat = os.stat(os.path.join(base, path))
        except OSError:
            continue
        if stat.st_size == record.size and stat.st_mtime_ns == record.mtime_ns:
            kept.add(path)
    return kept


def build(site_dir: Path, options: BuildOptions = BuildOptions()) -> BuildResult:
    """Build once (the CLI's `sitegen build`)."""
    builder = Builder(site_dir, options)
    try:
        return builder.build()
    finally:
        builder.close()
