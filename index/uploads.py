"""Taking a document into the corpus: type, size and readability checked, stored under a safe name.

An upload never lands outside the corpus folder, never replaces a stored document, and is
only stored once it has been read as a policy document, so the next index build can use it.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path, PureWindowsPath

from index.errors import DocumentError
from index.loading import SUPPORTED_SUFFIXES, corpus_files, doc_id_for, read_document

MAX_NAME_CHARS = 80


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


def _unused_name(corpus_dir: Path, name: str) -> Path:
    """``name`` inside the corpus, numbered (-2, -3…) when its file or document id is taken."""
    taken = {doc_id_for(p) for p in corpus_files(corpus_dir)}
    stem, suffix = name.rsplit(".", 1)
    candidate, n = corpus_dir / name, 1
    while candidate.exists() or doc_id_for(candidate) in taken:
        n += 1
        candidate = corpus_dir / f"{stem}-{n}.{suffix}"
    return candidate


def store_upload(source: Path, name: str, corpus_dir: Path, max_bytes: int) -> Path:
    """Copy an uploaded file into the corpus and return where it was stored.

    Raises:
        DocumentError: unsupported type, too large, or not readable as a document; nothing is stored.
    """
    filename = safe_filename(name)
    suffix = Path(filename).suffix
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(f"{name}: 不支持的文件类型 {suffix or '（无扩展名）'}，支持 {', '.join(SUPPORTED_SUFFIXES)}")
    size = source.stat().st_size
    if size > max_bytes:
        raise DocumentError(f"{name}: 文件大小 {size / 2**20:.1f} MB 超过上限 {max_bytes / 2**20:.0f} MB")
    corpus_dir.mkdir(parents=True, exist_ok=True)
    # Read it under its own suffix, from a hidden file the corpus listing skips, before it is visible.
    fd, tmp_name = tempfile.mkstemp(prefix=".upload-", suffix=suffix, dir=corpus_dir)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        shutil.copyfile(source, tmp)
        read_document(tmp)
        while True:
            target = _unused_name(corpus_dir, filename)
            if target.resolve().parent != corpus_dir.resolve():  # belt and braces: the name has no separators
                raise DocumentError(f"{name}: 文件名不安全")
            try:
                os.link(tmp, target)  # unlike a rename, never replaces a file stored meanwhile
                break
            except FileExistsError:
                continue
    except DocumentError as exc:
        raise DocumentError(str(exc).replace(tmp.name, name)) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return target
