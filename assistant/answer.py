"""Extractive, cited answers: which items to cite, and the answer text built from their own words."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import takewhile
from typing import NamedTuple, TypeVar

import cn2an

from assistant.claims import (
    judge_bearing,
    judge_contrary,
    judge_listing,
    judge_partner,
    judge_places,
    judge_title,
)
from assistant.english import amounts, asked_words, rmb
from assistant.evidence import (
    FUNDING_RE,
    TIERS,
    body,
    clauses,
    figure_pairs,
    has_figure,
    names_an_amount,
    relevant_sentences,
    sentences,
    states_money,
    term_share,
)
from assistant.plan import PAY_WORDS, ItemReference, Part, Plan, Premise, frequencies
from assistant.prompts import Templates
from assistant.question import (
    CEILING_WORDS,
    RATINGS,
    SAME_AMOUNT,
    Intent,
    department_names,
    key_terms,
    synonyms,
    term_covered,
    term_written,
)
from assistant.records import Citation, Source
from index.figures import FIGURE_RE, NUMBER_RE, Figure, amounts_in_digits, evaluate, extract_figures, normalise
from index.records import LEVEL_LABELS, Chunk
from index.tokenization import domain_terms, names_a_thing, segments

# "联盟省里管什么，市里管什么": what a level or body does is each duty its item names, not the best sentence.
_DUTIES_RE = re.compile(r"(?:做|干|管|负责|抓|承担)(?:些|了)?(?:什么|啥|哪些)|干嘛|做啥|"
                        r"(?:职责|职能|任务|分工)(?:又|都|分别|各)?(?:是|有)(?:什么|啥|哪些)")
# A yes/no question, and the word its answer opens with when the cited item is wholly about its subject.
_CAN_RE = re.compile(r"能不能|能否|可不可以|可以吗|能吗|能.{0,12}吗")
# "有啥政策" asks whether there is one; "有啥区别", "有什么用" ask what, which 有。 does not answer.
_HAVE_RE = re.compile(r"有没有|有无|有吗|有啥(?!区别|不同|差别|用|作用|意思|好处|要求)|有什么.{0,6}吗|有.{0,12}吗")


class Worked(NamedTuple):
    """Arithmetic written out for the answer (or ""), why (for the trace), and the amounts it worked out."""

    line: str
    reason: str
    results: tuple[Figure, ...] = ()


@dataclass(frozen=True)
class Draft:
    """An answer's text and the items it cites, in marker order."""

    text: str
    citations: list[Citation]


def departments_text(chunk: Chunk) -> str:
    """The item's departments for display, without the 各设区市 that marks a city duty."""
    return "、".join(d for d in chunk.departments if d != "各设区市")


T = TypeVar("T")

# Where a part's subject ends and its asking begins: "数据知识产权登记|分别归哪个处", "证券化|又是哪个处".
_SUBJECT_END_RE = re.compile(r"分别|各自|又|还|归|由|是|哪|谁|负责|呢|[，,？?]")


def _spelled(text: str) -> str:
    return re.sub(r"\s", "", text)


def own_labels(labels: list[str]) -> list[str]:
    """An enumeration's labels without the context its first one carries: 省商标品牌培育和保护计划工业品牌项目、
    地理标志项目 → 工业品牌项目, 地理标志项目 (the programme's name is every label's, so it tells none apart)."""
    if len(labels) < 2 or len(labels[0]) <= max(len(label) for label in labels[1:]) + 2:
        return labels
    n = len(labels[1])
    return [labels[0][-n:], *labels[1:]] if labels[0][-2:] == labels[1][-2:] else labels


def named_whole(text: str, chunks: list[Chunk]) -> tuple[set[str], str]:
    """The pair labels of ``chunks`` that ``text`` names word for word (four characters or more: "江苏专利奖银奖",
    "工业品牌项目"), and what is left of the text without them, where other pairs may still be named by a word
    of their own."""
    spelled = _spelled(text)
    labels = {_spelled(label) for c in chunks for label in own_labels([label for label, _ in figure_pairs(body(c))])}
    named = {label for label in labels if len(label) >= 4 and label in spelled}
    for label in sorted(named, key=len, reverse=True):
        spelled = spelled.replace(label, "、")
    return named, spelled


def _named_pairs(pairs: list[tuple[str, str]], focus_terms: list[str], named: tuple[set[str], str]
                 ) -> list[tuple[str, str]]:
    """The pairs whose own label the question names word for word (``named``); a name in the turn before
    ("江苏专利奖金奖" before "那银奖呢") is not named unless it holds this turn's words."""
    own = [_spelled(label) for label in own_labels([label for label, _ in pairs])]
    return [p for p, label in zip(pairs, own, strict=True) if label in named[0] and any(t in label for t in focus_terms)]


def _most_about(terms: list[str], items: list[T], chunk: Callable[[T], Chunk]) -> list[T]:
    """The items whose chunk holds the largest share of ``terms`` (all of them on a tie), in their order."""
    shares = [term_share(terms, chunk(item).search_text) for item in items]
    return [item for item, share in zip(items, shares, strict=True) if share >= max(shares, default=0.0)]


def _focused_pairs(pairs: list[tuple[str, str]], focus_terms: list[str],
                   named: tuple[set[str], str] = (set(), "")) -> list[tuple[str, str]]:
    """The pairs a question singles out: those it names word for word (``named``: "拿了江苏专利奖银奖，另外还拿了
    中国专利优秀奖" names 江苏专利奖银奖 and 中国专利优秀奖, not 江苏专利奖优秀奖, whose words it also holds), with
    those the rest of it names; else those whose own label (less the enumeration's context) holds the most of
    its terms ("中国专利"+"金奖" beats "金奖" alone); a term matching every pair ("专利奖") singles out none."""
    rest = named[1]
    # Scored as written: "江苏专利奖 金奖" spelled without its space would hold 奖金.
    own = own_labels([label for label, _ in pairs])
    whole = _named_pairs(pairs, focus_terms, named)
    if whole:  # the rest names pairs by its own words, or by those of a whole name of this item's ("中国外观设计金奖银奖")
        focus_terms = [t for t in focus_terms if t in rest or any(t in _spelled(label) for label, _ in whole)]
    # A grade label ("优秀" of 评价为优秀、良好的) is named by the grade's word with 奖 (优秀奖) too.
    scores = [sum(term in label or (len(label) >= 2 and label in term) for term in focus_terms) for label in own]
    best = max(scores, default=0)
    chosen = [p for p, score in zip(pairs, scores, strict=True) if score == best]
    # "金奖和银奖": each chosen pair is named by a term that tells it from the other pairs.
    distinct = all(any(t in label and not all(t in other for other in own) for t in focus_terms)
                   for label in (o for p, o in zip(pairs, own, strict=True) if p in chosen))
    chosen = chosen if best > 0 and (len(chosen) < len(pairs) or distinct) else []
    # Beside whole names, a pair is named by the rest's own words too: "两个中国专利银奖，外加一个中国外观设计
    # 优秀奖" names no 中国专利优秀奖, though the words of its two whole names make one.
    told = [t for t in focus_terms if t in rest]
    chosen = [p for p, label in zip(pairs, own, strict=True) if p in chosen and (not whole or any(t in label for t in told))]
    return whole + [p for p in chosen if p not in whole]


