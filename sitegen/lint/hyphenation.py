"""Hyphenation points of English words, from pyphen's en_US dictionary (Liang's
patterns, as TeX and LibreOffice use them), for counting syllables.

`pyphen.Pyphen(lang="en_US").positions(word)` gives the same points, but importing
pyphen lists its 70-odd dictionaries and building a `Pyphen` parses all 11,000
patterns into objects before the first word: together about a third of a one-post
`sitegen lint`. Here the dictionary file is found without importing pyphen, read once
when the first word is asked for, and each pattern is parsed only when a word needs
it. The matching is pyphen's, step for step (tests/lint/test_hyphenation.py compares
the two on every pattern of the dictionary and on words of our own).
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path

DICTIONARY = "hyph_en_US.dic"
LEFT, RIGHT = 2, 2  # pyphen's defaults: no point before the 2nd letter or after len - 2
_IGNORED = (
    "%",
    "#",
    "LEFTHYPHENMIN",
    "RIGHTHYPHENMIN",
    "COMPOUNDLEFTHYPHENMIN",
    "COMPOUNDRIGHTHYPHENMIN",
)
_DIGITS = "0123456789"
_NO_DIGITS = str.maketrans("", "", _DIGITS)
_NO_ZEROS = str.maketrans("", "", "0")

# A parsed pattern: where its first non-zero value falls, and the values from there.
Parsed = tuple[int, tuple[int, ...]]


def dictionary_path() -> Path:
    """pyphen's en_US dictionary, found without running pyphen's __init__."""
    spec = importlib.util.find_spec("pyphen")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pyphen is not installed", name="pyphen")
    return Path(next(iter(spec.submodule_search_locations))) / "dictionaries" / DICTIONARY


class Patterns:
    """The patterns of one dictionary: letters → the pattern's raw line, parsed into
    (offset, values) when first looked up."""

    def __init__(self, data: bytes) -> None:
        first, _, body = data.partition(b"\n")  # the first line names the encoding
        encoding = first.decode().strip()
        if encoding.lower() == "microsoft-cp1251":
            encoding = "cp1251"
        # Digits are taken out of the whole file at once, as bytes (in UTF-8 and the
        # one-byte encodings an ASCII digit byte is always a digit): a loop over the
        # 11,000 lines doing it would be most of the work.
        lines = body.decode(encoding).split("\n")
        keys = body.translate(None, _DIGITS.encode()).decode(encoding).split("\n")
        nonzero = body.translate(None, b"0").decode(encoding).split("\n")
        raw: dict[str, str | Parsed] = {}
        for line, letters, without_zeros in zip(lines, keys, nonzero, strict=True):
            if letters == without_zeros and "^^" not in line:
                continue  # no value above zero: pyphen skips it (an earlier one stays)
            if line.startswith(_IGNORED):
                continue
            if line != line.strip() or "^^" in line or ("/" in line and "=" in line):
                line = _cleaned(line)
                letters = line.translate(_NO_DIGITS)
                if not line or line.startswith(_IGNORED) or letters == line.translate(_NO_ZEROS):
                    continue
            raw[letters] = line
        self._raw = raw
        self.maxlen = max(len(key) for key in raw)

    def get(self, letters: str) -> Parsed | None:
        found = self._raw.get(letters)
        if found is None or not isinstance(found, str):
            return found
        parsed = self._raw[letters] = _parse(found)
        return parsed


def _cleaned(line: str) -> str:
    """A line as pyphen reads it: stripped, `^^hh` written as the character with code
    hh, and of a non-standard hyphenation ("ff=f") only the pattern before the slash
    (the replacement does not move the points)."""
    line = re.sub(r"\^{2}([0-9a-f]{2})", lambda m: chr(int(m.group(1), 16)), line.strip())
    if "/" in line and "=" in line:
        line = line.split("/", 1)[0]
    return line


def _parse(line: str) -> Parsed:
    """'.ab1c' → (offset, values): the digit before each letter (0 when none),
    read as pyphen's `(\\d?)(\\D?)` pairs are, with zeros cut from both ends."""
    values: list[int] = []
    pending = 0
    after_digit = False
    for char in line:
        if char in _DIGITS:
            if after_digit:  # two digits in a row: pyphen reads the first with no letter
                values.append(pending)
            pending, after_digit = int(char), True
        else:
            values.append(pending)
            pending, after_digit = 0, False
    values.append(pending)
    start, end = 0, len(values)
    while not values[start]:
        start += 1
    while not values[end - 1]:
        end -= 1
    return start, tuple(values[start:end])


@cache
def patterns() -> Patterns:
    return Patterns(dictionary_path().read_bytes())


_POINTS: dict[str, list[int]] = {}  # word → its points, remembered for the process


def positions(word: str) -> list[int]:
    """Where `word` may be hyphenated: what `pyphen.Pyphen(lang="en_US").positions`
    returns (as plain ints)."""
    lower = word.lower()
    points = _POINTS.get(lower)
    if points is None:
        points = _POINTS[lower] = _points(lower, patterns())
    right = len(word) - RIGHT  # of the word as given, as pyphen counts
    return [i for i in points if LEFT <= i <= right]


def _points(word: str, table: Patterns) -> list[int]:
    pointed = f".{word}."
    references = [0] * (len(pointed) + 1)
    for i in range(len(pointed) - 1):
        stop = min(i + table.maxlen, len(pointed)) + 1
        for j in range(i + 1, stop):
            pattern = table.get(pointed[i:j])
            if not pattern:
                continue
            offset, values = pattern
            at = i + offset
            for k, value in enumerate(values, at):
                if value > references[k]:
                    references[k] = value
    return [i - 1 for i, reference in enumerate(references) if reference % 2]
