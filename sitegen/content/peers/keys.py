"""Front matter keys the peers write: which sitegen reads as its own, which are another
generator's plumbing (accepted, with one info line a build), and which are typos."""

from __future__ import annotations

from collections.abc import Iterable

from sitegen.diagnostics import Diagnostic, Severity, did_you_mean
from sitegen.yamltree import Node

# Keys of Hugo, Jekyll, Pelican, Zola, Eleventy and their common themes that mean
# something only to that generator or theme (comments, analytics, its own menus;
# `link`, a link post's target in many themes, is not a typo of `lint`).
PLUMBING = frozenset(
    """
    comments disqus_identifier disqus_title disqus_url disqus share sharing keywords
    section type sitemap hidden headless outputs resources build cascade linktitle
    linkTitle markup translationkey translationKey isCJKLanguage iscjklanguage
    render_with_liquid tags_weight thumbnail featured featured_image featuredimage
    nav_order parent has_children permalink_pretty eleventyNavigation eleventyExcludeFromCollections
    eleventycomputed eleventyComputed pagination save_as status modified_by lang
    translation template_engine engine date_format redirect_to sidebar toc_sticky
    classes header footer og_image twitter_card canonical_url canonical notebook link
    """.split()
)

UNUSED = "front matter key '{key}' is not used by sitegen"
MAX_UNUSED = 100  # past this many strangers, front matter is not a peer's but noise


def sort_keys(
    node: Node, known: Iterable[str], path: str
) -> tuple[Node, dict[str, object], list[Diagnostic]]:
    """Split the keys sitegen does not know into plumbing and strangers (kept in
    `extra` for themes, as Hugo keeps them in .Params, with an info line) and typos of
    known keys (left in place: the schema reports them with "did you mean")."""
    names = set(known)
    kept: dict[str, tuple[object, object]] = {}
    extra: dict[str, object] = {}
    found: list[Diagnostic] = []
    if len(node.items) > MAX_UNUSED + len(names):
        return node, extra, found  # the schema reports them all (in short)
    for key, (pos, child) in node.items.items():
        if key in names or (key not in PLUMBING and did_you_mean(key, names)):
            kept[key] = (pos, child)
            continue
        extra[key] = child.value
        what = "another generator's setting" if key in PLUMBING else "kept for themes as extra"
        found.append(
            Diagnostic(
                path,
                pos.line,
                pos.col,
                UNUSED.format(key=key) + f" ({what})",
                Severity.INFO,
                hint=f"Themes can read it as post.extra['{key}']; delete it if nothing needs it.",
            )
        )
    if len(kept) == len(node.items):
        return node, extra, found
    return (
        Node(
            {k: v.value for k, (_, v) in kept.items()},  # type: ignore[attr-defined]
            node.start,
            node.end,
            node.raw,
            node.comment,
            node.style,
            kept,  # type: ignore[arg-type]
            node.elements,
        ),
        extra,
        found,
    )


def once_per_key(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """One info line per unused key per build, saying in how many files it was."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    kept: list[Diagnostic] = []
    for diagnostic in diagnostics:
        if diagnostic.severity is Severity.INFO and diagnostic.message.startswith(
            "front matter key '"
        ):
            key = diagnostic.message.split("'")[1]
            counts[key] = counts.get(key, 0) + 1
            if key in first:
                continue
            first[key] = len(kept)
        kept.append(diagnostic)
    for key, index in first.items():
        if counts[key] > 1:
            d = kept[index]
            kept[index] = Diagnostic(
                d.path,
                d.line,
                d.col,
                d.message + f", here and in {counts[key] - 1} other file(s)",
                d.severity,
                d.hint,
                d.code,
            )
    return kept
