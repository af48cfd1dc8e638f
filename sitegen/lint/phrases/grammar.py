"""Closed word classes the analysis reads sentences with: pronouns, auxiliaries,
the words that open a clause, and the way a text speaks to its readers by name."""

from __future__ import annotations

from sitegen.lint.phrases import entry

# Subjects in front of "tell us" that make it a description ("visitors tell us …").
DESCRIPTIVE_SUBJECTS = frozenset(
    "they people he she it who that which customers readers visitors members users clients "
    "families parents kids children students staff folks friends everyone everybody many some "
    "often always sometimes still regularly usually never also patients guests fans others "
    "colleagues neighbours neighbors".split()
)
# Words after "tell us" that open a clause of its own ("they told us we …").
CLAUSE_SUBJECTS = frozenset(
    "we they he she it i that that's it's there this our their his her".split()
)
AUX = frozenset(
    "do does did is are was were can could should would will have has had shall may might "
    "must 's 're isn't aren't don't doesn't didn't won't wouldn't can't couldn't".split()
)
QUESTION_WORDS = frozenset(
    "what why how who whom whose where when which do does did is are was were can could should "
    "would will have has had any anyone anybody shall may might must isn't aren't don't doesn't "
    "didn't won't wouldn't can't couldn't shouldn't haven't hasn't".split()
)
# Words a verb of the condition itself may follow ("if you want to reach out").
LEADS_INTO_VERB = frozenset(
    "you anyone to and or not never ever also can could would will should might may must "
    "i we they it please just then still already".split()
)
SECOND_PERSON = (
    r"you|your|yours|yourself|yourselves|you're|you've|you'd|you'll|"
    r"y'all|anyone|anybody|everyone|folks|friends|fellow"
)
SECOND_PERSON_ONLY = r"you|your|yours|yourself|yourselves|you're|you've|you'd|you'll|y'all"
FIRST_PERSON_PLURAL = r"we|our|ours|ourselves|we're|we've|we'd|we'll|us"

# Words that open a clause: a phrase starting with one is not a name.
_OPENS_CLAUSE = (
    r"how|what|what's|which|who|where|when|why|do|does|did|is|are|was|were|can|could|would|"
    r"should|will|have|has|any|i|we|you|it|this|that|there"
)
# Interjections that may open a sentence: "Wait, what?", "Ugh, why is it raining?"
INTERJECTIONS = (
    r"wait|um+|uh+|erm?|hmm+|oh|ah|ugh|argh|urgh|sigh|well|huh|wow|man|god|damn|yes|yeah|no|"
    r"nope|right|sorry|alas|oops|meh"
)
# A phrase before a comma that opens with these is an adverbial ("Beyond being a big
# number, what …?") or an interjection, not the people spoken to.
_NOT_A_NAME = (
    r"beyond|besides|apart|aside|after|before|since|because|if|unless|although|though|while|"
    r"in|on|at|for|with|without|from|by|as|like|unlike|despite|given|other than|now|then|still|"
    r"so|and|but|or|also|plus|anyway|ok|okay|first|second|third|finally|next|again|today|"
    r"honestly|seriously|really|basically|actually|being|having|once|until|during|under|over|"
    + INTERJECTIONS
)
# Speaking to the readers by name: "Parents of teenagers: how much …?"
VOCATIVE = entry(
    "",
    rf"^(?!(?:{_OPENS_CLAUSE}|{_NOT_A_NAME})\b)[\w' &#-]{{2,40}}: +\S"
    rf"|^(?!(?:{_OPENS_CLAUSE}|{_NOT_A_NAME})\b)[\w' -]{{2,30}}, +(?=(?:{_OPENS_CLAUSE})\b)\S",
    "Parents of teenagers: how much screen time is too much?",
    "Fellow gardeners, what do you grow in shade?",
    counter=(
        "Beyond the numbers, what does it mean?",
        "But first: what is a repair café?",
    ),
)
