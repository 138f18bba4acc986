"""The Chroma index: built aside and swapped in atomically, updated incrementally by content hash.

Layout of ``index_dir``::

    active.json            {"build": "build-…"}: the build queries use (replaced atomically)
    .lock                  held while a build runs; a second build waits
    build-…/manifest.json  embedder id, chunker version, document hashes (inspectable)
    build-…/chroma/        the Chroma PersistentClient folder
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import shutil
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import chromadb
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings
from tqdm import tqdm

from index.chunking import CHUNKER_VERSION, chunk_document
from index.errors import IndexNotReady
from index.loading import Document, load_corpus
from index.records import Chunk

logger = logging.getLogger(__name__)

ACTIVE_FILE = "active.json"
MANIFEST_FILE = "manifest.json"
LEVEL_ORDER = {"province": 0, "city": 1, "": 2}


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

    path: Path
    vectorstore: Chroma
    chunks: list[Chunk]
    manifest: dict[str, Any]

    def by_id(self) -> dict[str, Chunk]:
        return {c.id: c for c in self.chunks}


def chroma_client(path: Path) -> chromadb.ClientAPI:
    # Telemetry off: the product runs with no network.
    return chromadb.PersistentClient(path=str(path), settings=ChromaSettings(anonymized_telemetry=False))


def _vectorstore(client: chromadb.ClientAPI, collection: str, embedder: Embeddings, meta: dict[str, str] | None) -> Chroma:
    if meta is None:
        return Chroma(client=client, collection_name=collection, embedding_function=embedder,
                      create_collection_if_not_exists=False)
    return Chroma(client=client, collection_name=collection, embedding_function=embedder,
                  collection_metadata=meta, collection_configuration={"hnsw": {"space": "cosine"}})


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    return data if isinstance(data, dict) else None


def _write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)


def active_build(index_dir: Path) -> Path | None:
    """The build folder queries use, or None when there is no complete build."""
    pointer = _read_json(index_dir / ACTIVE_FILE)
    if not pointer or not isinstance(pointer.get("build"), str):
        return None
    build = index_dir / pointer["build"]
    return build if (build / MANIFEST_FILE).exists() else None


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


def _prune(index_dir: Path, keep: set[str]) -> None:
    """Drop builds other than ``keep``; a process still reading the previous build keeps it."""
    for path in index_dir.glob("build-*"):
        if path.name not in keep:
            shutil.rmtree(path, ignore_errors=True)


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
) -> BuildReport:
    """Bring the index in line with the corpus; only changed documents are re-embedded.

    The new build is written to a fresh folder and made active by an atomic rename, so a
    reader never sees a half-built index and a killed build leaves the previous one intact.
    """
    started = time.perf_counter()
    with build_lock(index_dir):
        documents, errors = load_corpus(corpus_dir)
        report = BuildReport(errors=errors)
        previous = active_build(index_dir)
        old_manifest = _read_json(previous / MANIFEST_FILE) if previous else None
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
            report.build = previous.name if previous else ""
            report.chunks = sum(v.get("chunks", 0) for v in old_docs.values())
            report.seconds = time.perf_counter() - started
            return report

        report.rebuilt, report.removed = full, removed
        report.added = [d.doc_id for d in changed]
        name = f"build-{datetime.now(UTC):%Y%m%d%H%M%S}-{uuid.uuid4().hex[:6]}"
        build = index_dir / name
        if previous is not None and not full:
            shutil.copytree(previous, build)
        report.chunks = _write_build(build, documents, changed, removed, old_docs, embedder, embedder_id,
                                     collection, errors, batch_size, progress)
        _write_json_atomic(index_dir / ACTIVE_FILE, {"build": name})
        _prune(index_dir, keep={name} | ({previous.name} if previous else set()))
        report.build = name
        report.seconds = time.perf_counter() - started
        logger.info("index %s: %d chunks in %.1fs", name, report.chunks, report.seconds)
        return report


def _write_build(
    build: Path,
    documents: list[Document],
    changed: list[Document],
    removed: list[str],
    old_docs: dict[str, Any],
    embedder: Embeddings,
    embedder_id: str,
    collection: str,
    errors: list[str],
    batch_size: int,
    progress: bool,
) -> int:
    client = chroma_client(build / "chroma")
    store = _vectorstore(client, collection, embedder, {"embedder": embedder_id, "chunker_version": CHUNKER_VERSION})
    for doc_id in removed + [d.doc_id for d in changed if d.doc_id in old_docs]:
        store._collection.delete(where={"doc": doc_id})
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
    _write_json_atomic(build / MANIFEST_FILE, manifest)
    return sum(e["chunks"] for e in manifest["documents"].values())


def open_index(index_dir: Path, embedder: Embeddings, embedder_id: str, collection: str) -> PolicyIndex:
    """Open the active build; raise IndexNotReady when it is missing or built with another embedder."""
    build = active_build(index_dir)
    if build is None:
        raise IndexNotReady(f"索引不存在：{index_dir}。请运行 `python -m assistant index` 构建。")
    manifest = _read_json(build / MANIFEST_FILE) or {}
    reason = _stale_reason(manifest, embedder_id)
    if reason:
        raise IndexNotReady(reason)
    try:
        store = _vectorstore(chroma_client(build / "chroma"), collection, embedder, None)
        got = store._collection.get(include=["metadatas"])
    except Exception as exc:  # chromadb raises several unrelated types for a damaged folder
        raise IndexNotReady(f"索引无法读取（{type(exc).__name__}: {exc}）。请运行 `python -m assistant index --rebuild`。") from exc
    chunks = [Chunk.from_metadata(i, m) for i, m in zip(got["ids"], got["metadatas"] or [], strict=True)]
    return PolicyIndex(path=build, vectorstore=store, chunks=sorted(chunks, key=_sort_key), manifest=manifest)


def corpus_changed(corpus_dir: Path, manifest: dict[str, Any]) -> bool:
    """Whether the corpus differs from what the build indexed (by content hash)."""
    documents, _ = load_corpus(corpus_dir)
    indexed = {k: v.get("sha256") for k, v in manifest.get("documents", {}).items()}
    return indexed != {d.doc_id: d.sha256 for d in documents}
