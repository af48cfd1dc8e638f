"""Classes of mistakes the broadcast-only verdict (ENG001/ENG101) made on real writing,
each pinned with examples and with counter-examples, so that a fix for one class
cannot quietly over-fire. Every sentence here was written for these tests; the real
texts that showed each class are listed by reference in benchmarks/realworld/."""

from __future__ import annotations

import textwrap

import pytest

from benchmarks.realworld import _unwrapped
from sitegen.lint import htmltext, signals
from tests.lint.test_rules import blurb, codes


def thread(text: str, platform: str = "mastodon") -> set[str]:
    """A blurb of several lines, written as a YAML block scalar."""
    body = textwrap.indent(textwrap.dedent(text).strip("\n"), "    ")
    return codes(f"social:\n  {platform}: |\n{body}\n")


def _request(text: str) -> bool:
    return signals.find_request(signals.normalise(text)) is not None


# Headline questions that only point at a link ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "How do sparrows find food in winter? https://example.org/sparrows",
        "Why is the tide late on Sundays? https://example.org/tides #coast",
    ],
)
def test_a_headline_question_followed_only_by_its_link_is_broadcast(text):
    assert "ENG101" in blurb(text)
    assert "ENG101" in thread(text.replace("? ", "?\n\n"))  # the link on a line of its own


@pytest.mark.parametrize(
    "text",
    [
        "Which feeder would you pick for a small balcony? https://example.org/feeders",
        "A photo from the hide this morning. Is that a wren? https://example.org/photo",
        "Saturdays are not Saturdays without ______? https://example.org/quiz",
        "Who is coming to the night walk??? https://example.org/walk",
    ],
)
def test_a_question_before_a_link_still_asks_when_it_wants_the_readers_view(text):
    assert "ENG101" not in blurb(text)


# Runs of questions ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Is the new footbridge ugly? Or is it just unfamiliar? Honestly, a bit of both.",
        "Wondering what to sow in May? How about runner beans? They climb anything.",
        "Tidy? Me? The shed says otherwise.",
    ],
)
def test_a_run_of_questions_answered_as_a_whole_is_broadcast(text):
    assert "ENG101" in blurb(text)


def test_a_run_that_ends_asking_for_advice_still_asks():
    assert "ENG101" not in blurb("Is the new footbridge ugly? Or should we give it a year?")


# Questions that are someone else's words in a story -------------------------------


def test_questions_reported_in_a_story_are_not_asked_of_the_reader():
    text = (
        "At the market I finally asked the baker. Could you tell me the secret of your "
        "crust? She only laughed and handed me a loaf."
    )
    assert "ENG101" in blurb(text)
    assert "ENG101" in blurb("My son looked up and said: Why is the moon following us?")


def test_the_same_question_asked_of_the_reader_counts():
    assert "ENG101" not in blurb("Could you tell me the secret of a good crust?")
    # a speaker the story does not know introduces no quotation
    assert "ENG101" not in blurb("A reader asked the same thing. What would you change first?")
    assert "ENG101" not in blurb("One neighbour asked about the hedge. Tell us what you think.")


# FAQ entries with a bold lead-in, and questions a heading answers ------------------


def test_a_bold_question_that_opens_its_answer_is_a_heading():
    body = (
        "**Who can take part?** Anyone with a library card. Sessions are free.\n\n"
        "**Do I need a laptop?** No, the library lends them for the evening.\n"
    )
    assert {"ENG001", "ENG002"} <= codes("", body)


def test_a_bold_closing_question_on_its_own_still_asks():
    body = "We ran four sessions this spring.\n\n**Who should we invite next?**\n"
    assert "ENG001" not in codes("", body)


def test_a_question_the_next_section_answers_is_rhetorical():
    body = (
        "We spent the year on repairs. But first: what is a repair café?\n\n"
        "## A short history\n\nRepair cafés began as monthly meetings in a town hall.\n"
    )
    assert "ENG001" in codes("", body)


# Answers that come later, promised or named ------------------------------------------


def test_questions_the_text_says_it_will_answer():
    body = (
        "The choir turns ten this year. Beyond the cake, what does that mean? Why should "
        "it matter who joins next? We look at both questions below.\n\n"
        "First, the numbers: forty singers, three conductors.\n"
    )
    assert {"ENG001", "ENG002"} <= codes("", body)


@pytest.mark.parametrize(
    "text",
    [
        "Do you ever forget which plants you watered? Every week. Oh yes, every single week.",
        "How long do you think the repair took? If your answer is a week, you are close.",
    ],
)
def test_a_question_answered_a_little_later_is_rhetorical(text):
    assert "ENG101" in blurb(text)


def test_a_lead_in_before_a_colon_does_not_hide_a_hook():
    body = "You own the plan for the allotment: Want a second greenhouse? Your call!\n"
    assert "ENG001" in codes("", body)


def test_a_challenge_that_leads_into_an_opening_is_a_hook():
    text = "Can you crack the code and free the captain? Our puzzle room is now open in town."
    assert "ENG101" in blurb(text)
    assert "ENG101" not in blurb("Can you find the error in this chart? We could not.")


def test_answers_written_in_styled_unicode_letters_are_read():
    assert signals.normalise("𝗔𝗻𝘀𝘄𝗲𝗿: rent.") == "answer: rent."
    assert "ENG101" in thread("Should we rent a van or buy one?\n\n𝗔𝗻𝘀𝘄𝗲𝗿: rent, nearly always.")


# Who the question is for --------------------------------------------------------------


def test_a_question_after_a_stated_need_asks_for_help():
    text = (
        "I need a plain one-page theme for the parish newsletter. Where do people find "
        "simple ones these days? Most I see are huge."
    )
    assert "ENG101" not in blurb(text)
    assert "ENG101" in blurb("Where do all the odd socks go? The dryer is not telling.")


def test_an_exclaimed_question_to_a_named_account_still_asks():
    assert "ENG101" not in blurb("@ana_b I need a new podcast for the commute, can you help?!")
    assert "ENG101" in blurb("Why does the lift break every single Monday?!")


@pytest.mark.parametrize(
    "text",
    [
        "Is this how you treat people who paid for a year? Three weeks without a reply.",
        "And why would you even sell a kettle without a lid?",
        "How is it March already?",
    ],
)
def test_reproach_and_disbelief_are_not_questions_even_with_you(text):
    assert "ENG101" in blurb(text)


def test_a_plain_question_with_the_same_words_still_asks():
    assert "ENG101" not in blurb("Why would you pick the blue tiles over the green?")
    assert "ENG101" not in blurb("Is this how you pronounce the name of the village?")


def test_a_tag_question_is_left_for_the_reader_unless_the_author_answers_it():
    """The rubric counts tag questions left for the reader; real labellers did so
    for tags followed by more text too ("Seems simple right? The chips, though …")."""
    assert "ENG101" not in blurb("This counts as the first barbecue of the year, right?")
    assert "ENG101" not in blurb("Nothing beats the first barbecue, right? Ours is on Saturday.")
    assert "ENG101" not in blurb("Seems simple right? The wiring took me a week.")  # no comma
    assert "ENG101" in blurb("Just copy the files over, right? Well, not quite.")
    assert "ENG101" in blurb("Surely that fixes it, right? Nope! The lights stayed off.")


# Requests in the register of projects and organisations ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Questions about the new opening hours should be directed to the front desk.",
        "We're always open to contributions to the walking guide.",
        "If you fancy translating the menu and sending it over, that would be brilliant.",
        "Please share any of your sketches with us.",
        "You can always email the events team with questions.",
        "Discuss them in our community chat.",
        "If something goes wrong, please use our discussion group.",
        "Give the new editor a go and report your feedback on the list.",
        "If you own one of the first tote bags, let us know how it has aged.",
        "The theme has two layouts (or open a pull request for a third!).",
        "So if you want help with your stall reach out on the village list.",
        "You can also contact our volunteer coordinator by phone.",
        "If you'd like to talk it through, find me on the forum.",
        "If you want to chat about the release, ping us on the chat.",
        "Install the preview and report back if the plugin loads.",
        "Come to the chat room, introduce yourself and ask how you can help.",
        "We could use help triaging the backlog before the release.",
        "Thanks in advance for any pointers or introductions.",
    ],
)
def test_open_project_requests_for_a_response(text):
    assert _request(text), text
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "The new layout is much calmer, if you ask me.",
        "Last spring I had asked every volunteer to email me their hours.",
        "Good maintainers show thanks by accepting contributions that need work.",
        "It looks fine for now, but I'm curious how long it'll last.",
        "The council's decision should be sent to residents next week.",
        "Mentoring: contribute to exciting research projects across campus.",
        "He put the tablet down (for once) and asked me to switch the match on.",
        "We want to chat about the release at the meeting.",
        "Everyone is welcome to participate in the parade!",
        "If you want to chat about trains, this is the post for you.",
    ],
)
def test_descriptions_that_share_words_with_requests_are_not_requests(text):
    assert not _request(text), text
    assert "ENG101" in blurb(text)


def test_curiosity_about_the_readers_own_plans_still_asks():
    assert _request("I'm curious how you will handle the move.")


# Punctuation of informal writing -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Moving to a new laptop this week. Good note-taking apps? :-)",
        "Which trail is best after rain? ;)",
        "Anyone got a spare bike pump? :D",
        "New flat, empty walls. Favourite print shops? xD",
    ],
)
def test_a_smiley_after_the_question_mark_leaves_the_question_a_question(text):
    assert "ENG101" not in blurb(text)


def test_a_smiley_after_a_statement_is_not_a_question():
    assert "ENG101" in blurb("Finally finished the shed roof :-)")


def test_an_ellipsis_without_a_space_ends_the_clause_before_a_request():
    assert _request("If the map will not open for you….let me know and I will send it.")
    assert _request("Stuck on the last clue...drop me a line")
    assert not _request("We waited for hours...they let us know at six.")


# Verbs of request used to describe -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A second oven would give us some of the same room without the cost.",
        "We hoped the plan would give us a good base to build on.",
        "They gave us a call on Monday.",
    ],
)
def test_give_us_in_a_description_is_not_a_request(text):
    assert not _request(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Give us your best tip for a wet weekend.",
        "If you're interested give me a shout on the forum.",
        "If you are in town give us a ring.",
    ],
)
def test_give_us_as_a_directive_is_a_request(text):
    assert _request(text), text
    assert "ENG101" not in blurb(text)


# Directive frames and verbs of the open-project register --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "If an error message confuses you, please open up a bug report.",
        "Error messages are one area where we are actively looking for feedback.",
        "It would be great if people could try the new parser and send feedback on it.",
        "It would be really helpful if someone could report problems on the tracker.",
        "It would be great if you could generate feedback on the beta.",
    ],
)
def test_requests_in_the_frames_projects_use(text):
    assert _request(text), text


@pytest.mark.parametrize(
    "text",
    [
        "It would be great if people could try the new parser.",
        "It was great when people sent feedback last year.",
        "We opened up a bug report upstream.",
        "We are actively looking for a new venue.",
    ],
)
def test_the_same_frames_without_a_response_are_not_requests(text):
    assert not _request(text), text


def test_an_evaluation_question_before_a_request_for_feedback_asks():
    body = (
        "## Help wanted\n\nIs the new syntax readable? It would be great if people "
        "could try it and send feedback on the tracker.\n\nThe manual has more.\n"
    )
    assert "ENG001" not in codes("", body)


# Who a question is put to ---------------------------------------------------------------


def test_a_question_to_a_named_account_is_not_a_hook_for_the_link_after_it():
    text = (
        "Our old account was taken over last night.\n\n"
        "@sitehelp is this not against your rules?\n\n"
        "Read more: https://example.org/story"
    )
    assert "ENG101" not in thread(text, "x")


def test_a_hook_with_a_link_is_still_a_hook():
    assert "ENG101" in blurb(
        "Want a free ticket for the fair? Sign up here: https://example.org", "x"
    )
    assert "ENG101" in blurb("@all Need a quiet desk? Book one here: https://example.org", "x")


def test_a_question_put_to_the_crowd_counts_early_in_a_post():
    body = (
        "My sister starts her nursing course next month. I have set up her laptop with "
        "the basics. Can anyone think of a good anatomy app I am missing?\n\n"
        "- a word processor\n- a calendar\n\n"
        "The course is hard to get into. She worked for it all year.\n\n"
        "We are all very proud of her.\n"
    )
    assert "ENG001" not in codes("", body)


