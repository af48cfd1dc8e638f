"""Each engagement rule on small texts: what it flags, where, and what it leaves alone."""

from __future__ import annotations

import textwrap

import pytest

from sitegen.config import LintConfig, SiteConfig
from sitegen.content import loader
from sitegen.content.model import Page, Post
from sitegen.lint.engine import lint_item, select

CONFIG = SiteConfig(title="T", base_url="https://example.org/")


def lint(
    front: str, body: str = "What do you think?\n", config: SiteConfig = CONFIG, only: str = ""
) -> list[tuple[str, int]]:
    text = "---\ntitle: A post\ndate: 2026-01-01\n" + textwrap.dedent(front) + "---\n" + body
    loaded = loader.read_item("content/posts/p.md", text.encode(), "post", config, render=False)
    assert isinstance(loaded.item, (Post, Page)), loaded.diagnostics
    selection, problems = select(config, [only] if only else [])
    assert not problems
    return [(d.code, d.line) for d in lint_item(loaded.item, loaded.tokens, config, selection)]


def codes(*args, **kwargs) -> set[str]:
    return {code for code, _ in lint(*args, **kwargs)}


def blurb(text: str, platform: str = "mastodon", **kwargs) -> set[str]:
    front = f"social:\n  {platform}: {text!r}\n".replace("\\'", "'")
    return codes(front, **kwargs)


# ENG101 / ENG001 / ENG002 -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our spring catalogue is out. Have a look: https://example.org/spring",
        "So what is the essence of social media? It is conversation. https://example.org/x",
        "Who knew? Our library now lends telescopes.",
        "Curious how it works? Read the guide: https://example.org/guide",
        'Our director asked, "Why do we even post?" Here is her answer.',
        "Search the archive at https://example.org/search?q=letters today.",
    ],
)
def test_broadcast_blurbs(text):
    assert "ENG101" in blurb(text)


@pytest.mark.parametrize(
    "text",
    [
        "We moved story time to Saturdays. Which time works best for your family?",
        "Tell us about the first book you borrowed from us.",
        "I'd love to hear how your team handles code review.",
        "New guide on composting. What's your take on worm bins?",
        "What's your favourite trail? Ours is the river loop.",
        "Thoughts?",
    ],
)
def test_inviting_blurbs(text):
    assert "ENG101" not in blurb(text)


def test_thread_is_linted_as_one_conversation():
    front = (
        "social:\n  x:\n    - First part of a thread, all statement.\n"
        "    - Second part. Which part would you change?\n"
    )
    assert "ENG101" not in codes(front)
    front = "social:\n  x:\n    - First part, all statement.\n    - Second part, also.\n"
    assert ("ENG101", 6) in lint(front)


def test_post_questions_count_in_the_closing_section():
    body = (
        "How do you start a post? Most people start with the news.\n\n"
        "## Closing\n\nThat is all for today.\n"
    )
    found = lint("", body)
    assert ("ENG001", 9) in found
    assert ("ENG002", 5) in found  # the early question, with its reason
    body = "Some text.\n\n## Over to you\n\nWhat would you have done differently?\n"
    assert "ENG001" not in codes("", body)


def test_an_explicit_request_counts_anywhere_in_a_post():
    body = "Tell me in a reply how you do it.\n\n## More\n\nLots more text here.\n"
    assert "ENG001" not in codes("", body)


def test_heading_and_title_questions_do_not_count():
    body = "## Why does this matter?\n\nBecause it does.\n"
    found = codes("", body)
    assert {"ENG001", "ENG002"} <= found


# ENG012 / ENG013 / ENG015 -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Share this post to win a free tote bag!",
        "Tag 3 friends and share to enter the draw.",
        "Comment YES if you agree.",
        "Like this post if you love Mondays.",
        "We'd love to see your smiles: follow and share for a chance to win tickets.",
    ],
)
def test_engagement_bait(text):
    found = blurb(text)
    assert "ENG012" in found and "ENG101" in found


def test_tag_a_friend_who_is_bait_and_also_asks_for_an_answer():
    """The rubric counts "tag a friend who …" as a request for a response, prize or
    none; ENG012 still names it bait. Tags with no one described are only bait."""
    assert blurb("Tag a friend who needs a holiday.") == {"ENG012"}
    assert blurb("Tag your brother who still can't parallel park 🚗") == {"ENG012"}
    assert "ENG101" not in blurb("Win a picnic basket! Tag a mate who loves cheese.")
    assert "ENG101" in blurb("Tag 3 friends to win a picnic basket!")


def test_bait_is_not_an_invitation_even_with_a_question():
    assert "ENG012" in blurb("Who wants free coffee? Retweet to enter our giveaway.")


def test_one_way_call_to_action():
    assert "ENG013" in blurb("Our report is out. Download it today.")
    assert "ENG013" not in blurb("Our report is out. Download it and tell us what surprised you.")