class Composer:
    """Fills the templates in prompts/ with sentences and figures copied from the cited items."""

    def __init__(self, templates: Templates) -> None:
        self.t = templates

    def _lead(self, cited: list[Citation], focus_terms: list[str], intent: Intent, text: str = "") -> str:
        if intent.department:
            # Staff asking "哪个处室" mean the provincial department, unless they asked about the cities.
            province = [c for c in cited if c.chunk.level == "province" and c.chunk.departments]
            if province and intent.level != "city":
                return self.t.fill("lead_department", level=LEVEL_LABELS["province"],
                                   departments=departments_text(province[0].chunk), n=province[0].n)
            if cited[0].chunk.level == "city":
                return self.t.fill("lead_department", level="", departments=LEVEL_LABELS["city"], n=cited[0].n)
        if intent.figure:
            named = named_whole(text, [c.chunk for c in cited])
            focused = [(c, _focused_pairs(figure_pairs(body(c.chunk)), focus_terms, named)) for c in cited]
            focused = [(c, pairs) for c, pairs in focused if pairs]
            # "高价值专利培育示范中心优秀奖多少": 优秀 of the centre's evaluation, not 中国专利优秀奖 of another item
            # whose label holds the grade word too. Of the items singling out pairs, those most about the
            # question's subject lead, unless the question names pairs of several items word for word.
            if len([c for c in cited if _named_pairs(figure_pairs(body(c.chunk)), focus_terms, named)]) < 2:
                focused = _most_about(focus_terms, focused, lambda x: x[0].chunk)
            lines = [self.t.fill("lead_figure", label=label, value=value, n=c.n) for c, pairs in focused
                     for label, value in pairs]
            if lines:
                return "；".join(lines) + "。"
        return ""

    def _basis(self, cited: list[Citation], terms: list[str], intent: Intent, quoted: str = "") -> str:
        """Each cited item's place and the sentences the question needs, less those the lead already quotes. A
        listing quotes each item whole: its later sentences are measures of their own (第2条's 蓝天专项行动)."""
        lines = [
            self.t.fill("basis_item", n=c.n, place=c.chunk.place, quote="".join(
                s for s in (sentences(body(c.chunk)) if intent.listing else
                            relevant_sentences(c.chunk, terms, intent.figure, support=intent.support))
                if s not in quoted)).rstrip("：")
            for c in cited
        ]
        return "\n".join(lines)

    def _figures(self, cited: list[Citation], intent: Intent) -> str:
        if not intent.figure:
            return ""
        lines = [
            self.t.fill("figure_line", label=label, value=value, n=c.n)
            for c in cited for label, value in figure_pairs(body(c.chunk))
        ]
        return "\n".join([self.t.fill("figures_header")] + lines) if lines else ""

    def _responsibility(self, cited: list[Citation]) -> str:
        entries: dict[tuple[str, str], list[int]] = {}
        for c in cited:
            if c.chunk.level == "province" and c.chunk.departments:
                key = (departments_text(c.chunk), LEVEL_LABELS["province"])
            elif c.chunk.level == "city":
                key = ("各设区市", "市级")
            else:
                continue
            entries.setdefault(key, []).append(c.n)
        parts = [
            self.t.fill("responsibility_entry", departments=d, level=level, n="][".join(map(str, ns)))
            for (d, level), ns in entries.items()
        ]
        return self.t.fill("responsibility", entries="；".join(parts)) if parts else ""

    def _answer_line(self, text: str, part: Part, cited: list[Citation], opens: bool = True) -> str:
        """The line an answer opens with when no figure or department leads: the cited item's sentence that
        answers, opened with 能/有 for a yes/no question the item is wholly about, unless ``opens`` is False (a
        premise asserted is judged by 是的/不对 instead: "获批能拿200万奖励，是真的吗" is no 能)."""
        top = cited[0]
        # The amounts the asker names locate a tier ("1000万到3000万的部分"); shares asserted do not.
        named = frozenset(f for f in normalise(text) | normalise(" ".join(amounts(text))) if f[0] == "money")
        every = sentences(body(top.chunk))
        duties = bool(_DUTIES_RE.search(text))
        found = every if duties else \
            relevant_sentences(top.chunk, part.terms, part.intent.figure, 1, part.intent.support, named)
        # "苏知贷贷款2500万，银行承担几成": of an item stating its shares by tier, the sentence of the tier the
        # asker's amount falls in, not the first tier's 20%.
        tiered = [s for s in every if _tier_condition(s)]
        located = _locating(text, [value for _, value in named])
        if len(tiered) > 1 and located is not None and not duties:
            found = [s for s in tiered if _in_tier(s, located)][:1] or found
        if not found:
            return ""
        wholly = term_share(part.focus_terms, top.chunk.search_text) == 1.0
        opening = ("能。" if _CAN_RE.search(text) else "有。" if _HAVE_RE.search(text) else "") if wholly and opens else ""
        return self.t.fill("lead_answer", opening=opening, sentence="".join(found), n=top.n)

    def _part_lead(self, part: Part, cited: list[Citation], multipart: bool) -> str:
        """A part's figures or department; for a part of several, else the sentence of its item that answers
        it, so that every part is answered ("示范中心和运营中心每个项目分别支持多少")."""
        if not cited:
            return ""
        lead = self._lead(cited, part.focus_terms, part.intent, part.text)
        if lead and multipart and part.intent.department:
            # "江苏专利奖、中国专利奖、苏知贷分别归哪个处室": each department line says which subject it is for.
            subject = _SUBJECT_END_RE.split(part.text.split(" ")[-1])[0].strip()
            return f"{subject}：{lead}" if len(subject) >= 2 and subject not in lead else lead
        return lead or (self._answer_line(part.text, part, cited) if multipart else "")

    def _verdict(self, plan: Plan, cited: list[Citation], lead_values: list[str],
                 total: Figure | None = None) -> tuple[str, str]:
        """"不对。" or "是的。" for a question asserting figures, departments or a frequency, a total asserted
        judged by the ``total`` worked out; and why."""
        premise = plan.premise
        shared = bool(premise and any(f.kind == "percent" for f in premise.figures))
        if plan.statement and cited:
            # Who bears a thing, who is listed, or where a thing is, read from the items' structure ("…一起承担的
            # 吧"). A share asserted is judged below, unless of a thing one party bears wholly ("利息损失…各担一半": the bank
            # bears all of it, whatever share the items state of the principal).
            for c in cited:
                item_text = body(c.chunk)
                listing = None if plan.statement.denied else judge_listing(plan.statement, item_text)
                # The names are the item's; what is asserted of them (a figure, 比…少) is judged below.
                if listing and listing.holds and (premise or plan.comparison):
                    listing = None
                judged = judge_title(plan.statement, item_text) or judge_bearing(plan.statement, item_text) \
                    or listing or (None if premise else judge_places(plan.statement, item_text)
                                   or judge_partner(plan.statement, item_text))
                if judged and judged.named:
                    return self.t.fill("premise_false_named", named=judged.named, what=judged.unstated), \
                        f"{c.chunk.id}: {judged.reason}: {judged.clause}"
                if judged and judged.unstated:
                    return self.t.fill("premise_unstated", what=judged.unstated), \
                        f"{c.chunk.id}: {judged.reason}: {judged.clause}"
                if judged and (judged.whole or not shared):
                    verdict = "premise_true" if judged.holds else "premise_false"
                    return self.t.raw(verdict), f"{c.chunk.id}: {judged.reason}: {judged.clause}"
        if plan.comparison and cited:
            compared = _chained_amounts(plan.comparison[:2], [c.chunk for c in cited])
            if compared:
                first, second = compared
                way = plan.comparison[2]
                holds = first.value > second.value if way == "more" else first.value < second.value \
                    if way == "less" else first.value == second.value
                relation = {"more": "more than", "less": "less than"}.get(way, "the same as")
                by = next((f for f in premise.figures if f.kind == "money"), None) if premise else None
                if by is not None:  # "比银奖多50万": by the amount asserted, too
                    holds = holds and abs(first.value - second.value) == by.value
                    relation = f"{way} by {by.text} than"
                why = (f"asserted {plan.comparison[0]} {relation} {plan.comparison[1]}: "
                       f"{_money_text(first)} against {_money_text(second)}")
                return self.t.raw("premise_true" if holds else "premise_false"), why
        if premise and cited and (beyond := _tier_beyond(plan, premise.figures, cited)):
            return self.t.raw("premise_false"), beyond
        if premise is None and plan.claim and cited:
            return self._claim_verdict(plan.claim, cited)
        if premise is None and plan.contrary and cited:
            names = domain_terms()
            for c in cited:
                if contrary := judge_contrary(plan.contrary, body(c.chunk), names):
                    verdict = "premise_true" if contrary.holds else "premise_false"
                    return self.t.raw(verdict), f"{c.chunk.id}: {contrary.reason}: {contrary.clause}"
        if premise is None or not cited:
            return "", ""
        text = "\n".join(body(c.chunk) for c in cited)
        # The figures the answer leads with ("金奖：30万元") when it singles some out, else all the items state.
        stated = normalise("、".join(lead_values)) or normalise(text)
        # An asserted share is checked against the shares stated for its tier and its party
        # ("1000万以内，合作银行承担一半": 20%, not the 50% of the next tier or the 80% of the fund).
        money = [f.value for f in premise.figures if f.kind == "money"]
        shares = {pct.value for _, _, pct in _shares_for(plan, cited, _locating(plan.own, money))}
        # One asserted amount is checked against the amount the question's words name ("示范区奖励最多50万吧":
        # 100万元, though the item states 50万元 for another thing); a share as above.
        # The question's words are read as the items write them ("地标项目" → 地理标志项目) to find that amount.
        # "外观设计金奖跟中国专利金奖一样都是一百万吧": the amount is asserted of both, each judged by its own amount.
        worded = _in_policy_words(plan, text)
        named = _operand(_STANDARD_RE.sub("", worded), [c.chunk for c in cited]) \
            if len(money) == 1 and not shares else None
        standard = _operand(same.group(0), [c.chunk for c in cited]) \
            if named and (same := _STANDARD_RE.search(worded)) else None
        # Two or more asserted amounts, each in a clause of its own naming one of the items' amounts: each is
        # checked against that one ("示范区奖励100万，重点联系指导项目也是100万吧": 50万元 for the second).
        # A total asserted is checked against the sum worked out, its addends as above.
        totals = [f for f in premise.figures if f.text in premise.totals] if total is not None else []
        # The asker's own amount a share is worked out of asserts nothing of the policy.
        base = [f for f in premise.figures if f.kind == "money" and f not in totals] \
            if plan.arithmetic == "share" and totals else []
        operands = [(f, _operand(clause, [c.chunk for c in cited])) for clause, f in premise.amounts_by_clause
                    if f not in totals] if len(money) > 1 and not shares else []
        by_clause = [(f.value == operand.value, f.text) for f, operand in operands if operand] \
            if len(operands) == len(money) - len(totals) and all(o for _, o in operands) else []
        by_clause += [(abs(f.value - total.value) < 0.5, f.text) for f in totals if total is not None]
        # "贷款2000万，银行承担一半对吧": beside an asserted share, an amount the items do not state is the asker's
        # own, which locates the tier; it asserts nothing of the policy.
        own = {f.value for f in premise.figures if f.kind == "money" and ("money", f.value) not in normalise(text)} \
            if shares and any(f.kind == "percent" for f in premise.figures) else set()
        checks = by_clause + [(f.value == named.value if named and f.kind == "money" else (f.kind, f.value) in stated,
                               f.text) for f in premise.figures if (f.kind != "percent" or not shares)
                              and f.value not in own and not (by_clause and f.kind == "money")
                              and f.text not in premise.below and f not in base + totals]
        checks += [(f.value == standard.value, f.text) for f in premise.figures
                   if standard and f.kind == "money" and f.text not in premise.below]
        # "外观设计优秀奖不到20万吧": an amount said to exceed the one the words name, which must be below it.
        checks += [(named.value < f.value, f"不到{f.text}") for f in premise.figures
                   if f.text in premise.below and named and f.kind == "money"]
        checks += [(f.value in shares, f.text) for f in premise.figures if f.kind == "percent" and shares]
        # A department asserted under any name the task list gives it (宣教处 is 宣传教育处).
        asserted_names = {n for d in premise.departments for n in department_names(d)}
        checks += [(bool(department_names(d) & set(cited[0].chunk.departments)), d) for d in premise.departments]
        if premise.sole and premise.departments:  # "只有知识产权保护处一家负责": no other department named
            others = [d for d in cited[0].chunk.departments if d not in asserted_names and d != "各设区市"]
            checks.append((not others, f"只有{'、'.join(premise.departments)}"))
        # A frequency is checked against the item about the subject; none stating one leaves it unstated.
        about = _frequency_judged_by(plan, premise, cited)
        stated_frequencies = frequencies(body(about[0].chunk)) if about else []
        unstated = [f for f in premise.frequencies if not stated_frequencies]
        checks += [(f in stated_frequencies, f) for f in premise.frequencies if stated_frequencies]
        # "不是250万，对吗", "不是每年评吧": a denied figure, frequency or department holds when the items do not
        # state it; one negated otherwise ("不给250万吧") is not judged.
        checks = [(ok != (what in premise.denied), f"不是{what}" if what in premise.denied else what)
                  for ok, what in checks if what not in premise.unjudged]
        # "市里配套奖励30万，是文件里定的吧": an amount asserted of items that state none is unstated, not wrong.
        amount_unstated = bool(money) and not any(states_money(body(c.chunk)) for c in cited)
        if amount_unstated:
            asserted = {f.text for f in premise.figures if f.kind == "money"}
            checks = [(ok, what) for ok, what in checks if what.removeprefix("不是") not in asserted]
        if not checks and not unstated and not amount_unstated:
            return "", f"negated in a way no check judges: {'、'.join(premise.unjudged)}" if premise.unjudged else ""
        wrong = [what for ok, what in checks if not ok]
        reason = (f"asserted {', '.join([*(w for _, w in checks), *unstated])}; not stated: {', '.join(wrong) or 'none'}"
                  + (f"; {about[0].chunk.id} states no frequency" if unstated else "")
                  + ("; the cited items state no amount" if amount_unstated else ""))
        if wrong:
            return self.t.raw("premise_false"), reason
        if tiered := self._tiered(plan, cited, premise, money):
            return tiered, reason + "; holds in one tier only"
        if unstated or amount_unstated:
            what = ["是否" + "、".join(unstated)] if unstated else []
            what += [plan.amount_word] if amount_unstated else []
            return self.t.fill("premise_unstated", what="、".join(what)), reason
        return self.t.raw("premise_true"), reason

    def _claim_verdict(self, claim: list[str], cited: list[Citation]) -> tuple[str, str]:
        """"是的。" when one clause of a cited item holds every word of an asserted statement (two or more),
        less the domain names it is about, which the item holds anywhere: "苏知贷的利息损失风险全部由合作银行
        承担" in "合作银行承担…和全部利息损失风险". A statement no clause holds whole gets no verdict
        ("…由省风险补偿基金承担": 基金 and 利息 are in different clauses): words alone cannot show it false."""
        names = domain_terms()
        for c in cited:
            text = body(c.chunk)
            asserted = [t for t in claim if not (t in names and term_covered(t, text))]
            if len(asserted) < 2:
                continue
            for clause in clauses(text):  # each word written whole: 南京大学 is not in 南京理工大学
                if all(term_written(t, clause) for t in asserted):
                    return self.t.raw("premise_true"), f"{c.chunk.id} holds {'、'.join(asserted)} in one clause: {clause}"
        return "", ""

    def _tiered(self, plan: Plan, cited: list[Citation], premise: Premise, money: list[float]) -> str:
        """"苏知贷银行承担一半对吗": a share asserted without an amount that holds in one tier only (50% for
        1000万-3000万, 20% up to 1000万) is confirmed for that tier alone, with each tier's share of that party."""
        asserted = {f.value for f in premise.figures if f.kind == "percent"}
        if money or not asserted:
            return ""
        of_party = _shares_for(plan, cited, None)
        tiers = [(_tier_condition(sentence), clause, pct, c.n) for c in cited
                 for sentence in _SENTENCE_RE.split(body(c.chunk)) for clause, pct in _share_clauses(sentence)
                 if (c, clause, pct) in of_party and _tier_condition(sentence)]
        if len({pct.value for _, _, pct, _ in tiers}) < 2:
            return ""
        lines = [self.t.fill("premise_tier_line", condition=condition, clause=clause, n=n)
                 for condition, clause, _, n in tiers]
        return self.t.fill("premise_tiered", lines="\n".join(lines))

    def _arithmetic(self, plan: Plan, cited: list[Citation], values: list[str],
                    parts: list[tuple[Part, list[Chunk]]], graded: list[tuple[str, Figure]]) -> Worked:
        """"合计：30万元 + 100万元 = 130万元" from one cited amount per part of the question, or the figures the
        answer leads with, or the asker's own figures that the cited items state."""
        if plan.amount_word.endswith("比例"):  # a share asked: no amount of money answers it
            return self._share_difference(plan, cited) if plan.arithmetic == "difference" else \
                Worked("", "a share asked: nothing to compute")
        if plan.arithmetic == "difference" and (gap := self._share_gap(plan, cited)).line:
            return gap
        # "1000万以内跟1000万以上的，差多少": parts or sides named by the amounts bounding their tiers name no
        # amount to compute with.
        bounds = _bounds(plan.own)
        # A total asserted ("…一共50万对吧") is what the addends sum to, not one of them.
        totals = plan.premise.totals if plan.premise else []
        operands = [None if f and f.value in bounds else f for f in _operands(parts)] if plan.multipart else []
        # The amounts a sum's subjects, or a comparison's two sides, name: "立项支持加上良好奖励", "A是B的几倍",
        # in the words the cited items use ("地标项目" → 地理标志项目).
        written = "\n".join(body(c.chunk) for c in cited)
        addends = [_policy_words(a, plan.terms, written) for a in plan.addends]
        sides = _chained_amounts(addends, [c.chunk for c in cited]) or \
            _chained_amounts(last_clauses(addends), [c.chunk for c in cited])
        sides = [] if any(f.value in bounds for f in sides) else sides
        if operands and all(operands):
            # "一个银奖加两个发明人奖": each part's amount as many times as the part counts it, in the asker's
            # words for it when the sum's addends are its parts (a part may carry another's asking words: "银奖两项
            # 奖多少钱" of "银奖两项加一个发明人奖多少钱").
            counted = plan.addends if len(plan.addends) == len(parts) else [part.text for part, _ in parts]
            figures = [f for text, f in zip(counted, operands, strict=True) if f for _ in range(_counted(text))]
        elif plan.multipart:  # a part names no one amount: its leads are no operands ("优秀奖" of two prizes),
            # but the two sides compared may each name one ("同样是金奖，中国专利奖的比江苏专利奖的高出多少").
            # So may the grades won, each a part's ("两个项目分别捧回江苏专利奖的金奖、银奖，…两笔加一块").
            figures = sides if plan.arithmetic in ("difference", "ratio") and len(sides) == len(plan.addends) == 2 \
                else [f for _, f in graded]
        else:  # the amounts the answer leads with, and the asker's own that the cited items state
            figures = [f for v in values for f in extract_figures(v)]
            stated = normalise(written)
            # "1000万以内和1000万以上…差多少": an amount bounding a tier is where, not what is computed.
            figures += [f for f in extract_figures(plan.own) if (f.kind, f.value) in stated
                        and all((f.kind, f.value) != (g.kind, g.value) for g in figures)
                        and f.value not in bounds and f.text not in totals]
            if len([f for f in figures if f.kind == "money"]) < 2 and plan.sum_of_all and cited:
                figures = _all_amounts(cited[0].chunk, plan.sum_of_all, plan.own)
            # "金银优秀奖三个都拿了": the amounts of the grades enumerated, of the thing the question names.
            if graded:
                figures = [f for _, f in graded]
            if plan.extremes and cited and (every := _all_amounts(cited[0].chunk, -1, plan.own)):
                figures = [max(every, key=lambda f: f.value), min(every, key=lambda f: f.value)]
            # "示范中心立项支持加上良好奖励一共多少": one amount led, the other named by the sum's other subject.
            # Each side naming its own amount outweighs the leads: "评上示范中心优秀，再拿个江苏专利奖银奖" is
            # 50万元 + 20万元, though 优秀 also leads the prize's 优秀奖.
            # A side counted before its thing ("拿了两个中国专利银奖，外加一个…优秀奖") counts its amount as often;
            # a count closing the last side counts the sides ("金奖、银奖、优秀奖三个加一块").
            if len(sides) > 1 and len(sides) == len(plan.addends):
                figures = [f for text, f in zip(plan.addends, sides, strict=True)
                           for _ in range(_counted(text) if plan.arithmetic == "sum" and not _COUNT_CLOSING_RE.search(text)
                                          else 1)]
            elif len(sides) > 1 and len([f for f in figures if f.kind == "money"]) < 2:
                figures = sides
            # "金奖拿了两次，一共多少": the one amount, as many times as it was won.
            # "三个高价值专利培育项目立项": a count of the unit the cited item gives its amount for (每个项目).
            times = plan.times or next((n for c in cited if (n := _units_counted(plan.own, body(c.chunk)))), 0)
            if times > 1 and len(sides) == 1 and not any(f.kind == "money" for f in figures):
                figures = sides  # no amount led ("…示范区，省里奖励加起来"): the one its subject names
            if times > 1 and len(once := [f for f in figures if f.kind == "money"]) == 1:
                figures = once * times
            # "两个项目都评上了银奖，另外有位同事拿了发明人奖，三笔加总": the asker counts the amounts summed (三笔),
            # and the amounts found are fewer or more: which one is counted twice is not read, so no total is guessed.
            found = len([f for f in figures if f.kind == "money"])
            if plan.amounts_counted and plan.amounts_counted != found:
                return Worked("", f"the asker sums {plan.amounts_counted} amounts, and {found} are found: not summed")
        money = [f for f in figures if f.kind == "money"]
        # "金奖30万加银奖25万，一共55万对吧": the asker's own addends say how many amounts the sum has; more
        # found (every 金奖 and 银奖 of two prizes) is a sum of other things, left uncomputed.
        given = [f for f in extract_figures(plan.own) if f.kind == "money" and f.value not in bounds
                 and f.text not in totals]
        if plan.arithmetic == "sum" and not plan.multipart and len(given) > 1 and len(money) != len(given):
            return Worked("", f"{len(money)} cited amounts for the asker's {len(given)}: not summed")
        # "示范区和运营中心两个都批了，另外拿了个中国专利金奖": fewer amounts than the things added name is a total
        # of some of them, no total.
        if plan.arithmetic == "sum" and 1 < len(money) < len(sides):
            return Worked("", f"{len(money)} amounts for {len(sides)} named by the things added: not summed")
        # "外观设计金奖是优秀奖的几倍": the two amounts its two sides name, in the order asked.
        compared = sides if plan.arithmetic in ("ratio", "difference") and len(plan.addends) == 2 else []
        money = compared or money
        if len(money) < 2 or (plan.arithmetic in ("ratio", "difference") and len(money) != 2):
            return Worked("", f"{len(money)} cited amount(s): nothing to compute")
        if plan.arithmetic == "difference":
            money = sorted(money, key=lambda f: -f.value)
            ops, label = ["−"], "相差"
        elif plan.arithmetic == "ratio":  # as asked, else the larger over the smaller (几分之几: a fraction)
            money = money if compared else sorted(money, key=lambda f: f.value if "几分之几" in plan.own else -f.value)
            ops, label = ["÷"], "倍数"
        else:
            ops, label = ["+"] * (len(money) - 1), "合计"
        result = evaluate(money, ["-" if o == "−" else o for o in ops])
        assert result is not None
        expression = " ".join([_money_text(money[0])] + [f"{o} {_money_text(f)}" for o, f in zip(ops, money[1:],
                                                                                                   strict=True)])
        expression += f" = {_money_text(result) if result.kind == 'money' else result.text}"
        refs = "".join(f"[{c.n}]" for c in cited)
        return Worked(self.t.fill("arithmetic", label=label, expression=expression, refs=refs), expression, (result,))

    def _share_difference(self, plan: Plan, cited: list[Citation]) -> Worked:
        """"省基金比银行多担几个百分点": in each tier (the asker's, when an amount locates one), the share of the
        side bearing more less the other's; "1000万以内和以上，基金承担比例差多少": one party's share in the two
        tiers, the larger less the smaller."""
        located = _locating(plan.own, [f.value for f in extract_figures(plan.own) if f.kind == "money"])
        tiers = _tiers(plan, cited, located)
        lines = _sides_shares(plan, tiers)
        if not lines:  # one party's share in two tiers
            party = _shares_for(plan, cited, None)
            by_tier = [(c, condition, [pct for x, clause, pct in party if x is c and (clause, pct) in clauses])
                       for c, condition, clauses in tiers]
            shares = [(c, condition, found[0]) for c, condition, found in by_tier if len(found) == 1 and condition]
            if len(shares) == 2:
                high, low = sorted(shares, key=lambda x: -x[2].value)
                lines.append((high[0], f"{high[1]}与{low[1]}", high[2], low[2]))
        if not lines:
            return Worked("", "no two shares of the sides asked in one tier, nor of one party in two tiers")
        texts, expressions, results = [], [], []
        for c, condition, first, second in lines:  # the larger share first: "少担几个百分点" is never below zero
            result = evaluate([first, second], ["−"])
            assert result is not None
            expressions.append(f"{first.text} − {second.text} = {result.text}")
            results.append(result)
            texts.append(self.t.fill("share_difference", expression=expressions[-1], condition=condition, n=c.n))
        return Worked("\n".join(texts), "; ".join(expressions), tuple(results))

    def _share_gap(self, plan: Plan, cited: list[Citation]) -> Worked:
        """"苏知贷800万，省基金比银行多担多少钱": the asker's amount times each side's share in its tier, the
        larger less the smaller: 800万元 × 80% = 640万元，800万元 × 20% = 160万元，640万元 − 160万元 = 480万元."""
        bounds = _bounds(plan.own)
        amount = next((f for f in extract_figures(plan.own) if f.kind == "money" and f.value not in bounds), None)
        lines = _sides_shares(plan, _tiers(plan, cited, amount.value)) if amount else []
        if amount is None or len(lines) != 1:
            return Worked("", "")
        c, condition, first, second = lines[0]  # "银行比省基金少担多少": the larger share first, the gap not below zero
        more, less = evaluate([amount, first], ["×"]), evaluate([amount, second], ["×"])
        if more is None or less is None or (result := evaluate([more, less], ["−"])) is None:
            return Worked("", "")
        # Step by step, each step checkable on its own: the two amounts borne, then their difference.
        given = _money_text(amount)
        expression = f"{given} × {first.text} = {_money_text(more)}，{given} × {second.text} = {_money_text(less)}，" \
                     f"{_money_text(more)} − {_money_text(less)} = {_money_text(result)}"
        return Worked(self.t.fill("share_gap", expression=expression, condition=condition, n=c.n),
                      expression, (result,))

    def _share(self, plan: Plan, cited: list[Citation]) -> Worked:
        """"按你说的500万元计：500万元 × 80% = 400万元（省风险补偿基金承担80%的…）" from the share a cited item
        states for the tier the asker's amount falls in, and for the party the question names."""
        amount = next((f for f in extract_figures(plan.own) if f.kind == "money"), None)
        if amount is None:
            return Worked("", "no amount of the asker's own")
        clauses = _shares_for(plan, cited, amount.value)
        if not clauses:
            tiers = [cond for c in cited for sentence in _SENTENCE_RE.split(body(c.chunk))
                     if _share_clauses(sentence) and (cond := _tier_condition(sentence))]
            line = self.t.fill("share_outside", amount=_money_text(amount), tiers="、".join(f"「{t}」" for t in tiers),
                               refs="".join(f"[{c.n}]" for c in cited)) if tiers else ""
            return Worked(line, f"no cited item states a share for {amount.text}"
                          + (": outside every tier" if tiers else ""))
        lines, results = [], []
        for c, clause, pct in clauses:
            result = evaluate([amount, pct], ["×"])
            assert result is not None
            results.append(result)
            lines.append(self.t.fill("share_line", expression=f"{_money_text(amount)} × {pct.text} = "
                                     f"{_money_text(result)}", clause=clause, n=c.n))
        condition = next((cond for c in cited for sentence in _SENTENCE_RE.split(body(c.chunk))
                          if (cond := _tier_condition(sentence)) and _in_tier(sentence, amount.value)), "")
        line = self.t.fill("share", amount=_money_text(amount),
                           condition=self.t.fill("share_tier", condition=condition) if condition else "",
                           lines="\n".join(lines))
        return Worked(line, f"{amount.text} × the share stated for it ({len(lines)} line(s))", tuple(results))

    def compose(self, plan: Plan, parts: list[tuple[Part, list[Chunk]]], header: str = "",
                notes: str = "") -> tuple[Draft, dict[str, str]]:
        """An answer citing each part's items as [1], [2], …; ``header`` replaces the computed leads.

        Returns the draft and what was decided while composing (verdict, arithmetic), for the trace.
        """
        chunks = list({c.id: c for _, part_chunks in parts for c in part_chunks}.values())
        cited = [Citation(n, chunk) for n, chunk in enumerate(chunks, start=1)]
        by_id = {c.chunk.id: c for c in cited}
        leads = [self._part_lead(part, [by_id[c.id] for c in part_chunks], plan.multipart)
                 for part, part_chunks in parts]
        lead = header or "\n".join(_distinct(leads))
        if not lead and cited and plan.request != "quote":
            # "江苏专利奖每年评一次，对吧": the item the frequency is judged by opens, so that the stated one
            # (每两年) follows 不对.
            judged_by = _frequency_judged_by(plan, plan.premise, cited)[:1] if plan.premise else []
            lead = self._answer_line(plan.text, Part(plan.text, plan.terms, plan.focus_terms, plan.intent),
                                     judged_by + [c for c in cited if c not in judged_by], opens=not plan.premise)
        values = [v for part, part_chunks in parts for v in _part_values(part, part_chunks)]
        decided: dict[str, str] = {}
        worked = Worked("", "")
        if plan.arithmetic and not header:
            if plan.arithmetic == "share":  # the worked-out amount is the answer; the share it rests on follows
                worked = self._share(plan, cited)
                lead = "\n".join(x for x in (worked.line, lead) if x)
            else:
                # "中国外观设计金银优秀奖三个都拿了": the grades' amounts, of the first cited item labelling them all.
                n, graded = next(((c.n, g) for c in cited if (g := _graded_labels(c.chunk, plan.grades, plan.own))),
                                 (0, [])) if plan.grades else (0, [])
                worked = self._arithmetic(plan, cited, values, parts, graded)
                # Each grade summed leads, not the one its words name last.
                if graded and worked.line and all(f.text in worked.line for _, f in graded):
                    lead = "；".join(self.t.fill("lead_figure", label=label, value=f.text, n=n)
                                    for label, f in graded) + "。"
                lead = "\n".join(x for x in (lead, worked.line) if x)
            decided["arithmetic"] = worked.reason
        # A total asserted ("…合计300万对不对") is judged by the sum worked out above; a share of the asker's
        # amount ("800万，省基金担640万") by the one share worked out for the party named.
        total = worked.results[0] if len(worked.results) == 1 and plan.arithmetic in ("sum", "share") else None
        verdict, decided["premise"] = self._verdict(plan, cited, values, total)
        if plan.request == "location" and cited and not header:  # "在哪些条目出现过": every cited item's place
            places = [self.t.fill("lead_location", place=c.chunk.place, n=c.n)
                      for c in (cited if plan.intent.listing else cited[:1])]
            lead = "\n".join(x for x in (*places, lead) if x)
        terms = list(dict.fromkeys(t for part, _ in parts for t in part.terms)) or plan.terms
        basis = self._basis(cited, terms, plan.intent, lead)
        if lead:
            basis = "\n".join([self.t.fill("basis_header"), basis])
        if plan.request == "quote" and not header:
            basis = "\n".join(self.t.fill("quote", place=c.chunk.place, n=c.n, text=c.chunk.text,
                                           departments=departments_text(c.chunk) or LEVEL_LABELS[c.chunk.level])
                              for c in cited)
        text = self.t.answer(verdict=verdict, lead=lead, basis=basis, figures=self._figures(cited, plan.intent),
                             responsibility=self._responsibility(cited), notes=notes)
        if plan.language == "en":
            text = "\n".join([self.t.raw("en_header"), rmb(text)])
        return Draft(text=text, citations=cited), {k: v for k, v in decided.items() if v}

    def _listing(self, plan: Plan, chunks: list[Chunk], header: str, intent: Intent) -> Draft:
        """``chunks`` listed under ``header``: no lead, verdict or arithmetic of the question's own."""
        part = Part(plan.text, plan.terms, [], intent)
        listing = replace(plan, intent=intent, premise=None, arithmetic=None)
        return self.compose(listing, [(part, chunks)], header=header)[0]

    def measure_listing(self, plan: Plan, chunks: list[Chunk]) -> Draft:
        """Every item of one measure, for "…有哪些支持" questions."""
        header = self.t.fill("lead_measure", measure=chunks[0].measure_label or chunks[0].measure, count=len(chunks))
        return self._listing(plan, chunks, header, Intent(plan.intent.figure, False, True, plan.intent.level))

    def referenced(self, plan: Plan, chunks: list[Chunk]) -> Draft:
        """Items named by number: an item verbatim with its department, or a measure's items listed."""
        if plan.reference and plan.reference.item:
            part = Part(plan.text, plan.terms, [], Intent(False, False, False, plan.intent.level))
            return self.compose(replace(plan, request="quote", premise=None, arithmetic=None), [(part, chunks)])[0]
        return self.measure_listing(plan, chunks)

    def department_duties(self, groups: list[tuple[str, list[Chunk]]], subject: list[str]) -> Draft:
        """Each department's items, one line each with its place and first sentence, or the sentence naming the
        subject asked of when there is one (专利代理: the 蓝天 action, not the item's 双随机 spot checks), each
        cited; of several departments, one block each, cited on from the last (an item two of them share is
        cited once)."""
        numbers: dict[str, int] = {}
        cited: list[Citation] = []
        blocks = []
        for department, chunks in groups:
            lines = []
            for chunk in chunks:
                if chunk.id not in numbers:
                    numbers[chunk.id] = len(cited) + 1
                    cited.append(Citation(numbers[chunk.id], chunk))
                lines.append(self.t.fill("department_duty", place=chunk.place, n=numbers[chunk.id], sentence=(
                    relevant_sentences(chunk, subject, False, 1) if subject else sentences(body(chunk)) or [""])[0]))
            # Under the name its items write most, and the others they write (对外合作交流处, also 对外交流合作处).
            written = Counter(d for c in chunks for d in c.departments if d in department_names(department))
            names = [d for d, _ in written.most_common()] or [department]
            label = self.t.fill("department_also_written", department=names[0], others="、".join(names[1:])) \
                if len(names) > 1 else names[0]
            blocks.append(self.t.fill("department_duties", department=label, count=len(chunks),
                                      lines="\n".join(lines)))
        return Draft("\n\n".join(blocks), cited)

    def overview(self, title: str, firsts: list[Chunk], missing: int | None = None) -> str:
        """The measures of a document, one line each ("（一）开展高价值专利培育"), after "任务清单没有第21项措施。"
        when the question named a measure it lacks."""
        lines = [c.measure_label or c.measure for c in firsts]
        text = self.t.fill("overview", title=title, count=len(firsts), lines="\n".join(lines))
        return (self.t.fill("no_such_measure", no=missing) + "\n" if missing else "") + text

    def reference_missing(self, reference: ItemReference, of_level: list[Chunk]) -> str:
        """"任务清单（二）实施产业专利导航工程各设区市没有第5条（共1条）。"."""
        first = of_level[0]
        level = LEVEL_LABELS[reference.level] if reference.level else ""
        return self.t.fill("reference_missing", measure=first.measure_label or first.measure, level=level,
                           item=reference.item, count=len(of_level))

    def subject_listing(self, plan: Plan, subject: list[str], chunks: list[Chunk]) -> Draft:
        """Every item naming a subject no measure's title holds ("地理标志相关的支持措施有哪些"); the one item naming
        a city whose places are asked, by its place ("连云港在清单里出现在哪些地方": 出自…第2条)."""
        if plan.place_located and len(chunks) == 1:
            part = Part(plan.text, plan.terms, [], Intent(False, False, False, None))
            return self.compose(replace(plan, premise=None, arithmetic=None), [(part, chunks)])[0]
        header = self.t.fill("lead_subject", subject="」「".join(subject), count=len(chunks))
        return self._listing(plan, chunks, header, Intent(plan.intent.figure, False, True, plan.intent.level))

    def grants_listing(self, plan: Plan, chunks: list[Chunk]) -> Draft:
        """Every item granting an amount ("省里给钱的事项都有哪些"), with the amounts each states."""
        header = self.t.fill("lead_grants", count=len(chunks))
        return self._listing(plan, chunks, header, Intent(True, False, True, plan.intent.level))

    def _closest(self, sources: list[Source], english: bool) -> str:
        places = "；".join(dict.fromkeys(s.chunk.place for s in sources[:3]))
        if not places:
            return ""
        return self.t.fill("en_closest" if english else "closest_items", places=places)

    def not_covered(self, plan: Plan, sources: list[Source]) -> str:
        if plan.language == "en":
            return self.t.fill("en_not_covered", closest=self._closest(sources, True))
        measures = list(dict.fromkeys(s.chunk.measure_label for s in sources[:3] if s.chunk.measure_label))
        closest = self.t.fill("closest", measures="、".join(measures)) if measures else ""
        return self.t.fill("not_covered", closest=closest)

    def unstated(self, plan: Plan, sources: list[Source], what: list[str], amount: bool = False) -> str:
        """"条文没有写明X", naming the closest items by place only: no unrelated amount is shown. When the
        amount asked is what is unstated and the item most about the subject offers money without one
        ("示范企业认定后奖励多少": 给予奖补资金支持), that sentence is quoted: it states no figure."""
        name = "、".join(what)
        # In English, what was asked in the asker's words ("approval time"), the Chinese name beside it; in
        # Chinese, a count or duration named by its unit (天数, 人次), or pay in the asker's word (月薪), with the kind
        # of fact it is (时间, 人数, 工资).
        named = {"asked": asked_words(plan.text, name) or name} if plan.language == "en" else \
            {"named": "、".join(w + (f"（{_KIND_NAMES[w]}）" if w in _KIND_NAMES else "") for w in what)}
        template = "en_unstated" if plan.language == "en" else "unstated_refusal"
        text = self.t.fill(template, what=name, closest=self._closest(sources, plan.language == "en"), **named)
        top = [s.chunk for s in sources[:3]]
        if not (amount and top) or plan.language == "en":
            return text
        about = _most_about(plan.focus_terms, top, lambda c: c)[0]
        offers = [s for s in sentences(body(about)) if FUNDING_RE.search(s) and not has_figure(s)]
        return "\n".join([text, *(self.t.fill("unstated_related", what=name, sentence=s, place=about.place)
                                  for s in offers[:1])])

    def reference_absent(self, plan: Plan, title: str, chunks: list[Chunk]) -> Draft:
        """A cited document whose text is not indexed: said so, with the items that cite it."""
        header = self.t.fill("reference_absent", title=title) + self.t.fill("cited_by_header")
        return self._listing(plan, chunks, header, Intent(False, False, True, None))


