"""Rules about whether a text talks with people: ENG001, ENG101, ENG002, ENG012,
ENG013 and ENG015."""

from __future__ import annotations

from collections.abc import Iterator

from sitegen.diagnostics import Severity
from sitegen.lint.conversation import REASONS
from sitegen.lint.rules import Context, Finding, Subject, quote, rule

RESEARCH = (
    "Lovejoy, Waters and Saxton (Public Relations Review, 2012) read 4,655 tweets from the "
    "largest US nonprofits: more than 60% were one-way messages and fewer than 20% were "
    "conversational. De Vries, Gensler and Leeflang (Journal of Interactive Marketing, 2012) "
    "found, across 355 brand posts, that posts which asked a question drew more comments."
)


def _broadcast(subject: Subject) -> Finding | None:
    if subject.conversation.invites:
        return None
    last = subject.prose.last_author_sentence()
    hint = (
        "End with a question your readers can answer from their own experience, e.g. "
        "“What is the last post you replied to, and why?”, or ask for their stories "
        "outright (“Tell me in a reply …”)."
    )
    if subject.kind == "blurb":
        first = subject.prose.first_sentence()
        if first is None:
            return subject.finding(f"{subject.where} is empty", hint)
        message = f"{subject.where} never invites a reply: {quote(first.text, 60)}"
        return subject.finding_at(first, message, hint)
    if last is None:
        return subject.finding(f"{subject.where} has no text of the author's own", hint)
    message = f"the post never invites a reply; it ends with {quote(last.text, 60)}"
    return subject.finding_at(last, message, hint)


def check_broadcast_post(subject: Subject, context: Context) -> Iterator[Finding]:
    found = _broadcast(subject)
    if found:
        yield found


def check_broadcast_blurb(subject: Subject, context: Context) -> Iterator[Finding]:
    found = _broadcast(subject)
    if found:
        yield found


def check_rhetorical_only(subject: Subject, context: Context) -> Iterator[Finding]:
    conversation = subject.conversation
    if conversation.invites or not conversation.discounted:
        return
    for question in conversation.discounted:
        reason = REASONS[question.verdict]
        yield subject.finding_at(
            question.sentence,
            f"{quote(question.sentence.text, 60)} {reason}, so it does not invite a reply",
            "Keep it if you like, and add a question you do not answer yourself.",
        )


def check_closed_only(subject: Subject, context: Context) -> Iterator[Finding]:
    conversation = subject.conversation
    if not conversation.only_closed:
        return
    question = next(q for q in conversation.questions if q.counts)
    yield subject.finding_at(
        question.sentence,
        f"the only invitation is {quote(question.sentence.text)}, which is easy to scroll past",
        "Ask something specific that takes one line to answer, e.g. “Which of these "
        "would you try first?”",
    )


def check_bait(subject: Subject, context: Context) -> Iterator[Finding]:
    for sentence, phrase in subject.conversation.bait:
        yield subject.finding_at(
            sentence,
            f"engagement bait: {quote(phrase)} asks for clicks, not for a conversation",
            "Platforms demote bait. Ask a question people want to answer instead of asking "
            "them to like, share, tag or type a word.",
        )


def check_one_way_calls(subject: Subject, context: Context) -> Iterator[Finding]:
    conversation = subject.conversation
    if conversation.invites or not conversation.calls:
        return
    sentence, phrase = conversation.calls[-1]
    yield subject.finding_at(
        sentence,
        f"the only call to action is one-way: {quote(phrase)}",
        "Next to the link, ask what readers think or what they would add, so they have "
        "a reason to answer.",
    )