def test_disbelief_put_to_the_crowd_early_in_a_post_stays_early():
    body = (
        "We sent out printed invitations this year. Does anyone actually post letters "
        "anymore?\n\nThe printer was slow.\n\nThe stamps were dear.\n\n"
        "The cards looked lovely.\n\nForty people came.\n"
    )
    assert "ENG001" in codes("", body)


def test_what_is_the_point_is_a_figure_of_speech():
    assert "ENG101" in blurb("What's the point of a rota if nobody reads it? :)")
    assert "ENG101" not in blurb("What's the point size of the headings on your site?")


def test_a_label_styled_paragraph_next_to_a_request_does_not_make_it_a_transcript():
    body = (
        "Pitfall: slides with too much text.\n\nPitfall: running over time.\n\n"
        "Tell us which of these you have seen most.\n"
    )
    assert "ENG001" not in codes("", body)


def test_a_rhetorical_question_early_in_a_post_stays_early():
    body = (
        "My sister starts her nursing course next month. Is anyone surprised? Not me.\n\n"
        "The course is hard to get into.\n\nShe worked for it all year.\n\n"
        "Her books came yesterday.\n\nWe are all very proud of her.\n"
    )
    assert "ENG001" in codes("", body)


# Questions the author answers --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sourdough pancakes for dinner? Why not?! https://example.org/recipe",
        "Another walk in the rain? Who wouldn't?",
        "Cake before lunch? Of course.",
    ],
)
def test_a_question_answered_by_a_figure_of_speech_is_rhetorical(text):
    assert "ENG101" in blurb(text)


def test_a_question_followed_by_a_real_second_question_still_asks():
    assert "ENG101" not in blurb("Cake before lunch? Why not the other way round?")


@pytest.mark.parametrize(
    "text",
    [
        "What is the bank trying to say? That my account is too small? That I should leave? "
        "Maybe they just sent the wrong letter.",
        "Why did the café close? Because nobody came on Mondays? Because of the rent? "
        "Probably both.",
    ],
)
def test_a_question_followed_by_the_authors_own_guesses_is_rhetorical(text):
    assert "ENG101" in blurb(text)


def test_guesses_offered_to_the_reader_still_ask():
    assert "ENG101" not in blurb("What do you think the letter means? That we owe them money?")


@pytest.mark.parametrize(
    "text",
    [
        "Love the old town, but why is your parking so hopeless?! Two hours for one space.",
        "Why do your trains never run on time?! Forty minutes late again.",
    ],
)
def test_an_exclaimed_question_the_text_carries_on_from_is_a_complaint(text):
    assert "ENG101" in blurb(text)


def test_an_exclaimed_question_left_at_the_end_still_asks():
    assert "ENG101" not in blurb("We open the new pool on Friday. Which of you is coming?!")


# The family of "write to us with your questions" -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Typos, broken links and PRs welcome.",
        "Comments, corrections and ideas are gratefully received.",
        "Any and all suggestions are hugely appreciated.",
        "Patches gladly accepted on the main branch.",
        "Bug reports go to the issue tracker, questions to the forum.",
        "Feature requests should go on the project board.",
        "We're usually on the chat server if you want to compare notes.",
        "Hit me up on the forum with anything odd.",
        "Shoot us a message when you have tried it.",
        "Please open a discussion before starting on a big change.",
        "Know a better recipe? Send it our way.",
        "Drawings for the newsletter? Bring them along to the next meeting.",
        "Your stories keep this page going, so please send them.",
        "We would be grateful if you could take a moment completing the survey.",
        "Help the library by filling out the reader questionnaire.",
        "You can reach the organisers on the forum.",
        "Got a neater fix? I'm all ears.",
        "Love to hear how your first week goes.",
    ],
)
def test_the_ways_of_asking_readers_to_write_back(text):
    assert _request(text), text
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dogs on leads are welcome in the café garden.",
        "Donations gratefully received at the door.",
        "Questions go unanswered for weeks on that board.",
        "If you want to chat with the mayor, book a slot at the town hall.",
        "The storm hit us hard last night.",
        "The feedback was kind, so we shared it with the committee.",
        "We reached the summit by noon.",
        "The letter did not reach us until May.",
        "Half the street completed the survey last spring.",
        "We opened a discussion with the council about parking.",
        "The puppy was all ears when the fridge opened.",
    ],
)
def test_descriptions_in_the_same_words_are_not_requests(text):
    assert not _request(text), text


@pytest.mark.parametrize(
    "text",
    [
        "We encourage testers to install the nightly build and report anything strange.",
        "If a link looks broken to you, please flag it.",
        "Should the new timetable confuse you, we want to know.",
        "The plan for the square is open for public comments until June.",
        "Submissions for the photo contest are now open.",
        "We'd be delighted to receive your corrections to the map.",
        "Happy to review patches for the Welsh translation.",
        "Proposals for next spring's workshops can be sent to the committee.",
        "Want to help? Pick up a ticket from the board and say so in the thread.",
        "Do write in with your memories of the flood.",
    ],
)
def test_more_ways_projects_ask_for_a_response(text):
    assert _request(text), text
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "We encourage everyone to bring a coat and arrive early.",
        "The garden is open for visits on Sundays.",
        "We were pleased to receive the grant in March.",
        "We want to know why the bridge is still closed.",
        "Write in pencil on the back of each card.",
        "She picked up a ticket for the concert.",
        "The audit flagged it as a risk.",
    ],
)
def test_and_their_lookalikes_that_ask_for_nothing(text):
    assert not _request(text), text


# Posts written in HTML, and callouts set as quotes -------------------------------------


def test_a_post_written_in_html_paragraphs_is_read():
    body = (
        "<p>We counted the birds in the park again this winter.</p>\n"
        "<p>If anyone wants the raw counts, let me know and I will send them.</p>\n"
    )
    assert "ENG001" not in codes("", body)
    plain = "<p>We counted the birds in the park again this winter.</p>\n<p>Forty-two.</p>\n"
    assert "ENG001" in codes("", plain)


def test_html_paragraphs_keep_their_quotes_and_headings():
    body = (
        "<p>My aunt sent a letter about the garden.</p>\n"
        "<blockquote><p>Which roses should I prune first?</p></blockquote>\n"
        "<h2>What is a rose hip?</h2>\n"
        "<p>A rose hip is the fruit of the rose.</p>\n"
    )
    assert "ENG001" in codes("", body)


def test_html_layout_and_widgets_are_not_read_as_paragraphs():
    body = (
        "Here is the game.\n\n"
        '<div class="game">\n<p>DID YOU WIN?</p>\n<h2>Which door will you open?</h2>\n</div>\n'
    )
    assert "ENG001" in codes("", body)


def test_a_request_in_a_blockquote_that_points_at_this_page_is_the_authors():
    body = "We walked the whole coast path.\n\n> Comment below or write to me on the forum!\n"
    assert "ENG001" not in codes("", body)


def test_a_quoted_request_from_elsewhere_is_still_a_quote():
    body = "The council wrote back at last.\n\n> Please let us know if the lamp fails again.\n"
    assert "ENG001" in codes("", body)
    body = "We walked the whole coast path.\n\n> The view from the bench below the cliff.\n"
    assert "ENG001" in codes("", body)


def test_a_thread_retold_with_handles_as_speakers_is_a_transcript():
    body = (
        "Here is how the food drive came together on the day.\n\n"
        "- **@ana_b**: the van broke down, any ideas?\n"
        "- **@tom_k**: @ana_b I have a car, let me know where to go.\n"
        "- **@ana_b**: @tom_k the church hall, thank you!\n\n"
        "It was a good day.\n"
    )
    assert "ENG001" in codes("", body)


def test_musing_about_what_we_can_manage_is_not_a_request():
    assert not _request("I'm curious if we can cut the build time in half.")
    assert not _request("I'm curious whether we could open on Sundays too.")
    assert _request("I'm curious if you can hear the bells from your street.")


# The benchmark's materialiser ----------------------------------------------------------


def test_linkedin_export_quote_marks_round_every_line_are_unwrapped():
    exported = 'First line of the post."\n"\n"Second paragraph here."\n"\n"Last line.'
    assert _unwrapped(exported) == "First line of the post.\n\nSecond paragraph here.\n\nLast line."
    written = 'A quote I like:\n"Less, but better."\nSo true.'
    assert _unwrapped(written) == written


def test_linkedin_export_whose_last_line_keeps_its_closing_mark_is_unwrapped():
    exported = 'First line."\n"\n"PS: Which part should I explain next? Tell me below."\n'
    assert (
        _unwrapped(exported)
        == "First line.\n\nPS: Which part should I explain next? Tell me below."
    )
    quoted = 'First line."\n"\n"She said: "Try again.""'
    assert _unwrapped(quoted) == 'First line.\n\nShe said: "Try again."'


# Fourth round: contributions, permissive frames, interviews, captions --------------


@pytest.mark.parametrize(
    "text",
    [
        "Found a broken stop on the bus map? Submit your findings on the tracker.",
        "Calling all bakers! Submit a short video of your best loaf by Friday.",
        "Know a repair shop we missed? Don't be afraid to add a link yourself!",
        "Please add your club to the list on our wiki.",
        "Spotted a gap in the guide? Just edit the page to let everyone know!",
        "If you print your own version, feel free to share it with everyone (and us!).",
        "Anything else, you're more than welcome to email desk@example.org.",
        "If anyone knows a cheap tyre place near the ring road please holler.",
        "If you have a project to show, complete or not, then let us know.",
        "Hopefully the guide saves you an evening, or let us know what it missed.",
        "lmk if the times are wrong",
        "Lemme know which cover you like.",
        "Questions? Just reply to this post.",
        "Would love some advice from other allotment holders here.",
        "Please take a minute to fill in the feedback form.",
        "We'd be grateful for any early feedback on the new timetable.",
        "If you have views on the route, the discussion is open on our board.",
    ],
)
def test_requests_for_a_contribution_or_a_reply_in_other_words(text):
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Add a link to the stylesheet in the page head, then reload.",
        "Edit the page template to change the footer.",
        "We added new entries to the list last week.",
        "Submit the form to finish your order.",
        "She emailed info@example.org on Monday.",
        "She came round and let us know the hall was booked.",
        "If anyone knows, it's the caretaker.",
        "We'd be grateful for any donations to the roof fund.",
        "Let me hear myself think!",
    ],
)
def test_the_same_verbs_in_instructions_and_reports_ask_for_nothing(text):
    assert "ENG101" in blurb(text)


def _interview(closing: str = "") -> str:
    return (
        "Our volunteer of the month is Priya, who runs the Tuesday repair table.\n\n"
        "**Tell us a little about yourself.**\n\n"
        "I fix radios, mostly. I started when my grandad's set went quiet.\n\n"
        "**What brought you to the café?**\n\n"
        "A flyer in the library. I came to watch and stayed to solder.\n\n"
        "**What would you say to someone thinking of joining?**\n\n"
        "Just turn up. Ask questions. Nobody minds.\n\n"
        "**What do you fix at home?**\n\n"
        "Everything except the dishwasher, which wins every time.\n" + closing
    )


def test_an_interviews_prompts_and_answers_are_not_requests_to_the_reader():
    assert {"ENG001", "ENG002"} <= codes("", _interview())


def test_an_interview_that_ends_in_the_authors_own_request_still_asks():
    closing = (
        "\n*That's all from Priya this month. Which volunteer should we talk to next?"
        " Tell us in the comments.*\n"
    )
    assert "ENG001" not in codes("", _interview(closing))


def test_an_faq_in_the_first_person_keeps_the_requests_in_its_answers():
    body = (
        "## How do I join?\n\nCome along on any Tuesday.\n\n"
        "## Can I bring my own tools?\n\nYes, though we have plenty.\n\n"
        "## What if I find a mistake on this page?\n\nPlease open an issue on our tracker.\n"
    )
    assert "ENG001" not in codes("", body)


def test_interview_headings_put_to_you_make_their_answers_the_guests():
    body = (
        "## Why did you start running?\n\nA bet with my sister.\n\n"
        "## How do you train in winter?\n\nEarly, with a head torch. Ask questions, "
        "join a club, and you will be fine.\n\n"
        "## What is your next race?\n\nThe coastal half in May.\n"
    )
    assert "ENG001" in codes("", body)


@pytest.mark.parametrize(
    "text",
    [
        "What is a repair café, you may ask? A monthly evening where neighbours fix things.",
        "So why bother with a paper map, I hear you ask? Because batteries die.",
        "Do you see the little owl on the gate post? That alone was worth the walk!",
    ],
)
def test_the_readers_question_voiced_and_answered_by_the_author(text):
    assert "ENG101" in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "What would you ask the mayor?",
        "Is there anything you'd like to ask the speakers?",
    ],
)
def test_asking_what_the_reader_would_ask_still_asks(text):
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "What kind of beetle is this? Found it on the shed door this morning.",
        "Who is this little one? Spotted by the canal.",
        "Best chips on the coast, right?\n\nHarbour Street Fryer",
    ],
)
def test_questions_left_open_before_a_caption(text):
    assert "ENG101" not in thread(text, "instagram")


