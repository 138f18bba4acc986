"""`python -m assistant eval`: the question set through the project (and the baseline), scored and reported."""

from __future__ import annotations

import json
import platform
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from assistant.pipeline import PolicyAssistant
from assistant.settings import PROJECT_ROOT, Settings
from eval import report
from eval.baseline import Baseline
from eval.gate import check_gate, load_gate
from eval.metrics import Metrics, Run, Scored, aggregate, score
from eval.questions import EvalQuestion, load_questions
from index.embedding import make_embedder
from index.loading import load_corpus

EVAL_DIR = PROJECT_ROOT / "eval"
PROJECT, BASELINE = "project", "baseline"


@dataclass(frozen=True)
class EvalOptions:
    questions: Path = EVAL_DIR / "questions.jsonl"
    baseline: bool = False
    out: Path = EVAL_DIR
    gate: Path = EVAL_DIR / "gate.toml"


def ask_project(assistant: PolicyAssistant, question: EvalQuestion) -> Run:
    """Each earlier turn is asked in order with the real answers as history; the last turn is scored."""
    history: list[dict[str, str]] = []
    for turn in question.turns[:-1]:
        answer = assistant.ask(turn, history=history)
        history += [{"role": "user", "content": turn}, {"role": "assistant", "content": answer.answer}]
    started = time.perf_counter()
    answer = assistant.ask(question.question, history=history)
    latency = (time.perf_counter() - started) * 1000
    return Run(
        ranked=[frozenset({s.chunk.id}) for s in answer.sources],
        answer=answer.answer,
        cited=[c.chunk.id for c in answer.citations],
        cited_text="\n".join(c.chunk.text for c in answer.citations),
        refused=answer.refused,
        latency_ms=latency,
    )


def run_all(questions: list[EvalQuestion], ask: Callable[[EvalQuestion], Run]) -> list[Scored]:
    return [score(q, ask(q)) for q in questions]


def by_category(scored: list[Scored]) -> dict[str, Metrics]:
    categories = dict.fromkeys(s.question.category for s in scored)
    return {c: aggregate([s for s in scored if s.question.category == c]) for c in categories}


def _write_results(path: Path, results: dict[str, list[Scored]]) -> None:
    """Every question's verdicts, one JSON line per system and question, for digging into a regression."""
    with path.open("w", encoding="utf-8") as f:
        for system, scored in results.items():
            for s in scored:
                f.write(json.dumps({
                    "system": system, "id": s.question.id, "category": s.question.category,
                    "turns": list(s.question.turns), "gold": list(s.question.gold), "rank": s.rank,
                    "refused": s.run.refused, "missing": s.missing, "supported": s.supported,
                    "precision": s.precision, "false_numbers": s.false_numbers, "cited": s.run.cited,
                    "answer": s.run.answer, "latency_ms": round(s.run.latency_ms, 2),
                }, ensure_ascii=False) + "\n")


def evaluate(settings: Settings, options: EvalOptions, out: TextIO) -> list[str]:
    """Run, score, report; returns the gate's broken bounds (empty when the project passes)."""
    questions = load_questions(options.questions)
    gate = load_gate(options.gate)
    assistant = PolicyAssistant.from_settings(settings, progress=True)
    results = {PROJECT: run_all(questions, lambda q: ask_project(assistant, q))}
    context = [
        f"- questions: `{options.questions.name}` ({len(questions)}), "
        + f"corpus: `{settings.corpus_dir.name}/` ({len(assistant.retriever.chunks)} items)",
        f"- project: measure-structured items, hybrid BM25 + dense ({settings.embed_model}), extractive cited answers",
        f"- machine: {platform.machine()}, Python {platform.python_version()}",
    ]
    if options.baseline:
        documents, _ = load_corpus(settings.corpus_dir)
        with tempfile.TemporaryDirectory(prefix="baseline-") as tmp:
            baseline = Baseline(documents, make_embedder(settings.embed_model), Path(tmp))
            results[BASELINE] = run_all(questions, lambda q: baseline.ask(q.turns))
        context.append(f"- baseline: RecursiveCharacterTextSplitter(500, 50) → {baseline.chunks} chunks, "
                       "dense-only Chroma with the same embedder, answer = top chunk; a dialogue's turns are "
                       "joined into one query")
    overall = {name: aggregate(scored) for name, scored in results.items()}
    categories = {name: by_category(scored) for name, scored in results.items()}
    per_category = {c: {name: categories[name][c] for name in results} for c in categories[PROJECT]}
    options.out.mkdir(parents=True, exist_ok=True)
    chart_paths = report.charts(per_category, options.out / "charts")
    failures = [s for s in results[PROJECT] if s.failed]
    (options.out / "report.md").write_text(
        report.markdown(overall, per_category, failures, chart_paths, options.out, context), encoding="utf-8")
    _write_results(options.out / "results.jsonl", results)
    broken = check_gate(overall[PROJECT], gate)
    out.write(report.terminal_table(overall) + "\n\n")
    out.write(f"{len(failures)} failures; report: {options.out / 'report.md'}\n")
    out.write(("gate: FAILED\n" + "".join(f"  {b}\n" for b in broken)) if broken else "gate: passed\n")
    return broken
