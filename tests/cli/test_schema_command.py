"""`sitegen schema site|post|page|series`: JSON Schema that editors can use, made from
the same dataclasses that validate site.yaml and front matter."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from sitegen.content.frontmatter import split
from tests.conftest import REPO


def _as_json(value: Any) -> Any:
    """YAML values as an editor's language server sees them (dates are text)."""
    if isinstance(value, dict):
        return {str(k): _as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_json(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _validator(run, what: str) -> jsonschema.Draft202012Validator:
    result = run("schema", what)
    assert result.code == 0, result.err
    schema = json.loads(result.out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _front_matter(path: Path) -> dict[str, Any]:
    parts, problems = split(path.read_text(encoding="utf-8"), str(path))
    assert not problems and parts.front_matter is not None, path
    return _as_json(yaml.safe_load(parts.front_matter))


def test_the_example_site_yaml_is_valid_against_the_site_schema(run):
    validator = _validator(run, "site")
    config = _as_json(yaml.safe_load((REPO / "site.yaml").read_text(encoding="utf-8")))
    assert list(validator.iter_errors(config)) == []


@pytest.mark.parametrize(
    ("what", "folder"), [("post", "posts"), ("page", "pages"), ("series", "series")]
)
def test_the_example_content_is_valid_against_its_schema(run, what, folder):
    validator = _validator(run, what)
    files = sorted((REPO / "content" / folder).rglob("*.md"))
    assert files
    for path in files:
        errors = [e.message for e in validator.iter_errors(_front_matter(path))]
        assert errors == [], f"{path}: {errors}"


def test_the_schema_refuses_what_sitegen_refuses(run):
    site = _validator(run, "site")
    assert not site.is_valid({"base_url": "https://example.org/"})  # title is required
    assert not site.is_valid({"title": "T", "base_url": "https://e.org/", "titel": "x"})
    assert not site.is_valid({"title": "T", "base_url": "https://e.org/", "posts_per_page": "x"})
    assert not site.is_valid(
        {"title": "T", "base_url": "https://e.org/", "lint": {"fail_on": "sometimes"}}
    )
    post = _validator(run, "post")
    assert post.is_valid({"title": "T", "date": "2026-10-19 9:30", "tags": "a, b"})
    assert not post.is_valid({"title": "T", "date": "19 October"})
    assert not post.is_valid({"title": "T", "date": "2026-10-19", "draft": "yes"})


def test_the_schema_carries_defaults_for_completion(run):
    schema = json.loads(run("schema", "site").out)
    assert schema["properties"]["output_dir"]["default"] == "public"
    assert schema["properties"]["feeds"]["properties"]["limit"]["default"] == 20
    assert schema["properties"]["lint"]["properties"]["fail_on"]["enum"] == [
        "error",
        "warning",
        "never",
    ]


def test_an_unknown_schema_is_a_usage_error(run):
    with pytest.raises(SystemExit) as stop:
        run("schema", "theme")
    assert stop.value.code == 2
