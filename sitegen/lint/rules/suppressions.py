"""ENG9xx: problems with the linter's own input (suppressions, blurbs that are not
text, posts too long to read). The engine and the content reader report these; the
rules here are their documentation."""

from __future__ import annotations

from sitegen.content.problems import INVALID_BLURB
from sitegen.diagnostics import Severity
from sitegen.lint.rules import rule

UNKNOWN_RULE = rule(
    "ENG901",
    "unknown-rule",
    Severity.ERROR,
    "a suppression names a rule that does not exist",
    ["reader"],
    what="Checks the codes in `<!-- sitegen-lint disable … -->` comments and in front "
    "matter `lint: {disable: […]}` against the list of rules.",
    why="A typo in a suppression silently suppresses nothing, or the wrong thing.",
    example="<!-- sitegen-lint disable ENG999 -->",
    instead="<!-- sitegen-lint disable ENG001 -->  (see sitegen lint --list-rules)",
)
UNUSED_SUPPRESSION = rule(
    "ENG902",
    "unused-suppression",
    Severity.WARNING,
    "a suppression that suppresses nothing",
    ["reader"],
    what="Reports `disable` comments and front matter entries that matched no finding, "
    "like ruff's RUF100.",
    why="Stale suppressions hide the next real problem in the same place.",
    example="<!-- sitegen-lint disable ENG020 --> above a paragraph with no shouting",
    instead="remove the comment",
)
INVALID_BLURB_RULE = rule(
    INVALID_BLURB.code,
    INVALID_BLURB.name,
    Severity.ERROR,
    "a social blurb that is not text",
    ["reader"],
    what="Reported while reading front matter: each `social:` value must be a text or "
    "a list of texts (a thread).",
    why="Numbers, mappings or empty values cannot be posted.",
    example="social:\n  x: 42",
    instead='social:\n  x: "42 is the answer. What was your question?"',
)
TOO_LONG = rule(
    "ENG904",
    "too-long-to-lint",
    Severity.WARNING,
    "a post too long for the linter to read",
    ["reader"],
    what="Posts and pages longer than a million characters (a long novel) are built but "
    "not linted.",
    why="The linter reads every sentence; on text that size it would take minutes and "
    "gigabytes, and such a file is usually an export or a paste gone wrong.",
    example="a 20 MB Markdown file",
    instead="split it into a series of posts",
)
RULES = [UNKNOWN_RULE, UNUSED_SUPPRESSION, INVALID_BLURB_RULE, TOO_LONG]
