"""The question set's shape, the scoring rules, and the harness end to end on the real index."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import pytest

from assistant.settings import PROJECT_ROOT, Settings
from eval.harness import EvalOptions, evaluate
from eval.metrics import Run, aggregate, contains, score
from eval.questions import EvalInputError, EvalQuestion, load_questions, parse_question
from index.figures import computed_figures, extract_figures
from index.records import Chunk

from .conftest import run_cli

QUESTIONS = load_questions(PROJECT_ROOT / "eval" / "questions.jsonl")
D = "jiangsu-ip-task-list:"


def test_the_question_set_meets_the_counts() -> None:
    categories = Counter(q.category for q in QUESTIONS)
    assert len(QUESTIONS) >= 150
    assert sum(1 for q in QUESTIONS if any(extract_figures(s) for g in q.facts for s in g)) >= 40
    assert categories["dialogue"] >= 12 and all(len(q.turns) >= 2 for q in QUESTIONS if q.category == "dialogue")
    assert sum(q.refuse for q in QUESTIONS) >= 20
    assert categories["adversarial"] >= 6
    assert categories["matching"] >= 15
    assert {"department", "level", "entity", "paraphrase"} <= set(categories)


def test_every_measure_has_at_least_four_questions(seed_chunks: dict[str, Chunk]) -> None:
    per_measure: Counter[int] = Counter()
    for q in QUESTIONS:
        for measure in {seed_chunks[g.removeprefix(D)].measure_no for g in q.gold}:
            per_measure[measure] += 1
    assert sorted(per_measure) == list(range(1, 21))
    assert min(per_measure.values()) >= 4


@pytest.mark.parametrize("name", ["questions.jsonl", "heldout.jsonl"])
def test_every_question_is_answerable_from_its_gold_items(seed_chunks: dict[str, Chunk], name: str) -> None:
    for q in load_questions(PROJECT_ROOT / "eval" / name):
        assert all(g.startswith(D) and g.removeprefix(D) in seed_chunks for g in q.gold), q.id
        gold_text = "\n".join(seed_chunks[g.removeprefix(D)].text for g in q.gold)
        for group in q.facts:
            assert any(s in gold_text for s in group), (q.id, group)


@pytest.mark.parametrize(("record", "message"), [
    ({"q": "问题", "category": "figure", "refuse": False}, "需要 gold 和 facts"),
    ({"q": "问题", "turns": ["a", "b"], "category": "figure", "refuse": True}, "q 或 turns"),
    ({"q": "问题", "category": "nonsense", "refuse": True}, "category"),
    ({"q": "问题", "category": "refuse", "refuse": True, "gold": ["x"]}, "不应有 gold"),
    ({"q": "", "category": "refuse", "refuse": True}, "非空字符串"),
])
def test_a_malformed_question_line_is_named(record: dict[str, object], message: str) -> None:
    with pytest.raises(EvalInputError, match=message):
        parse_question(record, 7)


def _question(**fields: object) -> EvalQuestion:
    base: dict[str, object] = {"q": "专利奖奖多少", "category": "figure", "refuse": False, "gold": [D + "M01-P-04"],
                               "facts": [["30万元"], ["20万元", "二十万元"]]}
    return parse_question(base | fields, 1)


def _run(**fields: object) -> Run:
    base: dict[str, object] = {"ranked": [frozenset({D + "M01-C-02"}), frozenset({D + "M01-P-04"})],
                               "answer": "金奖30万元[1]，银奖200,000元[1]", "cited": [D + "M01-P-04"],
                               "cited_text": "分别给予30万元、20万元、10万元、2万元奖励", "refused": False,
                               "latency_ms": 10.0}
    return Run(**(base | fields))  # type: ignore[arg-type]


def test_scoring_matches_facts_by_value_and_ranks_gold() -> None:
    scored = score(_question(), _run())
    assert scored.rank == 2 and scored.facts_ok and scored.supported and scored.precision == 1.0
    assert scored.false_numbers == [] and not scored.failed


def test_a_number_no_cited_item_states_is_counted() -> None:
    scored = score(_question(), _run(answer="金奖30万元，银奖20万元，另有500万元"))
    assert scored.false_numbers == ["500万元"] and scored.failed


def test_a_forbidden_string_or_a_refusal_fails_the_facts() -> None:
    assert not score(_question(absent=["500万"]), _run(answer="30万元 20万元 不是500万")).facts_ok
    assert not score(_question(), _run(refused=True)).facts_ok


def test_citation_precision_counts_cited_items_outside_gold() -> None:
    scored = score(_question(), _run(cited=[D + "M01-P-04", D + "M01-P-05", D + "M01-C-02", D + "M01-P-01"]))
    assert scored.precision == 0.25


def test_refusal_metrics() -> None:
    refuse = _question(gold=[], facts=[], refuse=True, category="refuse")
    metrics = aggregate([
        score(refuse, _run(refused=True, cited=[], answer="")),
        score(refuse, _run(refused=False)),
        score(_question(), _run(refused=True, cited=[], answer="")),
        score(_question(), _run()),
    ])
    assert metrics.refusal_recall == 0.5 and metrics.refusal_precision == 0.5
    assert metrics.false_refusals == 1 and metrics.false_refusal_rate == 0.5
    assert metrics.fact_accuracy == 0.5 and metrics.hit_at_5 == 1.0 and metrics.hit_at_1 == 0.0
    assert metrics.refused_gold_first == 0  # the refused question's gold was ranked second


def test_a_refusal_discarding_the_top_ranked_gold_item_is_counted() -> None:
    gold_first = _run(refused=True, cited=[], answer="", ranked=[frozenset({D + "M01-P-04"})])
    assert aggregate([score(_question(), gold_first)]).refused_gold_first == 1


def test_a_figure_the_asker_writes_in_chinese_numerals_is_stated() -> None:
    question = _question(q="贷了两千万，合作银行承担多少")
    answer = "2000万元 × 50% = 1000万元[1]"
    assert score(question, _run(answer=answer, cited_text="合作银行承担50%的贷款本金损失风险")).false_numbers == []


def test_an_english_askers_amount_is_stated_and_arithmetic_with_rmb_spellings_counts() -> None:
    question = _question(q="For a Suzhidai loan of 5 million yuan, what share does the bank bear?")
    answer = "- 500万元 (RMB 5,000,000) × 20% = 100万元 (RMB 1,000,000)（合作银行承担20%）[1]"
    assert score(question, _run(answer=answer, cited_text="合作银行承担20%的贷款本金损失风险")).false_numbers == []
    wrong = "- 500万元 (RMB 5,000,000) × 20% = 150万元 (RMB 1,500,000)[1]"
    assert score(question, _run(answer=wrong, cited_text="合作银行承担20%的贷款本金损失风险")).false_numbers


def test_a_ratio_of_stated_amounts_counts_and_a_wrong_one_does_not() -> None:
    question = _question(q="金奖是银奖的几倍")
    cited = "对获得金奖、银奖的，分别给予30万元、20万元奖励。"
    assert score(question, _run(answer="倍数：30万元 ÷ 20万元 = 1.5倍[1]", cited_text=cited)).false_numbers == []
    assert score(question, _run(answer="倍数：30万元 ÷ 20万元 = 1.8倍[1]", cited_text=cited)).false_numbers


def _small_set(path: Path) -> Path:
    chosen = [q for q in (PROJECT_ROOT / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
              if json.loads(q)["id"] in {"q004", "q035", "q141", "q161", "q178"}]
    path.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    return path


@pytest.mark.slow
def test_the_harness_reports_project_and_baseline(settings: Settings, tmp_path: Path) -> None:
    out = tmp_path / "report"
    with (tmp_path / "terminal.txt").open("w", encoding="utf-8") as terminal:
        broken = evaluate(settings, EvalOptions(questions=_small_set(tmp_path / "q.jsonl"), baseline=True, out=out),
                          terminal)
    assert broken == []
    table = (tmp_path / "terminal.txt").read_text(encoding="utf-8")
    assert "project" in table and "baseline" in table and "ratio" in table and "gate: passed" in table
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "## Overall" in report and "### dialogue" in report and "![refuse](charts/refuse.png)" in report
    assert (out / "charts" / "figure.png").read_bytes().startswith(b"\x89PNG")
    results = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert Counter(r["system"] for r in results) == {"project": 5, "baseline": 5}


@pytest.mark.slow
def test_the_cli_exits_4_below_the_gate_and_lists_the_failure(settings: Settings, tmp_path: Path) -> None:
    gate = tmp_path / "gate.toml"
    gate.write_text("[min]\nhit_at_1 = 1.01\n", encoding="utf-8")
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(settings.index_dir)}
    result = run_cli("eval", "--questions", str(_small_set(tmp_path / "q.jsonl")), "--out", str(tmp_path / "o"),
                     "--gate", str(gate), env=env)
    assert result.returncode == 4, result.stderr
    assert "gate: FAILED" in result.stdout and "hit_at_1" in result.stdout


def test_the_cli_names_a_bad_question_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"q": "专利奖", "category": "figure", "refuse": false}\nnot json\n', encoding="utf-8")
    result = run_cli("eval", "--questions", str(bad), "--out", str(tmp_path / "o"))
    assert result.returncode == 2 and "第 1 行" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_the_harness_runs_in_generated_mode_when_a_model_is_set(settings: Settings, tmp_path: Path) -> None:
    from .llm_server import ScriptedLLM

    with ScriptedLLM() as llm, (tmp_path / "terminal.txt").open("w", encoding="utf-8") as terminal:
        generated = settings.model_copy(update={"llm_base_url": llm.url, "llm_model": "invent-then-fix"})
        evaluate(generated, EvalOptions(questions=_small_set(tmp_path / "q.jsonl"), out=tmp_path / "o"), terminal)
    results = [json.loads(line) for line in (tmp_path / "o" / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    modes = Counter(r["mode"] for r in results)
    assert modes["llm-repaired"] >= 1 and set(modes) <= {"llm-repaired", "extractive"}  # refusals stay extractive
    assert all(r["false_numbers"] == [] for r in results)
    report = (tmp_path / "o" / "report.md").read_text(encoding="utf-8")
    assert "generated by `invent-then-fix`" in report and "llm-repaired" in report


def test_a_difference_of_shares_written_out_is_no_false_number_unless_it_is_wrong() -> None:
    from eval.metrics import false_numbers
    cited = "省风险补偿基金承担80%的贷款本金损失风险，合作银行承担20%的贷款本金损失风险"
    assert false_numbers("相差：80% − 20% = 60个百分点（据[1]计算）", cited) == []
    assert false_numbers("相差：80% − 20% = 70个百分点（据[1]计算）", cited) == ["70个百分点"]


def test_a_fact_figure_is_never_found_inside_a_longer_number() -> None:
    assert not contains("相差：250万元 − 30万元 = 220万元", "20万元")  # a wrong difference is not a right one
    assert contains("良好：30万元；相差 20万元", "20万元") and contains("合计 300,000元", "30万元")
    assert not contains("第12条", "第1条") and contains("2024年实现招生", "2024")


def test_calibration_folds_hold_each_row_out_once_and_judge_it_by_a_model_fitted_without_it() -> None:
    import numpy as np

    from eval.calibrate import cross_validate, stratified_folds

    y = np.array([1.0] * 12 + [0.0] * 6)
    folds = stratified_folds(y, k=3)
    assert sorted(i for fold in folds for i in fold) == list(range(18))
    assert all({y[i] for i in fold} == {0.0, 1.0} for fold in folds)
    # Separable evidence: every held-out row is judged right. Swap one set's labels and the model
    # fitted on the other sets judges that set wrong: the figure is out of sample.
    x = np.concatenate([np.full((12, 1), 1.0), np.full((6, 1), -1.0)]) + np.linspace(0, 0.1, 18)[:, None]
    assert cross_validate(x, y, 0.5, folds) == {"folds": 3, "in_scope_kept": 1.0, "out_of_scope_refused": 1.0}
    by_set = [list(range(6)) + [12, 13, 14], list(range(6, 12)) + [15, 16, 17]]
    flipped = y.copy()
    flipped[by_set[1]] = 1 - flipped[by_set[1]]
    assert cross_validate(x, flipped, 0.5, by_set)["in_scope_kept"] < 0.6


def test_a_duration_in_an_answer_s_arithmetic_is_no_operand() -> None:
    # "3年" matches the figure pattern but is no figure: a sum with it computes nothing (and raises nothing).
    assert computed_figures("合计：3年 + 30万元 = 33万元", {("money", 300000.0)}) == set()
    assert computed_figures("合计：30万元 + 20万元 = 50万元", {("money", 300000.0), ("money", 200000.0)}) == \
        {("money", 500000.0)}
