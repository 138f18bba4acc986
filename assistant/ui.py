"""A minimal Gradio chat over PolicyAssistant.ask (the full UI is tracked separately)."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.chat import Message, normalise_history
from assistant.pipeline import PolicyAssistant
from assistant.question import QuestionError
from assistant.records import Answer

EXAMPLES = ["我能拿到多少专利奖奖励", "专利能拿去银行贷款吗，风险谁担", "高价值专利培育有哪些支持", "专利导航归哪个处室管"]


def render(answer: Answer) -> str:
    """The answer as markdown, with its citations' paths and ids below."""
    lines = [f"> {n}" for n in answer.notices] + [answer.answer]
    if answer.citations:
        lines.append("\n**引用**")
        lines += [f"- [{c.n}] {c.chunk.path}（`{c.chunk.id}`）" for c in answer.citations]
    return "\n".join(lines)


def _text_history(history: list[dict[str, Any]]) -> list[Message]:
    return normalise_history([
        {"role": m["role"], "content": m["content"]} for m in history
        if m.get("role") in ("user", "assistant") and isinstance(m.get("content"), str)
    ])


def build_ui(assistant: PolicyAssistant) -> gr.ChatInterface:
    def respond(message: str, history: list[dict[str, Any]]) -> str:
        try:
            return render(assistant.ask(message, history=_text_history(history)))
        except QuestionError as exc:
            raise gr.Error(str(exc)) from exc

    return gr.ChatInterface(
        respond,
        title="江苏知识产权政策助手",
        description="依据《贯彻落实高标准推进知识产权强省建设若干政策措施任务清单》作答，每个数字都标注出处。",
        examples=EXAMPLES,
        api_name="ask",
        analytics_enabled=False,  # no network at run time
    )
