"""Chunking by structure, tried in this order:

- a task list by measure: part (一、) → measure (（一）) → level (省知识产权局：/各设区市：) → item (1.);
- a regulation by article: chapter (第一章) → section (第一节) → article (第五条), its 款 and 项 inside it;
- anything else: heading-aware paragraph chunks.

Each chunk records its document's kind (task_list, regulation, note) and source (corpus, upload).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from langchain_text_splitters import RecursiveCharacterTextSplitter

from index.eligibility import extract, rules_key
from index.figures import extract_figures
from index.loading import UPLOADS_DIR, Document
from index.records import DEPARTMENTS_SUFFIX_RE, Chunk, from_chinese_numeral

# Bump when the chunk ids, texts or metadata change: an index built by another version is rebuilt.
# The eligibility rules' hash is part of it: they make metadata too.
CHUNKER_VERSION = f"measure-4+{rules_key()}"

CITIES = ("南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁")

_CN_NUM = "[一二三四五六七八九十]+"
PART_RE = re.compile(rf"^({_CN_NUM})、\s*(.+)$")
MEASURE_RE = re.compile(rf"^[（(]({_CN_NUM})[）)]\s*(.+)$")
LEVEL_RE = re.compile(r"^(省知识产权局|各设区市)\s*[：:]\s*$")
ITEM_RE = re.compile(r"^(\d{1,2})\s*[.．、]\s*(.+)$")
REFERENCE_RE = re.compile(r"《([^《》]{2,60})》")
LEVELS = {"省知识产权局": "province", "各设区市": "city"}
MAX_FALLBACK_CHARS = 500
_NUMERAL = "[一二三四五六七八九十百零〇两]+"
CHAPTER_RE = re.compile(rf"^第({_NUMERAL})章\s*(.*)$")
SECTION_RE = re.compile(rf"^第({_NUMERAL})节\s*(.*)$")
ARTICLE_RE = re.compile(rf"^第({_NUMERAL})条\s*(.*)$")
# A regulation has at least this many articles; one "第一条" in a note is not a structure.
MIN_ARTICLES = 2


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


def source_of(document: Document) -> str:
    """"upload" for a document staff uploaded (it lives in the corpus's uploads folder), else "corpus"."""
    return "upload" if document.path.parent.name == UPLOADS_DIR else "corpus"


def _chunk(document: Document, local_id: str, text: str, kind: str, **place: Any) -> Chunk:
    """A chunk of ``document`` with the facts read from its text; ``place`` says where it stands."""
    eligibility = extract(text)
    return Chunk(
        id=f"{document.doc_id}:{local_id}", doc=document.doc_id, doc_title=document.title, text=text,
        kind=kind, source=source_of(document),
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
            document, f"M{parsed.measure_no:02d}-{tag}-{parsed.item:02d}", text, "task_list",
            part=parsed.part, measure_no=parsed.measure_no, measure=parsed.measure, level=parsed.level,
            item=parsed.item, departments=departments,
        ))
    return chunks


def _number(numeral: str) -> int:
    """第十二条 → 12, 第一百零五条 → 105 (the numerals articles are written in)."""
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
    total, current = 0, 0
    for char in numeral:
        if char in digits:
            current = digits[char]
        else:  # 十 or 百
            total += (current or 1) * (10 if char == "十" else 100)
            current = 0
    return total + current


def _article_chunks(document: Document) -> list[Chunk]:
    """One chunk per article (第五条 …), its 款 and 项 included, under its chapter and section."""
    chapter = section = ""
    articles: list[tuple[int, str, list[str]]] = []  # (number, heading path, lines)
    for raw in document.text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if CHAPTER_RE.match(line):
            chapter, section = line, ""
        elif SECTION_RE.match(line):
            section = line
        elif match := ARTICLE_RE.match(line):
            number = _number(match.group(1))
            path = " › ".join(p for p in (chapter, section, f"第{match.group(1)}条") if p)
            articles.append((number, path, [line]))
        elif articles:
            articles[-1][2].append(line)
    if len(articles) < MIN_ARTICLES:
        return []
    return [_chunk(document, f"A{number:03d}", "\n".join(lines), "regulation", heading=path, item=number)
            for number, path, lines in articles]


def _is_heading(line: str) -> bool:
    if line.startswith("#") or PART_RE.match(line) or MEASURE_RE.match(line):
        return True
    if re.match(r"^第[一二三四五六七八九十百零\d]+(?:章|节|部分)", line):  # an article (第五条…) is text
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
            chunks.append(_chunk(document, f"S{s:02d}-{p:02d}", piece, "note", heading=heading))
    return chunks


def chunk_document(document: Document) -> list[Chunk]:
    """Items by measure, else articles, else paragraph chunks: the first structure the document has."""
    return _measure_chunks(document) or _article_chunks(document) or _paragraph_chunks(document)


def structure_of(chunks: list[Chunk]) -> str:
    """What a document was read as, in words for staff: 任务清单（按措施）, 法规（按条）, 普通文档（按段落）."""
    kind = chunks[0].kind if chunks else ""
    return {"task_list": "任务清单（按措施、层级、条目）", "regulation": "法规规章（按章、节、条）",
            "note": "普通文档（按标题和段落）"}.get(kind, "未识别出结构")
