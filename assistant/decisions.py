"""The answer engine's decisions, each a small named function that says what it decided and why.

Every decision returns a ``Decision`` that goes into ``Answer.trace``: ``ask --explain``, the chat's
「为什么这样回答」 panel and the evaluation report all show the same record.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from assistant.evidence import (
    FUNDING_RE,
    amount_named_at,
    body,
    clauses,
    enumerates_kind,
    has_figure,
    names_documents,
    names_members,
    sentences,
    states_money,
)
from assistant.evidence_model import CoverageModel, Evidence
from assistant.plan import (
    COUNT_UNIT_RE,
    FRAMING_NOUNS,
    ITEM_NOUNS,
    MONEY_NOUN_RE,
    NAMED_QUANTITIES,
    Plan,
    frequencies,
    names_new_subject,
)
from assistant.question import (
    FIGURE_WORD_RE,
    LEVEL_WORD_RE,
    PERIOD_WORD_RE,
    AskedAttribute,
    asked_attributes,
    department_names,
    key_terms,
    question_words,
    term_covered,
)
from assistant.records import Source
from assistant.settings import Thresholds
from index.chunking import CITIES
from index.figures import extract_figures
from index.records import Chunk
from index.tokenization import (
    names_a_thing,
    names_an_act,
    place_names,
    segments,
    tentative_verb,
    things_and_acts,
    tokenize,
    word_frequency,
)
from index.tokenization import words as word_list

# Words by which a question asks for money.
_MONEY_ASKED_RE = re.compile(r"钱|资金|奖励|奖金|补助|补贴|资助|[奖给补]多少|万元|铜钿|funding|award|RMB|yuan", re.IGNORECASE)
# The kind of figure a count asked by its unit needs (plan: 几项 → 数量, 多少天 → 天数); the task list states
# no durations in days or months, so none answers those.
_COUNT_KINDS = {"数量": "count", "人数": "count", "名额": "count", "科目数": "count", "分值": "count",
                "天数": "duration", "工作日数": "duration", "月数": "duration", "周数": "duration", "时长": "duration", "课时": "duration"}
# The units a count of people, places (for people or organisations), subjects or points is stated in.
_COUNT_UNITS = {"人数": ("人", "名"), "名额": ("人", "名", "个", "家"), "科目数": ("门", "科"), "分值": ("分",)}
# Words naming a time or a period themselves: 有效期, 办理时间, 年限.
_TIME_NOUN_RE = re.compile(r"期|时间|时限|年限|时长|日期")
# A word naming a time itself, which the asker may call what the item states ("目标年份": 2025年).
_TIME_WORD_RE = re.compile(rf"{_TIME_NOUN_RE.pattern}|年份|年度|月份|时候|时点|节点")
# A light verb, whose object is the thing a requirement asks for: 提供担保, 缴纳保证金.
_LIGHT_VERB_RE = re.compile(r"提供|缴纳|交纳|出具|开具|办理|交|缴|出")
# Paying money back or in: 退钱, 交费, 返还资金, 结余要退回.
_PAYING_RE = re.compile(r"[退交还缴返赔罚扣付](?:钱|款|费|资金)|退回|退还|返还|上缴")
# Whether the policy endorses a thing ("支不支持", "鼓励吗", "让不让搞"), and an item's words doing so.
_ENDORSEMENT_ASKED_RE = re.compile(r"支不支持|鼓不鼓励|让不让|准不准|允不允许|提不提倡|赞不赞成|"
                                   r"(?:支持|鼓励|允许|提倡|赞成)(?:吗|么|嘛|不|没)")
_ENDORSING_RE = re.compile(r"支持|鼓励|推动|推进|引导|探索|倡导|指导")
# A benefit an item offers, with or without an amount: 资金支持, 奖励, 表扬激励.
_BENEFIT_STATED_RE = re.compile(rf"{FUNDING_RE.pattern}|激励|表彰|表扬")
_NUMERAL_RE = re.compile(r"^[一二三四五六七八九十百千万两几每]+[件个项次家成份批条张类种笔]?$")


@dataclass(frozen=True)
class Decision:
    """One step of the engine: its name, what it decided, why, and the inputs it decided on."""

    name: str
    outcome: str
    reason: str
    inputs: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"decision": self.name, "outcome": self.outcome, "reason": self.reason, "inputs": self.inputs}


@dataclass(frozen=True)
class Coverage:
    """What the text covers of the question: "answer", "unstated" (named in ``unstated``) or "out_of_scope"."""

    outcome: str
    unstated: list[str] = field(default_factory=list)


class Weights:
    """Inverse document frequencies of terms over the items: 专利导航 weighs more than 项目."""

    def __init__(self, chunks: list[Chunk]) -> None:
        self.texts = [c.search_text for c in chunks]
        self._df: dict[str, int] = {}

    def frequency(self, term: str) -> int:
        """How many items name ``term`` (synonyms count)."""
        if term not in self._df:
            self._df[term] = sum(term_covered(term, t) for t in self.texts)
        return self._df[term]

    def idf(self, term: str) -> float:
        return math.log((len(self.texts) + 1) / (self.frequency(term) + 0.5))

    def share(self, terms: list[str], text: str) -> float:
        total = sum(self.idf(t) for t in terms)
        return sum(self.idf(t) for t in terms if term_covered(t, text)) / total if total > 0 else 0.0


def subject_shares(terms: list[str], chunks: list[Chunk], weights: Weights) -> list[float]:
    """Each item's IDF-weighted share of the question's subject: its terms less the money words (钱, 补贴) and
    periods (两年, 每年), which say what is asked or asserted, not what about: "中国专利奖是两年评一次对吧" is about
    中国专利奖's item, not the 江苏专利奖 item that writes 每两年."""
    subject = [t for t in terms if not FIGURE_WORD_RE.search(t) and not PERIOD_WORD_RE.match(t)] or terms
    return [weights.share(subject, c.search_text) for c in chunks]


def subject_items(terms: list[str], sources: list[Source], weights: Weights, fraction: float,
                  depth: int = 5, first: bool = True) -> list[Chunk]:
    """The top items that are about the subject ``terms`` name (weighted term share near the best one's); when
    none names any of them, the first item, or with ``first`` False none."""
    top = [s.chunk for s in sources[:depth]]
    shares = subject_shares(terms, top, weights)
    best = max(shares, default=0.0)
    about = [c for c, share in zip(top, shares, strict=True) if best > 0 and share >= fraction * best]
    return about or top[:1] if first else about


def sharing_the_subject(terms: list[str], best: Chunk, stating: list[Chunk], weights: Weights,
                        share: float) -> list[Chunk]:
    """The items of ``stating`` (those stating what is asked) that are about the subject of ``best``, the item
    most about the question's subject.

    They share a distinctive subject word with it: one at most half the items name (维权援助, 基金), not
    知识产权, which every item's department holds. "知识产权维权援助基金每年能给企业多少钱" is not answered by
    the 中国专利奖 amounts, which share only 知识产权 and 每年 with it. And between them they name every
    thing it names of the question, by IDF weight at least ``share``: "知识产权工作站绩效评价拿了优秀能奖多少钱"
    is not answered by the 示范中心's 绩效评价 awards, which name no 工作站; "中国专利优秀奖和江苏专利奖优秀奖
    加起来多少" is, by the two prizes' items together.
    """
    subject = [t for t in terms if not FIGURE_WORD_RE.search(t)] or terms
    held = [t for t in subject if term_covered(t, best.search_text) and weights.frequency(t) * 2 <= len(weights.texts)]
    sharing = [c for c in stating if c is best or any(term_covered(t, c.search_text) for t in held)]
    things = [t for t in held if names_a_thing(t) and t not in CITIES]  # a city says where, not what
    together = "\n".join(c.search_text for c in sharing)
    return sharing if not things or weights.share(things, together) >= share else []


def _city_work_asked(chunk: Chunk, terms: list[str], among: list[Chunk]) -> bool:
    """Whether a city duty is the only item ``among`` holding a word of the question ("谁来组织参展": 参展, which
    only the cities' item on the design fair writes): the work asked about, though a question of who is
    responsible is otherwise answered by the provincial items, the only ones naming a department. A place or
    level says where, not what work (南京 of "南京苏州要做什么")."""
    return chunk.level == "city" and any(
        term_covered(t, chunk.search_text) and not any(term_covered(t, c.search_text) for c in among if c is not chunk)
        for t in terms if not place_names(t) and not LEVEL_WORD_RE.match(t))


def rerank(plan: Plan, sources: list[Source]) -> tuple[list[Source], Decision]:
    """Put first, keeping retrieval order otherwise, the items that can answer what is asked.

    An informal note (a document without a task list's or a regulation's structure) comes after
    the measures and articles; "归哪个处室" (no level named): provincial items, the only ones naming
    a department, unless a city duty holds a word of the question none of them does; "多久": items
    stating a time; "多少钱": an item whose enumeration names the amount asked word for word, else, when
    the top item states no figure, the first item of the same measure that does (a city duty above its
    provincial amount).
    """
    intent = plan.intent
    # An English question's terms are the lexicon's Chinese for its phrases, so the items holding more of them
    # come first ("Does the province support patent pools?": 专利池, not the 省级 that "province" adds).
    english = plan.language == "en" and bool(plan.terms)
    chunks = [s.chunk for s in sources]

    def key(source: Source) -> tuple[bool, bool, bool, int]:
        return (
            source.chunk.kind == "note",
            intent.department and intent.level is None and source.chunk.level != "province"
            and not _city_work_asked(source.chunk, plan.terms, chunks),
            any(not a.evidence.search(body(source.chunk)) for a in plan.asked),
            -sum(term_covered(t, source.chunk.search_text) for t in plan.terms) if english else 0,
        )

    ranked = sorted(sources, key=key)
    reason = "retrieval order"
    if ranked != sources:
        reason = "items naming a department or stating what is asked moved up"
    # "地理标志项目支持多少": the item whose enumeration names that amount word for word (工业品牌项目、地理标志项目，
    # 分别给予…) before one that only resembles it (…重点联系指导项目…50万元); of items naming amounts asked, the
    # one naming the amount asked first ("中国专利银奖…跟江苏专利奖金奖比"); of the level asked, when one is ("江苏
    # 专利奖金奖奖多少" then "市里呢": the cities' item on the prize, not the province's naming its amounts).
    named_at = {s.chunk.id: at for s in ranked if (at := _amount_asked_at(plan, s.chunk)) >= 0} \
        if intent.figure or plan.asks_amount else {}
    naming = min((s for s in ranked if s.chunk.id in named_at), key=lambda s: named_at[s.chunk.id], default=None)
    if naming and naming is not ranked[0]:
        ranked = [naming] + [s for s in ranked if s is not naming]
        reason = f"amount asked: {naming.chunk.id} names it word for word"
    elif intent.figure and ranked and ranked[0].chunk.measure_no and not has_figure(body(ranked[0].chunk)):
        top = ranked[0].chunk
        same = next((s for s in ranked[1:] if (s.chunk.doc, s.chunk.measure_no) == (top.doc, top.measure_no)
                     and has_figure(body(s.chunk))), None)
        if same:
            ranked = [same] + [s for s in ranked if s is not same]
            reason = f"figure asked: {same.chunk.id} of the same measure states one"
    return ranked, Decision("rerank", ranked[0].chunk.id if ranked else "-", reason,
                            {"order": [s.chunk.id for s in ranked]})


