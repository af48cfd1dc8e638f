"""Requests for a response: the speech act that makes a text invite a reply.

Two kinds of entry:

- `INVITATIONS` are requests on their own ("let us know", "I'd love to hear …",
  "comments are welcome"): they count wherever the author says them.
- `RESPONSE_ACTS` are verb phrases that ask for a response or a contribution
  ("file an issue", "send feedback", "contact us", "take the survey"). They count
  only as a directive: an imperative, or after a frame such as "please", "you can",
  "feel free to", "we encourage you to", "if you …," (see `DIRECTIVE_TAIL`), so
  that "we filed an issue" or "users can vote" is not read as a request.
"""

from __future__ import annotations

from sitegen.lint.phrases import entry

_ME = r"(?:me|us)"
_I = r"(?:i|we)"
_WOULD = r"(?:'d|'ll| would| will)"
# Curiosity about how things will turn out is the author musing, not asking:
# "I'm curious how long it'll last", "… whether the roof will hold".
_NOT_MUSING_AHEAD = (
    r"(?:(?:to see )?(?:how long|how|whether|if|what|when) (?:(?!you\b)[\w-]+ ){0,4}?"
    r"(?!you\b)[\w-]+(?:'ll| will| would|'d| is going to)\b|"
    # what the author's own side can manage: "I'm curious if we can cut it in half"
    r"(?:whether|if) (?:we|i) (?:can|could)\b|"
    # waiting to see how things turn out, whatever the tense: "curious to see how it
    # develops" (but "curious to see how you use it" asks the reader)
    r"to see (?:how|whether|if|what|where|which|who|when)\b"
    r"(?!.*\b(?:you|your|yours|y'all|others|other people|anyone|everyone|folks|readers)\b)|"
    # about the author's own body, work or plans: "wondering if my knee will last",
    # "curious what caffeine does to my focus"
    # (unless the reader is in it: "curious what everyone thinks of our logo")
    r"(?![^.!?]*\b(?:you|your|anyone|anybody|everyone|everybody|others|folks|y'all|fellow)\b)"
    r"(?:how|what|whether|if|why|which|where|when|who) (?:(?!you\b|your\b)[\w'-]+ ){0,5}?"
    r"(?:my|me|myself|i|i'm|i've|we|us|our(?! (?:readers|members|community|users|listeners|"
    r"subscribers|followers|audience|neighbou?rs)\b))\b)"
)
_NOT_MUSING = rf"(?!{_NOT_MUSING_AHEAD})"

# What a reader sends back: the nouns of "… are welcome", "… go to the tracker".
_RESPONSES = (
    r"(?:opinions|thoughts|feedback|advice|ideas|suggestions|input|answers|replies|stories|tips|"
    r"views|questions|comments|corrections|self-promo|self promo|self-promotion|nominations|"
    r"recommendations|contributions|pull requests|prs|patches|fixes|bug reports|feature requests|"
    r"improvements|translations|reviews|edits|complaints|criticism|critique)"
)

# What goes wrong, the subjects of "… must be reported to …": nouns, never a verb.
FAULT_NOUNS = (
    "problem problems issue issues fault faults leak leaks damage concern concerns incident "
    "incidents bug bugs error errors mistake mistakes typo typos absence absences sighting "
    "sightings"
)

# Words that turn the gap before "… is welcome" into a report of what someone said:
# "comments in the thread said dogs are welcome".
_REPORTING = r"said|say|says|confirmed|that|whether|went|were|was"

# Something the reader may find wrong: "anything odd", "something off".
_AMISS = (
    r"(?:anything|something)(?: that (?:looks|seems|feels|is|sounds))? "
    r"(?:off|wrong|odd|amiss|missing|broken|strange|weird|unclear)"
)

# Whom readers contact on their own behalf, not the author: "contact the police", "ask
# your doctor", "reach out to your landlord".
_THIRD_PARTY = (
    r"(?:the |your |a |an |local |your local )?(?:police|fire (?:brigade|service|department)|"
    r"emergency services|ambulance|999|911|112|airlines?|airports?(?: desk)?|embass(?:y|ies)|"
    r"consulates?|banks?|insurers?|insurance (?:company|provider)|landlords?|letting agents?|"
    r"doctors?|gp|nurses?|pharmacists?|pharmac(?:y|ies)|hospitals?|samaritans|authorities|"
    r"manufacturers?|retailers?|sellers?|vendors?|suppliers?|(?:energy |internet |service )?"
    r"providers?|utility compan(?:y|ies)|lawyers?|solicitors?|vets?|dentists?|therapists?|"
    r"counsell?ors?|neighbou?rs?|grandparents|parents|kids|children|"
    # the reader's own people: "reach out to your buyers", "email your customers"
    r"(?:your |their )(?:[\w-]+ )?(?:buyers|customers|clients|leads|prospects|audience|"
    r"subscribers|followers|fans|friends|family|colleagues|co-?workers|boss|manager)|"
    r"(?:system |network )?administrator|"
    # people to pitch to, in advice on promoting your work
    r"(?:the )?(?:people|folks|teams?|companies|makers|creators) behind|bloggers|journalists|"
    r"reporters|influencers|(?:the )?press|podcasters|"
    # other groups of the reader's world, named as a kind: "reach out to teams ahead of
    # time", "contact schools near you"; not "the team", which is the author's own
    r"(?<!the )(?<!our )(?:other |participating |visiting |nearby )?(?:teams|clubs|schools|"
    r"coaches|venues|employers|recruiters|universities|colleges|businesses|shops|stores|councils))\b"
)

# Whom "let … know" means someone other than the author's side: "let customers know".
_NOT_A_CONTACT = (
    r"everyone|everybody|nobody|no one|anyone|anybody|others|folks|friends|family|customers|"
    r"clients|users|readers|neighbou?rs|grandparents|parents|kids|children|mum|mom|dad|grandma|"
    r"grandpa|nan|santa|employees|the public|your (?:friends|family|customers|"
    r"clients|users|readers|boss|manager|partner|kids|children|audience|followers|team)"
)

