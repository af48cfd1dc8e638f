"""The speech-act analysis behind ENG001/ENG101/ENG002: requests for a response are
directives, and a question counts only when it waits for the reader's answer.
Every sentence here was written for these tests."""

from __future__ import annotations

import re

import pytest

from sitegen.lint import signals
from sitegen.lint.phrases import answers, bait, calls, grammar, names, questions, requests, speech
from tests.lint.test_rules import blurb, codes, lint

# The lexicon: each entry's examples match it, its counter-examples do not ----------


def _norm(text: str) -> str:
    return signals.normalise(text)


def _request(text: str) -> bool:
    return signals.find_request(_norm(text)) is not None


def _bait(text: str) -> bool:
    return signals.find_bait(text) is not None


def _pattern_of(entry):
    pattern = re.compile(entry.pattern)
    return lambda text: pattern.search(_norm(text)) is not None


LEXICON = (
    [(e, _request) for e in requests.INVITATIONS]
    + [(e, _bait) for e in bait.BAIT]
    + [(e, _pattern_of(e)) for e in calls.CALLS_TO_ACTION + questions.COMPLAINTS]
)


@pytest.mark.parametrize(("entry", "decides"), LEXICON, ids=lambda e: str(e)[:40])
def test_each_entry_matches_its_examples(entry, decides):
    """Examples match the entry's own pattern; counter-examples are not taken for a
    request (or bait, or a complaint) by the analysis that uses the entry."""
    pattern = re.compile(entry.pattern)
    assert entry.examples, "every entry carries at least one example"
    for example in entry.examples:
        assert pattern.search(_norm(example)), example
        assert decides(example), example
    for counter in entry.counter:
        assert not decides(counter), counter


@pytest.mark.parametrize("entry", requests.RESPONSE_ACTS, ids=lambda e: e.pattern[:40])
def test_each_response_act_is_a_request_only_as_a_directive(entry):
    assert entry.examples
    for example in entry.examples:
        assert re.search(entry.pattern, _norm(example)), example
        assert signals.find_request(_norm(example)), example
    for counter in entry.counter:
        assert not signals.find_request(_norm(counter)), counter


@pytest.mark.parametrize(
    "entry", [questions.RHETORICAL_START, questions.TAG_QUESTION, questions.ANTICIPATED]
)
def test_question_shapes_match_their_examples(entry):
    for example in entry.examples:
        assert re.search(entry.pattern, _norm(example)), example
    for counter in entry.counter:
        assert not re.search(entry.pattern, _norm(counter)), counter


# Matched against a question's bare words ("Thoughts? 🤔" → "thoughts").
KEYED = questions.FIGURES + questions.CLOSED
# Matched against a normalised sentence.
SHAPES = (
    questions.FIGURE_STARTS
    + questions.HOOKS
    + questions.ADVICE
    + [questions.ASKING, questions.EARNEST, questions.NEEDS, questions.OPINION]
    + [questions.AGREEMENT]
    + answers.ANSWERS
    + [answers.PROMISES, answers.REPLIES, answers.SIGN_OFFS, answers.OFFERS_TO_ANSWER]
    + calls.ANNOUNCEMENTS
    + [calls.OFFERS, calls.SPEAKERS, speech.SPEECH_INTROS, speech.INLINE_SPEECH]
    + [speech.REPORTED_REQUESTS]
    + questions.ADDRESSED_COMPLAINTS
    + questions.MUSINGS
    + [grammar.VOCATIVE]
)


@pytest.mark.parametrize("entry", KEYED, ids=lambda e: e.examples[0][:30])
def test_each_keyed_question_matches_its_examples(entry):
    assert entry.examples
    for example in entry.examples:
        assert re.match(entry.pattern, signals.bare(example)), example
    for counter in entry.counter:
        assert not re.match(entry.pattern, signals.bare(counter)), counter


@pytest.mark.parametrize("entry", SHAPES, ids=lambda e: e.examples[0][:30])
def test_each_shape_matches_its_examples(entry):
    assert entry.examples
    for example in entry.examples:
        assert re.search(entry.pattern, _norm(example)), example
    for counter in entry.counter:
        assert not re.search(entry.pattern, _norm(counter)), counter


