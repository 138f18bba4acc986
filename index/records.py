"""The Chunk record: one citable piece of a policy document, with its place and facts."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

LEVEL_LABELS = {"province": "省知识产权局", "city": "各设区市", "": ""}
ELIGIBILITY_FIELDS = ("beneficiaries", "benefits", "topics", "requires")
DEPARTMENTS_SUFFIX_RE = re.compile(r"[（(]\s*责任部门\s*[：:]\s*([^）)]+)[）)]\s*$")


@dataclass(frozen=True)
class Chunk:
    """One numbered item of a measure (or a paragraph of an unstructured document).

    ``id`` is derived from the structure (``<doc>:M05-P-01``), so it survives a re-index.
    """

    id: str
    doc: str
    doc_title: str
    text: str
    part: str = ""
    measure_no: int = 0
    measure: str = ""
    level: str = ""  # "province" | "city" | "" (unstructured)
    item: int = 0
    departments: list[str] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    heading: str = ""
    kind: str = "task_list"  # the document's kind: "task_list", "regulation" (by article) or "note" (paragraphs)
    source: str = "corpus"  # "corpus", or "upload" for a document staff uploaded
    # Eligibility, read by rules (index/eligibility.py): who it benefits, what it gives, its topics,
    # and the facts an asker must have (e.g. 在自贸区).
    beneficiaries: list[str] = field(default_factory=list)
    benefits: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    requires: list[str] = field(default_factory=list)

    @property
    def path(self) -> str:
        """Human-readable place: 一、… › （五）… › 省知识产权局 · 第1条."""
        parts = [p for p in (self.part, self.measure_label) if p]
        if self.level:
            parts.append(f"{LEVEL_LABELS[self.level]} · 第{self.item}条")
        elif self.kind != "task_list":  # an article or a note: its document's title, then its heading
            parts += [p for p in (f"《{self.doc_title}》" if self.doc_title else "", self.heading) if p]
        elif self.heading:
            parts.append(self.heading)
        return " › ".join(parts)

    @property
    def place(self) -> str:
        """Where the item stands, in words: 「（五）强化知识产权金融支撑 · 省知识产权局 第1条」; an article or a
        note by its document and heading; an uploaded task list's item with its document's title."""
        if self.measure_no and self.level:
            where = f"{self.measure_label} · {LEVEL_LABELS[self.level]} 第{self.item}条"
            return f"《{self.doc_title}》 {where}" if self.source == "upload" else where
        return self.path or self.doc

    @property
    def measure_label(self) -> str:
        return f"（{to_chinese_numeral(self.measure_no)}）{self.measure}" if self.measure_no else ""

    @property
    def search_text(self) -> str:
        """What BM25 searches: the whole heading path, then the item text."""
        return f"{self.path}\n{self.text}" if self.path else self.text

    @property
    def embed_text(self) -> str:
        """What is embedded: the measure and level, then the item text without its department suffix.

        The part title and the department suffix add a quarter to the tokens (and to the build
        time) but little meaning for dense retrieval; BM25 still searches them.
        """
        heading = " ".join(p for p in (self.measure_label, LEVEL_LABELS[self.level]) if p) or self.heading
        body = DEPARTMENTS_SUFFIX_RE.sub("", self.text)
        return f"{heading}\n{body}" if heading else body

    def to_metadata(self) -> dict[str, str | int]:
        """Flat metadata for Chroma (lists travel as JSON strings)."""
        return {
            "doc": self.doc,
            "doc_title": self.doc_title,
            "text": self.text,
            "part": self.part,
            "measure_no": self.measure_no,
            "measure": self.measure,
            "level": self.level,
            "item": self.item,
            "heading": self.heading,
            "kind": self.kind,
            "source": self.source,
            "departments": json.dumps(self.departments, ensure_ascii=False),
            "figures": json.dumps(self.figures, ensure_ascii=False),
            "cities": json.dumps(self.cities, ensure_ascii=False),
            "references": json.dumps(self.references, ensure_ascii=False),
            **{name: json.dumps(getattr(self, name), ensure_ascii=False) for name in ELIGIBILITY_FIELDS},
        }

    @classmethod
    def from_metadata(cls, chunk_id: str, meta: dict[str, Any]) -> Chunk:
        return cls(
            id=chunk_id,
            doc=str(meta["doc"]),
            doc_title=str(meta.get("doc_title", "")),
            text=str(meta["text"]),
            part=str(meta.get("part", "")),
            measure_no=int(meta.get("measure_no", 0)),
            measure=str(meta.get("measure", "")),
            level=str(meta.get("level", "")),
            item=int(meta.get("item", 0)),
            heading=str(meta.get("heading", "")),
            kind=str(meta.get("kind", "task_list")),
            source=str(meta.get("source", "corpus")),
            departments=json.loads(str(meta.get("departments", "[]"))),
            figures=json.loads(str(meta.get("figures", "[]"))),
            cities=json.loads(str(meta.get("cities", "[]"))),
            references=json.loads(str(meta.get("references", "[]"))),
            **{name: json.loads(str(meta.get(name, "[]"))) for name in ELIGIBILITY_FIELDS},
        )


_DIGITS = "零一二三四五六七八九"


def to_chinese_numeral(n: int) -> str:
    """1..99 as written in headings: 5 → 五, 12 → 十二, 20 → 二十."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def from_chinese_numeral(text: str) -> int:
    """Inverse of to_chinese_numeral for 一..九十九."""
    if "十" not in text:
        return _DIGITS.index(text)
    tens, _, ones = text.partition("十")
    return (_DIGITS.index(tens) if tens else 1) * 10 + (_DIGITS.index(ones) if ones else 0)
