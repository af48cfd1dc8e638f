"""`sitegen import PEER SRC [DEST]`: a peer's blog → a sitegen site, and a report.

SRC is only read. DEST must be empty or absent. Posts and pages are copied as
written (sitegen reads the peers' front matter and template syntax itself); what the
importer adds is site.yaml from the peer's configuration, a `url:` line in the posts
whose old URL the permalink pattern does not give, and, for Pelican, the notebooks
and code files its liquid tags include, inlined as Markdown.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from sitegen.config import parse_config
from sitegen.content import loader
from sitegen.content.model import Page, Post
from sitegen.content.peers.templates import _masked
from sitegen.diagnostics import Diagnostic, Severity
from sitegen.importer import liquid_render, rewrite
from sitegen.importer.jekyll import html_page, jekyll_liquid, render_refused, site_context
from sitegen.importer.peers import (
    READERS,
    PeerSite,
    Source,
    front_matter,
    hugo_urlize,
    jekyll_source,
)
from sitegen.importer.peers import _date as peer_date
from sitegen.importer.repair import repair
from sitegen.slugs import slugify

# Posts and pages the build would refuse, set aside here (outside content/) until fixed.
UNCONVERTED = "unconverted"
# Files of the peer's output that sitegen writes itself (a copy would collide with them).
_GENERATED = {f"content/{n}" for n in ("index.html", "404.html", "sitemap.xml", "atom.xml")}
# URLs of the list pages sitegen writes: the home page's later pages, tag and category
# indexes, the archive.
_LIST_PAGE = re.compile(r"/(?:page/\d+|tags|categories|archive|series)/")


class ImportRefused(Exception):
    """SRC or DEST cannot be used; the message says why."""


@dataclass
class Report:
    peer: str
    counts: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)  # what could not be converted, and why
    notes: list[str] = field(default_factory=list)
    urls: dict[str, str] = field(default_factory=dict)  # DEST-relative target → old URL
    shortcodes: Counter[str] = field(default_factory=Counter)  # the site's own, rendered
    repairs: list[str] = field(default_factory=list)  # front matter rewritten as the peer read it
    # Set aside: (where it is, where it goes, why: file:line:col lines)
    aside: list[tuple[str, str, list[str]]] = field(default_factory=list)
    aside_urls: dict[str, str] = field(default_factory=dict)  # target → its old URL
    # Jekyll files whose Liquid was run at import: (target, the Liquid that needed it)
    rendered: list[tuple[str, str]] = field(default_factory=list)

    def text(self) -> str:
        c = self.counts
        lines = [
            f"Imported a {self.peer} site: {c['post']} posts, {c['page']} pages, "
            f"{c['static']} other files.",
            f"Old URLs kept: {c['url-pattern']} by the permalink pattern, {c['url-line']} by "
            f"a url: line added to the post, {c['url-own']} by the post's own url/permalink.",
        ]
        if self.peer == "jekyll" and (c["site-data"] or c["include"]):
            lines.append(
                f"Wrote in {c['site-data']} values from _data/ ({{{{ site.data.… }}}}) and "
                f"{c['include']} files from _includes/ ({{% include … %}}), as Jekyll does."
            )
        if c["notebook"] or c["include_code"]:
            lines.append(
                f"Inlined {c['notebook']} notebooks and {c['include_code']} code files "
                "that Pelican's liquid tags included."
            )
        if c["untitled"]:
            lines.append(
                f"Titles made for {c['untitled']} untitled posts from the first words of "
                "their text (or their date); change them in their title: line."
            )
        if c["redirect"]:
            lines.append(
                "The old site's redirects (_redirects, netlify.toml, a Zola section's "
                f"redirect_to) became {c['redirect']} aliases of the posts and pages they "
                "lead to."
            )
        if self.peer == "eleventy" and (c["variable"] or c["include"]):
            lines.append(
                f"Wrote out {c['variable']} Eleventy variables ({{{{ name }}}}) from front matter "
                f"and data files, and {c['include']} set and include tags."
            )
        if c["ignored-url"]:
            lines.append(
                "url and permalink keys, which Zola ignores, were made comments (files: "
                f"{c['ignored-url']}); those posts keep their Zola URL."
            )
        if c["pelican-link"]:
            lines.append(
                f"Made {c['pelican-link']} Pelican links ({{filename}}, {{static}}, {{attach}}) "
                "into links to the imported posts, pages and files."
            )
        if self.shortcodes:
            said = ", ".join(f"{n} ×{k}" for n, k in sorted(self.shortcodes.items()))
            lines.append(
                f"Rendered {sum(self.shortcodes.values())} calls of the site's own shortcodes "
                f"from their templates ({said})."
            )
        if self.rendered:
            lines.append(
                f"Rendered at import ({len(self.rendered)}): Liquid that sitegen has no "
                "equivalent for was run once with _config.yml, _data/ and the posts list, "
                "and its output written into the file; these no longer update when the "
                "data or the posts change:"
            )
            lines += [f"  {target}: {why}" for target, why in self.rendered]
        lines += [f"Note: {n}" for n in self.notes]
        if self.repairs:
            lines.append(
                f"Front matter rewritten as the {self.peer} site read it ({len(self.repairs)}):"
            )
            lines += [f"  {r}" for r in self.repairs]
        if self.aside:
            lines.append(
                f"Set aside ({len(self.aside)}): not in the build until fixed, so the rest "
                f"of the site builds; fix each as said below, then move it back:"
            )
            for aside, target, reasons in self.aside:
                lines += [f"  {r}" for r in reasons]
                lines.append(f"    then: mv {aside} {target}")
        lines.append("The engagement linter reports but does not fail the build "
                     "(site.yaml: lint: fail_on: never); set it to error when ready.")  # fmt: skip
        if self.problems:
            lines.append(f"Not converted ({len(self.problems)}):")
            lines += [f"  {p}" for p in self.problems]
        lines.append("Next: run 'sitegen build' in the new site; it reports every shortcode, "
                     "Liquid tag and broken link left, at its file and line.")  # fmt: skip
        return "\n".join(lines)


def import_site(peer: str, src: Path, dest: Path) -> Report:
    if peer not in READERS:
        raise ImportRefused(f"unknown generator '{peer}' (one of: {', '.join(READERS)})")
    if not src.is_dir():
        raise ImportRefused(f"{src} is not a folder")
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise ImportRefused(f"{dest} is not empty; sitegen import writes only into a new folder")
    if dest.resolve().is_relative_to(src.resolve()):
        raise ImportRefused(f"{dest} is inside {src}; sitegen import never writes into SRC")
    site, sources = READERS[peer](src)
    report = Report(peer)
    report.notes.extend(site.notes)
    if peer == "jekyll":
        sources = _jekyll_posts_only(sources, src, report)
    dest.mkdir(parents=True, exist_ok=True)
    config_text = _site_yaml(site, src, sources)
    (dest / "site.yaml").write_text(config_text, encoding="utf-8")
    config, problems = parse_config(config_text)
    assert config is not None, problems  # we wrote it
    parts = _series_parts(sources)
    taken: set[str] = set()
    context = rewrite.prepare(peer, src, site, sources, config.base_path)
    notes = rewrite.Notes(report.counts, report.problems, report.shortcodes)
    # The URL each written post or page has → its file; the home page is sitegen's own.
    urls_taken: dict[str, str] = {"/": "sitegen's home page (the list of posts)"}
    jekyll_site: dict[str, Any] | None = None  # Liquid's site, read when first needed
    jekyll_src = jekyll_source(src) if peer == "jekyll" else src  # _config.yml's source:
    old_urls = {s.old_url for s in sources if s.old_url}
    bundles = {s.path.parent for s in sources if s.kind != "static" and s.path.stem == "index"}
    for index, source in enumerate(sources):
        if (
            source.kind == "static"
            and source.path.name in ("index.html", "index.htm")
            and (source.path.parent in bundles)
        ):
            # Beside index.md, the peer renders one of the two as the page (Hugo: both
            # are content); the Markdown is imported, the HTML would collide with it.
            report.notes.append(
                f"not copied: {source.path.relative_to(src).as_posix()} (the page is made "
                "from the index Markdown file beside it)"
            )
            continue
        if source.kind == "static" and source.target in _GENERATED:
            report.notes.append(
                f"not copied: {source.path.relative_to(src).as_posix()} (sitegen writes its "
                f"own {source.target.removeprefix('content/')})"
            )
            continue
        target = _free(source.target, taken)
        out = dest / target
        out.parent.mkdir(parents=True, exist_ok=True)
        report.counts[source.kind] += 1
        if source.kind == "static":
            shutil.copyfile(source.path, out)
            continue
        data = source.path.read_bytes()
        page_errors: list[Diagnostic] = []
        if source.html:  # Jekyll's HTML page: Liquid run now, the result kept as HTML
            if jekyll_site is None:
                jekyll_site = site_context(src, sources)
            data, page_errors = html_page(data, target, jekyll_src, jekyll_site, source)
            if not page_errors:
                report.counts["html-page"] += 1
        if peer == "pelican":
            data = _pelican_includes(data, src, site, out, report).encode("utf-8")
            data = _pelican_template(data, target, report)
        data = rewrite.apply(data, index, source, target, context, notes)  # Zola, Eleventy
        if peer == "jekyll":
            data, counts = jekyll_liquid(data, jekyll_src)
            report.counts.update(counts)
        data = _repaired(data, target, source.kind, peer, report)
        if source.path in parts:
            series, part = parts[source.path]
            data = _with_number(data, "part", part)
            report.repairs.append(
                f"{target}:1: in series '{series}' without a part number; part {part}, "
                "by date, as the peer's theme listed them"
            )
        data, kept = _keep_url(data, target, source, config, report)
        errors, url = _errors(data, target, source, config)
        if page_errors:
            errors = page_errors
            data = source.path.read_bytes()  # set aside as written: the user's to rewrite
        elif peer == "jekyll" and errors and all(_is_liquid(e) for e in errors):
            if jekyll_site is None:
                jekyll_site = site_context(src, sources)
            data, errors, url = _rendered(
                data, target, source, config, errors, url, jekyll_src, jekyll_site, report
            )
        if url and _LIST_PAGE.fullmatch(url) and not errors:
            errors = [
                Diagnostic(
                    target,
                    1,
                    1,
                    f"its URL ({url}) is one of sitegen's own list pages",
                    hint="The peer's list pages are made anew by sitegen; if this one has "
                    "text of its own, give it another 'url:'.",
                )
            ]
        elif url == "/404.html" and not errors:
            # Jekyll's 404.md (permalink: /404.html): sitegen writes its own 404 page,
            # and the build refuses two files at one URL.
            errors = [
                Diagnostic(
                    target,
                    1,
                    1,
                    "its URL (/404.html) is sitegen's own 404 page",
                    hint="Put its text in the theme's 404.html template, or give it "
                    "another 'url:'.",
                )
            ]
        elif url and url in urls_taken and not errors:
            # Two files, one URL (x.md beside x/index.md, say): the peer publishes one of
            # them; the build would refuse both, so the second waits for the user.
            errors = [
                Diagnostic(
                    target,
                    1,
                    1,
                    f"it has the same URL ({url}) as {urls_taken[url]}",
                    hint="Keep one of the two, or give this one its own 'url:' or 'slug:'.",
                )
            ]
        elif url and not errors:
            urls_taken[url] = target
            if peer == "jekyll" and source.kind == "page":
                data = _bare_alias(data, url, urls_taken, old_urls)
        if errors:
            out = _set_aside(dest, target, source.kind, errors, report)
            report.aside_urls[target] = report.urls.pop(target, "") or url
        else:
            report.counts[kept] += 1
        out.write_bytes(data)
    return report


# TeX between dollars, outside code: a \\command, a superscript or a braced subscript
# ("$$ for the casino" and "$5 and $10" are money, "$HOME" a shell variable).
_DOLLARS = re.compile(
    r"\$\$(?P<display>.{1,2000}?)\$\$|\$(?=[^\s$])(?P<inline>[^$\n]{1,300}?)(?<=\S)\$", re.S
)
_TEX = re.compile(r"\\[A-Za-z]+|\^|_\{")


def _has_tex(path: Path) -> bool:
    text = path.read_text(encoding="utf-8", errors="replace")[:200_000]
    if "$" not in text:
        return False
    masked = _masked(text)
    return any(_TEX.search(m["display"] or m["inline"] or "") for m in _DOLLARS.finditer(masked))


_JEKYLL_POST_NAME = re.compile(r"\d{4}-\d{1,2}-\d{1,2}-.")


def _jekyll_posts_only(sources: list[Source], src: Path, report: Report) -> list[Source]:
    """Jekyll makes posts only of the files in _posts/ named YYYY-MM-DD-title; it
    publishes none of the others there (a README, notes), so they are not imported."""
    left = [
        s
        for s in sources
        if s.kind == "post"
        and "_posts" in s.path.relative_to(src).parts
        and not _JEKYLL_POST_NAME.match(s.path.name)
    ]
    if left:
        names = ", ".join(s.path.relative_to(src).as_posix() for s in left)
        report.notes.append(
            f"not imported: {len(left)} files in _posts/ without a date in their name, "
            f"which Jekyll does not publish: {names}"
        )
    return [s for s in sources if s not in left]


def _is_liquid(error: Diagnostic) -> bool:
    return error.message.startswith("Liquid ")


def _rendered(
    data: bytes,
    target: str,
    source: Source,
    config: Any,
    errors: list[Diagnostic],
    url: str,
    src: Path,
    site: dict[str, Any],
    report: Report,
) -> tuple[bytes, list[Diagnostic], str]:
    """Jekyll Liquid the build refuses, run at import (liquid_render); the file as
    it is with the reason added when even that cannot be done."""
    names: list[str] = []
    for error in errors:
        found = re.search(r"\{% (\w+) %\}|\{\{ (.*?) \}\}", error.message)
        name = (f"{{% {found[1]} %}}" if found[1] else f"{{{{ {found[2]} }}}}") if found else ""
        if name and not re.match(r"\{% (end\w*|else|elsif|when) %\}", name):
            names.append(name)
    why = "Liquid " + ", ".join(dict.fromkeys(names))
    try:
        rendered = render_refused(data, target, src, site, source)
    except liquid_render.Unrendered as failed:
        reason = Diagnostic(
            target,
            failed.line,
            1,
            f"Liquid could not be rendered at import: {failed.message}"
            + (f" ({failed.where})" if failed.where != target else ""),
            hint="Replace it with Markdown or HTML, or with what the page shows in Jekyll.",
        )
        return data, [*errors, reason], url
    after, new_url = _errors(rendered, target, source, config)
    if after:
        return data, errors, url
    report.rendered.append((target, why))
    report.counts["rendered"] += 1
    return rendered, after, new_url


def _series_parts(sources: list[Source]) -> dict[Path, tuple[str, int]]:
    """Posts that name a series but no part (a peer's theme groups them by date):
    their part number, in date order within the series."""
    grouped: dict[str, list[tuple[dt.datetime, Path]]] = {}
    for source in sources:
        if source.kind != "post":
            continue
        meta = front_matter(source.path.read_text(encoding="utf-8", errors="replace"))
        series = meta.get("series")
        if isinstance(series, list) and len(series) == 1:
            series = series[0]
        if not isinstance(series, str) or not series.strip():
            continue
        if any(meta.get(k) is not None for k in ("part", "series_weight", "series_index")):
            return {}  # the blog numbers its parts: leave every series as written
        date = peer_date(meta, source.path.stem) or dt.datetime(1970, 1, 1)
        date = date.replace(tzinfo=None)  # order by the date as written
        grouped.setdefault(series.strip(), []).append((date, source.path))
    found: dict[Path, tuple[str, int]] = {}
    for series, posts in grouped.items():
        for number, (_, path) in enumerate(sorted(posts, key=lambda p: (p[0], str(p[1]))), 1):
            found[path] = (series, number)
    return found


def _with_number(data: bytes, key: str, value: int) -> bytes:
    return (
        _with_key(data, key, str(value))
        .replace(f'{key}: "{value}"'.encode(), f"{key}: {value}".encode(), 1)
        .replace(f'{key} = "{value}"'.encode(), f"{key} = {value}".encode(), 1)
    )


def _repaired(data: bytes, target: str, kind: str, peer: str, report: Report) -> bytes:
    text = data.decode("utf-8", errors="replace")
    title = ""
    if kind == "page":
        stem = PurePosixPath(target).stem
        name = PurePosixPath(target).parent.name if stem == "index" else stem
        title = " ".join(re.split(r"[-_ ]+", name)).strip().capitalize()
    fixed, repairs = repair(text, hugo_urlize if peer == "hugo" else slugify, title)
    for done in repairs:
        report.repairs.append(f"{target}:{done.line}: {done.what}")
    return fixed.encode("utf-8") if repairs else data


def _errors(data: bytes, target: str, source: Source, config: Any) -> tuple[list[Diagnostic], str]:
    """What would fail the build in this one file, read as the build reads it; and the
    URL it would have (site-root-relative; '' when it cannot be read that far)."""
    kind: Any = "post" if source.kind == "post" else "page"
    loaded = loader.read_item(target, data, kind, config, render=False)
    errors = [d for d in loaded.diagnostics if d.severity is Severity.ERROR]
    item = loaded.item
    url = ""
    if isinstance(item, (Post, Page)):
        url = "/" + item.url.removeprefix(config.base_path).lstrip("/")
        url = url.removesuffix("index.html")  # /x/index.html is the file /x/ is written to
    return errors, url


def _set_aside(
    dest: Path, target: str, kind: str, errors: list[Diagnostic], report: Report
) -> Path:
    """A post or page the build would refuse goes to unconverted/ (which the build
    does not read) rather than failing the whole site; the report says why, at the
    line of the file there, and how to bring it back."""
    aside = f"{UNCONVERTED}/{target}"
    report.counts["set-aside"] += 1
    report.counts[f"set-aside-{kind}"] += 1
    reasons = [
        f"{aside}:{error.line}:{error.col}: {error.message}"
        + (f" ({error.hint})" if error.hint else "")
        for error in errors
    ]
    report.aside.append((aside, target, reasons))
    out = dest / aside
    out.parent.mkdir(parents=True, exist_ok=True)
    return out


def _free(target: str, taken: set[str]) -> str:
    if target not in taken:
        taken.add(target)
        return target
    stem, dot, ext = target.rpartition(".")
    for n in range(2, 1000):
        candidate = f"{stem}-{n}.{ext}" if dot else f"{target}-{n}"
        if candidate not in taken:
            taken.add(candidate)
            return candidate
    raise ImportRefused(f"too many files named {target}")


def _site_yaml(site: PeerSite, src: Path, sources: list[Source]) -> str:
    base_url = site.base_url if site.base_url.startswith(("http://", "https://")) else ""
    data: dict[str, Any] = {
        "title": site.title or src.name,
        "base_url": base_url or "https://example.org/",
    }
    if site.description:
        data["description"] = site.description
    if site.author:
        data["author"] = {"name": site.author}
    try:
        if site.timezone:
            ZoneInfo(site.timezone)
            data["timezone"] = site.timezone
    except (ZoneInfoNotFoundError, ValueError):
        pass
    data["taxonomies"] = {t: t.capitalize() for t in site.taxonomies}
    data["permalinks"] = {"posts": site.posts_pattern or "/{year}/{slug}/"}
    if site.posts_per_page:
        data["posts_per_page"] = site.posts_per_page
    math = site.math or any(s.kind != "static" and _has_tex(s.path) for s in sources)
    if math:
        data["markdown"] = {"math": "mathjax"}
    # Posts written before sitegen's engagement linter: its findings are shown, but do
    # not fail the build until the author has been through them (then: fail_on: error).
    data["lint"] = {"fail_on": "never"}
    # Liquid's {{ site.X }} reads these; sitegen keeps them for themes too.
    data["extra"] = {k: v for k, v in site.extra.items() if re.fullmatch(r"\w+", k)}
    head = "# Written by 'sitegen import'; every key is explained in sitegen's README.\n"
    return head + yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def _keep_url(
    data: bytes, target: str, source: Source, config: Any, report: Report
) -> tuple[bytes, str]:
    """Add `url: <old>` to the front matter when sitegen would put the post elsewhere;
    also which of the report's counts this is (url-own, url-pattern or url-line)."""
    if not source.old_url or source.own:
        if source.old_url:
            report.urls[target] = source.old_url
        return data, "url-own"
    old = source.old_url
    report.urls[target] = old
    kind: Any = "post" if source.kind == "post" else "page"
    loaded = loader.read_item(target, data, kind, config, render=False)
    item = loaded.item
    if isinstance(item, (Post, Page)):
        base = config.base_path.rstrip("/")
        if item.url == base + old:
            return data, "url-pattern"
    return _with_key(data, "url", old), "url-line"


def _bare_alias(data: bytes, url: str, taken: dict[str, str], old_urls: set[str]) -> bytes:
    """GitHub Pages answers /about for about.html, and Jekyll sites link to it so; the
    page gets a redirect at /about/ (which every static host serves for /about), unless
    that address is another page's or the page already lists its old addresses."""
    if not url.endswith(".html") or url.endswith("/index.html"):
        return data
    bare = url.removesuffix(".html") + "/"
    meta = front_matter(data.decode("utf-8", errors="replace"))
    if bare in taken or bare in old_urls or "aliases" in meta or "redirect_from" in meta:
        return data
    return _with_key(data, "aliases", bare)


def _with_key(data: bytes, key: str, value: str) -> bytes:
    text = data.decode("utf-8", errors="replace")
    quoted = json.dumps(value)
    if text.startswith("+++"):
        head, _, rest = text.partition("\n")
        return f"{head}\n{key} = {quoted}\n{rest}".encode()
    if text.startswith("---"):
        head, _, rest = text.partition("\n")
        return f"{head}\n{key}: {quoted}\n{rest}".encode()
    first = text.split("\n", 1)[0]
    if re.match(r"^[A-Za-z][\w-]*:", first):  # Pelican's header
        return f"{key.capitalize()}: {value}\n{text}".encode()
    return f"---\n{key}: {quoted}\n---\n{text}".encode()


# ---------------------------------------------------------------- Pelican includes

_PELICAN_TEMPLATE = re.compile(rb"^Template:[ \t]*(\S+)[ \t]*$", re.MULTILINE | re.IGNORECASE)


def _pelican_template(data: bytes, target: str, report: Report) -> bytes:
    """Pelican's `Template: about` names a template of the Pelican theme, which
    sitegen's theme does not have: kept as `Layout:` (recorded for themes) so the page
    renders with page.html, and said in the report."""
    header = data.split(b"\n\n", 1)[0]
    found = _PELICAN_TEMPLATE.search(header)
    if found is None or data.startswith((b"---", b"+++")):
        return data
    name = found[1].decode("utf-8", errors="replace")
    report.problems.append(
        f"{target}: 'Template: {name}' is a Pelican theme template; kept as 'Layout: {name}' "
        "and rendered with page.html "
        f"(add templates/{name}.html and set template: to use it)"
    )
    report.counts["template"] += 1
    return data[: found.start()] + b"Layout: " + found[1] + data[found.end() :]


_NOTEBOOK = re.compile(r"\{%\s*notebook\s+(\S+)(?:\s+cells\[(-?\d*):(-?\d*)\])?\s*%\}")
_INCLUDE_CODE = re.compile(r"\{%\s*include_code\s+(\S+)((?:\s+\w+:\S+)*)(.*?)%\}")


def _pelican_includes(data: bytes, src: Path, site: PeerSite, out: Path, report: Report) -> str:
    text = data.decode("utf-8", errors="replace")
    content = src / "content"

    def notebook(match: re.Match[str]) -> str:
        path = content / match[1]
        if not path.is_file():
            notebook_dir = str(site.extra.get("notebook_dir", "notebooks"))
            path = content / notebook_dir / match[1]
        if not path.is_file():
            report.problems.append(f"{out.name}: notebook {match[1]} not found; tag left")
            return match[0]
        start = int(match[2]) if match[2] else None
        end = int(match[3]) if match[3] else None
        report.counts["notebook"] += 1
        return notebook_markdown(path, start, end, out, report)

    def include_code(match: re.Match[str]) -> str:
        code_dir = str(site.extra.get("code_dir", "code"))
        path = content / code_dir / match[1]
        if not path.is_file():
            report.problems.append(f"{out.name}: code file {match[1]} not found; tag left")
            return match[0]
        options = dict(o.split(":", 1) for o in match[2].split())
        title = match[3].strip()
        report.counts["include_code"] += 1
        code = path.read_text(encoding="utf-8", errors="replace").rstrip("\n")
        caption = f"**{title}**\n\n" if title else ""
        return f"{caption}```{options.get('lang', '')}\n{code}\n```"

    text = _NOTEBOOK.sub(notebook, text)
    return _INCLUDE_CODE.sub(include_code, text)


def notebook_markdown(
    path: Path, start: int | None, end: int | None, out: Path, report: Report
) -> str:
    """A Jupyter notebook's cells as Markdown: text cells as written, code cells as
    fenced code, their outputs as text, HTML or images (written beside the post)."""
    try:
        notebook = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        report.problems.append(f"{out.name}: notebook {path.name} unreadable ({exc})")
        return ""
    cells = notebook.get("cells")
    if cells is None:  # nbformat 3
        cells = [c for ws in notebook.get("worksheets", []) for c in ws.get("cells", [])]
    language = "python"
    parts: list[str] = []
    content = next(p for p in out.parents if p.name == "content")
    images = content / "images" / "notebooks" / out.stem
    link = "/" + images.relative_to(content).as_posix()
    count = 0
    for cell in cells[start:end]:
        source = "".join(cell.get("source") or cell.get("input") or [])
        if cell.get("cell_type") in ("markdown", "heading"):
            if cell.get("cell_type") == "heading":
                source = "#" * int(cell.get("level", 1)) + " " + source
            parts.append(source)
            continue
        if cell.get("cell_type") != "code":
            continue
        if source.strip():
            parts.append(f"```{language}\n{source.rstrip()}\n```")
        for output in cell.get("outputs", []):
            data = output.get("data") or output
            text = output.get("text") or data.get("text/plain")
            png = data.get("image/png") or data.get("png")
            html_out = data.get("text/html") or data.get("html")
            if png:
                count += 1
                images.mkdir(parents=True, exist_ok=True)
                name = f"{path.stem}-{count}.png"
                (images / name).write_bytes(base64.b64decode("".join(png)))
                parts.append(f"![output]({link}/{name})")
            elif html_out:
                parts.append('<div class="notebook-output">' + "".join(html_out) + "</div>")
            elif text:
                parts.append("```\n" + "".join(text).rstrip() + "\n```")
    return "\n\n".join(parts)
