"""Index build time for the seed and warm answer latency (p50/p95), printed, never asserted.

Run: .venv/bin/python benchmarks/bench_answer.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from assistant.pipeline import PolicyAssistant
from assistant.settings import Settings
from index.embedding import make_embedder
from index.store import build_index

QUESTIONS = [
    "我能拿到多少专利奖奖励", "专利能拿去银行贷款吗，风险谁担", "高价值专利培育有哪些支持", "专利导航归哪个处室管",
    "地理标志产品保护示范区奖励多少", "知识产权证券化试点支持哪些城市", "北京的知识产权政策", "专利年费能减免吗",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5, help="times each question is asked")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(index_dir=Path(tmp) / "index")
        embedder = make_embedder(settings.embed_model)
        started = time.perf_counter()
        report = build_index(settings.corpus_dir, settings.index_dir, embedder, embedder.model_id,
                             settings.collection, progress=False, batch_size=settings.embed_batch_size)
        build_s = time.perf_counter() - started
        assistant = PolicyAssistant.from_settings(settings)
        for q in QUESTIONS:  # warm-up: jieba, Chroma and the model's first calls
            assistant.ask(q)
        totals, retrieves = [], []
        for _ in range(args.rounds):
            for q in QUESTIONS:
                answer = assistant.ask(q)
                totals.append(answer.timings_ms["total"])
                retrieves.append(answer.timings_ms["retrieve"])
    print(f"index build (seed, {report.chunks} items): {build_s:.2f} s   target <= 10 s")
    print(f"warm answer over {len(totals)} asks: p50 {statistics.median(totals):.1f} ms, "
          f"p95 {percentile(totals, 0.95):.1f} ms   target p50 <= 50 ms")
    print(f"  of which retrieval: p50 {statistics.median(retrieves):.1f} ms, p95 {percentile(retrieves, 0.95):.1f} ms")


if __name__ == "__main__":
    main()
