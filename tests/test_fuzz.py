"""Property tests: whatever text comes in, the reader, the prose extraction and the
length counters give answers that make sense (the dev server's path resolver has
its own in test_serve_units.py)."""

from __future__ import annotations

import codecs

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sitegen.config import SiteConfig
from sitegen.content import frontmatter, loader, platforms
from sitegen.content.markdown import parse
from sitegen.content.model import Post
from sitegen.diagnostics import split_lines
from sitegen.lint.engine import lint_item, select
from sitegen.lint.prose import from_markdown

CONFIG = SiteConfig(title="Fuzz", base_url="https://example.org/")
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that looks like what authors write, with the characters that matter to
# Markdown, YAML and sentence splitting over-represented.
MARKUP = st.sampled_from(
    [
        *"-*_#>`[]()!?.:;,'\"“”‘’\\<>&|~=+0123456789 \t\n\r",
        *("---", "\n---\n", "...", "http://x.org/a", "www.example.com", "@a@b.social", "&amp;"),
        *("😀", "👍🏽", "🇳🇱", "é", "e\u0301", "中", "\u200d", "\u2028", "\ufeff"),
    ]
)
WORDS = st.sampled_from(["you", "we", "What", "do", "think", "our", "Tell", "me", "why"])
AUTHOR_TEXT = st.lists(st.one_of(MARKUP, WORDS, st.text(max_size=3)), max_size=60).map("".join)


@FAST
@given(AUTHOR_TEXT)
@example("---\n\u2028---\nbody")
@example("---\r\ntitle: x\r\n---\r\nbody")
@example("---\n---\n")
@example("you:")
@example("Title: x\nTags: a")
def test_splitter_keeps_every_character_and_counts_lines_like_an_editor(text):
    parts, problems = frontmatter.split(text, "p.md")
    assert text.endswith(parts.body)
    head = text[: len(text) - len(parts.body)]
    if parts.front_matter is None:
        assert parts.body == text and parts.body_line == 1
        assert [p.line for p in problems] in ([], [1])
    else:
        assert not problems
        assert parts.front_matter in head
        # Empty front matter starts (and ends) on the line after the opening '---'.
        start = head.index(parts.front_matter) if parts.front_matter else head.index("\n") + 1
        assert text[:start].count("\n") + 1 == parts.first_line
        assert head.count("\n") + 1 == parts.body_line


@FAST
@given(st.binary(max_size=400) | AUTHOR_TEXT.map(lambda t: ("---\n" + t).encode()))
@example(codecs.BOM_UTF16_LE + "---\n".encode("utf-16-le"))
@example(b"---\ntitle: [\n---\n")
@example(b"---\ntitle: &a [*a]\n---\n")
def test_reader_never_raises_and_points_inside_the_file(data):
    for kind in ("post", "page", "series"):
        loaded = loader.read_item("content/posts/p.md", data, kind, CONFIG)
        text = data.decode("utf-8", "replace")
        lines = split_lines(text)
        for d in loaded.diagnostics:
            assert d.path == "content/posts/p.md"
            assert 0 <= d.line <= len(lines) + 1, d
            assert d.col >= 0 and d.message and d.hint, d


@FAST
@given(AUTHOR_TEXT, st.integers(min_value=1, max_value=40))
@example("Hi &amp; bye. Why?", 3)
@example("> quoted?\n\nWhat do *you* think?", 1)
@example("\u2028\nyou", 1)  # a first line the parser trims away entirely
@example("\r0\n--0", 1)  # a line ended by a lone CR, as old Mac files end them
def test_prose_positions_are_inside_the_source(body, body_line):
    prose = from_markdown(parse(body, CONFIG.markdown), body, body_line)
    lines = split_lines(body)
    for block in prose.blocks:
        for sentence in block.sentences:
            for line, col in (sentence.position, sentence.end_position):
                assert body_line <= line < body_line + len(lines), (sentence, line)
                assert 1 <= col <= len(lines[line - body_line]) + 1, (sentence, col)


@FAST
@given(AUTHOR_TEXT, st.lists(AUTHOR_TEXT, max_size=3))
def test_linting_any_post_never_raises(body, blurbs):
    social = "".join(f"  - {b!r}\n" for b in blurbs)
    data = f"---\ntitle: Fuzz\ndate: 2026-01-01\nsocial:\n  mastodon:\n{social}---\n{body}"
    loaded = loader.read_item("content/posts/p.md", data.encode(), "post", CONFIG)
    if not isinstance(loaded.item, Post):
        return  # the blurbs made the front matter invalid, which the reader reported
    selection, _ = select(CONFIG)
    lines = split_lines(data)
    for d in lint_item(loaded.item, loaded.tokens, CONFIG, selection):
        assert 1 <= d.line <= len(lines), d
        assert 1 <= d.col <= len(lines[d.line - 1]) + 1, d


@FAST
@given(st.sampled_from(sorted(platforms.PLATFORMS)), AUTHOR_TEXT, AUTHOR_TEXT)
@example("x", "http://x.org/a.", "b")  # a URL's end moves, its length stays 23
def test_lengths_are_never_negative_and_grow_with_each_word(platform, text, word):
    length, limit, unit = platforms.measure(platform, text)
    assert length >= 0 and limit > 0 and unit
    assert platforms.measure(platform, text + " " + word)[0] >= length
    assert platforms.measure(platform, text + " " + word)[0] >= platforms.measure(platform, word)[0]


@FAST
@given(
    st.sampled_from(sorted(platforms.PLATFORMS)),
    st.text(alphabet=st.characters(blacklist_characters="./:@", blacklist_categories=["Cs"])),
    st.text(alphabet=st.characters(blacklist_characters="./:@", blacklist_categories=["Cs"])),
)
def test_without_links_or_mentions_appending_never_shortens(platform, text, more):
    """Platforms count a link or a mention at a fixed length, so appending to one
    can shorten it ('@ann@ex' is 7, '@ann@ex.social' counts as '@ann'). Without
    them the count never goes down as text is added."""
    assert platforms.measure(platform, text + more)[0] >= platforms.measure(platform, text)[0]