INVITATIONS = [
    entry(
        "give show tell",
        rf"\b(?:give|show|tell) {_ME} (?:your|a|an|some|any|one)\b"
        # a like by another name: "give us a star!"
        r"(?! (?:star|like|follow|thumbs|share|retweet|boost|heart|try|visit|listen|look|go|"
        # patience, not a reply: "please give me some time to …"
        r"time|more time|moment|minute|second|break|chance|hand)\b)",
        "Show us your best window box.",
        counter=("Find the code on GitHub (give us a star!).",),
    ),
    entry(
        "advise please recommendations tips suggestions ideas help",
        r"\b(?:please advise|advice please|recommendations please|tips please|"
        r"suggestions please|ideas please|help please|(?:please )?send help)\b",
        "Recipes for a glut of courgettes, ideas please!",
    ),
    entry(
        "hear",
        r"\b(?:i|we)(?:'d| would) (?:like|love|want) to hear from\b|"
        # what the readers think or want: "I want to hear what features you would use"
        r"\b(?:i|we) (?:really )?(?:want|need) to (?:hear|know) (?:what|how|which|whether|if|why|"
        r"about)\b(?= (?:[\w'-]+ ){0,6}?(?:you|your|y'all|readers|everyone|anyone)\b)",
        "We'd like to hear from anyone who rode the old tram.",
        "I want to hear what features you would use most.",
        counter=("I want to know how the story ends.",),
    ),
    entry(
        "time chance opportunity moment",
        # the act in the condition, the go-ahead after it: "If you've ever wanted to share
        # your story, now is the time."
        r"\bif you(?:'ve| have)?(?: ever| always| long)?(?: wanted| wished| meant| been meaning)?"
        r" to (?:share|tell (?:us|me|the story|your story)|write (?:to us|for us|a guest post)|"
        r"contribute|comment|ask (?:us|me|a question|questions)|get involved|"
        r"(?:give|send) (?:us |me )?"
        r"(?:your )?(?:feedback|thoughts|views|ideas|stories|photos))\b[^.!?]*?,? "
        r"(?:now is|now's|this is|here's|here is) (?:the|your|a) (?:[\w-]+ )?"
        r"(?:time|chance|opportunity|moment)\b",
        "If you've ever wanted to share your allotment story, now is the time.",
        "If you have been meaning to give us feedback, this is your chance!",
        counter=("If you want to sell your bike, now is the time.",),
    ),
    entry(
        "input inputs feedback thoughts ideas advice opinion opinions suggestions views "
        "expertise stories",
        # "we could use your input in this survey": the author's need for the reader's word
        r"\b(?:we|i) (?:could|would|can|'d) (?:really |certainly |definitely )?use "
        r"(?:your|some|any) (?:inputs?|feedback|thoughts|ideas|advice|opinions?|suggestions|"
        r"views|expertise|stories)\b",
        "If you took the class, we could use your input in this short survey.",
        counter=("We could use some rain.",),
    ),
    entry(
        "expression expressions",
        # the formal call for replies: "The trustees invite expressions of interest"
        r"\b(?:invite|invites|inviting|welcome|welcomes|welcoming|seek|seeks|seeking) "
        r"(?:[\w'-]+ ){0,2}?expressions? of interest\b|"
        r"\bexpressions? of interest (?:are|is) (?:now )?(?:invited|welcome|sought)\b",
        "The committee invites expressions of interest from members to join the board.",
        "Expressions of interest are welcome until Friday.",
        counter=("We received six expressions of interest.",),
    ),
    # "Go." after a prompt, not "Go" bare: a heading or a list item naming the language
    entry("go discuss debate", r"^go[.!]+$|^(?:discuss|debate)[.!]*$", "Discuss.", "Go!"),
    entry(
        "send drop shoot",
        rf"\b(?:send|drop|shoot) {_ME} an? (?:private |direct |quick |short )?"
        r"(?:dm|message|note|line|email|e-mail|text|tweet|toot)\b",
        "Send me a message if the map is wrong.",
        "If you are interested in building it, send me an email!",
    ),
    entry("dms", r"\b(?:my |our )?dms (?:are )?open\b", "Our DMs are open all week."),
    entry(
        "touch",
        r"^(?:(?:so|and|anyway|anyways|until then),? )?(?:please |do |let's |let us )?"
        r"(?:keep|stay) in touch\b(?! with (?:your|their|friends|family)\b)",
        "Please keep in touch!",
        "Let's stay in touch: my email is below.",
        counter=("It's hard to keep in touch with old friends.", "Stay in touch with your team."),
    ),
    entry(
        "complete finish fill",
        # a prompt left for the reader to finish: "Complete the sentence: my first gig was …"
        r"^(?:(?:ok|okay|so|now|quick|go on),? )?(?:complete|finish|fill in) (?:this|the|my|our) "
        r"(?:sentence|phrase|line|blanks?|lyric)\b|^fill in the blanks?\b",
        "Complete the sentence: the best gig I ever saw was ____",
        "Finish this line: on a wet Sunday we always …",
        "Fill in the blank: summer is not summer without ____.",
        counter=("Complete the form to book a place.", "The class finished the sentence drills."),
    ),
    entry(
        "away",
        r"\b(?:i'm|i am|we're|we are|help is) (?:only |just |always )?(?:a|one) (?:phone call|call|"
        r"message|email|text|dm|click) away\b(?! from\b)",
        "Honestly, I'm just a phone call away.",
        counter=("The shop is a short walk away.", "We are one click away from launch."),
    ),
    entry(
        "dms hmu chat talk",
        r"\b(?:my |our )?dms are open\b|\bhmu\b|"
        # "enough about me, let's talk allotments" turns to a topic; it asks nothing
        r"\blet's (?:chat|talk)\b(?! (?!soon|today|tomorrow|sometime|later|again|over\b|"
        r"more (?:soon|later|sometime)|in the comments|below|on |at |via |with (?:me|us)\b|"
        r"about (?:your|you|yours|what you|how you|how we|what we can|"
        r"it (?:below|in the comments)))[a-z])",
        "Planning a trip to the coast? Let's talk.",
        "Let's talk about your garden plans!",
        "Let's talk more soon.",
        counter=(
            "Enough about me, let's talk allotments.",
            "First, let's talk about the free tools.",
            "So let's talk business.",
            "Let's talk more about composting next week.",
        ),
    ),
    entry("recommend suggest", rf"\b(?:recommend|suggest) {_ME}\b", "Recommend me a podcast."),
    entry(
        "curious wondering",
        rf"\b(?:i'm|i am|we're|genuinely|really|just|so) (?:curious|wondering) {_NOT_MUSING}"
        r"(?:how|what|whether|if|why|which|where|who|about (?:your|you|how|what|whether|if|"
        r"which|why|where|who|anyone|others|other people|people's))\b",
        "I'm curious how other choirs warm up.",
        "Really curious about your first bikes.",
        "I'm curious if you can hear the bells from your street.",
        "I'm curious what everyone thinks of our new banner.",
        counter=(
            "It looks fine, but I'm curious how long it'll last.",
            "I'm curious if we can fit a second bench in the hall.",
            "I am curious about most things, and read widely.",
            "It's late, and I'm wondering if my knee has started to mend.",
            "Now I'm wondering who else my change has broken.",
        ),
    ),
    entry(
        "survey questionnaire poll census",
        # "It's time for our yearly survey": announcing the survey is asking readers to take it
        r"\b(?:it's|it is|now is|now it's) (?:that |the )?time (?:again )?for (?:the|our|another|"
        r"this year's|a|a new|your) (?:[\w'-]+ ){0,3}?(?:survey|questionnaire|poll|census)\b"
        r"(?! (?:results|findings|report|data)\b)",
        "It's time for our yearly member survey, and we need you.",
        "Now is the time for the annual readers' poll!",
        counter=("It is time for the survey results.", "The survey took a long time."),
    ),
    entry(
        "opinions thoughts feedback advice ideas suggestions input answers replies stories tips "
        "views questions comments corrections nominations recommendations contributions requests "
        "prs patches fixes reports improvements translations reviews edits complaints proposals",
        # the request in the passive: what readers send, and where it should go
        rf"\b{_RESPONSES[:-1]}|proposals|submissions|entries)(?: and [\w-]+)? "
        r"(?:(?:should|can|could|may|must|are to|is to|are welcome to) (?:also |all |always )?be|"
        r"are best|is best) (?:shared|sent|submitted|posted|directed|left|raised|reported|asked|"
        r"e-?mailed|filed|made|given|addressed|added|opened|forwarded)(?: here| below)? "
        r"(?:via|to|in|on|at|through|using|under|with)\b",
        "Feedback should be shared in the discussion thread.",
        "Questions can be sent to the committee at any time.",
        "Proposals may be submitted through the form until May.",
        "Bug reports and patches are best posted on the tracker.",
        "Questions can be asked in #help at any hour.",
        counter=(
            "Feedback was shared with the board.",
            "Questions can be hard to answer.",
            "Comments should be short and kind.",
        ),
    ),
    entry(
        FAULT_NOUNS,
        # what goes wrong, and to whom it must be told: "any leak must be reported to the
        # caretaker", "typos can be flagged in the forum"
        r"\b(?:problems?|issues?|faults?|leaks?|damage|concerns?|incidents?|bugs?|errors?|"
        r"mistakes?|typos?|absences?|sightings?)\b(?: [\w-]+){0,3}? (?:should|must|needs? "
        r"to|are to|is to) (?:also |always |all )?be (?:immediately |promptly |quickly )?"
        r"(?:reported|communicated|raised|flagged|notified|brought) (?:immediately |promptly |"
        r"directly |straight |at once )?to (?:us|me|(?:the|our) (?:[\w-]+ )?(?:committee|board|"
        r"office|caretaker|engineer|secretary|organi[sz]ers|team|management|maintainers|warden|"
        r"editors?))\b",
        "Any leak must be reported immediately to the caretaker and the committee.",
        "Typos should be flagged to the editors.",
        counter=(
            "The leak was reported to the caretaker last week.",
            "Problems can be hard to see at first.",
            "At work, safety incidents must be reported to HR.",
        ),
    ),
    entry(
        "invitation",
        # the text calling itself one: "this post is the invitation to discuss the idea on …"
        r"\b(?:this|the|our) (?:post|article|blog post|note|proposal|rfc|document|announcement) "
        r"is (?:an |the |our |your )?(?:open |formal )?invitation to (?:discuss|comment|give "
        r"feedback|share|weigh in|respond|reply|join the (?:discussion|conversation))\b|"
        r"\bconsider this (?:post |article |note )?(?:an |your )?(?:open )?invitation to "
        r"(?:discuss|comment|give feedback|share|weigh in|respond|reply|join)\b",
        "This post is an invitation to discuss the design on our forum.",
        "Consider this an open invitation to weigh in.",
        counter=("The invitation to discuss the budget came from the council.",),
    ),
    entry(
        "coming",
        # more of what readers already send: "your feedback shapes the release, so keep it coming"
        rf"\b{_RESPONSES}\b[^.!?]{{0,80}}\bkeep (?:it|them|'em|those|these) coming\b|"
        rf"\bkeep (?:the |your |those )?{_RESPONSES} coming\b",
        "Your feedback shapes every release, so please keep it coming.",
        "Keep the suggestions coming!",
        counter=("The hits keep coming this summer.",),
    ),
    entry(
        "needs need",
        # a group asking through itself: "the club needs your input on the opening hours"
        r"\b(?:the|our|this) (?:[\w-]+ ){0,2}needs? your (?:[\w-]+ )?(?:input|feedback|thoughts|"
        r"ideas|views|opinions?|suggestions|"
        r"comments|votes?|answers|stories|nominations)\b",
        "The hackspace needs your input on the new opening hours.",
        counter=("The plant needs your attention in summer.",),
    ),
    entry(
        "way",
        # "throw some ideas my way", "send any tips our way"
        r"\b(?:throw|send|toss|fire|shoot|pass|drop|point)\b(?: (?:some|any|your|them|those|it|"
        r"a few|more))? (?:[\w-]+ )?(?:my|our) way\b",
        "Throw some ideas my way before Friday.",
        "If you spot any, send them our way.",
        counter=("Luck finally came my way.",),
    ),
    entry("settle", r"\bsettle (?:this|a debate|an argument|it)\b", "Settle this for us."),
    entry(
        "change prove fight convince",
        r"\b(?:change my mind|fight (?:me|us)|convince me)\b",
        "Tabs beat spaces, convince me otherwise.",
    ),
    entry(
        "pick choose",
        r"^(?:pick|choose) (?:one|a side)\b.*(?:\bor\b|:)",
        "Pick one: sunrise or sunset.",
    ),
    entry(
        "honest",
        # asking for the reader's verdict, not the advice "Be honest with yourself."
        r"^be honest\b(?=[^.!]*\?)|^be honest,? (?:now|with (?:me|us))\W*$|"
        r"\bhonest (?:answers|opinions|replies|views) (?:only|please)\b",
        "Be honest, is the new logo too busy?",
        "Be honest with me.",
        counter=("Be honest.", "Be honest with yourself about what you can carry."),
    ),
    entry(
        "please",
        r"\bplease (?:call|text|contact|get in touch|message|email|dm|reply|comment|"
        r"let (?:me|us) know|tell (?:me|us)|share your)\b"
        # someone else to call: "please contact your insurer first"
        r"(?! (?:to |with )?" + _THIRD_PARTY + ")",
        "Please get in touch before Friday.",
        counter=("If you feel unwell, please call your GP.",),
    ),
    entry(
        "tell show teach remind ask",
        # not the complaint "Now you tell me."
        rf"(?<!\bnow you )\b(?:tell|show|teach|remind|ask) {_ME}\b"
        # "Ask me how I know." says the author learned it the hard way
        r"(?! how (?:i|we) (?:know|knew|found out|learned|learnt)\b)",
        "Teach me your sourdough trick.",
        counter=(
            "Visitors tell us the café is too cold.",
            "Ask me how I know.",
            "Now you tell me.",
        ),
    ),
    entry("let", rf"\blet {_ME} know\b", "Let us know which day suits you."),
    entry(
        "lmk lemme let",
        r"\b(?:lmk|lemme know|let (?:me|us) hear (?:from you|your|what|how|which|about))\b",
        "lmk if the map is out of date",
        "Lemme know which colour wins.",
        "Let us hear your worst pun.",
        counter=("Let me hear myself think!",),
    ),
    entry(
        "love like glad happy curious keen interested thrilled delighted excited pleased",
        rf"\b{_I}{_WOULD} (?:really |so |genuinely )?(?:love|like|be (?:glad|happy|curious|keen|"
        r"interested)) to (?:hear|know|read|learn|collect|find out)\b|"
        # delight at hearing back, not at learning a thing: "we'd be thrilled to hear about it"
        rf"\b{_I}{_WOULD} be (?:so |really )?(?:thrilled|delighted|excited|pleased) to hear "
        r"(?:about it|about them|about yours|about your|from you|how|what|which|your)\b",
        "We'd be glad to hear which routes you walk.",
        "If your group uses the map, we'd be thrilled to hear about it.",
    ),
    entry(
        "curious keen eager interested",
        rf"\b{_I}(?:'m|'re| am| are) (?:really |genuinely |so |very )?(?:curious|keen|eager|"
        r"interested) (?:to (?:hear|know|learn|read)|"
        r"(?:about|in) (?:your|what you|how you|which))\b",
        "We're keen to learn how you store seeds.",
    ),
    entry(
        "curious",
        # a sentence of its own, not a reason inside another ("… and I'm curious.")
        r"(?:^|[.!?…] +)(?:(?:so|and|honestly|really|also|now|anyway|but|ok|okay),? )?"
        rf"(?:i'm|we're|i am|we are) (?:really |genuinely |so |very )?curious\b"
        rf"(?! ?{_NOT_MUSING_AHEAD})"
        # curious about the world in general is a trait, not a question to the reader
        r"(?! (?:about|by) (?!your?\b|how|what|whether|if|which|why|where|who|anyone|others|"
        r"other people)| by nature)",
        "Anyone else tried this? I'm really curious.",
        "I'm curious to see how you set yours up.",
        "I'm curious to see how v2.0 performs for you.",
        counter=(
            "I am curious about many subjects and read a lot.",
            "I'm curious whether the new roof will hold.",
            "I'm curious whether we could open on Sundays too.",
            "I'm curious to see how the seedlings do in the cold frame.",
            "I keep going back because the path is steep and I'm curious.",
            "There are plenty of things I'm curious about.",
            "I'm curious what the rain does to my tomatoes.",
        ),
    ),
    entry(
        "want need love",
        rf"\b{_I} (?:want|need|would love) to (?:hear|know|learn) (?:from you|what you|how you|"
        r"about your|your|which)\b",
        "I want to know how you label your jars.",
    ),
    entry(
        "want",
        rf"\b{_I} want your (?:take|thoughts|input|feedback|stories|ideas|questions|view)\b",
        "We want your ideas for the summer fair.",
    ),
    entry(
        "share drop",
        r"\b(?:share|drop) (?:us |me |with us |with me )?(?:(?:any|some|all|one) of )?your\b"
        r"(?! (?:child|children|kids?|son|daughter|car|bags?|keys|parcel|parcels|screen|home|"
        r"house|location|password|wi-?fi|love|passion|network|session|calendar|desktop|files?|"
        r"account|data|lunch|food|toys)\b)",
        "Share your hacks.",
        "Please share any of your drawings with us.",
    ),
    entry(
        "leave drop post send",
        r"\b(?:leave|drop|post|send) (?:us |me )?(?:a|an|your) "
        r"(?:comment|reply|note|message|answer|"
        r"suggestion|question)\b",
        "Leave a note on the board by the door.",
    ),
    entry(
        "reason reasons answer answers thoughts ideas stories vote votes pick picks tips "
        "suggestions recommendations questions experience experiences favourite favourites "
        "favorite favorites guess guesses view views",
        # after a verb of replying or its object: "reply with …", "hit us up with …"
        r"\b(?:reply|respond|comment|answer|back|in|up|us|me|below|off|here)\b(?: [\w'-]+){0,2}? "
        r"with your (?:reasons?|answers?|thoughts|ideas|stories|votes?|picks?|tips|suggestions|"
        r"recommendations|questions|experiences?|favou?rites?|guess(?:es)?|views?)\b",
        "Reply with your guesses.",
        counter=("Get fluent with your favourite editor first.",),
    ),
    entry(
        "welcome welcomed appreciated wanted encouraged accepted received needed important "
        "valuable vital essential crucial invaluable",
        # from whom: "critical feedback by experts is welcome"
        rf"\b{_RESPONSES} (?:from|by) (?:[\w'-]+ ){{0,5}}?[\w'-]+ (?:is|are) "
        r"(?:always |very |most |more than |warmly |really |much )?"
        r"(?:welcome|welcomed|appreciated|wanted|encouraged)\b|"
        # about what: "ideas for what we should (or should not) work on are very welcome"
        rf"\b{_RESPONSES}(?: (?:and|or|&) {_RESPONSES})? (?:on|about|for|regarding|as to|"
        r"of (?:any|all|every)) (?:(?!\b(?:"
        + _REPORTING
        + r")\b)[^.!?]){3,90}? (?:is|are) (?:always |very |most |more than |"
        r"warmly |really |much |greatly |hugely |truly )*(?:welcome|welcomed|appreciated|"
        r"accepted)\b"
        r"(?! (?:news|change|relief|addition|sight|step|development)\b)|"
        # what they are for, a short noun phrase: "fixes in any of these areas are welcome";
        # not "comments in the thread said dogs are welcome", nor a fund's contributions
        rf"\b{_RESPONSES} (?:in|to|towards|into) (?:(?!(?:" + _REPORTING + r"|about|fund|funds|"
        r"charity|appeal|collection)\b)[\w'-]+ ){1,6}?(?:is|are) "
        r"(?:always |very |most |more than |warmly |really |much |greatly )*(?:welcome|welcomed|"
        r"appreciated)\b(?! (?:news|changes?|reliefs?|additions?|sights?|steps?|developments?)\b)|"
        # what the reader's word is worth: "your feedback is needed"
        rf"\byour (?:[\w-]+ )?{_RESPONSES} (?:is|are) (?:always |really |very |so |much |truly )?"
        r"(?:needed|wanted|important|valuable|vital|essential|crucial|invaluable)\b|"
        # not money: "bitcoin tips appreciated"
        rf"\b(?<!bitcoin )(?<!cash )(?<!crypto )(?:honest |all |any |your |reader |candid |more )?"
        rf"{_RESPONSES}(?:(?:,| and| or| &) (?:any |your |all )?(?:{_RESPONSES}|discussions?))*"
        r"(?: are| is| will be| would be| shall be)?(?: very| always| most| more than| all| warmly|"
        r" really| much| greatly|"
        r" hugely| truly| highly| gladly| happily| gratefully| extremely| so)* "
        r"(?:welcome|welcomed|appreciated|wanted|encouraged)\b|"
        # "Patches gratefully accepted", "All feedback gladly received"
        rf"\b{_RESPONSES} (?:are |is )?(?:always )?(?:gratefully|gladly|happily|thankfully) "
        r"(?:accepted|received)\b",
        "Corrections are always welcome.",
        "Contributions are very welcome, big or small.",
        "PRs welcome!",
        "Any feedback is much appreciated.",
        "Questions and comments are welcome on the discussion board.",
        "Fixes gratefully accepted.",
        "Questions and discussion welcome at the community forum.",
        "And of course, feedback will be appreciated.",
        "Critical feedback by people who run the service is welcome.",
        "Ideas for what we should (or should not) be doing next year are very much welcome!",
        "Fixes in any of the areas above are very welcome.",
        "Translations into Welsh are always welcome.",
        "Contributions of any size are appreciated.",
        "The project is open, so contributions of all kinds are accepted.",
        "Your feedback is needed on the new timetable!",
        counter=(
            "Dogs are welcome in the garden.",
            "Donations gratefully received.",
            "Cost: free, but bitcoin tips appreciated.",
            "Feedback on the draft from the council is welcome news.",
            "Comments in the thread said dogs are welcome in the garden.",
            "Improvements in battery life are welcome additions.",
            "Contributions to the hardship fund are always welcome.",
        ),
    ),
    entry(
        "welcome welcomes",
        # "welcome" as the author's verb: "we welcome feedback on …", "… and welcome your
        # ideas", "I warmly welcome pull requests"
        r"(?:^|\b(?:we|i|and|also|always|warmly|gladly|happily|greatly|really|certainly|"
        r"definitely|much|very much|especially|particularly)) welcome"
        r" (?:your |any |all |more |"
        rf"new |further |some |the community's )?(?:[\w-]+ )?{_RESPONSES}\b|"
        # whoever welcomes them, the reader's own: "the wiki welcomes your contributions"
        rf"\bwelcomes? your (?:[\w-]+ )?{_RESPONSES}\b|"
        # the project's standing offer: "the community welcomes contributions to the docs"
        r"\b(?:the|our|this) (?:project|community|team|group|club|site|wiki|library|foundation)\b"
        rf"[^.!?]{{0,100}}?\bwelcomes (?:any |all |new |further |more )?{_RESPONSES}\b",
        "We welcome feedback on how the map could serve more villages.",
        "Let's keep it growing: the handbook site welcomes your contributions.",
        "We're glad to see it in use and welcome your ideas for the next release.",
        "The project welcomes contributions to the new parser.",
        "The group hopes users test the beta and welcomes feedback on the docs.",
        "If you feel adventurous, I warmly welcome pull requests for new features.",
        counter=(
            "The club welcomes new members every spring.",
            "Schools welcome feedback from parents, the survey found.",
            "A good team welcomes feedback; a bad one punishes it.",
            "Unlike most firms, the Rust project welcomes contributions from newcomers.",
            "The mayor listens to residents and welcomes feedback from them.",
            "We welcome donations at the door.",
        ),
    ),
    entry(
        "value welcome appreciate love",
        rf"\b{_I}(?:'d| would) (?:really |genuinely |so )?(?:value|welcome|appreciate|love) "
        # the readers by name: "we would appreciate the membership's thoughts on …"
        r"(?:(?:the (?:membership|community|group|club)'s|(?:the )?(?:members|parents|residents|"
        r"readers|families|neighbou?rs)') )?"
        r"(?:your|any|views|thoughts|input|advice|feedback|ideas|suggestions|hearing|opinions|stories|"
        r"tips|recommendations|answers|to hear|to know|critique|comments|pushback|corrections|"
        r"criticism|questions)\b",
        "I'd welcome pushback on the second point.",
        "We would appreciate the membership's thoughts on the new rota.",
    ),
    entry(
        "grateful thankful",
        rf"\b{_I}(?:'d| would)(?: really| be so| be very| be extremely| be really| be)? "
        rf"(?:grateful|thankful) for (?:your|any|some|all)(?: kind of| sort of| [\w-]+)? "
        rf"{_RESPONSES}",
        "We'd be grateful for any early feedback on the beta.",
        "Once again, I'd be extremely thankful for any kind of feedback.",
        counter=("We'd be grateful for any donations.",),
    ),
    entry(
        "share post drop leave send tell give add",
        r"\b(?:share|post|drop|leave|send|tell|give|add) (?:us |me )?(?:your|a|some|any|one|those) "
        r"(?:own )?(?:story|stories|thoughts?|ideas?|experiences?|tips?|takes?|questions?|feedback|"
        r"opinions?|suggestions?|answers?|favou?rites?|examples?|recommendations?|memories|views?|"
        r"comments?|wins|struggles|advice|picks?|tricks?|questions?|input|lessons?|mistakes?|"
        r"horror stories)\b|"
        # the reader's own work: "share what you've built"
        r"\b(?:share|show (?:us|me)) what you(?:'ve| have)? (?:built|made|created|written|cooked|"
        r"baked|knitted|sewn|planted|grown|drawn|painted|learned|learnt)\b",
        "Post your own examples on the forum.",
        "Share what you've built with the new API!",
    ),
    entry(
        "reply respond answer comment write",
        r"\b(?:reply|respond|answer|comment|write back)(?: to (?:this (?:post|email|e-mail|"
        r"newsletter|message|thread|toot)|this|me|us|the thread))?"
        r" (?:below|here|with|in the comments|and tell|and let|if you|or dm|or message|or email|"
        r"or e-mail|or write|or comment|or call|to let|by)\b",
        "Comment below with the worst pun you know.",
        "If we missed something, reply to this email and let us know!",
    ),
    entry(
        "reply respond answer comment write",
        r"^(?:reply|respond|comment|write back)\b(?!:| rates?\b| counts?\b)|"
        r"^answer (?:below|here|in the|this|me|us)\b|"
        # "Questions? Just reply to this post."
        r"^(?:just |simply |please |so )*(?:reply|respond|comment|write back) "
        r"(?:to|on|under) (?:this|me|us|the thread|this (?:post|thread|toot|message|email))\W*$",
        "Reply and we will add you to the list.",
        "Just reply to this email.",
        counter=("Reply rates were low this month.",),
    ),
    entry("reply", r"\b(?:hit|press) reply\b", "Just hit reply."),
    entry(
        "comments replies thread",
        r"\b(?:in|into) the (?:comments|replies|thread)\b",
        "Your best tip in the comments, please.",
    ),
    entry(
        "comment comments",
        r"\bcomments?(?: on (?:the|this|our) [^.!?]{1,40}?)? (?:are|is|remain) open\b",
        "Comments are open.",
        "Comments on the draft are open until Friday.",
    ),
    entry(
        "conversation discussion thread debate",
        r"\b(?:join|start) (?:the|a|our) (?:conversation|discussion|thread|debate)\b",
        "Join the discussion on the board.",
    ),
    entry(
        "what's",
        r"\bwhat's your (?:take|view|experience|story|answer|approach|method|trick|secret|verdict|"
        r"opinion|pick|guess|excuse|plan|favou?rite)\b",
        "What's your trick for tidy cables?",
    ),
    entry(
        "dm message email e-mail write text ping drop",
        rf"\b(?:dm|message|email|e-mail|write to|text|ping|drop) {_ME}\b"
        # not a sign-up by email: "email us to be added to the list"
        r"(?! for (?:pricing|a quote|details)| to (?:be added|sign up|subscribe|register|join|get "
        r"on|receive|book|reserve|order))",
        "Email us with the name of your group.",
        counter=("Email us for pricing.", "Email us to be added to the weekly list."),
    ),
    entry("drop", r"\bdrop (?:me|us) a (?:line|note|message)\b", "Drop us a line."),
    entry(
        "ask",
        rf"\bask {_ME} (?:anything|your questions?|questions?|about)\b",
        "Ask us anything about the move.",
    ),
    entry("vote", r"\bvote and (?:tell|let|explain|say)\b", "Vote and tell us why."),
    entry(
        "read",
        rf"\b{_I} read (?:every|all|each) (?:reply|replies|answer|answers|comment|comments|message|"
        r"messages|email|emails|response|responses)\b",
        "I read every reply.",
    ),
    entry(
        "love",
        r"(?:\b(?:would|'d) |^)love (?:to hear|to know|to read|"
        r"(?:your|some|any) (?:thoughts|take|input|"
        r"feedback|ideas|stories|views|opinions?|advice|suggestions|answers|help|questions|recommendations))\b",
        "We'd love your advice on the layout.",
        "Love to hear your take on the new menu.",
        "Would love some advice from other cyclists here.",
    ),
    entry("happy", r"\bhappy to (?:hear|answer|chat|discuss|talk)\b", "Always happy to chat."),
    entry(
        "chat talk",
        # the author keen to talk over what the reader has: "we'd love to chat about your
        # experience of the docs"
        rf"\b{_I}{_WOULD}(?: really| also| very much)? (?:love|like|be (?:glad|happy|keen)) to "
        r"(?:chat|talk)(?: with you)? about your\b",
        "We'd love to chat about your experience of the new docs in a short call.",
        counter=("We'd love to chat about our plans at the meetup.",),
    ),
    entry("chime weigh", r"\b(?:chime|weigh) in\b", "Weigh in before the vote."),
    entry("sound", r"\bsound off\b", "Sound off below."),
    entry(
        "help",
        rf"(?:^|\b(?:please|can you|could you|would you) )help {_ME} "
        r"(?:decide|choose|pick|understand|figure out|shape|improve)\b",
        "Help us choose a name for the boat.",
    ),
    entry(
        "need want",
        r"\b(?:i|we) (?:need|want) your (?:input|advice|ideas|opinions?|thoughts|take)\b",
        "We need your input on the timetable.",
    ),
    entry(
        "correct prove",
        rf"\bcorrect {_ME}\b|\bprove {_ME} wrong\b",
        "Correct me if the dates are off.",
    ),
    entry(
        "miss missed wrong overlook overlooked forget forgot forgotten",
        r"\bwhat (?:did|would|do|have) (?:i|we) (?:miss|get wrong|overlook)\b|"
        r"^(?:so,? |and |but )?(?:did|have) (?:i|we) "
        r"(?:miss(?:ed)?|forg[eo]t(?:ten)?|overlook(?:ed)?) "
        r"(?:any|anything|something|one|anyone|any others)\b",
        "What did I miss?",
        "Did I miss any?",
    ),
    entry(
        "shape decide go feed",
        r"\b(?:your|reader) (?:replies|answers|stories) (?:will )?(?:shape|decide|go into|feed)\b",
        "Your answers will shape next year's programme.",
    ),
    # Invitations in the register of projects and organisations.
    entry(
        "forward excited eager keen wait ready",
        r"\b(?:look(?:ing)? forward to|(?:excited|eager|keen|glad|happy) to|can't wait to) "
        r"(?:hearing|hear|reading|seeing|getting|having|receiving) (?:from you|your|what you|"
        r"how you|about your|"
        r"any)\b|"
        # contributions the project waits for: "we are ready to review your pull requests"
        r"\b(?:look(?:ing)? forward to|(?:excited|eager|keen|glad|happy|ready) to|can't wait to) "
        r"(?:review|reviewing|receive|receiving|merge|merging|accept|accepting|read) (?:your|any) "
        r"(?:[\w-]+ )?(?:pull requests|prs|patches|contributions|proposals|submissions|ideas|"
        r"suggestions|feedback|comments|questions|stories|entries)\b|"
        # the response itself awaited: "we look forward to your contributions"
        rf"\blook(?:ing)? forward to (?:your|any|all|more of your)(?: [\w-]+)? {_RESPONSES}\b",
        "We look forward to reading your proposals.",
        "They can be improved, and we look forward to your contributions to make them better.",
        "Looking forward to your thoughts!",
        "The team is excited to hear from you on the draft.",
        "We are ready to review your pull requests.",
        counter=(
            "We look forward to seeing the new bridge open.",
            "We are ready to review your application within a week.",
            "We look forward to your visit.",
        ),
    ),
    entry(
        "feedback input thoughts ideas comments suggestions opinions opinion views reports "
        "questions review reviews",
        rf"\b{_I}(?:(?:'d| would)? (?:also |really |do |still |especially )?(?:like|love|want|"
        r"welcome|appreciate|value|need)|(?:'re| are) (?:also |really |still |especially )?"
        r"(?:looking for|keen on)) "
        r"(?:to (?:get|have|hear) )?(?:your|any|all) (?:honest |early |candid )?(?:feedback|input|"
        r"thoughts|ideas|comments|suggestions|opinions?|views|reports|questions|reviews?)\b",
        "I'd like your comments on the first chapter.",
        "We also want your opinion on the change to brace placement.",
        "We're looking for your input on the new schedule.",
        "We welcome your suggestions for the reading list.",
        counter=("We value your privacy.",),
    ),
    entry(
        "asking seeking requesting soliciting inviting collecting gathering ask seek request",
        # the author asking in so many words: "we're seeking feedback on the draft"
        r"\b(?:(?:we're|we are|i'm|i am)(?: now| currently| actively| also| still)? |time to |"
        r"(?:i|we) (?:want|would like|'d like) to )(?:ask(?:ing)? for|seek(?:ing)?|"
        r"request(?:ing)?|solicit(?:ing)?|invit(?:e|ing)|collect(?:ing)?|gather(?:ing)?) "
        rf"(?:your |some |any |community |more |public |early |all )?{_RESPONSES}",
        "We're seeking feedback on the draft charter.",
        "This is rough, but it's time to ask for feedback, ideas and use cases.",
        counter=("Last year we asked for feedback on the logo.",),
    ),
    entry(
        "i'd we'd would",
        rf"\b{_I}(?:'d| would) (?:really )?(?:love|like) (?:for )?(?:you|everyone|readers|users)"
        r" to (?:tell|share|send|contribute|comment|write|add|report|vote|help|"
        r"join (?:the|our|in the) (?:discussion|conversation|debate))\b",
        "We would love for you to share your recipes with the group.",
        counter=("We'd love you to join us!",),
    ),
    entry(
        "help contributors reviewers testers translators feedback",
        r"\b(?:needs?|could use|would appreciate) (?:your|some|any) help (?:to|with|in) "
        r"(?:creat|writ|build|improv|test|review|translat|document|fix|design)|"
        # the author's own side: "we could still use help triaging bugs"
        r"\b(?:we|i)(?: still| really| always)? (?:could (?:really |still |always )?use|need) "
        r"(?:some |more |a little |a bit of )?help (?:(?:to|with|in) )?(?:creat|writ|build|improv|"
        r"test|review|translat|document|fix|design|triag|qa|debug|maintain|moderat)|"
        r"\b(?:we're|we are|i'm|i am) (?:always |actively |still |currently |really )?"
        r"(?:looking|searching) for (?:more |new |some )?"
        r"(?:contributors|reviewers|testers|translators|feedback)\b",
        "The docs team needs your help to write the new tutorials.",
        "We are looking for reviewers for the second edition.",
        "Error messages are an area where we are actively looking for feedback.",
        "We still could use help testing the nightly builds.",
        counter=(
            "This spring we need your help to keep going.",
            "We are looking for volunteers to run the stall.",
            "My son needs help writing essays, so we hired a tutor.",
            "The bakery could use help designing a new logo, so they hired a studio.",
            "Need help fixing your bike? Our repair café is open every Saturday.",
        ),
    ),
    entry(
        "advance appreciate",
        r"\bthanks? (?:you )?in advance for (?:any|your|all)(?: [\w'-]+,?){0,5}? (?:advice|help|"
        r"feedback|input|thoughts|suggestions|tips|recommendations|leads|introductions|"
        r"pointers|ideas)\b|"
        rf"\b{_I}(?:'d| would) (?:really |greatly |so )?appreciate (?:your|any) (?:advice|"
        r"feedback|input|thoughts|suggestions|tips|recommendations|leads|introductions|"
        r"pointers)\b",
        "Thanks in advance for any tips, leads or introductions you can share.",
        "I would really appreciate your advice on the second draft.",
        counter=("We appreciate your patience while the site is down.",),
    ),
    entry(
        "ways way",
        r"\b(?:here are|here's|there are|these are|a few|some) "
        r"(?:a few |some |several |two |three )?(?:good |easy |simple |other )?ways? to "
        r"(?:reach|contact|get in touch with|talk to) (?:us|me|the team)\b",
        "If you have questions, here are a few good ways to reach us:",
        counter=(
            "There are two ways to find the station from the square.",
            "Here are a few ways to find us at the festival: look for the red tent.",
        ),
    ),
    entry(
        "enquiries inquiries questions queries",
        r"\b(?:for|with|if you have)(?: any| more| further| other)? (?:enquiries|inquiries|"
        r"questions|queries)\b[^.!?]{0,30}\b(?:call|contact|whatsapp|text|e-?mail|write to|ring|"
        r"phone|reach)\b",
        "For further enquiries, call:",
        "For questions about the course, email the tutor on the address below.",
        counter=("Answer three questions on your phone each day.",),
    ),
    entry(
        "directed sent addressed emailed submitted raised forwarded posted",
        r"\b(?:questions|queries|enquiries|inquiries|feedback|comments|suggestions|bug reports|"
        r"concerns|corrections|ideas|proposals|nominations)(?: [\w'-]+){0,6} "
        r"(?:should|can|may|are to|could) be "
        r"(?:directed|sent|addressed|emailed|submitted|raised|forwarded|posted) "
        r"(?:to|via|at|on|in|through)\b",
        "Questions should be directed to the front desk.",
        "Feedback on the draft can be sent to the working group.",
        "Ideas for next year's fair can be submitted through the form.",
        counter=("The parcels should be sent to the depot.",),
    ),
    entry(
        "open welcoming accepting",
        r"(?:^|\b(?:we're|we are|i'm|i am|is|are|remain|remains|still|always|now) )"
        r"(?:always |very |more than |happily |gladly |now |still )?"
        r"(?:open to|welcoming|accepting) "
        r"(?:new |any |your |outside )?(?:contributions|pull requests|prs|patches|"
        r"suggestions|feedback|ideas|questions|contributors)\b",
        "We're always open to contributions.",
        "The project is accepting pull requests for the new theme.",
        "Open to contributions here!",
        counter=(
            "The café is open to all ages.",
            "Good maintainers show thanks by accepting contributions that need work.",
        ),
    ),
    entry(
        "great fantastic awesome wonderful amazing lovely brilliant appreciated helpful help",
        r"\bif you (?:fancy|feel like|'d like to|would like to|want to|can|could|have time to|"
        r"are able to|get a chance to|'re up for|are up for)\b[^.!?]{0,80}?\b(?:send|shar|tell|"
        r"contribut|fork|submit|report|fil|open|comment|review|test|translat|writ|e-?mail|contact|"
        r"answer|repl|vote|suggest|propos|let (?:us|me) know)[^.!?]{0,60}?,? (?:that|it|this) "
        r"(?:would|'d|will|'ll) be (?:really |super |absolutely |very |most |so )?(?:great|"
        r"fantastic|awesome|wonderful|amazing|lovely|brilliant|appreciated|helpful|"
        r"much appreciated|a (?:huge|big|great) help)\b",
        "If you fancy testing the new build and sending us notes, that would be brilliant.",
        counter=("If you can make it to the fair, that would be lovely.",),
    ),
    entry(
        "open",
        # not advice on one's own attitude: "be open to feedback"
        r"(?<!\bbe )(?<!\bstay )(?<!\bremain )(?<!\bbeing )"
        r"\bopen (?:for|to) (?:public |your |any )?(?:comments?|feedback|suggestions|input|review|"
        r"contributions|submissions|proposals|questions|discussion)\b|"
        r"\b(?:feedback|submissions|proposals|nominations|voting|the (?:survey|poll|vote|"
        r"discussion|thread|conversation))"
        r"(?: [\w'-]+){0,5} (?:is|are) (?:now |still )?open\b",
        "The draft is open for comments until May.",
        "Nominations for the committee are now open.",
        "If you have views on the plan, the discussion is open on our board.",
        counter=(
            "The shop is open for business.",
            "The bridge is open to traffic again.",
            "Be open to feedback from your team.",
        ),
    ),
    entry(
        "receive review accept merge",
        r"\b(?:happy|glad|delighted|keen|eager|thrilled|pleased) to (?:receive|review|accept|merge|"
        rf"read|look at) (?:your |any |new |more |all )?{_RESPONSES}",
        "We would be very happy to receive your translations.",
        "We're glad to review pull requests for the theme.",
        counter=("We were pleased to receive the grant.",),
    ),
    entry(
        "know hear",
        r"(?:\bif|^(?:should|when|whenever))\b[^.!?]*,? (?:we|i)(?: really| do)? "
        r"(?:want|need|'d like|would like|'d love|"
        r"would love|'d be glad|'d be happy|would be glad) to (?:know|hear about it|hear)\s*[.!]*$",
        "If a page loads slowly for you, we want to know.",
        counter=("We want to know why the bus was late.",),
    ),
    entry(
        "write",
        r"\bwrite in (?:with|to (?:us|me)|and (?:tell|let|share))\b|\bwrite in[.!]*$",
        "Please write in with your photos of the old mill.",
        "Write in and tell us about your first bike.",
        counter=("Write in pencil on the back of the form.", "I write in the mornings."),
    ),
    entry(
        "ears",
        r"\b(?:i'm|i am|we're|we are|always) all ears\b",
        "If you know a quicker route, I'm all ears.",
        counter=("The puppy was all ears at the door.",),
    ),
    entry(
        "go",
        rf"\b{_RESPONSES}(?:(?:,| and| or| &) {_RESPONSES})* (?:can |should |may |could )?"
        r"go (?:to|on|in|via|through) (?:the|our|my|this)\b",
        "Bug reports and feature requests go to the tracker.",
        "Questions can go on the mailing list.",
        counter=("Questions go unanswered for weeks.", "Our ideas went to the council."),
    ),
    entry(
        "chat talk discuss",
        r"\b(?:i'm|i am|we're|we are) (?:on|in|at|around|over on|usually on)\b[^.!?]{0,40}\bif you "
        r"(?:want|'d like|would like|wish|fancy|feel like) to (?:chat|talk|discuss|say hi|ask|"
        r"compare notes)\b",
        "We're on the forum if you want to talk it through.",
        counter=("If you want to chat with the mayor, book a slot.",),
    ),
    entry(
        "back",
        r"^(?:[\w' -]{0,40}, )?back (?:me|us) up\b",
        "Fellow night owls, back me up here.",
    ),
    entry(
        "notes stories",
        r"\b(?:(?:love|like|happy|glad|keen|up for it) to|let's|we could|let us) "
        r"(?:compare|swap|trade|share) (?:notes|stories|tips)\b",
        "If your club tried the same, I'd love to compare notes.",
        counter=("We met in the square to compare notes on the route.",),
    ),
    entry(
        "see",
        rf"\b{_I}(?:'d| would) (?:really |so )?(?:love|like|be (?:glad|happy|thrilled)) to see "
        r"(?:a (?:photo|picture|pic)|photos|pictures|pics|yours|what you|how you|"
        r"your (?:own )?(?:photos?|pictures?|pics|work|makes?|versions?|creations?|results|"
        r"projects?|designs?|builds?|gardens?))\b",
        "If you knit one, I'd love to see a photo.",
        "We'd be happy to see what you make with it.",
        counter=(
            "We'd love to see the council act on this.",
            "We'd love to see your smiling faces at the fair.",
        ),
    ),
    entry(
        "decide choose pick torn",
        r"(?:^|\b(?:i|we) )(?:still |just )?(?:can't|cannot|can not) (?:decide|choose|pick) "
        r"(?:between|which|whether|on)\b|\b(?:i'm|we're|i am|we are) torn between\b",
        "Can't decide between the two fabrics for the curtains.",
        "I'm torn between the coast path and the hills for Sunday.",
        counter=("I couldn't decide between them, so I bought both.",),
    ),
    entry(
        "inbox door mailbox ears",
        r"\b(?:my|our) (?:inbox|door|mailbox|virtual door) (?:is|remains|stays) (?:always |still )?"
        r"open\b",
        "If the guide breaks for you, my inbox is open.",
        counter=("Our door was open all afternoon because of the heat.",),
    ),
    # What to send where, without a verb: "Corrections to the usual address, please."
    entry(
        "please",
        rf"^(?:(?:any|all|your) )?{_RESPONSES}(?:(?:,| and| or| &) {_RESPONSES})*,? "
        r"(?:to|via|on|in|at) (?:the|my|our|me|us)\b[^.!?]*\bplease\b",
        "Questions and corrections to the usual address, please.",
        counter=("Please send the invoices to the office.",),
    ),
    entry(
        "shout holler yell sing speak",
        r"(?:^|\band |\bjust |\bplease |\bso )(?:shout|holler|yell|sing out|speak up)(?: out)? "
        r"(?:if|when|below|here|in the)\b",
        "Try the new build and shout if anything breaks.",
        "Speak up if the times don't suit you.",
        counter=("The children shout when the bell rings.",),
    ),
    entry(
        "place channel way",
        r"\b(?:is|are|remains) (?:the |our )?(?:best |right |usual |first |quickest )?"
        r"(?:place|channel|way) (?:to|for) (?:ask|questions|reach us|get help|get in touch|"
        r"discuss|raise|report|feedback|suggestions)\b",
        "For anything else, our forum is the best place to ask.",
        counter=("The library is the best place to study.",),
    ),
    # Asking outright for a verdict or for advice, in the shorthand of social posts.
    entry(
        "rate rank caption name",
        r"^(?:(?:ok|okay|so|now|go on|quick),? )?(?:rate|rank|caption) (?:my|our|this|these|the)\b|"
        r"^(?:(?:ok|okay|so|now|go on),? )?name (?:my|our|this|these) "
        r"(?:new )?(?:puppy|kitten|dog|cat|plant|boat|band|bike|car|robot|baby)\b|"
        # a challenge left for the reader: "Name a better duo. I'll wait."
        r"^(?:(?:ok|okay|so|now|go on),? )?name (?:a|one) (?:better|bigger|finer|worse) [\w-]+\b",
        "rate my new desk 1-10",
        "Caption this photo from the fete.",
        "Name a better duo. I'll wait.",
        counter=("Rates for the hall go up in May.", "Name a date and we'll book it."),
    ),
    entry(
        "recommendation recommendations recs suggestions advice tips",
        r"^(?:(?:ok|okay|so|hey|help),? )?(?:i |we )?(?:really |urgently )?(?:need|want) "
        r"(?:a |some |any |your )?(?:recommendations?|recs|suggestions|advice|tips)\b",
        "need a recommendation for a cheap tent, go",
        "We need suggestions for the band's name!",
        counter=("They need advice from a solicitor.",),
    ),
    # Gathering what readers have, to publish or keep: "We're collecting old photos
    # of the pier", "We'd love to feature your garden".
    entry(
        "collecting gathering compiling seeking",
        r"\b(?:we're|we are|i'm|i am) (?:now |still |currently )?(?:collecting|gathering|"
        r"compiling|seeking) (?:your |more |new |some |any |old )?(?:stories|memories|photos|"
        r"pictures|examples|recipes|use cases|experiences|nominations|suggestions|tips|"
        r"questions|feedback|them|those)\b",
        "We're collecting memories of the old lido for the library's exhibition.",
        "Have a photo of the pier before the fire? We're gathering them for the archive.",
        counter=("We are collecting donations for the food bank.",),
    ),
    entry(
        "include feature publish showcase",
        rf"\b{_I}(?:'d| would) (?:love|like|be (?:glad|happy|delighted)) to (?:include|feature|"
        r"publish|showcase) (?:your|their|yours|some of yours)\b",
        "We'd love to feature your allotment in the spring issue.",
        counter=("We'd love to feature a local band at the fair.",),
    ),
    # Asking for what someone out there knows: a condition on the reader's knowledge,
    # then a plea, whatever verb carries it ("… please holler", "… pls shout").
    entry(
        "please pls plz",
        r"\bif (?:anyone|anybody|someone|somebody|any of you|one of you)(?: here| out there)? "
        r"(?:knows?|has (?:seen|heard|found|got|tried|a clue|any idea)|"
        r"can (?:recommend|suggest|point))\b[^.!?]*?\b(?:please|pls|plz)\b",
        "If anyone knows a good tailor near the market, please shout.",
        "If someone has seen a grey cat on Elm Street pls call the number on the flyer.",
        counter=(
            "If anyone knows, it's the caretaker.",
            "If you have a ticket, please bring it on the day.",
        ),
    ),
    entry(
        "discussion discussions conversation debate",
        # a place in the talk offered to the reader: "I'd like to invite anyone who's
        # interested into the discussion about the API"
        r"\b(?:(?:i|we)(?:'d| would)(?: also| really)? (?:like|love) to )?"
        r"(?:invite|inviting|welcome|welcoming) (?:you|anyone|everyone|all|people|folks|"
        r"readers|users)(?: [\w'-]+){0,4}? into (?:the|our|this) (?:[\w-]+ )?(?:discussions?|"
        r"conversation|debate)\b",
        "I'd also like to invite anyone who's interested into the discussion about the API.",
        counter=("They invited us into the discussion last year.",),
    ),
    entry(
        "welcome welcoming",
        # the author's door open to talk: "I'll be welcoming everyone seeking a conversation
        # with me about the topic"
        rf"\b{_I}(?:'ll| will|'m| am)? (?:be |always |happily |gladly )?welcom(?:e|ing) "
        r"(?:anyone|everyone|all|anybody)(?: [\w'-]+){0,2}? "
        r"(?:seeking|wanting|who wants?|who'd like|who would like) "
        r"(?:a (?:conversation|chat|word)|to (?:talk|chat|discuss))\b",
        "I'll be welcoming everyone seeking a conversation with me about the decision.",
        counter=("The club welcomes anyone wanting a chat over tea.",),
    ),
    entry(
        "invite encourage",
        # the author's own asking verb: "we invite comments on the proposal until Friday"
        rf"\b{_I}(?: also| always| warmly| really| strongly| actively)? (?:invite|encourage) "
        rf"(?:your |any |all |more |further )?(?:[\w-]+ ){{0,2}}{_RESPONSES}\b",
        "We invite comments on the proposal until Friday.",
        "We invite constructive community feedback to improve it.",
        counter=("The review process aims to encourage feedback from users.",),
    ),
    entry(
        "let's",
        # the author and the readers talking it over: "let's discuss in the issue"
        r"^(?:(?:so|ok|okay|and),? )?let's (?:discuss|talk|chat)(?: about)?"
        r"(?: (?:it|this|that|more))?(?: below| (?:in|on|over (?:in|on|at)) (?:the |our |this )?"
        r"(?:[\w-]+ )?(?:issue|thread|comments|forum|discussion|chat|discord|slack|mailing list|"
        r"replies))\b",
        "Let's discuss in the issue.",
        "Let's talk about it in the comments!",
        counter=("Let's talk about the weather first.",),
    ),
    entry(
        "guess",
        # a guess asked for: "Guess where I am! 📍"; not "Guess what? We won!", which answers
        r"^(?:(?:ok|okay|so|now|go on|quick|can you),? )?guess (?:where (?:i|we) (?:am|are|went|"
        r"ended up)|which (?:one|city|country|town|song|book|film)|"
        r"the (?:song|film|movie|book|place|city|location|year|price|number|answer))\b",
        "Guess where I am! 📍",
        "Guess the song from the first line.",
        # "Guess how many came? Over 200!" is a lead-in the text answers
        counter=("Guess what? We won the cup!", "I guess the answer is no."),
    ),
    entry(
        "curious wonder wondering",
        # "Curious what others think.", "I'm curious how you all handle it"
        r"^(?:(?:i'm|i am|we're|we are|really|so|just|now)\s+)*curious (?:to (?:hear|know|see) )?"
        r"(?:what|how|whether|if|which) (?:others|you|people|everyone|folks|y'all|you all|"
        r"other [\w-]+)\b",
        "Curious what others think.",
        counter=("She was curious what the box held.",),
    ),
    entry(
        "hear find reach",
        # the author's door left open: "You know where to find me.", "Hope to hear from you."
        r"\byou know where to (?:find|reach) (?:me|us)\b|"
        r"^(?:(?:i|we) )?(?:hope|hoping) to hear (?:from you|from some of you|your|what you|"
        r"how you)\b|"
        r"^(?:it )?(?:would|'d) be (?:great|lovely|good|nice|interesting|fun) to hear (?:from you|"
        r"how you|what you|about your|your)\b",
        "You know where to find me.",
        "Hope to hear from you soon.",
        "Would be great to hear how you handle it.",
        counter=("They hope to hear from the council soon.",),
    ),
    entry(
        "tracker issues forum discourse discussions list chat slack discord zulip gitter matrix "
        "github gitlab questions comments feedback",
        # where each kind of reply goes: "For questions and bug reports, visit the issue tracker"
        rf"^(?:for|with) (?:any |all |your |general |other |further )?(?:[\w-]+ )?{_RESPONSES}"
        rf"(?:(?:,| and| or| &) (?:[\w-]+ )?{_RESPONSES})*,? (?:please )?(?:visit|use|see|head "
        r"(?:over )?to|go to|join|open|file|post (?:in|on|to)|ask (?:in|on))\b[^.!?]{0,50}?"
        r"(?:\b(?:issue tracker|tracker|issues|forum|discourse|discussions?|mailing list|list|chat|"
        r"slack|discord|zulip|gitter|matrix|github|gitlab)\b|"
        # an issue by its number: "For questions or comments, see owner/repo#12."
        r"(?<![\w#])(?:[\w.-]+/[\w.-]+)?#\d+\b)",
        "For questions and bug reports, visit the GitHub issue tracker.",
        "For comments or questions, see acme/roadmap#42.",
        counter=("For more information, visit the project's GitHub page.",),
    ),
    entry(
        "doubt unsure",
        # the reader's doubt, to be asked about: "If in doubt ask or join us beforehand"
        r"\b(?:if|when|whenever) (?:in doubt|unsure|(?:you're|you are) (?:not sure|unsure))\b,? "
        r"(?:just |please |do |always )?(?:ask|check with (?:us|me)|get in touch|contact us)\b"
        r"(?! (?:yourself|your (?:doctor|gp|pharmacist)|a professional)\b)",
        "If in doubt, just ask.",
        "When unsure, check with us before you post.",
        counter=("If in doubt, ask yourself whether you need it.", "When in doubt, leave it out."),
    ),
]

