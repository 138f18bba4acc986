"""`python -m eval.calibrate`: fit the coverage model on the dev questions and report k-fold figures.

Fitted on the questions the model decides on: in scope (label 1), every answerable question; out of
scope (0), the out-of-scope questions and the original set's refusals. Near-misses and questions
about another region are settled before the model is asked, and are left out. The dev questions
are users.jsonl's dev split, eval/dev_extra.jsonl, eval/fresh.jsonl (held out for two scorings,
dev since) and the original set; the test split and eval/fresh2.jsonl are never read here.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import numpy as np

from assistant.evidence_model import FEATURES, MODEL_PATH, CoverageModel, fit
from assistant.pipeline import PolicyAssistant
from assistant.question import asked_attributes, outside_places
from assistant.settings import PROJECT_ROOT, Thresholds
from eval.questions import EvalQuestion, load_questions, split

EVAL_DIR = PROJECT_ROOT / "eval"


def labelled(questions: list[EvalQuestion]) -> list[tuple[EvalQuestion, int]]:
    """The questions the model decides on, labelled: a question about another region or one whose
    asked detail is unstated is settled before the model is asked, so it is left out."""
    rows = []
    for q in questions:
        if q.category == "near_miss" or outside_places(q.question):
            continue
        if q.category in ("out_of_scope", "refuse"):
            if not asked_attributes(q.question):
                rows.append((q, 0))
        elif q.category != "adversarial":
            rows.append((q, 1))
    return rows


def _accuracy(model: CoverageModel, x: np.ndarray, y: np.ndarray, threshold: float) -> dict[str, float]:
    p = np.array([1 / (1 + np.exp(-(((row - model.mean) / model.scale) @ model.weights + model.bias))) for row in x])
    keep = p >= threshold
    return {"in_scope_kept": float(keep[y == 1].mean()), "out_of_scope_refused": float((~keep[y == 0]).mean())}


def cross_validate(x: np.ndarray, y: np.ndarray, threshold: float, k: int = 5, seed: int = 7) -> dict[str, float]:
    """k-fold, stratified: the share of held-out in-scope questions kept and out-of-scope refused."""
    folds: list[list[int]] = [[] for _ in range(k)]
    for label in (0, 1):
        idx = [i for i in range(len(y)) if y[i] == label]
        random.Random(seed).shuffle(idx)
        for j, i in enumerate(idx):
            folds[j % k].append(i)
    kept = refused = 0.0
    for fold in folds:
        train = np.array([i for i in range(len(y)) if i not in fold])
        model = fit(x[train], y[train])
        scores = _accuracy(model, x[fold], y[fold], threshold)
        kept += scores["in_scope_kept"] * (y[fold] == 1).sum()
        refused += scores["out_of_scope_refused"] * (y[fold] == 0).sum()
    return {"k": k, "in_scope_kept": round(kept / (y == 1).sum(), 3),
            "out_of_scope_refused": round(refused / (y == 0).sum(), 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.calibrate", description=__doc__)
    parser.add_argument("--threshold", type=float, default=Thresholds().min_in_scope_probability,
                        help="the decision threshold the figures are reported at (default: the Setting's)")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    assistant = PolicyAssistant.from_settings()
    questions = (split(load_questions(EVAL_DIR / "users.jsonl"), "dev") + load_questions(EVAL_DIR / "dev_extra.jsonl")
                 + load_questions(EVAL_DIR / "fresh.jsonl") + load_questions(EVAL_DIR / "questions.jsonl"))
    rows = labelled(questions)
    x = np.array([assistant.evidence(q.question, q.history).vector() for q, _ in rows])
    y = np.array([label for _, label in rows], dtype=np.float64)
    model = fit(x, y)
    report: dict[str, object] = {"fitted_on": f"users.jsonl dev + dev_extra.jsonl + fresh.jsonl + questions.jsonl: {int(y.sum())} in scope, {int((1 - y).sum())} out",
              "in_sample": _accuracy(model, x, y, args.threshold), "cross_validated": cross_validate(x, y, args.threshold)}
    model.save(args.out, report)
    print(json.dumps({"features": FEATURES, "weights": [round(w, 3) for w in model.weights], **report},
                     ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
