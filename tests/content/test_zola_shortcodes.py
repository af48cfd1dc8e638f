"""Zola's shortcodes (Tera calls in Markdown) read as sitegen reads a post: the ones
with an equivalent become it, an unknown one is an error at its line and column that
names it, the escaped forms and code show them as written."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from sitegen.config import parse_config
from sitegen.content.loader import read_item
from sitegen.content.model import Post

CONFIG, _ = parse_config("title: T\nbase_url: https://example.org/blog/\n")
HEAD = '+++\ntitle = "Night walk"\ndate = 2023-05-01\n+++\n\n'  # the body starts on line 6


def _read(body: str) -> tuple[HTMLParser, list[tuple[int, int, str, str]]]:
    assert CONFIG is not None
    loaded = read_item("content/posts/walk.md", (HEAD + body).encode(), "post", CONFIG)
    assert isinstance(loaded.item, Post)
    found = [(d.line, d.col, d.message, d.hint) for d in loaded.diagnostics]
    return HTMLParser(loaded.item.document.html), found


def test_vimeo_gist_and_video_have_equivalents() -> None:
    page, found = _read(
        "{{ vimeo(id='4711') }}\n\n{{ gist(url=\"https://gist.github.com/ann/ab12\") }}\n\n"
        '{{ video(src="clip.mp4") }}\n'
    )
    assert found == []
    assert page.css_first("iframe").attributes["src"] == "https://player.vimeo.com/video/4711?dnt=1"
    assert page.css_first("a").attributes["href"] == "https://gist.github.com/ann/ab12"
    assert page.css_first("video").attributes["src"] == "clip.mp4"


def test_a_figure_path_under_content_is_taken_from_the_base_path() -> None:
    page, _ = _read('{{ figure(image="posts/2023/walk/owl.jpg", caption="An owl") }}\n')
    assert page.css_first("img").attributes["src"] == "/blog/posts/2023/walk/owl.jpg"
    assert page.css_first("figcaption").text() == "An owl"


def test_an_unknown_shortcode_is_an_error_that_names_it_and_says_what_to_do() -> None:
    _, found = _read("Before.\n\nSee {{ owl_call(pitch=`low`, times=3) }} here.\n")
    [(line, col, message, hint)] = found
    assert (line, col) == (8, 5)
    assert "owl_call" in message and "Zola shortcode" in message
    assert hint.startswith("Replace it with Markdown or HTML")


def test_an_unknown_block_shortcode_is_an_error_at_its_opening() -> None:
    _, found = _read('{% sidebar(side="left") %}\nBody text.\n{% end %}\n')
    [(line, col, message, _)] = found
    assert (line, col) == (6, 1) and "'sidebar'" in message


def test_a_block_without_its_end_is_an_error() -> None:
    _, found = _read("{% note() %}\nNever closed.\n")
    assert [(line, message) for line, _, message, _ in found] == [
        (6, "Zola shortcode 'note' has no equivalent in sitegen")
    ]


def test_the_escaped_forms_show_the_call_as_text() -> None:
    page, found = _read('Write {{/* youtube(id="abc") */}} to embed a video.\n')
    assert found == []
    assert 'Write {{ youtube(id="abc") }} to embed a video.' in page.css_first("p").text()


def test_a_shortcode_in_a_fenced_block_is_code() -> None:
    page, found = _read('```\n{{ youtube(id="abc") }}\n{% note() %}x{% end %}\n```\n')
    assert found == []
    assert 'youtube(id="abc")' in page.css_first("pre code").text()
