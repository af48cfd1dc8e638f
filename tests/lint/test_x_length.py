"""X's weighted length, checked against twitter-text-parser (a port of X's own
twitter-text), which is a test dependency only: it costs half a second to import."""

from __future__ import annotations

import pytest

from sitegen.content.platforms import x_length

twitter_text = pytest.importorskip("twitter_text")

CASES = [
    "A plain sentence of our own.",
    "Read it at example.com today",  # a bare domain is a link: 23
    "two bare ones: sitegen.dev and notes.co.uk",
    "a rare TLD: collection.museum",
    "the file README.md and setup.py",  # ccTLDs: X counts these as links too
    "not links: Node.js, e.g. this, v1.2.3, 3.14",
    "mail me@example.com",
    "ends with a full stop: example.org.",
    "https://example.org/a/b?c=d#e and www.example.net/path, done",
    "keycaps 1️⃣ 2️⃣ #️⃣",
    "© ® ™ ©️ ®️",
    "skin tones 👍🏽 and a family 👨‍👩‍👧 and flags 🇳🇱",
    "日本語のテキスト",
    "café, naïve, déjà vu (NFC and NFD: cafe\u0301)",
    "“curly quotes” — dashes… and ellipses",
]


@pytest.mark.parametrize("text", CASES)
def test_x_length_matches_twitter_text(text):
    assert x_length(text) == twitter_text.parse_tweet(text).weightedLength