def test_acronyms_in_their_examples_are_not_shouting():
    assert names.ACRONYMS.examples
    for example in names.ACRONYMS.examples:
        assert "ENG020" not in codes("", example + "\n\nWhat do you think?\n"), example


def test_keyword_bait_needs_an_imperative():
    pattern = re.compile(bait.KEYWORD_BAIT)
    for example in bait.KEYWORD_BAIT_EXAMPLES:
        assert pattern.search(example), example
    for counter in bait.KEYWORD_BAIT_COUNTER:
        assert not pattern.search(counter), counter


# The core case: a rhetorical question that the text answers a few sentences later --


def test_a_question_answered_a_few_sentences_later_is_rhetorical():
    body = (
        "Good newsletters start a dialogue with the people who read them. A newsletter that "
        "works is written FOR readers, not at them. How do you win readers over? Most "
        "newsletters are closer to letters between friends than to advertising. So rule "
        "#2 for a newsletter that works is winning readers over, one letter at a time. "
        "Coming up – rule #3.\n"
    )
    found = lint("", body)
    assert ("ENG001", 5) in found
    assert ("ENG002", 5) in found  # names the answered question


def test_a_question_answered_by_the_next_sentence():
    body = "How do you pick a first bike? You ride five of them, slowly.\n"
    assert {"ENG001", "ENG002"} <= codes("", body)
    assert "ENG101" in blurb("How do you keep basil alive? You water it from below.")


def test_a_which_opener_that_its_paragraph_answers():
    body = (
        "Which steps of the release take longest? Signing the packages and waiting for "
        "the mirrors, by a wide margin.\n"
    )
    assert {"ENG001", "ENG002"} <= codes("", body)
    assert "ENG001" not in codes(
        "", "Our release has three steps.\n\nWhich should we automate first?\n"
    )


def test_a_genuine_closing_question_still_counts():
    body = "We tried three kinds of compost this year.\n\nHow do you keep yours from smelling?\n"
    assert "ENG001" not in codes("", body)
    assert "ENG101" not in blurb(
        "What's one app you uninstalled this year? I finally dropped my step counter."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Tired of soggy chips? Just pop them in our air fryer for four minutes.",
        "So, what are you waiting for? Head to the shop page and pick a colour.",
        "Ever heard of pond dipping? Keen to find out more? If so, this walk is for you!",
        "Do you know why owls hoot at night? Get the answer in our new video.",
        "Are you a weekend baker? Do you own a stand mixer? Join our Saturday class.",
        "Missed the open day? Don't worry! We have recorded every talk.",
        "Can plants hear music? Researchers think they might. Read more on our site.",
    ],
)
def test_hooks_answered_by_a_pitch(text):
    assert "ENG101" in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Why does the printer jam only on Mondays?!",
        "WHO DESIGNED THIS CAR PARK",
        "How are they still closing the ticket office at noon?",
        "What am I paying the gym for? The showers have been cold since March.",
        "Wasn't one price rise this year enough?",
        "Are we really fine with a town centre full of empty shops?",
        "Small thread on our move (1/?)",
    ],
)
def test_complaints_and_counters_are_not_questions_to_anyone(text):
    assert "ENG101" in blurb(text)


def test_questions_in_links_interviews_and_faq_entries_do_not_count():
    body = "We are hiring two gardeners. [Fancy working outdoors?](https://example.org/jobs)\n"
    assert "ENG001" in codes("", body)
    body = (
        "Mara: What got you into beekeeping?\n\n"
        "Tomas: My grandmother kept six hives behind the shed.\n\n"
        "Mara: Would you do it again?\n\nTomas: Every time.\n"
    )
    assert "ENG001" in codes("", body)
    body = (
        "*What did the first season teach you?*\n\n"
        "Mostly patience, and that bees hate the smell of bananas.\n"
    )
    assert "ENG001" in codes("", body)
    body = "**Do I need to bring a helmet?**\n\nNo, we lend them out at the gate.\n"
    assert "ENG001" in codes("", body)


