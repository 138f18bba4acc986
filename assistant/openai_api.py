"""The assistant as an OpenAI-compatible model: ``POST /v1/chat/completions`` and ``GET /v1/models``.

Chat clients (Chatbox, Cherry Studio, LobeChat, the ``openai`` package) pick model
``jiangsu-ip-policy``. Citations come twice: as markdown footnotes in the content and as a
``citations`` field beside ``choices``. The client's own system prompt is ignored: the
assistant's rules are not the client's to change. ``ASSISTANT_API_TOKEN`` guards both routes.
"""

from __future__ import annotations

import hmac
import itertools
import json
import re
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field

from assistant.chat import Message
from assistant.pipeline import PolicyAssistant
from assistant.question import QuestionError
from assistant.records import Answer, Delta, Restart
from index.errors import PolicyIndexError

MODEL_ID = "jiangsu-ip-policy"
_MARKER_RE = re.compile(r"\[(\d{1,3})\]")
_FOOTNOTES_RE = re.compile(r"\n\n\[\^\d+\]: .*", re.DOTALL)


class ApiError(Exception):
    """An error in OpenAI's shape: {"error": {"message", "type", "code"}}."""

    def __init__(self, status: int, message: str, code: str, kind: str = "invalid_request_error") -> None:
        super().__init__(message)
        self.status, self.code, self.kind = status, code, kind

    def response(self) -> JSONResponse:
        return JSONResponse({"error": {"message": str(self), "type": self.kind, "code": self.code}},
                            status_code=self.status)


class ChatMessage(BaseModel):
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):  # [{"type": "text", "text": "…"}, …]
            return "".join(str(p.get("text", "")) for p in self.content if p.get("type") == "text")
        return self.content or ""


class ChatRequest(BaseModel):
    model: str
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False


def footnoted(text: str) -> str:
    """[1] → [^1], the markdown footnote reference."""
    return _MARKER_RE.sub(r"[^\1]", text)


def footnotes(answer: Answer) -> str:
    lines = [f"[^{c.n}]: {c.chunk.path}（{c.chunk.id}）：{c.chunk.text}" for c in answer.citations]
    return "\n\n" + "\n".join(lines) if lines else ""


def content(answer: Answer) -> str:
    notices = "".join(f"> {n}\n\n" for n in answer.notices)
    return notices + footnoted(answer.answer) + footnotes(answer)


def _conversation(messages: list[ChatMessage]) -> tuple[str, list[Message]]:
    """The last user message, and the user/assistant turns before it (footnotes dropped)."""
    if messages[-1].role != "user":
        raise ApiError(400, "最后一条消息应来自 user", "invalid_messages")
    history = [{"role": m.role, "content": _FOOTNOTES_RE.sub("", m.text())}
               for m in messages[:-1] if m.role in ("user", "assistant")]
    return messages[-1].text(), history


def _extras(answer: Answer) -> dict[str, Any]:
    data = answer.to_dict()
    return {key: data[key] for key in ("citations", "mode", "grounding", "refused", "notices")}


def _chunk(completion_id: str, delta: dict[str, str], finish: str | None = None, **extra: Any) -> str:
    body = {"id": completion_id, "object": "chat.completion.chunk", "created": int(time.time()), "model": MODEL_ID,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}
    return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"


def openai_router(assistant: Callable[[], PolicyAssistant]) -> APIRouter:
    """The /v1 routes, answering through whichever assistant ``assistant()`` returns at the time."""

    def authorised(request: Request) -> None:
        token = assistant().settings.api_token
        if token is None:
            return
        given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), token.get_secret_value().encode()):
            raise ApiError(401, "API 令牌无效或缺失（Authorization: Bearer …）", "invalid_api_key")

    router = APIRouter(prefix="/v1", dependencies=[Depends(authorised)])

    @router.get("/models")
    def models() -> dict[str, Any]:
        return {"object": "list", "data": [{"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "jiangsu-ip"}]}

    @router.post("/chat/completions", response_model=None)
    def chat_completions(body: ChatRequest) -> dict[str, Any] | StreamingResponse:
        if body.model != MODEL_ID:
            raise ApiError(404, f"模型 {body.model!r} 不存在；可用的模型：{MODEL_ID}", "model_not_found")
        question, history = _conversation(body.messages)
        policy = assistant()
        events = policy.ask_stream(question, history=history)
        try:
            first = next(events)  # a bad question fails here, before any response is sent
        except QuestionError as exc:
            raise ApiError(400, str(exc), "invalid_question") from exc
        except PolicyIndexError as exc:
            raise ApiError(503, str(exc), "index_unavailable", "server_error") from exc
        completion_id = f"chatcmpl-{uuid.uuid4().hex}"
        if body.stream:
            restart = policy.composer.t.raw("stream_restart")
            return StreamingResponse(_sse(completion_id, first, events, restart), media_type="text/event-stream")
        *_, answer = [first, *events]
        assert isinstance(answer, Answer)
        return {"id": completion_id, "object": "chat.completion", "created": int(time.time()), "model": MODEL_ID,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": content(answer)},
                             "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
                **_extras(answer)}

    return router


def _sse(completion_id: str, first: Any, events: Iterator[Any], restart: str) -> Iterator[str]:
    """Checked pieces as they come; a Restart cannot retract text, so it says so; footnotes last."""
    yield _chunk(completion_id, {"role": "assistant", "content": ""})
    for event in itertools.chain([first], events):
        if isinstance(event, Delta):
            yield _chunk(completion_id, {"content": footnoted(event.text)})
        elif isinstance(event, Restart):
            yield _chunk(completion_id, {"content": f"\n\n{restart}\n\n"})
        elif isinstance(event, Answer):
            tail = "".join(f"\n\n> {n}" for n in event.notices) + footnotes(event)
            yield _chunk(completion_id, {"content": tail}, "stop", **_extras(event))
    yield "data: [DONE]\n\n"
