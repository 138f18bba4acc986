"""Uploads into the corpus: safe names inside the folder, checked type, size and content, nothing replaced."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.errors import DocumentError
from index.loading import load_corpus
from index.uploads import safe_filename, store_upload

POLICY = "苏州市知识产权补充措施\n一、强化创造\n（一）支持品牌托管\n省知识产权局：\n1. 对商标品牌托管机构给予3万元支持。\n"
MB = 2**20


@pytest.mark.parametrize(("name", "expected"), [
    ("../../x.txt", "x.txt"),
    ("..\\..\\windows\\x.txt", "x.txt"),
    ("/etc/passwd", "passwd"),
    ("报告 (终稿).DOCX", "报告-终稿.docx"),
    (".hidden.md", "hidden.md"),
    ("...", "upload"),
    ("a\x00b.txt", "a-b.txt"),
    ("ｆｕｌｌ．ｔｘｔ", "full.txt"),  # full-width forms are folded first
])
def test_safe_filename_keeps_only_the_last_component_in_plain_characters(name: str, expected: str) -> None:
    assert safe_filename(name) == expected


def _upload(tmp_path: Path, data: bytes, name: str = "upload.bin") -> Path:
    path = tmp_path / "incoming" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


def test_a_traversing_name_is_stored_inside_the_corpus(tmp_path: Path, corpus_dir: Path) -> None:
    stored = store_upload(_upload(tmp_path, POLICY.encode()), "../../x.txt", corpus_dir, MB)
    assert stored == corpus_dir / "x.txt" and stored.read_text(encoding="utf-8") == POLICY
    assert not (tmp_path / "x.txt").exists() and not (corpus_dir.parent.parent / "x.txt").exists()
    assert [p.name for p in corpus_dir.iterdir()] == ["x.txt"]  # no temporary file left behind


def test_a_second_upload_of_the_same_name_never_replaces_the_first(tmp_path: Path, corpus_dir: Path) -> None:
    first = store_upload(_upload(tmp_path, POLICY.encode()), "措施.txt", corpus_dir, MB)
    second = store_upload(_upload(tmp_path, (POLICY + "2. 另一条。\n").encode()), "措施.TXT", corpus_dir, MB)
    assert (first.name, second.name) == ("措施.txt", "措施-2.txt")
    assert first.read_text(encoding="utf-8") == POLICY
    documents, errors = load_corpus(corpus_dir)
    assert len(documents) == 2 and errors == []  # distinct document ids too


def test_a_gbk_text_is_accepted_and_read(tmp_path: Path, corpus_dir: Path) -> None:
    stored = store_upload(_upload(tmp_path, POLICY.encode("gbk")), "gbk.txt", corpus_dir, MB)
    documents, _ = load_corpus(corpus_dir)
    assert stored.exists() and "品牌托管" in documents[0].text


@pytest.mark.parametrize(("name", "data", "message"), [
    ("run.exe", b"MZ\x90\x00", "不支持的文件类型"),
    ("noext", POLICY.encode(), "不支持的文件类型"),
    ("scan.pdf", b"\x00\x01binary\xff" * 100, "不是有效的 PDF"),
    ("empty.docx", b"", "文件为空"),
    ("fake.docx", b"PK\x03\x04 not really a zip", "不是有效的 .docx"),
    ("blob.txt", b"\x00\x00\x00\x00binary", "不是文本文件"),
])
def test_unusable_uploads_are_refused_and_nothing_is_stored(
    tmp_path: Path, corpus_dir: Path, name: str, data: bytes, message: str
) -> None:
    with pytest.raises(DocumentError, match=message) as caught:
        store_upload(_upload(tmp_path, data), name, corpus_dir, MB)
    assert name in str(caught.value) and ".upload-" not in str(caught.value)
    assert list(corpus_dir.iterdir()) == []


def test_an_upload_over_the_limit_is_refused(tmp_path: Path, corpus_dir: Path) -> None:
    big = _upload(tmp_path, POLICY.encode() + b"x" * MB)
    with pytest.raises(DocumentError, match="超过上限 1 MB"):
        store_upload(big, "big.txt", corpus_dir, MB)
    assert list(corpus_dir.iterdir()) == []