@pytest.mark.parametrize(
    "text",
    [
        "What kind of beetle is this? A stag beetle, the biggest we have.",
        "Best chips on the coast, right? No. The queue was the best part.",
    ],
)
def test_the_same_questions_answered_or_carried_on_from(text):
    assert "ENG101" in thread(text, "instagram")


@pytest.mark.parametrize(
    "text",
    [
        "We're collecting memories of the old lido for the library's exhibition.",
        "We'd love to feature your allotment in the spring issue.",
        "Made the cake? Post a picture and tag us!",
        "Send us a photo of your window display.",
        "Any welders around? I'm stuck on a bracket and could use a hand.",
    ],
)
def test_asking_for_what_readers_have_or_know(text):
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "We are collecting donations for the food bank at the door.",
        "They sent us a photo of the flooded cellar.",
        "Volunteers who take the time to help at the stall get a free tea.",
        "Who would have thought a bakery could win a design prize? Thanks, regulars!",
        "How do you make a good cup of tea? Fresh water, a warm pot and patience.",
    ],
)
def test_descriptions_figures_and_listed_answers_ask_for_nothing(text):
    assert "ENG101" in blurb(text)


_BUILD = (
    "We moved the nightly build to a new machine this month.\n\n"
    "It runs twice as fast, though the cache broke once and cost us a morning.\n\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "If your team made the same move, I'd love to compare notes.",
        "If you've found a steadier cache, my inbox is open.",
        "Until the next run, keep an eye on the dashboard and tell us what you see.",
        "Questions and corrections to the usual address, please.",
        "Complaints are welcome too.",
    ],
)
def test_a_closing_that_asks_in_a_frame_of_its_own(closing):
    assert "ENG001" not in codes("", _BUILD + closing + "\n")


@pytest.mark.parametrize(
    "closing",
    [
        "The testers were free to comment on the old machine too, and few did.",
        "We met the vendor to compare notes on the old machine.",
        "Our door was open all afternoon because of the heat.",
        "Please send the invoices to the office.",
        "Ask me how I know.",
        "What do you call a build that never ends? A nightly.",
    ],
)
def test_the_same_words_describing_or_joking_ask_for_nothing(closing):
    assert "ENG001" in codes("", _BUILD + closing + "\n")


def test_an_own_answer_to_a_question_about_the_readers_favourite_leaves_it_open():
    assert "ENG101" not in blurb("Which is your favourite bench in the park? The green one.")


# The shorthand of social posts: questions without their mark, asks without a verb ---


@pytest.mark.parametrize(
    "text",
    [
        "ok which chip shop near the station is still open after ten",
        "so do i paint the shed green or grey #help",
        "can someone tell me why my basil keeps dying",
        "y'all what's the best walk near Malvern",
        "need a recommendation for a cheap tent, go",
        "rate my new desk setup 1-10",
        "Caption this photo from the fete.",
    ],
)
def test_social_shorthand_that_asks(text):
    assert "ENG101" not in blurb(text, "x")


@pytest.mark.parametrize(
    "text",
    [
        "which is why we left early",
        "can't believe it's nearly spring!! where did the winter go",
        "Rates for the hall go up in May.",
        "They need advice from a solicitor first.",
    ],
)
def test_social_shorthand_that_only_tells(text):
    assert "ENG101" in blurb(text, "x")


@pytest.mark.parametrize(
    "closing",
    [
        "If something breaks, come find us on the forum.",
        "If you'd like a hand, post in the #help channel and someone will reply.",
    ],
)
def test_a_channel_offered_for_trouble_the_reader_may_meet(closing):
    assert "ENG001" not in codes("", _BUILD + closing + "\n")


def test_a_channel_named_without_trouble_or_a_request_is_a_sign_up():
    assert "ENG001" in codes("", _BUILD + "We posted the logs in the forum last week.\n")


@pytest.mark.parametrize(
    "text",
    [
        "Can't decide between the two fabrics for the curtains: linen or velvet.",
        "I'm torn between the coast path and the hills for Sunday.",
        "If you knit one, I'd love to see a photo.",
        "The beta is open. Please report anything that seems wrong on the tracker.",
    ],
)
def test_a_dilemma_a_wish_to_see_and_trouble_described_at_length(text):
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "I couldn't decide between them, so I bought both.",
        "We'd love to see the council act on the potholes.",
    ],
)
def test_their_past_and_civic_lookalikes(text):
    assert "ENG101" in blurb(text)


def test_agreeing_in_lower_case_is_not_an_unmarked_question():
    assert "ENG101" in blurb("love this little cafe. so do i", "x")


@pytest.mark.parametrize(
    "closing",
    [
        "The beta is on the download page. Try it on your own site and shout if anything breaks.",
        "If you have a case we missed, describe it in the discussion thread.",
        "For anything the guide leaves out, our forum is the best place to ask.",
        "Speak up if the new times don't suit you.",
    ],
)
def test_a_shout_a_place_to_ask_and_a_case_to_describe(closing):
    assert "ENG001" not in codes("", _BUILD + closing + "\n")


@pytest.mark.parametrize(
    "closing",
    [
        "The children shout when the bell rings, and the day begins.",
        "The library is the best place to study on a wet afternoon.",
        "She described it in the spring newsletter.",
        "Would I run it this way again? Without hesitation.",
    ],
)
def test_the_same_verbs_in_a_story_and_a_question_answered_in_an_idiom(closing):
    assert "ENG001" in codes("", _BUILD + closing + "\n")


# Fifth round: requests in the register of digests and project news ---------------


@pytest.mark.parametrize(
    "closing",
    [
        # a request in the passive: what readers send, and where it should go
        "Feedback should be shared in the discussion thread on the tracker.",
        "Questions about the new timetable can be sent to the committee.",
        "Corrections may be submitted through the form on the site.",
        "Bug reports and patches are best posted on the tracker.",
        # two verbs sharing one object
        "Edit or comment on the draft agenda before Friday.",
        "Fork and open a pull request with your station's data.",
        "Review or comment on the open pull requests for the next release.",
        "Read and comment on the proposal in the forum.",
    ],
)
def test_passive_requests_and_two_verbs_sharing_one_object_invite(closing):
    assert "ENG001" not in codes("", _BUILD + closing + "\n")


@pytest.mark.parametrize(
    "closing",
    [
        "Feedback was shared with the board last week.",
        "Comments should be short and kind, as the moderators remind everyone.",
        "Questions can be hard to answer when the logs are gone.",
        "Maintainers and reviewers comment on every pull request within a day.",
        "We fixed the cache and filed an issue upstream.",
    ],
)
def test_the_same_words_as_reports_of_what_happened_are_broadcast(closing):
    assert "ENG001" in codes("", _BUILD + closing + "\n")


@pytest.mark.parametrize(
    "closing",
    [
        "If you would like to speak in the autumn, please respond to our call for talks.",
        "Please respond to our [call for papers][cfp] by the end of June.",
        "We invite you take part in a short questionnaire about the build times.",
        "Please complete this brief 'contributor experience' form.",
        "It's time for our yearly user survey, and we are counting on you.",
        "If you can spare an evening, please connect with the docs team on our chat.",
        "Please showcase what you've built in our gallery of examples.",
        "You can show off what you're working on in the community thread.",
    ],
)
def test_calls_forms_surveys_teams_and_showcases_invite(closing):
    assert "ENG001" not in codes("", _BUILD + closing + "\n")


@pytest.mark.parametrize(
    "closing",
    [
        "Please complete the registration form to book a place.",
        "Connect with us on every platform for the latest news.",
        "The council took part in the survey last year.",
        "It is time for the survey results, which are below.",
        "Our call for papers closed in March with forty entries.",
    ],
)
def test_sign_ups_follows_and_reports_of_surveys_are_broadcast(closing):
    assert "ENG001" in codes("", _BUILD + closing + "\n")


@pytest.mark.parametrize(
    "closing",
    [
        "We now have a better answer here, and it composes well with the old code.",
        "Maybe I'll change my mind and keep the old machine after all.",
        "We might change our plans, but I'll change my mind only if the cache breaks again.",
        "I am curious about most things, and that is why I moved the build.",
        "I'm curious by nature, so I read the whole log.",
        "There was a short reply here from the vendor, which settled it.",
    ],
)
def test_request_words_used_as_nouns_or_for_the_authors_own_doing_are_broadcast(closing):
    assert "ENG001" in codes("", _BUILD + closing + "\n")


@pytest.mark.parametrize(
    "closing",
    [
        "Tabs beat spaces for build files. Change my mind.",
        "Please answer here with the day that suits you.",
        "I'm curious about your own build times.",
        "We look forward to hearing from you!",
    ],
)
def test_the_same_words_as_requests_still_invite(closing):
    assert "ENG001" not in codes("", _BUILD + closing + "\n")


# Fifth round: questions the text answers or uses as a hook -------------------------


@pytest.mark.parametrize(
    "question, answer",
    [
        ("Can you spot the mistake in the script?", "The loop never resets its counter."),
        ("Could you guess what broke first?", "The disk filled up with old logs."),
        ("Can you see why the test hangs?", "It waits for a socket nobody opens."),
        ("So, can you tell which line is slow?", "Line twelve reads the whole file twice."),
    ],
)
def test_a_puzzle_the_next_paragraph_solves_is_answered(question, answer):
    assert "ENG001" in codes("", f"{_BUILD}{question}\n\n{answer}\n")


@pytest.mark.parametrize(
    "text",
    [
        "Can you spot the heron in this photo?",
        "Could you tell which loaf is the sourdough?\n\nI honestly can't any more.",
    ],
)
def test_a_puzzle_left_to_the_reader_still_asks(text):
    assert "ENG101" not in thread(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ever lost a morning to a broken cache? Not any more. The new build keeps a spare.",
        "Ever had a loaf collapse in the oven? Our new tins stop that.",
        "Ever been stuck behind a tractor on the lane? The bypass opens on Monday.",
        "Ever caught yourself humming the jingle? Blame our choir, who recorded it.",
    ],
)
def test_an_elliptical_ever_question_before_the_pitch_is_a_hook(text):
    assert "ENG101" in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ever tried the new bakery on Mill Lane? Tell me what to order.",
        "Have you ever lost your keys in the snow? How did you find them?",
    ],
)
def test_an_ever_question_left_open_still_asks(text):
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "A new poster for the spring fair, what do you think? Check out the sketches below!",
        "Finished the garden bench at last, what do y'all think? See the photos here.",
        "We redrew the logo, what would you say? Read the story behind it on the blog.",
        "The new route is live, so what do you all think? Download the map here.",
    ],
)
def test_asking_for_the_readers_view_before_a_link_still_asks(text):
    assert "ENG101" not in blurb(text, "x")


@pytest.mark.parametrize(
    "text",
    [
        "Need a new poster for your fair? Check out our designs below!",
        "Want to hear the new single? Download it here.",
    ],
)
def test_a_hook_before_a_link_is_still_broadcast(text):
    assert "ENG101" in blurb(text, "x")


def test_a_guess_after_a_question_to_an_account_is_not_a_pitch():
    text = "Will you keep the late opening on Fridays @citylibraries? If so it seems worth joining."
    assert "ENG101" not in blurb(text, "x")
    assert "ENG101" in blurb("Want to read more? If so, this guide is for you.", "x")


# Fifth round: quotation marks curled on one side only ----------------------------


@pytest.mark.parametrize(
    "closing",
    [
        'When a neighbour asks for help, say "Tell me what the garden needs. What have you '
        "tried so far?\u201d and then listen.",
        'Next time, ask the client \u201cWhat would a good week look like? Tell me about it." '
        "That opens the talk.",
        'A good tutor starts with "Show me your last essay. Which part was hardest?\u201d '
        "before giving advice.",
        "The guide suggests opening with \u201cHow did the last build go? Let me know what "
        'broke." when you meet a new team.',
    ],
)
def test_questions_and_requests_inside_half_curled_quotes_are_quoted(closing):
    assert "ENG001" in codes("", _BUILD + closing + "\n")


@pytest.mark.parametrize(
    "closing",
    [
        'We call it the "spare" machine. Which one would you keep?',
        "The \u201cquick\u201d fix took a day. How long did yours take?",
    ],
)
def test_a_question_after_a_closed_quotation_still_asks(closing):
    assert "ENG001" not in codes("", _BUILD + closing + "\n")


