"""How questions are used without waiting for an answer.

A question counts as an invitation when it is addressed to the reader and the text
does not answer it. These entries describe the other uses: figures of speech,
hooks that lead into a pitch, complaints and disbelief, and the openings of the
sentences that answer a question.
"""

from __future__ import annotations

from sitegen.lint.phrases import entry
from sitegen.lint.phrases.grammar import INTERJECTIONS

# Complaint or disbelief phrased as a question, not addressed to the reader: an
# intensifier ("really", "still", "even") with the speaker or a third party as
# subject, or a negative yes/no question ("Wasn't one outage enough?").
COMPLAINTS = [
    entry(
        "anyway guess suppose reckon",
        # the author musing aloud: "How likely are conflicts anyway?", "so I guess I can't
        # buy more than six by 2033?"
        r"\banyway\W*$|\b(?:i|we) (?:guess|suppose|reckon)\b",
        "How likely are name clashes with ten package managers anyway?",
        "Five in seven years, so I guess I can't buy more than six by 2033?",
        counter=("Which one did you pick?",),
    ),
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
        "even would",
        # disbelief at the author's own words: "What even is that?", "What am I even
        # saying?"; and the answer implied: "Why would anyone swap it for the new one?"
        r"^(?:(?:so|and|but|then|ok|okay|honestly),? )*(?:what|why|how|who|where) even\b|"
        r"\b(?:am|do|did|can|could|should) (?:i|we) even\b|"
        r"^(?:(?:so|and|but),? )*why(?: then)?,? would (?:i|we|anyone|anybody)\b",
        "What even is that all about?",
        "What am I even saying?",
        "Why then, would I give this up?",
        counter=("What would you change first?", "Why would you pick the red one?"),
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
    entry(
        "wait wtf what hell heck fuck",
        # disbelief: an echo opened by "wait", a bare "what?" after an interjection, "wtf"
        rf"^(?:(?:{INTERJECTIONS}|ok|okay|so|and|but|hang on),? )*"
        r"wait\b(?! (?:for|until|till)\b)|"
        r"\bwtf\b|\bwhat the (?:hell|heck|fuck)\b|"
        rf"^(?:(?:{INTERJECTIONS}|excuse me),? )+what\W*$",
        "Wait, the library shuts at noon on Saturdays now?",
        "Um, what?",
        "Another timetable change, wtf?",
        counter=("Can it wait until Friday?", "Wait for the bell, or go now?", "What time is it?"),
    ),
]
# A question the writer asks of themselves, not of the reader: "why" about their own
# plight with no one addressed ("Why am I still awake?", "Why can't I find my keys?").
# Only a question that would otherwise stand open is read this way; one the text
# answers stays "answered". "Why is the printer jammed?" may still be asked of readers.
MUSINGS = [
    entry(
        "why ever",
        rf"^(?:(?:so|and|but|then|ok|okay|seriously|honestly|still|now|{INTERJECTIONS}),? )*"
        r"why(?:,? oh,? why)?,? (?:am|was|can|can't|cannot|could|"
        r"couldn't|do|don't|did|didn't|must|have|haven't|should|shouldn't|will|won't) i\b|"
        r"^(?:(?:so|and|but|oh|ugh|sigh),? )*(?:when )?will (?:i|we) ever\b",
        "Why am I still awake?",
        "Ugh, why can't I ever find matching socks?",
        "Why did I not see this coming?",
        "Will I ever learn to pack light?",
        counter=("Why is the printer jammed again?", "How do I fix a sticking hinge?"),
    ),
    entry(
        "how",
        # disbelief at the calendar: "How is it Monday again?", "how is it already June?"
        r"^(?:(?:so|and|but|seriously|honestly|wait),? )*how is it (?:already |only |still )?"
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
        r"april|may|june|july|august|september|october|november|december|christmas|spring|summer|"
        r"autumn|fall|winter|the weekend)(?: again| already)?\W*$",
        "How is it Monday again?",
        "Seriously, how is it already June?",
        counter=("How is it going with the new job?",),
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
        "point",
        # a grievance put to the one who caused it: "@water what's the point of a meter
        # reading if you ignore it?"
        r"^(?:(?:so|and|but|hey|hi|seriously|honestly),? |@[\w.]+,? )*(?:what's|what is|whats) "
        r"the point of\b",
        "Hey, what's the point of a meter reading if you ignore it?",
        "Hey @station what's the point of a lift that never works?",
        counter=("What's the best point of entry to the park?",),
    ),
    entry(
        "kidding serious thinking dare",
        r"^(?:(?:so|and|but|honestly|seriously),? )*(?:are you (?:kidding|serious|joking)|"
        r"what were (?:you|they) thinking|how dare (?:you|they))\b",
        "Are you kidding me, another rail strike?",
        "What were they thinking with that font?",
    ),
    entry(
        "why really wouldn't could",
        # the answer is implied: "but why would you?", "why would you not want to …?", "can
        # you really say …?", "who wouldn't be helped by …?", "what could be more X than …?"
        r"\bwhy would(?:n't)? (?:you|anyone|anybody|one|i|we)\W*$|"
        r"\bwhy (?:would|wouldn't|do|don't) (?:you|anyone|anybody|one) not\b|"
        r"\b(?:can|could) (?:you|anyone|we) really\b|"
        # not the reader's view asked for: "do you think it is really X or Y?"
        r"(?<!think )(?<!say )(?<!feel )\b(?:is|was) (?:it|that|this) really\b(?![^?]* or )|"
        r"\bwho (?:[\w'-]+ ){0,4}?(?:wouldn't|doesn't|does not|would not)\b|"
        r"\bwhat could (?:possibly )?be (?:more|better|worse)\b|"
        r"\bhow could (?:you|anyone|anybody) not\b",
        "Yes, you could build it yourself, but why would you?",
        "Why would you not want a skill that speeds up every other skill?",
        "But can you really say you listened if you never asked?",
        "If you need a reminder, is it really that important to you?",
        "Who in your club wouldn't be helped by a clearer map?",
        "What could be more fun than a free day at the beach?",
        counter=(
            "Why would you pick the blue one?",
            "Who else is coming on Saturday?",
            "Do you think is it really the rain or the wind that ruins the beans?",
        ),
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
# The reader's question voiced by the author, who answers it: "What is a sprint, you
# may ask?", "Why bother, I hear you say?"
ANTICIPATED = entry(
    "ask wonder say",
    r"(?:,\s*|\s)(?:you (?:may|might|could|would|will|'ll|'d) (?:well )?(?:ask|wonder|say)|"
    r"(?:i|we) hear you (?:ask|say|cry))\W*$|,\s*you ask\W*$|"
    # the question the text was written to answer: "A question we are often asked is, why?"
    r"\bquestions? (?:we|i|people|folks|readers|parents|users|visitors)(?: are| am| get| have|"
    r" been| often| always| frequently| keep| sometimes| most)* (?:asked|get|hear|ask|getting|"
    r"hearing)\b",
    "What is a repair café, you may ask?",
    "So why bother at all, I hear you ask?",
    "And the price, you ask?",
    "A good question we are often asked is, why?",
    "The question I keep hearing is: will the hall reopen?",
    counter=("What would you ask?", "Is there anything you'd like to ask?"),
)
# "…, isn't it?" "…, right?"
TAG_QUESTION = entry(
    "isn't aren't wasn't weren't doesn't don't didn't won't wouldn't can't couldn't shouldn't "
    "hasn't haven't is are was does do right no huh eh yes ok okay see",
    r",\s*(?:(?:isn't|aren't|wasn't|weren't|doesn't|don't|didn't|won't|wouldn't|can't|couldn't|"
    r"shouldn't|hasn't|haven't|is|are|was|does|do) (?:it|they|we|he|she|that|there|you|i)|"
    r"right|no|huh|eh|yes|ok|okay|see)\s*[?!.]*$|"
    # casual writing drops the comma: "seems simple right?"
    r"(?<!\bthat)(?<!\bit)(?<!\bme)(?<!\bit all) (?:right|huh) ?\?[?!.]*$",
    "The view was worth the climb, wasn't it?",
    "Seems simple right?",
)

# A negative question that praises and waits for the reader to agree ("Aren't lions
# great?", "Doesn't that sound heavenly?"): a tag question, which the lint rubric counts
# when it is left for the reader, not a complaint ("Wasn't once enough?") nor a figure.
AGREEMENT = entry(
    "",
    # the subject (a few words at most), a verb of seeming, then the praise; not a wish
    # or a jibe about something else ("… if the council fixed it for once?")
    r"^(?:(?:so|and|but|oh|honestly),? )*(?:isn't|aren't|wasn't|weren't|doesn't|don't|"
    r"wouldn't) (?:it|that|this|these|those|they|(?:the |your |our |my |his |her )?[\w'-]+"
    r"(?: [\w'-]+)?) (?:(?:be|sound|look|seem|feel|smell|taste)s? )?(?:so |just |really )?"
    r"(?:great|lovely|beautiful|amazing|awesome|cute|gorgeous|fun|wonderful|cool|heavenly|"
    r"delicious|nice|fantastic|brilliant|adorable|stunning|perfect|glorious|magical|"
    r"incredible|the best|so good|so much fun)\b(?![^?]*\b(?:if|when|whenever|for once|again)\b)",
    "Aren't the lilacs lovely this year?",
    "Doesn't that sound heavenly?",
    "Wouldn't it be nice to have a week off?",
    counter=(
        "Wasn't once enough?",
        "Isn't it time they fixed the road?",
        "Wouldn't it be nice if the council fixed the potholes for once?",
        "Didn't they promise us a perfect summer?",
        "Isn't it great when the train is cancelled again?",
    ),
)

# Whole questions that are figures of speech, matched against the question's bare
# words (`signals.bare`: lower case, no punctuation).
FIGURES = [
    entry(
        "",
        r"^(?:right|see|remember|huh|eh|ok|okay|yes|no|really|seriously|why|so|ready)$",
        "Right?",
        "Seriously?",
        counter=("Right or left?",),
    ),
    entry(
        "",
        r"^(?:who knew|guess what|you know what|know what|can you believe it|am i right|"
        r"sound familiar|get it|need i say more|what could go wrong|why do you ask|did you know|"
        r"what now|now what|why not|why not both|what happened next|and then|i know right)$",
        "Who knew?",
        "Sound familiar?",
        "What could go wrong?",
        "I know, right?",
        "Why not both?",
    ),
    entry(
        "",
        r"^(?:what's not to (?:love|like)|who doesn't(?: love)?|how (?:cool|great|awesome) is that|"
        r"isn't that (?:great|amazing|something)|cool right)$",
        "What's not to love?",
        "How cool is that?!",
    ),
    entry(
        "",
        r"^(?:(?:so|but|and|honestly|seriously|wow|ok|okay) )?where (?:did|has|have|does) "
        r"(?:the|this|that|our|my) (?:year|time|summer|winter|week|month|weekend|day|decade|"
        r"holiday|holidays|term)s? (?:go|gone)(?: to)?$",
        "Where did the summer go?",
        "Honestly, where has this year gone?",
        counter=("Where did the money go?",),
    ),
    entry(
        "",
        r"^(?:isn't it|aren't they|wasn't it|didn't we)$",
        "Isn't it?",
        counter=("Isn't it late?",),
    ),
    entry(
        "",
        r"^(?:who's (?:excited|ready|with us)|are you ready|what are (?:you|we) waiting for)$",
        "Who's excited?",
        "What are you waiting for?",
    ),
    entry(
        "",
        r"^(?:the (?:result|answer|catch|secret|good news|twist|verdict|problem|lesson|takeaway|"
        r"best part))$",
        "The catch?",
        "The best part?",
    ),
]
# Openings of a question that is a figure of speech.
FIGURE_STARTS = [
    entry(
        "",
        # the text reminding the reader of itself: "Remember the script we added earlier?"
        r"^(?:(?:so|and|but|now),? )?remember\b.*\b(?:earlier|above|before|previously|"
        r"last (?:time|week|post|part)|(?:i|we) (?:said|mentioned|added|set up|saw|wrote|did))\b",
        "Remember the script we added to the config earlier?",
        "Remember how I said the letters were only placeholders?",
        counter=("Remember your first bike?",),
    ),
    entry(
        "",
        r"^who says\b|^who (?:would|could)(?:'ve| have) (?:thought|guessed|known|believed)\b|"
        # a suggestion, also after the reason for it: "we have the tools, so why not use
        # them?"; not a choice ("why not the blue one?") nor a reply asked for
        r"^(?:[^?]*?, )?(?:so,? |then,? |and |but )?why not (?:treat|try|join|come|pop|grab|book|"
        r"make|give|visit|start|spoil|put|enjoy|bring|head|swing|stop)\b(?! (?:us|me) )|"
        # a comparison whose answer is "nothing": "what is cooler than watching it fly?"
        r"^[^?]*?, (?:and |but |so )?what(?:'s| is| could be| can be) (?:[a-z]+er|more [a-z]+|"
        r"better|worse) than (?:that|this|[a-z]+ing)\b(?![^?]* for\b)",
        "Who says Mondays are dull?",
        "Who would have thought a bakery could win a design prize?",
        "Why not treat yourself to a slice?",
        "The kiln is free on Sundays, so why not put it to use?",
        "It's a hobby for all ages, what is cooler than watching a rocket go up?",
        counter=(
            "Why not ask the council?",
            "Why not the blue one?",
            "What is better than Jekyll for a small blog?",
        ),
    ),
    entry(
        "",
        r"^(?:did you(?: guys| all| folks| lot| two)? know|have you(?: guys| all| folks)? heard|"
        r"guess (?:what|who|where)|who knew|can you believe|"
        r"what if i told you|ever wonder(?:ed)?|have you ever wondered|you know what|"
        r"want to know (?:a )?secret|what's the secret)\b",
        "Did you know owls cannot move their eyes?",
        "Did you guys know that I bake all our own bread?",
        "Ever wondered where the canal water goes?",
    ),
    entry(
        "",
        r"^(?:isn't it|aren't you|wouldn't it be|how (?:cool|great|awesome|amazing|neat) is "
        r"(?:that|this)|who else (?:loves|is excited))\b|"
        # the answer everyone: "Who doesn't love a long weekend?"
        r"^(?:(?:and|but|so|honestly|seriously),? )?who (?:doesn't|does not|wouldn't|would not) "
        r"(?:love|like|want|enjoy|need|adore|appreciate)\b",
        "Wouldn't it be lovely to have a week off?",
        "Who else loves the first frost?",
        "Who doesn't love a long weekend?",
    ),
    entry(
        "",
        r"^(?:(?:but|so|and|then),? )?(?:what's|what is) the (?:point(?! size)|use|harm)\b|"
        r"^(?:(?:but|so|and),? )?why bother\b",
        "What's the point of a map if nobody can read it?",
        "So why bother with a second coat?",
        counter=("What's the point size of the headings?",),
    ),
    entry(
        "",
        # questions with one answer only: "Could it be any simpler?", "Does it get any
        # better than this?" (but "Is there any better way to do it?" asks)
        r"^(?!.*\b(?:you|there)\b.*\bany\b).*\b(?:could|can|does|do|would|will|is|was) "
        r"(?:it|this|that|life|things|the [\w'-]+) (?:get |be |look |taste |sound |have been |"
        r"feel )?any (?:better|simpler|nicer|sweeter|cuter|cooler|prettier)"
        r"(?: than (?:this|that|it))?\W*$|"
        # "Does it get any better than a sunny morning?": it, getting better, than anything
        r"^(?:(?:and|but|so|honestly|seriously),? )?(?:does|can|could|will) (?:it|life|things) "
        r"get any (?:better|sweeter|nicer) than [^?]{1,40}\W*$|"
        r"^(?:(?:and|but|so|honestly|seriously|i mean),? )?(?:who (?:could|can|would) (?:say no|"
        r"resist|refuse|blame (?:them|her|him|us|me|you)|argue with that)|what more could "
        r"(?:you|anyone|one|we|i|a (?:person|kid|dog|gardener)) (?:want|ask for|need|wish for)|"
        r"what could (?:possibly )?go wrong|how (?:hard|bad|difficult|tough) (?:can|could) it "
        r"(?:be|get)|did i mention)\b",
        "Could it be any simpler?",
        "Does it get any better than this?",
        "Who could say no to that?",
        "What more could you want from a Saturday?",
        "What could possibly go wrong?",
        "How hard can it be?",
        "Did I mention the cake was free?",
        counter=(
            "Is there any better way to store the seeds?",
            "Can you make the font any bigger on the poster?",
            "Who could help us carry the tables on Friday?",
            "Is the paid plan any better than the free one?",
            "Did I tell you about the time I locked myself out?",
        ),
    ),
]
# Questions about the reader's needs that lead into a pitch.
HOOKS = [
    entry(
        "",
        r"^(?:(?:is|are|does|do) your \w+(?: \w+)? (?:ready|prepared|struggling|compliant|set up|"
        r"protected|safe|secure|covered|ready for|keeping up|losing|wasting|costing)\b)",
        "Is your garden ready for the frost?",
        counter=("Is your name on the list yet?",),
    ),
    entry(
        "",
        r"^(?:have you (?:tried|seen|checked out|visited|heard about|met|booked|got|grabbed)"
        r" (?:our|the new|this|these|my))\b",
        "Have you tried our new rye loaf?",
    ),
    entry(
        "",
        r"^(?:sick of|fed up with|bored of|frustrated (?:with|by)|worried about|think you|"
        r"tired of|hungry|thirsty|bored|stuck|struggling|missed|can't make it)\b",
        "Fed up with soggy sandwiches?",
        "Missed the talk on Tuesday?",
    ),
    entry(
        "",
        r"^(?:do you (?:want|need|wish|struggle|find it hard)|want|wanna|need|looking for|"
        r"are you (?:looking|ready|tired|struggling|searching|a|an|still)|ready (?:to|for)|"
        # the reader's interest, before how to act on it: "Are you using it at work and
        # interested in joining the group?"
        r"are you (?:[^?]{1,60}? )?(?:interested|keen) (?:in|to|on)|"
        r"curious (?:about|how|what|why)?|wondering|interested|thinking (?:about|of)|"
        r"planning (?:a|to|your)|got (?:questions?|plans?|kids|a)|still (?:looking|searching|need)|"
        r"who (?:wants|needs))\b",
        "Looking for a quiet place to read?",
        "Are you a beginner with a new camera?",
        "Planning a party this summer?",
        "Are you running the app at work and interested in joining the user group?",
        counter=("What are you reading this week?",),
    ),
    entry(
        "",
        # "Ever had …?", "Ever lost …?" leads into what follows (a story, a pitch); left
        # on its own at the end, it is asked like "Have you ever …?"
        r"^ever (?!since\b|after\b|again\b)[a-z]+(?:ed|en|t|d|ne|wn|ng|ck|ght)\b",
        "Ever lost your keys in the snow?",
        "Ever had a loaf collapse in the oven?",
        "Ever been stuck behind a tractor on the lane?",
        "Ever caught yourself humming the jingle?",
        counter=("Have you ever lost your keys?", "Ever since the flood, has the lane been shut?"),
    ),
    entry(
        "",
        # exclamations shaped as questions: set aside when more follows; left at the end
        # of the text, they wait for the reader like any other question
        r"^(?:can you imagine|would you believe it|have you noticed)\W*$",
        "Can you imagine?",
        "Have you noticed?",
    ),
]
# Figures that answer the question before them ("Tea at midnight? Why not?!"): the
# author has replied to themself. Matched against `bare` keys, like FIGURES.
ANSWERING_FIGURES = entry(
    "",
    r"^(?:why not(?: both)?|who doesn't(?: [\w']+)?|who wouldn't(?: [\w']+)?|"
    r"what's not to (?:love|like)|is the pope catholic|how could (?:i|we|you|anyone) not|"
    r"of course(?: not)?|obviously|"
    r"you bet|absolutely|sure|definitely|nope|hell yes|heck yes|yes|no)$",
    "why not",
    "why not both",
    "who doesn't love",
    counter=("why not the blue one", "who doesn't like the new timetable and why"),
)
# Bare questions that do ask, however briefly ("Thoughts?"): matched like FIGURES.
CLOSED = [
    entry(
        "",
        r"^(?:(?:any )?thoughts(?: on this)?|(?:any )?opinions|agreed?|do you agree|"
        r"(?:any|more|other|further) (?:questions|comments|ideas|suggestions|tips)|"
        r"questions or comments|comments or questions|"
        r"agree or disagree|yes or no|yay or nay|true or false|right or wrong|"
        r"(?:does that )?make sense|am i wrong)$",
        "Thoughts?",
        "Any questions?",
        "Agree or disagree?",
        "Does that make sense?",
    ),
    entry(
        "",
        r"^(?:who's in|who's with me|who else)$",
        "Who's in?",
        "Who else?",
    ),
]
# Questions that ask the reader for advice or a choice, even without "you".
ADVICE = [
    entry(
        "",
        # not the FAQ's "Where can I find out more?", which the text answers
        r"\b(?:should|shall|could|would|might|must) (?:i|we)\b|\b(?<!where )can (?:i|we)\b|"
        r"\b(?:do|did|would|should|will) (?:i|we) (?:\w+ ){0,3}or\b",
        "Should we open on bank holidays?",
        "Do I repaint the door or leave it?",
        counter=("Where can I find out more?",),
    ),
    entry(
        "",
        r"\bor (?:both|neither|something else|not)\b|(?:^|,? )or\b.*\?$",
        "Trains, buses or something else?",
        "Tea or coffee?",
    ),
    entry(
        "",
        r"^(?:which|anyone|anybody|does anyone|has anyone|is anyone|did anyone|can anyone|"
        r"any (?:[\w-]+ )?(?:tips|ideas?|advice|suggestions|recommendations))\b|"
        # the request said as its object: "Suggestions for labelling the sockets?"
        r"^(?:good |best |your )?(?:tips|ideas|advice|suggestions|recommendations|recs|pointers)"
        r" (?:for|on|about)\b",
        "Anyone been to the new pool yet?",
        "Any good tips for a first marathon?",
        "Suggestions for labelling the sockets, for someone with awful handwriting?",
    ),
    entry(
        "",
        r"\b(?:am i|is it just me|what am i)\b|"
        r"\bis (?:it|this|that) (?:normal|ok|okay|weird|wrong|a scam|legit|safe)\b",
        "Is it just me or is the bus later every week?",
        "Is this normal for a new kitten?",
    ),
    entry(
        "",
        # a roll call of the readers' plans: "Who's coming tonight?", "Who else is going?"
        r"^(?:(?:so|and|ok|okay|right|hey),? )*who(?:'s| is| else(?: is|'s)?|'ll| will|"
        r" wants to| fancies)? (?:be )?(?:coming|going|joining|up for|around|free|heading|"
        r"keen|game|watching|attending|in\W*$)",
        "Who's coming to the quiz tonight?",
        "So who else is going to the fair?",
        "Who's up for a swim on Sunday?",
        "Who's in?",
        counter=("Who is in charge of the budget?", "Who was the first mayor?"),
    ),
]
# Words with which a text announces that it asks the reader something.
ASKING = entry(
    "",
    r"\b(?:genuine|honest|quick|serious|real|dumb|stupid|silly) question\b|\bquestion for\b|"
    # the author asking, not a talk or a podcast "asking the question of: …"
    r"(?:^|[.!?:]\s+|\b(?:i'm|i am|we're|we are|i|we|am|are|just|also|so|now)\s+)"
    r"asking (?:the|for|you|everyone|all|my)\b|#ask\w+|\bhelp me\b|\bsettle (?:this|a debate)\b|"
    r"\bneed (?:your|some) (?:advice|help|recommendations|tips)\b|\blazyweb\b|\bhive ?mind\b|"
    r"\b(?:a|one|my) question (?:about|on|regarding|for)\b|\basking for a friend\b",
    "Genuine question for the cyclists here.",
    "A question about allotment etiquette:",
    "Asking for a friend.",
    "I'm asking everyone who rode the new route.",
    counter=(
        "The question was settled in court.",
        "It was a talk between three founders, asking the question of how to charge for it.",
    ),
)
# Signs that the author asks in earnest and waits for the answer, early in a post too.
EARNEST = entry(
    "",
    r"\b(?:before you read on|before reading on|pause (?:here|for a moment)|"
    r"take a (?:moment|minute|second)|honest question|genuine question|real question|"
    r"quick question|serious question|i(?:'m| am) asking|asking for|i want to know|"
    r"i'd like to know|curious)\b|"
    r"^if you(?:'ve| have|'re| are| work| run| teach|'ve ever| ever)\b|\bfor those of you\b|"
    # a label that puts the question to the readers: "Discuss: which …?"
    r"^(?:discuss|discussion|for discussion|question|your turn|over to you|reader question|"
    r"poll|prompt) ?[:—–-] |"
    # a question put to the crowd for help: "Can anyone think of one I missed?"
    r"^(?:so |and |but |or )?(?:(?:can|could|would|will) (?:anyone|anybody|someone|somebody|"
    r"any of you)|(?:does|do|did|has|have) (?:anyone|anybody|any of you) (?:know|have|use|"
    r"recommend|tried|used|seen|had|got))\b",
    "Before you read on, what would you have done?",
    "If you teach, how do you mark homework?",
    "Does anyone know a quiet campsite near the lake?",
    "Discuss: which of these stalls would you visit first?",
    counter=(
        "What happened next surprised us all?",
        "Is anyone surprised that the bus was late?",
        "Does anyone actually write letters anymore?",
    ),
)
# The author states a need, then asks: "I need a simple theme. Where do people find
# them now?" asks the reader for help, with or without "you".
NEEDS = entry(
    "",
    r"^(?:(?:so|ok|okay|well|help|hi|hey|hello|right)[,!]? )*(?:i|we)(?:'m| am|'re| are)? "
    r"(?:really |urgently |desperately )?(?:(?:need|needs) (?:a|an|some|help|advice|"
    r"recommendations|suggestions|ideas|tips|to (?:find|make|build|choose|pick|buy|fix|get))|"
    r"looking for|trying to find|want to find|have to find|can't find|cannot find|am stuck|"
    r"'m stuck|are stuck|stuck|could (?:really )?use (?:a hand|some help|help|a second pair|advice|"
    r"a tip|some advice|tips|ideas))\b",
    "I need a sturdy bike rack for four bikes.",
    "We're looking for a venue near the station.",
    "I need to make a one-page site by Friday.",
    "I could really use a hand with the stall.",
    "I'm stuck on the last step of the pattern.",
    counter=("They need a new roof.", "We need to talk about parking."),
)
# A question asking for the reader's own view: never a headline, link or no link.
OPINION = entry(
    "",
    r"\b(?:you|y'all|u)(?:'d| would)? (?:think|feel|reckon|prefer|recommend|suggest|say|pick|"
    r"choose|use)\b|\byour\b|\byours\b|\banyone\b|\banybody\b|\bthoughts\b",
    "Which one would you pick?",
    "What's your go-to picnic?",
    counter=("How do sparrows survive winter?",),
)
