"""The URL each peer gives each of its posts and pages, from its own configuration.

Written apart from `sitegen.importer` on purpose: migrate.py checks the importer's
work against this, so it must not share the importer's code (or its mistakes). Each
rule follows the peer's documented behaviour, kept to what the six benchmark blogs
use: Hugo's `permalinks` and `url`, Jekyll's `permalink` styles and placeholders,
Pelican's `ARTICLE_URL`/`PAGE_URL` format strings. Drafts are left out (the peer does
not publish them either).
"""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
import json
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

MARKDOWN = (".md", ".markdown", ".mdown")


@dataclass(frozen=True)
class PeerPage:
    source: str  # path in SRC
    url: str  # site-root-relative, e.g. /2021/03/x/ or /x.html
    post: bool


def _lower(data: Any) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in data.items()} if isinstance(data, dict) else {}


def _front(text: str) -> tuple[dict[str, Any], str]:
    """Front matter (YAML, TOML or Pelican's header) with lower-case keys, and its format."""
    lines = text.split("\n")
    head = lines[0].strip() if lines else ""
    if head in ("---", "+++"):
        end = next((i for i in range(1, len(lines)) if lines[i].strip() in (head, "...")), 0)
        block = "\n".join(lines[1:end])
        try:
            data = tomllib.loads(block) if head == "+++" else _yaml_last_wins(block)
        except (yaml.YAMLError, tomllib.TOMLDecodeError):
            return {}, "broken"
        return _lower(data), "toml" if head == "+++" else "yaml"
    found: dict[str, Any] = {}
    for line in lines:
        key, sep, value = line.partition(":")
        if not line.strip() or not sep or not re.fullmatch(r"[A-Za-z][\w-]*", key.strip()):
            break
        found[key.strip().lower()] = value.strip()
    return found, "pelican"


def _yaml_last_wins(block: str) -> Any:
    return yaml.safe_load(block)  # PyYAML keeps the last of a key written twice, like Ruby


def _date(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        found = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", value.strip())
        if found:
            return dt.datetime(int(found[1]), int(found[2]), int(found[3]))
    return None


def _draft(meta: dict[str, Any]) -> bool:
    draft = meta.get("draft")
    status = str(meta.get("status", "")).lower()
    return (
        draft is True
        or str(draft).lower() == "true"
        or meta.get("published") is False
        or (status in ("draft", "hidden"))
    )


def _fill(pattern: str, values: dict[str, str]) -> str:
    """A peer's ':name' placeholders filled in (unknown ones left as written)."""
    return re.sub(r":(\w+)", lambda m: values.get(m[1], m[0]), pattern)


def _folder_url(url: str) -> str:
    url = "/" + url.strip().lstrip("/")
    last = url.rsplit("/", 1)[1]
    return url + "/" if last and "." not in last else url


# ---------------------------------------------------------------- Hugo


def hugo_urlize(text: str) -> str:
    """Hugo's urlize of a title or slug: spaces become '-', characters outside letters,
    digits and ._~#+/- are dropped (Hugo's path sanitising)."""
    text = "-".join(text.strip().split(" "))
    return "".join(c for c in text if c.isalnum() or c in "._~#+/-" or c == "\\")


def hugo(src: Path) -> list[PeerPage]:
    config: dict[str, Any] = {}
    for name in ("hugo.toml", "config.toml", "hugo.yaml", "config.yaml", "config.yml",
                 "config.json"):  # fmt: skip
        path = src / name
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            raw = (
                tomllib.loads(text)
                if name.endswith(".toml")
                else json.loads(text)
                if name.endswith(".json")
                else yaml.safe_load(text)
            )
            config = _lower(raw)
            break
    permalinks = _lower(config.get("permalinks"))
    if isinstance(permalinks.get("page"), dict):  # Hugo 0.115's [permalinks.page] table
        permalinks = _lower(permalinks["page"])
    lower = not config.get("disablepathtolower", False)
    content = src / str(config.get("contentdir", "content"))
    found = []
    for path in sorted(content.rglob("*")):
        relative = path.relative_to(content)
        if path.suffix not in MARKDOWN or path.stem == "_index" or not path.is_file():
            continue
        meta, _ = _front(path.read_text(encoding="utf-8", errors="replace"))
        if _draft(meta):
            continue
        section = relative.parts[0] if len(relative.parts) > 1 else ""
        bundle = path.stem == "index"
        name = relative.parts[-2] if bundle else path.stem
        title = str(meta.get("title") or name)
        slug = str(meta.get("slug") or "")
        if isinstance(meta.get("url"), str) and meta["url"]:
            url = _folder_url(meta["url"])
        elif section in permalinks and _date(meta.get("date")) is not None:
            date = _date(meta.get("date"))
            assert date is not None
            values = {
                "year": f"{date.year:04d}", "month": f"{date.month:02d}",
                "day": f"{date.day:02d}", "title": hugo_urlize(title),
                "slug": hugo_urlize(slug or title), "filename": name,
                "contentbasename": name, "section": section,
                "slugorfilename": hugo_urlize(slug) if slug else name,
                "slugorcontentbasename": hugo_urlize(slug) if slug else name,
            }  # fmt: skip
            pattern = str(permalinks[section])
            url = _fill(pattern, values)
            url = _folder_url(url)
        else:
            parents = relative.parts[:-2] if bundle else relative.parts[:-1]
            url = "/" + "/".join([*parents, hugo_urlize(slug) if slug else name]) + "/"
        found.append(PeerPage(str(path), url.lower() if lower else url, bool(section)))
    return found


# ---------------------------------------------------------------- Jekyll

_STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}