def _amount_asked_at(plan: Plan, chunk: Chunk) -> int:
    """Where the question names one of the item's amounts word for word (see amount_named_at), or -1; an item of
    another level than the one asked names none ("市里呢" after "江苏专利奖金奖奖多少" is not the province's prize
    item)."""
    return amount_named_at(chunk, plan.query) if plan.intent.level in (None, chunk.level) else -1


def _put_first(holding: list[Chunk], sources: list[Source]) -> list[Source]:
    """``holding`` first, with retrieval's scores where it found them (else none), then the other sources."""
    found = {s.chunk.id: s for s in sources}
    held = {c.id for c in holding}
    return [found.get(c.id) or Source(c, 0.0) for c in holding] + [s for s in sources if s.chunk.id not in held]


def quoting_first(plan: Plan, sources: list[Source], chunks: list[Chunk], most: int = 5
                  ) -> tuple[list[Source], Decision | None]:
    """Items writing every phrase the question quotes (“1+13+N”: the numbers and signs no tokenizer keeps) come
    first, found or not by retrieval; none when no item, or more than ``most``, write them all."""
    holding = [c for c in chunks if all(q in c.text for q in plan.quoted)]
    if not holding or len(holding) > most:
        return sources, None
    return _put_first(holding, sources), Decision(
        "quoted", ", ".join(c.id for c in holding), f"they write {'、'.join(plan.quoted)} as quoted")


def amount_naming_first(plan: Plan, sources: list[Source], chunks: list[Chunk], most: int = 2
                         ) -> tuple[list[Source], Decision | None]:
    """"What is the maximum support for a geographical indication project?" (地理标志项目): when an amount is
    asked and no item found names it word for word, the items whose enumeration does (工业品牌项目、地理标志项目，
    分别给予…) come first, found or not by retrieval; none when no item, or more than ``most``, name it."""
    if not (plan.intent.figure or plan.asks_amount) or any(_amount_asked_at(plan, s.chunk) >= 0 for s in sources):
        return sources, None
    holding = [c for c in chunks if _amount_asked_at(plan, c) >= 0]
    if not holding or len(holding) > most:
        return sources, None
    return _put_first(holding, sources), Decision(
        "amount named", ", ".join(c.id for c in holding), "no item found names the amount asked word for word: "
        "these label one of their amounts with the question's words")


_COMPLEMENT_RE = re.compile(r"(?:下来|上来|出来|起来|过来|下去|过去)$")


def _unknown(terms: list[str], corpus_text: str) -> list[str]:
    """Words the corpus never writes (literally: a synonym would read 授权 as 许可). Only a word jieba's
    dictionary knows, or a Latin acronym (PCT), counts: "能发" is a fragment, "我能" is asking words, and a
    verb with its direction, 了 or 得 ("批下来给多少奖励", "亏了…赔多少", "评得好有奖励吗") says when or how
    well, not what for; one with 为 says what it was rated or taken as ("绩效评为优秀的给多少奖励")."""
    asking = question_words()
    return [t for t in terms if not _NUMERAL_RE.match(t) and t not in corpus_text and not set(t) <= asking
            and (word_frequency(t) > 0 and not _COMPLEMENT_RE.search(t) and not t.endswith(("了", "得", "为"))
                 or t.isascii())]


def _framing(word: str, money: bool = False) -> bool:
    """An asking word (and, with ``money``, a money word): it frames a question rather than naming a thing.
    A money word with a qualifier of its own is a thing (自筹资金), one with framing words only is not (补贴资金)."""
    if word in question_words():
        return True
    found = FIGURE_WORD_RE.search(word) if money else None
    if found is None:
        return False
    rest = word[: found.start()] + word[found.end():]
    return len(rest) < 2 or _framing(rest, money)


def _asking(term: str, money: bool = False) -> bool:
    """A framing word, or one made of framing words only (具体任务 = 具体 + 任务; not 工作日, whose 日 is none)."""
    pieces = [w for w in tokenize(term) if len(w) >= 2 and w != term]
    return _framing(term, money) or bool(pieces) and sum(map(len, pieces)) >= len(term) \
        and all(_framing(w, money) for w in pieces)


# An act framed as a requirement names a thing asked for: 验收要求, 申报流程 (jieba tags 验收 and 要求 verbs).
_FRAMED_ACT_RE = re.compile(rf"[\u4e00-\u9fff]{{2}}(?:{'|'.join(sorted(FRAMING_NOUNS))})$")


def _never_named(thing: str, texts: list[str]) -> bool:
    """Whether ``thing`` names a thing no item writes, as a whole, as a synonym or word by word in one item:
    自有资金, 名额, 规模要求 (规模 and 要求 are never in one item); not 补贴资金 (资金支持 reads as both),
    nor a frame of the question (支持措施, 原文: asking words only)."""
    words = [w for w in word_list(thing) if len(w) >= 2]  # 认定标准: 标准 is an asking word alone, not here
    # Asking and money words only ("支持措施", "好多钱", 具体任务 = 具体 + 任务) name no thing.
    if all(_framing(w, money=True) for w in words) or len(words) == 1 and _asking(words[0], money=True) \
            or not (names_a_thing(thing) or _FRAMED_ACT_RE.search(thing)):
        return False
    return not any(term_covered(thing, text) or all(term_covered(w, text) for w in words) for text in texts)


def _never_named_or_done(words: str, texts: list[str]) -> bool:
    """Whether ``words`` name a thing no item writes (see _never_named), or are one act no item writes (选聘)."""
    return _never_named(words, texts) or things_and_acts(words) == [words] and len(words) >= 2 \
        and not any(term_covered(words, text) for text in texts)


def _never_done(whether: str, texts: list[str], acts_count: bool = False) -> bool:
    """Whether what a yes/no question asks about ("是否抵押房产", "是否交保证金") is something no item names: the
    thing it acts on (房产); for an alternative ("是一次性发放还是分期"), neither side. Asking,
    money and level words alone name nothing, nor do pronouns and places ("要先在那边申请吗"): "是否拿到奖励" asks of the subject, and is left to the evidence."""
    if "还是" in whether:  # a side of asking words only ("…个人还是单位": 单位) is decided by the other
        sides = whether.removeprefix("是").split("还是")
        # "简报是不定期出还是…": an item stating the negated word (定期印发) decides the alternative.
        negated = [t[1:] for side in sides if (t := side.rpartition("是")[2])[:1] in "不没非无"]
        # A side naming only how it is done ("一次性到账还是分批给": 一次性, 分批) is done where an item writes that.
        sides = [side for side in sides + negated if _content(side) or _manner(side)]
        return bool(sides) and all(_never_done(side, texts, acts_count=True) if _content(side) else
                                   not any(term_covered(w, text) for w in _manner(side) for text in texts)
                                   for side in sides)
    if whether.startswith("会不会"):  # a consequence: stated only where the items name each word it involves,
        # not money asked ("会不会给点钱") or an act done a little ("会不会管管"), which ask for a support
        involved = [w for w in _content(whether.removeprefix("会不会"))
                    if not (tentative_verb(w) or FIGURE_WORD_RE.search(w))]
        return any(not any(term_covered(w, text) for text in texts) for w in involved)
    if whether.startswith("怎么"):  # how to do an act: the act is what is asked, so it counts
        return _never_done("是否" + whether.removeprefix("怎么"), texts, acts_count=True)
    # Paying money back or in ("援助款要不要还": 还款, "补助资金要不要退"), however jieba cuts it, is stated only by an
    # item naming such a payment.
    if _PAYING_RE.search(whether):
        return not any(_PAYING_RE.search(text) for text in texts)
    # "要企业出配套资金吗": money with the word qualifying it (配套资金), which no item names, though 配套
    # alone is in 配套奖励办法.
    pieces = [w for w in segments(whether) if w.strip()]
    if any(len(a) >= 2 and a not in question_words() and FIGURE_WORD_RE.fullmatch(b) and _never_named(a + b, texts)
           for a, b in pairwise(pieces)):
        return True
    content = _content(whether.removeprefix("是否"))
    # Paying money back or in ("退钱", "交费") is a requirement on money, which only an item naming it states.
    # The object of a light verb is a thing whatever jieba tags it: 担保 of "要企业提供担保吗".
    objects = [b for a, b in pairwise(content) if _LIGHT_VERB_RE.fullmatch(a)]
    things = [w for w in content if names_a_thing(w) or _PAYING_RE.search(w) or w in objects]
    if not (things or acts_count):  # a bare act ("要不要公开说明") may be the asker's word for one an item
        return False                # names otherwise (信息披露): left to the evidence; not so each of two acts
    decisive = things[-1:] or content
    # What a light verb asks be given is decisive too: the 房产 of "要不要提供房产抵押", though 抵押 reads as 质押.
    given = [w for w in objects if w in things and w not in decisive]
    return bool(decisive) and not any(term_covered(w, text) for w in decisive for text in texts) \
        or any(not any(term_covered(w, text) for text in texts) for w in given)


def _saying(words: list[str]) -> list[str]:
    """``words`` less asking, money, level and numeral words."""
    asking = question_words()
    return [w for w in words if w not in asking and not FIGURE_WORD_RE.fullmatch(w) and not LEVEL_WORD_RE.match(w)
            and not _NUMERAL_RE.match(w)]


