"""One configured markdown-it-py parser: CommonMark plus the extensions a blog needs.

`parse` turns Markdown into tokens (shared by the linter and the renderer, so a
body is parsed once a build); `render` turns tokens into a `Document`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token
from mdit_py_plugins.anchors import anchors_plugin
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

from sitegen.config import MarkdownConfig
from sitegen.content import rawhtml
from sitegen.content.model import Document, Heading
from sitegen.slugs import slugify

MORE_MARKER = "<!-- more -->"
_MORE_RE = re.compile(r"^\s*<!--\s*more\s*-->\s*$")
_WORD_RE = re.compile(r"\w+(?:[’'-]\w+)*")
_BLOCK_TAG_RE = re.compile(r"</?(?:p|li|h[1-6]|br|div|blockquote|tr|td|th|pre|ul|ol|hr)\b[^>]*>")
_TAG_RE = re.compile(r"<[^>]+>")


@lru_cache(maxsize=64)
def _lexer(language: str) -> Any:
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        return get_lexer_by_name(language)
    except ClassNotFound:
        return None


@cache
def _formatter() -> Any:
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(nowrap=True)


def _highlight(code: str, language: str, _attrs: str) -> str:
    lexer = _lexer(language.strip().lower()) if language.strip() else None
    if lexer is None:
        return ""  # markdown-it escapes the code itself
    from pygments import highlight

    body = highlight(code, lexer, _formatter())
    cls = html.escape(language.strip(), quote=True)
    return f'<pre class="highlight"><code class="language-{cls}">{body}</code></pre>'


def _math(content: str, options: dict[str, Any]) -> str:
    """TeX as the browser's math engine reads it: \\(…\\) inline, \\[…\\] displayed."""
    text = html.escape(content, quote=False)
    return f"\\[{text}\\]" if options.get("display_mode") else f"\\({text}\\)"


MATH_SCRIPTS = {
    "katex": (
        '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/katex@0.16/dist/katex.min.css">'
        '<script defer src="https://cdn.jsdelivr.net/npm/katex@0.16/dist/katex.min.js"></script>'
        '<script defer src="https://cdn.jsdelivr.net/npm/katex@0.16/dist/contrib/'
        'auto-render.min.js" onload="renderMathInElement(document.body)"></script>'
    ),
    "mathjax": (
        '<script defer src="https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-chtml.js"></script>'
    ),
}


def warm_up() -> None:
    """Load Pygments' formatter and the lexers most posts use."""
    _formatter()
    for language in ("python", "javascript", "bash", "yaml", "json", "html", "css", "text"):
        _lexer(language)


def _lazy_images(self: Any, tokens: list[Token], idx: int, options: Any, env: Any) -> str:
    tokens[idx].attrSet("loading", "lazy")
    return str(self.image(tokens, idx, options, env))


@cache
def parser(config: MarkdownConfig) -> MarkdownIt:
    """The parser for a set of Markdown options (built once, reused)."""
    md = MarkdownIt(
        "commonmark",
        {
            "html": config.raw_html,
            "typographer": config.smart_quotes,
            "highlight": _highlight if config.highlight else None,
        },
    )
    md.enable(["table", "strikethrough"])
    md.block.ruler.before(md.block.ruler.get_all_rules()[0], "sitegen_too_deep", _too_deep)
    if config.smart_quotes:
        md.enable(["replacements", "smartquotes"])
    if config.raw_html:
        md.use(rawhtml.plugin)
    md.use(footnote_plugin)
    # $…$ and $$…$$ kept intact (a backslash in TeX is not a Markdown escape); "$5 and
    # $10" stays text: no space inside the dollars, no digit after the closing one.
    # Only where math is on (the site's markdown.math, or a page's math: true): on a
    # site without it, dollars are prices, shell variables and Go templates' $x.
    if config.math != "off":
        md.use(dollarmath_plugin, allow_space=False, allow_digits=False, renderer=_math)
    md.use(tasklists_plugin)
    if config.anchors:
        md.use(anchors_plugin, min_level=1, max_level=6, slug_func=slugify)
    md.add_render_rule("image", _lazy_images)
    return md


def parse(text: str, config: MarkdownConfig) -> list[Token]:
    return parser(config).parse(text, {})


