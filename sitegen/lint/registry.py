"""The single list of lint rules. `--list-rules` and `--explain` read it, and rules
are selected from it by code, name or code prefix."""

from __future__ import annotations

from dataclasses import replace

from sitegen.lint.rules import (
    Rule,
    conversation,
    platforms,
    readability,
    series,
    suppressions,
    tone,
)

# These families judge English words and sentences; the rest (lengths, hashtags,
# suppressions, series numbering) hold in any language.
_READ_ENGLISH = (*conversation.RULES, *tone.RULES, *readability.RULES)

RULES: tuple[Rule, ...] = (
    *(replace(r, english_only=True) for r in _READ_ENGLISH),
    *platforms.RULES,
    *suppressions.RULES,
    *series.RULES,
)
BY_CODE: dict[str, Rule] = {r.code: r for r in RULES}
BY_NAME: dict[str, Rule] = {r.name: r for r in RULES}


def matching(selector: str) -> list[Rule]:
    """Rules a selector names: a code (ENG101), a name (broadcast-blurb), a code
    prefix (ENG1, SER) or ALL."""
    token = selector.strip()
    if not token:
        return []
    if token.upper() == "ALL":
        return list(RULES)
    if token.upper() in BY_CODE:
        return [BY_CODE[token.upper()]]
    if token.lower() in BY_NAME:
        return [BY_NAME[token.lower()]]
    return [r for r in RULES if r.code.startswith(token.upper())]


def known_selectors() -> list[str]:
    return [*BY_CODE, *BY_NAME]
