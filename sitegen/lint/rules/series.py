"""Series rules (SER…): numbering, order and promises of a next part.

These look at every series at once, drafts included, so they are site rules: each
check yields (path, Finding) pairs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator

from sitegen.content import markdown
from sitegen.content.model import Post
from sitegen.content.problems import INVALID_PART, MISSING_PART
from sitegen.diagnostics import Severity
from sitegen.lint.prose import from_markdown
from sitegen.lint.rules import Context, Finding, SiteFacts, SiteFinding, quote, rule

NEXT_TIME = re.compile(
    r"\b(?:next time|next week|next month|in the next (?:part|post|instal+ment|episode|issue)|"
    r"next in (?:this|the) series|stay tuned for (?:part|the next)|coming up next|"
    r"the next part|part (?:two|three|four|five|\d+) (?:is )?coming)\b",
    re.IGNORECASE,
)


def _at(post: Post, line: int, message: str, hint: str) -> SiteFinding:
    return post.source.path, Finding(message, hint, line, 1 if line else 0)


def check_duplicates(facts: SiteFacts, context: Context) -> Iterator[SiteFinding]:
    for group in facts.groups:
        by_part: dict[int, list[Post]] = defaultdict(list)
        for part, post in group.numbered():
            by_part[part].append(post)
        for part, claimants in sorted(by_part.items()):
            for other in claimants[1:]:
                line = other.series_ref.part_line if other.series_ref else 0
                yield _at(
                    other,
                    line,
                    f"part {part} of '{group.title}' is also claimed by {claimants[0].source.path}",
                    "Give each post its own part number.",
                )


def check_unknown(facts: SiteFacts, context: Context) -> Iterator[SiteFinding]:
    for group in facts.groups:
        if not group.suggestion:
            continue
        for post in group.posts:
            ref = post.series_ref
            if ref is None:
                continue
            yield _at(
                post,
                ref.line,
                f"series '{ref.name}' matches no file in content/series/",
                group.suggestion[0].upper()
                + group.suggestion[1:]
                + " Use the series' title or its file name.",
            )


def check_gaps(facts: SiteFacts, context: Context) -> Iterator[SiteFinding]:
    for group in facts.groups:
        numbered = group.numbered()
        published = sorted(part for part, post in numbered if not post.draft)
        if not published:
            continue
        planned = {p.part for p in group.info.planned} if group.info else set()
        taken = {part for part, _ in numbered}
        missing = [n for n in range(1, published[-1]) if n not in taken and n not in planned]
        if not missing:
            continue
        part, post = next((part, post) for part, post in numbered if part > missing[0])
        yield _at(
            post,
            post.series_ref.part_line if post.series_ref else 0,
            f"'{group.title}' has no part {', '.join(map(str, missing))} before part {part}",
            "Renumber the parts, or list the missing one under 'planned:' in the series file.",
        )


def check_order(facts: SiteFacts, context: Context) -> Iterator[SiteFinding]:
    for group in facts.groups:
        previous: tuple[int, Post] | None = None
        for part, post in sorted(group.numbered(), key=lambda pair: pair[0]):
            if previous and part > previous[0] and post.date < previous[1].date:
                yield _at(
                    post,
                    post.source.positions.get("date", 0),
                    f"part {part} is dated {post.date.date()}, before part {previous[0]} "
                    f"({previous[1].date.date()})",
                    "Check the dates: readers expect parts in the order they were published.",
                )
            previous = (part, post)


def check_total(facts: SiteFacts, context: Context) -> Iterator[SiteFinding]:
    for group in facts.groups:
        info = group.info
        if info is None or info.parts is None:
            continue
        highest = max([p for p, _ in group.numbered()] + [p.part for p in info.planned], default=0)
        if highest > info.parts:
            line = info.source.positions.get("parts", 0)
            yield (
                info.source.path,
                Finding(
                    f"'parts: {info.parts}' but part {highest} exists",
                    f"Raise 'parts' to {highest} or remove it to let the posts decide.",
                    line,
                    1 if line else 0,
                ),
            )


def check_next_time(facts: SiteFacts, context: Context) -> Iterator[SiteFinding]:
    """A post promises a next part that neither exists nor is planned."""
    for group in facts.groups:
        numbered = group.numbered()
        parts = {part for part, _ in numbered}
        parts |= {p.part for p in group.info.planned} if group.info else set()
        for part, post in numbered:
            if any(other > part for other in parts):
                continue
            if not NEXT_TIME.search(post.body):
                continue  # cheap test first; parse only the few posts that may promise
            tokens = markdown.parse(post.body, facts.markdown)
            for sentence in from_markdown(tokens, post.body, post.source.body_line).author():
                match = NEXT_TIME.search(sentence.text)
                if match:
                    line, col = sentence.position
                    yield (
                        post.source.path,
                        Finding(
                            f"part {part} promises more ({quote(match.group(0))}) but "
                            f"'{group.title}' has no later part, written or planned",
                            "Add the next part under 'planned:' in the series file, or reword "
                            "the promise.",
                            line,
                            col,
                        ),
                    )
                    break


def _today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


def check_overdue(facts: SiteFacts, context: Context) -> Iterator[SiteFinding]:
    """A planned part whose date has passed: the site still says it is coming."""
    today = _today()
    for group in facts.groups:
        info = group.info
        if info is None:
            continue
        written = {part for part, _ in group.numbered()}
        for planned in info.planned:
            if planned.date is None or planned.date.date() >= today or planned.part in written:
                continue
            yield (
                info.source.path,
                Finding(
                    f"part {planned.part} ({quote(planned.title)}) was planned for "
                    f"{planned.date.date()}, which has passed; pages still say it is coming",
                    "Publish the part, give it a new date, or drop the date so pages say "
                    "'coming soon'.",
                    planned.line,
                    1 if planned.line else 0,
                ),
            )


RULES = [
    rule(
        "SER001",
        "duplicate-part",
        Severity.ERROR,
        "two posts claim the same part of a series",
        ["site"],
        what="Finds two posts with the same series and the same `part:` number.",
        why="Readers would see one of them and never find the other.",
        example="two posts with `series: Four keys` and `part: 2`",
        instead="number them 2 and 3",
        site_check=check_duplicates,
    ),
    rule(
        INVALID_PART.code,
        INVALID_PART.name,
        Severity.ERROR,
        "`part` is not a positive whole number",
        ["reader"],
        what="Reported while reading front matter: `part:` (or `series_weight:`, "
        "`series_index:`) must be 1, 2, 3 …",
        why="Parts are ordered and labelled by their number.",
        example="part: 0",
        instead="part: 1",
    ),
    rule(
        "SER003",
        "unknown-series",
        Severity.ERROR,
        "a series name that matches no series file, when a similar one exists",
        ["site"],
        what="When content/series/ declares series, a post naming a series that matches "
        "none of them, but is close to one, is probably a typo.",
        why="A typo silently starts a second, one-part series.",
        example="series: The for keys",
        instead="series: The four keys",
        site_check=check_unknown,
    ),
    rule(
        MISSING_PART.code,
        MISSING_PART.name,
        Severity.ERROR,
        "a post in a series without a part number (or the other way round)",
        ["reader"],
        what="Reported while reading front matter: `series:` needs `part:`, and `part:` "
        "needs `series:`.",
        why="Without its number a part cannot be placed in order.",
        example="series: The four keys",
        instead="series: The four keys\npart: 3",
    ),
    rule(
        "SER010",
        "part-gap",
        Severity.WARNING,
        "a gap in the part numbers of published parts",
        ["site"],
        what="Finds a missing number below the highest published part that is neither "
        "written (draft or not) nor planned.",
        why="Readers looking for part 2 find nothing.",
        example="parts 1 and 3 published, no part 2",
        instead="renumber, or plan part 2 in the series file",
        site_check=check_gaps,
    ),
    rule(
        "SER011",
        "parts-out-of-order",
        Severity.WARNING,
        "part dates out of order with part numbers",
        ["site"],
        what="Finds a part dated before the part with the number below it.",
        why="Feeds and archives sort by date, so readers meet part 3 before part 2.",
        example="part 2 dated 10 May, part 3 dated 3 May",
        instead="fix the dates or the numbers",
        site_check=check_order,
    ),
    rule(
        "SER012",
        "parts-total-too-small",
        Severity.WARNING,
        "`parts:` smaller than the highest part",
        ["site"],
        what="Compares `parts:` in the series file with the highest written or planned part.",
        why="Pages would say “part 5 of 4”.",
        example="parts: 4 with a part 5",
        instead="parts: 5",
        site_check=check_total,
    ),
    rule(
        "SER013",
        "dangling-next-time",
        Severity.WARNING,
        "a post says “next time” but no next part exists or is planned",
        ["site"],
        what="Finds “next time”, “next week”, “in the next part” … in the last part of a "
        "series when no later part is written or planned.",
        why="A promise readers cannot follow up on; plan the part so the teaser and the "
        "series page can show it.",
        example="…Next time: key #5. (and no part 5 anywhere)",
        instead='planned:\n  - {part: 5, title: "Key #5", date: 2026-12-07}',
        site_check=check_next_time,
    ),
    rule(
        "SER014",
        "planned-part-overdue",
        Severity.WARNING,
        "a planned part whose date has passed",
        ["site"],
        what="Finds a part under `planned:` in a series file whose `date:` is before today "
        "and that no post has written yet.",
        why="The post pages and the series page keep saying “coming 30 November” on "
        "1 December; readers stop trusting the dates.",
        example='planned:\n  - {part: 3, title: "Key #3", date: 2026-11-30}   # on 1 December',
        instead='planned:\n  - {part: 3, title: "Key #3"}   # “coming soon”, or a new date',
        site_check=check_overdue,
    ),
]
