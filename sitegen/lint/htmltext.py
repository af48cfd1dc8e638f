"""The paragraphs of raw HTML in a Markdown post, as plain text.

Posts imported from WordPress into Jekyll (and many hand-written ones) are HTML
with front matter: `<p>…</p>` paragraphs that Markdown passes through as HTML
blocks. Their text is the author's prose like any other. Blocks of layout or
widgets (a `<div>` of slides, an interactive game) are not read. Code, scripts, styles
and images are left out; links keep their text and where it is, so that a
question written as a link is still known as one.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Literal

Role = Literal["author", "heading", "quote"]

_PARAGRAPH = re.compile(r"<(p|h[1-6]|li|dd)\b[^>]*>(.*?)</\1\s*>", re.S | re.I)
_QUOTE = re.compile(r"<blockquote\b[^>]*>.*?</blockquote\s*>", re.S | re.I)
_LEFT_OUT = re.compile(r"<(script|style|pre|code|kbd|samp)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_PIECE = re.compile(r"<(/?)([a-z][a-z0-9]*)\b[^>]*>|([^<]+)|<", re.S | re.I)
_EMPHASIS = {"strong": "strong", "b": "strong", "em": "em", "i": "em"}
_BREAKS = frozenset("br hr img".split())


@dataclass
class Paragraph:
    """One paragraph of an HTML block: its text, the line it starts on (counted from
    the block's first line, 0-based), and the offsets of its link texts."""

    role: Role
    text: str
    line: int
    links: list[tuple[int, int]] = field(default_factory=list)
    emphasis: str = ""  # "em" or "strong" when one emphasis element holds all of it
    lead: int = 0  # length of an emphasis run that opens it ("<b>Who?</b> All.")


# An HTML block that opens with one of these is prose written in HTML; one that opens
# with a <div>, <table>, <figure> or <iframe> is layout or a widget (slides, a game, an
# embed), whose text is not a paragraph of the post.
_PROSE_START = re.compile(r"\s*<(?:p|h[1-6]|ul|ol|dl|blockquote)\b", re.I)


# Prose right after the closing tags of a layout element ("</div>I'm hoping …"): Markdown
# starts an HTML block at the tag, and the paragraph that follows it is in the block.
_AFTER_CLOSING = re.compile(r"\s*(?:</[a-z][a-z0-9]*\s*>\s*)+(?=[^<\s])", re.I)
_WORD = re.compile(r"\w+")
_ENDED = re.compile(r"\w[.!?]")


def paragraphs(content: str) -> list[Paragraph]:
    """The paragraphs of an HTML block that is prose, in order; none for layout or
    widget markup, or a block without a `<p>`, heading or list item (but the text
    after a layout element's closing tags is a paragraph)."""
    after = _AFTER_CLOSING.match(content)
    if after:
        rest = _read(content[after.end() :], "author", content.count("\n", 0, after.end()))
        # prose (six words or more, with a sentence's end), not a footer's "© 2024"
        prose = _ENDED.search(rest.text) and len(_WORD.findall(rest.text)) >= 6
        return [rest] if prose else []
    if not _PROSE_START.match(content) and _CELL_OPEN.search(content):
        return _prose_cells(content)
    if _PRE.match(content):
        return _prose_pre(content)
    if not _PROSE_START.match(content) or not _PARAGRAPH.search(content):
        return []
    quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(content)]
    found = []
    for match in _PARAGRAPH.finditer(content):
        tag = match.group(1).lower()
        quoted = any(a <= match.start() < b for a, b in quotes)
        role: Role = "heading" if tag.startswith("h") else "quote" if quoted else "author"
        paragraph = _read(match.group(2), role, content.count("\n", 0, match.start()))
        if paragraph.text.strip():
            found.append(paragraph)
    return found


# Old sites laid their pages out in tables: a cell that holds sentences of prose is a
# paragraph of the post ("<td>Applications using fork() … Please contact us …</td>");
# cells of figures, names or links are not.
_CELL_OPEN = re.compile(r"<td\b", re.I)
_CELL = re.compile(r"<td\b[^>]*>(.*?)(?=</td\s*>|<td\b|<th\b|</?tr\b|</table\b|\Z)", re.S | re.I)


def _prose_cells(content: str) -> list[Paragraph]:
    cells = []
    for match in _CELL.finditer(content):
        cell = _read(match.group(1), "author", content.count("\n", 0, match.start()))
        if len(_ENDED.findall(cell.text)) >= 2 and len(_WORD.findall(cell.text)) >= 25:
            cells.append(cell)
    return cells


# A newsletter pasted whole into <pre> to keep its line breaks: paragraphs of prose,
# not code (which has brackets, operators and semicolons, and few sentences).
_PRE = re.compile(r"\s*<pre\b[^>]*>(.*?)</pre\s*>", re.S | re.I)
_CODE_MARK = re.compile(r"[{}=;<>\[\]|\\]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _prose_pre(content: str) -> list[Paragraph]:
    pre = _PRE.match(content)
    if pre is None or re.search(r"<code\b", pre.group(1), re.I):
        return []
    inner = pre.group(1)
    words = len(_WORD.findall(inner))
    marks = len(_CODE_MARK.findall(re.sub(r"<[^>]*>", "", inner)))
    if words < 25 or len(_ENDED.findall(inner)) < 2 or marks * 25 > words:
        return []
    found = []
    start = pre.start(1)
    for chunk in _BLANK_LINE.split(inner):
        at = content.index(chunk, start) if chunk else start
        start = at + len(chunk)
        paragraph = _read(
            chunk, "author", content.count("\n", 0, at + len(chunk) - len(chunk.lstrip()))
        )
        if paragraph.text.strip():
            found.append(paragraph)
    return found


def _read(inner: str, role: Role, line: int) -> Paragraph:
    inner = _LEFT_OUT.sub(lambda m: " ‹code› " if m.group(1).lower() == "code" else " ", inner)
    paragraph = Paragraph(role, "", line)
    link_start = -1
    open_emphasis: list[str] = []
    runs = 0  # emphasis elements opened at the top level
    plain = False  # text seen outside any emphasis
    for piece in _PIECE.finditer(inner):
        closing, tag, text = piece.group(1), (piece.group(2) or "").lower(), piece.group(3)
        if text is not None or not tag:
            words = re.sub(r"\s+", " ", html.unescape(text or "<"))
            if words[:1] == " " and (not paragraph.text or paragraph.text.endswith(" ")):
                words = words[1:]
            if words.strip() and not open_emphasis:
                plain = True
                if runs == 1 and not paragraph.lead:
                    paragraph.lead = len(paragraph.text.rstrip())
            paragraph.text += words
        elif tag == "a":
            if not closing:
                link_start = len(paragraph.text)
            elif link_start >= 0:
                paragraph.links.append((link_start, len(paragraph.text)))
                link_start = -1
        elif tag in _EMPHASIS:
            if not closing:
                runs += not open_emphasis
                open_emphasis.append(tag)
            elif open_emphasis:
                open_emphasis.pop()
        elif tag in _BREAKS and paragraph.text and not paragraph.text.endswith(" "):
            paragraph.text += " "
    paragraph.text = paragraph.text.rstrip()
    if runs == 1 and not plain:
        first = _PIECE.search(inner.strip())
        opened = first.group(2).lower() if first and first.group(2) else ""
        paragraph.emphasis = _EMPHASIS.get(opened, "")
        paragraph.lead = 0
    return paragraph
