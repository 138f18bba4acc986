"""An asker's profile (city, kinds of entity, needs, facts): from JSON, a form, or a first-person question."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from assistant.question import AMOUNT_ASKED_RE, QuestionError
from index.chunking import CITIES
from index.eligibility import names_in, rules
from index.tokenization import domain_terms

_QUOTES_RE = re.compile(r"[\s“”\"'「」『』]")
# Who acts, not what about: a department (知识产权服务处), an office or a level (省知识产权局, 设区市).
_ACTOR_RE = re.compile(r"处$|局$|设区市")
# "我是…", "我们公司…", "本单位…": the asker speaks of themselves; not "给我原文", "帮我查", where a
# staff member asks for something on someone else's behalf.
_FIRST_PERSON_RE = re.compile(r"(?<![给帮替诉让请])我|咱|本公司|本单位|本企业|本厂|本校")
# Asks what applies to them, rather than about one measure.
_WHAT_APPLIES_RE = re.compile(
    r"哪些(?:支持|政策|措施|扶持|优惠|补贴|奖励|服务)|什么(?:支持|政策|措施|扶持|优惠|补贴|服务)|能享受|可以享受|"
    r"享受哪些|享受什么|能拿到什么|能得到什么|能申请什么|可以申请什么|适用哪些|适用什么|符合哪些|有没有(?:支持|政策|补贴)"
)
# The asker's own wish, close after the words naming them or opening a clause of theirs: "我们公司想融资",
# "我们是无锡的高企，想加快…", not the 计划 of 商标品牌培育计划.
_WANT_RE = re.compile(rf"(?:(?:{_FIRST_PERSON_RE.pattern})[们家]?[^，,。？?；;]{{0,4}}?|(?:^|[，,；;])\s*)"
                      r"(?:想|需要|打算|准备|计划|希望)要?")
# A question of its own ("…专利能抵押吗", "…质押贷款，能行不", "有人帮忙对接不", "成交了市里有没有奖", "…奖多少", "万一还不上谁兜底", "我要原文", "啥园区才行") is answered
# from the measure it asks about; so is one ending in A-not-A and what it acts on ("省里给不给指导").
# An amount asked ("省里兜底几成") is one measure's figure; so is who acts ("该依托哪个机构去报") and where
# ("省里看好哪几个地方"), and which members ("省里点了哪几家保险公司的名"); and what is said of a thing
# ("啥态度") or a thing asked for by name ("什么申请指南").
_SPECIFIC_RE = re.compile(r"(?:吗|么|[^\W\d_]不|没有?|([行能成好])不\1|有没有[\u4e00-\u9fff]{1,4}|"
                          # a thing of its own, qualified ("市里有没有专门的培育资金"), not support in general
                          r"有没有[\u4e00-\u9fff]{1,6}的(?![\u4e00-\u9fff]*(?:政策|支持|扶持|措施|优惠|服务))[\u4e00-\u9fff]{2,4}|"
                          r"([\u4e00-\u9fff])[不没]\2[\u4e00-\u9fff]{0,4})\s*[？?]?\s*$|"
                          rf"{AMOUNT_ASKED_RE.pattern}|几[档万]|哪个部门|哪个处|哪[个家](?:机构|单位|平台)|哪几[家个所位]|哪[几些]个?(?:城市|地方|地区|市|县)|谁|多久|多长时间|什么时候|哪一?年|"
                          r"原文|哪一?条|哪一?项|出自|才行|才可以|才能|什么样|啥样|条件|门槛|"
                          # what the policy says of one thing ("对这种新路子是个啥态度"), or a thing of its own
                          # asked for by name ("有没有出过什么申请指南"), not support in general
                          r"(?:什么|啥)(?:态度|说法|看法)|(?:什么|啥)(?!支持|政策|措施|扶持|优惠|补贴|服务|奖励|好处)"
                          r"[\u4e00-\u9fff]{2,6}\s*[？?]?\s*$")


class Profile(BaseModel):
    """Who asks: ``{"city": "苏州", "types": ["企业", "专精特新小巨人"], "needs": ["融资"], "facts": []}``."""

    model_config = ConfigDict(extra="forbid")

    city: str | None = None
    types: list[str] = []
    needs: list[str] = []
    facts: list[str] = []

    @field_validator("city", mode="before")
    @classmethod
    def _city(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if not isinstance(value, str):
            raise ValueError("city 应为字符串")  # noqa: TRY004 - pydantic reports ValueError, not TypeError
        city = _QUOTES_RE.sub("", value).removesuffix("市")
        if city not in CITIES:
            raise ValueError(f"未知的设区市「{value}」；可选：{'、'.join(CITIES)}")
        return city

    @field_validator("types", "needs", "facts", mode="before")
    @classmethod
    def _known(cls, value: object, info: Any) -> object:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{info.field_name} 应为字符串列表")
        accepted = vocabulary()[info.field_name]
        cleaned = [_QUOTES_RE.sub("", v) for v in value]
        unknown = [v for v, c in zip(value, cleaned, strict=True) if c not in accepted]
        if unknown:
            raise ValueError(f"未知的取值「{'、'.join(unknown)}」；可选：{'、'.join(accepted)}")
        return list(dict.fromkeys(cleaned))

    def kinds(self) -> set[str]:
        """The profile's types with the broader kinds they imply (小巨人 → 中小企业, 企业)."""
        parents = {r.name: r.parents for r in rules().types}
        return set(self.types) | {p for t in self.types for p in parents.get(t, ())}

    def wanted(self) -> set[str]:
        """What the asker needs, with what their facts make relevant (已获专利奖 → 奖励)."""
        implied = {r.name: r.needs for r in rules().facts}
        return set(self.needs) | {n for f in self.facts for n in implied.get(f, ())}

    def summary(self) -> str:
        """「苏州 · 专精特新小巨人、企业 · 需求：融资」."""
        parts = [f"{self.city}市" if self.city else "", "、".join(self.types),
                 f"需求：{'、'.join(self.needs)}" if self.needs else "", "、".join(self.facts)]
        return " · ".join(p for p in parts if p)


