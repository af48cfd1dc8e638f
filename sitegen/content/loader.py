"""Reading content/: files → Post, Page and SeriesInfo, with every problem as a Diagnostic.

`read_item` is pure (bytes in, model out) so the build can cache and parallelise
it; `find_sources` is the only function here that touches the filesystem.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import html
import os
import re
import stat
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sitegen import yamltree
from sitegen.config import SiteConfig
from sitegen.content import urls
from sitegen.content.frontmatter import (
    PAGE_ALIASES,
    POST_ALIASES,
    DateValue,
    LintMeta,
    PageMeta,
    PostMeta,
    SeriesMeta,
    Split,
    split,
)
from sitegen.content.model import (
    Blurb,
    BlurbText,
    Document,
    LintSettings,
    Page,
    PlannedPart,
    Post,
    Replies,
    SeriesInfo,
    SeriesRef,
    SourceRef,
    StaticFile,
    Tag,
)
from sitegen.content.peers import keys as peer_keys
from sitegen.content.peers import meta as peer_meta
from sitegen.content.peers import templates
from sitegen.content.platforms import KEYS
from sitegen.content.problems import INVALID_BLURB, INVALID_PART, MISSING_PART
from sitegen.diagnostics import LINE_BREAK, Diagnostic, Severity, did_you_mean, split_lines
from sitegen.schema import field_names, read_dataclass
from sitegen.slugs import slug_from_filename, slugify, tag_slug
from sitegen.yamltree import Node

if TYPE_CHECKING:
    from markdown_it.token import Token

CONTENT_DIR = "content"
# Markdown as the peers name it: Jekyll's default is .markdown; Hugo and Pelican read .mdown.
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown")
_FILE_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[-_]")
SourceKind = Literal["post", "page", "series", "static", "stray"]


# Files editors and tools keep while they work: skipped without a word.
_TRANSIENT = re.compile(
    r"(^\.|^#.*#$|\.sw[a-p]$|\.tmp$|^4913$|\.kate-swp$|___jb_tmp___$|\.crswap$)"
)
# Backups and merge leftovers: copies of a source that must never be published (a
# draft's text would be). Skipped, with a warning beside posts.
LEFTOVERS = ("~", ".orig", ".rej", ".bak", ".backup", ".save", "___jb_old___")
_SAFE_SLUG = re.compile(r"[^\s/\\?#%\"'<>]+")


@dataclass(frozen=True)
class SourceFile:
    """A file under content/, found on disk."""

    path: str  # relative to the site folder, forward slashes
    kind: SourceKind


@dataclass
class LoadedItem:
    """What one content file turned into."""

    item: Post | Page | SeriesInfo | None
    tokens: list[Token] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def _markdown() -> Any:
    """The Markdown module, imported when a file is actually read (a build that
    finds everything in its cache never needs markdown-it)."""
    from sitegen.content import markdown

    return markdown


def kind_of(relative: str) -> SourceKind:
    """'content/posts/a/b.md' → 'post'. `relative` is relative to content/."""
    parts = relative.split("/")
    if relative.endswith(MARKDOWN_SUFFIXES):
        if parts[0] == "posts" and len(parts) > 1:
            return "post"
        if parts[0] == "pages" and len(parts) > 1:
            return "page"
        if parts[0] == "series" and len(parts) == 2:
            return "series"
        return "stray"
    return "static"


def find_sources(site_dir: Path) -> tuple[list[SourceFile], list[Diagnostic]]:
    """Every file under content/, sorted, with symlinks leading outside refused."""
    root = site_dir / CONTENT_DIR
    found: list[SourceFile] = []
    diagnostics: list[Diagnostic] = []
    if not root.is_dir():
        return [], [
            Diagnostic(
                CONTENT_DIR,
                0,
                0,
                f"there is no {CONTENT_DIR}/ folder: the site has no posts or pages",
                Severity.WARNING,
                hint='Write posts in content/posts/ (sitegen new post "Title"), or build '
                "the folder that holds your site.yaml.",
            )
        ]
    site_real = site_dir.resolve()
    base = len(str(root)) + 1
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in list(dirs):
            link = os.path.join(folder, name)
            if os.path.islink(link):
                dirs.remove(name)
                diagnostics.append(_symlink_refused(site_dir, Path(link), site_real))
        inside = folder[base:].replace(os.sep, "/")
        prefix = f"{CONTENT_DIR}/{inside}/" if inside else f"{CONTENT_DIR}/"
        for name in sorted(files):
            if _TRANSIENT.search(name):
                continue
            relative = prefix + name
            if name.endswith(LEFTOVERS):
                if relative.startswith(f"{CONTENT_DIR}/posts/"):
                    diagnostics.append(
                        Diagnostic(
                            relative,
                            0,
                            0,
                            "a backup or merge leftover is not published",
                            Severity.WARNING,
                            hint="Delete it once you no longer need it.",
                        )
                    )
                continue
            full = os.path.join(folder, name)
            if os.path.islink(full):
                target = os.path.realpath(full)  # unlike Path.resolve, never raises on loops
                if not Path(target).is_relative_to(site_real) or not os.path.isfile(target):
                    diagnostics.append(_symlink_refused(site_dir, Path(full), site_real))
                    continue
            try:
                regular = stat.S_ISREG(os.stat(full).st_mode)
            except FileNotFoundError:
                continue  # gone since the folder was listed (an editor's safe save)
            if not regular:
                diagnostics.append(
                    Diagnostic(
                        relative,
                        0,
                        0,
                        "not a regular file (a pipe, socket or device); it is skipped",
                        Severity.WARNING,
                        hint="Only regular files are read; remove it from content/.",
                    )
                )
                continue
            found.append(SourceFile(relative, kind_of(relative[len(CONTENT_DIR) + 1 :])))
    return found, diagnostics


def _symlink_refused(site_dir: Path, link: Path, site_real: Path) -> Diagnostic:
    relative = link.relative_to(site_dir).as_posix()
    hint = "Copy the file into content/ instead of linking to it."
    try:
        target = link.resolve(strict=True)
        if not target.is_relative_to(site_real):
            reason = f"points outside the site folder (to {target})"
        else:
            reason = "is a link to a folder (links to folders could loop)"
            hint = "Move or copy the folder into content/ instead of linking to it."
    except (OSError, RuntimeError):
        reason = "is broken or loops"
        hint = "Delete the link, or point it at a file inside the site folder."
    return Diagnostic(
        relative, 0, 0, f"symbolic link {reason}; it is skipped", Severity.WARNING, hint
    )


def content_hash(data: bytes) -> str:
    """A file's bytes → a short hash that says whether they changed."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def decode(data: bytes, path: str) -> tuple[str | None, list[Diagnostic]]:
    """Bytes → text, or a message that says what the encoding problem is."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None, [
            Diagnostic(
                path,
                0,
                0,
                "file is UTF-16 text; sitegen reads UTF-8",
                hint="Save the file as UTF-8 (most editors: File → Save with Encoding).",
            )
        ]
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start].decode("utf-8")
        lines = split_lines(before)
        line, col = len(lines), len(lines[-1]) + 1
        return None, [
            Diagnostic(
                path,
                line,
                col,
                f"file is not valid UTF-8 (byte 0x{data[exc.start]:02x} cannot start a character)",
                hint="Save the file as UTF-8; it may have been written as Latin-1 or Windows-1252.",
            )
        ]
    if "\x00" in text:
        line = len(split_lines(text[: text.index("\x00")]))
        return None, [
            Diagnostic(
                path,
                line,
                1,
                "file contains a NUL byte; is it really text?",
                hint="Markdown files must be plain UTF-8 text.",
            )
        ]
    # One kind of line break from here on, so every stage counts lines alike.
    return LINE_BREAK.sub("\n", text), []


def read_item(
    path: str, data: bytes, kind: SourceKind, config: SiteConfig, render: bool = True
) -> LoadedItem:
    """One content file (its bytes) → its model object and diagnostics. Pure."""
    text, problems = decode(data, path)
    if text is None:
        return LoadedItem(None, diagnostics=problems)
    if not text.strip():
        return LoadedItem(
            None,
            diagnostics=[
                Diagnostic(
                    path,
                    0,
                    0,
                    "file is empty",
                    hint="Start it with front matter: '---', 'title: …', "
                    + ("'date: …', " if kind == "post" else "")
                    + "'---', then the text.",
                )
            ],
        )
    parts, diagnostics = split(text, path)
    if diagnostics:
        return LoadedItem(None, diagnostics=diagnostics)
    if parts.front_matter is None:
        return LoadedItem(
            None,
            diagnostics=[
                Diagnostic(
                    path,
                    1,
                    1,
                    "no front matter: the file must start with a line '---'",
                    hint="Add '---', 'title: …'"
                    + (", 'date: …'" if kind == "post" else "")
                    + " and '---' at the top of the file.",
                )
            ],
        )
    node: Node | None
    if parts.format == "toml":
        node, diagnostics = peer_meta.toml_node(parts.front_matter, path, parts.first_line)
    elif parts.format == "pelican":
        node, diagnostics = peer_meta.pelican_node(parts.front_matter, parts.first_line), []
    else:
        node, diagnostics = yamltree.parse(parts.front_matter, path, parts.first_line)
    if diagnostics:
        return LoadedItem(None, diagnostics=diagnostics)
    if node is not None and node.is_mapping and kind != "series":
        node, diagnostics = peer_meta.fold_case(node, path)
        if diagnostics:
            return LoadedItem(None, diagnostics=diagnostics)
    if node is None or not node.is_mapping:
        what = "empty" if node is None else f"{type(node.value).__name__}, not a mapping"
        return LoadedItem(
            None,
            diagnostics=[
                Diagnostic(
                    path,
                    node.start.line if node else 1,
                    1,
                    f"front matter is {what}",
                    hint="Front matter is 'key: value' lines, e.g. 'title: My post'.",
                )
            ],
        )
    title = node.get("title")
    title_col = title.start.col + (1 if title.style in ("'", '"') else 0) if title else 1
    source = SourceRef(
        path,
        parts.body_line,
        content_hash(data),
        {key: pos.line for key, (pos, _) in node.items.items()},
        title_col,
    )
    loaded = _READERS[kind](source, node, parts, config, render)
    loaded.diagnostics.extend(_cut_by_comment(node, path))
    return loaded


def _cut_by_comment(node: Node, path: str) -> list[Diagnostic]:
    """`title: Key #3: engaging` reads as 'Key' plus a comment: say so."""
    found = []
    for key in ("title", "summary", "description"):
        value = node.get(key)
        if value is not None and value.comment and isinstance(value.value, str):
            found.append(
                Diagnostic(
                    path,
                    value.start.line,
                    value.end.col + 1,
                    f"'{key}' ends at '{value.value}': YAML reads '{value.comment}' as a comment",
                    Severity.WARNING,
                    hint=f'Put the whole {key} in quotes: {key}: "{value.value} {value.comment}"',
                )
            )
    return found


def _parse_body(
    parts: Split, config: SiteConfig, source: SourceRef, diagnostics: list[Diagnostic]
) -> list[Token]:
    """The body's tokens; what parsing had to change or hide becomes a warning."""
    markdown = _markdown()
    tokens: list[Token] = markdown.parse(parts.body, config.markdown)
    found = markdown.warnings(tokens)
    lines = parts.body.split("\n") if found else []
    for warning in found:
        text = lines[warning.line] if warning.line < len(lines) else ""
        col = warning.col or (text.find(warning.near) + 1 if warning.near else 0)
        if col <= 0:  # point at the line's first character
            col = len(text) - len(text.lstrip()) + 1
        diagnostics.append(
            Diagnostic(
                source.path,
                source.body_line + warning.line,
                col,
                warning.message,
                Severity.WARNING,
                warning.hint,
            )
        )
    return tokens


