from pathlib import Path

import docx
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from index.errors import DocumentError
from index.loading import load_corpus, read_document

TEXT = "一、总则\n对获得金奖的，给予30万元奖励。"


def _pdf(path: Path, lines: list[str]) -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    page = canvas.Canvas(str(path))
    page.setFont("STSong-Light", 12)
    for i, line in enumerate(lines):
        page.drawString(72, 720 - 20 * i, line)
    page.save()


def test_seed_has_title_and_issuer_from_its_metadata(seed_document) -> None:  # type: ignore[no-untyped-def]
    assert seed_document.title == "贯彻落实高标准推进知识产权强省建设若干政策措施任务清单"
    assert seed_document.issuer == "江苏省知识产权局"
    assert seed_document.doc_id == "jiangsu-ip-task-list"


def test_reads_utf8_gbk_markdown_docx_and_pdf(corpus_dir: Path) -> None:
    (corpus_dir / "a.txt").write_text(TEXT, encoding="utf-8")
    (corpus_dir / "b.txt").write_bytes(TEXT.encode("gbk"))
    (corpus_dir / "c.md").write_text("# 标题\n" + TEXT, encoding="utf-8")
    document = docx.Document()
    document.core_properties.title = "Word 文件标题"
    for line in TEXT.splitlines():
        document.add_paragraph(line)
    document.save(str(corpus_dir / "d.docx"))
    _pdf(corpus_dir / "e.pdf", TEXT.splitlines())
    docs, errors = load_corpus(corpus_dir)
    assert errors == []
    assert [d.doc_id for d in docs] == ["a", "b", "c", "d", "e"]
    assert all("30万元奖励" in d.text for d in docs)
    assert docs[1].text == docs[0].text  # GBK detected and decoded
    assert docs[2].title == "标题" and docs[3].title == "Word 文件标题"


def test_broken_files_are_named_and_skipped_the_rest_still_load(corpus_dir: Path) -> None:
    (corpus_dir / "good.txt").write_text(TEXT, encoding="utf-8")
    (corpus_dir / "binary.pdf").write_bytes(b"\x00\x01\x02 not a pdf" * 50)
    (corpus_dir / "empty.docx").write_bytes(b"")
    (corpus_dir / "fake.docx").write_bytes(b"PK\x03\x04 broken zip")
    docs, errors = load_corpus(corpus_dir)
    assert [d.doc_id for d in docs] == ["good"]
    assert len(errors) == 3
    assert any(e.startswith("binary.pdf") for e in errors)
    assert any(e.startswith("empty.docx") and "为空" in e for e in errors)
    assert any(e.startswith("fake.docx") for e in errors)


def test_unsupported_type_and_missing_folder_say_what_is_expected(tmp_path: Path) -> None:
    (tmp_path / "x.xlsx").write_bytes(b"data")
    with pytest.raises(DocumentError, match="不支持的文件类型"):
        read_document(tmp_path / "x.xlsx")
    with pytest.raises(DocumentError, match="语料目录不存在"):
        load_corpus(tmp_path / "missing")
