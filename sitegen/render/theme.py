"""Themes: find the theme chain and set up the Jinja environment.

Templates are looked up in the site's own `templates/` folder, then in the theme,
then in the themes it extends (`extends:` in theme.yaml). Static files are copied
in the opposite order so that the most specific file wins.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2

from sitegen import yamltree
from sitegen.config import CONFIG_FILE, SiteConfig
from sitegen.diagnostics import ConfigError, Diagnostic

THEME_FILE = "theme.yaml"


def builtin_themes_dir() -> Path:
    """Built-in themes: inside an installed wheel, or the repository's themes/."""
    packaged = Path(__file__).resolve().parent.parent / "_themes"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "themes"


@dataclass(frozen=True)
class Theme:
    """The resolved theme chain: most specific folder first."""

    name: str
    template_dirs: tuple[Path, ...]
    static_dirs: tuple[Path, ...]  # copy in this order; later files win

    def digest(self) -> str:
        """Changes when any template changes: what every page depends on."""
        h = hashlib.blake2b(digest_size=16)
        for folder in self.template_dirs:
            h.update(b"T" + str(folder).encode())
            for file in sorted(folder.rglob("*")):
                if file.is_file():
                    h.update(file.relative_to(folder).as_posix().encode())
                    h.update(file.read_bytes())
        return h.hexdigest()

    def static_digest(self) -> str:
        """Changes when a static file is added, removed or modified (its size and
        mtime): only the copied files depend on it."""
        h = hashlib.blake2b(digest_size=16)
        for folder in self.static_dirs:
            h.update(b"S" + str(folder).encode())
            for file in sorted(folder.rglob("*")):
                if file.is_file():
                    stat = file.stat()
                    h.update(
                        f"{file.relative_to(folder)}|{stat.st_size}|{stat.st_mtime_ns}".encode()
                    )
        return h.hexdigest()


def _theme_dir(site_dir: Path, name: str) -> Path | None:
    for root in (site_dir / "themes", builtin_themes_dir()):
        candidate = root / name
        if candidate.is_dir():
            return candidate
    return None


def _available(site_dir: Path) -> list[str]:
    names: set[str] = set()
    for root in (site_dir / "themes", builtin_themes_dir()):
        if root.is_dir():
            names.update(p.name for p in root.iterdir() if p.is_dir())
    return sorted(names)


def resolve(site_dir: Path, config: SiteConfig) -> Theme:
    """Find the theme and the themes it extends; raise ConfigError when one is missing."""
    chain: list[Path] = []
    name = config.theme
    where, line = CONFIG_FILE, config.positions.get("theme", 0)
    while True:
        folder = _theme_dir(site_dir, name)
        if folder is None:
            raise ConfigError(
                [
                    Diagnostic(
                        where,
                        line,
                        1 if line else 0,
                        f"theme '{name}' not found",
                        hint=f"Looked in {site_dir / 'themes'} and the built-in themes. "
                        f"Available: {', '.join(_available(site_dir)) or 'none'}.",
                    )
                ]
            )
        if folder in chain:
            raise ConfigError(
                [
                    Diagnostic(
                        where,
                        line,
                        1,
                        f"themes extend each other in a circle ({name})",
                        hint="Remove 'extends:' from one of the theme.yaml files.",
                    )
                ]
            )
        chain.append(folder)
        parent, where, line = _read_theme_file(site_dir, folder)
        if not parent:
            break
        name = parent
    site_templates = site_dir / "templates"
    template_dirs = ([site_templates] if site_templates.is_dir() else []) + [
        f / "templates" for f in chain if (f / "templates").is_dir()
    ]
    static_dirs = [f / "static" for f in reversed(chain) if (f / "static").is_dir()]
    if (site_dir / "static").is_dir():
        static_dirs.append(site_dir / "static")
    return Theme(config.theme, tuple(template_dirs), tuple(static_dirs))