def _status_draft(unknown: dict[str, Any]) -> bool:
    """Pelican's `Status: draft` (and `skip`, never written): not published. The key
    is otherwise generator plumbing, so without this a Pelican draft went live."""
    return str(unknown.get("status", "")).strip().lower() in ("draft", "skip")


def _with_page_math(config: SiteConfig, math: bool) -> SiteConfig:
    """A page with math: true on a site without math: its $…$ is math all the same,
    shown with MathJax (the engine the peers' themes load for that key)."""
    if not math or config.markdown.math != "off":
        return config
    return replace(config, markdown=replace(config.markdown, math="mathjax"))


def _document(tokens: list[Token], config: SiteConfig, render: bool, summary: str) -> Document:
    document = (
        _markdown().render(tokens, config.markdown) if render else Document("", "", "", (), 0)
    )
    if summary:
        document = replace(
            document,
            summary_html=f"<p>{html.escape(summary, quote=False)}</p>\n",
            summary_text=" ".join(summary.split()),
        )
    return document


def _peer_keys(
    cls: type, aliases: dict[str, str], node: Node, path: str, diagnostics: list[Diagnostic]
) -> tuple[Node, dict[str, Any]]:
    """Keys sitegen does not know, taken out of `node` (see peers.keys.sort_keys)."""
    node, extra, found = peer_keys.sort_keys(node, [*field_names(cls), *aliases], path)
    diagnostics.extend(found)
    return _without_null_lists(cls, aliases, node), extra


