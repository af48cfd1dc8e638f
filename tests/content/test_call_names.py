"""An unknown `{{ name(…) }}` call is named as the peer that wrote it: Zola's
shortcodes take only name=value arguments, Eleventy's Nunjucks shortcodes usually
take positional ones; an author told "Zola shortcode" on an Eleventy blog looks in
the wrong place."""

from __future__ import annotations

import pytest

from sitegen.config import parse_config
from sitegen.content.peers import templates

CONFIG, _ = parse_config("title: T\nbase_url: https://example.org/\n")


@pytest.mark.parametrize(
    ("call", "named"),
    [
        ('{{ starchart(ra="5h", dec=20) }}', "Zola shortcode 'starchart'"),
        (
            '{{ crumbshot("loaf.jpg", "A crumb shot") }}',
            "Eleventy (Nunjucks) shortcode 'crumbshot'",
        ),
        ("{{ year() }}", "template call 'year()' (a Zola or Eleventy shortcode)"),
    ],
)
def test_an_unknown_call_names_its_peer(call: str, named: str) -> None:
    assert CONFIG is not None
    _, found = templates.convert(f"Before.\n\n{call}\n", "content/posts/x.md", 5, CONFIG)
    assert [(d.line, d.col, d.message) for d in found] == [
        (7, 1, f"{named} has no equivalent in sitegen")
    ]
