"""A seeded generator of realistic blog sites, for the benchmarks.

    python benchmarks/corpus.py OUT_DIR --posts 1000 [--seed 7] [--flavour sitegen|hugo|pelican]

Posts are about 1,100 words: paragraphs, two to four sections, a fenced code block,
a table, a list, a quotation and links; one post in eight belongs to a four-part
series; each post has two to four of 40 tags and drafted blurbs for two platforms.
The same seed gives the same site, byte for byte, in each flavour, so the three
generators build the same content.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import textwrap
from dataclasses import dataclass
from pathlib import Path

NOUNS = """
time year people way day man thing woman life child world school state family student group
country problem hand part place case week company system program question work government
number night point home water room mother area money story fact month lot right study book
eye job word business issue side kind head house service friend father power hour game line
end member law car city community name president team minute idea kid body information back
parent face others level office door health person art war history party result change
morning reason research girl guy moment air teacher force education garden library river
kitchen bread coffee bicycle train ticket concert camera paper letter calendar budget plan
""".split()
VERBS = """
make know take see come think look want give use find tell ask work seem feel try leave call
keep let begin help show hear play run move like live believe hold bring happen write provide
sit stand lose pay meet include continue set learn change lead understand watch follow stop
create speak read allow add spend grow open walk win offer remember love consider appear buy
wait serve die send expect build stay fall cut reach kill remain suggest raise pass sell
""".split()
ADJECTIVES = """
other new good high old great big american small large national young different black long
little important political bad white real best right social only public sure low early able
human local late hard major better economic strong possible whole free military true federal
international full special easy clear recent certain personal open red difficult available
likely short single medical current wrong private past foreign fine common poor natural
""".split()
WORDS = NOUNS
FUNCTION = "the a this that every some each one the the".split()
PREPOSITIONS = "in on at for with from about after before during under near".split()
TAGS = [
    f"{a} {b}"
    for a, b in zip(
        "social local open small public shared weekly plain slow good".split() * 4,
        "media writing events gardens code data design tools teams notes".split() * 4,
        strict=False,
    )
][:40]
LANGUAGES = [
    (
        "python",
        'def reply_rate(replies, posts):\n    """Replies per post."""\n'
        "    return replies / max(posts, 1)\n\n\nprint(reply_rate(42, 12))\n",
    ),
    (
        "yaml",
        "social:\n  mastodon: >-\n    What would you change first?\n"
        "  bluesky: Tell me about your week.\n",
    ),
    (
        "javascript",
        "const replies = posts.filter((p) => p.replies > 0);\n"
        "console.log(`${replies.length} posts got an answer`);\n",
    ),
    ("bash", "sitegen build --drafts\nsitegen lint --format github\n"),
]


@dataclass(frozen=True)
class Post:
    slug: str
    title: str
    date: dt.datetime
    tags: tuple[str, ...]
    summary: str
    body: str
    series: str | None
    part: int | None
    blurbs: dict[str, str]


def _phrase(rng: random.Random) -> str:
    return f"{rng.choice(FUNCTION)} {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"


def _sentence(rng: random.Random) -> str:
    """Subject, verb, object and a prepositional phrase or two; mostly statements."""
    words = [_phrase(rng), rng.choice(VERBS) + rng.choice(["s", "ed", "s"]), _phrase(rng)]
    for _ in range(rng.randint(0, 2)):
        words += [rng.choice(PREPOSITIONS), _phrase(rng)]
    if rng.random() < 0.25:
        words.insert(0, rng.choice(["Then", "Still,", "Often", "Last year", "In practice,"]))
    text = " ".join(words)
    end = "?" if rng.random() < 0.04 else "!" if rng.random() < 0.03 else "."
    return text[0].upper() + text[1:] + end


def _paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng) for _ in range(sentences))


def _body(rng: random.Random, index: int) -> str:
    parts = [_paragraph(rng, 5), "<!-- more -->"]
    sections = rng.randint(2, 4)
    words = 0
    for number in range(sections):
        heading = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 4))).capitalize()
        parts.append(f"## {heading}")
        for _ in range(rng.randint(2, 3)):
            parts.append(_paragraph(rng, rng.randint(4, 7)))
        if number == 0:
            language, code = LANGUAGES[index % len(LANGUAGES)]
            parts.append(f"```{language}\n{code}```")
        if number == 1:
            rows = "\n".join(
                f"| {rng.choice(WORDS)} | {rng.randint(1, 500)} | {rng.choice(ADJECTIVES)} |"
                for _ in range(4)
            )
            parts.append(f"| Item | Count | Note |\n|---|---:|---|\n{rows}")
            parts.append("\n".join(f"- {_sentence(rng)}" for _ in range(4)))
        if number == 2:
            parts.append(f"> {_sentence(rng)}")
            parts.append(
                f"See [the {rng.choice(WORDS)} notes](https://example.org/notes/{index}) for more."
            )
    while words < 1000:
        parts.append(_paragraph(rng, 6))
        words = sum(len(p.split()) for p in parts)
    parts.append("## Over to you\n\nWhat would you try first, and why? Tell me in a reply.")
    return "\n\n".join(parts) + "\n"


def generate(count: int, seed: int = 7) -> list[Post]:
    rng = random.Random(seed)
    # Counted back from a fixed day in the past, so no post is in the future (generators
    # leave future posts out) however many there are.
    last = dt.datetime(2025, 12, 29, 9, 0)
    posts = []
    for index in range(count):
        series = part = None
        if index % 8 < 4 and index % 32 < 4:
            series, part = f"Series {index // 32 + 1}", index % 8 + 1
        title_words = [rng.choice(WORDS) for _ in range(rng.randint(3, 6))]
        title = " ".join(title_words).capitalize() + f" {index + 1}"
        blurbs = {
            "mastodon": f"{_sentence(rng)} What would you change about it? "
            f"https://example.org/posts/post-{index + 1}/",
            "bluesky": f"{_sentence(rng)} Tell me how you would do it.",
        }
        posts.append(
            Post(
                slug=f"post-{index + 1}",
                title=title,
                date=last - dt.timedelta(hours=37 * (count - 1 - index)),
                tags=tuple(sorted(rng.sample(TAGS, rng.randint(2, 4)))),
                summary=_sentence(rng),
                body=_body(rng, index),
                series=series,
                part=part,
                blurbs=blurbs,
            )
        )
    return posts


def _yaml_text(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_sitegen(out: Path, posts: list[Post]) -> None:
    (out / "content" / "posts").mkdir(parents=True)
    (out / "site.yaml").write_text(
        textwrap.dedent("""\
        title: Benchmark blog
        base_url: https://example.org/
        posts_per_page: 10
        permalinks:
          posts: /posts/{slug}/
        lint:
          fail_on: never
        """)
    )
    for post in posts:
        lines = [
            "---",
            f"title: {_yaml_text(post.title)}",
            f"date: {post.date:%Y-%m-%d %H:%M}",
            f"tags: [{', '.join(post.tags)}]",
            f"summary: {_yaml_text(post.summary)}",
        ]
        if post.series:
            lines += [f"series: {post.series}", f"part: {post.part}"]
        lines.append("social:")
        lines += [f"  {platform}: {_yaml_text(text)}" for platform, text in post.blurbs.items()]
        lines += ["---", post.body]
        (out / "content" / "posts" / f"{post.slug}.md").write_text("\n".join(lines))


HUGO_LAYOUTS = {
    "_default/baseof.html": '<!doctype html><html lang="en"><head><meta charset="utf-8">'
    '<title>{{ .Title }}</title></head><body><main>{{ block "main" . }}{{ end }}</main>'
    "</body></html>\n",
    "_default/single.html": '{{ define "main" }}<article><h1>{{ .Title }}</h1>'
    '<time>{{ .Date.Format "2 January 2006" }}</time>{{ .Content }}'
    "<ul>{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul></article>{{ end }}\n",
    "_default/list.html": '{{ define "main" }}<h1>{{ .Title }}</h1>'
    '{{ range .Paginator.Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}'
    "</a></h2>{{ .Summary }}</article>{{ end }}{{ end }}\n",
    "index.html": '{{ define "main" }}{{ range .Paginator.Pages }}<article><h2>'
    '<a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>{{ .Summary }}</article>{{ end }}'
    "{{ end }}\n",
}


def write_hugo(out: Path, posts: list[Post]) -> None:
    (out / "content" / "posts").mkdir(parents=True)
    (out / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\ntitle = "Benchmark blog"\n'
        "[pagination]\npagerSize = 10\n[markup.highlight]\nnoClasses = false\n"
        '[taxonomies]\ntag = "tags"\nseries = "series"\n'
    )
    for name, text in HUGO_LAYOUTS.items():
        path = out / "layouts" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    for post in posts:
        lines = [
            "---",
            f"title: {_yaml_text(post.title)}",
            f"date: {post.date:%Y-%m-%dT%H:%M:00Z}",
            f"tags: [{', '.join(post.tags)}]",
            f"summary: {_yaml_text(post.summary)}",
        ]
        if post.series:
            lines += [f"series: [{_yaml_text(post.series)}]", f"series_weight: {post.part}"]
        lines += ["---", post.body]
        (out / "content" / "posts" / f"{post.slug}.md").write_text("\n".join(lines))


def write_pelican(out: Path, posts: list[Post]) -> None:
    (out / "content").mkdir(parents=True)
    (out / "pelicanconf.py").write_text(
        textwrap.dedent("""\
        AUTHOR = "Benchmark"
        SITENAME = "Benchmark blog"
        SITEURL = ""
        PATH = "content"
        TIMEZONE = "UTC"
        DEFAULT_LANG = "en"
        DEFAULT_PAGINATION = 10
        ARTICLE_URL = "posts/{slug}/"
        ARTICLE_SAVE_AS = "posts/{slug}/index.html"
        FEED_ALL_ATOM = "feeds/all.atom.xml"
        CACHE_CONTENT = True
        LOAD_CONTENT_CACHE = True
        """)
    )
    for post in posts:
        lines = [
            f"Title: {post.title}",
            f"Date: {post.date:%Y-%m-%d %H:%M}",
            f"Tags: {', '.join(post.tags)}",
            f"Slug: {post.slug}",
            f"Summary: {post.summary}",
        ]
        if post.series:
            lines += [f"Series: {post.series}", f"Series_index: {post.part}"]
        (out / "content" / f"{post.slug}.md").write_text("\n".join(lines) + "\n\n" + post.body)


WRITERS = {"sitegen": write_sitegen, "hugo": write_hugo, "pelican": write_pelican}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--flavour", choices=sorted(WRITERS), default="sitegen")
    args = parser.parse_args()
    if args.out.exists():
        shutil.rmtree(args.out)
    WRITERS[args.flavour](args.out, generate(args.posts, args.seed))
    print(f"Wrote {args.posts} {args.flavour} posts to {args.out}")


if __name__ == "__main__":
    main()