def test_a_question_to_a_named_account_counts():
    assert "ENG101" not in blurb("@harbourlib could you share the opening hours for May?")


# Requests in the register of open projects and organisations -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "If the installer misbehaves on your machine, please open an issue on the tracker.",
        "Send us your feedback on the new dashboard.",
        "We encourage everyone to leave a comment on the draft proposal.",
        "Come and find us on the forum if you have any questions about the upgrade.",
        "If anything is unclear, please write to us at team@example.org.",
        "Spotted a gap in the tutorial? Add the missing steps to the guide with a pull request.",
        "Please take the contributor survey, it has twelve questions.",
        "We'd love for you to contribute your own examples to the cookbook.",
        "We look forward to hearing your feedback on the roadmap.",
        "You can report any regressions in the issue tracker.",
        "Feel free to contact the maintainers with ideas for the next release.",
        "Please test the beta and send feedback to the mailing list.",
        "Contributions are warmly welcome, from typo fixes to new chapters.",
    ],
)
def test_open_project_requests_are_invitations(text):
    assert "ENG101" not in blurb(text)
    assert "ENG001" not in codes("", f"Version 4 is out with a faster parser.\n\n{text}\n")


@pytest.mark.parametrize(
    "text",
    [
        "We filed an issue with the upstream project last week.",
        "Volunteers tell us the new rota is easier.",
        "Follow us for more updates and join our Discord.",
        "Book online or call us on 01632 960 123.",
        "People often ask us about parking, so we added a map.",
        "He will ask me to put the kettle on whenever we visit.",
        "We love to reach out to new members at the spring fair.",
        "Members voted on the three bids in March.",
    ],
)
def test_descriptions_and_one_way_calls_are_not_requests(text):
    assert "ENG101" in blurb(text)


def test_a_request_in_the_middle_of_a_post_counts():
    body = (
        "## Release notes\n\nThe parser is faster. If you hit a crash, please report it on "
        "the tracker.\n\n## Thanks\n\nThanks to everyone who helped.\n"
    )
    assert "ENG001" not in codes("", body)


# Quiet on real blogs: ordinary prose is not bait, shouting or a call to action ------


@pytest.mark.parametrize(
    "sentence",
    [
        "The graph would look like if you flattened a mountain range.",
        "Giving feedback works better when it is concrete, like if you name the exact line.",
        "Over the summer I decided to write an OS for my old laptop.",
        "For the course I had to write HTML and CSS by hand.",
    ],
)
def test_ordinary_prose_is_not_bait(sentence):
    assert "ENG012" not in codes("", f"{sentence}\n")


def test_acronyms_identifiers_and_headings_are_not_shouting():
    body = (
        "## NOTES FROM THE WORKSHOP\n\n"
        "The debugger reads DWARF data, and the README explains how POSIX signals such "
        "as SIGSEGV reach the process. Our REST API answers an HTTP GET in 3 ms.\n\n"
        'The sign on the door said "KEEP OUT OR ELSE" in red paint.\n\n'
        "That talk was great!!\n"
    )
    assert "ENG020" not in codes("", body)
    assert "ENG020" in codes("", "This changes EVERYTHING FOR US, honestly.\n")
    assert "ENG020" in codes("", "HUGE savings this week!!\n")
    assert "ENG020" in codes("", "What a week!!!\n")
    assert "ENG020" in blurb("Doors open at noon!! What will you bring?")


def test_a_description_is_not_a_call_to_action():
    body = "I read the source of the scheduler last week, and the order of the checks matters.\n"
    assert "ENG013" not in codes("", body)
    assert "ENG013" in codes("", "Our report is out. Download it from the website.\n")


def test_broadcast_post_is_a_note_and_broadcast_blurb_an_error():
    from sitegen.diagnostics import Severity
    from sitegen.lint import registry

    assert registry.BY_CODE["ENG001"].severity is Severity.INFO
    assert registry.BY_CODE["ENG101"].severity is Severity.ERROR
