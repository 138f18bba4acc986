"""The evaluation's outputs: a terminal table, eval/report.md, and a PNG chart per category."""

from __future__ import annotations

import math
from pathlib import Path

from eval.metrics import Metrics, Scored

# (field, label, format) in display order; rates as 0.000, counts as integers, latency in ms.
METRICS = [
    ("n", "questions", "d"),
    ("hit_at_1", "hit@1", "r"),
    ("hit_at_5", "hit@5", "r"),
    ("mrr", "MRR@5", "r"),
    ("fact_accuracy", "fact accuracy", "r"),
    ("citation_support", "citation support", "r"),
    ("citation_precision", "citation precision", "r"),
    ("false_numbers", "false numbers", "d"),
    ("refusal_precision", "refusal precision", "r"),
    ("refusal_recall", "refusal recall", "r"),
    ("false_refusals", "false refusals", "d"),
    ("false_refusal_rate", "false refusal rate", "r"),
    ("unstated_named", "near-misses named", "r"),
    ("refused_gold_first", "refused, gold ranked 1st", "d"),
    ("latency_p50_ms", "latency p50 (ms)", "ms"),
    ("latency_p95_ms", "latency p95 (ms)", "ms"),
]
LABELS = {field: label for field, label, _ in METRICS}
CHART_METRICS = ["hit_at_1", "hit_at_5", "mrr", "fact_accuracy", "citation_support", "citation_precision",
                 "refusal_recall"]


def _fmt(value: float | None, kind: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if kind == "d":
        return str(int(value))
    if kind == "ms":
        return f"{value:.1f}"
    return f"{value:.3f}"


def _ratio(a: float | None, b: float | None) -> str:
    if a is None or b is None or b == 0 or (isinstance(b, float) and math.isnan(b)):
        return "—"
    return f"{a / b:.2f}×"


def rows(systems: dict[str, Metrics]) -> list[list[str]]:
    """Header plus one row per metric: a column per system, and project ÷ baseline when both ran."""
    names = list(systems)
    ratio = len(names) == 2
    table = [["metric", *names, *(["ratio"] if ratio else [])]]
    for field, label, kind in METRICS:
        values = [getattr(systems[name], field) for name in names]
        table.append([label, *(_fmt(v, kind) for v in values), *([_ratio(*values)] if ratio else [])])
    return table


def terminal_table(systems: dict[str, Metrics]) -> str:
    table = rows(systems)
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)) for r in table)


def markdown_table(table: list[list[str]]) -> str:
    lines = ["| " + " | ".join(table[0]) + " |", "|" + "---|" * len(table[0])]
    lines += ["| " + " | ".join(r) + " |" for r in table[1:]]
    return "\n".join(lines)


def _failure(s: Scored) -> str:
    q = s.question
    asked = " → ".join(q.turns)
    expected = "拒答" if q.refuse else f"gold {', '.join(g.split(':')[-1] for g in q.gold)}; facts {q.facts}"
    got = s.run.answer.replace("\n", " ")[:160]
    cited = ", ".join(c.split(":")[-1] for c in s.run.cited) or "—"
    steps = "".join(f"    - {t['decision']}: {t['outcome']} — {t['reason']}\n" for t in s.run.trace)
    trace = f"\n  <details><summary>trace</summary>\n\n{steps}\n  </details>" if steps else ""
    return f"- **{q.id}** ({q.category}) {asked}\n  - problem: {'; '.join(s.problems)}\n  - expected: {expected}\n" \
           f"  - got: cites {cited}: {got}{trace}"


def markdown(overall: dict[str, Metrics], per_category: dict[str, dict[str, Metrics]], failures: list[Scored],
             charts: list[Path], out_dir: Path, context: list[str]) -> str:
    """The whole report: setup, overall table, one table per category, charts, then every failure."""
    parts = ["# Evaluation report", "", *context, "", "## Overall", "", markdown_table(rows(overall)), ""]
    parts += ["## By category", ""]
    for category, systems in per_category.items():
        parts += [f"### {category}", "", markdown_table(rows(systems)), ""]
    if charts:
        parts += ["## Charts", ""]
        parts += [f"![{p.stem}]({p.relative_to(out_dir).as_posix()})" for p in charts]
        parts.append("")
    parts += [f"## Failures of the project ({len(failures)})", ""]
    parts += [_failure(s) for s in failures] or ["None."]
    return "\n".join(parts) + "\n"


def charts(per_category: dict[str, dict[str, Metrics]], out_dir: Path) -> list[Path]:
    """One bar chart per category: each chart metric, one bar per system."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for category, systems in per_category.items():
        fig, ax = plt.subplots(figsize=(8, 3.2))
        width = 0.8 / len(systems)
        for i, (name, metrics) in enumerate(systems.items()):
            values = [getattr(metrics, m) for m in CHART_METRICS]
            xs = [j + i * width for j in range(len(CHART_METRICS))]
            ax.bar(xs, [v if v is not None else 0 for v in values], width, label=name)
        ax.set_xticks([j + width * (len(systems) - 1) / 2 for j in range(len(CHART_METRICS))])
        ax.set_xticklabels([LABELS[m] for m in CHART_METRICS], rotation=20, fontsize=8)
        ax.set_ylim(0, 1.05)
        ax.set_title(f"{category} (n={next(iter(systems.values())).n})")
        ax.legend(fontsize=8)
        fig.tight_layout()
        path = out_dir / f"{category}.png"
        fig.savefig(path, dpi=90)
        plt.close(fig)
        paths.append(path)
    return paths
