"""What may follow a question: its answer, a promise of one, or a sign-off that
leaves it open.

A question the text answers is rhetorical. These entries are the openings of a
sentence that answers the question just asked, the sentences that say the text
will answer it, and the closings that do not answer anything.
"""

from __future__ import annotations

from sitegen.lint.phrases import entry

# The start of a sentence that answers the question just asked.
ANSWERS = [
    entry(
        "",
        r"^(?:it's|it is|it was|this is|that's|that is|because|not because|turns out|"
        r"it turns out|here's|here is|well|actually|"
        # the author comments on what the question pointed at: "That alone says a lot."
        r"(?:this|that) (?:itself|alone|in itself|right there) (?:is|was|says|tells|shows))\b",
        "Because the kiln needs a full day to cool.",
        "Well, it depends on the tide.",
        "That alone is worth the trip!",
    ),
    entry(
        "",
        r"^(?:(?:if|and|so|well|but) (?:the|your|my) answer|the answer|the short answer|the truth|"
        r"the reason|the secret|the key|the trick|the result|short answer|answer|simple|easy|"
        r"spoiler|long story short|the short version|in short|put simply|simply put|briefly|"
        r"basically|in a word|in (?:one|two|three) words)\b",
        "The short answer: patience.",
        "If your answer is Tuesday, you are right.",
    ),
    entry(
        "",
        r"^(?:yes|no|nope|yep|not (?:really|quite|always|much|yet|so much)|didn't think so|"
        r"absolutely|"
        r"definitely|certainly|of course|probably|maybe|sometimes|always|never|rarely|"
        r"think again|guess again|not so fast|(?:a (?:bit|little) of )?(?:both|neither)|"
        r"without (?:a )?(?:doubt|hesitation|question)|no doubt|hands down|in a heartbeat|"
        r"you bet|by all means|not at all|not for a second|for sure)\b",
        "Nope, not even close.",
        "Without hesitation.",
        "A bit of both, honestly.",
        "Not so much.",
    ),
    entry(
        "",
        r"^(?:(?:again,? )?(?:your call|(?:it's )?up to you|your choice)|"
        r"you (?:can|should|need|might|may|start|begin|do|don't|just|want|will|have))\b",
        "Your call!",
        "You start with the smallest room.",
    ),
    entry(
        "",
        r"^(?:roughly|approximately|(?:at|on|in|from|until|after|before|every|each|only) "
        r"(?:the|a|an|our|\d|mon|tue|wed|thu|fri|sat|sun|january|february|march|april|may|june|"
        r"july|august|september|october|november|december|noon|midnight))\b",
        "Roughly forty minutes.",
        "On the first Saturday of the month.",
    ),
    entry(
        "",
        r"^(?:(?:a |one )?(?:short |quick |mini |little )?(?:thread|explainer)|let me explain|"
        r"let's (?:find out|look|see|break)|read on|find out|most (?:people|of us|teams|writers)|"
        r"the (?:best|easiest|simplest|quickest|only) way)\b",
        "Let's find out.",
        "The easiest way is to ask at the desk.",
    ),
    # a one-word reply ("Conservation."), but not a prompt ("Go.", "Discuss.")
    entry(
        "",
        r"^(?!(?:go|discuss|debate|vote|reply|comment|answer|share|tell|explain|thoughts|please)\b)"
        r"\w+[.!]?$",
        "Compost.",
        counter=("Discuss.",),
    ),
]
# A later sentence that says the text goes on to answer: "We look at these
# questions below", "This post tries to define it".
PROMISES = entry(
    "",
    r"\b(?:these|those|both|such|the|this|that|all of these) questions?\b|"
    r"\b(?:let's|let us|we'll|we will|i'll|i will) (?:find out|take a (?:closer )?look|look at|"
    r"explore|dig into|answer|get to the answer)\b|"
    r"\b(?:we're|we are|i'm|i am) (?:now |still |about to |trying to |busy )?finding out\b|"
    r"\b(?:we're|we are|i'm|i am) (?:about to|going to|trying to|here to) find out\b|"
    r"\bthis (?:post|article|piece|talk|guide|essay) (?:is an attempt to|attempts to|tries to|"
    r"will|explores|answers|looks at|explains|sets out to)\b",
    "We take a closer look at these questions below.",
    "This post tries to answer it with numbers.",
    counter=("The hall was full by seven.",),
)
# A later reply to a yes/no question: "… Oh yes. Every week."
REPLIES = entry(
    "",
    r"^(?:(?:oh|well|and|but|so|sadly|happily),? )*(?:yes|no|yep|nope|yeah|nah|absolutely|"
    r"definitely|of course|not really|not at all)\b",
    "Oh yes, every single time.",
    "Sadly, no.",
    counter=("Nobody came.",),
)
# Closings after a question that do not answer it: the question stays open.
SIGN_OFFS = entry(
    "",
    r"^(?:thanks|thank you|cheers|see you|happy (?:writing|reading|posting|weekend|friday)|"
    r"until next time|talk soon|more soon|take care|have a (?:great|good|nice)|enjoy|p\.?s\.?|"
    r"stay tuned|next time|next week|coming up|see you (?:next|soon|there))\b",
    "Thanks for reading!",
    "Have a good weekend.",
    counter=("The next train leaves at six.",),
)
# The author offering to answer what the question invites: the question stays open
# ("Questions? I'm happy to explain more.").
OFFERS_TO_ANSWER = entry(
    "",
    r"^(?:(?:and|but|so),? )?(?:i'm|i am|we're|we are|i'd be|we'd be|i'll be|we'll be) "
    r"(?:always |more than |very |really |so )?(?:happy|glad|delighted|keen|pleased) to "
    r"(?:explain|answer|help|chat|talk|share more|tell you more|go into|discuss|hear)\b",
    "I'm happy to explain more about the fund.",
    "We'd be glad to answer anything else.",
    counter=("I'm happy to announce our new hall.",),
)