def _content(text: str) -> list[str]:
    """The words of ``text`` naming a thing or an act, less asking, money, level and numeral words."""
    return _saying(things_and_acts(text))


def _manner(text: str) -> list[str]:
    """The words of ``text`` of two or more characters saying how a thing is done (一次性, 分批), less asking,
    money, level and numeral words: what is left of a clause naming no thing or act. How often (年年评, 隔年评)
    is a frequency, which the items state in their own shapes (每两年), not a manner."""
    return [] if frequencies(text) else _saying([w for w in word_list(text) if len(w) >= 2])


# "多久能到账", "多长时间才能批下来": the time until something happens, which a frequency (每两年) does not state.
_UNTIL_RE = re.compile(r"^(?:才|就)?(?:能|可以|会)")
_AIM_RE = re.compile(r"目标|计划|打算|预期|预计")
_WHEN_RE = re.compile(r"什么时候|啥时候|何时|几时")
_ARRIVES_RE = re.compile(r"到[账位手]$")
# "评审要多久", "审批需要多长时间": how long the act before takes.
_TAKES_RE = re.compile(r"(?:要|需要|得|花|用)$")
_ONCE_RE = re.compile(r"[一两每][次届轮批回期]")
_HOW_LONG_RE = re.compile(r"多久|多长时间")  # not 哪一年: "哪一年招生" asks when, which a year answers


def _clause_after(asked: re.Match[str]) -> str:
    """What follows the asked phrase in its clause, less closing particles: "能到账" of "多久能到账？"."""
    rest = asked.string[asked.end():]
    return (rest[: m.start()] if (m := re.search(r"[，,。？?！!\s]", rest)) else rest).rstrip("吗呢啊呀了")


def _until(asked: re.Match[str]) -> str:
    """The asked time with the event it runs until ("多久能到账"), or how long an act takes ("评审要多久"), or ""
    when it asks how often or when."""
    rest = _clause_after(asked)
    if _ONCE_RE.search(rest):  # "多久能评一次" asks how often
        return ""
    # 多久发下来, 多久到账, and an act after it: "备案要多久审批", "评选结果多久公布". When an act can be done
    # ("硕士点什么时候能招生") is a date an item may state (争取2024年实现招生), judged as any time below.
    until = _UNTIL_RE.match(rest) and not _WHEN_RE.fullmatch(asked.group(0))
    if until or _COMPLEMENT_RE.search(rest) or _ARRIVES_RE.search(rest) or \
            _HOW_LONG_RE.fullmatch(asked.group(0)) and things_and_acts(rest) == [rest] and not names_a_thing(rest):
        return asked.group(0) + rest
    before = key_terms(asked.string[: asked.start()])
    if not rest and _TAKES_RE.search(asked.string[: asked.start()]) and before:
        return _phrase_from(before[-1], asked)
    return ""


def _phrase_from(word: str, asked: re.Match[str]) -> str:
    """The question's words from ``word`` to the end of the asked phrase, with the thing it asks for after it:
    "评审要多久" of "江苏专利奖评审要多久", "结题要提交哪些成果"."""
    start = asked.string.rfind(word, 0, asked.start())
    rest = _clause_after(asked)
    return (asked.string[start: asked.end()] if start >= 0 else word) + (rest if names_a_thing(rest) else "")


_DURATION_RE = re.compile(r"几年|多少年|期限|年限")
# A duration stated: 三年内, 期限为…, 有效期 (a frequency, 每年, or a year, 2024年, says how often or when).
_DURATION_STATED_RE = re.compile(r"[一二两三四五六七八九十\d]+年(?:内|以内|期)|期限|年限|有效期")
_TIMES_RE = re.compile(r"(?:几|多少)[次轮批]")
_ASKING_CHARS_RE = re.compile(r"多|几|什么|哪|何|吗")
# A fee of a named kind: 评估费, 担保费, 登记费 (not 费用, 收费, 交钱).
_NAMED_FEE_RE = re.compile(r"[\u4e00-\u9fff]{1,3}(?<!补)费")
_PAYING_FEE_RE = re.compile(r"[交缴付]费|[交缴付]多少钱")


def _detail_group(asked: re.Match[str]) -> str:
    """Where a pattern matches the detail with who it is asked of ("企业自己要配套"), its group ``w`` (配套), which
    the detail's label names; "" otherwise."""
    return (asked.group("w") or "") if "w" in asked.re.groupindex else ""


def _asked_word(asked: re.Match[str]) -> str:
    """The asked detail as written: a fee matched by its 费 alone is the word it ends (考试费, 审查费); the detail's
    group ``w`` where it has one (see _detail_group)."""
    word = _detail_group(asked) or asked.group(0)
    if word != "费":
        return word
    text = asked.string[: asked.end()]
    if len(whole := next((w for w in reversed(word_list(text)) if text.endswith(w)), "")) > 1:
        return whole
    before = word_list(text[:-1])
    return before[-1] + word if before and text[:-1].endswith(before[-1]) and before[-1] not in question_words() \
        else word


def _named(asked: re.Match[str], label: str, texts: list[str]) -> str:
    """The unstated detail in the asker's words where they name it: a fee, tax or rate as asked ("年费",
    "所得税"; interest asked otherwise is 利率); a noun as asked unless its label holds it ("门槛", "加计扣除";
    申请条件 for 条件); for an asking phrase, the word it is about when jieba knows it and no item names it
    ("有效期几年" → 有效期, "一个案子要多久" → 案子要多久; not "能贷几年" → 能贷). Otherwise a duration is 期限, a
    count of times 次数, and other details go by their label (时间或频率 for 什么时候)."""
    word = _asked_word(asked)
    # "最晚几号前要交": a deadline, whatever act it closes; "企业自己要配套": a detail found by who it is asked of
    # (its group w), which its label names whole (企业自筹或配套资金).
    if label == "截止日期" or _detail_group(asked):
        return label
    # "年化利息能压到几个点以下": interest asked in points is the rate, named 利率; a rate named (贷款利率, 年化收益率)
    # as asked.
    if label == "利率" and not word.endswith("率") and not re.match(r"[\u4e00-\u9fff]{0,3}率", asked.string[asked.end():]):
        return label
    if _PAYING_FEE_RE.fullmatch(word) or word == "费":  # "要交费吗": paying, of no fee named, is the fee itself
        return label
    if re.search(r"[费税率]$", word):
        return word
    if names_a_thing(word, times=True) and not _ASKING_CHARS_RE.search(word):  # a noun (周期), not 多长时间
        if word in label and word != label:
            return label
        # "审批流程走完要几天": the noun with the act it is of, written right before it (审批流程).
        before = word_list(asked.string[: asked.start()])
        return before[-1] + word if before and len(before[-1]) >= 2 and things_and_acts(before[-1]) == before[-1:] \
            and not names_a_thing(before[-1]) else word
    before = key_terms(asked.string[: asked.start()])
    # A word jieba knows (not 能贷), and not a detail of its own (研发费用加计扣除: 费用 is named as a fee).
    # A thing that is no time itself is named with what is asked of it: "案子要多久", not "案子".
    if before and word_frequency(before[-1]) > 0 and not asked_attributes(before[-1]) and _never_named(before[-1], texts):
        return before[-1] if _TIME_NOUN_RE.search(before[-1]) else _phrase_from(before[-1], asked)
    # "高管培训项目要培训多长时间": how long the act before takes (培训多长时间), which no frequency states.
    acts = things_and_acts(re.split(r"[，,。？?；;]", asked.string[: asked.start()])[-1])
    if _HOW_LONG_RE.fullmatch(word) and acts and not _clause_after(asked):
        return _phrase_from(acts[-1], asked)
    # "一年考核几次": how many times an act is done, named with the act right before it (a frequency's label
    # says 时间); not a thing said further back ("苏知贷一个企业最多能贷几次" asks a 次数).
    if _TIMES_RE.fullmatch(word) and before and things_and_acts(before[-1]) \
            and asked.string.rfind(before[-1], 0, asked.start()) + len(before[-1]) >= asked.start() - 2:
        return _phrase_from(before[-1], asked)
    # "分几次拨付", "分几年拨付": the act it asks of, after it, when no item names that act. A duration within
    # which an act is done ("多少年内得还清") is a 期限, whatever the act.
    rest = _clause_after(asked)
    if not (_DURATION_RE.fullmatch(word) and rest.startswith("内")) and \
            any(not asked_attributes(w) and not any(term_covered(w, text) for text in texts) for w in things_and_acts(rest)):
        return word + rest
    # A count of times no act names ("最多能贷几次") is a number of times, not a time or frequency; years to be
    # reached ("注册满几年", "成立满几年") are a minimum 年限, not the 期限 of a loan ("能贷几年").
    if _DURATION_RE.fullmatch(word) and asked.string[: asked.start()].endswith(("满", "超过", "达到")):
        return "年限"
    return "期限" if _DURATION_RE.fullmatch(word) else "次数" if _TIMES_RE.fullmatch(word) and word.endswith("次") else label


def _states(attribute: AskedAttribute, asked: str, text: str) -> bool:
    """Whether ``text`` states the asked detail: a fee of a named kind (评估费, 担保费) by that name, since
    贴息补费 says nothing of who pays an appraisal; other details by the attribute's evidence."""
    if _NAMED_FEE_RE.fullmatch(asked):
        return term_covered(asked, text)
    return bool(attribute.evidence.search(text))


def _lasting(asked: re.Match[str]) -> bool:
    """"学制是几年", "能贷几年": how many years a thing lasts, closing its clause; not "几年评一次", how often."""
    return bool(_DURATION_RE.fullmatch(_asked_word(asked))) and not _clause_after(asked)


_WANTED_KIND_RE = re.compile(r"(?:有没有|有无|有啥|有什么)[^，,。？?]*的([\u4e00-\u9fff]{2})(?:吗|没|不|呢)?\s*[？?]?\s*$")


