"""Someone else's words: speech reported in a story, and requests reported as past
events. A question or a request in these is not the author's to the reader."""

from __future__ import annotations

from sitegen.lint.phrases import entry

# The sentence before a question introduces speech by someone in the story: "Then I
# asked the driver.", "My neighbour said:". The speaker is a person the story knows
# (I, she, my neighbour); "A reader asked the same thing." introduces no quotation.
SPEECH_INTROS = entry(
    "",
    r"\b(?:i|we|he|she|they|(?:my|our|his|her|their) [\w'-]+)(?: [\w'-]+)? (?:asked|said|"
    r"replied|answered|wondered|greeted|told|shouted|yelled|whispered|texted|wrote)"
    r"(?: [\w'-]+){0,3}\s*[.:]\s*$",
    "So I asked the driver.",
    "Then I courteously asked.",
    "My neighbour said:",
    counter=(
        "We said goodbye to the old van last week, sadly, in the rain.",
        "Part two of a series on writing good replies.",
        "A reader asked the same thing.",
    ),
)
# Speech introduced inside the sentence: "My son looked up and said: Why …?"
INLINE_SPEECH = entry(
    "",
    r"\b(?:replied|said|asked|answered|wondered|shouted|yelled|whispered|goes|went|says|asks|"
    r"replies|wrote|texted)(?: [\w'-]+){0,2}: +\S",
    "She replied: Are you sure?",
    counter=("Note: the hall is closed.",),
)
# A request someone made in the past, reported: "we asked the testers to …".
REPORTED_REQUESTS = entry(
    "",
    # not an invitation in the present: "you are invited to …", "you're all encouraged to"
    # nor "members are asked to …"
    r"\b(?:(?<!are )(?<!'re )(?<!\bis )(?<!\ball )(?:asked|invited|encouraged|reminded|urged|"
    r"requested)|told|begged|wanted|needed|had "
    r"(?:asked|told))\b[^,;:.!?]{0,60}\bto\s*$",
    "Last year we asked every volunteer to ",
    "Everyone should be invited to ",
    counter=(
        "Please remember to ",
        "You've got to ",
        "You are invited to ",
        "You're all invited to ",
        "Members are asked to ",
    ),
)
