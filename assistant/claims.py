"""Checking an asserted statement against what an item says, by the item's structure rather than its words.

Four structures are read: who bears what ("合作银行承担20%的贷款本金损失风险和全部利息损失风险"), who
an item lists ("支持南京理工大学、江苏大学申报…"), and which city a thing is tied to ("中国（无锡）国际设计博
览会"). A statement can then be shown false without the item holding its words ("利息损失是省基金和银行一起承担
的吧": the bank bears all of it), or true; and a word asserted negated ("统计简报是不定期印发的吧") against the
item writing it ("定期印发《江苏知识产权统计简报》").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import Match, SequenceMatcher
from itertools import accumulate

from assistant.evidence import ENUMERATION_RE, clauses, sentences
from assistant.plan import Contrary, Statement
from assistant.question import term_covered, term_written
from index.chunking import CITIES, references_of
from index.figures import NUMBER_RE
from index.tokenization import names_an_act, words

# "X承担Y": the party is the clause's words before the verb; what it bears follows.
_BEARS_RE = re.compile(r"^(?:对于|由)?([\u4e00-\u9fff]{2,12}?)承担(.+)$")
_OBJECT_SPLIT_RE = re.compile(r"和|及|与|、")
_WHOLE_RE = re.compile(r"^(?:全部|全额|所有)")
# A statement of bearing names a verb of bearing.
_BEARING_VERB_RE = re.compile(r"承担|担|兜底|兜|分摊|分|赔|负担|包|五五开|对半|平摊")
# A statement coordinates names with the same words, and a few of speech.
_COORDINATED_RE = re.compile(rf"(?:{_OBJECT_SPLIT_RE.pattern}|跟|还有|以及)")
_ONLY_RE = re.compile(r"只|仅|唯一|就[这那]")
_NEGATION_CHARS = "不非无没未"
# A figure said in digits or numerals with its unit: 2025年, 五十万, 两成.
_FIGURE_SAID_RE = re.compile(r"\d|[一二两三四五六七八九十百千万]+(?:年|万|元|成|倍|%)")
_PERCENT_RE = re.compile(r"^(\d+(?:\.\d+)?)[%％]")


@dataclass(frozen=True)
class Bearing:
    party: str  # "合作银行"
    thing: str  # "利息损失风险", without its share or 全部
    whole: bool  # "全部利息损失风险": the party bears all of it
    clause: str
    share: float | None = None  # "80%的贷款本金损失风险": the percentage it bears (100 for 全部), when stated


@dataclass(frozen=True)
class Judgement:
    holds: bool
    reason: str
    clause: str
    whole: bool = False  # the thing judged is borne wholly by one party: no share of it is stated
    unstated: str = ""  # neither shown nor refuted: what the item leaves unsaid ("无锡" beside "南京、苏州等地")
    named: str = ""  # the cities the item names, when those named were asked ("点名的是无锡吧": 南京、苏州)


def bearings(text: str) -> list[list[Bearing]]:
    """Per sentence, each party's bearing its clauses state."""
    found = []
    for sentence in sentences(text):
        stated = []
        for clause in clauses(sentence):
            m = _BEARS_RE.match(clause.strip())
            if not m:
                continue
            for thing in _OBJECT_SPLIT_RE.split(m.group(2)):
                core = re.sub(r"^的", "", NUMBER_RE.sub("", _WHOLE_RE.sub("", thing)).lstrip("%％的"))
                whole = bool(_WHOLE_RE.match(thing))
                percent = _PERCENT_RE.match(thing)
                share = 100.0 if whole else float(percent.group(1)) if percent else None
                if len(core) >= 2:
                    stated.append(Bearing(m.group(1), core, whole, clause.strip(), share))
        if stated:
            found.append(stated)
    return found


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _head(party: str) -> str:
    """The noun a party is called by: the last two characters of its name (省风险补偿基金 → 基金)."""
    return party[-2:]