def _subject_held(plan: Plan, top: Chunk, corpus_text: str, weights: Weights, thresholds: Thresholds) -> list[str]:
    """The things the question names that the top item holds, when they include the rarest the corpus knows
    and at least ``top_item_share`` of their IDF weight (the question is about the top item's subject), and the
    corpus knows at least half of the things it names; else none. Money words (奖励, 资金) and asked details
    (条件, 费用) say what is asked, not what about, and so do the task list's own items (条目); so does a place
    where the question names anything else ("南京落户需要什么条件": the item naming 南京 is not about 落户; but
    "连云港出现在哪些条目里" is about 连云港)."""
    # "有没有记到信用上的办法": the noun closing a question that asks whether there is one (办法, 途径, 渠道) names the
    # kind of answer wanted, not what it is about.
    frame = closing.group(1) if (closing := _WANTED_KIND_RE.search(plan.own or plan.text)) else ""
    named = [t for t in plan.terms if not FIGURE_WORD_RE.search(t) and not asked_attributes(t) and names_a_thing(t)
             and t not in ITEM_NOUNS and t != frame]
    named = [t for t in named if place_names(t) != [t]] or named
    # "快速预审一般多少个工作日能出结果": what a duration asked waits for (出结果) follows its unit; it is no thing
    # the question is about.
    own = plan.own or plan.query
    if _COUNT_KINDS.get(plan.amount_word) == "duration" and (unit := COUNT_UNIT_RE.search(own)):
        named = [t for t in named if own.find(t) < unit.start()] or named
    things = [t for t in named if term_covered(t, corpus_text)]
    held = [t for t in things if term_covered(t, top.search_text)]
    # "公积金贷款买房首付要几成": most of what it names (公积金, 买房, 首付) the corpus never does; 贷款 is not
    # its subject.
    # "专利权人死了专利归谁": a thing the corpus knows only as part of one it never names (专利 of 专利权人) is the
    # asker's thing, which no item is about.
    unknown = [t for t in named if t not in things]
    if not things or min(things, key=weights.frequency) not in held or len(things) * 2 < len(named) or \
            weights.share(things, top.search_text) < thresholds.top_item_share or \
            all(any(t in u for u in unknown) for t in held):
        return []
    return held


def _top_item_answers(plan: Plan, top: Chunk, held: list[str], corpus_text: str) -> str:
    """Why the top-ranked item answers the question despite weak evidence overall, or "" when it does not.

    It does when it is about the question's subject (``held``, the things of it the item holds: see
    _subject_held) and states what is asked: a department, a figure, or each asked detail; or, for an open
    question asking none of these ("企业高管想充充电学知识产权，省里有班没"), when it holds two or more of
    those things, or one in the measure the question names by number. A refusal never discards it.
    """
    if plan.quoted and all(q in top.text for q in plan.quoted):
        return f"{top.id} writes {'、'.join(plan.quoted)}, which the question quotes"
    # "市里哪些城市配合": the members asked for, by name (南京、苏州两地配合), with the question's other words.
    if plan.members_of and names_members(plan.members_of, body(top), plan.one_member):
        rest = [t for t in plan.terms if t not in plan.members_of and term_covered(t, corpus_text)]
        if rest and all(term_covered(t, top.search_text) for t in rest):
            return f"{top.id} names the {plan.members_of} asked for and {'、'.join(rest)}"
    if not (things := held):
        return ""
    text = body(top)
    if plan.request in ("location", "quote") and things == [t for t in plan.terms if t in things]:
        return f"{top.id} names {'、'.join(things)}, whose place or wording is asked for"
    if plan.intent.department and top.departments:
        return f"{top.id} names {'、'.join(things)} and the department asked for"
    if (plan.asks_amount or plan.intent.figure) and _states_figure_asked(plan, text):
        return f"{top.id} names {'、'.join(things)} and states a figure"
    if plan.yes_no and (plan.intent.support or plan.intent.figure) and _BENEFIT_STATED_RE.search(text):
        return f"{top.id} names {'、'.join(things)} and states a benefit, which the question asks whether there is"
    if plan.asked and all(_states(a, _asked_word(m) if (m := a.question.search(plan.query)) else "", text)
                          for a in plan.asked):
        return f"{top.id} names {'、'.join(things)} and states {'、'.join(a.label for a in plan.asked)}"
    # "第二十项措施里列了哪些交流活动": the measure named by number is the top item's.
    referenced = plan.reference is not None and plan.reference.measure_no == top.measure_no
    if not (plan.intent.department or plan.asks_amount or plan.intent.figure or plan.asked) and \
            (len(things) >= 2 or referenced):
        return f"{top.id} names {'、'.join(things)}, every thing an open question names" + \
            (", in the measure it names" if referenced else "")
    # "跟同行凑个专利池，省里鼓励吗": a yes/no question whose thing and act the item writes together
    # (鼓励联盟构建产业专利池) is answered by it; the asker's other words (同行, 凑个) are the corpus's nowhere.
    acts = [w for w in _content(plan.own or plan.text) if w not in things and term_covered(w, corpus_text)
            and not names_a_thing(w)]
    if plan.yes_no and not plan.asked and acts and all(term_covered(w, top.search_text) for w in acts):
        return f"{top.id} names {'、'.join(things)} and {'、'.join(acts)}, of which the question asks whether"
    # "厂里想搞个专利池…，政府支不支持": whether the policy endorses a thing, no money named, is answered by the item
    # that promotes it (探索建设…专利池, 鼓励联盟构建产业专利池).
    if plan.yes_no and not plan.asked and _ENDORSEMENT_ASKED_RE.search(plan.own or plan.text) \
            and not FUNDING_RE.search(plan.own or plan.text) and (act := _ENDORSING_RE.search(text)):
        return f"{top.id} names {'、'.join(things)} and {act.group(0)} it, which the question asks whether the policy does"
    return ""


def _amount_missing(amount_word: str, items: list[Chunk]) -> str:
    """What an unstated amount is named: the money asked by its name ("注册资金"), unless the items name that
    money without an amount ("给予奖补资金支持"), where what is missing is its 数额 ("资金数额")."""
    if MONEY_NOUN_RE.search(amount_word) and any(term_covered(amount_word, body(c)) for c in items):
        return amount_word + "数额"
    return amount_word


def _states_figure_asked(plan: Plan, text: str) -> bool:
    """Whether ``text`` states a figure that can answer the amount asked: a year ("争取2024年实现招生") answers
    only a question asking when, not "一年招几个学生"."""
    kinds = {f.kind for f in extract_figures(text)}
    return bool(kinds - {"year"}) or "year" in kinds and any(a.label == "时间或频率" for a in plan.asked)


def _unnamed_of_a_known_subject(plan: Plan, top: Chunk, corpus_text: str) -> list[str]:
    """The things a question names that no item names, when every thing it names that the corpus does is in
    the top item (its subject is that item's), and there is one; else none."""
    # What is asked (条件, 材料) says nothing of what about: "公司想上市需要什么条件" is about no item's subject.
    # Nor are the task list's own items ("涉及长三角的条目有哪些": 条目) a thing of the question's subject.
    # Nor are the people the asker tells of ("被同行仿了": who did it).
    things = [t for t in plan.terms if names_a_thing(t) and not FIGURE_WORD_RE.search(t) and not LEVEL_WORD_RE.match(t)
              and not asked_attributes(t) and not _framing(t) and t not in ITEM_NOUNS and t not in plan.described]
    # Only words a dictionary knows: jieba's guess "里列" (第二十项措施里列了哪些) is no thing the asker named.
    unknown = [t for t in _unknown(things, corpus_text) if not term_covered(t, corpus_text)]
    known = [t for t in things if t not in unknown and term_covered(t, corpus_text)]
    if not (unknown and known and all(term_covered(t, top.search_text) for t in known)):
        return []
    merged: list[str] = []  # words written together are one thing: 个体 + 工商户 → 个体工商户
    for t in unknown:
        if merged and merged[-1] + t in plan.query:
            merged[-1] += t
        else:
            merged.append(t)
    return merged


def _named_in_its_clause(thing: str, text: str, top: Chunk, subject: list[Chunk]) -> bool:
    """"打专利官司想请专家做个鉴定，省里有鉴定机构不": the clause asking for the thing (省里有鉴定机构不) names
    nothing else, and the top item, about the subject, names the thing (…申报建设知识产权鉴定机构): the words
    before it (专利, 官司, 专家) say why it is asked, not of what. In "工作站每年的考核指标有哪些" the clause
    names 工作站 too, which an item naming 考核指标 of the cities does not hold."""
    clause = next((c for c in clauses(text) if thing in c), "")
    others = [t for t in key_terms(clause) if t not in thing and thing not in t and not LEVEL_WORD_RE.match(t)]
    return bool(clause) and top in subject and term_covered(thing, top.search_text) \
        and all(term_covered(t, top.search_text) for t in others)


def _offers_for(terms: list[str], item: Chunk, offers: re.Pattern[str], weights: Weights) -> bool:
    """Whether ``item`` offers money (an amount, or the ``offers`` words) in a sentence naming the subject's
    distinctive things it names (those at most half the items name); anywhere in it when it names none of them."""
    text = body(item)
    named = [t for t in terms if not FIGURE_WORD_RE.search(t) and names_a_thing(t) and term_covered(t, text)
             and weights.frequency(t) * 2 <= len(weights.texts)]
    return any((states_money(s) or offers.search(s)) and (not named or any(term_covered(t, s) for t in named))
               for s in sentences(text))


