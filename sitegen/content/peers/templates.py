"""Template syntax in Markdown bodies: Hugo shortcodes (`{{< x >}}`, `{{% x %}}`) and
Liquid (`{% x %}`, `{{ site.x }}`), as Hugo, Jekyll and Pelican's liquid_tags write them.

Sitegen never publishes them as text. The common ones become what they stand for
(highlight → fenced code, figure/img → an image with its caption, youtube/vimeo → a
privacy-friendly embed, ref/relref/post_url/link → the linked post's URL); any other
is an error at its file:line:col that names it and says what to do. Replacements keep
the body's line count where they can, so later positions stay right.

Links to other posts become `sitegen-ref:` URLs here (a file is read alone) and are
resolved when the site is assembled (`resolve_refs`); one that matches nothing is left
for the build's link check to report.
"""

from __future__ import annotations

import html
import re
import shlex
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

from sitegen.config import SiteConfig
from sitegen.diagnostics import Diagnostic

REF_SCHEME = "sitegen-ref:"

# {{< name args >}} / {{% name args %}}, their closing forms, and {{</* … */>}} (escaped).
_SHORTCODE = re.compile(
    r"\{\{(?P<open>[<%])(?P<escaped>/\*)?\s*(?P<close>/)?\s*(?P<name>[\w./-]+)(?P<args>.*?)"
    r"\s*(?:\*/)?(?P=open_end)\}\}".replace("(?P=open_end)", "[>%]"),
    re.DOTALL,
)
_LIQUID_TAG = re.compile(r"\{%-?\s*(?P<name>\w+)(?P<args>.*?)-?%\}", re.DOTALL)
_END_RAW = re.compile(r"\{%-?\s*endraw\s*-?%\}")
_LIQUID_VAR = re.compile(r"\{\{-?\s*(?P<expr>[^{}]*?)\s*-?\}\}")
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,9}[.)])(?:\s|$)")
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
_LIQUID_OBJECT = re.compile(r"(site|page|post|include|layout|paginator|jekyll)\.\w")
_PAIRED = {"highlight", "raw", "comment", "tabs", "notice", "details"}
_MATH_SNIPPET = re.compile(r"(katex|mathjax|math)[\w-]*\.html?$", re.IGNORECASE)


@dataclass(frozen=True)
class Found:
    """One piece of template syntax and what it becomes (None: an error)."""

    start: int
    end: int
    text: str | None
    message: str = ""
    hint: str = ""


def _args(text: str) -> tuple[list[str], dict[str, str]]:
    """Shortcode arguments: positional and name="value"."""
    try:
        words = shlex.split(text.replace("\n", " "), posix=True)
    except ValueError:
        words = text.split()
    positional, named = [], {}
    for word in words:
        key, eq, value = word.partition("=")
        if eq and re.fullmatch(r"[\w-]+", key):
            named[key] = value
        else:
            positional.append(word)
    return positional, named


def _figure(src: str, alt: str = "", caption: str = "", link: str = "", title: str = "") -> str:
    alt_text = alt or caption or title
    img = f'<img src="{html.escape(src)}" alt="{html.escape(alt_text)}">'
    if link:
        img = f'<a href="{html.escape(link)}">{img}</a>'
    caption = caption or title
    if caption:
        return f"<figure>{img}<figcaption>{html.escape(caption)}</figcaption></figure>"
    return f"<figure>{img}</figure>"


def _youtube(video: str) -> str:
    video = quote(video, safe="")
    return (
        f'<div class="embed video"><iframe src="https://www.youtube-nocookie.com/embed/{video}" '
        'title="YouTube video" loading="lazy" allowfullscreen></iframe></div>'
    )


def _vimeo(video: str) -> str:
    video = quote(video, safe="")
    return (
        f'<div class="embed video"><iframe src="https://player.vimeo.com/video/{video}?dnt=1" '
        'title="Vimeo video" loading="lazy" allowfullscreen></iframe></div>'
    )


