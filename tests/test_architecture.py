"""The rules of the house (docs/ARCHITECTURE.md), read from the imports themselves.

Every `import` in sitegen/, at the top of a module or inside a function, is an arrow
from one module to another. Some arrows are forbidden because they would run the
pipeline backwards; the rest must not form a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "sitegen"

# stage → the stages it may never import
FORBIDDEN = {
    "content": {"lint", "render", "build", "serve", "cli", "new"},
    "lint": {"render", "build", "serve", "cli", "new"},
    "render": {"lint", "build", "serve", "cli", "new"},
    "build": {"serve", "cli", "new"},
    "serve": {"cli", "new"},
}
SHARED = {"config", "diagnostics", "schema", "yamltree", "slugs", "progress", "report"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """The sitegen modules `path` imports, anywhere in it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = module_name(path)
    package = here if path.name == "__init__.py" else here.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("sitegen"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            if not target.startswith("sitegen"):
                continue
            found.add(target)
            for alias in node.names:  # `from sitegen.lint import rules` imports a module
                candidate = f"{target}.{alias.name}"
                if _exists(candidate):
                    found.add(candidate)
    found.discard(here)
    return {m for m in found if _exists(m)}


def _exists(module: str) -> bool:
    relative = Path(*module.split(".")[1:])
    return (PACKAGE / relative).with_suffix(".py").is_file() or (
        PACKAGE / relative / "__init__.py"
    ).is_file()


def stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "sitegen"


def graph() -> dict[str, set[str]]:
    return {module_name(p): imports(p) for p in sorted(PACKAGE.rglob("*.py"))}


def test_the_graph_is_read():
    arrows = graph()
    assert "sitegen.content.loader" in arrows
    assert "sitegen.config" in arrows["sitegen.content.loader"]
    assert sum(len(targets) for targets in arrows.values()) > 100


def test_no_stage_imports_a_later_one():
    wrong = [
        f"{source} imports {target}"
        for source, targets in graph().items()
        for target in targets
        if stage(target) in FORBIDDEN.get(stage(source), set())
    ]
    assert wrong == []


def test_only_main_imports_the_cli():
    wrong = [
        source
        for source, targets in graph().items()
        if "sitegen.cli" in targets and source != "sitegen.__main__"
    ]
    assert wrong == []


def test_shared_helpers_import_no_stage():
    stages = {"content", "lint", "render", "build", "serve", "cli", "new"}
    wrong = [
        f"{source} imports {target}"
        for source, targets in graph().items()
        if stage(source) in SHARED
        for target in targets
        if stage(target) in stages
    ]
    assert wrong == []


def test_no_import_cycles():
    arrows = graph()
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for target in sorted(arrows.get(module, ())):
            # A package's __init__ is imported with each of its modules; an arrow from a
            # module to its own package's __init__ is not a cycle of ours.
            if module.startswith(target + "."):
                continue
            if state.get(target) == 1:
                cycles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target)
        path.pop()
        state[module] = 2

    for module in sorted(arrows):
        if module not in state:
            visit(module)
    assert cycles == []
