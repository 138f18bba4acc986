"""What staff send on: the plain-text reply, the printable 答复, and the questions the knowledge base lacks."""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

from docx import Document as DocxDocument

from assistant.feedback import append_record, gaps
from assistant.pipeline import PolicyAssistant
from assistant.reply import SOURCE_NOTICE, plain_text, reply_docx, reply_folder

DAY = date(2026, 11, 25)


def test_the_plain_text_and_the_printable_reply_carry_every_source_with_its_place(
    assistant: PolicyAssistant, tmp_path: Path
) -> None:
    answer = assistant.ask("专利导航和专利转化专项计划分别是哪个处负责？").to_dict()
    text = plain_text(answer, DAY)
    assert text.startswith(f"问：{answer['question']}\n\n答：{answer['answer']}")
    for c in answer["citations"]:
        assert f"[{c['n']}] {c['place']}" in text
    assert "责任部门：产业促进处" in text and "责任部门：知识产权服务处" in text
    assert SOURCE_NOTICE in text and "答复日期：2026-11-25" in text
    assert "jiangsu-ip-task-list" not in text  # places in words, no internal ids

    path = reply_docx(answer, tmp_path / "答复.docx", DAY)
    written = "\n".join(p.text for p in DocxDocument(str(path)).paragraphs)
    assert "政策咨询答复" in written and answer["question"] in written
    for c in answer["citations"]:
        assert c["place"] in written and c["text"] in written  # each cited clause in full
    assert SOURCE_NOTICE in written and "2026-11-25" in written


def test_gaps_group_a_question_however_it_is_punctuated_and_count_why(tmp_path: Path) -> None:
    feedback, refused = tmp_path / "feedback.jsonl", tmp_path / "refused.jsonl"
    for question in ("苏知贷的利率是多少", "苏知贷的利率是多少？", "苏知贷 的利率是多少"):
        append_record(refused, {"question": question})
    append_record(feedback, {"rating": "down", "question": "苏知贷的利率是多少", "comment": "没说利率"})
    append_record(feedback, {"rating": "up", "question": "专利奖奖多少"})
    append_record(refused, {"question": "明天天气"})
    rows = gaps(feedback, refused)
    assert rows[0][:3] == ["苏知贷的利率是多少", 4, "拒答、没帮助"] and rows[0][4] == "没说利率"
    assert [r[0] for r in rows] == ["苏知贷的利率是多少", "明天天气"]  # 有帮助 is no gap
    assert gaps(tmp_path / "none.jsonl", tmp_path / "none2.jsonl") == []


def test_each_export_gets_its_own_folder_and_old_exports_are_removed(tmp_path: Path) -> None:
    old, recent = tmp_path / "reply-old", tmp_path / "reply-recent"
    old.mkdir()
    recent.mkdir()
    (old / "政策咨询答复.docx").write_bytes(b"x")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    first, second = reply_folder(tmp_path), reply_folder(tmp_path)
    assert first != second and first.is_dir() and second.is_dir()
    assert not old.exists() and recent.exists()