def _part_values(part: Part, chunks: list[Chunk]) -> list[str]:
    """The amounts a part of the question singles out: its focused pairs, or the one amount its first item states."""
    named = named_whole(part.text, chunks)
    values = [v for c in chunks for _, v in _focused_pairs(figure_pairs(body(c)), part.focus_terms, named)]
    if values or not chunks:
        return values
    money = [f.text for f in extract_figures(body(chunks[0])) if f.kind == "money"]
    return money if len(money) == 1 else []


_SENTENCE_RE = re.compile(r"[。；]")
_CLAUSE_RE = re.compile(r"[，,]")
# The kind of fact a count or duration named by its unit is: "得等几天" asks a time, "多少人次" a number of people;
# and pay named in the asker's word (月薪, 薪水) is 工资.
_KIND_NAMES = {**dict.fromkeys(("天数", "工作日数", "月数", "周数", "时长", "课时", "年限"), "时间"),
               "人次": "人数", **dict.fromkeys(("次数", "页数", "期数", "篇数", "场次", "科目数", "名额"), "数量"),
               **{w: "工资" for w in (*PAY_WORDS, "待遇") if w != "工资"}}


def _share_clauses(sentence: str) -> list[tuple[str, Figure]]:
    """The clauses of ``sentence`` stating one share ("合作银行承担20%的贷款本金损失风险"), with it."""
    found = []
    for clause in _CLAUSE_RE.split(sentence):
        shares = [f for f in extract_figures(clause) if f.kind == "percent"]
        if len(shares) == 1:
            found.append((clause.strip(), shares[0]))
    return found