RULES = [
    rule(
        "ENG101",
        "broadcast-blurb",
        Severity.ERROR,
        "a social blurb (or thread) never invites a reply",
        ["blurb"],
        what=(
            "Reads each drafted social blurb (a thread counts as one text) and checks that "
            "it asks the reader something they can answer, or asks for a response outright."
        ),
        why=("A blurb that only announces gives people one thing to do: scroll on. " + RESEARCH),
        example=(
            "mastodon: New post on our blog: the four keys to good social media. "
            "https://example.org/2026/four-keys/"
        ),
        instead=(
            "mastodon: Most of what organisations post is one-way. What is the last post "
            "you actually replied to, and what made you answer? "
            "https://example.org/2026/four-keys/"
        ),
        check=check_broadcast_blurb,
    ),
    rule(
        "ENG001",
        "broadcast-post",
        Severity.INFO,
        "a post never invites a reply (the closing section matters most)",
        ["post", "page"],
        what=(
            "Checks that a post asks its readers a genuine question or invites their "
            "response. Questions count in the closing section (where readers decide whether "
            "to answer); explicit requests such as “tell me” or “if you hit a bug, please open "
            "an issue” count anywhere. Questions the post goes on to answer, hooks that lead "
            "into a pitch, complaints, quotations and link texts do not count (ENG002 lists "
            "them)."
        ),
        why=(
            "Readers answer the question in front of them at the end of a post. A post that "
            "closes with a summary or a sales line leaves them nothing to say. "
            + RESEARCH
            + " Reported as info by default: many good posts (release notes, tutorials, "
            "essays) rightly do not ask for replies, and on six real blogs (782 posts) "
            "between 57% and 88% of posts never invite one, so a warning would be noise "
            "on most posts. The verdict itself is unchanged; raise it with "
            "lint.rules.ENG001: warning where every post should start a conversation. "
            "Blurbs are different: a social post exists to be answered, so ENG101 stays "
            "an error."
        ),
        example="…and that is why we built it. Download it today.",
        instead=(
            "…and that is why we built it. What would you use it for first? I read every reply."
        ),
        check=check_broadcast_post,
    ),
    rule(
        "ENG002",
        "rhetorical-only",
        Severity.INFO,
        "the only questions are answered by the author, in headings or formulaic",
        ["post", "page", "blurb"],
        what=(
            "Explains an ENG001 or ENG101 finding: lists the questions the text does ask "
            "and why none of them counts as an invitation."
        ),
        why=(
            "A question mark is not a conversation. A question answered in the next "
            "sentence, a heading the post then answers, a quotation, or “Who knew?” does "
            "not wait for the reader."
        ),
        example="So what is the essence of social media? It is conversation.",
        instead=(
            "So what is the essence of social media? I think it is conversation. What do "
            "you think it is?"
        ),
        check=check_rhetorical_only,
    ),
    rule(
        "ENG012",
        "engagement-bait",
        Severity.ERROR,
        "like/share/tag/comment “to win”, like-gating, tag-a-friend bait",
        ["post", "page", "blurb"],
        what=(
            "Finds requests to like, share, tag, follow or type a keyword in exchange for "
            "something (“share to win”, “comment YES if…”, “tag a friend who…”). A "
            "“tag a friend who…” (prize or none) is still read as asking for an answer, so "
            "it does not also make the text broadcast-only (ENG001/ENG101)."
        ),
        why=(
            "Facebook has demoted engagement bait since December 2017 (vote, react, share, "
            "tag and comment baiting), and readers recognise it as a trick. It earns "
            "clicks, not conversations."
        ),
        example="Tag a friend who needs this and share to win a free tote bag!",
        instead="Who taught you the most about writing? Tell us about them.",
        check=check_bait,
    ),
    rule(
        "ENG013",
        "one-way-call-to-action",
        Severity.WARNING,
        "only read/click/subscribe/buy calls and no invitation",
        ["post", "page", "blurb"],
        what=(
            "Flags texts whose only call to action asks people to read, click, buy, "
            "register or subscribe, with no invitation to answer."
        ),
        why=(
            "A call to action is fine, but on its own it treats readers as an audience to "
            "move, not people to talk with."
        ),
        example="Read the full report here and subscribe for more.",
        instead="Read the full report here. Which finding surprised you most?",
        check=check_one_way_calls,
    ),
    rule(
        "ENG015",
        "closed-question-only",
        Severity.INFO,
        "the only invitation is “Thoughts?” / “Agree?”",
        ["post", "page", "blurb"],
        what="Notes texts whose only invitation is a bare “Thoughts?” or “Agree?”.",
        why=(
            "A bare “Thoughts?” asks for an opinion on everything at once; most readers "
            "scroll past it. A specific, easy question gets more answers."
        ),
        example="We moved our meetup to Thursdays. Thoughts?",
        instead="We moved our meetup to Thursdays. Does that work better for you than Mondays?",
        check=check_closed_only,
    ),
]
