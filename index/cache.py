"""A build's items and BM25 index, cached on local disk so opening an index does not re-tokenize it.

A build never changes once it is active, so its name is a complete key for its items; the BM25
index is also keyed by the tokenizer's lexicon, whose words change the tokens. Writes go to a
temporary folder renamed into place, so concurrent processes never read half a cache.
Without the cache (first open, another machine in server mode) everything is rebuilt as before.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import uuid
from functools import cache
from pathlib import Path
from typing import Any

import bm25s

from index.tokenization import LEXICON_DIR

logger = logging.getLogger(__name__)

CACHE_DIR = "cache"
ITEMS_FILE = "items.json"
IDS_FILE = "ids.json"


@cache
def lexicon_key() -> str:
    digest = hashlib.sha256()
    for path in sorted(LEXICON_DIR.iterdir()):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:12]


class BuildCache:
    """The cache folder of one build: ``<index_dir>/cache/<build>/``."""

    def __init__(self, index_dir: Path, build: str) -> None:
        self.dir = index_dir / CACHE_DIR / build

    def _publish(self, name: str, write: Any) -> None:
        """Write into a temporary folder, then rename it to ``name``; a concurrent writer may win."""
        tmp = self.dir / f".{name}.{uuid.uuid4().hex}"
        try:
            tmp.mkdir(parents=True)
            write(tmp)
            tmp.rename(self.dir / name)
        except OSError as exc:  # another process published first, or the disk is read-only: no cache
            logger.debug("cache %s not written: %s", name, exc)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def items(self) -> list[tuple[str, dict[str, Any]]] | None:
        try:
            data = json.loads((self.dir / "items" / ITEMS_FILE).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            return None
        return [(str(i), dict(m)) for i, m in data]

    def save_items(self, items: list[tuple[str, dict[str, Any]]]) -> None:
        self._publish("items", lambda d: (d / ITEMS_FILE).write_text(json.dumps(items, ensure_ascii=False),
                                                                     encoding="utf-8"))

    def bm25(self, ids: list[str]) -> bm25s.BM25 | None:
        """The saved BM25 index, if it was made by this lexicon over exactly these items in this order."""
        folder = self.dir / f"bm25-{lexicon_key()}"
        try:
            if json.loads((folder / IDS_FILE).read_text(encoding="utf-8")) != ids:
                return None
            return bm25s.BM25.load(str(folder), show_progress=False)
        except (OSError, ValueError):
            return None

    def save_bm25(self, bm25: bm25s.BM25, ids: list[str]) -> None:
        def write(folder: Path) -> None:
            bm25.save(str(folder), show_progress=False)
            (folder / IDS_FILE).write_text(json.dumps(ids), encoding="utf-8")

        self._publish(f"bm25-{lexicon_key()}", write)


def prune_caches(index_dir: Path, keep: set[str]) -> None:
    for path in (index_dir / CACHE_DIR).glob("build-*"):
        if path.name not in keep:
            shutil.rmtree(path, ignore_errors=True)
