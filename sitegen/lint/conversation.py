"""Does a text invite a reply? The analysis every engagement rule shares.

A text invites a reply when the author's own voice asks the reader a genuine
question, or explicitly asks for a response. Questions that do not count are
kept with the reason, so the linter can explain itself (ENG002).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from sitegen.lint import signals
from sitegen.lint.prose import Block, Prose, Sentence, may_ask_without_question_mark

Verdict = Literal[
    "genuine", "closed", "answered", "formula", "hook", "heading", "quote", "title", "early"
]
Kind = Literal["post", "page", "blurb", "title"]

REASONS: dict[str, str] = {
    "answered": "is answered straight away by the next sentence",
    "formula": "is a figure of speech, not a question to anyone",
    "hook": "leads into a pitch rather than waiting for an answer",
    "heading": "is a heading, which the text below answers",
    "quote": "is someone else's words (a quotation)",
    "title": "is the title, which the post answers",
    "early": "comes early in the post and is not picked up again at the end",
}


@dataclass(frozen=True)
class Question:
    sentence: Sentence
    verdict: Verdict

    @property
    def counts(self) -> bool:
        return self.verdict in ("genuine", "closed")


@dataclass
class Conversation:
    questions: list[Question] = field(default_factory=list)
    requests: list[Sentence] = field(default_factory=list)  # explicit requests for replies
    bait: list[tuple[Sentence, str]] = field(default_factory=list)
    calls: list[tuple[Sentence, str]] = field(default_factory=list)  # one-way calls to action

    @property
    def invites(self) -> bool:
        return bool(self.requests) or any(q.counts for q in self.questions)

    @property
    def only_closed(self) -> bool:
        """The only invitation is a bare 'Thoughts?' or 'Agree?'."""
        genuine = [q for q in self.questions if q.counts]
        return not self.requests and bool(genuine) and all(q.verdict == "closed" for q in genuine)

    @property
    def discounted(self) -> list[Question]:
        return [q for q in self.questions if not q.counts]


@dataclass(frozen=True)
class Phrases:
    """Extra phrases from site.yaml's lint section."""

    invitations: re.Pattern[str] | None = None
    bait: re.Pattern[str] | None = None


def analyse(prose: Prose, kind: Kind, phrases: Phrases = Phrases()) -> Conversation:
    result = Conversation()
    closing = _closing_blocks(prose) if kind in ("post", "page") else None
    everything = phrases.invitations is not None or phrases.bait is not None
    for block in prose.blocks:
        # In a post, only its closing section's calls to action matter (ENG013), and
        # only there is a question without its question mark worth looking for.
        ending = closing is None or block.index in closing
        if not (everything or _worth_reading(block, ending)):
            continue
        for sentence in block.sentences:
            _read(prose, sentence, phrases, ending, closing, result)
    return result


_QUESTION_SHAPED = frozenset("how what which who where when why".split())


def _worth_reading(block: Block, ending: bool) -> bool:
    """Whether a block can hold a question, a request, bait or (when `ending`) a call
    to action; most paragraphs of a long post hold none, and are skipped unsplit."""
    if "?" in block.text or (ending and may_ask_without_question_mark(block.text)):
        return True
    words = signals.tokens(signals.normalise(block.text))
    return (
        not signals.READING_ANCHORS.isdisjoint(words)
        or (ending and not signals.CTA_PHRASES.anchors.isdisjoint(words))
        or ("you" in words and not _QUESTION_SHAPED.isdisjoint(words))
    )


def _read(
    prose: Prose,
    sentence: Sentence,
    phrases: Phrases,
    calls: bool,
    closing: set[int] | None,
    result: Conversation,
) -> None:
    """What one sentence contributes: a request, bait, a call to action, a question."""
    if sentence.voice == "author":
        own = signals.normalise(sentence.own)
        words = signals.tokens(own)
        bait = signals.find_bait(sentence.text, phrases.bait, own, words)
        if bait:
            result.bait.append((sentence, bait.group(0)))
            rest = bait.string[: bait.start()] + " " + bait.string[bait.end() :]
            # What else the sentence says ("tag 2 friends in the comments" asks for
            # nothing more than the tags).
            own = _WHERE.sub(" ", signals.normalise(rest))
            words = signals.tokens(own)
        if signals.find_request(own, phrases.invitations, words):
            result.requests.append(sentence)
        elif calls and not bait:
            call = signals.CTA_PHRASES.search(own, words)
            if call:
                result.calls.append((sentence, call.group(0)))
        if bait and not sentence.is_question:
            return
    if sentence.is_question or (sentence.voice == "quote" and "?" in sentence.text):
        text = signals.normalise(sentence.text)
        verdict = _classify(prose, sentence, text)
        if (
            verdict in ("genuine", "closed")
            and closing is not None
            and sentence.block.index not in closing
            and not signals.EARNEST_RE.search(text)
        ):
            verdict = "early"
        result.questions.append(Question(sentence, verdict))


def _closing_blocks(prose: Prose) -> set[int]:
    """The blocks that end a post: the author's blocks in its last section, at most
    the last five of them (or the last three when the post has no headings)."""
    author = [b for b in prose.blocks if b.voice == "author"]
    if not author:
        return set()
    last_section = author[-1].section
    tail = [b for b in author if b.section == last_section]
    keep = 5 if last_section > 0 else 3
    chosen = tail[-keep:]
    if len(chosen) < 2 and len(author) > len(chosen):  # a one-line closing section
        chosen = author[-2:]
    return {b.index for b in chosen}