def _link(url: str, label: str) -> str:
    return f'<p class="embed link"><a href="{html.escape(url)}">{html.escape(label)}</a></p>'


# Embeds of services as a plain link: no third-party script or frame on the page.
_LINKED: dict[str, Callable[[str], tuple[str, str]]] = {
    "gist": lambda a: (f"https://gist.github.com/{a.replace(' ', '/')}", "View the gist"),
    "tweet": lambda a: (f"https://twitter.com/i/status/{a.split()[-1]}", "View the post on X"),
    "twitter": lambda a: (f"https://twitter.com/i/status/{a.split()[-1]}", "View the post on X"),
    "x": lambda a: (f"https://x.com/i/status/{a.split()[-1]}", "View the post on X"),
    "instagram": lambda a: (f"https://www.instagram.com/p/{a}/", "View the post on Instagram"),
    "speakerdeck": lambda a: (f"https://speakerdeck.com/player/{a}", "View the slides"),
    "slideshare": lambda a: (
        f"https://www.slideshare.net/slideshow/embed_code/{a}",
        "View the slides",
    ),
    "scribd": lambda a: (f"https://www.scribd.com/document/{a}", "View the document"),
    "gslides": lambda a: (a, "View the slides"),
}


def _ref(kind: str, target: str) -> str:
    return REF_SCHEME + kind + "/" + quote(target.strip().strip("\"'"), safe="/._-#")


def _shortcode(name: str, args: str, inner: str | None) -> str | None:
    positional, named = _args(args)
    first = positional[0] if positional else ""
    if name == "highlight":
        return _fenced(first, inner or "")
    if name in ("figure", "img", "image"):
        src = named.get("src") or first
        if not src:
            return None
        return _figure(
            src, named.get("alt", ""), named.get("caption", ""), named.get("link", ""),
            named.get("title", ""),
        )  # fmt: skip
    if name in ("youtube", "vimeo"):
        video = named.get("id") or first
        if not video:
            return None
        return _youtube(video) if name == "youtube" else _vimeo(video)
    if name in ("ref", "relref"):
        return _ref("ref", first or named.get("path", "")) if (first or named) else None
    if name in _LINKED and (first or named):
        url, label = _LINKED[name](" ".join(positional) or next(iter(named.values())))
        return _link(url, label)
    return None


def _fenced(language: str, code: str) -> str:
    language = language.split(",")[0].strip("\"'")
    code = code.strip("\n")
    fence = "````" if "```" in code else "```"
    return f"{fence}{language}\n{code}\n{fence}"


def _liquid_tag(name: str, args: str, inner: str | None, config: SiteConfig) -> str | None:
    positional, _ = _args(args)
    if name == "highlight":
        return _fenced(positional[0] if positional else "", inner or "")
    if name == "raw":
        return inner or ""
    if name == "comment":
        return ""
    if name == "literal":  # Pelican's liquid_tags.literal: show a tag as text
        return "{% " + args.strip() + " %}"
    if name == "post_url" and positional:
        return _ref("post", positional[0])
    if name == "link" and positional:
        return _ref("path", positional[0])
    if name == "youtube" and positional:
        return _youtube(positional[0])
    if name == "vimeo" and positional:
        return _vimeo(positional[0])
    if name == "img":  # Octopress and Pelican's liquid_tags: [class] src [w [h]] [title [alt]]
        words = positional
        while words and not re.match(r"(https?:)?/|[\w.-]+\.\w+$", words[0]):
            words = words[1:]
        if not words:
            return None
        src, rest = words[0], [w for w in words[1:] if not w.isdigit()]
        title = " ".join(rest)
        title, _, alt = title.partition('"')
        return _figure(src, alt=alt.strip('" ') or title, title="")
    if name == "include" and positional and _MATH_SNIPPET.search(positional[0]):
        # Jekyll and Octopress blogs include a snippet that loads KaTeX or MathJax on the
        # page; sitegen loads its math engine itself on pages with math (markdown: math).
        return "" if config.markdown.math != "off" else None
    if name == "video" and positional:
        src = positional[0]
        poster = next((p for p in positional[1:] if not p.isdigit()), "")
        attrs = f' poster="{html.escape(poster)}"' if poster else ""
        video = f'<video controls src="{html.escape(src)}"{attrs}></video>'
        return f'<div class="embed video">{video}</div>'
    return None


