"""The engagement rules' lexicon, compiled, and the small matchers that use it.

The lexicon itself is data in `lint/phrases/`, grouped by speech act, each entry with
the example sentences it must match. Here it is only compiled and combined. All
patterns are matched against one sentence at a time, lower-cased, with curly
apostrophes straightened. Extra phrases from site.yaml (`invitation_phrases`,
`bait_phrases`) are added as plain, case-insensitive substrings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from sitegen.lint.phrases import Entry, Lexicon, compile_all
from sitegen.lint.phrases import answers as _answers
from sitegen.lint.phrases import bait as _bait
from sitegen.lint.phrases import calls as _calls
from sitegen.lint.phrases import grammar as _grammar
from sitegen.lint.phrases import names as _names
from sitegen.lint.phrases import questions as _questions
from sitegen.lint.phrases import requests as _requests
from sitegen.lint.phrases import speech as _speech
from sitegen.lint.phrases import tokens as tokens

INVITATIONS = _requests.INVITATIONS
RESPONSE_ACTS = _requests.RESPONSE_ACTS + _requests.CHANNEL_REQUESTS
BAIT = _bait.BAIT
KEYWORD_BAIT = _bait.KEYWORD_BAIT
CALLS_TO_ACTION = _calls.CALLS_TO_ACTION


# Verbs of request that also describe what people do ("visitors tell us …"): these
# count only when addressed to the reader (see `find_request`).
_REPORTABLE = re.compile(r"\b(?:tell|show|teach|remind|ask|let|give) (?:me|us)\b")
_DESCRIPTIVE_SUBJECTS = _grammar.DESCRIPTIVE_SUBJECTS
_CLAUSE_SUBJECTS = _grammar.CLAUSE_SUBJECTS
VOCATIVE_RE = re.compile(_grammar.VOCATIVE.pattern)
AUX = _grammar.AUX
QUESTION_WORDS = _grammar.QUESTION_WORDS
ACRONYMS = _names.ACRONYMS.words  # capitalised words that are names (ENG020)
SECOND_PERSON = re.compile(rf"\b(?:{_grammar.SECOND_PERSON})\b")


def whole_words(alternatives: str) -> re.Pattern[str]:
    """The same matches as `\\b(?:we|our|…)\\b` for plain words, written to start
    with a class of the words' first letters (the engine skips ahead to those; a
    leading `\\b` makes it try every position, several times slower on a long post).
    A look-behind then stands for the leading `\\b`, and one for the first letter
    picks its words, in their order."""
    by_first: dict[str, list[str]] = {}
    for word in alternatives.split("|"):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    letters = "".join(by_first)
    branches = "|".join(f"(?<={first})(?:{'|'.join(rest)})" for first, rest in by_first.items())
    return re.compile(rf"[{letters}](?<!\w[{letters}])(?:{branches})\b")


FIRST_PERSON_PLURAL = whole_words(_grammar.FIRST_PERSON_PLURAL)
SECOND_PERSON_ONLY = whole_words(_grammar.SECOND_PERSON_ONLY)


def _compiled(entries: Sequence[Entry]) -> re.Pattern[str]:
    return compile_all([e.pattern for e in entries])


Phrases = Lexicon  # the old name
INVITATION_PHRASES = Lexicon(INVITATIONS)
RESPONSE_PHRASES = Lexicon(RESPONSE_ACTS)
BAIT_PHRASES = Lexicon(BAIT)
CTA_PHRASES = Lexicon(CALLS_TO_ACTION)
CTA_START_RE = compile_all([e.pattern for e in CALLS_TO_ACTION])
IMPERATIVES = frozenset(_calls.IMPERATIVE_VERBS)
PITCH_START_RE = compile_all(_calls.PITCH_STARTS)
SPEAKER_RE = _compiled([_calls.SPEAKERS])
COMPLAINT_PHRASES = Lexicon(_questions.COMPLAINTS)
ADDRESSED_COMPLAINT_PHRASES = Lexicon(_questions.ADDRESSED_COMPLAINTS)
MUSING_PHRASES = Lexicon(_questions.MUSINGS)
DIRECTIVE_TAIL_RE = re.compile(_requests.DIRECTIVE_TAIL)
DIRECTIVE_LEAD_RE = re.compile(_requests.DIRECTIVE_LEAD)
DIRECTIVE_CONJOINED_RE = re.compile(
    _requests.DIRECTIVE_CONJOINED.format(verbs="|".join(sorted(IMPERATIVES)))
)
QUESTION_CONDITION_RE = re.compile(_requests.QUESTION_CONDITION)
CHANNEL_ACTS_RE = re.compile(_requests.CHANNEL_ACTS)
SHARING_CONDITION_RE = re.compile(_requests.SHARING_CONDITION)
SHARING_ACTS_RE = re.compile(_requests.SHARING_ACTS)
GERUND_AFTER_FRAME_RE = re.compile(_requests.GERUND_AFTER_FRAME)
RESPONSE_GERUNDS = _requests.RESPONSE_GERUNDS
_GERUND_WORDS = frozenset(RESPONSE_GERUNDS)
ANNOUNCEMENT_RE = _compiled(_calls.ANNOUNCEMENTS)
FIGURE_KEY_RE = _compiled(_questions.FIGURES)  # matched against `bare` keys
CLOSED_KEY_RE = _compiled(_questions.CLOSED)  # matched against `bare` keys
ANSWERING_FIGURE_RE = _compiled([_questions.ANSWERING_FIGURES])  # matched against `bare` keys
FORMULA_START_RE = _compiled(_questions.FIGURE_STARTS)
HOOK_RE = _compiled(_questions.HOOKS)
ANSWER_RE = _compiled(_answers.ANSWERS)
PROMISE_RE = _compiled([_answers.PROMISES])
REPLY_RE = _compiled([_answers.REPLIES])
SIGN_OFF_RE = _compiled([_answers.SIGN_OFFS])
OFFER_TO_ANSWER_RE = _compiled([_answers.OFFERS_TO_ANSWER])
EARNEST_RE = _compiled([_questions.EARNEST])
ASKING_RE = _compiled([_questions.ASKING])
NEED_RE = _compiled([_questions.NEEDS])
OPINION_RE = _compiled([_questions.OPINION])
RHETORICAL_START_RE = re.compile(_questions.RHETORICAL_START.pattern)
ADVICE_RE = _compiled(_questions.ADVICE)
TAG_QUESTION_RE = re.compile(_questions.TAG_QUESTION.pattern)
AGREEMENT_RE = re.compile(_questions.AGREEMENT.pattern)
ANTICIPATED_RE = re.compile(_questions.ANTICIPATED.pattern)
OFFER_RE = _compiled([_calls.OFFERS])
SPEECH_INTRO_RE = _compiled([_speech.SPEECH_INTROS])
INLINE_SPEECH_RE = _compiled([_speech.INLINE_SPEECH])
REPORTED_REQUEST_RE = _compiled([_speech.REPORTED_REQUESTS])

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
KEYWORD_BAIT_RE = re.compile(KEYWORD_BAIT)
TAG_WHO_RE = re.compile(_bait.TAG_WHO)
_KEYWORD_BAIT_VERBS = frozenset("comment type reply write drop say".split())
# A block holding none of these words (and no "?") holds no request and no bait.
READING_ANCHORS = (
    INVITATION_PHRASES.anchors
    | RESPONSE_PHRASES.anchors
    | BAIT_PHRASES.anchors
    | _KEYWORD_BAIT_VERBS
)


# Letters styled with Unicode's mathematical alphabets (bold, italic, script), as
# LinkedIn and X posts write emphasis.
_STYLED = re.compile("[\U0001d400-\U0001d7ff]")
_LEADING_NOISE = re.compile(r"^(?:[^\w\"'(@]+|@[\w.@-]+\s*)+")


def normalise(text: str) -> str:
    """Lower case, straight apostrophes, no leading emoji, bullets or @mentions.
    (str.replace, not str.translate: this runs on every sentence and block, and
    translate with a mapping is several times slower.)"""
    if not text.isascii() and _STYLED.search(text):
        text = unicodedata.normalize("NFKC", text)  # "𝗔𝗻𝘀𝘄𝗲𝗿" → "Answer"
    if "’" in text or "‘" in text:
        text = text.replace("’", "'").replace("‘", "'")
    if "“" in text or "”" in text:
        text = text.replace("“", '"').replace("”", '"')
    text = text.strip()
    if text and not text[0].isalnum():
        text = _LEADING_NOISE.sub("", text)
    return text.lower()


def bare(text: str) -> str:
    """A question as a short key: 'So... Thoughts? 🤔' → 'so thoughts'."""
    words = re.findall(r"[\w']+", normalise(text))
    return " ".join(words)


def words(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z']+", text.lower())


def phrase_pattern(phrases: Sequence[str]) -> re.Pattern[str] | None:
    cleaned = [p.translate(_APOSTROPHES).lower().strip() for p in phrases if p.strip()]
    if not cleaned:
        return None
    return re.compile("|".join(re.escape(p) for p in cleaned))


def find_request(
    text: str, extra: re.Pattern[str] | None = None, words: frozenset[str] | None = None
) -> re.Match[str] | None:
    """An explicit request for a response in a (normalised) sentence: an invitation
    ("let us know"), or a response act ("file an issue", "contact us") used as a
    directive. "Tell us" and friends count only when addressed to the reader, not in
    "visitors tell us …"."""
    if "#" in text and _CHANGELOG_LINE.search(text):
        return extra.search(text) if extra is not None else None
    found = _find_request(text, extra, words)
    if found is None and "(" in text:
        # An aside does not break the frame: "we encourage our community (especially
        # addon authors) to test the betas and report any bugs".
        aside_free = _ASIDE.sub("", text)
        if aside_free != text:
            found = _find_request(aside_free, extra, None)
    return found


# A short aside in brackets, closed within the sentence.
_ASIDE = re.compile(r" ?\([^()]{1,60}\)(?=[ ,;:.!?]|$)")


def _find_request(
    text: str, extra: re.Pattern[str] | None, words: frozenset[str] | None
) -> re.Match[str] | None:
    words = tokens(text) if words is None else words
    if not _GERUND_WORDS.isdisjoint(words):  # "consider filing", "get involved by sending"
        base = GERUND_AFTER_FRAME_RE.sub(_base_form, text)
        if base != text:
            text, words = base, tokens(base)
    for match in INVITATION_PHRASES.finditer(text, words):
        at = match.start()
        if _REPORTABLE.match(match.group(0)) and (
            _reported(text, match) or not (_you_or_directive(text, at) or _offer_on_reply(text, at))
        ):
            continue
        if REPORTED_REQUEST_RE.search(text[:at]):
            continue  # "I had asked everyone to email me the results": told, not asked
        if _narrated(text, match) or _negated(text[:at]):
            continue
        if _for_a_transaction(text, match):
            continue
        return match
    for match in RESPONSE_PHRASES.finditer(text, words):
        verb = next((n for n in ("act", "act2", "act3") if match.groupdict().get(n)), None)
        at = match.start(verb) if verb else match.start()
        if (
            is_directive(text, at)
            and not REPORTED_REQUEST_RE.search(text[:at])
            and not _negated(text[:at])
            and not _for_a_transaction(text, match)
        ):
            return match
    if "if" in words:
        condition = QUESTION_CONDITION_RE.search(text)
        # Every place a channel act may start, overlaps included: in "if you want to chat
        # about it, find me on the forum" the first candidate ("chat … me") is no
        # directive, and the one inside it ("find me") is.
        channel = CHANNEL_ACTS_RE.search(text) if condition else None
        while condition and channel:
            if not condition.start() <= channel.start() < condition.end() and is_directive(
                text, channel.start()
            ):
                return channel
            channel = CHANNEL_ACTS_RE.search(text, channel.start() + 1)
        sharing = SHARING_CONDITION_RE.search(text)
        if sharing:
            for act in SHARING_ACTS_RE.finditer(text, sharing.end()):
                if is_directive(text, act.start()):
                    return act
    return extra.search(text) if extra is not None else None


# A reply the author's offer waits on: "If you let us know, we will gladly add them."
_IF_YOU = re.compile(r"\bif you (?:could |can |would )?$")
_THEN_WE_WILL = re.compile(r"[^.!?]{0,60}?, (?:we|i)(?:'ll| will| can| would|'d| shall)\b")


def _offer_on_reply(text: str, at: int) -> bool:
    return bool(_IF_YOU.search(text, 0, at)) and bool(_THEN_WE_WILL.match(text, at))


def _base_form(match: re.Match[str]) -> str:
    gerund = match.group(1)
    return match.group(0)[: match.start(1) - match.start()] + RESPONSE_GERUNDS[gerund]


# Getting in touch to buy or to make an appointment is no reply: "call us to book a
# table", "email us to set up an appointment", "contact sales to schedule a demo". Not
# "to get started", which may start a contribution ("reach out to get started").
_CONTACT_ACT = re.compile(
    r"^(?:please )?(?:e-?mail|contact|call|ring|message|dm|reach out|get in touch|write|send us)\b"
)
_TRANSACTION_PURPOSE = re.compile(
    r"^(?:[^.!?;]|\.(?=\w)){0,60}?\bto (?:book|order|buy|purchase|schedule|set up|setup|"
    r"arrange|reserve|get (?:a|your) (?:quote|demo)|request a (?:quote|demo))\b"
)


def _for_a_transaction(text: str, match: re.Match[str]) -> bool:
    return bool(_CONTACT_ACT.match(match.group(0))) and bool(
        _TRANSACTION_PURPOSE.search(text[match.start() :])
    )


# A changelog entry names the change it made by its number: "Add a filter to issue
# search (#5946)", "Fix the wiki sidebar #720". Not "please comment on #720".
_CHANGELOG_LINE = re.compile(
    r"^(?!.*\b(?:you|your|please|let us|let me|tell us|tell me)\b)"
    r"(?:[\w-]+: )?[a-z]+\b.*(?:[(\[]#\d+[)\]]|(?<!\bon)(?<!\bin)(?<!\bto)(?<!\bat)(?<!\bsee)"
    r"(?<!\bunder) #\d+)[.)]?\s*$"
)


# A request turned down: "please do not drop your child off early", "I don't want
# anyone else to tell me where to give"; not "don't hesitate to" or "don't forget to".
_NEGATED = re.compile(
    r"(?:\b(?:don't|do not|never|please don't|please do not)\s+$|"
    r"\b(?:don't|do not|doesn't|never|wouldn't|won't)\s+(?:want|need|expect|ask|wish)\b"
    r"[^,;:.!?]*$|"
    # what cannot be done: "you cannot reply by mail"
    r"\b(?:cannot|can't|can not|couldn't|could not)\s+$)"
)


# What the reader need not have or do first: "you don't need an account to comment",
# "you don't need to know any code to file an issue". The request itself stands.
_PRECONDITION = re.compile(
    r"\b(?:don't|do not|doesn't|never|won't|wouldn't)\s+(?:need|have)\s+"
    r"(?!to\b|(?:you|anyone|anybody|me|us|people|someone|them|him|her|everyone)\b)"
    r"[^,;:.!?]+ to\s*$|"
    r"\b(?:don't|do not|doesn't|never|won't)\s+(?:need|have) to (?:be|know|have|wait|sign|"
    r"register|log|join|pay|ask)\b[^,;:.!?]* to\s*$"
)


def _negated(before: str) -> bool:
    return bool(_NEGATED.search(before)) and not _PRECONDITION.search(before)


# The author's own doing in front of the phrase: "maybe I'll change my mind".
_AUTHOR_DOES = re.compile(
    r"(?:^|[\s,])(?:i|we)(?:'ll| will| might| may| could| can| won't| never|"
    r" did| didn't| often| sometimes| usually| soon| finally)+\s+$"
)
_DETERMINERS = frozenset(
    "a an the my our your their his her its no one any some this that each every another "
    "better best good short long full final first clear".split()
)
_NOUN_OR_VERB = frozenset("reply replies respond answer answers comment comments".split())


def _narrated(text: str, match: re.Match[str]) -> bool:
    """An invitation's words used for something else: what the author will do ("I'll
    change my mind"), what someone else does ("recruiters message me"), a place where
    something happened ("a question in the comments"), or a noun where a request
    would have the verb ("we have a better answer here", "Ryan's comment here")."""
    first = match.group(0).split(" ", 1)[0]
    if first in ("i", "we", "i'd", "we'd", "i'm", "we're", "i'll", "we'll"):
        return False
    before = text[: match.start()]
    if _AUTHOR_DOES.search(before) or _ONLY_THEN.search(before):
        return True  # "maybe I'll change my mind", "only then can you start a discussion"
    if (
        _INFINITIVE.search(before)
        and not _READER_GOVERNS.search(before)
        and not _THIS_PLACE.search(before)
        and not is_directive(text, match.start())
    ):
        return True  # "I'm excited to share some lessons", "a guide to set up and share …"
    if _DONE_BY_READERS.search(before) and not _OPEN_CONDITION.search(before):
        return True  # "you used it to share your feedback": what readers did, thanked
    if _list_item_of_others(text, before, match.start()):
        return True  # "sessions to learn, share your recipes", "I'll describe …, and share …"
    if _A_PLACE_TO.search(before) and not _THIS_PLACE.search(before):
        return True  # "a nice place to share your thoughts": what the place is for
    if first in ("in", "into"):  # "in the comments" says where, not who is asked
        return len(text.split()) > 8 and not _ASKING_WORDS.search(text)
    clause = _CLAUSE_BREAK.split(before)[-1].split()
    if first in ("look", "looking") and clause[:1] in (["we"], ["i"], ["we're"], ["i'm"]):
        return False  # "we are open to changes and look forward to hearing your feedback"
    if clause and first not in _NOT_VERBS and not _OPEN_CONDITION.search(before):
        if _has_subject(clause):
            return True  # "recruiters message me", "it can recommend me"
        if first in _REPLY_VERBS and _author_subject(clause):
            return True  # "on every pull request we automatically comment"
        if (
            _AUTHOR_LEADS.match(" ".join(clause))
            and clause[-1] in ("and", "or", "then")
            and not _READERS.search(" ".join(clause))
        ):
            return True  # "I decided to print one photo a day and share a story"
    if first in _NOUN_OR_VERB:
        previous = before.split()[-2:]
        return any(w in _DETERMINERS or w.endswith(("'s", "s'")) for w in previous)
    return False


# Words of an invitation that are not a verb a subject could govern.
_NOT_VERBS = frozenset(
    "let's please pls plz your any what's what which how who where why do does don't did "
    "would could can will is are if so and or comments dms my our feel".split()
    # the subjects of "… must be reported to …", never a verb of the clause before
    + _requests.FAULT_NOUNS.split()
)
_READERS = re.compile(
    r"\b(?:you|your|you'll|you're|you've|anyone|anybody|everyone|readers|folks|y'all|others)\b"
)
_ASKING_WORDS = re.compile(
    r"\b(?:you|your|yours|please|pls|let|drop|leave|share|tell|post|put|add|write|reply|answer|"
    r"ask|vote|sound off|below)\b|👇"
)
# A consequence stated, its verb inverted after "only": "only then can you start a
# discussion", "only after a week will you hear back".
_ONLY_THEN = re.compile(
    r"\bonly (?:then|now|after\b[^,;:]*|when\b[^,;:]*|if\b[^,;:]*|once\b[^,;:]*),? "
    r"(?:can|could|will|would|should|do|does|did) (?:you|we|they|one|i)\s*$"
)
# An infinitive in front of the phrase: "to share …", "to create a user and share …".
_INFINITIVE = re.compile(
    r"\bto\s*$|\bto (?!(?:the|a|an|our|your|my|this|that|these|those|its|their|his|her)\b)"
    # "to" before a gerund is a preposition: "open to making changes and look forward …"
    r"(?![\w'-]{3,}ing\b)(?:[\w'-]+ ){1,6}(?:and|or)\s*$"
)
# Who governs that infinitive when it is still a request: the reader ("if anyone wants
# to", "we'd love for you to"), a frame of asking ("feel free to", "you're invited to"),
# a hook's own question ("Want to share yours?") or the page's own means ("click here to").
_READER_GOVERNS = re.compile(
    r"\b(?:you|you'd|you're|you'll|you've|u|anyone|anybody|someone|somebody|everyone|"
    r"everybody|y'all|folks|readers|please|pls|plz|free|welcome|invite|invited|invites|"
    r"encourage|encouraged|urge|chance|turn|opportunity|click|tap|press)\b|"
    r"^(?:so |and |but |also )?(?:want|wanna|like|care|ready|willing|keen|time|able|"
    r"happy|interested)\b"
)
# The place is this one: "use this thread as a place to share …", "here's a spot to …".
_THIS_PLACE = re.compile(
    r"\b(?:this|the|these|our) (?:thread|post|comments?|replies|page|space|channel|forum|"
    r"discussion)\b|\bhere(?:'s| is) (?:a|the|your|our) (?:[\w-]+ )?(?:place|spot|space|thread|"
    r"corner)\b|\bbelow\b"
)
_A_PLACE_TO = re.compile(
    r"\b(?:a|an|the|one|great|good|nice|safe|new|best|perfect|easy|many|several|other|more|"
    r"some|two|three|few)(?: [\w-]+)? (?:place|places|way|ways|space|platform|site|app|spot|"
    r"tool|forum|venue|outlet|somewhere|event|meetup|conference)(?: for (?:[\w'-]+ ){0,3}[\w'-]+)?"
    r" to\s*$|"
    # what someone needs in order to: "tools and skills to share your code"
    r"\b(?:tools?|skills?|means|ability|courage|confidence|permission|freedom)(?: [\w-]+){0,2} "
    r"to\s*$"
)
_MODALS = frozenset("can could will would should might may must".split())


def _author_subject(clause: list[str]) -> bool:
    """Whether the words before a verb of replying end with the author as its subject:
    "we automatically", "I don't normally"."""
    while len(clause) > 1 and clause[-1].endswith("ly") and clause[-1] not in _LY_WORDS:
        clause = clause[:-1]
    if clause[-1] in _NARRATING_AUX and len(clause) > 1:
        clause = clause[:-1]
    return clause[-1] in ("i", "we")


# The verbs of replying an author can narrate doing: not "love", "welcome", "look".
_REPLY_VERBS = frozenset(
    "weigh chime comment reply respond write share tell post answer vote submit file "
    "send report email message dm contact reach".split()
)

# Words in -ly that are no adverb, or that lead into a request ("only", "kindly").
_LY_WORDS = frozenset(
    "only early family ally italy july supply reply apply assembly rally kindly "
    "simply please".split()
)
_NARRATING_AUX = frozenset("don't didn't never often always usually sometimes".split())
_CAUSATIVES = frozenset("have has had having let lets made make makes got get gets".split())


def _has_subject(clause: list[str]) -> bool:
    """Whether the words before a verb end with its subject: a plural noun
    ("professors ping me"), a descriptive subject ("people", "it"), a modal after
    someone other than the reader ("a lurker will chime in"), or a causative ("had
    a friend send me"). Adverbs in -ly between subject and verb are passed over: "I
    would occasionally weigh in"."""
    while len(clause) > 1 and clause[-1].endswith("ly") and clause[-1] not in _LY_WORDS:
        clause = clause[:-1]
    previous = clause[-1]
    if previous in _MODALS:
        return len(clause) > 1 and clause[-2] not in _AUDIENCE
    if previous in _DESCRIPTIVE_SUBJECTS and previous not in ("often", "always", "also", "still"):
        return True
    if _plural_subject(clause):
        return True
    return any(word in _CAUSATIVES for word in clause[-3:-1])


def _plural_subject(clause: list[str]) -> bool:
    """Whether the words before a verb end with a plural noun as its subject ("visitors
    tell us"), not with the verb of a condition left open ("if the link breaks let me
    know", "when it arrives send me a photo")."""
    previous = clause[-1] if clause else ""
    if not (previous.endswith("s") and previous.isalpha()) or previous in _NOT_SUBJECTS:
        return False
    return not (clause[0] in _SUBORDINATORS and len(clause) >= 3 and clause[-2] not in _DETERMINERS)


_NOT_SUBJECTS = frozenset(
    "please thanks yes us this its is was has does his hers ours yours theirs always perhaps "
    "sometimes besides plus less unless thus anyways towards afterwards regardless "
    "nevertheless nonetheless questions thoughts comments ideas suggestions queries concerns "
    "corrections".split()
)
_SUBORDINATORS = frozenset("if when whenever once after before until unless as".split())
# Who may be told what they may or should do: "students should email me their questions".
_AUDIENCE = frozenset(
    "you anyone anybody u someone everyone everybody parents students members readers "
    "listeners subscribers viewers families attendees participants contributors folks "
    "y'all volunteers".split()
)


def find_call(text: str, words: frozenset[str] | None = None) -> re.Match[str] | None:
    """A one-way call to action used as a directive ("Read the guide", "you can
    download it here"), not a description ("I read the code", "the order matters")."""
    for match in CTA_PHRASES.finditer(text, words):
        if match.start() == 0 or is_directive(text, match.start()):
            return match
    return None


def _you_or_directive(text: str, at: int) -> bool:
    """ "Tell me …" as a directive, or "you tell me"; not "he will ask me to …", nor
    the condition of "if you ask me, …"."""
    before = text[:at]
    if _IN_CONDITION.search(before):
        return False
    return is_directive(text, at) or bool(_ASKED_OF_YOU.search(before)) or _coordinated(before)


# "If you have one (old or new) then let us know", "Try our fork, or let us know …":
# the act is joined to a condition or to something the reader is asked to do.
_THEN = re.compile(r"\bthen\s*$")
_AND_OR = re.compile(r"\b(?:or|and|but)(?: (?:just|simply|please|do))?\s*$")
_CONDITION = re.compile(r"\b(?:if|when|whenever|once) (?:you|anyone|anybody|someone)\b")
_READER_ASKED = re.compile(
    r"\b(?:please|hopefully you|(?:i|we) hope (?:that )?you|you can|you could|you may|try)\b"
)


def _coordinated(before: str) -> bool:
    if _THEN.search(before):
        return bool(_CONDITION.search(before))
    joined = _AND_OR.search(before)
    if joined is None:
        return False
    if _READER_ASKED.search(before):
        return True
    # "… or post an RFC and tell us what you need": joined to an imperative
    first = _CLAUSE_BREAK.split(before[: joined.start()])[-1].split()
    verb = next((w for w in first if w not in _LEAD_WORDS), "")
    return verb in IMPERATIVES or verb in _RESPONSE_VERBS


_LEAD_WORDS = frozenset("so and or then just also simply now please".split())
# Verbs of replying and contributing, which the call-to-action verbs leave out.
_RESPONSE_VERBS = frozenset(
    "reply respond post file submit send comment write e-mail leave test update clone fork".split()
)


# The verb is the condition's own: "if you ask me", "when you tell people".
_IN_CONDITION = re.compile(r"\b(?:if|when|whenever|unless|once) (?:you|anyone|u)\s*$")


_ASKED_OF_YOU = re.compile(
    r"(?:\b(?:can|could|would|will|won't|might|may)n?'?t? (?:you|anyone|anybody|someone|somebody|"
    r"u|one of you|any of you)(?: please| kindly| just)?|\byou|\bu|\bnow)\s*$"
)


# "…." and "..." end a clause even with no space after them ("can't find it….let me know").
# (a spaced hyphen between numbers is a range, "November 10 - 14", not a break)
_CLAUSE_BREAK = re.compile(r"[,;:!?—–\"(]|…\.*|\.\.+|(?<!\d)\s-\s(?!\d)|\.\s")


def is_directive(text: str, at: int) -> bool:
    """Whether the verb phrase starting at `at` is used as a directive: it opens its
    clause ("Open an issue", "If it breaks, file a bug"), or follows a frame that
    makes it one ("please", "you can", "feel free to", "we encourage you to")."""
    before = text[:at]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    clause = clause.lstrip()
    if DIRECTIVE_LEAD_RE.match(clause):
        # "We extract the data, and add labels": the author's second verb, not an order
        if clause.split()[:1] in (["and"], ["then"]) and breaks and _author_list(before, breaks):
            return False
        governor = _list_governor(before, breaks) if _LIST_ITEM.match(clause) else None
        return governor is None or is_directive(text, governor)
    if DIRECTIVE_TAIL_RE.search(clause):
        return True
    if DIRECTIVE_CONJOINED_RE.match(clause):
        return True  # "Please test it out and contact me"
    # "If you spot a mistake please report it" without the comma
    if re.match(
        # not a hypothetical: "if you wanted a change you would just send a patch"
        r"^(?:if|when|whenever|once) (?:you|anyone)\b.*(?<!would )(?<!'d )(?<!could )(?<!will )"
        r"(?<!'ll )\b(?:please|just)\s*$",
        clause,
    ):
        return True
    # "If you can help us then hit us up": the condition, then the act it leads to
    if _THEN.search(clause) and _CONDITION.match(clause):
        return True
    # "If you get stuck reach out": a condition ended without its comma, so the act
    # follows a word that cannot lead into a verb of the condition itself.
    unpunctuated = _UNPUNCTUATED_CONDITION.search(clause)
    if unpunctuated is None:
        return False
    *_, verb, last = clause.split()
    # "it" may lead into the condition's own verb ("if you think it works"), but not
    # after a verb whose object it is: "if anyone would like it let me know"
    if last in _DETERMINERS:
        return False  # "if it fixes an open issue": the act's word is a noun here
    return last not in _LEADS_INTO_VERB or (last in ("it", "them") and verb in _TAKES_IT)


# An item of a comma list shares the frame of the list's first verb: in "we offer a
# space to learn, share your work and meet people" the infinitive is the author's offer,
# in "feel free to try it, share your thoughts" it is the reader's. A condition or a
# purpose in front ("If you want to help, share …", "To start, open …") is no list.
_LIST_ITEM = re.compile(r"^(?:(?:and|or) )?(?!(?:so|then|but|now|just|please|also)\b)")
_LIST_INFINITIVE = re.compile(r"(?<=[a-z]) to ([a-z]+)\b")
_NO_LIST = re.compile(
    r"^\s*(?:if|when|whenever|once|unless|to|in order|so as|as|since|because|after|before|"
    r"while|until)\b"
)
_INFINITIVE_VERBS = (
    IMPERATIVES
    | _RESPONSE_VERBS
    | _REPLY_VERBS
    | frozenset("help grow connect discuss contribute ask test build create work".split())
)


# What readers already did, in the past tense: "you used it to share your feedback",
# "everyone who took the time to write in". Not "you are invited to".
_DONE_BY_READERS = re.compile(
    r"\b(?:you|y'all|everyone who|all who|those who|people who|readers who)"
    r"(?: (?:all|kindly|generously|really|once|already))? "
    r"(?!(?:invited|encouraged|welcomed|asked|needed|allowed|expected|requested|urged|advised|"
    r"required|supposed|wanted|reminded)\b)"
    r"(?:[a-z]+ed|took|came|went|got|made|gave|found|spent|chose|wrote|sent|brought)\b"
    r"[^,;:.!?]* to\s*$"
)


# The author as a clause's subject, after a few words of setting at most: "we will",
# "in this post, I'll", "now we can".
_AUTHOR_LEADS = re.compile(
    r"^(?:[\w'-]+ ){0,3}?(?:i|we|i'll|we'll|i'm|we're|i've|we've|i'd|we'd)\b"
    r"(?! (?:hope|wish|want|need|would love|'d love|love|invite|encourage|ask|urge)\b)"
)
_AUTHOR_PLANS = re.compile(
    r"^(?:[\w'-]+ ){0,3}?(?:i|we)(?:'ll|'d|'re going to|'m going to| (?:will|can|could|would|"
    r"shall|might|may|are going to|am going to|plan to|want to|intend to))\b"
)
# The author's stated plan, its verbs the author's own: "my plan is to …", "our goal was to …".
_AUTHOR_AIM = re.compile(
    r"^(?:[\w'-]+ ){0,3}?(?:my|our) (?:(?:[\w-]+ )?plan|goal|aim|idea|intention|hope|job|task|"
    r"mission|resolution|intent)s? (?:is|was|will be|for [^,]{1,30} is) to\b"
)
_PRONOUN_OR_DETERMINER = _DETERMINERS | frozenset(
    "i we you he she they it there this that these those if when".split()
)


def _author_list(before: str, breaks: list[re.Match[str]]) -> bool:
    """Whether the comma list an "and …" item closes was begun by the author: walk back
    over the items that open with a verb to the one that names its subject."""
    for index in range(len(breaks) - 1, -1, -1):
        start = breaks[index - 1].end() if index else 0
        segment = before[start : breaks[index].start()].strip()
        words = segment.split()
        if not words:
            return False
        if index == len(breaks) - 1 and words[0] in ("i", "we"):
            return not _READERS.search(segment)  # "We extract the data, and add labels"
        if _AUTHOR_AIM.match(segment):
            return not _READERS.search(segment)  # "My plan is to collect them, and post …"
        if _AUTHOR_LEADS.match(segment):
            # what the author will do; "we shipped a beta, try it, and tell us" orders
            return bool(_AUTHOR_PLANS.match(segment)) and not _READERS.search(segment)
        if words[0] in _LEAD_WORDS or words[0] in _PRONOUN_OR_DETERMINER:
            return False  # "so try it": an order of its own; "it works": no list of ours
        # otherwise "explore the state of things": an item, its subject further back
    return False


def _list_item_of_others(text: str, before: str, at: int) -> bool:
    """Whether the phrase at `at` opens an item of a list that someone other than the
    reader governs: is_directive reads the list; here it is asked of an invitation."""
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :].lstrip() if breaks else ""
    return bool(breaks and DIRECTIVE_LEAD_RE.match(clause)) and not is_directive(text, at)


