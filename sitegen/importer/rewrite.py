"""What `sitegen import` changes in a Zola or Eleventy post as it copies it, each step
keeping the post's meaning in the peer: a title for an untitled post, a theme template
kept as a layout, the site's own shortcodes and Eleventy's variables and includes
written out, permalinks filled, keys the peer ignores made comments, and the old
host's redirects as aliases. Line numbers are kept where a step can keep them.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from sitegen.content.peers.templates import REF_SCHEME
from sitegen.importer import hugo_shortcodes, redirects, tera, variables
from sitegen.importer.peers import PeerSite, Source, eleventy_cascade, front_matter


@dataclass
class Notes:
    """What the steps did, for the report."""

    counts: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    shortcodes: Counter[str] = field(default_factory=Counter)  # the site's own, rendered


@dataclass
class Context:
    """What the steps need from the whole site, read once."""

    peer: str
    site: PeerSite
    base_path: str
    shortcodes: dict[str, tera.Shortcode]
    globals_: dict[str, Any]
    moved: dict[int, list[str]]  # source index → old addresses redirected to it
    hugo_shortcodes: dict[str, hugo_shortcodes.Shortcode] = field(default_factory=dict)
    sources: dict[Path, Source] = field(default_factory=dict)  # by their path in SRC
    src: Path = Path()


def prepare(peer: str, src: Path, site: PeerSite, sources: list[Source], base_path: str) -> Context:
    return Context(
        peer,
        site,
        base_path,
        tera.load(src, site.theme) if peer == "zola" else {},
        variables.global_data(site.data_dir) if site.data_dir else {},
        _moved(peer, src, site, sources),
        hugo_shortcodes.load(src, site.theme) if peer == "hugo" else {},
        {s.path.resolve(): s for s in sources} if peer == "pelican" else {},
        src,
    )


def apply(
    data: bytes, index: int, source: Source, target: str, context: Context, notes: Notes
) -> bytes:
    """The post's bytes after the steps its peer needs."""
    if context.peer == "hugo":
        data = _hugo_shortcodes(data, context.hugo_shortcodes, target, notes)
    elif context.peer == "pelican":
        data = _pelican_links(data, source, context, target, notes)
    elif context.peer in ("zola", "eleventy"):
        data = _zola_eleventy(data, source, target, context, notes)
    if context.moved.get(index):  # every peer: the old host's redirects (_redirects …)
        data = _add_aliases(data, context.moved[index], target, notes)
    return data


def _zola_eleventy(
    data: bytes, source: Source, target: str, context: Context, notes: Notes
) -> bytes:
    data = _untitled(data, target, notes)
    if context.peer == "zola":
        data = _zola_template(data, target, notes)
        data = _zola_shortcodes(data, context.shortcodes, context.base_path, target, notes)
        # after the site's own templates, which may build URLs from the content path
        data = _zola_bundle_paths(data, source, context.src)
        data = _zola_ignored_urls(data, target, notes)
    else:
        data = _eleventy_permalink(data, source.old_url)
        data = _eleventy_null_lists(data)
        data = _eleventy_special_dates(data, target, notes)
        data = _eleventy_variables(data, source, context.site, context.globals_, target, notes)
    return data


def _with_title(data: bytes, title: str) -> bytes:
    text = data.decode("utf-8", errors="replace")
    head, _, rest = text.partition("\n")
    quoted = json.dumps(title, ensure_ascii=False)
    line = f"title = {quoted}" if head.strip() == "+++" else f"title: {quoted}"
    return f"{head}\n{line}\n{rest}".encode()


def _moved(peer: str, src: Path, site: PeerSite, sources: list[Source]) -> dict[int, list[str]]:
    """Old addresses the old host redirected to each post or page (by source index)."""
    # Where each peer keeps the host's files: the root (netlify.toml), Hugo's and Zola's
    # static/, Eleventy's input folder, Pelican's content/extra/ (its EXTRA_PATH_METADATA).
    folders = [src, src / "static", *([site.input_dir] if site.input_dir else [])]
    if peer == "pelican":
        folders.append(src / "content" / "extra")
    rules = redirects.read(folders, site.base_url) + [
        redirects.Rule(source, target) for source, target in site.moved
    ]
    urls = {str(i): s.old_url for i, s in enumerate(sources) if s.kind != "static"}
    return {int(k): v for k, v in redirects.aliases(rules, urls).items()}