def _shares_for(plan: Plan, cited: list[Citation], amount: float | None) -> list[tuple[Citation, str, Figure]]:
    """The share clauses of the cited items that apply: in the tier holding ``amount`` (any tier when
    None), and of the party the question names (基金, 银行: terms some clauses hold and others do not), unless
    it asks how the share is split ("贷款找银行贷800万，风险咋分摊的": every party's)."""
    clauses = [(c, clause, pct) for c in cited for sentence in _SENTENCE_RE.split(body(c.chunk))
               if amount is None or _in_tier(sentence, amount) for clause, pct in _share_clauses(sentence)]
    telling = [] if plan.split_asked else \
        [t for t in plan.focus_terms if 0 < sum(t in cl for _, cl, _ in clauses) < len(clauses)]
    return [x for x in clauses if any(t in x[1] for t in telling)] or clauses


# An amount bounding the asker's from below: "超过1000万的部分", "1000万以上", "高于1000万".
_ABOVE_BEFORE_RE = re.compile(r"(?:超过|超出|高于|大于|多于|超)$")
_ABOVE_AFTER_RE = re.compile(r"^\s*元?(?:以上|之上|多)")


def _locating(text: str, money: list[float]) -> float | None:
    """The amount locating a tier: the largest asserted, or just above it when the question says above it
    ("超过1000万的部分也是80%吧" is in the 1000万-3000万 tier, not the one ending at 1000万 inclusive)."""
    if not money:
        return None
    value = max(money)
    digits = amounts_in_digits(text)
    for m in FIGURE_RE.finditer(digits):
        figure = extract_figures(m.group(0))
        if figure and figure[0].value == value and (_ABOVE_BEFORE_RE.search(digits[: m.start()])
                                                    or _ABOVE_AFTER_RE.match(digits[m.end():])
                                                    or figure[0].qualifier == "超过"):
            return value + 1
    return value


