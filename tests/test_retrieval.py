"""The fusion of BM25 and dense rankings: reciprocal rank, with the dense vote weighted by its margin."""

import pytest

from assistant.pipeline import PolicyAssistant
from assistant.retrieval import dense_weight, rrf


def test_rrf_sums_reciprocal_ranks_and_weights_each_ranking() -> None:
    plain = rrf([["a", "b"], ["b", "c"]], k=60)
    assert plain["b"] == pytest.approx(1 / 62 + 1 / 61)
    assert plain["a"] == pytest.approx(1 / 61)
    weighted = rrf([["a", "b"], ["b", "c"]], k=60, weights=[1.0, 0.25])
    assert weighted["b"] == pytest.approx(1 / 62 + 0.25 / 61)
    assert weighted["c"] == pytest.approx(0.25 / 62)


def test_a_flat_dense_ranking_votes_less_than_a_clear_winner() -> None:
    clear = [0.95, 0.90, 0.89, 0.88, 0.87, 0.86]  # best minus fifth: 0.08
    flat = [0.890, 0.888, 0.887, 0.886, 0.884]  # 0.006
    assert dense_weight(clear, full_margin=0.03, floor=0.25) == 1.0
    assert dense_weight(flat, full_margin=0.03, floor=0.25) == 0.25
    assert dense_weight([0.9, 0.895, 0.89, 0.888, 0.885], full_margin=0.03, floor=0.25) == pytest.approx(0.5)
    assert dense_weight(flat, full_margin=0.0, floor=0.25) == 1.0  # the weighting turned off
    assert dense_weight([], full_margin=0.03, floor=0.25) == 1.0


def test_the_trace_records_the_dense_weight_the_fusion_used(assistant: PolicyAssistant) -> None:
    exact = assistant.ask("高价值专利培育示范中心每个项目最多给多少钱？")
    colloquial = assistant.ask("企业高管想充充电学知识产权，省里有班没")
    weights = [next(d for d in a.trace if d["decision"] == "rerank")["inputs"]["dense_weight"]
               for a in (exact, colloquial)]
    assert 0.25 <= weights[1] < weights[0] <= 1.0
