"""Reading a question: cleaning, what it asks for (intent), its key terms, and whether the corpus covers them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from index.tokenization import stopwords, words

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"

_FIGURE_RE = re.compile(r"多少|几[个家项档]?|金额|比例|额度|上限|最高|最多|奖励|奖金|补贴|资助|资金|钱|万元|[%％]|百分之|分担|承担|担|风险")
_DEPARTMENT_RE = re.compile(r"哪个部门|哪个处|哪个单位|哪家单位|什么部门|谁负责|谁来|归谁|归哪|找谁|找哪|责任部门|负责部门|牵头|处室|对接")
_CITY_RE = re.compile(r"市里|市级|各市|设区市|地级市|市一级|地方上")
_PROVINCE_RE = re.compile(r"省里|省级|省局|省知识产权局|省一级")
_LISTING_RE = re.compile(r"有哪些|哪些支持|什么支持|哪些措施|哪些政策|都有什么|有什么政策|有什么措施|包括什么|包括哪些|有什么扶持|有什么优惠")


class QuestionError(ValueError):
    """The question cannot be answered as given (e.g. empty); the message says what is expected."""


@dataclass(frozen=True)
class Intent:
    """What kind of answer the question wants."""

    figure: bool
    department: bool
    listing: bool
    level: str | None  # "province", "city" or None when the question names no level


def _lexicon(name: str) -> list[str]:
    lines = (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines()
    return [w for line in lines if not line.startswith("#") for w in line.split()]


@cache
def question_words() -> frozenset[str]:
    return frozenset(_lexicon("question_words.txt")) | stopwords()


@cache
def synonyms() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in (LEXICON_DIR / "synonyms.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            term, _, alternatives = line.partition("\t")
            table[term.strip()] = tuple(alternatives.split())
    return table


@cache
def places_outside() -> frozenset[str]:
    return frozenset(_lexicon("places_outside.txt"))


def clean(question: str, limit: int) -> tuple[str, bool]:
    """Normalise width, drop control characters, cut at ``limit``; returns (text, was_cut).

    Raises:
        QuestionError: the question is empty or only white space / control characters.
    """
    text = unicodedata.normalize("NFKC", question or "")
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch in "\n\t")
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        raise QuestionError("问题为空：请输入要咨询的政策问题，例如「我能拿到多少专利奖奖励」。")
    return text[:limit], len(text) > limit


def intent_of(question: str) -> Intent:
    city = bool(_CITY_RE.search(question))
    province = bool(_PROVINCE_RE.search(question))
    return Intent(
        figure=bool(_FIGURE_RE.search(question)),
        department=bool(_DEPARTMENT_RE.search(question)),
        listing=bool(_LISTING_RE.search(question)),
        level="city" if city and not province else "province" if province and not city else None,
    )


def key_terms(question: str) -> list[str]:
    """The content words of the question (two characters or more, not asking words)."""
    ignore = question_words()
    terms = [w for w in words(question) if len(w) >= 2 and w not in ignore and not w.isdigit()]
    return list(dict.fromkeys(terms))


def term_covered(term: str, text: str) -> bool:
    """Whether ``text`` contains the term or one of its synonyms (or, for a long term, both its halves)."""
    if term in text or any(alt in text for alt in synonyms().get(term, ())):
        return True
    if len(term) >= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", term):
        half = len(term) // 2
        return term[:half] in text and term[half:] in text
    return False


def outside_places(question: str) -> list[str]:
    return [p for p in places_outside() if p in question]
