"""One web server for everything: the Gradio chat at /, the OpenAI-compatible API at /v1.

Binds 127.0.0.1:7860 unless GRADIO_SERVER_NAME / GRADIO_SERVER_PORT say otherwise.
"""

from __future__ import annotations

import os
import sys

import gradio as gr
import uvicorn
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from assistant.cli import EXIT_UNAVAILABLE
from assistant.openai_api import ApiError, openai_router
from assistant.pipeline import PolicyAssistant
from assistant.rendering import HEAD
from assistant.settings import Settings
from assistant.ui import CSS, ChatApp, build_ui
from index.errors import PolicyIndexError

# Gradio's queue: at most this many answers are computed at once; the rest wait their turn.
CONCURRENCY_LIMIT = 4


def build_app(assistant: PolicyAssistant) -> FastAPI:
    chat = ChatApp(assistant)
    app = FastAPI(title="江苏知识产权政策助手", docs_url=None, redoc_url=None, openapi_url=None)
    app.include_router(openai_router(lambda: chat.assistant))

    @app.exception_handler(ApiError)
    def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return exc.response()

    @app.exception_handler(RequestValidationError)
    def invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        where = "；".join(".".join(map(str, e["loc"])) + f"：{e['msg']}" for e in exc.errors())
        return ApiError(400, f"请求格式无效：{where}", "invalid_request").response()

    demo = build_ui(chat).queue(default_concurrency_limit=CONCURRENCY_LIMIT)
    # Gradio refuses larger files at upload time, before the 知识库 tab's own checks run.
    return gr.mount_gradio_app(app, demo, path="/", css=CSS, head=HEAD, max_file_size=assistant.settings.max_upload_bytes)


def main() -> int:
    """Build or open the index (with progress), then serve; a clear message and exit code 3 if it cannot."""
    try:
        assistant = PolicyAssistant.from_settings(Settings(), progress=True)
    except PolicyIndexError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    serve(assistant)
    return 0


def serve(assistant: PolicyAssistant) -> None:
    host = os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1")
    port = int(os.environ.get("GRADIO_SERVER_PORT", "7860"))
    print(f"江苏知识产权政策助手：聊天 http://{host}:{port}/ ，OpenAI 兼容接口 http://{host}:{port}/v1", flush=True)
    # Open event streams (a browser tab, a gradio_client) would otherwise hold a shutdown forever.
    uvicorn.run(build_app(assistant), host=host, port=port, log_level="warning", timeout_graceful_shutdown=5)
