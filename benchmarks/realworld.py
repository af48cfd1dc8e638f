"""Precision and recall of the broadcast-only verdict on real writing, read from snapshots.

    python benchmarks/realworld.py                      # the dev two thirds
    python benchmarks/realworld.py --misses             # and every wrong verdict
    python benchmarks/realworld.py --validate           # check the manifest, exit 1 on a problem
    python benchmarks/realworld.py --blogs              # noise report on six unlabelled blogs
    python benchmarks/realworld.py --blogs --details ENG001
    python benchmarks/realworld.py --file fresh.jsonl --split all   # one manifest file only
    python benchmarks/realworld.py --dump fresh-0001    # print one entry's text (no verdict)

The manifest (benchmarks/realworld/*.jsonl, see the README there) holds references only:
repository, commit, path, which part of the file, and a label. The texts themselves are
never stored in this repository: they are read from local git snapshots of the public
repositories (default /work/.mirror/owner+name/...) each time this script runs, and what
it shows of them (with --misses or --details) goes to the terminal only.

The positive class is "broadcast-only": ENG001 (posts and passages) or ENG101 (blurbs)
fires. Precision is the share of flagged texts that really only broadcast; recall is
the share of broadcast-only texts that get flagged. Items are split by source
repository into a dev part and an untouched "check" third (see split()).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
MANIFESTS = ROOT / "benchmarks" / "realworld"
DEFAULT_SNAPSHOTS = Path("/work/.mirror")
sys.path.insert(0, str(ROOT))

from sitegen.config import SiteConfig  # noqa: E402
from sitegen.content import loader  # noqa: E402
from sitegen.content.model import Post  # noqa: E402
from sitegen.diagnostics import Diagnostic  # noqa: E402
from sitegen.lint.engine import lint_item, select  # noqa: E402

CONFIG = SiteConfig(title="Real world", base_url="https://example.org/")
RULE_FOR_KIND = {"post": "ENG001", "blurb": "ENG101"}

KINDS = ("post", "blurb")
PLATFORMS = ("x", "mastodon", "bluesky", "linkedin", "facebook", "instagram", "threads")
REGISTERS = (
    "personal",
    "family",
    "hobby",
    "community",
    "opensource",
    "nonprofit",
    "school",
    "library",
    "business",
    "marketing",
    "social",
)
FIELDS = (
    "id",
    "repo",
    "commit",
    "path",
    "kind",
    "platform",
    "cut",
    "register",
    "invites_reply",
    "line",
    "why",
)
OPTIONAL_FIELDS = ("blob",)  # git blob id of the file at `commit`: allows the HEAD fallback
MAX_PER_REPO = 15
# Manifest files gathered after the linter was tuned and kept for an untouched first look:
# validated with the rest, but scored only when named with --file.
HELD_OUT = (
    "fresh.jsonl",
    "fresh2.jsonl",
    "fresh3.jsonl",
    "fresh4.jsonl",
    "fresh5.jsonl",
    "fresh6.jsonl",
    "fresh7.jsonl",
    "fresh8.jsonl",
    "fresh9.jsonl",
    "fresh10.jsonl",
    "fresh11.jsonl",
    "fresh12.jsonl",
    "fresh14.jsonl",
    "fresh15.jsonl",
    "fresh16.jsonl",
    "fresh17.jsonl",
    "fresh18.jsonl",
    "fresh19.jsonl",
    "fresh20.jsonl",
    "fresh21.jsonl",
    "fresh22.jsonl",
    "fresh23.jsonl",
    "fresh24.jsonl",
    "fresh25.jsonl",
    "fresh26.jsonl",
    "fresh27.jsonl",
    "fresh28.jsonl",
    "fresh29.jsonl",
    "fresh30.jsonl",
    "fresh31.jsonl",
    "fresh32.jsonl",
    "fresh33.jsonl",
    "fresh34.jsonl",
    "fresh35.jsonl",
    "fresh36.jsonl",
    "fresh37.jsonl",
    "fresh38.jsonl",
    "fresh39.jsonl",
    "fresh40.jsonl",
    "fresh41.jsonl",
    "fresh42.jsonl",
)

# The hidden test sets and the noise blogs: never a labelled source.
EXCLUDED = {
    r.lower()
    for r in """
    golang/website rust-lang/blog.rust-lang.org electron/website squidfunk/mkdocs-material
    11ty/11ty-website reactjs/react.dev cardiffnlp/tweeteval stephanie-mason/unpetitsquab.github.io
    meetlisa/familyliferocks sheffieldhackspace/Public-Website jasonrclark/jasonrclark.github.io
    pigmonkey/pig-monkey.com usegalaxy-eu/galaxy-social vestalux/sljekyll
    carpentries/carpentries.org hannaliebl/hannasthoughts bsag/blog gaearon/overreacted.io
    kevinhughes27/kevinandsam.travel
    wolfi-dev/community ndled/ndled.github.io JackDougherty/jack-site wgroeneveld/brainbaking
    maxboeck/mxb Whatapalaver/earthwoman-jekyll heathngordon/heathngordon.github.io
    arborchurch/arbor-web spockmay/spockmay.github.io lcolladotor/lcolladotorsource
    csim/csim.github.io lamroger/lamroger-personal dsmjs/twitter-together mo4dawg/mo4dawg.github.io
    jduncan-rva/jduncan_io
    zachvalenta/jvns.ca jessfraz/blog spf13/spf13.com karpathy/karpathy.github.io jekyll/jekyll
    jakevdp/jakevdp.github.io-source
    """.split()
}
EXCLUDED_OWNERS = {"bluesky-social"}

# The noise report: (repository, the folders holding its posts).
NOISE_BLOGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("zachvalenta/jvns.ca", ("content/post/",)),
    ("jessfraz/blog", ("content/post/",)),
    ("spf13/spf13.com", ("content/post/",)),
    ("karpathy/karpathy.github.io", ("_posts/",)),
    ("jekyll/jekyll", ("docs/_posts/",)),
    ("jakevdp/jakevdp.github.io-source", ("content/articles/",)),
)
POST_SUFFIXES = (".md", ".markdown", ".mdown")


# ------------------------------------------------------------------ judging


def _post_file(body: str, title: str = "Item") -> str:
    meta = yaml.safe_dump(
        {"title": title, "date": "2020-01-01"}, allow_unicode=True, width=10_000, sort_keys=False
    )
    return f"---\n{meta}---\n{body}"


def _blurb_file(platform: str, text: str) -> str:
    meta = yaml.safe_dump(
        {"title": "Item", "date": "2020-01-01", "social": {platform: text}},
        allow_unicode=True,
        width=10_000,
        sort_keys=False,
    )
    return f"---\n{meta}---\nBody.\n"


def _lint(source: str, codes: Sequence[str] = ()) -> list[Diagnostic]:
    """Lint one wrapped file with sitegen, as lint_accuracy.py does. No codes: defaults."""
    selection, _ = select(CONFIG, list(codes))
    loaded = loader.read_item("item.md", source.encode(), "post", CONFIG, render=False)
    if not isinstance(loaded.item, Post):
        raise ValueError("; ".join(d.message for d in loaded.diagnostics) or "not a post")
    return lint_item(loaded.item, loaded.tokens, CONFIG, selection)


def verdict(kind: str, platform: str | None, text: str) -> tuple[bool, list[str]]:
    """sitegen's judgement of one text: broadcast-only (flagged?) and the finding messages.

    The one place that knows how sitegen is called; adapt it if sitegen's modules move.
    """
    code = RULE_FOR_KIND[kind]
    source = _blurb_file(platform or "x", text) if kind == "blurb" else _post_file(text)
    found = [d for d in _lint(source, [code]) if d.code == code]
    return bool(found), [d.message for d in found]


# --------------------------------------------------------------- snapshots


def git_dir(snapshots: Path, repo: str) -> Path | None:
    """The git directory of a repository's snapshot: DIR/owner+name/… (any depth ≤ 2)."""
    base = snapshots / repo.replace("/", "+")
    if not base.is_dir():
        wanted = repo.replace("/", "+").lower()
        matches = (
            [p for p in snapshots.iterdir() if p.name.lower() == wanted]
            if snapshots.is_dir()
            else []
        )
        if not matches:
            return None
        base = matches[0]
    for candidate in (base, base / ".git", base / "repo", base / "repo" / ".git"):
        if (candidate / "HEAD").is_file() and (candidate / "objects").is_dir():
            return candidate
    for head in sorted(base.glob("*/*/HEAD")) + sorted(base.glob("*/HEAD")):
        if (head.parent / "objects").is_dir():
            return head.parent
    return None


