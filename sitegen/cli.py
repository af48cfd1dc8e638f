"""The command line: new, build, serve, lint. Parses arguments, calls the pipeline,
prints what happened and chooses the exit code. Nothing else lives here.

Exit codes: 0 success, 1 the site has errors, 2 usage or configuration error.
Heavy modules are imported inside the commands so `--version` and `lint` start fast.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sitegen import __version__
from sitegen.diagnostics import ConfigError, Diagnostic, SitegenError
from sitegen.report import print_diagnostics

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
    build.add_argument(
        "--no-cache",
        action="store_true",
        help="ignore the build cache and build everything from scratch",
    )
    build.add_argument("--timings", action="store_true", help="print where the time went")
    build.set_defaults(handler=_cmd_build)

    serve = commands.add_parser(
        "serve",
        help="build, preview and rebuild on every save",
        formatter_class=_Formatter,
        description="Build the site with drafts and scheduled posts, serve it, and rebuild "
        "and reload the browser on every save. Errors and lint findings show in the page.",
        epilog="examples:\n  sitegen serve\n  sitegen serve myblog --port 0 --open\n"
        "  sitegen serve --host 0.0.0.0   # reachable from your network: it warns you",
    )
    _site_dir_argument(serve)
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default: 127.0.0.1, this machine only)",
    )
    serve.add_argument(
        "--port", type=int, default=8000, help="port (default: 8000; 0 picks a free one)"
    )
    serve.add_argument("--open", action="store_true", help="open the site in a browser")
    serve.add_argument(
        "--no-drafts",
        action="store_true",
        help="leave drafts and scheduled posts out, as in production",
    )
    serve.set_defaults(handler=_cmd_serve)

    lint = commands.add_parser(
        "lint",
        help="lint posts and social blurbs for conversation",
        formatter_class=_Formatter,
        description="Check posts and their drafted social blurbs: do they invite a reply, "
        "or only broadcast? With no paths, lints the whole site (drafts included); with "
        "paths, just those files or folders.",
        epilog="examples:\n  sitegen lint\n  sitegen lint content/posts/draft.md\n"
        "  sitegen lint --format github --fail-on warning\n"
        "  sitegen lint --select ENG1 --ignore ENG021\n"
        "  sitegen lint --explain ENG101\n  sitegen lint --list-rules\n\n"
        "exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or configuration error",
    )
    lint.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="files or folders to lint (default: the whole site)",
    )
    lint.add_argument(
        "--site",
        type=Path,
        metavar="DIR",
        help="the site folder (default: found from the paths or this folder)",
    )
    lint.add_argument(
        "--format",
        choices=["text", "json", "github", "sarif"],
        default="text",
        help="output format (default: text)",
    )
    lint.add_argument(
        "--fail-on",
        choices=["error", "warning", "never"],
        default=None,
        help="lowest severity that fails the run (default: lint.fail_on, 'error')",
    )
    lint.add_argument(
        "--select",
        action="append",
        default=[],
        metavar="CODES",
        help="only these rules: codes, names or prefixes, comma-separated",
    )
    lint.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="CODES",
        help="skip these rules: codes, names or prefixes, comma-separated",
    )
    lint.add_argument("--drafts-only", action="store_true", help="lint only draft posts")
    lint.add_argument("--explain", metavar="CODE", help="explain a rule and exit")
    lint.add_argument("--list-rules", action="store_true", help="list every rule and exit")
    lint.set_defaults(handler=_cmd_lint)

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
    new_site.add_argument(
        "--reply-email",
        metavar="ADDRESS",
        help="where readers reply: every post ends with a reply button "
        "(asked for when run in a terminal)",
    )
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

    importer = commands.add_parser(
        "import",
        help="turn a Hugo, Jekyll, Pelican, Zola or Eleventy blog into a sitegen site",
        formatter_class=_Formatter,
        description="Convert a blog made with another generator into a new sitegen site: "
        "site.yaml from its configuration, its posts, pages and files, its old URLs kept. "
        "SRC is never modified; DEST must be empty or not exist yet.",
        epilog="examples:\n  sitegen import hugo ~/old-blog ~/new-blog\n"
        "  sitegen import jekyll . ../blog-sitegen",
    )
    importer.add_argument("peer", choices=["hugo", "jekyll", "pelican", "zola", "eleventy"])
    importer.add_argument("src", type=Path, metavar="SRC", help="the existing blog's folder")
    importer.add_argument(
        "dest",
        type=Path,
        nargs="?",
        metavar="DEST",
        help="the new site's folder (default: SRC's name + '-sitegen' beside it)",
    )
    importer.set_defaults(handler=_cmd_import)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of site.yaml or of front matter, for editors",
        formatter_class=_Formatter,
        description="Print a JSON Schema (draft 2020-12) made from the same definitions "
        "that sitegen validates with, so an editor can complete and check keys as you type.",
        epilog="examples:\n  sitegen schema site > site.schema.json\n"
        "  sitegen schema post > post.schema.json",
    )
    schema.add_argument("what", choices=sorted(SCHEMAS), metavar="|".join(sorted(SCHEMAS)))
    schema.set_defaults(handler=_cmd_schema)
    return parser


SCHEMAS = {
    "site": "site.yaml",
    "post": "front matter of a post",
    "page": "front matter of a page",
    "series": "front matter of a series file",
}


def _cmd_schema(args: argparse.Namespace) -> int:
    import json

    from sitegen.config import SiteConfig
    from sitegen.content.frontmatter import PageMeta, PostMeta, SeriesMeta
    from sitegen.schema import json_schema

    classes: dict[str, type] = {
        "site": SiteConfig,
        "post": PostMeta,
        "page": PageMeta,
        "series": SeriesMeta,
    }
    title = f"sitegen {__version__}: {SCHEMAS[args.what]}"
    print(json.dumps(json_schema(classes[args.what], title), indent=2, ensure_ascii=False))
    return EXIT_OK


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


def _display(path: Path) -> str:
    try:
        shown = path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        shown = str(path)
    return shown.rstrip("/") + "/"


def _cmd_import(args: argparse.Namespace) -> int:
    from sitegen.importer.run import ImportRefused, import_site

    src = args.src
    dest = args.dest or src.resolve().parent / (src.resolve().name + "-sitegen")
    try:
        report = import_site(args.peer, src, dest)
    except ImportRefused as exc:
        print(f"sitegen import: {exc}", file=sys.stderr)
        return 2
    print(report.text())
    print(f"New site: {dest}")
    return 0


def _cmd_build(args: argparse.Namespace) -> int:
    from sitegen.build.builder import BuildOptions, build
    from sitegen.diagnostics import Severity
    from sitegen.report import summary

    site_dir = _find_site(args.site_dir)
    started = time.perf_counter()
    progress = None
    if not args.quiet and sys.stderr.isatty() and os.environ.get("TERM") != "dumb":
        from sitegen.progress import ProgressLine

        progress = ProgressLine(sys.stderr)
    options = BuildOptions(
        drafts=args.drafts,
        future=args.future,
        output=args.output,
        base_url=args.base_url,
        cache=not args.no_cache,
        progress=progress,
    )
    try:
        result = build(site_dir, options)
    finally:
        if progress is not None:
            progress.close()
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
    if args.timings:
        print(_timings(result.timings, time.perf_counter() - started, result))
    return EXIT_OK


def _timings(spent: dict[str, float], total: float, result: Any) -> str:
    lines = [f"  {stage:<12}{seconds * 1000:8.0f} ms" for stage, seconds in spent.items()]
    lines.append(
        f"  {'total':<12}{total * 1000:8.0f} ms  ({result.rendered} of "
        f"{result.files} files written anew)"
    )
    return "Timings:\n" + "\n".join(lines)


def _cmd_serve(args: argparse.Namespace) -> int:
    from sitegen.serve.preview import run

    site_dir = _find_site(args.site_dir)
    return run(site_dir, args.host, args.port, args.open, drafts=not args.no_drafts)


def _split_codes(values: Sequence[str]) -> list[str]:
    return [c for value in values for c in value.replace(" ", ",").split(",") if c]


def _cmd_lint(args: argparse.Namespace) -> int:
    from sitegen.lint import formats

    if args.list_rules:
        sys.stdout.write(formats.list_rules())
        return EXIT_OK
    if args.explain:
        text = formats.explain(args.explain)
        if text is None:
            from sitegen.lint.engine import suggest_rule

            raise ConfigError(
                [
                    Diagnostic(
                        "--explain",
                        0,
                        0,
                        f"no rule is called '{args.explain}'",
                        hint=suggest_rule(args.explain) or "See 'sitegen lint --list-rules'.",
                    )
                ]
            )
        sys.stdout.write(text)
        return EXIT_OK
    from sitegen.build.lint_run import lint_paths
    from sitegen.lint.engine import fails, suggest_rule, unknown_selectors
    from sitegen.report import located, summary

    chosen, ignored = _split_codes(args.select), _split_codes(args.ignore)
    bad = unknown_selectors([*chosen, *ignored])
    if bad:
        raise ConfigError(
            [
                Diagnostic(
                    "--select/--ignore",
                    0,
                    0,
                    f"no rule is called '{bad[0]}'",
                    hint=suggest_rule(bad[0]) or "See 'sitegen lint --list-rules'.",
                )
            ]
        )
    start = args.paths[0] if args.paths else None
    site_dir = args.site or _site_for(start)
    result = lint_paths(site_dir, args.paths, chosen, ignored, args.drafts_only)
    fail_on = args.fail_on or result.fail_on
    shown, lines = located(result.diagnostics, site_dir)
    if args.format == "json":
        sys.stdout.write(formats.to_json(shown, result.totals))
    elif args.format == "github":
        sys.stdout.write(formats.to_github(shown))
    elif args.format == "sarif":
        sys.stdout.write(formats.to_sarif(shown))
    else:
        from sitegen.report import format_text, use_colour

        if shown:
            sys.stdout.write(format_text(shown, lines, use_colour(sys.stdout.isatty())))
        totals = result.totals
        sys.stdout.write(f"{summary(result.diagnostics).capitalize()} in {totals.described()}.\n")
    build_errors = [d for d in result.diagnostics if not d.code and d.severity.value == "error"]
    if build_errors or fails(result.diagnostics, fail_on):
        return EXIT_ERRORS
    return EXIT_OK


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"


def _site_for(path: Path | None) -> Path:
    """The site a path belongs to; a file outside any site is linted with defaults."""
    from sitegen.config import find_site_dir

    start = (path if path.is_dir() else path.parent) if path else Path.cwd()
    found = find_site_dir(start.resolve())
    if found is None and path is None:
        return _find_site(None)
    return found or start


def _cmd_new_site(args: argparse.Namespace) -> int:
    from sitegen.new import new_site

    email = args.reply_email
    if email is None and sys.stdin.isatty() and sys.stdout.isatty():
        try:
            email = input("Email address readers can reply to (Enter to set it later): ")
        except EOFError:
            email = ""
    written = new_site(args.directory, args.title, email or "")
    print(f"Created a site in {_display(args.directory)} ({len(written)} files).")
    if not (email or "").strip():
        print(
            "Readers cannot reply yet: the posts ask them to, but have no reply button. "
            f"Set 'replies: email:' in {_display(args.directory)}site.yaml, or run again "
            "with --reply-email."
        )
    print(f"Next: cd {args.directory} && sitegen serve")
    return EXIT_OK


def _cmd_new_post(args: argparse.Namespace) -> int:
    from sitegen.new import new_post

    site_dir = _find_site(args.site)
    path, part = new_post(site_dir, args.title, args.series, args.part)
    where = path.relative_to(site_dir).as_posix()
    extra = f" (part {part} of '{args.series}')" if args.series else ""
    print(f"Created {where}{extra}. It is a draft: remove 'draft: true' to publish it.")
    return EXIT_OK


def _where(args: argparse.Namespace, diagnostics: Sequence[Diagnostic] = ()) -> Path:
    """The site folder an error's paths are relative to (for its source lines). An
    option's error ('--port') is about no file, and is shown as it is."""
    if diagnostics and all(d.path.startswith("--") for d in diagnostics):
        return Path.cwd()
    given = getattr(args, "site_dir", None) or getattr(args, "site", None)
    if given:
        return Path(given)
    paths = getattr(args, "paths", None)
    if paths:
        try:
            return _site_for(Path(paths[0]))
        except SitegenError:
            pass
    return Path.cwd()


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
        return code
    except ConfigError as exc:
        print_diagnostics(exc.diagnostics, _where(args, exc.diagnostics))
        return EXIT_USAGE
    except SitegenError as exc:
        print_diagnostics(exc.diagnostics, _where(args, exc.diagnostics))
        return EXIT_ERRORS
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        return 130
    except Exception as exc:
        if args.debug:
            raise
        again = shlex.join(["sitegen", "--debug", *(argv if argv is not None else sys.argv[1:])])
        sys.stderr.write(
            f"sitegen: internal error: {type(exc).__name__}: {exc}\n"
            f"This is a bug in sitegen, not in your site. Run `{again}` to see "
            "the traceback, and please report it.\n"
        )
        return EXIT_ERRORS


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
