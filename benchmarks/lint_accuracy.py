"""Precision and recall of the linter's "broadcast-only" verdict on the labelled corpus.

    python benchmarks/lint_accuracy.py            # the figures
    python benchmarks/lint_accuracy.py --misses   # and every item it gets wrong

The positive class is "broadcast": ENG101 (blurbs) or ENG001 (posts) fires. Precision
is the share of flagged texts that really broadcast (false alarms fail CI for real
users, so it matters most); recall is the share of broadcasting texts that get flagged.
The corpus is tests/lint_corpus/ (see its README for the labelling rules).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "lint_corpus"
sys.path.insert(0, str(ROOT))

from sitegen.config import SiteConfig  # noqa: E402
from sitegen.content import loader  # noqa: E402
from sitegen.content.model import Post  # noqa: E402
from sitegen.lint.engine import lint_item, select  # noqa: E402

CONFIG = SiteConfig(title="Corpus", base_url="https://example.org/")


@dataclass(frozen=True)
class Item:
    id: str
    kind: str  # blurb or post
    platform: str
    broadcast: bool  # the label
    flagged: bool  # the linter's verdict
    traps: tuple[str, ...]
    text: str


@dataclass
class Scores:
    items: list[Item] = field(default_factory=list)

    def subset(self, kind: str) -> Scores:
        return Scores([i for i in self.items if i.kind == kind or kind == "all"])

    @property
    def tp(self) -> int:
        return sum(1 for i in self.items if i.broadcast and i.flagged)

    @property
    def fp(self) -> int:
        return sum(1 for i in self.items if not i.broadcast and i.flagged)

    @property
    def fn(self) -> int:
        return sum(1 for i in self.items if i.broadcast and not i.flagged)

    @property
    def tn(self) -> int:
        return sum(1 for i in self.items if not i.broadcast and not i.flagged)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def _blurb_file(entry: dict[str, object]) -> str:
    value = entry.get("thread") or entry["text"]
    social = yaml.safe_dump(
        {"social": {entry["platform"]: value}}, allow_unicode=True, width=10_000
    )
    return f"---\ntitle: Corpus item\ndate: 2026-01-01\n{social}---\nBody.\n"


def _flagged(path: str, text: str, code: str) -> bool:
    selection, _ = select(CONFIG, [code])
    loaded = loader.read_item(path, text.encode(), "post", CONFIG, render=False)
    if not isinstance(loaded.item, Post):
        raise ValueError(f"{path}: {loaded.diagnostics}")
    return any(d.code == code for d in lint_item(loaded.item, loaded.tokens, CONFIG, selection))


def evaluate(corpus: Path = CORPUS) -> Scores:
    scores = Scores()
    for entry in yaml.safe_load((corpus / "blurbs.yaml").read_text(encoding="utf-8")):
        text = _blurb_file(entry)
        scores.items.append(
            Item(
                entry["id"],
                "blurb",
                entry["platform"],
                entry["label"] == "broadcast",
                _flagged(f"blurbs.yaml#{entry['id']}", text, "ENG101"),
                tuple(entry.get("traps") or ()),
                (" / ".join(entry["thread"]) if entry.get("thread") else entry["text"])
                + (f"  [{entry['note']}]" if entry.get("note") else ""),
            )
        )
    for path in sorted((corpus / "posts").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        meta = yaml.safe_load(text.split("---\n", 2)[1])
        scores.items.append(
            Item(
                path.stem,
                "post",
                "",
                meta["extra"]["label"] == "broadcast",
                _flagged(path.relative_to(ROOT).as_posix(), text, "ENG001"),
                tuple(meta["extra"].get("traps") or ()),
                meta["title"]
                + (f"  [{meta['extra']['note']}]" if meta["extra"].get("note") else ""),
            )
        )
    return scores


def report(scores: Scores, misses: bool) -> str:
    lines = [
        f"{'':8}{'items':>6}{'TP':>5}{'FP':>5}{'FN':>5}{'TN':>5}{'precision':>11}{'recall':>8}"
    ]
    for kind in ("blurb", "post", "all"):
        s = scores.subset(kind)
        lines.append(
            f"{kind + 's' if kind != 'all' else 'all':8}{len(s.items):>6}{s.tp:>5}"
            f"{s.fp:>5}{s.fn:>5}{s.tn:>5}{s.precision:>11.3f}{s.recall:>8.3f}"
        )
    wrong = [i for i in scores.items if i.broadcast != i.flagged]
    traps = Counter(t for i in wrong for t in i.traps)
    if traps:
        lines.append(
            "\ntraps among the mistakes: " + ", ".join(f"{t} {n}" for t, n in traps.most_common(8))
        )
    if misses:
        for item in wrong:
            kind = "false alarm" if item.flagged else "missed"
            lines.append(
                f"\n[{kind}] {item.id} {item.platform} {list(item.traps)}\n  {item.text[:300]}"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every wrong verdict")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=CORPUS,
        help="a corpus folder (default: tests/lint_corpus; the validation set that was "
        "not used for tuning is tests/lint_validation)",
    )
    args = parser.parse_args()
    print(report(evaluate(args.corpus.resolve()), args.misses))


if __name__ == "__main__":
    main()