def _git(gdir: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", f"--git-dir={gdir}", *args], capture_output=True, check=False)


def _blob_id(gdir: Path, rev: str, path: str) -> str | None:
    done = _git(gdir, "rev-parse", "--verify", "--quiet", f"{rev}:{path}")
    return done.stdout.decode().strip() or None if done.returncode == 0 else None


def read_reference(gdir: Path, commit: str, path: str, blob: str | None = None) -> str | None:
    """The file at commit:path; at HEAD only when the commit is missing and the file's
    blob at HEAD is the one recorded (`blob`). None when it can't be had."""
    has_commit = _git(gdir, "cat-file", "-e", f"{commit}^{{commit}}").returncode == 0
    rev = commit
    if not has_commit:
        if not blob or _blob_id(gdir, "HEAD", path) != blob:
            return None
        rev = "HEAD"
    done = _git(gdir, "show", f"{rev}:{path}")
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", "replace")


# --------------------------------------------------------------- cutting

_PELICAN_KEY = re.compile(r"^[A-Za-z][A-Za-z0-9_ -]{0,30}:(\s|$)")
_PELICAN_FIRST = re.compile(r"^(title|date|author|authors|category|tags|slug|summary)\s*:", re.I)


def split_front_matter(text: str) -> tuple[dict[str, Any], str, int]:
    """(metadata, body, number of lines before the body) for YAML `---`, TOML `+++`
    or Pelican-style `Key: value` headers; metadata is best effort."""
    text = text.lstrip("\ufeff")
    lines = text.split("\n")
    if lines and lines[0].strip() in ("---", "+++"):
        fence = lines[0].strip()
        for i in range(1, len(lines)):
            if lines[i].strip() in (fence, "...") and (fence == "---" or lines[i].strip() == fence):
                head = "\n".join(lines[1:i])
                meta: dict[str, Any] = {}
                try:
                    if fence == "---":
                        loaded = yaml.safe_load(head)
                        meta = loaded if isinstance(loaded, dict) else {}
                    else:
                        import tomllib

                        meta = tomllib.loads(head)
                except Exception:  # broken front matter: strip it anyway
                    meta = {}
                return meta, "\n".join(lines[i + 1 :]), i + 1
        return {}, text, 0
    if lines and _PELICAN_FIRST.match(lines[0]):
        meta = {}
        i = 0
        while i < len(lines) and lines[i].strip():
            if _PELICAN_KEY.match(lines[i]):
                key, _, value = lines[i].partition(":")
                meta[key.strip().lower()] = value.strip()
            elif not lines[i].startswith((" ", "\t")):
                return {}, text, 0  # not a header after all
            i += 1
        return meta, "\n".join(lines[i:]), i
    return {}, text, 0


def _dotted(data: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        if isinstance(data, list):
            data = data[int(part)]
        elif isinstance(data, dict):
            data = data[part] if part in data else data[int(part)] if part.isdigit() else data[part]
        else:
            raise KeyError(dotted)
    return data


def _text_of(value: Any) -> str:
    if isinstance(value, list):  # a thread
        return "\n\n".join(str(v) for v in value)
    if not isinstance(value, str):
        raise ValueError("the value at that path is not text")
    return value


def _embeds(text: str, selector: str) -> list[str]:
    """Texts of the embedded social posts matching a CSS selector, in document order.
    Twitter embeds give the text of their <p>; iframes (Mastodon, Bluesky) are not text."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser  # the test extra

    texts = []
    for node in HTMLParser(text).css(selector):
        if node.tag == "iframe":
            continue
        classes = (node.attributes.get("class") or "").split()
        if "mastodon-embed" in classes and not selector.endswith("mastodon-embed"):
            continue
        paragraphs = node.css("p")
        if "twitter-tweet" in classes and paragraphs:
            texts.append(paragraphs[0].text(separator=" ").strip())
        elif paragraphs:
            texts.append("\n\n".join(p.text(separator=" ").strip() for p in paragraphs))
        else:
            texts.append(node.text(separator=" ").strip())
    return texts


_TEXT_COLUMNS = ("sharecommentary", "text", "full_text", "content", "commentary", "message", "body")


def _csv_text(raw: str, first: int, last: int) -> str:
    """The text column of the CSV record(s) on lines first..last (the header is line 1):
    a column named like ShareCommentary/text/content, else the longest field."""
    import csv
    import io

    lines = raw.split("\n")
    header = next(csv.reader([lines[0]]))
    rows = list(csv.reader(io.StringIO("\n".join(lines[first - 1 : last]))))
    names = [h.strip().lower() for h in header]
    texts = []
    for row in rows:
        column = next((names.index(c) for c in _TEXT_COLUMNS if c in names), None)
        if column is not None and column < len(row):
            texts.append(row[column])
        elif row:
            texts.append(max(row, key=len))
    # Exports written on Windows end their lines in CR LF, inside the fields too.
    texts = [t.replace("\r\n", "\n").replace("\r", "\n") for t in texts]
    return "\n\n".join(_unwrapped(t.replace('""', '"').strip().strip('"')) for t in texts)


_JSON_FIELD = re.compile(r'^\s*"(\w+)"\s*:\s*("(?:[^"\\]|\\.)*")\s*,?\s*$')


def _json_line_text(lines: list[str]) -> str | None:
    """The text of a tweet cut by its line in a JSON archive (`"full_text" : "…",`): the
    string's value, not the JSON around it, whose quote marks would read as a
    quotation. None when the lines are not such text fields."""
    values = []
    for line in lines:
        field = _JSON_FIELD.match(line)
        if field is None or field.group(1).lower() not in _TEXT_COLUMNS:
            return None
        values.append(_html_to_text(json.loads(field.group(2))))  # Mastodon's is HTML
    return "\n\n".join(values) if values else None


def _unwrapped(text: str) -> str:
    """LinkedIn's export wraps every line of a post in quote marks of its own
    (`…"` / `"` / `"…"`); the post as written has none. Unwrap the lines when every
    line shows the pattern, so that the quote marks are not read as quotations. The
    last line may keep its closing mark too (`"…"`), when the record ended in a newline."""
    lines = text.rstrip("\n").split("\n")
    inner = lines[1:-1]
    if len(lines) < 3 or not all(len(x) >= 1 and x[0] == '"' and x[-1] == '"' for x in inner):
        return text
    if not (lines[0].endswith('"') and lines[-1].startswith('"')):
        return text
    last = lines[-1][1:]
    if last.endswith('"') and last.count('"') % 2 == 1:
        last = last[:-1]  # the wrapper's own closing mark, not a quotation's
    unwrapped = [lines[0][:-1]] + [x[1:-1] for x in inner] + [last]
    return "\n".join(unwrapped)


def _html_to_text(value: str) -> str:
    """Mastodon and other archives store posts as HTML: paragraphs and line breaks
    become newlines, tags go, entities are decoded."""
    import html

    if not re.search(r"<(p|br|a|span)\b", value, re.I):
        return value
    value = re.sub(r"<br\s*/?>", "\n", value, flags=re.I)
    value = re.sub(r"</p\s*>\s*<p[^>]*>", "\n\n", value, flags=re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", value)).strip()


def _load_js(raw: str) -> Any:
    """A JavaScript data file such as Twitter's `window.YTD.tweets.part0 = [...]`."""
    start = min((i for i in (raw.find("["), raw.find("{")) if i >= 0), default=0)
    return json.loads(raw[start:].strip().rstrip(";"))


def cut_text(raw: str, path: str, cut: dict[str, Any] | None) -> tuple[str, int]:
    """(the text to judge, the file line its first line is on; 0 when not a line range)."""
    if cut is None:
        _, body, skipped = split_front_matter(raw)
        return body, skipped + 1
    if "lines" in cut:
        first, last = cut["lines"]
        lines = raw.split("\n")
        if not 1 <= first <= last <= len(lines):
            raise ValueError(f"lines {first}-{last} outside the file's {len(lines)} lines")
        if path.lower().endswith(".csv"):
            return _csv_text(raw, first, last), 0
        if path.lower().endswith((".json", ".js")):
            value = _json_line_text(lines[first - 1 : last])
            if value is not None:
                return value, 0
        return "\n".join(lines[first - 1 : last]) + "\n", first
    if "embed" in cut:
        found = _embeds(raw, cut.get("selector") or "blockquote.twitter-tweet")
        return found[cut["embed"]], 0
    if "yaml" in cut:
        if path.endswith(POST_SUFFIXES):
            data: Any = split_front_matter(raw)[0]
        else:
            data = yaml.safe_load(raw)
        return _html_to_text(_text_of(_dotted(data, cut["yaml"]))), 0
    if "json" in cut:
        data = _load_js(raw) if path.lower().endswith(".js") else json.loads(raw)
        return _html_to_text(_text_of(_dotted(data, cut["json"]))), 0
    raise ValueError(f"unknown cut {cut!r}")


# --------------------------------------------------------------- manifest


def split_of(repo: str) -> str:
    """'check' (the untouched third) or 'dev', by source repository, never by item."""
    return "check" if int(hashlib.sha256(repo.lower().encode()).hexdigest(), 16) % 3 == 0 else "dev"


def load_manifest(
    folder: Path = MANIFESTS, only: str | None = None, held_out: bool = True
) -> list[dict[str, Any]]:
    """The entries of every *.jsonl in folder, or of the one file named `only`.
    The HELD_OUT files are left out unless `only` names one or `held_out` is False."""
    entries = []
    if only is not None:
        paths = [folder / only]
    else:
        paths = [
            p for p in sorted(folder.glob("*.jsonl")) if not held_out or p.name not in HELD_OUT
        ]
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.lstrip().startswith("//"):
                entry = json.loads(line)
                entry["_where"] = f"{path.name}:{number}"
                entries.append(entry)
    return entries


def _excluded(repo: str) -> bool:
    return repo.lower() in EXCLUDED or repo.split("/")[0].lower() in EXCLUDED_OWNERS


def _problems_of(entry: dict[str, Any]) -> list[str]:
    problems = []
    missing = [f for f in FIELDS if f not in entry]
    extra = [f for f in entry if f not in FIELDS and f not in OPTIONAL_FIELDS and f != "_where"]
    if missing:
        problems.append(f"missing {', '.join(missing)}")
    if extra:
        problems.append(f"unknown field {', '.join(extra)}")
    if missing:
        return problems
    checks: list[tuple[bool, str]] = [
        (isinstance(entry["id"], str) and bool(entry["id"]), "id should be a non-empty string"),
        (
            isinstance(entry["repo"], str)
            and bool(re.fullmatch(r"[\w.-]+/[\w.-]+", entry["repo"])),
            "repo should be owner/name",
        ),
        (
            isinstance(entry["commit"], str)
            and bool(re.fullmatch(r"[0-9a-f]{40}", entry["commit"])),
            "commit should be 40 lower-case hex digits",
        ),
        (isinstance(entry["path"], str) and bool(entry["path"]), "path should be a string"),
        (entry["kind"] in KINDS, f"kind should be one of {', '.join(KINDS)}"),
        (
            entry["platform"] is None or entry["platform"] in PLATFORMS,
            "platform should be null or one of " + ", ".join(PLATFORMS),
        ),
        (entry["kind"] != "blurb" or entry["platform"] is not None, "a blurb needs a platform"),
        (entry["register"] in REGISTERS, "register should be one of " + ", ".join(REGISTERS)),
        (isinstance(entry["invites_reply"], bool), "invites_reply should be true or false"),
        (
            entry["line"] is None or (type(entry["line"]) is int and entry["line"] >= 1),
            "line should be null or a 1-based line number",
        ),
        (
            isinstance(entry["why"], str)
            and 0 < len(entry["why"]) <= 200
            and "\n" not in entry["why"],
            "why should be one line",
        ),
        (
            not _excluded(str(entry["repo"])),
            "repository is excluded (hidden test set or noise blog)",
        ),
        (
            "blob" not in entry or bool(re.fullmatch(r"[0-9a-f]{40}", str(entry["blob"]))),
            "bad blob",
        ),
    ]
    problems += [message for ok, message in checks if not ok]
    cut = entry["cut"]
    if cut is not None:
        if not isinstance(cut, dict) or len({"lines", "embed", "yaml", "json"} & set(cut)) != 1:
            problems.append("cut should be null, {lines}, {embed, selector}, {yaml} or {json}")
        elif "lines" in cut:
            lines = cut["lines"]
            if not (
                isinstance(lines, list)
                and len(lines) == 2
                and all(type(n) is int for n in lines)
                and 1 <= lines[0] <= lines[1]
            ):
                problems.append("cut.lines should be [first, last], 1-based")
            elif entry["line"] is not None and not lines[0] <= entry["line"] <= lines[1]:
                problems.append("line is outside the cut")
        elif "embed" in cut and not (type(cut["embed"]) is int and cut["embed"] >= 0):
            problems.append("cut.embed should be a 0-based number")
    if entry["invites_reply"] is True and entry["line"] is None:
        problems.append("an invitation needs the line of the deciding sentence")
    return problems


def validate(entries: list[dict[str, Any]], snapshots: Path) -> list[str]:
    problems = []
    ids = Counter(e.get("id") for e in entries)
    per_repo = Counter(str(e.get("repo", "")).lower() for e in entries)
    for name, n in ids.items():
        if n > 1:
            problems.append(f"id {name} is used {n} times")
    for repo, n in per_repo.items():
        if n > MAX_PER_REPO:
            problems.append(f"{repo}: {n} entries, more than {MAX_PER_REPO}")
    unresolved: Counter[str] = Counter()
    for entry in entries:
        where = f"{entry['_where']} ({entry.get('id')})"
        own = _problems_of(entry)
        problems += [f"{where}: {p}" for p in own]
        if own:
            continue
        gdir = git_dir(snapshots, entry["repo"])
        if gdir is None:
            unresolved[entry["repo"]] += 1
            continue
        raw = read_reference(gdir, entry["commit"], entry["path"], entry.get("blob"))
        if raw is None:
            problems.append(
                f"{where}: {entry['commit'][:10]}:{entry['path']} is not in the snapshot"
            )
            continue
        try:
            text, _ = cut_text(raw, entry["path"], entry["cut"])
        except (ValueError, KeyError, IndexError, TypeError) as e:
            problems.append(f"{where}: the cut does not resolve: {e}")
            continue
        if not text.strip():
            problems.append(f"{where}: the cut is empty")
        n_lines = raw.count("\n") + 1
        in_file = entry["cut"] is None or "lines" in entry["cut"]  # data cuts: not a file line
        if in_file and entry["line"] is not None and entry["line"] > n_lines:
            problems.append(f"{where}: line {entry['line']} is past the end ({n_lines} lines)")
    if unresolved:
        print(
            f"(not resolved, no snapshot: {sum(unresolved.values())} entries of "
            + ", ".join(sorted(unresolved))
            + ")"
        )
    return problems


# --------------------------------------------------------------- scoring


@dataclass(frozen=True)
class Judged:
    entry: dict[str, Any]
    flagged: bool
    messages: tuple[str, ...]
    text: str  # held in memory for --misses only; never written anywhere
    start: int  # the file line the text's first line is on (0: not a line range)

    @property
    def broadcast(self) -> bool:
        return not self.entry["invites_reply"]


@dataclass
class Scores:
    items: list[Judged] = field(default_factory=list)

    def count(self, broadcast: bool, flagged: bool) -> int:
        return sum(1 for i in self.items if i.broadcast == broadcast and i.flagged == flagged)

    @property
    def precision(self) -> float | None:
        tp, fp = self.count(True, True), self.count(False, True)
        return tp / (tp + fp) if tp + fp else None

    @property
    def recall(self) -> float | None:
        tp, fn = self.count(True, True), self.count(True, False)
        return tp / (tp + fn) if tp + fn else None


def judge(
    entries: Iterable[dict[str, Any]], snapshots: Path
) -> tuple[list[Judged], dict[str, list[str]]]:
    """Judge every entry whose reference resolves; the rest are skipped, with reasons."""
    judged = []
    skipped: dict[str, list[str]] = defaultdict(list)
    dirs: dict[str, Path | None] = {}
    for entry in entries:
        repo = entry["repo"]
        if repo not in dirs:
            dirs[repo] = git_dir(snapshots, repo)
        gdir = dirs[repo]
        if gdir is None:
            skipped[f"snapshot absent for {repo}"].append(entry["id"])
            continue
        raw = read_reference(gdir, entry["commit"], entry["path"], entry.get("blob"))
        if raw is None:
            skipped[f"file absent in {repo}"].append(entry["id"])
            continue
        try:
            text, start = cut_text(raw, entry["path"], entry["cut"])
        except (ValueError, KeyError, IndexError, TypeError):
            skipped[f"cut unresolved in {repo}"].append(entry["id"])
            continue
        if entry["kind"] == "post":
            _, text, skipped_lines = split_front_matter(text)
            start += skipped_lines
        flagged, messages = verdict(entry["kind"], entry["platform"], text)
        judged.append(Judged(entry, flagged, tuple(messages), text, start))
    return judged, skipped


def _fmt(value: float | None) -> str:
    return f"{value:.3f}" if value is not None else "-"


def table(title: str, groups: dict[str, Scores]) -> list[str]:
    head = (
        f"{title:<44}{'items':>6}{'TP':>5}{'FP':>5}{'FN':>5}{'TN':>5}{'precision':>11}{'recall':>8}"
    )
    lines = [head]
    for name, s in groups.items():
        lines.append(
            f"{name[:43]:<44}{len(s.items):>6}{s.count(True, True):>5}{s.count(False, True):>5}"
            f"{s.count(True, False):>5}{s.count(False, False):>5}"
            f"{_fmt(s.precision):>11}{_fmt(s.recall):>8}"
        )
    return lines


def _grouped(items: list[Judged], key: Callable[[Judged], str]) -> dict[str, Scores]:
    groups: dict[str, Scores] = defaultdict(Scores)
    for item in items:
        groups[key(item)].items.append(item)
    return dict(sorted(groups.items()))


def report(items: list[Judged], misses: bool) -> str:
    out = table("overall", {"all": Scores(items)})
    for title, key in (
        ("kind", lambda i: i.entry["kind"]),
        ("platform", lambda i: i.entry["platform"] or "(post)"),
        ("register", lambda i: i.entry["register"]),
        ("source", lambda i: i.entry["repo"]),
    ):
        out += ["", *table(title, _grouped(items, key))]
    if misses:
        for item in items:
            if item.broadcast == item.flagged:
                continue
            e = item.entry
            what = "false alarm" if item.flagged else "missed"
            label = "invites" if e["invites_reply"] else "broadcast"
            said = "; ".join(item.messages) if item.messages else "no finding"
            region = _deciding_region(item)
            out.append(
                f"\n[{what}] {e['id']} {e['repo']}:{e['path']}:{e['line'] or '-'} label={label}"
                f"\n  linter: {said[:300]}\n  why: {e['why']}\n  text: {region}"
            )
    return "\n".join(out)


def _deciding_region(item: Judged) -> str:
    """About 200 characters from the deciding line on, or the text's last 200."""
    line = item.entry["line"]
    if line and item.start and line >= item.start:
        rest = item.text.split("\n")[line - item.start :]
        return " ".join(" ".join(rest).split())[:200]
    return " ".join(item.text.split())[-200:]


# --------------------------------------------------------------- the noise report


def noise(snapshots: Path, details: str | None) -> str:
    """Every post of six unlabelled blogs, linted with the default rules."""
    rows: list[tuple[str, int | None, Counter[tuple[str, str]], Counter[str]]] = []
    listed_details = []
    header_lines = _post_file("", "Item").count("\n")  # lines before the body
    for repo, prefixes in NOISE_BLOGS:
        gdir = git_dir(snapshots, repo)
        if gdir is None:
            rows.append((repo, None, Counter(), Counter()))
            continue
        listing = _git(gdir, "ls-tree", "-r", "--name-only", "HEAD").stdout.decode().splitlines()
        paths = [
            p
            for p in listing
            if p.lower().endswith(POST_SUFFIXES)
            and p.startswith(prefixes)
            and not p.rsplit("/", 1)[-1].lower().startswith(("readme", "_index", "license"))
        ]
        by_code: Counter[tuple[str, str]] = Counter()
        severities: Counter[str] = Counter()
        posts = 0
        for path in paths:
            raw = _git(gdir, "show", f"HEAD:{path}").stdout.decode("utf-8", "replace")
            meta, body, skipped = split_front_matter(raw)
            title = meta.get("title")
            title = " ".join(title.split()) if isinstance(title, str) and title.strip() else "Item"
            try:
                found = _lint(_post_file(body, title))
            except ValueError:
                continue
            posts += 1
            for d in found:
                by_code[(d.code or "build", str(d.severity))] += 1
                severities[str(d.severity)] += 1
                if details and d.code == details:
                    body_line = d.line - header_lines
                    where = body_line + skipped if body_line >= 1 else "title"
                    listed_details.append(
                        f"{repo}:{path}:{where}: {d.message}\n    {_line_at(body, body_line)[:240]}"
                    )
        rows.append((repo, posts, by_code, severities))
    lines = [f"{'blog':<36}{'posts':>6}{'errors/post':>13}{'warnings/post':>15}{'infos/post':>12}"]
    for repo, count, _, sev in rows:
        if count is None:
            lines.append(f"{repo:<36}  skipped: no snapshot in {snapshots}")
            continue
        e, w, i = (f"{sev[k] / count:.2f}" if count else "-" for k in ("error", "warning", "info"))
        lines.append(f"{repo:<36}{count:>6}{e:>13}{w:>15}{i:>12}")
    lines += ["", "findings by rule (code/severity count):"]
    for repo, count, by_code, _ in rows:
        if count is not None:
            counts = ", ".join(f"{c}/{s} {n}" for (c, s), n in sorted(by_code.items()))
            lines.append(f"  {repo}: {counts or 'none'}")
    if details:
        lines += ["", f"findings of {details}:", *listed_details]
    return "\n".join(lines)


def dump(entries: list[dict[str, Any]], wanted: str, snapshots: Path) -> int:
    """Print one entry's text as the scorer would cut it, with file line numbers when the
    cut is a line range, for labelling. The linter is not run. Terminal only."""
    entry = next((e for e in entries if e.get("id") == wanted), None)
    if entry is None:
        print(f"--dump {wanted}: no entry has that id")
        return 2
    gdir = git_dir(snapshots, entry["repo"])
    if gdir is None:
        print(f"{entry['_where']}: no snapshot of {entry['repo']} in {snapshots}")
        return 1
    raw = read_reference(gdir, entry["commit"], entry["path"], entry.get("blob"))
    if raw is None:
        print(f"{entry['_where']}: {entry['commit'][:10]}:{entry['path']} is not in the snapshot")
        return 1
    try:
        text, start = cut_text(raw, entry["path"], entry["cut"])
    except (ValueError, KeyError, IndexError, TypeError) as e:
        print(f"{entry['_where']}: the cut does not resolve: {e}")
        return 1
    label = "invites" if entry["invites_reply"] else "broadcast"
    print(f"{entry['id']} {entry['repo']}:{entry['path']} label={label} line={entry['line']}")
    for offset, line in enumerate(text.rstrip("\n").split("\n")):
        print(f"{start + offset:>5}  {line}" if start else line)
    return 0


def _line_at(body: str, line: int) -> str:
    lines = body.split("\n")
    return " ".join(lines[line - 1].split()) if 1 <= line <= len(lines) else ""


# --------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--snapshots", type=Path, default=DEFAULT_SNAPSHOTS, help="snapshot folder")
    parser.add_argument("--split", choices=("dev", "check", "all"), default="dev")
    parser.add_argument("--misses", action="store_true", help="list every wrong verdict")
    parser.add_argument("--validate", action="store_true", help="check the manifest only")
    parser.add_argument("--blogs", action="store_true", help="noise report on six blogs")
    parser.add_argument("--details", metavar="CODE", help="with --blogs: list findings of CODE")
    parser.add_argument(
        "--file",
        metavar="NAME",
        help="only the entries of this manifest file, e.g. fresh.jsonl (held-out files "
        "such as fresh.jsonl are scored only when named here)",
    )
    parser.add_argument(
        "--dump", metavar="ID", help="print the text of one entry with its file lines, no verdict"
    )
    parser.add_argument("--manifests", type=Path, default=MANIFESTS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.blogs:
        print(noise(args.snapshots, args.details))
        return 0
    if args.file is not None and not (args.manifests / args.file).is_file():
        known = ", ".join(p.name for p in sorted(args.manifests.glob("*.jsonl")))
        print(f"--file {args.file}: no such manifest in {args.manifests} (there are: {known})")
        return 2
    entries = load_manifest(args.manifests, args.file, held_out=not (args.validate or args.dump))
    if args.dump:
        return dump(entries, args.dump, args.snapshots)
    if args.validate:
        problems = validate(entries, args.snapshots)
        for p in problems:
            print(p)
        repos = {e.get("repo") for e in entries}
        print(
            f"{len(entries)} entries from {len(repos)} repositories: "
            + ("ok" if not problems else f"{len(problems)} problems")
        )
        return 1 if problems else 0
    bad = [e for e in entries if _problems_of(e)]
    if bad:
        print(f"{len(bad)} entries are malformed; run --validate", file=sys.stderr)
        return 1
    chosen = [e for e in entries if args.split == "all" or split_of(e["repo"]) == args.split]
    items, skipped = judge(chosen, args.snapshots)
    print(f"split {args.split}: {len(items)} items judged")
    if skipped:
        n = sum(len(v) for v in skipped.values())
        print(
            f"skipped {n} entries: "
            + ", ".join(f"{k} ({len(v)})" for k, v in sorted(skipped.items()))
        )
    print(report(items, args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