def _without_null_lists(cls: type, aliases: dict[str, str], node: Node) -> Node:
    """`tags:` with nothing after it (YAML's null) is an empty list, as every peer
    reads it (an archetype's left-over line), not an error: list-valued keys that are
    null are left out, so they take their default."""
    lists = {f.name for f in fields(cls) if "list[" in str(f.type)}
    null = [
        key
        for key, (_, child) in node.items.items()
        if child.value is None and aliases.get(key, key) in lists
    ]
    if not null or not isinstance(node.value, dict):
        return node
    return replace(
        node,
        value={k: v for k, v in node.value.items() if k not in null},
        items={k: v for k, v in node.items.items() if k not in null},
    )


def _names(value: list[str] | str, fmt: str) -> list[str]:
    """Tag-like values as the peer means them: a list; in Pelican's headers, or with a
    comma, comma-separated text; otherwise (Jekyll) space-separated words."""
    if not isinstance(value, str):
        return [str(v) for v in value]
    if fmt == "pelican" or "," in value:
        return value.split(",")
    return value.split()


def _authors(author: Any, authors: list[str] | str) -> tuple[str, ...]:
    found: list[str] = []
    for value in (author, authors):
        if isinstance(value, str):
            found.extend(a.strip() for a in value.split(",") if a.strip())
        elif isinstance(value, list):
            found.extend(str(a) for a in value if a)
        elif isinstance(value, dict) and value.get("name"):
            found.append(str(value["name"]))
    return tuple(dict.fromkeys(found))