def judge_bearing(statement: Statement, text: str) -> Judgement | None:
    """Whether the parties a statement says bear a thing are the ones the item says do. A verdict only where
    every sentence naming the thing agrees (the tiers of 苏知贷 each give the interest loss to the bank)."""
    if not _BEARING_VERB_RE.search(statement.text):
        return None
    verdicts: list[Judgement] = []
    for stated in bearings(text):
        things = {b.thing for b in stated}
        parties = {b.party for b in stated}
        claimed = {p for p in parties if _head(p) in statement.text}
        # A thing is named by the character pairs no other thing of the sentence has (利息 vs 本金).
        own = {t: (_bigrams(t) - set().union(*(_bigrams(o) for o in things - {t}))) & _bigrams(statement.text)
               for t in things}
        named = [t for t in things if own[t]]
        # "贷款的利息…是基金兜的吧": a thing named only before 的 qualifies the next (贷款 of the 利息), not borne.
        if len(named) > 1:
            named = [t for t in named if not all(f"{pair}的" in statement.text for pair in own[t])] or named
        # "1000万以内，银行担大头对吗": the larger share of no thing named is of the one thing the parties split.
        if not named and statement.extent == "most":
            named = [t for t in things if len({b.party for b in stated if b.thing == t}) > 1]
        if not claimed or len(named) != 1:
            continue
        bearers = [b for b in stated if b.thing == named[0]]
        who = {b.party for b in bearers}
        sole = len(who) == 1 and bearers[0].whole
        clause = "；".join(dict.fromkeys(b.clause for b in bearers))
        said = f"{named[0]}: borne by {'、'.join(sorted(who))}{' (全部)' if sole else ''}; " \
               f"asserted {'、'.join(sorted(claimed))}{f' ({statement.extent})' if statement.extent else ''}"
        if statement.denied:  # "省基金不用承担利息损失": holds when no party named bears any of it
            verdicts.append(Judgement(not claimed & who, said + "; asserted to bear none of it", clause, sole))
        elif not claimed <= who:
            verdicts.append(Judgement(False, said + "; a party asserted bears none of it", clause, sole))
        elif statement.extent == "only":  # "银行只承担利息损失": it bears that thing and nothing else
            borne = [b for b in stated if b.party in claimed]
            others = sorted({b.thing for b in borne} - {named[0]})
            verdicts.append(Judgement(not others, f"{said}; it also bears {'、'.join(others) or 'nothing'}",
                                      "；".join(dict.fromkeys(b.clause for b in borne)), sole))
        elif statement.extent == "most":  # "本金损失是银行担大头吧": its share is larger than every other's
            if any(b.share is None for b in bearers):
                continue
            shares = {b.party: b.share or 0.0 for b in bearers}
            mine = max(v for party, v in shares.items() if party in claimed)
            verdicts.append(Judgement(all(mine > v for party, v in shares.items() if party not in claimed),
                                      f"{said}; shares {'、'.join(f'{p} {v:g}%' for p, v in shares.items())}",
                                      clause, sole))
        elif statement.extent == "shared":
            verdicts.append(Judgement(len(who) > 1, said, clause, sole))
        elif statement.extent == "whole":
            verdicts.append(Judgement(sole and claimed == who, said, clause, sole))
        elif claimed == who:
            verdicts.append(Judgement(True, said, clause, sole))
    if not verdicts or len({v.holds for v in verdicts}) > 1:
        return None
    return verdicts[0]


def _kind(names: list[str]) -> str | None:
    """What the names of an enumeration all are: cities, or a common ending (大学, 财险)."""
    if all(n.removesuffix("市") in CITIES for n in names):
        return "city"
    ending = names[0][-2:]
    return ending if all(n.endswith(ending) for n in names) else None


def _last_name(text: str, kind: str) -> str:
    """The name ``text`` ends on, by jieba's words: "学位点是南京大学" → 南京大学; a bare kind (大学) with the word
    before it."""
    tokens = words(text)
    if not tokens:
        return text
    last = tokens[-1]
    return tokens[-2] + last if len(tokens) > 1 and (last == kind or len(last) < 2) else last


