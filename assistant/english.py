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
_BEARS = r"(?:bears?|shoulders?|covers?|carries|absorbs?|takes on|pays? for|falls? on)"
# What an English question asks, in the words the Chinese reading of a question looks for.
_ASKING = (
    # A number of days is a duration, which the task list never states: not an amount.
    (re.compile(r"\bhow many (?:working |business )days\b", re.IGNORECASE), "多少个工作日"),
    (re.compile(r"\bhow many days\b", re.IGNORECASE), "多少天"),
    (re.compile(r"\bhow much\b|\bhow many\b|\bamount\b|\bwhat share\b|\btarget number\b", re.IGNORECASE), "多少"),
    (re.compile(r"\bmaximum\b|\bmax\b|\bupper limit\b|\bceiling\b", re.IGNORECASE), "最高"),
    (re.compile(r"\brewards?\b|\bbonus\b", re.IGNORECASE), "奖励"),
    # Funding asked, not a fund named ("the provincial compensation fund", "the risk fund": who bears a loss).
    (re.compile(r"\bfunding\b|(?<!compensation )(?<!risk )\bfunds?\b|\bsubsid(?:y|ies)\b|\bmoney\b|\bgives?\b(?!\s+(?:me|us)\b)|\bget\b", re.IGNORECASE), "资金支持"),
    # "Who bears the interest loss": which party bears a risk or cost, as the item's shares say, not a department.
    (re.compile(rf"\bwho\s+{_BEARS}\b", re.IGNORECASE), "谁承担"),
    (re.compile(rf"\bwhich (?:department|office|division|bureau|unit|agency)\b|\bwho\b(?!\s+{_BEARS}\b)|"
                r"\bin charge\b|\bresponsible\b|\bhandles?\b", re.IGNORECASE), "哪个部门"),
    # "Which two cities work with the bureau": the cities' names are asked for, as 哪几个城市 asks them.
    (re.compile(r"\bwhich (?:(?:two|three|four|five|\d) )?cities\b", re.IGNORECASE), "哪几个城市"),
    # "When is the cut-off for entries", "what is the deadline": the last day to apply, a date the task list never
    # states, as 截止 asks it; not a frequency.
    (re.compile(r"\bdeadlines?\b|\bcut-?offs?\b|\bdue date\b|\bclosing date\b|\blast (?:day|date)\b|"
                r"\bno later than\b|\bby when\b", re.IGNORECASE), "截止"),
    # "When is…", not the "when" of a condition ("the reward when a centre is rated excellent").
    (re.compile(r"\bhow (?:often|frequently|regularly)\b|\b(?:an )?annual(?:ly)? (?:competition|contest|event|award)\b|"
                r"\bevery year\b|^\s*when\b|\bwhen (?:is|are|does|do|will|can|should|must)\b|\bwhich year\b",
                re.IGNORECASE), "多久"),
    # "What is the patent term for a design patent": how long protection lasts, a period the task list never states.
    (re.compile(r"\b(?:patent|protection|trademark) term\b|\bterm of protection\b|\bvalidity period\b",
                re.IGNORECASE), "期限"),
    (re.compile(r"\bhow long\b|\b(?:approval|processing|review|waiting|turnaround) (?:time|period)\b|"
                r"\bhow (?:fast|quickly|soon)\b", re.IGNORECASE), "要多久"),
    (re.compile(r"\b(?:what|which) (?:documents|materials|paperwork)\b|\bdocuments (?:do|does|are|should)\b",
                re.IGNORECASE), "需要什么材料"),
    (re.compile(r"\bsplit\b|\bshared\b|\bdivided\b", re.IGNORECASE), "怎么分"),
    (re.compile(r"\btogether\b|\b(?:in )?total\b|\bcombined\b|\badd(?:ed)? up\b|\bsum of\b", re.IGNORECASE), "一共多少"),
    (re.compile(r"\bhow much (?:more|less|higher|lower|bigger|smaller)\b|\bdifference between\b|\bgap between\b",
                re.IGNORECASE), "相差多少"),
    (re.compile(r"\bhow many times\b", re.IGNORECASE), "几倍"),
    # "at what rate", "what percentage": a share asked, as 什么比例 asks it.
    (re.compile(r"\bwhat (?:rate|percentage|proportion)\b|\bhow much in percent\b|\bwhat percent\b|"
                r"\bhow many percent\b", re.IGNORECASE), "什么比例"),
    # "What annual interest will the bank charge", "the interest rate": the rate charged, as 利率多少 asks it;
    # not the interest loss a party bears, nor a subsidy of the interest (贴息).
    (re.compile(r"\b(?:what|how much)(?: annual| yearly)? interest\b(?!\s+(?:loss|subsid|discount))|"
                r"\b(?:what|how high)(?:'s| is| are| will)? the (?:annual |yearly )?interest rates?\b", re.IGNORECASE),
     "利率多少"),
    # "How much is charged to register…", "how much does a search cost": a fee, as 要交多少钱 asks it; not a cost a
    # party bears or a subsidy paid ("how much of the cost is covered" asks a share).
    (re.compile(r"\bhow much (?:is |are |will be |would be |(?:do|does|will|would)(?: [\w-]+){1,4} )(?:charged?|cost)\b|"
                r"\bwhat (?:does|will|would) it cost\b|"
                # "How much must a company pay to enter…": the asker's side paying is a fee; not what the province
                # or a bank pays ("how much will the province pay for a gold award" asks the award).
                r"\bhow much (?:must|do|does|will|would|should|shall) (?:I|we|you|(?:a|an|the|our|my|each) "
                r"(?:company|firm|enterprise|applicant|entrant|business)|companies|firms|applicants|entrants)"
                r"(?: (?:have|need) to| still)? pay\b", re.IGNORECASE), "要交多少钱"),
    (re.compile(r"\bwhat (?:support|measures)\b", re.IGNORECASE), "有哪些支持"),
    (re.compile(r"\bwhere in the (?:task )?list\b|\bwhich (?:measure|item|section)\b|\bwhere (?:is|does) .+ "
                r"(?:measure|item|appear|come from)\b", re.IGNORECASE), "在哪一条"),
    (re.compile(r"\boriginal (?:text|wording)\b|\bverbatim\b|\bexact wording\b|\bquote\b", re.IGNORECASE), "原文"),
    (re.compile(r"\bis there (?:any )?(?:support|funding)\b", re.IGNORECASE), "有没有支持"),
    # "Does the province support patent pools?", "…. Does Jiangsu help firms…": whether it supports or encourages a
    # thing, in the sentence asking.
    (re.compile(r"(?:^|[.?!]\s)\s*(?:does|do|will|would|can)\b(?!\s+you\b)[^.?!]*"
                r"\b(?:support|encourage|promote|help|assist)s?\b", re.IGNORECASE), "支持吗"),
)