def _image(value: Any) -> str:
    if isinstance(value, list):
        return str(value[0]) if value else ""
    if isinstance(value, dict):
        return str(value.get("image") or value.get("src") or value.get("url") or "")
    return str(value or "")


def _bundle(path: str) -> str:
    """'content/posts/my-trip/index.md' → 'content/posts/my-trip/' (a page bundle)."""
    folder, _, name = path.rpartition("/")
    if name.rsplit(".", 1)[0] == "index" and folder.count("/") >= 2:
        return folder + "/"
    return ""


def _read_post(
    source: SourceRef, node: Node, parts: Split, config: SiteConfig, render: bool
) -> LoadedItem:
    path = source.path
    diagnostics: list[Diagnostic] = []
    node, unknown = _peer_keys(PostMeta, POST_ALIASES, node, path, diagnostics)
    meta = read_dataclass(PostMeta, node, path, diagnostics, aliases=POST_ALIASES)
    social = _blurbs(node, path, diagnostics, parts)
    if meta is None:
        return LoadedItem(None, diagnostics=diagnostics)
    config = _with_page_math(config, meta.math)
    zone = config.zone
    bundle = _bundle(path)
    stem = bundle.rstrip("/").rsplit("/", 1)[1] if bundle else Path(path).stem.split(".")[0]
    given_date = meta.date or meta.publishdate or _file_date(stem)
    if given_date is None and any(k in node.items for k in ("date", "publishdate")):
        return LoadedItem(None, diagnostics=diagnostics)  # unreadable: already reported
    if given_date is None:
        pos = node.key_pos("title")
        diagnostics.append(
            Diagnostic(
                path,
                pos.line,
                1,
                "post has no date",
                hint="Add 'date: YYYY-MM-DD', or start the file name with the date "
                "(2026-11-23-my-post.md).",
            )
        )
        return LoadedItem(None, diagnostics=diagnostics)
    date = to_datetime(given_date, zone)
    slug = _slug(meta.slug, source, node, diagnostics, stem)
    title = meta.title or " ".join(slug_from_filename(stem).split("-")).capitalize()
    series_ref = _series_ref(meta, node, path, diagnostics)
    front = {**(node.value if isinstance(node.value, dict) else {}), **unknown}
    body, found = templates.convert(parts.body, path, parts.body_line, config, front)
    diagnostics.extend(found)
    parts = replace(parts, body=body)
    tokens = _parse_body(parts, config, source, diagnostics)
    zola = meta.taxonomies
    tags = [*_names(meta.tags, parts.format), *zola.get("tags", [])]
    categories = [*_names(meta.categories, parts.format), *zola.get("categories", [])]
    written = meta.url is not False
    own = meta.url if isinstance(meta.url, str) and meta.url else ""
    post = Post(
        source=source,
        title=title,
        slug=slug,
        date=date,
        updated=to_datetime(meta.updated, zone) if meta.updated else None,
        tags=_tags(tags, config, node, path, diagnostics),
        draft=meta.draft or not meta.published or _status_draft(unknown),
        body=parts.body,
        document=_document(tokens, config, render, meta.summary),
        url=urls.own_url(config, own)
        if own
        else urls.post_url(config, date, slug, slugify(series_ref.name) if series_ref else ""),
        series_ref=series_ref,
        social=social,
        lint=_lint_settings(meta.lint, node),
        replies=Replies(meta.replies.mastodon, meta.replies.bluesky, meta.replies.comments),
        image=_image(meta.image),
        extra={**unknown, **meta.extra},
        categories=_tags(
            categories, config, node, path, diagnostics, urls.category_url, "categories"
        ),
        authors=_authors(meta.author, meta.authors),
        aliases=tuple(_names(meta.aliases, "list")),
        show_toc=meta.toc,
        math=meta.math,
        layout=meta.layout,
        weight=meta.weight,
        publish=to_datetime(meta.publishdate, zone) if meta.publishdate else None,
        expires=to_datetime(meta.expirydate, zone) if meta.expirydate else None,
        written=written,
        bundle=bundle,
    )
    return LoadedItem(post, tokens, diagnostics)