def _jekyll_slugify(text: str, pretty: bool) -> str:
    """Jekyll's Utils.slugify: 'default' mode lower-cases and joins runs of anything but
    letters and digits with '-'; 'pretty' (used for :title) keeps case and ._~!$&'()+,;=@."""
    keep = "._~!$&'()+,;=@" if pretty else ""
    text = "".join(c if c.isalnum() or c in keep else "-" for c in text)
    text = re.sub(r"-+", "-", text).strip("-")
    return text if pretty else text.lower()


def _jekyll_config(src: Path) -> dict[str, Any]:
    path = src / "_config.yml"
    config = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
    return config if isinstance(config, dict) else {}


def jekyll_root(src: Path) -> Path:
    """Where Jekyll reads the site from: `source:`, or (when a build step makes that
    folder) the one of the same name in the repository."""
    named = str(_jekyll_config(src).get("source") or "").strip()
    for folder in (src / named, src / Path(named).name) if named else ():
        if folder.is_dir():
            return folder
    return src


def jekyll(src: Path) -> list[PeerPage]:
    config = _jekyll_config(src)
    src = jekyll_root(src)
    collections = config.get("collections") or {}
    posts_config = collections.get("posts") if isinstance(collections, dict) else None
    pattern = str((posts_config or {}).get("permalink") or config.get("permalink") or "date")
    pattern = _STYLES.get(pattern, pattern)
    found = []
    for path in sorted((src / "_posts").rglob("*")):
        if path.suffix not in MARKDOWN:
            continue
        meta, _ = _front(path.read_text(encoding="utf-8", errors="replace"))
        if _draft(meta):
            continue
        named = re.match(r"(\d{4})-(\d{2})-(\d{2})-(.+)$", path.stem)
        if named is None:
            continue
        date = _date(meta.get("date")) or dt.datetime(int(named[1]), int(named[2]), int(named[3]))
        given = meta.get("permalink")
        if isinstance(given, str) and given:
            found.append(PeerPage(str(path), _folder_url(given), True))
            continue
        categories = meta.get("categories") or meta.get("category") or []
        if isinstance(categories, str):
            categories = categories.split()
        base = str(meta.get("slug") or named[4])
        values = {
            "year": f"{date.year:04d}", "month": f"{date.month:02d}", "day": f"{date.day:02d}",
            "i_month": str(date.month), "i_day": str(date.day),
            "short_year": f"{date.year % 100:02d}", "y_day": f"{date.timetuple().tm_yday:03d}",
            "title": _jekyll_slugify(base, pretty=True), "slug": _jekyll_slugify(base, False),
            "categories": "/".join(str(c).lower() for c in categories), "output_ext": ".html",
        }  # fmt: skip
        url = _fill(pattern, values)
        found.append(PeerPage(str(path), re.sub(r"/+", "/", "/" + url), True))
    return found


# ---------------------------------------------------------------- Pelican


def _settings(path: Path) -> dict[str, Any]:
    found: dict[str, Any] = {}
    if not path.is_file():
        return found
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            with contextlib.suppress(ValueError):
                found[node.targets[0].id] = ast.literal_eval(node.value)
    return found


