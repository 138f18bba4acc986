"""Feedback on answers (👍/👎 and a comment), appended as JSON lines under an exclusive lock."""

from __future__ import annotations

import fcntl
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def append_feedback(path: Path, record: dict[str, Any]) -> dict[str, Any]:
    """Append one line; the lock keeps concurrent writers (threads or processes) from interleaving."""
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