def judge_listing(statement: Statement, text: str) -> Judgement | None:
    """"支持南京理工大学和东南大学申报…吧": a name listed beside one the item lists, of the same kind, that
    the item does not hold anywhere, shows the statement false; so do names of the kind asserted in place of the
    item's ("支持的是南大和苏大吧": 南京大学, 苏州大学), and the item's own names only, the statement true. Only a
    closed list shows it: one ending on 等 ("南通、盐城、常州等…城市") may mean the name too. "只支持南京和苏州吧"
    is false where the item's sentence names others of the kind (南通、盐城、常州). Cities are judged only so;
    where a city's thing is, judge_places reads."""
    only = _ONLY_RE.search(statement.text)
    for enumeration in ENUMERATION_RE.findall(text):
        names = enumeration.split("、")
        closed = "等" not in names[-1]  # "南京、苏州等地": other places may be meant too
        names[-1] = names[-1].partition("等")[0]
        names[0] = re.sub(r"^(?:支持|推动|鼓励|指导)+", "", names[0])
        # The last name runs on into the sentence ("江苏大学申报第一批"): it ends where the first one does.
        ending = names[0][-2:]
        if ending in names[-1][:-1]:
            names[-1] = names[-1][: names[-1].index(ending) + 2]
        names[-1] = next((c for c in CITIES if names[-1].startswith(c)), names[-1]) if names[0] in CITIES else names[-1]
        kind = _kind(names)
        listed = [n for n in names if n in statement.text]
        if kind == "city" and closed and not listed and not only:
            # "试点是无锡和常州配合的吧": cities asserted in place of the ones the item lists, doing what the
            # item's cities do (配合 follows both); not "无锡也有专利代理机构吧", of something else.
            sentence = next(s for s in sentences(text) if enumeration in s)
            asserted = sorted((c for c in CITIES if c in statement.text), key=statement.text.index)
            after = words(statement.text[statement.text.index(asserted[-1]) + len(asserted[-1]):]) if asserted else []
            act = next((w for w in after if len(w) >= 2), "")
            last = sentence.index(names[-1], sentence.index(enumeration)) + len(names[-1])
            following = sentence[last:last + 6]
            if act and act in following and not any(c in text for c in asserted):
                return Judgement(False, f"{'、'.join(asserted)} asserted to {act}; the item lists "
                                        f"{'、'.join(names)}", sentence)
        if kind is not None and kind != "city" and closed and not listed and not only:
            asserted = [_last_name(m.group(1), kind) for m in re.finditer(rf"([\u4e00-\u9fff]{{2,8}}?{kind})", statement.text)]
            if asserted and not any(a in text for a in asserted):
                return Judgement(False, f"{'、'.join(asserted)} asserted; the item lists {'、'.join(names)}",
                                 "、".join(names))
        if kind is None or not listed:
            continue
        if only:
            sentence = next(s for s in sentences(text) if enumeration in s)
            members = [c for c in CITIES if c in sentence] if kind == "city" else names
            if more := [m for m in members if m not in statement.text]:
                return Judgement(False, f"only {'、'.join(listed)} asserted; the item also names {'、'.join(more)}",
                                 sentence)
            continue
        if not closed:
            continue
        rest = statement.text
        for n in listed:
            rest = rest.replace(n, "　")
        # The statement's names coordinated with a listed one, after it ("和东南大学", "、无锡") or before it
        # ("是南京大学和江苏大学": the last word before the coordinator, 南京大学).
        ends = "市?" if kind == "city" else kind
        others = [m.group(1) for m in re.finditer(
            rf"　(?:{_COORDINATED_RE.pattern})([\u4e00-\u9fff]{{2,8}}?{ends})", rest)]
        others += [_last_name(m.group(1), kind) for m in re.finditer(
            rf"([\u4e00-\u9fff]{{2,8}}{ends})(?:{_COORDINATED_RE.pattern})　", rest)]
        if kind == "city":
            others = [o for o in others if o.removesuffix("市") in CITIES]
        absent = [o for o in others if o.removesuffix("市") not in text]
        if absent:
            return Judgement(False, f"{'、'.join(absent)} listed beside {'、'.join(listed)}; the item lists "
                                    f"{'、'.join(names)}", "、".join(names))
        # True of the names only: a figure asserted beside them ("…2025年实现招生吧") is judged elsewhere.
        if kind != "city" and not others and not _FIGURE_SAID_RE.search(rest):
            return Judgement(True, f"{'、'.join(listed)} asserted, as the item lists them", "、".join(names))
    return None