# "Which office puts it together", "cities working together": a verb's together, no total asked.
_VERB_TOGETHER_RE = re.compile(r"\b(?:puts?|putting|brings?|bringing|works?|working|gets?|getting|teams?|teaming|"
                               r"comes?|coming|joins?|joining)\s+(?:(?:it|them|this|that|these|those|up)\s+)?together\b",
                               re.IGNORECASE)


def _asking(text: str) -> list[str]:
    """What an English question asks, each as the Chinese words asking it."""
    text = _VERB_TOGETHER_RE.sub(" ", text)
    return [marker for pattern, marker in _ASKING if pattern.search(text)]


# "How do I apply for a US patent?", "how to register a trademark in Japan": how the asker does something.
_HOW_TO_RE = re.compile(r"\bhow (?:do|can|should|could|would|does) (?:i|we|one|you|a company|a firm)\b[^?.!]*|"
                        r"\bhow to\b[^?.!]*", re.IGNORECASE)


def how_abroad(text: str, places: list[str]) -> list[str]:
    """How to do something in a place abroad (``places``: 美国), as the Chinese reading asks it ("怎么在美国办理"):
    another country's procedure, which the task list never states; none when no such place or how is asked."""
    return [f"怎么在{places[0]}办理"] if places and _HOW_TO_RE.search(text) else []


