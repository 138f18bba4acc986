"""An answer as staff send it on: plain text for WeChat or e-mail, or a printable 答复 (.docx).

Both carry the question, the answer, every cited clause with its place, level and department,
the date, and the notice that the task list itself is the authority. They are made from the
answer's public JSON (what the chat keeps of the last answer), so they need no index.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from docx import Document as DocxDocument

SOURCE_NOTICE = ("以上内容摘自《贯彻落实高标准推进知识产权强省建设若干政策措施任务清单》相应条目，"
                 "具体以原文和主管部门解释为准。")
LEVEL_WORDS = {"province": "省级", "city": "市级"}
# Where exported 答复 are written: one fresh folder per export, so concurrent users never share a file.
REPLY_ROOT = Path(tempfile.gettempdir()) / "jiangsu-ip-replies"
REPLY_MAX_AGE_S = 3600.0


def _where(citation: dict[str, Any]) -> str:
    departments = "、".join(d for d in citation.get("departments", []) if d != "各设区市") or "各设区市"
    level = LEVEL_WORDS.get(citation.get("level", ""), "")
    return "；".join(p for p in (level, f"责任部门：{departments}") if p)


def plain_text(answer: dict[str, Any], today: date | None = None) -> str:
    """The answer and its sources as plain text, ready to paste."""
    lines = [f"问：{answer['question']}", "", f"答：{answer['answer']}"]
    if answer.get("citations"):
        lines += ["", "出处："]
        lines += [f"[{c['n']}] {c['place']}（{_where(c)}）" for c in answer["citations"]]
    lines += ["", SOURCE_NOTICE, f"答复日期：{(today or date.today()).isoformat()}"]
    return "\n".join(lines)


def reply_docx(answer: dict[str, Any], path: Path, today: date | None = None) -> Path:
    """A printable 答复: question, answer, each cited clause in full with its place, level and department."""
    doc = DocxDocument()
    doc.add_heading("政策咨询答复", level=1)
    doc.add_heading("咨询问题", level=2)
    doc.add_paragraph(answer["question"])
    doc.add_heading("答复", level=2)
    for line in answer["answer"].splitlines():
        if line.strip():
            doc.add_paragraph(line)
    if answer.get("citations"):
        doc.add_heading("引用条款", level=2)
        for c in answer["citations"]:
            doc.add_paragraph(f"[{c['n']}] {c['place']}（{_where(c)}）", style="List Number")
            doc.add_paragraph(c["text"])
    doc.add_paragraph(SOURCE_NOTICE)
    doc.add_paragraph(f"答复日期：{(today or date.today()).isoformat()}")
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


def reply_folder(root: Path = REPLY_ROOT, max_age_s: float = REPLY_MAX_AGE_S) -> Path:
    """A fresh folder for one export under ``root``; earlier exports older than ``max_age_s`` are removed
    (the browser has long since downloaded them, and Gradio serves its own copy)."""
    root.mkdir(parents=True, exist_ok=True)
    cutoff = time.time() - max_age_s
    for old in root.iterdir():
        try:
            if old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)
        except FileNotFoundError:  # removed by a concurrent export
            continue
    return Path(tempfile.mkdtemp(prefix="reply-", dir=root))
