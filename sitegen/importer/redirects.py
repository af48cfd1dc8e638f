"""The old site's host redirects (Netlify's and Cloudflare Pages' `_redirects`,
`netlify.toml`'s [[redirects]]): each permanent one that ends at an imported post or
page becomes an alias of it, so the old address keeps answering after the move.

    /posts/old-name/   /blog/new-name/        one address
    /posts/*           /blog/:splat   301     every address under a folder

A 200 rule is a rewrite (the address is served, not moved) and is left out, as are
rules to other hosts and rules with placeholders other than :splat.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Rule:
    source: str  # /posts/old/ or /posts/* (a prefix)
    target: str  # /blog/new/ or /blog/:splat


def _rule(source: str, target: str, status: str, host: str) -> Rule | None:
    if status and status.rstrip("!") not in ("301", "302", "308"):
        return None
    parts = urlsplit(target)
    if parts.scheme and parts.netloc != host:
        return None
    target = parts.path or "/"
    if not source.startswith("/") or ":" in source:
        return None
    if "*" in source and (not source.endswith("*") or not target.endswith(":splat")):
        return None
    if ":" in target.replace(":splat", ""):
        return None
    return Rule(source, target)


def read(folders: list[Path], base_url: str) -> list[Rule]:
    """The rules of every `_redirects` and `netlify.toml` in the given folders."""
    host = urlsplit(base_url).netloc
    rules: list[Rule] = []
    seen: set[Path] = set()
    for folder in folders:
        for path in (folder / "_redirects", folder / "netlify.toml"):
            if path in seen or not path.is_file():
                continue
            seen.add(path)
            text = path.read_text(encoding="utf-8", errors="replace")
            if path.name == "_redirects":
                for line in text.splitlines():
                    words = line.split("#", 1)[0].split()
                    if len(words) >= 2:
                        found = _rule(words[0], words[1], words[2] if len(words) > 2 else "", host)
                        rules += [found] if found else []
                continue
            try:
                data = tomllib.loads(text)
            except tomllib.TOMLDecodeError:
                continue
            for entry in data.get("redirects") or []:
                if isinstance(entry, dict) and entry.get("from") and entry.get("to"):
                    status = str(entry.get("status", ""))
                    found = _rule(str(entry["from"]), str(entry["to"]), status, host)
                    rules += [found] if found else []
    return rules


def _same(url: str) -> str:
    return url if url.endswith("/") or "." in url.rsplit("/", 1)[-1] else url + "/"


def aliases(rules: list[Rule], urls: dict[str, str]) -> dict[str, list[str]]:
    """Each page (key of `urls`, whose value is its old URL) → the old addresses the
    rules send to it, following chains (/a/* → /b/:splat, /b/* → /c/:splat)."""
    known = {_same(url): key for key, url in urls.items() if url}
    found: dict[str, list[str]] = {}
    for _ in range(3):  # chains of up to three rules
        added = False
        for rule in rules:
            if rule.source.endswith("*"):
                prefix, target = rule.source[:-1], rule.target[: -len(":splat")]
                pairs = [(prefix + url[len(target) :], key) for url, key in known.items()
                         if url.startswith(target)]  # fmt: skip
            else:
                key = known.get(_same(rule.target))
                pairs = [(rule.source, key)] if key else []
            for alias, key in pairs:
                alias = _same(alias)
                if alias not in known:
                    known[alias] = key
                    found.setdefault(key, []).append(alias)
                    added = True
        if not added:
            break
    return found
