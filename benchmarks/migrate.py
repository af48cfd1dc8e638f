"""Import and build six real blogs, as a migrating user would, and count what breaks.

    python benchmarks/migrate.py --snapshots /work/.mirror [--only jessfraz] [--more]

Each blog is a git snapshot (a git directory without a work tree); its files are
extracted under benchmarks/.work/migrate/ (blobs missing from the snapshot are
skipped), imported with `sitegen import` and built with `sitegen build`. Per blog:
posts found, posts built, errors and warnings by class, broken internal links, old
URLs answered (by the page or a redirect), pages with template syntax in their text.

`--more` runs a second group instead: real Zola and Eleventy blogs (the six above
stay the default run, so their figures stay comparable). `--unseen` runs a third: two
blogs of each peer but Jekyll that the importer was not written against, each listed
with the commit its figures were taken at.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from benchmarks import peer_urls
from sitegen.build.builder import BuildOptions, build
from sitegen.diagnostics import Severity
from sitegen.importer.peers import front_matter
from sitegen.importer.run import Report as ImportReport
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
# Blogs the importer was not written against (label, snapshot, peer, folder, commit the
# figures were taken at): a check of how it does on blogs nobody tuned it for.
UNSEEN = [
    ("changxia", "changxiawushi+changxiawushi.github.io", "hugo", "",
     "dc54aaf4b6cea431e04139f866ffab98d5c67fcf"),
    ("devies", "DeviesDevelopment+blog", "hugo", "", "ea17ef3227664bdf5251398ae302c6bcfbe25b5e"),
    ("0xddaa", "0xddaa+blog", "pelican", "", "f790d41ebe766205fb8e9592de3ed0e194351432"),
    ("0x7df", "0x7df+0x7df.github.io", "pelican", "", "23ff7f8141949a3279a3612b4a399f2c10d9ba45"),
    ("friedemann", "friedemannsommer+website", "zola", "",
     "34b2471f1556ef6f2058d7bffeb9501230f371ca"),
    ("guochen", "guochenmeinian+guochenmeinian.github.io", "zola", "",
     "fb7d596c4321db26a33f14548ba370c3d9f93b87"),
    ("devlog", "danielsolin+devlog", "eleventy", "", "9b18919040d6fdddb3bf1fc0dbcc1413dbc1e419"),
    ("m1rp", "m1rp+11ty-blog", "eleventy", "", "78094154d2bb0d0b90cf4193203725f35052f65e"),
]  # fmt: skip
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
    found: int  # posts in the source
    drafts: int  # of those, drafts (no peer publishes them)
    built: int  # published, with no error
    aside: int  # posts set aside by the importer (named in its report)
    aside_pages: int  # pages set aside
    classes: Counter[str]
    broken_before: int  # broken links whose target the original did not have either
    broken_by_us: int  # broken links to something the original served …
    broken_aside: int  # … of those, to a post or page the importer set aside (in its report)
    urls_total: int
    urls_answered: int
    template_pages: int
    ok: bool = False
    missing: list[str] = field(default_factory=list)  # old URLs not answered (first few)
    broke: list[str] = field(default_factory=list)  # links the migration broke (first few)


_UNMATCHED = re.compile(r"link to '(?P<ref>[^']+)' \(\w+\) matches no post or page")
_BROKEN = re.compile(r"broken link: (?P<link>\S+) \(from (?P<page>\S+)\)")


def _visible_text(page: Path) -> str:
    """A page's text as a reader sees it, without code and math (where template-looking
    text is the author's example or TeX)."""
    tree = HTMLParser(page.read_text(encoding="utf-8", errors="replace"))
    for node in tree.css("pre, code, .math, script, style"):
        node.decompose()
    body = tree.body
    return body.text(separator=" ") if body is not None else ""


