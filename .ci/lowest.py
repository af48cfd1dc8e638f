"""Print a pip constraints file that pins each runtime dependency to its lower bound.

CI installs the project once with the newest versions its bounds allow and once with
these, so a dependency release or a lower bound that is too loose shows up in CI
rather than on a user's machine. Test tools stay at their newest versions: the
lower bounds users rely on are those of the runtime dependencies.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*([^;]*)(;.*)?$")


def lowest(requirement: str) -> str | None:
    """`name==lower` for a requirement with a `>=lower` bound, else None."""
    match = REQUIREMENT.match(requirement)
    if match is None:
        raise ValueError(f"cannot read the requirement {requirement!r}")
    name, _extras, spec, marker = match.groups()
    bound = re.search(r">=\s*([^,\s]+)", spec)
    if bound is None:
        return None
    return f"{name}=={bound.group(1)}{marker or ''}"


def main() -> None:
    pyproject = Path(sys.argv[1] if len(sys.argv) > 1 else "pyproject.toml")
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    pins = [pin for req in project["dependencies"] if (pin := lowest(req))]
    print("\n".join(pins))


if __name__ == "__main__":
    main()
