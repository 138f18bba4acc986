"""Chunking by measure: part (一、) → measure (（一）) → level (省知识产权局：/各设区市：) → item (1.).

Documents without that structure fall back to heading-aware paragraph chunks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from langchain_text_splitters import RecursiveCharacterTextSplitter

from index.eligibility import extract, rules_key
from index.figures import extract_figures
from index.loading import Document
from index.records import DEPARTMENTS_SUFFIX_RE, Chunk, from_chinese_numeral

# Bump when the chunk ids, texts or metadata change: an index built by another version is rebuilt.
# The eligibility rules' hash is part of it: they make metadata too.
CHUNKER_VERSION = f"measure-3+{rules_key()}"

CITIES = ("南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁")

_CN_NUM = "[一二三四五六七八九十]+"
PART_RE = re.compile(rf"^({_CN_NUM})、\s*(.+)$")
MEASURE_RE = re.compile(rf"^[（(]({_CN_NUM})[）)]\s*(.+)$")
LEVEL_RE = re.compile(r"^(省知识产权局|各设区市)\s*[：:]\s*$")
ITEM_RE = re.compile(r"^(\d{1,2})\s*[.．、]\s*(.+)$")
REFERENCE_RE = re.compile(r"《([^《》]{2,60})》")
LEVELS = {"省知识产权局": "province", "各设区市": "city"}
MAX_FALLBACK_CHARS = 500


@dataclass
class _Item:
    part: str
    measure_no: int
    measure: str
    level: str
    item: int
    lines: list[str] = field(default_factory=list)


def departments_of(text: str) -> list[str]:
    """「（责任部门：知识产权保护处、省知识产权保护中心）」 → the two departments."""
    match = DEPARTMENTS_SUFFIX_RE.search(text)
    if not match:
        return []
    return [d.strip() for d in re.split(r"[、，,；;]", match.group(1)) if d.strip()]


def cities_of(text: str) -> list[str]:
    return [c for c in CITIES if c in text]


def references_of(text: str) -> list[str]:
    """Titles cited as 《…》, in order, without repeats."""
    return list(dict.fromkeys(REFERENCE_RE.findall(text)))


def _parse_items(text: str) -> list[_Item]:
    items: list[_Item] = []
    part, measure_no, measure, level = "", 0, "", ""
    current: _Item | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if m := PART_RE.match(line):
            part, current, level = line, None, ""
        elif m := MEASURE_RE.match(line):
            measure_no, measure, current, level = from_chinese_numeral(m.group(1)), m.group(2).strip(), None, ""
        elif m := LEVEL_RE.match(line):
            level, current = LEVELS[m.group(1)], None
        elif not (measure_no and level):
            continue  # title and preamble lines before the first measure
        elif (m := ITEM_RE.match(line)) and (current is None or int(m.group(1)) == current.item + 1):
            current = _Item(part, measure_no, measure, level, int(m.group(1)), [m.group(2).strip()])
            items.append(current)
        elif current is None:
            # A level with one unnumbered paragraph is that level's item 1.
            current = _Item(part, measure_no, measure, level, 1, [line])
            items.append(current)
        else:
            current.lines.append(line)
    return items


def _chunk(document: Document, local_id: str, text: str, **place: Any) -> Chunk:
    """A chunk of ``document`` with the facts read from its text; ``place`` says where it stands."""
    eligibility = extract(text)
    return Chunk(
        id=f"{document.doc_id}:{local_id}", doc=document.doc_id, doc_title=document.title, text=text,
        figures=[f.to_dict() for f in extract_figures(text)], cities=cities_of(text),
        references=references_of(text), beneficiaries=eligibility.beneficiaries, benefits=eligibility.benefits,
        topics=eligibility.topics, requires=eligibility.requires, **place,
    )


def _measure_chunks(document: Document) -> list[Chunk]:
    chunks = []
    for parsed in _parse_items(document.text):
        text = "".join(parsed.lines)
        tag = "P" if parsed.level == "province" else "C"
        departments = departments_of(text) if parsed.level == "province" else ["各设区市"]
        chunks.append(_chunk(
            document, f"M{parsed.measure_no:02d}-{tag}-{parsed.item:02d}", text,
            part=parsed.part, measure_no=parsed.measure_no, measure=parsed.measure, level=parsed.level,
            item=parsed.item, departments=departments,
        ))
    return chunks


def _is_heading(line: str) -> bool:
    if line.startswith("#") or PART_RE.match(line) or MEASURE_RE.match(line):
        return True
    if re.match(r"^第[一二三四五六七八九十百零\d]+[章节条部分]", line):
        return True
    return len(line) <= 30 and not re.search(r"[。；;，,：:！？!?]$", line)


def _sections(text: str) -> list[tuple[str, str]]:
    """(heading, body) pairs; text before the first heading has an empty heading."""
    sections: list[tuple[str, list[str]]] = [("", [])]
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if _is_heading(line):
            sections.append((line.lstrip("#").strip(), []))
        else:
            sections[-1][1].append(line)
    return [(heading, "\n".join(body)) for heading, body in sections if body]


def _paragraph_chunks(document: Document) -> list[Chunk]:
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=MAX_FALLBACK_CHARS,
        chunk_overlap=0,
        separators=["\n\n", "\n", "。", "；", "，", ""],
        keep_separator="end",
    )
    chunks = []
    for s, (heading, body) in enumerate(_sections(document.text), start=1):
        for p, piece in enumerate(splitter.split_text(body), start=1):
            piece = piece.strip()
            if not piece:
                continue
            chunks.append(_chunk(document, f"S{s:02d}-{p:02d}", piece, heading=heading))
    return chunks


def chunk_document(document: Document) -> list[Chunk]:
    """Items by measure where the document has that structure, else paragraph chunks."""
    return _measure_chunks(document) or _paragraph_chunks(document)
