"""Each peer's layout and configuration: where its posts, pages and files are, and the
URL it gives each post (so `sitegen import` can keep it)."""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from sitegen.content.loader import MARKDOWN_SUFFIXES
from sitegen.slugs import slug_from_filename, slugify

PEERS = ("hugo", "jekyll", "pelican", "zola", "eleventy")


@dataclass
class PeerSite:
    """What a peer's configuration says, in sitegen's terms."""

    title: str = ""
    base_url: str = ""
    description: str = ""
    author: str = ""
    timezone: str = ""
    posts_pattern: str = ""  # sitegen's {year}/{slug} pattern when one fits
    taxonomies: list[str] = field(default_factory=lambda: ["tags"])
    math: bool = False
    posts_per_page: int = 0  # 0: sitegen's default
    theme: str = ""  # the peer's theme folder name (Zola: its shortcodes)
    input_dir: Path | None = None  # Eleventy: the input folder, and its global data folder
    data_dir: Path | None = None
    includes_dir: str = ""
    moved: list[tuple[str, str]] = field(default_factory=list)  # old URL → where it went
    extra: dict[str, Any] = field(default_factory=dict)  # {{ site.X }} values
    notes: list[str] = field(default_factory=list)  # what the report should say


@dataclass
class Source:
    """One file to bring over: where from, where to, as what."""

    path: Path  # in SRC
    target: str  # relative to DEST, e.g. content/posts/x.md
    kind: str  # post, page, static
    old_url: str = ""  # the peer's URL for it ('' when the page sets its own)
    own: bool = False  # old_url is the page's own url/path/permalink, which sitegen reads
    html: bool = False  # Jekyll: an HTML page with front matter, its Liquid run at import


def _load(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".toml":
        return tomllib.loads(text)
    data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    return data if isinstance(data, dict) else {}


def _lower(data: dict[str, Any]) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in data.items()}


def _author(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("name", ""))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value or "")


def front_matter(text: str) -> dict[str, Any]:
    """The peer's front matter as plain values (for URLs), with lower-case keys."""
    lines = text.split("\n")
    first = lines[0].strip() if lines else ""
    try:
        if first in ("---", "+++"):
            end = next(i for i in range(1, len(lines)) if lines[i].strip() in (first, "..."))
            block = "\n".join(lines[1:end])
            data = tomllib.loads(block) if first == "+++" else yaml.safe_load(block)
            return _lower(data) if isinstance(data, dict) else {}
    except (StopIteration, yaml.YAMLError, tomllib.TOMLDecodeError, ValueError):
        return {}
    found: dict[str, Any] = {}
    for line in lines:
        if not line.strip():
            break
        key, sep, value = line.partition(":")
        if not sep or not re.fullmatch(r"[A-Za-z][\w-]*", key.strip()):
            return {}
        found[key.strip().lower()] = value.strip()
    return found


def _date(meta: dict[str, Any], stem: str) -> dt.datetime | None:
    from sitegen.importer.repair import loose_date
    from sitegen.schema import parse_date

    for key in ("date", "publishdate"):
        value = meta.get(key)
        if isinstance(value, dt.datetime):
            return value
        if isinstance(value, dt.date):
            return dt.datetime(value.year, value.month, value.day)
        if isinstance(value, str):
            parsed = parse_date(loose_date(value) or value)
            if isinstance(parsed, dt.datetime):
                return parsed
            if isinstance(parsed, dt.date):
                return dt.datetime(parsed.year, parsed.month, parsed.day)
    found = re.match(r"(\d{4})-(\d{2})-(\d{2})", stem)
    try:
        return dt.datetime(int(found[1]), int(found[2]), int(found[3])) if found else None
    except ValueError:  # 2019-13-01-…: not a date after all
        return None


def _is_markdown(path: Path) -> bool:
    return path.name.endswith(MARKDOWN_SUFFIXES)


def _own_url(meta: dict[str, Any]) -> bool:
    return any(isinstance(meta.get(k), str) and meta.get(k) for k in ("url", "permalink", "path"))


# ---------------------------------------------------------------- Hugo


def pelican_slugify(text: str) -> str:
    """Pelican's default slug of a title: accents folded to ASCII, every character but
    letters, digits, '_', '-' and spaces dropped (so "requirements.txt" gives
    "requirementstxt" and "Safari's" "safaris"), lower case, runs of spaces and '-'
    made one '-'."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def hugo_urlize(title: str) -> str:
    """Hugo's urlize: lower case, spaces to '-', most punctuation dropped."""
    text = re.sub(r"[^\w\s./-]", "", title.strip().lower())
    return re.sub(r"\s", "-", text)