def is_english(text: str) -> bool:
    """Mostly Latin letters and (almost) no Chinese characters."""
    return len(_LATIN_RE.findall(text)) > 3 * len(_HAN_RE.findall(text)) and bool(_LATIN_RE.search(text))


# British spellings read as American ones, in questions and the lexicon alike: "operation centre" is an
# operation center.
_BRITISH = ((r"centre", "center"), (r"programme", "program"), (r"licen[cs]e", "license"), (r"organis", "organiz"),
            (r"utilis", "utiliz"), (r"recognis", "recogniz"), (r"authoris", "authoriz"), (r"defence", "defense"),
            (r"catalogue", "catalog"), (r"standardis", "standardiz"))


# Any other British -is- spelling ("securitisation", "commercialised") whose -iz- one the lexicon writes.
_IS_SPELLING_RE = re.compile(r"\b([a-z]{3,})is(e|ed|es|ing|ation|ations)\b")


@cache
def _lexicon_rows() -> tuple[tuple[str, str], ...]:
    """The lexicon file's (English, Chinese) rows as written, read once."""
    return tuple((english.strip().lower(), chinese.strip()) for line in LEXICON.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#") for english, _, chinese in [line.partition("\t")])


@cache
def _lexicon_words() -> frozenset[str]:
    return frozenset(w for english, _ in _lexicon_rows() for w in re.findall(r"[a-z]+", english))


def _american(text: str) -> str:
    for british, american in _BRITISH:
        text = re.sub(rf"\b{british}", american, text)
    return _IS_SPELLING_RE.sub(lambda m: american if (american := f"{m.group(1)}iz{m.group(2)}") in _lexicon_words()
                               else m.group(0), text)


@cache
def lexicon() -> tuple[tuple[str, str], ...]:
    rows = [(_american(english), chinese) for english, chinese in _lexicon_rows()]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


# "10 and 30 million" (the first million elided), "5 million yuan", "RMB 200,000", "2.5 million".
_RANGE_RE = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:and|to|-)\s*(\d+(?:\.\d+)?)\s*(million|thousand)\b", re.IGNORECASE)
_AMOUNT_RE = re.compile(r"(?:\b(?P<below>up to|under|below|less than|no more than|not exceeding|within)\s+|"
                        r"\b(?P<above>over|above|more than|exceeding)\s+)?(?:\b(?:rmb|cny)\s*)?"
                        r"\b(\d[\d,]*(?:\.\d+)?)\s*(million|thousand)?\s*(?:yuan|rmb|cny)?\b", re.IGNORECASE)
_SCALE = {"million": 1_000_000, "thousand": 1_000, "": 1}
# Asking for a confirmation: "Is the gold award RMB 300,000?", "…, right?", "Is it true that…".
_CONFIRM_RE = re.compile(r"^\s*(?:is|are|does|do)\b(?!\s+there\b).*\d.*\?\s*$|\b(?:right|correct|isn't it|is that so)\s*\?|"
                         r"\bis it true\b", re.IGNORECASE)


def _wan(value: float) -> str:
    """An amount in yuan as the policy writes it: 10000000 → 1000万元."""
    return f"{value / 10_000:g}万元"


def amounts(text: str) -> list[str]:
    """The money amounts of an English question in the policy's notation ("5 million yuan" → 500万元), a bound
    as a bound ("up to 10 million" → 1000万元以内: a tier, not the asker's own amount); bare numbers below ten
    thousand (years, counts) are not amounts."""
    text = _RANGE_RE.sub(lambda m: f"{m.group(1)} {m.group(3)} and {m.group(2)} {m.group(3)}", text)
    found = []
    for m in _AMOUNT_RE.finditer(text):
        number, scale = m.group(3), (m.group(4) or "").lower()
        value = float(number.replace(",", "")) * _SCALE[scale]
        if value >= 10_000 and (scale or "," in number or re.search(r"yuan|rmb|cny", m.group(0), re.IGNORECASE)):
            found.append(_wan(value) + ("以内" if m.group("below") else "以上" if m.group("above") else ""))
    return found


