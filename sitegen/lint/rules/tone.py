"""Rules about tone: ENG010 self-focus, ENG011 announcement openers, ENG020 shouting,
ENG021 hashtag stuffing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from sitegen.content.model import BlurbText
from sitegen.diagnostics import Severity
from sitegen.lint import signals
from sitegen.lint.prose import from_blurb, start_of
from sitegen.lint.rules import Context, Finding, Subject, quote, rule

# The look-behind comes after the first capital so the engine can skip ahead to
# capitals (the same test, several times faster on long posts).
_CAPS = re.compile(r"[A-Z](?<![#@\w][A-Z])[A-Z'’]{2,}(?![\w@])")
_BANG = re.compile(r"[!¡]{2,}|[!?]{3,}")
_HASHTAG = re.compile(r"(?<![\w&#/])#[^\W\d_]\w*")
PLATFORM_HASHTAG_CAPS = {"threads": 1, "instagram": 5}


def check_self_focus(subject: Subject, context: Context) -> Iterator[Finding]:
    blocks = subject.prose.author_blocks()
    text = " ".join(b.text for b in blocks)
    lowered = signals.normalise(text)
    ours = len(signals.FIRST_PERSON_PLURAL.findall(re.sub(r"\bUS\b", "", text).lower()))
    if context.brand is not None:
        ours += len(context.brand.findall(text))
    yours = len(signals.SECOND_PERSON_ONLY.findall(lowered))
    minimum = 3 if subject.kind == "blurb" else 6
    ratio = context.config.self_focus_ratio
    if ours >= minimum and ours > ratio * max(yours, 1 if subject.kind == "blurb" else 2):
        block = next(
            (b for b in blocks if signals.FIRST_PERSON_PLURAL.search(b.text.lower())), blocks[0]
        )
        first = next(
            (s for s in block.sentences if signals.FIRST_PERSON_PLURAL.search(s.text.lower())),
            block.sentences[0],
        )
        yield subject.finding_at(
            first,
            f"{subject.where} says we/our/us {ours} times and you/your {yours} times",
            "Write from the reader's side: what does this change for them? Turn one "
            "“we did” into “you can”.",
        )


def check_announcement(subject: Subject, context: Context) -> Iterator[Finding]:
    first = subject.prose.first_sentence()
    if first is None:
        return
    match = signals.ANNOUNCEMENT_RE.match(signals.normalise(first.text))
    if match:
        found = subject.finding_at(
            first,
            f"{subject.where} opens with an announcement: {quote(match.group(0))}",
            "Open with what is in it for the reader, or with the question you want "
            "them to think about.",
        )
        invites = subject.kind != "title" and subject.conversation.invites
        yield replace(found, severity=Severity.INFO) if invites else found


def shouting_words(text: str) -> list[str]:
    return [
        w
        for w in _CAPS.findall(text)
        if w.rstrip("'’S") not in signals.ACRONYMS and w not in signals.ACRONYMS
    ]


def _is_loud(text: str) -> bool:
    # "??" is in every run of three "?"; the plain tests skip most blocks cheaply.
    bangs = ("!" in text or "¡" in text or "??" in text) and _BANG.search(text)
    return bool(bangs or shouting_words(text))


def check_shouting(subject: Subject, context: Context) -> Iterator[Finding]:
    brands = {n.upper() for n in context.config.brand_names}
    loud_blocks = [b for b in subject.prose.blocks if _is_loud(b.text)]
    for sentence in (s for b in loud_blocks for s in b.sentences):
        if sentence.voice == "quote":
            continue
        bangs = _BANG.findall(sentence.text)
        caps = [w for w in shouting_words(sentence.text) if w not in brands]
        loud = [w for w in caps if len(w) >= 5] or (caps if len(caps) >= 2 else [])
        if bangs or loud:
            what = f"“{bangs[0]}”" if bangs else ", ".join(loud[:3])
            yield subject.finding_at(
                sentence,
                f"shouting in {quote(sentence.text, 50)}: {what}",
                "Use one exclamation mark at most, and ordinary capitals; emphasis "
                "reads better as a concrete detail.",
            )


def check_hashtags(subject: Subject, context: Context) -> Iterator[Finding]:
    limit = min(
        context.config.hashtag_limit,
        PLATFORM_HASHTAG_CAPS.get(subject.platform, context.config.hashtag_limit),
    )
    texts = subject.blurb.texts if subject.blurb else ()
    for text in texts:
        tags = _HASHTAG.findall(text.text)
        if len(tags) > limit:
            line, col, end_col = _tag_span(text)
            yield Finding(
                f"{len(tags)} hashtags ({' '.join(tags[:6])}{' …' if len(tags) > 6 else ''}) "
                f"where {limit} is the norm on {subject.platform}",
                f"Keep the {limit} that people actually search for; a wall of tags reads as spam.",
                line,
                col,
                line if end_col else 0,
                end_col,
            )


def _tag_span(text: BlurbText) -> tuple[int, int, int]:
    """Where the hashtags are in the source: the first one's line and column, and the
    column after the last one on that line (so the caret underlines the tags)."""
    places = [
        (block.position(m.start()), block.position(m.end() - 1))
        for block in from_blurb([text]).blocks
        for m in _HASHTAG.finditer(block.text)
    ]
    if not places:
        line, col = start_of(text)
        return line, col, 0
    (line, col), _ = places[0]
    ends = [end_col for _, (end_line, end_col) in places if end_line == line]
    return line, col, (max(ends) + 1 if ends else 0)


RULES = [
    rule(
        "ENG010",
        "self-focus",
        Severity.WARNING,
        "“we/our/us” and the brand's own name crowd out “you/your”",
        ["post", "page", "blurb"],
        what=(
            "Counts first-person plural words (and the names in lint.brand_names) against "
            "second-person words. Fires when “we” outnumbers “you” by more than "
            "lint.self_focus_ratio (default 2)."
        ),
        why=(
            "Dialogic communication theory (Kent and Taylor, 1998) describes good "
            "organisational writing as oriented to the other party. Text about “our” "
            "achievements gives readers nothing of their own to add."
        ),
        example="We are proud of our team. Our new app is our best work, and we built it for us.",
        instead="You can now plan your week in one screen. What would you add to it?",
        check=check_self_focus,
    ),
    rule(
        "ENG011",
        "announcement-opener",
        Severity.WARNING,
        "“We're excited to announce…”, “New post:”, “ICYMI” openings (info when the text "
        "also asks something)",
        ["post", "page", "blurb", "title"],
        what="Flags texts that open with a stock announcement formula. When the same text "
        "also invites a reply (a genuine question, a request to tell you something), the "
        "finding drops to info: the opener still costs attention, but the text is no "
        "broadcast. Titles have no question to soften them and stay at the rule's level.",
        why=(
            "The first words decide whether people read on, and stock openers announce "
            "that what follows is about the sender."
        ),
        example="We're excited to announce our new volunteer portal!",
        instead="Volunteering with us now takes two minutes to sign up. What stopped you before?",
        check=check_announcement,
    ),
    rule(
        "ENG020",
        "shouting",
        Severity.WARNING,
        "runs of exclamation marks, ALL-CAPS words",
        ["post", "page", "blurb", "title"],
        what=(
            "Flags runs of exclamation marks (“!!”) and words in capitals that are not "
            "known acronyms."
        ),
        why="Capitals and stacked exclamation marks read as shouting, and as spam.",
        example="HUGE NEWS!!! Our sale starts NOW!!",
        instead="Our sale starts today: everything in the shop is 20% off until Sunday.",
        check=check_shouting,
    ),
    rule(
        "ENG021",
        "hashtag-stuffing",
        Severity.WARNING,
        "more hashtags than the platform's norm (default 3)",
        ["blurb"],
        what=(
            "Counts hashtags per blurb against lint.hashtag_limit (default 3; Threads "
            "allows one tag and Instagram five)."
        ),
        why=(
            "Instagram cut the number of hashtags a post may carry to five in December 2025, "
            "saying fewer, targeted tags work better; long tag lists read as spam."
        ),
        example="Join us! #community #events #local #fun #weekend #family",
        instead="Join us on Saturday. #community #events",
        check=check_hashtags,
    ),
]
