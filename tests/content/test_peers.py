"""Reading what the peers write: TOML and Pelican front matter, template syntax."""

from __future__ import annotations

from sitegen.config import parse_config
from sitegen.content.loader import read_item
from sitegen.content.model import Post
from sitegen.content.peers import templates
from tests.conftest import MINIMAL_CONFIG, html, post, write_site

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


def _diagnostics(path: str, text: str) -> list[tuple[str, int, int, str]]:
    assert CONFIG is not None
    loaded = read_item(path, text.encode(), "post", CONFIG)
    return [(d.path, d.line, d.col, d.message) for d in loaded.diagnostics]


def test_toml_syntax_error_is_at_its_file_line_and_column():
    text = '+++\ntitle = "A"\ndate = 2014-06-06\ntags = [oops\n+++\nHi.\n'
    [(path, line, col, message)] = _diagnostics("content/posts/a.md", text)
    assert (path, line, col) == ("content/posts/a.md", 4, 9)
    assert message.startswith("invalid TOML: ") and "(at line" not in message


def test_toml_wrong_type_and_unknown_key_are_at_their_own_lines():
    text = '+++\ntitle = "A"\n\ndate = "yesterday"\n\ntitel = "B"\n+++\nHi.\n'
    found = {line: message for _, line, _, message in _diagnostics("content/posts/a.md", text)}
    assert "'date' should be a date" in found[4]
    assert "unknown key 'titel'" in found[6]


def test_zola_taxonomies_and_extra_tables():
    text = (
        '+++\ntitle = "Stars"\ndate = 2023-01-21\n\n[taxonomies]\ntags = ["a", "b"]\n'
        'categories = ["sky"]\n\n[extra]\nmood = "cold"\n+++\nHi.\n'
    )
    post, messages = _post("content/posts/stars.md", text)
    assert post is not None, messages
    assert [t.name for t in post.tags] == ["a", "b"]
    assert [c.name for c in post.categories] == ["sky"]
    assert post.extra == {"mood": "cold"}


def test_pelican_headers_map_onto_the_model():
    text = (
        "Title: Why the kettle clicks\nDate: 2018-09-01 7:05\nModified: 2019-01-02\n"
        "Category: Kitchen Science\nTags: heat, water\nSlug: kettle\n"
        "Authors: Ann Bell, Cy Dee\nSummary: A strip and some steam.\n\nThe body.\n"
    )
    post, messages = _post("content/posts/anything.md", text)
    assert post is not None, messages
    assert post.title == "Why the kettle clicks" and post.slug == "kettle"
    assert (post.date.hour, post.date.minute) == (7, 5)
    assert post.updated is not None and post.updated.year == 2019
    assert [c.slug for c in post.categories] == ["kitchen-science"]
    assert [t.name for t in post.tags] == ["heat", "water"]
    assert post.authors == ("Ann Bell", "Cy Dee")
    assert post.document.summary_text == "A strip and some steam."
    assert post.body.strip() == "The body." and post.source.body_line == 10


def test_prose_starting_with_a_colon_phrase_is_not_a_pelican_header():
    post, _ = _post("content/posts/a.md", "Note: this is prose,\nand it goes on.\n")
    assert post is None  # no title: the file has no front matter at all


def test_markdown_extensions_are_all_read(tmp_path, run):
    site = write_site(
        tmp_path / "site",
        {
            "site.yaml": MINIMAL_CONFIG,
            "content/posts/one.markdown": post("One"),
            "content/posts/two.mdown": post("Two", date="2026-01-06"),
            "content/posts/three.md": post("Three", date="2026-01-07"),
        },
    )
    assert (
        "in 3 posts"
        in run(
            "lint",
            site / "content/posts/one.markdown",
            site / "content/posts/two.mdown",
            site / "content/posts/three.md",
        ).out
    )
    result = run("build", site)
    assert result.code == 0, result.err
    for slug in ("one", "two", "three"):
        assert html(site / f"public/2026/{slug}/index.html").css_first("h1") is not None
    assert not list((site / "public").rglob("*.markdown"))
    assert not list((site / "public").rglob("*.mdown"))


def test_keys_are_read_without_regard_to_case():
    text = "---\nTITLE: Lake\nDate: 2014-06-06\nTags: [a, b]\nCategories: [c]\nDraft: true\n---\n"
    post, messages = _post("content/posts/a.md", text)
    assert post is not None, messages
    assert post.title == "Lake" and post.draft
    assert [t.name for t in post.tags] == ["a", "b"] and [c.name for c in post.categories] == ["c"]