# The body an item says a thing is done with: "会同商务部门研究制定", "联合省科技厅等部门", "加强与科技、工信、发改等
# 部门协作"; and the one a statement asserts: "跟文旅那边一起研究", "是会同科技部门制定的", "和商务部门一起定的".
_ITEM_PARTNER_RE = re.compile(r"(?:会同|联合|加强与)(?P<partner>[\u4e00-\u9fff、]{2,12}?)(?:等)?(?:部门|厅)")
_SAID_PARTNER_RE = re.compile(r"(?:会同|联合|跟|和|与|同)(?P<partner>[\u4e00-\u9fff]{2,6}?)(?:那边|这边|方面)?"
                              r"(?:部门|厅)?(?:一起|一块儿?|一道|一同|共同|联合|联手|合作|协作|制定|研究|搞|定|办)")


def judge_partner(statement: Statement, text: str) -> Judgement | None:
    """"展会保护办法是跟文旅那边一起研究的吧": a body asserted to do a thing with the item's department, where the
    item names the one it is done with (会同商务部门), is true when the item names it and false when it names
    another, unless its list is open ("联合省科技厅等部门" may mean 教育厅 too); an item naming none, or only
    相关部门, shows nothing."""
    said = _SAID_PARTNER_RE.search(statement.text)
    stated = _ITEM_PARTNER_RE.search(text)
    if not said or not stated or stated.group("partner") in ("相关", "有关"):
        return None
    partner, named = said.group("partner").removeprefix("省"), stated.group("partner")
    holds = partner in named or term_covered(partner, named)
    if not holds and "等" in stated.group(0) + text[stated.end():stated.end() + 1]:
        return None
    clause = next((c for c in clauses(text) if stated.group(0) in c), stated.group(0))
    return Judgement(holds, f"done with {partner} asserted; the item names {named}", clause)


def judge_contrary(contrary: Contrary, text: str, names: frozenset[str]) -> Judgement | None:
    """"统计简报是不定期印发的吧": false where a clause holding the rest of the assertion writes the negated word
    unnegated (定期印发), true where it writes it negated too. The word is the longest start of the characters
    after the negation that the clause writes (定期印发, else 定期; a level with its act at least: "不用各市建"
    by 各市建立, not by any 各市); domain names (统计简报) may stand anywhere in the item. No clause holding the
    rest and the word: no verdict."""
    asserted = [t for t in contrary.terms if not (t in names and term_covered(t, text))]
    for clause in clauses(text):
        if not all(term_written(t, clause) for t in asserted):
            continue
        word = next((contrary.negated[:n] for n in range(len(contrary.negated), contrary.shortest - 1, -1)
                     if contrary.negated[:n] in clause), "")
        if not word:
            continue
        written = [m.start() for m in re.finditer(re.escape(word), clause)]
        plain = [at for at in written if not (at and clause[at - 1] in _NEGATION_CHARS)]
        if plain:
            return Judgement(False, f"the item writes {word}, not {contrary.negation}{word}", clause.strip())
        return Judgement(True, f"the item writes {word} negated too", clause.strip())
    return None


_CITY_RE = re.compile("|".join(CITIES))
# Cities written one after another ("南京、苏州", "无锡和南京"): a run the nearest city before a thing ends.
_CITY_RUN_GAP_RE = re.compile(rf"^(?:{_OBJECT_SPLIT_RE.pattern}|或)?$")
# "无锡、南京分别做好…": each city listed before 分别 does the thing at its place in the list after it.
_RESPECTIVELY_RE = re.compile(rf"((?:{_CITY_RE.pattern})(?:(?:{_OBJECT_SPLIT_RE.pattern})(?:{_CITY_RE.pattern}))+)分别")


