"""Reading evidence out of an item: its sentences, the ones a question needs, and figure pairs.

Everything returned here is a substring of the item's text (or built only from such substrings),
so an answer made of it cannot state a figure its citation does not contain.
"""

from __future__ import annotations

import re

from assistant.question import term_covered
from index.chunking import CITIES, references_of
from index.figures import AMOUNT_RE, FIGURE_RE, extract_figures, normalise
from index.records import DEPARTMENTS_SUFFIX_RE, Chunk
from index.tokenization import words

# The characters that end a sentence of policy text or of an answer: the one home of the splitter.
SENTENCE_ENDS = "。；;！？!?"
_SENTENCE_END = re.compile(rf"(?<=[{SENTENCE_ENDS}])")
_LEAD_IN = re.compile(r"^(?:对于|对|获得|评价为|被评为|列入|认定为)+")
TIERS = ("金奖", "银奖", "铜奖", "优秀奖", "发明人奖", "一等奖", "二等奖", "三等奖")

# An enumeration of names: "南京理工大学、江苏大学", "人保财险、太平洋财险、平安财险".
# A name may hold a bracketed qualifier: "国（境）外知识产权管理部门".
ENUMERATION_RE = re.compile(r"[\u4e00-\u9fff（）]{2,16}(?:、[\u4e00-\u9fff（）]{2,16})+")
# Kinds of named bodies, each with the words their names (or the kind after 等) end on: a 保险公司 is named
# as a 保险机构, a 城市 by a city's name.
_KINDS = (("银行",), ("机构", "公司", "单位", "局", "厅", "办事处", "部门"), ("高校", "大学", "院校", "学校", "学院"), ("城市", "地区", "地方", "地", "市"),
          ("园区",), ("协会",))


def _kind_of(group: str) -> tuple[str, ...]:
    """The kind of body ``group`` names (专利代理机构 → 机构, 公司, 单位), or the group itself."""
    return next((k for k in _KINDS if group.endswith(k)), (group,))


def enumerates(group: str, text: str) -> bool:
    """Whether ``text`` enumerates members of ``group`` (合作银行, 专利代理机构, 城市) by name: each member's name
    ends on the group's kind ("南京理工大学、江苏大学"; cities by their names), or the kind follows the list
    ("人保财险、太平洋财险、平安财险等保险机构", "南京、苏州等地"). "江苏省专利代理人协会、江苏省商标协会" names no
    专利代理机构, nor "金奖、银奖" a bank."""
    kind = _kind_of(group)
    ends = (*kind, *CITIES) if "城市" in kind else kind
    after = re.compile(rf"^[^等]{{0,10}}等[\u4e00-\u9fff]{{0,6}}?(?:{'|'.join(kind)})")
    for m in ENUMERATION_RE.finditer(text):
        *first, last = m.group(0).split("、")  # the last runs on into the sentence: "江苏大学申报第一批全国"
        if all(member.endswith(ends) for member in first) and any(last[:i].endswith(ends) for i in range(2, len(last) + 1)) \
                or after.match(last + text[m.end(): m.end() + 10]):
            return True
    return False


def enumerates_kind(thing: str, text: str) -> bool:
    """Whether ``text`` enumerates things of the kind ``thing`` names by its first word: 快速服务 in "开展快速预审、
    快速确权、快速维权", each member that word and another; not a list of things of other words."""
    first = next((w for w in words(thing) if len(w) >= 2), "")
    if not first or first == thing:
        return False
    for m in ENUMERATION_RE.finditer(text):
        head, *rest = m.group(0).split("、")
        if first in head and not head.endswith(first) and all(r.startswith(first) and len(r) > len(first) for r in rest):
            return True
    return False


# Documents asked for by a kind of their own ("合作文件", "政策文件"): what the kind says of them (合作), if anything.
_DOCUMENTS_RE = re.compile(r"^(?P<of>[\u4e00-\u9fff]*?)(?:政策)?(?:文件|文本)$")


def names_documents(thing: str, text: str) -> bool:
    """Whether ``text`` names documents of the kind ``thing`` asks for, by their 《titles》: "涉及长三角的合作文件" are
    《长三角地区专利代理行业高质量发展一体化合作备忘录》 and the like, whose titles hold 合作; any title is a 文件."""
    if not (asked := _DOCUMENTS_RE.match(thing)):
        return False
    return any(not asked.group("of") or term_covered(asked.group("of"), title) for title in references_of(text))