def test_a_key_written_twice_in_two_cases_is_an_error():
    cases = [
        (
            "---\nTitle: A\ntitle: B\ndate: 2014-06-06\n---\n",
            3,
            "'title' is 'Title' again (line 2)",
        ),
        (
            '+++\nTitle = "A"\ntitle = "B"\ndate = 2014-06-06\n+++\n',
            3,
            "'title' is 'Title' again (line 2)",
        ),
        ("Title: A\nTITLE: B\nDate: 2014-06-06\n\nBody.\n", 2, "'TITLE' is 'Title' again (line 1)"),
    ]
    for text, line, message in cases:
        found = _diagnostics("content/posts/a.md", text)
        assert [(n, m.split(";")[0]) for _, n, _, m in found] == [(line, "key " + message)]


def test_liquid_in_an_indented_code_block_is_code_but_not_in_a_list_item():
    assert CONFIG is not None
    shown = "The theme has:\n\n    {% if HEADER %}\n    {{ HEADER }}\n    {% endif %}\n\nDone.\n"
    body, found = templates.convert(shown, "p", 1, CONFIG)
    assert body == shown and not found
    # indented after a list item continues the item; after a paragraph line, too
    for text in ("- item\n\n    {% mystery %}\n", "Para\n    {% mystery %}\n"):
        _, found = templates.convert(text, "p", 1, CONFIG)
        assert [(f.line, f.message) for f in found] == [
            (text.count("\n") - 1 + 1, "Liquid tag {% mystery %} has no equivalent in sitegen")
        ]


def test_go_template_text_is_not_liquid():
    assert CONFIG is not None
    text = 'A slide: <a href="#{{$item.Key | urlquery }}">{{ .Title }}</a>\n'
    body, found = templates.convert(text, "p", 1, CONFIG)
    assert body == text and not found


def test_link_is_a_theme_key_not_a_typo_of_lint():
    _, messages = _post(
        "content/posts/a.md", "---\ntitle: T\ndate: 2014-06-06\nlink: https://example.com/\n---\n"
    )
    assert any("'link' is not used" in m for m in messages)
    assert not any("unknown key" in m for m in messages)


def test_liquid_variables_before_a_paired_block_are_still_converted():
    assert CONFIG is not None
    text = "![a]({{ site.baseurl }}/x.png) {{ site.nothing | upcase }}\n\n"
    text += "{% highlight py %}\n{{ inside }}\n{% endhighlight %}\n"
    body, found = templates.convert(text, "p", 1, CONFIG)
    assert body.startswith("![a](/x.png) {{ site.nothing | upcase }}")
    assert "```py\n{{ inside }}\n```" in body
    assert [(f.line, f.col) for f in found] == [(1, 32)]


def test_a_for_loop_over_an_assigned_literal_list_is_written_out():
    config, _ = parse_config(
        "title: T\nbase_url: https://example.org/\nextra:\n  repository: https://git.example/x\n"
    )
    assert config is not None
    text = (
        'See [#1][].\n\n{% assign nums = "1|2" | split: "|" %}\n{% for n in nums %}\n'
        "[#{{ n }}]: {{ site.repository }}/issues/{{ n }}\n{% endfor %}\n\nEnd.\n"
    )
    body, found = templates.convert(text, "p", 1, config)
    assert not found
    assert "[#1]: https://git.example/x/issues/1\n\n[#2]: https://git.example/x/issues/2" in body
    assert "{%" not in body and "{{" not in body
    # over something it cannot know, or with a filter it does not have: still an error
    for text in (
        "{% for t in site.data.talks %}\n{{ t }}\n{% endfor %}\n",
        '{% assign x = "a|b" | split: "|" %}{% for n in x %}{{ n | truncate: 3 }}{% endfor %}\n',
    ):
        _, found = templates.convert(text, "p", 1, config)
        assert any("{% for %}" in f.message for f in found)


def test_a_raw_block_whose_endraw_sits_inside_a_code_fence_is_read_as_liquid_does():
    """Liquid runs before Markdown, so `{% raw %}` can open outside a fence and close
    inside it; a later raw block must not be swallowed (and published as text)."""
    assert CONFIG is not None
    text = (
        "{% raw %}\n```liquid\n{% for x in list %}{{ x }}{% endfor %}\n{% endraw %}\n```\n\n"
        "Between.\n\n{% raw %}\n```liquid\n{{ page.title }}\n```\n{% endraw %}\n"
    )
    body, found = templates.convert(text, "p", 1, CONFIG)
    assert found == []
    assert "{% raw %}" not in body and "{% endraw %}" not in body
    assert "{% for x in list %}{{ x }}{% endfor %}" in body and "{{ page.title }}" in body
    assert body.count("\n") == text.count("\n")  # later positions stay right


def test_an_include_of_a_math_snippet_is_the_sites_math_engine():
    on, _ = parse_config("title: T\nbase_url: https://example.org/\nmarkdown:\n  math: katex\n")
    assert on is not None and CONFIG is not None
    body, found = templates.convert("$$x^2$$\n\n{% include katex_render.html %}\n", "p", 1, on)
    assert found == [] and "include" not in body
    _, found = templates.convert("{% include mathjax.html %}\n", "p", 1, CONFIG)  # math off
    assert len(found) == 1 and "include" in found[0].message