# Verb phrases that ask for a response or contribution; they need a directive frame.
RESPONSE_ACTS = [
    entry(
        "speak",
        # "if your upgrade is not smooth, please speak up!"; not "speak up for yourself"
        # nor the reader's conduct in their own team: "speak up when you see a problem"
        r"\bspeak up\b(?! (?:for|against|about yourself|when|whenever)\b)",
        "If the upgrade goes badly, please speak up!",
        counter=(
            "Teach children to speak up for themselves.",
            "She spoke up at the meeting.",
            "In code review, speak up when something looks inaccessible.",
        ),
    ),
    entry(
        "tweet toot skeet dm ping post send",
        # to the project's or the author's account: "feel free to tweet those results at @x"
        r"\b(?:tweet|toot|skeet|dm|ping|post|send)\b(?: (?:it|them|those|these|that|this|us|me|"
        r"(?:your|the|those|any) [\w-]+))?(?: [\w-]+)? (?:at|to) @[\w.]+",
        "Feel free to tweet your timings at @ourproject.",
        counter=("She tweeted the photo at @council last week.",),
    ),
    entry(
        "share post report submit add",
        # a repository as the place for it: "please share confusing messages in
        # `owner/catalog`"
        r"\b(?:share|post|report|submit|add)\b[^.!?]{0,50}? (?:in|to|on|at) (?:the |our )?`?"
        # (a repository's name: not "series/season"; its name has a -, _, . or digit)
        r"[a-z0-9][\w-]*/[a-z0-9]*[-_.\d][\w.-]*[a-z0-9]`?(?: (?:repo|repository|tracker|issues))?"
        r"(?=[ ,.;:!?)]|$)",
        "I encourage you to share any confusing messages in `ourorg/message-catalog`.",
        counter=(
            "We shared the results in ourorg/bench-results last year.",
            "Options such as add to playlist, mark as played/unplayed, go to series/season.",
        ),
    ),
    entry(
        "direct",
        r"\bdirect (?:your |any |all |further |other )?(?:questions|queries|enquiries|inquiries|"
        r"feedback|comments|suggestions|concerns|ideas) (?:to|at)\b",
        "Please direct questions to the forum.",
        counter=("The clerk directs questions to the council.",),
    ),
    entry(
        "proposal proposals abstract abstracts submission submissions paper papers talk talks",
        # contributions to a programme: "please send in your proposal", "submit a talk"
        r"\b(?:send(?: in| us)?|submit|email|mail) (?:us |in )?(?:your |a |an |any |some |more )?"
        r"(?:[\w-]+ )?(?:proposals?|abstracts?|submissions?|talks?|papers?)\b"
        r"(?! (?:was|were|is|are|has|have)\b)",
        "Please send in your proposal before the end of the month.",
        "Send us your talk proposals!",
        counter=("We sent in our proposal last week.",),
    ),
    entry(
        "wiki",
        # a contribution to the shared page: "if you see a mistake, feel free to edit the wiki"
        r"\bedit (?:the|our|this) (?:[\w-]+ )?wiki\b",
        "If you spot a mistake, feel free to edit the wiki and fix it.",
        counter=("We edited the wiki last night.",),
    ),
    entry(
        "bring",
        # ideas brought to the meeting are contributed: "please bring ideas on fundraising"
        r"\bbring (?:along )?(?:your |any |some |us your |along your )?(?:own )?(?:[\w-]+ )?"
        r"(?:ideas|suggestions|questions)\b(?! (?:to life|into being|into reality)\b)"
        r"(?! to " + _THIRD_PARTY + r")",
        "Please bring ideas for the summer fair!",
        "So bring your fund-raising ideas to the meeting.",
        "Drop by the open evening and bring your questions.",
        counter=(
            "The new year will bring fresh ideas.",
            "Prototype fast and bring your ideas to life.",
        ),
    ),
    entry(
        "reach reach-out touch contact",
        # to the author, not to "your peers" or "people outside your team" (advice)
        r"\b(?:reach[- ]out|get in (?:touch|contact))\b"
        r"(?! (?:to|with) (?:your (?:[\w-]+ )?(?:peers|friends|family|colleagues|manager|"
        r"network|team|mp|local)|people|others|them|"
        r"other|colleagues|friends|family|someone|somebody|nature|a (?:friend|colleague|mentor|"
        r"professional))\b)(?! (?:to|with) " + _THIRD_PARTY + ")"
        # people of a network the post sends readers into: "any of the helpful people on it"
        r"(?! (?:to|with) (?:(?:any|some|one|all) of (?:the|these|those|our) |fellow |other )"
        r"(?:[\w-]+ )?(?:people|members|alumni|mentors|experts|folks|professionals|users|"
        r"parents|students)\b)",
        "Reach out if the form breaks.",
        "Don't hesitate to get in touch with the organisers.",
        "If you can lend a hand, please get in contact with the office.",
        "For refund questions, please reach-out to the camp office.",
        counter=(
            "We love to reach out to new members.",
            "Lots of readers get in touch.",
            "Reach out to your peers and ask for more responsibility.",
            "Do reach out to your former manager about coming back.",
            "Please get in touch with your insurer before any repairs.",
            "Reach out to other teams ahead of time to share the driving.",
        ),
    ),
    entry(
        "issue issues bug bugs ticket tickets request requests pr prs patch patches discussion "
        "discussions topic topics thread threads",
        r"\b(?:file|open|submit|raise|create|log|report|post|send|make|leave|start|drop)"
        r"(?: up| in| off)?"
        r"(?: us| me)? "
        r"(?:an? |the |your |new |any |some |one )?(?:new |quick |short |separate |security |"
        r"possible |potential )?"
        r"(?:github |gitlab )?(?:issues?|bugs?(?: reports?)?|tickets?|pull requests?|prs?|"
        r"patch(?:es)?|merge requests?|feature requests?|discussions?|topics?|threads?)\b",
        "If the map looks wrong, please open an issue.",
        "You can file a ticket on the tracker.",
        "Send us a pull request.",
        "Please report security issues privately to the security team.",
        "If a step is unclear, please open up a bug report.",
        "Feel free to open a discussion on the project page.",
        "Just start a new topic in the help stream.",
        "Drop us an issue or a feature request.",
        "If you have any questions, please open a thread in the forum.",
        counter=("We opened an issue upstream.", "Two contributors sent patches last week."),
    ),
    entry(
        "photo photos picture pictures pic pics snap snaps video videos screenshot screenshots tag "
        "selfie selfies gif gifs meme memes",
        r"\b(?:send|post|share|show|email) (?:us|me) (?:a |your |some |any )?(?:photos?|pictures?|"
        r"pics?|snaps?|videos?|screenshots?)\b|"
        r"\bpost (?:a |your )?(?:photo|picture|pic|snap|video) and tag (?:us|me)\b|"
        # in the replies: "drop a cool photo of you at work"
        r"\b(?:drop|leave) (?:a|your|some|one) (?:[\w-]+ )?(?:photos?|pics?|pictures?|selfies?|"
        r"snaps?|gifs?|memes?|screenshots?)\b|"
        r"\btag (?:us|me) (?:in|on) (?:your|the) (?:photos?|pictures?|posts?|pics?|videos?)\b|"
        # the reader's own post about it: "Made it? Tag me on Instagram!"
        r"\btag (?:us|me) on (?:instagram|insta|ig|facebook|twitter|tiktok|threads|bluesky|"
        r"mastodon)\b",
        "Send us a photo of your window display.",
        "Made the cake? Post a picture and tag us!",
        "Please tag us in your photos from the day.",
        "Made the recipe? Tag me on Instagram!",
        "Drop a cool photo of you at work.",
        counter=("They sent us a photo of the damage.",),
    ),
    entry(
        "chat talk",
        # what to talk about, and where: "come chat about usage questions in the Matrix room"
        r"\b(?:chat|talk)(?: with us)? about [^.!?]{1,60}? (?:in|on|at|over (?:on|in|at)) "
        r"(?:the |our |a )?(?:[\w-]+ ){0,2}?(?:matrix|irc|slack|discord|zulip|gitter|forum|chat|"
        r"channel|room|space|server|mailing list|discussions?|community|mastodon|fediverse)\b",
        "Come chat about setup questions in the Matrix space.",
        "Feel free to talk about your builds on our forum.",
        counter=("We chatted about the release on Discord last night.",),
    ),
    entry(
        "approach",
        r"\bapproach (?:us|me|the (?:team|organi[sz]ers|editors?|committee|maintainers))\b",
        "If you have news for the next issue, please approach us by email.",
        counter=("We approach the summit from the north.",),
    ),
    entry(
        "talk speak chat talks word",
        r"\b(?:(?:talk|speak|chat) (?:to|with)|start (?:talks|a conversation) with|"
        r"have a word with) (?:a |an |the |one of the |one of our |any of the |our )?"
        # the people of the project the text speaks for, not staff at a counter
        r"(?:maintainers?|moderators?|core team|mentors?|stewards?|us|me|any of us|one of us|"
        r"either of us)\b",
        "If you want to help out, talk to one of the maintainers.",
        "Speak to a mentor in the chat if a step is unclear.",
        "If you have a project in mind, please come and talk to us.",
        "Please do not hesitate to chat with any of us at the stall.",
        counter=(
            "We talked to the maintainers on Friday.",
            "People often talk to us about parking.",
            "If your train is cancelled, speak to the staff at the ticket office.",
        ),
    ),
    entry(
        "feedback",
        # "feedback" as a verb: "please feedback any issues"
        r"\b(?:please|kindly|do) (?P<act>feedback) (?:any|your|us|me|on|to (?:us|me|the))\b",
        "Please feedback any problems with the new timetable.",
        counter=("Feedback on the draft was kind.",),
    ),
    entry(
        "discussion conversation thread debate",
        # taking part in the talk itself; "join our community discussion today at 2pm" is
        # an event to attend
        r"\b(?:engage|take part|chime|weigh) (?:in |with |on )(?:the |this |our )?"
        r"(?:[\w-]+ )?(?:discussion|conversation|thread|debate)\b",
        "You can engage in the discussion of this issue on the forum.",
        "Please take part in the conversation on the mailing list.",
        counter=("Hundreds took part in the discussion last year.",),
    ),
    entry(
        "request report suggest propose",
        r"\b(?:request|report|suggest|propose) (?:it|them|one|yours) (?:by (?:opening|filing|"
        r"submitting|creating|raising|posting)|(?:on|in|via|through|to) (?:the |our )?(?:issue|"
        r"tracker|issue tracker|github|gitlab|repo|repository|forum|discussions?|chat|list|us|me|"
        r"the team)\b|here\b|below\b)",
        "If a county is missing, request it by opening an issue.",
        "Found a typo? Report it on the tracker.",
        counter=(
            "They reported it to the council in May.",
            "If you need a blue badge, request it via the council website.",
        ),
    ),
    entry(
        "hashtag hashtags",
        # the reader's own post gathered under a tag: "you can post it using #cleanup"
        r"\b(?:post|share|upload|tag)\b(?!-)[^.!?]{0,60}?\b(?:using|with|under) "
        r"(?:the |our |either of the |one of the |any of the )?(?:following |official )?"
        r"(?:hashtags?\b|#[a-z])",
        "If you ran a litter pick too, you can post it on Instagram using the hashtag below.",
        counter=(
            "We posted the photos with the hashtag of the day.",
            "Post-match interviews under the hashtag were trending.",
        ),
    ),
    entry(
        "ask",
        r"\bask (?:us|me|the team|the community) for (?:help|advice|support|assistance)\b|"
        # the reader's own question in a clause, asked where the reader is sent: "drop by
        # and ask how to get started"; not "ask Copilot how …" nor "first ask whether …"
        r"\b(?:(?:drop|pop|stop|swing|come|hop|head)(?: (?:by|in|over|along|round))?|visit)"
        r"(?: (?:to |into |at |by |on )?(?:our|the) (?:forum|chat|channel|discord|server|room|"
        r"stand|stall|booth|table|space|lab|meetup|office hours))? and ask (?:us |me |away )?"
        r"(?:how|what|which|where|whether|who|why|about) "
        r"(?!(?:i|we) (?:know|knew|found out|learned|learnt)\b)|"
        r"\bask for (?:help|advice|support|assistance) (?:in|on) (?:the |our )?(?:[\w-]+ )?"
        r"(?:chat|forum|channel|discord|slack|matrix|irc|room|discussions?|mailing list|list|"
        r"tracker|issue|server|community)\b",
        "Feel free to ask for help in the chat room if a step fails.",
        "Come to the forum and ask how to set up your first board.",
        counter=(
            "Many new users ask for help on the forum.",
            "Head to the council office and ask how to apply for a permit.",
            "Come on and ask whether anyone cares.",
            "Don't be afraid to ask for help when you are struggling.",
        ),
    ),
    entry(
        "around",
        r"\bask around (?:if|in (?:the|our)|on (?:the|our))\b",
        "You may always ask around in the chat if something is unclear.",
        counter=(
            "I asked around at work, and nobody knew.",
            "Ask around your neighbourhood before buying a new mower.",
        ),
    ),
    entry(
        "report",
        # not the author's own "it's time to report back"
        r"(?<!time to )\breport back(?: (?:if|with|on how|how|what|whether|here|below|"
        r"to (?:us|me)|in the "
        r"(?:comments|thread|issue))\b| *[.!]*$)",
        "Try the beta build and report back if anything breaks.",
        "Please report back with what you find.",
        counter=(
            "The scouts reported back on Monday.",
            "Litter pickers: grab a bag and report back to the village hall by noon.",
        ),
    ),
    entry(
        "introduce ask help contribute pitch",
        r"\bintroduce yourself (?:in|on) (?:the |our )?(?:[\w-]+ )?(?:chat|forum|channel|thread|"
        r"discord|slack|room|community|list|server|group)\b|"
        r"\bintroduce yourself,? and (?:ask|tell|say)\b|"
        r"\b(?:ask|talk to [^.!?]{1,30}? about|start (?:talks|a conversation|a chat) with "
        r"[^.!?]{1,30}? (?:about|on)) how you (?:can|could|might) (?:help|contribute|pitch in)\b",
        "Hop into the chat room and ask how you can help.",
        "Please introduce yourself in the welcome channel.",
        "Talk to a maintainer about how you could help with the docs.",
        counter=(
            "Newcomers are asked how they can help.",
            "Introduce yourself to your new neighbours with a plate of biscuits.",
        ),
    ),
    entry(
        "participate",
        # in a discussion, not at an event: "Anyone is welcome to participate!" is a sign-up
        r"\bparticipate (?:in|on) (?:the|this|our) (?:discussion|conversation|thread|issue|"
        r"debate|review|rfc)\b",
        "Please participate in the discussion on the tracker.",
        counter=(
            "Forty teams will participate in the regional final.",
            "Anyone is welcome to participate!",
        ),
    ),
    entry(
        "hit shoot",
        # a friend request is a follow, not a reply: "hit me up with a friend request"
        r"\bhit (?:me|us) up\b(?! (?:with|for) an? (?:friend|follow|connection) request)|"
        r"\bshoot (?:me|us) (?:an? )?(?:e-?mail|message|note|line|dm|text)\b",
        "Hit us up on the forum if a step is unclear.",
        "Shoot me an email if you want the slides.",
        counter=("They hit us up for money again.", "Hit me up with a friend request."),
    ),
    entry(
        "shout call ring buzz holler bell",
        r"\bgive (?:me|us) a (?:shout(?:[ -]out)?|call|ring|buzz|holler|bell|yell|nudge)\b",
        "If you're interested give me a shout on the forum.",
        "Give us a ring when the parcel arrives.",
        counter=("They gave us a call on Monday.", "It would give us a shout of joy."),
    ),
    entry(
        "grab pick take claim",
        r"\b(?:grab|pick up|take on|claim) (?:an?|one|any) (?:open |unassigned )?"
        r"(?:issues?|tickets?|tasks?|good first issues?)\b",
        "If you'd like to help, grab an issue from the board.",
        counter=("I grabbed an issue from the board last night.",),
    ),
    entry(
        "report flag",
        r"\b(?P<act>report|flag) (?:any |the |your |all )?(?:bugs?|problems?|issues?|errors?|"
        rf"regressions?|crashes|typos?|mistakes?|broken [\w-]+|{_AMISS})\b|"
        r"\b(?:bugs?|problems?|issues?|errors?|regressions?|crash(?:es)?|typos?|mistakes?|"
        rf"glitch(?:es)?|broken|{_AMISS})\b[^.!?]*\b(?P<act2>report|flag) "
        r"(?:it|them|this|that|back)\b|"
        r"\b(?P<act3>report) (?:it|them|this|that|back|what you (?:see|find|notice))"
        r" (?:to us|to me|on (?:the |our )?(?:tracker|forum|github|gitlab)|in (?:the |our )?"
        r"(?:issue tracker|tracker|forum|thread))\b",
        "If the build fails, please report the error on the forum.",
        "We expect a few issues, so please report them!",
        "Please try the beta and report anything odd.",
        "Please report anything that seems wrong on the tracker.",
        "If you notice something off, please flag it.",
        counter=("The audit will report any gaps.", "If we miss your bin, report it online."),
    ),
    entry(
        "feedback comments thoughts suggestions ideas opinion opinions questions corrections "
        "input cases experience experiences stories review reviews report reports",
        r"\b(?:send|give|share|leave|provide|post|offer|submit|email|mail|tell|report) "
        r"(?:us |me |the team |the authors |them |us with |me with )?(?:your |any |some |more |"
        r"early |honest )?(?:valuable |useful |constructive |detailed )?"
        r"(?:feedback|comments|thoughts|suggestions|ideas|opinions?|questions|corrections|input|"
        r"use cases|experiences?|stories|reviews?|bug reports?)\b|"
        # feedback only: a tool may "generate comments" or "generate reports"
        r"\bgenerate (?:some |more |early |honest )?feedback\b",
        "Please send feedback to the list.",
        "Feel free to share comments on the draft.",
        "Give the beta a spin and report your feedback on the list.",
        counter=("Forty people gave feedback.", "Generate comments for each function."),
    ),
    entry(
        "contact email e-mail mail message ping write dm pm reach connect",
        # "connect with the translations team": people to talk to, not a page to follow
        r"\bconnect with (?:the|our) (?:[\w-]+ ){0,3}?(?:team|organi[sz]ers|maintainers|"
        r"committee|editors?|volunteers|coordinators?)\b|"
        r"\b(?:contact|e-?mail|mail|message|ping|write to|dm|pm|reach) (?!" + _THIRD_PARTY + r")"
        r"(?:me|us|any of us|either of us|(?:the|our) (?:[\w-]+ ){0,3}?(?:team|organi[sz]ers|"
        r"maintainers|authors?|committee|list|office|editors?|staff|volunteers|managers?|desk|"
        r"coordinators?|librarians?|helpdesk|help desk|support)|"
        # an address as the object: "you're welcome to email help@example.org"
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\b"
        r"(?! for (?:pricing|a quote|details)| to (?:be added|sign up|subscribe|register|join|get "
        r"on|receive|book|reserve|order))",
        "Please test it and contact me with anything odd.",
        "If you are interested, feel free to contact us.",
        "You can always email the parish office team.",
        "You can also contact our volunteer coordinator by phone.",
        "You can reach us on the forum or by email.",
        "With anything else, you're more than welcome to email desk@example.org.",
        "If you can help, please connect with the print team on our chat.",
        counter=(
            "Connect with us on every platform.",
            "The app lets you connect with the team behind it.",
            "They contacted us in May.",
            "You should contact your bank.",
            "She emailed info@example.org last week.",
            "Write to them genuinely, and by hand.",
            "Email desk@example.org to be added to the weekly list.",
        ),
    ),
    entry(
        "comment",
        r"\bcomment (?:on|in|below|here|under|at|about) (?!the (?:fact|news))",
        "We encourage you to comment on the proposal.",
        "Feel free to comment about this post on the forum.",
        counter=("Officials declined to comment on the plan.",),
    ),
    entry(
        "ask",
        # not "ask them": the reader sent to someone else
        r"\bask (?:us|me|your (?:questions?|own)|(?:any |some )?questions?|in|on|away|more|"
        r"anything|the (?:team|community|maintainers|organi[sz]ers|list))\b"
        r"(?! how (?:i|we) (?:know|knew|found out|learned|learnt)\b)"
        # places in general, advice rather than a channel of ours: "ask questions in forums"
        r"(?!(?: [\w-]+){0,2} (?:in|on) (?:forums|communities|meetups|groups|online forums|"
        r"social media)\b)|"
        # asking with no object, left to the reader: "just ask if you get lost"
        # (not "What is a sprint, you may ask?", the reader's question voiced)
        r"(?<!\bmay )(?<!\bmight )(?<!\bwould )(?<!\bcould )(?<!\bwell )(?<!\bwill )"
        r"(?<!'d )(?<!'ll )"
        r"\bask(?:[.!…) ]*$| (?:if|whenever|when) you\b| (?:anytime|any time)\b)",
        "You can ask questions in the chat.",
        "Feel free to ask.",
        "If you can't find the hall, just ask if you need a hand.",
        counter=(
            "People often ask us about parking.",
            "To learn, ask questions in forums and join communities.",
            "They did not ask.",
            "What is a repair café, you may ask?",
            "Why a second hall, you might well ask.",
        ),
    ),
    entry(
        "vote cast",
        # a poll's vote, not an election's: "you may vote in a primary"
        r"\bvote (?:on|for|early|now|today|here|at|using|by|before|below|in the replies)\b|"
        r"\bvote in (?:the|our|this|my|today's) (?:[\w-]+ )?"
        r"(?:poll|survey|comments|thread|replies)\b|"
        r"\bcast (?:your|a) (?:vote|ballot)\b",
        "It is now time to vote on the three bids.",
        "We expect you to vote early.",
        "Quick poll on the new banner, vote below.",
        counter=("Members voted on the bids.",),
    ),
    entry(
        "survey questionnaire poll census form call calls cfp rfc comments",
        r"\b(?:tak(?:e|ing)|fill(?:ing)? (?:out|in)|complet(?:e|ing)|answer(?:ing)?|"
        r"respond(?:ing)? to|participat(?:e|ing) in|tak(?:e|ing) part in|answer(?:ing)? to|"
        r"do(?:ing)?) "
        # the object may be link text left unresolved: "respond to our [call for talks][cfp]"
        r"(?:the|our|this|a|my|your) [\[\"']?(?:[\w-]+ ){0,3}?(?:survey|questionnaire|poll|census|"
        # a form that asks about the reader, not one that books or buys something
        r"(?:(?!(?:registration|sign-?up|order|booking|payment|checkout|donation|application|"
        r"entry|ticket|rsvp)\b)[\w\"'-]+\s+){1,3}form|feedback form|"
        # calls a community answers: papers, talks, proposals, comments
        r"calls? for (?:papers|proposals|talks|speakers|participation|contributions|comments|"
        r"submissions|presentations|posters)|cfp|rfc|request for comments)\b",
        "Please fill in the reader survey by June.",
        "If you have a talk in mind, please respond to our call for proposals.",
        "Please respond to our [call for talks][talks] by June.",
        "Please complete this short 'reader interests' form.",
        "We invite you to take part in a quick poll about the map.",
        "Please consider filling in our short survey.",
        "Help us by taking the survey.",
        counter=(
            "Half of the members completed the survey.",
            "Please complete the registration form to book a place.",
            "The council took part in the survey last year.",
        ),
    ),
    entry(
        "submit propose suggest nominate pitch",
        r"\b(?:submit|propose|suggest|nominate|pitch) (?:a |an |your |the |some )?(?:own )?"
        r"(?:(?:short|quick|brief|best|favou?rite|new|original) )?"
        r"(?:talks?|proposals?|abstracts?|ideas?|papers?|sessions?|topics?|nominations?|"
        r"lightning talks?|posters?|workshops?|speakers?|someone|candidates?|photos?|"
        r"photographs?|pictures?|images?|articles?|suggestions?|entries|"
        r"entry|stories|questions?|names?|findings|results|videos?|drawings?|designs?|artwork|"
        r"recipes?|poems?|translations?|solutions?|examples?)\b",
        "If you have a topic in mind, submit a proposal through the form.",
        "Found a crash? Submit your findings on the tracker.",
        "Calling all painters: submit a short video of your studio by May.",
        counter=("Twenty groups submitted proposals.", "Submit the form to finish your order."),
    ),
    entry(
        "contribute contributing",
        r"(?:\bcontribute|\b(?:consider|start|keep|try|by) contributing) (?:your|"
        r"to (?:the|our|this|these|it|us)|code|a|an|some|back|fixes|patches|docs|documentation|"
        r"examples|translations|ideas|experiences|stories|reviews|here|there)\b"
        # money is a donation, not a contribution of work or words
        r"(?! (?:[\w-]+ )?(?:fundraiser|fund|funds|appeal|campaign|donations?|collection|"
        r"kitty|pot|costs?|gift|bounty)\b)",
        "Please consider contributing fixes to the manual.",
        "We'd love for you to contribute your notes.",
        "If you'd like your project listed, contribute here: the link is below.",
        counter=(
            "Dozens of people contributed to the release.",
            "Interested in teaching, hosting, contributing to the lessons?",
            "Mentoring: contribute to exciting research projects across campus.",
            "Contribute to the roof fundraiser by sending a cheque.",
        ),
    ),
    entry(
        "pull pr merge issue wiki comment comments thread conversation conversations discussion "
        "discussions forum forums discourse mailing subreddit tracker issues board",
        # the reader's own, added where people talk: "add your use case in our forum"
        r"\b(?:add|adding) (?:your|yours)\b[^.!?]{0,60}?\b(?:to|in|on) (?:the |our |this )?"
        r"(?:[\w-]+ )?(?:forums?|discourse|mailing list|subreddit)\b|"
        # the reader's reports put where the project keeps them: "please add enhancement
        # ideas or bugs to the plugin's issue tracker"
        r"\badd (?:your |any |some |more )?(?:[\w-]+ )?(?:ideas|bugs|bug reports|feedback|"
        r"suggestions|requests|questions)(?: (?:or|and) (?:[\w-]+ )?[\w-]+)? (?:to|in|on) "
        r"(?:the |our )?(?:[\w'-]+ )?(?:issue tracker|tracker|issues|forum|ideas board|board)\b|"
        # through the channel: "add yours … with a pull request", "add it to the wiki"; not a
        # list of features ("add articles, manage comments, …")
        r"\b(?:add|adding)\b[^.!?,]{0,60}\b(?:to|with|via|in|on|through|using|as|by (?:sending|"
        r"opening|making|submitting|filing|creating)) "
        r"(?:a |an |the |our |this |that )?(?!your\b)(?:[\w-]+ )?(?:github |gitlab )?"
        r"(?:pull request|pr|merge request|issue|wiki|comments?|thread|conversations?|discussions?)"
        # a thing named after the channel: "issue templates", "comment counts"
        r"\b(?! (?:templates?|labels?|numbers?|trackers?|types?|ids?|titles?|fields?|forms?|"
        r"counts?|sections?|bodies|body|widgets?|systems?)\b)",
        "Add yours to the list with a pull request.",
        "Please keep the work going by adding reviews and comments to the discussions.",
        "If the recipe is missing, add it to the wiki.",
        "We'd love for you to add your bot to the list by sending a pull request.",
        "Consider adding your recipe (or a link to it) in our community forum.",
        "Please add enhancement ideas or bugs to the plugin's issue tracker.",
        counter=(
            "We added the bugs to the tracker last week.",
            "Add dark mode to the forum.",
            "The bot adds a label to each pull request.",
            "You can add articles, manage comments and schedule posts.",
            "Add thread safety to the default random generator.",
            "Chore: add a changelog link to issue templates.",
            "Adding comments to your code makes it easier to read.",
        ),
    ),
    entry(
        "leave post drop put share write send submit bring",
        r"\b(?:leave|post|drop|put|share|write|send|submit|bring) (?:them|it|those|yours|one|a few|"
        r"these)(?: with (?:us|me))? (?:below|here|over|along|our way|my way|"
        r"in (?:the|a) (?:comments?|replies|thread|issue)|"
        r"on (?:the|our) (?:issue|forum|thread|board|list)|with (?:us|me)|to (?:us|me)|"
        r"(?:via|through|using) (?:the|our|this|my))\b|"
        # a finger pointing at the replies stands for "below": "Drop it 👇"
        r"\b(?:leave|post|drop|put|share|write|send) (?:them|it|yours|one|a few|these) ?[👇⬇]",
        "If you have any corrections, leave them below.",
        "Got a favourite trail? Drop it 👇",
        "Ideas for the next issue? Send them over.",
        "Have an idea for a talk? Submit it via the form.",
        counter=("We left them on the porch.",),
    ),
    entry(
        "add edit",
        r"\b(?:add|edit|update|extend|improve) (?:a |an |your |the |this |our |more |new )?"
        r"(?:links?|entry|entries|projects?|names?|sites?|blogs?|resources?|yours|yourself|"
        r"wiki(?: page)?|page|list|one)\b(?: yourself|[^.!?]{0,30}?\bto let (?:the world|"
        r"everyone|others|people|(?:the )?(?:other )?(?:users|readers)|us|me) know\b)|"
        # anything, to a list or wiki the readers share
        r"\badd (?:[\w'-]+ ){0,3}?(?:to|on|in) (?:the|this|our) (?:[\w-]+ ){0,2}?"
        r"(?:list|wiki|directory|map|showcase|collection|gallery|spreadsheet)\b",
        "Know a shop we missed? Don't be afraid to add a link yourself.",
        "Please add your café to the list on our wiki.",
        "Spotted a gap? Just edit the page to let everyone know!",
        counter=(
            "Add a link to the stylesheet in the page head.",
            "We added new entries to the list last week.",
            "Edit the page template to change the footer.",
        ),
    ),
    entry(
        "share",
        r"\bshare (?:it|them|yours|those|these|the results)\b[^.!?]{0,40}?"
        r"\b(?:with|and) (?:me|us)\b",
        "If you make your own, feel free to share them with everyone (and me!).",
        counter=("We shared them with friends and family.",),
    ),
    entry(
        "share send submit post",
        rf"\b{_RESPONSES}\b[^.!?]*\b(?P<act>share|send|submit|post) (?:it|them)\b",
        "Your feedback helps us improve, so please share it.",
        counter=("The feedback was good, so we shared it with the board.",),
    ),
    entry(
        "share advertise showcase show present",
        r"\b(?:share|advertise|showcase|show off|present) (?:it|them|this|what|how|which|where|"
        r"examples?|photos?|pictures?|screenshots?|"
        r"links?|results?|a (?:photo|picture|link|story|tip))(?: [\w'-]+){0,3} "
        r"(?:with (?:us|me|the (?:community|group|list))|below|in the comments|on the forum|"
        r"(?:in|on|to) (?:our|the) (?:[\w-]+ ){0,2}?(?:gallery|showcase|forum|thread|channel|"
        r"wiki|list))\b",
        "Share what you built with the group.",
        "Please showcase what you've made in our examples gallery.",
        "You can show off what you're knitting on the forum.",
    ),
    entry(
        "help",
        r"\bhelp (?:us|me) (?:test|translate|improve|review|find|fix|document|write|spread|"
        r"collect|gather|answer)\b",
        "Please help us test the beta.",
        counter=("Volunteers help us fix the bikes.",),
    ),
    entry(
        "say",
        r"\bsay (?:hi|hello) (?:on|in|over on|at|via) (?:the |our )?(?:forum|chat|matrix|irc|slack|"
        r"zulip|discord|discourse|mastodon|comments|mailing list|list|github|fediverse)\b",
        "Please say hi on the forum.",
        counter=("I said hi on the forum.", "Come say hi at the stall."),
    ),
    entry(
        "tell",
        r"\btell (?:us|me|the team|them|everyone|the (?:group|list)) (?:what|how|which|why|where|"
        r"about|if|whether|your)\b",
        "Please tell the team what broke.",
        counter=("Users tell us how they work.",),
    ),
    entry(
        "contact",
        # a named person or office: "Questions? Contact Sam Reed, the club secretary."
        r"\bcontact (?!(?:your|a|an|his|her|their|its|my|local|any|some|them|him|info|"
        r"information|details|page|form|us|me|with|"
        # "contact" naming a thing, a feature's name in a list: "Contact management"
        r"management|website|activity|list|lists|records?|cent(?:er|re)|card|sheet|person|"
        r"numbers?|data|tracing|names?|owner|history|preferences|settings|fields?|sync|"
        r"import|export|manager|section|tab|menu|sport|lens(?:es)?)\b)(?!" + _THIRD_PARTY + r")"
        r"[a-z][\w'.-]+(?: [a-z][\w'.-]+)?"
        r"(?= *(?:[,.!;)]|$)| (?:at|on|via|by|with|for|if|when|whenever)\b)|"
        # the people to contact listed after a colon: "parents are encouraged to contact:"
        r"(?<=\bto )contact(?: (?:one of|any of|either of) (?:the following|these))?:\W*$",
        "Questions? Contact Sam Reed, the club secretary.",
        "Parents willing to help are encouraged to contact:",
        "Please just contact the society if you think we can help.",
        "If you would like to help, contact Jo Park at the library.",
        counter=(
            "You should contact your bank.",
            "Contact details are below.",
            "They contacted Jo Park in May.",
            "If your train is cancelled, contact the operator's helpline or the airline.",
            "Outdoors and not in close contact with others, the risk is low.",
            "Contact management",
            "Contact:",
        ),
    ),
    entry(
        "post leave drop share add put",
        # the reader's own, where replies go: "please post your updates below"
        r"\b(?:post|leave|drop|share|add|put) (?:your|any|some) (?:[\w'-]+ ){0,2}?"
        rf"(?:{_RESPONSES[3:-1]}|updates|photos|pictures|pics|wins|links|guesses|experiences|"
        r"votes|predictions|memories|results|projects|creations|drawings|recipes|favou?rites|"
        r"picks|takes|questions|thoughts) (?:below|here|in the (?:comments|replies|thread))\b",
        "Please post your updates below.",
        "Drop your best tips below!",
        counter=(
            "I post my updates here every month.",
            "Put your name down here to reserve a place.",
            "Leave your shoes here at the door.",
        ),
    ),
    entry(
        "hesitate",
        # whoever the contact is: "please do not hesitate to contact your local team"
        r"\b(?:don't|do not|never) hesitate to (?:contact|call|email|e-mail|message|ring|text|"
        r"reach out|get in touch|ask|write)\b(?: to| with)?(?! " + _THIRD_PARTY + ")",
        "Please do not hesitate to contact your local branch.",
        counter=(
            "We never hesitate to ask the council for help.",
            "In an emergency, never hesitate to call 999.",
            "Don't hesitate to ask your pharmacist about side effects.",
        ),
    ),
    entry(
        "let know",
        # someone of the place, not "them" in a story: "please let Chris or a member of the
        # committee know"
        r"\blet (?!(?:them|him|her|it|me|us|you|people|the world|" + _NOT_A_CONTACT + r")\b)"
        r"(?:(?:mr|mrs|ms|miss|dr|pastor|father|sister|brother|coach|rev|prof)\.? [a-z][\w'-]+|"
        r"[a-z][\w'-]+(?: [a-z]\.?(?= know\b)| [a-z][\w'-]+(?= know\b))?|"
        r"your (?:group |class |form |team |child's )?(?:leader|teacher|coach|tutor)|"
        r"(?:the|our) (?:[\w-]+ ){0,2}?(?:team|committee|organi[sz]ers|office|editors?|staff|"
        r"coordinator|secretary|leaders?|librarians?|teachers?|coach|tutor|moderators?|mods|"
        r"maintainers|hosts?|volunteers|reception|front desk))"
        r"(?: or (?:[\w'-]+ ){0,5}?[\w'-]+)? know\b",
        "Please let Sam or a member of the committee know if you can help.",
        "Let the office know by Friday.",
        "Let Mrs Patel know by Thursday if your child needs a packed lunch.",
        "Let your group leader know if you can't make it.",
        "Practice starts Monday; please let Jo K know if you want a part.",
        counter=(
            "They let everyone know on Monday.",
            "We let Sam know yesterday.",
            "Tip: let customers know early when an order is delayed.",
            "Let Mum know you care with flowers from our shop.",
        ),
    ),
    entry(
        "inform notify advise",
        r"\b(?:inform|notify|advise) (?:us|me|the (?:team|committee|office|organi[sz]ers|"
        r"secretary|editors?))\b",
        "If there is anything to discuss, now is the time to inform us.",
        counter=("The council informed us in May.",),
    ),
    entry(
        "keep",
        r"\bkeep (?:me|us|the team) (?:posted|updated|informed|in the loop|up to date)\b",
        "Please keep us posted on how the beta behaves.",
        "Use the chat to keep us up to date with what you find.",
        counter=("The newsletter keeps us posted on road works.",),
    ),
    entry(
        "try consider",
        # a gerund after "try": "try contacting me on Mastodon"
        r"\b(?:try|consider) (?:contacting|emailing|e-mailing|messaging|pinging|writing to|"
        r"reaching out to|dming) (?:me|us|the (?:team|maintainers|organi[sz]ers|authors?))\b",
        "If a step is unclear, try contacting me on the forum.",
        counter=("I'll try contacting them again on Monday.",),
    ),
    entry(
        "suggest propose",
        # asked politely, whatever is suggested: "feel free to suggest new features"; a bare
        # "Suggest a goal" is as often advice on what to say to someone else
        r"\b(?:please|pls|plz|free to|welcome to|you can|you could|you may|do|you to) "
        r"(?P<act>suggest|propose)(?! (?:that|you|using|to|it|this|otherwise|so)\b) "
        r"(?:[\w'-]+ ){0,3}?[\w'-]+",
        "Please feel free to suggest new stops for the route.",
        "You can suggest a name for the new allotment shed!",
        counter=(
            "The results suggest a change of plan.",
            "I suggest you bring a coat.",
            "When you review a colleague, suggest a specific goal for next year.",
        ),
    ),
    entry(
        "send email e-mail mail forward",
        # something sent to the author: "please send your name and a short abstract to …"
        r"\b(?P<act>send|e-?mail|mail|forward) (?:us |me )?(?:your|any|a|an|some)\b[^.!?]{1,80}? "
        r"to (?:me|us|[\w.+-]+@[\w-]+"
        r"(?:\.[\w-]+)+|[\w.+-]+ at [\w-]+(?:\.| dot )[a-z]+|(?:the|our) (?:[\w-]+ )?"
        r"(?:team|editors?|organi[sz]ers|committee|office|mailing list|list))\b",
        "Please send your name and a short abstract to talks at example.org.",
        "Email a photo of your stall to the organisers by May.",
        counter=(
            "We sent the invoices to the committee in June.",
            "Please send the invoices to the office.",
        ),
    ),
]