# A question that is the title of the page its URL names --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our next guest is a beekeeper. 🐝 What do urban bees eat? "
        "https://example.org/talks/what-do-urban-bees-eat",
        "📣 New talk! Why are ferries always late? https://example.org/v/why-ferries-are-late",
    ],
)
def test_a_question_spelled_by_the_url_after_it_is_that_pages_title(text):
    assert "ENG101" in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        # addressed to the reader: asked, whatever the link is called
        "Spring is here at last. What do you feed bees in March? "
        "https://example.org/feeding-bees-in-march",
        # the URL shares too little with the question
        "Spring is here at last. What do urban bees eat in a cold spring? https://example.org/bees",
    ],
)
def test_a_question_beside_an_unrelated_or_addressed_link_still_asks(text):
    assert "ENG101" not in blurb(text)


# Exclamations phrased as questions ---------------------------------------------------


@pytest.mark.parametrize("text", ["Can you imagine?", "Have you noticed?"])
def test_a_bare_exclamation_phrased_as_a_question_is_a_figure_when_more_follows(text):
    assert "ENG101" in blurb(f"The pier flooded twice this week. {text} The gulls loved it.")
    # left at the end, it waits for the reader like any question
    assert "ENG101" not in blurb(f"The pier flooded twice this week. {text}")


# A question in a text that opens by addressing an account --------------------------


def test_a_question_after_greeting_an_account_is_asked_of_it():
    assert "ENG101" not in blurb("@citybuses hi. Does the 12 still stop at the market today?")


@pytest.mark.parametrize(
    "text",
    [
        "@TownCouncil announced new bins today. So what is changing? Collections move to Monday.",
        "@ana_bakes sent me her recipe. Why does rye need a starter? It feeds the yeast.",
    ],
)
def test_an_account_named_as_the_subject_does_not_address_the_question(text):
    assert "ENG101" in blurb(text)


# Negative questions that praise and wait for agreement --------------------------------


@pytest.mark.parametrize(
    "text",
    ["The orchard is in bloom. Aren't the pear trees lovely?", "Doesn't a picnic sound fun?"],
)
def test_an_agreement_question_left_at_the_end_asks(text):
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Aren't the pear trees lovely? We planted them in 1998.",  # followed by more: a figure
        "The bus was late again. Wasn't once enough?",  # disbelief, not praise
        "Wouldn't it be nice if the council mended the bridge for once?",  # a jibe
        "Isn't it great when the lift breaks again?",  # sarcasm
    ],
)
def test_an_agreement_question_followed_by_more_or_a_complaint_does_not(text):
    assert "ENG101" in blurb(text)


def test_prose_after_a_layout_elements_closing_tag_is_read():
    """Markdown opens an HTML block at "</div>", and the paragraph after it lands in
    the block; its text is still the author's."""
    body = (
        "The new map is up.\n\n"
        '<div class="note">\n\nPrinted copies are at the library.\n\n'
        "</div>If your street is missing, let me know how you get on.\n"
    )
    assert "ENG001" not in codes("", body)
    assert "ENG001" in codes("", body.replace("let me know how you get on", "we will add it"))
    # inline markup in that paragraph does not cut it short
    emphasised = body.replace("let me know", "<em>please</em> let me know")
    assert "ENG001" not in codes("", emphasised)


def test_a_footer_after_the_last_closing_tag_is_not_prose():
    assert htmltext.paragraphs("</div></div>© 2024 The Allotment Society") == []


# Sixth round: read from unlabelled real posts the linter flagged -------------------


@pytest.mark.parametrize(
    "text",
    [
        "If you spot a typo, plz contact me so I can fix it.",
        "Please use our chat room to keep us up to date with what you find!",
        "If you have ideas for the route, feel free to share (by email is fine).",
        "Please feel free to suggest new stops for the bus map.",
        "If the map is wrong for your street, try contacting me on the forum.",
        "Please send your name and a short abstract to talks at example.org.",
        "We are ready to review your pull requests.",
        "If you can lend a hand, please get in contact with the office.",
        "If you see a mistake, please use the email link below.",
        "If anyone reading this would like the spare seeds let me know",
        "If anyone would like it let me know",
        "You are invited to share your thoughts on the club's blog.",
        "If you have questions, find me on Mastodon.",
    ],
)
def test_requests_in_the_words_of_real_posts_the_linter_flagged(text):
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "If you liked this post, feel free to share.",  # spread it: not a reply
        "These results suggest a new approach to the timetable.",
        "Please send the invoices to the office.",
        "Everyone should be invited to tell stories about their town.",  # a view, not a plea
        "If you think it works, we are happy.",
        "I'll try contacting them again on Monday.",
        "The newsletter keeps us posted on road works.",
    ],
)
def test_the_same_words_as_advice_views_or_reports_ask_for_nothing(text):
    assert "ENG101" in blurb(text)


def test_bold_notices_and_italic_captions_do_not_make_an_interview():
    """Prompts of an interview are asked; notices in bold and captions in italics
    that only address "you" are the author's own, so the closing request counts."""
    levels = "".join(
        f"Level {n}: {n * 10} pounds\n_Perk: a thank-you to you in episode {n}._\n\n"
        for n in range(1, 5)
    )
    body = (
        "Our podcast needs a new home.\n\n**We are asking for your help.**\n\n"
        "The old network closed.\n\n**We can thank you on air for your support.**\n\n"
        + levels
        + "Please reach out to the editors with any questions.\n"
    )
    assert "ENG001" not in codes("", body)
    assert "ENG001" in codes("", body.replace("Please reach out to the editors", "Write"))


def test_a_question_labelled_for_discussion_asks_even_early_in_a_post():
    body = (
        "## Seeds\n\nWe sowed beans in March and peas in April.\n\n"
        "- **Discuss**: which crop would you sow first next spring?\n\n"
        "## Harvest\n\nThe beans came up first. The peas sulked.\n\n"
        "## Next\n\nNext month we prune the orchard.\n"
    )
    assert "ENG001" not in codes("", body)
    # the same place without the label: a question the next section answers
    plain = body.replace(
        "- **Discuss**: which crop would you sow first next spring?", "- Which came up first?"
    )
    assert "ENG001" in codes("", plain)


@pytest.mark.parametrize(
    "text",
    [
        "Since the talk, recruiters message me about the project every week.",
        "It was lovely having neighbours ping me with photos of the flood.",
        "In the comments, Sam raised a good point about the bus lane.",
        "If you like the first book, the shop's website can recommend me the sequel.",
        "I decided to frame one old photo a week and share a story about it.",
        "After reading a long complaint in the comments on the council's page, I gave up.",
        "Reading Sam's comment here, we see the plan is not settled.",
        "Nobody knew, so I just asked and some old hand will chime in eventually.",
        "We scan the old maps, and add the street names by hand.",
        "It rained all week and I'm curious.",
        "There are plenty of things I'm curious about.",
        "It's late, and I'm wondering if my knee has started to mend.",
        "Enough about the shed, let's talk tomatoes.",
        "Be open to feedback from your team.",
        "Get fluent with your favourite editor first.",
        "When you review a colleague, suggest a specific goal for next year.",
    ],
)
def test_the_words_of_a_request_narrated_in_a_story_ask_for_nothing(text):
    assert "ENG101" in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Your best tip in the comments, please.",
        "I hope you share your story with the club.",
        "We hope you like it, and add your name to the list.",
        "Try the beta, and report any bugs.",
        "Anyone else grown these? I'm really curious.",
        "I'm curious what you think of the new layout.",
        "Let's talk about your garden plans!",
        "We're always open to feedback on the timetable.",
    ],
)
def test_the_same_words_said_to_the_reader_still_ask(text):
    assert "ENG101" not in blurb(text)


# Seventh round: the classes behind fresh5's misses, in our own words ---------------


@pytest.mark.parametrize(
    "text",
    [
        "If you have any news from the village, post it there, maybe it will run next week.",
        "I hope you found it useful but let me know if you have any questions.",
        "Please use our Spring Fair Helpers Sign Up Sheet Online Form to let us know your slot.",
        "If you have a stall in mind, please come and talk to us.",
        "If you have requests, questions, or ideas, we'd love to have you join our community!",
        "We are glad to see the map in use and welcome your ideas for the next edition.",
        "Questions? Contact Sam Reed, the club secretary.",
        "Did I miss any?",
    ],
)
def test_requests_of_the_kinds_fresh5_showed(text):
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reach out to your peers and ask for more responsibility.",
        "Bluesky is a nice place to share your thoughts with the world.",
        "The job is to turn events into something you can ask questions of.",
        "You should contact your bank.",
    ],
)
def test_advice_and_descriptions_with_the_same_words(text):
    assert "ENG101" in blurb(text)


def test_a_question_that_ends_a_paragraph_of_news_is_no_hook_for_the_next():
    body = (
        "## This week\n\nThe app has a new colour scheme. Did it change your mind about the app?"
        "\n\n"
        "Download the new build from the store today.\n"
    )
    assert "ENG001" not in codes("", body)
    # the same question opening its own paragraph leads into the pitch after it
    hook = body.replace("The app has a new colour scheme. Did", "Did")
    assert "ENG001" in codes("", hook)


def test_a_question_to_the_reader_that_closes_its_section_asks():
    body = (
        "## Meet the members\n\nAna runs the repair table. Bo fixes bikes.\n\n"
        "What brought you to the club?\n\n## Dates\n\n- 4 May: plant sale\n- 9 June: picnic\n"
    )
    assert "ENG001" not in codes("", body)
    # a question that leads into the next section is the author's own
    assert "ENG001" in codes("", body.replace("What brought you to the club?", "So what do we do?"))


def test_an_open_condition_over_a_list_of_channels_asks():
    body = (
        "The new release is out.\n\nIf you have any questions:\n\n"
        "- Join the #help channel on our chat\n- Visit the mailing list\n\nEnjoy!\n"
    )
    assert "ENG001" not in codes("", body)
    assert "ENG001" in codes("", body.replace("If you have any questions:", "Our links:"))


@pytest.mark.parametrize(
    "text",
    [
        "Part two comes next week. Any questions?",
        "We're looking forward to having your feedback and hearing your ideas.",
        "If you would like something changed, please do add your ideas to the planning thread.",
        "This is a first draft and comments are appreciated.",
    ],
)
def test_closing_invitations_in_the_words_of_unlabelled_posts(text):
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "There are so many ways to share your photos these days.",
        "Ask them what went wrong, then fix your own notes.",
        "The gate opens at 8:30, so please do not drop your child off before then.",
        "I don't want anyone else to tell me which charity to pick.",
        "If you wanted a new bus stop you would just send a petition to the council…",
        "Or you may vote in the primary, where the choice is narrower.",
        "The tools and skills to share your work take time to learn.",
        "Hopefully, I will try to get in touch with them about the archive.",
        "Go",
    ],
)
def test_requests_turned_down_hypothetical_or_for_someone_else_ask_for_nothing(text):
    assert "ENG101" in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please don't hesitate to contact us.",
        "If you need help just ask in the chat.",
        "Vote in our poll below!",
        "What song is stuck in your head this week? Go!",
    ],
)
def test_the_same_requests_made_to_the_reader_still_ask(text):
    assert "ENG101" not in blurb(text)


def test_a_tag_question_that_leads_into_a_pitch_is_a_hook():
    assert "ENG101" in blurb(
        "Our bread is the best in town, right? Order a loaf today at the bakery."
    )
    assert "ENG101" in blurb(
        "Knitting is great, right? If you are looking to learn more, take our spring course."
    )


@pytest.mark.parametrize(
    "text, asks",
    [
        ("Drop a cool photo of your allotment in the replies.", True),
        ("Contribute to the roof fundraiser by sending a cheque to the hall.", False),
    ],
)
def test_photos_asked_for_and_money_asked_for(text, asks):
    assert ("ENG101" not in blurb(text)) is asks


def test_a_tweet_cut_by_its_line_in_a_json_archive_is_its_text():
    from benchmarks.realworld import cut_text

    raw = '[\n  {\n    "full_text" : "Hiring! If interested, \\"let me know\\" below",\n  }\n]\n'
    text, _ = cut_text(raw, "data/tweets.js", {"lines": [3, 3]})
    assert text == 'Hiring! If interested, "let me know" below'
    other, _ = cut_text(raw, "data/tweets.js", {"lines": [2, 3]})  # not only text fields
    assert other.startswith("  {")


