"""`sitegen import PEER SRC [DEST]`: a peer's blog → a sitegen site, and a report.

SRC is only read. DEST must be empty or absent. Posts and pages are copied as
written (sitegen reads the peers' front matter and template syntax itself); what the
importer adds is site.yaml from the peer's configuration, a `url:` line in the posts
whose old URL the permalink pattern does not give, and, for Pelican, the notebooks
and code files its liquid tags include, inlined as Markdown.
"""

from __future__ import annotations

import base64
import json
import re
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from sitegen.config import parse_config
from sitegen.content import loader
from sitegen.content.model import Page, Post
from sitegen.diagnostics import Severity
from sitegen.importer import redirects, tera, variables
from sitegen.importer.peers import READERS, PeerSite, Source, eleventy_cascade, front_matter


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

    def text(self) -> str:
        c = self.counts
        lines = [
            f"Imported a {self.peer} site: {c['post']} posts, {c['page']} pages, "
            f"{c['static']} other files.",
            f"Old URLs kept: {c['url-pattern']} by the permalink pattern, {c['url-line']} by "
            f"a url: line added to the post, {c['url-own']} by the post's own url/permalink.",
        ]
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
                f"The old host's redirects (_redirects, netlify.toml) became {c['redirect']} "
                "aliases of the posts and pages they lead to."
            )
        if c["variable"] or c["include"]:
            lines.append(
                f"Wrote out {c['variable']} Eleventy variables ({{{{ name }}}}) from front matter "
                f"and data files, and {c['include']} set and include tags."
            )
        if c["ignored-url"]:
            lines.append(
                "url and permalink keys, which Zola ignores, were made comments (files: "
                f"{c['ignored-url']}); those posts keep their Zola URL."
            )
        if self.shortcodes:
            said = ", ".join(f"{n} ×{k}" for n, k in sorted(self.shortcodes.items()))
            lines.append(
                f"Rendered {sum(self.shortcodes.values())} calls of the site's own shortcodes "
                f"from their templates ({said})."
            )
        lines += [f"Note: {n}" for n in self.notes]
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
    dest.mkdir(parents=True, exist_ok=True)
    config_text = _site_yaml(site, src, sources)
    (dest / "site.yaml").write_text(config_text, encoding="utf-8")
    config, problems = parse_config(config_text)
    assert config is not None, problems  # we wrote it
    taken: set[str] = set()
    shortcodes = tera.load(src, site.theme) if peer == "zola" else {}
    globals_ = variables.global_data(site.data_dir) if site.data_dir else {}
    moved = _moved(peer, src, site, sources)
    for index, source in enumerate(sources):
        target = _free(source.target, taken)
        out = dest / target
        out.parent.mkdir(parents=True, exist_ok=True)
        report.counts[source.kind] += 1
        if source.kind == "static":
            shutil.copyfile(source.path, out)
            continue
        data = source.path.read_bytes()
        if peer == "pelican":
            data = _pelican_includes(data, src, site, out, report).encode("utf-8")
            data = _pelican_template(data, target, report)
        if peer in ("zola", "eleventy"):
            data = _untitled(data, target, report)
        if peer == "zola":
            data = _zola_template(data, target, report)
            data = _zola_shortcodes(data, shortcodes, config.base_path, target, report)
            data = _zola_ignored_urls(data, target, report)
        if peer == "eleventy":
            data = _eleventy_permalink(data, source.old_url)
            data = _eleventy_null_lists(data)
            data = _eleventy_variables(data, source, site, globals_, target, report)
        if moved.get(index):
            data = _add_aliases(data, moved[index], target, report)
        data = _keep_url(data, target, source, config, report)
        out.write_bytes(data)
    return report


def _moved(peer: str, src: Path, site: PeerSite, sources: list[Source]) -> dict[int, list[str]]:
    """Old addresses the old host redirected to each post or page (by source index)."""
    if peer not in ("zola", "eleventy"):
        return {}
    folders = [src, src / "static", *([site.input_dir] if site.input_dir else [])]
    rules = redirects.read(folders, site.base_url)
    urls = {str(i): s.old_url for i, s in enumerate(sources) if s.kind != "static"}
    return {int(k): v for k, v in redirects.aliases(rules, urls).items()}