def coverage(plan: Plan, sources: list[Source], evidence: Evidence, model: CoverageModel, thresholds: Thresholds,
             corpus_text: str, weights: Weights) -> tuple[Coverage, Decision]:
    """Answer, "条文没有写明X", or out of scope, from the evidence; a word the corpus lacks is never fatal alone."""
    inputs: dict[str, Any] = {"evidence": evidence.to_dict()}
    if not sources:
        return Coverage("out_of_scope"), Decision("coverage", "out_of_scope", "nothing retrieved", inputs)
    elsewhere = [p for p in plan.outside if p not in corpus_text]
    if elsewhere:
        return Coverage("out_of_scope"), Decision("coverage", "out_of_scope",
                                                  f"asks about a region outside Jiangsu: {'、'.join(elsewhere)}", inputs)
    # "南京今天天气怎么样": a place or level is where, not what; when it is all the corpus knows of the question,
    # the question is about nothing the policy covers.
    # An English question's terms are only the words the lexicon read: the rest ("a good hotel near Suzhou
    # railway station") are words the policy does not use, as a Chinese question's unknown terms are.
    covered_terms = [t for t in plan.terms if term_covered(t, corpus_text)]
    unread = len(covered_terms) < len(plan.terms) or plan.language == "en" and not (plan.followup or plan.level_switch)
    # Not where a place is asked after ("连云港出现在哪些条目里"): the place is then what the question is about.
    if covered_terms and unread and all(LEVEL_WORD_RE.match(t) for t in covered_terms) \
            and plan.request not in ("location", "quote"):
        return Coverage("out_of_scope"), Decision("coverage", "out_of_scope", f"of its words the policy uses only "
                                                  f"{'、'.join(covered_terms)}, which say where, not what", inputs)
    # Each part's subject: "江苏专利奖和中国专利奖分别多久评一次" is about each prize's item, not only the city
    # duty naming both. A part no item is about ("…目标几家，哪两个市配合") asks of another part's subject; the
    # first item, whatever it is about, is not its subject.
    by_part = [c for part in (plan.parts if len(plan.parts) > 1 else [])
               for c in subject_items(part.terms, sources, weights, thresholds.subject_share, first=False)]
    subject = list({c.id: c for c in by_part}.values()) or subject_items(plan.terms, sources, weights,
                                                                         thresholds.subject_share)
    inputs["subject_items"] = [c.id for c in subject]
    # A specific thing asked for (named by few items: 考核指标, 专家; not 服务, 办法) is looked for in the items
    # about the rest of the question: in "工作站每年的考核指标有哪些" the items on 工作站, not the one on the
    # cities' 考核指标 that 考核 and 指标 would rank first. Amounts are judged on their own below.
    # In "苏知贷和知识产权证券化分别是什么" what is asked for is each part's subject, not a detail of another.
    subjects = [t for part in plan.parts for t in part.terms] if len(plan.parts) > 1 else []
    specific = [t for t in plan.asked_for if not (plan.asks_amount or LEVEL_WORD_RE.match(t)
                                                  or FIGURE_WORD_RE.search(t) or any(s in t for s in subjects))
                and weights.frequency(t) <= thresholds.specific_thing_items]
    asked_of = subject_items([t for t in plan.terms if not any(t in thing for thing in specific)] or plan.terms,
                             sources, weights, thresholds.subject_share) if specific else []
    if specific:
        inputs["asked_of"] = {"things": specific, "items": [c.id for c in asked_of]}
    # A detail the text never states (a fee, a deadline, a rate) is named whatever the topic's coverage.
    if _DOCUMENT_DATE_RE.search(plan.own) and plan.asked:  # "这个清单是什么时候印发的": its items are dated, not it
        return Coverage("unstated", ["印发时间"]), Decision("coverage", "unstated", "asks when the document itself was "
                                                             "issued, which its text does not state", inputs)
    unstated = []
    # Each detail asked, where the question asks it: "什么比例出资配套" holds 出资, named with its detail's label.
    asked_matches = [(a, m) for a in plan.asked if (m := a.question.search(plan.query))]
    # A detail asked inside another's words is that one's: "250万是分几年拨下来" asks how it is paid
    # (发放方式), not a time of its own (几年).
    asked_matches = [(a, m) for a, m in asked_matches
                     if not any(o.start() <= m.start() and m.end() <= o.end() and o.end() - o.start() > len(m.group(0))
                                for _, o in asked_matches)]
    for a, m in asked_matches:
        if a.label == "时间或频率" and (until := _until(m)):
            unstated.append(until)
            continue
        # "要满足什么营收条件": a detail items state (条件) qualified by a word no item names (营收) is unstated
        # as asked, though other items state 条件 of other things; so is one qualified by an act no item writes
        # ("技术调查员的选聘条件": 选聘).
        if qualified := next((t for t in plan.asked_for if (detail := a.question.search(t)) and detail.group(0) != t
                              and any(term_covered(detail.group(0), text) for text in weights.texts)
                              and _never_named_or_done(t.replace(detail.group(0), ""), weights.texts)), ""):
            unstated.append(qualified)
            continue
        named = _named(m, a.label, weights.texts)
        # A time is of the thing named right before it: "发明专利审查周期多久" asks of 审查, which the item on
        # 专利奖 (a subject item by 发明 and 专利) does not name, so its 每两年 does not state it. A word the
        # corpus never writes ("目标年份") is the asker's name for the time itself.
        # An aim ("目标是哪一年开始招生") is no thing the time is of: the time aimed at is what is asked, which items
        # state as they aim (争取2024年实现招生).
        before = [t for t in key_terms(plan.query[: m.start()])[-1:] if not _AIM_RE.fullmatch(t)] \
            if a.label == "时间或频率" else []
        of = [t for t in before if any(term_covered(t, text) for text in weights.texts)]
        # …but a thing no item names, and no time itself ("江苏专利奖评上了，证书啥时候发"), has its time stated by none.
        unnamed = [t for t in before if t not in of and names_a_thing(t) and not _TIME_WORD_RE.search(t)]
        # The thing named is looked for among the top items too: a follow-up with a subject of its own ("那江苏专利奖
        # 多久一届" after a question on 中国专利奖) has subject items of both turns' words.
        near = subject + [s.chunk for s in sources[:3] if s.chunk not in subject] if of and plan.followup else subject
        stating = [c for c in near if all(term_covered(t, c.search_text) for t in of)]
        # "获奖项目有效期几年": a period no item names is not stated by the prize's 每两年.
        # How long a thing lasts is stated only by a duration: 每年 and 2024年 say how often and when.
        if unnamed or not any(_DURATION_STATED_RE.search(body(c)) if _lasting(m) else _states(a, _asked_word(m), body(c))
                              for c in stating) or \
                named in plan.own and _TIME_NOUN_RE.search(named) and _never_named(named, weights.texts):
            unstated.append(named)
    # "验收不合格要退钱吗": a yes/no question about something no item names. How to do an act ("专利转化专项计划
    # 项目怎么申报") is stated only where the subject is (the top item; of several parts, each part's:
    # "鉴定机构省里怎么培育，市里做什么" asks both levels' items): that other items 申报 other things says nothing.
    # So is an alternative ("150万是一次给齐还是分年度给"), stated only by the items about its subject: another
    # measure's 年度发展报告 does not state 分年度给.
    # How it is done in or of a place no item names ("怎么在美国注册商标") is stated nowhere, whatever the act.
    # How to do an act of a distinctive thing (named by at most half the items) the top item does not name is
    # not stated by it either: "商标被驳回后怎么申请复审" is not answered by the item on 专利复审. Asked at a
    # level ("设区市办案时又怎么用上"), the top item of that level is looked at.
    # Of one part, in the clause asking how (not "按公开的条件来用" before "省里咋推这个", nor a follow-up's
    # subject before it).
    of_things = [t for t in plan.terms if t in plan.how_clause and names_a_thing(t) and not LEVEL_WORD_RE.match(t)
                 and term_covered(t, corpus_text) and weights.frequency(t) * 2 <= len(weights.texts)]
    how_items = [c for c in subject if c.level == plan.how_level][:1] or subject[:1]
    unstated += [w for w in plan.asked_whether
                 if w.startswith("怎么") and any(p in w for p in plan.abroad)
                 or w.startswith("怎么") and len(plan.parts) == 1
                 and any(not any(term_covered(t, c.search_text) for c in how_items) for t in of_things)
                 or _never_done(w, [body(c) for c in (subject if plan.multipart else subject[:1])]
                                if w.startswith("怎么") else [c.search_text for c in subject] if "还是" in w
                                else weights.texts)
                 and not any(a.question.search(w) for a in plan.asked)]
    # "配套多少自有资金", "有没有规模要求": a thing asked for that no item names (a fee or a rate is an asked
    # detail, named above).
    # Members asked for ("哪些城市配合") are judged by their names below, not as a thing called 城市配合; the
    # amount asked by its own name ("网点有多少名额") by the figures stated, below.
    unstated += [thing for thing in plan.asked_for
                 if _never_named(thing, [c.search_text for c in asked_of] if thing in specific else weights.texts)
                 and not any(enumerates_kind(thing, body(c)) or names_documents(thing, body(c))
                             for c in (asked_of if thing in specific else subject))
                 and not (thing in specific and _named_in_its_clause(thing, plan.own, sources[0].chunk, subject))
                 and not any(a.question.search(thing) or len(word := _asked_word(m)) >= 2 and word in thing
                             or a.evidence.fullmatch(thing) for a, m in asked_matches)
                 and not (plan.members_of and thing.startswith(plan.members_of))
                 and not (plan.asks_amount and thing == plan.amount_word)]
    # "苏知贷的合作银行是哪几家": members' names, which no item about the subject enumerates. The top item, when of
    # a subject item's measure, may name them for it; so may a city duty of that measure among the top items, which
    # names the cities its pilot is in (南京、苏州两地配合…试点), when it writes a word of the question that at most
    # half the items hold (试点; not 知识产权服务业, which only its measure's title holds).
    measures = {(c.doc, c.measure_no) for c in subject if c.measure_no}
    distinctive = [t for t in plan.terms if t not in plan.members_of and weights.frequency(t) * 2 <= len(weights.texts)]

    def names_for_subject(rank: int, chunk: Chunk) -> bool:
        return (chunk.doc, chunk.measure_no) in measures and (
            not rank or chunk.level == "city" and any(term_covered(t, body(chunk)) for t in distinctive))
    naming = subject + [s.chunk for i, s in enumerate(sources[:5]) if names_for_subject(i, s.chunk)]
    if plan.members_of and not any(names_members(plan.members_of, body(c), plan.one_member) for c in naming):
        unstated.append(f"{plan.members_of}名单")
    # "PCT国际专利申请每件资助多少": a benefit of a thing the corpus never names, whatever the evidence.
    if plan.benefit_subject and (unknown := _unknown(plan.benefit_subject, corpus_text)):
        unstated.append("".join(unknown) + "的" + plan.benefit_word)
    if not unstated:
        inputs["in_scope_probability"] = p = round(model.probability(evidence), 3)
        inputs["threshold"] = thresholds.min_in_scope_probability
        if p < thresholds.min_in_scope_probability:
            held = _subject_held(plan, sources[0].chunk, corpus_text, weights, thresholds)
            if not (kept := _top_item_answers(plan, sources[0].chunk, held, corpus_text)):
                # "知识产权工作站评上先进能领多少奖金": an amount asked of the top item's subject, which it does not
                # state, is named as unstated: the topic is covered, the money is not; the asker's words the
                # corpus never writes ("南理工那个专硕点一年招几个学生": 南理工) are not what is missing.
                # So is a duration in days ("多少个工作日能出结果"), which the task list never states.
                if (plan.asks_amount or _COUNT_KINDS.get(plan.amount_word) == "duration") and held:
                    missing = _amount_missing(plan.amount_word, [sources[0].chunk])
                    return Coverage("unstated", [missing]), Decision(
                        "coverage", "unstated", f"the top item names {'、'.join(held)} but states no {missing}; "
                        "retrieval evidence is weak", inputs)
                # "苏知贷能贷给个体工商户吗": of a subject the top item names (苏知贷), a thing the corpus never
                # names (个体工商户) is named as unstated rather than the topic called uncovered.
                if unnamed := _unnamed_of_a_known_subject(plan, sources[0].chunk, corpus_text):
                    return Coverage("unstated", unnamed), Decision(
                        "coverage", "unstated", f"the top item names the subject but no item names "
                        f"{'、'.join(unnamed)}; retrieval evidence is weak", inputs)
                return Coverage("out_of_scope"), Decision("coverage", "out_of_scope",
                                                          "retrieval evidence says the policy does not cover it", inputs)
            inputs["kept"] = kept
    # "专利导航项目有没有资金补贴", "技术调查员一个月补贴多少": a benefit asked of a subject whose items offer no
    # money at all is named as asked; one they offer without an amount is an unstated 金额 (below).
    # A count (100家) is no money: "被认定为网点有什么奖励" is not answered by the 100 outlets aimed at.
    # The money must be offered for the subject itself: "专利导航基地绩效优秀有奖励没" is not answered by the
    # 示范中心's 绩效评价 awards, which share 绩效评价 and 优秀 with it but not 专利导航基地. A reward (奖励)
    # may be praise ("对成效突出的工作站给予表扬激励"); a subsidy is money.
    # And in a sentence naming the subject, where the item names it: "千企百城行动入选企业有没有奖金" is not
    # answered by the 150万元 its item grants 工业品牌项目 in another sentence.
    offers = _BENEFIT_STATED_RE if plan.benefit_word == "奖励" else FUNDING_RE
    if plan.benefit_word and not unstated and not sharing_the_subject(
            plan.terms, subject[0], [c for c in subject if _offers_for(plan.terms, c, offers, weights)],
            weights, thresholds.subject_share):
        unstated.append(plan.benefit_word)
    # Money asked needs an amount stated, a share or rate a percentage: "每家补助多少钱" is not answered by
    # "100家"; "目标是多少家" is, by any figure.
    # A count asked ("推荐几个项目", "多少天") needs a count or a duration: 100万元 does not answer it.
    money_named = bool(MONEY_NOUN_RE.search(plan.amount_word))  # "多少利息", "多少注册资金"
    kind = "percent" if plan.amount_word.endswith("比例") or plan.amount_word.endswith("率") else \
        _COUNT_KINDS.get(plan.amount_word) or ("money" if _MONEY_ASKED_RE.search(plan.query) or money_named else "")
    # How many times ("每年考核几次") is stated by a frequency (每两年), not by a count of things (100家).
    units = _COUNT_UNITS.get(plan.amount_word)  # "考几门" is not answered by "3家"

    def states_it(c: Chunk) -> bool:
        if plan.amount_word == "次数":
            return bool(frequencies(body(c)))
        # Money asked by its own name ("要多少注册资金") is stated only by an item naming it: the 1000万元 of
        # 苏知贷's loan balance is no registered capital.
        # So is a quantity of a business by its name ("年营收要多少以上"): 250万元 is no one's 营收.
        # The figure is in a clause naming it: "每个月要还多少利息" is not stated by the loan item, whose
        # 利息 is a risk borne, with no amount beside it.
        texts = [body(c)]
        if money_named or plan.amount_word in NAMED_QUANTITIES:
            texts = [t for t in clauses(body(c)) if term_covered(plan.amount_word, t)]
            if not texts:
                return False
        # "点了几个重点城市，是哪几个": a count of members the item names one by one (南通、盐城、常州); not money.
        # So is "责任部门有几个", by the departments it names.
        return any((f.kind == kind or not kind) and (units is None or f.unit in units)
                   for t in texts for f in extract_figures(t)) or \
            kind in ("", "count") and bool(plan.members_of) and not plan.one_member and \
            names_members(plan.members_of, body(c)) or \
            kind in ("", "count") and plan.intent.department and bool(c.departments)

    stated = plan.asks_amount and bool(sharing_the_subject(plan.terms, subject[0],
                                                           [c for c in subject if states_it(c)], weights,
                                                           thresholds.subject_share))
    if plan.asks_amount and not unstated and not stated:
        unstated.append(_amount_missing(plan.amount_word, subject))
    if unstated := list(dict.fromkeys(unstated)):
        return Coverage("unstated", unstated), Decision(
            "coverage", "unstated", f"the items about the subject do not state {'、'.join(unstated)}", inputs)
    return Coverage("answer"), Decision("coverage", "answer", "evidence supports answering from the top items", inputs)


