"""Compiling content files (read, render Markdown, lint) and rendering pages, across
worker processes when there are enough of them.

Workers are forked from a process that has already imported and warmed up what
they need, so each starts with it instead of paying for it again. Below
PARALLEL_THRESHOLD files a pool costs more to start than it saves.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sitegen.config import SiteConfig
from sitegen.content import loader
from sitegen.content.model import Page, Post, SeriesInfo
from sitegen.diagnostics import Diagnostic
from sitegen.progress import Progress

# The linter, Jinja and the worker pool's modules (multiprocessing, concurrent.futures,
# ctypes: ~20 ms) are imported when they are used, not before: `sitegen lint` on a few
# files never starts a pool.
if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    import jinja2

    from sitegen.lint.engine import Selection
    from sitegen.render.routes import Route

# Below this many files a worker pool costs more to start than it saves.
PARALLEL_THRESHOLD = 64
T = TypeVar("T")


@dataclass
class Compiled:
    """One content file read, rendered and linted."""

    item: Post | Page | SeriesInfo | None
    diagnostics: list[Diagnostic]  # reading problems
    findings: list[Diagnostic]  # lint findings
    lint_seconds: float = 0.0  # how long linting it took, for --timings

    def is_whole(self) -> bool:
        """Whether a value read back from the cache has the shape this code expects."""
        return (
            isinstance(self.item, (Post, Page, SeriesInfo, type(None)))
            and isinstance(self.diagnostics, list)
            and isinstance(self.findings, list)
            and all(isinstance(d, Diagnostic) for d in (*self.diagnostics, *self.findings))
        )


def compile_source(
    path: str,
    kind: loader.SourceKind,
    data: bytes,
    config: SiteConfig,
    selection: Selection | None,
    render: bool = True,
) -> Compiled:
    """One content file's bytes → its model object, problems and lint findings. Pure."""
    from sitegen.lint.engine import lint_item

    loaded = loader.read_item(path, data, kind, config, render)
    if selection is None or not isinstance(loaded.item, (Post, Page)):
        return Compiled(loaded.item, loaded.diagnostics, [])
    started = time.perf_counter()
    findings = lint_item(loaded.item, loaded.tokens, config, selection)
    return Compiled(loaded.item, loaded.diagnostics, findings, time.perf_counter() - started)


Job = tuple[str, loader.SourceKind, bytes]


def _compile_chunk(
    jobs: list[Job], config: SiteConfig, selection: Selection | None, render: bool
) -> list[Compiled]:
    return [
        compile_source(path, kind, data, config, selection, render) for path, kind, data in jobs
    ]


def workers_for(wanted: int | None, tasks: int) -> int:
    if wanted is not None:
        return max(1, wanted)
    if tasks < PARALLEL_THRESHOLD:
        return 1
    if threading.active_count() > 1:
        # Forking while another thread runs (the dev server's HTTP and watcher
        # threads) can give the child a lock that thread held, and the child then
        # waits for ever. The dev server's rebuilds are small: they run here.
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def _worker_start(parent: int) -> None:
    """In each worker: die with the parent, whatever kills it, and leave Ctrl-C to the
    parent (which stops the workers itself)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        import ctypes
        import ctypes.util

        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


_PR_SET_PDEATHSIG = 1


@contextmanager
def pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A pool of forked workers that never outlive this process: on any exception
    (Ctrl-C and SIGTERM included) they are killed at once, not waited for."""
    import ctypes.util  # noqa: F401  (for _worker_start: imported once, before the fork)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    executor = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_worker_start,
        initargs=(os.getpid(),),
    )
    try:
        yield executor
    except BaseException:
        processes = list(getattr(executor, "_processes", {}).values())
        for process in processes:
            with contextlib.suppress(OSError):
                process.kill()
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.join(timeout=1)
        raise
    executor.shutdown(wait=True)


