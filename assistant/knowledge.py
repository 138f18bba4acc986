"""The staff-only 知识库 tab: the indexed documents, and uploads indexed with a progress bar.

The tab exists only when ASSISTANT_ADMIN_PASSWORD is set. The password is checked on the
server and the login kept in the session's ``gr.State``, which lives on the server and which
a browser cannot set; every handler checks it again, since hidden controls can still be called.
"""

from __future__ import annotations

import hmac
import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import gradio as gr
from pydantic import SecretStr

from assistant.pipeline import PolicyAssistant
from index.errors import DocumentError
from index.loading import SUPPORTED_SUFFIXES
from index.uploads import store_upload

logger = logging.getLogger(__name__)

DOC_COLUMNS = ["文件", "标题", "条目数"]
FAILED_LOGIN_DELAY_S = 1.0
# Gradio finds a progress bar by a parameter's default; this one follows the index build's tqdm bar.
INDEX_PROGRESS = gr.Progress(track_tqdm=True)


def document_rows(manifest: dict[str, Any]) -> list[list[Any]]:
    """One row per indexed document: file, title, item count."""
    return [[d.get("file", doc_id), d.get("title", ""), d.get("chunks", 0)]
            for doc_id, d in sorted(manifest.get("documents", {}).items())]


def password_ok(expected: SecretStr, given: str) -> bool:
    """Constant-time comparison, so the answer's timing tells nothing about the password."""
    return hmac.compare_digest(expected.get_secret_value().encode(), (given or "").encode())


class KnowledgeBase:
    """Uploads into the corpus, then re-indexes and hands the new assistant to ``swap``."""

    def __init__(self, assistant: Callable[[], PolicyAssistant], swap: Callable[[PolicyAssistant], None]) -> None:
        self._assistant = assistant
        self._swap = swap

    def rows(self) -> list[list[Any]]:
        return document_rows(self._assistant().retriever.index.manifest)

    def login(self, given: str) -> tuple[bool, dict[str, Any], dict[str, Any], str, str, list[list[Any]]]:
        """(logged in, login form, staff panel, message, emptied password box, documents as of now)."""
        password = self._assistant().settings.admin_password
        if password is not None and password_ok(password, given):
            return True, gr.update(visible=False), gr.update(visible=True), "", "", self.rows()
        logger.warning("知识库登录失败")
        time.sleep(FAILED_LOGIN_DELAY_S)  # slows guessing; logins run one at a time (see the tab)
        return False, gr.update(visible=True), gr.update(visible=False), "密码错误。", "", []

    def upload(self, files: Sequence[str] | None, logged_in: bool) -> tuple[list[list[Any]], str]:
        """Store the files in the corpus, index what changed, and serve the new index."""
        if not logged_in:
            raise gr.Error("请先登录知识库。")
        if not files:
            return self.rows(), "请先选择文件。"
        assistant = self._assistant()
        settings = assistant.settings
        stored, lines = [], []
        for path in map(Path, files):
            try:
                target = store_upload(path, path.name, settings.corpus_dir, settings.max_upload_bytes)
            except DocumentError as exc:
                lines.append(f"- ✗ {exc}")
                continue
            stored.append(target.name)
            lines.append(f"- ✓ {path.name} → 已保存为 {target.name}")
        if stored:
            new, report = assistant.reloaded(progress=True)
            self._swap(new)
            if report is not None:
                lines.append(f"\n索引已更新：共 {report.chunks} 条，用时 {report.seconds:.1f} 秒。")
                lines += [f"- ⚠ {e}" for e in report.errors]
        return self.rows(), "\n".join(lines)


def knowledge_tab(kb: KnowledgeBase) -> None:
    """The tab's login form and, once logged in, the document table and the upload."""
    logged_in = gr.State(False)
    with gr.Column(visible=True) as login_form:
        gr.Markdown("知识库仅供工作人员使用，请输入管理密码。")
        password = gr.Textbox(type="password", show_label=False, placeholder="管理密码", elem_id="admin-password")
        enter = gr.Button("登录", variant="primary", elem_id="admin-login")
        message = gr.Markdown(elem_id="admin-message")
    with gr.Column(visible=False) as panel:
        gr.Markdown(f"已索引的文档如下。上传 {'、'.join(SUPPORTED_SUFFIXES)} 文件后自动建立索引，"
                    "完成后问答即使用新内容。")
        table = gr.Dataframe([], headers=DOC_COLUMNS, interactive=False, elem_id="documents")
        files = gr.File(file_count="multiple", file_types=list(SUPPORTED_SUFFIXES), type="filepath",
                        label="上传文档", elem_id="upload")
        index = gr.Button("上传并建立索引", variant="primary", elem_id="upload-index")
        status = gr.Markdown(elem_id="upload-status")
    for event in (password.submit, enter.click):
        event(kb.login, password, [logged_in, login_form, panel, message, password, table],
              api_visibility="private", concurrency_limit=1, concurrency_id="admin-login")

    def upload(paths: list[str] | None, ok: bool, progress: gr.Progress = INDEX_PROGRESS
               ) -> tuple[list[list[Any]], str]:
        progress(0, desc="保存文件")
        return kb.upload(paths, ok)

    index.click(upload, [files, logged_in], [table, status], api_visibility="private",
                concurrency_limit=1, concurrency_id="admin-index")
