"""A local OpenAI-compatible chat server on 127.0.0.1 that replies from a script, for tests only.

The requested ``model`` names the scene:

- ``faithful``: quotes the first sentence of source [1] that states a figure, cited [1];
- ``invent``: "金奖奖励500万元[1]。", every time;
- ``invent-then-fix``: invents first, answers faithfully when asked to repair;
- ``slow``: waits ``SLOW_S`` seconds before answering;
- ``error500`` / ``unauthorized`` / ``ratelimit``: that HTTP status;
- ``cut``: streams half an answer, then drops the connection;
- ``empty``: an empty reply; ``malformed``: a body that is not JSON.

Condensing prompts (a follow-up to rewrite) get "<last user turn>，<follow-up>".
"""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

SLOW_S = 7.0
INVENTED = "根据政策，金奖奖励500万元[1]。"
_SOURCE_RE = re.compile(r"^\[(\d+)\] .+\n(.+)$", re.MULTILINE)
_REPAIR_MARK = "无法在所标注的条目中找到依据"


def _faithful(prompt: str) -> str:
    sources = {int(n): text for n, text in _SOURCE_RE.findall(prompt)}
    text = sources.get(1, "")
    sentences = [s for s in re.split(r"(?<=[。；])", text) if s.strip()]
    chosen = next((s for s in sentences if re.search(r"\d", s)), sentences[0] if sentences else text)
    return f"根据任务清单，{chosen.rstrip('。；')}[1]。"


def _condensed(prompt: str) -> str:
    users = re.findall(r"^用户：(.+)$", prompt, re.MULTILINE)
    follow = re.search(r'追问：\n"""(.+?)"""', prompt, re.DOTALL)
    return f"{users[-1] if users else ''}，{follow.group(1) if follow else ''}"


def reply_for(model: str, messages: list[dict[str, Any]]) -> str:
    prompt = "\n".join(str(m.get("content", "")) for m in messages)
    if "追问" in prompt and "改写" in prompt:
        return _condensed(prompt)
    if model == "invent" or (model == "invent-then-fix" and _REPAIR_MARK not in prompt):
        return INVENTED
    if model == "empty":
        return ""
    return _faithful(prompt)


class ScriptedLLM:
    """The server, run in a thread; ``requests`` records what each call carried."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                server.requests.append({"path": self.path, "authorization": self.headers.get("Authorization"),
                                        "body": body})
                try:
                    server.respond(self, body)
                except (BrokenPipeError, ConnectionResetError):  # the client stopped reading: its choice
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def respond(self, h: BaseHTTPRequestHandler, body: dict[str, Any]) -> None:
        model = body.get("model", "")
        status = {"error500": 500, "unauthorized": 401, "ratelimit": 429}.get(model)
        if status:
            return _send(h, status, {"error": {"message": f"scripted {status}", "type": "scripted"}})
        if model == "slow":
            time.sleep(SLOW_S)
        if model == "malformed":
            return _send_raw(h, 200, b"<html>not json</html>", "text/html")
        text = reply_for(model, body.get("messages", []))
        if not body.get("stream"):
            return _send(h, 200, {
                "id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()), "model": model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
            })
        h.send_response(200)
        h.send_header("Content-Type", "text/event-stream")
        h.send_header("Connection", "close")
        h.end_headers()
        pieces = [text[i:i + 4] for i in range(0, len(text), 4)]
        if model == "cut":
            pieces = pieces[: len(pieces) // 2]
        for piece in pieces:
            _event(h, model, {"content": piece}, None)
        if model == "cut":
            h.wfile.flush()
            h.close_connection = True
            return None
        _event(h, model, {}, "stop")
        h.wfile.write(b"data: [DONE]\n\n")
        h.wfile.flush()
        h.close_connection = True
        return None


def _event(h: BaseHTTPRequestHandler, model: str, delta: dict[str, str], finish: str | None) -> None:
    chunk = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": int(time.time()), "model": model,
             "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    h.wfile.write(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode())
    h.wfile.flush()


def _send(h: BaseHTTPRequestHandler, status: int, payload: dict[str, Any]) -> None:
    _send_raw(h, status, json.dumps(payload, ensure_ascii=False).encode(), "application/json")


def _send_raw(h: BaseHTTPRequestHandler, status: int, data: bytes, content_type: str) -> None:
    h.send_response(status)
    h.send_header("Content-Type", content_type)
    h.send_header("Content-Length", str(len(data)))
    h.end_headers()
    h.wfile.write(data)