def _liquid_var(
    expr: str,
    config: SiteConfig,
    variables: dict[str, Any] | None = None,
    page: dict[str, Any] | None = None,
) -> str | None:
    """`{{ site.baseurl }}`, `{{ site.url }}`, `{{ "/x" | relative_url }}`, other
    `site.X` from site.yaml's `extra` (where `sitegen import` puts the peer's),
    `page.X` from the file's own front matter, and variables assigned above; None
    when the expression needs more than that."""
    result = _evaluate(expr, config, variables or {}, page or {})
    return result if isinstance(result, str) else None


def _operand(text: str, config: SiteConfig, variables: dict[str, Any], page: dict[str, Any]) -> Any:
    """One Liquid value: a quoted string, a number, a variable, page.X or site.X."""
    text = text.strip()
    if text[:1] in "\"'" and len(text) > 1 and text[-1:] == text[:1]:
        return text[1:-1]
    if re.fullmatch(r"-?\d+", text):
        return text
    base = config.base_path.rstrip("/")
    if text in ("site.baseurl", "site.base_url"):
        return base
    if text == "site.url":
        return config.site_url.rstrip("/")
    if text in ("site.title", "site.name"):
        return config.title
    if text == "site.description":
        return config.description
    if text.startswith("site.") and text[5:] in config.extra:
        return _scalar_or_list(config.extra[text[5:]])
    if text.startswith("page.") and text[5:] in page:
        value = page[text[5:]]
        return "" if value is None else _scalar_or_list(value)  # `key:` with no value: nil
    if re.fullmatch(r"\w+", text) and text in variables:
        return variables[text]
    return None


def _scalar_or_list(value: Any) -> Any:
    if isinstance(value, list):
        return (
            [str(v) for v in value]
            if all(isinstance(v, (str, int, float)) for v in value)
            else None
        )
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _jekyll_slugify(text: str) -> str:
    """Jekyll's `slugify` filter (default mode): lower case, every run of characters
    other than letters and digits joined into one '-'."""
    return re.sub(r"-+", "-", "".join(c if c.isalnum() else "-" for c in text.lower())).strip("-")


def _evaluate(
    expr: str, config: SiteConfig, variables: dict[str, Any], page: dict[str, Any]
) -> Any:
    """A Liquid output expression (value | filter: arg | …) with the filters whose
    meaning needs nothing but their arguments; None when it needs more."""
    head, *filters = [p.strip() for p in re.split(r"\|(?=(?:[^\"']|\"[^\"]*\"|'[^']*')*$)", expr)]
    result = _operand(head, config, variables, page)
    base = config.base_path.rstrip("/")
    for spec in filters:
        name, _, arg_text = spec.partition(":")
        name = name.strip()
        arg = _operand(arg_text, config, variables, page) if arg_text.strip() else None
        if result is None or (arg_text.strip() and not isinstance(arg, str)):
            return None
        if isinstance(result, list):
            return None
        if name == "relative_url":
            result = base + "/" + result.lstrip("/")
        elif name == "absolute_url":
            result = config.site_url.rstrip("/") + "/" + result.lstrip("/")
        elif name == "prepend" and arg is not None:
            result = arg + result
        elif name == "append" and arg is not None:
            result = result + arg
        elif name == "slugify" and arg is None:
            result = _jekyll_slugify(result)
        elif name == "downcase" and arg is None:
            result = result.lower()
        elif name == "upcase" and arg is None:
            result = result.upper()
        elif name == "strip" and arg is None:
            result = result.strip()
        elif name == "split" and arg is not None:
            result = result.split(arg)
        else:
            return None
    return result


