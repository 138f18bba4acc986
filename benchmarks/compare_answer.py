"""Warm answer latency of this tree against an earlier commit, in the same run, printed as a ratio.

Run: .venv/bin/python benchmarks/compare_answer.py [--baseline 8231936] [--runs 2] [--rounds 5]

The baseline is checked out into a temporary git worktree and benchmarked with the same venv;
runs alternate (baseline, current, baseline, current, …) so drift on a shared machine hits both.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
P50_RE = re.compile(r"warm answer over \d+ asks: p50 ([\d.]+) ms")


def p50(tree: Path, rounds: int) -> float:
    out = subprocess.run([sys.executable, "benchmarks/bench_answer.py", "--rounds", str(rounds)], cwd=tree,
                         capture_output=True, text=True, check=True).stdout
    match = P50_RE.search(out)
    if not match:
        raise SystemExit(f"bench_answer.py printed no p50 in {tree}:\n{out}")
    return float(match.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--baseline", default="8231936", help="commit to compare with (default: before issue 14)")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-baseline-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "worktree", "add", "--detach", str(tree), args.baseline], cwd=ROOT, check=True,
                       capture_output=True)
        try:
            base, current = [], []
            for _ in range(args.runs):
                base.append(p50(tree, args.rounds))
                current.append(p50(ROOT, args.rounds))
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)
    b, c = statistics.median(base), statistics.median(current)
    print(f"warm answer p50: baseline {args.baseline} {b:.1f} ms, current {c:.1f} ms, ratio {c / b:.2f}x "
          f"(runs: baseline {base}, current {current})   target ratio <= 1.5x")


if __name__ == "__main__":
    main()