# Eighth round: the classes behind fresh7's misses, in our own words ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Please stay aware of neighbours in need and just contact the society if we can help.",
        "If you would like to join us, please do not hesitate to chat with any of us at the stall.",
        "If you have ideas for a group to visit, please provide their details to the staff.",
        "Just start a new topic in the help stream.",
        "Hiring, so if interested in the role let me know",
        "So if you have any questions about the map, don't hesitate!",
    ],
)
def test_requests_of_the_kinds_fresh7_showed(text):
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "I never knew that, by filling in a little form, I could borrow any book.",
        "You can add articles, manage comments and schedule posts from one page.",
        "Write to them genuinely, and by hand.",
        "Email desk@example.org to be added to the weekly list.",
    ],
)
def test_sign_ups_feature_lists_and_letters_to_others_ask_for_nothing(text):
    assert "ENG101" in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please post your updates below and questions to the list.",
        "If you meet anyone in need, please do not hesitate to contact your local branch.",
        "Got questions? Use the comments below.",
    ],
)
def test_more_closing_requests_from_unlabelled_posts(text):
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text, asks",
    [
        ("You could bake it yourself, but why would you?", False),
        ("Why would you not want a skill that speeds up every other skill?", False),
        ("What could be more fun than a free day at the beach?", False),
        ("Why would you pick the blue tiles over the green?", True),
        ("Do you think it is really the rain or the wind that ruins the beans?", True),
    ],
)
def test_questions_whose_answer_is_implied_do_not_ask(text, asks):
    assert ("ENG101" not in blurb(text)) is asks


# Ninth round: the classes behind fresh9's misses, in our own words ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Please let Sam or a member of the committee know if you can help.",
        "If there is anything to discuss, now is the time to inform us.",
        "If you know more about these old maps, please share!",
        "If you can help build the app, send me an email!",
        "This only scratches the surface; feel free to ask more if interested!",
        "If you have any feedback, let them know on the thread.",
        "If you have any questions, please open a thread in the forum.",
        "Honestly, I'm just a phone call away.",
    ],
)
def test_requests_of_the_kinds_fresh9_showed(text):
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "How likely are name clashes with ten package managers anyway?",
        "Five in seven years, so I guess I can't buy more than six by 2033?",
        "It took months, but now that I'm there, it's time to report back.",
        "They let everyone know on Monday.",
    ],
)
def test_musing_and_the_authors_own_report_ask_for_nothing(text):
    assert "ENG101" in blurb(text)


# Found by reading the requests the linter found in 7,783 unlabelled real posts ---------
# (a corpus of sentences from the snapshots the real sets may use; none of it is here)


@pytest.mark.parametrize(
    "text",
    [
        "First, let's talk about the ferry timetable.",
        "So let's talk business.",
        "I'm excited to share some lessons from the rebuild.",
        "Here is a short guide to set up a guest account and share your screen with it.",
        "The weekend is a friendly meetup for gardeners to swap seeds and share ideas.",
        "Thanks for taking the time to share your story with the class, Priya.",
        "- Add thread safety to the random module (#412)",
        "Chore: add a changelog link to issue templates (#88)",
        "Walking outdoors and not in close contact with others, the risk stays low.",
        "The code is on GitHub (give us a star!).",
        "The bot needs to send us a message at a public address.",
    ],
)
def test_what_the_author_does_or_describes_is_not_a_request(text):
    assert not _request(text)
    assert "ENG101" in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Let's talk about your plans for the allotment!",
        "Let's chat on Mastodon.",
        "Don't miss this chance to tell us what the library should stock.",
        "Feel free to share your photos from the day.",
        "Want to share your story? The form is open all month.",
        "Click the link to share your memories of the old mill.",
        "Please take a minute to share your thoughts.",
        "We'd love for you to add your map to the list by sending a pull request.",
        "Please keep it going by adding reviews and comments to online conversations.",
    ],
)
def test_requests_through_an_infinitive_or_a_channel_still_ask(text):
    assert _request(text)


# Found by a review of the round's entries, with sentences of its own ----------------


@pytest.mark.parametrize(
    "text",
    [
        "If the link breaks let me know.",
        "When the parcel arrives drop me a message.",
        "Once it arrives send me a photo!",
        "Regardless, let me know what you decide.",
        "Nevertheless let us know if you're coming.",
        "Students should email me their questions before Friday.",
        "You don't need an account to leave a comment.",
        "Use this thread as a place to share your wins this week.",
        "Here's a spot to drop your questions for Friday's session.",
        "Let Mrs Patel know by Thursday if your child needs a packed lunch.",
        "Let your group leader know if you can't make it.",
        "I'm curious what everyone thinks of our new banner.",
        "I'm wondering if anyone has tips for my first half marathon.",
    ],
)
def test_requests_with_a_condition_a_designated_place_or_a_named_contact_ask(text):
    assert _request(text)


@pytest.mark.parametrize(
    "text",
    [
        "In an emergency, contact the police.",
        "If your flight is cancelled, contact the airline.",
        "Don't hesitate to call 999 if someone is hurt.",
        "Don't hesitate to ask your pharmacist about side effects.",
        "Please reach out to the Samaritans if you are struggling.",
        "Please get in touch with your insurer before any repairs.",
        "Tip: let customers know early when an order is delayed.",
        "Let Mum know you care with flowers from our shop.",
        "Please let your package maintainers know you've moved.",
        "We are one click away from launch.",
        "If it fixes an open issue, link to it in the description.",
        "If you have questions about visas, message the embassy on Twitter.",
        "For lost luggage, contact the airport desk.",
    ],
)
def test_requests_sent_to_someone_else_or_nouns_that_look_like_acts_ask_nothing(text):
    assert not _request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lovely day at the fair. More questions? See the FAQ page.",
        "Any questions? Read our guide at https://example.org/guide",
    ],
)
def test_a_bare_question_that_points_away_is_a_hook(text):
    assert "ENG101" in blurb(text)


def test_a_bare_question_followed_by_a_request_still_asks():
    assert "ENG101" not in blurb("Any questions? Just reply to this post.")


def test_an_advisory_question_answered_by_the_next_section_is_the_texts_own():
    body = (
        "We tested five tents on the moors this summer.\n\n"
        "Which tent should you buy?\n\n## Our verdict\n\nThe green one: it stayed dry.\n"
    )
    assert "ENG001" in codes("", body)
    assert "ENG001" not in codes("", body.replace("should you buy", "do you take camping"))


def test_an_advisory_question_before_a_heading_is_the_texts_own():
    body = (
        "We tried five rucksacks on the fells this summer, in rain and in sun.\n\n"
        "Which rucksack should you buy?\n\n"
        "## Our pick\n\nThe grey one, for its pockets and its straps.\n\n"
        "## The rest\n\nAll of them were fine for a day out.\n"
    )
    assert "ENG001" in codes("", body)
    asking = body.replace("Which rucksack should you buy?", "Which rucksack do you carry?")
    assert "ENG001" not in codes("", asking)


# Found by reading cue sentences the linter did not count, in the same corpus ---------


@pytest.mark.parametrize(
    "text",
    [
        "If we got a date wrong, reply to this email and let us know!",
        "Find us on the forum, or post a proposal and tell us what you need.",
        "I want to hear what recipes you would like next.",
        "If you can help, please fill in this form to let us know which days suit you.",
        "Visiting the lonely is one of our aims, so just reach out if you think we can help.",
        "Your feedback is needed on the new timetable!",
        "Critical feedback by people who run the service is welcome.",
        "It's a rough draft, but it's time to ask for feedback and ideas.",
        "We're seeking comments on the new charter until Friday.",
    ],
)
def test_requests_joined_to_an_imperative_or_put_in_the_passive_ask(text):
    assert _request(text)
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "I want to know how the story ends.",
        "Feedback from the council was welcome news.",
        "We tried the beta and let it run overnight.",
    ],
)
def test_wanting_to_know_and_welcome_news_ask_nothing(text):
    assert not _request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Members should email the secretary with any questions.",
        "Anyone can comment on the draft until the end of May.",
        "Parishioners should let the office know about a change of address.",
        "Volunteers are asked to reply to this email with the days that suit them.",
    ],
)
def test_the_audience_told_what_it_may_or_should_do_is_asked(text):
    assert _request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Users can now reply to messages from the app.",
        "All members must vote for or against the motion.",
    ],
)
def test_features_and_rules_for_others_ask_nothing(text):
    assert not _request(text)


@pytest.mark.parametrize(
    "text",
    [
        "I own a printer already. Why would I pay for the one at the library?",
        "The old phone still works. Why then, would I give it up?",
        "It was all a blur. What am I even saying?",
    ],
)
def test_disbelief_at_oneself_and_implied_answers_do_not_ask(text):
    assert "ENG101" in blurb(text)


def test_asking_the_reader_why_they_would_still_asks():
    assert "ENG101" not in blurb("Both are cheap. Why would you pick the red one?")


@pytest.mark.parametrize(
    "text",
    [
        "Do you keep bees? How do you start a hive? The garden club invites Sam Reed to "
        "share her first year of it. 12 May, 7pm https://example.org/bees",
        "Have you heard of seed libraries? The library is hosting Dr Rao to talk about "
        "them on Friday.",
    ],
)
def test_hook_questions_before_a_speaker_announcement_are_its_pitch(text):
    assert "ENG101" in blurb(text)


def test_a_question_before_a_speaker_still_asks_when_the_reader_is_asked_to_reply():
    text = "Do you keep bees? Tell us in the replies! The club invites Sam Reed to talk."
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Share your screen during the call with the green button.",
        "To grow the team, make introductions and share your network.",
        "Put your name down here to reserve a place.",
        "Leave your shoes here at the door, please.",
    ],
)
def test_sharing_or_leaving_things_that_are_not_a_reply_asks_nothing(text):
    assert not _request(text)


@pytest.mark.parametrize("text", ["Drop your best tips below!", "Please post your photos here."])
def test_leaving_a_reply_below_still_asks(text):
    assert _request(text)


def test_where_can_i_find_out_more_is_the_faqs_own_question():
    assert "ENG101" in blurb("Where can I find out more? More information is on the wiki page.")
    assert "ENG101" not in blurb("We need a spot for the bench. Where can we put it?")


def test_a_choice_offered_after_so_is_asked():
    assert "ENG101" not in blurb("So who wins tonight, Leeds or York?")
    assert "ENG101" in blurb("So why does it matter? Because the river floods every spring.")
    assert "ENG101" in blurb("So is this the end of print, or a pause? Sales rose last year.")


def test_a_one_word_comment_after_a_question_to_an_account_is_no_answer():
    assert "ENG101" not in blurb("@sam did you catch the match last night? Unreal.")
    assert "ENG101" in blurb("Did the new fuse work? Nope.")


def test_a_linkedin_export_with_windows_line_ends_is_unwrapped_too():
    from benchmarks.realworld import cut_text

    record = (
        "Date,ShareLink,ShareCommentary\r\n"
        '2020-05-11,https://example.org/1,"We tried the new rota this month.""\r\n'
        '""""\r\n'
        '""What do you think?""\r\n'
        '""""\r\n'
        '""#rota",\r\n'
    )
    text, _ = cut_text(record, "Shares.csv", {"lines": [2, 6]})
    assert '"' not in text
    assert text.splitlines()[-3] == "What do you think?"
    assert "ENG101" not in thread(text, "linkedin")


def test_a_toot_cut_by_its_line_from_an_outbox_is_read_without_its_html():
    from benchmarks.realworld import cut_text

    raw = '{\n  "content": "<p>New trail map is up.</p><p>Which loop do you walk?</p>",\n}\n'
    text, _ = cut_text(raw, "outbox.json", {"lines": [2, 2]})
    assert text == "New trail map is up.\n\nWhich loop do you walk?"


def test_an_interview_whose_prompts_are_orders_answered_in_the_first_person():
    body = (
        "This month we met Ana, who runs the repair café.\n\n"
        "**Tell us about yourself.**\n\nI grew up fixing bikes with my brothers.\n\n"
        "**Describe a typical Saturday.**\n\nI make tea and twenty people bring lamps.\n\n"
        "**Tell us what you need most.**\n\nWe need volunteers. Get in touch with me at the café.\n\n"
        "**And your favourite repair?**\n\nMy neighbour's radio from 1962.\n"
    )
    assert "ENG001" in codes("", body)
    form = (
        "We are putting together a page of members' projects.\n\n"
        "**Tell us about your project.**\n\n**Describe what you built.**\n\n"
        "**Share a photo if you have one.**\n\nWe will add them all by June.\n"
    )
    assert "ENG001" not in codes("", form)


