"""The evaluation question set: one JSON object per line, validated on load."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

CATEGORIES = ("figure", "department", "level", "entity", "content", "paraphrase", "dialogue", "refuse",
              "adversarial", "matching",
              # eval/users.jsonl: questions written afresh in users' own words, split into dev and test
              "plain", "colloquial", "staff", "typo", "english", "multipart", "sum", "false_premise",
              "near_miss", "location", "topic_switch", "listing", "out_of_scope")
SPLITS = ("dev", "test")
SPLIT_SEED = 20261125
TEST_SHARE = 0.3


class EvalInputError(ValueError):
    """A question set or gate file is unreadable or malformed; the message names the file or line."""


@dataclass(frozen=True)
class EvalQuestion:
    """One question (or dialogue) and what a correct answer must contain.

    ``facts`` are groups of acceptable strings: every group must appear in the answer, through
    any one of its strings; a refusal's facts are what it must name ("条文没有写明" and the unstated
    thing). ``absent`` strings must not appear. Dialogues are scored on their last turn.
    """

    id: str
    category: str
    turns: tuple[str, ...]
    gold: tuple[str, ...]
    facts: tuple[tuple[str, ...], ...]
    refuse: bool
    absent: tuple[str, ...] = field(default=())

    @property
    def question(self) -> str:
        return self.turns[-1]

    @property
    def history(self) -> list[dict[str, str]]:
        """The earlier turns as chat history (user turns only; answers are added while running)."""
        return [{"role": "user", "content": t} for t in self.turns[:-1]]


def _strings(value: object, what: str, lineno: int) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise EvalInputError(f"第 {lineno} 行：{what} 应为非空字符串的列表")
    return tuple(value)


def parse_question(record: object, lineno: int) -> EvalQuestion:
    if not isinstance(record, dict):
        raise EvalInputError(f"第 {lineno} 行应为 JSON 对象")
    if ("q" in record) == ("turns" in record):
        raise EvalInputError(f"第 {lineno} 行应有 q 或 turns 二者之一")
    turns = _strings([record["q"]] if "q" in record else record["turns"], "q/turns", lineno)
    category = record.get("category")
    if category not in CATEGORIES:
        raise EvalInputError(f"第 {lineno} 行：category 应为 {'、'.join(CATEGORIES)} 之一")
    refuse = record.get("refuse")
    if not isinstance(refuse, bool):
        raise EvalInputError(f"第 {lineno} 行：refuse 应为 true 或 false")
    gold = _strings(record.get("gold", []), "gold", lineno) if record.get("gold") else ()
    facts_raw = record.get("facts", [])
    if not isinstance(facts_raw, list):
        raise EvalInputError(f"第 {lineno} 行：facts 应为字符串列表的列表")
    facts = tuple(_strings(group, "facts 的每一组", lineno) for group in facts_raw)
    if not refuse and not (gold and facts):
        raise EvalInputError(f"第 {lineno} 行：应答问题需要 gold 和 facts")
    if refuse and gold:
        raise EvalInputError(f"第 {lineno} 行：应拒答的问题不应有 gold")
    absent = _strings(record["absent"], "absent", lineno) if "absent" in record else ()
    return EvalQuestion(id=str(record.get("id") or f"line{lineno}"), category=category, turns=turns,
                        gold=gold, facts=facts, refuse=refuse, absent=absent)


def load_questions(path: Path) -> list[EvalQuestion]:
    """All questions in ``path``; raises EvalInputError naming the first bad line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalInputError(f"无法读取问题集 {path}：{exc}") from exc
    questions = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalInputError(f"第 {lineno} 行不是有效的 JSON：{exc.msg}") from exc
        questions.append(parse_question(record, lineno))
    if not questions:
        raise EvalInputError(f"问题集 {path} 是空的")
    seen: set[str] = set()
    for q in questions:
        if q.id in seen:
            raise EvalInputError(f"问题 id 重复：{q.id}")
        seen.add(q.id)
    return questions


def split(questions: list[EvalQuestion], part: str, seed: int = SPLIT_SEED) -> list[EvalQuestion]:
    """The ``dev`` (70%) or ``test`` (30%) part, drawn per category by a fixed seed, in file order.

    Rules are tuned on ``dev`` only; ``test`` is scored once the work is done.
    """
    if part not in SPLITS:
        raise EvalInputError(f"split 应为 {'、'.join(SPLITS)} 之一")
    test: set[str] = set()
    for category in dict.fromkeys(q.category for q in questions):
        ids = sorted(q.id for q in questions if q.category == category)
        random.Random(f"{seed}:{category}").shuffle(ids)
        test.update(ids[: round(len(ids) * TEST_SHARE)])
    return [q for q in questions if (q.id in test) == (part == "test")]
