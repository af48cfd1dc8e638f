"""Markdown or a blurb → the author's sentences, each with its exact source position.

What is skipped: front matter, code (fenced, indented, inline), HTML and HTML
comments, images, link targets and bare URLs. What is kept but marked as not the
author's own voice: headings, the title, blockquotes, and quoted speech inside a
sentence. Sentence splitting knows abbreviations, ellipses, emoji, hashtags,
@mentions and `?!`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from markdown_it.token import Token

from sitegen.content.model import BlurbText
from sitegen.content.platforms import URL_RE
from sitegen.diagnostics import split_lines
from sitegen.lint import htmltext

Voice = Literal["author", "heading", "quote", "title"]

DIRECTIVE_RE = re.compile(
    r"<!--\s*sitegen-lint\s+(disable-next-line|disable|enable)\b([^>]*?)-->", re.IGNORECASE
)


@dataclass(frozen=True)
class Span:
    """Text from `start` on in a block's plain text sits at source line/col."""

    start: int
    line: int
    col: int
    exact: bool = True  # False for a stand-in ("‹code›"): all of it maps to its start


@dataclass
class Block:
    """One paragraph, heading, table cell or blurb: plain text plus positions."""

    voice: Voice
    section: int  # index of the heading section it is in (0 before any heading)
    index: int  # running number among the blocks of the text
    text: str = ""
    spans: list[Span] = field(default_factory=list)
    line: int = 0  # first source line of the block
    links: list[tuple[int, int]] = field(default_factory=list)  # link texts, as offsets
    emphasis: str = ""  # "em" or "strong" when all of the block is in italics or bold
    lead: int = 0  # length of a bold or italic run that opens the block ("**Who?** All.")
    urls: list[int] = field(default_factory=list)  # offsets of URLs left out of the text
    url_texts: dict[int, str] = field(default_factory=dict)  # bare URLs by offset

    def add(self, text: str, line: int, col: int, exact: bool = True) -> None:
        self.spans.append(Span(len(self.text), line, col, exact))
        self.text += text

    @cached_property
    def sentences(self) -> list[Sentence]:
        return split(self)

    def position(self, offset: int) -> tuple[int, int]:
        """Source line and column of character `offset` of the plain text."""
        if not self.spans:
            return self.line, 1
        i = max(0, bisect.bisect_right(self.spans, offset, key=lambda s: s.start) - 1)
        span = self.spans[i]
        return span.line, span.col + (max(0, offset - span.start) if span.exact else 0)


@dataclass(slots=True, eq=False)  # made ~100 times per post: plain slots are fastest
class Sentence:
    text: str
    block: Block
    start: int  # offsets in block.text
    end: int
    voice: Voice
    is_question: bool  # ends with a question mark in the speaker's own voice
    own: str = ""  # the text with quoted speech blanked out
    number: int = 0  # its place among the sentences of its block

    @property
    def position(self) -> tuple[int, int]:
        return self.block.position(self.start)

    @property
    def end_position(self) -> tuple[int, int]:
        return self.block.position(max(self.start, self.end - 1))


@dataclass(frozen=True)
class Directive:
    """An inline `<!-- sitegen-lint … -->` comment."""

    action: str  # disable, enable, disable-next-line
    codes: tuple[str, ...]  # empty: all rules
    line: int
    col: int


@dataclass
class Prose:
    """One text (a post body, or one blurb or thread) as blocks of sentences.
    Blocks are split into sentences when first asked: most rules need only some."""

    blocks: list[Block]
    directives: list[Directive] = field(default_factory=list)
    last_line: int = 0

    @property
    def sentences(self) -> list[Sentence]:
        return [s for block in self.blocks for s in block.sentences]

    def author(self) -> list[Sentence]:
        return [s for b in self.author_blocks() for s in b.sentences if s.voice == "author"]

    def author_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.voice == "author"]

    def first_sentence(self) -> Sentence | None:
        return next((s for b in self.blocks for s in b.sentences), None)

    def last_author_sentence(self) -> Sentence | None:
        for block in reversed(self.author_blocks()):
            author = [s for s in block.sentences if s.voice == "author"]
            if author:
                return author[-1]
        return None


# ----------------------------------------------------------------- Markdown


