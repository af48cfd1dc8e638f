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
_US = re.compile(r"\bUS\b")
_BANG = re.compile(r"[!¡]{2,}|[!?]{3,}")
_HASHTAG = re.compile(r"(?<![\w&#/])#[^\W\d_]\w*")
PLATFORM_HASHTAG_CAPS = {"threads": 1, "instagram": 5}


def check_self_focus(subject: Subject, context: Context) -> Iterator[Finding]:
    blocks = subject.prose.author_blocks()
    text = " ".join(b.text for b in blocks)
    lowered = signals.normalise(text)
    plain = _US.sub("", text) if "US" in text else text  # the country is not "us"
    ours = len(signals.FIRST_PERSON_PLURAL.findall(plain.lower()))
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


# Two or more words in capitals in a row ("HUGE SALE", "DO NOT MISS THIS"): a single
# word in capitals is far more often a name (DWARF, README, POSIX, SIGSEGV, NASA) than
# a raised voice, and no list of acronyms is ever complete.
_CAPS_RUN = re.compile(r"(?<![\w@#/.-])[A-Z][A-Z'’]+(?:[ \t]+(?:[A-Z][A-Z'’]*|&))+(?![\w@/.-])")


def _caps_runs(text: str, names: set[str]) -> list[str]:
    """Runs of words in capitals, unless every word in the run is a known acronym, a
    brand or a word the text also uses elsewhere as a name."""
    found = []
    for run in _CAPS_RUN.findall(text):
        words = [w.strip("'’") for w in run.split() if w != "&"]
        loud = [w for w in words if len(w) > 1 and w not in signals.ACRONYMS and w not in names]
        if len(loud) < len(words) and all(len(w) <= 5 for w in words):
            continue  # a name made of acronyms: "HTTP GET", "REST API"
        if len(words) >= 2 and loud and sum(len(w) for w in words) >= 6:
            found.append(run)
    return found


def _shouted_word(word: str, names: set[str]) -> bool:
    bare = word.strip("'’")
    return len(bare) >= 4 and bare not in signals.ACRONYMS and bare not in names


def _is_loud(text: str, bangs_min: int) -> bool:
    # "??" is in every run of three "?"; the plain tests skip most blocks cheaply.
    bangs = ("!" in text or "¡" in text or "??" in text) and _bangs(text, min(bangs_min, 2))
    # A run holds a word of three capitals or more, which _CAPS finds fast.
    return bool(bangs or (_CAPS.search(text) and _CAPS_RUN.search(text)))


def _bangs(text: str, minimum: int) -> list[str]:
    return [b for b in _BANG.findall(text) if len(b) >= minimum or "?" in b]


def check_shouting(subject: Subject, context: Context) -> Iterator[Finding]:
    brands = {n.upper() for n in context.config.brand_names}
    # In a long post a "!!" is the writer's voice; in a blurb or a title it is spam.
    bangs_min = 3 if subject.kind in ("post", "page") else 2
    loud_blocks = [
        b for b in subject.prose.blocks if b.voice != "quote" and _is_loud(b.text, bangs_min)
    ]
    for sentence in (s for b in loud_blocks for s in b.sentences):
        if sentence.voice == "quote":
            continue
        own = sentence.own or sentence.text  # quoted shouting is someone else's
        bangs = _bangs(own, bangs_min)
        heading = sentence.voice in ("heading", "title")  # titles are set in capitals
        loud = [] if heading else _caps_runs(own, brands)
        if not (bangs or loud or heading) and bangs_min > 2 and "!!" in own:
            # "HUGE savings!!": a word in capitals and a "!!" together raise the voice
            caps = [w for w in _CAPS.findall(own) if _shouted_word(w, brands)]
            bangs = _bangs(own, 2) if caps else []
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
            "Flags runs of exclamation marks (“!!” in blurbs and titles; in posts “!!!”, or “!!” "
            "beside a word in capitals) "
            "and runs of two or more words in capitals. A single word in capitals is "
            "not flagged: on real blogs it is nearly always a name or an acronym (DWARF, "
            "README, POSIX, SIGSEGV). Headings, quotations and code are left alone."
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
