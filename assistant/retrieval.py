"""Hybrid retrieval: BM25 over jieba tokens (bm25s) and dense search in Chroma, fused by reciprocal rank.

The dense side's vote is weighted by how clearly it picks a winner: e5-small gives a colloquial or
off-topic question near-equal cosines for dozens of items, and such a flat ranking is noise, not
signal, so BM25 (and the policy's words added to it) decide there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

import bm25s
import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.records import Source
from index.errors import IndexNotReady
from index.records import Chunk
from index.store import PolicyIndex
from index.tokenization import tokenize

logger = logging.getLogger(__name__)


# Both retrievers "agree" on an item when each ranks it within this depth.
AGREEMENT_DEPTH = 10


@dataclass(frozen=True)
class Retrieved:
    """The fused top items, the share of the top five that both retrievers rank highly, and the
    weight the dense ranking had in the fusion."""

    sources: list[Source]
    agreement: float
    dense_weight: float = 1.0


def where_filter(level: str | None, measure_no: int | None) -> dict[str, object] | None:
    """A Chroma ``where`` for the optional level and measure filters."""
    clauses: list[dict[str, object]] = []
    if level:
        clauses.append({"level": level})
    if measure_no:
        clauses.append({"measure_no": measure_no})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def rrf(rankings: list[list[str]], k: int, weights: list[float] | None = None) -> dict[str, float]:
    """Weighted reciprocal-rank fusion: sum over rankings of weight / (k + rank) (weights default to 1)."""
    fused: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights or [1.0] * len(rankings), strict=True):
        for rank, chunk_id in enumerate(ranking, start=1):
            fused[chunk_id] = fused.get(chunk_id, 0.0) + weight / (k + rank)
    return fused


def dense_weight(similarities: list[float], full_margin: float, floor: float) -> float:
    """The dense ranking's weight in the fusion: its best-minus-fifth cosine margin over ``full_margin``,
    between ``floor`` and 1. A clear winner (margin ≥ full_margin) votes fully; a flat field barely."""
    if full_margin <= 0 or not similarities:
        return 1.0
    ranked = sorted(similarities, reverse=True)
    margin = ranked[0] - ranked[min(4, len(ranked) - 1)]
    return min(1.0, max(floor, margin / full_margin))


class Retriever:
    """BM25 is built once from the index's chunks; queries embed once and search both sides."""

    def __init__(
        self,
        index: PolicyIndex,
        embedder: Embeddings,
        candidates: int = 30,
        rrf_k: int = 60,
        tokenizer: Callable[[str], list[str]] = tokenize,
        dense_full_margin: float = 0.0,
        dense_weight_floor: float = 1.0,
    ) -> None:
        self.index = index
        self.embedder = embedder
        self.candidates = candidates
        self.rrf_k = rrf_k
        self.dense_full_margin = dense_full_margin
        self.dense_weight_floor = dense_weight_floor
        self.tokenizer = tokenizer
        self.chunks = index.chunks
        self._by_id = index.by_id()
        logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every index build at DEBUG
        ids = [c.id for c in self.chunks]
        cached = index.cache.bm25(ids) if index.cache and tokenizer is tokenize else None
        if cached is not None:
            self._bm25 = cached
        else:  # tokenizing every item is most of an index's opening time: done once per build
            self._bm25 = bm25s.BM25()
            self._bm25.index([tokenizer(c.search_text) or [""] for c in self.chunks], show_progress=False)
            if index.cache and tokenizer is tokenize:
                index.cache.save_bm25(self._bm25, ids)
        self._vocab = set(self._bm25.vocab_dict)
        self._levels = np.array([c.level for c in self.chunks])
        self._measures = np.array([c.measure_no for c in self.chunks])

    def chunk(self, chunk_id: str) -> Chunk:
        return self._by_id[chunk_id]

    def bm25_scores(self, query: str) -> np.ndarray:
        tokens = [t for t in self.tokenizer(query) if t in self._vocab]
        if not tokens:
            return np.zeros(len(self.chunks), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)

    def _bm25_ranking(self, query: str, level: str | None, measure_no: int | None) -> tuple[list[str], dict[str, float]]:
        scores = self.bm25_scores(query)
        if level:
            scores = np.where(self._levels == level, scores, 0.0)
        if measure_no:
            scores = np.where(self._measures == measure_no, scores, 0.0)
        order = np.argsort(-scores, kind="stable")[: self.candidates]
        ranking = [self.chunks[i].id for i in order if scores[i] > 0]
        return ranking, {self.chunks[i].id: float(scores[i]) for i in order}

    def _dense_ranking(self, query: str, level: str | None, measure_no: int | None) -> tuple[list[str], dict[str, float]]:
        vector = self.embedder.embed_query(query)
        try:
            hits = self.index.vectorstore.similarity_search_by_vector_with_relevance_scores(
                vector, k=min(self.candidates, len(self.chunks)),
                # langchain-chroma annotates ``filter`` as dict[str, str]; Chroma takes nested $and clauses.
                filter=cast(dict[str, str] | None, where_filter(level, measure_no))
            )
        except Exception as exc:  # chromadb raises several unrelated types for a damaged or lost index
            raise IndexNotReady(f"索引无法读取（{type(exc).__name__}）") from exc
        ranking = [doc.id for doc, _ in hits if doc.id]
        # Chroma returns cosine distance; similarity = 1 - distance.
        return ranking, {doc.id: 1.0 - float(dist) for doc, dist in hits if doc.id}

    def search(self, query: str, k: int = 5, level: str | None = None, measure_no: int | None = None,
               expansions: list[str] | None = None) -> list[Source]:
        """The ``k`` best items for ``query``, optionally only of one level or measure."""
        return self.retrieve(query, k, level, measure_no, expansions).sources

    def retrieve(self, query: str, k: int = 5, level: str | None = None, measure_no: int | None = None,
                 expansions: list[str] | None = None, dense_query: str | None = None) -> Retrieved:
        """The ``k`` best items, and how far the two retrievers agree on them.

        ``expansions`` (the policy's words for the question's colloquial ones) are added to the
        lexical query only: the embedding already places 借钱 near 贷款. ``dense_query`` replaces
        ``query`` for the embedding (an English question is embedded as asked).
        """
        if not self.chunks:
            return Retrieved([], 0.0)
        lexical = " ".join([query, *(expansions or [])])
        bm25_ids, bm25_scores = self._bm25_ranking(lexical, level, measure_no)
        dense_ids, dense_scores = self._dense_ranking(dense_query or query, level, measure_no)
        weight = dense_weight([dense_scores[i] for i in dense_ids], self.dense_full_margin, self.dense_weight_floor)
        fused = rrf([bm25_ids, dense_ids], self.rrf_k, [1.0, weight])
        best = sorted(fused, key=lambda i: (-fused[i], i))[:k]
        both = set(bm25_ids[:AGREEMENT_DEPTH]) & set(dense_ids[:AGREEMENT_DEPTH])
        agreement = sum(i in both for i in best[:5]) / 5
        return Retrieved([
            Source(self._by_id[i], fused[i], dense_scores.get(i, 0.0), bm25_scores.get(i, 0.0)) for i in best
        ], agreement, round(weight, 3))
