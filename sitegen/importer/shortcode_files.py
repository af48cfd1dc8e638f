"""Where Hugo and Zola find a shortcode's template: the site's folder, then its
theme's, the first file of a name winning."""

from __future__ import annotations

from pathlib import Path


def shortcode_files(
    src: Path, theme: str, folder: str, suffixes: tuple[str, ...]
) -> dict[str, Path]:
    """Each shortcode's template by name (the file name without its suffix): from
    SRC/FOLDER, then SRC/themes/THEME/FOLDER for names the site does not have."""
    found: dict[str, Path] = {}
    folders = [src / folder]
    if theme:
        folders.append(src / "themes" / theme / folder)
    for where in folders:
        for path in sorted(where.glob("*")) if where.is_dir() else []:
            if path.suffix in suffixes and path.is_file():
                found.setdefault(path.stem, path)
    return found