# Found in fresh14 (spent after its first look) -------------------------------------


def test_a_tag_question_is_a_hook_only_when_its_pitch_follows_in_the_same_paragraph():
    body = (
        "I lost my focus this winter, and the one thing I want back is focus. Ironic, no?\n\n"
        "Here's what I'm trying this year: no phone before eight.\n"
    )
    assert "ENG001" not in codes("", body)
    assert "ENG101" not in blurb("Spicy topic, right? I haven't used the new code editor much.")
    assert "ENG101" in blurb("Our planner is great, right? Order yours today for 20% off.")


def test_a_question_to_a_greeted_account_is_asked_even_before_a_link():
    assert "ENG101" not in blurb("Hey @trainline can you fix this map on mobile? https://t.co/x")


def test_asking_for_suggestions_by_name_asks_for_advice():
    text = "Suggestions for labelling the wall sockets? (Printable sheets would be ideal.)"
    assert "ENG101" not in blurb(text)


def test_whats_the_point_put_to_an_account_is_a_grievance():
    text = "Hey @waterboard what's the point of a meter reading if you ignore it? Bill is wrong."
    assert "ENG101" in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Only then can you start a discussion about what the team needs.",
        "Just reach out to any of the friendly members on the app.",
        "You can look up the average salary or reach out to fellow app members.",
    ],
)
def test_a_stated_consequence_and_a_network_of_others_ask_nothing(text):
    assert not _request(text)


def test_a_table_cell_of_prose_on_an_old_site_is_read():
    body = (
        "Notes on porting the library.\n\n"
        "<table>\n<tr><th>Threads</th></tr>\n<tr><td>\n"
        "The cache lives in the process, so a forked server cannot share it with its "
        "children. A file or shared memory cache has to be written for that case. "
        "Please contact us if you need help with it.\n</td></tr>\n</table>\n"
    )
    assert "ENG001" not in codes("", body)
    layout = body.replace("Please contact us if you need help with it.", "It is not hard.")
    assert "ENG001" in codes("", layout)
    cells = "Scores.\n\n<table>\n<tr><td>Contact us</td><td>42</td></tr>\n</table>\n"
    assert "ENG001" in codes("", cells)  # a cell of a few words is not a paragraph


def test_the_question_the_post_was_written_to_answer_is_its_own():
    body = (
        "We run a food bank on Tuesdays.\n\n"
        "A question we are often asked is, why Tuesdays?\n\n"
        "The hall is free that day, and the van comes back from the depot on Monday night.\n"
    )
    assert "ENG001" in codes("", body)


def test_a_reminder_of_the_texts_own_earlier_part_asks_nothing():
    text = "Remember the rule we set up earlier? It now runs on every save."
    assert "ENG101" in blurb(text)
    assert "ENG101" not in blurb("Remember your first bike?")


@pytest.mark.parametrize(
    "text",
    [
        "Editing was a side job: I would occasionally weigh in on a headline.",
        "I don't normally weigh in on arguments between vendors.",
        "On every merge request we automatically comment with a checklist for the reviewer.",
        "The old mailing list had one flaw: you cannot reply by email.",
    ],
)
def test_the_author_doing_the_replying_or_a_reply_that_cannot_be_made_asks_nothing(text):
    assert "ENG101" in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "We look forward to hearing from you!",
        "We always welcome your feedback on the new timetable.",
        "If you spot a typo, please reply to this email.",
        "I'd love for you to weigh in on the name.",
    ],
)
def test_the_authors_wish_for_a_reply_still_asks(text):
    assert "ENG101" not in blurb(text)


def test_a_talk_asking_a_question_does_not_make_the_author_ask():
    body = (
        "The radio show last week was a chat between two bakers and a miller, asking the "
        "question of: how does a small bakery pay its way?\n\n"
        "These are my notes.\n\n"
        "- Bread pays for the shop and cakes pay for the staff.\n\n"
        "- Why now? Cheap electric ovens are giving small shops the chance to bake at "
        "scale. Buying local has become the norm.\n\n"
        "- Start with one loaf and one oven.\n"
    )
    assert "ENG001" in codes("", body)
    asking = body.replace("The radio show", "I'm asking you all").replace(
        "last week was a chat between two bakers and a miller, asking the question of", "this"
    )
    assert "ENG001" not in codes("", asking)


@pytest.mark.parametrize(
    "text",
    [
        "The club runs evening sessions to learn, share your recipes and meet other cooks.",
        "A friend dared me to try the new trail, give them feedback, and write it up.",
        "I'm going to rebuild the shed, share my progress, and tell you how it went.",
        "Now I'm wondering who else my change has broken.",
    ],
)
def test_a_list_item_shares_the_frame_of_its_first_verb(text):
    assert "ENG101" in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Feel free to try the beta, share your thoughts and tell us what breaks.",
        "We want you to learn, grow, share your story with us.",
        "If you want to help, share your notes with us.",
        "We wrote it to help, so share your notes with us.",
        "Head over to the forum, tell us what you think.",
        "I'm curious who else has tried the new timetable.",
    ],
)
def test_a_list_item_under_the_readers_frame_still_asks(text):
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks again: you used the survey form to share your feedback on the timetable.",
        "A big thank-you to everyone who took the time to write us a note last spring.",
        "Last year you generously came out to share your stories with the class.",
    ],
)
def test_what_readers_already_did_is_thanked_not_asked(text):
    assert "ENG101" in blurb(text)
    assert "ENG101" not in blurb("You are invited to share your stories with the class.")


@pytest.mark.parametrize(
    "text",
    [
        "Add a retry button to the issue page (#4120)",
        "Fix sorting in the wiki sidebar #88",
        "In this post I'll walk through the old design, look at what changed, and share some "
        "thoughts on what comes next.",
        "Today we will look back at the year and share some lessons we learned.",
        "Now we can say what the problem is, and propose a fix.",
    ],
)
def test_changelog_lines_and_the_authors_own_lists_ask_nothing(text):
    assert "ENG101" in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please comment on #88 with your ideas.",
        "We shipped the beta, so try it, and tell us what breaks.",
        "If you are curious, you are invited to join the chat room, and talk with us there.",
        "Read the notes to see what changed, and pick up an issue to help!",
    ],
)
def test_orders_in_a_list_still_ask(text):
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please call the front desk to book a room for your group.",
        "Just send us an email to set up an appointment.",
        "Contact the sales team to schedule a demo.",
    ],
)
def test_getting_in_touch_to_book_or_buy_is_no_reply(text):
    assert "ENG101" in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Keen to write a guest post? Reach out to the editors to get started!",
        "Email us to tell us which dates suit you.",
    ],
)
def test_getting_in_touch_to_contribute_still_asks(text):
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wait, the bakery on the corner sells ramen now?",
        "Our neighbour just called the shed a villa. Um, what?",
        "Third bus cancelled this morning, wtf?",
        "Why am I still awake at this hour?",
        "Ugh, why can't I ever remember where I parked?",
        "When will I ever learn to pack light?",
    ],
)
def test_disbelief_and_questions_to_oneself_ask_nothing(text):
    assert "ENG101" in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wait, are you coming to the market on Saturday?",
        "Ugh, what should I cook for ten people tonight?",
        "Why do you keep bees?",
        "Why is the old bridge painted green?",
        "Who's coming to the pub quiz tonight? I missed the last one and need a team.",
    ],
)
def test_a_question_after_an_interjection_or_about_the_world_still_asks(text):
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tea is in the church hall after the service: just ask if you can't find it!",
        "Not sure which bus to take? Feel free to ask.",
        "Raising funds for the tool library this month. Questions? I'm happy to explain more.",
    ],
)
def test_leaving_the_reader_to_ask_or_offering_to_answer_asks(text):
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Be honest. Saying no is kinder than a maybe that never comes.",
        "Why a second hall, you might well ask. The first one floods.",
        "What happens when you mix a bike shop with a café? We're finding out this summer.",
        "Some goats have little flaps on their necks. What are they for? Nobody knows.",
    ],
)
def test_advice_voiced_questions_and_answers_of_ignorance_ask_nothing(text):
    assert "ENG101" in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "If you've always wanted to tell the story of your street, now is the time.",
        "The consultation is open: this is your chance to tell us what the park needs.",
        "Now is a good time to share your ideas for the summer fair.",
    ],
)
def test_a_chance_given_to_reply_is_a_request(text):
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "If you've always wanted to sell your old bike, now is the time.",
        "This is a great time to tell you about our new hall.",
    ],
)
def test_a_chance_to_do_something_else_is_no_request(text):
    assert "ENG101" in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "If you have a suggestion, please post it in the #events or #help-desk channels of our Discord.",
        "If you have an idea, drop it in #ideas.",
        "We are now asking you to submit photographs of the village for the calendar.",
    ],
)
def test_a_channel_by_name_a_singular_condition_and_asking_you_to_submit_ask(text):
    assert "ENG101" not in blurb(text)


def test_an_example_brought_in_with_take_does_not_make_a_tag_question_a_hook():
    text = "Put that way, it sounds fair, doesn't it? Take school dinners. Everyone has a story."
    assert "ENG101" not in blurb(text)
    assert "ENG101" in blurb("Our new app is great, right? Take a look at the demo.")


@pytest.mark.parametrize(
    "text",
    [
        "The allotment committee invites expressions of interest from members to join it.",
        "Expressions of interest are welcome until Friday: write to the secretary.",
    ],
)
def test_a_call_for_expressions_of_interest_asks(text):
    assert "ENG101" not in blurb(text)


def test_a_question_before_the_dots_that_set_hashtags_apart_still_asks():
    assert "ENG101" not in blurb("Finished a new stool today. Any name ideas? . . . #woodwork #diy")
    assert "ENG101" not in thread("Finished a new stool today.\n\nAny name ideas? .\n.\n#woodwork")
    assert "ENG101" in blurb("Finished a new stool today. . . . #woodwork #diy")


def test_did_you_guys_know_is_a_figure_of_speech():
    assert "ENG101" in blurb(
        "Did you guys know that we bake all our own bread? Every loaf, every day."
    )


def test_a_condition_with_a_date_range_and_youll_still_asks():
    text = "I'll be at the fair this year. If you'll be there from June 3 - 5 let me know!"
    assert "ENG101" not in blurb(text)


def test_a_button_under_a_question_makes_it_a_hook():
    body = (
        "We set the tool up for you in a day. How much is a loyal customer worth to you?\n\n"
        "**[Start your journey today.](https://example.com/call)**\n"
    )
    assert {"ENG001", "ENG002"} <= codes("", body)
    # without the button the question is left for the reader
    assert "ENG001" not in codes("", body.split("\n\n")[0] + "\n")


def test_the_authors_need_for_the_readers_input_asks():
    text = "If you sang in the choir as a child, we could use your input in this short survey."
    assert "ENG101" not in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Contact management, deal tracking and more, all in one tool.",
        "Sales slow? You can reach out to your regular buyers and ask if they need more.",
        "For baby photos, hit me up with a friend request.",
    ],
)
def test_a_feature_name_the_readers_own_customers_and_a_friend_request_ask_nothing(text):
    assert "ENG101" in blurb(text)


def test_contacts_listed_after_a_colon_are_asked_for_and_a_bare_label_is_not():
    body = "Parents willing to help at the fair are encouraged to contact:\n\n- Jo, on 0123\n"
    assert "ENG001" not in codes("", body)
    assert "ENG001" in codes("", "Our stall opens at nine.\n\nContact: jo@example.org\n")


def test_i_know_right_agrees_with_oneself():
    assert "ENG101" in blurb("Twins and a puppy in one year. I know, right? Stay tuned.")


def test_table_cells_are_labels_and_data_not_sentences_to_the_reader():
    table = (
        "We counted the lines of each language.\n\n"
        "| Language | files | comment | code |\n| --- | --- | --- | --- |\n"
        "| C | 12 | 300 | 900 |\n\n"
        "| Does it build on Windows? | Yes |\n| --- | --- |\n| Reply to the list | Daily |\n"
    )
    assert "ENG001" in codes("", table)
    # the same words in a paragraph are the author's: a request and a question
    assert "ENG001" not in codes("", "We counted the lines. Comment below!\n")
    assert "ENG001" not in codes("", "We counted the lines. Does it build on Windows for you?\n")


def test_a_question_you_get_is_a_condition_and_a_tool_that_generates_comments_asks_nothing():
    assert _request("If you get any questions, feel free to ping Ana on the project chat.")
    assert not _request("If you get a parking ticket, the office will send it on.")
    assert not _request("Generate comments for each function with one flag.")
    assert _request("It would be great if you could generate feedback on the beta.")