def hugo(src: Path) -> tuple[PeerSite, list[Source]]:
    config: dict[str, Any] = {}
    for name in ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml",
                 "config.yml", "config.json", "config/_default/config.toml",
                 "config/_default/hugo.toml"):  # fmt: skip
        if (src / name).is_file():
            config = _lower(_load(src / name))
            break
    params = _lower(config.get("params") or {})
    site = PeerSite(
        title=str(config.get("title", "")),
        base_url=str(config.get("baseurl", "")),
        description=str(params.get("description", "")),
        author=_author(config.get("author") or params.get("author")),
    )
    theme = config.get("theme") or ""
    site.theme = str(theme[0] if isinstance(theme, list) and theme else theme)
    goldmark = _lower(_lower(config.get("markup") or {}).get("goldmark") or {})
    passthrough = _lower(_lower(goldmark.get("extensions") or {}).get("passthrough") or {})
    site.math = _math_on(params) or bool(passthrough.get("enable"))
    taxonomies = config.get("taxonomies") or config.get("indexes") or {}
    site.taxonomies = ["tags"] + (["categories"] if "categories" in taxonomies.values() or
                                  "category" in taxonomies or not taxonomies else [])  # fmt: skip
    permalinks = _lower(config.get("permalinks") or {})
    if isinstance(permalinks.get("page"), dict):  # Hugo 0.115's [permalinks.page] table
        permalinks = _lower(permalinks["page"])
    permalinks = {k: v for k, v in permalinks.items() if isinstance(v, str)}
    lower_paths = not config.get("disablepathtolower", False)
    content = src / str(config.get("contentdir", "content"))
    found: list[Source] = []
    for path in sorted(content.rglob("*")):
        if not path.is_file() or any(p.startswith(".") for p in path.relative_to(src).parts):
            continue
        relative = path.relative_to(content)
        section = relative.parts[0] if len(relative.parts) > 1 else ""
        if not _is_markdown(path):
            found.append(Source(path, f"content/{_place(relative, section)}", "static"))
            continue
        if path.stem == "_index":
            continue  # a list page's text: sitegen makes its own lists
        text = path.read_text(encoding="utf-8", errors="replace")
        meta = front_matter(text)
        bundle = path.stem == "index"
        name = relative.parts[-2] if bundle else path.stem
        is_post = section in ("post", "posts", "blog", "articles") or (
            section and _date(meta, "") is not None and section not in ("about", "pages")
        )
        kind = "post" if is_post else "page"
        slug = hugo_urlize(str(meta.get("slug") or ""))  # Hugo urlizes a slug in a URL
        old = ""
        if not _own_url(meta):
            pattern = permalinks.get(section, "")
            date = _date(meta, path.stem)
            if pattern and date:
                title = hugo_urlize(str(meta.get("title") or name))
                old = _fill_colon(pattern, date, title, slug, section, name)
            else:
                parent = "/".join(relative.parts[:-2] if bundle else relative.parts[:-1])
                old = f"/{parent}/{slug or name}/" if parent else f"/{slug or name}/"
            if lower_paths:
                old = old.lower()
        # A post leaves its section folder; a page keeps it (about/index.md stays a
        # bundle named about, beside the files _place puts there).
        target = (
            "content/posts/" + "/".join(relative.parts[1:] if section else relative.parts)
            if kind == "post"
            else "content/pages/" + relative.as_posix()
        )
        found.append(Source(path, target, kind, old))
    static = src / str(config.get("staticdir", "static"))
    for path in sorted(static.rglob("*")) if static.is_dir() else []:
        if path.is_file():
            found.append(Source(path, f"content/{path.relative_to(static).as_posix()}", "static"))
    sections = Counter(s.path.relative_to(content).parts[0] for s in found if s.kind == "post")
    if sections:
        main = sections.most_common(1)[0][0]
        pattern = permalinks.get(main) or f"/{main}/:slug/"  # Hugo's default: section/slug
        site.posts_pattern = sitegen_pattern(str(pattern).lower() if lower_paths else pattern)
    return site, _beside_bundles(found)


# A JavaScript configuration or package.json that loads a math plugin for markdown-it.
_MATH_PLUGIN = re.compile(r"markdown-it-(?:katex|mathjax|texmath|math)|@?\w*/?katex\b", re.I)


def _math_on(params: dict[str, Any]) -> bool:
    """A theme's switch for math in the peer's config (Hugo's [params], Zola's [extra]):
    math, mathjax or katex (and katex_enable, math_enable …) set to true."""
    return any(
        value is True and re.fullmatch(r"(?:enable_?)?(?:math|mathjax|katex)(?:_?enabled?)?", key)
        for key, value in params.items()
    )