def _pelican_slugify(text: str) -> str:
    """Pelican's slugify: accents folded, lower case, anything but word characters,
    spaces and '-' dropped, spaces and runs of '-' joined into one '-'."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def pelican(src: Path) -> list[PeerPage]:
    settings = _settings(src / "pelicanconf.py")
    content = src / str(settings.get("PATH", "content"))
    article = str(settings.get("ARTICLE_URL", "{slug}.html"))
    page = str(settings.get("PAGE_URL", "pages/{slug}.html"))
    page_paths = [str(p).rstrip("/") + "/" for p in settings.get("PAGE_PATHS", ["pages"])]
    found = []
    for path in sorted(content.rglob("*")):
        posix = path.relative_to(content).as_posix()
        if path.suffix not in MARKDOWN:
            continue
        meta, _ = _front(path.read_text(encoding="utf-8", errors="replace"))
        if _draft(meta) or not meta.get("title"):
            continue
        is_page = any(posix.startswith(p) for p in page_paths)
        slug = str(meta.get("slug") or _pelican_slugify(str(meta["title"])))
        date = _date(meta.get("date")) or dt.datetime(1970, 1, 1)
        values = {"slug": slug, "date": date, "lang": "en",
                  "category": _pelican_slugify(str(meta.get("category") or "misc"))}  # fmt: skip
        given = meta.get("url") or meta.get("save_as")
        url = str(given) if given else (page if is_page else article).format_map(values)
        found.append(PeerPage(str(path), "/" + url.lstrip("/"), not is_page))
    return found


READERS = {"hugo": hugo, "jekyll": jekyll, "pelican": pelican}


def output_file(url: str) -> str:
    """'/x/' → 'x/index.html'; '/x.html' → 'x.html' (relative to the output folder)."""
    path = url.split("#", 1)[0].split("?", 1)[0].lstrip("/")
    return path + "index.html" if path == "" or path.endswith("/") else path


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [v for v in re.split(r"[,\s]+" if "," not in value else r",\s*", value) if v]
    return [str(v) for v in value] if isinstance(value, list) else []


def served(peer: str, src: Path, pages: list[PeerPage]) -> set[str]:
    """Every URL path the original site answers (its pages, the files it copies, its
    taxonomy pages and redirects), for telling a link the migration broke from one
    that was broken already."""
    found = {p.url for p in pages}
    metas = [_front(Path(p.source).read_text(encoding="utf-8", errors="replace"))[0] for p in pages]
    for meta in metas:
        found.update(
            _folder_url(a) for a in _names(meta.get("aliases") or meta.get("redirect_from"))
        )
    if peer == "hugo":
        for folder in (src / "static", src / "content"):
            for path in folder.rglob("*") if folder.is_dir() else []:
                if path.is_file() and path.suffix not in MARKDOWN:
                    found.add("/" + path.relative_to(folder).as_posix())
        for meta in metas:
            for taxonomy in ("tags", "categories"):
                for name in _names(meta.get(taxonomy)):
                    found.add(f"/{taxonomy}/{hugo_urlize(name).lower()}/")
    elif peer == "jekyll":
        found.update(_jekyll_collections(src))
        src = jekyll_root(src)
        for path in src.rglob("*"):
            relative = path.relative_to(src)
            if path.is_file() and not any(p.startswith(("_", ".")) for p in relative.parts):
                posix = relative.as_posix()
                found.add("/" + posix)
                if path.suffix in (*MARKDOWN, ".html"):
                    meta, _ = _front(path.read_text(encoding="utf-8", errors="replace"))
                    given = meta.get("permalink")
                    stem = posix.rsplit(".", 1)[0]
                    found.add(_folder_url(given) if isinstance(given, str) else f"/{stem}.html")
                    if stem.endswith("index"):
                        found.add("/" + stem.removesuffix("index"))
    elif peer == "pelican":
        settings = _settings(src / "pelicanconf.py")
        content = src / str(settings.get("PATH", "content"))
        for static in settings.get("STATIC_PATHS", ["images"]):
            folder = content / str(static)
            for path in folder.rglob("*") if folder.is_dir() else []:
                if path.is_file():
                    found.add("/" + path.relative_to(content).as_posix())
        for meta in metas:
            for name in _names(meta.get("tags")):
                found.add(f"/tag/{_pelican_slugify(name)}.html")
            if meta.get("category"):
                found.add(f"/category/{_pelican_slugify(str(meta['category']))}.html")
    return found


def _jekyll_collections(src: Path) -> set[str]:
    """URLs of the documents of Jekyll collections with `output: true` (`/:collection/
    :path/` and the like), other than posts."""
    config = _jekyll_config(src)
    src = jekyll_root(src)
    collections = config.get("collections") or {}
    found: set[str] = set()
    for name, settings in collections.items() if isinstance(collections, dict) else []:
        if name == "posts" or not isinstance(settings, dict) or not settings.get("output"):
            continue
        pattern = str(settings.get("permalink") or "/:collection/:path:output_ext")
        folder = src / f"_{name}"
        for path in folder.rglob("*") if folder.is_dir() else []:
            if path.suffix not in (*MARKDOWN, ".html"):
                continue
            meta, _ = _front(path.read_text(encoding="utf-8", errors="replace"))
            if isinstance(meta.get("permalink"), str):
                found.add(_folder_url(meta["permalink"]))
                continue
            rel = path.relative_to(folder).with_suffix("").as_posix()
            values = {"collection": name, "path": rel, "name": path.stem,
                      "title": path.stem, "output_ext": ".html"}  # fmt: skip
            url = _fill(pattern, values)
            found.add(re.sub(r"/+", "/", "/" + url).removesuffix("index/"))
    return found


def answers(url_path: str, served_paths: set[str]) -> bool:
    """Whether the original site answers this path (a folder URL with or without its
    slash or index.html)."""
    path = url_path.split("#", 1)[0].split("?", 1)[0] or "/"
    candidates = {path, path.rstrip("/") + "/", path.removesuffix("index.html")}
    if not path.endswith("/") and "." not in path.rsplit("/", 1)[1]:
        candidates.add(path + "/")
    return bool(candidates & served_paths)
