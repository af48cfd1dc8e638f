"""site.yaml → SiteConfig: typed, validated, with every default in this file."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sitegen import yamltree
from sitegen.diagnostics import ConfigError, Diagnostic
from sitegen.schema import read_dataclass

CONFIG_FILE = "site.yaml"

PERMALINK_TOKENS = {
    "posts": {"year", "month", "day", "slug", "series"},
    "pages": {"slug"},
    "tags": {"slug"},
    "series": {"slug"},
    "categories": {"slug"},
}
TAXONOMIES = ("tags", "categories")


def _check_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return f"'{value}' is not an absolute http(s) URL"
    if parts.query or parts.fragment:
        return f"'{value}' should not have a query or fragment"
    return ""


def _check_optional_url(value: str) -> str:
    """Empty, or a web address (a javascript: URL would run in every page)."""
    parts = urlsplit(value)
    if value and (parts.scheme not in ("http", "https") or not parts.netloc):
        return f"'{value}' is not a web address (https://…)"
    return ""


def _check_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return f"'{value}' is not a known time zone"
    return ""


def _check_positive(value: int) -> str:
    return "" if value >= 1 else f"must be 1 or more, not {value}"


def _check_permalink(kind: str) -> Any:
    def check(value: str) -> str:
        if not (value.startswith("/") and value.endswith("/")):
            return f"'{value}' should start and end with '/'"
        if any(part in (".", "..") for part in value.split("/")):
            return f"'{value}' would write pages outside the output folder ('.' or '..')"
        tokens = set(re.findall(r"\{(\w*)\}", value))
        unknown = tokens - PERMALINK_TOKENS[kind]
        if unknown:
            allowed = ", ".join("{" + t + "}" for t in sorted(PERMALINK_TOKENS[kind]))
            return f"unknown placeholder {{{sorted(unknown)[0]}}} (allowed: {allowed})"
        if "slug" not in tokens:
            return f"'{value}' must contain {{slug}} so that every page gets its own URL"
        return ""

    return check


def _check_taxonomies(value: dict[str, str]) -> str:
    unknown = set(value) - set(TAXONOMIES)
    if unknown:
        return f"unknown taxonomy '{sorted(unknown)[0]}' (sitegen supports 'tags' and 'categories')"
    return ""


def _check_language(value: str) -> str:
    ok = re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", value)
    return "" if ok else f"'{value}' is not a language tag like 'en' or 'en-GB'"


@dataclass(frozen=True)
class AuthorConfig:
    name: str = ""
    email: str = ""
    url: str = ""


@dataclass(frozen=True)
class PermalinkConfig:
    """URL patterns. Placeholders: posts {year} {month} {day} {slug} {series}; others {slug}."""

    posts: str = field(default="/{year}/{slug}/", metadata={"check": _check_permalink("posts")})
    pages: str = field(default="/{slug}/", metadata={"check": _check_permalink("pages")})
    tags: str = field(default="/tags/{slug}/", metadata={"check": _check_permalink("tags")})
    series: str = field(default="/series/{slug}/", metadata={"check": _check_permalink("series")})
    categories: str = field(
        default="/categories/{slug}/", metadata={"check": _check_permalink("categories")}
    )


@dataclass(frozen=True)
class FeedConfig:
    atom: bool = True
    rss: bool = False
    per_tag: bool = False  # an Atom feed per tag at /tags/<slug>/atom.xml
    limit: int = field(default=20, metadata={"check": _check_positive})
    full_content: bool = True  # False: summaries only


@dataclass(frozen=True)
class MarkdownConfig:
    raw_html: bool = True  # authors own their content; set false to escape raw HTML
    highlight: bool = True  # Pygments highlighting of fenced code
    anchors: bool = True  # ids on headings h1-h4 (stable, unique)
    toc_depth: int = field(default=3, metadata={"check": _check_positive})
    smart_quotes: bool = False  # typographic quotes and dashes
    math: Literal["off", "katex", "mathjax"] = "off"  # render $…$ and $$…$$ in the browser


@dataclass(frozen=True)
class ReadabilityConfig:
    posts: float = 12.0  # Flesch-Kincaid grade above which ENG030 fires
    blurbs: float = 10.0


@dataclass(frozen=True)
class LintConfig:
    """The `lint:` section; see `sitegen lint --list-rules` for the codes."""

    fail_on: Literal["error", "warning", "never"] = "error"
    rules: dict[str, str] = field(default_factory=dict)  # code or name → error|warning|info|off
    pages: bool = False  # lint stand-alone pages for engagement too
    self_focus_ratio: float = 2.0  # ENG010: we/our/us per you/your above this ratio
    hashtag_limit: int = 3  # ENG021
    readability: ReadabilityConfig = field(default_factory=ReadabilityConfig)
    mastodon_limit: int = field(default=500, metadata={"check": _check_positive})
    brand_names: list[str] = field(default_factory=list)  # count as self-reference (ENG010)
    invitation_phrases: list[str] = field(default_factory=list)  # extra phrases that invite
    bait_phrases: list[str] = field(default_factory=list)  # extra engagement-bait phrases


@dataclass(frozen=True)
class RepliesConfig:
    """How a post invites replies. Per post, front matter `replies:` adds Mastodon,
    Bluesky or comment links; with nothing configured anywhere the block is left out."""

    email: str = ""  # mailto address; the subject is prefilled from `subject`
    subject: str = "Re: {title}"
    comments_url: str = field(default="", metadata={"check": _check_optional_url})
    text: str = "What do you think? I read every reply."


@dataclass(frozen=True)
class SiteConfig:
    title: str
    base_url: str = field(metadata={"check": _check_url, "hint": "e.g. https://example.org/"})
    description: str = ""
    language: str = field(default="en", metadata={"check": _check_language})
    author: AuthorConfig = field(default_factory=AuthorConfig)
    timezone: str = field(
        default="UTC",
        metadata={"check": _check_timezone, "hint": "Use an IANA name like Europe/Amsterdam."},
    )
    output_dir: str = "public"
    relative_urls: bool = False  # links as paths from each page, so the output opens from disk
    theme: str = "default"
    posts_per_page: int = field(default=10, metadata={"check": _check_positive})
    permalinks: PermalinkConfig = field(default_factory=PermalinkConfig)
    feeds: FeedConfig = field(default_factory=FeedConfig)
    taxonomies: dict[str, str] = field(
        default_factory=lambda: {"tags": "Tags"}, metadata={"check": _check_taxonomies}
    )
    markdown: MarkdownConfig = field(default_factory=MarkdownConfig)
    lint: LintConfig = field(default_factory=LintConfig)
    replies: RepliesConfig = field(default_factory=RepliesConfig)
    extra: dict[str, Any] = field(default_factory=dict)  # free-form values for themes
    # Line of each top-level key in site.yaml, for messages about its values.
    positions: dict[str, int] = field(default_factory=dict, init=False, compare=False, repr=False)

    @property
    def site_url(self) -> str:
        """base_url with exactly one trailing slash."""
        return self.base_url.rstrip("/") + "/"

    @property
    def base_path(self) -> str:
        """The path part of base_url: '/' or '/blog/'."""
        return urlsplit(self.site_url).path or "/"

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def tags_enabled(self) -> bool:
        return "tags" in self.taxonomies

    @property
    def categories_enabled(self) -> bool:
        return "categories" in self.taxonomies


def find_site_dir(start: Path) -> Path | None:
    """The folder holding site.yaml: `start` itself or one of its parents."""
    for folder in [start, *start.parents]:
        if (folder / CONFIG_FILE).is_file():
            return folder
    return None


def parse_config(text: str, path: str = CONFIG_FILE) -> tuple[SiteConfig | None, list[Diagnostic]]:
    """Pure: the text of site.yaml → config and diagnostics."""
    node, diagnostics = yamltree.parse(text, path)
    if diagnostics:
        return None, diagnostics
    if node is None or not node.is_mapping:
        return None, [
            Diagnostic(
                path,
                node.start.line if node else 1,
                1,
                "site.yaml should be a mapping of settings (key: value lines)",
                hint="Start with 'title: My blog' and 'base_url: https://example.org/'.",
            )
        ]
    config = read_dataclass(SiteConfig, node, path, diagnostics)
    if config is not None:
        positions = {key: pos.line for key, (pos, _) in node.items.items()}
        lint = node.get("lint")
        rules = lint.get("rules") if lint is not None and lint.is_mapping else None
        if rules is not None and rules.is_mapping:  # so a mistake there is shown at its line
            positions.update({f"lint.rules.{k}": p.line for k, (p, _) in rules.items.items()})
        object.__setattr__(config, "positions", positions)
    return config, diagnostics


def load_config(site_dir: Path) -> SiteConfig:
    """Read and validate site.yaml; raise ConfigError with every problem found."""
    config_path = site_dir / CONFIG_FILE
    try:
        text = config_path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(
            [
                Diagnostic(
                    str(config_path),
                    0,
                    0,
                    f"no {CONFIG_FILE} in {site_dir}",
                    hint="Run sitegen inside your site folder, pass the folder as an "
                    "argument, or create a site with 'sitegen new site DIR'.",
                )
            ]
        ) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(
            [
                Diagnostic(
                    CONFIG_FILE,
                    0,
                    0,
                    f"{CONFIG_FILE} is not UTF-8 text ({exc.reason})",
                    hint="Save the file as UTF-8.",
                )
            ]
        ) from None
    config, diagnostics = parse_config(text)
    if diagnostics or config is None:
        raise ConfigError(diagnostics)
    return config
