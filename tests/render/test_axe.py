"""axe-core finds no accessibility problem on any kind of page of the example site, in
light and dark. axe-core is an npm package: `npm install --prefix .axe axe-core@4`
(`.ci/run` does; `.axe/` is ignored by git), or point SITEGEN_AXE at its axe.min.js."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO, needs_browser
from tests.render.theme_site import PAGE_TYPES, build_example, served


def _axe_script() -> Path | None:
    given = os.environ.get("SITEGEN_AXE")
    candidates = [Path(given)] if given else []
    candidates.append(REPO / ".axe/node_modules/axe-core/axe.min.js")
    return next((c for c in candidates if c.is_file()), None)


AXE = _axe_script()
pytestmark = [
    needs_browser,
    pytest.mark.skipif(
        AXE is None and not os.environ.get("SITEGEN_REQUIRE_BROWSER"),
        reason="axe-core is not installed: npm install --prefix .axe axe-core@4",
    ),
]


@pytest.fixture(scope="module")
def example_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served(build_example(tmp_path_factory.mktemp("axe"))) as url:
        yield url


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_no_accessibility_violations(browser, example_url, kind, scheme, width):
    assert AXE is not None, "axe-core is required in CI (.ci/run installs it)"
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        page.emulate_media(color_scheme=scheme)
        page.goto(example_url + PAGE_TYPES[kind])
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate(
            "async () => (await axe.run(document)).violations.map(v => ({id: v.id,"
            " impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))"
        )
    finally:
        context.close()
    assert violations == [], f"{kind} ({scheme}, {width} px): {violations}"
