"""ENG030 hard-to-read: a Flesch-Kincaid grade above the configured level."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator

from sitegen.diagnostics import Severity
from sitegen.lint import hyphenation
from sitegen.lint.rules import Context, Finding, Subject, quote, rule

MIN_WORDS = {"post": 100, "page": 100, "blurb": 25}


def syllables(word: str) -> int:
    """Syllables in one word: its hyphenation points plus one, with the punctuation
    taken out first (textstat 0.7.4 counted exactly so; later textstat releases
    download a pronouncing dictionary at run time, which fails offline)."""
    letters = re.sub(r"[^\w\s]", "", word.lower())
    return sum(len(hyphenation.positions(part)) + 1 for part in letters.split())


_SYLLABLES: dict[str, int] = {}  # word → syllables, remembered for the process


def grade(text: str, sentences: int) -> float:
    """Flesch-Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word
    − 15.59, with pyphen's syllable count (remembered per word, since a post
    repeats most of its words)."""
    words = re.findall(r"[a-z][a-z'’]*", text.lower())
    if not words or sentences < 1:
        return 0.0
    known = _SYLLABLES
    total = 0
    for word, times in Counter(words).items():
        count = known.get(word)
        if count is None:
            count = known[word] = syllables(word)
        total += count * times
    return 0.39 * len(words) / sentences + 11.8 * total / len(words) - 15.59


# A run of stops before a space or the end. (No look-behind is needed to start at the
# run's first mark: the run is taken whole, and a later start ends where it does.)
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)")
_WORD = re.compile(r"\w+")


def check_readability(subject: Subject, context: Context) -> Iterator[Finding]:
    blocks = subject.prose.author_blocks()
    text = " ".join(b.text for b in blocks)
    enough = MIN_WORDS.get(subject.kind, 100)
    if sum(1 for _ in itertools.islice(_WORD.finditer(text), enough)) < enough:
        return  # too short to grade (counted only as far as the minimum)
    limits = context.config.readability
    limit = limits.blurbs if subject.kind == "blurb" else limits.posts
    # Sentence ends are counted, not split: the grade needs only how many there are.
    sentences = sum(max(1, len(_SENTENCE_END.findall(b.text))) for b in blocks)
    level = grade(text, sentences)
    if level <= limit:
        return
    # Split only the block with the longest stretch between sentence ends.
    wordiest = max(blocks, key=lambda b: max(len(p.split()) for p in _SENTENCE_END.split(b.text)))
    author = [s for s in wordiest.sentences if s.voice == "author"] or wordiest.sentences
    longest = max(author, key=lambda s: len(s.text.split()))
    yield subject.finding_at(
        longest,
        f"{subject.where} reads at grade {level:.1f} (limit {limit:g}); the longest sentence "
        f"has {len(longest.text.split())} words: {quote(longest.text, 60)}",
        "Split long sentences and prefer short, everyday words; people reply to what they "
        "understand at a glance.",
    )


RULES = [
    rule(
        "ENG030",
        "hard-to-read",
        Severity.WARNING,
        "a Flesch-Kincaid grade beyond the configured one (posts and blurbs separately)",
        ["post", "page", "blurb"],
        what=(
            "Computes the Flesch-Kincaid grade level (syllables counted with pyphen) of the "
            "author's own sentences and compares it with lint.readability.posts (default 12) or "
            "lint.readability.blurbs (default 10). Texts under 100 words (25 for blurbs) "
            "are skipped, because the formula is unreliable on them."
        ),
        why=(
            "Plain-language guidance (for example the US Federal Plain Language Guidelines) "
            "asks for short sentences and common words; a reader who has to work to "
            "understand a post rarely writes back."
        ),
        example=(
            "Notwithstanding the considerable organisational complexities inherent in "
            "multi-stakeholder engagement initiatives, our methodology prioritises …"
        ),
        instead="Working with many partners is hard. Here is the one habit that helped us most.",
        check=check_readability,
    ),
]
