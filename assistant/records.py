"""Typed records that flow from retrieval to the answer, the CLI's JSON and the UI."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from assistant.grounding import Grounding
from index.records import Chunk


@dataclass(frozen=True)
class Source:
    """A retrieved chunk with its fused score and the scores that made it."""

    chunk: Chunk
    score: float
    dense: float = 0.0
    bm25: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {**chunk_fields(self.chunk), "score": round(self.score, 6), "dense": round(self.dense, 4),
                "bm25": round(self.bm25, 4)}


def chunk_fields(chunk: Chunk) -> dict[str, Any]:
    """The public fields of a cited or retrieved item (the CLI contract)."""
    return {
        "id": chunk.id,
        "doc": chunk.doc,
        "doc_title": chunk.doc_title,
        "measure_no": chunk.measure_no,
        "measure": chunk.measure,
        "level": chunk.level,
        "item": chunk.item,
        "departments": chunk.departments,
        "path": chunk.path,
        "place": chunk.place,
        "text": chunk.text,
    }


@dataclass(frozen=True)
class Citation:
    """An item the answer cites as [n]."""

    n: int
    chunk: Chunk

    def to_dict(self) -> dict[str, Any]:
        return {"n": self.n, **chunk_fields(self.chunk)}


@dataclass
class Answer:
    """What every front end shows: the text, its citations, and how it was made."""

    question: str
    answer: str
    refused: bool
    citations: list[Citation] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    mode: str = "extractive"  # or "llm", "llm-repaired", "extractive-fallback"
    grounding: Grounding | None = None  # the generated answer's check; None when nothing was generated
    notices: list[str] = field(default_factory=list)
    standalone_question: str = ""
    match: dict[str, Any] | None = None  # 政策匹配: the profile, the matches by benefit, what is not covered
    timings_ms: dict[str, float] = field(default_factory=dict)
    trace: list[dict[str, Any]] = field(default_factory=list)  # the engine's decisions: what, why, on what

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "refused": self.refused,
            "mode": self.mode,
            "grounding": self.grounding.to_dict() if self.grounding else None,
            "citations": [c.to_dict() for c in self.citations],
            "sources": [s.to_dict() for s in self.sources],
            "notices": self.notices,
            "standalone_question": self.standalone_question,
            "match": self.match,
            "timings_ms": {k: round(v, 2) for k, v in self.timings_ms.items()},
            "trace": self.trace,
        }


def explanation(answer: Answer) -> list[str]:
    """One line per decision, then its inputs: what ``--explain`` and the chat's panel show."""
    lines = []
    for step in answer.trace:
        lines.append(f"- {step['decision']}: {step['outcome']} — {step['reason']}\n")
        lines += [f"    {k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in step["inputs"].items()]
    return lines


@dataclass(frozen=True)
class Delta:
    """A piece of the answer being streamed (in generated mode, one checked sentence)."""

    text: str


@dataclass(frozen=True)
class Restart:
    """Discard what was streamed so far: a corrected answer follows."""


AnswerEvent = Delta | Restart | Answer