def _by_the_questions_words(plan: Plan, chosen: list[Chunk]) -> list[Chunk]:
    """Items equally about the subject, in the order of how many of the question's other words they hold:
    "示范中心每个项目支持多少" leads with 每个项目给予…资金支持 (第1条), not the centre's evaluation (第2条);
    "示范中心评优秀奖励多少" with 第2条. The words that frame the question (每个项目, 支持, 奖励) tell them apart."""
    # A follow-up with a subject of its own ("江苏专利奖多久评一次" → "那中国专利奖呢") is told apart by its own
    # words: the cities' item naming both prizes does not hold more of them than 中国专利奖's own.
    asked = {w for w in word_list(plan.own or plan.text) if len(w) >= 2} | \
        set(plan.focus_terms if plan.dense_query else plan.terms)
    held = {c.id: sum(term_covered(w, c.search_text) for w in asked) for c in chosen}
    return sorted(chosen, key=lambda c: -held[c.id]) if len(chosen) > 1 and not plan.intent.listing else chosen


def _states_shares(chunk: Chunk) -> bool:
    return any(f.kind == "percent" for f in extract_figures(body(chunk)))


def choose_citations(plan: Plan, sources: list[Source], terms: list[str], weights: Weights,
                     thresholds: Thresholds) -> tuple[list[Chunk], Decision]:
    """Among the top four, the items about the part's subject (IDF-weighted, money words left out), in rank order.

    The best-matching items are cited; for a listing, every item near the best. For figure
    questions, an item without figures is dropped when another one has figures, and when none of the
    best has any, the best of the items about the subject that do are cited instead; an item that does
    not state what the question asks about is dropped when another one does; for two levels, the
    best item of the missing level joins.
    """
    intent = plan.intent
    candidates = [s.chunk for s in sources[:4]]
    # "归哪个处室" (no level named): the provincial items, the only ones naming a department, when one of them is
    # about the subject (and a city duty holding a word of the question none of them holds); "招牌被人模仿了，
    # 归谁查" is answered by the cities' duty to 查处 侵权假冒, which no provincial item among them is about.
    if intent.department and intent.level is None and any(c.level == "province" for c in candidates):
        about = dict(zip((c.id for c in candidates), subject_shares(terms, candidates, weights), strict=True))
        if max(about[c.id] for c in candidates if c.level == "province") >= \
                max(about.values()) * thresholds.subject_share:
            candidates = [c for c in candidates if c.level == "province" or _city_work_asked(c, terms, candidates)]
    def naming_members(c: Chunk) -> bool:
        return names_members(plan.members_of, body(c), plan.one_member)

    # "哪些城市在搞证券化", "…落在哪个城市": the items naming members answer, by their subject; a lower-ranked item
    # joins them below only if it names members too.
    naming = [c for c in candidates if naming_members(c)] if plan.members_of else []
    if plan.members_of:
        terms = [t for t in terms if t != plan.members_of] or terms
        candidates = naming or candidates
    if not candidates:
        return [], Decision("citations", "none", "no candidates")
    # "那评了优秀呢" after "示范中心立项支持上限是": the follow-up's own words that the candidates write (优秀) pick
    # the item among those about the subject; the question before named the subject, not what is asked now.
    if plan.followup and not plan.dense_query:  # joined to it, not a subject of its own (embedded alone)
        own = [t for t in plan.focus_terms if any(term_covered(t, c.search_text) for c in candidates)]
        candidates = [c for c in candidates if own and all(term_covered(t, c.search_text) for t in own)] or candidates
    shares = subject_shares(terms, candidates, weights)
    # A lower-ranked item more about the subject than any of the top four is a candidate too: dense
    # retrieval can rank a long item that names the subject once (…构建产业专利池…) below unrelated ones.
    # An informal note stays where rerank put it, after the measures.
    lower = [s.chunk for s in sources[4:] if s.chunk.kind != "note" and (not naming or naming_members(s.chunk))]
    better = [(c, share) for c, share in zip(lower, subject_shares(terms, lower, weights), strict=True)
              if share > max(shares)]
    candidates += [c for c, _ in better]
    shares += [share for _, share in better]
    best = max(shares)
    floor = best * (thresholds.subject_share if intent.listing else thresholds.near_tie)
    chosen = [c for c, share in zip(candidates, shares, strict=True) if share >= floor] if best > 0 else candidates[:1]
    def stating_the_subject(states: Callable[[str], object]) -> list[Chunk]:
        """The candidates about the subject (share near the best's) whose text ``states`` what is asked, when
        they share the best item's subject (see sharing_the_subject)."""
        near = [c for c, share in zip(candidates, shares, strict=True)
                if states(body(c)) and share >= best * thresholds.subject_share]
        return sharing_the_subject(terms, candidates[shares.index(best)], near, weights, thresholds.subject_share)

    # A figure asserted ("要引进5家…吧") is judged by an item stating one, as a figure asked is.
    figure = intent.figure or bool(plan.premise and plan.premise.figures)
    if figure and any(has_figure(body(c)) for c in chosen):
        chosen = [c for c in chosen if has_figure(body(c))]
    elif figure and best > 0:
        # "示范中心建设支持多少": the city duty that names 建设 matches best but states no amount; the items
        # about the subject that state one answer it (the best of them, and those near it). They share a
        # distinctive subject word with the best item: "省里对优秀的知识产权工作站有奖励吗" is not answered by
        # the prizes graded 优秀, which name no 工作站.
        sharing = stating_the_subject(has_figure)
        stating = [(c, share) for c, share in zip(candidates, shares, strict=True) if c in sharing]
        top = max((share for _, share in stating), default=0.0)
        chosen = [c for c, share in stating if share >= top * thresholds.near_tie] or chosen
    # "市里有没有钱补贴贯标": money asked, where none chosen states an amount or offers any, is answered by the
    # items about the subject that offer it (运用…专项资金…为贯标单位提供支持), not one only naming the subject.
    # They share the best item's subject (see sharing_the_subject): not another pilot's 奖补资金 for 国际标准实施试点.
    if plan.benefit_word and best > 0 and not any(has_figure(body(c)) or FUNDING_RE.search(body(c)) for c in chosen):
        chosen = stating_the_subject(FUNDING_RE.search) or chosen
    # "贷个500万，还不上省里那个基金兜多少": a party's share of an amount is stated by an item giving shares; the
    # best of the candidates that do is cited when none chosen does (质押融资's new fields give none).
    if plan.arithmetic == "share" and not any(_states_shares(c) for c in chosen):
        giving = [(c, share) for c, share in zip(candidates, shares, strict=True) if _states_shares(c) and share > 0]
        chosen = [max(giving, key=lambda g: g[1])[0]] if giving else chosen
    for attribute in plan.asked:
        if any(attribute.evidence.search(body(c)) for c in chosen):
            chosen = [c for c in chosen if attribute.evidence.search(body(c))]
    if intent.both_levels:
        for level in ("province", "city"):
            # The item of that level most about the subject, first in rank among equals: the city item on
            # 技术调查员, not a city item on 技术 that dense retrieval ranked above it.
            of_level = [s.chunk for s in sources if s.chunk.level == level]
            if of_level and not any(c.level == level for c in chosen):
                level_shares = subject_shares(terms, of_level, weights)
                chosen.append(of_level[level_shares.index(max(level_shares))])
    chosen = _by_the_questions_words(plan, chosen)[:thresholds.max_citations]
    return chosen, Decision("citations", ", ".join(c.id for c in chosen),
                            "best weighted match of the subject among the top four"
                            + (", or below them when better" if better else "")
                            + (", every item near the best (listing)" if intent.listing else "")
                            + (", both levels" if intent.both_levels else ""),
                            {"candidates": {c.id: round(s, 2) for c, s in zip(candidates, shares, strict=True)}})