def _line_starts(
    content: str, source_lines: Sequence[str], first: int, last: int
) -> list[tuple[int, int]]:
    """For each line of an inline token's content, its file line (among the token's
    lines `first`..`last`) and the column where that content line begins in the
    source. Lines the parser trimmed away (a first line holding only U+2028, say)
    push the content down: each content line is looked for from where the last one was."""
    found = []
    skipped = 0  # source lines with no content line of their own, so far
    for i, text in enumerate(content.split("\n")):
        line = first + i + skipped
        col = -1
        for candidate in range(line, max(line, last) + 1):
            source = source_lines[candidate - 1] if 0 < candidate <= len(source_lines) else ""
            col = source.find(text) if text else -1
            if col < 0 and text.strip():
                col = source.find(text.strip())
            if col >= 0 or not text.strip():
                skipped += candidate - line
                line = candidate
                break
        found.append((line, col + 1 if col >= 0 else 1))
    return found


_NEWLINE = re.compile("\n")


class _InlineMapper:
    """Finds where each child token's text sits inside the inline token's source."""

    def __init__(self, content: str, starts: list[tuple[int, int]]) -> None:
        self.content = content
        self.starts = starts
        self.newlines = [m.start() for m in _NEWLINE.finditer(content)]
        self.cursor = 0

    def locate(self, text: str) -> tuple[int, int]:
        at = self.content.find(text, self.cursor) if text else -1
        if at < 0:
            at = self.cursor
        else:
            self.cursor = at + len(text)
        return self._position(at)

    def _position(self, at: int) -> tuple[int, int]:
        row = bisect.bisect_left(self.newlines, at)
        line_start = self.newlines[row - 1] + 1 if row > 0 else 0
        line, col = self.starts[min(row, len(self.starts) - 1)]
        return line, col + (at - line_start)

    def runs(self, text: str) -> list[tuple[int, int, int]]:
        """Where `text` sits in the source, as runs (offset in text, line, col) inside
        which characters follow one another. Entities and escapes (`&amp;` → `&`)
        make the text differ from its source; it is then aligned character by
        character."""
        at = self.content.find(text, self.cursor)
        if at >= 0:  # the common case: the text is in the source as it is
            self.cursor = at + len(text)
            return [(0, *self._position(at))]
        found: list[tuple[int, int, int]] = []
        previous = -2
        for i, char in enumerate(text):
            at = self.content.find(char, self.cursor, self.cursor + 40)
            if at < 0:
                at = self.cursor  # a character the source does not have (“ for ")
            else:
                self.cursor = at + 1
            if at != previous + 1 or not found:
                found.append((i, *self._position(at)))
            previous = at
        return found

    def next_line(self) -> tuple[int, int]:
        """A line break: the position of its end of line; the cursor moves past it."""
        at = self.content.find("\n", self.cursor)
        if at < 0:
            return self._position(self.cursor)
        self.cursor = at + 1
        return self._position(at)

    def skip(self, text: str) -> None:
        at = self.content.find(text, self.cursor) if text else -1
        if at >= 0:
            self.cursor = at + len(text)


_BLURB_SKIP = re.compile(rf"`[^`\n]+`|{URL_RE.pattern}", re.IGNORECASE)


def _add_text(
    block: Block,
    text: str,
    line: int,
    col: int,
    skip: re.Pattern[str] = URL_RE,
    runs: Sequence[tuple[int, int, int]] = (),
) -> None:
    """Add text to a block, leaving URLs out (a '?' in a URL is not a question), and
    in blurbs also `code`, which Markdown has already taken out of posts. `runs`
    place the text in the source when it is not there character for character."""
    runs = runs or [(0, line, col)]
    if "/" not in text and "`" not in text and "www." not in text.lower():
        _add_runs(block, text, 0, len(text), runs)  # nothing to skip: the common case
        return
    last = 0
    for match in skip.finditer(text):
        if match.start() > last:
            _add_runs(block, text, last, match.start(), runs)
        stand_in = "‹code›" if match.group(0).startswith("`") else " "
        if stand_in == " ":
            block.urls.append(len(block.text))
            block.url_texts[len(block.text)] = match.group(0)
        block.add(stand_in, *_place(runs, match.start()), exact=False)
        last = match.end()
    if last < len(text):
        _add_runs(block, text, last, len(text), runs)