def _code_lines(lines: list[str]) -> set[int]:
    """Lines inside fenced and indented code blocks (Liquid there is shown, as in a
    Hugo blog). An indented line is code only after a blank line and outside a list
    (there it continues the item), as CommonMark reads it."""
    inside: set[int] = set()
    fence = ""
    indented = in_list = False
    previous_blank = True
    for index, line in enumerate(lines):
        found = _FENCE.match(line)
        if fence:
            inside.add(index)
            if found and found[1][0] == fence[0] and len(found[1]) >= len(fence):
                fence = ""
            continue
        blank = not line.strip()
        if (
            not blank
            and line.startswith(("    ", "\t"))
            and (indented or (previous_blank and not in_list))
        ):
            inside.add(index)
            indented = True
        elif found:
            fence = found[1]
            inside.add(index)
            indented = in_list = False
        elif not blank:
            indented = False
            if not line.startswith(("    ", "\t")):
                in_list = bool(_LIST_ITEM.match(line)) or (in_list and not previous_blank)
        previous_blank = blank
    return inside


def _masked(body: str) -> str:
    """The body with fenced code and `inline code` blanked out (same length)."""
    lines = body.split("\n")
    code = _code_lines(lines)
    out = []
    for index, line in enumerate(lines):
        if index in code:
            out.append(" " * len(line))
        else:
            out.append(_INLINE_CODE.sub(lambda m: " " * len(m[0]), line))
    return "\n".join(out)


def _position(body: str, offset: int, body_line: int) -> tuple[int, int]:
    before = body[:offset]
    line = before.count("\n")
    col = offset - (before.rfind("\n") + 1) + 1
    return body_line + line, col


def _find_shortcodes(body: str) -> Iterable[Found]:
    stack: list[tuple[str, re.Match[str]]] = []
    for match in _SHORTCODE.finditer(body):
        name = match["name"]
        if match["escaped"]:  # {{</* x */>}} is Hugo's way to show a shortcode as text
            inner = match[0].replace("/*", "", 1).replace("*/", "", 1)
            yield Found(match.start(), match.end(), inner)
            continue
        if match["close"]:
            if stack and stack[-1][0] == name:
                _, opening = stack.pop()
                inner = body[opening.end() : match.start()]
                text = _shortcode(name, opening["args"], inner)
                yield _result(opening.start(), match.end(), text, "{{<", name)
            else:
                yield _result(match.start(), match.end(), None, "{{<", "/" + name)
            continue
        if name in _PAIRED and re.search(
            r"\{\{[<%]\s*/\s*" + re.escape(name) + r"\s*[>%]\}\}", body[match.end() :]
        ):
            stack.append((name, match))
            continue
        yield _result(
            match.start(), match.end(), _shortcode(name, match["args"], None), "{{<", name
        )
    for name, opening in stack:
        yield _result(opening.start(), opening.end(), None, "{{<", name)


def _result(start: int, end: int, text: str | None, kind: str, name: str) -> Found:
    if text is not None:
        return Found(start, end, text)
    if kind == "{{<":
        return Found(
            start,
            end,
            None,
            f"Hugo shortcode '{name}' has no equivalent in sitegen",
            "Replace it with Markdown or HTML (sitegen knows highlight, figure, img, youtube, "
            "vimeo, ref, relref, gist, tweet); the text would otherwise be published as is.",
        )
    return Found(
        start,
        end,
        None,
        f"Liquid {name} has no equivalent in sitegen",
        "Replace it with Markdown or HTML (sitegen knows highlight, raw, post_url, link, img, "
        "youtube, {{ site.baseurl }}, {{ site.url }}, site.X from site.yaml's extra, and "
        "a for loop over a list assigned from a literal); the text would otherwise be "
        "published as is.",
    )


_ASSIGN = re.compile(r"\s*(?P<name>\w+)\s*=\s*(?P<expr>.+?)\s*", re.DOTALL)
_FOR = re.compile(r"\s*(?P<var>\w+)\s+in\s+(?P<name>[\w.]+)\s*")


