"""The phrases the engagement rules look for. Data first, a few small matchers after.

All patterns are matched against one sentence at a time, lower-cased, with curly
apostrophes straightened. Extra phrases from site.yaml (`invitation_phrases`,
`bait_phrases`) are added as plain, case-insensitive substrings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from sitegen.lint.phrases import Lexicon, compile_all
from sitegen.lint.phrases import bait as _bait
from sitegen.lint.phrases import calls as _calls
from sitegen.lint.phrases import questions as _questions
from sitegen.lint.phrases import requests as _requests
from sitegen.lint.phrases import tokens as tokens

INVITATIONS = _requests.INVITATIONS
RESPONSE_ACTS = _requests.RESPONSE_ACTS + _requests.CHANNEL_REQUESTS
BAIT = _bait.BAIT
KEYWORD_BAIT = _bait.KEYWORD_BAIT
CALLS_TO_ACTION = _calls.CALLS_TO_ACTION

ANNOUNCEMENT_OPENERS = [
    r"^(?:we're|we are|i'm|i am|we've been|we have been) (?:so |very |really |super |incredibly )?"
    r"(?:excited|thrilled|proud|pleased|happy|delighted|honou?red|stoked|glad) "
    r"(?:to (?:announce|share|introduce|launch|unveil|present|welcome|tell|reveal|release|bring)|"
    r"about)\b",
    r"^(?:new (?:blog )?(?:post|article|episode|video|blog|podcast|release|feature)s?\b)",
    r"^(?:just (?:published|posted|launched|released|dropped))\b",
    r"^(?:icymi|in case you missed it|announcing|introducing|breaking|big news|psa|"
    r"press release|out now|now (?:available|live|open)|it's here|it's finally here|"
    r"exciting news|huge news|great news)\b",
]

# Verbs of request that also describe what people do ("visitors tell us …"): these
# count only when addressed to the reader (see `find_request`).
_REPORTABLE = re.compile(r"\b(?:tell|show|teach|remind|ask|let) (?:me|us)\b")
_DESCRIPTIVE_SUBJECTS = set(
    "they people he she it who that which customers readers visitors members users clients "
    "families parents kids children students staff folks friends everyone everybody many some "
    "often always sometimes still regularly usually never also patients guests fans others "
    "colleagues neighbours neighbors".split()
)
_CLAUSE_SUBJECTS = {
    "we",
    "they",
    "he",
    "she",
    "it",
    "i",
    "that",
    "that's",
    "it's",
    "there",
    "this",
    "our",
    "their",
    "his",
    "her",
}

# Questions that ask the reader for advice or a choice, even without "you".
ADVICE = (
    r"\b(?:should|shall|could|would|can|might|must) (?:i|we)\b|\b(?:do|did|would|should|will) "
    r"(?:i|we) (?:\w+ ){0,3}or\b|\bor (?:both|neither|something else|not)\b|^(?:which|anyone|"
    r"anybody|does anyone|has anyone|is anyone|did anyone|can anyone|any (?:[\w-]+ )?(?:tips|"
    r"ideas?|advice|suggestions|recommendations))\b|\b(?:am i|is it just me|what am i)\b|"
    r"\bis (?:it|this|that) (?:normal|ok|okay|weird|wrong|a scam|legit|safe)\b|(?:^|,? )or\b.*\?$"
)
# Questions about the author's own doings ("why do we …?"), which the author answers.
SELF_QUESTION = r"^(?:so |and |but )?(?:why|how|what|when|where|who)\b.*\b(?:we|i|our|my)\b"
# "Parents of teenagers: how much …?" speaks to the reader without saying "you".
_OPENS_CLAUSE = (
    r"how|what|what's|which|who|where|when|why|do|does|did|is|are|was|were|can|could|would|"
    r"should|will|have|has|any|i|we|you|it|this|that|there"
)
# A phrase before a comma that opens with these is an adverbial ("Beyond being a big
# number, what …?"), not the people spoken to.
_NOT_A_NAME = (
    r"beyond|besides|apart|aside|after|before|since|because|if|unless|although|though|while|"
    r"in|on|at|for|with|without|from|by|as|like|unlike|despite|given|other than|now|then|still|"
    r"so|and|but|or|also|plus|anyway|ok|okay|first|second|third|finally|next|again|today|"
    r"honestly|seriously|really|basically|actually|being|having|once|until|during|under|over"
)
VOCATIVE_RE = re.compile(
    rf"^(?!(?:{_OPENS_CLAUSE}|{_NOT_A_NAME})\b)[\w' &#-]{{2,40}}: +\S"
    rf"|^(?!(?:{_OPENS_CLAUSE}|{_NOT_A_NAME})\b)[\w' -]{{2,30}}, +(?=(?:{_OPENS_CLAUSE})\b)\S"
)
AUX = set(
    "do does did is are was were can could should would will have has had shall may might "
    "must 's 're isn't aren't don't doesn't didn't won't wouldn't can't couldn't".split()
)
QUESTION_WORDS = set(
    "what why how who whom whose where when which do does did is are was were can could should "
    "would will have has had any anyone anybody shall may might must isn't aren't don't doesn't "
    "didn't won't wouldn't can't couldn't shouldn't haven't hasn't".split()
)

# Words that show a sentence is a pitch, which a hook question leads into.
OFFER_WORDS = (
    r"\b(?:free|webinar|sale|discount|offer|% off|off everything|guide|course|tickets?|"
    r"register|sign up|book (?:now|today|your)|download|link in bio|shop|order|whitepaper|"
    r"e-?book|demo|trial|pricing|promo|code|subscribe|enrol|enroll|limited|places are|"
    r"spots are|seats are|available now|on sale|now open|our new|introducing)\b"
)

# Questions that are a figure of speech, not a question to anyone.
FORMULA_QUESTIONS = {
    "right",
    "who knew",
    "guess what",
    "isn't it",
    "aren't they",
    "wasn't it",
    "didn't we",
    "why not",
    "what's not to love",
    "what's not to like",
    "you know what",
    "can you believe it",
    "am i right",
    "sound familiar",
    "see",
    "get it",
    "who's excited",
    "ready",
    "are you ready",
    "know what",
    "who doesn't",
    "who doesn't love",
    "what could go wrong",
    "need i say more",
    "how cool is that",
    "how great is that",
    "how awesome is that",
    "isn't that great",
    "isn't that amazing",
    "isn't that something",
    "cool, right",
    "remember",
    "huh",
    "eh",
    "ok",
    "okay",
    "yes",
    "no",
    "really",
    "seriously",
    "why",
    "so",
    "what now",
    "now what",
    "who's ready",
    "who's with us",
    "did you know",
    "why do you ask",
    "what are you waiting for",
    "what are we waiting for",
    "what happened next",
    "the result",
    "the answer",
    "the catch",
    "the secret",
    "the good news",
    "the twist",
    "and then",
    "the verdict",
    "the problem",
    "the lesson",
    "the takeaway",
    "the best part",
}
FORMULA_STARTS = [
    r"^who says\b|"
    r"^(?:why not (?:treat|try|join|come|pop|grab|book|make|give|visit|start|spoil)\b)|"
    r"^(?:did you know|have you heard|guess (?:what|who|where)|who knew|can you believe|"
    r"isn't it|aren't you|wouldn't it be|what if i told you|ever wonder(?:ed)?|"
    r"have you ever wondered|you know what|want to know (?:a )?secret|what's the secret|"
    r"how (?:cool|great|awesome|amazing|neat) is (?:that|this)|who else (?:loves|is excited))\b",
]
# Questions about the reader's needs that lead into a pitch.
HOOK_STARTS = [
    r"^(?:(?:is|are|does|do) your \w+(?: \w+)? (?:ready|prepared|struggling|compliant|set up|"
    r"protected|safe|secure|covered|ready for|keeping up|losing|wasting|costing)\b)",
    r"^(?:have you (?:tried|seen|checked out|visited|heard about|met|booked|got|grabbed)"
    r" (?:our|the new|this|these|my))\b",
    r"^(?:sick of|fed up with|bored of|frustrated (?:with|by)|worried about|think you|"
    r"do you (?:want|need|wish|struggle|find it hard)|want|wanna|need|looking for|"
    r"are you (?:looking|ready|tired|struggling|searching|a|an|still)|tired of|ready (?:to|for)|"
    r"curious (?:about|how|what|why)?|wondering|struggling|interested|thinking (?:about|of)|"
    r"planning (?:a|to|your)|got (?:questions?|plans?|kids|a)|hungry|thirsty|bored|stuck|"
    r"missed|can't make it|still (?:looking|searching|need)|who (?:wants|needs))\b",
]
CLOSED_QUESTIONS = {
    "thoughts",
    "any thoughts",
    "agree",
    "agreed",
    "do you agree",
    "yes or no",
    "yay or nay",
    "agree or disagree",
    "who's in",
    "who's with me",
    "who else",
    "true or false",
    "am i wrong",
    "thoughts on this",
    "opinions",
    "any opinions",
    "right or wrong",
    "make sense",
    "does that make sense",
}
# The start of a sentence that answers the question just asked.
ANSWER_STARTS = [
    r"^(?:it's|it is|it was|this is|that's|that is|"
    r"(?:if|and|so|well|but) (?:the|your|my) answer|(?:a (?:bit|little) of )?(?:both|neither)\b|(?:again,? )?(?:your call|(?:it's )?up to you|"
    r"your choice)|the answer|the short answer|the truth|the reason|the secret|the key|the trick|the result|"
    r"because|not because|simple|easy|short answer|answer|yes|no|nope|yep|"
    r"not (?:really|quite|always|much|yet)|didn't think so|"
    r"turns out|it turns out|spoiler|here's|here is|well|actually|"
    r"you (?:can|should|need|might|may|start|begin|do|don't|just|want|will|have)|"
    r"roughly|approximately|briefly|basically|in a word|in (?:one|two|three) words|simply put|"
    r"absolutely|definitely|certainly|of course|probably|maybe|sometimes|always|never|rarely|"
    r"think again|guess again|not so fast|"
    r"(?:at|on|in|from|until|after|before|every|each|only) (?:the|a|an|our|\d|mon|tue|wed|thu|"
    r"fri|sat|sun|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|noon|midnight)|"
    r"long story short|the short version|in short|put simply|"
    r"(?:a |one )?(?:short |quick |mini |little )?(?:thread|explainer)|let me explain|"
    r"let's (?:find out|look|see|break)|read on|find out|most (?:people|of us|teams|writers)|"
    r"the (?:best|easiest|simplest|quickest|only) way)\b",
    # a one-word reply ("Conservation."), but not a prompt ("Go.", "Discuss.")
    r"^(?!(?:go|discuss|debate|vote|reply|comment|answer|share|tell|explain|thoughts|please)\b)"
    r"\w+[.!]?$",
]
# Signs that the author asks in earnest and waits for the answer.
EARNEST_MARKERS = [
    r"\b(?:before you read on|before reading on|pause (?:here|for a moment)|take a (?:moment|minute|second)|"
    r"honest question|genuine question|real question|quick question|serious question|"
    r"i(?:'m| am) asking|asking for|i want to know|i'd like to know|curious)\b|"
    r"^if you(?:'ve| have|'re| are| work| run| teach|'ve ever| ever)\b|\bfor those of you\b",
]
# Words with which a text announces that it asks the reader something.
ASKING = (
    r"\b(?:genuine|honest|quick|serious|real|dumb|stupid|silly) question\b|\bquestion for\b|"
    r"\basking (?:the|for|you|everyone|all|my)\b|#ask\w+|\bhelp me\b|\bsettle (?:this|a debate)\b|"
    r"\bneed (?:your|some) (?:advice|help|recommendations|tips)\b|\blazyweb\b|\bhive ?mind\b|"
    r"\b(?:a|one|my) question (?:about|on|regarding|for)\b|\basking for a friend\b"
)
SIGN_OFFS = [
    r"^(?:thanks|thank you|cheers|see you|happy (?:writing|reading|posting|weekend|friday)|"
    r"until next time|talk soon|more soon|take care|have a (?:great|good|nice)|enjoy|p\.?s\.?|"
    r"stay tuned|next time|next week|coming up|see you (?:next|soon|there))\b",
]

# Capitalised words that are names, not shouting (ENG020).
_ACRONYM_WORDS = """
AI API APIS ASAP ATM AWS BBC CEO CFO CMS CSS CSV CTA CTO DIY DNA DNS EU FAQ FAQS FBI GDP GDPR GIF
GPS GPU HIV HQ HR HTML HTTP HTTPS IBM ID IOS IP IPO IT JSON KPI KPIS LA LGBT LGBTQ LLC LLM MBA MIT
NASA NATO NBA NFL NGO NGOS NHS NPR NYC OK PDF PHD PR PTA RSS RSVP SAAS SDK SEO SMS SQL SUV TV UK UN
UNESCO UNICEF URL URLS US USA USB UX UI VAT VIP VPN WHO WWII XML YAML YMCA CNN ESPN NYT FIFA UEFA
PTO PPE COVID CDC EPA FDA IRS DMV ICYMI TL DR TLDR AMA CSV SVG PNG JPEG MP3 MP4 QA ROI B2B B2C SMB
"""
ACRONYMS = frozenset(_ACRONYM_WORDS.split())

SECOND_PERSON = re.compile(
    r"\b(?:you|your|yours|yourself|yourselves|you're|you've|you'd|you'll|"
    r"y'all|anyone|anybody|everyone|folks|friends|fellow)\b"
)
FIRST_PERSON_PLURAL = re.compile(
    r"\b(?:we|our|ours|ourselves|we're|we've|we'd|we'll)\b|"
    r"\b(?:us)\b"
)
SECOND_PERSON_ONLY = re.compile(
    r"\b(?:you|your|yours|yourself|yourselves|you're|you've|you'd|"
    r"you'll|y'all)\b"
)


Phrases = Lexicon  # the old name
INVITATION_PHRASES = Lexicon(INVITATIONS)
RESPONSE_PHRASES = Lexicon(RESPONSE_ACTS)
BAIT_PHRASES = Lexicon(BAIT)
CTA_PHRASES = Lexicon(CALLS_TO_ACTION)
CTA_START_RE = compile_all([e.pattern for e in CALLS_TO_ACTION])
IMPERATIVES = frozenset(_calls.IMPERATIVE_VERBS)
PITCH_START_RE = compile_all(_calls.PITCH_STARTS)
COMPLAINT_PHRASES = Lexicon(_questions.COMPLAINTS)
ADDRESSED_COMPLAINT_PHRASES = Lexicon(_questions.ADDRESSED_COMPLAINTS)
DIRECTIVE_TAIL_RE = re.compile(_requests.DIRECTIVE_TAIL)
DIRECTIVE_LEAD_RE = re.compile(_requests.DIRECTIVE_LEAD)
DIRECTIVE_CONJOINED_RE = re.compile(
    _requests.DIRECTIVE_CONJOINED.format(verbs="|".join(sorted(IMPERATIVES)))
)
QUESTION_CONDITION_RE = re.compile(_requests.QUESTION_CONDITION)
CHANNEL_ACTS_RE = re.compile(_requests.CHANNEL_ACTS)
ANNOUNCEMENT_RE = compile_all(ANNOUNCEMENT_OPENERS)
FORMULA_START_RE = compile_all(FORMULA_STARTS)
HOOK_RE = compile_all(HOOK_STARTS)
ANSWER_RE = compile_all(ANSWER_STARTS)
EARNEST_RE = compile_all(EARNEST_MARKERS)
SIGN_OFF_RE = compile_all(SIGN_OFFS)
ASKING_RE = re.compile(ASKING)
RHETORICAL_START_RE = re.compile(_questions.RHETORICAL_START.pattern)
ADVICE_RE = re.compile(ADVICE)
SELF_QUESTION_RE = re.compile(SELF_QUESTION)
TAG_QUESTION_RE = re.compile(_questions.TAG_QUESTION.pattern)
OFFER_RE = re.compile(OFFER_WORDS)

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
KEYWORD_BAIT_RE = re.compile(KEYWORD_BAIT)
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
    words = tokens(text) if words is None else words
    for match in INVITATION_PHRASES.finditer(text, words):
        if _REPORTABLE.match(match.group(0)) and (
            _reported(text, match) or not _you_or_directive(text, match.start())
        ):
            continue
        if _REPORTED_REQUEST.search(text[: match.start()]):
            continue  # "I had asked everyone to email me the results": told, not asked
        return match
    for match in RESPONSE_PHRASES.finditer(text, words):
        verb = next((n for n in ("act", "act2", "act3") if match.groupdict().get(n)), None)
        at = match.start(verb) if verb else match.start()
        if is_directive(text, at) and not _REPORTED_REQUEST.search(text[:at]):
            return match
    if "if" in words:
        condition = QUESTION_CONDITION_RE.search(text)
        if condition:
            for channel in CHANNEL_ACTS_RE.finditer(text):
                if not condition.start() <= channel.start() < condition.end() and is_directive(
                    text, channel.start()
                ):
                    return channel
    return extra.search(text) if extra is not None else None


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
    if _IN_CONDITION.search(text[:at]):
        return False
    return is_directive(text, at) or bool(_ASKED_OF_YOU.search(text[:at]))


# The verb is the condition's own: "if you ask me", "when you tell people".
_IN_CONDITION = re.compile(r"\b(?:if|when|whenever|unless|once) (?:you|anyone|u)\s*$")


_ASKED_OF_YOU = re.compile(
    r"(?:\b(?:can|could|would|will|won't|might|may)n?'?t? (?:you|anyone|anybody|someone|somebody|"
    r"u|one of you|any of you)(?: please| kindly| just)?|\byou|\bu|\bnow)\s*$"
)


_CLAUSE_BREAK = re.compile(r"[,;:!?—–\"(]|\s-\s|\.\s")


def is_directive(text: str, at: int) -> bool:
    """Whether the verb phrase starting at `at` is used as a directive: it opens its
    clause ("Open an issue", "If it breaks, file a bug"), or follows a frame that
    makes it one ("please", "you can", "feel free to", "we encourage you to")."""
    before = text[:at]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    clause = clause.lstrip()
    if DIRECTIVE_LEAD_RE.match(clause) or DIRECTIVE_TAIL_RE.search(clause):
        return True
    if DIRECTIVE_CONJOINED_RE.match(clause):
        return True  # "Please test it out and contact me"
    # "If you spot a mistake please report it" without the comma
    if re.match(r"^(?:if|when|whenever|once) (?:you|anyone)\b.*\b(?:please|just)\s*$", clause):
        return True
    # "If you get stuck reach out": a condition ended without its comma, so the act
    # follows a word that cannot lead into a verb of the condition itself.
    unpunctuated = _UNPUNCTUATED_CONDITION.search(clause)
    return unpunctuated is not None and clause.split()[-1] not in _LEADS_INTO_VERB


_UNPUNCTUATED_CONDITION = re.compile(
    r"(?:^|\b(?:so|and|but) )(?:if|when|once) (?:you|anyone)(?:'d|'re|'ve)?\w* (?:\S+ ){2,}$"
)
_LEADS_INTO_VERB = frozenset(
    "you anyone to and or not never ever also can could would will should might may must "
    "i we they it please just then still already".split()
)


# A request someone made in the past, reported: "we asked the testers to …".
_REPORTED_REQUEST = re.compile(
    r"\b(?:asked|told|invited|encouraged|begged|reminded|urged|wanted|needed|got|had "
    r"(?:asked|told))\b[^,;:.!?]{0,60}\bto\s*$"
)
_CLAUSE_END = re.compile(r"[,;:—–]\s*$")


def _reported(text: str, match: re.Match[str]) -> bool:
    before = re.findall(r"[\w']+", text[: match.start()])
    after = re.findall(r"[\w']+", text[match.end() :])
    previous = before[-1] if before else ""
    if _CLAUSE_END.search(text[: match.start()]):
        previous = ""  # "If you have one of the shirts, let us know": a new clause
    following = after[0] if after else ""
    if previous in _DESCRIPTIVE_SUBJECTS:
        return True
    if previous.endswith("s") and previous not in ("please", "thanks", "yes", "us", "this"):
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
