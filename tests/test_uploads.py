"""Uploads into the corpus: safe names inside its uploads folder, checked type, size, content and items;
a preview before storing; delete and replace for uploads only."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.errors import DocumentError
from index.loading import UPLOADS_DIR, load_corpus
from index.uploads import delete_upload, preview_upload, replace_upload, safe_filename, store_upload, uploaded_files

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
    assert stored == corpus_dir / UPLOADS_DIR / "x.txt" and stored.read_text(encoding="utf-8") == POLICY
    assert not (tmp_path / "x.txt").exists() and not (corpus_dir.parent.parent / "x.txt").exists()
    assert [p.name for p in (corpus_dir / UPLOADS_DIR).iterdir()] == ["x.txt"]  # no temporary file left behind


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
    assert [p for p in corpus_dir.rglob("*") if p.is_file()] == []


def test_an_upload_over_the_limit_is_refused(tmp_path: Path, corpus_dir: Path) -> None:
    big = _upload(tmp_path, POLICY.encode() + b"x" * MB)
    with pytest.raises(DocumentError, match="超过上限 1 MB"):
        store_upload(big, "big.txt", corpus_dir, MB)
    assert [p for p in corpus_dir.rglob("*") if p.is_file()] == []


REGULATION = ("江苏省某某管理办法\n第一章 总则\n第一条 为规范管理，制定本办法。\n第二条 本办法适用于全省。\n"
              "第二章 资助\n第三条 对符合条件的给予支持。\n（一）具有自主知识产权；\n（二）近三年无失信行为。")


def test_a_preview_shows_the_structure_and_first_items_and_stores_nothing(tmp_path: Path, corpus_dir: Path) -> None:
    preview = preview_upload(_upload(tmp_path, REGULATION.encode()), "办法.txt", corpus_dir, MB)
    assert (preview.title, preview.items) == ("江苏省某某管理办法", 3) and "按章、节、条" in preview.structure
    assert preview.first[2][0] == "第二章 资助 › 第三条" and "（二）近三年无失信行为" in preview.first[2][1]
    assert [p for p in corpus_dir.rglob("*") if p.is_file()] == []


def test_a_document_without_items_is_refused_with_the_reason_and_nothing_stored(tmp_path: Path,
                                                                               corpus_dir: Path) -> None:
    headings_only = "标题\n第一章 总则\n第二章 附则\n"
    for action in (preview_upload, store_upload):
        with pytest.raises(DocumentError, match="没有切分出任何条目"):
            action(_upload(tmp_path, headings_only.encode()), "空.txt", corpus_dir, MB)
    assert [p for p in corpus_dir.rglob("*") if p.is_file()] == []


def test_uploads_can_be_replaced_and_deleted_and_nothing_else_can(tmp_path: Path, corpus_dir: Path) -> None:
    shipped = corpus_dir / "seed.txt"
    shipped.write_text(POLICY, encoding="utf-8")
    stored = store_upload(_upload(tmp_path, REGULATION.encode()), "办法.txt", corpus_dir, MB)
    assert uploaded_files(corpus_dir) == [stored]
    new = REGULATION + "\n第四条 本办法自发布之日起施行。"
    assert replace_upload(_upload(tmp_path, new.encode()), "新版.txt", corpus_dir, stored.name, MB) == stored
    assert stored.read_text(encoding="utf-8") == new
    with pytest.raises(DocumentError, match="不是已上传的文档"):
        delete_upload(corpus_dir, "seed.txt")
    with pytest.raises(DocumentError, match="没有切分出任何条目"):  # a bad replacement keeps the old file
        replace_upload(_upload(tmp_path, "标题\n第一章 总则\n".encode()), "x.txt", corpus_dir, stored.name, MB)
    assert stored.read_text(encoding="utf-8") == new
    delete_upload(corpus_dir, stored.name)
    assert uploaded_files(corpus_dir) == [] and shipped.exists()
