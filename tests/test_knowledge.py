"""Staff uploads on a real assistant: a regulation read by article and answered, then deleted without a trace."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.knowledge import KnowledgeBase
from assistant.pipeline import PolicyAssistant
from assistant.settings import Settings

N = "一二三四五六七八九十"
TOPICS = [
    "为规范省级知识产权示范企业管理，制定本办法。", "本办法适用于本省行政区域内依法登记的企业。",
    "省知识产权局负责示范企业的认定和管理。", "设区市知识产权局负责本地区示范企业的推荐。",
    "示范企业的申报条件：（一）拥有有效发明专利不少于5件；（二）近三年未发生严重失信行为。",
    "申报单位应当在规定期限内提交申报书。", "省知识产权局组织专家对申报材料进行评审。",
    "评审结果在省知识产权局网站公示七个工作日。", "示范企业每三年复核一次。",
    "示范企业发生重大变更的，应当及时报告。", "对弄虚作假的企业撤销其示范企业称号。",
    "本办法自发布之日起施行。",
]
QUESTIONS = ["我能拿到多少专利奖奖励", "专利能拿去银行贷款吗，风险谁担", "专利导航归哪个处室管",
             "苏知贷的利率是多少", "有家企业打电话来问，中国外观设计金奖奖多少"]


def regulation(path: Path) -> Path:
    lines = ["江苏省知识产权示范企业管理办法"]
    for chapter, title in enumerate(["总则", "申报与认定", "管理与监督"]):
        lines.append(f"第{N[chapter]}章 {title}")
        for k in range(4):
            i = chapter * 4 + k + 1
            numeral = N[i - 1] if i <= 10 else "十" + N[i - 11]
            lines.append(f"第{numeral}条 {TOPICS[i - 1]}")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.fixture()
def kb_on_copies(assistant: PolicyAssistant, tmp_path: Path) -> tuple[KnowledgeBase, list[PolicyAssistant]]:
    """A knowledge base on its own copies of the session's corpus and index, serving the assistant it swaps in."""
    settings = Settings(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index")
    shutil.copytree(assistant.settings.corpus_dir, settings.corpus_dir)
    shutil.copytree(assistant.settings.index_dir, settings.index_dir)
    current = [PolicyAssistant.from_settings(settings)]
    return KnowledgeBase(lambda: current[0], lambda new: current.__setitem__(0, new)), current


def test_an_uploaded_regulation_is_answered_by_article_and_deleting_it_restores_every_answer(
    kb_on_copies: tuple[KnowledgeBase, list[PolicyAssistant]], tmp_path: Path
) -> None:
    kb, current = kb_on_copies
    before = {q: current[0].ask(q).to_dict() for q in QUESTIONS}
    upload = regulation(tmp_path / "示范企业管理办法.txt")

    preview, confirm, ok = kb.preview([str(upload)], logged_in=True)
    assert "共 **12** 个条目" in preview and "法规规章（按章、节、条）" in preview and confirm["visible"]
    rows, status, _ = kb.upload(ok, logged_in=True)
    assert "已保存为 示范企业管理办法.txt" in status and any(r[0] == "示范企业管理办法.txt" for r in rows)
    items = [c for c in current[0].retriever.chunks if c.doc == "示范企业管理办法"]
    assert len(items) == 12 and all(c.kind == "regulation" and c.source == "upload" for c in items)
    assert items[4].path == "《江苏省知识产权示范企业管理办法》 › 第二章 申报与认定 › 第五条"

    answer = current[0].ask("示范企业管理办法第五条对拥有的发明专利有什么要求？")
    assert answer.citations[0].chunk.id == "示范企业管理办法:A005" and "不少于5件" in answer.answer
    assert "第二章 申报与认定 › 第五条" in answer.answer  # named by its place, not as a provincial measure

    _, status, choices = kb.delete("示范企业管理办法.txt", logged_in=True)
    assert "已删除" in status and choices["choices"] == []
    after = {q: current[0].ask(q).to_dict() for q in QUESTIONS}
    for q in QUESTIONS:
        assert (after[q]["answer"], after[q]["citations"]) == (before[q]["answer"], before[q]["citations"]), q


def test_an_informal_note_never_outranks_the_task_list_nor_joins_matching(
    kb_on_copies: tuple[KnowledgeBase, list[PolicyAssistant]], tmp_path: Path
) -> None:
    kb, current = kb_on_copies
    note = tmp_path / "会议纪要.txt"
    note.write_text("关于企业融资的会议纪要\n\n企业想借钱时，专利可以拿去银行抵押贷款，大家讨论了贷款的办理流程。\n",
                    encoding="utf-8")
    _, _, ok = kb.preview([str(note)], logged_in=True)
    kb.upload(ok, logged_in=True)
    assert any(c.kind == "note" for c in current[0].retriever.chunks)
    answer = current[0].ask("公司想借钱，专利能抵押吗")
    assert answer.citations and answer.citations[0].chunk.id.startswith("jiangsu-ip-task-list:M05")
    matched = current[0].ask("我是苏州的企业，想融资，能享受哪些支持？")
    assert matched.match and all(c.chunk.kind == "task_list" and c.chunk.source == "corpus"
                                 for c in matched.citations)


def test_a_bad_replacement_leaves_the_old_document_and_a_shipped_one_cannot_be_deleted(
    kb_on_copies: tuple[KnowledgeBase, list[PolicyAssistant]], tmp_path: Path
) -> None:
    kb, current = kb_on_copies
    _, _, ok = kb.preview([str(regulation(tmp_path / "办法.txt"))], logged_in=True)
    kb.upload(ok, logged_in=True)
    empty = tmp_path / "空.txt"
    empty.write_text("标题\n第一章 总则\n", encoding="utf-8")
    _, status, _ = kb.replace("办法.txt", str(empty), logged_in=True)
    assert "没有切分出任何条目" in status and "原文档保持不变" in status
    assert sum(c.doc == "办法" for c in current[0].retriever.chunks) == 12
    _, status, _ = kb.delete("jiangsu-ip-task-list.txt", logged_in=True)
    assert "不是已上传的文档" in status
    assert (current[0].settings.corpus_dir / "jiangsu-ip-task-list.txt").exists()
