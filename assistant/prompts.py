"""Answer templates loaded by name from prompts/, and the one "not covered" sentinel."""

from __future__ import annotations

import re
import string
from functools import cache
from pathlib import Path

from assistant.settings import PROJECT_ROOT

# The phrase every refusal contains: the answer logic, the UI and the evaluation all test for it.
NOT_COVERED_PHRASE = "现有政策文本没有涉及这个问题"
# The phrase every refusal of a covered topic contains: the text does not state what was asked.
UNSTATED_PHRASE = "条文没有写明"
# How an answer opens when the question asserts a figure or a department: wrong, or as stated.
PREMISE_FALSE = "不对"
PREMISE_TRUE = "是的"
# The phrase every clarifying question of 政策匹配 contains: the next turn is read as its answer.
CLARIFY_PHRASE = "为了准确匹配政策"

# Each template and the placeholders it must have (checked by a test).
TEMPLATE_FIELDS: dict[str, set[str]] = {
    "answer": {"verdict", "lead", "basis", "figures", "responsibility", "notes"},
    "premise_false": set(),
    "premise_true": set(),
    "premise_unstated": {"what"},
    "premise_false_named": {"named", "what"},
    "premise_tiered": {"lines"},
    "premise_tier_line": {"condition", "clause", "n"},
    "arithmetic": {"label", "expression", "refs"},
    "share": {"amount", "condition", "lines"},
    "share_tier": {"condition"},
    "share_line": {"expression", "clause", "n"},
    "share_outside": {"amount", "tiers", "refs"},
    "share_difference": {"expression", "condition", "n"},
    "share_gap": {"expression", "condition", "n"},
    "lead_location": {"place", "n"},
    "lead_answer": {"opening", "sentence", "n"},
    "quote": {"place", "departments", "n", "text"},
    "unstated_refusal": {"not_covered", "named", "what", "closest"},
    "unstated_related": {"what", "sentence", "place"},
    "closest_items": {"places"},
    "corrected": {"terms"},
    "en_header": set(),
    "en_not_covered": {"not_covered", "closest"},
    "en_unstated": {"asked", "what", "closest"},
    "en_closest": {"places"},
    "lead_department": {"level", "departments", "n"},
    "lead_figure": {"label", "value", "n"},
    "lead_measure": {"measure", "count"},
    "lead_subject": {"subject", "count"},
    "lead_grants": {"count"},
    "basis_header": set(),
    "basis_item": {"n", "place", "quote"},
    "figures_header": set(),
    "figure_line": {"label", "value", "n"},
    "responsibility": {"entries"},
    "responsibility_entry": {"departments", "level", "n"},
    "not_covered": {"not_covered", "closest"},
    "closest": {"measures"},
    "reference_absent": {"title"},
    "reference_missing": {"measure", "level", "item", "count"},
    "overview": {"title", "count", "lines"},
    "department_duties": {"department", "count", "lines"},
    "department_also_written": {"department", "others"},
    "department_duty": {"place", "sentence", "n"},
    "no_such_measure": {"no"},
    "cited_by_header": set(),
    "truncated": {"limit"},
    "llm_system": set(),
    "llm_answer": {"sources", "question"},
    "llm_source": {"n", "path", "level", "departments", "text"},
    "llm_condense": {"history", "question"},
    "llm_repair": {"unsupported"},
    "llm_fallback": set(),
    "llm_unavailable": {"reason"},
    "stream_restart": set(),
    "index_rebuilt": set(),
    "index_reopened": set(),
    "match_header": {"profile"},
    "match_group": {"benefit"},
    "match_city_group": {"city"},
    "match_item": {"quote", "n", "reason", "contact"},
    "match_none": {"profile"},
    "match_not_covered": set(),
    "match_need_absent": {"need", "who"},
    "match_city_limits": {"city"},
    "match_limits": set(),
    "match_clarify_types": set(),
    "match_clarify_city": set(),
    "match_form_incomplete": {"missing"},
}


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@cache
def _load(prompts_dir: Path, name: str) -> str:
    path = prompts_dir / f"{name}.txt"
    if not path.exists():
        raise FileNotFoundError(f"缺少答案模板 {path}；模板目录由 ASSISTANT_PROMPTS_DIR 指定")
    return path.read_text(encoding="utf-8").strip("\n")


class Templates:
    """Fill the named templates of one prompts folder."""

    def __init__(self, prompts_dir: Path = PROJECT_ROOT / "prompts") -> None:
        self.prompts_dir = prompts_dir

    def raw(self, name: str) -> str:
        return _load(self.prompts_dir, name)

    def fill(self, name: str, **values: object) -> str:
        if name in ("not_covered", "en_not_covered", "unstated_refusal"):
            values.setdefault("not_covered", NOT_COVERED_PHRASE)
        return self.raw(name).format(**values)

    def answer(self, **sections: str) -> str:
        """The whole answer; empty sections leave no blank lines behind."""
        text = self.fill("answer", **sections)
        return re.sub(r"\n{3,}", "\n\n", text).strip()