def _cities_before(clause: str, at: int) -> tuple[list[str], bool]:
    """The city nearest before position ``at`` of ``clause``, with the cities listed with it ("南京、苏州等地…"),
    and whether the list is open (等 follows it: other cities may be meant too)."""
    found = list(_CITY_RE.finditer(clause[:at]))
    run: list[str] = []
    last_start = at
    for m in reversed(found):
        if run and not _CITY_RUN_GAP_RE.match(clause[m.end():last_start]):
            break
        run.insert(0, m.group(0))
        last_start = m.start()
    closing = found[-1].end() if found else at
    return run, clause.startswith("等", closing)


def _tied_respectively(clause: str, at: int) -> list[str]:
    """"无锡、南京分别做好…设计博览会、…国际峰会嘉宾邀请": the city at the place in its list that the thing at
    ``at`` has in the list after 分别; none without such a structure before it."""
    for match in _RESPECTIVELY_RE.finditer(clause[:at]):
        cities = _CITY_RE.findall(match.group(1))
        pieces = clause[match.end():].split("、")
        ends = list(accumulate(len(piece) + 1 for piece in pieces))
        index = next((i for i, end in enumerate(ends) if at - match.end() < end), len(ends))
        if len(pieces) >= len(cities) and index < len(cities):
            return [cities[index]]
    return []


# Asserting which cities the item names: "点名支持的是无锡吧", "文件里写的是无锡和徐州", "…的是无锡和徐州吧".
_NAMED_ONES_RE = re.compile(rf"点名|点到|写明|写的|列的|提到的|(?<![也还])的?是(?:{_CITY_RE.pattern})")


# A title asserted is a variant of the item's when they share this long a run ("保护条例", "淮安市").
_TITLE_RUN = 4


def judge_title(statement: Statement, text: str) -> Judgement | None:
    """"淮安推进的是《淮安市商标保护条例》吧": a title asserted that is a variant of one the item writes (sharing
    a run of words) but neither holds the other is false ("《淮安市地理标志保护条例》"); a title the item writes,
    or holds as part of its own (《地理标志条例》 of 《江苏省地理标志条例》), or shares nothing with: no verdict."""
    written = references_of(text)
    for asserted in references_of(statement.text):
        if any(asserted in title or title in asserted for title in written):
            continue
        variants = [title for title in written if SequenceMatcher(None, asserted, title, autojunk=False)
                    .find_longest_match(0, len(asserted), 0, len(title)).size >= _TITLE_RUN]
        if variants:
            named = "、".join(f"《{t}》" for t in variants)
            return Judgement(False, f"《{asserted}》 asserted; the item names {named}", named)
    return None


