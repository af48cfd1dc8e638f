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
from urllib.parse import urlsplit

from sitegen.lint import signals
from sitegen.lint.prose import Block, Prose, Sentence, may_ask_without_question_mark

Verdict = Literal[
    "genuine",
    "closed",
    "answered",
    "formula",
    "complaint",
    "hook",
    "heading",
    "quote",
    "link",
    "title",
    "early",
]
Kind = Literal["post", "page", "blurb", "title"]

REASONS: dict[str, str] = {
    "answered": "is answered by the text that follows",
    "formula": "is a figure of speech, not a question to anyone",
    "complaint": "is an exclamation of complaint or disbelief, not a question to anyone",
    "hook": "leads into a pitch or a call to action rather than waiting for an answer",
    "link": "is the text of a link",
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
        if (
            phrases.invitations is None
            and phrases.bait is None
            and words.isdisjoint(signals.READING_ANCHORS)
            and "if" not in words
            and not (calls and not words.isdisjoint(signals.CTA_PHRASES.anchors))
        ):
            words = frozenset()  # nothing here to ask for, bait or call: most sentences
        bait = signals.find_bait(sentence.text, phrases.bait, own, words) if words else None
        if "tag" in words and signals.TAG_WHO_RE.search(own):
            result.requests.append(sentence)  # "Tag a friend who …": bait, and asked
        if bait:
            result.bait.append((sentence, bait.group(0)))
            rest = bait.string[: bait.start()] + " " + bait.string[bait.end() :]
            # What else the sentence says ("tag 2 friends in the comments" asks for
            # nothing more than the tags).
            own = _WHERE.sub(" ", signals.normalise(rest))
            words = signals.tokens(own)
        if (
            words
            and (
                signals.find_request(own, phrases.invitations, words)
                or ("if" in words and _condition_then_channels(prose, sentence, own))
                or _listed_after_by(prose, sentence, own)
            )
            and not (sentence.is_question and _reported_speech(prose, sentence))
            and not _spoken(prose, sentence)  # "Ana: let me know if …" in a transcript
            and not _story_goes_on(sentence)  # "I had to redraw it. And then post it …"
            and sentence.block.index not in _interview(prose)  # "**Tell us about you.**"
        ):
            result.requests.append(sentence)
        elif calls and not bait and words:
            call = signals.find_call(own, words)
            if call:
                result.calls.append((sentence, call.group(0)))
        if bait and not sentence.is_question:
            return
    elif sentence.block.voice == "quote" and _callout(sentence):
        result.requests.append(sentence)
    if sentence.is_question or (sentence.voice == "quote" and "?" in sentence.text):
        text = signals.normalise(sentence.text)
        verdict = _classify(prose, sentence, text)
        if (
            verdict in ("genuine", "closed")
            and closing is not None
            and not signals.TAG_QUESTION_RE.search(text)  # left for the reader anywhere
            and sentence.block.index not in closing
            and not signals.EARNEST_RE.search(text)
            and not _ends_section_asking(prose, sentence, text)
        ):
            verdict = "early"
        result.questions.append(Question(sentence, verdict))


def _condition_then_channels(prose: Prose, sentence: Sentence, own: str) -> bool:
    """A condition left open, its directive in the line after it: "If you have any
    questions:" over a list that reads "- Join the #help channel"."""
    condition = signals.QUESTION_CONDITION_RE.search(own)
    if condition is None or re.search(r"\w", own[condition.end() :]):
        return False
    following = _next_sentence(prose, sentence)
    if following is None:
        return False
    then = signals.normalise(following.text)
    return bool(signals.find_request(f"{own.rstrip(' :.-—–')}, {then}"))


def _listed_after_by(prose: Prose, sentence: Sentence, own: str) -> bool:
    """A list of the ways to help under a line that ends "by:": "You can get involved
    by:" over "- dropping us an issue", "- sending us a pull request"."""
    if sentence.number != 0 or own.split(" ", 1)[0] not in signals.RESPONSE_GERUNDS:
        return False
    index = sentence.block.index - 1
    while index >= 0 and index >= sentence.block.index - 8:
        text = signals.normalise(prose.blocks[index].text)
        if text.endswith("by:"):
            return bool(signals.find_request(f"{text[:-1]} {own}"))
        if text.split(" ", 1)[0] not in signals.RESPONSE_GERUNDS:
            return False  # not a list of gerunds any more
        index -= 1
    return False


# Words that point at this page: in a blockquote they are the author's own callout
# ("> Comment below or reply on Mastodon!"), not words quoted from elsewhere.
_THIS_PAGE = re.compile(
    r"\b(?:below|in the comments|comments? (?:section|box|form)|"
    r"(?:on|to|under) this (?:post|page))\b"
)


# The author speaking of the piece itself: "I hope you've enjoyed this article".
_OWN_PIECE = re.compile(
    r"\b(?:i|we) hope (?:that )?(?:you\b[^.!?]*\b)?(?:this|my|our) (?:article|post|"
    r"blog post|write-?up|piece|tutorial|guide|essay)\b|"
    r"\b(?:i|we)(?:'ve| have)? (?:enjoyed |loved )?(?:writing|wrote|written) (?:this|it)\b|"
    r"\bthanks? (?:you )?for reading\b"
)


def _callout(sentence: Sentence) -> bool:
    """A request set in a blockquote as a callout: pointing at this page's comments, or
    in a note where the author speaks of the piece itself."""
    own = signals.normalise(sentence.text)
    if not (_THIS_PAGE.search(own) or _OWN_PIECE.search(signals.normalise(sentence.block.text))):
        return False
    return signals.find_request(own) is not None


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
        if _GLOSS.match(candidate.text):
            continue  # "(in favour of …)": the question's own gloss, not what answers it
        return candidate if candidate.voice == "author" else None
    return None


# A how-to question put to the reader, and an instruction that answers it: a verb, then
# its object ("Chill the butter", "Keep it short"), not a subject ("Nobody knows").
_HOW_YOU = re.compile(r"^(?:so,? |and |but )?how (?:do|can|should) (?:you|i|we|one)\b")
_IMPERATIVE_ANSWER = re.compile(
    r"^(?!(?:i|we|you|they|he|she|it|this|that|these|those|there|here|the|a|an|my|our|your|"
    r"their|his|her|its|some|many|most|all|no|not|nobody|everyone|everybody|someone|people|"
    r"if|when|well|yes|or|then|just|maybe|first|honestly|sadly|also|only|"
    r"it's|that's|there's|here's|i'm|we're|you're|let's)\b)[a-z]+ "
    r"(?:the|a|an|your|it|them|this|that|these|those|some|each|every|one|yourself|up|out|off)\b"
)
_IF_SO = re.compile(r"^if (?:yes|so|not|no)\b")
# A question put to others than the reader alone, or an answer that is the author's plan.
_ASKS_OTHERS = re.compile(r"@|\b(?:anyone|anybody|someone|somebody|any of you|who else|y'all)\b")
_AUTHOR_GOES_ON = re.compile(r"\b(?:i|i'll|i'm|i'd|i've|me|my|we'll|we'd|let me|let us|please)\b")
_GLOSS = re.compile(r"^\s*\([^()]*\)[.!]*\s*$")
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
        # Every match of ASKING_RE holds one of these: most texts are ruled out cheaply.
        found = any(k in text for k in _ASKING_KEYS) and bool(signals.ASKING_RE.search(text))
        prose._asks_openly = found  # type: ignore[attr-defined]
    return found


_ASKING_KEYS = ("question", "ask", "help me", "settle", "need ", "lazyweb", "hive")
_NOISE = re.compile(r"[#@][\w.@-]+|[^\w\s]|‹code›")


def _adjacent(a: Block, b: Block) -> bool:
    return b.index == a.index + 1 and b.section == a.section


_ASKS_FOR_ADVICE = re.compile(r"\b(?:should|shall|could|would|can|might|must) (?:i|we)\b|\bor\b")
_LONGEST_RUN = 20  # questions followed this far; a longer run of hooks is a pitch too
_SPEAKER = re.compile(
    r"^(?!(?i:note|update|edit|ps|p\.s|tip|warning|tl;dr|tldr|disclaimer|source|credit|bonus|"
    r"summary|example|result|output|answer|question|step|part|day|bottom line|spoiler|caution|"
    r"important|reminder|fun fact|pro tip|mine|ours|yours|my|our|your|this|that|these|here|"
    r"there|why|how|what|when|where|who|which|today|now|then|so|and|but|also|plus|edit|"
    r"correction|lesson|verdict|conclusion|problem|solution|goal|fix|status|news|the|a|an|"
    r"it|we|i|you|they|he|she|update|thanks|cc|re|fwiw|via|ps|"
    # the fields of a list of things: "Platform: PC or Switch", "Price: £4"
    r"platforms?|price|cost|date|dates|time|location|venue|genre|rating|pros|cons|length|format|"
    r"author|publisher|director|developer|ingredients|difficulty|duration|distance|weather|"
    r"score|category|type|size|brand|model|level|age|released?|where to buy|website)\b)"
    r"(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}|@\w[\w.]*|Q|A):\s"
)
_LOOK_AHEAD = 4  # sentences read after a question for its answer


def _speaker(block: Block) -> bool:
    """The block opens with a speaker's name ("Ana: …"), as in an interview."""
    if ":" not in block.text[:48]:
        return False
    found = _SPEAKER.match(block.text.lstrip("*_ "))
    return found is not None and (found.group(0)[:1].isupper() or found.group(0)[0] == "@")


def _dialogue(prose: Prose, sentence: Sentence) -> bool:
    """The question is part of a dialogue or an interview: its block or the next one
    opens with a speaker's name, in a text with more than one such block."""
    labelled = getattr(prose, "_labelled", None)
    if labelled is None:
        labelled = {b.index for b in prose.blocks if _speaker(b)}
        prose._labelled = labelled  # type: ignore[attr-defined]
    if not labelled:
        return False
    index = sentence.block.index
    return (index in labelled and len(labelled) > 1) or index + 1 in labelled


def _spoken(prose: Prose, sentence: Sentence) -> bool:
    """The sentence's own block opens with a speaker's name, in a transcript (a text
    with more than one such block): a request there is the speaker's."""
    _dialogue(prose, sentence)  # fills prose._labelled
    labelled: set[int] = getattr(prose, "_labelled", set())
    return len(labelled) > 1 and sentence.block.index in labelled


# "And then …" after the author's own past act continues the story, its subject left out.
_AND_THEN = re.compile(r"^and then [a-z]")
_PAST_ACT = re.compile(
    r"\b(?:i|we) (?:(?:had|decided|wanted|needed|tried|got|began|started|managed|chose) to|"
    r"(?!(?:need|feed|speed|breed|proceed|succeed|exceed|bleed|seed|weed|heed)\b)[a-z]+ed)\b"
)


def _story_goes_on(sentence: Sentence) -> bool:
    if sentence.number == 0 or not _AND_THEN.match(signals.normalise(sentence.text)):
        return False
    before = sentence.block.sentences[sentence.number - 1]
    return bool(_PAST_ACT.search(signals.normalise(before.text)))


def _in_link(sentence: Sentence) -> bool:
    if not sentence.block.links:
        return False
    at = sentence.text.rfind("?") + sentence.start
    return any(a <= at < b for a, b in sentence.block.links)


def _set_apart(prose: Prose, sentence: Sentence) -> bool:
    """A question in a paragraph of its own in bold or italics, with text after it in
    the same section: an interview question or an FAQ entry, which the text answers."""
    block = sentence.block
    if not block.emphasis or block.index + 1 >= len(prose.blocks):
        return False
    # a label ends on its question: "**Have you read these? See more on my blog!**" at the
    # end of a post is its closing paragraph in bold, not a question set apart as a heading
    if not _only_questions_after(sentence) and block.index in _closing_blocks(prose):
        return False
    return _adjacent(block, prose.blocks[block.index + 1])


def _following(prose: Prose, sentence: Sentence, limit: int = _LOOK_AHEAD) -> list[Sentence]:
    """Up to `limit` of the author's sentences after this one in the same section."""
    found: list[Sentence] = []
    block = sentence.block
    own = block.sentences[sentence.number + 1 :]
    for candidate in own:
        if candidate.voice == "author":
            found.append(candidate)
    index = block.index + 1
    while len(found) < limit and index < len(prose.blocks):
        nxt = prose.blocks[index]
        if nxt.section != block.section or nxt.voice == "heading":
            break
        found.extend(s for s in nxt.sentences if s.voice == "author")
        index += 1
    return found[:limit]


_STOP = frozenset(
    """about after again also always another any anyone anything around because been before
    being best better both bring came come comes could does doing done down each even ever
    every from gets getting give goes going good have having here into just keep know last
    less like look lots made make makes many more most much must need needs never next only
    other others ours over really right same should since some something still such sure take
    than that that's their them then there these they thing things think this those through
    time times today under very want wants well were what what's when where which while who
    whom whose why will with without would year years your yours you're you've you'll
    yourself""".split()
)


def _stems(text: str) -> set[str]:
    """Content words, crudely stemmed (their first five letters)."""
    return {w[:5] for w in re.findall(r"[a-z][a-z'-]{3,}", text.lower()) if w not in _STOP}


_YOUR = re.compile(r"\b(?:your|yours|yourself)\b")
_FIRST_PERSON = re.compile(
    r"^(?:(?:so|and|but|well|personally|honestly),? )*(?:i|i'm|i've|i'd|"
    r"my|mine|me|we|we're|we've|our|ours)\b"
)
_SUBJECT = re.compile(r"\b(?:you|we|i|people|one|they|someone|anyone|it)\b")


def _predicate(question: str) -> tuple[str, set[str]]:
    """The main verb of a question (the first content word after its subject) and
    the content words from it on: "how do you win people over" → win, {win, people}."""
    found = _SUBJECT.search(question)
    rest = question[found.end() :] if found else question
    words = [w[:5] for w in re.findall(r"[a-z][a-z'-]{3,}", rest) if w not in _STOP]
    return (words[0], set(words)) if words else ("", set())


def _answered_later(question: str, later: list[Sentence]) -> bool:
    """A statement in the next few sentences takes up the question's own predicate:
    "How do you win people over? … So the key is winning people over with patience."
    Its main verb and one more of its words must come back, so that context that
    merely shares the topic ("I run the careers team …") does not count."""
    verb, asked = _predicate(question)
    if not verb or _YOUR.search(question):
        return False  # "What's your favourite …?" asks about the reader's own
    for candidate in later:
        if candidate.is_question:
            continue
        own = candidate.own or candidate.text
        if _FIRST_PERSON.match(signals.normalise(own)):
            continue  # the author's own answer ("Mine is …") leaves the question open
        said = _stems(own)
        if verb in said and (len(asked & said) >= 2 or len(asked) == 1):
            return True
    return False


def _pitch(after: str) -> bool:
    """The sentence gives an order or makes an offer instead of answering: "Join us
    on Friday", "Just paste it in", "If so, this guide is for you"."""
    after = re.sub(r"^(?:(?:so|then|just|simply|now|well|ok|okay),? )+", "", after)
    first = after.split(" ", 1)[0].strip(",.!:;")
    if (
        first in signals.IMPERATIVES
        and not after.startswith(("have you", "do you", "get it"))
        and not _TAKE_AN_EXAMPLE.match(after)
    ):
        return True
    return bool(signals.PITCH_START_RE.match(after))


# "Take artificial sweeteners." brings in an example; "Take a look" and "Take the
# survey" are pitches.
_TAKE_AN_EXAMPLE = re.compile(
    r"^take(?:,? for (?:example|instance)\b| the (?:case|example) of\b|"
    r" (?!(?:a|an|the|our|my|your|this|that|these|those|it|them|part|advantage|action|care|"
    r"note|time|up|out|off|home|over|on|back|away|some|five|ten|two|one)\b)"
    r"[a-z'-]+(?: [a-z'-]+)?(?:[.:]|, for (?:example|instance)))"
)


def _button(block: Block) -> bool:
    """The paragraph is a single link and nothing else: "**[Book a call](…)**"."""
    if len(block.links) != 1:
        return False
    start, end = block.links[0]
    return not block.text[:start].strip(" *_") and not block.text[end:].strip(" *_.!")


def _shouted(text: str) -> bool:
    """Written all in capitals ("WHO APPROVED THIS"): exclaimed rather than asked."""
    return text == text.upper() and len(_CAPITALS.findall(text)) >= 8


_CAPITALS = re.compile(r"[A-Z]")
_HEY_ACCOUNT = re.compile(r"(?:hi|hello|hey|dear|yo)\b,?\s*@\w", re.IGNORECASE)
_GREETED = re.compile(
    r"(?:@[\w.@-]+[\s,:]*)+(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)\b",
    re.IGNORECASE,
)


def _classify(prose: Prose, sentence: Sentence, text: str, depth: int = 0) -> Verdict:
    """Why a question does or does not invite a reply. Where it stands decides first
    (a link, an interview), then its own wording (figures of speech, complaints,
    rhetorical set-ups), then what follows it (an answer, a pitch)."""
    if sentence.voice != "author":
        return sentence.voice
    if _in_link(sentence):
        return "link"
    if _dialogue(prose, sentence) or sentence.block.index in _interview(prose):
        return "quote"
    if signals.ANTICIPATED_RE.search(text):
        return "answered"  # "What is a sprint, you may ask? A day of …"
    if _set_apart(prose, sentence):
        return "quote" if sentence.block.emphasis == "em" else "heading"
    if _reported_speech(prose, sentence) or _labelled_as_asked(sentence):
        return "quote"
    if _guess(sentence):
        return "answered"  # "What is it telling me? That I'm late?": the author's own guess
    if _after_a_question(sentence) and signals.ANSWERING_FIGURE_RE.match(
        signals.bare(sentence.text)
    ):
        return "formula"  # the "Why not?!" of "Tea at midnight? Why not?!"
    lead = sentence.block.lead
    if sentence.number == 0 and 0 < sentence.end <= lead < len(sentence.block.text.rstrip()):
        return "heading"  # "**Who can come?** Anyone …": a question set in bold as a heading
    vocative = signals.VOCATIVE_RE.match(text)
    if vocative:  # "parents of teenagers: how much …?" → "how much …?"
        text = text[vocative.end() - 1 :]
    raw = sentence.text
    colon = _COLON_LEAD.match(raw)
    if colon:  # "You own the scope: Want a new feature? …" → "want a new feature?"
        raw = raw[colon.end() :]
        text = signals.normalise(raw)
    key = signals.bare(raw)
    first_word = key.split(" ", 1)[0]
    # A reply to someone: the question opens with @account, or its block opens with
    # @account and a greeting ("@council hi. Is the tip open on Sundays?").
    mentioned = (
        sentence.text.lstrip().startswith("@")
        or bool(_GREETED.match(sentence.block.text.lstrip()))
        or bool(_HEY_ACCOUNT.match(sentence.text.lstrip()))
    )
    addressed = (
        bool(vocative)
        or bool(signals.SECOND_PERSON.search(text))
        or mentioned
        or _asks_openly(prose)
        or _after_a_need(prose, sentence)
    )
    if signals.ADDRESSED_COMPLAINT_PHRASES.search(text):
        return "complaint"  # "Is this how you treat your customers?"
    exclaimed = re.search(r"(?:\?!|!\?)[!?]*\W*$", sentence.text)
    if signals.AGREEMENT_RE.match(text):
        # "Aren't the lilacs lovely?" waits for the reader to agree, like "…, right?":
        # left at the end it asks; followed by more, it is a figure of speech.
        after_it = _next_sentence(prose, sentence)
        return "formula" if after_it is not None and not _caption(after_it) else "closed"
    if (
        signals.FIGURE_KEY_RE.match(key)
        or signals.FORMULA_START_RE.match(text)
        or (exclaimed and first_word not in signals.QUESTION_WORDS and not addressed)
    ):
        return "formula"
    if signals.TAG_QUESTION_RE.search(text):
        # "…, right?" waits for the reader to agree, wherever it stands, unless the
        # author answers it at once ("Just copy the file, right? Well, not quite.").
        after_tag = _next_sentence(prose, sentence)
        if after_tag is None:
            return "closed"
        then = signals.normalise(after_tag.own or after_tag.text)
        if _TAG_ANSWER.match(then):
            return "answered"
        # "Our app is great, right? If you're looking to learn more, …": the pitch in the
        # same paragraph; not "Ironic, no?" over "Here's what I'm trying this year:", nor
        # "Spicy topic, right? I haven't used Claude Code much" (an offer's word, "code")
        offer = signals.OFFER_RE.search(then) and not _I_START.match(then)
        if after_tag.block is sentence.block and (
            _pitch(then) or signals.CTA_START_RE.match(then) or offer
        ):
            return "hook"
        return "closed"
    asks_advice = bool(signals.ADVICE_RE.search(text))
    if not addressed and (
        signals.COMPLAINT_PHRASES.search(text)
        or (
            not asks_advice
            and (re.search(r"(?:\?!|!\?)[!?]*\W*$", sentence.text) or _shouted(sentence.text))
        )
    ):
        return "complaint"  # "Why does it have to be this way?!", "Wasn't once enough?"
    # A fragment has no question word or auxiliary verb at all: "Leaky tap?"
    words = set(re.findall(r"[a-z]+", text))
    fragment = words.isdisjoint(signals.QUESTION_WORDS) and words.isdisjoint(signals.AUX)
    if (
        signals.RHETORICAL_START_RE.match(text)
        and not addressed
        and not (_CHOICE.search(text) and _next_sentence(prose, sentence) is None)
    ):
        # "So why does it matter?"; not "So who wins, Leeds or York?" left at the end
        return "answered"
    if signals.CLOSED_KEY_RE.match(key):
        # "Thoughts?" asks, however briefly; "More questions? See the FAQ." points away
        after_key = _next_sentence(prose, sentence)
        then = signals.normalise(after_key.own or after_key.text) if after_key else ""
        if (
            then
            and (_pitch(then) or signals.CTA_START_RE.match(then))
            and not signals.find_request(then)
        ):
            return "hook"
        return "closed"
    # "Why am I still awake?" left open is asked of nobody in particular
    musing = not addressed and signals.MUSING_PHRASES.search(text)
    closed: Verdict = "complaint" if musing else "genuine"
    if not mentioned and _headline_link(prose, sentence, text):
        # "How do teams grow? https://…": a headline for the article; but "@shop can you
        # fix this page? https://…" asks the shop, and the link shows what
        return "link"
    if not addressed and _titles_link(sentence):
        return "link"  # "What is a tech talk? https://…/what-is-a-tech-talk": its title
    if _ADVISORY.search(text) and _heading_follows(prose, sentence):
        return "answered"  # "Which tent should you buy?" over "## Our verdict"
    following = _next_sentence(prose, sentence)
    if following is None:
        if not addressed and not asks_advice and _heading_follows(prose, sentence):
            return "answered"  # "But first: what is X?" with the section "History of X" next
        return closed
    after = signals.normalise(following.own or following.text)
    if (
        _PUZZLE.match(text)
        and following.block is not sentence.block
        and not following.is_question
        and not _HINT.match(after)
        and not signals.find_request(after)
    ):
        return "answered"  # "Can you spot the mistake?" and the next paragraph names it
    if signals.find_bait(following.text):
        return "hook"
    yes_no = first_word in signals.AUX or fragment
    hooked = bool(signals.HOOK_RE.match(text))
    if following.is_question:
        # A run of questions: a hook followed by another hook is still a pitch, and
        # so is a hook followed by a suggestion ("… this spring? How about tulips?");
        # "Is X crazy? Or is Y that good? Well, both." is answered as a whole.
        if (yes_no or fragment) and signals.ANSWERING_FIGURE_RE.match(signals.bare(following.text)):
            return "answered"  # "Tea at midnight? Why not?!"
        if not (hooked or yes_no):
            if not addressed and (_promised(_following(prose, sentence)) or _guess(following)):
                return "answered"  # "What does it mean? … We look at these questions below."
            return closed
        then = _classify(prose, following, after, depth + 1) if depth < _LONGEST_RUN else "hook"
        if then == "hook" or (hooked and then in ("answered", "formula")):
            return "hook"
        if then == "answered" and not addressed and not asks_advice:
            return "answered"
        return closed
    if (
        signals.find_request(after)
        or signals.SIGN_OFF_RE.match(after)
        or signals.OFFER_TO_ANSWER_RE.match(after)  # "Questions? I'm happy to explain more."
    ):
        return closed
    # "…, what do you think? Check out the video below": the reader's view is asked
    # for, and the link after it is a second act, not the answer.
    if _OPINION_ASKED.search(text) and not hooked:
        return closed
    pitch = signals.CTA_START_RE.match(after) or signals.OFFER_RE.search(after)
    # "@council does this not break the rules? Read more: …" asks the council, and the
    # link after it does not make it a pitch.
    # A pitch follows its hook at once: in the same paragraph, or in the next when the
    # hook opens its own. A question that ends a paragraph of news is not a hook for
    # whatever the next paragraph announces; but a button (a paragraph that is one link)
    # under the question is its pitch wherever the question stands.
    leads_in = following.block is sentence.block or sentence.number == 0 or _button(following.block)
    if hooked or (
        not mentioned
        and leads_in
        and (
            _pitch(after)
            or ((not addressed or fragment) and pitch)
            or (yes_no and signals.CTA_START_RE.match(after))
            or (yes_no and (signals.ANNOUNCEMENT_RE.match(after) or _NOW_OPEN.search(after)))
            or signals.SPEAKER_RE.match(after)
        )
    ):
        return "hook"  # "Need a plumber? Call us today.", "Curious? This post is for you."
    if _LIST_ITEM.match(following.text):
        return closed  # the options of a poll, not an answer
    if exclaimed and not mentioned and not asks_advice:
        return "complaint"  # "Why is your bus always late?! Every single day."
    if (
        signals.ANSWER_RE.match(after) or signals.ANSWER_RE.match(_ADDRESS.sub("", after))
    ) and not (mentioned and _ONE_WORD.match(after) and not _TAG_ANSWER.match(after)):
        # also after "Babe, …", "Honestly, …"; but "@sam did you see it? Unreal." is the
        # author's own word on it, not an answer for Sam
        return "answered"
    if (_listed(after) or (_NOUN_PHRASE.match(after) and not _YOUR.search(text))) and (
        not asks_advice and not mentioned  # "@sam did you see it? Unreal." is no answer
    ):
        return "answered"  # "How do you make good coffee? Fresh beans, a fine grind and time."
    if fragment and not asks_advice and not signals.CLOSED_KEY_RE.match(key):
        return "answered"  # "Pancakes for dinner? We're open till nine."
    if _IDENTIFY.match(text) and not _NAMES_IT.match(after):
        return closed  # "Who is this? Spotted on the pier." asks the reader to name it
    if not addressed and not asks_advice:
        return "answered"  # "Why do we close on Tuesdays? …", "Is there anything better? …"
    if (
        not addressed
        and first_word == "which"
        and following.block is sentence.block
        and not _ASKS_FOR_ADVICE.search(text)
    ):
        return "answered"  # "Which parts are slow? Linking, mostly, and the tests."
    if re.match(r"you (?!know\b)[a-z']+", after) and " you" in f" {text}":
        return "answered"  # "How do you start? You pick one small thing."
    if (
        _HOW_YOU.match(text)
        and following.block is sentence.block
        and _IMPERATIVE_ANSWER.match(after)
    ):
        return "answered"  # "How do you keep scones light? Chill the butter first."
    if _IF_SO.match(after) and not _ASKS_OTHERS.search(text) and not _AUTHOR_GOES_ON.search(after):
        # the reader's answer taken as a step of a rule: "Is your module server-only? If
        # yes, it belongs in api/"; not "Anyone going? If so, I'll be at the booth"
        return "answered"
    later = _following(prose, sentence)
    if _answered_later(text, later) or _promised(later) or (yes_no and _replied_later(later)):
        return "answered"
    if _headline(prose, sentence, later):
        return "hook"
    return closed


# A puzzle set for the reader, which a post then solves in its next paragraph.
_PUZZLE = re.compile(
    r"^(?:so,? |now,? |ok,? )?(?:can|could|did) you (?:spot|see|guess|find|tell|figure out|"
    r"work out|catch|notice) (?:the|what|where|why|which|how|who|a|an|it)\b"
)
# What follows a puzzle without solving it: a hint, a promise, the author's own puzzlement.
_HINT = re.compile(
    r"^(?:hint|clue|answer (?:tomorrow|next|on)|(?:i'll|we'll) (?:post|share)|"
    r"(?:(?:so |well |honestly,? )?(?:i|i'm|i've|me|my|no idea|not sure|neither)))\b"
)
_OPINION_ASKED = re.compile(
    r"\bwhat (?:do|did|would) (?:you|y'all|u|you all|you guys|folks|people) (?:all )?"
    r"(?:think|reckon|say)\b"
)
_COLON_LEAD = re.compile(r"^[^?:]{12,}?:\s+(?=[A-Z])")
# A question about the thing shown ("What kind of bird is this?") and the start of a
# sentence that names it ("A wren, I think.").
_IDENTIFY = re.compile(
    r"^(?:so |but |and |ok |okay )?(?:what|who|which|where)\b[^?]{0,40}\b(?:is|are|was) "
    # naming it, not what it is for or like: "What are they for? Nobody knows."
    r"(?:this|that|these|those|it|he|she|they)(?! (?:for|about|like|used|good|made)\b)"
    r"(?: \w+){0,2}\W*$"
)
_NAMES_IT = re.compile(r"^(?:a|an|the|looks like|probably|definitely|apparently|i think|my)\b")


# A list of things with no verb or person in it: the answer, given as its items.
_LIST_ANSWER = re.compile(
    r"^[^,.!?;:]{1,40}(?:, [^,.!?;:]{1,40})+,? (?:and|or|&) [^,.!?;:]{1,40}[.!]*$"
)
_FINITE = frozenset(
    """i we you they he she it is are was were do does did have has had can could will
    would should may might must i'm we're you're they're it's""".split()
)


# A short noun phrase on its own: "A milkshake." (not "The blue one is mine.")
_NOUN_PHRASE = re.compile(r"^(?:a|an|the|some|just|only) [\w'-]+(?: [\w'-]+)?[.!]*$")


def _listed(after: str) -> bool:
    return bool(_LIST_ANSWER.match(after)) and _FINITE.isdisjoint(re.findall(r"[a-z']+", after))


def _caption(sentence: Sentence) -> bool:
    """A short label after the text, such as a place ("Harbour Café"): no sentence
    of its own, so it does not carry the text on after a question."""
    text = sentence.text.strip()
    return not text.endswith((".", "!", "?", "…")) and len(text.split()) <= 5


# An interviewer's prompt put as an order: "**Tell us about yourself.**"
_TELL_US = re.compile(
    r"^(?:(?:finally|lastly|and|so|now),? )?(?:tell (?:us|me)|describe|share|explain|"
    r"walk (?:us|me) through|talk (?:us|me) through|give (?:us|me)|introduce yourself)\b"
)
_I_START = re.compile(r"^(?:i|i'm|i've|i'd|i'll|my|me)\b")
_FIRST_PERSON_START = re.compile(r"^(?:i|i'm|i've|i'd|my|we|we're|we've|our|me)\b")


def _answered_prompt(prose: Prose, block: Block, text: str) -> bool:
    """A prompt put as an order that the next paragraph answers in the first person,
    as in an interview ("**Tell us about yourself.**" / "I grew up …"); a form's
    "**Tell us about your project.**" with nothing under it asks the reader."""
    if not _TELL_US.match(text):
        return False
    if block.index + 1 >= len(prose.blocks):
        return False
    after = prose.blocks[block.index + 1]
    return bool(_FIRST_PERSON_START.match(signals.normalise(after.text)))


def _interview(prose: Prose) -> set[int]:
    """The blocks of an interview: its prompts (question headings, or paragraphs set
    in bold or italics, put to "you") and the answers under them. A text is an
    interview when at least three prompts address "you" and few are asked in the
    first person, as an FAQ's are ("How do I …?"). Requests and questions there are
    the interviewer's or the interviewee's, not the author's to the reader."""
    found: set[int] | None = getattr(prose, "_interview", None)
    if found is not None:
        return found
    # An interview puts its prompts one way throughout (all headings, all bold lead-ins
    # or all paragraphs in italics): count each way apart, so that a stray "_Maybe
    # you?_" in a list does not open an interview.
    prompts: dict[str, list[int]] = {}
    addressed: dict[str, int] = {}
    faq: dict[str, int] = {}
    asked: dict[str, int] = {}
    blocks = prose.blocks
    for block in blocks:
        way = _prompt(prose, block)
        if not way:
            continue
        prompts.setdefault(way, []).append(block.index)
        text = signals.normalise(block.text[: block.lead or len(block.text)])
        if signals.SECOND_PERSON.search(text):
            addressed[way] = addressed.get(way, 0) + 1
        if _FAQ_PERSON.search(text):
            faq[way] = faq.get(way, 0) + 1
        if text.rstrip(" *_").endswith("?") or _answered_prompt(prose, block, text):
            asked[way] = asked.get(way, 0) + 1
    found = set()
    # An interviewer asks: bold notices and italic captions that only address "you"
    # ("**We need your help.**", "_Perk: a shout-out to you_") are the author's own.
    chosen = {
        index
        for way, indexes in prompts.items()
        if addressed.get(way, 0) >= 3
        and addressed.get(way, 0) > 2 * faq.get(way, 0)
        and asked.get(way, 0) >= 2
        for index in indexes
    }
    if chosen:
        inside = False
        for block in blocks:
            if block.index in chosen:
                inside = True
            elif block.voice == "heading" or block.emphasis:
                inside = False  # the author's own frame: a heading, an italic closing note
            if inside:
                found.add(block.index)
    prose._interview = found  # type: ignore[attr-defined]
    return found


_FAQ_PERSON = re.compile(
    r"\b(?:do|does|can|should|could|will|shall|must|may|would|am|have) (?:i|we)\b"
)


def _prompt(prose: Prose, block: Block) -> str:
    """How a block could be an interviewer's prompt ("heading", "lead", or "set in em"
    or "set in strong" for a paragraph all in italics or bold), or "" when it cannot."""
    if block.voice == "heading":
        return "heading" if block.text.rstrip().endswith("?") else ""
    if block.voice != "author":
        return ""
    if 0 < block.lead < len(block.text.rstrip()):  # "**Why?** Because …"
        return "lead" if block.text[: block.lead].rstrip(" *_").endswith("?") else ""
    if not block.emphasis or block.index + 1 >= len(prose.blocks):
        return ""
    following = prose.blocks[block.index + 1]  # the answer, in plain text
    answered = following.voice == "author" and not following.emphasis
    return f"set in {block.emphasis}" if answered and _adjacent(block, following) else ""


_NOW_OPEN = re.compile(r"\b(?:is|are) now (?:open|available|live|on sale|accepting)\b")
_LINK_ONLY = re.compile(r"^(?:\s|[#@][\w.@-]+|[^\w\s])*$")


def _headline_link(prose: Prose, sentence: Sentence, text: str) -> bool:
    """The question opens the text and nothing but a URL (and hashtags or emoji)
    comes after it: a headline pointing at the article that answers it. Not when it
    asks for the reader's view, leaves a blank to fill in or is asked with "???"."""
    if sentence.number != 0 or sentence.block is not _first_author_block(prose):
        return False
    if signals.OPINION_RE.search(text) or "___" in text or "??" in sentence.text:
        return False
    block = sentence.block
    later = [b for b in prose.blocks[block.index + 1 :] if b.voice == "author"]
    mark = sentence.start + sentence.text.rfind("?")  # hashtags after it may be in the sentence
    if not any(at > mark for at in block.urls) and not any(b.urls for b in later):
        return False
    tail = " ".join([block.text[mark + 1 :], *(b.text for b in later)])
    return bool(_LINK_ONLY.match(tail))


def _titles_link(sentence: Sentence) -> bool:
    """A URL after the question in its block spells most of the question's content
    words (two at least): the question is the title of the page it links to."""
    asked = _stems(sentence.text)
    if len(asked) < 2:
        return False
    for at, url in sentence.block.url_texts.items():
        if at >= sentence.end - 1:
            path = urlsplit(url if "//" in url else f"//{url}").path
            shared = asked & _stems(" ".join(re.split(r"[\W_]+", path)))
            if len(shared) >= 2 and len(shared) >= 0.6 * len(asked):
                return True
    return False


def _guess(sentence: Sentence) -> bool:
    """A question that offers an answer to the question before it: "What does the
    letter mean? That we owe them money?", "Why did it close? Because nobody came?"."""
    return _after_a_question(sentence) and bool(_GUESS.match(signals.normalise(sentence.text)))


def _after_a_question(sentence: Sentence) -> bool:
    number = sentence.number
    return number > 0 and sentence.block.sentences[number - 1].is_question


_GUESS = re.compile(r"^(?:(?:or|and|maybe|perhaps),? )?(?:that|because|cause|'cause) \w")


# The sentence after a run of questions that calls them questions someone asks: "These
# are some of the questions I ask the team at each check-in."
_ASKED_LABEL = re.compile(
    r"^(?:these|those|such|all of these|both) (?:are|were|(?:are|were) (?:just |only )?"
    r"(?:some|a few|examples|the kinds?|the sorts?|the types?) of)\b[^.!?]{0,40}?\bquestions\b"
)


def _labelled_as_asked(sentence: Sentence) -> bool:
    """The question belongs to a run that the next sentence names as questions asked
    (of others, or by the author of themselves): examples, not asked of the reader."""
    for later in sentence.block.sentences[sentence.number + 1 :]:
        if not later.is_question:
            return bool(_ASKED_LABEL.match(signals.normalise(later.text)))
    return False


def _ends_section_asking(prose: Prose, sentence: Sentence, text: str) -> bool:
    """A question to the reader that closes its section, the text moving on to
    another heading without a word of answer ("What was your path into the club?"
    before "## Dates for the diary")."""
    if _TRANSITION.match(text):  # "So what do you do?" leads into the next section
        return False
    if _ADVISORY.search(text):  # "Which tent should you buy?" over "## Our pick"
        return False
    if not signals.SECOND_PERSON_ONLY.search(text):
        return False
    # "What would you like to see next? Maybe a Dask backend?": the run of questions
    # that ends the section, its last one offering the author's own ideas
    own = sentence.block.sentences
    last = own[-1] if _only_questions_after(sentence) else sentence
    return _heading_follows(prose, last)


def _only_questions_after(sentence: Sentence) -> bool:
    """Whether every sentence after this one in its block is a question too."""
    return all(s.is_question for s in sentence.block.sentences[sentence.number + 1 :])


# The text's own question to answer, asked in the reader's name: what they should do,
# how it is done, what they may not know.
_ADVISORY = re.compile(
    r"\b(?:should|must|shall) (?:you|your)\b|\b(?:you|your [\w-]+) (?:should|need|must)\b|"
    r"\bdo you need\b|^(?:how|why) (?:do|can|should|would|could|might) you\b|"
    r"\b(?:do|did) you (?:know|realise|realize)\b|\bcan you imagine\b|\bhave you ever wondered\b"
)


_ONE_WORD = re.compile(r"^\w+[.!]*$")
# A question that offers the reader a choice: "…, Leeds or York?"
_CHOICE = re.compile(r",? (?:[\w'-]+ ){0,3}or (?!not\b)(?:[\w'-]+ ){0,3}[\w'-]+\W*$")
_TAG_ANSWER = re.compile(
    r"^(?:no|nope|nah|yes|yep|yeah|well|not quite|not really|not exactly|not so much|kind of|"
    r"sort of|"
    r"of course|exactly|wrong|hardly|maybe|actually|sadly|unfortunately|turns out|it turns out|"
    r"alas|ha|haha|lol|spoiler|correct|indeed|sure|true|false|"
    r"but (?:then|no|not|nope|actually|in (?:practice|reality)|of course|it (?:wasn't|isn't|"
    r"turned|turns))|"
    # the turn the story takes: "Simple enough, right? The fun part starts when …"
    r"the (?:fun|hard|tricky|real|interesting|difficult) part|the catch|the problem|the twist|"
    r"the trouble)\b"
)
_TRANSITION = re.compile(r"^(?:so|and|but|now|then|well|ok|okay)\b")


def _heading_follows(prose: Prose, sentence: Sentence) -> bool:
    """The question ends its section: the next block is a heading."""
    block = sentence.block
    if sentence.number != len(block.sentences) - 1 or block.index + 1 >= len(prose.blocks):
        return False
    return prose.blocks[block.index + 1].voice == "heading"


def _promised(later: list[Sentence]) -> bool:
    return any(
        not s.is_question and signals.PROMISE_RE.search(signals.normalise(s.own or s.text))
        for s in later
    )


def _replied_later(later: list[Sentence]) -> bool:
    return any(
        not s.is_question and signals.REPLY_RE.match(signals.normalise(s.text)) for s in later
    )


def _after_a_need(prose: Prose, sentence: Sentence) -> bool:
    own = sentence.block.sentences
    previous = own[sentence.number - 1] if sentence.number > 0 else None
    if signals.NEED_RE.match(signals.normalise(sentence.text)):
        return True
    if previous is not None and signals.NEED_RE.match(signals.normalise(previous.text)):
        return True
    # "Any cyclists around? I'm stuck with a flat and no pump."
    after = own[sentence.number + 1] if sentence.number + 1 < len(own) else None
    return after is not None and bool(signals.NEED_RE.match(signals.normalise(after.text)))


def _reported_speech(prose: Prose, sentence: Sentence) -> bool:
    """The question is someone's words reported in a story: the sentence before it
    ends by introducing speech, or the sentence itself does ("she replied: …")."""
    if signals.INLINE_SPEECH_RE.search(sentence.text):
        return True
    if sentence.number == 0:
        return False
    previous = sentence.block.sentences[sentence.number - 1]
    return bool(signals.SPEECH_INTRO_RE.search(signals.normalise(previous.text)))


def _headline(prose: Prose, sentence: Sentence, later: list[Sentence]) -> bool:
    """A question that opens a short text whose rest only says a little and points
    to a link: "Can birds count? A new study suggests so. Read more: …"."""
    if sentence.number != 0 or sentence.block is not _first_author_block(prose):
        return False
    rest = [s for s in prose.author()[1:]]
    if not rest or len(rest) > 3 or rest != later[: len(rest)]:
        return False
    last = signals.normalise(rest[-1].own or rest[-1].text)
    return bool(signals.CTA_START_RE.match(last)) and not any(s.is_question for s in rest)


def _first_author_block(prose: Prose) -> Block | None:
    return next((b for b in prose.blocks if b.voice == "author"), None)