def _assign(
    args: str,
    variables: dict[str, Any],
    config: SiteConfig,
    page: dict[str, Any] | None = None,
) -> bool:
    """`{% assign x = "a|b" | split: "|" %}`, `{% assign s = item | slugify %}`: a value
    whose meaning needs nothing but the text, the front matter and what is assigned."""
    found = _ASSIGN.fullmatch(args)
    if found is None:
        return False
    value = _evaluate(found["expr"], config, variables, page or {})
    if value is None:
        return False
    variables[found["name"]] = value
    return True


def _for_loop(
    args: str,
    inner: str,
    variables: dict[str, Any],
    config: SiteConfig,
    page: dict[str, Any] | None = None,
) -> str | None:
    """`{% for x in list %}…{{ x }}…{% endfor %}` over a list assigned above or given in
    the front matter (`page.X`), with only assigns and what _liquid_var knows inside:
    the loop written out."""
    found = _FOR.fullmatch(args)
    if found is None:
        return None
    items = _operand(found["name"], config, variables, page or {})
    if not isinstance(items, list):
        return None
    out: list[str] = []
    for item in items:
        scope = {**variables, found["var"]: item}
        failed = False

        def tag(match: re.Match[str], scope: dict[str, Any] = scope) -> str:
            nonlocal failed
            if match["name"] != "assign" or not _assign(match["args"], scope, config, page):
                failed = True
            return ""

        def value(match: re.Match[str], scope: dict[str, Any] = scope) -> str:
            nonlocal failed
            result = _liquid_var(match["expr"].strip(), config, scope, page)
            failed = failed or result is None
            return result or ""

        text = _LIQUID_TAG.sub(tag, inner)
        out.append(_LIQUID_VAR.sub(value, text))
        if failed:
            return None
    return "".join(out).strip("\n")


def _find_liquid(
    body: str, masked: str, config: SiteConfig, page: dict[str, Any] | None = None
) -> Iterable[Found]:
    tags = list(_LIQUID_TAG.finditer(masked))
    skip_until = -1
    covered: list[tuple[int, int]] = []  # paired blocks, converted as a whole
    variables: dict[str, Any] = {}
    for index, match in enumerate(tags):
        if match.start() < skip_until:
            continue
        name = match["name"]
        args = body[match.start("args") : match.end("args")]
        if name == "assign" and _assign(args, variables, config, page):
            yield Found(match.start(), match.end(), "")
            continue
        if name == "raw":
            # Liquid reads {% raw %} before Markdown: its {% endraw %} may sit inside a
            # code fence that opened after it (Jekyll's docs do this), so it is looked
            # for in the text as written, not in the text with code masked.
            end = _END_RAW.search(body, match.end())
            if end is not None:
                yield Found(match.start(), end.end(), body[match.end() : end.start()])
                skip_until = end.end()
                covered.append((match.start(), skip_until))
                continue
        if name == "for":
            closing = next((t for t in tags[index + 1 :] if t["name"] in ("for", "endfor")), None)
            if closing is not None and closing["name"] == "endfor":
                inner = body[match.end() : closing.start()]
                text = _for_loop(args, inner, variables, config, page)
                if text is not None:
                    yield Found(match.start(), closing.end(), text)
                    skip_until = closing.end()
                    covered.append((match.start(), skip_until))
                    continue
        if name in _PAIRED or name in ("for", "if", "unless", "capture", "case"):
            end_name = "end" + name
            closing = next(
                (t for t in tags[index + 1 :] if t["name"] == end_name),
                None,
            )
            if closing is not None and name in _PAIRED:
                inner = body[match.end() : closing.start()]
                text = _liquid_tag(name, args, inner, config)
                yield _result(match.start(), closing.end(), text, "{%", f"{{% {name} %}}")
                skip_until = closing.end()
                covered.append((match.start(), skip_until))
                continue
        text = _liquid_tag(name, args, None, config)
        yield _result(match.start(), match.end(), text, "{%", f"tag {{% {name} %}}")
    for match in _LIQUID_VAR.finditer(masked):
        if any(start <= match.start() < end for start, end in covered):
            continue  # inside a block converted as a whole (not: anywhere before its end)
        if body[match.start() : match.start() + 3] in ("{{<", "{{%"):
            continue
        expr = body[match.start("expr") : match.end("expr")]
        if expr[:1] in ("$", ".") or (
            not _LIQUID_OBJECT.match(expr) and "|" not in expr and expr not in variables
        ):
            # {{ .Name }}, {{ $item.Key | urlquery }}: Go templates (no Liquid name starts
            # with '$' or '.'), which Hugo never runs in content; {{ x }}: prose. Peers
            # show both as text.
            continue
        text = _liquid_var(expr, config, variables, page)
        yield _result(match.start(), match.end(), text, "{%", f"variable {{{{ {expr} }}}}")


