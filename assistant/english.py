"""English questions: detected, given the policy's Chinese words for retrieval, and answered in an English frame.

The quotes stay Chinese (they are the policy's words); amounts also appear as RMB digits.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from index.figures import extract_figures

LEXICON = Path(__file__).resolve().parent / "lexicon" / "bilingual.tsv"
_LATIN_RE = re.compile(r"[A-Za-z]")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
# What an English question asks, in the words the Chinese reading of a question looks for.
_ASKING = (
    (re.compile(r"\bhow much\b|\bhow many\b|\bamount\b|\bwhat share\b|\btarget number\b", re.IGNORECASE), "多少"),
    (re.compile(r"\breward\b|\bfunding\b|\bgive\b|\bget\b", re.IGNORECASE), "奖励"),
    (re.compile(r"\bwhich department\b|\bwho\b|\bin charge\b|\bresponsible\b|\bhandles?\b", re.IGNORECASE), "哪个部门"),
    (re.compile(r"\bhow often\b|\bwhen\b|\bwhich year\b", re.IGNORECASE), "多久"),
    (re.compile(r"\bwhat (?:support|measures)\b|\bis there (?:support|funding)\b", re.IGNORECASE), "有哪些支持"),
)


def is_english(text: str) -> bool:
    """Mostly Latin letters and (almost) no Chinese characters."""
    return len(_LATIN_RE.findall(text)) > 3 * len(_HAN_RE.findall(text)) and bool(_LATIN_RE.search(text))


@cache
def lexicon() -> tuple[tuple[str, str], ...]:
    rows = []
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            english, _, chinese = line.partition("\t")
            rows.append((english.strip().lower(), chinese.strip()))
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


def chinese_reading(text: str) -> str:
    """The policy's Chinese words for an English question, and what it asks ("多少", "哪个部门")."""
    rest, found = f" {text.lower()} ", []
    for english, chinese in lexicon():
        pattern = re.compile(rf"(?<![a-z]){re.escape(english)}(?:s|es)?(?![a-z])")  # plurals too
        if pattern.search(rest):
            found.append(chinese)
            rest = pattern.sub(" ", rest)
    found += [marker for pattern, marker in _ASKING if pattern.search(text)]
    return " ".join(dict.fromkeys(found))


def rmb(text: str) -> str:
    """'30万元' → '30万元 (RMB 300,000)' for each money figure in a line."""
    def one(match: re.Match[str]) -> str:
        figure = extract_figures(match.group(0))
        if not figure or figure[0].kind != "money":
            return match.group(0)
        return f"{match.group(0)} (RMB {figure[0].value:,.0f})"
    return re.sub(r"\d+(?:\.\d+)?(?:亿元|万元)", one, text)
