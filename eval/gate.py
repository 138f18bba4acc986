"""The evaluation gate: bounds on the overall metrics, read from a committed TOML file."""

from __future__ import annotations

import tomllib
from pathlib import Path

from eval.metrics import Metrics
from eval.questions import EvalInputError

Gate = dict[str, dict[str, float]]


def load_gate(path: Path) -> Gate:
    """``{"min": {metric: bound}, "max": {metric: bound}}``; unknown metric names are an error."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise EvalInputError(f"无法读取门槛文件 {path}：{exc}") from exc
    known = set(Metrics.__dataclass_fields__)
    gate: Gate = {}
    for side in ("min", "max"):
        bounds = raw.get(side, {})
        unknown = set(bounds) - known
        if unknown:
            raise EvalInputError(f"门槛文件 {path} 中有未知指标：{'、'.join(sorted(unknown))}")
        gate[side] = {name: float(value) for name, value in bounds.items()}
    return gate


def check_gate(metrics: Metrics, gate: Gate) -> list[str]:
    """One line per bound the metrics break (a metric with nothing to count breaks its bound)."""
    values = metrics.as_dict()
    broken = []
    for name, bound in gate.get("min", {}).items():
        value = values[name]
        if value is None or value < bound:
            broken.append(f"{name} = {value} < {bound}")
    for name, bound in gate.get("max", {}).items():
        value = values[name]
        if value is None or value > bound:
            broken.append(f"{name} = {value} > {bound}")
    return broken