# A body named as one ("省知识产权保护中心", "当地的国家级知识产权保护中心", "南京专利代办处"): its name opens on
# the province, the state or a city; 长三角专利代理机构 are the region's agencies, none named.
_NAMED_BODY_OPENING = r"(?:省|国家|中国|江苏省?|世界)"
_ONE_BODY_ENDS = {"机构": ("机构", "公司", "单位", "中心", "代办处")}
# Kinds of body asked for bare ("哪些机构"), which an item answers by naming a kind of them (专利代理机构).
_BARE_KINDS = frozenset({"机构", "单位"})


def names_members(group: str, text: str, one: bool = False) -> bool:
    """Whether ``text`` names the members of ``group`` asked for: an enumeration (see ``enumerates``), a kind of
    body for a bare 机构 or 单位, or, when ``one`` is asked for ("靠哪家机构来做"), one body of the kind named as
    such ("依托省知识产权保护中心")."""
    if enumerates(group, text):
        return True
    # "组织哪些机构来做": a bare kind (机构, 单位) is named by the kind of body an item engages (专利代理机构); a
    # group named more closely (合作银行, 鉴定机构) only by its members' names.
    if group in _BARE_KINDS and re.search(rf"[\u4e00-\u9fff]{{2}}{group}", text):
        return True
    if not one:
        return False
    kind = _kind_of(group)
    if "城市" in kind:
        return any(city in text for city in CITIES)
    ends = _ONE_BODY_ENDS.get(kind[0], kind)
    return bool(re.search(rf"(?:{_NAMED_BODY_OPENING}|{'|'.join(CITIES)})[\u4e00-\u9fff]{{0,10}}?(?:{'|'.join(ends)})", text))


# Words by which an item offers money, with or without an amount.
FUNDING_RE = re.compile(r"资金|奖励|奖补|补贴|资助|补助|贴息|补费|奖金|经费")


def body(chunk: Chunk) -> str:
    """The item text without its trailing (责任部门：…) note, which answers show separately."""
    return DEPARTMENTS_SUFFIX_RE.sub("", chunk.text).strip()


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def clauses(text: str) -> list[str]:
    """``text`` cut at every comma, semicolon and sentence end: the smallest statements an item makes."""
    return [c for c in re.split(r"[，,；;。！!？?]", text) if c.strip()]


def has_figure(text: str) -> bool:
    return bool(FIGURE_RE.search(text))


def states_money(text: str) -> bool:
    """Whether ``text`` states an amount of money (250万元), not only a count (100家) or a share."""
    return any(f.kind == "money" for f in extract_figures(text))


def term_share(terms: list[str], text: str) -> float:
    """Share of ``terms`` the text covers (synonyms count)."""
    if not terms:
        return 0.0
    return sum(term_covered(t, text) for t in terms) / len(terms)


