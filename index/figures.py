"""Figures stated in policy text: money, percentages, counts and years, normalised."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

import cn2an

# Askers drop the 元 ("奖0.2亿", "贷200万"): a bare 万 or 亿 is money too.
_MONEY_UNITS = {"亿元": 100_000_000, "万元": 10_000, "元": 1, "亿": 100_000_000, "万": 10_000}

# One pattern for every figure kind; the unit decides the kind.
FIGURE_RE = re.compile(
    r"(?P<qual>不超过|不低于|最高|最多|至少|超过)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*"
    r"(?P<unit>亿元|万元|元|[万亿](?![家个名项人件次户])|[%％]|个?百分点|家|个|名|项|届|年|户|倍)"
)


# An amount as the task list pairs it with a label ("分别给予30万元、20万元"): money or a share.
AMOUNT_RE = re.compile(r"(?:不超过|最高)?\d+(?:\.\d+)?(?:亿元|万元|元|[%％])")
# Any number with an optional unit, as a question writes it ("1000万到3000万"): never a key term.
NUMBER_RE = re.compile(r"\d+(?:\.\d+)?\s*(?:亿元|万元|亿|万|元|[%％])?")


@dataclass(frozen=True)
class Figure:
    """A figure as written (``text``) and its normalised value.

    ``value`` is in yuan for money, in percent for shares, else the count or year.
    """

    text: str
    value: float
    unit: str
    kind: str  # "money" | "percent" | "count" | "year"
    qualifier: str = ""

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def _kind_and_value(num: float, unit: str) -> tuple[str, float, str]:
    if unit in _MONEY_UNITS:
        return "money", num * _MONEY_UNITS[unit], "元"
    if unit in ("%", "％") or unit.endswith("百分点"):  # a difference of two shares: 60个百分点
        return "percent", num, "%"
    if unit == "年" and 1900 <= num <= 2100 and num.is_integer():
        return "year", num, "年"
    return "count", num, unit


# An amount in Chinese numerals, as askers write it ("贷了两千万", "奖五十万"); "千万别" holds no digit word.
_CHINESE_AMOUNT_RE = re.compile(r"[零〇一二两三四五六七八九十百千]*[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*(?=万|亿|元)")


def _in_digits(numerals: re.Pattern[str], text: str) -> str:
    def digits(match: re.Match[str]) -> str:
        try:
            return str(cn2an.cn2an(match.group(0), "smart"))
        except ValueError:  # not a well-formed numeral ("一二万"): left as written
            return match.group(0)
    return numerals.sub(digits, text)


def amounts_in_digits(text: str) -> str:
    """"贷了两千万" → "贷了2000万": amounts written in Chinese numerals, in digits (read by cn2an)."""
    return _in_digits(_CHINESE_AMOUNT_RE, text)


# A count of bodies in Chinese numerals ("是五家吧", "一百家网点"); a bare 一家 is an article ("一家企业来问").
# A count in hundreds or thousands of anything ("铺到两百个", "一千五百名"), which no article or small count of
# the asker's own ("两个处") is.
_CHINESE_COUNT_RE = re.compile(r"(?<![零〇一二两三四五六七八九十百千])(?:(?:[二两三四五六七八九十百千][零〇一二两三四五六七八九十百千]*"
                               r"|一[零〇一二两三四五六七八九十百千]+)(?=家)|"
                               r"[一二两三四五六七八九十]*[一二两三四五六七八九][百千][零〇一二两三四五六七八九十百千]*(?=[个所项件名人场批]))")


def counts_in_digits(text: str) -> str:
    """"是五家吧" → "是5家吧", "铺到两百个" → "铺到200个": counts written in Chinese numerals, in digits."""
    return _in_digits(_CHINESE_COUNT_RE, text)


def extract_figures(text: str) -> list[Figure]:
    """All figures in ``text``, in order of appearance; amounts in Chinese numerals count (两千万 = 2000万).

    Bare numbers without a unit (e.g. "1650" in a cluster's name) are not figures.
    """
    text = amounts_in_digits(text)
    figures: list[Figure] = []
    for match in FIGURE_RE.finditer(text):
        num = float(match.group("num").replace(",", ""))  # 300,000元 = 300000元
        unit = match.group("unit")
        if unit == "年" and not (1900 <= num <= 2100):
            continue  # "3年" is a duration; the task list states none, and guessing is worse
        kind, value, norm_unit = _kind_and_value(num, unit)
        figures.append(
            Figure(
                text=match.group(0)[len(match.group("qual") or ""):],
                value=value,
                unit=norm_unit,
                kind=kind,
                qualifier=match.group("qual") or "",
            )
        )
    return figures


def normalise(text: str) -> set[tuple[str, float]]:
    """The (kind, value) pairs of the figures in ``text``: 30万元, 30万 and 300000元 are equal."""
    return {(f.kind, f.value) for f in extract_figures(text)}


# "30万元 + 100万元 = 130万元", "50万元 − 30万元 = 20万元", "800万元 × 80% = 640万元", "50万元 ÷ 20万元 =
# 2.5倍": the form in
# which an answer shows a figure it computed, so that a reader and a checker can redo the sum.
_OPERATOR_RE = re.compile(r"\s*([+＋−\-×*÷])\s*")
_EQUALS_RE = re.compile(r"\s*[=＝]\s*")


def _operands(expression: str) -> tuple[list[Figure], list[str]] | None:
    figures, operators, rest = [], [], expression
    while rest:
        match = FIGURE_RE.match(rest)
        figure = extract_figures(match.group(0)) if match else []
        if not match or not figure:  # no figure, or a duration ("3年"), which is none
            return None
        figures.append(figure[0])
        rest = rest[match.end():]
        if not rest:
            break
        op = _OPERATOR_RE.match(rest)
        if not op:
            return None
        operators.append(op.group(1))
        rest = rest[op.end():]
    return (figures, operators) if len(figures) >= 2 else None


def evaluate(figures: list[Figure], operators: list[str]) -> Figure | None:
    """The value of ``a op b op c…`` left to right; money with money (+ −), money × percent, and money ÷ money,
    a ratio (倍, a count): 50万元 ÷ 20万元 = 2.5倍; a share less a share, in percentage points: 80% − 20% =
    60个百分点."""
    total = figures[0]
    for op, figure in zip(operators, figures[1:], strict=True):
        if op in "−-" and figure.kind == total.kind == "percent":
            points = round(total.value - figure.value, 2)
            total = Figure(text=f"{points:g}个百分点", value=points, unit="%", kind="percent")
            continue
        if op in "+＋−-" and figure.kind == total.kind == "money":
            value = total.value + figure.value if op in "+＋" else total.value - figure.value
        elif op in "×*" and total.kind == "money" and figure.kind == "percent":
            value = total.value * figure.value / 100
        elif op == "÷" and figure.kind == total.kind == "money" and figure.value:
            ratio = round(total.value / figure.value, 2)
            total = Figure(text=f"{ratio:g}倍", value=ratio, unit="倍", kind="count")
            continue
        else:
            return None
        total = Figure(text="", value=value, unit="元", kind="money")
    return total


_RMB_RE = re.compile(r"\s*\(RMB [\d,]+(?:\.\d+)?\)")


def computed_figures(text: str, stated: set[tuple[str, float]]) -> set[tuple[str, float]]:
    """Results of the arithmetic written in ``text`` whose operands are all ``stated`` and whose sum is right."""
    results: set[tuple[str, float]] = set()
    text = _RMB_RE.sub("", text)  # "500万元 (RMB 5,000,000) × 20%": the English frame's second spelling of a value
    for line in re.split(r"[\n；;，,。（）()]", text):
        parts = _EQUALS_RE.split(line.strip())
        if len(parts) != 2:
            continue
        first = FIGURE_RE.search(parts[0])  # "合计：30万元 + …": the expression starts at its first figure
        left = _operands(parts[0][first.start():]) if first else None
        result = extract_figures(parts[1])
        if not left or not result:
            continue
        figures, operators = left
        value = evaluate(figures, operators)
        tolerance = 0.5 if value and value.kind == "money" else 0.005  # yuan; a ratio to two decimals
        if value and all((f.kind, f.value) in stated | results for f in figures) \
                and abs(value.value - result[0].value) < tolerance and result[0].kind == value.kind:
            results.add((result[0].kind, result[0].value))
    return results
