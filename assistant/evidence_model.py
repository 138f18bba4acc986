"""Is a question about what the policy covers? A logistic model over retrieval evidence, not over words.

The features say how strongly and how consistently dense and BM25 retrieval agree on the top items,
and how much of the question the corpus and the top item cover. Weights are fitted by
``python -m eval.calibrate`` on the dev split (k-fold figures in docs/calibration.md) and stored as
JSON beside the other lexicon files; the decision threshold is a Setting.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

import numpy as np

from assistant.question import term_covered
from assistant.records import Source
from index.tokenization import guessed, names_a_thing

MODEL_PATH = Path(__file__).resolve().parent / "lexicon" / "coverage_model.json"
FEATURES = ("dense_top", "dense_margin", "bm25_top", "agreement", "corpus_terms", "top_item_terms", "english")


@dataclass(frozen=True)
class Evidence:
    """What retrieval found for a question, as numbers."""

    dense_top: float  # best cosine similarity among the items
    dense_margin: float  # best minus fifth-best cosine: a clear winner or a flat field
    bm25_top: float  # log(1 + best BM25 score)
    agreement: float  # share of the fused top five that both retrievers rank in their own top ten
    corpus_terms: float  # share of the question's counted key terms the corpus uses (synonyms count)
    top_item_terms: float  # share the best-matching of the top three items uses
    english: float  # 1 for an English question: its cosine to Chinese items runs lower

    def vector(self) -> np.ndarray:
        return np.array([getattr(self, name) for name in FEATURES], dtype=np.float64)

    def to_dict(self) -> dict[str, float]:
        return {k: round(v, 3) for k, v in asdict(self).items()}


def gather(sources: list[Source], terms: list[str], corpus_text: str, agreement: float, english: bool) -> Evidence:
    dense = sorted((s.dense for s in sources if s.dense > 0), reverse=True)  # BM25-only items have no dense score
    top = dense[0] if dense else 0.0
    # A word the corpus lacks counts against coverage only when it names a thing (地铁, 营业执照):
    # the verbs and particles of colloquial speech (打包, 评得, 有啥说法) say how it is asked, not what about.
    # Nor does a word jieba's HMM guessed, which no dictionary holds (集聚区能入驻 → 区能, 成批地乱申请 → 地乱):
    # it may join two words' characters, and so name nothing the asker said.
    counted = [t for t in terms if term_covered(t, corpus_text) or names_a_thing(t) and not guessed(t)]
    share = (lambda text: sum(term_covered(t, text) for t in counted) / len(counted)) if counted else (lambda _: 0.0)
    return Evidence(
        dense_top=top,
        dense_margin=top - (dense[4] if len(dense) > 4 else (dense[-1] if dense else 0.0)),
        bm25_top=math.log1p(max((s.bm25 for s in sources), default=0.0)),
        agreement=agreement,
        corpus_terms=share(corpus_text),
        top_item_terms=max((share(s.chunk.search_text) for s in sources[:3]), default=0.0),
        english=float(english),
    )


@dataclass(frozen=True)
class CoverageModel:
    """Standardised features → logistic probability that the question is within the policy's scope."""

    mean: list[float]
    scale: list[float]
    weights: list[float]
    bias: float

    def probability(self, evidence: Evidence) -> float:
        z = (evidence.vector() - np.array(self.mean)) / np.array(self.scale)
        return float(1.0 / (1.0 + math.exp(-(float(z @ np.array(self.weights)) + self.bias))))

    def save(self, path: Path, report: dict[str, object]) -> None:
        path.write_text(json.dumps({"features": FEATURES, **asdict(self), "calibration": report},
                                   ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


@cache
def load_model(path: Path = MODEL_PATH) -> CoverageModel:
    raw = json.loads(path.read_text(encoding="utf-8"))
    if tuple(raw["features"]) != FEATURES:
        raise ValueError(f"{path} was fitted on other features; run `python -m eval.calibrate`")
    return CoverageModel(raw["mean"], raw["scale"], raw["weights"], raw["bias"])


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.1, steps: int = 3000, rate: float = 0.1) -> CoverageModel:
    """Class-balanced, L2-regularised logistic regression by gradient descent (a few hundred rows)."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = (x - mean) / scale
    weight = np.where(y == 1, 0.5 / max(y.mean(), 1e-9), 0.5 / max(1 - y.mean(), 1e-9))
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        g = weight * (p - y)
        w -= rate * (z.T @ g / len(y) + l2 * w)
        b -= rate * float(g.mean())
    return CoverageModel(mean.tolist(), scale.tolist(), w.tolist(), b)