def relevant_sentences(chunk: Chunk, terms: list[str], figure: bool, limit: int = 2, support: bool = False,
                       named: frozenset[tuple[str, float]] = frozenset()) -> list[str]:
    """The sentences of an item that a question needs, in text order.

    For figure questions, sentences with figures come first among those that match the question; when
    support is asked ("联盟省里怎么支持"), the sentences offering money, then support, come first: the item
    was chosen for its subject, and its sentences name it by a shorter word (联盟) than the question does.
    A sentence stating figures the question names (``named``: "那1000万到3000万的呢") comes before all.
    """
    parts = sentences(body(chunk))
    if not parts:
        return []
    # A term every sentence of the item holds (数据知识产权 of the registration item) tells none apart; one that
    # one sentence alone holds (登记证书 of "登记证书有啥用") tells most: each term weighs by how few hold it.
    # A term inside another (数据 of 数据知识产权) is counted once, in the longer.
    whole = [t for t in terms if not any(t != other and t in other for other in terms)]
    held = {t: sum(term_covered(t, p) for p in parts) for t in whole}
    weight = {t: 1.0 / n if n else 0.0 for t, n in held.items()}
    total = sum(weight.values())

    def share(s: str) -> float:
        return sum(w for t, w in weight.items() if w and term_covered(t, s)) / total if total else 0.0

    def rank(i: int) -> tuple[int, float, float, float, int, int, int]:
        s = parts[i]
        stated = len(named & normalise(s)) if named else 0
        # Money asked of an item stating no amount ("联盟有没有钱补"): the sentence offering money answers.
        funding = bool(figure and FUNDING_RE.search(s))
        offered = 0.5 if figure and has_figure(s) or funding else 0.0
        supported = (2 if FUNDING_RE.search(s) else 1 if "支持" in s else 0) if support else 0
        return (-stated, -supported, -share(s) - offered, -term_share(terms, s), -int(has_figure(s)), -int(funding), i)

    order = sorted(range(len(parts)), key=rank)
    chosen = [i for i in order[:limit] if i == order[0] or term_share(terms, parts[i]) > 0
              or (figure and (has_figure(parts[i]) or FUNDING_RE.search(parts[i])))]
    # "想在本地搞个专利池，市里支持吗": the support offered to 联盟 answers only beside the sentence naming what was
    # asked about (联盟在组建专利池…), which comes with it when no sentence chosen names it; of sentences naming
    # as much, the one naming the longer words (专利池 over 本地区's 本地), which are the more specific.
    if support and total and not any(share(parts[i]) for i in chosen):
        naming = max(range(len(parts)), key=lambda i: (share(parts[i]),
                                                       sum(len(t) for t in whole if term_covered(t, parts[i])), -i))
        chosen += [naming] if share(parts[naming]) else []
    return [parts[i] for i in sorted(chosen)]


def _prize_name(sentence: str) -> str:
    names = [w for w in words(sentence) if w.endswith("奖") and len(w) >= 4]
    return names[0] if names else ""


def _labels(head: str) -> list[str]:
    segment = re.split(r"[，,]", head.rstrip("，, "))[-1].rstrip("的")
    labels = [_LEAD_IN.sub("", part).strip() for part in segment.split("、")]
    labels = [label for label in labels if label]
    if not labels:
        return []
    first = labels[0]
    stem = next((first[: -len(t)] for t in TIERS if first.endswith(t) and len(first) > len(t)), "")
    return [first] + [stem + label if stem and label in TIERS else label for label in labels[1:]]


def figure_pairs(sentence: str) -> list[tuple[str, str]]:
    """「对获得金奖、银奖…的，分别给予30万元、20万元…奖励」 → [("江苏专利奖 金奖", "30万元"), …].

    Only where the enumeration and the amounts pair up one to one; else nothing.
    """
    pairs: list[tuple[str, str]] = []
    for clause in re.split(r"[；;。]", sentence):
        head, sep, tail = clause.partition("分别")
        if not sep:
            continue
        labels = _labels(head)
        values = AMOUNT_RE.findall(tail.split("，")[0])
        if not labels or len(labels) != len(values):
            continue
        if values[0].startswith("不超过"):
            values = [v if v.startswith("不超过") else "不超过" + v for v in values]
        prize = _prize_name(sentence)
        for label, value in zip(labels, values, strict=True):
            shown = f"{prize} {label}" if prize and label in TIERS else label
            pairs.append((shown, value))
    return pairs


def names_an_amount(chunk: Chunk, text: str) -> bool:
    """Whether ``text`` names one of the item's amounts word for word by its enumeration label ("地理标志项目"
    in 工业品牌项目、地理标志项目，分别给予…). A lone amount's label is a whole clause, too loose to match by:
    only labels of four characters or more count. A prize's label (江苏专利奖 优秀奖) is named written together
    too ("江苏专利奖优秀奖奖多少钱")."""
    return amount_named_at(chunk, text) >= 0


def amount_named_at(chunk: Chunk, text: str) -> int:
    """Where in ``text`` (spaces dropped) the first of the item's amounts it names is named (see
    names_an_amount), or -1: of two prizes asked, the one asked first comes first."""
    joined = text.replace(" ", "")
    found = [joined.find(label.replace(" ", "")) for label, _ in figure_pairs(body(chunk)) if len(label) >= 4]
    return min((i for i in found if i >= 0), default=-1)