def _place(runs: Sequence[tuple[int, int, int]], offset: int) -> tuple[int, int]:
    """Source line and column of character `offset` of a text placed by `runs`."""
    i = bisect.bisect_right(runs, offset, key=lambda run: run[0]) - 1
    start, line, col = runs[max(0, i)]
    return line, col + max(0, offset - start)


def _add_runs(
    block: Block, text: str, start: int, end: int, runs: Sequence[tuple[int, int, int]]
) -> None:
    """Add text[start:end], one span for each run it covers."""
    if len(runs) == 1:
        block.add(text[start:end], *_place(runs, start))
        return
    cuts = [r[0] for r in runs if start < r[0] < end]
    for a, b in zip([start, *cuts], [*cuts, end], strict=True):
        block.add(text[a:b], *_place(runs, a))


def from_markdown(tokens: Sequence[Token], body: str, body_line: int) -> Prose:
    """Markdown tokens (parsed from `body`, which starts on file line `body_line`)."""
    source_lines = split_lines(body)  # CR and CR LF end lines too, as the parser has them
    offset = body_line - 1
    blocks: list[Block] = []
    directives: list[Directive] = []
    quote_depth = 0
    section = 0
    heading = False
    cell = False  # a table's cells are labels and data, not sentences to the reader
    for token in tokens:
        kind = token.type
        if kind in ("th_open", "td_open"):
            cell = True
        elif kind in ("th_close", "td_close"):
            cell = False
        elif kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind == "heading_open":
            section += 1
            heading = True
        elif kind == "heading_close":
            heading = False
        elif kind == "html_block" and token.map:
            directives.extend(
                _directives(token.content, token.map[0] + 1 + offset, source_lines, offset)
            )
            for paragraph in htmltext.paragraphs(token.content):
                section += paragraph.role == "heading"
                voice_of: Voice = "quote" if quote_depth else paragraph.role
                blocks.append(
                    _html_block(
                        paragraph, voice_of, section, len(blocks), token.map[0] + 1 + offset
                    )
                )
        elif kind == "inline" and token.map:
            voice: Voice = "heading" if heading or cell else "quote" if quote_depth else "author"
            first = token.map[0] + 1
            block = Block(voice, section, len(blocks), line=first + offset)
            starts = [
                (line + offset, col)
                for line, col in _line_starts(token.content, source_lines, first, token.map[1])
            ]
            mapper = _InlineMapper(token.content, starts)
            children = token.children or []
            _walk_inline(children, block, mapper, directives)
            block.emphasis = _emphasis(children)
            if block.text.strip():
                blocks.append(block)
            elif block.urls and blocks:  # a paragraph holding only a link
                blocks[-1].urls.append(len(blocks[-1].text))
    return Prose(blocks, directives, last_line=offset + len(source_lines))


def _html_block(
    paragraph: htmltext.Paragraph, voice: Voice, section: int, index: int, first_line: int
) -> Block:
    """A paragraph of raw HTML as a block; its text maps to the line it starts on."""
    line = first_line + paragraph.line
    block = Block(voice, section, index, line=line, links=paragraph.links)
    block.emphasis, block.lead = paragraph.emphasis, paragraph.lead
    text = paragraph.text
    if "/" in text or "www." in text.lower():  # bare URLs: blanked, as in Markdown text
        block.urls = [m.start() for m in URL_RE.finditer(text)]
        text = URL_RE.sub(lambda m: " " * len(m.group(0)), text)
    block.add(text, line, 1, exact=False)
    return block


def _emphasis(children: Sequence[Token]) -> str:
    """ "em" or "strong" when one emphasis run holds all of a paragraph's text."""
    if len(children) < 3 or children[0].type not in ("em_open", "strong_open", "text"):
        return ""
    kept = [c for c in children if c.type != "text" or c.content.strip()]
    if len(kept) < 3 or not kept[0].type.endswith("_open"):
        return ""
    kind = kept[0].type[: -len("_open")]
    if kind not in ("em", "strong") or kept[-1].type != f"{kind}_close":
        return ""
    depth = 0
    for child in kept[:-1]:
        depth += child.type == f"{kind}_open"
        depth -= child.type == f"{kind}_close"
        if depth == 0:
            return ""  # "*a* and *b*": two runs
    return kind


