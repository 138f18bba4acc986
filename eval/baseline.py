"""The baseline a user would otherwise pick: 500-character chunks, dense-only Chroma, answer = the top chunk.

Its chunks do not follow the policy's structure, so to score it on the same gold items each chunk
is mapped to the items whose text it holds (by character offsets in the source document).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings
from langchain_text_splitters import RecursiveCharacterTextSplitter

from eval.metrics import K, Run
from index.builds import chroma_client
from index.chunking import chunk_document
from index.loading import Document

CHUNK_SIZE, CHUNK_OVERLAP = 500, 50
MIN_HELD_CHARS = 20  # a chunk holds an item when it has at least this much of its text (or all of it)


def item_spans(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, item ID) of every structured item of ``doc``, by where its text stands in the document."""
    spans = []
    for item in chunk_document(doc):
        start = doc.text.find(item.text)
        if start >= 0:
            spans.append((start, start + len(item.text), item.id))
    return spans


def held_items(spans: list[tuple[int, int, str]], start: int, end: int) -> list[str]:
    """The items whose text overlaps [start, end) enough to count as held by that chunk."""
    return [item for s, e, item in spans if min(end, e) - max(start, s) >= min(MIN_HELD_CHARS, e - s)]


class Baseline:
    """Dense-only retrieval over fixed-size chunks; the answer is the top chunk's text."""

    def __init__(self, documents: list[Document], embedder: Embeddings, path: Path) -> None:
        splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP,
                                                  add_start_index=True)
        pieces = []
        for doc in documents:
            spans = item_spans(doc)
            for piece in splitter.create_documents([doc.text]):
                start = piece.metadata["start_index"]
                items = held_items(spans, start, start + len(piece.page_content))
                piece.metadata = {"doc": doc.doc_id, "items": json.dumps(items)}
                pieces.append(piece)
        self.store = Chroma(client=chroma_client(path), collection_name="baseline", embedding_function=embedder,
                            collection_configuration={"hnsw": {"space": "cosine"}})
        self.store.add_documents(pieces, ids=[f"b{i}" for i in range(len(pieces))])
        self.chunks = len(pieces)

    def ask(self, turns: tuple[str, ...]) -> Run:
        """A plain RAG chain has no condensing step, so a dialogue's user turns are joined into one query."""
        started = time.perf_counter()
        hits = self.store.similarity_search(" ".join(turns), k=K)
        latency = (time.perf_counter() - started) * 1000
        ranked = [frozenset(json.loads(h.metadata["items"])) for h in hits]
        top = hits[0] if hits else None
        return Run(
            ranked=ranked,
            answer=top.page_content if top else "",
            cited=sorted(ranked[0]) if ranked else [],
            cited_text=top.page_content if top else "",
            refused=False,
            latency_ms=latency,
        )
