"""Raw HTML written in Markdown is kept as written, except for URLs that run code.

markdown-it already refuses `javascript:`, `vbscript:` and non-image `data:` URLs
in Markdown links and images. This plugin applies the same rule to the attributes
of HTML tags written by hand (`<a href="javascript:…">`), which are otherwise
copied to the page untouched: such an attribute is removed, and the tag's token
remembers what was removed so the build can warn about it with a line number.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

# Attributes whose value a browser loads or navigates to.
URL_ATTRIBUTES = frozenset(
    {"href", "src", "action", "formaction", "xlink:href", "poster", "background", "data"}
)
_RUNS_CODE = re.compile(r"(?:javascript|vbscript|data):", re.IGNORECASE)
_SAFE_DATA = re.compile(r"data:image/(?:gif|png|jpeg|webp);", re.IGNORECASE)
_IGNORED_BY_BROWSERS = re.compile(r"[\t\n\r]")  # browsers drop these anywhere in a URL


@dataclass(frozen=True)
class Removed:
    line: int  # line of the tag in the Markdown body, 0-based
    tag: str
    attribute: str
    value: str
    written: str  # the tag as written in the source

    @property
    def shown(self) -> str:
        """The value on one line, cut short for a message."""
        return " ".join(self.value.split())[:40]


def runs_code(url: str) -> bool:
    """Whether following `url` would run code rather than load a page or image."""
    cleaned = _IGNORED_BY_BROWSERS.sub("", url).lstrip("\x00\x01\x02\x03\x04\x05\x06\x07\x08 ")
    return bool(_RUNS_CODE.match(cleaned)) and not _SAFE_DATA.match(cleaned)


class _StartTags(HTMLParser):
    """Collects the start tags of an HTML fragment, verbatim and parsed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((self.get_starttag_text() or "", tag, attrs))

    handle_startendtag = handle_starttag


def clean(fragment: str) -> tuple[str, list[tuple[int, str, str, str, str]]]:
    """`fragment` with code-running URL attributes removed, and what was removed:
    (offset, tag, attribute, value, the tag as written)."""
    if "<" not in fragment:
        return fragment, []
    scanner = _StartTags()
    scanner.feed(fragment)
    out: list[str] = []
    removed: list[tuple[int, str, str, str, str]] = []
    cursor = 0
    for text, tag, attrs in scanner.found:
        bad = [(n, v) for n, v in attrs if n in URL_ATTRIBUTES and v and runs_code(v)]
        at = fragment.find(text, cursor) if text else -1
        if not bad or at < 0:
            continue
        kept = "".join(
            f" {name}" if value is None else f' {name}="{html.escape(value)}"'
            for name, value in attrs
            if (name, value) not in bad
        )
        closing = " />" if text.endswith("/>") else ">"
        out.append(fragment[cursor:at])
        out.append(f"<{tag}{kept}{closing}")
        removed.extend((at, tag, name, value or "", text) for name, value in bad)
        cursor = at + len(text)
    if not removed:
        return fragment, []
    out.append(fragment[cursor:])
    return "".join(out), removed


def _clean_tokens(state: StateCore) -> None:
    for token in state.tokens:
        if token.type == "html_block" and token.map:
            _clean_token(token, token.map[0])
        elif token.type == "inline" and token.children and token.map:
            line = token.map[0]
            for child in token.children:
                if child.type in ("softbreak", "hardbreak"):
                    line += 1
                elif child.type == "html_inline":
                    _clean_token(child, line)


def _clean_token(token: Token, first_line: int) -> None:
    original = token.content
    cleaned, removed = clean(original)
    if removed:
        token.content = cleaned
        token.meta["removed"] = [
            Removed(first_line + original.count("\n", 0, at), tag, name, value, written)
            for at, tag, name, value, written in removed
        ]


def removed_urls(tokens: list[Token]) -> list[Removed]:
    """Everything the plugin removed from a parsed document, in order."""
    found: list[Removed] = []
    for token in tokens:
        found.extend(token.meta.get("removed", ()))
        for child in token.children or ():
            found.extend(child.meta.get("removed", ()))
    return found


def plugin(md: MarkdownIt, **_options: Any) -> None:
    md.core.ruler.push("sitegen_raw_html_urls", _clean_tokens)
