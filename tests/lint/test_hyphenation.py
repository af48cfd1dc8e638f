"""sitegen.lint.hyphenation finds the same hyphenation points as pyphen itself, so
ENG030's grades do not move when the dictionary is read our way."""

from __future__ import annotations

import re

import pyphen
import pytest

from sitegen.lint import hyphenation
from sitegen.lint.rules.readability import grade, syllables

PYPHEN = pyphen.Pyphen(lang="en_US")

# Our own sentences, with long, short, capitalised, accented and odd words in them.
OUR_TEXT = """
Nobody replied to the newsletter, so the volunteers rewrote it as a conversation.
Hyphenation dictionaries split extraordinarily unpredictable words; syllables follow.
The antidisestablishmentarianism debate at the library's Thursday meetup ran late.
Our café's naïve coöperative sold crème brûlée to the Zürich choir in Ångström units.
MAKE THE HEADLINE SHORTER. Ask readers what they think, then answer every reply.
x y ab abc I a an to be or not OK README POSIX x_y snake_case camelCase v2 3rd 1990s
photosynthesis responsibilities communication misunderstanding internationalisation
"""


def our_words() -> list[str]:
    found = re.findall(r"\w+", OUR_TEXT)
    return [*found, *(w.lower() for w in found), *(w.upper() for w in found)]


def every_pattern_as_a_word() -> list[str]:
    """Each pattern's letters as a word, so every pattern of the dictionary is used."""
    words = {key.strip(".") for key in PYPHEN.hd.patterns}
    return sorted(w for w in words if w)


def test_the_dictionary_is_read_as_pyphen_reads_it() -> None:
    ours = hyphenation.patterns()
    theirs = PYPHEN.hd.patterns
    assert len(theirs) > 10_000
    assert ours.maxlen == PYPHEN.hd.maxlen
    for letters, (offset, values) in theirs.items():
        assert ours.get(letters) == (offset, tuple(values)), letters
    assert ours.get("nosuchpattern") is None


@pytest.mark.parametrize("words", [our_words(), every_pattern_as_a_word()], ids=["ours", "dic"])
def test_same_points_as_pyphen(words: list[str]) -> None:
    different = [w for w in words if hyphenation.positions(w) != list(PYPHEN.positions(w))]
    assert different == []


def test_points_of_words_we_know() -> None:
    assert hyphenation.positions("conversation") == [3, 6, 8]  # con-ver-sa-tion
    assert hyphenation.positions("Conversation") == [3, 6, 8]
    assert hyphenation.positions("ab") == []  # too short to split
    assert hyphenation.positions("") == []


def test_syllables_and_grades_unchanged() -> None:
    words = our_words()
    expected = [
        sum(len(PYPHEN.positions(p)) + 1 for p in re.sub(r"[^\w\s]", "", w.lower()).split())
        for w in words
    ]
    assert [syllables(w) for w in words] == expected
    assert syllables("conversation") == 4
    assert syllables("don't") == 1
    # The grade of a fixed text is the formula over pyphen's counts.
    text = "Replies make a blog a conversation. Readers answer questions."
    counted = sum(len(PYPHEN.positions(w)) + 1 for w in re.findall(r"[a-z][a-z'’]*", text.lower()))
    assert grade(text, 2) == pytest.approx(0.39 * 9 / 2 + 11.8 * counted / 9 - 15.59)
