"""The index an assistant answers from: opened (built or updated first), and reopened when lost under it."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from langchain_core.embeddings import Embeddings

from assistant.prompts import Templates
from assistant.retrieval import Retrieved, Retriever
from assistant.settings import Settings
from index.errors import IndexNotReady
from index.records import Chunk
from index.store import BuildReport, PolicyIndex, build_index, corpus_changed, open_index

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reference:
    """A document the corpus cites as 《title》, and whether its own text is indexed."""

    title: str
    cited_by: list[str]
    in_corpus: bool


def references(chunks: list[Chunk], doc_titles: list[str]) -> list[Reference]:
    cited: dict[str, list[str]] = {}
    for chunk in chunks:
        for title in chunk.references:
            cited.setdefault(title, []).append(chunk.id)
    return [
        Reference(title, ids, any(title in t or t in title for t in doc_titles))
        for title, ids in cited.items()
    ]


def ensure_index(settings: Settings, embedder: Embeddings, embedder_id: str, progress: bool = False) -> tuple[PolicyIndex, BuildReport | None]:
    """Open the index, building or updating it first when it is missing, stale or behind the corpus."""
    try:
        index = open_index(settings.index_dir, embedder, embedder_id, settings.collection, settings.chroma_url)
        if not corpus_changed(settings.corpus_dir, index.manifest):
            return index, None
        rebuild = False
    except IndexNotReady as exc:  # missing, stale or damaged: an incremental update cannot be trusted
        logger.warning("%s", exc)
        rebuild = True
    report = build_index(settings.corpus_dir, settings.index_dir, embedder, embedder_id, settings.collection,
                         rebuild=rebuild, progress=progress, batch_size=settings.embed_batch_size,
                         chroma_url=settings.chroma_url)
    return open_index(settings.index_dir, embedder, embedder_id, settings.collection, settings.chroma_url), report


def open_retriever(settings: Settings, embedder: Embeddings, progress: bool = False
                   ) -> tuple[Retriever, BuildReport | None]:
    """A retriever on the corpus as it is now (indexing what changed first)."""
    index, report = ensure_index(settings, embedder, embedder.model_id, progress)  # type: ignore[attr-defined]
    return Retriever(index, embedder, settings.candidates, settings.rrf_k,
                     dense_full_margin=settings.dense_full_margin, dense_weight_floor=settings.dense_weight_floor), report


class LiveIndex:
    """The active retriever; an index lost, damaged or replaced under a running app is reopened
    (rebuilt if need be) once for all the requests that found it broken, and ``on_swap`` is told."""

    def __init__(self, settings: Settings, retriever: Retriever, templates: Templates,
                 on_swap: Callable[[Retriever], None]) -> None:
        self.settings = settings
        self.retriever = retriever
        self.t = templates
        self.on_swap = on_swap
        self._recovering = threading.Lock()

    def retrieve(self, query: str, k: int, level: str | None, expansions: list[str],
                 dense_query: str | None, measure_no: int | None = None) -> tuple[Retrieved, list[str]]:
        """Retrieve, and the notices of a recovery when one was needed."""
        try:
            return self.retriever.retrieve(query, k, level=level, measure_no=measure_no, expansions=expansions,
                                           dense_query=dense_query), []
        except IndexNotReady as exc:
            logger.warning("%s; reopening the index", exc)
            notice = self._recover(self.retriever)
        try:
            return self.retriever.retrieve(query, k, level=level, measure_no=measure_no, expansions=expansions,
                                           dense_query=dense_query), [notice]
        except IndexNotReady as exc:
            raise IndexNotReady(f"{exc}，自动重建后仍无法读取。请运行 `python -m assistant index --rebuild`。") from exc

    def _recover(self, broken: Retriever) -> str:
        with self._recovering:
            if self.retriever is not broken:
                return self.t.raw("index_reopened")
            self.retriever, report = open_retriever(self.settings, broken.embedder)
            self.on_swap(self.retriever)
            return self.t.raw("index_rebuilt" if report else "index_reopened")