def _add_aliases(data: bytes, aliases: list[str], target: str, notes: Notes) -> bytes:
    """The host's redirects to this post as its aliases (redirect pages at them)."""
    text = data.decode("utf-8", errors="replace")
    meta = front_matter(text)
    if "aliases" in meta or "redirect_from" in meta:
        notes.problems.append(
            f"{target}: the old host also redirected {', '.join(aliases[:3])} here; add them "
            "to its aliases"
        )
        return data
    listed = json.dumps(aliases)
    head, _, rest = text.partition("\n")
    if head.strip() not in ("+++", "---"):  # Pelican's header: one more 'Key: value' line
        notes.counts["redirect"] += len(aliases)
        return f"Aliases: {','.join(aliases)}\n{text}".encode()
    notes.counts["redirect"] += len(aliases)
    if head.strip() == "+++":
        return f"{head}\naliases = {listed}\n{rest}".encode()
    return f"{head}\naliases: {listed}\n{rest}".encode()


# A title line that leaves the title empty: "" or '', YAML's null (~, null, nothing), or
# only a comment ("title: #launch notes" is a null title, as every YAML reader has it).
_EMPTY_TITLE = re.compile(
    r"^title[ \t]*(?:=[ \t]*(?:\"\"|'')|:(?:[ \t]*(?:\"\"|''|~|null|Null|NULL))?)"
    r"(?:[ \t]+#.*)?[ \t]*$",
    re.M,
)


def _untitled(data: bytes, target: str, notes: Notes) -> bytes:
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
    notes.counts["untitled"] += 1
    quoted = json.dumps(title, ensure_ascii=False)
    line = f"title = {quoted}" if fence == "+++" else f"title: {quoted}"
    if _EMPTY_TITLE.search(head):  # in place, so later lines keep their numbers
        return (_EMPTY_TITLE.sub(lambda _: line, head, count=1) + body).encode()
    return _with_title(data, title)


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
    notes: Notes,
) -> bytes:
    """`{{ name }}` from the post's front matter, its data files or _data/*.json,
    written out; the names only Eleventy's JavaScript knows are listed in the report."""
    root = site.input_dir
    cascade = eleventy_cascade(source.path, root, lower=False) if root else {}
    includes = root / site.includes_dir if root and site.includes_dir else None
    text, embedded = variables.videos(data.decode("utf-8", errors="replace"), cascade)
    notes.counts["include"] += embedded
    text, local, done = variables.nunjucks(text, includes)
    done += embedded
    notes.counts["include"] += done
    text, filled, left = variables.fill(text, cascade, globals_, local)
    notes.counts["variable"] += filled
    for line, name in left:
        notes.problems.append(
            f"{target}:{line}: {{{{ {name} }}}} is a value Eleventy's JavaScript gives; "
            "write it into the post (it would be published as written)"
        )
    return text.encode() if filled or done else data


_NULL_LIST = re.compile(
    r"^(tags|categories)[ \t]*:[ \t]*(?:null|~|\[\])?[ \t]*$(?!\n[ \t]*-)", re.M
)


_SPECIAL_DATE = re.compile(
    r"^date[ \t]*:[ \t]*[\"']?(?:git )?(?:last modified|created)[\"']?[ \t]*$", re.M | re.I
)


def _eleventy_special_dates(data: bytes, target: str, notes: Notes) -> bytes:
    """`date: Last Modified` (or Created, git Last Modified) asks Eleventy for the
    file's own date, which a copy does not keep: the line becomes a comment, and the
    report asks for the date."""
    text = data.decode("utf-8", errors="replace")
    end = text.find("\n---", 3)
    found = _SPECIAL_DATE.search(text, 0, end) if text.startswith("---") and end > 0 else None
    if found is None:
        return data
    notes.problems.append(
        f"{target}: '{found[0]}' is the file's date in Eleventy; write the date itself "
        "(date: 2024-05-01) to keep it"
    )
    line = f"# {found[0]}  (Eleventy's file date)"
    return (text[: found.start()] + line + text[found.end() :]).encode()


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


_ZOLA_TEMPLATE = re.compile(r"^template[ \t]*=[ \t]*[\"'](?P<name>[^\"']+?)(?:\.html)?[\"']", re.M)


def _zola_template(data: bytes, target: str, notes: Notes) -> bytes:
    """Zola's `template = "blog.html"` names a template of the Zola theme: kept as
    `layout` (sitegen renders with its own page.html or post.html when the theme has
    no such template), and said in the report."""
    text = data.decode("utf-8", errors="replace")
    end = text.find("\n+++", 3)
    found = _ZOLA_TEMPLATE.search(text, 0, end) if text.startswith("+++") else None
    if found is None:
        return data
    notes.problems.append(
        f"{target}: template = '{found['name']}' is a Zola theme template; kept as "
        f"layout = '{found['name']}' (add templates/{found['name']}.html to use it)"
    )
    notes.counts["template"] += 1
    line = f'layout = "{found["name"]}"'
    return (text[: found.start()] + line + text[found.end() :]).encode()


_TOML_URL_KEY = re.compile(r"^(?:url|permalink)[ \t]*=.*$", re.M)


