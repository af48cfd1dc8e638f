"""One registry: every code sitegen can emit is declared once, emitters refer to the
declaration rather than a string, and the README's rule table is the registry's."""

from __future__ import annotations

import ast
import re

from sitegen.content import problems
from sitegen.diagnostics import Code
from sitegen.lint import registry
from sitegen.lint.formats import default_level, list_rules
from tests.conftest import REPO

CODE = re.compile(r"^(?:ENG|SER)\d{3}$")


def test_codes_and_names_are_unique():
    codes = [r.code for r in registry.RULES]
    names = [r.name for r in registry.RULES]
    assert len(codes) == len(set(codes))
    assert len(names) == len(set(names))
    assert all(CODE.match(c) for c in codes)


def test_every_rule_has_a_way_to_be_reported():
    """A rule checks texts, checks the site, or is reported by name elsewhere."""
    reported_elsewhere = {"ENG901", "ENG902", "ENG904"}  # by the engine, as rule objects
    declared = {v.code for v in vars(problems).values() if isinstance(v, Code)}
    for rule in registry.RULES:
        ways = [rule.check is not None, rule.site_check is not None, rule.code in declared]
        ways.append(rule.code in reported_elsewhere)
        assert sum(ways) == 1, rule.code


def test_codes_found_while_reading_are_rules_with_the_same_name():
    declared = [v for v in vars(problems).values() if isinstance(v, Code)]
    assert declared
    for code in declared:
        assert registry.BY_CODE[code.code].name == code.name


def test_no_code_is_written_as_a_string_outside_its_declaration():
    """Emitters use the rule or Code object; a code as a bare string anywhere else
    (a Diagnostic(..., code="SER002") built by hand) would bypass the registry."""
    found = []
    for path in sorted((REPO / "sitegen").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        allowed: set[int] = set()
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") in ("rule", "Code")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                allowed.add(id(node.args[0]))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and CODE.match(node.value)
                and id(node) not in allowed
            ):
                found.append(f"{path.relative_to(REPO)}:{node.lineno}: {node.value}")
    assert found == []


def test_list_rules_is_in_code_order_and_says_off():
    lines = list_rules().splitlines()
    codes = [line.split()[0] for line in lines]
    assert codes == sorted(r.code for r in registry.RULES)
    off = [line for line in lines if line.startswith("ENG202")]
    assert off and off[0].split()[2] == "off" and "off by default" not in off[0]


def test_readme_rule_table_is_the_registry():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("| code | name | default |", 1)[1].split("\n\n", 1)[0]
    rows = [
        [cell.strip() for cell in line.strip("|").split("|")]
        for line in table.splitlines()[2:]
        if line.startswith("|")
    ]
    expected = [
        [r.code, r.name, default_level(r), r.summary.replace("|", "/")]
        for r in sorted(registry.RULES, key=lambda r: r.code)
    ]
    assert rows == expected