def test_questions_the_next_sentence_calls_questions_asked_are_examples():
    body = (
        "## Checking in\n\nDoes the sketch match the data you have? Is anything missing?"
        " These are some of the questions I ask the team at every review.\n\n## Later\n\nMore.\n"
    )
    assert {"ENG001", "ENG002"} <= codes("", body)
    # without the label the same questions are asked of the reader, and the post asks
    assert "ENG001" not in codes("", body.replace(" These are some of", " Here are some of"))


def test_a_run_of_questions_to_the_reader_that_ends_its_section_asks():
    body = (
        "We support four databases now.\nWhich other databases do you use at work?"
        " Maybe a graph store?\n\n## How the backends work\n\nEach backend compiles queries.\n\n"
        "The planner picks one.\n\n## Speed\n\nQueries run fast.\n\nWe cache plans.\n"
    )
    assert "ENG001" not in codes("", body)
    # a run that goes on in prose before the heading answers itself
    assert "ENG001" in codes(
        "", body.replace("graph store?", "graph store? We picked two for next year.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "If you run into difficulties while upgrading, we encourage you to visit the upgrade"
        " discussion on GitHub.",
        "If you discover a bug, please file it on GitHub.",
        "Please consider filing an issue when something looks wrong.",
        "Consider adding your own recipe (or a link to it) in our community forum.",
        "Complete the sentence: the best day out on the coast is ____",
        "If in doubt ask or join us early on the night.",
        "If you let us know, we will gladly add them to the next newsletter.",
        "We would appreciate the membership's thoughts on how best to use the hall.",
        "Please bring ideas for fundraising to the meeting!",
    ],
)
def test_requests_of_projects_and_associations_in_their_own_forms_ask(text):
    assert _request(text)


@pytest.mark.parametrize(
    "text",
    [
        "We consider sharing your data a breach of trust.",
        "Add dark mode to the forum.",
        "If in doubt, ask yourself whether you need it.",
        "If you let us know late, it costs the club money.",
        "Prototype fast and bring your ideas to life.",
        "Complete the form to book a place.",
    ],
)
def test_the_same_words_that_ask_for_nothing_are_no_request(text):
    assert not _request(text)


def test_a_newsletter_pasted_into_pre_is_prose_and_code_in_pre_is_not():
    newsletter = (
        "<pre>\n\nReminders\n\n1. The yard waste pickup is on Monday. Please have your bags"
        " at the curb by seven.\n\n2. We know we missed some new neighbours. If you let us"
        " know, we will gladly welcome them in the next issue.\n\n</pre>\n"
    )
    paragraphs = htmltext.paragraphs(newsletter)
    assert [p.line for p in paragraphs] == [2, 4, 6]
    assert paragraphs[2].text.startswith("2. We know we missed")
    assert "ENG001" not in codes("", newsletter)
    code = "<pre>\nfor (i = 0; i < n; i++) { total += x[i]; }\nprint(total)\n</pre>\n"
    assert htmltext.paragraphs(code) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ideas for what the club should (or should not) try next season are very much welcome!",
        "If you spot a mistake in the notes, feel free to edit the wiki and fix it.",
        "I'd also like to invite anyone who is curious into the discussion about the new rota.",
    ],
)
def test_welcome_words_about_a_topic_a_wiki_to_edit_and_a_seat_in_the_discussion_ask(text):
    assert _request(text)
    assert not _request("Feedback on the draft from the council is welcome news.")
    assert not _request("They invited us into the discussion last year.")


def test_looking_forward_to_the_readers_response_itself_asks():
    assert _request("The docs can be better, and we look forward to your contributions.")
    assert _request("Looking forward to any feedback on the mailing list!")
    assert not _request("We look forward to your visit in June.")


@pytest.mark.parametrize(
    "text",
    [
        "If you need some help or want to chat you can find us on the club's IRC channel.",
        "If you find a problem with the new site, please file it.",
        "If you have any questions, ask them here.",
        "I'd be extremely thankful for any kind of feedback on the draft.",
        "We invite you to read the notes on this new feature and send feedback through the list.",
        "We hope that you will try the beta out and give us feedback on it.",
        "If you have suggestions for the group, we encourage you to sign up to the mailing list.",
    ],
)
def test_project_asks_behind_long_frames_and_help_wanted_conditions(text):
    assert _request(text)


def test_a_hope_for_the_reader_is_not_a_request_without_a_response_act():
    assert not _request("We hope you enjoy it and share it with friends.")
    assert not _request("We hope you had a great time at the fair.")
    assert not _request("If you need some help, the manual is a good start.")


@pytest.mark.parametrize(
    "text",
    [
        "If you have questions about the rota, please use the club mailing list.",
        "Please add feature ideas or bugs to the plugin's issue tracker.",
        "We are open to making more changes and look forward to hearing your feedback.",
    ],
)
def test_a_list_to_use_a_tracker_to_add_to_and_a_conjoined_look_forward_ask(text):
    assert _request(text)
    assert not _request("We added the bugs to the tracker last week.")
    assert not _request("Readers say they look forward to hearing your stories.")


def test_the_ways_to_help_after_by_are_requests_in_a_sentence_and_in_a_list():
    assert _request("You can get involved by dropping us an issue or a feature request.")
    assert not _request("Readers got involved by sending us pull requests.")
    listed = (
        "Thanks for the many reports this month!\n\nYou can get involved by:\n\n"
        "- dropping us an [issue](https://example.org/issues).\n"
        "- sending us a pull request for an open issue.\n"
    )
    assert "ENG001" not in codes("", listed)
    assert "ENG001" in codes("", listed.replace("You can get involved by:", "Last month:"))


def test_the_people_behind_other_tools_are_a_third_party_to_pitch_to():
    assert not _request("Consider reaching out to the people behind the plugins you used.")
    assert _request("Consider reaching out to us with your own plugin.")


@pytest.mark.parametrize(
    "text",
    [
        "Still looking for a plumber...if you know who/how to do this, please share!",
        "Please keep in touch!",
        "For refund questions, please reach-out to the camp office.",
    ],
)
def test_what_the_reader_may_know_keeping_in_touch_and_a_hyphenated_reach_out_ask(text):
    assert _request(text)
    assert not _request("It's hard to keep in touch with old friends.")
    assert not _request("If you know what I mean, it's fine.")


def test_a_closing_paragraph_in_bold_asks_and_a_bold_label_does_not():
    closing = (
        "Three books this month, two of them good.\n\n"
        "**Have you read any of these? What did you think? See more on my reading log!**\n\n"
        "P.S. Links here are affiliate links.\n"
    )
    assert "ENG001" not in codes("", closing)
    label = (
        "## Details\n\n**Sign me up! / Where can I find out more?**\n\n"
        "More is on the wiki page.\n\n## Agenda\n\nTalks.\n\nFood.\n\n## Thanks\n\nThanks all.\n"
    )
    assert "ENG001" in codes("", label)


def test_the_fields_of_a_list_are_not_speakers_and_money_tips_are_not_advice():
    body = (
        "## Stardew\n\nPlatform: PC or Switch. I can't decide. What would you do?\n\n"
        "## Tunic\n\nPlatform: Switch. Already bought it.\n"
    )
    assert "ENG001" not in codes("", body)
    assert not _request("Cost: free, but bitcoin tips appreciated.")


@pytest.mark.parametrize(
    "text",
    [
        "If you've been thinking about a talk, you now have two more weeks to send in your"
        " proposal!",
        "Send us your session proposals!",
        "I'll be welcoming everyone seeking a conversation with me about the decision.",
    ],
)
def test_proposals_for_a_programme_and_an_open_door_to_talk_ask(text):
    assert _request(text)
    assert not _request("We sent in our proposal last week.")
    assert not _request("The club welcomes anyone wanting a chat over tea.")


@pytest.mark.parametrize(
    "text",
    [
        "Questions can be asked in #help at any hour.",
        "Drop by the forum to share what you've built.",
        "Please direct questions to the mailing list.",
        "Contributions of any size are appreciated.",
        "Let's discuss in the issue.",
        "We invite comments on the proposal until Friday.",
        "Comments on the draft are open until Friday.",
    ],
)
def test_the_common_closing_lines_of_project_posts_ask(text):
    assert _request(text)


@pytest.mark.parametrize(
    "text",
    [
        "The review process aims to provide visibility and solicit feedback from users.",
        "Let's talk about the weather first.",
        "The clerk directs questions to the council.",
        "We invite you to the party on Saturday.",
    ],
)
def test_the_same_verbs_in_narration_ask_nothing(text):
    assert not _request(text)


def test_a_guess_or_a_challenge_left_for_the_reader_asks():
    assert "ENG101" not in blurb("Guess where I am! 📍")
    assert "ENG101" not in blurb("Toast and jam. Name a better duo. I'll wait.")
    assert "ENG101" in blurb("Guess what? We won the cup! Thanks to all who came.")


@pytest.mark.parametrize(
    "text",
    [
        "Who doesn't love a long weekend? Back on Tuesday.",
        "How is it Monday again?",
        "Cake or biscuits for the bake sale? Why not both?",
    ],
)
def test_questions_everyone_answers_alike_ask_nothing(text):
    assert "ENG101" in blurb(text)
    assert "ENG101" not in blurb("How is it going with the new allotment?")


@pytest.mark.parametrize(
    "text",
    [
        "Made the soup? Tag me on Instagram!",
        "Curious what others think.",
        "You know where to find me.",
        "Hope to hear from you soon.",
        "Would be great to hear how you handle it.",
    ],
)
def test_the_personal_writers_open_doors_ask(text):
    assert _request(text)
    assert not _request("She was curious what the box held.")
    assert not _request("They hope to hear from the council soon.")


@pytest.mark.parametrize(
    "text",
    [
        "Questions and discussion welcome at the community forum.",
        "For questions and bug reports, visit the issue tracker.",
        "It is an early preview, and we invite constructive community feedback.",
        "If the upgrade goes badly for you, please speak up!",
    ],
)
def test_release_posts_point_each_kind_of_reply_to_its_place(text):
    assert _request(text)
    assert not _request("For more information, visit the project's GitHub page.")
    assert not _request("Teach children to speak up for themselves.")


# Twelfth round: asides, third-person welcomes, offers to receive, story ellipsis -----


@pytest.mark.parametrize(
    "text",
    [
        "We encourage everyone (plugin authors above all) to try the beta and report bugs.",
        "Please (if you can spare ten minutes) fill in the survey about the new menu.",
    ],
)
def test_an_aside_in_brackets_does_not_break_the_request(text):
    assert _request(text)
    assert not _request("We tried the beta (twice) and reported bugs to the vendor.")


def test_a_site_that_welcomes_your_contributions_asks_for_them():
    assert _request("Keep it going: the recipe wiki welcomes your contributions.")
    assert not _request("The choir welcomes new singers every autumn.")


def test_inviting_people_to_get_in_touch_asks_them():
    assert _request("To keep the newsletter free, we are inviting sponsors to reach out.")
    assert not _request("The council was inviting bids for the bridge.")


@pytest.mark.parametrize(
    "text",
    [
        "If you live near the coast and have any walking tips, I'd love to get them.",
        "If you have a story about the old mill, we would be glad to include it here.",
    ],
)
def test_an_offer_to_receive_what_the_reader_has_asks_for_it(text):
    assert _request(text)
    assert not _request("If you have opinions on the plans, we'd love to see you at the meeting!")
    assert not _request("If you have a garden, I'd love to get one too.")


def test_a_note_in_a_blockquote_about_this_post_is_the_authors_own():
    body = (
        "The parser is done.\n\n"
        "> I hope this post was useful. If you want to argue about it, ping me on Mastodon.\n"
    )
    assert "ENG001" not in codes("", body)
    quoted = "The parser is done.\n\n> If you want to argue about it, ping me on Mastodon.\n\nShe said.\n"
    assert "ENG001" in codes("", quoted)


def test_a_gloss_in_brackets_after_a_question_is_not_its_answer():
    assert "ENG101" not in blurb(
        "Pain level if we drop the old config format? (for a cleaner one)", "x"
    )
    assert "ENG101" in blurb(
        "Pain level if we drop the old config format? Low, says the survey.", "x"
    )


@pytest.mark.parametrize(
    "body",
    [
        "Use this rule.\n\n- Is your module something you only run on the server? If yes, it belongs in the api folder.\n",
        "We fill the jugs by hand. Easy, right? Not so much.\n\nThe tap is slow.\n",
    ],
)
def test_a_question_answered_by_if_yes_or_not_so_much_is_broadcast(body):
    assert "ENG001" in codes("", body)
    assert "ENG001" not in codes("", "We moved. Got a spare chair? If so, let us know.\n")