def run_blog(snapshots: Path, label: str, repo: str, peer: str, sub: str) -> Result:
    src_root = WORK / "src" / label
    if not src_root.exists():
        extract(git_dir(snapshots, repo), src_root)
    src = src_root / sub if sub else src_root
    dest = WORK / "site" / label
    shutil.rmtree(dest, ignore_errors=True)
    report = import_site(peer, src, dest)
    result = build(dest, BuildOptions(cache=False))
    if peer in peer_urls.READERS:
        peer_pages = peer_urls.READERS[peer](src)
        served = peer_urls.served(peer, src, peer_pages)
    else:
        peer_pages, served = _importer_urls(src, dest, report)
    host = urlsplit(report_base(dest)).netloc
    classes: Counter[str] = Counter()
    failed_files: set[str] = set()
    before = by_us = to_aside = 0
    aside_paths = {u for u in report.aside_urls.values() if u}
    aside_stems = {Path(t).stem for t in report.aside_urls}
    broke: list[str] = []
    for d in result.diagnostics:
        if d.severity is Severity.INFO:
            continue
        label_ = d.code or re.sub(r"'[^']*'|\{[^}]*\}|\S*/\S*|\d+", "…", d.message)[:60]
        classes[f"{d.severity.value}: {label_}"] += 1
        if d.severity is Severity.ERROR:
            failed_files.add(d.path)
        ref = _UNMATCHED.match(d.message)
        if ref is not None:  # post_url/link/ref: the peer resolved it (Jekyll and Hugo stop
            by_us += 1  # the build on one that matches nothing), so the migration broke it
            if Path(ref["ref"]).stem in aside_stems:
                to_aside += 1
            else:
                broke.append(f"{d.path}:{d.line}: {ref['ref']}")
            continue
        found = _BROKEN.match(d.message)
        if found is None:
            continue
        target = urlsplit(urljoin("https://" + host + found["page"], found["link"]))
        if target.netloc == host and not peer_urls.answers(target.path, served):
            before += 1
        else:
            by_us += 1
            if peer_urls.answers(target.path, aside_paths):
                to_aside += 1
            else:
                broke.append(f"{d.path}:{d.line}: {found['link']}")
    site = result.site
    # Drafts and future posts: not published, as the peer does not publish them.
    aside = report.counts["set-aside-post"]
    drafts = report.counts["post"] - aside - len(site.posts) if site is not None else 0
    built = answered = template_pages = 0
    missing: list[str] = []
    posts = [p for p in peer_pages if p.post]
    if site is not None:
        public = dest / "public"
        built = sum(
            1 for p in site.posts if p.source.path not in failed_files and not p.draft
        ) if result.ok else 0  # fmt: skip
        for page in posts:
            if (public / peer_urls.output_file(page.url)).is_file():
                answered += 1
            elif len(missing) < 5:
                missing.append(f"{page.url} ({Path(page.source).name})")
        for output in public.rglob("*.html") if result.ok else []:
            if not output.is_file():  # a folder named like a page (/x.html/ URLs)
                continue
            if _TEMPLATE.search(_visible_text(output)):
                template_pages += 1
    return Result(
        label, report.counts["post"], drafts, built, aside,
        report.counts["set-aside-page"], classes, before, by_us, to_aside,
        len(posts), answered, template_pages, result.ok, missing, broke[:5],
    )  # fmt: skip


def report_base(dest: Path) -> str:
    for line in (dest / "site.yaml").read_text(encoding="utf-8").splitlines():
        if line.startswith("base_url:"):
            return line.split(":", 1)[1].strip().strip("'\"")
    return "https://example.org/"


def _importer_urls(
    src: Path, dest: Path, report: ImportReport
) -> tuple[list[peer_urls.PeerPage], set[str]]:
    """Zola and Eleventy have no reader in peer_urls yet: their old URLs are the ones the
    importer computed (a weaker check, since it is the importer's own reading); the
    original served those and every file of SRC."""
    pages = [
        peer_urls.PeerPage(target, url, target.startswith("content/posts/"))
        for target, url in {**report.urls, **report.aside_urls}.items()
        if url and not ((dest / target).is_file() and _draft(dest / target))
    ]
    files = {"/" + p.relative_to(src).as_posix() for p in src.rglob("*") if p.is_file()}
    return pages, {p.url for p in pages} | files


def _draft(path: Path) -> bool:
    meta = front_matter(path.read_text(encoding="utf-8", errors="replace"))
    return meta.get("draft") in (True, "true") or meta.get("published") in (False, "false")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--snapshots", type=Path, required=True)
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--more", action="store_true", help="the Zola and Eleventy blogs")
    parser.add_argument(
        "--unseen", action="store_true", help="blogs the importer was not written against"
    )
    args = parser.parse_args()
    results = []
    group = [b[:4] for b in UNSEEN] if args.unseen else MORE if args.more else BLOGS
    for label, repo, peer, sub in group:
        if args.only and label not in args.only:
            continue
        results.append(run_blog(args.snapshots, label, repo, peer, sub))
    print("found = posts in the source; built = published with no error, of those not drafts")
    print("aside = posts+pages the importer set aside (each named in its report, with why);")
    print("ok = the whole build succeeded;")
    print("broken = internal links the migration broke (of those, to a page it set aside) /")
    print("  that were broken in the original already;")
    print("old URLs = the peer's own URL of each published post, answered by a page or redirect.")
    print(
        f"{'blog':<12} {'found':>5} {'draft':>5} {'built':>5} {'%':>5} {'aside':>5} "
        f"{'ok':>3} {'broken':>12} {'old URLs':>9} {'tmpl':>4}"
    )
    for r in results:
        urls_ = f"{r.urls_answered}/{r.urls_total}"
        ok = "yes" if r.ok else "no"
        share = 100 * r.built / max(1, r.found - r.drafts)
        broken = f"{r.broken_by_us} ({r.broken_aside})/{r.broken_before}"
        aside = f"{r.aside}+{r.aside_pages}"
        print(f"{r.name:<12} {r.found:>5} {r.drafts:>5} {r.built:>5} {share:>5.1f} {aside:>5} "
              f"{ok:>3} {broken:>12} {urls_:>9} {r.template_pages:>4}")  # fmt: skip
    for r in results:
        print(f"\n{r.name}:")
        for name, count in r.classes.most_common(8):
            print(f"  {count:>5}  {name}")
        for url in r.missing:
            print(f"  old URL not answered: {url}")
        for link in r.broke:
            print(f"  link the migration broke: {link}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
