"""The engagement linter's lexicon, as data grouped by speech act.

Each module holds `Entry`s: a pattern, the anchor words every match of it contains
(a pattern is tried only on sentences holding one of them), example sentences it
must match and counter-examples it must not (tests/lint/test_speech_acts.py checks
both). Patterns are matched against one normalised sentence at a time: lower case,
straight apostrophes, no leading emoji or @mentions.

- `requests`: directives that ask for a response or contribution, and the frames
  ("please …", "you can …", "if you …, …") that make a verb phrase a directive;
- `bait`: likes, shares and tags asked for in exchange for something;
- `calls`: one-way calls to action (read, buy, sign up), and the imperatives that
  answer a hook question with a pitch;
- `questions`: how questions are used without waiting for an answer (figures of
  speech, hooks, complaints, answers that follow).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_TOKEN = re.compile(r"[a-z0-9][a-z0-9'-]*")


def tokens(text: str) -> frozenset[str]:
    """The words of a normalised sentence, for the anchor test."""
    return frozenset(_TOKEN.findall(text))


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: what it matches, with examples beside it."""

    anchors: str  # space-separated words, one of which every match contains
    pattern: str
    examples: tuple[str, ...] = ()  # sentences the entry must match
    counter: tuple[str, ...] = ()  # sentences it must not match


def entry(anchors: str, pattern: str, *examples: str, counter: Sequence[str] = ()) -> Entry:
    return Entry(anchors, pattern, tuple(examples), tuple(counter))


class Lexicon:
    """Entries indexed by anchor word. One combined pattern would be simpler but is
    about ten times slower on long posts."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = list(entries)
        # Compiled when first needed: one post touches a few entries, and compiling
        # them all would add tens of milliseconds to every `sitegen lint`.
        self._compiled: list[re.Pattern[str] | None] = [None] * len(self.entries)
        self.index: dict[str, list[int]] = {}  # anchor word → the patterns it may start
        for number, e in enumerate(entries):
            for word in e.anchors.split():
                self.index.setdefault(word, []).append(number)
        self.anchors = frozenset(self.index)

    def finditer(self, text: str, words: frozenset[str] | None = None) -> list[re.Match[str]]:
        words = tokens(text) if words is None else words
        present = self.anchors.intersection(words)
        if not present:
            return []
        chosen = sorted({n for word in present for n in self.index[word]})
        found = [m for n in chosen for m in self.pattern(n).finditer(text)]
        return sorted(found, key=lambda m: m.start()) if len(found) > 1 else found

    def pattern(self, number: int) -> re.Pattern[str]:
        compiled = self._compiled[number]
        if compiled is None:
            compiled = self._compiled[number] = re.compile(self.entries[number].pattern)
        return compiled

    def search(self, text: str, words: frozenset[str] | None = None) -> re.Match[str] | None:
        found = self.finditer(text, words)
        return found[0] if found else None


def compile_all(patterns: Sequence[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))