def _add_aliases(data: bytes, aliases: list[str], target: str, report: Report) -> bytes:
    """The host's redirects to this post as its aliases (redirect pages at them)."""
    text = data.decode("utf-8", errors="replace")
    meta = front_matter(text)
    if "aliases" in meta or "redirect_from" in meta:
        report.problems.append(
            f"{target}: the old host also redirected {', '.join(aliases[:3])} here; add them "
            "to its aliases"
        )
        return data
    report.counts["redirect"] += len(aliases)
    listed = json.dumps(aliases)
    head, _, rest = text.partition("\n")
    if head.strip() == "+++":
        return f"{head}\naliases = {listed}\n{rest}".encode()
    if head.strip() == "---":
        return f"{head}\naliases: {listed}\n{rest}".encode()
    return data


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
    math = site.math or any(
        s.kind != "static" and b"$$" in s.path.read_bytes()[:200_000] for s in sources
    )
    if math:
        data["markdown"] = {"math": "mathjax"}
    # Posts written before sitegen's engagement linter: its findings are shown, but do
    # not fail the build until the author has been through them (then: fail_on: error).
    data["lint"] = {"fail_on": "never"}
    # Liquid's {{ site.X }} reads these; sitegen keeps them for themes too.
    data["extra"] = {k: v for k, v in site.extra.items() if re.fullmatch(r"\w+", k)}
    head = "# Written by 'sitegen import'; every key is explained in sitegen's README.\n"
    return head + yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def _keep_url(data: bytes, target: str, source: Source, config: Any, report: Report) -> bytes:
    """Add `url: <old>` to the front matter when sitegen would put the post elsewhere."""
    if not source.old_url or source.own:
        report.counts["url-own"] += 1
        if source.old_url:
            report.urls[target] = source.old_url
        return data
    old = source.old_url
    report.urls[target] = old
    kind: Any = "post" if source.kind == "post" else "page"
    loaded = loader.read_item(target, data, kind, config, render=False)
    item = loaded.item
    errors = [d for d in loaded.diagnostics if d.severity is Severity.ERROR]
    if isinstance(item, (Post, Page)):
        base = config.base_path.rstrip("/")
        if item.url == base + old:
            report.counts["url-pattern"] += 1
            return data
    elif errors and not any("front matter" in d.message for d in errors):
        pass
    report.counts["url-line"] += 1
    return _with_key(data, "url", old)


_EMPTY_TITLE = re.compile(r"^title[ \t]*(?:=[ \t]*(?:\"\"|'')|:[ \t]*(?:\"\"|'')?)[ \t]*$", re.M)


def _untitled(data: bytes, target: str, report: Report) -> bytes:
    """Zola and Eleventy let a post have no title (notes, posts mirrored from social
    sites); sitegen needs one: the first words of the text, or else the date."""
    text = data.decode("utf-8", errors="replace")
    meta = front_matter(text)
    fence = text[:3]
    end = text.find("\n" + fence, 3)
    if str(meta.get("title") or "").strip() or fence not in ("---", "+++") or end < 0:
        return data
    head, body = text[: end + 1], text[end + 1 :]
    title = _first_words(body.split("\n", 1)[-1])
    if not title:
        date = meta.get("date")
        title = str(date)[:10] if date else target.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    report.counts["untitled"] += 1
    quoted = json.dumps(title, ensure_ascii=False)
    line = f"title = {quoted}" if fence == "+++" else f"title: {quoted}"
    if _EMPTY_TITLE.search(head):  # in place, so later lines keep their numbers
        return (_EMPTY_TITLE.sub(lambda _: line, head, count=1) + body).encode()
    return _with_key(data, "title", title)


_PERMALINK_LINE = re.compile(r"^permalink[ \t]*:.*$", re.M)


def _eleventy_permalink(data: bytes, old: str) -> bytes:
    """A front matter `permalink:` that is a template (`/{{ page.fileSlug }}/`) or
    null becomes the URL Eleventy gave the page (or a comment, when only Eleventy
    could compute it); the line stays where it was, so later lines keep their numbers."""
    text = data.decode("utf-8", errors="replace")
    end = text.find("\n---", 3)
    found = _PERMALINK_LINE.search(text, 0, end) if text.startswith("---") and end > 0 else None
    if found is None:
        return data
    value = found[0].split(":", 1)[1].strip().strip("\"'")
    if value.lower() == "false" or (value and "{" not in value and value.lower() != "null"):
        return data
    line = f"permalink: {json.dumps(old)}" if old else "# " + found[0] + "  (Eleventy code)"
    return (text[: found.start()] + line + text[found.end() :]).encode()


