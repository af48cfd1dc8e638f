"""From Markdown and blurbs to the author's sentences, with positions."""

from __future__ import annotations

import pytest

from sitegen.config import MarkdownConfig
from sitegen.content import markdown
from sitegen.content.model import BlurbText
from sitegen.lint.prose import Block, from_blurb, from_markdown, split


def sentences(text: str) -> list[str]:
    block = Block("author", 0, 0, line=1)
    block.add(text, 1, 1)
    return [s.text for s in split(block)]


def questions(text: str) -> list[str]:
    block = Block("author", 0, 0, line=1)
    block.add(text, 1, 1)
    return [s.text for s in split(block) if s.is_question]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Dr. Smith arrived, e.g. at 9 a.m. sharp. Then she left.",
            ["Dr. Smith arrived, e.g. at 9 a.m. sharp.", "Then she left."],
        ),
        ("Wait... it works. Really… Yes.", ["Wait... it works.", "Really…", "Yes."]),
        ("Ready?! Go.", ["Ready?!", "Go."]),
        ("Join us! 🎉 #launch What do you think?", ["Join us! 🎉 #launch", "What do you think?"]),
        (
            "Thanks @ana@social.example.org for 3.5 tips. Next?",
            ["Thanks @ana@social.example.org for 3.5 tips.", "Next?"],
        ),
        (
            'She asked, "Why bother?" and left. Fine.',
            ['She asked, "Why bother?" and left.', "Fine."],
        ),
        ("The U.S. team won. Go U.S.!", ["The U.S. team won.", "Go U.S.!"]),
    ],
)
def test_sentence_splitting(text, expected):
    assert sentences(text) == expected


def test_question_marks_that_are_not_questions():
    assert questions('He said "really?" Then left.') == []
    assert questions("Who is coming (and why)?") == ["Who is coming (and why)?"]
    assert questions("What do you think?! 🎉 #tags") == ["What do you think?! 🎉 #tags"]


def prose_of(body: str, first_line: int = 5):
    tokens = markdown.parse(body, MarkdownConfig())
    return from_markdown(tokens, body, first_line)


def test_markdown_skips_code_urls_and_html_and_marks_voices():
    body = (
        "Intro with `x?` code and https://example.org/a?b=1 link.\n\n"
        "## Is this a heading?\n\n"
        "> Is this quoted?\n\n"
        "<div>Raw html?</div>\n\n"
        "```\nfenced?\n```\n\n"
        "    indented code?\n\n"
        "Is this mine?\n"
    )
    found = [(s.voice, s.text, s.is_question) for s in prose_of(body).sentences]
    assert found == [
        ("author", "Intro with ‹code› code and   link.", False),
        ("heading", "Is this a heading?", True),
        ("quote", "Is this quoted?", True),
        ("author", "Is this mine?", True),
    ]


def test_positions_point_at_the_sentence_in_the_file():
    body = (
        "First line of a paragraph that goes on\nto a second line. And a question here?\n\n"
        "- A list item with **bold** text. Another sentence?\n\n"
        "> quoted text\n> Still quoted?\n\n"
        "| Col | Other |\n|---|---|\n| cell one | Is a cell a sentence? |\n"
    )
    first_line = 7
    lines = body.split("\n")
    prose = prose_of(body, first_line)
    assert len(prose.sentences) >= 7
    for sentence in prose.sentences:
        line, col = sentence.position
        source = lines[line - first_line]
        assert source[col - 1 :].startswith(sentence.text.split()[0]), (sentence.text, source)


def test_links_keep_their_text_not_their_target():
    prose = prose_of("Read [the guide](https://example.org/?q=1) today. <https://x.org/?a>\n")
    assert [(s.text, s.is_question) for s in prose.sentences] == [("Read the guide today.", False)]


def test_lowercase_writing_and_missing_question_marks():
    assert sentences("how long did you leave them? mine keep going mushy") == [
        "how long did you leave them?",
        "mine keep going mushy",
    ]
    assert sentences("no caps here. still a new sentence") == [
        "no caps here.",
        "still a new sentence",
    ]
    assert questions("museum folk: how would you decide") == ["museum folk: how would you decide"]
    assert questions("how would you decide") == ["how would you decide"]
    assert questions("No. 5 is the best. What do you think") == ["What do you think"]


def test_directives_are_found():
    prose = prose_of(
        "<!-- sitegen-lint disable ENG001, ENG010 -->\n\nText.\n"
        "Inline <!-- sitegen-lint disable-next-line eng020 --> here.\n",
        3,
    )
    assert [(d.action, d.codes, d.line) for d in prose.directives] == [
        ("disable", ("ENG001", "ENG010"), 3),
        ("disable-next-line", ("ENG020",), 6),
    ]


def test_blurb_positions_follow_folded_yaml_lines():
    raw = ("  mastodon: >-", "    First sentence here. Second", "    sentence? Read https://x.org/")
    text = BlurbText(
        "First sentence here. Second sentence? Read https://x.org/",
        10,
        13,
        raw_lines=raw,
        style=">",
    )
    found = {s.text: s.position for s in from_blurb([text]).sentences}
    assert found["First sentence here."] == (11, 5)
    assert found["Second sentence?"] == (11, 26)
    assert found["Read"] == (12, 15)


def test_line_breaks_in_a_blurb_end_sentences():
    text = BlurbText(
        "Big news\nWhat do you think", 3, 6, raw_lines=("x: |", "  Big news", "  What do you think")
    )
    assert [s.text for s in from_blurb([text]).sentences] == ["Big news", "What do you think"]
