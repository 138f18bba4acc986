"""The scale benchmark's table and plot, written as docs/benchmarks.md and docs/benchmarks.png."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display on servers
import matplotlib.pyplot as plt


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}×" if b else "—"


def table(rows: list[dict[str, Any]], baselines: dict[int, dict[str, Any]]) -> str:
    header = ("| items | mode | build (s) | first start after build (s) | cold start (s) | warm answer p50 / p95 (ms) "
              "| retrieval p50 / p95 (ms) | peak RSS (MB) | refused |")
    lines = [header, "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        lines.append(f"| {r['size']:,} | {r['mode']} | {r['build_s']:.1f} | {r['cold_first_s']:.1f} | {r['cold_s']:.1f} "
                     f"| {r['p50']:.1f} / "
                     f"{r['p95']:.1f} | {r['retrieve_p50']:.1f} / {r['retrieve_p95']:.1f} | {r['rss_mb']:.0f} "
                     f"| {r['refused']} |")
    if baselines:
        intro = ("Baseline pipeline of the evaluation (500-character chunks, dense only, the answer is the top chunk) "
                 "on the same corpora, with project/baseline ratios from the same run (embedded mode). Build times "
                 "compare only on the seed, where both embed for real; synthetic corpora borrow the seed's vectors.")
        header = ("| items | baseline chunks | baseline build (s) | project/baseline build | baseline p50 / p95 (ms) "
                  "| project/baseline warm p50 |")
        lines += ["", intro, "", header, "| ---: | ---: | ---: | ---: | ---: | ---: |"]
        for size, b in baselines.items():
            project = next(r for r in rows if r["size"] == size and r["mode"] == "embedded")
            build_ratio = _ratio(project["build_s"], b["build_s"]) if project["vectors"] == "real" else "—"
            lines.append(f"| {size:,} | {b['chunks']:,} | {b['build_s']:.1f} | {build_ratio}"
                         f" | {b['p50']:.1f} / {b['p95']:.1f} | {_ratio(project['p50'], b['p50'])} |")
    return "\n".join(lines)


def plot(rows: list[dict[str, Any]], path: Path) -> None:
    fig, axes = plt.subplots(1, 3, figsize=(13, 3.8))
    for mode in dict.fromkeys(r["mode"] for r in rows):
        mine = [r for r in rows if r["mode"] == mode]
        sizes = [r["size"] for r in mine]
        axes[0].plot(sizes, [r["p50"] for r in mine], marker="o", label=f"{mode} p50")
        axes[0].plot(sizes, [r["p95"] for r in mine], marker="x", linestyle="--", label=f"{mode} p95")
        axes[1].plot(sizes, [r["cold_s"] for r in mine], marker="o", label=mode)
        axes[2].plot(sizes, [r["rss_mb"] for r in mine], marker="o", label=mode)
    for ax, title in zip(axes, ("warm answer (ms)", "cold start (s)", "peak RSS (MB)"), strict=True):
        ax.set_xscale("log")
        ax.set_xlabel("items")
        ax.set_title(title)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write_report(rows: list[dict[str, Any]], baselines: dict[int, dict[str, Any]], out: Path, machine: str,
                 argv: str) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    png = out.with_suffix(".png")
    plot(rows, png)
    notes = out.with_name("benchmarks-notes.md")
    command = f".venv/bin/python -m benchmarks.bench_scale {argv}".strip()
    text = ["# Benchmarks\n", f"Machine: {machine}. Reproduce: `{command}`.\n",
            f"![cost curve]({png.name})\n", table(rows, baselines), ""]
    if notes.exists():
        text.append(notes.read_text(encoding="utf-8"))
    out.write_text("\n".join(text), encoding="utf-8")