# A bound after an amount: "1000万以内", "1000万以上".
_BOUND_AFTER_RE = re.compile(r"^\s*元?(?:以下|以内|以上|之内|之上|内)")


def _bounds(text: str) -> list[float]:
    """The amounts of ``text`` bounding a tier rather than given as amounts: "1000万以内", "超过1000万" (not a
    ceiling quoted: "立项支持最多250万" is the amount)."""
    digits = amounts_in_digits(text)
    return [f[0].value for m in FIGURE_RE.finditer(digits)
            if (f := extract_figures(m.group(0))) and f[0].kind == "money"
            and (_BOUND_AFTER_RE.match(digits[m.end():]) or _ABOVE_BEFORE_RE.search(digits[: m.start()])
                 or f[0].qualifier == "超过")]


# An amount asserted as the most there is: "最多只能贷1000万", "上限是1000万", "顶多1000万" (not 不超过, which names a
# tier: "不超过1000万的，省基金担80%").
_MOST_ASSERTED_RE = re.compile(rf"(?:最多|最高|顶多|至多|只能|{CEILING_WORDS})[\u4e00-\u9fff]{{0,4}}?$")


def _tier_beyond(plan: Plan, figures: list[Figure], cited: list[Citation]) -> str:
    """Why an amount asserted as the most there is ("苏知贷单户最多只能贷1000万") is false: it bounds a cited item's
    tier and a higher tier follows (1000万元-3000万元); so is a share asserted as the most a party bears
    ("省基金最多担50%") when another tier gives it more (80%); or ""."""
    own = plan.own
    asserted = [f for f in figures if f.kind in ("money", "percent")]
    if len(asserted) != 1 or not _MOST_ASSERTED_RE.search(own[: max(own.find(asserted[0].text), 0)]):
        return ""
    if asserted[0].kind == "percent":
        borne = _shares_for(plan, cited, None)
        c, clause, most = max(borne, key=lambda b: b[2].value) if borne else (None, "", asserted[0])
        return f"{c.chunk.id}: {asserted[0].text} is not the most: {clause}" \
            if c and most.value > asserted[0].value else ""
    bounds = [(c, f) for c in cited for sentence in _SENTENCE_RE.split(body(c.chunk))
              for f in extract_figures(_tier_condition(sentence)) if f.kind == "money"]
    if not any(f.value == asserted[0].value for _, f in bounds):
        return ""
    c, top = max(bounds, key=lambda b: b[1].value)
    return f"{c.chunk.id}: {asserted[0].text} bounds a tier, not the most: its tiers reach {top.text}" \
        if top.value > asserted[0].value else ""