def _walk_inline(
    children: Sequence[Token], block: Block, mapper: _InlineMapper, directives: list[Directive]
) -> None:
    in_autolink = False
    link_start = -1
    in_image = False
    leading = False  # inside an emphasis run that opens the block
    for child in children:
        kind = child.type
        if kind in ("strong_open", "em_open") and not block.text.strip() and not block.lead:
            leading = True
        elif leading and kind in ("strong_close", "em_close"):
            block.lead = len(block.text)
            leading = False
        if kind == "text":
            runs = mapper.runs(child.content)
            if not in_autolink and not in_image:
                _add_text(block, child.content, runs[0][1], runs[0][2], runs=runs)
        elif kind in ("softbreak", "hardbreak"):
            block.add(" ", *mapper.next_line())
        elif kind == "code_inline":
            line, col = mapper.locate(child.content)
            if link_start >= 0 and _NAME_IN_CODE.fullmatch(child.content):
                # a link whose text names an account or a repository in code style:
                # "tweet them at [`@project`](…)", "share them in [`org/catalog`](…)"
                block.add(child.content, line, col, exact=False)
            else:
                block.add("‹code›", line, col, exact=False)
        elif kind == "html_inline":
            line, col = mapper.locate(child.content)
            match = DIRECTIVE_RE.search(child.content)
            if match:
                directives.append(_directive(match, line, col))
        elif kind == "link_open":
            in_autolink = child.markup == "autolink" or child.info == "auto"
            mapper.skip(str(child.attrGet("href") or "")) if in_autolink else None
            link_start = len(block.text)
        elif kind == "link_close":
            if in_autolink:
                block.urls.append(len(block.text))
                block.add(" ", *mapper.locate(""))
            elif link_start >= 0:
                block.links.append((link_start, len(block.text)))
            in_autolink = False
            link_start = -1
        elif kind == "image":
            in_image = True
            mapper.skip(child.content)
            in_image = False
        elif child.children:
            _walk_inline(child.children, block, mapper, directives)


_NAME_IN_CODE = re.compile(r"@[\w.]{1,40}|[A-Za-z0-9][\w.-]{0,40}/[\w.-]{1,60}")


def _directive(match: re.Match[str], line: int, col: int) -> Directive:
    codes = tuple(
        c.upper() if re.fullmatch(r"[A-Za-z]+\d+", c) else c
        for c in re.split(r"[\s,]+", match.group(2).strip())
        if c
    )
    return Directive(match.group(1).lower(), codes, line, col)


def _directives(
    content: str, line: int, source_lines: Sequence[str], offset: int
) -> list[Directive]:
    found = []
    for match in DIRECTIVE_RE.finditer(content):
        row = content.count("\n", 0, match.start())
        source = (
            source_lines[line - offset - 1 + row]
            if line - offset - 1 + row < len(source_lines)
            else ""
        )
        col = source.find("<!--") + 1 or 1
        found.append(_directive(match, line + row, col))
    return found


# ------------------------------------------------------------------- blurbs


def from_blurb(texts: Sequence[BlurbText]) -> Prose:
    """One blurb, or a thread of them, as one text. Line breaks end sentences."""
    blocks: list[Block] = []
    for text in texts:
        for block in _blurb_blocks(text, len(blocks)):
            if block.text.strip():
                block.index = len(blocks)
                blocks.append(block)
            elif block.urls and blocks:  # a line holding only a link
                blocks[-1].urls.append(len(blocks[-1].text))
    return Prose(blocks)


def _raw_pieces(text: BlurbText) -> list[tuple[str, int, int]]:
    """The YAML source lines of a blurb's value: (content, file line, column)."""
    found = []
    for row, raw in enumerate(text.raw_lines):
        start = text.col - 1 if row == 0 else len(raw) - len(raw.lstrip())
        content = raw[start:].rstrip()
        stripped = content.lstrip("\"'")
        if row == 0 and stripped[:1] in ("|", ">") and len(stripped.split()) == 1:
            continue  # the block scalar indicator (>-, |)
        col = start + len(content) - len(stripped) + 1
        found.append((stripped.rstrip("\"'"), text.line + row, col))
    return found


