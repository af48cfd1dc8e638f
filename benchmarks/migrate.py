"""Import and build six real blogs, as a migrating user would, and count what breaks.

    python benchmarks/migrate.py --snapshots /work/.mirror [--only jessfraz] [--more]

Each blog is a git snapshot (a git directory without a work tree); its files are
extracted under benchmarks/.work/migrate/ (blobs missing from the snapshot are
skipped), imported with `sitegen import` and built with `sitegen build`. Per blog:
posts found, posts built, errors and warnings by class, broken internal links, old
URLs answered (by the page or a redirect), pages with template syntax in their text.

`--more` runs a second group instead: real Zola and Eleventy blogs (the six above
stay the default run, so their figures stay comparable).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sitegen.build.builder import BuildOptions, build
from sitegen.content import urls
from sitegen.diagnostics import Severity
from sitegen.importer.peers import front_matter
from sitegen.importer.run import import_site

BLOGS = [
    ("jvns", "zachvalenta+jvns.ca", "hugo", ""),
    ("jessfraz", "jessfraz+blog", "hugo", ""),
    ("spf13", "spf13+spf13.com", "hugo", ""),
    ("karpathy", "karpathy+karpathy.github.io", "jekyll", ""),
    ("jekyll-news", "jekyll+jekyll", "jekyll", "docs"),
    ("jakevdp", "jakevdp+jakevdp.github.io-source", "pelican", ""),
]
# Real Zola and Eleventy blogs (label, snapshot, peer, folder inside the repository).
MORE = [
    ("kilko", "kiliankoe+kilko.de", "zola", ""),
    ("wezm", "wezm+wezm.net", "zola", "v2"),
    ("rohanverma", "rhnvrm+rohanverma.net", "zola", ""),
    ("zachleat", "zachleat+zachleat.com", "eleventy", ""),
    ("hawksworx", "philhawksworth+hawksworx.com", "eleventy", ""),
    ("bobmonsour", "bobmonsour+bobmonsour.com", "eleventy", ""),
]
WORK = Path(__file__).parent / ".work" / "migrate"
_TEMPLATE = re.compile(r"\{\{[<%]|\{%\s*\w+|\{\{\s*\w+\(")
_CODE = re.compile(r"<(pre|code)\b.*?</\1>", re.DOTALL)


def git_dir(snapshots: Path, name: str) -> Path:
    repo = snapshots / name / "repo"
    return repo / ".git" if (repo / ".git").is_dir() else repo


def extract(git: Path, dest: Path) -> None:
    """Every blob of HEAD that the snapshot holds (large files may be absent)."""
    listing = subprocess.run(
        ["git", "--git-dir", str(git), "ls-tree", "-r", "-z", "HEAD"],
        check=True, capture_output=True,
    ).stdout  # fmt: skip
    for entry in listing.split(b"\0"):
        if not entry:
            continue
        meta, _, path = entry.partition(b"\t")
        mode, kind, sha = meta.split()
        if kind != b"blob" or mode == b"120000":
            continue
        blob = subprocess.run(
            ["git", "--git-dir", str(git), "cat-file", "blob", sha.decode()], capture_output=True
        )
        if blob.returncode == 0:
            target = dest / path.decode("utf-8", "replace")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(blob.stdout)


@dataclass
class Result:
    name: str
    found: int
    built: int
    classes: Counter[str]
    broken: int
    urls_total: int
    urls_answered: int
    template_pages: int
    ok: bool = False


def run_blog(snapshots: Path, label: str, repo: str, peer: str, sub: str) -> Result:
    src_root = WORK / "src" / label
    if not src_root.exists():
        extract(git_dir(snapshots, repo), src_root)
    src = src_root / sub if sub else src_root
    dest = WORK / "site" / label
    shutil.rmtree(dest, ignore_errors=True)
    report = import_site(peer, src, dest)
    result = build(dest, BuildOptions(cache=False))
    classes: Counter[str] = Counter()
    failed_files: set[str] = set()
    broken = 0
    for d in result.diagnostics:
        if d.severity is Severity.INFO:
            continue
        label_ = d.code or re.sub(r"'[^']*'|\{[^}]*\}|\S*/\S*|\d+", "…", d.message)[:60]
        classes[f"{d.severity.value}: {label_}"] += 1
        if d.severity is Severity.ERROR:
            failed_files.add(d.path)
        if d.message.startswith("broken link") or "matches no post" in d.message:
            broken += 1
    posts = [t for t in report.urls if t.startswith("content/posts/")]
    found = report.counts["post"]
    site = result.site
    built = 0
    answered = 0
    total = 0
    template_pages = 0
    if site is not None:
        built = sum(1 for p in site.posts if p.source.path not in failed_files)
        outputs = {p for p in (dest / "public").rglob("*") if p.is_file()} if result.ok else set()
        out_rel = {p.relative_to(dest / "public").as_posix() for p in outputs}
        for target in posts:
            if _draft(dest / target):
                continue  # the peer does not publish it either
            total += 1
            path = urls.output_path(site.config, urls.under_base(site.config, report.urls[target]))
            if path in out_rel:
                answered += 1
        for output in outputs:
            if output.suffix == ".html":
                text = _CODE.sub("", output.read_text(encoding="utf-8", errors="replace"))
                if _TEMPLATE.search(text):
                    template_pages += 1
    return Result(label, found, built, classes, broken, total, answered, template_pages, result.ok)


def _draft(path: Path) -> bool:
    meta = front_matter(path.read_text(encoding="utf-8", errors="replace"))
    return meta.get("draft") in (True, "true") or meta.get("published") in (False, "false")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--snapshots", type=Path, required=True)
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--more", action="store_true", help="the Zola and Eleventy blogs")
    args = parser.parse_args()
    results = []
    for label, repo, peer, sub in MORE if args.more else BLOGS:
        if args.only and label not in args.only:
            continue
        results.append(run_blog(args.snapshots, label, repo, peer, sub))
    print("built = posts with no error; ok = the whole build succeeded (an error anywhere")
    print("fails it); old URLs are checked only when it did.")
    print(
        f"{'blog':<12} {'found':>5} {'built':>5} {'ok':>3} {'broken':>6} "
        f"{'old URLs':>11} {'tmpl':>4}"
    )
    for r in results:
        urls_ = f"{r.urls_answered}/{r.urls_total}"
        ok = "yes" if r.ok else "no"
        print(f"{r.name:<12} {r.found:>5} {r.built:>5} {ok:>3} {r.broken:>6} {urls_:>11} "
              f"{r.template_pages:>4}")  # fmt: skip
    for r in results:
        print(f"\n{r.name}:")
        for name, count in r.classes.most_common(8):
            print(f"  {count:>5}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