# Appended to RESPONSE_ACTS below: the channels by which projects ask to hear back.
_CHANNEL = (
    r"(?:forum|discord|discourse|chat|slack|matrix|irc|zulip|gitter|channel|server|"
    r"mailing list|list|issue tracker|tracker|github|gitlab|repo(?:sitory)?|discussions?|"
    r"discussion (?:group|board|forum)|help desk|helpdesk|thread|issue|community|group)"
)
CHANNEL_REQUESTS = [
    entry(
        "discuss raise bring post ask share leave describe explain mention report write",
        r"\b(?P<act>discuss|raise|bring|post|ask|share|leave|describe|explain|mention|report|"
        r"write up) (?:it|them|this|these|those|that|"
        r"your [\w-]+|any [\w-]+)(?: [\w-]+)? (?:in|on|at|to|over (?:on|at)|with) (?:the |our |us |"
        rf"me )?(?:[\w#-]+ ){{0,3}}?{_CHANNEL}\b",
        "Discuss them in our community chat.",
        "Please raise it on the issue tracker.",
        "If you have a case we missed, describe it in the discussion thread.",
        counter=("We discussed them at the meeting.", "She described it in the newsletter."),
    ),
    entry(
        "post ask write",
        r"\b(?P<act>post|ask|write) (?:in|on|to) (?:the |our )?(?:[\w#-]+ ){0,3}?"
        rf"{_CHANNEL}\b",
        "If you'd like a hand, post in the #help channel.",
        "Please ask on the forum first.",
        counter=("We posted in the forum last week.",),
    ),
    entry(
        "use fill complete",
        r"\b(?P<act>use|fill (?:in|out)|complete) (?:the |our |this )?(?:[\w#-]+ ){0,3}?"
        r"(?:(?:contact|feedback|comment|enquiry|inquiry|suggestion|question)s? form|"
        r"discussion (?:group|board|forum)|issue tracker|help channel|#help channel|help desk|"
        # the ways back to the author: "please use the email link below"
        r"(?:e-?mail|contact|reply|comment) (?:link|button|address)|comments? (?:section|box)|"
        r"comments (?:below|here)|replies)\b",
        "If something breaks, please use our discussion group.",
        "Or use the contact form on the site.",
        "If you spot a mistake, please use the email link below.",
        "Got questions? Use the comments below.",
        counter=("Our staff use the help desk software daily.",),
    ),
    entry(
        "email e-mail mail write contact message call ring text ping",
        r"\b(?P<act>e-?mail|mail|write to|contact|message|call|ring|text|ping)\b[^.!?]{0,50}?"
        r"\bwith (?:any |your |a |all |more |further |other )?(?:questions?|feedback|comments|"
        r"suggestions|ideas|thoughts|concerns|corrections|queries|enquiries|inquiries)\b",
        "Email the front desk with any questions.",
        "You can always write to the editors with corrections!",
        counter=("The office emailed members with questions about dues.",),
    ),
]


