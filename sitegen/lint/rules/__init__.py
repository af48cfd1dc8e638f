"""What a lint rule is: metadata plus one small check function.

A check receives one `Subject` (a post body, a title, or one platform's blurb or
thread) and the shared `Context`, and yields `Finding`s; a site check receives the
whole site's series at once and yields (path, Finding) pairs. Neither prints nor
decides severity: the engine applies the site's configuration. A rule with neither
is reported where its problem is found (while reading content, or by the engine
itself), through the rule object or the `Code` it names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from sitegen.config import LintConfig, MarkdownConfig
from sitegen.content.model import Blurb
from sitegen.content.series import SeriesGroup
from sitegen.diagnostics import Diagnostic, Severity
from sitegen.lint import signals
from sitegen.lint.conversation import Conversation, Kind, Phrases, analyse
from sitegen.lint.prose import Prose, Sentence

Scope = Literal["post", "page", "blurb", "title", "site", "reader"]


@dataclass(frozen=True)
class Explanation:
    """What `sitegen lint --explain CODE` prints."""

    what: str
    why: str
    example: str
    instead: str


@dataclass(frozen=True)
class Finding:
    message: str
    hint: str
    line: int
    col: int
    end_line: int = 0
    end_col: int = 0
    severity: Severity | None = None  # None: the rule's (configured) severity


@dataclass
class Subject:
    """One text to lint."""

    kind: Kind
    path: str
    target: str  # "post", "title" or "social:<platform>[<index>]"
    prose: Prose
    line: int  # where the text starts, for findings about all of it
    col: int = 1
    platform: str = ""
    blurb: Blurb | None = None
    draft: bool = False
    blurb_count: int = 0  # for a post: how many platforms it has drafted blurbs for
    phrases: Phrases = field(default_factory=Phrases)

    @cached_property
    def conversation(self) -> Conversation:
        return analyse(self.prose, self.kind, self.phrases)

    def finding_at(self, sentence: Sentence, message: str, hint: str) -> Finding:
        line, col = sentence.position
        end_line, end_col = sentence.end_position
        return Finding(message, hint, line, col, end_line, end_col + 1)

    def finding(self, message: str, hint: str) -> Finding:
        return Finding(message, hint, self.line, self.col)

    @property
    def where(self) -> str:
        """'the mastodon blurb', 'the x thread', 'the post'."""
        if self.kind != "blurb":
            return f"the {self.kind}"
        thread = self.blurb is not None and len(self.blurb.texts) > 1
        return f"the {self.platform} {'thread' if thread else 'blurb'}"


@dataclass(frozen=True)
class Context:
    config: LintConfig
    brand: re.Pattern[str] | None = None

    @staticmethod
    def of(config: LintConfig) -> Context:
        names = [n for n in config.brand_names if n.strip()]
        brand = (
            re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)
            if names
            else None
        )
        return Context(config, brand)

    @cached_property
    def phrases(self) -> Phrases:
        return Phrases(
            signals.phrase_pattern(self.config.invitation_phrases),
            signals.phrase_pattern(self.config.bait_phrases),
        )


@dataclass(frozen=True)
class SiteFacts:
    """What the site checks look at: every series, drafts included."""

    groups: Sequence[SeriesGroup]
    markdown: MarkdownConfig


SiteFinding = tuple[str, Finding]  # (path, finding)
Check = Callable[[Subject, Context], Iterable[Finding]]
SiteCheck = Callable[[SiteFacts, Context], Iterable[SiteFinding]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str
    explanation: Explanation
    scopes: frozenset[Scope]
    check: Check | None = None  # per text
    site_check: SiteCheck | None = None  # over the whole site
    default_on: bool = True
    english_only: bool = False  # reads English words; skipped for sites in other languages

    def at(
        self,
        path: str,
        finding: Finding,
        severity: Severity,
        target: str = "",
    ) -> Diagnostic:
        """The Diagnostic that reports `finding` as this rule, at `severity` unless the
        finding sets its own."""
        return Diagnostic(
            path,
            finding.line,
            finding.col,
            finding.message,
            finding.severity or severity,
            finding.hint,
            self.code,
            self.name,
            finding.end_line,
            finding.end_col,
            target,
        )


def rule(
    code: str,
    name: str,
    severity: Severity,
    summary: str,
    scopes: Iterable[Scope],
    what: str,
    why: str,
    example: str,
    instead: str,
    check: Check | None = None,
    site_check: SiteCheck | None = None,
    default_on: bool = True,
) -> Rule:
    return Rule(
        code,
        name,
        severity,
        summary,
        Explanation(what, why, example, instead),
        frozenset(scopes),
        check,
        site_check,
        default_on,
    )


def quote(text: str, limit: int = 80) -> str:
    """Text for a message: “…”, shortened at a word boundary."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return f"“{text}”"