_ACRONYM_RE = re.compile(r"\b[A-Z]{2,}\b")
_CURRENCY = frozenset({"RMB", "CNY"})
# Places abroad known by capitals only: "US" is 美国, "us" the asker.
_PLACE_ACRONYMS = {"US": "美国", "USA": "美国", "EU": "欧盟", "UK": "英国"}
# A benefit an English question asks about, in the policy's word for it.
_BENEFIT_RE = re.compile(r"\b(subsid(?:y|ies|ised|ized)|funding|grants?|rewards?|awards?|support)\b", re.IGNORECASE)
_MONEY_BENEFIT_RE = re.compile(r"subsid|funding|grant", re.IGNORECASE)
_BENEFIT_WORDS = {"subsi": "补贴", "fundi": "资助", "grant": "资助", "rewar": "奖励", "award": "奖励", "suppo": "支持"}


def unknown_acronyms(text: str) -> list[str]:
    """Acronyms the bilingual lexicon does not know ("PCT"): kept as written, for the corpus to know or not."""
    known = {english for english, _ in lexicon()}
    # An acronym inside a term the lexicon knows is that term's: EU of China-EU (中欧).
    rest = text
    for english in sorted((e for e in known if not e.isalpha()), key=len, reverse=True):
        rest = re.sub(rf"(?<![A-Za-z]){re.escape(english)}(?![A-Za-z])", " ", rest, flags=re.IGNORECASE)
    return [a for a in dict.fromkeys(_ACRONYM_RE.findall(rest))
            if a.lower() not in known and a not in _CURRENCY and a not in _PLACE_ACRONYMS]


_HALF_RE = re.compile(r"\b(?:a |one )?half\b", re.IGNORECASE)  # a share asserted in words: 50%
_COUNT_WORDS = {"two": "两", "three": "三", "four": "四", "five": "五"}
_EACH_WINS_RE = re.compile(r"\b(two|three|four|five)\b(?:\s+(?:of\s+)?(?:our|the|us|them))?(?:\s+[a-z]+){0,2}?\s+"
                           r"(?:each|both|all)\b", re.IGNORECASE)


def benefit(text: str) -> tuple[str, list[str]]:
    """A benefit asked about, as the Chinese reading's benefit and its subject: of something an acronym the
    lexicon does not know names ("Is there a subsidy for PCT applications?" → 补贴 of PCT), or money of any
    subject ("Is there any subsidy for building a … base?" → 补贴, which its items must offer); ("", [])
    otherwise: "What support do universities get" asks what is done, not for money."""
    asked, named = _BENEFIT_RE.search(text), unknown_acronyms(text)
    if not asked:
        return "", []
    word = _BENEFIT_WORDS[asked.group(1).lower()[:5]]
    return (word, named) if named else (word, []) if _MONEY_BENEFIT_RE.match(asked.group(1)) else ("", [])


@cache
def _phrases() -> tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]:
    """Each lexicon phrase as written in a question, in lower case and in any case, with its Chinese words:
    plurals too, and "IP" qualifying a word inside it ("public IP services" is a public service). Compiled
    once: the lexicon's patterns are more than the re module's cache holds."""
    def pattern(english: str, flags: int = 0) -> re.Pattern[str]:
        phrase = r"\s+(?:(?:ip|ipr|intellectual property)\s+)?".join(re.escape(w) for w in english.split())
        return re.compile(rf"(?<![a-z]){phrase}(?:s|es)?(?![a-z])", flags)
    return tuple((pattern(english), pattern(english, re.IGNORECASE), chinese) for english, chinese in lexicon())