def _tier_condition(sentence: str) -> str:
    """The clause bounding the amounts a sentence applies to ("单户贷款余额不超过1000万元（含）的"), or ""."""
    condition = ""
    for clause in _CLAUSE_RE.split(sentence):
        figures = extract_figures(clause)
        if any(f.kind == "percent" for f in figures):
            break
        if any(f.kind == "money" for f in figures):
            condition = re.sub(r"^对于", "", clause).strip()
    return condition


def _tiers(plan: Plan, cited: list[Citation], located: float | None
           ) -> list[tuple[Citation, str, list[tuple[str, Figure]]]]:
    """Each cited sentence stating parties' shares, with its tier's condition and its (clause, share) pairs: of
    the tier ``located`` falls in, when given and the question bounds no two tiers."""
    return [(c, _tier_condition(sentence), clauses) for c in cited for sentence in _SENTENCE_RE.split(body(c.chunk))
            if (clauses := _share_clauses(sentence))
            and (located is None or len(_bounds(plan.own)) > 1 or _in_tier(sentence, located))]


def _sides_shares(plan: Plan, tiers: list[tuple[Citation, str, list[tuple[str, Figure]]]]
                  ) -> list[tuple[Citation, str, Figure, Figure]]:
    """In each tier, the shares of the question's two sides (省基金, 银行), each the clause sharing most of its
    characters' pairs, the larger first; none where a side matches no clause or both the same."""
    lines = []
    for c, condition, pairs in tiers:
        sides = [max(pairs, key=lambda cl: len(_bigrams(side) & _bigrams(cl[0]))) for side in plan.addends]
        if len(sides) == 2 and sides[0] != sides[1] and all(_bigrams(side) & _bigrams(cl[0]) for side, cl
                                                              in zip(plan.addends, sides, strict=True)):
            larger, smaller = sorted((sides[0][1], sides[1][1]), key=lambda pct: -pct.value)
            lines.append((c, condition, larger, smaller))
    return lines