def start_of(text: BlurbText) -> tuple[int, int]:
    """Where a blurb's text itself starts (after a quote or a `>-` line)."""
    pieces = _raw_pieces(text)
    return (pieces[0][1], pieces[0][2]) if pieces else (text.line, text.col)


def _blurb_blocks(text: BlurbText, first_index: int) -> Iterator[Block]:
    """Each line of a blurb's value as a block, with positions found by walking the
    YAML lines it was written on (folded lines join with a space)."""
    raw = _raw_pieces(text)
    row = 0
    for piece in text.text.split("\n"):
        block = Block("author", 0, first_index, line=raw[row][1] if row < len(raw) else text.line)
        first_index += 1
        marks: list[tuple[int, int, int]] = []  # (offset in piece, line, col)
        cursor = 0
        while row < len(raw) and cursor < len(piece):
            content, line, col = raw[row]
            probe = content.strip()[:24]
            at = piece.find(probe, cursor) if probe else -1
            if at < 0:
                if not probe:
                    row += 1
                    continue
                break
            marks.append((at, line, col + (len(content) - len(content.lstrip()))))
            cursor = at + len(content.strip())
            row += 1
        if not marks:
            marks = [(0, text.line, text.col)]
        marks[0] = (0, marks[0][1], marks[0][2] - marks[0][0])
        for i, (at, line, col) in enumerate(marks):
            end = marks[i + 1][0] if i + 1 < len(marks) else len(piece)
            _add_text(block, piece[at:end], line, max(col, 1), _BLURB_SKIP)
        yield block


# ---------------------------------------------------------------- sentences

ABBREVIATIONS = {
    "e.g",
    "i.e",
    "etc",
    "vs",
    "dr",
    "mr",
    "mrs",
    "ms",
    "prof",
    "st",
    "no",
    "nos",
    "approx",
    "inc",
    "ltd",
    "jr",
    "sr",
    "u.s",
    "u.k",
    "e.u",
    "a.m",
    "p.m",
    "fig",
    "ca",
    "cf",
    "dept",
    "est",
    "min",
    "max",
    "mt",
    "ft",
    "vol",
    "ed",
    "eds",
    "co",
    "corp",
    "jan",
    "feb",
    "mar",
    "apr",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "ph.d",
    "n.b",
    "p.s",
    "op",
    "al",
    "viz",
}
_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u2b55\u2764"
# A sentence's end: a run of stops, question and exclamation marks (with the quotes
# and brackets that close on it), or a run of emoji. Written to start with one class
# of characters, which lets the engine skip ahead to them (several times faster on
# long posts than an alternation of the two runs); the look-behinds then tell which
# run the first character opened.
_STOPS = ".!?…"
_TERMINAL = re.compile(
    rf"[{_STOPS}{_EMOJI}](?:(?<=[{_STOPS}])[{_STOPS}]*(?:[\"'”’)\]»*_]+)?"
    rf"|(?<![{_STOPS}])[{_EMOJI}\ufe0f\u200d]*)"
)
_OPENERS = "\"'“‘([«"
_LAST_WORD = re.compile(r"([\w.]+)$")
_ANY_WORD = re.compile(r"\w")
_LETTER = re.compile(r"[^\W\d_]")
_CAPITAL_START = re.compile(r"[.!?] +[A-Z][a-z]")


def may_ask_without_question_mark(text: str) -> bool:
    """Whether some sentence of `text` could be a question written without '?'."""
    return any(_UNMARKED_QUESTION.match(text, m.end()) for m in _SENTENCE_START.finditer(text))


