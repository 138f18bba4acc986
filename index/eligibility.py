"""Who an item benefits, what it gives, what it is about and what it requires, read by rules.

The rules live in ``index/lexicon/eligibility.toml``; the question side (assistant/profile.py)
reads the same file, so an item and a profile speak the same words.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from index.records import DEPARTMENTS_SUFFIX_RE

RULES_PATH = Path(__file__).resolve().parent / "lexicon" / "eligibility.toml"


@dataclass(frozen=True)
class Rule:
    """One value of a vocabulary (a type, a benefit, a need or a fact) and its patterns."""

    name: str
    item: tuple[re.Pattern[str], ...] = ()
    ask: tuple[re.Pattern[str], ...] = ()
    parents: tuple[str, ...] = ()
    requires: tuple[re.Pattern[str], ...] = ()
    needs: tuple[str, ...] = ()
    designation: bool = False
    grants: tuple[re.Pattern[str], ...] = ()  # (facts) items a holder of the fact benefits from, whoever they name


@dataclass(frozen=True)
class Rules:
    types: tuple[Rule, ...]
    benefits: tuple[Rule, ...]
    needs: tuple[Rule, ...]
    facts: tuple[Rule, ...]


def _compile(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


@cache
def rules() -> Rules:
    data = tomllib.loads(RULES_PATH.read_text(encoding="utf-8"))

    def table(name: str) -> tuple[Rule, ...]:
        return tuple(
            Rule(key, _compile(v.get("item", [])), _compile(v.get("ask", [])), tuple(v.get("parents", [])),
                 _compile(v.get("requires", [])), tuple(v.get("needs", [])), bool(v.get("designation")),
                 _compile(v.get("grants", [])))
            for key, v in data[name].items()
        )

    return Rules(table("types"), table("benefits"), table("needs"), table("facts"))


@cache
def rules_key() -> str:
    """Changes with the rules file: an index whose metadata came from other rules is rebuilt."""
    return hashlib.sha256(RULES_PATH.read_bytes()).hexdigest()[:8]


@dataclass(frozen=True)
class Eligibility:
    """What rules read from one item; lists keep the rules file's order."""

    beneficiaries: list[str]
    benefits: list[str]
    topics: list[str]
    requires: list[str]


def _matching(table: tuple[Rule, ...], text: str) -> list[str]:
    return [r.name for r in table if any(p.search(text) for p in r.item)]


def names_in(table: tuple[Rule, ...], text: str, side: str = "item") -> list[str]:
    """Names whose ``side`` patterns ("item" or "ask") occur, each span counted once, by the first
    (most specific) rule that matches it: 「高新技术企业」 is not also a plain 「企业」."""
    found = []
    for rule in table:
        for pattern in getattr(rule, side):
            text, n = pattern.subn(lambda m: "　" * len(m.group(0)), text)
            if n and rule.name not in found:
                found.append(rule.name)
    return found


def extract(text: str) -> Eligibility:
    """The eligibility of an item from its text (its department suffix is not part of it)."""
    body = DEPARTMENTS_SUFFIX_RE.sub("", text)
    return Eligibility(
        beneficiaries=names_in(rules().types, body),
        benefits=_matching(rules().benefits, body),
        topics=_matching(rules().needs, body),
        requires=[r.name for r in rules().facts if any(p.search(body) for p in r.requires)],
    )
