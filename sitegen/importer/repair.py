"""Front matter a peer accepted but sitegen refuses, rewritten the way the peer read it.

Sitegen is strict with its own authors (a key written twice, a slug with spaces, a
date it cannot read are errors). A post that a peer published as it was should come
over without a hand edit, so `sitegen import` rewrites these in the copy, as the peer
understood them, and says so in its report (SRC is never touched):

- a top-level key written twice: the last one is kept, as Jekyll (Ruby's YAML) and
  Hugo before 0.152 kept it;
- a slug that cannot be a URL ('github code viewer'): urlized, as Hugo and Jekyll do
  when they build the post's URL from it;
- a page without a title (the peers need none): one from its file name;
- a key with no value (`tags:`): left out, which is what the peers make of it;
- a date with extra words ('2023-01-29 18:30:22 2023 -0800'): its leading date and
  time and its trailing zone, which is what Ruby's Time.parse makes of it.

Only YAML front matter (`---`) is touched; TOML is parsed strictly by the peers too.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from sitegen.schema import parse_date

_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)")
_SAFE_SLUG = re.compile(r"[^\s/\\?#%\"'<>]+")  # as the loader accepts it
_LOOSE_DATE = re.compile(
    r"(?P<date>\d{4}-\d{1,2}-\d{1,2})(?:[ T]+(?P<time>\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?"
)
_OFFSET = re.compile(r"(?:^|\s)(?P<zone>[+-]\d{2}:?\d{2})(?:\s|$)")
_UTC = re.compile(r"(?:^|\s)(?:Z|UTC|GMT)(?:\s|$)")


@dataclass(frozen=True)
class Repair:
    """One rewrite, at its line in the file as it was before the rewrites."""

    line: int
    what: str


def _spans(lines: list[str], start: int, end: int) -> list[tuple[str, int, int]]:
    """Top-level keys of the block lines[start:end]: (key, first line, end line)."""
    spans: list[tuple[str, int, int]] = []
    for index in range(start, end):
        found = _KEY.match(lines[index])
        if found is None:
            continue
        if spans:
            key, first, _ = spans[-1]
            spans[-1] = (key, first, index)
        spans.append((found["key"], index, end))
    return spans


def _scalar(line: str) -> str | None:
    """The value of a one-line `key: value`, unquoted; None when it is not a plain
    scalar on the same line (a list, a block, a comment follows …)."""
    value = line.split(":", 1)[1].strip()
    if not value or value[0] in "[{|>&*!#":
        return None
    if value[0] in "\"'":
        return value[1:-1] if len(value) > 1 and value[-1] == value[0] else None
    return value.split(" #", 1)[0].strip()


def loose_date(value: str) -> str | None:
    """'2023-01-29 18:30:22 2023 -0800' → '2023-01-29 18:30:22 -0800'; None when no
    date can be read from it."""
    found = _LOOSE_DATE.match(value.strip())
    if found is None:
        return _worded_date(value.strip())
    year, month, day = found["date"].split("-")
    text = f"{year}-{int(month):02d}-{int(day):02d}"
    if found["time"]:
        text += " " + found["time"]
        rest = value.strip()[found.end() :]
        offset = _OFFSET.search(rest)
        if offset:
            text += " " + offset["zone"]
        elif _UTC.search(rest):
            text += " +0000"
    return text if parse_date(text) is not None else None


def _worded_date(value: str) -> str | None:
    """'February 21, 2017', '21 Feb 2017': dates in words, as Ruby's Time.parse (Jekyll)
    reads them."""
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", value.replace(",", " "))
    text = " ".join(text.split())
    for form in ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%A %B %d %Y", "%a %b %d %Y"):
        try:
            return dt.datetime.strptime(text, form).date().isoformat()
        except ValueError:
            continue
    return None


def repair(text: str, urlize: Callable[[str], str], title: str = "") -> tuple[str, list[Repair]]:
    """The file's text with its YAML front matter repaired, and what was done. With
    `title`, a page without one gets it (Jekyll and Hugo pages need none; sitegen's
    do, for the page's heading and its <title>)."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return text, []
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if end is None:
        return text, []
    repairs: list[Repair] = []
    drop: set[int] = set()
    replace: dict[int, str] = {}
    spans = _spans(lines, 1, end)
    last: dict[str, tuple[int, int]] = {}
    for key, first, stop in spans:
        last[key] = (first, stop)
    for key, first, stop in spans:
        kept = last[key][0]
        if first != kept:
            drop.update(range(first, stop))
            removed = " ".join(lines[first].split())
            repairs.append(
                Repair(
                    first + 1,
                    f"'{key}' is written twice (lines {first + 1} and {kept + 1}); kept the "
                    f"last, as the peer read it, and left out '{removed}'",
                )
            )
            continue
        below = [lines[i].strip() for i in range(first + 1, stop)]
        if any(b and not b.startswith("#") for b in below):
            continue  # a value that goes on below its key (a list, a block)
        if lines[first].split(":", 1)[1].strip() in ("", "~", "null") and key.lower() != "title":
            drop.add(first)
            repairs.append(
                Repair(first + 1, f"'{key}' has no value; left out, as the peer reads it")
            )
            continue
        value = _scalar(lines[first])
        if value is None:
            continue
        lowered = key.lower()
        if lowered == "slug" and (not _SAFE_SLUG.fullmatch(value) or not value.strip(".")):
            slug = urlize(value)
            # A slug with '/' (Hugo puts it in the URL as folders) is one name here; the
            # post keeps its old URL by a url: line, as any URL the pattern cannot make.
            slug = "-".join(p for p in slug.split("/") if p)
            if slug:
                replace[first] = f"{key}: {slug}"
                repairs.append(
                    Repair(first + 1, f"slug '{value}' is not a URL path; urlized to '{slug}'")
                )
        elif lowered in ("date", "publishdate", "lastmod", "updated") and (
            parse_date(value) is None
        ):
            fixed = loose_date(value)
            if fixed is not None:
                replace[first] = f"{key}: {fixed}"
                repairs.append(
                    Repair(first + 1, f"{key} '{value}' read as '{fixed}', as the peer read it")
                )
    if title and "title" not in {key.lower() for key in last}:
        replace[0] = f"---\ntitle: {json.dumps(title, ensure_ascii=False)}"
        repairs.append(Repair(1, f"the page has no title; given '{title}', from its file name"))
    if not repairs:
        return text, []
    out = [replace.get(i, line) for i, line in enumerate(lines) if i not in drop]
    return "\n".join(out), repairs