# "Please consider filing an issue", "you can get involved by dropping us an issue": the
# gerunds of response acts after a directive's "consider" or a way of helping's "by",
# read as the verb itself ("consider file an issue" → the act "file an issue").
RESPONSE_GERUNDS = {
    "adding": "add", "asking": "ask", "commenting": "comment", "contacting": "contact",
    "contributing": "contribute", "dropping": "drop", "emailing": "email", "filing": "file",
    "filling": "fill", "giving": "give", "joining": "join", "leaving": "leave",
    "letting": "let", "opening": "open", "posting": "post", "reaching": "reach",
    "replying": "reply", "reporting": "report", "sending": "send", "sharing": "share",
    "submitting": "submit", "taking": "take", "telling": "tell", "voting": "vote",
    "writing": "write",
}  # fmt: skip
GERUND_AFTER_FRAME = (
    r"(?:(?:^|\b(?:please|kindly|do|also|just|to|(?:you|everyone|anyone) (?:could|might|may|can|"
    r"should)) )consider|"
    # the means of helping: "you can get involved by dropping us an issue"
    r"\b(?:get involved|help(?: us| out)?(?: [\w-]+){0,3}?|contribute|participate|pitch in) by) ("
    + "|".join(RESPONSE_GERUNDS)
    + r")\b"
)