# ---------------------------------------------------------------- Zola (Tera)

# {{ name(k="v", …) }} and {% name(k="v") %}body{% end %}; {{/* … */}} shows one as text.
_TERA_ARGS = r"(?P<args>(?:[^()\"'`]|\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|`[^`]*`)*)"
_TERA_INLINE = re.compile(
    r"\{\{(?P<escaped>/\*)?\s*(?P<name>[A-Za-z_]\w*)\s*\(" + _TERA_ARGS + r"\)\s*(?:\*/)?\}\}"
)
_TERA_BLOCK = re.compile(
    r"\{%(?P<escaped>/\*)?\s*(?P<name>[A-Za-z_]\w*)\s*\(" + _TERA_ARGS + r"\)\s*(?:\*/)?%\}"
)
_TERA_END = re.compile(r"\{%(?P<escaped>/\*)?\s*end\s*(?:\*/)?%\}")
_TERA_KWARG = re.compile(
    r"(?P<key>\w+)\s*=\s*(?P<value>\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|`[^`]*`"
    r"|\[[^\]]*\]|[^,\s)]+)"
)
# Zola's internal links: [text](@/blog/post.md#part) and [label]: @/blog/post.md
_TERA_LINK = re.compile(r"(?:\]\(\s*<?|^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?)@/(?P<path>[^\s)>]+)", re.M)
_ZOLA_NOTES = {"note", "tip", "info", "warning", "caution", "important", "aside", "callout",
               "admonition", "alert", "notice"}  # fmt: skip
ZOLA_KNOWN = "youtube, vimeo, gist, figure, image, img, video, note, tip, warning, aside"


def _tera_kwargs(text: str) -> dict[str, str]:
    """Tera call arguments: name="text", name='text', name=`text`, numbers, booleans."""
    found: dict[str, str] = {}
    for match in _TERA_KWARG.finditer(text):
        value = match["value"]
        if value[:1] in "\"'`" and value[-1:] == value[:1]:
            value = value[1:-1].replace('\\"', '"').replace("\\'", "'")
        found[match["key"]] = value
    return found


def _zola_src(path: str, base: str) -> str:
    """An image argument: a URL or /path as written; 'posts/x/a.png' (a path under
    content/ with a folder, as Zola themes write it) from the site's base path; 'a.png'
    is beside the page."""
    if re.match(r"[a-z]+:|/|\.\.?/", path) or "/" not in path:
        return path
    return base.rstrip("/") + "/" + path


def _zola_shortcode(name: str, args: dict[str, str], body: str | None, base: str) -> str | None:
    first = next(iter(args.values()), "")
    if name in ("youtube", "vimeo"):
        video = args.get("id") or first
        if not video:
            return None
        return _youtube(video) if name == "youtube" else _vimeo(video)
    if name == "gist":
        url = args.get("url") or first
        return _link(url, "View the gist") if url else None
    if name in ("figure", "image", "img", "fig", "picture") or re.search(
        r"fig|image|img|picture|photo", name
    ):  # and a theme's variants: figure_no, float_image, resize_image …
        src = next((args[k] for k in ("src", "path", "image", "url", "file") if args.get(k)), "")
        if not src:
            return None
        link = args.get("link", "")
        return _figure(
            _zola_src(src, base), args.get("alt", ""),
            args.get("caption", "") or (body or "").strip(),
            _zola_src(link, base) if link else "", args.get("title", ""),
        )  # fmt: skip
    if name == "video":
        src = args.get("src") or args.get("path") or args.get("url") or first
        if not src:
            return None
        video = html.escape(_zola_src(src, base))
        return f'<div class="embed video"><video controls src="{video}"></video></div>'
    if name in _ZOLA_NOTES and body is not None:
        title = args.get("title") or args.get("header") or ""
        heading = f"<strong>{html.escape(title)}</strong>\n\n" if title else ""
        return f'<aside class="note {html.escape(name)}">\n\n{heading}{body.strip()}\n\n</aside>'
    return None


