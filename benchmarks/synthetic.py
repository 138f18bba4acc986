"""Synthetic corpora from the seed's sentence patterns, and precomputed vectors to index them fast.

Document k is the seed task list re-issued for a city (13 设区市 plus county-level variants)
with every amount and share scaled and its own award and loan names, so items keep the seed's structure (一、→（一）→ level → 1.)
and ids (``synthetic-00007:M05-P-01``). Embedding 100k items on 2 CPU cores would take hours,
so each synthetic item gets its seed item's real vector plus small deterministic noise:
the index, BM25 and answering code paths are the real ones; only the passage encoder is skipped.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from index.chunking import CITIES, chunk_document
from index.loading import read_document

SEED = Path(__file__).resolve().parent.parent / "corpus" / "jiangsu-ip-task-list.txt"
_AMOUNT_RE = re.compile(r"(\d+(?:\.\d+)?)(万元|亿元|元|%)")
COUNTIES = ("", "江阴", "昆山", "常熟", "张家港", "宜兴", "溧阳", "丹阳", "如皋", "海安", "邳州", "沭阳", "东台")


def synthetic_text(seed: str, k: int) -> str:
    """The seed re-issued for a place, with amounts scaled by a factor that depends on ``k``."""
    city = CITIES[k % len(CITIES)]
    place = city + COUNTIES[(k // len(CITIES)) % len(COUNTIES)]
    factor = 1 + (k % 7) / 10

    def scale(m: re.Match[str]) -> str:
        value = float(m.group(1)) * factor
        if m.group(2) == "%":
            value = min(value, 100.0)
        return f"{value:g}{m.group(2)}"

    body = _AMOUNT_RE.sub(scale, seed).replace("江苏专利奖", f"{place}专利奖").replace("苏知贷", f"{place}知贷")
    title = f"{place}贯彻落实高标准推进知识产权强省建设若干政策措施任务清单（第{k}号）"
    return title + "\n" + body.split("\n", 1)[1]


def write_corpus(folder: Path, items: int) -> int:
    """Write enough documents for about ``items`` items; returns how many documents."""
    seed = SEED.read_text(encoding="utf-8")
    per_doc = len(chunk_document(read_document(SEED)))
    docs = max(1, round(items / per_doc))
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(docs):
        (folder / f"synthetic-{k:05d}.txt").write_text(synthetic_text(seed, k), encoding="utf-8")
    return docs


class PrecomputedEmbeddings(Embeddings):
    """Passages: their seed item's vector plus noise (looked up by item id); queries: the real model."""

    def __init__(self, real: Embeddings, corpus: Path, model_id: str, noise: float = 0.02) -> None:
        self.real, self.model_id = real, model_id
        seed_chunks = chunk_document(read_document(SEED))
        vectors = np.asarray(real.embed_documents([c.embed_text for c in seed_chunks]), dtype=np.float32)
        by_local = {c.id.split(":", 1)[1]: v for c, v in zip(seed_chunks, vectors, strict=True)}
        self.table: dict[str, list[float]] = {}
        for path in sorted(corpus.glob("*.txt")):
            for chunk in chunk_document(read_document(path)):
                base = by_local[chunk.id.split(":", 1)[1]]
                rng = np.random.default_rng(int(hashlib.sha256(chunk.id.encode()).hexdigest()[:8], 16))
                vector = base + rng.normal(0, noise, base.shape).astype(np.float32)
                self.table[chunk.embed_text] = (vector / np.linalg.norm(vector)).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self.table[t] for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.real.embed_query(text)
