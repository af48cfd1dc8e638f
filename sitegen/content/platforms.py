"""The social platforms blurbs are written for: one table of their names, the keys
authors may write for them, and their length limits, counted the way each counts.
A new platform is one row in PLATFORMS.

- X: weighted length (twitter-text v3): NFC first; a URL counts 23; code points in the
  Latin and common punctuation ranges count 1, everything else (CJK, emoji
  sequences) counts 2; limit 280.
- Mastodon: characters, with every URL counting 23 and a remote @user@domain mention
  counting as @user; limit 500 by default (instances differ; lint.mastodon_limit).
- Bluesky: grapheme clusters, URLs at full length; limit 300.
- Threads 500, LinkedIn 3000, Facebook 63206 and Instagram 2200 characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'“”‘’)\]]*[^\s<>\"'“”‘’)\].,;:!?…]"
    # A bare domain is tried only where a run of dotted words begins: trying it
    # inside the run too made long runs like "a.a.a.a…" quadratic.
    r"|(?<![\w.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|app|co|social|blog)/\S*",
    re.IGNORECASE,
)

_X_LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
# X (twitter-text) also counts a bare domain as a link, path or not, when its last
# label is a top-level domain it knows: the generic ones people use most, and the
# country codes.
_TLDS = (
    "com|net|org|edu|gov|mil|int|info|biz|name|pro|io|dev|app|co|me|tv|ai|xyz|museum|"
    "online|site|tech|blog|social|news|shop|store|cloud|page|art|design|fun|life|live|"
    "world|today|email|club|space|website|network|systems|software|codes|tools|zone|"
    "uk|us|de|fr|nl|be|ch|at|es|it|pt|se|no|dk|fi|is|ie|pl|cz|sk|hu|ro|bg|gr|tr|ru|ua|jp|"
    "cn|kr|tw|hk|sg|in|au|nz|ca|mx|br|ar|cl|za|ng|ke|eg|il|ae|sa|pk|id|my|th|vn|ph|lt|lv|"
    "ee|si|hr|rs|ba|mk|al|lu|li|mt|cy|ly|fm|gg|im|to|ws|sh|cc|la|gl|am|ms|nu|su|eu|md|py|"
    "so|mu|cx|ge|kz|uz|by|ma|tn|dz|gh|tz|ug|pe|ve|ec|uy|bo|cr|do|gt|pa|cu|jm|tt|bd|lk|np|"
    "kh|mn|qa|kw|bh|om|jo|lb|iq|af|ac|ag|as|bz|cd|cm|gd|gs|gy|ht|je|ki|lc|mg|mw|na|nf|"
    "pn|pw|rw|sc|sx|tk|tl|vc|vg|vu"
)
_X_BARE_DOMAIN = re.compile(
    r"(?<![\w.@/-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:" + _TLDS + r")"
    r"(?::\d{1,5})?(?:/[^\s]*[^\s.,;:!?…)\]])?(?![\w-]|\.[a-z0-9])",
    re.IGNORECASE,
)
_KEYCAP = re.compile("[0-9#*]\ufe0f?\u20e3")
_MENTION = re.compile(r"(?<![\w@])(@[\w.]+)@[\w-]+(?:\.[\w-]+)+")


@cache
def _regex() -> Any:
    import regex  # grapheme clusters (\X) and emoji properties; imported on first use

    return regex


def graphemes(text: str) -> list[str]:
    found: list[str] = _regex().findall(r"\X", text)
    return found


def _is_emoji(cluster: str) -> bool:
    if _KEYCAP.fullmatch(cluster):
        return True  # 1️⃣: a digit, a variation selector and the keycap mark
    return bool(_regex().search(r"\p{Extended_Pictographic}|\p{Regional_Indicator}", cluster))


def _without_urls(text: str, replacement: str, bare: bool = False) -> tuple[str, int]:
    """The text with each link replaced, and how many there were; `bare`: count
    bare domains (example.com) as links too, as X does."""
    urls = 0

    def swap(_match: re.Match[str]) -> str:
        nonlocal urls
        urls += 1
        return replacement

    text = URL_RE.sub(swap, text)
    if bare:
        text = _X_BARE_DOMAIN.sub(swap, text)
    return text, urls


def x_length(text: str) -> int:
    text = unicodedata.normalize("NFC", text)
    rest, urls = _without_urls(text, "\x00", bare=True)
    weight = urls * 23 * 100
    for cluster in graphemes(rest.replace("\x00", "")):
        if _is_emoji(cluster):
            weight += 200
            continue
        for char in cluster:
            point = ord(char)
            light = any(start <= point <= end for start, end in _X_LIGHT_RANGES)
            weight += 100 if light else 200
    return -(-weight // 100)


def mastodon_length(text: str) -> int:
    rest, urls = _without_urls(text, "")
    rest = _MENTION.sub(r"\1", rest)
    return len(rest) + 23 * urls


def bluesky_length(text: str) -> int:
    return len(graphemes(text))


def characters(text: str) -> int:
    return len(text)


@dataclass(frozen=True)
class Platform:
    name: str  # canonical, as in Blurb.platform
    count: Callable[[str], int]  # a text's length as the platform counts it
    limit: int
    unit: str  # what `count` counts, for messages
    aliases: tuple[str, ...] = ()  # other keys authors may write under `social:`


PLATFORMS: dict[str, Platform] = {
    p.name: p
    for p in (
        Platform("x", x_length, 280, "weighted characters", aliases=("twitter",)),
        Platform("mastodon", mastodon_length, 500, "characters"),
        Platform("bluesky", bluesky_length, 300, "graphemes"),
        Platform("threads", characters, 500, "characters"),
        Platform("linkedin", characters, 3000, "characters"),
        Platform("facebook", characters, 63206, "characters"),
        Platform("instagram", characters, 2200, "characters"),
    )
}
KEYS: dict[str, str] = {  # every key an author may write → the platform's name
    key: p.name for p in PLATFORMS.values() for key in (p.name, *p.aliases)
}


def measure(platform: str, text: str, mastodon_limit: int = 500) -> tuple[int, int, str]:
    """(length, limit, unit) of `text` on `platform`."""
    found = PLATFORMS[platform]
    limit = mastodon_limit if platform == "mastodon" else found.limit
    return found.count(text), limit, found.unit
