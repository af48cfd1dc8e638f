"""Rules about blurbs as platform posts: ENG201 too long, ENG014 link only,
ENG202 missing blurb."""

from __future__ import annotations

import re
from collections.abc import Iterator

from sitegen.content import platforms
from sitegen.content.platforms import URL_RE
from sitegen.diagnostics import Severity
from sitegen.lint.prose import start_of
from sitegen.lint.rules import Context, Finding, Subject, rule

_NOISE = re.compile(
    r"#\w+|@[\w.@-]+|\b(?:new (?:blog )?post|read (?:more|it here|here)|check it out|link in bio|"
    r"out now|icymi|via|here|more|now)\b|[^\w\s]",
    re.IGNORECASE,
)


def check_too_long(subject: Subject, context: Context) -> Iterator[Finding]:
    texts = subject.blurb.texts if subject.blurb else ()
    for index, text in enumerate(texts):
        length, limit, unit = platforms.measure(
            subject.platform, text.text, context.config.mastodon_limit
        )
        if length > limit:
            part = f" (part {index + 1} of the thread)" if len(texts) > 1 else ""
            yield Finding(
                f"{subject.platform} blurb{part} is {length} {unit} long; the limit is {limit}",
                f"Cut {length - limit} {unit}, or split it into a thread (a YAML list).",
                *start_of(text),
            )


def check_link_only(subject: Subject, context: Context) -> Iterator[Finding]:
    texts = subject.blurb.texts if subject.blurb else ()
    words = []
    for text in texts:
        words += re.findall(r"\w+", _NOISE.sub(" ", URL_RE.sub(" ", text.text)))
    if len(words) < 4 and texts:
        bare = all(not URL_RE.search(t.text) and "#" not in t.text for t in texts)
        if not "".join(t.text for t in texts).strip():
            what = "is empty"
        elif bare:
            what = "has next to no words" if words else "has no words, only symbols or emoji"
        else:
            what = "is little more than a link and hashtags"
        yield subject.finding(
            f"{subject.where} {what}",
            "Say in a sentence what is in it for the reader, and ask them something.",
        )


def check_missing_blurb(subject: Subject, context: Context) -> Iterator[Finding]:
    if subject.kind == "post" and not subject.draft and subject.blurb_count == 0:
        yield subject.finding(
            "the post has no drafted social blurb",
            "Add `social:` with a blurb for each platform you will announce it on.",
        )


RULES = [
    rule(
        "ENG201",
        "blurb-too-long",
        Severity.ERROR,
        "over the platform's limit, counted the platform's way",
        ["blurb"],
        what=(
            "Counts each blurb as its platform does: X 280 weighted characters (URLs 23, CJK "
            "and emoji 2, after NFC), Mastodon 500 characters (URLs 23; lint.mastodon_limit "
            "for other instances), Bluesky 300 graphemes (URLs in full), Threads 500, "
            "LinkedIn 3000, Facebook 63206, Instagram 2200."
        ),
        why="A blurb over the limit cannot be posted as written, or gets cut mid-sentence.",
        example="x: <a 300-character text>",
        instead="x: [first 250 characters …, … the rest and the question?]  (a thread)",
        check=check_too_long,
    ),
    rule(
        "ENG014",
        "link-only-blurb",
        Severity.ERROR,
        "a blurb that is little more than a link and hashtags",
        ["blurb"],
        what="Flags blurbs that have fewer than four words once links, hashtags and "
        "mentions are taken away.",
        why="A bare link gives people no reason to click and nothing to answer.",
        example="New post: https://example.org/2026/listening/ #socialmedia",
        instead=(
            "Listening is the key most of us skip. Which account do you think listens "
            "best? https://example.org/2026/listening/"
        ),
        check=check_link_only,
    ),
    rule(
        "ENG202",
        "missing-blurb",
        Severity.INFO,
        "a published post with no drafted blurb",
        ["post"],
        what="Notes published posts that have no `social:` blurbs in their front matter.",
        why="Drafting the announcement next to the post lets the linter check it before it "
        "goes out.",
        example="A post whose front matter has no `social:` key.",
        instead="social:\n  mastodon: A sentence about the post, and a question.",
        check=check_missing_blurb,
        default_on=False,
    ),
]
