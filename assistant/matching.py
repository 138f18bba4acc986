"""政策匹配: the items that apply to a profile, grouped by what they give, with amounts, contacts and citations.

An item applies when it gives something (its benefits) to a kind of entity the asker is, is about
what the asker needs (when needs are given), and asks for no fact the asker lacks; an item naming
no one applies when it is about a stated need and gives money, a reward, a risk share or a service. An item written for the asker's specific kind (专精特新小巨人)
applies whatever the need; one naming cities applies to those cities only (unless it also says
「其他…城市」). Province items come first, then the duties of the asker's city.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from assistant.answer import departments_text
from assistant.evidence import body, has_figure, sentences
from assistant.profile import Profile
from assistant.prompts import Templates
from index.eligibility import rules
from index.figures import extract_figures
from index.records import Chunk

PLACE = "设区市"  # an item for a city as a place benefits those in it
CONCRETE_BENEFITS = {"资金支持", "奖励", "风险补偿", "服务"}
_OTHER_PLACES_RE = re.compile(r"其他[^。；]{0,8}(?:城市|地区|地方)|各地|各市")
_MAX_QUOTED = 3


@dataclass(frozen=True)
class Match:
    """One applicable item: what it gives (its first benefit), its figures, its contact and why it applies."""

    chunk: Chunk
    benefit: str
    amounts: list[str]
    quote: list[str]
    contact: str
    reason: str
    weight: int  # how specifically it applies: 3 written for the asker's kind or fact, 2 names their city, …

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.chunk.id, "path": self.chunk.path, "level": self.chunk.level, "benefit": self.benefit,
                "amounts": self.amounts, "quote": self.quote, "contact": self.contact, "reason": self.reason,
                "weight": self.weight,
                "text": self.chunk.text}


@dataclass
class MatchResult:
    profile: Profile
    matches: list[Match] = field(default_factory=list)
    not_covered: list[str] = field(default_factory=list)
    depends_on_city: bool = False  # an applicable item names cities, and the profile has none

    def to_dict(self) -> dict[str, Any]:
        groups: dict[str, list[dict[str, Any]]] = {}
        for m in self.matches:
            groups.setdefault(m.benefit, []).append(m.to_dict())
        return {"profile": self.profile.model_dump(), "groups": groups, "not_covered": self.not_covered}


def _quote(chunk: Chunk, profile: Profile) -> list[str]:
    """The item's own sentences that say what applies: those with figures; else the first naming the
    asker's kind or need and the first naming a concrete benefit; else the first sentence."""
    parts = sentences(body(chunk))
    with_figures = [s for s in parts if has_figure(s)]
    if with_figures:
        return with_figures[:_MAX_QUOTED]
    r = rules()
    relevant = [rule for rule in (*r.types, *r.needs) if rule.name in profile.kinds() | profile.wanted()]
    about = next((s for s in parts if any(p.search(s) for rule in relevant for p in rule.item)), None)
    gives = next((s for s in parts if any(p.search(s) for rule in r.benefits if rule.name in CONCRETE_BENEFITS
                                          for p in rule.item)), None)
    chosen = [s for s in parts if s in (about, gives)]
    return chosen[:2] or parts[:1]


def _amounts(chunk: Chunk) -> list[str]:
    return list(dict.fromkeys(f.qualifier + f.text for f in extract_figures(body(chunk))
                              if f.kind in ("money", "percent")))


