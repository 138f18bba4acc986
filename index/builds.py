"""Where index builds live: folders on this machine (default) or collections on a Chroma server.

Either way a build is written aside, gets its manifest last, and only then becomes the active
one by a single atomic step, so readers never see half a build and a killed build is harmless.
A build starts from an empty collection and copies in the vectors of the documents that did not
change: no item is ever deleted and added again, which after a few edits left items out of
Chroma's HNSW graph (found by SQLite, never by a vector search).

- ``LocalBuilds``: ``index_dir/build-…/`` each holds a PersistentClient folder and
  ``manifest.json``; ``index_dir/active.json`` names the active build.
- ``ServerBuilds`` (``ASSISTANT_CHROMA_URL``): collection ``<collection>-build-…`` per build,
  its manifest in the collection's metadata; collection ``<collection>-active`` names the
  active build in its metadata. Several app processes share one server.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlparse

import chromadb
from chromadb.config import Settings as ChromaSettings
from chromadb.errors import NotFoundError
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings

from index.errors import IndexNotReady

ACTIVE_FILE = "active.json"
MANIFEST_FILE = "manifest.json"
COPY_BATCH = 1000


def _chroma_settings() -> ChromaSettings:
    """Telemetry off: no network beyond what the product is told to use.

    A new object per client: chromadb's client constructors write their own fields into it.
    """
    return ChromaSettings(anonymized_telemetry=False)


def chroma_client(path: Path) -> chromadb.ClientAPI:
    return chromadb.PersistentClient(path=str(path), settings=_chroma_settings())


def vectorstore(client: chromadb.ClientAPI, name: str, embedder: Embeddings, meta: dict[str, str] | None) -> Chroma:
    """An existing collection (``meta`` None) or a new cosine one carrying ``meta``."""
    if meta is None:
        return Chroma(client=client, collection_name=name, embedding_function=embedder,
                      create_collection_if_not_exists=False)
    return Chroma(client=client, collection_name=name, embedding_function=embedder,
                  collection_metadata=meta, collection_configuration={"hnsw": {"space": "cosine"}})


class Builds(Protocol):
    def active(self) -> str | None: ...
    def manifest(self, build: str) -> dict[str, Any] | None: ...
    def create(self, build: str, previous: str | None, embedder: Embeddings, meta: dict[str, str],
               keep: set[str]) -> Chroma: ...
    def open(self, build: str, embedder: Embeddings) -> Chroma: ...
    def finish(self, build: str, manifest: dict[str, Any]) -> None: ...
    def activate(self, build: str) -> None: ...
    def prune(self, keep: set[str]) -> None: ...


def copy_vectors(source: Any, store: Chroma, keep: set[str]) -> None:
    """Copy the items of the documents in ``keep`` (unchanged since ``source`` was built) with their vectors."""
    if not keep:
        return
    where = {"doc": {"$in": sorted(keep)}}
    for offset in range(0, source.count(), COPY_BATCH):
        got = source.get(where=where, include=["embeddings", "documents", "metadatas"], limit=COPY_BATCH,
                         offset=offset)
        if got["ids"]:
            store._collection.add(ids=got["ids"], embeddings=got["embeddings"], documents=got["documents"],
                                  metadatas=got["metadatas"])


def read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    return data if isinstance(data, dict) else None


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)


class LocalBuilds:
    def __init__(self, index_dir: Path, collection: str) -> None:
        self.index_dir = index_dir
        self.collection = collection

    def active(self) -> str | None:
        pointer = read_json(self.index_dir / ACTIVE_FILE)
        if not pointer or not isinstance(pointer.get("build"), str):
            return None
        return pointer["build"] if (self.index_dir / pointer["build"] / MANIFEST_FILE).exists() else None

    def manifest(self, build: str) -> dict[str, Any] | None:
        return read_json(self.index_dir / build / MANIFEST_FILE)

    def create(self, build: str, previous: str | None, embedder: Embeddings, meta: dict[str, str],
               keep: set[str]) -> Chroma:
        store = vectorstore(chroma_client(self.index_dir / build / "chroma"), self.collection, embedder, meta)
        if previous is not None:
            source = chroma_client(self.index_dir / previous / "chroma").get_collection(self.collection)
            copy_vectors(source, store, keep)
        return store

    def open(self, build: str, embedder: Embeddings) -> Chroma:
        return vectorstore(chroma_client(self.index_dir / build / "chroma"), self.collection, embedder, None)

    def finish(self, build: str, manifest: dict[str, Any]) -> None:
        write_json_atomic(self.index_dir / build / MANIFEST_FILE, manifest)

    def activate(self, build: str) -> None:
        write_json_atomic(self.index_dir / ACTIVE_FILE, {"build": build})

    def prune(self, keep: set[str]) -> None:
        """Drop builds other than ``keep``; a process still reading the previous build keeps it."""
        for path in self.index_dir.glob("build-*"):
            if path.name not in keep:
                shutil.rmtree(path, ignore_errors=True)


class ServerBuilds:
    def __init__(self, url: str, collection: str) -> None:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise IndexNotReady(f"ASSISTANT_CHROMA_URL 应形如 http://主机:端口，而不是 {url!r}")
        self.url, self.collection = url, collection
        self.pointer = f"{collection}-active"
        try:
            self.client = chromadb.HttpClient(host=parsed.hostname, port=parsed.port or (443 if parsed.scheme == "https"
                                                                                      else 8000),
                                              ssl=parsed.scheme == "https", settings=_chroma_settings())
            self.client.heartbeat()
        except Exception as exc:  # connection refused, DNS, TLS…: all mean the same to the user
            raise IndexNotReady(f"无法连接 Chroma 服务器 {url}（{type(exc).__name__}）。"
                                "请确认它已启动（chroma run --path … --port …）。") from exc

    def _name(self, build: str) -> str:
        return f"{self.collection}-{build}"

    def active(self) -> str | None:
        try:
            build = (self.client.get_collection(self.pointer).metadata or {}).get("build")
        except NotFoundError:
            return None
        return build if isinstance(build, str) and self.manifest(build) else None

    def manifest(self, build: str) -> dict[str, Any] | None:
        try:
            raw = (self.client.get_collection(self._name(build)).metadata or {}).get("manifest")
        except NotFoundError:
            return None
        return json.loads(raw) if isinstance(raw, str) else None

    def create(self, build: str, previous: str | None, embedder: Embeddings, meta: dict[str, str],
               keep: set[str]) -> Chroma:
        store = vectorstore(self.client, self._name(build), embedder, meta)
        if previous is not None:
            copy_vectors(self.client.get_collection(self._name(previous)), store, keep)
        return store

    def open(self, build: str, embedder: Embeddings) -> Chroma:
        return vectorstore(self.client, self._name(build), embedder, None)

    def finish(self, build: str, manifest: dict[str, Any]) -> None:
        target = self.client.get_collection(self._name(build))
        target.modify(metadata={**(target.metadata or {}), "manifest": json.dumps(manifest, ensure_ascii=False)})

    def activate(self, build: str) -> None:
        self.client.get_or_create_collection(self.pointer).modify(metadata={"build": build})

    def prune(self, keep: set[str]) -> None:
        prefix = f"{self.collection}-build-"
        for col in self.client.list_collections():
            if col.name.startswith(prefix) and col.name[len(self.collection) + 1:] not in keep:
                self.client.delete_collection(col.name)


def make_builds(index_dir: Path, collection: str, chroma_url: str | None) -> Builds:
    return ServerBuilds(chroma_url, collection) if chroma_url else LocalBuilds(index_dir, collection)
