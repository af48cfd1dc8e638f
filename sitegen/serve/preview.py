"""`sitegen serve`: build the preview, serve it, rebuild on change, reload the browser.

The preview is built (drafts and scheduled posts included, marked as such) into
`.sitegen-cache/preview/`, never into the production output. A watcher thread
collects file changes; the main loop coalesces bursts of them into one
incremental rebuild and tells every open page what happened: reload, swap the
stylesheets, or show the errors of a failed build over the last good page.
"""

from __future__ import annotations

import datetime as dt
import errno
import signal
import sys
import threading
import time
import webbrowser
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from sitegen.build.builder import Builder, BuildOptions, BuildResult, published_findings
from sitegen.build.cache import CACHE_DIR
from sitegen.content.model import Site
from sitegen.content.site import Visibility
from sitegen.diagnostics import ConfigError, Diagnostic, Severity, SitegenError
from sitegen.report import print_diagnostics, source_lines
from sitegen.serve import panel
from sitegen.serve.events import Broker
from sitegen.serve.http import DevServer, ServeState
from sitegen.serve.watch import TRACE, Watcher, collect

PREVIEW_DIR = "preview"


class Preview:
    """The state of the preview between rebuilds."""

    def __init__(
        self, site_dir: Path, drafts: bool, broker: Broker, out: TextIO, err: TextIO
    ) -> None:
        self.site_dir = site_dir
        self.output = site_dir / CACHE_DIR / PREVIEW_DIR
        # Lint findings show in the page's panel; they do not stop the preview.
        options = BuildOptions(drafts=drafts, future=drafts, output=self.output, lint_gate=False)
        self.builder = Builder(site_dir, options, in_place=True)
        self.broker = broker
        self.state = ServeState(root=self.output)
        self.out, self.err = out, err
        self.site: Site | None = None
        self.failed = False
        self.last_failure: tuple[tuple[str, str], ...] = ()  # printed once, not per rebuild
        self.blocking_said = 0
        self.last_event_at = 0.0  # when the last reload/css event went out (for benchmarks)

    def rebuild(self, changed: Iterable[str] = ()) -> BuildResult | None:
        started = time.perf_counter()
        try:
            result: BuildResult | None = self.builder.build()
            diagnostics = result.diagnostics if result else []
            ok = bool(result and result.ok)
        except SitegenError as error:
            result, diagnostics, ok = None, error.diagnostics, False
        elapsed = (time.perf_counter() - started) * 1000
        touched = {Path(p).resolve() for p in changed}
        shown = [
            d
            for d in diagnostics
            if (d.severity.value == "error" and not d.code)
            or (self.site_dir / d.path).resolve() in touched
        ]
        if not ok:
            signature = tuple((d.location, d.message) for d in diagnostics)
            repeated = self.failed and signature == self.last_failure and not touched
            self.failed, self.last_failure = True, signature
            if repeated:
                return result  # the same errors as the last attempt: said once is enough
            print_diagnostics(shown, self.site_dir, self.err)
            errors = panel.overlay(
                [d for d in diagnostics if not d.code] or diagnostics,
                source_lines([self.site_dir]),
            )
            self.broker.publish("failed", {"errors": errors}, remember=True)
            self.last_event_at = time.perf_counter()
            if (self.output / "index.html").is_file():
                self.state.placeholder = None
                after = "still serving the last good build"
            else:  # broken from the start: pages show the errors until the site builds
                self.state.placeholder = panel.PLACEHOLDER
                after = "the browser shows the errors until the site builds"
            self.err.write(f"Build failed after {elapsed:.0f} ms; {after}.\n")
            self.err.flush()
            return result
        print_diagnostics(shown, self.site_dir, self.err)
        assert result is not None
        self.state.placeholder = None
        self.last_failure = ()
        if result.site is not None:
            self.site = result.site
        config = result.site.config if result.site else None
        self.state.page_info = partial(panel.page_info, self.site, diagnostics, config=config)
        blocking = self._blocking(diagnostics)
        changed_outputs = result.changed
        if changed_outputs or self.failed:
            only_css = bool(changed_outputs) and all(p.endswith(".css") for p in changed_outputs)
            self.broker.publish("css" if only_css and not self.failed else "reload")
            self.last_event_at = time.perf_counter()
        self.failed = False
        shown_blocking = panel.overlay(blocking, source_lines([self.site_dir]))
        self.broker.publish("built", {"blocking": shown_blocking}, remember=True)
        names = ", ".join(sorted({Path(p).name for p in changed}))[:80]
        if result.rendered or names:
            count = result.rendered
            self.out.write(
                f"Rebuilt in {elapsed:.0f} ms ({count} file{'s' if count != 1 else ''} changed)"
                + (f" after {names}" if names else "")
                + "\n"
            )
            self.out.flush()
        if blocking and (result.rendered or names or self.blocking_said != len(blocking)):
            self.err.write(_would_fail(blocking))
            self.err.flush()
        self.blocking_said = len(blocking)
        return result

    def _blocking(self, diagnostics: Sequence[Diagnostic]) -> list[Diagnostic]:
        """The lint findings that would fail `sitegen build`: at the site's fail_on
        level, in what a build publishes (the preview also shows drafts)."""
        from sitegen.lint.engine import fails

        site = self.site
        if site is None:
            return []
        published = published_findings(
            [d for d in diagnostics if d.code],
            site.posts,
            site.pages,
            Visibility(now=dt.datetime.now(dt.UTC)),
        )
        fail_on = site.config.lint.fail_on
        return [d for d in published if d.severity is Severity.ERROR and fails([d], fail_on)]