class Matcher:
    """Match profiles against the items of one index."""

    def __init__(self, chunks: list[Chunk], templates: Templates) -> None:
        # Only the task list's own items are measures one can be matched to: never an uploaded note or rule.
        self.chunks = [c for c in chunks if c.benefits and c.kind == "task_list" and c.source == "corpus"]
        self.t = templates
        self._designations = {r.name for r in rules().types if r.designation}

    def _reason(self, chunk: Chunk, profile: Profile) -> tuple[str, int] | None:
        """Why the item applies to the profile and how specifically (3 written for them … 0 generic), or None."""
        if not set(chunk.requires) <= set(profile.facts):
            return None
        named = bool(chunk.cities) and profile.city in chunk.cities
        others = bool(chunk.cities) and chunk.level != "city" and bool(_OTHER_PLACES_RE.search(chunk.text))
        if chunk.cities and profile.city and not named and not others:
            return None
        targeted = set(chunk.beneficiaries) & set(profile.types) & self._designations
        if targeted:
            return f"面向{'、'.join(sorted(targeted))}", 3
        granted = [f.name for f in rules().facts if f.name in profile.facts and any(p.search(body(chunk)) for p in f.grants)]
        if granted:
            return f"您{'、'.join(granted)}", 3
        if chunk.requires:
            return f"面向{'、'.join(chunk.requires)}的单位", 3
        wanted = profile.wanted()
        topical = set(chunk.topics) & wanted
        if wanted and not topical:
            return None
        about = f"，涉及{'、'.join(t for t in chunk.topics if t in topical)}" if topical else ""
        who = set(chunk.beneficiaries) & profile.kinds()
        for_place = who or not chunk.beneficiaries or PLACE in chunk.beneficiaries  # 「支持南京、苏州等地…」
        if named and for_place:
            return f"点名{profile.city}{about}", 2
        if others and profile.city and for_place:
            return f"含其他有条件的城市{about}", 1
        if chunk.cities and profile.city is None and for_place:
            return f"点名{'、'.join(chunk.cities)}{about}", 1
        if who:
            return f"面向{'、'.join(b for b in chunk.beneficiaries if b in who)}{about}", int(bool(topical))
        if not chunk.beneficiaries and topical and set(chunk.benefits) & CONCRETE_BENEFITS:
            return f"未限定对象{about}", 0
        return None

    def _contact(self, chunk: Chunk, profile: Profile) -> str:
        if chunk.level == "city":
            return f"{profile.city}市知识产权局（各设区市职责）" if profile.city else "所在设区市知识产权局"
        return departments_text(chunk) or chunk.doc_title

    def match(self, profile: Profile) -> MatchResult:
        result = MatchResult(profile)
        order = {r.name: i for i, r in enumerate(rules().benefits)}
        found = []
        for chunk in self.chunks:
            applies = self._reason(chunk, profile)
            if applies is None:
                continue
            benefit = min(chunk.benefits, key=order.__getitem__)
            found.append(Match(chunk, benefit, _amounts(chunk), _quote(chunk, profile), self._contact(chunk, profile),
                               *applies))
        if profile.city is None:  # would an item naming cities apply in one of them?
            result.depends_on_city = any(self._reason(c, profile.model_copy(update={"city": city}))
                                         for c in self.chunks if c.cities for city in c.cities)
        level_rank = {"province": 0, "city": 1}
        result.matches = sorted(found, key=lambda m: (level_rank.get(m.chunk.level, 2), order[m.benefit], -m.weight))
        result.not_covered = self._not_covered(result)
        return result

    def _not_covered(self, result: MatchResult) -> list[str]:
        profile, topics = result.profile, {t for m in result.matches for t in m.chunk.topics}
        who = "、".join(profile.types) or "您"
        lines = [self.t.fill("match_need_absent", need=n, who=who) for n in profile.needs if n not in topics]
        city_items = any(m.chunk.level == "city" for m in result.matches)
        if city_items:
            lines.append(self.t.fill("match_city_limits", city=f"{profile.city}市" if profile.city else "所在设区市"))
        lines.append(self.t.raw("match_limits"))
        return lines

    def compose(self, result: MatchResult) -> str:
        """The answer text: matches grouped (province by benefit, then the city's duties), each cited [n] in order."""
        profile = result.profile.summary() or "未说明"
        if not result.matches:
            lines = [self.t.fill("match_none", profile=profile)]
        else:
            lines = [self.t.fill("match_header", profile=profile)]
            section = None
            for n, m in enumerate(result.matches, start=1):
                city = result.profile.city and f"{result.profile.city}市" or "设区市"
                heading = (self.t.fill("match_city_group", city=city) if m.chunk.level == "city"
                           else self.t.fill("match_group", benefit=m.benefit))
                if heading != section:
                    lines += ["", heading]
                    section = heading
                lines.append(self.t.fill("match_item", quote="".join(m.quote), n=n, reason=m.reason, contact=m.contact))
        lines += ["", self.t.raw("match_not_covered"), *(f"- {line}" for line in result.not_covered)]
        return "\n".join(lines)