def judge_places(statement: Statement, text: str) -> Judgement | None:
    """"国际设计博览会是在南京办的吧": the thing is the longest run of the statement's words (its cities left out)
    that a clause of the item writes (国际设计博览会), or nearly as long a run in another clause (证券化 beside
    证券化试点); the cities the item writes nearest before it in those clauses are the ones it is tied to
    ("中国（无锡）国际设计博览会"). A city asserted that is not among them shows the statement false, unless
    they close on 等 (an open list: the item leaves that city unsaid); all of them among them, true. No city
    asserted, or none tied to the thing: no verdict. A statement asserting a figure, a department or a
    frequency is judged by those (Premise), not here."""
    # A city is asserted as a word of its own (苏州, 苏州市), not inside a name (南京大学).
    tokens = set(words(statement.text))
    asserted = sorted((c for c in CITIES if {c, c + "市"} & tokens), key=statement.text.index)
    if not asserted:
        return None
    masked = _CITY_RE.sub(lambda m: "\u3000" * len(m.group(0)), statement.text)
    # The cities are said of the thing their own clause of the statement names, when it names one the item
    # writes and does to it what the item does ("证券化试点里，南通、盐城是要扩大发行规模的吧": 扩大 发行规模, not
    # 证券化试点); else of the statement's longest run ("…试点，无锡也有专利代理机构吧" does nothing the item does).
    first = statement.text.index(asserted[0])
    own = next(c for c in re.split("[，,；;]", masked) if masked.find(c) <= first < masked.find(c) + len(c))
    offset = masked.find(own)

    def runs_of(said: str) -> list[tuple[str, Match]]:
        return [(clause, SequenceMatcher(None, said, clause, autojunk=False).find_longest_match(
            0, len(said), 0, len(clause))) for clause in clauses(text)]

    runs = runs_of(own)
    acts = [w for w in words(own) if len(w) >= 2 and names_an_act(w)]
    if not any(m.size >= 3 and any(a in clause for a in acts) for clause, m in runs):
        runs, offset = runs_of(masked), 0
        acts = [w for w in words(masked) if len(w) >= 2 and names_an_act(w)]
    # "扩大证券化发行规模的是南通和常州吧": of the clauses writing the thing (证券化 is in two), those doing most of
    # what is asserted done (扩大 and 发行, not 发行 alone) tie the cities; the other's cities do something else.
    done = {clause: sum(a in clause for a in acts) for clause, _ in runs}
    if most := max(done.values(), default=0):
        runs = [(clause, m) for clause, m in runs if done[clause] == most]
    best = max((m for _, m in runs), key=lambda m: m.size, default=None)
    longest, at = (best.size, best.a + offset) if best else (0, 0)
    # A city in another clause of the statement, one naming a thing of its own the item writes, is said of that
    # thing: not 无锡 of "专利代理对外开放试点，无锡也有专利代理机构吧"; but 苏州 of "…创新中心那个，苏州市局在抓
    # 建设吧", whose clause names nothing else.
    for clause in re.split("[，,；;]", masked):
        start = masked.find(clause)
        if not start <= at < start + len(clause) and SequenceMatcher(None, clause, text, autojunk=False) \
                .find_longest_match(0, len(clause), 0, len(text)).size >= 3:
            asserted = [c for c in asserted if c not in statement.text[start: start + len(clause)]]
    if not asserted:
        return None
    tied: list[str] = []
    things: list[str] = []
    open_list = False
    for clause, m in runs:
        if m.size >= max(3, 0.6 * longest):
            run, still_open = (c, False) if (c := _tied_respectively(clause, m.b)) else _cities_before(clause, m.b)
            tied += [c for c in run if c not in tied]
            open_list = open_list or bool(run) and still_open
            things += [clause[m.b: m.b + m.size]] if clause[m.b: m.b + m.size] not in things else []
    if not tied:
        return None
    thing = "、".join(things)
    if untied := [c for c in asserted if c not in tied]:
        reason = f"{'、'.join(untied)} asserted of {thing}; the item ties it to {'、'.join(tied)}"
        # "南京、苏州等地扩大…规模": 扬州 may be meant, or not; not 南通, which the sentence gives another thing
        # ("支持南通、盐城、常州等…尽快发行").
        sentence = next((x for x in sentences(text) if any(t in x for t in things)), "")
        # "点名…的是无锡和徐州吧": the cities the item names are asked, or said to be those cities alone; the
        # open list does not make 无锡 named, nor rule it out: the ones named are said, and 无锡 unstated.
        if open_list and not all(c in sentence for c in untied):
            named = "、".join(tied) if _NAMED_ONES_RE.search(statement.text) else ""
            return Judgement(False, reason + ", in an open list (等)" + (", the ones named asked" if named else ""),
                             "、".join(tied), unstated="、".join(untied), named=named)
        if open_list:
            return Judgement(False, reason + "; the sentence gives them another", sentence)
        return Judgement(False, reason, "、".join(tied))
    return Judgement(True, f"the item ties {thing} to {'、'.join(tied)}", "、".join(tied))
