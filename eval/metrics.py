"""Scoring: one question's run against its expectations, and the aggregate metrics over many."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, fields

import numpy as np

from assistant.english import amounts
from assistant.prompts import PREMISE_FALSE, PREMISE_TRUE
from eval.questions import EvalQuestion
from index.figures import computed_figures, extract_figures, normalise

K = 5  # hit@K and MRR@K
# A fact group holding one of these is a verdict on the asker's premise, not a quote to find in a citation.
VERDICTS = frozenset({PREMISE_FALSE, PREMISE_TRUE, "不是", "没错", "正确", "Yes", "No,"})


@dataclass(frozen=True)
class Run:
    """What one system did with one question, in terms every system shares."""

    ranked: list[frozenset[str]]  # the item IDs each retrieved unit holds, best first
    answer: str
    cited: list[str]  # the item IDs the answer cites
    cited_text: str  # the text of what it cites
    refused: bool
    latency_ms: float
    mode: str = "extractive"  # how the answer was made (see Answer.mode)
    trace: tuple[dict[str, object], ...] = ()  # the decisions the engine took (see Answer.trace)


@dataclass(frozen=True)
class Scored:
    """A run with its verdicts."""

    question: EvalQuestion
    run: Run
    rank: int | None  # 1-based rank of the first retrieved unit holding a gold item, within K
    missing: list[str]  # fact groups not in the answer, and forbidden strings that are
    supported: bool  # every fact group appears in the cited text
    precision: float | None  # share of cited items that are gold
    false_numbers: list[str]  # figures in the answer that no cited item contains

    @property
    def facts_ok(self) -> bool:
        return not self.run.refused and not self.missing

    @property
    def problems(self) -> list[str]:
        """What is wrong, for the report: a wrong refusal, gold not retrieved, missing facts, invented numbers."""
        q, refused = self.question, self.run.refused
        found = []
        if q.refuse and not refused:
            found.append("should refuse")
        if not q.refuse and refused:
            found.append("refused")
        if not q.refuse and self.rank is None:
            found.append("gold not in top 5")
        if self.missing and not refused:
            found.append("missing " + "、".join(self.missing))
        if self.missing and refused and q.refuse:
            found.append("refusal does not name " + "、".join(self.missing))
        if self.false_numbers:
            found.append("false numbers " + "、".join(self.false_numbers))
        return found

    @property
    def failed(self) -> bool:
        return bool(self.problems)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def contains(text: str, wanted: str) -> bool:
    """Substring match after width normalisation, a number never inside a longer one ("20万元" is not in
    "220万元"); figures also match by value (30万元 = 300,000元)."""
    want = _norm(wanted)
    edges = (r"(?<![\d.])" if want[:1].isdigit() else "") + re.escape(want) + (r"(?![\d])" if want[-1:].isdigit() else "")
    if re.search(edges, _norm(text)):
        return True
    figures = normalise(wanted)
    return bool(figures) and figures <= normalise(text)


def false_numbers(answer: str, cited_text: str, question: str = "") -> list[str]:
    """Figures (money, shares, counts, years) in the answer that neither the cited text nor the asker states.

    A figure the answer computes counts when its arithmetic is written out ("30万元 + 100万元 =
    130万元") on stated figures and is right.
    """
    stated = normalise(cited_text) | normalise(question) | normalise(" ".join(amounts(question)))
    stated |= computed_figures(answer, stated)
    return [f.text for f in extract_figures(answer) if (f.kind, f.value) not in stated]


def score(question: EvalQuestion, run: Run) -> Scored:
    asked = "\n".join(question.turns)
    gold = set(question.gold)
    rank = next((i for i, unit in enumerate(run.ranked[:K], start=1) if unit & gold), None) if gold else None
    missing = [group[0] for group in question.facts if not any(contains(run.answer, s) for s in group)]
    missing += [f"不应出现：{s}" for s in question.absent if _norm(s) in _norm(run.answer)]
    stated = normalise(run.cited_text)
    derived = computed_figures(run.answer, stated | normalise(asked) | normalise(" ".join(amounts(asked))))

    def backed(wanted: str) -> bool:  # quoted from a citation, or computed from cited figures
        return contains(run.cited_text, wanted) or bool(normalise(wanted)) and normalise(wanted) <= derived

    supported = all(any(backed(s) for s in group) for group in question.facts if not set(group) & VERDICTS)
    precision = sum(c in gold for c in run.cited) / len(run.cited) if run.cited and gold else None
    return Scored(question, run, rank, missing, supported, precision,
                  false_numbers(run.answer, run.cited_text, asked))


@dataclass(frozen=True)
class Metrics:
    """Aggregate metrics over a set of scored questions; None where a metric has nothing to count."""

    n: int
    hit_at_1: float | None
    hit_at_5: float | None
    mrr: float | None
    fact_accuracy: float | None
    citation_support: float | None
    citation_precision: float | None
    false_numbers: int
    refusal_precision: float | None
    refusal_recall: float | None
    false_refusals: int
    false_refusal_rate: float | None
    unstated_named: float | None  # refusals that must name what the text leaves unstated, and do
    refused_gold_first: int  # false refusals of a question whose gold item retrieval ranked first
    latency_p50_ms: float
    latency_p95_ms: float

    def as_dict(self) -> dict[str, float | int | None]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def aggregate(scored: list[Scored]) -> Metrics:
    answerable = [s for s in scored if not s.question.refuse]
    answered = [s for s in answerable if not s.run.refused]
    must_refuse = [s for s in scored if s.question.refuse]
    refused = [s for s in scored if s.run.refused]
    latencies = [s.run.latency_ms for s in scored]
    return Metrics(
        n=len(scored),
        hit_at_1=_mean([float(s.rank == 1) for s in answerable]),
        hit_at_5=_mean([float(s.rank is not None) for s in answerable]),
        mrr=_mean([1 / s.rank if s.rank else 0.0 for s in answerable]),
        fact_accuracy=_mean([float(s.facts_ok) for s in answerable]),
        citation_support=_mean([float(s.supported) for s in answered]),
        citation_precision=_mean([s.precision for s in answered if s.precision is not None]),
        false_numbers=sum(len(s.false_numbers) for s in scored),
        refusal_precision=_mean([float(s.question.refuse) for s in refused]),
        refusal_recall=_mean([float(s.run.refused) for s in must_refuse]),
        false_refusals=len(answerable) - len(answered),
        false_refusal_rate=(len(answerable) - len(answered)) / len(answerable) if answerable else None,
        unstated_named=_mean([float(s.run.refused and not s.missing) for s in must_refuse if s.question.facts]),
        refused_gold_first=sum(s.run.refused and s.rank == 1 for s in answerable),
        latency_p50_ms=float(np.percentile(latencies, 50)) if latencies else math.nan,
        latency_p95_ms=float(np.percentile(latencies, 95)) if latencies else math.nan,
    )