def _list_governor(before: str, breaks: list[re.Match[str]]) -> int | None:
    """Where the verb governing a comma list item stands, when the item continues a
    list begun by an infinitive ("… to learn, share …") or by a bare verb of one."""
    if not breaks or breaks[-1].group(0) != ",":
        return None
    start = breaks[-2].end() if len(breaks) > 1 else 0
    segment = before[start : breaks[-1].start()]
    if _NO_LIST.match(segment):
        return None
    first = segment.split()[:1]
    if first and first[0] in _INFINITIVE_VERBS:
        # "… to learn, grow, share …", "Check it out to see …, and pick up an issue"
        return start + segment.index(first[0]) if len(breaks) > 1 else None
    infinitives = [m for m in _LIST_INFINITIVE.finditer(segment) if m.group(1) in _INFINITIVE_VERBS]
    if infinitives and not _READER_GOVERNS.search(segment[: infinitives[-1].start()]):
        return start + infinitives[-1].start(1)
    return None


_TAKES_IT = frozenset(
    "like want need love enjoy try use tried used liked loved enjoyed wanted needed read "
    "see saw find found fix fixed build built make made have had get got know".split()
)


_UNPUNCTUATED_CONDITION = re.compile(
    r"(?:^|\b(?:so|and|but) )(?:if|when|once) (?:you|anyone)(?:'d|'re|'ve|'ll)?\w* (?:\S+ ){2,}$|"
    # the subject left out: "if interested in the role let me know"
    r"(?:^|\b(?:so|and|but) )if (?:interested|keen|curious|so)\b(?: \S+)* $|"
    # "If you're interested give me a shout": a state, then the act
    r"(?:^|\b(?:so|and|but) )(?:if|when|once) (?:you're|you are|anyone is) (?:\S+ ){1,}$|"
    # a thing's own condition: "if the link breaks let me know", "once it arrives send …"
    r"(?:^|\b(?:so|and|but) )(?:if|when|whenever|once) (?:it|this|that|(?:the|your|my) [\w-]+) "
    r"(?!is\b|was\b|does\b|has\b)[a-z]+s (?:\S+ )*$"
)
_LEADS_INTO_VERB = _grammar.LEADS_INTO_VERB


