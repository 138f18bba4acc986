"""Feedback on answers (有帮助/没帮助 and a comment) and refused questions, appended as JSON lines under an
exclusive lock; and, for staff, what the knowledge base lacks: those questions grouped and counted."""

from __future__ import annotations

import fcntl
import json
import os
import re
import unicodedata
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def append_record(path: Path, record: dict[str, Any]) -> dict[str, Any]:
    """Append one timed line (feedback, or a refused question); the lock keeps concurrent writers (threads or
    processes) from interleaving."""
    line = {"time": datetime.now(UTC).isoformat(timespec="seconds"), **record}
    data = (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("ab") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)
    return line


GAP_COLUMNS = ["问题", "次数", "原因", "最近一次", "意见"]


def _read(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            continue  # a line cut by a crash is skipped, not fatal
    return records


def _key(question: str) -> str:
    """Questions that differ only in width, spaces or punctuation are the same question."""
    text = unicodedata.normalize("NFKC", question)
    return re.sub(r"[\s\W_]+", "", text).lower()


def gaps(feedback_path: Path, refused_path: Path) -> list[list[Any]]:
    """Questions refused or marked 没帮助, grouped and counted, most frequent first: what the corpus lacks."""
    groups: dict[str, dict[str, Any]] = defaultdict(lambda: {"n": 0, "why": set(), "last": "", "comments": []})
    events = [(r, "拒答") for r in _read(refused_path)]
    events += [(r, "没帮助") for r in _read(feedback_path) if r.get("rating") == "down"]
    for record, why in events:
        question = str(record.get("question", "")).strip()
        if not question:
            continue
        group = groups[_key(question)]
        group["n"] += 1
        group["why"].add(why)
        group.setdefault("question", question)
        group["last"] = max(group["last"], str(record.get("time", "")))
        if record.get("comment"):
            group["comments"].append(str(record["comment"]))
    rows = [[g["question"], g["n"], "、".join(sorted(g["why"])), g["last"], "；".join(g["comments"])]
            for g in groups.values()]
    return sorted(rows, key=lambda r: (-r[1], r[0]))
