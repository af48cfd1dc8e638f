"""The command line: new, build, serve, lint. Parses arguments, calls the pipeline,
prints what happened and chooses the exit code. Nothing else lives here.

Exit codes: 0 success, 1 the site has errors, 2 usage or configuration error.
Heavy modules are imported inside the commands so `--version` and `lint` start fast.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

from sitegen import __version__
from sitegen.diagnostics import ConfigError, Diagnostic, SitegenError

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


class _Formatter(argparse.RawDescriptionHelpFormatter):
    pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sitegen",
        description="Build a blog from Markdown, and lint posts and social blurbs for "
        "conversation.",
        formatter_class=_Formatter,
        epilog="examples:\n  sitegen new site myblog\n  sitegen build myblog\n"
        "  sitegen serve\n  sitegen lint content/posts/draft.md\n\n"
        "Run 'sitegen COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"sitegen {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show Python tracebacks for unexpected errors"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    build = commands.add_parser(
        "build",
        help="build the site into its output folder",
        formatter_class=_Formatter,
        description="Build the site: check content, lint it, render it and swap the new "
        "output in only when everything succeeded.",
        epilog="examples:\n  sitegen build\n  sitegen build myblog -o /tmp/preview --drafts\n"
        "  sitegen build --base-url https://staging.example.org/",
    )
    _site_dir_argument(build)
    build.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="DIR",
        help="output folder (default: output_dir from site.yaml, 'public')",
    )
    build.add_argument("--drafts", action="store_true", help="include drafts")
    build.add_argument("--future", action="store_true", help="include posts dated in the future")
    build.add_argument("--base-url", metavar="URL", help="override base_url from site.yaml")
    build.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="print only errors (no summary line, no warnings)",
    )
    build.set_defaults(handler=_cmd_build)

    new = commands.add_parser(
        "new",
        help="create a site or a post",
        formatter_class=_Formatter,
        description="Create a starter site, or a post with its front matter filled in.",
        epilog='examples:\n  sitegen new site myblog\n  sitegen new post "Why we write"\n'
        '  sitegen new post "Key #4: listening" --series "The four keys" --part 4',
    )
    what = new.add_subparsers(dest="what", metavar="WHAT")
    what.required = True
    new_site = what.add_parser(
        "site",
        help="a starter site that builds",
        formatter_class=_Formatter,
        epilog="example:\n  sitegen new site myblog --title 'My blog'",
    )
    new_site.add_argument("directory", type=Path, metavar="DIR")
    new_site.add_argument("--title", default="My blog", help="the site's title")
    new_site.set_defaults(handler=_cmd_new_site)
    new_post = what.add_parser(
        "post",
        help="a new post in content/posts/",
        formatter_class=_Formatter,
        epilog='examples:\n  sitegen new post "Why we write"\n'
        '  sitegen new post "Listening" --series "The four keys"   # picks the next part',
    )
    new_post.add_argument("title")
    new_post.add_argument("--series", metavar="NAME", help="series title or slug")
    new_post.add_argument(
        "--part", type=int, metavar="N", help="part number (default: the next free one)"
    )
    new_post.add_argument(
        "--site",
        type=Path,
        default=None,
        metavar="DIR",
        help="site folder (default: the folder holding site.yaml)",
    )
    new_post.set_defaults(handler=_cmd_new_post)
    return parser


def _site_dir_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "site_dir",
        nargs="?",
        type=Path,
        default=None,
        metavar="SITE_DIR",
        help="the folder holding site.yaml (default: this folder or a parent)",
    )


def _find_site(given: Path | None) -> Path:
    from sitegen.config import CONFIG_FILE, find_site_dir

    if given is not None:
        return given
    found = find_site_dir(Path.cwd())
    if found is None:
        raise ConfigError(
            [
                Diagnostic(
                    CONFIG_FILE,
                    0,
                    0,
                    f"no {CONFIG_FILE} in {Path.cwd()} or its parents",
                    hint="Run sitegen inside your site folder, pass the folder as an argument, or "
                    "create a site with 'sitegen new site DIR'.",
                )
            ]
        )
    return found


@cache
def _lines_of(site_dir: Path, path: str) -> list[str]:
    try:
        file = Path(path) if Path(path).is_absolute() else site_dir / path
        return file.read_text(encoding="utf-8-sig", errors="replace").splitlines()
    except OSError:
        return []


def _source_lines(site_dir: Path) -> Callable[[str], list[str]]:
    return lambda path: _lines_of(site_dir, path)


def print_diagnostics(diagnostics: Sequence[Diagnostic], site_dir: Path | None) -> None:
    from sitegen.report import format_text, use_colour

    if not diagnostics:
        return
    text = format_text(
        diagnostics, _source_lines(site_dir) if site_dir else None, use_colour(sys.stderr.isatty())
    )
    sys.stderr.write(text + ("\n" if not text.endswith("\n") else ""))


def _display(path: Path) -> str:
    try:
        shown = path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        shown = str(path)
    return shown.rstrip("/") + "/"


def _cmd_build(args: argparse.Namespace) -> int:
    from sitegen.build import BuildOptions, build
    from sitegen.diagnostics import Severity
    from sitegen.report import summary

    site_dir = _find_site(args.site_dir)
    started = time.perf_counter()
    options = BuildOptions(
        drafts=args.drafts, future=args.future, output=args.output, base_url=args.base_url
    )
    result = build(site_dir, options)
    shown = result.diagnostics
    if args.quiet:
        shown = [d for d in shown if d.severity is Severity.ERROR]
    print_diagnostics(shown, site_dir)
    if not result.ok:
        sys.stderr.write(
            f"Build failed ({summary(result.diagnostics)}); "
            f"{_display(result.output)} was left as it was.\n"
        )
        return EXIT_ERRORS
    if not args.quiet:
        elapsed = time.perf_counter() - started
        print(f"Built {result.pages} pages in {elapsed:.2f} s → {_display(result.output)}")
    return EXIT_OK


def _cmd_new_site(args: argparse.Namespace) -> int:
    from sitegen.scaffold import new_site

    target: Path = args.directory
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ConfigError(
            [
                Diagnostic(
                    str(target),
                    0,
                    0,
                    f"{target} exists and is not empty",
                    hint="Choose a new folder name.",
                )
            ]
        )
    written = new_site(target, args.title)
    print(f"Created a site in {_display(target)} ({len(written)} files).")
    print(f"Next: cd {target} && sitegen serve")
    return EXIT_OK


def _cmd_new_post(args: argparse.Namespace) -> int:
    import datetime as dt

    from sitegen.config import load_config
    from sitegen.scaffold import new_post_path, post_text

    site_dir = _find_site(args.site)
    config = load_config(site_dir)
    part = args.part
    if args.part is not None and args.series is None:
        raise ConfigError(
            [
                Diagnostic(
                    "--part",
                    0,
                    0,
                    "--part needs --series",
                    hint='e.g. --series "The four keys" --part 4',
                )
            ]
        )
    if args.series and part is None:
        part = _next_part(site_dir, args.series)
    path = new_post_path(site_dir, args.title)
    if path.exists():
        raise ConfigError(
            [
                Diagnostic(
                    str(path),
                    0,
                    0,
                    f"{path} already exists",
                    hint="Choose another title, or edit that file.",
                )
            ]
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    today = dt.datetime.now(config.zone).date()
    path.write_text(post_text(args.title, today, args.series, part), encoding="utf-8")
    where = path.relative_to(site_dir).as_posix()
    extra = f" (part {part} of '{args.series}')" if args.series else ""
    print(f"Created {where}{extra}. It is a draft: remove 'draft: true' to publish it.")
    return EXIT_OK


def _next_part(site_dir: Path, series: str) -> int:
    from sitegen.build import load_content
    from sitegen.config import load_config
    from sitegen.content import series as series_mod
    from sitegen.slugs import slugify

    config = load_config(site_dir)
    content = load_content(site_dir, config)
    groups, _ = series_mod.group(content.posts, content.series)
    wanted = slugify(series)
    for group in groups:
        if wanted in (group.slug, slugify(group.title)):
            taken = {p.series_ref.part for p in group.posts if p.series_ref and p.series_ref.part}
            return max(taken, default=0) + 1
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
        return code
    except ConfigError as exc:
        print_diagnostics(exc.diagnostics, getattr(args, "site_dir", None) or Path.cwd())
        return EXIT_USAGE
    except SitegenError as exc:
        print_diagnostics(exc.diagnostics, getattr(args, "site_dir", None) or Path.cwd())
        return EXIT_ERRORS
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        return 130
    except Exception as exc:
        if args.debug:
            raise
        sys.stderr.write(
            f"sitegen: internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in sitegen, not in your site. Run again with --debug to see "
            "the traceback, and please report it.\n"
        )
        return EXIT_ERRORS


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
