"""The 政策速查 table: every monetary incentive and risk share in the corpus, from the items' own text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer import departments_text
from assistant.evidence import body, figure_pairs, sentences
from assistant.question import term_covered
from index.figures import Figure, extract_figures
from index.records import Chunk

COLUMNS = ["事项", "金额或比例", "金额（万元）", "层级", "责任部门", "出处"]
_SHOWN_KINDS = ("money", "percent")
_CLAUSE_CHARS = 60
NO_MATCH = "没有匹配的条目。可试试其他说法，例如「专利奖」「贷款」「地理标志」，或清空筛选。"


@dataclass(frozen=True)
class Incentive:
    what: str
    amount: str
    chunk: Chunk
    most: float | None = None  # the largest amount, in 万元, for sorting; None for a share

    def row(self) -> list[str | float | None]:
        departments = departments_text(self.chunk) or "各设区市"
        level = "省级" if self.chunk.level == "province" else "市级" if self.chunk.level == "city" else ""
        return [self.what, self.amount, self.most, level, departments, self.chunk.place]


def _most(figures: list[Figure]) -> float | None:
    money = [f.value / 10_000 for f in figures if f.kind == "money"]
    return max(money) if money else None


def _subject(sentence: str) -> str:
    """What a sentence's tiers are tiers of: 「对进入运行期的省高价值专利培育示范中心进行绩效评价，…」 →
    「省高价值专利培育示范中心绩效评价」."""
    head = re.split(r"[，,]", sentence)[0]
    head = re.sub(r"^对(?:[^，]*?的)?", "", head)
    return head.replace("进行", "")


_NAMED_RE = re.compile(r"“([^”\d]{2,12})”")


def _stating(sentence: str, chunk: Chunk) -> str:
    """The measure (and the product the item names, 「苏知贷」), then the clauses stating the figures."""
    named = _NAMED_RE.search(chunk.text)
    measure = f"{chunk.measure}（{named.group(1)}）" if named else chunk.measure
    clauses = [c for c in re.split(r"[，,；;]", sentence.rstrip("。")) if c]
    stating = [c for c in clauses if extract_figures(c)]
    text = "，".join(stating) or sentence
    text = text if len(text) <= _CLAUSE_CHARS else text[: _CLAUSE_CHARS - 1] + "…"
    return f"{measure}：{text}" if measure else text


def incentives(chunks: list[Chunk]) -> list[Incentive]:
    """One row per tier where a sentence pairs tiers with amounts (金奖 → 30万元), else one per sentence."""
    rows = []
    for chunk in chunks:
        for sentence in sentences(body(chunk)):
            figures = [f for f in extract_figures(sentence) if f.kind in _SHOWN_KINDS]
            if not figures:
                continue
            pairs = figure_pairs(sentence)
            if pairs:
                for label, value in pairs:
                    # a bare grade ("优秀") is named with what it grades
                    what = label if len(label) > 3 else f"{_subject(sentence)}：{label}"
                    rows.append(Incentive(what, value, chunk, _most(extract_figures(value))))
            else:
                amount = "、".join(dict.fromkeys(f.qualifier + f.text for f in figures))
                rows.append(Incentive(_stating(sentence, chunk), amount, chunk, _most(figures)))
    return rows


def search(rows: list[Incentive], query: str) -> list[Incentive]:
    """Rows matching every space-separated word of ``query`` in any column or in the item's own text, synonyms
    included ("专利奖" finds 中国专利金奖; "贷款" finds 苏知贷); all rows for an empty query."""
    words = query.split()
    matched = []
    for r in rows:
        text = " ".join(str(cell) for cell in r.row() if cell is not None) + " " + r.chunk.search_text
        if all(term_covered(w, text) for w in words):
            matched.append(r)
    return matched


