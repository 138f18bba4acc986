"""Generated answers through any OpenAI-compatible chat model (LangChain's ChatOpenAI).

Every call has one deadline; a fault of any kind (timeout, 401, 429, 5xx, refused connection,
an empty, malformed or cut-off reply) becomes a ``GenerationError`` whose reason is a short
phrase safe to show. The API key is handed to the client and never appears in a message.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Iterator, Sequence
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from pydantic import SecretStr

from assistant.answer import departments_text
from assistant.chat import Message
from assistant.prompts import Templates
from assistant.settings import Settings
from index.records import LEVEL_LABELS, Chunk

logger = logging.getLogger(__name__)

LEVEL_NAMES = {"province": "省级", "city": "市级", "": "文件"}
MAX_CONDENSED_CHARS = 200


class GenerationError(Exception):
    """The model gave no usable answer; ``str(self)`` is a short Chinese reason for the notice."""


def _reason(exc: BaseException) -> str:
    """A reason to show for a client error: its kind and HTTP status only, never its text."""
    import openai

    if isinstance(exc, openai.APITimeoutError):
        return "响应超时"
    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        return "认证失败，请检查 API 密钥"
    if isinstance(exc, openai.RateLimitError):
        return "请求过多或额度不足（HTTP 429）"
    if isinstance(exc, openai.APIStatusError):
        return f"服务出错（HTTP {exc.status_code}）"
    if isinstance(exc, openai.APIConnectionError):
        return "无法连接"
    return "返回内容无效"


class Generator:
    """Builds the prompts from files and streams the model's reply under a deadline."""

    def __init__(self, settings: Settings, templates: Templates) -> None:
        from langchain_openai import ChatOpenAI  # imported only when a model is configured

        self.t = templates
        self.timeout_s = settings.llm_timeout_s
        key = settings.llm_api_key or SecretStr("not-needed")  # local servers (Ollama, vLLM) take any key
        self.llm = ChatOpenAI(model=settings.llm_model, base_url=settings.llm_base_url, api_key=key,
                              timeout=settings.llm_timeout_s, max_retries=0, temperature=0)

    def deadline(self) -> float:
        return time.monotonic() + self.timeout_s

    def answer_messages(self, question: str, sources: Sequence[Chunk]) -> list[BaseMessage]:
        """The rules, then the numbered sources and the question quoted as data."""
        blocks = [self.t.fill("llm_source", n=n, path=c.path, level=LEVEL_NAMES.get(c.level, ""),
                              departments=departments_text(c) or LEVEL_LABELS.get(c.level, "") or "未写明",
                              text=c.text)
                  for n, c in enumerate(sources, start=1)]
        prompt = self.t.fill("llm_answer", sources="\n\n".join(blocks), question=_quoted(question))
        return [SystemMessage(self.t.raw("llm_system")), HumanMessage(prompt)]

    def repair_messages(self, messages: list[BaseMessage], previous: str, unsupported: list[str]
                        ) -> list[BaseMessage]:
        listed = "\n".join(f"- {u}" for u in unsupported)
        return [*messages, AIMessage(previous), HumanMessage(self.t.fill("llm_repair", unsupported=listed))]

    def condense(self, question: str, history: list[Message], deadline: float) -> str:
        """A follow-up rewritten as a standalone question."""
        turns = "\n".join(f"{'用户' if m['role'] == 'user' else '助手'}：{m['content']}" for m in history[-6:])
        prompt = self.t.fill("llm_condense", history=turns, question=_quoted(question))
        text = "".join(self.stream([HumanMessage(prompt)], deadline)).strip().strip('"“”')
        if len(text) > MAX_CONDENSED_CHARS:
            raise GenerationError("改写的问题过长")
        return text

    def stream(self, messages: list[BaseMessage], deadline: float) -> Iterator[str]:
        """The reply's text pieces as they arrive; raises GenerationError on any fault.

        The client runs in a worker thread so that the deadline holds even when a server
        trickles bytes slowly enough to defeat a per-read timeout.
        """
        events: queue.Queue[tuple[str, Any]] = queue.Queue()

        def pump() -> None:
            try:
                remaining = max(deadline - time.monotonic(), 0.1)
                for chunk in self.llm.stream(messages, timeout=remaining):
                    events.put(("chunk", chunk))
                events.put(("end", None))
            except Exception as exc:  # noqa: BLE001 - any failure goes to the reader, which decides
                events.put(("error", exc))

        threading.Thread(target=pump, name="llm-stream", daemon=True).start()
        finished, produced = False, False
        while True:
            try:
                kind, value = events.get(timeout=max(deadline - time.monotonic(), 0))
            except queue.Empty:
                logger.warning("LLM reply passed its deadline of %.0f s", self.timeout_s)
                raise GenerationError("响应超时") from None
            if kind == "error":
                logger.warning("LLM call failed: %s", type(value).__name__)
                raise GenerationError(_reason(value)) from None
            if kind == "end":
                break
            finished = finished or bool(value.response_metadata.get("finish_reason"))
            if isinstance(value.content, str) and value.content:
                produced = True
                yield value.content
        if not produced:
            raise GenerationError("返回内容为空")
        if not finished:
            raise GenerationError("回答中途中断")


def _quoted(question: str) -> str:
    """The user's words inside the prompt's triple quotes, unable to close them."""
    return question.replace('"""', "“”“")
