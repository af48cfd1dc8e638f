"""The README's promises: its test command is what CI runs, and the site.yaml
reference mentions every setting there is."""

from __future__ import annotations

import dataclasses
import re

from sitegen.config import SiteConfig
from tests.conftest import REPO


def _commands() -> list[str]:
    readme = (REPO / "README.md").read_text()
    section = readme.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_has_exactly_two_commands():
    assert len(_commands()) == 2


def test_ci_runs_the_readme_test_command():
    assert _commands()[1] in (REPO / ".ci/run").read_text().splitlines()


def test_site_yaml_reference_is_complete():
    readme = (REPO / "README.md").read_text()
    reference = readme.split("### site.yaml reference", 1)[1].split("\n## ", 1)[0]
    for field in dataclasses.fields(SiteConfig):
        if field.init:
            assert re.search(rf"^{field.name}:", reference, re.M), field.name