# A question written without its question mark: "how would you decide"
_SENTENCE_START = re.compile(r"^\s*|[.!…]\s+|\n\s*")
_UNMARKED_QUESTION = re.compile(
    r"^(?:[\w' &#-]{2,40}: +)?"
    # a word or two of informal address first: "ok", "so", "y'all", "ngl"
    r"(?:(?:ok|okay|so|y'all|yall|guys|folks|hey|ngl|lol|honestly|seriously|right)[,!]? ){0,2}"
    r"(?!which (?:is|was) why\b)(?:(?:how|what|which|who|where|when|why)(?:'s|(?: [\w'-]+){0,2} "
    r"(?:do|does|did|would|could|should|will|can|is|are|have|has|was|were))\b|"
    # "which pizza place delivers after 11", not "which is why we left"
    r"which (?!is why|was why|means|meant|reminds|made|makes|brings|leads)[\w'-]+ [\w'-]+|"
    r"(?:do|should|shall) (?:i|we) [\w'-]+ [\w'-]+|"  # "so do i get the blue one", not "so do i"
    r"(?:do|did|would|could|will|can|have|"
    r"are) you\b|anyone\b|anybody\b|(?:does|has|is|did|can|could|would|will) "
    r"(?:anyone|anybody|someone|somebody)\b|"
    r"is it (?:just me|weird|normal|ok|okay|wrong|bad|too)\b|am i (?:the only|wrong|weird)\b|"
    r"who else\b)",
    re.IGNORECASE,
)
# ASCII smileys written after a sentence: ":-)", ";)", ":D", ":P", "<3", "^^", "xD".
_EMOTICON_TAIL = re.compile(r"(?:\s*(?:[:;=8][-'^o]?[()\[\]DPpO3/\\|*]|<3|\^_*\^|[xX]D))+\s*$")
_EMOTICON_ENDS = frozenset(")(][DPpO3/\\|*^")
_COUNTER = re.compile(r"\b\d+ ?/ ?\?+\)?$")  # a thread counter: "(1/?)"
_TAIL = re.compile(r"(?:\s*(?:#\w+|[:;=8][-'^o]?[DPpO3](?!\w)|[xX]D(?!\w)|[^\w\s\"'“‘(\[#@]))+")
_QUOTE_PAIRS = {'"': '"', "“": "”", "‘": "’", "«": "»"}


_MIXED_CLOSE = {'"': "”", "“": '"'}
# An opening quote mark; a straight apostrophe only where no letter comes before it
# ("don't" opens nothing). One class first, as in _TERMINAL, for speed.
_OPENING = re.compile(r"[\"“‘«'](?<!\w')")
_STRAIGHT_CLOSE = re.compile(r"'(?!\w)")


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech: "…", “…”, ‘…’, «…», and '…' when it opens after a space."""
    spans: list[tuple[int, int]] = []
    end = -1
    for opening in _OPENING.finditer(text):
        start = opening.start()
        if start <= end:
            continue
        mark = opening.group(0)
        if mark == "'":
            close = _STRAIGHT_CLOSE.search(text, start + 1)
            found = close.start() if close else -1
        else:
            found = text.find(_QUOTE_PAIRS[mark], start + 1)
            other = _MIXED_CLOSE.get(mark)
            if other:  # half-curled by an editor: "Show me …” or “Show me …"
                mixed = text.find(other, start + 1)
                if mixed > start + 1 and (found < 0 or mixed < found):
                    found = mixed
        if found > start + 1:
            spans.append((start, found))
            end = found
    return spans


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether `at` falls inside one of `spans` (sorted, not overlapping)."""
    i = bisect.bisect_left(spans, (at, at)) - 1
    return i >= 0 and spans[i][0] < at < spans[i][1]


_NON_SPACE = re.compile(r"\S")


def _next_char(text: str, at: int) -> str:
    """The first character from `at` on that is not white space ('' if none)."""
    found = _NON_SPACE.search(text, at)
    return found.group(0) if found else ""


def _is_boundary(
    text: str, match: re.Match[str], quotes: list[tuple[int, int]], lowercase: bool
) -> bool:
    end = match.end()
    mark = match.group(0)
    if end < len(text) and not text[end].isspace():
        return False
    nxt = _next_char(text, end)
    if not nxt:
        return True
    if mark.startswith(("...", "…")) and nxt.islower():
        return False
    if mark[0] == "." and "?" not in mark and "!" not in mark:
        word = _LAST_WORD.search(text, max(0, match.start() - 24), match.start())
        if word:
            token = word.group(1).lower()
            if token == "no":
                return not nxt.isdigit()  # "No. 5" but "No. Do you …"
            if token in ABBREVIATIONS or (len(token) == 1 and "a" <= token <= "z"):
                return False
    if _inside(quotes, match.start()) and nxt.islower():
        return False  # "Why bother?" she asked.
    if "?" in mark or "!" in mark or lowercase:
        return True  # "how long did you leave them? mine keep going mushy"
    return not nxt.islower() or nxt in _OPENERS


