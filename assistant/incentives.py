"""The 政策速查 table: every monetary incentive and risk share in the corpus, from the items' own text."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.answer import departments_text
from assistant.evidence import body, figure_pairs, sentences
from index.figures import extract_figures
from index.records import Chunk

COLUMNS = ["事项", "金额或比例", "层级", "责任部门", "出处", "编号"]
_SHOWN_KINDS = ("money", "percent")
_WHAT_CHARS = 140


@dataclass(frozen=True)
class Incentive:
    what: str
    amount: str
    chunk: Chunk

    def row(self) -> list[str]:
        departments = departments_text(self.chunk) or "各设区市"
        level = "省级" if self.chunk.level == "province" else "市级" if self.chunk.level == "city" else ""
        return [self.what, self.amount, level, departments, self.chunk.path, self.chunk.id]


def _shortened(sentence: str) -> str:
    return sentence if len(sentence) <= _WHAT_CHARS else sentence[: _WHAT_CHARS - 1] + "…"


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
                rows += [Incentive(label, value, chunk) for label, value in pairs]
            else:
                amount = "、".join(dict.fromkeys(f.qualifier + f.text for f in figures))
                rows.append(Incentive(_shortened(sentence), amount, chunk))
    return rows


def search(rows: list[Incentive], query: str) -> list[list[str]]:
    """Rows whose cells contain every space-separated word of ``query`` (all rows for an empty query)."""
    words = query.split()
    table = [r.row() for r in rows]
    return [r for r in table if all(any(w in cell for cell in r) for w in words)]


