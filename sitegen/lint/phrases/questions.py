"""How questions are used without waiting for an answer.

A question counts as an invitation when it is addressed to the reader and the text
does not answer it. These entries describe the other uses: figures of speech,
hooks that lead into a pitch, complaints and disbelief, and the openings of the
sentences that answer a question.
"""

from __future__ import annotations

from sitegen.lint.phrases import entry

# Complaint or disbelief phrased as a question, not addressed to the reader: an
# intensifier ("really", "still", "even") with the speaker or a third party as
# subject, or a negative yes/no question ("Wasn't one outage enough?").
COMPLAINTS = [
    entry(
        "really still even seriously hell heck earth",
        r"^(?:(?:so|and|but|then|ok|okay|honestly|like|i mean),? )*"
        r"(?:(?:why|how|what|who|where|when) )?(?:is|are|was|were|do|does|did|can|could|will|"
        r"would|have|has|am) (?:they|we|he|she|these|those|people|companies)\b"
        r"(?:(?! you\b| your\b| anyone\b| anybody\b)[^?])*"
        r"\b(?:really|still|even|seriously|the hell|the heck|on earth)\b(?![^?]*\bor\b)",
        "How are they still charging for this?",
        "Are we really fine with a two-hour queue?",
        "Why do they even stop there?",
        counter=(
            "Do you still use a paper diary?",
            "Is anyone really using the old API?",
            "Are the old maps really accurate or just pretty?",
            "Does this still work on the older tablets?",
        ),
    ),
    entry(
        "wasn't weren't isn't aren't didn't doesn't don't haven't hasn't won't can't "
        "shouldn't wouldn't couldn't",
        r"^(?:(?:so|and|but|then),? )*(?:wasn't|weren't|isn't|aren't|didn't|doesn't|don't|"
        r"haven't|hasn't|won't|can't|shouldn't|wouldn't|couldn't) "
        r"(?!you\b|anyone\b|anybody\b|somebody\b|someone\b)",
        "Wasn't one recall enough?",
        "Shouldn't the council have fixed this by now?",
        counter=("Don't you love a long weekend?", "Hasn't anyone tried the ferry?"),
    ),
    entry(
        "already",
        r"\b(?:is it|it's|is this|are we|is that) (?:[\w'-]+ ){0,4}already\W*$",
        "How is it December already?",
        "Is it the end of term already?!",
        counter=("Has anyone already booked the hall?",),
    ),
    entry(
        "paying pay paid for point",
        r"^what (?:am i|are we|is anyone|are they|is it) (?:even )?(?:paying|paid)\b|"
        r"^what(?:'s| is) the point\b",
        "What am I paying the landlord for?",
        "What's the point of a queue nobody moves in?",
    ),
]
# Disbelief or reproach aimed at someone, "you" included: not a question to answer.
ADDRESSED_COMPLAINTS = [
    entry(
        "even ever",
        r"\bwhy (?:would|should|do|does|did) (?:you|anyone|anybody|someone|somebody|they) "
        r"(?:even|ever)\b",
        "And why would you even build a car park there?",
        "Why would anyone ever print that?",
        counter=("Why would you pick the blue one?",),
    ),
    entry(
        "how",
        r"^(?:(?:so|and|but|hey|seriously|honestly),? )*(?:is|was) this how (?:you|they|we) "
        r"(?:treat|thank|reward|handle|look after|talk to|serve)\b",
        "Is this how you treat people who have paid for a year?",
        counter=("Is this how you pronounce it?",),
    ),
    entry(
        "kidding serious thinking dare",
        r"^(?:(?:so|and|but|honestly|seriously),? )*(?:are you (?:kidding|serious|joking)|"
        r"what were (?:you|they) thinking|how dare (?:you|they))\b",
        "Are you kidding me, another rail strike?",
        "What were they thinking with that font?",
    ),
]
# Questions that open a reply to themselves: "So what is X? …", "But why? …".
RHETORICAL_START = entry(
    "so then but and yet now",
    r"^(?:so|then|but|and|yet|now) (?:why|what|how|where|who|when|is|isn't|does|doesn't|"
    r"can|could|should|would|are|aren't)\b",
    "So why does this matter?",
    counter=("Why does this matter to you?",),
)
# "…, isn't it?" "…, right?"
TAG_QUESTION = entry(
    "isn't aren't wasn't weren't doesn't don't didn't won't wouldn't can't couldn't shouldn't "
    "hasn't haven't is are was does do right no huh eh yes ok okay see",
    r",\s*(?:(?:isn't|aren't|wasn't|weren't|doesn't|don't|didn't|won't|wouldn't|can't|couldn't|"
    r"shouldn't|hasn't|haven't|is|are|was|does|do) (?:it|they|we|he|she|that|there|you|i)|"
    r"right|no|huh|eh|yes|ok|okay|see)\s*[?!.]*$",
    "The view was worth the climb, wasn't it?",
)