def _file_date(stem: str) -> dt.date | None:
    """Jekyll's '2026-11-23-my-post' → its date."""
    found = _FILE_DATE.match(stem)
    if not found:
        return None
    try:
        return dt.date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None


def _menu(value: Any) -> int | None:
    """Sitegen's menu position, or Hugo's `menu: main` (in the menu, after numbered ones)."""
    if value is None or value is False or isinstance(value, int):
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    return 1000 if value else None


def _read_page(
    source: SourceRef, node: Node, parts: Split, config: SiteConfig, render: bool
) -> LoadedItem:
    path = source.path
    diagnostics: list[Diagnostic] = []
    node, unknown = _peer_keys(PageMeta, PAGE_ALIASES, node, path, diagnostics)
    meta = read_dataclass(PageMeta, node, path, diagnostics, aliases=PAGE_ALIASES)
    if meta is None:
        return LoadedItem(None, diagnostics=diagnostics)
    config = _with_page_math(config, meta.math)
    zone = config.zone
    bundle = _bundle(path)
    stem = bundle.rstrip("/").rsplit("/", 1)[1] if bundle else Path(path).stem.split(".")[0]
    slug = _slug(meta.slug, source, node, diagnostics, stem)
    front = {**(node.value if isinstance(node.value, dict) else {}), **unknown}
    body, found = templates.convert(parts.body, path, parts.body_line, config, front)
    diagnostics.extend(found)
    parts = replace(parts, body=body)
    tokens = _parse_body(parts, config, source, diagnostics)
    own = meta.url if isinstance(meta.url, str) and meta.url else ""
    page = Page(
        source=source,
        title=meta.title,
        slug=slug,
        date=to_datetime(meta.date, zone) if meta.date else None,
        updated=to_datetime(meta.updated, zone) if meta.updated else None,
        draft=meta.draft,
        body=parts.body,
        document=_document(tokens, config, render, meta.summary),
        url=urls.own_url(config, own) if own else urls.page_url(config, slug),
        menu=_menu(meta.menu),
        template=meta.template,
        lint=_lint_settings(meta.lint, node),
        image=_image(meta.image),
        extra={**unknown, **meta.extra},
        aliases=tuple(_names(meta.aliases, "list")),
        show_toc=meta.toc,
        math=meta.math,
        written=meta.url is not False,
        bundle=bundle,
    )
    return LoadedItem(page, tokens, diagnostics)