def _beside_bundles(found: list[Source]) -> list[Source]:
    """A page bundle's files go where its index.md went, wherever that is (a post of a
    section named 'blogs' or 'notes' leaves the section folder; its files must follow
    it, or every image beside it breaks)."""
    homes = {
        s.path.parent: s.target.rsplit("/", 1)[0]
        for s in found
        if s.kind != "static" and s.path.stem == "index"
    }
    if not homes:
        return found
    out = []
    for source in found:
        if source.kind == "static":
            home = next((f for f in source.path.parents if f in homes), None)
            if home is not None:
                inside = source.path.relative_to(home).as_posix()
                source = replace(source, target=f"{homes[home]}/{inside}")
        out.append(source)
    return out


def _place(relative: Path, section: str) -> str:
    """A file in Hugo's content/ goes where its page goes (bundles stay together)."""
    if section in ("post", "posts", "blog", "articles"):
        return "posts/" + "/".join(relative.parts[1:])
    return "pages/" + relative.as_posix() if section else relative.as_posix()


def _fill_colon(
    pattern: str, date: dt.datetime, title: str, slug: str, section: str, filename: str
) -> str:
    """Hugo's permalink tokens: `:slug` is the slug, or the title when there is none;
    `:slugorfilename` falls back to the file (or bundle folder) name instead."""
    values = {
        "year": f"{date.year:04d}", "month": f"{date.month:02d}", "day": f"{date.day:02d}",
        "title": title, "slug": slug or title, "section": section, "filename": filename,
        "contentbasename": filename, "slugorfilename": slug or filename,
        "slugorcontentbasename": slug or filename,
    }  # fmt: skip
    return re.sub(r":(\w+)", lambda m: values.get(m[1], m[0]), pattern)


def sitegen_pattern(pattern: str) -> str:
    """A peer's ':year/:month/:title' pattern in sitegen's terms, or '' when it does
    not fit (the importer then writes each post's own `url`)."""
    converted = re.sub(r":(year|month|day)(?!\w)", r"{\1}", pattern)
    converted = re.sub(
        r":(title|slug|filename|slugorfilename|contentbasename|slugorcontentbasename)(?!\w)",
        "{slug}",
        converted,
    )
    tokens = re.findall(r"\{([^}]*)\}", converted)
    if (
        ":" in converted
        or "{slug}" not in converted
        or not converted.endswith("/")
        or not set(tokens) <= {"year", "month", "day", "slug"}
        or re.search(r"[{}]", re.sub(r"\{(year|month|day|slug)\}", "", converted))
    ):
        return ""
    return "/" + converted.lstrip("/")


# ---------------------------------------------------------------- Jekyll

_JEKYLL_STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}


def jekyll_config(src: Path) -> dict[str, Any]:
    return _load(src / "_config.yml") if (src / "_config.yml").is_file() else {}


def jekyll_source(src: Path) -> Path:
    """The folder Jekyll reads pages, posts, _data/ and _includes/ from: _config.yml's
    `source:` (relative to the folder it is in), else that folder itself. A source
    that a build step makes (`.tmp/src`, copied from `src/` by gulp) is not in the
    repository: then the folder of the same name beside _config.yml, if there is one."""
    named = jekyll_config(src).get("source")
    if not isinstance(named, str) or not named.strip() or Path(named).is_absolute():
        return src
    for folder in (src / named.strip(), src / Path(named.strip()).name):
        if folder.is_dir() and folder.resolve().is_relative_to(src.resolve()):
            return folder
    return src


