"""The Chroma index: built aside and swapped in atomically, updated incrementally by content hash.

Builds live in folders under ``index_dir`` or, with ``chroma_url``, as collections on a Chroma
server (see ``index/builds.py``). ``index_dir/.lock`` is held while a build runs: a second one waits.
"""

from __future__ import annotations

import fcntl
import logging
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings
from tqdm import tqdm

from index.builds import make_builds
from index.cache import BuildCache, prune_caches
from index.chunking import CHUNKER_VERSION, chunk_document
from index.errors import IndexNotReady
from index.loading import Document, load_corpus
from index.records import Chunk

logger = logging.getLogger(__name__)

LEVEL_ORDER = {"province": 0, "city": 1, "": 2}
ITEMS_PAGE = 5000


@dataclass
class BuildReport:
    """What a build did, for the CLI and the UI."""

    build: str = ""
    rebuilt: bool = False
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    chunks: int = 0
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed or self.rebuilt)


@dataclass
class PolicyIndex:
    """An opened build: the vector store, all its chunks and its manifest."""

    build: str
    vectorstore: Chroma
    chunks: list[Chunk]
    manifest: dict[str, Any]
    cache: BuildCache | None = None

    def by_id(self) -> dict[str, Chunk]:
        return {c.id: c for c in self.chunks}


