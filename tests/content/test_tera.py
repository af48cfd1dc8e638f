"""The small part of Tera that `sitegen import zola` renders a site's own shortcode
templates with, and what makes it step aside."""

from __future__ import annotations

import pytest

from sitegen.importer.tera import Unsupported, render


def test_arguments_filters_and_branches() -> None:
    template = (
        '{% if size == "big" %}L{% elif size %}{{ size | upper }}{% else %}none{% endif %}'
        '-{{ label | default(value="x|y") }}'
    )
    assert render(template, {"size": "big"}) == "L-x|y"
    assert render(template, {"size": "mid", "label": "a"}) == "MID-a"
    assert render(template, {}) == "none-x|y"


def test_nested_ifs_set_and_comments() -> None:
    template = (
        '{# note #}{% set unit = "mm" %}{% if a %}{% if not b %}{{ a }}{{ unit }}{% endif %}'
        "{% else %}-{% endif %}"
    )
    assert render(template, {"a": "7"}) == "7mm"
    assert render(template, {"a": "7", "b": "1"}) == ""
    assert render(template, {"b": "1"}) == "-"


@pytest.mark.parametrize(
    "template",
    [
        "{% for x in items %}{{ x }}{% endfor %}",
        '{{ resize_image(path="a.png", width=10) }}',
        "{{ title | truncate(length=5) }}",
        "{% if a %}never closed",
    ],
)
def test_anything_more_is_unsupported(template: str) -> None:
    with pytest.raises(Unsupported):
        render(template, {"a": "1", "title": "t"})
