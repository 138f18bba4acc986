"""Chat history: turning an elliptical follow-up ("那银奖呢？") into a standalone question."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from assistant.plan import names_new_subject
from assistant.question import QuestionError, key_terms

Message = dict[str, str]

_FOLLOWUP_RE = re.compile(r"^(那|那么|那如果|还有|另外|其中|它|这个|这项|这条|该项|此外|如果是)|呢\s*[？?]?\s*$")


def is_followup(question: str) -> bool:
    """Questions that lean on the previous turn: short ones ("那银奖呢？", "市里呢？", "还有别的吗") and those
    naming no subject of their own ("贷500万的话省里承担多少")."""
    terms = key_terms(question)
    return bool(_FOLLOWUP_RE.search(question)) or (len(question) <= 10 and len(terms) <= 1) \
        or not names_new_subject(terms)


def standalone(question: str, history: list[Message]) -> str:
    """The question to retrieve with: a follow-up is joined to the full question it follows.

    A chain of follow-ups ("江苏专利奖金奖奖多少" → "那银奖呢？" → "市里呢？") keeps the first
    full question in front.
    """
    context = ""
    for message in history:
        text = message.get("content", "").strip()
        if message.get("role") == "user" and text:
            context = f"{context} {text}" if context and is_followup(text) else text
    return f"{context} {question}" if context and is_followup(question) else question


def normalise_history(raw: Any) -> list[Message]:
    """Accept [{"role": "user"|"assistant", "content": str}, …] or a plain list of user questions."""
    if not isinstance(raw, list):
        raise QuestionError("对话历史应为 JSON 列表：[{\"role\": \"user\", \"content\": \"…\"}, …]")
    history: list[Message] = []
    for i, turn in enumerate(raw, start=1):
        if isinstance(turn, str):
            history.append({"role": "user", "content": turn})
        elif isinstance(turn, dict) and turn.get("role") in ("user", "assistant") and isinstance(turn.get("content"), str):
            history.append({"role": turn["role"], "content": turn["content"]})
        else:
            raise QuestionError(f"对话历史第 {i} 项无效：应为字符串或含 role(user/assistant) 与 content 的对象")
    return history


def read_history(path: Path) -> list[Message]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise QuestionError(f"找不到对话历史文件：{path}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise QuestionError(f"对话历史文件不是有效的 JSON：{path}（{exc}）") from exc
    return normalise_history(raw)