# What precedes a response act in a directive, at the end of the clause before it.
DIRECTIVE_TAIL = (
    r"(?:\b(?:please|pls|plz)(?: do)?|\bkindly|\bfeel (?:free )?to|\bhesitate to|\bwelcome to|"
    r"\binvited to|"
    r"\b(?:don't|do not|never) be (?:afraid|shy|scared|too shy) (?:to|and)|"
    # only as an imperative: not "scientists who take the time to contribute"
    r"(?:^|\bplease |\bjust |\bkindly |\bdo )(?:take|spare|find) (?:a|the|some|a few|five|two|ten) "
    r"(?:moments?|minutes?|time|seconds) to|"
    # the audience told what it may or should do: "members should email the secretary",
    # "anyone can comment on the draft", "residents are asked to report potholes"
    r"\b(?:anyone|anybody|everyone|everybody) (?:can|may)|"
    r"\b(?:anyone|anybody|everyone|everybody|parents|students|members|readers|listeners|"
    r"subscribers|families|attendees|participants|contributors|residents|volunteers|"
    r"parishioners|guests|visitors) (?:should|are (?:asked|invited|encouraged|welcome|"
    r"requested|reminded) to|is (?:asked|invited|encouraged|welcome|requested|reminded) to)|"
    r"\bencouraged to|\b(?:you're|you are|you'll be|you will be|everyone is|anyone is)"
    r"(?: always| also| very| more than)? free to|\bconsider|\bforget to|\bremember to|"
    # "help us by taking the survey", "please keep it going by adding reviews"; not "I
    # learnt that, by filling in a form, …" nor "thanks to all who helped by testing"
    r"\b(?:help|support|assist|contribute|get involved|participate|pitch in)"
    r"(?: (?:us|me|out|the project|the team))?(?: [\w-]+){0,2}? by|"
    r"^(?:please |kindly |just )*(?!(?:i|we|you|they|he|she|it|this|that|there|people|thanks|"
    r"thank|everyone|all|either|whether|both|mainly|mostly|partly|largely|usually|often|"
    r"especially|including|not only|and|or)\b)[a-z]+\b"
    # not a description of how someone does it: "a write-up on how she plays by post"
    r"(?![^,;:]*\b(?:how|what|why|does|did|is|are|was|were)\b)[^,;:]* by|"
    r"\bbe sure to|"
    # "try to" as the reader's, not the author's plan: "I will try to get in touch with them"
    r"\bmake sure to|\bgo ahead and|\bwhy not|\bcome and|\bcome|\bgo and|\bgo|"
    r"(?<!\bi will )(?<!\bi'll )(?<!\bwe will )(?<!\bwe'll )(?<!\bi )(?<!\bwe )\btry to|"
    # not a relative clause: "something you can ask questions of"
    r"(?<!thing )(?<!one )(?<!place )(?<!way )(?<!tool )(?<!where )"
    r"\byou (?:can|could|may|might|should|must|'re welcome to|are welcome to)|"
    # the purpose of a directive: "Please use our chat to keep us posted"
    r"^(?:please |pls |plz |kindly |just )*(?:use|visit|head (?:to|over to)|go to|come to|join|"
    r"hop (?:on|into)|drop by|stop by|get on|log (?:on|in)|tune in|jump (?:on|in)|pop (?:over|by)|"
    r"swing by|come(?: along| over| by)?|fill (?:in|out)|complete|click|tap|follow|email|message|"
    r"contact|reply to) [^,;:]{1,80}? to|"
    # "… one of our aims, so just reach out"
    r"\bso (?:just|please|do)|"
    r"\b(?:ask|asking|inviting|urging|want|need|expect|would like|'d like|'d love|would love) "
    r"(?:you|everyone|all|"
    r"readers|users|folks|people|anyone|the community|members|all of you)(?: \w+)? to|"
    r"\b(?:(?:encourage|invite|urge|welcome|remind)s?|(?:(?:we|i)(?:'re|'m| are| am) "
    r"(?:also |now |actively |kindly )?)(?:encouraging|inviting|urging|welcoming|reminding)) "
    r"(?:[\w'-]+ ){1,7}to|"
    # "We encourage users to try the beta and report …"
    r"\b(?:encourage|invite|urge|ask|want|need|expect)s? (?:[\w'-]+ ){1,3}?to(?: [\w'-]+){1,8}? "
    r"(?:and|or)|"
    # the author's hope for the reader's act: "we hope that you will try it and give us …"
    r"\b(?:i|we) hope (?:that )?(?:you|everyone|people|folks|users)(?:'ll| will| can| could)?"
    r"(?:(?: [\w'-]+){1,6}? (?:and|or))?|"
    r"^(?:would|'d) (?:like|love|want|care) to|"
    r"\b(?:love|like|want) to have you|"
    r"\b(?:love|like|appreciate it|be (?:grateful|glad|happy|thrilled)|help) if you"
    r"(?: could| would| can|'d)?|\bfor you to|"
    # what a release is there for: "available for the wider community to test and send …"
    r"\b(?:available|out|ready|open|released|published|live)\b[^,;:]{0,40}? for (?:the )?"
    r"(?:wider |whole |broader |entire )?(?:community|users|everyone|anyone|developers|"
    r"contributors|testers) to(?: [\w'-]+){0,3}? (?:and|or)|"
    # "It would be great if people could try it out and send feedback"
    r"\b(?:be|it's|'s) (?:really |very |so |super |most )?(?:great|helpful|wonderful|awesome|"
    r"nice|fantastic|brilliant|useful|lovely|amazing|appreciated|valuable) if (?:you|people|"
    r"someone|somebody|anyone|anybody|folks|users|readers|others|more people|some of you)"
    r"(?: could| would| can| might|'d)?(?: (?:[\w'-]+ ){1,5}(?:and|or))?|"
    r"\b(?:it's|it is|now is|now's|now it's|this is|here's|here is)(?: now)? (?:the |a |your )?"
    r"(?:(?:great|good|perfect|ideal|golden|last|final|best) )?(?:time|chance|opportunity|turn|"
    r"moment) to|"
    r"\b(?:don't|do not) miss(?: out on)? (?:this|the|your) (?:chance|opportunity) to|"
    # a deadline given to the reader: "you now have a couple more weeks to send in …"
    r"\byou (?:now |still )?have (?:until [^,.;!?]{1,30}|(?:a |an |two |three |a few |a couple "
    r"(?:of |more )?|(?:a )?little )?(?:more |extra )?(?:days?|weeks?|hours?|time)) to|"
    r"\bif you(?:'d| would)? (?:like|want|wish|care|are able|are willing|'re willing|'re able)"
    r" to|\b(?:i|we) (?:invite|encourage|ask|urge) you(?: to)?|\bdo)"
    r"(?: (?:also|always|just|still|now|simply|then|directly|either|easily|quickly|first))*\s*$"
)
# A clause made only of these words in front of the act is imperative already.
DIRECTIVE_LEAD = (
    r"^(?:(?:so|and|also|then|just|simply|now|but|or|finally|otherwise|alternatively|"
    r"additionally|instead|meanwhile|again|first|lastly|ideally|either|as always|as usual|"
    r"in particular|in any case|of course|either way|regardless|nevertheless|nonetheless|"
    r"anyway|anyways|in the meantime)\s+)*$"
)
# "Please test it and report …", "Try it out and send feedback": a directive first clause.
DIRECTIVE_CONJOINED = (
    # a time in front: "during this period you can test it and …"
    r"^(?:(?:during|over|for|in|until|from) (?:this|the|these|next|coming) [\w-]+(?: [\w-]+)? |"
    r"(?:this|next) (?:week|month|weekend|year) |from today |until [a-z]+day )?"
    r"(?:please |pls |plz |just |so |do )*(?:please|pls|plz|kindly|feel free to|you can|"
    r"you could|"
    r"{verbs}|keep|test|clone|fork|build|deploy|update|print|bake|cook|plant|grow|walk|poke|"
    r"speak to|talk to|"
    r"play|have a (?:look|go|play)|take a look|give it a|remain|stay|be)\b[^,;:]*\b(?:and|or)"
    r"(?: just| then| simply| also| please| do)?\s*$|"
    # two verbs sharing one object: "Create or comment on the pull request", "Fork and send …"
    r"^(?:please |just |so |do )*(?!(?:i|we|you|they|he|she|it|people|users|readers|someone|"
    r"one|this|that|these|those|the|a|an|my|our|your|their|his|her|its|both|either|neither|"
    r"many|most|some|all|each)\b)[a-z]+ (?:and|or)\s*$"
)
# The channels of a conditional request: "if you have questions, join us on the forum".
QUESTION_CONDITION = (
    # (no space before "'ve got" and "'re unsure": "if you've got questions")
    r"\bif you ?(?:(?:live|work|are|were|'re|happen to be|ever)\b[^,;:.!?]{0,30}? (?:and )?"
    r"(?:would |also |might |do |ever )?)?(?:have|'ve got|got|get|run into|hit|find|notice|see|"
    r"encounter|spot|come across|"
    r"discover|stumble (?:up)?on|know of|know|are stuck|get stuck|need help|are unsure about|"
    r"'re unsure about|are not sure about|'re not sure about)\b(?: [\w,-]+){0,5} "
    r"(?:questions?|thoughts?|ideas?|more|better|(?:feature )?requests?|news|recommendations?|"
    r"rules|deadlines|"
    r"stories|story|tips?|experiences?|photos?|pictures?|examples?|"
    r"feedback|suggestions?|comments?|problems?|issues?|bugs?|trouble|difficult(?:y|ies)|"
    r"regressions?|crash(?:es)?|a (?:better )?way|an answer|corrections?|errors?|typos?|"
    r"mistakes?|broken links?|inaccurac(?:y|ies)|vulnerabilit(?:y|ies)|security (?:issues?|bugs?|"
    r"holes?|flaws?|problems?))\b|"
    # the reader's wish to talk: "if you'd like to chat about it, find me on …"
    r"\bif you(?: want|'d like| would like| wish| feel like| fancy)(?: to)? (?:chat|chatting|talk|"
    r"talking|discuss|discussing)\b|"
    # what the reader may know: "if you know who/how to do this, please share!"
    r"\bif (?:you|anyone|anybody|someone|somebody) knows? (?:who|how|what|where|when|which|"
    r"whether|of (?:a|an|any|someone|somebody)|someone|somebody|anyone)\b|"
    # help the reader may want: "if you need some help or want to chat, find us on IRC"
    r"\bif you (?:need|want|would like|'d like) (?:some |any |more |a little )?(?:help|support|"
    r"assistance|advice)\b|"
    # trouble the reader may meet: "if something breaks, come find us on the forum"
    r"\bif (?:something|anything|it|things|this) (?:breaks?|goes wrong|go wrong|fails|"
    r"doesn't work|does not work|isn't working|looks (?:off|wrong|broken))\b"
)
# Something of the reader's own to give, and how to give it: "if you have a case study to
# share, feel free to sign up for a lightning talk", "… to contribute, apply here".
SHARING_CONDITION = r"\bif you ?(?:have|'ve got|got) [^;:.!?]{1,80}? to (?:share|contribute)\b"
SHARING_ACTS = (
    r"\b(?:sign up|submit|propose|pitch|send|prepare|register|fill (?:in|out))\b"
    # not to someone else: "submit it to a journal", "register with the council"
    r"(?![^.!?]{0,40}?\b(?:to|with) (?:a |an |the |your )?(?:[\w-]+ )?(?:journal|paper|"
    r"newspaper|magazine|council|manager|boss|employer|school|" + _THIRD_PARTY + r"))"
)
CHANNEL_ACTS = (
    # "if you have questions, don't hesitate!"
    r"\b(?:don't|do not) hesitate\b(?= *(?:[.!)]|$))|"
    # someone the text introduces, written to: "if you have questions for him, send him an
    # email"
    r"\b(?:send|drop|shoot) (?:him|her) (?:an? )?(?:email|e-mail|message|note|line|dm)\b|"
    r"\b(?:email|e-mail|contact|message) (?:him|her)\b|"
    # the author glad to receive what the condition names: "if you have tips, I'd love to
    # get them", "if you have a story of your own, we'd love to feature it"
    r"\b(?:i|we)(?:'d| would)(?: really| so| very much| also)? (?:love|like|be (?:glad|happy|"
    r"delighted|thrilled|grateful)) to (?:get|hear|see|read|receive|feature|include|add|know|"
    r"collect|have)\b(?! (?:you|y'all|everyone|all of you)\b)|"  # not "… to see you there"
    # what the condition names, passed to the people of the place
    r"\b(?:provide|give|pass|forward|send|bring|tell)\b[^.!?]{0,60}?\b(?:to|with) (?:the |our |a |"
    r"any )?(?:staff|team|office|librarians?|desk|attendants?|volunteers?|committee|"
    r"organi[sz]ers|editors?|us|me)\b|"
    r"\b(?:join|come|find|visit|head|hop|drop by|stop by|post|ask|reach|talk to|chat|catch|"
    r"let|write|ping|contact|mail|email|message|call|ring|file|report|raise|log|submit|sign up|"
    r"subscribe|use)\b"
    r"(?! (?:to |with )?" + _THIRD_PARTY + r")[^.!?]{0,60}"
    r"\b(?:forum|discourse|mailing list|"
    r"list|chat|matrix|irc|slack|zulip|gitter|discussions?|issue tracker|tracker|github|"
    r"us|me|channel|room|office hours|community call|meeting|mastodon|fediverse|bluesky|community|"
    r"twitter|linkedin|comments|thread|discord|telegram|whatsapp|reddit|subreddit|"
    r"contact (?:details|form|page|address))s?\b|"
    # a chat channel by its name: "post it in #help"
    r"\b(?:post|ask|chat|share|drop|raise)\b[^.!?]{0,20}?\b(?:in|on|to) #[a-z][\w-]*|"
    # with nothing more to name it, the thing the condition named: "if you have ideas,
    # feel free to share (by email is fine)"
    r"\b(?:share|send|drop|post|leave|submit|file|report|ask)(?: (?:it|them|those|these|yours))?"
    r"(?= *(?:[.!(,]|$)| (?:via|on|by|over|through|below|here|there|to|at|upstream)\b)"
)