def split(block: Block) -> list[Sentence]:
    """Split a block's text into sentences."""
    text = block.text
    quotes = _quote_spans(text)
    # Written in lower case: sentences then start in lower case too.
    first = _LETTER.search(text)
    lowercase = first is not None and first.group(0).islower()
    lowercase = lowercase and not _CAPITAL_START.search(text)
    sentences: list[Sentence] = []
    start = 0
    for match in _TERMINAL.finditer(text):
        if not _is_boundary(text, match, quotes, lowercase):
            continue
        end = match.end()
        # emoji and hashtags right after the punctuation belong to this sentence
        tail = _TAIL.match(text, end)
        if tail and tail.group(0).strip() and not _next_char(text, tail.end()).islower():
            end = tail.end()
        _append(sentences, block, text, start, end, quotes, lowercase)
        start = end
    _append(sentences, block, text, start, len(text), quotes, lowercase)
    return sentences


def _without_trailing_marks(piece: str) -> str:
    """Drop what may follow a sentence's last word or question mark: spaces, closing
    quotes and brackets, emphasis marks, emoji, lone dots and hashtags.

    A loop rather than a regular expression: an expression for this backtracks
    exponentially on a long run of marks that ends in a letter ("*****…x").
    """
    end = len(piece)
    if piece[-1:] in _EMOTICON_ENDS:
        emoticon = _EMOTICON_TAIL.search(piece)
        if emoticon:
            end = emoticon.start()  # "Any tips? :-)": a smiley, not the sentence's end
    while end:
        char = piece[end - 1]
        if char.isspace() or char == "_" or not (char.isalnum() or char in "?.,;:"):
            end -= 1
            continue
        if char == "." and end >= 2 and piece[end - 2].isspace():
            end -= 1  # a lone dot: the ". . ." that sets hashtags apart on Instagram
            continue
        start = end  # a word: strip it only when it is a hashtag
        while start and (piece[start - 1].isalnum() or piece[start - 1] == "_"):
            start -= 1
        if start and piece[start - 1] == "#":
            end = start - 1
            continue
        break
    return piece[:end]


def _append(
    out: list[Sentence],
    block: Block,
    text: str,
    start: int,
    end: int,
    quotes: list[tuple[int, int]],
    block_lowercase: bool = False,
) -> None:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    if not piece or not _ANY_WORD.search(piece):
        return
    s = start + lead
    e = s + len(piece)
    at = piece.rfind("?")
    last_q = at + s if at >= 0 else -1
    if piece[-1] == "." and not piece.endswith(("...", " .")) and not block_lowercase:
        ends_with_question = False  # the common case, decided without regexes
    else:
        bare = _without_trailing_marks(piece)
        # A question without its question mark; in text written all in lower case
        # people end questions with a full stop too ("anyone got a spare ticket.").
        # An exclamation ("Anyone who wants to learn!") is not an unmarked question.
        exclaimed = "!" in piece[len(bare) :]
        unmarked = not exclaimed and (
            bare[-1:].isalnum() or (block_lowercase and piece.endswith("."))
        )
        ends_with_question = (bare.endswith("?") and not _COUNTER.search(bare)) or (
            unmarked and _UNMARKED_QUESTION.match(piece) is not None
        )
    own = last_q < 0 or not _inside(quotes, last_q)
    voice = block.voice
    if ends_with_question and not own and voice == "author":
        voice = "quote"  # the question is someone else's words
    mine = piece
    first = max(0, bisect.bisect_left(quotes, (s, s)) - 1)
    for a, b in quotes[first:]:  # blank out quoted speech, quote marks included
        if a >= e:
            break
        if b >= s:
            lo, hi = max(a, s) - s, min(b + 1, e) - s
            mine = mine[:lo] + " " * (hi - lo) + mine[hi:]
    question = ends_with_question and own
    out.append(Sentence(piece, block, s, e, voice, question, mine, number=len(out)))