def _display(site_dir: Path, path: Path) -> str:
    try:
        return path.relative_to(site_dir).as_posix()
    except ValueError:
        return str(path)


def _read_theme_file(site_dir: Path, folder: Path) -> tuple[str, str, int]:
    """The name of the theme `folder` extends ('' for none), and where it says so."""
    path = folder / THEME_FILE
    shown = _display(site_dir, path)
    if not path.is_file():
        return "", shown, 0
    node, problems = yamltree.parse(path.read_text(encoding="utf-8-sig"), shown)
    if problems:
        raise ConfigError(problems)
    if node is None:
        return "", shown, 0
    if not node.is_mapping:
        raise ConfigError(
            [
                Diagnostic(
                    shown, 1, 1, "theme.yaml should be a mapping", hint="e.g. 'extends: default'"
                )
            ]
        )
    unknown = [k for k in node.items if k not in ("name", "description", "extends", "author")]
    if unknown:
        pos = node.key_pos(unknown[0])
        raise ConfigError(
            [
                Diagnostic(
                    shown,
                    pos.line,
                    pos.col,
                    f"unknown key '{unknown[0]}'",
                    hint="theme.yaml knows name, description, author and extends.",
                )
            ]
        )
    extends = node.get("extends")
    if extends is None:
        return "", shown, 0
    if not isinstance(extends.value, str):
        raise ConfigError(
            [
                Diagnostic(
                    shown,
                    extends.start.line,
                    extends.start.col,
                    "'extends' should be the name of a theme",
                )
            ]
        )
    return extends.value, shown, extends.start.line


def environment(theme: Theme, bytecode_dir: Path | None = None) -> jinja2.Environment:
    """A Jinja environment for the theme: autoescaping, strict about undefined names."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in theme.template_dirs]),
        autoescape=jinja2.select_autoescape(["html", "htm", "xml"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        bytecode_cache=(
            jinja2.FileSystemBytecodeCache(str(bytecode_dir)) if bytecode_dir else None
        ),
    )
    return env


def template_error(exc: BaseException, site_dir: Path, rendering: str) -> Diagnostic:
    """A Jinja failure → a Diagnostic at the template's own file and line."""
    suffix = f" (while rendering {rendering})" if rendering else ""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        filename = exc.filename or exc.name or "template"
        return Diagnostic(
            _display(site_dir, Path(filename)),
            exc.lineno or 0,
            1 if exc.lineno else 0,
            f"template syntax error: {exc.message}{suffix}",
            hint="Check the {% %} and {{ }} tags on this line and the block it closes.",
        )
    if isinstance(exc, jinja2.TemplateNotFound):
        return Diagnostic(
            "templates",
            0,
            0,
            f"template '{exc.name}' not found{suffix}",
            hint="Add it to your theme's templates/ folder, or to the site's templates/ "
            "folder to override a single template.",
        )
    location = _template_frame(exc.__traceback__)
    if isinstance(exc, RecursionError):
        message = "the template calls itself without end"
        hint = (
            "A template includes or extends itself, or a macro calls itself; check "
            "{% include %}, {% extends %} and macro calls."
        )
    elif isinstance(exc, jinja2.UndefinedError):
        message = f"undefined value: {exc.message}"
        hint = "Check the spelling; templates get `site`, and `post`, `page` or `paginator`."
    else:
        message = f"{type(exc).__name__}: {exc}"
        hint = "The template raised an error on this line."
    path, line = location if location else ("templates", 0)
    return Diagnostic(
        _display(site_dir, Path(path)), line, 1 if line else 0, message + suffix, hint=hint
    )


def _template_frame(tb: TracebackType | None) -> tuple[str, int] | None:
    """The innermost traceback frame that belongs to a template file."""
    found = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if not filename.endswith(".py") and filename != "<template>" and Path(filename).exists():
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def render(env: jinja2.Environment, name: str, context: dict[str, Any]) -> str:
    return env.get_template(name).render(context)
