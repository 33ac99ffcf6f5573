"""Start-up: how long the command line takes before it does anything.

    python benchmarks/startup.py [--repeat 5]

Runs each command as a fresh process (the fastest of ``--repeat`` counts, since the
machine is shared) next to two baselines measured in the same run: a bare Python
start, and Python importing the command-line library alone (typer, which brings
click). Targets (printed pass/fail): ``dyadscope --help`` within 0.5 s or within 4x
the typer baseline; extracting one sentence end to end within 1 s.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SENTENCE = "Baku and Islamabad signed a defence agreement in May 2003."


def _dyadscope() -> list[str]:
    found = shutil.which("dyadscope", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "dyadscope"]


def fastest(command: list[str], repeat: int, stdin: str | None = None) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, input=stdin, capture_output=True, text=True, check=True)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    cli = _dyadscope()
    cases = {
        "python (bare start)": ([sys.executable, "-c", "pass"], None),
        "python + import typer": ([sys.executable, "-c", "import typer"], None),
        "dyadscope --help": ([*cli, "--help"], None),
        "dyadscope --version": ([*cli, "--version"], None),
        "dyadscope extract (1 sentence)": ([*cli, "extract", "-", "--json"], SENTENCE),
    }
    times = {name: fastest(command, args.repeat, stdin) for name, (command, stdin) in cases.items()}
    print(f"{'case':34} {'seconds':>8}")
    for name, seconds in times.items():
        print(f"{name:34} {seconds:8.3f}")
    help_time, typer_time = times["dyadscope --help"], times["python + import typer"]
    checks = [
        ("--help within 0.5 s or 4x typer's import",
         help_time <= 0.5 or help_time <= 4 * typer_time, help_time / typer_time),
        ("extract of one sentence within 1 s", times["dyadscope extract (1 sentence)"] <= 1.0,
         times["dyadscope extract (1 sentence)"]),
    ]  # fmt: skip
    print()
    for label, ok, figure in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {label} ({figure:.2f})")
    return 0 if all(ok for _, ok, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
