"""Engagement bait: likes, shares, tags or keywords asked for in exchange for
something, or as a test of loyalty. Never an invitation, even when friendly, with
one exception: "tag a friend who …", prize or none (`TAG_WHO`, below).

The verbs must be used as a request (at the start of a clause, or after "please",
"just", "and"): "it looks like if you squint" or "I needed to write HTML and CSS"
use the same words for something else.
"""

from __future__ import annotations

from sitegen.lint.phrases import entry

# Where an imperative may stand: the start of the sentence or of a clause.
_CLAUSE = r"(?:^|[,;:!—–-] |\b(?:please|just|and|then|so|now|simply|pls|plz) )"

_PERSON = (
    r"(?:friends?|bff|bestie|buddy|buddies|mom|mum|dad|parents?|partner|mates?|coworkers?|"
    r"colleagues?|person|people|brother|sister|sibling|cousin|aunt|uncle|grandma|grandpa|nan|"
    r"boss|neighbou?r|kids?|son|daughter|husband|wife|boyfriend|girlfriend|roommate|"
    r"flatmate|teammate)"
)

BAIT = [
    entry(
        "win enter entered qualify chance unlock entries entry",
        r"\b(?:like|share|retweet|rt|repost|boost|follow|tag|comment|subscribe|save|reply)\b"
        r"[^.!?\n]{0,80}\b(?:to (?:win|enter|be entered|qualify|get (?:a|your) chance)|"
        r"for (?:a|your) chance|to unlock|and win|entries?\b)",
        "Share this post to win a picnic hamper!",
        "Follow us and tag a friend for your chance to win.",
        counter=("She won the chess club prize.",),
    ),
    entry(
        "giveaway sweepstake sweepstakes contest raffle prize",
        r"\b(?:giveaway|sweepstakes?|contest|raffle|prize draw)\b[^.!?\n]{0,80}"
        r"\b(?:like|share|tag|follow|comment|retweet|repost)\b",
        "Giveaway time: like and share this post.",
        counter=("The raffle raised 300 pounds.",),
    ),
    entry(
        "tag",
        rf"\btag (?:a|your|\d+|two|three|some|the) (?:[\w-]+ )?(?:{_PERSON}|someone)\b",
        "Tag your bestie who needs a nap.",
        counter=("Git lets you tag a release.",),
    ),
    entry("tag", r"\btag (?:someone|somebody|anyone) (?:who|that)\b", "Tag someone who snores."),
    entry("tag", r"\btag (?:them|him|her|your mates|a mate)\b", "Know a baker? Tag them!"),
    entry(
        "if",
        _CLAUSE + r"(?:(?:share|rt|retweet|repost|boost) (?:this )?(?:post )?if (?:you|u)\b|"
        r"(?:like|double[- ]tap|heart|save) (?:this )?(?:post )?if (?:you|u) (?:(?:also|too|still|"
        r"really|totally|ever|can|do|did|have ever|'ve ever) )?(?:agree|love|miss|remember|support|"
        r"relate|feel|are|'re|want|like|grew up|believe|think|know (?:the|what|this|that))\b)",
        "Like if you miss summer.",
        "Double-tap if you agree!",
        counter=(
            "It would look like if you stacked the boxes.",
            "This is like if you baked a cake without flour.",
            "It helps to be specific. Like if you tell a colleague what went well.",
        ),
    ),
    entry(
        "comment type reply drop",
        r"\b(?:comment|type|reply|drop)(?: with)? (?:an? )?(?:emoji|❤️|🔥|🙌|👇|🙋)",
        "Drop a 🔥 if you are coming.",
    ),
    entry(
        "like follow share comment",
        r"\b(?:like|follow|share|comment on) (?:this(?: post| page)?|us|our page)"
        r" (?:to|and (?:we'll|we will|you'll)) (?:see|get|unlock|receive|download|access|send)\b",
        "Like this page to get the free pattern.",
    ),
    entry("smash", r"\bsmash (?:that|the) (?:like|follow|subscribe)\b", "Smash that like button!"),
    entry("scroll", r"\bdon't scroll (?:past|without)\b", "Don't scroll past without a like!"),
    entry(
        "share like repost",
        r"\bonly (?:\d+|true|real) (?:%|percent|fans|people)? ?"
        r"(?:will|can) (?:share|like|repost)\b",
        "Only true fans will share this.",
    ),
    entry(
        "if",
        r"\bif you (?:agree|love|support)[^.!?\n]{0,40}\b(?:share|like|repost|retweet|type)\b",
        "If you love our town, share this post.",
    ),
]

# "Comment YES if …": matched on the original text, because the capitals matter. The
# verb is an imperative (clause-initial) and the keyword is a short word or quoted.
KEYWORD_BAIT = (
    r"(?:^|[.!?,;:] |\b(?:[Pp]lease|[Jj]ust|and|[Ss]imply) )"
    r"(?:[Cc]omment|[Tt]ype|[Rr]eply|[Ww]rite|[Dd]rop|[Ss]ay)(?: with| a| an)? "
    r"(?:[\"'“‘][A-Z]{2,}[\"'”’]|[A-Z]{2,})(?: below| in the comments)?(?: if| to| and| for)\b"
)
KEYWORD_BAIT_EXAMPLES = ("Comment YES if you want the recipe.", "Type 'ME' below if you're in.")
KEYWORD_BAIT_COUNTER = ("I decided to write an OS for fun.", "I needed to write HTML and CSS.")

# "Tag a friend who …" asks the reader to answer by naming someone the clause
# describes: bait by its form (ENG012), and also a request for a response, as the
# rubric (b) counts it, prize or none.
TAG_WHO = (
    rf"\btag (?:(?:a|your|one|some|\d+|two|three|the|that|this) (?:[\w-]+ )?{_PERSON}|"
    r"someone|somebody|anyone)(?: (?:you|u) (?:know|love|think|would|'d|need))? "
    r"(?:who|that|you|u)\b"
)
