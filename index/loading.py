"""Reading policy documents (.txt, .md, .docx, .pdf) from the corpus folder."""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from index.errors import DocumentError

logger = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf")
META_SUFFIX = ".meta.json"


@dataclass(frozen=True)
class Document:
    """One policy document as plain text, with what identifies it."""

    doc_id: str
    path: Path
    title: str
    issuer: str
    text: str
    sha256: str = field(repr=False)


# Staff uploads are stored in this folder of the corpus: only documents there can be deleted or replaced.
UPLOADS_DIR = "uploads"


def doc_id_for(path: Path) -> str:
    """Stable id from the file name: word characters (CJK included) and dashes."""
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    return re.sub(r"[^\w-]+", "-", stem).strip("-").lower() or "doc"


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) first, then GB18030, the superset of GBK/GB2312."""
    if b"\x00" in data[:4096]:
        raise DocumentError(f"{name}: 不是文本文件（含二进制内容）")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DocumentError(f"{name}: 无法识别的文本编码（请另存为 UTF-8）")


def _read_docx(path: Path) -> tuple[str, str]:
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise DocumentError(f"{path.name}: 不是有效的 .docx 文件（{exc}）") from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(lines), document.core_properties.title or ""


def _read_pdf(path: Path) -> tuple[str, str]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata.title if reader.metadata else None) or ""
    except (PyPdfError, ValueError, OSError, KeyError) as exc:
        raise DocumentError(f"{path.name}: 不是有效的 PDF 文件（{exc}）") from exc
    return "\n".join(pages), str(title)


def _read_meta(path: Path) -> dict[str, str]:
    meta_path = path.with_name(path.name[: -len(path.suffix)] + META_SUFFIX)
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise DocumentError(f"{meta_path.name}: 元数据不是有效的 JSON（{exc}）") from exc
    if not isinstance(meta, dict):
        raise DocumentError(f"{meta_path.name}: 元数据应为 JSON 对象")
    return {k: str(v) for k, v in meta.items()}


def _first_line(text: str) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:80]
    return ""


def read_document(path: Path) -> Document:
    """Read one file into a Document; raise DocumentError with a clear reason if it cannot be."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(f"{path.name}: 不支持的文件类型 {suffix or '（无扩展名）'}，支持 {', '.join(SUPPORTED_SUFFIXES)}")
    data = path.read_bytes()
    if not data.strip():
        raise DocumentError(f"{path.name}: 文件为空")
    embedded_title = ""
    if suffix == ".docx":
        text, embedded_title = _read_docx(path)
    elif suffix == ".pdf":
        text, embedded_title = _read_pdf(path)
    else:
        text = decode_text(data, path.name)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not text.strip():
        raise DocumentError(f"{path.name}: 没有可提取的文字（扫描版 PDF 需先做文字识别）")
    meta = _read_meta(path)
    return Document(
        doc_id=doc_id_for(path),
        path=path,
        title=meta.get("title") or embedded_title or _first_line(text) or path.stem,
        issuer=meta.get("issuer", ""),
        text=text,
        sha256=hashlib.sha256(data + json.dumps(meta, sort_keys=True).encode()).hexdigest(),
    )


def corpus_files(corpus_dir: Path) -> list[Path]:
    """The supported files of a corpus folder, in a stable order."""
    if not corpus_dir.is_dir():
        raise DocumentError(f"语料目录不存在：{corpus_dir}")
    return sorted(
        p for p in corpus_dir.rglob("*")
        if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not p.name.startswith(".")
    )


def load_corpus(corpus_dir: Path) -> tuple[list[Document], list[str]]:
    """Read every supported file; unreadable ones are reported and skipped.

    Returns:
        The documents read, and one message per file that could not be read.
    """
    documents: list[Document] = []
    errors: list[str] = []
    seen: dict[str, Path] = {}
    for path in corpus_files(corpus_dir):
        try:
            document = read_document(path)
        except DocumentError as exc:
            logger.warning("skipped %s", exc)
            errors.append(str(exc))
            continue
        if document.doc_id in seen:
            errors.append(f"{path.name}: 与 {seen[document.doc_id].name} 的文档编号相同，已跳过（请改名）")
            continue
        seen[document.doc_id] = path
        documents.append(document)
    return documents, errors
