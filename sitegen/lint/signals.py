"""The phrases the engagement rules look for. Data first, a few small matchers after.

All patterns are matched against one sentence at a time, lower-cased, with curly
apostrophes straightened. Extra phrases from site.yaml (`invitation_phrases`,
`bait_phrases`) are added as plain, case-insensitive substrings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

_ME = r"(?:me|us)"
_I = r"(?:i|we)"
_WOULD = r"(?:'d|'ll| would| will)"

# Explicit requests for a response ("tell us", "I'd love to hear", "hit reply" …).
INVITATIONS = [
    ("give show tell", rf"\b(?:give|show|tell) {_ME} (?:your|a|an|some|any|one)\b"),
    (
        "advise please recommendations tips suggestions ideas help",
        r"\b(?:please advise|advice please|recommendations please|tips please|"
        r"suggestions please|ideas please|help please|(?:please )?send help)\b",
    ),
    ("hear", r"\b(?:i|we)(?:'d| would) (?:like|love|want) to hear from\b"),
    ("go discuss debate", r"^(?:go|discuss|debate)[.!]*$"),
    ("send drop", rf"\b(?:send|drop) {_ME} an? (?:private |direct )?(?:dm|message|note|line)\b"),
    ("dms", r"\b(?:my |our )?dms (?:are )?open\b"),
    ("reach", r"\breach out\b"),
    ("dms hmu chat talk", r"\b(?:my |our )?dms are open\b|\bhmu\b|\blet's (?:chat|talk)\b"),
    ("recommend suggest", rf"\b(?:recommend|suggest) {_ME}\b"),
    (
        "curious wondering",
        r"\b(?:i'm|i am|we're|genuinely|really|just|so) (?:curious|wondering) "
        r"(?:how|what|whether|if|why|which|where|who|about)\b",
    ),
    ("settle", r"\bsettle (?:this|a debate|an argument|it)\b"),
    ("change prove fight convince", r"\b(?:change my mind|fight (?:me|us)|convince me)\b"),
    ("pick choose", r"^(?:pick|choose) (?:one|a side)\b.*(?:\bor\b|:)"),
    ("honest", r"^be honest\b|\bhonest (?:answers|opinions|replies|views) (?:only|please)\b"),
    (
        "please",
        r"\bplease (?:call|text|contact|get in touch|message|email|dm|reply|comment|"
        r"let (?:me|us) know|tell (?:me|us)|share your)\b",
    ),
    ("tell show teach remind ask", rf"\b(?:tell|show|teach|remind|ask) {_ME}\b"),
    ("let", rf"\blet {_ME} know\b"),
    (
        "love like glad happy curious keen interested",
        rf"\b{_I}{_WOULD} (?:really |so |genuinely )?(?:love|like|be (?:glad|happy|curious|keen|interested)) "
        r"to (?:hear|know|read|learn|collect|find out)\b",
    ),
    (
        "curious keen eager interested",
        rf"\b{_I}(?:'m|'re| am| are) (?:really |genuinely |so |very )?(?:curious|keen|eager|interested) "
        r"(?:to (?:hear|know|learn|read)|(?:about|in) (?:your|what you|how you|which))\b",
    ),
    ("curious", r"\b(?:i'm|we're|i am|we are) (?:really |genuinely )?curious\b"),
    (
        "want need love",
        rf"\b{_I} (?:want|need|would love) to (?:hear|know|learn) (?:from you|what you|how you|about your|your|which)\b",
    ),
    ("want", rf"\b{_I} want your (?:take|thoughts|input|feedback|stories|ideas|questions|view)\b"),
    ("share drop", r"\b(?:share|drop) (?:us |me |with us |with me )?your\b"),
    (
        "leave drop post send",
        r"\b(?:leave|drop|post|send) (?:us |me )?(?:a|an|your) (?:comment|reply|note|message|answer|"
        r"suggestion|question)\b",
    ),
    (
        "reason reasons answer answers thoughts ideas stories vote votes pick picks tips "
        "suggestions recommendations questions experience experiences favourite favourites "
        "favorite favorites guess guesses view views",
        r"\bwith your (?:reasons?|answers?|thoughts|ideas|stories|votes?|picks?|tips|suggestions|"
        r"recommendations|questions|experiences?|favou?rites?|guess(?:es)?|views?)\b",
    ),
    (
        "welcome appreciated wanted encouraged",
        r"\b(?:honest |all |any |your |reader |candid )?(?:opinions|thoughts|feedback|advice|ideas|"
        r"suggestions|input|answers|replies|stories|tips|views|questions|corrections|"
        r"self-promo|self promo|self-promotion|nominations|recommendations)"
        r"(?: are| is)?(?: very| always| most| more than| all)? (?:welcome|appreciated|wanted|encouraged)\b",
    ),
    (
        "value welcome appreciate love",
        rf"\b{_I}(?:'d| would) (?:really |genuinely |so )?(?:value|welcome|appreciate|love) "
        r"(?:your|any|views|thoughts|input|advice|feedback|ideas|suggestions|hearing|opinions|stories|"
        r"tips|recommendations|answers|to hear|to know|critique|comments|pushback|corrections|"
        r"criticism|questions)\b",
    ),
    (
        "share post drop leave send tell give",
        r"\b(?:share|post|drop|leave|send|tell|give) (?:us |me )?(?:your|a|some|any|one|those) (?:own )?"
        r"(?:story|stories|thoughts?|ideas?|experiences?|tips?|takes?|questions?|feedback|opinions?|"
        r"suggestions?|answers?|favou?rites?|examples?|recommendations?|memories|views?|comments?|"
        r"wins|struggles|advice|picks?|tricks?|questions?|input|lessons?|mistakes?|horror stories)\b",
    ),
    (
        "reply respond answer comment write",
        r"\b(?:reply|respond|answer|comment|write back)(?: to (?:this|me|us|the thread|this post))?"
        r" (?:below|here|with|in the comments|and tell|and let|if you|or dm|or message|or email|"
        r"or e-mail|or write|or comment|or call|to let|by)\b",
    ),
    (
        "reply respond answer comment write",
        r"^(?:reply|respond|comment|write back)\b(?!:| rates?\b| counts?\b)|"
        r"^answer (?:below|here|in the|this|me|us)\b",
    ),
    ("reply", r"\b(?:hit|press) reply\b"),
    ("comments replies thread", r"\b(?:in|into) the (?:comments|replies|thread)\b"),
    ("comment comments", r"\bcomments? (?:are|is) open\b"),
    (
        "conversation discussion thread debate",
        r"\b(?:join|start) (?:the|a|our) (?:conversation|discussion|thread|debate)\b",
    ),
    (
        "what's",
        r"\bwhat's your (?:take|view|experience|story|answer|approach|method|trick|secret|verdict|"
        r"opinion|pick|guess|excuse|plan|favou?rite)\b",
    ),
    (
        "dm message email e-mail write text ping drop",
        rf"\b(?:dm|message|email|e-mail|write to|text|ping|drop) {_ME}\b(?! for (?:pricing|a quote|details))",
    ),
    ("drop", r"\bdrop (?:me|us) a (?:line|note|message)\b"),
    ("touch", r"\bget in touch\b"),
    ("ask", rf"\bask {_ME} (?:anything|your questions?|questions?|about)\b"),
    ("vote", r"\bvote and (?:tell|let|explain|say)\b"),
    (
        "read",
        rf"\b{_I} read (?:every|all|each) (?:reply|replies|answer|answers|comment|comments|message|"
        r"messages|email|emails|response|responses)\b",
    ),
    (
        "love",
        r"\b(?:would|'d) love (?:to hear|to know|to read|your (?:thoughts|take|input|feedback|"
        r"ideas|stories|views|opinions?|advice|suggestions|answers|help|questions|recommendations))\b",
    ),
    ("happy", r"\bhappy to (?:hear|answer|chat|discuss|talk)\b"),
    ("chime weigh", r"\b(?:chime|weigh) in\b"),
    ("sound", r"\bsound off\b"),
    (
        "help",
        rf"(?:^|\b(?:please|can you|could you|would you) )help {_ME} "
        r"(?:decide|choose|pick|understand|figure out|shape|improve)\b",
    ),
    (
        "need want",
        r"\b(?:i|we) (?:need|want) your (?:input|advice|ideas|opinions?|thoughts|take)\b",
    ),
    ("correct prove", rf"\bcorrect {_ME}\b|\bprove {_ME} wrong\b"),
    ("miss wrong overlook", r"\bwhat (?:did|would|do|have) (?:i|we) (?:miss|get wrong|overlook)\b"),
    (
        "shape decide go feed",
        r"\b(?:your|reader) (?:replies|answers|stories) (?:will )?(?:shape|decide|go into|feed)\b",
    ),
]

# Engagement bait: asking for likes, shares, tags or keywords in exchange for
# something, or as a test of loyalty. Never an invitation, even when friendly.
BAIT = [
    (
        "win enter entered qualify chance unlock entries entry",
        r"\b(?:like|share|retweet|rt|repost|boost|follow|tag|comment|subscribe|save|reply)\b"
        r"[^.!?\n]{0,80}\b(?:to (?:win|enter|be entered|qualify|get (?:a|your) chance)|"
        r"for (?:a|your) chance|to unlock|and win|entries?\b)",
    ),
    (
        "giveaway sweepstake sweepstakes contest raffle prize",
        r"\b(?:giveaway|sweepstakes?|contest|raffle|prize draw)\b[^.!?\n]{0,80}"
        r"\b(?:like|share|tag|follow|comment|retweet|repost)\b",
    ),
    (
        "tag",
        r"\btag (?:a|your|\d+|two|three|some|the) (?:friends?|bff|bestie|buddy|buddies|mom|mum|dad|"
        r"partner|someone|people|mates?|coworkers?|colleagues?|person)\b",
    ),
    ("tag", r"\btag (?:someone|somebody|anyone) (?:who|that)\b"),
    ("tag", r"\btag (?:them|him|her|your mates|a mate)\b"),
    (
        "if",
        r"\b(?:like|share|double[- ]tap|heart|rt|retweet|repost|boost|save) (?:this )?(?:post )?if (?:you|u)\b",
    ),
    (
        "comment type reply drop",
        r"\b(?:comment|type|reply|drop)(?: with)? (?:an? )?(?:emoji|❤️|🔥|🙌|👇|🙋)",
    ),
    (
        "like follow share comment",
        r"\b(?:like|follow|share|comment on) (?:this(?: post| page)?|us|our page)"
        r" (?:to|and (?:we'll|we will|you'll)) (?:see|get|unlock|receive|download|access|send)\b",
    ),
    ("smash", r"\bsmash (?:that|the) (?:like|follow|subscribe)\b"),
    ("scroll", r"\bdon't scroll (?:past|without)\b"),
    (
        "share like repost",
        r"\bonly (?:\d+|true|real) (?:%|percent|fans|people)? ?(?:will|can) (?:share|like|repost)\b",
    ),
    ("if", r"\bif you (?:agree|love|support)[^.!?\n]{0,40}\b(?:share|like|repost|retweet|type)\b"),
]

# "Comment YES if …": matched on the original text, because the capitals matter.
KEYWORD_BAIT = (
    r"\b(?:[Cc]omment|[Tt]ype|[Rr]eply|[Ww]rite|[Dd]rop|[Ss]ay)(?: with| a| an)? "
    r"[\"'“‘]?[A-Z]{2,}[\"'”’]?(?: below| in the comments)?(?: if| to| and| for)\b"
)

# One-way calls to action: they ask people to act, not to answer.
CALLS_TO_ACTION = [
    ("meet", r"^meet\b"),
    (
        "read check click tap visit download subscribe sign register buy shop order book donate grab reserve rsvp enrol enroll install upgrade preorder pre-order claim apply watch listen stream tune follow join get learn find see discover explore try",
        r"\b(?:read|check out|click|tap|visit|download|subscribe|sign up|register|buy|shop|order|"
        r"book|donate|grab|reserve|rsvp|enrol|enroll|install|upgrade|pre-?order|claim|apply|watch|"
        r"listen|stream|tune in|follow us|join us|get (?:yours|your|tickets|started|the)|"
        r"learn more|find out (?:more|how)|see (?:more|how|the)|discover|explore|try (?:it|the|our))\b",
    ),
    ("link", r"\blink in (?:bio|profile|comments)\b"),
    ("don't", r"\bdon't miss\b"),
    ("now", r"\b(?:available|on sale|live) now\b"),
    ("code", r"\buse (?:code|promo code)\b"),
    ("limited last", r"\b(?:limited|last) (?:time|chance|spots?|seats?)\b"),
]

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
VOCATIVE_RE = re.compile(
    rf"^(?!(?:{_OPENS_CLAUSE})\b)[\w' &#-]{{2,40}}: +\S"
    rf"|^(?!(?:{_OPENS_CLAUSE})\b)[\w' -]{{2,30}}, +(?=(?:{_OPENS_CLAUSE})\b)\S"
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

# A question that opens with "so/then/but why…" sets up the author's own point.
RHETORICAL_START = (
    r"^(?:so|then|but|and|yet|now) (?:why|what|how|where|who|when|is|isn't|does|doesn't|"
    r"can|could|should|would|are|aren't)\b"
)
# "…, isn't it?" "…, right?"
TAG_QUESTION = (
    r",\s*(?:(?:isn't|aren't|wasn't|weren't|doesn't|don't|didn't|won't|wouldn't|can't|couldn't|"
    r"shouldn't|hasn't|haven't|is|are|was|does|do) (?:it|they|we|he|she|that|there|you|i)|"
    r"right|no|huh|eh|yes|ok|okay|see)\s*[?!.]*$"
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
    r"curious (?:about|how|what|why)?|wondering|struggling|interested in|thinking (?:about|of)|"
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
    r"the answer|the short answer|the truth|the reason|the secret|the key|the trick|the result|"
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
    r"\bneed (?:your|some) (?:advice|help|recommendations|tips)\b|\blazyweb\b|\bhive ?mind\b"
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


def compile_all(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_TOKEN = re.compile(r"[a-z0-9][a-z0-9'-]*")


def tokens(text: str) -> frozenset[str]:
    """The words of a normalised sentence, for the anchor test below."""
    return frozenset(_TOKEN.findall(text))


class Phrases:
    """A list of (anchor words, pattern): a pattern is tried only when the sentence
    contains one of its anchors, which every match of it contains. One combined
    pattern would be simpler but is about ten times slower on long posts."""

    def __init__(self, entries: Sequence[tuple[str, str]]) -> None:
        self.patterns = [re.compile(p) for _, p in entries]
        self.index: dict[str, list[int]] = {}  # anchor word → the patterns it may start
        for number, (anchors, _) in enumerate(entries):
            for word in anchors.split():
                self.index.setdefault(word, []).append(number)
        self.anchors = frozenset(self.index)

    def finditer(self, text: str, words: frozenset[str] | None = None) -> list[re.Match[str]]:
        words = tokens(text) if words is None else words
        present = self.anchors.intersection(words)
        if not present:
            return []
        chosen = sorted({n for word in present for n in self.index[word]})
        found = [m for n in chosen for m in self.patterns[n].finditer(text)]
        return sorted(found, key=lambda m: m.start()) if len(found) > 1 else found

    def search(self, text: str, words: frozenset[str] | None = None) -> re.Match[str] | None:
        found = self.finditer(text, words)
        return found[0] if found else None


INVITATION_PHRASES = Phrases(INVITATIONS)
BAIT_PHRASES = Phrases(BAIT)
CTA_PHRASES = Phrases(CALLS_TO_ACTION)
CTA_START_RE = compile_all(p for _, p in CALLS_TO_ACTION)
ANNOUNCEMENT_RE = compile_all(ANNOUNCEMENT_OPENERS)
FORMULA_START_RE = compile_all(FORMULA_STARTS)
HOOK_RE = compile_all(HOOK_STARTS)
ANSWER_RE = compile_all(ANSWER_STARTS)
EARNEST_RE = compile_all(EARNEST_MARKERS)
SIGN_OFF_RE = compile_all(SIGN_OFFS)
ASKING_RE = re.compile(ASKING)
RHETORICAL_START_RE = re.compile(RHETORICAL_START)
ADVICE_RE = re.compile(ADVICE)
SELF_QUESTION_RE = re.compile(SELF_QUESTION)
TAG_QUESTION_RE = re.compile(TAG_QUESTION)
OFFER_RE = re.compile(OFFER_WORDS)

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
KEYWORD_BAIT_RE = re.compile(KEYWORD_BAIT)
_KEYWORD_BAIT_VERBS = frozenset("comment type reply write drop say".split())
# A block holding none of these words (and no "?") holds no request and no bait.
READING_ANCHORS = INVITATION_PHRASES.anchors | BAIT_PHRASES.anchors | _KEYWORD_BAIT_VERBS


_LEADING_NOISE = re.compile(r"^(?:[^\w\"'(@]+|@[\w.@-]+\s*)+")


def normalise(text: str) -> str:
    """Lower case, straight apostrophes, no leading emoji, bullets or @mentions."""
    text = text.translate(_APOSTROPHES).strip()
    return _LEADING_NOISE.sub("", text).lower()


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
    """An explicit request for a response in a (normalised) sentence. "Tell us" and
    friends count only when addressed to the reader, not in "visitors tell us …"."""
    for match in INVITATION_PHRASES.finditer(text, words):
        if _REPORTABLE.fullmatch(match.group(0)) and _reported(text, match):
            continue
        return match
    return extra.search(text) if extra is not None else None


def _reported(text: str, match: re.Match[str]) -> bool:
    before = re.findall(r"[\w']+", text[: match.start()])
    after = re.findall(r"[\w']+", text[match.end() :])
    previous = before[-1] if before else ""
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