_CLAUSE_END = re.compile(r"(?:[,;:—–]|…\.*|\.\.+)\s*$")


# The reader's condition still open before the phrase, its comma left out.
_OPEN_CONDITION = re.compile(
    r"(?:^|[,;:]\s*|\b(?:so|and|but) )(?:if|when|once) (?:you|anyone|anybody|someone|somebody)"
    r"\b[^,;:]+$"
)


def _reported(text: str, match: re.Match[str]) -> bool:
    before = re.findall(r"[\w']+", text[: match.start()])
    after = re.findall(r"[\w']+", text[match.end() :])
    previous = before[-1] if before else ""
    if _CLAUSE_END.search(text[: match.start()]):
        previous = ""  # "If you have one of the shirts, let us know": a new clause
    following = after[0] if after else ""
    if _OPEN_CONDITION.search(text[: match.start()]):
        return False  # "If anyone would like the seeds let me know": the condition's object
    if previous in _DESCRIPTIVE_SUBJECTS:
        return True
    clause = _CLAUSE_BREAK.split(text[: match.start()])[-1].split() or before[-1:]
    if previous and _plural_subject(clause):
        return True  # "visitors tell us"
    return following in _CLAUSE_SUBJECTS and previous not in ("", "please", "and", "so", "just")


def find_bait(
    sentence: str,
    extra: re.Pattern[str] | None = None,
    lowered: str | None = None,
    words: frozenset[str] | None = None,
) -> re.Match[str] | None:
    """Bait in a sentence (as written: "comment YES if" needs its capitals).
    `lowered` and `words` may be passed when the caller has them already."""
    lowered = normalise(sentence) if lowered is None else lowered
    words = tokens(lowered) if words is None else words
    if not _KEYWORD_BAIT_VERBS.isdisjoint(words):
        keyword = KEYWORD_BAIT_RE.search(sentence.translate(_APOSTROPHES))
        if keyword:
            return keyword
    return BAIT_PHRASES.search(lowered, words) or (
        extra.search(lowered) if extra is not None else None
    )