@contextmanager
def build_lock(index_dir: Path) -> Iterator[None]:
    """One build at a time per index folder; a second one waits and says so."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            logger.warning("另一个索引构建正在进行，等待其完成…")
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _sort_key(chunk: Chunk) -> tuple[str, int, int, int, str]:
    return chunk.doc, chunk.measure_no, LEVEL_ORDER.get(chunk.level, 2), chunk.item, chunk.id


def _add_chunks(store: Chroma, chunks: list[Chunk], batch_size: int, progress: bool) -> None:
    with tqdm(total=len(chunks), desc="嵌入条目", unit="条", disable=not progress, file=sys.stderr) as bar:
        for start in range(0, len(chunks), batch_size):
            batch = chunks[start:start + batch_size]
            store.add_texts(
                texts=[c.embed_text for c in batch],
                metadatas=[c.to_metadata() for c in batch],
                ids=[c.id for c in batch],
            )
            bar.update(len(batch))


def _stale_reason(manifest: dict[str, Any] | None, embedder_id: str) -> str:
    if manifest is None:
        return "no-index"
    if manifest.get("embedder") != embedder_id:
        return f"索引由嵌入模型 {manifest.get('embedder')} 构建，当前配置为 {embedder_id}，将整体重建索引"
    if manifest.get("chunker_version") != CHUNKER_VERSION:
        return f"索引的切分版本 {manifest.get('chunker_version')} 与当前 {CHUNKER_VERSION} 不同，将整体重建索引"
    return ""


def build_index(
    corpus_dir: Path,
    index_dir: Path,
    embedder: Embeddings,
    embedder_id: str,
    collection: str,
    *,
    rebuild: bool = False,
    progress: bool = True,
    batch_size: int = 32,
    chroma_url: str | None = None,
) -> BuildReport:
    """Bring the index in line with the corpus; only changed documents are re-embedded.

    The new build is written aside and made active in one atomic step, so a reader never
    sees a half-built index and a killed build leaves the previous one intact.
    """
    started = time.perf_counter()
    with build_lock(index_dir):
        builds = make_builds(index_dir, collection, chroma_url)
        documents, errors = load_corpus(corpus_dir)
        report = BuildReport(errors=errors)
        previous = builds.active()
        old_manifest = builds.manifest(previous) if previous else None
        reason = _stale_reason(old_manifest, embedder_id)
        if reason and reason != "no-index":
            logger.warning(reason)
        full = rebuild or bool(reason)
        old_docs: dict[str, Any] = {} if full or old_manifest is None else old_manifest["documents"]
        current = {d.doc_id: d for d in documents}
        changed = [d for d in documents if old_docs.get(d.doc_id, {}).get("sha256") != d.sha256]
        removed = [doc_id for doc_id in old_docs if doc_id not in current]
        report.unchanged = [d for d in current if d in old_docs and current[d] not in changed]
        if not full and not changed and not removed:
            report.build = previous or ""
            report.chunks = sum(v.get("chunks", 0) for v in old_docs.values())
            report.seconds = time.perf_counter() - started
            return report

        report.rebuilt, report.removed = full, removed
        report.added = [d.doc_id for d in changed]
        name = f"build-{datetime.now(UTC):%Y%m%d%H%M%S}-{uuid.uuid4().hex[:6]}"
        meta = {"embedder": embedder_id, "chunker_version": CHUNKER_VERSION}
        store = builds.create(name, None if full else previous, embedder, meta, set(report.unchanged))
        manifest = _write_build(store, documents, changed, removed, old_docs, embedder_id, collection, errors,
                                batch_size, progress)
        builds.finish(name, manifest)
        builds.activate(name)
        builds.prune(keep={name} | ({previous} if previous else set()))
        prune_caches(index_dir, keep={name} | ({previous} if previous else set()))
        report.chunks = sum(e["chunks"] for e in manifest["documents"].values())
        report.build = name
        report.seconds = time.perf_counter() - started
        logger.info("index %s: %d chunks in %.1fs", name, report.chunks, report.seconds)
        return report


def _write_build(
    store: Chroma,
    documents: list[Document],
    changed: list[Document],
    removed: list[str],
    old_docs: dict[str, Any],
    embedder_id: str,
    collection: str,
    errors: list[str],
    batch_size: int,
    progress: bool,
) -> dict[str, Any]:
    """Add the changed documents' items to a build's store (which holds the unchanged ones); return its manifest."""
    entries = {doc_id: old_docs[doc_id] for doc_id in old_docs if doc_id not in removed}
    new_chunks: list[Chunk] = []
    for document in changed:
        chunks = chunk_document(document)
        new_chunks.extend(chunks)
        entries[document.doc_id] = {
            "sha256": document.sha256,
            "file": document.path.name,
            "title": document.title,
            "issuer": document.issuer,
            "chunks": len(chunks),
        }
    _add_chunks(store, new_chunks, batch_size, progress)
    manifest = {
        "format": 1,
        "embedder": embedder_id,
        "chunker_version": CHUNKER_VERSION,
        "collection": collection,
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "documents": {d.doc_id: entries[d.doc_id] for d in documents if d.doc_id in entries},
        "errors": errors,
    }
    return manifest


def _all_items(store: Chroma) -> list[tuple[str, dict[str, Any]]]:
    """Every item's id and metadata, a page at a time: one ``get`` of 100k items exceeds SQLite's variable limit."""
    items: list[tuple[str, dict[str, Any]]] = []
    while True:
        got = store._collection.get(include=["metadatas"], limit=ITEMS_PAGE, offset=len(items))
        items += [(i, dict(m)) for i, m in zip(got["ids"], got["metadatas"] or [], strict=True)]
        if len(got["ids"]) < ITEMS_PAGE:
            return items


def open_index(index_dir: Path, embedder: Embeddings, embedder_id: str, collection: str,
               chroma_url: str | None = None) -> PolicyIndex:
    """Open the active build; raise IndexNotReady when it is missing, unreadable or built with another embedder."""
    builds = make_builds(index_dir, collection, chroma_url)
    try:
        build = builds.active()
        manifest = builds.manifest(build) if build else None
    except Exception as exc:  # chromadb raises several unrelated types for a damaged store
        raise IndexNotReady(f"索引无法读取（{type(exc).__name__}）。请运行 `python -m assistant index --rebuild`。") from exc
    if build is None or manifest is None:
        where = chroma_url or index_dir
        raise IndexNotReady(f"索引不存在：{where}。请运行 `python -m assistant index` 构建。")
    reason = _stale_reason(manifest, embedder_id)
    if reason:
        raise IndexNotReady(reason)
    cache = BuildCache(index_dir, build)
    try:
        store = builds.open(build, embedder)
        items = cache.items()
        if items is None:
            items = _all_items(store)
            cache.save_items(items)
    except Exception as exc:  # chromadb raises several unrelated types for a damaged folder
        raise IndexNotReady(f"索引无法读取（{type(exc).__name__}: {exc}）。请运行 `python -m assistant index --rebuild`。") from exc
    chunks = [Chunk.from_metadata(i, m) for i, m in items]
    return PolicyIndex(build=build, vectorstore=store, chunks=sorted(chunks, key=_sort_key), manifest=manifest,
                       cache=cache)


def corpus_changed(corpus_dir: Path, manifest: dict[str, Any]) -> bool:
    """Whether the corpus differs from what the build indexed (by content hash)."""
    documents, _ = load_corpus(corpus_dir)
    indexed = {k: v.get("sha256") for k, v in manifest.get("documents", {}).items()}
    return indexed != {d.doc_id: d.sha256 for d in documents}
