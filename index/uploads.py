"""Taking a document into the corpus: type, size, readability and items checked, stored under a safe name.

Staff see a preview (structure, item count, first items) before anything is stored. An upload
lands in the corpus's uploads folder, never outside it, never over another document unless staff
replace that one, and only once it has been read into at least one item. Only uploads can be
deleted or replaced: the documents the project ships are not in that folder.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from index.chunking import chunk_document, structure_of
from index.errors import DocumentError
from index.loading import SUPPORTED_SUFFIXES, UPLOADS_DIR, corpus_files, doc_id_for, read_document

MAX_NAME_CHARS = 80
PREVIEW_ITEMS = 3


@dataclass(frozen=True)
class UploadPreview:
    """What an upload would add: its title, structure, item count and first items (path, text)."""

    name: str
    title: str
    structure: str
    items: int
    first: list[tuple[str, str]]


def safe_filename(name: str) -> str:
    """The last component of an uploaded name, reduced to word characters, dots and dashes.

    ``../../x.txt`` → ``x.txt``; ``C:\\a\\报告 (终稿).docx`` → ``报告-终稿.docx``.
    """
    base = PureWindowsPath(unicodedata.normalize("NFKC", name)).name  # splits on both / and \
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = re.sub(r"[^\w-]+", "-", stem).strip("-_")[:MAX_NAME_CHARS] or "upload"
    suffix = re.sub(r"[^\w]+", "", suffix).lower()
    return f"{stem}.{suffix}" if suffix else stem


def _unused_name(corpus_dir: Path, folder: Path, name: str) -> Path:
    """``name`` inside ``folder``, numbered (-2, -3…) when its file or any corpus document's id is taken."""
    taken = {doc_id_for(p) for p in corpus_files(corpus_dir)}
    stem, suffix = name.rsplit(".", 1)
    candidate, n = folder / name, 1
    while candidate.exists() or doc_id_for(candidate) in taken:
        n += 1
        candidate = folder / f"{stem}-{n}.{suffix}"
    return candidate


def _checked_copy(source: Path, name: str, folder: Path, max_bytes: int) -> tuple[Path, UploadPreview]:
    """A hidden copy of the upload in ``folder`` (the corpus listing skips it), read and chunked.

    Raises:
        DocumentError: unsupported type, too large, unreadable, or no items; the copy is removed.
    """
    filename = safe_filename(name)
    suffix = Path(filename).suffix
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(f"{name}: 不支持的文件类型 {suffix or '（无扩展名）'}，支持 {', '.join(SUPPORTED_SUFFIXES)}")
    size = source.stat().st_size
    if size > max_bytes:
        raise DocumentError(f"{name}: 文件大小 {size / 2**20:.1f} MB 超过上限 {max_bytes / 2**20:.0f} MB")
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".upload-", suffix=suffix, dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        shutil.copyfile(source, tmp)
        document = read_document(tmp)
        chunks = chunk_document(document)
        if not chunks:
            raise DocumentError(f"{name}: 没有切分出任何条目（正文为空或只有标题行），未保存")
    except DocumentError as exc:
        tmp.unlink(missing_ok=True)
        raise DocumentError(str(exc).replace(tmp.name, name)) from exc
    first = [(c.heading or c.path, c.text[:120]) for c in chunks[:PREVIEW_ITEMS]]
    return tmp, UploadPreview(filename, document.title, structure_of(chunks), len(chunks), first)


def preview_upload(source: Path, name: str, corpus_dir: Path, max_bytes: int) -> UploadPreview:
    """What storing the upload would add; nothing is stored."""
    tmp, preview = _checked_copy(source, name, corpus_dir / UPLOADS_DIR, max_bytes)
    tmp.unlink(missing_ok=True)
    return preview


def store_upload(source: Path, name: str, corpus_dir: Path, max_bytes: int) -> Path:
    """Copy an uploaded file into the corpus's uploads folder and return where it was stored.

    Raises:
        DocumentError: unsupported type, too large, unreadable or without items; nothing is stored.
    """
    folder = corpus_dir / UPLOADS_DIR
    tmp, preview = _checked_copy(source, name, folder, max_bytes)
    try:
        while True:
            target = _unused_name(corpus_dir, folder, preview.name)
            if target.resolve().parent != folder.resolve():  # belt and braces: the name has no separators
                raise DocumentError(f"{name}: 文件名不安全")
            try:
                os.link(tmp, target)  # unlike a rename, never replaces a file stored meanwhile
                return target
            except FileExistsError:
                continue
    finally:
        tmp.unlink(missing_ok=True)


def uploaded_files(corpus_dir: Path) -> list[Path]:
    """The documents staff uploaded: the only ones that can be deleted or replaced."""
    folder = corpus_dir / UPLOADS_DIR
    return [p for p in corpus_files(corpus_dir) if p.parent == folder] if folder.is_dir() else []


def _uploaded(corpus_dir: Path, filename: str) -> Path:
    found = next((p for p in uploaded_files(corpus_dir) if p.name == filename), None)
    if found is None:
        raise DocumentError(f"{filename}: 不是已上传的文档（随项目提供的文档不能在这里删除或替换）")
    return found


def delete_upload(corpus_dir: Path, filename: str) -> None:
    """Remove an uploaded document; the next index build drops its items."""
    _uploaded(corpus_dir, filename).unlink()


def replace_upload(source: Path, name: str, corpus_dir: Path, filename: str, max_bytes: int) -> Path:
    """Put a new file in place of an uploaded one, under its name (so its items keep their ids), in one step."""
    target = _uploaded(corpus_dir, filename)
    if Path(safe_filename(name)).suffix != target.suffix:
        raise DocumentError(f"{name}: 替换文件的类型应与 {filename} 相同（{target.suffix}）")
    tmp, _ = _checked_copy(source, name, target.parent, max_bytes)
    os.replace(tmp, target)
    return target