def _next_sentence(prose: Prose, sentence: Sentence) -> Sentence | None:
    """The author's next sentence in the same block, or the first of the next
    block in the same section."""
    block = sentence.block
    own = block.sentences
    following: Iterable[Sentence] = (own[i] for i in range(sentence.number + 1, len(own)))
    if block.index + 1 < len(prose.blocks) and _adjacent(block, prose.blocks[block.index + 1]):
        following = itertools.chain(following, prose.blocks[block.index + 1].sentences)
    for candidate in following:
        if candidate.voice == "heading":
            return None
        if not _NOISE.sub("", candidate.text).strip():
            continue  # a line of hashtags, mentions or emoji
        return candidate if candidate.voice == "author" else None
    return None


_ADDRESS = re.compile(
    r"^(?:babe|friends|folks|guys|y'all|everyone|honestly|well|so|look|listen|spoiler|friend|"
    r"pal|mate|darling|hun|love|sweetie|fam|reader|readers), "
)
_WHERE = re.compile(r"\b(?:in|into|below|under) (?:the |this )?(?:comments?|replies|post)\b")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·]|\d+[.)]|[a-d][.)])\s")


def _asks_openly(prose: Prose) -> bool:
    """The text says it is asking ("genuine question:", "#AskFedi", "settle this")."""
    found = getattr(prose, "_asks_openly", None)
    if found is None:
        text = " ".join(b.text for b in prose.blocks[:3]).lower()
        found = bool(signals.ASKING_RE.search(text))
        prose._asks_openly = found  # type: ignore[attr-defined]
    return found


_NOISE = re.compile(r"[#@][\w.@-]+|[^\w\s]|‹code›")


def _adjacent(a: Block, b: Block) -> bool:
    return b.index == a.index + 1 and b.section == a.section


_LONGEST_RUN = 20  # questions followed this far; a longer run of hooks is a pitch too


def _classify(prose: Prose, sentence: Sentence, text: str, depth: int = 0) -> Verdict:
    """Why a question does or does not invite a reply. The question's own wording
    decides first (figures of speech, rhetorical set-ups), then what follows it."""
    if sentence.voice != "author":
        return sentence.voice
    key = signals.bare(sentence.text)
    first_word = key.split(" ", 1)[0]
    if (
        key in signals.FORMULA_QUESTIONS
        or signals.FORMULA_START_RE.match(text)
        or signals.TAG_QUESTION_RE.search(text)
        or (
            re.search(r"(?:\?!|!\?)[!?]*\W*$", sentence.text)
            and first_word not in signals.QUESTION_WORDS
        )
    ):
        return "formula"
    vocative = signals.VOCATIVE_RE.match(text)
    if vocative:  # "parents of teenagers: how much …?" → "how much …?"
        text = text[vocative.end() - 1 :]
    addressed = (
        bool(vocative)
        or bool(signals.SECOND_PERSON.search(text))
        or sentence.text.lstrip().startswith("@")  # a reply to someone
        or _asks_openly(prose)
    )
    asks_advice = bool(signals.ADVICE_RE.search(text))
    # A fragment has no question word or auxiliary verb at all: "Leaky tap?"
    words = set(re.findall(r"[a-z]+", text))
    fragment = words.isdisjoint(signals.QUESTION_WORDS) and words.isdisjoint(signals.AUX)
    if signals.RHETORICAL_START_RE.match(text) and not addressed:
        return "answered"
    if key in signals.CLOSED_QUESTIONS:
        return "closed"  # "Thoughts?" asks, however briefly
    closed: Verdict = "genuine"
    following = _next_sentence(prose, sentence)
    if following is None:
        return closed
    after = signals.normalise(following.own or following.text)
    if signals.find_bait(following.text):
        return "hook"
    if following.is_question:
        # A run of questions: a hook followed by another hook is still a pitch.
        if not signals.HOOK_RE.match(text):
            return closed
        then = _classify(prose, following, after, depth + 1) if depth < _LONGEST_RUN else "hook"
        return "hook" if then == "hook" else closed
    if signals.find_request(after) or signals.SIGN_OFF_RE.match(after):
        return closed
    pitch = signals.CTA_START_RE.match(after) or signals.OFFER_RE.search(after)
    yes_no = text.split(" ", 1)[0] in signals.AUX and following.block is sentence.block
    if (
        signals.HOOK_RE.match(text)
        or ((not addressed or fragment) and pitch)
        or (yes_no and signals.CTA_START_RE.match(after))
    ):
        return "hook"  # "Need a plumber? Call us today.", "Can you help? Donate today: …"
    if _LIST_ITEM.match(following.text):
        return closed  # the options of a poll, not an answer
    if signals.ANSWER_RE.match(after) or signals.ANSWER_RE.match(_ADDRESS.sub("", after)):
        return "answered"  # also after "Babe, …", "Honestly, …"
    if fragment and not asks_advice and key not in signals.CLOSED_QUESTIONS:
        return "answered"  # "Pancakes for dinner? We're open till nine."
    if not addressed and not asks_advice:
        return "answered"  # "Why do we close on Tuesdays? …", "Is there anything better? …"
    return closed