def _would_fail(blocking: Sequence[Diagnostic]) -> str:
    count = len(blocking)
    first = blocking[0]
    more = f" and {count - 1} more" if count > 1 else ""
    return (
        f"`sitegen build` would fail: {count} lint error{'s' if count != 1 else ''} in what it "
        f"publishes ({first.location} {first.code} {first.name}{more}). The preview shows "
        "them; fix them or turn the rule down in site.yaml.\n"
    )


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # stop on SIGTERM as on Ctrl-C


def bind(host: str, port: int, state: ServeState, broker: Broker) -> DevServer:
    """Start listening; raise SitegenError with a suggestion when the port is taken."""
    try:
        return DevServer((host, port), state, broker)
    except OSError as error:
        if error.errno not in (errno.EADDRINUSE, errno.EACCES):
            raise
        suggestion = _free_port(host, port)
        hint = (
            f"Try --port {suggestion}, or --port 0 to let the system choose."
            if suggestion
            else "Try --port 0 to let the system choose a free port."
        )
        raise PortInUse(port, hint) from None


class PortInUse(ConfigError):  # a usage error: exit code 2, as the README says
    def __init__(self, port: int, hint: str) -> None:
        super().__init__([Diagnostic("--port", 0, 0, f"port {port} is already in use", hint=hint)])


def _free_port(host: str, port: int) -> int | None:
    import socket

    for candidate in range(port + 1, port + 50):
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            try:
                probe.bind((host, candidate))
                return candidate
            except OSError:
                continue
    return None


def run(
    site_dir: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    open_browser: bool = False,
    drafts: bool = True,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
    ready: Callable[[DevServer], Any] | None = None,
) -> int:
    """Serve until interrupted. Returns the exit code."""
    broker = Broker()
    preview = Preview(site_dir, drafts, broker, out, err)
    # The port first: a second `serve` must not rebuild the preview the running one serves.
    try:
        server = bind(host, port, preview.state, broker)
    except BaseException:
        preview.builder.close()
        raise
    first = preview.rebuild()
    if first is not None and first.site is not None:
        from sitegen.build.compile import warm_up

        warm_up(first.site.config, linting=True)  # so the first edit is as quick as the rest
    serving = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.2}, name="sitegen-http", daemon=True
    )
    serving.start()
    watcher = Watcher(site_dir)
    watcher.start()
    # Anything saved while the first build ran, or before the watcher was ready,
    # is caught by one more (usually empty) rebuild.
    time.sleep(0.3)
    watcher.changes.put(set())
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.write(
            f"Warning: serving on {host}: anyone who can reach this machine can read your drafts.\n"
        )
    out.write(
        f"Serving {site_dir.resolve().name} at {server.url} (drafts "
        f"{'shown' if drafts else 'hidden'}). Press Ctrl-C to stop.\n"
    )
    out.flush()
    if open_browser:
        webbrowser.open(server.url)
    if ready is not None:
        ready(server)
    previous_handler = signal.signal(signal.SIGTERM, _interrupt)
    try:
        while True:
            changed = collect(watcher.changes)
            if changed is not None:
                if TRACE:
                    err.write(f"trace: changes collected at {time.perf_counter():.4f}\n")
                preview.rebuild(changed)
                if TRACE:
                    err.write(f"trace: rebuilt at {time.perf_counter():.4f}\n")
    except KeyboardInterrupt:
        pass
    finally:
        watcher.close()
        broker.close()
        server.shutdown()
        server.server_close()
        serving.join(timeout=2)
        preview.builder.close()
        signal.signal(signal.SIGTERM, previous_handler)
        out.write("Stopped.\n")
        out.flush()
    return 0