def _in_tier(sentence: str, value: float) -> bool:
    """Whether an amount falls in the tier the sentence's condition bounds ("不超过1000万元（含）",
    "1000万元-3000万元（含）"); a sentence with no bound applies to any amount."""
    bounds = [f for f in extract_figures(_tier_condition(sentence)) if f.kind == "money"]
    if not bounds:
        return True
    if len(bounds) == 1:
        upper = bounds[0].qualifier in ("不超过", "最高", "最多")
        return value <= bounds[0].value if upper else value > bounds[0].value
    return bounds[0].value < value <= bounds[1].value


def _bigrams(text: str) -> set[str]:
    """The character pairs of ``text``, its figures and spaces left out: words name an amount, not digits."""
    text = re.sub(r"\s+", "", NUMBER_RE.sub("", text))
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _labelled_amounts(chunk: Chunk) -> list[tuple[str, Figure]]:
    """Each amount an item states with the words that name it: an enumeration's label ("江苏专利奖 金奖"),
    or the clause holding a lone amount with the clauses before it that state none ("立项支持…示范中心，
    每个项目给予不超过250万元资金支持")."""
    text = body(chunk)
    found = [(label, f) for label, value in figure_pairs(text) for f in extract_figures(value) if f.kind == "money"]
    for sentence in _SENTENCE_RE.split(text):
        context = ""
        for clause in _CLAUSE_RE.split(sentence):
            money = [f for f in extract_figures(clause) if f.kind == "money"]
            context += clause
            if money:
                if len(money) == 1 and "分别" not in clause:
                    found.append((context, money[0]))
                context = ""
    return found


def _all_amounts(chunk: Chunk, count: int, text: str) -> list[Figure]:
    """Every amount an item labels, for "四个奖全加起来": as many as the question counts, or, with no count, all
    of one thing ("江苏专利奖 金奖…发明人奖"); none when their number is not the one asked, or with no count
    when they are of several things (中国专利奖 and 中国外观设计奖: which is meant?). A count picks among
    several things the one whose labels share the most character pairs with ``text`` ("中国专利奖三个奖项" →
    the three 中国专利 prizes)."""
    labelled = _labelled_amounts(chunk)
    if count < 0:
        return [f for _, f in labelled] if len({label.split(" ")[0] for label, _ in labelled}) == 1 else []
    if len(labelled) != count:  # the thing each label names, less its grade: 中国专利 of 中国专利金奖
        asked = _bigrams(text)
        shared = [len(_bigrams(_ungraded(label)) & asked) for label, _ in labelled]
        labelled = [lf for lf, n in zip(labelled, shared, strict=True) if n == max(shared) > 0]
    if len(labelled) > count:  # "金银优秀三个奖": the grades the question names by their first character
        named = [(label, f) for label, f in labelled if (grade := _grade(label)) and grade[0] in text]
        labelled = named if len(named) == count else labelled
    return [f for _, f in labelled] if len(labelled) == count else []


def _graded_labels(chunk: Chunk, grades: list[str], text: str) -> list[tuple[str, Figure]]:
    """The label and amount of each of ``grades`` an item labels, of the one thing whose labels share the most
    character pairs with ``text`` (中国外观设计 rather than 中国专利 for "中国外观设计金银优秀奖"); none unless
    each grade has its amount."""
    labelled = [(label, f) for label, f in _labelled_amounts(chunk) if _grade(label) in grades]
    asked = _bigrams(text)
    shared = [len(_bigrams(_ungraded(label)) & asked) for label, _ in labelled]
    best = [(label, f) for (label, f), n in zip(labelled, shared, strict=True) if n == max(shared)] if shared else []
    by_grade = {_grade(label): (label, f) for label, f in best}
    return [by_grade[g] for g in grades] if len(best) == len(grades) == len(by_grade) else []


# A count of the unit an item gives its amount for: "每个项目给予…" and "三个高价值专利培育项目".
_PER_UNIT_RE = re.compile(r"每(?:个|家|项)([\u4e00-\u9fff]{2})")


_PART_COUNT_RE = re.compile(r"(?<![第每一])([两二三四五六七八九2-9])(?:个|项|次|回|届|件|家|位|名)(?!奖)")


# What was won or rated, after a count of those winning it: "两个评良好", "三个拿银奖", "两个获评优秀".
_WON_RE = re.compile(r"^(?:评为|获评|评上|评|拿了|拿|获得|获|得)")


_COUNT_CLOSING_RE = re.compile(r"[两二三四五六七八九2-9](?:个|项)\s*$")


# "一个得了…": a thing won once, which no count before it multiplies.
_ONCE_RE = re.compile(r"(?<![第每一])一(?:个|项|次|回|件|家|位|名)")


_AMOUNTS_SUMMED_RE = re.compile(rf"(?:{CEILING_WORDS}|金额|数额|额度|钱|数)")


# Things named side by side: "工业品牌和地标", "金奖、银奖".
_COORDINATED_RE = re.compile(r"[\u4e00-\u9fff](?:和|与|跟|及|、)[\u4e00-\u9fff]")


def _counted(part: str) -> int:
    """How many times a part of a sum counts the thing named right after the count ("两个发明人奖" → 2), or
    the thing or rating won by that many ("两个评良好" → 2), else once; not the things it sums ("金奖、银奖两个奖
    加起来", "两项加起来", "两个都批了", "和地标两个项目都中了": each once)."""
    # The count nearest the thing won: "两个专利分头去评，一个得了中国专利优秀奖" won it once.
    once = max((m.end() for m in _ONCE_RE.finditer(part)), default=0)
    match = next(reversed([m for m in _PART_COUNT_RE.finditer(part) if m.start() >= once]), None)
    if not match:
        return 1
    rest = part[match.end():]
    if _AMOUNTS_SUMMED_RE.match(rest):  # "两个上限加一起", "两笔钱": the amounts summed, each once
        return 1
    if re.match(r"[^，,。？?]{0,6}分别", rest):  # "两个项目分别捧回金奖、银奖": one each, not each twice
        return 1
    won = _WON_RE.match(rest)
    after = segments(rest[won.end():] if won else rest)
    counted = bool(after) and (names_a_thing(after[0]) or after[0] in RATINGS)
    # "银奖两项合计多少": a count right after the thing counts it, unless a thing follows or it says both (两个都).
    before = segments(part[: match.start()])
    # "工业品牌和地标两个项目都中了", "…两个品牌项目都立项了": a count between the things summed and 都 says
    # both, the nouns between (项目, 品牌项目) naming them again: each once. Not when one thing comes before it
    # ("公司两个项目都评上了银奖": the winner's, two silver prizes).
    named = len(list(takewhile(names_a_thing, after)))
    if before and names_a_thing(before[-1]) and 0 < named < len(after) and after[named][0] in "都均全" \
            and _COORDINATED_RE.search(part[: match.start()]):
        return 1
    counted = counted or bool(before) and names_a_thing(before[-1]) and not won \
        and not (after and (names_a_thing(after[0]) or after[0][0] in "都均全"))
    return int(cn2an.cn2an(match.group(1), "smart")) if counted else 1


def _units_counted(text: str, item: str) -> int:
    """How many of the unit the item gives each amount for the question counts, or 0: the count qualifies the
    unit in one clause with no other number between ("两个高价值专利培育示范中心项目")."""
    for unit in dict.fromkeys(_PER_UNIT_RE.findall(item)):
        if match := re.search(rf"([两二三四五六七八九十2-9])(?:个|项|家)(?:(?![一二两三四五六七八九十])[\u4e00-\u9fff]){{0,16}}?"
                              rf"{unit}", text):
            return int(cn2an.cn2an(match.group(1), "smart"))
    return 0


def _grade(label: str) -> str:
    """A label's grade: "江苏专利奖 金奖" → 金奖; or ""."""
    return next((t for t in TIERS if label.endswith(t) and len(label) > len(t)), "")


def _ungraded(label: str) -> str:
    """A label without its grade: "中国专利金奖" → 中国专利, "江苏专利奖 金奖" → 江苏专利奖."""
    grade = _grade(label)
    return label[: -len(grade)].strip() if grade else label


def _operands(parts: list[tuple[Part, list[Chunk]]]) -> list[Figure | None]:
    """The one amount each part of a sum or difference names, among its own items first, then the other
    parts' (see ``_distinct_amounts``)."""
    cited = list({c.id: c for _, chunks in parts for c in chunks}.values())
    given, taken = _given_amounts([part.text for part, _ in parts], cited)
    # Each part in the items' words: "地标项目" names the 地理标志项目's amount, not one whose label shares 项目.
    stated = "\n".join(body(c) for c in cited)
    named = _distinct_amounts([(_policy_words(part.text, part.terms, stated),
                                [*chunks, *(c for c in cited if c not in chunks)])
                               for (part, chunks), g in zip(parts, given, strict=True) if len(g) != 1], taken)
    return [g[0] if len(g) == 1 else named.pop(0) for g in given]


