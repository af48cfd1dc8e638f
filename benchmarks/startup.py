"""How long `sitegen lint` takes on one post, end to end, beside other linters on one
file; print the medians side by side.

    python benchmarks/startup.py                  # 20 runs of each
    python benchmarks/startup.py --runs 50 --post content/posts/four-keys-1-know-why.md
    python benchmarks/startup.py --compare /tmp/main-copy   # another version alongside

sitegen is timed twice, from a copy of the package made for the purpose (so the
work tree's own __pycache__ folders neither help nor change):
- with .pyc: bytecode written by one warm-up run and read by the timed ones, which
  is what users of an installed sitegen get;
- without .pyc: PYTHONDONTWRITEBYTECODE=1 and no bytecode for sitegen itself (the
  standard library and the dependencies keep theirs), so sitegen's ~100 modules
  are compiled on every run.
Beside them: the interpreter alone (`python -c pass`, the floor), `ruff check` on one
Python file, and whichever of vale, proselint, markdownlint, mdl, write-good and alex
are installed, each on the same post. Each figure is a median: of wall-clock time, and
of the CPU time (user + system) the process used, which a busy machine disturbs less.
The commands take turns run by run, so a busy spell of the machine falls on all of
them; still, compare the figures of one run with each other, not with another run's.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PEERS = HERE / ".work" / "peers"

# name → the command that lints one file (the file is appended)
PEER_COMMANDS = {
    "vale": ["vale", "--no-exit"],
    "proselint": ["proselint"],
    "markdownlint": ["markdownlint"],
    "mdl": ["mdl"],
    "write-good": ["write-good"],
    "alex": ["alex"],
}


@dataclass
class Command:
    label: str
    argv: list[str]
    env: dict[str, str]
    seconds: list[float] = field(default_factory=list)  # wall clock
    cpu: list[float] = field(default_factory=list)  # user + system time of the process

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    def run(self, cwd: Path) -> tuple[float, float]:
        """Wall-clock and CPU seconds of one run. CPU time leaves out the time spent
        waiting for a core, so it moves less than wall time on a shared machine."""
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(
            self.argv,
            cwd=cwd,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        return wall, cpu


def package_copy(source: Path, into: Path) -> Path:
    """A copy of a sitegen package without bytecode; the folder to put on PYTHONPATH."""
    shutil.copytree(source, into / "sitegen", ignore=shutil.ignore_patterns("__pycache__"))
    return into


def find_peer(name: str, peers: Path = PEERS) -> str | None:
    local = peers / "bin" / name  # bench.py installs proselint there
    if local.is_file():
        return str(local)
    return shutil.which(name)


def _copy_that_runs(
    package: Path, into: Path, site: Path, python: str, env: dict[str, str]
) -> Path:
    code = package_copy(package, into)
    where = subprocess.run(
        [python, "-P", "-c", "import sitegen; print(sitegen.__file__)"],
        env={**env, "PYTHONPATH": str(code), "PYTHONDONTWRITEBYTECODE": "1"},
        cwd=site,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not Path(where).is_relative_to(code):
        raise SystemExit(f"the copy is not the sitegen that runs: {where}")
    return code


def sitegen_commands(
    label: str, package: Path, tmp: Path, post: Path, site: Path, python: str, base: dict[str, str]
) -> list[Command]:
    """The one-post lint of the sitegen package at `package`, without and with .pyc:
    two copies, since a run with PYTHONDONTWRITEBYTECODE=1 still reads bytecode."""
    # -P: the copy on PYTHONPATH, not a sitegen in the current folder, is the one run.
    lint = [python, "-P", "-m", "sitegen", "lint", "--fail-on", "never", str(post)]
    source = _copy_that_runs(package, tmp / "source", site, python, base)
    env = {**base, "PYTHONPATH": str(source), "PYTHONDONTWRITEBYTECODE": "1"}
    cold = Command(f"{label}, no .pyc for sitegen", lint, env)
    compiled = _copy_that_runs(package, tmp / "compiled", site, python, base)
    warm = Command(f"{label}, with .pyc", lint, {**base, "PYTHONPATH": str(compiled)})
    warm.run(site)  # writes the bytecode
    if not any((compiled / "sitegen").rglob("*.pyc")):
        raise SystemExit("the warm-up run wrote no bytecode")
    cold.run(site)
    if any((source / "sitegen").rglob("*.pyc")):
        raise SystemExit("the run without bytecode wrote some")
    return [cold, warm]


def measure(
    post: Path,
    site: Path,
    python: str,
    runs: int,
    peers: Path = PEERS,
    compare: Path | None = None,
) -> list[Command]:
    """Every command `runs` times, taking turns, so a busy spell of the machine falls
    on all of them alike."""
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    base.pop("PYTHONPYCACHEPREFIX", None)
    commands = [Command("python -c pass (the floor)", [python, "-c", "pass"], base)]
    with tempfile.TemporaryDirectory(prefix="sitegen-startup-") as tmp:
        here = Path(tmp) / "this"
        commands += sitegen_commands(
            "sitegen lint", REPO / "sitegen", here, post, site, python, base
        )
        if compare is not None:
            other = Path(tmp) / "other"
            label = f"sitegen lint ({compare.name})"
            commands += sitegen_commands(
                label, compare / "sitegen", other, post, site, python, base
            )
        ruff = find_peer("ruff", peers) or str(Path(python).parent / "ruff")
        if Path(ruff).is_file():
            target = REPO / "sitegen" / "cli.py"
            argv = [ruff, "check", "--no-cache", "--quiet", str(target)]
            commands.append(Command("ruff check, one Python file", argv, base))
        for name, argv in PEER_COMMANDS.items():
            found = find_peer(name, peers)
            if found:
                commands.append(
                    Command(f"{name}, the same post", [found, *argv[1:], str(post)], base)
                )
            else:
                print(f"({name} is not installed: skipped)")
        for _ in range(runs):
            for command in commands:
                wall, cpu = command.run(site)
                command.seconds.append(wall)
                command.cpu.append(cpu)
    return commands


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--site", type=Path, default=REPO, help="the site (default: this one)")
    parser.add_argument(
        "--post", type=Path, help="the post, relative to the site (default: its first post)"
    )
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument(
        "--peers", type=Path, default=PEERS, help="a virtualenv with proselint (bench.py's)"
    )
    parser.add_argument(
        "--compare",
        type=Path,
        help="another checkout of sitegen (e.g. `git archive` of main) to time alongside",
    )
    args = parser.parse_args(argv)
    site = args.site.resolve()
    post = args.post or sorted((site / "content" / "posts").glob("*.md"))[0].relative_to(site)
    print(f"one-post lint of {post}, medians of {args.runs} runs, end to end")
    timings = measure(post, site, args.python, args.runs, args.peers, args.compare)
    width = max(len(t.label) for t in timings)
    print(f"  {'':<{width}}  {'wall':>7}  {'range':^13}  {'CPU':>7}")
    for t in timings:
        low, high = min(t.seconds), max(t.seconds)
        cpu = statistics.median(t.cpu)
        print(f"  {t.label:<{width}}  {t.median:6.3f}s  {low:.3f}–{high:.3f}  {cpu:6.3f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