def test_closed_question_only_is_a_note():
    assert "ENG015" in blurb("We changed our logo. Thoughts?")
    assert "ENG015" not in blurb("We changed our logo. Which version do you prefer, and why?")


# ENG010 / ENG011 / ENG020 / ENG021 ---------------------------------------


def test_self_focus():
    text = "We are proud of our team. Our new app is our best work. We built it. What do you think?"
    assert "ENG010" in blurb(text)
    assert "ENG010" not in blurb("We built a thing for you. What would you use it for?")


def test_brand_names_count_as_self_reference():
    config = SiteConfig(
        title="T", base_url="https://example.org/", lint=LintConfig(brand_names=["Acme"])
    )
    text = "Acme is proud. Acme Cloud is fast. Our team loves Acme. What do you think?"
    assert "ENG010" in blurb(text, config=config)
    assert "ENG010" not in blurb(text)


def test_announcement_opener_is_a_warning_or_a_note():
    found = lint("social:\n  mastodon: We're excited to announce our app.\n")
    assert ("ENG011", 5) in found
    inviting = "social:\n  mastodon: We're excited to announce our app. What would you try first?\n"
    diagnostics = lint(inviting)
    assert ("ENG011", 5) in diagnostics


def test_shouting():
    assert "ENG020" in blurb("HUGE SALE today. What will you buy?")
    assert "ENG020" in blurb("Doors open at noon!! What will you bring?")
    assert "ENG020" not in blurb(
        "Our NASA and UNESCO partners join the FAQ call. Any questions for them?"
    )
    assert "ENG020" not in blurb("Join us! What will you bring?")


def test_hashtag_limits_per_platform():
    assert "ENG021" in blurb("Join us. Who is coming? #a #b #c #d")
    assert "ENG021" not in blurb("Join us. Who is coming? #a #b #c")
    assert "ENG021" in blurb("Join us. Who is coming? #a #b", platform="threads")


# ENG014 / ENG201 / ENG030 -------------------------------------------------


def test_link_only_blurb():
    assert "ENG014" in blurb("New post: https://example.org/2026/x/ #blog #writing")
    assert "ENG014" not in blurb("Four things I learned about replies. https://example.org/x")


def test_too_long_is_counted_the_platform_way():
    long_x = "Word " * 50 + "https://example.org/" + "a" * 300 + " What do you think?"
    assert "ENG201" not in blurb(long_x, platform="mastodon")  # URL counts 23
    assert "ENG201" in blurb(long_x, platform="bluesky")  # URLs count in full
    assert "ENG201" in blurb("漢" * 141 + "？", platform="x")  # CJK weighs 2
    assert "ENG201" not in blurb("漢" * 139 + "?", platform="x")


def test_hard_to_read():
    hard = (
        "Notwithstanding considerable organisational complexities inherent in "
        "multi-stakeholder engagement initiatives, institutional methodologies "
        "prioritise comprehensive documentation. "
    ) * 10 + "\n\nWhat do you think?\n"
    assert "ENG030" in codes("", hard)
    easy = "We went for a walk. The sun was out. It was a good day. " * 12 + "\n\nWhat about you?\n"
    assert "ENG030" not in codes("", easy)


# suppressions ---------------------------------------------------------------


def test_front_matter_disable():
    found = codes("lint:\n  disable: [ENG001]\n  reason: a changelog\n", "Version 2 is out.\n")
    assert "ENG001" not in found


def test_unused_and_unknown_suppressions_are_reported():
    found = lint("lint:\n  disable: [ENG020, ENG999]\n")
    assert ("ENG902", 4) in found
    assert ("ENG901", 4) in found


def test_inline_disable_and_enable():
    body = (
        "<!-- sitegen-lint disable ENG020 -->\n\nLOUD WORDS HERE!!\n\n"
        "<!-- sitegen-lint enable ENG020 -->\n\nMORE LOUD WORDS!!\n\nWhat do you think?\n"
    )
    found = lint("", body)
    assert ("ENG020", 7) not in found
    assert ("ENG020", 11) in found


def test_disable_next_line_covers_the_next_paragraph_only():
    body = (
        "<!-- sitegen-lint disable-next-line ENG020 -->\nLOUD WORDS HERE!!\n\n"
        "ANOTHER LOUD LINE!!\n\nWhat do you think?\n"
    )
    found = lint("", body)
    assert ("ENG020", 6) not in found
    assert ("ENG020", 8) in found
    unused = lint("", "<!-- sitegen-lint disable-next-line ENG020 -->\nCalm text. Why not you?\n")
    assert ("ENG902", 5) in unused


def test_selection_by_prefix_and_name():
    text = "HUGE NEWS!! Tag a friend."
    assert blurb(text, only="ENG02") == {"ENG020"}
    assert blurb(text, only="engagement-bait") == {"ENG012"}
