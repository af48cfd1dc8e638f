"""Run the rules: choose which apply and how severe they are, lint each file and the
site's series, and honour (and check) suppressions.

Pure: content in, Diagnostics out.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from markdown_it.token import Token

from sitegen.config import SiteConfig
from sitegen.content.model import Page, Post
from sitegen.content.series import SeriesGroup
from sitegen.diagnostics import Diagnostic, Severity
from sitegen.lint import registry
from sitegen.lint.conversation import Kind
from sitegen.lint.prose import Block, Directive, Prose, from_blurb, from_markdown, start_of
from sitegen.lint.rules import Context, Finding, Rule, SiteFacts, Subject
from sitegen.lint.rules.suppressions import TOO_LONG, UNKNOWN_RULE, UNUSED_SUPPRESSION

FAIL_LEVELS = {"error": Severity.ERROR, "warning": Severity.WARNING, "never": None}
LONGEST_LINTED = 1_000_000  # characters of Markdown


@dataclass(frozen=True)
class Selection:
    """Which rules run, at which severity."""

    severities: dict[str, Severity] = field(default_factory=dict)  # code → severity

    def active(self, rule: Rule) -> bool:
        return rule.code in self.severities

    def apply(self, diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
        """Drop findings of rules that are off; set configured severities. Build
        errors without a code are kept as they are."""
        kept = []
        for d in diagnostics:
            if not d.code:
                kept.append(d)
            elif d.code in self.severities:
                rule = registry.BY_CODE.get(d.code)
                configured = self.severities[d.code]
                keep_own = rule is not None and d.severity != rule.severity
                kept.append(d if keep_own else dataclasses.replace(d, severity=configured))
        return kept


def _distance(a: str, b: str) -> int:
    """Levenshtein distance: how many letters to add, remove or change."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        current = [i]
        for j, y in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def suggest_rule(word: str) -> str:
    """'did you mean …?' for an unknown rule code or name, only when one is close: a
    code one keystroke away (ENG10l → ENG101), a name a couple of letters away.
    ENG999 is not close to ENG904, and gets no suggestion."""
    wanted = word.strip().upper()
    codes = [r.code for r in registry.RULES]
    if re.fullmatch(r"[A-Z]+\d*", wanted) or re.fullmatch(r"[A-Z]{3}\w+", wanted):
        near = sorted((_distance(wanted, c), c) for c in codes)
        if near and near[0][0] <= 1:
            return f"did you mean '{near[0][1]}'?"
    names = [r.name for r in registry.RULES]
    near_names = sorted((_distance(word.lower(), n), n) for n in names)
    if near_names and near_names[0][0] <= max(1, len(word) // 6):
        return f"did you mean '{near_names[0][1]}'?"
    return ""


def select(
    config: SiteConfig, chosen: Sequence[str] = (), ignored: Sequence[str] = ()
) -> tuple[Selection, list[Diagnostic]]:
    """The rules to run: defaults, then site.yaml's `lint.rules`, then --select/--ignore.
    Unknown names in site.yaml are returned as problems (with a suggestion)."""
    problems: list[Diagnostic] = []
    severities = {r.code: r.severity for r in registry.RULES if r.default_on}
    for selector, level in config.lint.rules.items():
        line = config.positions.get(f"lint.rules.{selector}", config.positions.get("lint", 0))
        rules = registry.matching(selector)
        if not rules:
            problems.append(
                Diagnostic(
                    "site.yaml",
                    line,
                    0,
                    f"'lint.rules': no rule is called '{selector}'",
                    hint=suggest_rule(selector) or "See 'sitegen lint --list-rules'.",
                )
            )
            continue
        if level not in ("error", "warning", "info", "off"):
            problems.append(
                Diagnostic(
                    "site.yaml",
                    line,
                    1 if line else 0,
                    f"'lint.rules.{selector}' should be error, warning, info or off, not '{level}'",
                )
            )
            continue
        for rule in rules:
            if level == "off":
                severities.pop(rule.code, None)
            else:
                severities[rule.code] = Severity(level)
    if chosen:
        wanted = {r.code for selector in chosen for r in registry.matching(selector)}
        severities = {
            code: severities.get(code, registry.BY_CODE[code].severity) for code in wanted
        }
    for selector in ignored:
        for rule in registry.matching(selector):
            severities.pop(rule.code, None)
    return Selection(severities), problems


def unknown_selectors(selectors: Iterable[str]) -> list[str]:
    return [s for s in selectors if not registry.matching(s)]


# ---------------------------------------------------------------- per file


def subjects(item: Post | Page, tokens: Sequence[Token], config: SiteConfig) -> list[Subject]:
    """The texts of one post (or page) to lint: its body, its title, its blurbs."""
    path = item.source.path
    phrases = Context.of(config.lint).phrases
    kind: Kind = "post" if isinstance(item, Post) else "page"
    body = from_markdown(tokens, item.body, item.source.body_line)
    title_line = item.source.positions.get("title", 1)
    title = Prose([])
    if item.title:
        block = Block("title", 0, 0, line=title_line)
        block.add(item.title, title_line, item.source.title_col)
        title = Prose([block])
    draft = item.draft
    found = [
        Subject(
            kind,
            path,
            "post",
            body,
            item.source.body_line,
            draft=draft,
            phrases=phrases,
            blurb_count=len(item.social) if isinstance(item, Post) else 0,
        ),
        Subject(
            "title",
            path,
            "title",
            title,
            title_line,
            item.source.title_col,
            draft=draft,
            phrases=phrases,
        ),
    ]
    if isinstance(item, Post):
        for blurb in item.social:
            if not blurb.texts:
                continue
            found.append(
                Subject(
                    "blurb",
                    path,
                    f"social:{blurb.written_as}",
                    from_blurb(blurb.texts),
                    *start_of(blurb.texts[0]),
                    platform=blurb.platform,
                    blurb=blurb,
                    draft=draft,
                    phrases=phrases,
                )
            )
    return found


def _target(subject: Subject, finding: Finding) -> str:
    if subject.blurb is None:
        return subject.target
    index = 0
    for i, text in enumerate(subject.blurb.texts):
        if text.line <= finding.line:
            index = i
    return f"{subject.target}[{index}]"


def _diagnostic(rule: Rule, severity: Severity, subject: Subject, finding: Finding) -> Diagnostic:
    return rule.at(subject.path, finding, severity, _target(subject, finding))


def lint_item(
    item: Post | Page, tokens: Sequence[Token], config: SiteConfig, selection: Selection
) -> list[Diagnostic]:
    """Every finding in one post or page, after suppressions."""
    if isinstance(item, Page) and not config.lint.pages:
        return []
    if len(item.body) > LONGEST_LINTED:
        return _too_long(item, selection)
    if not any(rule.check is not None and selection.active(rule) for rule in registry.RULES):
        return []  # every rule is off: the prose is not even read
    context = Context.of(config.lint)
    english = reads_english(config)
    found: list[Diagnostic] = []
    all_subjects = subjects(item, tokens, config)
    for subject in all_subjects:
        for rule in registry.RULES:
            if rule.check is None or subject.kind not in rule.scopes:
                continue
            if rule.english_only and not english:
                continue
            if not selection.active(rule):
                continue
            severity = selection.severities[rule.code]
            found.extend(
                _diagnostic(rule, severity, subject, f) for f in rule.check(subject, context)
            )
    return suppress(found, item, all_subjects[0].prose, selection)


def reads_english(config: SiteConfig) -> bool:
    """Whether the site is written in English, the only language the engagement
    rules read so far."""
    return config.language.lower().split("-")[0] == "en"


def _not_english(config: SiteConfig, selection: Selection) -> list[Diagnostic]:
    skipped = [r.code for r in registry.RULES if r.english_only and selection.active(r)]
    if reads_english(config) or not skipped:
        return []
    line = config.positions.get("language", 0)
    shown = ", ".join(skipped[:4]) + (" …" if len(skipped) > 4 else "")
    return [
        Diagnostic(
            "site.yaml",
            line,
            1 if line else 0,
            f"the engagement rules read English only; with language '{config.language}' "
            f"they are skipped ({shown})",
            Severity.INFO,
            hint="Lengths, hashtags, suppressions and series are still checked.",
        )
    ]


def _too_long(item: Post | Page, selection: Selection) -> list[Diagnostic]:
    if not selection.active(TOO_LONG):
        return []
    size = len(item.body.encode("utf-8", "surrogatepass")) / 1_000_000
    finding = Finding(
        f"the text is {size:.1f} MB, too long to lint (the limit is "
        f"{LONGEST_LINTED:,} characters); it was built but not checked",
        "Split it into a series of shorter posts.",
        item.source.body_line,
        1,
    )
    return [TOO_LONG.at(item.source.path, finding, selection.severities[TOO_LONG.code], "post")]


# ------------------------------------------------------------ suppressions


@dataclass
class _Suppression:
    codes: set[str]  # empty: every rule
    first: int
    last: int
    line: int
    col: int
    written: str
    used: bool = False

    def covers(self, d: Diagnostic) -> bool:
        return (not self.codes or d.code in self.codes) and self.first <= d.line <= self.last


def _codes(selectors: Iterable[str]) -> tuple[set[str], list[str]]:
    codes: set[str] = set()
    unknown = []
    for selector in selectors:
        rules = registry.matching(selector)
        if rules:
            codes.update(r.code for r in rules)
        else:
            unknown.append(selector)
    return codes, unknown


def _inline_ranges(
    directives: Sequence[Directive], body_lines: Sequence[str], body_line: int, last_line: int
) -> list[tuple[Directive, int, int]]:
    ranges = []
    open_ones: dict[tuple[str, ...], Directive] = {}
    for d in sorted(directives, key=lambda d: d.line):
        if d.action == "disable":
            open_ones[d.codes] = d
        elif d.action == "enable":
            start = open_ones.pop(d.codes, None)
            if start:
                ranges.append((start, start.line, d.line))
        else:  # disable-next-line: the paragraph that follows
            row = d.line - body_line + 1
            while row < len(body_lines) and not body_lines[row].strip():
                row += 1
            end = row
            while end + 1 < len(body_lines) and body_lines[end + 1].strip():
                end += 1
            ranges.append((d, d.line + 1, body_line + end))
    ranges.extend((d, d.line, last_line) for d in open_ones.values())
    return ranges


def suppress(
    found: list[Diagnostic], item: Post | Page, body: Prose, selection: Selection
) -> list[Diagnostic]:
    path = item.source.path
    rules: list[_Suppression] = []
    problems: list[Diagnostic] = []

    def unknown(selector: str, line: int, col: int) -> None:
        if selection.active(UNKNOWN_RULE):
            hint = suggest_rule(selector)
            finding = Finding(
                f"suppression names an unknown rule '{selector}'",
                hint or "See 'sitegen lint --list-rules'.",
                line,
                col,
            )
            severity = selection.severities[UNKNOWN_RULE.code]
            problems.append(UNKNOWN_RULE.at(path, finding, severity, "post"))

    if item.lint.disable:
        codes, bad = _codes(item.lint.disable)
        for selector in bad:
            unknown(selector, item.lint.line, 1)
        if codes:
            rules.append(
                _Suppression(codes, 0, 10**9, item.lint.line, 1, ", ".join(item.lint.disable))
            )
    body_lines = item.body.split("\n")
    for directive, first, last in _inline_ranges(
        body.directives, body_lines, item.source.body_line, body.last_line
    ):
        codes, bad = _codes(directive.codes)
        for selector in bad:
            unknown(selector, directive.line, directive.col)
        if codes or not directive.codes:
            rules.append(
                _Suppression(
                    codes,
                    first,
                    last,
                    directive.line,
                    directive.col,
                    " ".join(directive.codes) or "all rules",
                )
            )
    kept = []
    for d in found:
        covering = [s for s in rules if s.covers(d)]
        for s in covering:
            s.used = True
        if not covering:
            kept.append(d)
    if selection.active(UNUSED_SUPPRESSION):
        severity = selection.severities[UNUSED_SUPPRESSION.code]
        for s in rules:
            if not s.used:
                finding = Finding(
                    f"suppression of {s.written} matched nothing",
                    "Remove it; it would hide the next real finding here.",
                    s.line,
                    s.col,
                )
                problems.append(UNUSED_SUPPRESSION.at(path, finding, severity, "post"))
    return kept + problems


# ----------------------------------------------------------------- site


def lint_site(
    groups: Sequence[SeriesGroup], config: SiteConfig, selection: Selection
) -> list[Diagnostic]:
    """The series rules, over every series (drafts included)."""
    facts = SiteFacts(groups, config.markdown)
    context = Context.of(config.lint)
    found: list[Diagnostic] = _not_english(config, selection)
    for rule in registry.RULES:
        if rule.site_check is None or not selection.active(rule):
            continue
        severity = selection.severities[rule.code]
        found.extend(
            rule.at(path, finding, severity, "series")
            for path, finding in rule.site_check(facts, context)
        )
    return found


def fails(diagnostics: Iterable[Diagnostic], fail_on: str) -> bool:
    """Whether findings reach the level that fails a lint run or a build."""
    level = FAIL_LEVELS[fail_on]
    if level is None:
        return False
    return any(d.code and d.severity.rank >= level.rank for d in diagnostics)