def _read_series(
    source: SourceRef, node: Node, parts: Split, config: SiteConfig, render: bool
) -> LoadedItem:
    path = source.path
    diagnostics: list[Diagnostic] = []
    meta = read_dataclass(SeriesMeta, node, path, diagnostics)
    if meta is None:
        return LoadedItem(None, diagnostics=diagnostics)
    planned_node = node.get("planned")
    planned = tuple(
        PlannedPart(
            p.part,
            p.title,
            to_datetime(p.date, config.zone) if p.date else None,
            planned_node.elements[i].start.line if planned_node else 0,
        )
        for i, p in enumerate(meta.planned)
    )
    if meta.part_title and re.search(r"\{(?!part\})[^}]*\}", meta.part_title):
        pos = node.key_pos("part_title")
        diagnostics.append(
            Diagnostic(
                path,
                pos.line,
                pos.col,
                f"'part_title' may only use {{part}}: '{meta.part_title}'",
                hint='e.g. part_title: "Key #{part}"',
            )
        )
    stem = Path(path).stem
    tokens = _parse_body(parts, config, source, diagnostics)
    info = SeriesInfo(
        source=source,
        slug=_slug(meta.slug, source, node, diagnostics) if meta.slug else slugify(stem),
        title=meta.title,
        description=meta.description,
        parts=meta.parts,
        planned=planned,
        part_title=meta.part_title,
        document=_document(tokens, config, render, meta.description),
    )
    return LoadedItem(info, tokens, diagnostics)


def _unreadable(
    source: SourceRef, node: Node, parts: Split, config: SiteConfig, render: bool
) -> LoadedItem:  # pragma: no cover - guarded by read_item callers
    raise ValueError(f"{source.path} is not a content file")


_READERS = {
    "post": _read_post,
    "page": _read_page,
    "series": _read_series,
    "static": _unreadable,
    "stray": _unreadable,
}


def to_datetime(value: DateValue, zone: dt.tzinfo) -> dt.datetime:
    """A front matter date → an aware datetime; dates and naive times are in the
    site's time zone."""
    if not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day, tzinfo=zone)
    if value.tzinfo is None:
        return value.replace(tzinfo=zone)
    return value.astimezone(zone)


def _slug(
    given: str, source: SourceRef, node: Node, diagnostics: list[Diagnostic], stem: str = ""
) -> str:
    fallback = slug_from_filename(stem or Path(source.path).stem)
    if not given:
        return fallback or "untitled"
    if not _SAFE_SLUG.fullmatch(given) or not given.strip("."):
        pos = node.get("slug")
        line = pos.start.line if pos else 0
        diagnostics.append(
            Diagnostic(
                source.path,
                line,
                pos.start.col if pos else 0,
                f"slug '{given}' cannot be used in a URL (spaces, slashes, quotes, or only dots)",
                hint=f"Use lower-case words joined by '-', e.g. slug: {slugify(given) or fallback}",
            )
        )
        return slugify(given) or fallback or "untitled"
    return given


def _tags(
    value: list[str] | str,
    config: SiteConfig,
    node: Node,
    path: str,
    diagnostics: list[Diagnostic],
    url: Any = urls.tag_url,
    key: str = "tags",
) -> tuple[Tag, ...]:
    names = value.split(",") if isinstance(value, str) else value
    seen: dict[str, Tag] = {}
    for raw in names:
        name = " ".join(str(raw).split())
        if not name:
            continue
        slug = tag_slug(name)
        if not slug:
            pos = node.key_pos(key)
            diagnostics.append(
                Diagnostic(
                    path,
                    pos.line,
                    pos.col,
                    f"the {'category' if key == 'categories' else 'tag'} '{name}' has no "
                    "letters or digits to make its URL from",
                    hint="Name it in words, e.g. tags: [launch] instead of an emoji.",
                )
            )
        elif slug not in seen:
            seen[slug] = Tag(name, slug, url(config, slug))
    return tuple(seen.values())


