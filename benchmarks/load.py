"""Concurrent users through the Gradio API on loopback: errors and latency p50/p95, printed.

Start the app first (`.venv/bin/python app.py`), then:

    .venv/bin/python benchmarks/load.py [--url http://127.0.0.1:7860/] [--users 20] [--questions 10]
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time
from dataclasses import dataclass, field

from gradio_client import Client

QUESTIONS = [
    "我能拿到多少专利奖奖励", "专利能拿去银行贷款吗，风险谁担", "高价值专利培育有哪些支持", "专利导航归哪个处室管",
    "地理标志产品保护示范区奖励多少", "知识产权证券化试点支持哪些城市", "北京的知识产权政策", "那银奖呢？",
    "海外知识产权纠纷应对指导", "商标品牌建设有什么措施",
]


@dataclass
class LoadResult:
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


def run_load(url: str, users: int = 20, questions: int = 10) -> LoadResult:
    """Each user opens its own client and asks ``questions`` questions in turn; all users at once."""
    result = LoadResult()
    lock = threading.Lock()
    start = threading.Barrier(users)

    def user(u: int) -> None:
        try:
            client = Client(url, verbose=False)
        except Exception as exc:  # noqa: BLE001 - every failure is counted, none may stop the run
            with lock:
                result.errors.append(f"user {u}: connect: {type(exc).__name__}: {exc}")
            start.abort()
            return
        start.wait()
        for i in range(questions):
            question = QUESTIONS[(u + i) % len(QUESTIONS)]
            began = time.perf_counter()
            try:
                answer = json.loads(client.predict(question, [], "全部", api_name="/ask"))
                ok = bool(answer["answer"])
            except Exception as exc:  # noqa: BLE001
                with lock:
                    result.errors.append(f"user {u} q{i}: {type(exc).__name__}: {exc}")
                continue
            with lock:
                result.latencies_ms.append((time.perf_counter() - began) * 1000)
                if not ok:
                    result.errors.append(f"user {u} q{i}: empty answer")

    began = time.perf_counter()
    threads = [threading.Thread(target=user, args=(u,)) for u in range(users)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result.seconds = time.perf_counter() - began
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:7860/")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--questions", type=int, default=10)
    args = parser.parse_args()
    result = run_load(args.url, args.users, args.questions)
    total = args.users * args.questions
    print(f"{args.users} users × {args.questions} questions = {total} requests in {result.seconds:.1f} s "
          f"({len(result.latencies_ms) / result.seconds:.1f} answers/s)")
    print(f"errors: {len(result.errors)}")
    print(f"latency per request: p50 {result.percentile(0.5):.0f} ms, p95 {result.percentile(0.95):.0f} ms, "
          f"mean {statistics.fmean(result.latencies_ms):.0f} ms")
    for error in result.errors[:10]:
        print("  ", error)


if __name__ == "__main__":
    main()
