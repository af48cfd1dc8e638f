"""Reading what the peers write: TOML and Pelican front matter, template syntax."""

from __future__ import annotations

from sitegen.config import parse_config
from sitegen.content.loader import read_item
from sitegen.content.model import Post
from sitegen.content.peers import templates

CONFIG, _ = parse_config("title: T\nbase_url: https://example.org/\n")


def _post(path: str, text: str) -> tuple[Post | None, list[str]]:
    assert CONFIG is not None
    loaded = read_item(path, text.encode(), "post", CONFIG)
    item = loaded.item
    return (item if isinstance(item, Post) else None), [d.message for d in loaded.diagnostics]


def test_toml_front_matter_with_capitalised_keys():
    post, _ = _post("content/posts/a.md", '+++\nTitle = "Lake"\ndate = 2014-06-06\n+++\nHi.\n')
    assert post is not None and post.title == "Lake"


def test_pelican_header_single_digit_hour_and_comma_tags():
    text = "Title: Lake\nDate: 2014-06-06 2:00\nTags: python, django\n\nHi.\n"
    post, _ = _post("content/posts/lake.markdown", text)
    assert post is not None
    assert post.date.hour == 2 and [t.name for t in post.tags] == ["python", "django"]


def test_jekyll_space_separated_tags_and_date_from_file_name():
    post, _ = _post("content/posts/2014-06-06-lake.md", "---\ntitle: L\ntags: a b\n---\nHi.\n")
    assert post is not None and post.date.day == 6 and len(post.tags) == 2


def test_page_bundle_slug_is_the_folder():
    post, _ = _post("content/posts/my-trip/index.md", "---\ntitle: T\ndate: 2014-06-06\n---\n")
    assert post is not None and post.slug == "my-trip"


def test_unknown_key_is_kept_but_a_typo_is_an_error():
    _, messages = _post(
        "content/posts/a.md", "---\ntitle: T\ndate: 2014-06-06\ncomments: true\n---\n"
    )
    assert any("'comments' is not used" in m for m in messages)
    _, messages = _post("content/posts/a.md", "---\ntitel: T\ndate: 2014-06-06\n---\n")
    assert any("unknown key 'titel'" in m for m in messages)


def test_shortcode_with_and_without_equivalent():
    assert CONFIG is not None
    body, found = templates.convert('{{< figure src="a.png" caption="Lake" >}}\n', "p", 1, CONFIG)
    assert "<figcaption>Lake</figcaption>" in body and not found
    _, found = templates.convert("x\n{{< mystery 1 >}}\n", "p", 5, CONFIG)
    assert found and (found[0].line, found[0].col) == (6, 1) and "mystery" in found[0].message
