"""The Markdown setup and slugs."""

from __future__ import annotations

from sitegen.config import MarkdownConfig
from sitegen.content import markdown
from sitegen.slugs import slug_from_filename, slugify

DEFAULT = MarkdownConfig()


def render(text: str, config: MarkdownConfig = DEFAULT):
    return markdown.render(markdown.parse(text, config), config)


def test_slugify():
    assert slugify("Key #3: Talk WITH people!") == "key-3-talk-with-people"
    assert slugify("Café crème") == "cafe-creme"
    assert slugify("日本語のタイトル") == "日本語のタイトル"
    assert slug_from_filename("2026-11-02-engaging-with-people") == "engaging-with-people"


def test_more_marker_splits_summary():
    doc = render("Intro *here*.\n\n<!-- more -->\n\nRest.\n")
    assert doc.summary_html == "<p>Intro <em>here</em>.</p>\n"
    assert doc.summary_text == "Intro here."
    assert "Rest." in doc.html


def test_first_paragraph_is_the_default_summary():
    doc = render("# Title\n\nFirst one.\n\nSecond one.\n")
    assert doc.summary_text == "First one."


def test_more_marker_works_with_raw_html_off():
    config = MarkdownConfig(raw_html=False)
    doc = render("Intro.\n\n<!-- more -->\n\n<b>Rest</b>.\n", config)
    assert doc.summary_text == "Intro."
    assert "more --" not in doc.html
    assert "&lt;b&gt;Rest&lt;/b&gt;" in doc.html


def test_extensions_are_on():
    doc = render(
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~\n\n- [x] done\n- [ ] todo\n\nNote.[^n]\n\n"
        "[^n]: A footnote.\n"
    )
    assert "<table>" in doc.html and "<s>old</s>" in doc.html
    assert doc.html.count('type="checkbox"') == 2
    assert 'class="footnotes' in doc.html


def test_unknown_language_is_escaped_not_highlighted():
    doc = render("```nosuchlang\n<x>\n```\n")
    assert "&lt;x&gt;" in doc.html and "highlight" not in doc.html


def test_word_count_ignores_code():
    doc = render("One two three.\n\n```\nnot counted here\n```\n\n`inline code` four\n")
    assert doc.word_count == 4
    assert doc.reading_time == 1


def test_toc_depth():
    doc = render("# Top\n\n## Two\n\n### Three\n\n#### Four\n")
    assert [(h.level, h.id) for h in doc.toc] == [(2, "two"), (3, "three")]


def test_javascript_links_are_not_links():
    doc = render("[click](javascript:alert(1))\n")
    assert "href" not in doc.html