def _holds(word: str, title: str) -> bool:
    """Whether a measure's title holds ``word``: its characters in order, at most two between (自贸区 in
    深化自贸试验区知识产权管理)."""
    return re.search(".{0,2}".join(map(re.escape, word)), title) is not None


def _in_title(term: str, title: str, common: frozenset[str]) -> float:
    """How far a title holds ``term``: 1 as a whole, else the share of its distinctive words (in one title at
    most) it holds. 人才培养: 人才, of 打造知识产权人才高地 alone; not 数据知识产权 or 专利奖, whose 知识产权 and
    专利 many titles hold."""
    if _holds(term, title):
        return 1.0
    words = [w for w in word_list(term) if len(w) >= 2]
    if len(words) < 2:  # one word: its pieces (人才培养 → 人才, 培养)
        words = [w for w in tokenize(term) if len(w) >= 2 and w != term]
        words = [w for w in words if not any(w != other and w in other for other in words)]
    distinctive = [w for w in words if w not in common]
    return sum(_holds(w, title) for w in distinctive) / len(distinctive) if distinctive else 0.0


def _common_words(terms: list[str], titles: Iterable[str]) -> frozenset[str]:
    """The words of ``terms`` (whole and in pieces) that more than one of ``titles`` holds: not distinctive of a
    measure (知识产权, 专利)."""
    held = list(titles)
    pieces = {w for t in terms for w in [*word_list(t), *tokenize(t)]}
    return frozenset(w for w in pieces if sum(_holds(w, title) for title in held) > 1)


Measures = dict[tuple[str, int], list[Chunk]]


def measures_of(chunks: list[Chunk]) -> Measures:
    """The items of each measure, keyed by (document, measure number), in text order: made once per index."""
    measures: Measures = {}
    for c in chunks:
        if c.measure_no and c.measure:
            measures.setdefault((c.doc, c.measure_no), []).append(c)
    return measures


# The trade or field a subject is ("专利代理这个行业", "数据知识产权领域"): it names no subject of its own.
_CATEGORIES = ("行业", "领域")


def listing_terms(plan: Plan) -> list[str]:
    """What a listing question lists the measures of: its terms less levels, money, asking words, the words
    naming items themselves ("金融相关的条目给我捋一遍": 条目 is what is listed, not what about) and the trade or
    field a term before it is ("专利代理行业": 专利代理; not 行业协会, where 行业 says what kind of 协会), nor how many
    of a thing are wanted ("要一份清单": 一份)."""
    return _less_categories([t for t in plan.terms if not LEVEL_WORD_RE.match(t) and not FIGURE_WORD_RE.search(t)
                             and not _asking(t) and t not in ITEM_NOUNS and not _NUMERAL_RE.match(t)], plan.own)


def _less_categories(terms: list[str], own: str) -> list[str]:
    return [t for t in terms if t not in _CATEGORIES or not any(
        re.search(f"{re.escape(other)}(?:这个|这一|这类)?{t}", own) for other in terms if other != t)]


def _held_subject(terms: list[str], pool: list[Chunk], after: str = "", before: str = ""
                  ) -> tuple[list[str], list[str]]:
    """A listing's subject less the words no item it lists from holds that say how the asker sees it: an act
    (监管 in "省里在专利代理行业监管上有哪些动作": only the cities' items name it) or a word right after or before
    the department's name ("宣教处名下的任务", "外事合作那个处": the asker's name for it); a thing none holds
    (区块链) stays, and lists nothing. The terms kept, and those dropped."""
    dropped = [t for t in terms if (names_an_act(t) or after and after.startswith(t) or before and before.endswith(t))
               and not any(term_covered(t, c.search_text) for c in pool)]
    return [t for t in terms if t not in dropped], dropped


def listed_subject(plan: Plan, measures: Measures, thresholds: Thresholds) -> tuple[list[Chunk], Decision | None]:
    """For a listing question whose subject no measure's title holds ("地理标志相关的支持措施有哪些": 地理标志 is in
    items of measures 五, 六, 八 and 十一), every item of the level asked that names the whole subject, in text
    order; none when one item or more than ``max_listed`` do (专利 is in nearly all: that lists nothing). For
    the places of a city asked, or where a thing is written ("提到保险的条目都找出来"), its items, one or more."""
    # "南京市在任务清单里有哪些任务": a city named alone is the subject (levels are no listing term otherwise).
    # The words naming items themselves ("关于专利代理的事项有哪些") are what is listed, not a word each names.
    # "连云港在清单里出现在哪些地方": the places of a city named alone are its items, however few.
    located = [plan.place_located] if plan.place_located else []
    terms = located or listing_terms(plan) or [c for c in CITIES if c in plan.own]
    if not (plan.intent.listing or located) or not terms:
        return [], None
    # "非正常专利申请在清单里哪些条目出现过": where a thing is, which the location answer gives item by item, for
    # every item naming it (a city named alone is listed by its items: "涉及南京的条款有哪些").
    where = plan.request == "location" and not located
    level = plan.intent.level
    pool = [c for chunks in measures.values() for c in chunks if not level or c.level == level]
    terms, dropped = _held_subject(terms, pool)
    # "长三角合作有哪些": an act beside a thing says how the asker sees the thing's items; when the things alone
    # name few enough to list, every item naming them is listed, not only those writing the act (长三角's
    # 跨省通办 item writes no 合作).
    # An act written right before a thing names it with the thing (鉴定 of 鉴定机构): no framing.
    things = [t for t in terms if not names_an_act(t) or any(t + other in plan.own for other in terms)]
    framing = [t for t in terms if t not in things] if things and 2 <= sum(
        all(term_covered(t, c.search_text) for t in things) for c in pool) <= thresholds.max_listed else []
    terms = [t for t in terms if t not in framing]
    items = [c for c in pool if all(term_covered(t, c.search_text) for t in terms)] if terms else []
    inputs = {"terms": terms, "items": len(items), **({"unheld": dropped} if dropped else {}),
              **({"framing": framing} if framing else {})}
    fewest = 1 if located or where else 2  # where a thing is written: one place is an answer
    if not fewest <= len(items) <= thresholds.max_listed:
        return [], Decision("listing[subject]", "none", f"{len(items)} items name the subject: "
                            f"a listing takes {fewest} to {thresholds.max_listed}", inputs)
    return items, Decision("listing[subject]", ", ".join(c.id for c in items),
                           "asks where the subject is written: every item naming it, each by its place" if where
                           else "no measure's title holds the subject: every item naming it", inputs)


# An item granting money: "给予不超过250万元资金支持", "分别给予50万元、30万元奖励" (not a loan's 1000万元).
_GRANTS_RE = re.compile(r"给予[^。；，,]{0,6}?\d+(?:\.\d+)?万元")


def listed_grants(plan: Plan, measures: Measures) -> tuple[list[Chunk], Decision | None]:
    """"省里给钱的事项都有哪些": a listing asking what support there is, of nothing else (its terms are money,
    levels and item nouns only), lists every item of the level asked that grants an amount, in text order."""
    if not (plan.intent.listing and plan.intent.support) or listing_terms(plan) or plan.place_located:
        return [], None
    level = plan.intent.level
    items = [c for chunks in measures.values() for c in chunks
             if (not level or c.level == level) and _GRANTS_RE.search(c.text)]
    if not items:
        return [], None
    return items, Decision("listing[grants]", ", ".join(c.id for c in items),
                           "asks what support there is, of no subject: every item granting an amount",
                           {"level": level, "items": len(items)})