def _too_deep(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """Past a depth markdown-it would drop the rest of a nested list or quote without
    a word; keep those lines instead, as one plain paragraph, and mark it."""
    if silent or state.level < state.md.options.maxNesting - 2:
        return False
    lines = [
        state.src[state.bMarks[i] + state.tShift[i] : state.eMarks[i]] for i in range(start, end)
    ]
    opening = state.push("paragraph_open", "p", 1)
    opening.map = [start, end]
    offset = state.bMarks[start] + state.tShift[start]
    opening.meta["too_deep"] = offset - state.src.rfind("\n", 0, offset)  # the column
    inline = state.push("inline", "", 0)
    inline.content = "\n".join(line for line in lines if line.strip())
    inline.map = [start, end]
    inline.children = []
    state.push("paragraph_close", "p", -1)
    state.line = end
    return True


@dataclass(frozen=True)
class ParseWarning:
    line: int  # 0-based, in the Markdown body
    message: str
    hint: str
    near: str = ""  # text on that line to point at, when known
    col: int = 0  # or the column, when known


def warnings(tokens: list[Token]) -> list[ParseWarning]:
    """What parsing changed or hid that the author should hear about."""
    found: list[ParseWarning] = []
    for token in tokens:
        if token.meta.get("too_deep") and token.map:
            found.append(
                ParseWarning(
                    token.map[0],
                    "lists or quotes nested too deeply; from here on this part is shown as "
                    "plain text",
                    "Nest lists and quotes at most a few levels deep.",
                    col=token.meta["too_deep"],
                )
            )
        elif token.type == "html_block" and token.map and _unclosed_comment(token.content):
            found.append(
                ParseWarning(
                    token.map[0],
                    "this HTML comment is never closed, so the rest of the post is hidden",
                    "Close it with '-->', or write '&lt;!--' to show the characters.",
                    "<!--",
                )
            )
    for removed in rawhtml.removed_urls(tokens):
        found.append(
            ParseWarning(
                removed.line,
                f'raw HTML <{removed.tag} {removed.attribute}="{removed.shown}"> runs code when '
                f"followed; the {removed.attribute} attribute was left out of the page",
                "Link to a page (https://…) instead; to show such a link as an example, put it "
                "in `backticks`.",
                removed.written.split("\n", 1)[0],
            )
        )
    return sorted(found, key=lambda w: w.line)


def _unclosed_comment(content: str) -> bool:
    start = content.find("<!--")
    return start >= 0 and "-->" not in content[start + 4 :]


def is_more_marker(tokens: list[Token], index: int) -> bool:
    """`<!-- more -->` as an HTML block, or as a paragraph when raw HTML is off."""
    token = tokens[index]
    if token.type == "html_block":
        return bool(_MORE_RE.match(token.content))
    return (
        token.type == "paragraph_open"
        and index + 1 < len(tokens)
        and bool(_MORE_RE.match(tokens[index + 1].content))
    )


def render(tokens: list[Token], config: MarkdownConfig) -> Document:
    md = parser(config)
    more = next((i for i in range(len(tokens)) if is_more_marker(tokens, i)), None)
    if more is not None:  # the marker splits the summary off; readers never see it
        tokens = (
            tokens[:more] + tokens[more + (3 if tokens[more].type == "paragraph_open" else 1) :]
        )
    body = md.renderer.render(tokens, md.options, {})
    if config.math != "off" and any(_has_math(t) for t in tokens):
        body += MATH_SCRIPTS[config.math] + "\n"
    summary_tokens = tokens[:more] if more is not None else _first_paragraph(tokens)
    summary_html = md.renderer.render(summary_tokens, md.options, {}) if summary_tokens else ""
    return Document(
        html=body,
        summary_html=summary_html,
        summary_text=plain_text(summary_html),
        toc=_headings(tokens, config.toc_depth),
        word_count=_count_words(tokens),
    )


def _has_math(token: Token) -> bool:
    if token.type.startswith("math"):
        return True
    return any(c.type.startswith("math") for c in token.children or [])


def plain_text(fragment: str, limit: int = 300) -> str:
    """HTML fragment → one line of plain text, cut at a word boundary."""
    spaced = _BLOCK_TAG_RE.sub(" ", fragment)
    text = " ".join(html.unescape(_TAG_RE.sub("", spaced)).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:.") + "…"


def _first_paragraph(tokens: list[Token]) -> list[Token]:
    for i, token in enumerate(tokens):
        if token.type == "paragraph_open" and token.level == 0:
            return tokens[i : i + 3]
    return []


def _headings(tokens: list[Token], depth: int) -> tuple[Heading, ...]:
    found = []
    for i, token in enumerate(tokens):
        if token.type != "heading_open":
            continue
        level = int(token.tag[1])
        if 2 <= level <= depth:
            inline = tokens[i + 1]
            text = "".join(
                c.content for c in inline.children or [] if c.type in ("text", "code_inline")
            )
            found.append(Heading(level, str(token.attrGet("id") or ""), text))
    return tuple(found)


def _count_words(tokens: list[Token]) -> int:
    count = 0
    for token in tokens:
        if token.type == "inline":
            for child in token.children or []:
                if child.type == "text":
                    count += len(_WORD_RE.findall(child.content))
    return count
