"""The staff-only 知识库 tab: the indexed documents; uploads previewed, confirmed and indexed with a progress
bar; uploaded documents deleted or replaced (the documents the project ships cannot be).

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

from assistant.feedback import GAP_COLUMNS, gaps
from assistant.pipeline import PolicyAssistant
from index.errors import DocumentError
from index.loading import SUPPORTED_SUFFIXES
from index.uploads import (
    UploadPreview,
    delete_upload,
    preview_upload,
    replace_upload,
    store_upload,
    uploaded_files,
)

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

    def gaps(self, logged_in: bool) -> list[list[Any]]:
        """Questions refused or marked 没帮助, grouped and counted: what the knowledge base lacks."""
        self._check(logged_in)
        settings = self._assistant().settings
        return gaps(settings.feedback_path, settings.refused_path)

    def uploaded(self) -> list[str]:
        """The uploaded documents' file names: what staff can delete or replace."""
        return [p.name for p in uploaded_files(self._assistant().settings.corpus_dir)]

    @staticmethod
    def _check(logged_in: bool) -> None:
        if not logged_in:
            raise gr.Error("请先登录知识库。")

    def preview(self, files: Sequence[str] | None, logged_in: bool) -> tuple[str, dict[str, Any], list[str]]:
        """(what each file would add, the confirm button, the files that can be stored); nothing is stored."""
        self._check(logged_in)
        if not files:
            return "请先选择文件。", gr.update(visible=False), []
        settings = self._assistant().settings
        lines, ok = _per_file(files, lambda path: _preview_lines(path.name, preview_upload(
            path, path.name, settings.corpus_dir, settings.max_upload_bytes)))
        if ok:
            lines.append(f"\n确认后保存 {len(ok)} 个文件并建立索引。")
        return "\n".join(lines), gr.update(visible=bool(ok)), ok

    def upload(self, files: Sequence[str] | None, logged_in: bool) -> tuple[list[list[Any]], str, dict[str, Any]]:
        """Store the previewed files in the corpus, index what changed, and serve the new index."""
        self._check(logged_in)
        if not files:
            return self.rows(), "请先选择文件并预览。", gr.update(choices=self.uploaded())
        settings = self._assistant().settings

        def store(path: Path) -> str:
            target = store_upload(path, path.name, settings.corpus_dir, settings.max_upload_bytes)
            return f"- ✓ {path.name} → 已保存为 {target.name}"

        lines, stored = _per_file(files, store)
        if stored:
            lines += self._reindex()
        return self.rows(), "\n".join(lines), gr.update(choices=self.uploaded(), value=None)

    def delete(self, filename: str | None, logged_in: bool) -> tuple[list[list[Any]], str, dict[str, Any]]:
        """Remove an uploaded document and its items from the index."""
        self._check(logged_in)
        if not filename:
            return self.rows(), "请先选择要删除的已上传文档。", gr.update(choices=self.uploaded())
        try:
            delete_upload(self._assistant().settings.corpus_dir, filename)
        except DocumentError as exc:
            return self.rows(), f"- ✗ {exc}", gr.update(choices=self.uploaded())
        lines = [f"- ✓ 已删除 {filename}", *self._reindex()]
        return self.rows(), "\n".join(lines), gr.update(choices=self.uploaded(), value=None)

    def replace(self, filename: str | None, file: str | None, logged_in: bool
                ) -> tuple[list[list[Any]], str, dict[str, Any]]:
        """Put a new file in place of an uploaded one (checked first; a bad one leaves the old in place)."""
        self._check(logged_in)
        if not filename or not file:
            return self.rows(), "请先选择要替换的已上传文档和新文件。", gr.update(choices=self.uploaded())
        settings = self._assistant().settings
        path = Path(file)
        try:
            replace_upload(path, path.name, settings.corpus_dir, filename, settings.max_upload_bytes)
        except DocumentError as exc:
            return self.rows(), f"- ✗ {exc}（原文档保持不变）", gr.update(choices=self.uploaded())
        lines = [f"- ✓ 已用 {path.name} 替换 {filename}", *self._reindex()]
        return self.rows(), "\n".join(lines), gr.update(choices=self.uploaded(), value=filename)

    def _reindex(self) -> list[str]:
        new, report = self._assistant().reloaded(progress=True)
        self._swap(new)
        if report is None:
            return []
        return [f"\n索引已更新：共 {report.chunks} 条，用时 {report.seconds:.1f} 秒。", *(f"- ⚠ {e}" for e in report.errors)]