def listed_measure(plan: Plan, sources: list[Source], measures: Measures, thresholds: Thresholds
                   ) -> tuple[list[Chunk], Decision | None]:
    """For a listing question (…方面有哪些措施), the items of the measure whose title holds its subject.

    Every measure's title is weighed, not only the top item's: "人才培养方面省局有哪些措施" ranks an item
    on 信息公共服务人才培养 first, while the measure 打造知识产权人才高地 is what is asked. Terms are weighted by
    their rarity among the titles (知识产权 is in nearly all of them); the level asked for filters the items.
    """
    if not plan.intent.listing:
        return [], None
    terms = listing_terms(plan)
    if not terms or not measures:
        return [], None
    titles = {key: items[0].measure for key, items in measures.items()}

    def frequency(word: str) -> int:
        return sum(_holds(word, title) for title in titles.values())

    # "在培养、引进知识产权人才上有哪些工作": acts no title holds (培养, 引进) before the thing they are done to
    # (人才, which the titles name) say what is done to it; acts a title holds (保护, 执法), things, and an act
    # closing the subject ("想开放给别人用", "做些什么": what is asked) count as before.
    last_thing = max((i for i, t in enumerate(terms) if names_a_thing(t)), default=-1)
    terms = [t for i, t in enumerate(terms) if names_a_thing(t) or frequency(t) or i > last_thing]

    common = _common_words(terms, titles.values())  # a distinctive word names one measure at most
    idf = {t: math.log((len(titles) + 1) / (frequency(t) + 0.5)) for t in terms}
    total = sum(idf.values())
    if total <= 0:
        return [], None
    shares = {key: sum(idf[t] * _in_title(t, title, common) for t in terms) / total for key, title in titles.items()}
    rank = {(s.chunk.doc, s.chunk.measure_no): i for i, s in reversed(list(enumerate(sources)))}
    best = min(shares, key=lambda key: (-round(shares[key], 6), rank.get(key, len(sources)), key))
    inputs = {"terms": terms, "best": titles[best], "share": round(shares[best], 2)}
    # "人才这块…从学位点到高管培训再到产才对接都安排了什么": the things named, each an item's, that the measure's
    # items name together, under a title holding some of them (人才), ask for the measure too.
    by_items = shares[best] < thresholds.listing_title_share
    if by_items:
        together = "\n".join(c.search_text for c in measures[best])
        if not (shares[best] > 0 and len(terms) >= 3 and all(term_covered(t, together) for t in terms)):
            return [], Decision("listing", "none", "no measure's title holds the subject", inputs)
    # "省局在知识产权保护中心方面有哪些举措": 强化知识产权协同保护 holds 保护 of 保护中心, in part, and retrieval's
    # top five hold more items of another measure (加快创新技术专利获权's, on 保护中心). A title holding the subject
    # only in part is trusted when its measure holds as many of them as any other ("人才培养方面": 打造知识产权人才
    # 高地 holds two of the top three, though an item on 信息公共服务人才培养 ranks first).
    found = Counter((s.chunk.doc, s.chunk.measure_no) for s in sources[:5])
    if shares[best] < 1 and found and found[best] < max(found.values()):
        return [], Decision("listing", "none", f"{titles[best]} holds the subject in part only, and more of the top "
                            "items are of another measure", inputs)
    # "南京市局在自贸区要做什么，省局在自贸区有哪些举措": parts asking of different levels list both.
    level = plan.intent.level if len({p.intent.level for p in plan.parts}) <= 1 else None
    items = [c for c in measures[best] if not level or c.level == level]
    why = f"its title holds {shares[best]:.0%} of the subject (weighted)" + \
        (", and its items name every term together" if by_items else "")
    return items, Decision("listing", titles[best], why, inputs)


# The document itself being issued: "这个清单是什么时候印发的", "任务清单哪年发布的".
_DOCUMENT_DATE_RE = re.compile(r"(?:清单|文件|这份|该文|本文|政策措施)[^，,。？?]{0,8}(?:印发|发布|出台|下发|发文|公布|施行|生效)")
# Asking what measures there are, or how many: 一共有多少项措施, 包括哪些措施.
_MEASURES_ASKED_RE = re.compile(r"(?:多少|几)项|(?:哪些|什么|几)(?:措施|举措)|包括哪些|包括什么")


def overview(plan: Plan, measures: Measures, titles: dict[str, str]) -> tuple[str, list[Chunk], Decision | None]:
    """"任务清单一共有多少项措施": a question about a document as a whole (every word it names is in the title:
    知识产权强省建设, 任务清单) asking what measures it has; or one naming a measure number the document lacks.
    The document's title and the first item of each of its measures, in order."""
    ref = plan.reference
    missing = ref is not None and not any(no == ref.measure_no for _, no in measures)
    terms = [t for t in plan.terms if not _NUMERAL_RE.match(t) and not LEVEL_WORD_RE.match(t)]
    if not missing and not (_MEASURES_ASKED_RE.search(plan.own) and plan.language == "zh"
                            and all(any(_holds(t, title) for title in titles.values()) for t in terms)):
        return "", [], None
    doc = next((d for d in titles if any(key[0] == d for key in measures)), "")
    firsts = [items[0] for (d, _), items in sorted(measures.items()) if d == doc]
    if not firsts:
        return "", [], None
    why = f"no measure {ref.measure_no}" if missing and ref else "asks what measures the document has"
    return titles[doc], firsts, Decision("overview", f"{len(firsts)} measures", why)


# Asking what a body does: 负责哪些工作, 管什么, 哪几条, 有哪些任务; which of anything, in the asker's word for
# it (挑了哪些担子, 手上哪些活儿): of a department, what it is responsible for.
# How many items it has answers by listing them: 负责几条, 有多少项任务.
_DUTIES_ASKED_RE = re.compile(r"(?:负责|管|牵头|承担|挑|扛|抓|干|做)(?:了|着)?(?:什么|啥)|哪些|哪几|"
                              r"(?:几|多少)[条项](?:任务|工作|措施)?")


def department_duties(plan: Plan, measures: Measures, thresholds: Thresholds
                      ) -> tuple[list[tuple[str, list[Chunk]]], list[str], Decision | None]:
    """"知识产权服务处负责哪些工作": every item naming that department as responsible, in text order, when the
    question names a department and asks what it does; of those, the items about the other things it
    names ("产业促进处负责的专利导航有哪些措施": 专利导航), when it names any. Of two or more departments named
    ("宣传教育处和人事处各负责什么"), each one's items in a group of its own: no department is the others'
    subject. The groups, the subject, and the decision."""
    own, named = plan.own, plan.departments
    # "政策法规处和市里各干什么" asks the cities too: the parts' answers, not one department's items.
    if not named or plan.intent.both_levels or not (_DUTIES_ASKED_RE.search(own) or plan.intent.listing):
        return [], [], None  # (a listing: "…负责的事项列出来")
    # "责任部门写了政策法规处的条目": the frame (责任部门, 条目, 事项) is no subject of the duties.
    rest = key_terms(re.sub("|".join(["省知识产权局", "责任部门", "负责部门", *map(re.escape, named.values())]),
                            "，", own))
    subject = _less_categories([t for t in rest if names_new_subject([t]) and t not in ITEM_NOUNS], own)
    # "产业促进处在第七项措施里管哪几条": the measure named by number bounds the items.
    within = plan.reference.measure_no if plan.reference else None
    # "宣传教育处在人才培养上负责哪些事": an item names the subject in its text or under a measure whose title
    # holds it (打造知识产权人才高地 holds 人才培养's distinctive 人才: its 企业高管 training item too).
    groups, dropped = [], []
    for department, written in sorted(named.items(), key=lambda pair: own.find(pair[1])):  # as the asker names them
        names = department_names(department)
        pool = [c for chunks in measures.values() for c in chunks if names & set(c.departments)
                and (within is None or c.measure_no == within)]
        after = own[own.find(written) + len(written):] if written in own else ""
        before = own[:own.find(written)] if written in own else ""
        held, dropped_here = _held_subject(subject, pool, after, before)
        common = _common_words(held, (chunks[0].measure for chunks in measures.values()))
        items = [c for c in pool if all(term_covered(t, c.search_text)
                                        or _in_title(t, c.measure, common) >= thresholds.listing_title_share
                                        for t in held)]
        if not items:
            return [], [], None
        groups.append((department, items))
        dropped += [t for t in dropped_here if t not in dropped]
    subject = [t for t in subject if t not in dropped]
    counts = "; ".join(f"{department}: {len(items)} items" for department, items in groups)
    return groups, subject, Decision("department", counts,
                                     "asks what a department does: every item naming it responsible"
                                     + (f", about {'、'.join(subject)}" if subject else "")
                                     + (f"; none of its items holds {'、'.join(dropped)}" if dropped else "")
                                     + (f"; in measure {within}" if within else ""),
                                     {"subject": subject})


def referenced(plan: Plan, measures: Measures, sources: list[Source]
               ) -> tuple[list[Chunk], list[Chunk], Decision | None]:
    """The items a question names by number ("第十二项措施省局第6条", "第三项措施市里要做什么"): the item, or the
    measure's items of the level named when it names no item and asks nothing else of it. The document is
    the top item's when it has that measure, else the first that does. None when it asks something else
    of the measure ("第五项措施里苏知贷银行承担多少": retrieval, within the measure, answers that). Also the
    measure's items of that level, which say how many there are when the item named is not among them."""
    ref = plan.reference
    if ref is None or (ref.item is None and ref.terms):
        return [], [], None
    docs = [doc for doc, no in measures if no == ref.measure_no]
    if not docs:
        return [], [], Decision("reference", "none", f"no document has a measure {ref.measure_no}")
    doc = next((s.chunk.doc for s in sources if s.chunk.doc in docs), docs[0])
    level = [c for c in measures[(doc, ref.measure_no)] if not ref.level or c.level == ref.level]
    items = [c for c in level if ref.item is None or c.item == ref.item]
    named = f"measure {ref.measure_no}" + (f", {ref.level}" if ref.level else "") + (f", item {ref.item}" if ref.item else "")
    if not items:
        return [], level, Decision("reference", "none", f"{named}: no such item ({len(level)} at that level)")
    return items, level, Decision("reference", ", ".join(c.id for c in items), f"the question names {named} by number")


def choose_template(plan: Plan, outcome: str, listing: bool) -> Decision:
    """Which answer frame fits: refusal, unstated, listing, quote, premise, arithmetic, multi-part or plain."""
    if outcome != "answer":
        name = "not_covered" if outcome == "out_of_scope" else "unstated"
    elif listing:
        name = "measure_listing"
    elif plan.request == "quote":
        name = "quote"
    elif plan.premise:
        name = "premise"
    elif plan.arithmetic:
        name = "arithmetic"
    elif plan.multipart:
        name = "parts"
    else:
        name = "answer"
    return Decision("template", name, f"coverage {outcome}; request {plan.request}; "
                    f"{len(plan.parts)} part(s); premise {'yes' if plan.premise else 'no'}; "
                    f"arithmetic {plan.arithmetic}; language {plan.language}")