def test_and_then_after_the_authors_own_act_continues_the_story():
    story = (
        "I had to redraw the map in pencil. And then post it in the group chat.\n\nIt looks fine.\n"
    )
    assert "ENG001" in codes("", story)
    assert "ENG001" not in codes("", "Try the beta. And then post your results in the thread.\n")


def test_the_authors_plan_and_its_second_verb_are_the_authors():
    plan = (
        "My plan is to gather the links I send to friends or share on socials, and post them here."
    )
    assert not _request(plan)
    assert _request("Save the links you find, and post them in the forum.")


def test_a_fault_that_must_be_reported_to_someone_asks_readers_to_report_it():
    assert _request("Any leak must be reported at once to the caretaker and the committee.")
    assert not _request("The leak was reported to the caretaker on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Come chat about install questions in the Matrix room.",
        "Feel free to comment about this post on the forum or wherever you like.",
        "If you have news for the next issue, please approach us by email.",
        "If you can lend a hand with the design then hit us up!",
        "We'd love to chat about your experience of the new docs in a short call.",
        "If you have questions for her after the talk, send her an email.",
        "If you're unsure about the rules, speak to the captain or use the contact form.",
    ],
)
def test_the_many_ways_projects_ask_to_be_talked_to(text):
    assert _request(text)


@pytest.mark.parametrize(
    "text",
    [
        "We chatted about the release on Discord last night.",
        "We approach the hill from the east.",
        "If you wanted a change then you would just send a patch.",
        "We'd love to chat about our plans at the meetup.",
        "We sent her an email last week.",
        "A good write-up on how she runs games by post in the forum.",
        "If you want to film it, ask the speaker first and tell them what it is for.",
    ],
)
def test_talk_that_is_told_or_advised_is_not_asked(text):
    assert not _request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Feel free to tweet your timings at @ourproject.",
        "This post is an invitation to discuss the design on our forum.",
        "The code is open, so contributions of all kinds are accepted.",
        "The preview is out for the wider community to try and provide us with useful feedback.",
        "I encourage you to share odd error messages in ourorg/message-catalog.",
    ],
)
def test_project_posts_ask_in_these_shapes_too(text):
    assert _request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please give me some time to write up a proper process.",
        "To learn faster, ask questions in forums and join communities.",
        "In code review, speak up when something looks inaccessible.",
        "She tweeted the photo at @council last week.",
        "Options such as add to playlist, mark as played/unplayed, go to series/season.",
    ],
)
def test_patience_advice_and_slashes_ask_for_nothing(text):
    assert not _request(text)


def test_a_link_naming_an_account_in_code_style_is_read_as_the_name():
    body = "The new build is faster.\n\nFeel free to tweet your timings at [`@ourproject`](https://example.org/p).\n"
    assert "ENG001" not in codes("", body)
    assert "ENG001" in codes(
        "", "The new build is faster.\n\nRun [`make bench`](https://example.org/b).\n"
    )


def test_a_tag_question_followed_by_the_catch_is_answered():
    body = "I had to sort a big file. Simple enough, right? The tricky part is the memory.\n\n## Plan\n\nStream it.\n"
    assert "ENG001" in codes("", body)


@pytest.mark.parametrize(
    "text",
    [
        "We also want your opinion on the change to brace placement.",
        "We're looking for your input on the new schedule.",
        "Please report security issues privately to the security team.",
        "Drop by the open evening on Thursday and bring your questions.",
        "Your feedback shapes every release, so please keep it coming.",
        "Quick poll on the new banner, vote below.",
    ],
)
def test_probes_of_common_closing_lines_ask(text):
    assert _request(text)


@pytest.mark.parametrize(
    "text",
    [
        "We value your privacy.",
        "They want your opinion on the match.",
        "We reported security issues to the vendor in May.",
        "The hits keep coming this summer.",
        "Members voted on the bids below the line.",
    ],
)
def test_the_same_words_telling_rather_than_asking(text):
    assert not _request(text)


@pytest.mark.parametrize(
    "text",
    [
        "How do you keep scones light? Chill the butter first.",
        "How can you stop a tap dripping? Replace the washer, it takes ten minutes.",
    ],
)
def test_a_how_to_question_answered_by_an_instruction_is_broadcast(text):
    assert "ENG101" in blurb(text, "x")


@pytest.mark.parametrize(
    "text",
    [
        "How do you handle flaky tests? We tried retries, but they hide bugs.",
        "How do you handle flaky tests? Tell me your tricks.",
        "How do you keep scones light? Nobody in this house has managed it.",
    ],
)
def test_a_how_to_question_followed_by_context_still_asks(text):
    assert "ENG101" not in blurb(text, "x")


def test_a_group_that_needs_your_input_asks_for_it():
    assert _request("The hackspace needs your input on the new opening hours.")
    assert _request("If your group uses the map, we'd be thrilled to hear about it.")
    assert not _request("The plant needs your attention in summer.")
    assert not _request("We'd be thrilled to see you at the fair.")


@pytest.mark.parametrize(
    "text",
    [
        "Could it be any simpler?",
        "Does it get any better than a sunny market morning?",
        "Who could say no to that?",
        "What more could you want from a Saturday?",
        "What could possibly go wrong?",
        "How hard can it be, right? Very, as it turns out.",
        "Did I mention the cake was free?",
    ],
)
def test_questions_with_one_possible_answer_are_figures(text):
    assert "ENG101" in blurb(text, "x")


@pytest.mark.parametrize(
    "text",
    [
        "Is there any better way to store the seeds?",
        "Can you make the font any bigger on the poster?",
        "Who could help us carry the tables on Friday?",
    ],
)
def test_the_same_words_in_a_real_question_still_ask(text):
    assert "ENG101" not in blurb(text, "x")


# Sentences a review of this round's rules wrote to make them misfire -------------


@pytest.mark.parametrize(
    "text",
    [
        "Anyone going to the meetup this year? If so, I'll be at the booth on Friday.",
        "Is anyone else seeing timeouts on the API today? If so, it's not just me.",
        "Is the paid plan any better than the free one?",
        "How would you spend a free Saturday in town? Picture it: no plans at all.",
        "How do you organise your bookmarks? Throw some ideas my way.",
    ],
)
def test_sincere_questions_the_new_rules_must_leave_open(text):
    assert "ENG101" not in blurb(text, "x")


@pytest.mark.parametrize(
    "text",
    [
        "I'd be so excited to learn Rust this year.",
        "If you have problems with your landlord, email them and keep a copy.",
        "Bugs should be flagged in the sprint board, not in Slack.",
        "At work, safety incidents must be reported to HR.",
        "Bring your questions to your doctor.",
        "The library was built for the community to gather and share ideas.",
        "My manager kept encouraging the juniors to speak up in meetings.",
        "Every product needs your feedback, so talk to your users.",
    ],
)
def test_narration_and_advice_the_new_rules_must_not_read_as_asking(text):
    assert not _request(text)


def test_a_readers_letter_in_a_blockquote_is_not_the_authors_request():
    body = (
        "Thanks for the letters.\n\n"
        "> I've been following this series for months. Tell us your secret, how do you find the time?\n\n"
        "She asked that last week.\n"
    )
    assert "ENG001" in codes("", body)


def test_a_verb_ending_in_ed_that_is_not_past_keeps_the_request():
    body = "Version 2 is coming.\n\nWe need testers for the beta. And then tell us what breaks, in the forum.\n"
    assert "ENG001" not in codes("", body)


def test_contacting_other_groups_for_your_own_plans_asks_nothing_of_the_author():
    # the aside retry once exposed "reach out to teams" in a sailing club's season notes
    body = (
        "Next season starts in March.\n\n"
        "Read the race notice (the NOR) or reach out to visiting teams early to share boats.\n"
    )
    assert "ENG001" in codes("", body)
    assert _request("If the date clashes, reach out to the team and we will move it.")


# Thirteenth round: project and club requests in longer frames ------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a standing offer in the third person
        "The foundation tests every release and welcomes contributions to the plugin docs.",
        "The wiki team welcomes suggestions for new pages.",
        # what the contributions are for, between the noun and "welcome"
        "Patches in any of the modules listed above are very welcome.",
        "Translations to Welsh or Gaelic are always welcome.",
        # a pronoun for the problem the condition named, and where it goes
        "If you run into crashes like ours, report them upstream.",
        "If you see broken links, file them on the tracker.",
        # the reader's question as a clause
        "The chat is friendly. Feel free to pop in and ask which board to buy first.",
        # something to share, then how to hand it in
        "If you have a demo or a lesson learned to share, feel free to sign up at the desk.",
        "If you've got a poem to share, register for the open mic below.",
        # a time in front of the frame
        "If you run the nightly build, over the next weeks you can try the new cache and send us "
        "feedback.",
        # a name with an initial
        "Rehearsals start Tuesday, please let Sam B know if your child wants a part.",
        "Please let Jo Marsh know if you can help on the stall.",
        "If you get stuck on a lab, reach out to the coaches on the forum.",
        # the reader's own post, gathered under a hashtag
        "If you hold a picnic of your own, you can share it on Mastodon using the hashtag below.",
    ],
)
def test_project_and_club_requests_in_longer_frames_are_requests(text):
    assert _request(text)


@pytest.mark.parametrize(
    "text",
    [
        "The club welcomes new members every spring.",
        "Last year the project welcomed contributions from forty people.",
        "Crashes like ours were reported upstream in May.",
        "Many visitors ask which board to buy first.",
        "If your editor has an assistant, you can ask how to shorten a function.",
        "Before adding a cache, first ask whether the page is slow at all.",
        "If you have a bike to sell, sign up for the swap.",
        "In the next weeks we can try the new cache and send our numbers.",
        "We let Sam B know on Monday.",
        "We shared the picnic photos on Mastodon using the hashtag of the day.",
        # from a review that wrote sentences to make the new frames misfire
        "Replies on the list confirmed that children are welcome at the tasting.",
        "Gifts to the hardship fund are always welcome.",
        "Unlike most firms, the Debian project welcomes patches from newcomers.",
        "A healthy club welcomes questions; a weak one hides from them.",
        "If you have a lot to share, apply anyway, even without every skill listed.",
        "If you have research to share, submit it to a peer-reviewed journal.",
        "Head to the council office and ask how to renew a permit.",
        "Come on and ask whether anyone reads the manual.",
        "If you have photos of the damage, send them directly to your insurer.",
        "Post-match photos under the hashtag #derby were everywhere.",
        "During that period you could try the beta and send us feedback, but it closed in May.",
    ],
)
def test_the_same_frames_telling_or_narrating_ask_nothing(text):
    assert not _request(text)


@pytest.mark.parametrize(
    "text",
    [
        "The lab has a laser cutter and a lathe, so why not put them to use? Join us on Friday.",
        "It is a sport for every age, and what is cooler than watching your own rocket go up? "
        "The talk starts at seven.",
    ],
)
def test_a_suggestion_or_a_comparison_with_one_answer_is_no_question(text):
    assert "ENG101" in blurb(text, "x")


@pytest.mark.parametrize(
    "text",
    [
        "We need one more colour for the logo. Why not the green one?",
        "I want a simple blog. What is better than Jekyll for that?",
        "Honest question for the Go folks: why not just use a struct?",
        "We are choosing a town for the next meetup. Why not Hull?",
        "If you disagree, why not say so?",
        "I've kept notes in a paper diary for years. What's better than this for a student?",
        "Going to Oslo in June. What is cheaper than flying?",
    ],
)
def test_a_choice_or_a_comparison_asking_for_options_still_asks(text):
    assert "ENG101" not in blurb(text, "x")


@pytest.mark.parametrize(
    "text",
    [
        "If you find a vulnerability in the scheduler, please report it through the form on GitHub.",
        "If you spot a security hole, report it to us privately.",
        "For comments or questions, see acme/roadmap#42.",
    ],
)
def test_security_reports_and_issue_numbers_are_channels_for_a_reply(text):
    assert _request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our project is open to all. We'd love you to join us!",
        "For more details, see #42 in the changelog list below.",
    ],
)
def test_a_welcome_to_join_and_a_bare_reference_ask_no_reply(text):
    assert not _request(text)


def test_a_question_about_interest_before_how_to_join_is_a_hook():
    body = (
        "The user group is open to teams who run the tool at work.\n\n"
        "Are you running it in production and interested in joining the group?\n\n"
        "Joining is simple: fill out the application form.\n"
    )
    assert "ENG001" in codes("", body)