def jekyll(src: Path) -> tuple[PeerSite, list[Source]]:
    config = jekyll_config(src)
    root, src = src, jekyll_source(src)
    url = str(config.get("url") or "").rstrip("/")
    base = str(config.get("baseurl") or "").strip("/")
    site = PeerSite(
        title=str(config.get("title", "")),
        base_url=(url or "https://example.org") + ("/" + base if base else "") + "/",
        description=str(config.get("description", "") or ""),
        author=_author(config.get("author")),
        timezone=str(config.get("timezone") or ""),
        taxonomies=["tags", "categories"],
        extra={k: v for k, v in config.items() if isinstance(v, (str, int, float)) and v != ""},
    )
    if src != root:
        where = src.relative_to(root).as_posix()
        said = str(config.get("source")).strip()
        site.notes.append(
            f"read from {where}/, as _config.yml's source: {said} says"
            + (
                ""
                if (root / said).is_dir()
                else f" ({said} is made by a build step; {where}/ is what it is made from)"
            )
        )
    collections = config.get("collections") or {}
    posts_config = collections.get("posts") if isinstance(collections, dict) else None
    pattern = str(
        (posts_config or {}).get("permalink") if isinstance(posts_config, dict) else ""
    ) or str(config.get("permalink") or "date")
    pattern = _JEKYLL_STYLES.get(pattern, pattern)
    found: list[Source] = _jekyll_collections(src, collections)
    categorised: list[bool] = []
    templates: list[str] = []
    skip = {"_site", "_layouts", "_includes", "_sass", "_data", "_plugins", "node_modules",
            "vendor", ".git", ".jekyll-cache"}  # fmt: skip
    for path in sorted(src.rglob("*")):
        relative = path.relative_to(src)
        if not path.is_file() or any(p in skip or p.startswith(".") for p in relative.parts):
            continue
        top = relative.parts[0]
        if top in ("_posts", "_drafts") and _is_markdown(path):
            text = path.read_text(encoding="utf-8", errors="replace")
            meta = front_matter(text)
            stem = path.stem
            date = _date(meta, stem)
            slug = str(meta.get("slug") or slug_from_filename(stem))
            title = re.sub(r"^\d{4}-\d{2}-\d{2}-", "", stem)
            old = ""
            categorised.append(bool(meta.get("categories") or meta.get("category")))
            if not _own_url(meta) and date is not None:
                old = _jekyll_url(pattern, date, str(meta.get("slug") or title), meta)
            found.append(Source(path, "content/posts/" + "/".join(relative.parts[1:]), "post", old))
            del slug
        elif top.startswith("_"):
            continue
        elif _is_markdown(path):
            text = path.read_text(encoding="utf-8", errors="replace")
            if not text.startswith("---") or relative.name.lower().startswith("readme"):
                continue
            meta = front_matter(text)
            stem = relative.with_suffix("").as_posix()
            old = "" if _own_url(meta) else _jekyll_page_url(stem)
            found.append(Source(path, f"content/pages/{relative.as_posix()}", "page", old))
        elif path.suffix in (".html", ".htm") and path.read_bytes().startswith(b"---"):
            # Jekyll renders any file with front matter: an HTML page, at its permalink
            # or at its path; its Liquid is run at import (run.py), or it is set aside.
            meta = front_matter(path.read_text(encoding="utf-8", errors="replace"))
            stem = relative.with_suffix("").as_posix()
            old = "" if _own_url(meta) else _jekyll_page_url(stem)
            target = f"content/pages/{relative.with_suffix('.md').as_posix()}"
            found.append(Source(path, target, "page", old, html=True))
        elif path.suffix == ".xml" and path.read_bytes().startswith(b"---"):
            templates.append(relative.as_posix())  # a Liquid template (feed, index, …)
        elif path.name not in ("Gemfile", "Gemfile.lock", "_config.yml", "CNAME", "Rakefile"):
            found.append(Source(path, f"content/{relative.as_posix()}", "static"))
    if templates:
        site.notes.append(
            f"not imported: {len(templates)} XML files with front matter, which are Liquid "
            f"templates (sitegen writes its own feeds and sitemap): {', '.join(templates)}"
        )
    if not any(categorised):  # :categories is empty in every post's URL: leave it out
        pattern = pattern.replace("/:categories", "").replace(":categories/", "")
    site.posts_pattern = sitegen_pattern(pattern)
    return site, found


def _jekyll_page_url(stem: str) -> str:
    """A page's URL in Jekyll by its path: x/index → /x/, x → /x.html."""
    if stem == "index" or stem.endswith("/index"):
        return "/" + stem.removesuffix("index")
    return f"/{stem}.html"


def _jekyll_collections(src: Path, collections: Any) -> list[Source]:
    """Documents of the collections Jekyll writes out (`output: true`, other than
    posts), e.g. a docs/ section: pages at the URL the collection's permalink gives."""
    found: list[Source] = []
    for name, settings in collections.items() if isinstance(collections, dict) else []:
        if name == "posts" or not isinstance(settings, dict) or not settings.get("output"):
            continue
        pattern = str(settings.get("permalink") or "/:collection/:path:output_ext")
        folder = src / f"_{name}"
        for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
            if not _is_markdown(path) or not path.is_file():
                continue
            relative = path.relative_to(folder)
            meta = front_matter(path.read_text(encoding="utf-8", errors="replace"))
            values = {"collection": name, "path": relative.with_suffix("").as_posix(),
                      "name": path.stem, "title": path.stem, "output_ext": ".html"}  # fmt: skip
            url = _fill_names(pattern, values)
            old = "" if _own_url(meta) else re.sub(r"/+", "/", "/" + url).removesuffix("index/")
            target = f"content/pages/{name}/{relative.as_posix()}"
            found.append(Source(path, target, "page", old))
    return found


def _fill_names(pattern: str, values: dict[str, str]) -> str:
    return re.sub(r":(\w+)", lambda m: values.get(m[1], m[0]), pattern)