def _given_amounts(texts: list[str], chunks: list[Chunk]) -> tuple[list[list[Figure]], set[tuple[str, str]]]:
    """The amounts each text gives itself that the items state ("…加上立项的250万", "江苏专利奖20万那档"), and the
    (item, label) of each amount a text gives alone: that text's operand, which no other text may name again."""
    stated = normalise("\n".join(body(c) for c in chunks))
    given = [[f for f in extract_figures(text) if f.kind == "money" and (f.kind, f.value) in stated] for text in texts]
    values = {g[0].value for g in given if len(g) == 1}
    return given, {(c.id, label) for c in chunks for label, f in _labelled_amounts(c) if f.value in values}


def _distinct_amounts(asks: list[tuple[str, list[Chunk]]], taken: set[tuple[str, str]] | None = None,
                      borrow: bool = False) -> list[Figure | None]:
    """The one amount each text names among its items (see ``_named_amount``), each a different one: in
    "立项250万，再加上评优秀的奖励" the second part's words (its subject's, 示范中心立项) name the 250万元
    again, and only another amount its words name (优秀: 50万元) can be its operand. ``taken`` are labels no
    text may name, already added otherwise. With ``borrow``, a text naming a grade alone ("金奖是优秀奖的几倍":
    优秀奖, which 中国专利 and 中国外观设计 both have; "那银奖呢" after "中国专利金奖") is read with the thing of
    the one named before it, and must still share words with the label it names then ("示范中心" names no
    江苏专利奖 prize)."""
    found: list[Figure | None] = []
    taken = set(taken or ())
    before = ""
    for text, chunks in asks:
        named = _named_amount(text, chunks, taken)
        if named is None and borrow and before:
            named = _named_amount(_ungraded(before) + text, chunks, taken)
            named = named if named and _bigrams(named[0][1]) & _bigrams(text) else None
        found.append(named[1] if named else None)
        if named:
            taken.add(named[0])
            before = named[0][1]
    return found


def _distinct(lines: list[str]) -> list[str]:
    """Non-empty ``lines`` less those another one holds: two parts answered by one sentence ("有没有纠纷调解，
    调解协议能去法院确认吗") show it once, with the part's opening ("有。") that one of them adds."""
    kept: list[str] = []
    for line in lines:
        if line and not any(line in k for k in kept):
            kept = [k for k in kept if k not in line] + [line]
    return kept


def _frequency_judged_by(plan: Plan, premise: Premise, cited: list[Citation]) -> list[Citation]:
    """The cited items an asserted frequency is checked against, best first: those about the subject (the
    question's words match them best), the one stating an asserted figure first ("示范中心250万是每年都给吗":
    第1条, which states no frequency, not 第5条's 每年 of another prize), then one stating a frequency.
    Empty when the premise asserts no frequency."""
    if not premise.frequencies:
        return []
    asserted = {(f.kind, f.value) for f in premise.figures}
    return sorted(_most_about(plan.focus_terms, cited, lambda c: c.chunk),
                  key=lambda c: (not asserted & normalise(body(c.chunk)), not frequencies(body(c.chunk)), c.n))


def _chained_amounts(texts: list[str], chunks: list[Chunk]) -> list[Figure]:
    """The different amount each text names, borrowing as ``_distinct_amounts`` does; none unless every one
    names one. A text giving one amount the items state ("江苏专利奖20万那档") is that amount, which no other
    text can take."""
    given, taken = _given_amounts(texts, chunks)
    named = iter(_distinct_amounts([(text, chunks) for text, g in zip(texts, given, strict=True) if len(g) != 1],
                                   taken, borrow=True))
    found = [g[0] if len(g) == 1 else next(named) for g in given]
    return [f for f in found if f] if all(found) else []


def last_clauses(texts: list[str]) -> list[str]:
    """"一个示范中心从立项到运行期考核全拿顶格，立项的钱": a side running over a comma, in its own last clause
    (立项的钱), the clauses before setting the scene; none when no side runs over one."""
    last = [clause if key_terms(clause := re.split(r"[，,]", t)[-1]) else t for t in texts]  # not "银奖，省里"
    return last if last != texts else []


# The other thing a thing is said to equal: "跟中国专利金奖一样", "和银奖的奖金相同", "跟中国专利金奖是同一个档次".
_STANDARD_RE = re.compile(rf"(?:跟|和|与|同|像)[^，,。？?]{{2,12}}?{SAME_AMOUNT}")


def _in_policy_words(plan: Plan, text: str) -> str:
    """The question in the words ``text`` (the cited items) uses for its terms: "地标项目" → "地理标志项目"."""
    return _policy_words(plan.own, plan.terms, text)


def _policy_words(asked: str, terms: list[str], text: str) -> str:
    """``asked`` with each of its ``terms`` that ``text`` does not write read as the synonym it writes, where the
    term is not part of another ("江苏专利奖金奖": 奖金 straddles 江苏专利奖 and 金奖, and stays)."""
    for term in terms:
        written = next((alt for alt in synonyms().get(term, ()) if alt in text), None)
        if term in text or not written:
            continue
        others = [(m.start(), m.end()) for t in terms if t != term for m in re.finditer(re.escape(t), asked)]
        pieces, at = [], 0
        for m in re.finditer(re.escape(term), asked):
            straddles = any(a < m.end() and m.start() < b and not (a <= m.start() and m.end() <= b) for a, b in others)
            pieces += [asked[at:m.start()], m.group(0) if straddles else written]
            at = m.end()
        asked = "".join(pieces) + asked[at:]
    return asked


def _operand(text: str, chunks: list[Chunk]) -> Figure | None:
    """The one amount ``text`` names (see ``_named_amount``)."""
    named = _named_amount(text, chunks, set())
    return named[1] if named else None


def _named_amount(text: str, chunks: list[Chunk], taken: set[tuple[str, str]]
                  ) -> tuple[tuple[str, str], Figure] | None:
    """The one amount ``text`` names, with its (item, label): of the items' labelled amounts not ``taken``, one
    whose label it writes whole, else the one whose label shares the most character pairs with it ("江苏专利优秀奖" → 江苏专利奖 优秀奖, not
    中国专利优秀奖), its best item first on a tie; None when no label shares any, or two tie."""
    asked = _bigrams(text)
    # A label the text writes whole ("地理标志项目的支持") names its amount before any that shares more pairs.
    scored = sorted(((len(label) >= 4 and label in text, len(_label_bigrams(c, label) & asked), -i, f.value,
                      (c.id, label), f)
                     for i, c in enumerate(chunks) for label, f in _labelled_amounts(c) if (c.id, label) not in taken),
                    key=lambda x: x[:4], reverse=True)
    if not scored or scored[0][1] == 0 or (len(scored) > 1 and scored[1][:3] == scored[0][:3]
                                           and scored[1][3] != scored[0][3]):
        return None
    return scored[0][4], scored[0][5]


def _label_bigrams(chunk: Chunk, label: str) -> set[str]:
    """The character pairs naming an amount: its label's, and for a bare grade ("良好" of 评价为优秀、良好的) also
    those of the words before it in its sentence, which say what is graded (示范中心绩效评价): "示范中心评了
    良好" names that 30万元, not the centre's 250万元 whose long clause shares 示范中心 alone."""
    if len(label) >= 4:
        return _bigrams(label)
    sentence = next((s for s in _SENTENCE_RE.split(body(chunk)) if label in s), "")
    # Before the enumeration, not before this label: 良好's words are not 优秀's.
    start = min(sentence.find(other) for other, _ in figure_pairs(sentence) if other in sentence) \
        if label in dict(figure_pairs(sentence)) else sentence.find(label)
    return _bigrams(label) | _bigrams(sentence[:start])


# A count before a thing counted: "一个", "两项".
_COUNTED_RE = re.compile(r"[一两二三四五六七八九\d]+[个项]")


def graded_item(text: str, chunks: list[Chunk]) -> Chunk | None:
    """The one item labelling an amount with a bare grade ``text`` writes ("评优秀又奖多少": 优秀 of 评价为
    优秀、良好的), or None: a grade of a named prize (江苏专利奖 优秀奖) is found by its prize's name instead."""
    graded = [c for c in chunks if any(len(label) < 4 and label in text for label, _ in figure_pairs(body(c)))]
    return graded[0] if len(graded) == 1 else None


def operand_item(text: str, chunks: list[Chunk]) -> Chunk | None:
    """The first item whose enumeration names the amount ``text`` asks of word for word, or None; a count in the
    part is no part of the name ("江苏专利奖 一个优秀奖" names 江苏专利奖 优秀奖)."""
    named = _COUNTED_RE.sub("", text)
    return next((c for c in chunks if names_an_amount(c, named)), None)


def _money_text(figure: Figure) -> str:
    """1300000 元 → "130万元" (the task list's own unit), else yuan."""
    wan = figure.value / 10_000
    return f"{wan:g}万元" if wan.is_integer() or wan >= 1 else f"{figure.value:g}元"
