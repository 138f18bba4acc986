import json
import os
from pathlib import Path

import pytest

from assistant.settings import Settings

from .conftest import run_cli

CITATION_FIELDS = {"n", "id", "doc", "measure_no", "measure", "level", "item", "departments", "text"}


@pytest.fixture(scope="module")
def env(assistant, settings: Settings) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The session's built index, shared with the child processes."""
    return {**os.environ, "ASSISTANT_INDEX_DIR": str(settings.index_dir)}


def test_ask_json_has_the_public_fields(env: dict[str, str]) -> None:
    out = run_cli("ask", "我能拿到多少专利奖奖励", "--json", env=env)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert {"answer", "refused", "mode", "citations", "sources", "timings_ms"} <= set(data)
    assert data["mode"] == "extractive" and data["refused"] is False
    assert sorted(c["id"] for c in data["citations"]) == ["jiangsu-ip-task-list:M01-P-04",
                                                          "jiangsu-ip-task-list:M01-P-05"]
    assert CITATION_FIELDS <= set(data["citations"][0])
    assert CITATION_FIELDS - {"n"} | {"score"} <= set(data["sources"][0])
    assert {"retrieve", "total"} <= set(data["timings_ms"])
    for amount in ("30万元", "20万元", "10万元", "2万元", "100万元", "50万元", "25万元"):
        assert amount in data["answer"]


def test_explain_and_json_show_each_decision_with_its_inputs(env: dict[str, str]) -> None:
    # A refusal of a detail the text never states: the coverage decision names it and shows the evidence weighed.
    out = run_cli("ask", "苏知贷的贷款利率是多少", "--explain", env=env)
    assert out.returncode == 0, out.stderr
    why = out.stdout.split("为什么这样回答：", 1)[1]
    for step in ("- plan:", "- rerank:", "- coverage: unstated", "- template: unstated"):
        assert step in why, step
    assert "利率" in why and "evidence:" in why and "subject_items:" in why
    data = json.loads(run_cli("ask", "苏知贷的贷款利率是多少", "--json", env=env).stdout)
    coverage = next(t for t in data["trace"] if t["decision"] == "coverage")
    assert coverage["outcome"] == "unstated" and "利率" in coverage["reason"]
    assert {"dense_top", "bm25_top", "agreement"} <= set(coverage["inputs"]["evidence"])


def test_text_output_lists_citations(env: dict[str, str]) -> None:
    out = run_cli("ask", "苏知贷风险谁担", env=env)
    assert out.returncode == 0 and "引用：\n[1] jiangsu-ip-task-list:M05-P-01" in out.stdout


def test_level_filter_and_k(env: dict[str, str]) -> None:
    data = json.loads(run_cli("ask", "专利奖", "--json", "--level", "city", "--k", "3", env=env).stdout)
    assert len(data["sources"]) == 3 and {s["level"] for s in data["sources"]} == {"city"}


@pytest.mark.parametrize("question", ["", "   \t "])
def test_empty_question_is_a_clear_message_and_exit_2(env: dict[str, str], question: str) -> None:
    out = run_cli("ask", question, env=env)
    assert out.returncode == 2
    assert "问题为空" in out.stderr and "Traceback" not in out.stderr


def test_history_file_makes_a_follow_up(env: dict[str, str], tmp_path: Path) -> None:
    history = tmp_path / "h.json"
    history.write_text(json.dumps([{"role": "user", "content": "江苏专利奖金奖奖多少"},
                                   {"role": "assistant", "content": "金奖30万元"}], ensure_ascii=False))
    data = json.loads(run_cli("ask", "那银奖呢？", "--json", "--history", str(history), env=env).stdout)
    assert data["answer"].startswith("江苏专利奖 银奖：20万元[1]")
    history.write_text("{not json")
    out = run_cli("ask", "那银奖呢？", "--history", str(history), env=env)
    assert out.returncode == 2 and "对话历史文件不是有效的 JSON" in out.stderr


def test_batch_answers_in_order_and_numbers_a_bad_line(env: dict[str, str], tmp_path: Path) -> None:
    batch = tmp_path / "q.jsonl"
    batch.write_text('{"q": "苏知贷风险谁担"}\nnot json\n{"q": "北京的知识产权政策"}\n{"x": 1}\n', encoding="utf-8")
    out = run_cli("ask", "--batch", str(batch), "--json", env=env)
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert out.returncode == 1
    assert lines[0]["citations"][0]["id"].endswith("M05-P-01")
    assert lines[1] == {"line": 2, "error": lines[1]["error"]} and "第 2 行不是有效的 JSON" in lines[1]["error"]
    assert lines[2]["refused"] is True
    assert lines[3]["line"] == 4


def test_index_command_reports_up_to_date(env: dict[str, str]) -> None:
    out = run_cli("index", env=env)
    assert out.returncode == 0 and "索引已是最新：122 个条目" in out.stdout