def _jekyll_url(pattern: str, date: dt.datetime, title: str, meta: dict[str, Any]) -> str:
    categories = meta.get("categories") or meta.get("category") or []
    if isinstance(categories, str):
        categories = categories.split()
    values = {
        "year": f"{date.year:04d}", "month": f"{date.month:02d}", "day": f"{date.day:02d}",
        "i_month": str(date.month), "i_day": str(date.day), "short_year": f"{date.year % 100:02d}",
        "y_day": f"{date.timetuple().tm_yday:03d}", "title": title,
        "slug": slugify(title), "categories": "/".join(slugify(str(c)) for c in categories),
        "output_ext": ".html",
    }  # fmt: skip
    url = re.sub(r":(\w+)", lambda m: values.get(m[1], m[0]), pattern)
    return re.sub(r"/+", "/", "/" + url)


# ---------------------------------------------------------------- Pelican

_STRFTIME = {"Y": "year", "m": "month", "d": "day"}


def _python_settings(path: Path) -> dict[str, Any]:
    """Module-level NAME = literal assignments of a Pelican settings file, read with
    ast (the file is never run)."""
    if not path.is_file():
        return {}
    found: dict[str, Any] = {}
    try:
        tree = ast.parse(path.read_text(encoding="utf-8", errors="replace"))
    except SyntaxError:
        return {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                try:
                    found[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    continue
    return found


def pelican(src: Path) -> tuple[PeerSite, list[Source]]:
    settings = _python_settings(src / "pelicanconf.py")
    published = _python_settings(src / "publishconf.py")
    site_url = str(published.get("SITEURL") or settings.get("SITEURL") or "")
    site = PeerSite(
        title=str(settings.get("SITENAME", "")),
        base_url=(site_url or "https://example.org").rstrip("/") + "/",
        description=str(settings.get("SITESUBTITLE", "") or ""),
        author=str(settings.get("AUTHOR", "") or ""),
        timezone=str(settings.get("TIMEZONE", "") or ""),
        taxonomies=["tags", "categories"],
        math=bool(settings.get("ENABLE_MATHJAX") or "render_math" in str(settings.get("PLUGINS"))),
    )
    content = src / str(settings.get("PATH", "content"))
    article_url = str(settings.get("ARTICLE_URL", "{slug}.html"))
    page_url = str(settings.get("PAGE_URL", "pages/{slug}.html"))
    site.posts_pattern = sitegen_pattern(
        re.sub(r"\{date:%([Ymd])\}", lambda m: ":" + _STRFTIME[m[1]], article_url).replace(
            "{slug}", ":slug"
        )
    )
    page_paths = [str(p) for p in settings.get("PAGE_PATHS", ["pages"])]
    static_paths = [str(p) for p in settings.get("STATIC_PATHS", ["images"])]
    site.extra = {"code_dir": str(settings.get("CODE_DIR", "code")),
                  "notebook_dir": str(settings.get("NOTEBOOK_DIR", "notebooks"))}  # fmt: skip
    found: list[Source] = []
    for path in sorted(content.rglob("*")):
        relative = path.relative_to(content)
        if not path.is_file() or any(p.startswith(".") for p in relative.parts):
            continue
        posix = relative.as_posix()
        if any(posix == s or posix.startswith(s.rstrip("/") + "/") for s in static_paths):
            found.append(Source(path, f"content/{posix}", "static"))
            continue
        if not _is_markdown(path):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        meta = front_matter(text)
        slug = str(meta.get("slug") or pelican_slugify(str(meta.get("title") or path.stem)))
        is_page = any(posix.startswith(p.rstrip("/") + "/") for p in page_paths)
        date = _date(meta, path.stem) or dt.datetime(1970, 1, 1)
        values = {"slug": slug, "date": date, "lang": "en",
                  "category": pelican_slugify(str(meta.get("category") or "misc")),
                  "author": pelican_slugify(str(meta.get("author") or site.author))}  # fmt: skip
        try:
            old = "/" + (page_url if is_page else article_url).format_map(values).lstrip("/")
        except (KeyError, ValueError, AttributeError, IndexError):
            old = ""
        if _own_url(meta):
            old = ""
        kind = "page" if is_page else "post"
        name = relative.name if is_page else posix
        target = f"content/{'pages' if is_page else 'posts'}/{name}"
        found.append(Source(path, target, kind, old))
    return site, found


# ---------------------------------------------------------------- Zola


def _zola_sections(content: Path) -> dict[Path, dict[str, Any]]:
    """Each section folder's _index.md front matter (sort_by, paginate_by, transparent,
    render, redirect_to …), by folder."""
    found: dict[Path, dict[str, Any]] = {}
    for index in sorted(content.rglob("_index.md")):
        found[index.parent] = front_matter(index.read_text(encoding="utf-8", errors="replace"))
    return found


def _zola_section_notes(content: Path, sections: dict[Path, dict[str, Any]]) -> list[str]:
    """One line for the sections whose list pages sitegen does not make."""
    listed = []
    for folder, meta in sections.items():
        if any(k in meta for k in ("sort_by", "paginate_by", "transparent", "redirect_to")):
            name = folder.relative_to(content).as_posix()
            listed.append("/" if name == "." else f"/{name}/")
    if not listed:
        return []
    return [
        f"{len(listed)} Zola sections ({', '.join(listed[:6])}{' …' if len(listed) > 6 else ''})"
        " have list pages of their own (sort_by, paginate_by, transparent); sitegen lists "
        "every post newest first on its home page and archive, posts_per_page at a time."
    ]


def zola(src: Path) -> tuple[PeerSite, list[Source]]:
    config = _load(src / "config.toml") if (src / "config.toml").is_file() else {}
    extra = config.get("extra") or {}
    taxonomies = [t.get("name") for t in config.get("taxonomies", []) if isinstance(t, dict)]
    site = PeerSite(
        title=str(config.get("title", "")),
        base_url=str(config.get("base_url", "")).rstrip("/") + "/",
        description=str(config.get("description", "") or ""),
        author=_author(config.get("author") or extra.get("author")),
        taxonomies=["tags"] + (["categories"] if "categories" in taxonomies else []),
        extra={k: v for k, v in extra.items() if isinstance(v, (str, int, float))},
    )
    site.theme = str(config.get("theme") or "")
    site.math = _math_on(_lower(extra))
    slugify_paths = str((config.get("slugify") or {}).get("paths", "on"))
    content = src / "content"
    sections = _zola_sections(content)
    site.notes.extend(_zola_section_notes(content, sections))
    for folder, meta in sections.items():  # redirect_to: the section's URL went there
        where = str(meta.get("redirect_to") or "")
        if where and not re.match(r"[a-z]+:", where) and folder != content:
            section_url = "/" + folder.relative_to(content).as_posix() + "/"
            site.moved.append((section_url, "/" + where.strip("/") + "/"))
    per_page = [m.get("paginate_by") for m in sections.values() if m.get("paginate_by")]
    if per_page and isinstance(per_page[0], int) and per_page[0] > 0:
        site.posts_per_page = per_page[0]
    found: list[Source] = []
    skipped: list[str] = []
    for path in sorted(content.rglob("*")):
        relative = path.relative_to(content)
        if not path.is_file() or any(p.startswith(".") for p in relative.parts):
            continue
        section = relative.parts[0] if len(relative.parts) > 1 else ""
        if not _is_markdown(path):
            found.append(Source(path, f"content/{_place(relative, section)}", "static"))
            continue
        if path.stem == "_index":
            continue
        meta = front_matter(path.read_text(encoding="utf-8", errors="replace"))
        own = str(meta.get("path") or "")
        if meta.get("render") is False or re.search(r"\.(xml|json|txt|rss|atom)$", own):
            skipped.append(relative.as_posix())
            continue
        bundle = path.stem == "index"
        if bundle and len(relative.parts) == 2:
            section = ""  # about/index.md: a page of the root section, with its files
        name = relative.parts[-2] if bundle else path.stem
        name = re.sub(r"^\d{4}-\d{2}-\d{2}(?:[T ][\d:]+Z?)?[_-]", "", name)
        parts = relative.parts[:-2] if bundle else relative.parts[:-1]
        if slugify_paths == "on":
            parts = tuple(slugify(p) for p in parts)
        parent = "/".join(parts)
        slug = str(meta.get("slug") or (slugify(name) if slugify_paths == "on" else name))
        old = f"/{parent}/{slug}/" if parent else f"/{slug}/"
        if own:  # Zola's path: the URL from the site's root; a folder unless it has a suffix
            old = "/" + own.strip("/") + ("" if re.search(r"\.\w+$", own) else "/")
        kind = "post" if section and _date(meta, path.stem) else "page"
        # A post leaves its section folder; a page keeps it (about/index.md stays a
        # bundle named about, beside the files _place puts there).
        target = (
            "content/posts/" + "/".join(relative.parts[1:] if section else relative.parts)
            if kind == "post"
            else "content/pages/" + relative.as_posix()
        )
        found.append(Source(path, target, kind, old, own=bool(own)))
    if skipped:
        site.notes.append(
            f"{len(skipped)} Zola pages with render = false or a non-HTML path were not "
            f"imported (sitegen writes its own feeds): {', '.join(skipped[:5])}"
        )
    static = src / "static"
    for path in sorted(static.rglob("*")) if static.is_dir() else []:
        if path.is_file():
            found.append(Source(path, f"content/{path.relative_to(static).as_posix()}", "static"))
    return site, _beside_bundles(found)


# ---------------------------------------------------------------- Eleventy


_ELEVENTY_CONFIGS = (".eleventy.js", "eleventy.config.js", "eleventy.config.mjs",
                     "eleventy.config.cjs", ".eleventy.cjs", ".eleventy.mjs")  # fmt: skip
_TEMPLATE_PAGES = (".njk", ".liquid", ".html", ".11ty.js", ".11ty.cjs", ".11ty.mjs", ".hbs",
                   ".pug", ".ejs", ".haml", ".webc")  # fmt: skip
_ASSETS = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".pdf", ".mp4", ".mp3",
           ".webm", ".ico")  # fmt: skip


def _eleventy_dirs(src: Path) -> dict[str, str]:
    """The dir: { input, includes, layouts, data, output } literals of the JavaScript
    configuration, read as text (it is never run)."""
    dirs = {"input": ".", "includes": "_includes", "layouts": "", "data": "_data",
            "output": "_site"}  # fmt: skip
    for name in _ELEVENTY_CONFIGS:
        if (src / name).is_file():
            text = (src / name).read_text(encoding="utf-8", errors="replace")
            block = re.search(r"\bdir\s*:\s*\{([^}]*)\}", text)
            for key, value in re.findall(r"(\w+)\s*:\s*[\"'`]([^\"'`]*)[\"'`]", block[1] if block
                                         else ""):  # fmt: skip
                if key in dirs:
                    dirs[key] = value
            break
    return dirs


def _ignored(src: Path) -> list[str]:
    path = src / ".eleventyignore"
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return [ln.strip().lstrip("./").rstrip("/") for ln in lines
            if ln.strip() and not ln.startswith("#")]  # fmt: skip


def _data_file(path: Path, lower: bool = True) -> dict[str, Any]:
    """An Eleventy data file: JSON as is; of a .11tydata.js, only a permalink that is a
    string or a function returning one template literal (`/web/${page.fileSlug}/`)."""
    try:
        if path.suffix == ".json":
            return _lower(_load(path)) if lower else _load(path)
        text = path.read_text(encoding="utf-8", errors="replace")
    except (OSError, ValueError):
        return {}
    found = re.search(
        r"permalink\s*(?::\s*(?:function\s*)?\([^)]*\)\s*(?:=>\s*)?|\([^)]*\)\s*)"
        r"(?:\{\s*return\s*)?`([^`]*)`",
        text,
    ) or re.search(r"permalink\s*:\s*[\"']([^\"']*)[\"']", text)
    data: dict[str, Any] = {}
    if found:
        data["permalink"] = re.sub(r"\$\{\s*(?:data\.)?([\w.]+)\s*\}", r"{{ \1 }}", found[1])
    elif re.search(r"permalink\s*:\s*false\b", text):
        data["permalink"] = False
    return data


def eleventy_cascade(path: Path, root: Path, lower: bool = True) -> dict[str, Any]:
    """Eleventy's data cascade for one template, as far as files can tell: directory
    data files from the input folder down, then the template's own data file."""
    merged: dict[str, Any] = {}
    folders = [root, *reversed([p for p in path.parents if p.is_relative_to(root) and p != root])]
    for folder in folders:
        for name in (f"{folder.name}.json", f"{folder.name}.11tydata.json",
                     f"{folder.name}.11tydata.js", f"{folder.name}.11tydata.mjs"):  # fmt: skip
            if (folder / name).is_file():
                merged.update(_data_file(folder / name, lower))
    stem = path.name.rsplit(".", 1)[0]
    for name in (f"{stem}.json", f"{stem}.11tydata.json", f"{stem}.11tydata.js"):
        if (path.parent / name).is_file():
            merged.update(_data_file(path.parent / name, lower))
    return merged


def eleventy_permalink(
    value: str, page: dict[str, str], meta: dict[str, Any], date: dt.datetime | None = None
) -> str:
    """An Eleventy permalink with its {{ … }} filled from the page and its data (and
    Liquid's `page.date | date: "%Y/%m"`); '' when it uses something only running
    Eleventy knows."""

    def fill(match: re.Match[str]) -> str:
        expr, *filters = [p.strip() for p in match[1].split("|")]
        strftime = re.fullmatch(r"date:\s*[\"']([^\"']*)[\"']", filters[0]) if filters else None
        if expr == "page.date" and date is not None and strftime and len(filters) == 1:
            return date.strftime(strftime[1])
        if expr.startswith("page."):
            text = page.get(expr[5:])
        elif expr in meta and isinstance(meta[expr], (str, int)):
            text = str(meta[expr])
        else:
            text = None
        if text is None:
            raise KeyError(expr)
        for name in filters:
            if name in ("slug", "slugify"):
                text = slugify(text)
            elif name != "safe":
                raise KeyError(name)
        return text

    try:
        url = re.sub(r"\{\{-?\s*(.*?)\s*-?\}\}", fill, value)
    except KeyError:
        return ""
    if "{%" in url:
        return ""
    url = "/" + url.lstrip("/")
    return url[: -len("index.html")] if url.endswith("/index.html") else url


def eleventy(src: Path) -> tuple[PeerSite, list[Source]]:
    """Eleventy's configuration is JavaScript, which is never run: its dir: literals
    give the folders, the site's data comes from _data/metadata.json or site.json, and
    directory data files give permalinks."""
    dirs = _eleventy_dirs(src)
    root = (src / dirs["input"]).resolve()
    if dirs["input"] == "." and not any((src / c).is_file() for c in _ELEVENTY_CONFIGS):
        root = src / "src" if (src / "src").is_dir() else src
    data: dict[str, Any] = {}
    for folder in (root / dirs["data"], src / "_data"):
        for name in ("metadata.json", "site.json", "meta.json", "config.json"):
            if not data and (folder / name).is_file():
                data = _lower(_load(folder / name))
    site = PeerSite(
        title=str(data.get("title") or data.get("name") or ""),
        base_url=str(data.get("url", "")).rstrip("/") + "/" if data.get("url") else "",
        description=str(data.get("description", "") or ""),
        author=_author(data.get("author") or (data.get("name") if data.get("title") else "")),
    )
    site.input_dir, site.data_dir = root, root / dirs["data"]
    site.includes_dir = dirs["includes"]
    site.math = any(
        _MATH_PLUGIN.search((src / name).read_text(encoding="utf-8", errors="replace"))
        for name in (*_ELEVENTY_CONFIGS, "package.json")
        if (src / name).is_file()
    )
    site.notes.append(
        "Eleventy's configuration is JavaScript and was not run: collections, filters and "
        "shortcodes defined there are not known."
    )
    skip = {dirs["includes"], dirs["data"], dirs["layouts"], dirs["output"], "node_modules",
            "_site"} - {""}  # fmt: skip
    ignored = _ignored(src)
    found: list[Source] = []
    unresolved: list[str] = []
    templates: list[str] = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        posix = relative.as_posix()
        from_src = path.relative_to(src).as_posix() if path.is_relative_to(src) else posix
        if (
            not path.is_file()
            or any(p.startswith(".") for p in relative.parts)
            or any(posix == d or posix.startswith(d.rstrip("/") + "/") for d in skip)
            or any(from_src == i or from_src.startswith(i + "/") for i in ignored)
        ):
            continue
        if not _is_markdown(path):
            if path.suffix.lower() in _ASSETS:
                found.append(Source(path, f"content/{posix}", "static"))
            elif path.name.endswith(_TEMPLATE_PAGES):
                templates.append(posix)
            continue
        if relative.name.lower().startswith("readme"):
            continue
        front = front_matter(path.read_text(encoding="utf-8", errors="replace"))
        meta = {**eleventy_cascade(path, root), **front}
        own = False
        stem = relative.with_suffix("").as_posix()
        file_slug = re.sub(r"^\d{4}-\d{2}-\d{2}-", "", path.stem)
        if path.stem == "index":
            file_slug = relative.parent.name
        default = "/" if stem == "index" else f"/{stem}/".replace("/index/", "/")
        permalink = meta.get("permalink")
        if permalink is False:
            continue  # not written by Eleventy: nothing to keep
        if isinstance(permalink, str) and permalink.strip():
            page = {"fileSlug": file_slug, "filePathStem": "/" + stem,
                    "inputPath": "./" + posix, "url": default}  # fmt: skip
            old = eleventy_permalink(permalink.strip(), page, meta, _date(meta, path.stem))
            own = "{" not in permalink and "permalink" in front
            if not old:
                unresolved.append(posix)
        else:
            old = default
        if old in ("/404.html", "/404/"):
            site.notes.append(f"{posix} is the old 404 page; sitegen writes its own 404.html.")
            continue
        dated = _date(meta, path.stem) is not None
        kind = "post" if dated and len(relative.parts) > 1 else "page"
        top = relative.parts[0].lstrip("_")
        flat = kind == "post" and top in ("posts", "post", "blog")
        target = f"content/{'posts' if kind == 'post' else 'pages'}/" + (
            "/".join(relative.parts[1:]) if flat else posix
        )
        found.append(Source(path, target, kind, old, own=own))
    if templates:
        site.notes.append(
            "Pages written as templates (Nunjucks, Liquid, HTML, JavaScript) were not "
            f"imported (files: {len(templates)}); sitegen makes its own lists and feeds, and "
            f"any other page is to be rewritten in Markdown: {', '.join(templates[:6])}"
            + (" …" if len(templates) > 6 else "")
        )
    if unresolved:
        site.notes.append(
            f"{len(unresolved)} Eleventy permalinks use template code that only Eleventy can "
            f"run; their pages keep sitegen's URL ({', '.join(unresolved[:3])} …)."
        )
    return site, found


READERS = {"hugo": hugo, "jekyll": jekyll, "pelican": pelican, "zola": zola, "eleventy": eleventy}


def host_path(url: str) -> str:
    return urlsplit(url).path or "/"