def chunks(items: list[T], workers: int) -> list[list[T]]:
    size = max(1, -(-len(items) // (workers * 4)))
    return [items[i : i + size] for i in range(0, len(items), size)]


def warm_up(config: SiteConfig, linting: bool) -> None:
    """Import and set up, once, what every worker needs (they are forked from this
    process, so they start with it instead of each paying for it again)."""
    from sitegen.content import markdown

    markdown.parser(config.markdown)
    if config.markdown.highlight:
        markdown.warm_up()
    if linting:
        from sitegen.lint import engine  # noqa: F401  (imports every rule)
        from sitegen.lint.rules import readability

        readability.syllables("conversation")  # loads the hyphenation dictionary


def compile_sources(
    jobs: list[Job],
    config: SiteConfig,
    selection: Selection | None,
    render: bool = True,
    workers: int | None = None,
    progress: Progress | None = None,
) -> list[Compiled]:
    """Compile many files, across processes when there are enough of them."""
    count = workers_for(workers, len(jobs))
    if count <= 1 or len(jobs) < 2:
        if progress is None:
            return _compile_chunk(jobs, config, selection, render)
        made: list[Compiled] = []
        for start in range(0, len(jobs), 64):
            made.extend(_compile_chunk(jobs[start : start + 64], config, selection, render))
            progress("compiling", len(made), len(jobs))
        return made
    parts = chunks(jobs, count)
    warm_up(config, selection is not None)
    with pool(count) as executor:
        futures = [executor.submit(_compile_chunk, c, config, selection, render) for c in parts]
        report_progress(futures, [len(c) for c in parts], "compiling", progress)
        return [compiled for future in futures for compiled in future.result()]


def report_progress(
    futures: list[Future[Any]], sizes: list[int], stage: str, progress: Progress | None
) -> None:
    """Tell `progress` about each chunk as it is done (results are read in order later)."""
    if progress is None:
        return
    from concurrent.futures import as_completed

    size_of = {id(f): n for f, n in zip(futures, sizes, strict=True)}
    done = 0
    for future in as_completed(futures):
        done += size_of[id(future)]
        progress(stage, done, sum(sizes))


_RENDER_STATE: dict[str, Any] = {}  # what forked render workers inherit


def _render_chunk(indices: list[int]) -> tuple[dict[str, bytes], list[Diagnostic]]:
    from sitegen.render.pages import render_all

    state = _RENDER_STATE
    chosen = [state["routes"][i] for i in indices]
    return render_all(chosen, state["env"], state["config"], state["routes"], state["site_dir"])


def render_routes(
    routes: list[Route],
    all_routes: list[Route],
    env: jinja2.Environment,
    config: SiteConfig,
    site_dir: Path,
    wanted: int | None,
    progress: Progress | None,
) -> tuple[dict[str, bytes], list[Diagnostic]]:
    """Render `routes` (output path → bytes), across processes when there are enough;
    template errors come back folded into one per cause."""
    from sitegen.render.pages import render_all, summarise

    count = workers_for(wanted, len(routes))
    rendered: dict[str, bytes] = {}
    problems: list[Diagnostic] = []
    if count <= 1 or len(routes) < PARALLEL_THRESHOLD * 2:
        for start in range(0, len(routes), 64):
            part = routes[start : start + 64]
            files, found = render_all(part, env, config, all_routes, site_dir)
            rendered.update(files)
            problems.extend(found)
            if progress is not None:
                progress("rendering", start + len(part), len(routes))
        return rendered, summarise(problems)
    index = {id(r): i for i, r in enumerate(all_routes)}
    for name in {r.template for r in routes if r.kind == "template"}:
        with contextlib.suppress(Exception):  # errors are reported when rendering
            env.get_template(name)  # compiled once here, not in every worker
    _RENDER_STATE.update(routes=all_routes, env=env, config=config, site_dir=site_dir)
    try:
        with pool(count) as executor:
            parts = chunks([index[id(r)] for r in routes], count)
            futures = [executor.submit(_render_chunk, chunk) for chunk in parts]
            report_progress(futures, [len(c) for c in parts], "rendering", progress)
            results = [future.result() for future in futures]
    finally:
        _RENDER_STATE.clear()
    for files, found in results:
        rendered.update(files)
        problems.extend(found)
    return rendered, summarise(problems)