def _call_kind(name: str, args: str) -> str:
    """What a `{{ name(args) }}` call is: Zola's shortcodes take only name=value
    arguments, so one with a positional argument is Eleventy's (Nunjucks) shortcode
    or function; one without arguments can be either."""
    args = re.sub(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|`[^`]*`", "''", args).strip()
    if not args:
        return f"template call '{name}()' (a Zola or Eleventy shortcode)"
    if all(re.match(r"\s*\w+\s*=", part) for part in args.split(",")):
        return f"Zola shortcode '{name}'"
    return f"Eleventy (Nunjucks) shortcode '{name}'"


def _zola_result(
    start: int, end: int, text: str | None, name: str, args: str | None = None
) -> Found:
    if text is not None:
        return Found(start, end, text)
    what = f"Zola shortcode '{name}'" if args is None else _call_kind(name, args)
    return Found(
        start,
        end,
        None,
        f"{what} has no equivalent in sitegen",
        f"Replace it with Markdown or HTML (sitegen knows {ZOLA_KNOWN}, with their usual "
        "arguments); the text would otherwise be published as is.",
    )


def _find_zola(body: str, masked: str, base: str) -> Iterable[Found]:
    """Zola's shortcodes and @/ links, in the text outside code."""
    if "(" in masked:
        for match in _TERA_INLINE.finditer(masked):
            original = body[match.start() : match.end()]
            if match["escaped"]:
                yield Found(match.start(), match.end(), original.replace("/*", "", 1)
                            .replace("*/", "", 1))  # fmt: skip
                continue
            written = body[match.start("args") : match.end("args")]
            text = _zola_shortcode(match["name"], _tera_kwargs(written), None, base)
            yield _zola_result(match.start(), match.end(), text, match["name"], written)
        ends = list(_TERA_END.finditer(masked))
        for match in _TERA_BLOCK.finditer(masked):
            close = next((e for e in ends if e.start() > match.end()), None)
            if match["escaped"]:
                yield Found(match.start(), match.end(), body[match.start() : match.end()]
                            .replace("/*", "", 1).replace("*/", "", 1))  # fmt: skip
                if close is not None and close["escaped"]:
                    yield Found(close.start(), close.end(), "{% end %}")
                continue
            if close is None:
                yield _zola_result(match.start(), match.end(), None, match["name"])
                continue
            args = _tera_kwargs(body[match.start("args") : match.end("args")])
            inner = body[match.end() : close.start()]
            text = _zola_shortcode(match["name"], args, inner, base)
            yield _zola_result(match.start(), close.end(), text, match["name"])
    if "@/" in masked:
        for match in _TERA_LINK.finditer(masked):
            path = body[match.start("path") : match.end("path")]
            target, hash_, anchor = path.partition("#")
            target = re.sub(r"(^|/)_?index\.md$", "", target)
            ref = _ref("path", target + hash_ + anchor)
            at = match.start("path") - 2
            yield Found(at, match.end("path"), ref)


def convert(
    body: str, path: str, body_line: int, config: SiteConfig, page: dict[str, Any] | None = None
) -> tuple[str, list[Diagnostic]]:
    """The body with template syntax replaced, and an error for each piece that has no
    equivalent. `page` is the file's front matter (Liquid's page.X). Pure; the body's
    line count is kept where the replacement allows."""
    if "{{" not in body and "{%" not in body and "@/" not in body:
        return body, []
    found = list(_find_shortcodes(body))
    if "{%" in body or "{{" in body or "@/" in body:
        masked = _masked(body)
        for start, end in ((f.start, f.end) for f in found):
            masked = masked[:start] + " " * (end - start) + masked[end:]
        zola = list(_find_zola(body, masked, config.base_path))
        for start, end in ((f.start, f.end) for f in zola):
            masked = masked[:start] + " " * (end - start) + masked[end:]
        found.extend(zola)
        found.extend(_find_liquid(body, masked, config, page))
    found.sort(key=lambda f: f.start)
    diagnostics: list[Diagnostic] = []
    out: list[str] = []
    at = 0
    for item in found:
        if item.start < at:
            continue
        out.append(body[at : item.start])
        original = body[item.start : item.end]
        if item.text is None:
            line, col = _position(body, item.start, body_line)
            diagnostics.append(Diagnostic(path, line, col, item.message, hint=item.hint))
            out.append(original)
        else:
            text = item.text
            missing = original.count("\n") - text.count("\n")
            out.append(text + "\n" * missing if missing > 0 else text)
        at = item.end
    out.append(body[at:])
    return "".join(out), diagnostics


def ref_target(url: str) -> tuple[str, str] | None:
    """'sitegen-ref:post/2010-07-21-name' → ('post', '2010-07-21-name')."""
    if not url.startswith(REF_SCHEME):
        return None
    kind, _, target = url[len(REF_SCHEME) :].partition("/")
    return kind, unquote(target)


def resolve_refs(text: str, lookup: Callable[[str, str], str | None]) -> str:
    """Every `sitegen-ref:` URL in HTML replaced by the URL `lookup` finds for it."""
    if REF_SCHEME not in text:
        return text

    def replace(match: re.Match[str]) -> str:
        found = ref_target(html.unescape(match[1]))
        if found is None:
            return match[0]
        target, _, anchor = found[1].partition("#")
        url = lookup(found[0], target)
        if url is None:
            return match[0]
        return f'"{html.escape(url + ("#" + anchor if anchor else ""))}"'

    return re.sub(r'"(' + re.escape(REF_SCHEME) + r'[^"]*)"', replace, text)


def ref_keys(source_path: str, slug: str) -> list[str]:
    """The names a post answers to in ref/relref/post_url/link: its path under
    content/ (and under posts/), with and without the extension, its file name's stem
    and its slug."""
    relative = source_path.removeprefix("content/")
    keys = [relative, relative.rsplit(".", 1)[0]]
    for prefix in ("posts/", "pages/"):
        if relative.startswith(prefix):
            keys += [relative[len(prefix) :], relative[len(prefix) :].rsplit(".", 1)[0]]
    name = relative.rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0]
    if stem in ("index", "_index"):
        folder = relative.rsplit("/", 1)[0]
        keys += [folder, folder.rsplit("/", 1)[-1]]
    keys += [name, stem, slug]
    return keys


def lookup_table(items: Iterable[Any]) -> Callable[[str, str], str | None]:
    """Posts and pages → the function `resolve_refs` asks."""
    table: dict[str, str] = {}
    for item in items:
        for key in reversed(ref_keys(item.source.path, item.slug)):
            table[key] = item.url
    for item in items:  # the exact path wins over a slug shared with another post
        table[item.source.path.removeprefix("content/")] = item.url

    def lookup(kind: str, target: str) -> str | None:
        target = target.strip().lstrip("/").removeprefix("content/")
        for candidate in (
            target,
            target.removeprefix("_posts/"),
            target.rsplit(".", 1)[0],
            target.removeprefix("_posts/").rsplit(".", 1)[0],
            target.rsplit("/", 1)[-1].rsplit(".", 1)[0],
            target.rstrip("/").rsplit("/", 1)[-1],
        ):
            if candidate in table:
                return table[candidate]
        return None

    return lookup