def _eleventy_variables(
    data: bytes,
    source: Source,
    site: PeerSite,
    globals_: dict[str, Any],
    target: str,
    report: Report,
) -> bytes:
    """`{{ name }}` from the post's front matter, its data files or _data/*.json,
    written out; the names only Eleventy's JavaScript knows are listed in the report."""
    root = site.input_dir
    cascade = eleventy_cascade(source.path, root, lower=False) if root else {}
    includes = root / site.includes_dir if root and site.includes_dir else None
    text, local, done = variables.nunjucks(data.decode("utf-8", errors="replace"), includes)
    report.counts["include"] += done
    text, filled, left = variables.fill(text, cascade, globals_, local)
    report.counts["variable"] += filled
    for line, name in left:
        report.problems.append(
            f"{target}:{line}: {{{{ {name} }}}} is a value Eleventy's JavaScript gives; "
            "write it into the post (it would be published as written)"
        )
    return text.encode() if filled or done else data


_NULL_LIST = re.compile(
    r"^(tags|categories)[ \t]*:[ \t]*(?:null|~|\[\])?[ \t]*$(?!\n[ \t]*-)", re.M
)


def _eleventy_null_lists(data: bytes) -> bytes:
    """`tags: null` (how Eleventy drops the tags a directory data file gives) is no
    tags: the line becomes a comment, keeping its place."""
    text = data.decode("utf-8", errors="replace")
    end = text.find("\n---", 3)
    if not text.startswith("---") or end < 0 or _NULL_LIST.search(text, 0, end + 1) is None:
        return data
    head = _NULL_LIST.sub(lambda m: f"# {m[0]}  (no {m[1]})", text[: end + 1])
    return (head + text[end + 1 :]).encode()


def _first_words(body: str, limit: int = 60) -> str:
    """The first line of prose in Markdown, as plain text, cut at a word."""
    for line in body.split("\n"):
        line = re.sub(r"<[^>]*>|!\[[^\]]*\]\([^)]*\)|\{[{%].*?[}%]\}", "", line)
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = re.sub(r"[*_`#>|]+", "", line).strip()
        line = re.sub(r"\s+", " ", line)
        if len(line) >= 3 and not line.startswith(("```", "~~~", "---")):
            if len(line) <= limit:
                return line
            cut = line[:limit].rsplit(" ", 1)[0]
            return cut + "…"
    return ""


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


_ZOLA_TEMPLATE = re.compile(r"^template[ \t]*=[ \t]*[\"'](?P<name>[^\"']+?)(?:\.html)?[\"']", re.M)


def _zola_template(data: bytes, target: str, report: Report) -> bytes:
    """Zola's `template = "blog.html"` names a template of the Zola theme: kept as
    `layout` (sitegen renders with its own page.html or post.html when the theme has
    no such template), and said in the report."""
    text = data.decode("utf-8", errors="replace")
    end = text.find("\n+++", 3)
    found = _ZOLA_TEMPLATE.search(text, 0, end) if text.startswith("+++") else None
    if found is None:
        return data
    report.problems.append(
        f"{target}: template = '{found['name']}' is a Zola theme template; kept as "
        f"layout = '{found['name']}' (add templates/{found['name']}.html to use it)"
    )
    report.counts["template"] += 1
    line = f'layout = "{found["name"]}"'
    return (text[: found.start()] + line + text[found.end() :]).encode()


_TOML_URL_KEY = re.compile(r"^(?:url|permalink)[ \t]*=.*$", re.M)


def _zola_ignored_urls(data: bytes, target: str, report: Report) -> bytes:
    """`url = …` or `permalink = …` (left from a Hugo site) mean nothing to Zola, which
    puts the page at its path: the line becomes a comment, so sitegen does too."""
    text = data.decode("utf-8", errors="replace")
    end = text.find("\n+++", 3)
    if not text.startswith("+++") or end < 0:
        return data
    table = re.search(r"^\[", text[:end], re.M)  # only keys before the first [table]
    found = _TOML_URL_KEY.search(text, 0, table.start() if table else end)
    if found is None:
        return data
    report.counts["ignored-url"] += 1
    line = f"# {found[0]}  (ignored by Zola)"
    return (text[: found.start()] + line + text[found.end() :]).encode()


def _zola_shortcodes(
    data: bytes,
    shortcodes: dict[str, tera.Shortcode],
    base_path: str,
    target: str,
    report: Report,
) -> bytes:
    """The site's own shortcodes, rendered from their templates where they are simple."""
    if not shortcodes:
        return data
    text, counts, skipped = tera.expand(
        data.decode("utf-8", errors="replace"), shortcodes, base_path
    )
    for name, count in counts.items():
        report.shortcodes[name] += count
    for name, reason in skipped.items():
        report.problems.append(
            f"{target}: shortcode '{name}' was left as written: its template uses "
            f"'{reason[:60]}', which sitegen import does not render (replace the call "
            "with Markdown or HTML)"
        )
    return text.encode() if counts else data


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