def _series_ref(
    meta: PostMeta, node: Node, path: str, diagnostics: list[Diagnostic]
) -> SeriesRef | None:
    part_keys = [
        k for k in ("part", "series_weight", "series_index") if getattr(meta, k) is not None
    ]
    if len(part_keys) > 1:
        pos = node.key_pos(part_keys[1])
        diagnostics.append(
            Diagnostic(
                path,
                pos.line,
                pos.col,
                f"both '{part_keys[0]}' and '{part_keys[1]}' give the part number",
                hint="Keep one of them; 'part' is sitegen's own name.",
            )
        )
    part_key = part_keys[0] if part_keys else "part"
    part = getattr(meta, part_key)
    part_pos = node.key_pos(part_key)
    if part is not None and part < 1:
        diagnostics.append(
            INVALID_PART.at(
                path,
                part_pos.line,
                part_pos.col,
                f"'{part_key}' must be a positive whole number (1 for the first part), not {part}",
                hint="Number the parts of a series 1, 2, 3 …",
            )
        )
        part = None
    series = meta.series
    series_pos = node.key_pos("series")
    if isinstance(series, list):
        if len(series) > 1:
            diagnostics.append(
                Diagnostic(
                    path,
                    series_pos.line,
                    series_pos.col,
                    f"a post can belong to one series, not {len(series)}",
                    hint="Keep one name in 'series:'.",
                )
            )
        series = series[0] if series else None
    if not series or not series.strip():
        if part is not None:
            diagnostics.append(
                MISSING_PART.at(
                    path,
                    part_pos.line,
                    part_pos.col,
                    f"'{part_key}' is set but 'series' is not",
                    hint="Add 'series: <series title or slug>' or remove the part number.",
                )
            )
        return None
    if part is None and not part_keys:
        diagnostics.append(
            MISSING_PART.at(
                path,
                series_pos.line,
                series_pos.col,
                f"post is in series '{series}' but has no 'part' number",
                hint="Add 'part: N' (1 for the first part).",
            )
        )
    return SeriesRef(series.strip(), part, series_pos.line, part_pos.line)


def _lint_settings(meta: LintMeta, node: Node) -> LintSettings:
    return LintSettings(
        tuple(meta.disable), meta.reason, node.key_pos("lint").line if "lint" in node.items else 0
    )


def _blurbs(
    node: Node, path: str, diagnostics: list[Diagnostic], parts: Split
) -> tuple[Blurb, ...]:
    social = node.get("social")
    if social is None or not social.is_mapping:
        return ()
    lines = (parts.front_matter or "").splitlines()
    blurbs = []
    for key, (key_pos, value) in social.items.items():
        platform = KEYS.get(key.lower())
        if platform is None:
            diagnostics.append(
                Diagnostic(
                    path,
                    key_pos.line,
                    key_pos.col,
                    f"unknown social platform '{key}'",
                    hint=did_you_mean(key.lower(), KEYS)
                    or "Known platforms: " + ", ".join(sorted(KEYS)) + ".",
                )
            )
            continue
        elements = value.elements if isinstance(value.value, list) else [value]
        texts = []
        for index, element in enumerate(elements):
            if not isinstance(element.value, str):
                where = f"social.{key}" + (f"[{index}]" if isinstance(value.value, list) else "")
                diagnostics.append(
                    INVALID_BLURB.at(
                        path,
                        element.start.line,
                        element.start.col,
                        f"'{where}' should be text, not {type(element.value).__name__}",
                        hint="Write the blurb as text, or a list of texts for a thread; "
                        "quote it if it starts with a special character.",
                    )
                )
                continue
            first = element.start.line - parts.first_line
            last = max(first, element.end.line - parts.first_line - (element.end.col == 1))
            texts.append(
                BlurbText(
                    element.value,
                    element.start.line,
                    element.start.col,
                    raw_lines=tuple(lines[first : last + 1]),
                    style=element.style,
                )
            )
        blurbs.append(Blurb(platform, key, tuple(texts), key_pos.line))
    return tuple(blurbs)


def static_output(path: str) -> StaticFile:
    """'content/images/a.png' → copied to 'images/a.png'."""
    return StaticFile(path, path[len(CONTENT_DIR) + 1 :])
