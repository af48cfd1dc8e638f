"""What a build reads: the files under content/, sorted into Markdown jobs and static
copies, and the hash of each (the dev server skips files whose size and mtime have
not changed since it last read them)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sitegen.build.compile import Compiled, Job, compile_sources
from sitegen.config import SiteConfig
from sitegen.content import loader
from sitegen.content.model import Page, Post, SeriesInfo, StaticFile
from sitegen.diagnostics import Diagnostic, Severity

if TYPE_CHECKING:
    from sitegen.lint.engine import Selection


@dataclass
class ContentSet:
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


def load_content(
    site_dir: Path,
    config: SiteConfig,
    selection: Selection | None = None,
    sources: list[loader.SourceFile] | None = None,
    render: bool = True,
    workers: int | None = None,
) -> ContentSet:
    """Read (and, given a rule selection, lint) every file under content/, or the
    given `sources`, without any cache."""
    content = ContentSet()
    if sources is None:
        sources, content.diagnostics = loader.find_sources(site_dir)
    jobs = sort_sources(site_dir, sources, content)
    for compiled in compile_sources(jobs, config, selection, render, workers):
        content.add(compiled)
    return content


def sort_sources(
    site_dir: Path, sources: list[loader.SourceFile], content: ContentSet, read: bool = True
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
            try:
                data = (site_dir / source.path).read_bytes() if read else b""
            except FileNotFoundError:
                continue  # gone since it was listed: an editor's temporary file
            jobs.append((source.path, source.kind, data))
    return jobs


@dataclass
class Seen:
    """A source file as last read: its stat signature and the hash of its bytes. The
    change time and inode are part of the signature because a program can write new
    bytes of the same size and set the old mtime back (ctime it cannot set)."""

    signature: tuple[int, int, int, int]  # size, mtime, ctime, inode
    digest: str


def signature(info: os.stat_result) -> tuple[int, int, int, int]:
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


def digests(
    site_dir: Path, jobs: list[Job], seen: dict[str, Seen] | None
) -> tuple[list[Job], list[str]]:
    """The hash of each job's bytes. With `seen` (the dev server's memory of the
    previous build), jobs come unread, and a file whose size and mtime have not
    changed is neither read nor hashed again; the others are read here."""
    if seen is None:
        return jobs, [loader.content_hash(data) for _, _, data in jobs]
    found, read = [], []
    base = str(site_dir)
    for path, kind, data in jobs:
        try:
            now = signature(os.stat(os.path.join(base, path)))
            known = seen.get(path)
            if known is None or known.signature != now:
                data = (site_dir / path).read_bytes()
                known = seen[path] = Seen(now, loader.content_hash(data))
        except FileNotFoundError:
            continue  # gone since it was listed: an editor's temporary file
        read.append((path, kind, data))
        found.append(known.digest)
    return read, found