def _zola_ignored_urls(data: bytes, target: str, notes: Notes) -> bytes:
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
    notes.counts["ignored-url"] += 1
    line = f"# {found[0]}  (ignored by Zola)"
    return (text[: found.start()] + line + text[found.end() :]).encode()


# Pelican's links to other files of the site: {filename}x.md, {static}img.png, {attach}
# (and the older |filename|, and %7Bfilename%7D as some editors escape the braces).
_PELICAN_LINK = re.compile(
    r"(?:\{|%7B|\|)(?P<what>filename|static|attach)(?:\}|%7D|\|)(?P<path>[^\s)\"'>#?]*)",
    re.IGNORECASE,
)


def _pelican_links(
    data: bytes, source: Source, context: Context, target: str, notes: Notes
) -> bytes:
    """{filename}/{static}/{attach} links made into what the build resolves: a post or
    page becomes a reference the build turns into its URL (and checks), a static file
    the URL it is published at. A link to a file SRC lacks is left and named."""
    text = data.decode("utf-8", errors="replace")
    if not _PELICAN_LINK.search(text):
        return data

    def replace(match: re.Match[str]) -> str:
        path = unquote(match["path"])
        found = _pelican_target(path, source, context.sources)
        if found is None:
            notes.problems.append(
                f"{target}: the link {match[0]} names no file of the Pelican site; left as "
                "written (the build reports it as a broken link)"
            )
            return match[0]
        notes.counts["pelican-link"] += 1
        relative = found.target.removeprefix("content/")
        if found.kind == "static":
            return context.base_path.rstrip("/") + "/" + quote(relative)
        return REF_SCHEME + "ref/" + quote(relative)

    return _PELICAN_LINK.sub(replace, text).encode()


def _pelican_target(path: str, source: Source, sources: dict[Path, Source]) -> Source | None:
    if not path.startswith("/"):
        return sources.get((source.path.parent / path).resolve())
    suffix = "/" + path.lstrip("/")  # from the content folder, wherever SRC keeps it
    matches = [s for p, s in sources.items() if p.as_posix().endswith(suffix)]
    return min(matches, key=lambda s: len(s.path.parts)) if matches else None


def _zola_bundle_paths(data: bytes, source: Source, src: Path) -> bytes:
    """In a bundle (NAME/index.md), shortcode arguments that name the bundle's own files
    by their path under content/ ("blog/trip/map.png", as resize_image and many themes
    take them) are made the file's name alone: the files move with the page, and the
    build resolves a bare name beside it."""
    if source.path.stem != "index":
        return data
    try:
        folder = source.path.parent.relative_to(src / "content").as_posix()
    except ValueError:
        return data
    text = data.decode("utf-8", errors="replace")
    prefix = re.compile(r"(=\s*[\"'])/?" + re.escape(folder) + r"/(?=[^\"'\s])")
    out = re.sub(r"\{[{%].*?[}%]\}", lambda m: prefix.sub(r"\1", m[0]), text, flags=re.DOTALL)
    return out.encode() if out != text else data


def _hugo_shortcodes(
    data: bytes, shortcodes: dict[str, hugo_shortcodes.Shortcode], target: str, notes: Notes
) -> bytes:
    """The site's own shortcodes (layouts/shortcodes/), rendered where they are simple."""
    if not shortcodes:
        return data
    text, counts, skipped = hugo_shortcodes.expand(
        data.decode("utf-8", errors="replace"), shortcodes
    )
    return _expanded(data, text, counts, skipped, target, notes, "layouts/shortcodes/{}.html")


def _zola_shortcodes(
    data: bytes,
    shortcodes: dict[str, tera.Shortcode],
    base_path: str,
    target: str,
    notes: Notes,
) -> bytes:
    """The site's own shortcodes (templates/shortcodes/), rendered where they are simple."""
    if not shortcodes:
        return data
    text, counts, skipped = tera.expand(
        data.decode("utf-8", errors="replace"), shortcodes, base_path
    )
    return _expanded(data, text, counts, skipped, target, notes, "templates/shortcodes/{}.*")


def _expanded(
    data: bytes,
    text: str,
    counts: dict[str, int],
    skipped: dict[str, str],
    target: str,
    notes: Notes,
    template_path: str,
) -> bytes:
    """The file with its shortcodes expanded (`data` when none was), what was expanded
    counted and what was not reported, with the template construct that stopped it."""
    for name, count in counts.items():
        notes.shortcodes[name] += count
    for name, reason in skipped.items():
        notes.problems.append(
            f"{target}: shortcode '{name}' was left as written: its template "
            f"({template_path.format(name)}) uses '{reason[:60]}', which sitegen import "
            "does not render (replace the call with Markdown or HTML)"
        )
    return text.encode() if counts else data