def english_in_chinese(text: str) -> tuple[str, list[tuple[str, str]]]:
    """A Chinese question's English words read as the policy's Chinese ones the lexicon gives them, as people
    who work in both languages mix them ("我们的 patent 能不能做 pledge loan"): the text so read, and each
    (English as written, Chinese) read."""
    read: list[tuple[str, str]] = []
    for _, pattern, chinese in _phrases() if _LATIN_RE.search(text) else ():
        read += [(m.group(0), chinese) for m in pattern.finditer(text)]
        text = pattern.sub(chinese, text)
    return text, read


def chinese_reading(text: str) -> str:
    """The policy's Chinese words for an English question, its amounts, and what it asks ("多少", "哪个部门")."""
    # A gold prize is a gold award.
    rest, found = " " + re.sub(r"\bprize\b", "award", _american(text.lower())) + " ", []
    for pattern, _, chinese in _phrases():
        if pattern.search(rest):
            found.append(chinese)
            rest = pattern.sub(" ", rest)
    found += [_PLACE_ACRONYMS[a] for a in dict.fromkeys(_ACRONYM_RE.findall(text)) if a in _PLACE_ACRONYMS]
    found += unknown_acronyms(text) + amounts(text)
    found += ["50%"] if _HALF_RE.search(text) else []
    # "If two of our engineers each win…": one amount won that many times.
    found += [f"{_COUNT_WORDS[m.group(1).lower()]}次" for m in _EACH_WINS_RE.finditer(text)]
    found += _asking(text)
    if _CONFIRM_RE.search(text):
        found.append("对吗")
    return " ".join(dict.fromkeys(found))


# The names an unstated amount is given in Chinese (金额, 数量, 比例…): "how much" or "how many" asked an amount.
_AMOUNT_NAME_RE = re.compile(r"金额|数额|额度|数量|比例|人数|次数")


# The asking words opening a phrase that names a thing: "what annual interest", "what is the interest rate".
_ASKING_WORDS_RE = re.compile(r"^(?:what|which|how much|how high)(?:'s| is| are| will)?(?: the)?\s+(?=\S)", re.IGNORECASE)


def asked_words(text: str, reading: str) -> str:
    """The English words of ``text`` that asked what the Chinese ``reading`` names ("approval time" of 贷款
    要多久, "interest rate" of 利率), for a refusal to name in the asker's language: "amount" for an amount's
    name (金额) no asking phrase names ("at what rate" names 比例), else an asking phrase, else a lexicon phrase,
    else an asking phrase naming the reading's thing, less its asking words, else the lexicon's first English for the
    reading; "" when none gave the reading's words."""
    asking = (m.group(0) for pattern, marker in _ASKING if marker in reading and (m := pattern.search(text)))
    if _AMOUNT_NAME_RE.fullmatch(reading):  # "How much are technical investigators paid?"
        return next((m.group(0) for pattern, marker in _ASKING if reading in marker and (m := pattern.search(text))),
                    "amount")
    if reading.startswith("怎么") and (how := _HOW_TO_RE.search(text)):  # "how do I apply for a US patent"
        return how.group(0).strip()
    lowered = _american(text.lower())
    named = (m.group(0) for pattern, _, chinese in _phrases() if chinese in reading and (m := pattern.search(lowered)))
    # Else an asking phrase naming the reading's thing with its asking words ("what annual interest": 利率 of
    # 利率多少), which are no part of the thing.
    naming = (_ASKING_WORDS_RE.sub("", m.group(0)) for pattern, marker in _ASKING
              if len(reading) >= 2 and reading in marker and (m := pattern.search(text)))
    # Else the lexicon's English for the reading itself ("fee" of 费用, when "how much is charged" asked it).
    own = (english for english, chinese in lexicon() if chinese == reading)
    return next(asking, "") or next(named, "") or next(naming, "") or next(own, "")


def rmb(text: str) -> str:
    """'30万元' → '30万元 (RMB 300,000)' for each money figure in a line."""
    def one(match: re.Match[str]) -> str:
        figure = extract_figures(match.group(0))
        if not figure or figure[0].kind != "money":
            return match.group(0)
        return f"{match.group(0)} (RMB {figure[0].value:,.0f})"
    return re.sub(r"\d+(?:\.\d+)?(?:亿元|万元)", one, text)