def _per_file(files: Sequence[str], act: Callable[[Path], str]) -> tuple[list[str], list[str]]:
    """``act`` on each file: its line, or a ✗ line saying why the file was refused; and the files it took."""
    lines, done = [], []
    for path in map(Path, files):
        try:
            lines.append(act(path))
        except DocumentError as exc:
            lines.append(f"- ✗ {exc}")
            continue
        done.append(str(path))
    return lines, done


def _preview_lines(name: str, preview: UploadPreview) -> str:
    first = "".join(f"\n  - {path}：{text}" for path, text in preview.first)
    return f"- ✓ {name}：《{preview.title}》，识别为{preview.structure}，共 **{preview.items}** 个条目。前几条：{first}"


def knowledge_tab(kb: KnowledgeBase) -> None:
    """The tab's login form and, once logged in, the document table and the upload."""
    logged_in = gr.State(False)
    with gr.Column(visible=True) as login_form:
        gr.Markdown("知识库仅供工作人员使用，请输入管理密码。")
        password = gr.Textbox(type="password", show_label=False, placeholder="管理密码", elem_id="admin-password")
        enter = gr.Button("登录", variant="primary", elem_id="admin-login")
        message = gr.Markdown(elem_id="admin-message")
    with gr.Column(visible=False) as panel:
        gr.Markdown(f"已索引的文档如下。选择 {'、'.join(SUPPORTED_SUFFIXES)} 文件后先预览它会切分出的条目，"
                    "确认后保存并建立索引，问答随即使用新内容。随项目提供的任务清单不能在这里删除。")
        table = gr.Dataframe([], headers=DOC_COLUMNS, interactive=False, elem_id="documents")
        files = gr.File(file_count="multiple", file_types=list(SUPPORTED_SUFFIXES), type="filepath",
                        label="上传文档", elem_id="upload")
        preview = gr.Button("预览", elem_id="upload-preview")
        confirm = gr.Button("确认保存并建立索引", variant="primary", visible=False, elem_id="upload-index")
        previewed = gr.State([])
        status = gr.Markdown(elem_id="upload-status")
        with gr.Row():
            chosen = gr.Dropdown([], label="已上传的文档", elem_id="uploaded", scale=3)
            delete = gr.Button("删除所选文档", variant="stop", elem_id="delete-upload", scale=1)
        gr.Markdown("### 用户反馈与未答问题\n被拒答或被点「没帮助」的问题，按问题归并计数：知识库缺什么，一目了然。")
        gap_table = gr.Dataframe([], headers=GAP_COLUMNS, interactive=False, wrap=True, elem_id="gaps")
        refresh = gr.Button("刷新", elem_id="gaps-refresh")
        with gr.Row():
            new_file = gr.File(file_types=list(SUPPORTED_SUFFIXES), type="filepath", label="替换用的新文件",
                               elem_id="replace-file", scale=3)
            replace = gr.Button("用新文件替换所选文档", elem_id="replace-upload", scale=1)
    for event in (password.submit, enter.click):
        event(kb.login, password, [logged_in, login_form, panel, message, password, table],
              api_visibility="private", concurrency_limit=1, concurrency_id="admin-login").then(
            lambda ok: (gr.update(choices=kb.uploaded()), kb.gaps(ok)) if ok else (gr.update(choices=[]), []),
            logged_in, [chosen, gap_table], api_visibility="private")
    refresh.click(kb.gaps, logged_in, gap_table, api_visibility="private")

    preview.click(kb.preview, [files, logged_in], [status, confirm, previewed], api_visibility="private")

    def upload(paths: list[str], ok: bool, progress: gr.Progress = INDEX_PROGRESS
               ) -> tuple[list[list[Any]], str, dict[str, Any], dict[str, Any]]:
        progress(0, desc="保存文件")
        return (*kb.upload(paths, ok), gr.update(visible=False))

    confirm.click(upload, [previewed, logged_in], [table, status, chosen, confirm], api_visibility="private",
                  concurrency_limit=1, concurrency_id="admin-index")
    delete.click(kb.delete, [chosen, logged_in], [table, status, chosen], api_visibility="private",
                 concurrency_limit=1, concurrency_id="admin-index")
    replace.click(kb.replace, [chosen, new_file, logged_in], [table, status, chosen], api_visibility="private",
                  concurrency_limit=1, concurrency_id="admin-index")