def vocabulary() -> dict[str, list[str]]:
    """The accepted values of each profile field, in the rules file's order."""
    r = rules()
    return {"city": list(CITIES), "types": [t.name for t in r.types], "needs": [n.name for n in r.needs],
            "facts": [f.name for f in r.facts]}


def profile_error(exc: ValidationError) -> str:
    def message(error: Any) -> str:
        if error["type"] == "extra_forbidden":
            return f"未知的字段；可用字段：{'、'.join(Profile.model_fields)}"
        return str(error["msg"]).removeprefix("Value error, ")

    return "；".join(f"{'.'.join(map(str, e['loc'])) or '画像'}：{message(e)}" for e in exc.errors())


def parse_profile(data: object) -> Profile:
    """A profile from decoded JSON; raises QuestionError naming each unknown value and the accepted ones."""
    if not isinstance(data, dict):
        raise QuestionError('画像应为 JSON 对象，例如 {"city": "苏州", "types": ["企业"], "needs": ["融资"]}')
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        raise QuestionError(f"画像无效：{profile_error(exc)}") from exc


def read_profile(path: Path) -> Profile:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise QuestionError(f"找不到画像文件：{path}") from exc
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise QuestionError(f"画像文件不是有效的 JSON：{path}（{exc}）") from exc
    return parse_profile(data)


def profile_from_text(text: str) -> Profile:
    """What a question says of the asker: 「我是苏州的专精特新小巨人企业」 → 苏州, 专精特新小巨人."""
    r = rules()
    city = next((c for c in CITIES if c in text), None)
    types = names_in(r.types, text, "ask")
    implied = {p for rule in r.types if rule.name in types for p in rule.parents}
    return Profile(city=city, types=[t for t in types if t not in implied], needs=names_in(r.needs, text, "ask"),
                   facts=names_in(r.facts, text, "ask"))


def _names_a_measure(text: str) -> bool:
    """Whether ``text`` names a thing of the domain (保护中心, 苏知贷, 专利导航) besides the asker's kind, needs,
    facts and city, which say who asks and what for; a department or level says who acts, not what about."""
    r = rules()
    for rule in (*r.types, *r.needs, *r.facts):
        for pattern in rule.ask:
            text = pattern.sub(lambda m: "　" * len(m.group(0)), text)
    return any(t in text for t in domain_terms() if len(t) >= 3 and not _ACTOR_RE.search(t) and t not in CITIES)


def wants_matching(text: str) -> bool:
    """First-person questions about what applies to the asker: 「我们公司想融资」, 「我是…能享受哪些支持」.

    A question about one measure (「我能拿到多少专利奖奖励」, 「我们公司想借钱，专利能抵押吗」) is
    answered from that measure instead.
    """
    if not _FIRST_PERSON_RE.search(text):
        return False
    wants = [names_in(rules().needs, text[m.end():m.end() + 8], "ask") for m in _WANT_RE.finditer(text)]
    # Asking what applies, a want no need names is one measure's matter (「我们想请外国专利代理机构来常驻，有没有
    # 政策」); otherwise a specific question is, and so is one wanting nothing the needs name.
    wanted = (not wants or any(wants)) if _WHAT_APPLIES_RE.search(text) else \
        not _SPECIFIC_RE.search(text) and any(wants)
    # Either way, so is a policy thing named beside who the asker is (「咱们是高新技术企业，在当地保护中心备了案能享受
    # 点啥」) or wanted (「我们镇上想建个商标品牌指导站，市里会不会给点资金项目扶持」).
    return wanted and not _names_a_measure(text)
