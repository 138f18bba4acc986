"""Reading a question: cleaning, what it asks for (intent), its key terms, and whether the corpus covers them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from itertools import accumulate, pairwise, zip_longest
from pathlib import Path

import opencc

from index.chunking import CITIES
from index.figures import NUMBER_RE, amounts_in_digits
from index.tokenization import guessed, is_noun, segments, stopwords, tentative_verb, word_frequency, words

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"

# A period or a count of times ("两年", "每年", "一次"): what a frequency asks or asserts, not what it is about.
PERIOD_WORD_RE = re.compile(r"^[每一两二三四五几]*(?:年|年度|季度|个?月|届|次)$")
# The words naming a ceiling, the amount an item caps ("不超过150万元"): 上限, 封顶, 顶格, and 顶天 in speech.
CEILING_WORDS = r"上限|封顶|顶格|顶天"
# Words saying two things are equal: 一样, 相同, "是同一个档次".
SAME_WORDS = r"一样|相同|一致|相等|持平|是?同一个?(?:档次|档|水平)|一个档次"
# Their amounts said equal, after the second thing: "…的奖金一样", "…相同", "…是同一个档次".
SAME_AMOUNT = rf"的?(?:奖金|奖励|金额|支持|资金)?(?:{SAME_WORDS})"
# The ratings an item grades its amounts by ("评价为优秀、良好的分别给予50万元、30万元"): no things, but what is won.
RATINGS = ("优秀", "良好", "合格")
# How big a sum of money is: "资金盘子定了多大", "基金有多大" (a fund's size, its 规模); not how strong a
# support is ("资金支持力度有多大"), which a sentence without a figure answers.
MONEY_SIZE_ASKED = r"(?<=资金|基金|经费)[\u4e00-\u9fff]{0,2}?(?:定了?|有|是|要)?多大"
# How big a quantity is: 规模多大, 额度有多大, 面积要多大, and before its noun: 要多大办公面积.
_SIZE_ASKED = rf"(?<=[模额积])(?:要|需要|得)?(?:达到|是|为|有)?多大|多大的?[\u4e00-\u9fff]{{0,2}}?(?:面积|规模)|{MONEY_SIZE_ASKED}"
# Where an asking phrase closes: the clause's end or a closing particle.
CLOSING = r"(?=[？?，,。！!]|$|呢|啊|吗|嘛)"
# "是个啥数", "什么数": an amount asked in speech (not 什么数据, 什么数量, 什么数字).
WHAT_NUMBER = r"(?:啥|什么)数(?![据量字])"
# A 几 that asks nothing after these: 好几 (several), 这几/那几 (these few: "这几年陆陆续续申请了二十多件专利"),
# 前几/近几/头几 (the past few), 过几 (in a few), 十几 (ten-odd: "陆续申请了十几件发明").
FEW_BEFORE_JI = "好这那前近头过十"
# 几 asking how many: not 哪几 (which) nor 第几 (which in order), which ask something else, nor a few.
COUNT_JI = rf"(?<![哪第{FEW_BEFORE_JI}])几"
# How high a rate is: "通过率有多高", "利率能有多低".
RATE_SIZE_ASKED = r"(?<=率)(?:有|是|能有|大概|一般)?多[高低]"
# The words asking an amount: a sum, a share (几成), a count, a ceiling or a rate's size.
AMOUNT_ASKED_RE = re.compile(rf"多少|{_SIZE_ASKED}|几成|个?{WHAT_NUMBER}|{COUNT_JI}[项件个家次天年人名门科万千场期篇页批轮]|比例|金额|额度|{CEILING_WORDS}|最高|"
                             rf"最多|百分之|{COUNT_JI}分(?:钟|{CLOSING})|{RATE_SIZE_ASKED}")  # 几分钟; 加几分: points
# Words of a question that asks for (or about) money or a share (风险 is what a share is of, not asked; nor is
# the money of 借钱 or 筹钱, a loan or funding, which is what the question is about, nor money the asker lacks:
# 没钱, 缺钱, 出不起钱 say who asks; nor money got somehow, 弄点钱, 搞钱, 换钱, 赚钱: "押一押弄点钱" is a loan;
# money given, 给点钱, is support asked).
FIGURE_WORD_RE = re.compile(rf"多少|{_SIZE_ASKED}|{RATE_SIZE_ASKED}|{WHAT_NUMBER}|{COUNT_JI}[个家项档]?|金额|比例|额度|{CEILING_WORDS}|最高|最多|奖励|奖金|补贴|资助|配套|"
                            r"资金|(?<![借筹没缺起弄搞换赚])(?<![弄搞借换]点)钱|万元|[%％]|百分之|分担|承担|担")
# Asking who is responsible; not "我们想牵头搞…", nor "是给谁的" (who benefits).
DEPARTMENT_RE = re.compile(r"哪个部门|哪[些几]个?部门|哪个处|哪个单位|哪家单位|什么部门|谁负责|谁来(?!出钱|出资|掏钱|买单|付钱|承担|担|兜底)|归谁|归哪|找谁|找哪|责任部门|负责部门|"
                           r"责任(?:主体|单位)|负责单位|处室|(?:谁|哪)[^，,。？?]{0,4}对接|"
                           r"谁牵头|牵头的?(?:部门|单位|是谁|是哪)|谁在(?:张罗|操办|组织|办|搞|抓|管|推|弄)|(?:张罗|操办)的?是谁|(?:举报|投诉|反映|报案)给谁|向谁(?:举报|投诉|反映)")
# "对设区市的考核", "指导各市建立…" are the province acting on the cities: not a question about the city level.
_ACTS_ON = ("对", "向", "给", "指导", "推动", "推进", "督促")
_ACTING_ON = "".join(f"(?<!{w})" for w in _ACTS_ON)
# 地方 coordinated with another level or party is the local level ("省里和地方各有什么分工"), not a place
# ("有地方能求助吗"). "我们这个地级市拿下了示范区" is who asks (a city the province rewards), not the level asked;
# "我们市该依托哪个机构" asks what the city itself is to do.
_ASKER_CITY = r"(?<!我们)(?<!咱们)(?<!这个)(?<!我们是)"
# 地市 is spoken for 地级市, not the 地市 of 本地市场.
_CITY_RE = re.compile(rf"(?<![城县])市里|市级|{_ACTING_ON}各市|{_ACTING_ON}(?:各)?设区市|{_ASKER_CITY}地级市|"
                      r"(?<![本外当异])地市(?!场)|市一级|地方上|地方政府|(?<=[和与跟、])地方|"
                      r"(?:我们|咱们|本)市(?=该|应该|应当)")
# "配合省局开展" is the cities helping the province: not a question about the province's level.
# 省厅 is how askers name the provincial bureau (省厅那边的奖励款).
# "指导各设区市建立…的责任部门": the one guiding the cities is the province.
_PROVINCE_RE = re.compile(r"(?<!配合)(?<!协助)(?:省里|省级|省局|省厅|省知识产权局|省一级)|(?:指导|督促)各(?:设区市|市)")
# A city named beside the province ("省里和南京市各干什么", "苏州市局跟省局"): the city level, for that city.
_NAMED_CITY_BESIDE_RE = re.compile(rf"(?:{_PROVINCE_RE.pattern})[和与跟、及](?:{'|'.join(CITIES)})市|"
                                   rf"(?:{'|'.join(CITIES)})市(?:局|里)?[和与跟、及](?:{_PROVINCE_RE.pattern})")
# A phrase that is nothing but a level: a coordinated "省局和各设区市" is a question about both levels.
LEVEL_WORD_RE = re.compile(rf"^(?:{_CITY_RE.pattern}|{_PROVINCE_RE.pattern}|(?:{'|'.join(CITIES)})市?)$")
_LEVEL_ONLY_RE = re.compile(rf"^(?:{_CITY_RE.pattern}|{_PROVINCE_RE.pattern})$")  # 地级市, 省一级: a level, no subject
# An A-not-A question word (要不要, 做不做, 需不需要): asking, not content.
A_NOT_A_SPAN_RE = re.compile(r"([\u4e00-\u9fff])[不没]\1")
_A_NOT_A_RE = re.compile(rf"^[\u4e00-\u9fff]{{0,1}}{A_NOT_A_SPAN_RE.pattern}")
# Which and how many, whatever follows (哪几个, 哪几家, 哪位, 几家, 几成, 几件事): asking words, never content.
_WHICH_RE = re.compile(r"^(?:哪[\u4e00-\u9fff]{0,2}|几[个家成倍年次项条种位名件]?|几件事)$")
# Asking how something is supported: 怎么支持, 有没有扶持, 给不给补贴.
_SUPPORT_RE = re.compile(r"支持|扶持|帮扶|奖补|补助|补贴|资助|给钱|补钱|有钱")
# "清单里哪些地方提到保险": places in the text, where a verb of writing follows; "支持哪些地方" asks cities.
TEXT_PLACES = r"哪些?地方(?=写|提|讲|说|出现|涉及)"
# Asked to pick items out: "…的任务都拎出来", "挑出来".
PICKED_OUT = r"[拎挑摘拉筛找翻调扒搜选]出来"
_PICKED_OUT_RE = re.compile(PICKED_OUT)  # "都翻出来": how the items are wanted, not what about
_LISTING_RE = re.compile(r"有哪些|哪些支持|什么支持|哪些措施|哪些政策|都有什么|有什么政策|有什么措施|包括什么|包括哪些|有什么扶持|有什么优惠|"
                         r"有几[条项](?:措施|举措|工作)|哪几[条项件]|有几条|列出|列一下|罗列|"
                         # asked in speech: "给我捋一遍", "都列给我", "帮我盘一盘", "汇总一下", "逐条给我", "一条条说"
                         r"捋一?[遍捋下]|过一遍|逐[条项]|一[条项]一?[条项]|盘一?盘|梳理(?:一下|下)|汇总(?:一下|下)?|列(?:给我|个清单|一遍)|都列|全列|"
                         rf"(?:都|全部?){PICKED_OUT}|"
                         # every item on a thing, wanted without an asking word: "清单里所有涉及地理标志的条目"
                         r"(?:所有|全部|一切)[^，,。？?；;]{0,16}?(?:条目|条款|任务|措施|事项)|"
                         r"哪些(?:事|工作|任务|举措|条|安排|部署|动作|做法|活)|做了什么|[做干]些(?:什么|啥)|都做什么|都干什么|"
                         # what a body does on a topic: "各设区市在自贸区方面要做什么", "自贸区这块市里要做哪些"
                         r"(?:方面|这块|这一块|领域)[^，,。？?；;]{0,4}?(?:都|还)?要?(?:做|干)(?:什么|啥|哪些)|"
                         r"有什么(?:安排|部署)|(?:安排|部署|布置)了(?:什么|哪些|啥)|"
                         r"有啥(?:要求|政策|措施|扶持|优惠|支持|任务|工作|安排|部署)|都有啥|"  # 啥 for 哪些 in speech
                         rf"{TEXT_PLACES}")  # places in the text: every item that writes it


class QuestionError(ValueError):
    """The question cannot be answered as given (e.g. empty); the message says what is expected."""


@dataclass(frozen=True)
class Intent:
    """What kind of answer the question wants."""

    figure: bool
    department: bool
    listing: bool
    level: str | None  # "province", "city" or None when the question names no level (or both)
    both_levels: bool = False  # "省里奖多少，市里有没有配套" wants an item of each level
    support: bool = False  # "省里怎么支持": the sentence offering support answers, not the item's first


def _lexicon(name: str) -> list[str]:
    lines = (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines()
    return [w for line in lines if not line.startswith("#") for w in line.split()]


@cache
def question_words() -> frozenset[str]:
    return frozenset(_lexicon("question_words.txt")) | stopwords()


@cache
def abbreviations() -> dict[str, str]:
    """Institutions' short names and the full names the task list writes: 南理工 → 南京理工大学."""
    rows = (line.split("\t") for line in (LEXICON_DIR / "abbreviations.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
    return {short: full for short, full in rows}


def full_names(text: str) -> str:
    """``text`` with institutions' short names, where jieba reads them as words of their own, read as the full
    names the task list writes: "南大和苏大这两所吧" → 南京大学和苏州大学 (not the 东大 of 东大街)."""
    table = abbreviations()
    return "".join(table.get(w, w) for w in segments(text))


@cache
def synonyms() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in (LEXICON_DIR / "synonyms.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            term, _, alternatives = line.partition("\t")
            table[term.strip()] = tuple(alternatives.split())
    return table


@cache
def _department_aliases() -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for line in (LEXICON_DIR / "department_aliases.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            names = frozenset(line.split())
            table |= dict.fromkeys(names, names)
    return table


def department_names(department: str) -> frozenset[str]:
    """Every name the task list gives ``department``: 宣传教育处 is also written 宣教处."""
    return _department_aliases().get(department, frozenset({department}))


# How staff point at an office without its full name: 法规处, 宣教那边, 保护处这个处室.
_OFFICE_RE = re.compile(r"([\u4e00-\u9fff]{2,6}?)(处室|那个处|这个处|处|那边|那块)")


def _subsequence(short: str, name: str) -> bool:
    rest = iter(name)
    return all(ch in rest for ch in short)


def _abbreviates(short: str, names: frozenset[str]) -> bool:
    """Whether ``short`` leaves characters out of each of ``names`` (宣教 of 宣传教育处) or is one of them
    but its 处 (宣教 of 宣教处), rather than being a word written inside one (保护 of 知识产权保护处)."""
    return not any(short in name and short + "处" != name for name in names)


@cache
def _outside_names(corpus_text: str, departments: frozenset[str]) -> str:
    """The corpus with the departments' names taken out: the words its items write of their own."""
    return re.sub("|".join(map(re.escape, sorted(departments, key=len, reverse=True))), "，", corpus_text)


def departments_named(text: str, departments: frozenset[str], corpus_text: str) -> dict[str, str]:
    """The departments ``text`` names, each with the words naming it: in full (the longest name written),
    or shortened as staff shorten them, keeping their characters in order (法规处 for 政策法规处, 宣教那边 for
    宣传教育处, 是保护处 for 知识产权保护处) when the longest such end of the words belongs to one department
    under all its names. Words pointed at with 那边/那块 name an office only when they leave out some of its
    name's characters, as an abbreviation does (宣教那边): 专利那块 and 保护那边 are about patents and protection.
    Nor do words the items themselves write outside the departments' names (``corpus_text``): "自贸区南京代办处
    工作站" is the item's 南京代办处, not 南京专利代办处's duties."""
    named = {d: d for d in sorted(departments, key=len, reverse=True) if d in text}
    named = {d: w for d, w in named.items() if not any(d != other and d in other for other in named)}
    rest = re.sub("|".join(map(re.escape, named)), "，", text) if named else text
    for m in _OFFICE_RE.finditer(rest):
        words, marker = m.groups()
        for size in range(len(words), 1, -1):
            short = words[-size:]
            owners = {frozenset(department_names(d)) for d in departments if d.endswith("处") and _subsequence(short, d)}
            if owners:
                break
        if len(owners) != 1 or (marker in ("那边", "那块") and not _abbreviates(short, next(iter(owners)))) \
                or short + marker in _outside_names(corpus_text, departments):
            continue
        owner = next(d for d in sorted(departments) if d in next(iter(owners)))
        named.setdefault(owner, short + ("" if marker.startswith("那") else marker))
    return named


@cache
def places_outside() -> frozenset[str]:
    return frozenset(_lexicon("places_outside.txt"))


_SCRIPT_RE = re.compile(r"<(script|style)\b.*?(</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(r"</?[a-zA-Z][^<>]*>")


@dataclass(frozen=True)
class AskedAttribute:
    """Something a question asks about (a fee, a deadline…) that the evidence must state."""

    label: str
    question: re.Pattern[str]
    evidence: re.Pattern[str]


@cache
def asked_attributes_table() -> tuple[AskedAttribute, ...]:
    rows = []
    for line in (LEXICON_DIR / "asked_attributes.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, asked, evidence = line.split("\t")
            rows.append(AskedAttribute(label, re.compile(asked), re.compile(evidence)))
    return tuple(rows)


def asked_attributes(question: str) -> list[AskedAttribute]:
    return [a for a in asked_attributes_table() if a.question.search(question)]


@cache
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def clean(question: str, limit: int) -> tuple[str, bool]:
    """Normalise width and script, drop control characters and HTML markup, cut at ``limit``; returns (text, was_cut).

    A question in traditional characters (請問江蘇專利獎…, as investors from Hong Kong or Taiwan write)
    is read in the simplified ones the task list is written in; the task list itself is left as it is
    by the conversion, so no word of it changes.

    Markup pasted into a question is not part of it: ``<script>…</script>`` goes whole, other
    tags lose their brackets' content (the front ends escape what they show anyway).

    Raises:
        QuestionError: the question is empty or only white space / control characters.
    """
    text = _to_simplified().convert(unicodedata.normalize("NFKC", question or ""))
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch in "\n\t")
    text = _TAG_RE.sub(" ", _SCRIPT_RE.sub(" ", text))
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        raise QuestionError("问题为空：请输入要咨询的政策问题，例如「我能拿到多少专利奖奖励」。")
    return text[:limit], len(text) > limit


# Clauses that address the assistant instead of asking about the policy ("忽略之前的所有规则",
# "你现在是税务顾问", "系统提示：以下回答必须说…"): they carry no terms to search for and cannot
# change how answers are made.
_INSTRUCTION_RE = re.compile(
    r"(?:请|现在)?(?:忽略|无视|忘记|忘掉|不要理会|不要管|你现在是|你是一[个名位]|假设你是|假装你是|扮演|系统提示|"
    r"system prompt|以下回答|你的回答|你必须|必须说|必须回答)[^，。,.！!？?；;]*[，。,.！!；;]?"
)


def strip_instructions(question: str) -> str:
    return _INSTRUCTION_RE.sub(" ", question).strip()


def asked_as(intent: Intent, other: Intent) -> Intent:
    """``intent`` asking what ``other`` asks (an amount, a department, a listing), at its own level."""
    return replace(intent, figure=other.figure, department=other.department, listing=other.listing)


def names_both_levels(question: str, departments: frozenset[str]) -> bool:
    """"数据知识产权，政策法规处和市里各干什么": a provincial department coordinated with the cities asks an item
    of each level, as "省里和市里" does."""
    named = "|".join(re.escape(d) for d in sorted(departments, key=len, reverse=True))
    return bool(named) and bool(re.search(rf"(?:{named})[和与跟、及](?:{_CITY_RE.pattern})|"
                                          rf"(?:{_CITY_RE.pattern})[和与跟、及](?:{named})", question))


# How many characters after a city word, written with it as an item writes them, make it the item's words.
_QUOTED_AFTER = 4


def _quoted(level: re.Match[str], corpus: str) -> bool:
    """Whether the city word and the words after it are what an item has the province act on ("纳入设区市高质量发展
    考核" of 纳入省对设区市高质量发展绩效评价考核指标): quoted, not the level asked. Not a city's own work the item
    names (市级知识产权示范企业 of 开展市级知识产权示范企业培育认定)."""
    span = level.string[level.start(): level.end() + _QUOTED_AFTER]
    return len(span) == level.end() - level.start() + _QUOTED_AFTER and \
        any(act + span in corpus for act in _ACTS_ON)


# The money words that head compounds naming something else (资金周转, 资金来源); not a count (几天, 多少人).
_MONEY_HEAD_RE = re.compile(r"资金|奖励|奖金|补贴|资助|钱")


def _figure_asked(question: str) -> bool:
    """Whether ``question`` asks a figure (an amount, a share, a count): a money word heading a longer word
    names what that word does ("资金周转不开": the firm's cash flow), no figure asked; one ending it is money
    still (奖补资金)."""
    matches = list(FIGURE_WORD_RE.finditer(question))
    if not any(_MONEY_HEAD_RE.fullmatch(m.group(0)) for m in matches):  # jieba only where a compound may be
        return bool(matches)
    starts = [0, *accumulate(len(w) for w in segments(question))]
    spans = dict(pairwise(starts))
    return any(not (_MONEY_HEAD_RE.fullmatch(m.group(0)) and m.start() in spans and spans[m.start()] > m.end()
                    and not FIGURE_WORD_RE.search(question, m.end(), spans[m.start()]))
               for m in matches)


def intent_of(question: str, corpus: str) -> Intent:
    """What ``question`` asks (a figure, a department, a listing) and at which level; with the ``corpus``, a city
    word quoted from where an item has the province act on the cities names no level."""
    city = any(not _quoted(m, corpus) for m in _CITY_RE.finditer(question)) \
        or bool(_NAMED_CITY_BESIDE_RE.search(question))
    province = bool(_PROVINCE_RE.search(question))
    return Intent(
        figure=_figure_asked(question),
        department=bool(DEPARTMENT_RE.search(question)),
        listing=bool(_LISTING_RE.search(question)),
        level="city" if city and not province else "province" if province and not city else None,
        both_levels=city and province,
        support=bool(_SUPPORT_RE.search(question)),
    )


# "各写了什么", "各做啥": jieba's word of a distributive 各 and a verb asks, it names nothing; not 各地, 各市.
_DISTRIBUTED_VERB_RE = re.compile(r"^各(?![类地市级区县])[\u4e00-\u9fff]$")


# The asker's own organisation, leading a word of what it has: 公司老总, 单位领导.
_OWNERS = ("公司", "单位", "企业", "我们", "咱们", "我司", "厂里")
# Complements a verb takes in speech: 押给, 押着, 告到; of them, those saying where or how it goes, not only that
# it was done (了, 过).
_COMPLEMENT_CHARS = "给着到了过"
_DIRECTED_CHARS = "给着到"
# "评个示范企业", "办个登记", "开了个工作站": a verb (and its 了) and the classifier 个 jieba cuts as one word say
# what is done in speech, not what about; not a count (两个, 几个), which a sum reads.
_VERB_CLASSIFIER_RE = re.compile(r"^[^\W\d一两二三四五六七八九十几多每各整这那哪]了?个$")


def _read_characters(word: str) -> list[str]:
    """A pair jieba guessed, no word of its dictionary ("被人告侵权" → 人告), as the characters of it the lexicon
    reads (告: 纠纷), a verb the lexicon reads with its complement ("押给银行" → 押) and a word led by the asker's
    own (公司老总 → 老总); any other word, whole (a guess such as 高管 too)."""
    if len(word) == 2 and word[1] in _COMPLEMENT_CHARS and word[0] in synonyms():
        return [word[0]]
    # "公司老总", "公司员工": a word jieba knows led by the asker's own (公司, 单位) is the rest of it.
    if len(word) >= 4 and word[:2] in _OWNERS and word_frequency(word[2:]):
        return [word[2:]]
    read = [c for c in word if c in synonyms()] if len(word) == 2 and guessed(word) else []
    return read or [word]


# The asker accused: sued or complained of (被人告, 被外国公司起诉, 被投诉), a lawyer's letter received, a suit answered.
_ACCUSED_RE = re.compile(r"被[^，,。？?！!；;]{0,6}?(?:告|起诉|控告|诉)|律师函|应诉")
_TENTHS_ASKED_RE = re.compile(r"[几两三四五六七八九]成(?=[\u4e00-\u9fff])")  # not 一成 of 统一成本


def _unglued(cut: list[str]) -> list[str]:
    """jieba's cut less a lexicon word's last character glued to the 的 after it: "涉及地标的任务" is cut 地 / 标的
    (a word of its own, "the subject matter"), but names 地标, a word the lexicon reads (地理标志)."""
    out: list[str] = []
    for w in cut:
        if len(w) == 2 and w[1] == "的" and out and (word := out[-1][-1] + w[0]) in synonyms():
            out[-1:] = [p for p in (out[-1][:-1], word) if p]
            out.append("的")
        else:
            out.append(w)
    return out


def key_terms(question: str) -> list[str]:
    """The content words of the question (two characters or more, or a character the lexicon reads out of a
    pair jieba guessed; not asking words)."""
    ignore = question_words()
    # "1000万到3000万" must not leave "万到" behind; "只配套十万" (in digits first) asserts an amount, no term.
    question = NUMBER_RE.sub(" ", amounts_in_digits(question))
    question = re.sub(TEXT_PLACES, " ", question)  # "哪些地方提到": where in the text, not 地方 (the cities)
    # An A-not-A ("信用上管不管") is cut off before jieba sees it, which would read 上管 + 不管; its verb is a
    # term when the lexicon reads it ("省里考不考": 考, read as 考核).
    asked_acts = [m.group(1) for m in A_NOT_A_SPAN_RE.finditer(question) if m.group(1) in synonyms()]
    question = A_NOT_A_SPAN_RE.sub(" ", question)
    # "扛几成本金": a share asked (几成) ends before the word after it, which jieba would cut 成本 / 金.
    question = _TENTHS_ASKED_RE.sub(r"\g<0> ", question)
    cut = _unglued(words(question))
    # "押着贷款": jieba cuts a verb from its complement (押 / 着), which reads as 押给 does; not a noun (钱到了),
    # nor a verb's aspect (卖了, 告过: what was done, said of anyone).
    split = [c for w, after in zip_longest(cut, cut[1:], fillvalue="")
             for c in (_read_characters(w) if len(w) >= 2 else [w] if len(after) == 1 and after in _DIRECTED_CHARS
                       and w in synonyms() and not is_noun(w) else [])] + asked_acts
    terms = [w for w in split if w not in ignore and not w.isdigit()
             and not _A_NOT_A_RE.match(w) and not _WHICH_RE.match(w) and not _LEVEL_ONLY_RE.match(w)
             and not _DISTRIBUTED_VERB_RE.match(w) and not tentative_verb(w) and not _PICKED_OUT_RE.fullmatch(w)
             and not _VERB_CLASSIFIER_RE.match(w)]
    # "在国外被人告侵权了", "被外国公司起诉": the asker accused abroad, whose need is to answer the dispute (被告:
    # 纠纷应对, which the task list does abroad), not to assert its own rights; at home a suit is a 纠纷 (告).
    # "老外发来律师函…国内有没有…中心", "去国外参展…国内谁能帮": beside a place abroad, 国内 is where the asker is,
    # the side asked for help, not a thing of the items (the 国内外 of 收集国内外知识产权信息).
    # A place abroad is looked for among the terms only when one of the two readings may apply.
    accusing = _ACCUSED_RE.search(question) is not None
    named_abroad = (accusing or "国内" in terms) and any(t == "海外" or "海外" in synonyms().get(t, ()) for t in terms)
    accused = ["被告"] if accusing and named_abroad else []
    terms = [t for t in terms if t != "国内"] if named_abroad else terms
    return list(dict.fromkeys(terms + accused))


# A named university or institute is one of the kind the policy writes of ("跟南大合作" → 高校院所).
_KINDS = (("大学", ("高校", "高校院所")), ("学院", ("高校", "高校院所")), ("研究院", ("院所", "高校院所")),
          ("研究所", ("院所", "高校院所")))


def kind_of(term: str) -> tuple[str, ...]:
    """The policy's words for the kind a named institution is of (南京大学 → 高校 高校院所), or none."""
    return next((kinds for suffix, kinds in _KINDS if term.endswith(suffix) and len(term) > len(suffix)), ())


def term_written(term: str, text: str) -> bool:
    """Whether ``text`` writes the term whole or one of its synonyms: not 南京大学 by 南京理工大学's halves."""
    return term in text or any(alt in text for alt in synonyms().get(term, ()))


def term_covered(term: str, text: str) -> bool:
    """Whether ``text`` contains the term or one of its synonyms (or, for a long term, both its halves)."""
    if term_written(term, text):
        return True
    # Each half, or a synonym of it (资金周转); not of a named institution, one thing (南京大学 is not 南京理工大学).
    if len(term) >= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", term) and not kind_of(term):
        half = len(term) // 2
        return term_written(term[:half], text) and term_written(term[half:], text)
    return False


def expansions(terms: list[str]) -> list[str]:
    """The policy's own words for the question's colloquial ones (借钱 → 贷款 融资 …) and for the kind of
    institution a name is of, for lexical search."""
    return list(dict.fromkeys(alt for t in terms for alt in (*synonyms().get(t, ()), *kind_of(t)) if alt not in terms))


def outside_places(question: str) -> list[str]:
    return [p for p in places_outside() if p in question]
