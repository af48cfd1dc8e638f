"""One-way calls to action: they ask people to act, not to answer (ENG013), and the
imperatives with which a text answers its own hook question with a pitch."""

from __future__ import annotations

from sitegen.lint.phrases import entry

CALLS_TO_ACTION = [
    entry("meet", r"^meet\b", "Meet our new head librarian."),
    entry(
        "read check click tap visit download subscribe sign register buy shop order book donate "
        "grab reserve rsvp enrol enroll install upgrade preorder pre-order claim apply watch "
        "listen stream tune follow join get learn find see discover explore try",
        r"\b(?:read|check out|click|tap|visit|download|subscribe|sign up|register|buy|shop|order|"
        r"book|donate|grab|reserve|rsvp|enrol|enroll|install|upgrade|pre-?order|claim|apply|watch|"
        r"listen|stream|tune in|follow us|join us|get (?:yours|your|tickets|started|the)|"
        r"learn more|find out (?:more|how)|see (?:more|how|the)|discover|explore|"
        r"try (?:it|the|our))\b",
        "Read the full story on our site.",
        "Grab your tickets before Friday.",
    ),
    entry("link", r"\blink in (?:bio|profile|comments)\b", "Recipe via the link in bio."),
    entry("don't", r"\bdon't miss\b", "Don't miss the late show."),
    entry("now", r"\b(?:available|on sale|live) now\b", "Tickets on sale now."),
    entry("code", r"\buse (?:code|promo code)\b", "Use code SPRING at checkout."),
    entry("limited last", r"\b(?:limited|last) (?:time|chance|spots?|seats?)\b", "Last chance!"),
]

# Imperative verbs that open a pitch or an instruction: "Just paste it in", "Head over
# to the downloads page", "Come join us", "Don't despair". A yes/no hook question
# followed by one of these is answered by the pitch.
IMPERATIVE_VERBS = (
    "apply attend book bring browse buy call catch check choose claim click come "
    "contact copy discover don't donate download drop email enjoy enrol enroll explore fill "
    "find follow get give go grab have head hop install join jump learn listen look make meet "
    "open order paste pick play pop read register reserve rsvp run save see shop sign start "
    "stop stream subscribe support swing take tap treat try tune turn upgrade use visit watch"
).split()
# Openings of a sentence that answers a hook with a pitch, besides an imperative.
PITCH_STARTS = [
    # "If so, this guide is for you"; not the author's own guess ("If so it seems …")
    r"^(?:if (?:yes|so|that's you|this is you|you answered yes)(?!,? (?:it|i|he|she|they|that|"
    r"there|is|does|would|will|how|why|what)\b)|then (?:this|you|come|join|"
    r"check|read|look)|(?:this|that|our) (?:post|article|guide|workshop|course|talk|event|"
    r"series|page|video|book|session|is) (?:is )?(?:for you|just for you|right for you)|"
    r"(?:we|we've|we have|we've got|we got) (?:got you covered|(?:got|have) (?:just )?the|"
    r"uploaded|made|built|put together|recorded|released|published|written)|"
    r"(?:good|great) news|look no further|you're in luck|lucky you|you've come to the right|"
    r"then you're|you'll love|here's (?:how|what|where|your|the)|get the answer|"
    r"the answer is (?:here|in|on|at)|find out (?:here|in|on|at|how|more))",
]

# Words that show a sentence is a pitch, which a hook question leads into.
OFFERS = entry(
    "",
    r"\b(?:free|webinar|sale|discount|offer|% off|off everything|guide|course|tickets?|"
    r"register|sign up|book (?:now|today|your)|download|link in bio|shop|order|whitepaper|"
    r"e-?book|demo|trial|pricing|promo|code|subscribe|enrol|enroll|limited|places are|"
    r"spots are|seats are|available now|on sale|now open|our new|introducing)\b",
    "Places are limited, so book early.",
    "Our new guide walks you through it.",
    counter=("We walked home along the river.",),
)
# Openings of an announcement, which a hook question may lead into.
ANNOUNCEMENTS = [
    entry(
        "",
        r"^(?:we're|we are|i'm|i am|we've been|we have been) (?:so |very |really |super |"
        r"incredibly )?(?:excited|thrilled|proud|pleased|happy|delighted|honou?red|stoked|glad) "
        r"(?:to (?:announce|share|introduce|launch|unveil|present|welcome|tell|reveal|release|"
        r"bring)|about)\b",
        "We're thrilled to announce our autumn programme.",
        counter=("We're happy to help.",),
    ),
    entry(
        "",
        r"^(?:new (?:blog )?(?:post|article|episode|video|blog|podcast|release|feature)s?\b)|"
        r"^(?:just (?:published|posted|launched|released|dropped))\b",
        "New episode: the history of the pier.",
        "Just published the minutes of the meeting.",
    ),
    entry(
        "",
        r"^(?:icymi|in case you missed it|announcing|introducing|breaking|big news|psa|"
        r"press release|out now|now (?:available|live|open)|it's here|it's finally here|"
        r"exciting news|huge news|great news)\b",
        "Big news: the library opens on Sundays.",
        "Out now, the spring newsletter.",
    ),
]
# A speaker announced, whose talk answers the questions before it, of any kind: "How do
# you start one? The society invites Dr Rao to talk about it."
SPEAKERS = entry(
    "",
    r"^(?:[#@]?[\w.-]+ ){1,4}(?:invites|is inviting|has invited|welcomes|is welcoming|"
    r"presents|hosts|is hosting|will host) (?!(?:you|everyone|everybody|all|readers|members|"
    r"anyone|folks)\b)(?:[#@]?[\w.'-]+ ){1,4}to (?:talk|speak|present|"
    r"share|give|lead|run|teach|discuss|show|tell)\b",
    "The history society invites Dr Rao to talk about the old mills.",
    "Our seminar series is inviting @ana to give a talk on packaging.",
    counter=("The club invites everyone to share their photos below.",),
)
