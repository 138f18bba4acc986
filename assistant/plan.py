"""One reading of a question, made once: retrieval, decisions, composer and generator all consume the Plan.

No other module re-reads the question's text for what it asks.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from itertools import accumulate, pairwise, takewhile
from typing import Any

from assistant.english import benefit as english_benefit
from assistant.english import chinese_reading, english_in_chinese, how_abroad, is_english
from assistant.evidence import TIERS
from assistant.question import (
    A_NOT_A_SPAN_RE,
    AMOUNT_ASKED_RE,
    CEILING_WORDS,
    CLOSING,
    COUNT_JI,
    DEPARTMENT_RE,
    FEW_BEFORE_JI,
    FIGURE_WORD_RE,
    LEVEL_WORD_RE,
    MONEY_SIZE_ASKED,
    PICKED_OUT,
    RATINGS,
    SAME_AMOUNT,
    TEXT_PLACES,
    WHAT_NUMBER,
    AskedAttribute,
    Intent,
    asked_as,
    asked_attributes,
    departments_named,
    expansions,
    full_names,
    intent_of,
    key_terms,
    names_both_levels,
    outside_places,
    strip_instructions,
    synonyms,
    term_covered,
)
from assistant.spelling import Correction, Speller
from index.chunking import CITIES
from index.figures import FIGURE_RE, Figure, amounts_in_digits, counts_in_digits, extract_figures
from index.records import from_chinese_numeral
from index.tokenization import (
    describes,
    domain_terms,
    is_noun,
    names_a_thing,
    others_acting,
    place_names,
    segments,
    tentative_verb,
    things_and_acts,
    word_frequency,
    words,
)

# Words that open a question without being part of it: a staff member relaying a call, a change of
# topic, a request to look something up. What follows them is the question.
_PREAMBLE_RE = re.compile(
    r"^(?:[^，,。？?：:]{0,16}?(?:打电话来问|来电问|来电|来问|有人问|企业问|有[个家位][\u4e00-\u9fff]{1,6}?问(?!题)|企业咨询|来访企业问|问我|反映|让查一下|让查|"
    r"(?:老板|老总|领导|同事|客户|经理)(?:问|想知道|说)|"
    r"让统计一下|[让叫要托]我(?:问|查|确认|整理|汇总|统计)(?:一下|下|问)?|要回复企业|要回复他|要回复|"
    # Why staff ask: "写汇报材料：", "领导要材料，", "我在整理分工台账，" (the 材料 or 台账 is theirs, not one the
    # policy asks for).
    r"(?:写|整理|准备|赶|做)(?:个|份|张)?[\u4e00-\u9fff]{0,4}(?:材料|汇报|报告|总结|稿子|台账|表格|讲稿|课件|PPT|ppt)"
    r"(?=[：:，,])|"
    r"(?:领导|老板|上面|上级)要(?:材料|数据|报告|汇报)(?=[：:，,])|"
    # To whom staff will explain it, before a colon: "想给员工讲讲奖励档次：" (not the employees' own prize).
    r"(?:想|要|准备|打算)?(?:给|跟|向)[\u4e00-\u9fff]{1,6}?(?:讲讲|讲一讲|讲解|介绍|解释|说说|说明)"
    r"[\u4e00-\u9fff]{0,8}(?=[：:])|"
    # For whom: "给无锡市局整理：", "替领导汇总一下，", "市里替下辖县算账：".
    r"(?:给|替|为)[\u4e00-\u9fff]{1,8}?(?:整理|汇总|统计|准备|算账|算笔账|核算|测算)(?=(?:一下|下)?[：:，,]))"
    # "同事问一下：": the asking verb's 一下 belongs to the preamble; not 下 of "有人问下个月…".
    r"(?:一下|下(?=[：:，,]))?[：:，,]?\s*)"
)
# Not "能帮我们出主意的机构": helping us is what is asked for, not a request to the assistant.
_MARKER_RE = re.compile(
    r"(?:好的)?(?:谢谢)?[。，,]?(?:另外|再|顺便|还有)?(?:问一下|问个别的|问下|问问)[：:，,]?|换个(?:问题|话题)[：:，,]?|"
    r"好的谢谢[。，,]?|跟[^，,。]{0,8}无关了?[，,]?|我?想问(?:一下|问)?[，,：:]?|(?:帮我|帮忙|麻烦|请)(?:找|查|看|确认|统计)?一下|请帮我(?!们)|帮我(?!们)|麻烦你?|"
    r"侬晓得伐[，,]?|你晓得不[，,]?"
)
# A question asking whether: closing on 吗 or a negation ("能行不", "有班没"), an A-not-A (给不给), or an
# English auxiliary first.
_YES_NO_RE = re.compile(rf"(?:吗|么|嘛|[^\W\d_]不|没有?)\s*[？?]?\s*$|{A_NOT_A_SPAN_RE.pattern}|"
                        r"^(?:does|do|did|is|are|can|could|will|would|has|have|may)\b", re.IGNORECASE)
# "我们几个企业", "咱几家": the askers counted, not a count asked; nor "俺们有几个商标挺出名的，…", "手里有几件
# 发明专利，…", "做的东西有几个专利，…", what the askers have ("a few": patents or marks held), in a clause another
# one follows; nor "老板想让几个技术骨干去学学，省里有没有培训基地",
# "想拉几家上下游组个联盟，省里支持不", "想把几家同行拉一起…，政府给不给指导", "跟同行几家凑一块，政府支不支持",
# the few someone sends, brings in or joins,
# in a clause another asking one follows (the question is that one, which asks no count); nor the few who mean
# to do a thing.
_COUNTED_ASKERS_RE = re.compile(r"([我咱俺你他她]们|咱|俺)几[个家位]|"
                                r"((?:(?:[我咱俺]们?|厂里|公司)(?:厂|公司|单位)?|手[里上头])(?:手[里上头]|目前|现在)?有)"
                                r"几[个家项件](?=[^，,。？?]*[，,])|"
                                r"([让叫派请带拉找约喊把]|[跟和与同][\u4e00-\u9fff]{0,4}?)几[个位名家]"
                                r"(?=[^，,。？?]*[，,](?:(?!几)[^。？?])*"
                                r"(?:吗|有没有|什么|啥|哪(?!几)|谁|怎么|咋|(?P<ab>[^\W\d_])不(?P=ab)|[^\W\d_]不\s*[？?]?$|"
                                r"没有?\s*[？?]?$))|"
                                # "厂里几个老师傅想学学", "几家大厂想抱团": a few people or firms who mean to do
                                # something, not a count asked.
                                rf"{COUNT_JI}[个位名家](?P<few>[\u4e00-\u9fff]{{1,4}}?(?:想|打算|准备|希望))|"
                                # "我们是几个人的小作坊", "我们就几个人的小公司": what the askers are, of a few people.
                                r"(?P<self>(?:[我咱俺]们?|厂里|公司|单位)(?:就|也就|只|才)?是?)几个人的(?=[\u4e00-\u9fff])|"
                                # "做的东西有几个专利，…能拿专利去借钱": IP the askers hold, in a clause another follows.
                                r"(?P<held>有)几[个件项](?=(?:发明|实用新型|外观设计|外观)?(?:专利|商标)[^，,。？?]*[，,])")
# "几个知识产权交流活动里，无锡和南京分别负责哪个": the few things among which another clause asks, not a count asked.
_AMONG_FEW_RE = re.compile(rf"{COUNT_JI}[个项件家场](?=[\u4e00-\u9fff]{{2,12}}?(?:里|中|当中|之中)[，,])")
# Questions about a document's own content, as opposed to what the task list says about it.
# "《…》是什么层级的标准" is answered by the task list itself, so a bare "是什么" does not count.
_CONTENT_RE = re.compile(r"内容|讲了|讲的|规定了|具体要求|要求是|条款|全文|原文|(?<![该要得])怎么写(?!才)|有哪些要求|第.+条")
# "《…》那条的原文" asks for the task list's item that names the document, not the document's text.
_ITEM_REF_RE = re.compile(r"[那这哪该]条")
# Not how the asker should write or say something of their own: "复审理由书该怎么写才容易过".
# "…在清单里怎么提到的": how the list words it, the item quoted.
_QUOTE_RE = re.compile(r"原文|原话|条文|(?<![该要得])(?:怎么|如何)(?:写|说|表述|提到|提及|写到|说到|讲到|描述)(?!才)|完整|逐字")
# "在哪一条", "那条在哪"; not "获奖名单在哪看" (where to see or do something: no place in the list).
# "盐城在清单里被提到的是哪件事": the item that names it, asked for.
_LOCATION_RE = re.compile(rf"出自|出处|哪一?项措施|第几项|第几条|哪一?条|哪条|哪[些几]条(?!件)|哪个位置|什么位置|哪一部分|哪项|{TEXT_PLACES}|"
                          r"(?:出现|写|提)在(?:哪些?|什么)(?:地方|位置)|(?:被?提到|被?提及|出现)了?几次|"
                          r"(?:提到|提及|点名|点到|写到)[^，,。？?]{0,8}?(?:的是?|了)(?:哪|什么|啥)些?[件项条]?(?:事|工作|任务|条目|措施|内容)|"
                          r"(?:提到|提及|点名|点到|写到|涉及)[^，,。？?]{1,12}?的(?:条目|条款|地方|内容|任务)|"
                          r"(?:清单|文件|任务清单)[里中](?:都|还)?(?:提到|提及|写到|说到)了?(?:什么|啥|哪些)\s*[？?]?\s*$|"
                          r"在哪(?![里儿]?(?:能|可以)?(?:看|查|办|找|买|申请|领|交|报名|咨询))"
                          r"(?!几?[个些]?(?:城市|地方|地区|国家|市|县|区))")  # 落在哪个城市: a place, not a clause
_WORD_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]")
# "凑一块", "合在一起": together, of amounts ("两笔奖金合一块儿是多少") or of people ("跟同行几家凑一块").
_TOGETHER = r"[凑拼合](?:在一|一)?[起块]"
# The words asking a total ("…一共多少"), and a sum besides them: 加上 joins what is added.
# "前后省里奖了多少", "算下来出了多少": all of it over time, asked as an amount (not "算下来是…的多少倍", a
# ratio); "两笔省级资金最多能拿到多少": the amounts counted, asked as one (not "两笔分别多少").
_TOTAL_RE = re.compile(rf"加起来|加一块儿?|加在一块儿?|加一起|加在一起|{_TOGETHER}|合起来|一共|总共|合计|共计|"
                       r"总计|累计|叠加|总和|之和|总数|总额|加总|(?:前前后后|前后|[加算]下来)(?=[^，,。？?]{0,8}多少(?!倍))|"
                       r"[两俩三四]笔(?=[^，,。？?分各]{0,10}多少(?!倍))")
# "…拿满再加地理标志项目", "两个优秀奖外加一个发明人奖": 再加/外加/另加 before a thing adds it (not 再加强, 再加大
# and other verbs made with 加).
_SUM_RE = re.compile(rf"{_TOTAL_RE.pattern}|加上|[再外另]加(?![强快大速紧深])(?=[\u4e00-\u9fff]{{2}})|一起.{{0,4}}多少")
# A difference of shares too: "省基金比银行多担几个百分点".
# A side's money given or borne more or less: 多给, 少担, 多赔, 少掏, 多扛, 多给出去.
_MORE_OR_LESS_VERB = r"(?:(?:[给拿奖发领担赔兜扛掏付摊]|承担|支持|奖励|资助)(?:出去|出来|了)?|出来?)"
_DIFFERENCE_RE = re.compile(rf"差(?:了|出去?|出来)?多少|相差|(?<![最至])多{_MORE_OR_LESS_VERB}?(?:多少|几十?万|几个(?:百分)?点)|"
                            rf"少{_MORE_OR_LESS_VERB}?(?:多少|几十?万|几个(?:百分)?点)|"
                            r"(?<![最至])高(?:出|了)?(?:多少|几十?万)|(?<![最至])低(?:了)?(?:多少|几十?万)|差(?:了|出去?|出来)?几|减(?:去|掉)|差额|"
                            r"差距")  # not 最高多少, the ceiling asked
# What a sum, difference or ratio computes, named as a thing: 差额, 总额, 倍数.
_RESULT_WORD_RE = re.compile(rf"(?:{_DIFFERENCE_RE.pattern}|{_TOTAL_RE.pattern}|总额|总数|倍数)$")
# A ratio asked ("金奖是优秀奖的几倍"), and the two things compared, in the order asked: "A是B的几倍", "A比B多多少".
# A ratio asked: "几倍", and "抵得上几个银奖" (how many of one the other is worth).
_RATIO_RE = re.compile(r"(?:几|多少)倍|几分之几|(?:抵|顶)得?上几个")
_COMPARED_RES = (re.compile(r"(?P<a>.+?)(?:是|为|相当于|占)(?P<b>.+?)的?(?:(?:几|多少)倍|几分之几)"),
                 re.compile(r"(?P<a>.+?)比(?![例较如])(?P<b>.+?)(?:多|少|高|低|贵|便宜)"),
                 re.compile(r"(?P<a>.+?)减(?:去|掉)(?P<b>.+?)(?:剩|还剩|等于|是|得)?(?:多少|几)"),
                 re.compile(r"(?P<a>.+?)(?:抵|顶)得?上几个(?P<b>.+)"))
# Asking for a confirmation, at the end or closing a clause ("每年评一次的对吧，金奖30万").
# The phrases asking to confirm, in either place; each regex below adds its own.
# Doubting a statement asks to confirm it too: "…配套20万，我有点怀疑", "这话属实吗".
# Asking whether one got it wrong: "有没有搞错", "没记错吧", "是不是理解错了", "记错了没有", crossed or reversed
# ("是不是记岔了", "记反了"); whether what one wrote is all right ("这样写没问题吧"; not "有问题吗", which a yes would
# deny).
_CONFIRMING = r"是不是这么回事|是这么回事[吗吧]|对吗|对吧|没错吧|对了没有?|对没对|是这样吗|是这样不|是不是这样|对不对|对不|对么|" \
    r"(?:是不是|有没有)?(?:写|说|算|填|记)对了?(?:吗|没有?)?|" \
    r"(?:有没有|是不是|应该|没有?)+[我俺咱]?们?(?:搞|弄|记|理解|听|看|写|填|算)[错混岔反]了?[吧吗]?|(?:搞|弄|记|理解|听|看)[错混岔反]了?(?:没有?|吗)|" \
    r"我?(?:有点|有些)?(?:怀疑|不[太大敢]?信|不太?相信|信不过)|(?:属实|准确|靠谱|可信)[吗不]|" \
    r"应该没错|(?:帮我|帮忙)?(?:核对|核实)一?下|真有这么[多高少]|有这么[多高少][吗吧]|" \
    r"(?:这样|这么)?(?:写|说|讲|填|表述)得?没有?(?:问题|毛病)(?:吧|吗|么)?|" \
    r"我?(?:记得|印象[中里]|听说)(?:是|就是)?(?:这样|这么回事)的?"
_CONFIRM_RE = re.compile(rf"(?:{_CONFIRMING}|是吗|是吧|是不是|真的假的|是真的吗|吧|吗)\s*(?:[？?]?\s*$|[，,；;？?])")
# A frequency in any of its usual shapes: 每两年, 两年一届, 两年评一次, 一年一次, 每年, 年年, 每季度; and a gap
# between two times ("隔一年才办一回", "隔年评一次"), one period more than the gap.
_FREQUENCY_RE = re.compile(r"(?:隔|间隔)(?P<gap>[一两二三四])?(?:个)?(?P<gap_unit>年|个?月)|"
                           r"每(?P<each>[一两二三四五半])?(?P<each_unit>年|季度|个?月)|"
                           r"(?P<every>[一两二三四五])(?P<every_unit>年|个月)[\u4e00-\u9fff]{0,4}?一(?:届|次|轮|批|回|评)(?!性)|年年")
_FREQUENCY_NUMBERS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5}


def frequencies(text: str) -> list[str]:
    """The frequencies ``text`` states, each in one spelling: 两年评一届 and 每两年 are both 每两年."""
    found = []
    for m in _FREQUENCY_RE.finditer(text):
        number = _FREQUENCY_NUMBERS.get(m.group("each") or m.group("every") or m.group("gap") or "一", 1) + \
            bool(m.group("gap_unit"))
        unit = (m.group("each_unit") or m.group("every_unit") or m.group("gap_unit") or "年").removeprefix("个")
        count = "两" if number == 2 else "一二三四五"[number - 1]
        found.append("每半年" if m.group("each") == "半" else
                     f"每{'' if number == 1 else count + ('个' if unit == '月' else '')}{unit}")
    return list(dict.fromkeys(found))
# A body asserted to be responsible: "是省财政厅", "由科技厅", "归市场监管局".
_BODY_RE = re.compile(r"(?:是|由|归)([\u4e00-\u9fff]{2,10}?(?:厅|局|委员会|委|办公室|处|中心))")
_FRACTIONS = {"一半": "50%", "对半": "50%"}
# Tenths: 七成 is 70%, also before 本金 ("七成本金"), but not the 成本 of cost ("三成本" is left alone).
_TENTHS_RE = re.compile(r"([一二两三四五六七八九])成(?!本(?!金)|不变|员)")
_TENTHS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _in_percent(text: str) -> str:
    """"担七成本金" → "担70%本金", "一半" → "50%": shares as the items write them."""
    for spelled, share in _FRACTIONS.items():
        text = text.replace(spelled, share)
    return _TENTHS_RE.sub(lambda m: f"{_TENTHS[m.group(1)] * 10}%", text)


# 要不要, 收不收, not 靠不靠谱; 没啥钱 asks nothing; nor "两家园区各建一个", whose 各…一个 says how many; nor 好几回, 这几年
# (several, these few).
_ASKING_RE = re.compile(rf"多少|多久|多长|多高|(?<![很许好诸众])多大|(?<![{FEW_BEFORE_JI}])几|哪|(?<!没)什么|谁|吗|呢|怎么|如何|是否|有没有|给不给|各(?!自?[\u4e00-\u9fff]{{0,4}}一[个家项次样])|分别|干啥|干嘛|咋|(?<!没)啥|([要做管给有能是会用算收交])[不没]\1")
# A clause ending on what it asks ("要落地几家", "归哪个处", "对吗").
_ASKED_LAST_RE = re.compile(rf"(?:{_ASKING_RE.pattern})[\u4e00-\u9fff]{{0,2}}[？?]?$")
# "X每件资助多少", "X有没有补助": the benefit asked about, and X, the thing it would be for.
_BENEFIT_RE = re.compile(r"(补贴|资助|补助|奖励|奖金|报销|赔)")
# Asking how a risk is shared ("贷款2000万，风险怎么分"): each party's share, worked out on the asker's amount.
_SHARE_ASKED_RE = re.compile(r"(?:怎么|如何|咋)个?分|分法|谁(?:来)?(?:担|承担|兜底)|怎么承担|各(?:自)?(?:担|承担)")
# Asking how it is split among all parties ("风险咋分摊的", "各担多少"), not one party's share ("银行担多少").
_SPLIT_ASKED_RE = re.compile(r"(?:怎么|如何|咋)个?分|分摊|分担|分法|各(?:自)?(?:担|承担)")
_YES_NO_BENEFIT_RE = re.compile(r"(?:有没有|有|给不给|能不能|能)[^，。？?]{0,4}(补贴|资助|补助|报销|奖金)|"
                                r"(?:有|给|能拿|能领)(?:什么|啥|哪些)(补贴|资助|补助|报销|奖金|奖励)")
_CLAUSE_RE = re.compile(r"[，,？?；;。]")
# "拿了中国专利银奖又拿了江苏专利奖金奖", "既建成示范区又进了重点联系指导项目": 又 before winning again (or being
# admitted, approved, built) joins two things won.
_WON_RE = re.compile(r"拿|获|得|评|中|进|入选|列入|批|建成")
_COORDINATOR_RE = re.compile(rf"和|与|及|再?加上|[再外另]加(?![强快大速紧深])|、|比(?![例较如率重])|又(?={_WON_RE.pattern})")
_PAIRED_COORDINATOR_RE = re.compile(rf"{_COORDINATOR_RE.pattern}|跟")
_PAIRED_ASKED_RE = re.compile(r"分别|各自?|一共|总共|合计|加起来|相差|差多少|多多少|少多少")
_PREDICATE_RE = re.compile(r"分别|各自?|一共|总共|合计|加起来|共计|多多少|少多少|相差|差多少|的奖励|的支持|奖励|支持|资金|奖多少|"
                           r"是哪个|归哪|由哪|多少")
# Words by which a follow-up points back at the subject before it: a closed class, not a subject.
# Predicates that are nouns, which a word may hold (周转资金): see _coordinated.
_NOUN_PREDICATES = frozenset({"奖励", "支持", "资金"})
_POINTING_BACK_RE = re.compile(r"类似|同样|一样|相同|相应|对应|相关|这种|那种|这类|那类|这样|那样|其他|其它|别的")
_ASKING_CHAR_RE = re.compile(r"哪|谁|几|什么|怎|啥")
# A coordinated grade ("发明人奖和优秀奖", "优秀和良好") belongs to the subject before it: not a part of its own.
_GRADE_RE = re.compile(r"^(?:金奖|银奖|铜奖|优秀奖|发明人奖|优秀|良好|一等奖|二等奖|三等奖)$")


# A measure or item named by its number, as staff quote them: 第十二项措施, （九）, 措施5; 第6条.
_MEASURE_NO_RE = re.compile(r"第([一二三四五六七八九十]{1,3}|\d{1,2})项(?:措施)?|[（(]([一二三四五六七八九十]{1,3})[）)]|"
                            r"措施(\d{1,2}|[一二三四五六七八九十]{1,3}(?![\u4e00-\u9fff]))")
# A phrase quoted as the text writes it (not a 《title》): “1+13+N”, "蓝天", 「一站式」.
_QUOTED_RE = re.compile(r"[“\"「『]([^“”\"「」『』]{1,20})[”\"」』]")
_ITEM_NO_RE = re.compile(r"第([一二三四五六七八九十]{1,3}|\d{1,2})条")


@dataclass(frozen=True)
class ItemReference:
    """"第十二项措施省局第6条": the measure by its number, and the level and item when named."""

    measure_no: int
    level: str | None
    item: int | None
    terms: list[str]  # what else it names ("第五项措施里苏知贷银行承担多少": 苏知贷, 银行), levels aside


def _numeral(text: str) -> int:
    return int(text) if text.isdigit() else from_chinese_numeral(text)


_ITEM_COUNT_RE = re.compile(r"(?:几|多少)[条项个]")
# The items counted by the asker ("要做的三件事是什么", "那两条"): the items themselves, no subject in them.
_COUNTED_ITEMS_RE = re.compile(r"[一二两三四五六七八九十几]+[件条](?:事情?|工作|任务|举措|措施|内容)?")


def item_reference(text: str, corpus: str) -> ItemReference | None:
    """The measure (and item) a question names by number; None when it names no measure number. ``corpus``: the
    index's text, for the level asked (intent_of)."""
    measure = _MEASURE_NO_RE.search(text)
    if measure is None:
        return None
    item = _ITEM_NO_RE.search(text, measure.end())
    # "那条责任主体是谁": who is responsible for the item named, not a subject within it.
    rest = DEPARTMENT_RE.sub("，", _COUNTED_ITEMS_RE.sub("，", _ITEM_NO_RE.sub("，", _MEASURE_NO_RE.sub("，", text))))
    # "第三项措施市级一共几条": a count of its items, asked; no subject to look for in them.
    terms = [t for t in key_terms(rest) if not LEVEL_WORD_RE.match(t) and not _ITEM_COUNT_RE.fullmatch(t)
             and t not in ITEM_NOUNS]  # "第十九项措施省局有哪些举措": its items, no subject within it
    return ItemReference(_numeral(next(g for g in measure.groups() if g)), intent_of(text, corpus).level,
                         _numeral(item.group(1)) if item else None, terms)


@dataclass(frozen=True)
class Part:
    """One question of a multi-part question ("…分别哪个处室"), with its own terms and intent."""

    text: str
    terms: list[str]
    focus_terms: list[str]
    intent: Intent


@dataclass(frozen=True)
class Premise:
    """What a "…，对吗" question asserts: figures, departments, frequencies."""

    figures: list[Figure]
    departments: list[str]
    frequencies: list[str]
    # Each asserted amount with the clause asserting it alone: "示范区奖励100万，重点联系指导项目也是100万".
    amounts_by_clause: list[tuple[str, Figure]] = field(default_factory=list)
    denied: list[str] = field(default_factory=list)  # "不是250万", "不是每年评": figures and frequencies denied
    below: list[str] = field(default_factory=list)  # "不到20万": an amount said to exceed the one named
    # Negated otherwise ("不给250万吧", "不归…管"): what a check of its own cannot confirm or refute.
    unjudged: list[str] = field(default_factory=list)
    sole: bool = False  # "只有知识产权保护处一家负责": the departments asserted are all the item names
    # Amounts asserted as worked out: a total ("…再奖50万，合计300万", "拿了三个就是6万") or the share of the
    # asker's amount ("800万，省基金担640万"): what the arithmetic yields, not an item's amount.
    totals: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"figures": [f.text for f in self.figures], "departments": self.departments,
                "frequencies": self.frequencies, "amounts_by_clause": [[c, f.text] for c, f in self.amounts_by_clause],
                "denied": self.denied, "below": self.below, "unjudged": self.unjudged, "sole": self.sole,
                "totals": self.totals}


@dataclass(frozen=True)
class Contrary:
    """A confirmation question asserting a word negated ("统计简报是不定期印发的吧"): the negation, the
    characters after it (the item writes the word they begin with: 定期 of 定期印发), and the rest of what is
    asserted (统计, 简报)."""

    negation: str
    negated: str
    terms: list[str]
    shortest: int = 2  # the fewest characters of ``negated`` a clause must write: a level's and its act's ("各市建")


@dataclass(frozen=True)
class Statement:
    """What a confirmation question asserts, in its words, and how much of a thing it says a party bears."""

    text: str
    extent: str  # "whole", "shared", "most" (担大头), "only" (the party bears that thing alone: 银行只承担利息损失) or ""
    denied: bool = False  # "省基金不用承担利息损失": the party is said to bear none of it

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Plan:
    """Everything the engine needs to know about a question, read once."""

    text: str  # the question as asked (cleaned)
    query: str  # what retrieval searches: standalone, corrected, without preamble or instructions
    language: str  # "zh" or "en"
    intent: Intent
    terms: list[str]
    focus_terms: list[str]  # the terms of this turn alone ("银奖" in "那银奖呢？")
    parts: list[Part]
    asked: list[AskedAttribute]
    outside: list[str]  # places outside Jiangsu the question names
    premise: Premise | None
    request: str | None  # "quote" (原文), "location" (出自哪条) or None
    arithmetic: str | None  # "sum", "difference", "ratio", "share" (of the asker's own amount) or None
    corrections: list[Correction] = field(default_factory=list)
    declined: list[Correction] = field(default_factory=list)  # spellings of corpus terms out of context: 限行
    expansions: list[str] = field(default_factory=list)
    about_content: bool = False  # asks what a document itself says ("《…》规定了什么", "第五条")
    followup: str = ""  # how a follow-up was read: joined to the question before, or on its own subject
    dense_query: str = ""  # what the embedding reads when not ``query``: a follow-up's new subject
    asks_amount: bool = False  # "多少", "比例": the answer needs a figure
    amount_word: str = "金额"  # what to name when no figure is stated: "金额", "比例", or the money asked ("注册资金")
    benefit_word: str = ""  # the benefit asked for ("补贴", "资助"), when the question asks for one
    benefit_subject: list[str] = field(default_factory=list)  # the key terms of what the benefit would be for
    asked_for: list[str] = field(default_factory=list)  # things asked for: 多少自有资金 → 自有资金, 评审标准是什么 → 评审标准
    asked_whether: list[str] = field(default_factory=list)  # 要退钱吗 → 是否退钱, 一次性发放还是分期 → 是一次性发放还是分期
    abroad: list[str] = field(default_factory=list)  # places neither Jiangsu's nor the corpus's: 美国 of 怎么在美国注册商标
    # The clause asking how ("…，省里咋推这个" of "按公开的条件来用，省里咋推这个"), and the level it names.
    how_clause: str = ""
    how_level: str | None = None
    level_switch: bool = False  # a follow-up naming a level and no subject of its own: "市里呢", "市里要做什么"
    own: str = ""  # this turn's words, without preamble; an English one in the policy's Chinese words and amounts
    reference: ItemReference | None = None  # a measure (and item) named by number: "第十二项措施省局第6条"
    quoted: list[str] = field(default_factory=list)  # phrases in quotation marks: “1+13+N”, "蓝天"
    yes_no: bool = False  # asks whether ("…有奖励吗", "能行不", "Does the province give any reward…")
    claim: list[str] = field(default_factory=list)  # "…全部由合作银行承担，对吗": the words asserted, no figure
    statement: Statement | None = None  # the whole assertion of a confirmation question, for its structure
    contrary: Contrary | None = None  # "简报是不定期印发的吧": a word asserted negated, judged by the item writing it
    # "A的奖励比B少，对吗": the two things compared, in order, and "more", "less" or "same", asserted of their
    # amounts.
    comparison: list[str] = field(default_factory=list)
    members_of: str = ""  # a group whose members' names are asked for: "合作银行是哪几家" → 合作银行
    place_located: str = ""  # a city whose places in the text are asked: "连云港在清单里出现在哪些地方" → 连云港
    # The departments this turn names, each with the words naming it: "法规处牵头的事项" → {政策法规处: 法规处}.
    departments: dict[str, str] = field(default_factory=dict)
    one_member: bool = False  # asked for one of them ("靠哪家机构来做"), which one name answers
    sum_of_all: int = 0  # "四个奖全加起来": every amount of the item summed (4, or -1 for 全部 without a count)
    # A sum's coordinated subjects ("立项支持加上良好奖励" → two); a ratio's or difference's two, in order.
    addends: list[str] = field(default_factory=list)
    extremes: bool = False  # "四个奖里最高和最低差多少": the difference of the item's largest and smallest amounts
    times: int = 0  # "金奖拿了两次，一共多少": one amount, won that many times, summed
    amounts_counted: int = 0  # "三笔加总", "这三项奖金": how many amounts the asker says a sum adds
    grades: list[str] = field(default_factory=list)  # "金银优秀奖三个都拿了": the grades a sum enumerates
    split_asked: bool = False  # "风险咋分摊的": every party's share, whatever party the question also names
    # The asker's words of themselves ("本人退休工程师" → 退休, 工程师) and of others acting ("被同行仿了" → 同行).
    described: list[str] = field(default_factory=list)

    @property
    def multipart(self) -> bool:
        return len(self.parts) > 1

    def evidence_terms(self, corpus_text: str) -> list[str]:
        """The terms retrieval evidence is weighed on: what the question is about. A follow-up with a subject of
        its own ("那评议制度是谁负责" after a question on 专利奖) is about that subject alone; the task list's own
        items (条目, 事项: "涉及长三角的条目有哪些") are what is listed, not what about; and the asker's words of
        themselves that the corpus lacks ("本人退休工程师") say who asks, not whether the policy covers it."""
        terms = self.focus_terms if self.dense_query else self.terms
        return [t for t in terms if t not in ITEM_NOUNS and (t not in self.described or term_covered(t, corpus_text))]

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query, "language": self.language, "intent": asdict(self.intent), "terms": self.terms,
            "parts": [p.text for p in self.parts], "asked": [a.label for a in self.asked], "outside": self.outside,
            "premise": self.premise.to_dict() if self.premise else None, "request": self.request,
            "arithmetic": self.arithmetic, "followup": self.followup, "corrections": [asdict(c) for c in self.corrections],
            "declined_corrections": [asdict(c) for c in self.declined],
            "asks_amount": self.asks_amount, "amount_word": self.amount_word,
            "benefit": [self.benefit_word, self.benefit_subject],
            "asked_for": self.asked_for, "asked_whether": self.asked_whether, "abroad": self.abroad,
            "how_clause": self.how_clause, "how_level": self.how_level,
            "level_switch": self.level_switch,
            "reference": asdict(self.reference) if self.reference else None, "quoted": self.quoted,
            "yes_no": self.yes_no, "claim": self.claim,
            "statement": self.statement.to_dict() if self.statement else None, "comparison": self.comparison,
            "contrary": asdict(self.contrary) if self.contrary else None,
            "members_of": self.members_of, "one_member": self.one_member, "place_located": self.place_located,
            "departments": self.departments,
            "sum_of_all": self.sum_of_all, "addends": self.addends, "extremes": self.extremes, "times": self.times,
            "amounts_counted": self.amounts_counted,
            "grades": self.grades, "split_asked": self.split_asked, "described": self.described,
        }


# An introduction closed by a colon that counts or announces the questions: "你好，我是苏州一家企业的法务，
# 想确认两件事：", "我们是做芯片的，想咨询一下：".
_INTRO_RE = re.compile(r"^[^：:？?]{0,40}?(?:[一两二三四几]件事|[一两二三四几]个问题|(?:确认|咨询|了解|请教|打听)(?:一下|下)?)[：:]\s*")


# Dialects' particles closing a clause: Wu's 伐 asks as 吗 does ("能贷伐"); the others only colour it ("给不给钱撒",
# "谁负责噻").
_DIALECT_QUESTION_RE = re.compile(r"(?<=[\u4e00-\u9fff])伐(?=\s*(?:[？?！!。，,]|$))")
_DIALECT_MOOD_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?:撒|噻|咧|嘞|呗)(?=\s*(?:[？?！!。，,]|$))")
# How staff want the answer set out, closing the question: "…，请注明省级还是市级", "，麻烦标明出处" (every answer
# gives its items' level and place); not what is asked.
_PRESENTATION_RE = re.compile(r"[，,。；;]\s*(?:请|麻烦|并|再)?(?:注明|标明|标注|写明)[^，,。？?；;]*[。？?]?\s*$")
# Courtesy or an apology for how it is written, closing or opening the question: "…，谢谢", "…，语音转文字的不好意思",
# "打扰了，…"; it asks nothing.
_COURTESY = r"不好意思|抱歉|见谅|谢谢|多谢|感谢|辛苦了?|麻烦了|打扰了?"
_COURTESY_RE = re.compile(rf"[，,。！!；;]\s*[^，,。？?！!；;]{{0,10}}(?:{_COURTESY})[啊呀哈啦了]*[。！!]?\s*$|"
                          rf"^\s*(?:{_COURTESY})[^，,。？?！!；;]{{0,4}}[，,。！!]\s*")
# Words spoken into a phone come out without marks ("展会上别人抄我家产品 谁来管"): a space between two Chinese
# characters ends a clause, as a comma does.
_SPOKEN_PAUSE_RE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
# A figure the asker recalls, heard of or took for granted, in the last clause and asking nothing: "我记得能奖40万",
# "听说给5万", "我一直以为只给100万".
_RECALLED_RE = re.compile(r"(?:我?记得|听[\u4e00-\u9fff]{0,3}?说|据说|印象[中里]|我印象|我?(?:一直|原来|本来|还)?以为)(?:[^，,。？?吗呢吧]*?)(?:\d|[一二两三四五六七八九十百千万]+(?:万|家|年|成|%))"
                          r"[^，,。？?吗呢吧]*[。！!]?\s*$")


# A time feared or supposed ("防着哪天被人告侵权", "万一哪天被抄了"): some day, no time asked.
# Not 要是 ("截止时间要是什么时候": 要 + 是).
_SOME_DAY_RE = re.compile(r"(防着|防止|怕|万一|担心|说不定|保不齐|哪怕)(?:哪天|哪一天|什么时候|啥时候)")


def strip_preamble(text: str) -> str:
    """Drop a staff preamble ("有家企业打电话来问，"), an introduction announcing the questions ("想确认两件事："),
    topic markers ("另外问一下"), look-up requests, the count of the askers themselves ("我们几个企业") or of the
    things among which it asks ("几个交流活动里，…"), how the answer is to be set out ("请注明省级还是市级"),
    courtesy ("，谢谢") and the particles dialects close a clause with (撒, 噻; 伐 is 吗); a space between Chinese
    words is a pause, a comma; a time feared ("万一哪天") is some day (某天); a figure recalled closing the
    question ("我记得能奖40万") asks to confirm it."""
    # An introduction naming no policy term: "苏知贷想确认一下：谁负责" keeps its subject.
    if (intro := _INTRO_RE.match(text)) and not any(t in intro.group(0) for t in domain_terms()):
        text = text[intro.end():]
    # A preamble first: 问下 of "老板让我问下，" is part of it, not a marker of its own.
    text = _MARKER_RE.sub("", _PREAMBLE_RE.sub("", text))
    text = _COUNTED_ASKERS_RE.sub(lambda m: m.group(1) or m.group(2) or m.group("held") or m.group(3) or m.group("few")
                                  or m.group("self"), text)
    text = _AMONG_FEW_RE.sub("", _PREAMBLE_RE.sub("", text).strip(" ，,：:") or text)
    text = _PRESENTATION_RE.sub("", text) or text
    text = _COURTESY_RE.sub("", _SPOKEN_PAUSE_RE.sub("，", text)) or text
    text = _DIALECT_MOOD_RE.sub("", _DIALECT_QUESTION_RE.sub("吗", text))
    text = _SOME_DAY_RE.sub(r"\1某天", text)
    # "示范中心考评拿了良好，我记得能奖40万": a figure recalled or heard, closing a question that asks nothing else,
    # asks to confirm it.
    recalled = _RECALLED_RE.search(text)
    return text.rstrip("。！!") + "，对吗" if recalled and not _ASKING_RE.search(text[: recalled.start()]) else text


# Asking to confirm a statement outright ("…，对吗"), not a bare 吗 or 吧, which most yes/no questions end on.
_CONFIRM_STATEMENT_RE = re.compile(rf"[，,]?\s*(?:{_CONFIRMING}|没错吗|是不是这样|是吧|真的假的|是真的吗)\s*[？?]?\s*$")
# A negation, or an "only", which a match of words cannot confirm either ("只支持南京").
_NOT_RE = re.compile(r"不|没|无|非|未|别")
_NEGATION_RE = re.compile(rf"{_NOT_RE.pattern}|只|仅|唯一")
_CITY_NAME_RE = re.compile("|".join(CITIES))


def _negated(negation: re.Pattern[str], said: str) -> bool:
    """Whether ``said`` holds a negation: 无 of 无锡 is a city's name, not one."""
    return bool(negation.search(_CITY_NAME_RE.sub("", said)))


def _claim(text: str, premise: Premise | None) -> list[str]:
    """The words a confirmation question asserts when it asserts no figure, department or frequency
    ("苏知贷的利息损失风险全部由合作银行承担，对吗"); none for a negated statement, which a match of words
    cannot confirm."""
    match = _CONFIRM_STATEMENT_RE.search(text)
    if premise is not None or not match or _negated(_NEGATION_RE, text[: match.start()]):
        return []
    return [t for t in key_terms(text[: match.start()]) if len(t) >= 2]


# How much of a thing a statement says a party bears: all of it ("全部由银行承担", "银行全担", "只由银行"),
# or a part beside another ("一起承担", "也要分一部分", "对半分").
_WHOLE_EXTENT_RE = re.compile(r"全部|全额|全都|全由|全[担包赔出]|都由|独自|单独|只由|仅由|只有|一方")
_SHARED_EXTENT_RE = re.compile(r"一起|共同|分担|一块|一部分|也要?|也得|各[担出]|双方|对半|五五开|平摊|两家|都要|都得|分摊")
# "本金损失是银行担大头吧": the party bears the larger share.
_MOST_EXTENT_RE = re.compile(r"大头|大部分|大半|多数|大块|主要|更多|多一些|多半")


# A bearing denied: "省基金不用承担利息损失", "银行不承担", "基金不兜底".
_DENIED_BEARING_RE = re.compile(r"(?:不用|不需要?|无需|不必|并不|不)(?=承担|担|兜底|负担|赔)")
# A party said to bear one thing and nothing else: "银行只承担利息损失", "基金仅负责兜本金".
_ONLY_BEARING_RE = re.compile(r"(?:只|仅|光)(?:需要?|要|用|负责)?(?=承担|担|兜|负担|赔)")


def _asserted(text: str) -> str:
    """The words a confirmation question asserts, before its asking phrase ("…一起承担的" of "…一起承担的吧"), or
    "" when it asks to confirm nothing."""
    match = _CONFIRM_RE.search(text)
    return text[: match.start()].strip(" ，,") if match else ""


_CONDITION_RE = re.compile(r"要是|如果|假如|假使|万一|一旦|倘若")


def _statement(text: str) -> Statement | None:
    """What a confirmation question asserts ("利息损失是省基金和银行一起承担的吧"); none for a negated one, but
    for a bearing denied, the one negation the structure of bearing can judge."""
    said = _asserted(text)
    if not said:
        return None
    first, *rest = re.split("[，,]", said)
    if rest and _ONLY_BEARING_RE.search(first) and all(_negated(_NOT_RE, c) for c in rest):
        said = first  # "银行只承担利息损失，本金不用管": what follows an "only" restates it
    denied = len(_DENIED_BEARING_RE.findall(said)) == 1
    said = _DENIED_BEARING_RE.sub("", said) if denied else said
    # "利息要是收不回来，这块损失是基金兜的吧": a negation in the condition says when, not what is asserted.
    *conditions, asserted = re.split("[，,]", said)
    if _negated(_NOT_RE, asserted if _CONDITION_RE.search("".join(conditions)) else said):
        return None
    extent = "only" if _ONLY_BEARING_RE.search(said) else "whole" if _WHOLE_EXTENT_RE.search(said) \
        else "most" if _MOST_EXTENT_RE.search(said) else "shared" if _SHARED_EXTENT_RE.search(said) else ""
    return Statement(said, "" if denied else extent, denied) if said else None


# A word asserted negated ("不定期印发", "没有设立"): not an obligation (不用, 不需要), a modal (不能, 不会), a bound
# (不到, 不超过, 不低于) or a denial (不是), which other checks read or none can judge.
_CONTRARY_RE = re.compile(r"(?P<negation>没有|不|非|无|没|未)(?!是|用|需|必|要|能|会|到|足|超|少|低|高|多|了|过|太|大|怎)"
                          r"(?P<negated>[\u4e00-\u9fff]{2,4})|"
                          # "不用各市建": a level said to have no part in the act, which its items may write
                          r"(?P<needless>不用|不需要?|无需|不必)(?P<level_act>(?P<level>各市|各地|市里|各设区市|省里|省局)[\u4e00-\u9fff]{1,2})")


_IRREGULAR_RE = re.compile(r"想起来[才就再]?|有空[才就再]?|随便(?=[发印办评])|偶尔")
_NEGATION_ASKED_RE = re.compile(r"^(.+?)是不是((?:没有|没|不|未|无)[^，,。？?]+?)\s*[？?]?\s*$")


def _contrary(text: str, confirmed: str, premise: Premise | None) -> Contrary | None:
    """What a confirmation question asserting no figure, department or frequency says is not so: one negated
    word, whose unnegated form written in an item's clause holding the rest of the assertion shows it false.
    ``confirmed`` is what the question confirms (_confirmed)."""
    said = _asserted(confirmed) if premise is None else ""
    # "江苏专利奖是不是没有发明人奖": a negation asked with 是不是 before it is asserted so.
    if premise is None and not said and (asked := _NEGATION_ASKED_RE.match(text)):
        said = asked.group(1) + asked.group(2)
    if not said:
        return None
    # Done when one thinks of it ("想起来才发一期", "随便发发") is done 不定期, which an item writing 定期 shows false.
    said = _IRREGULAR_RE.sub("不定期", said)
    # 无 of 无锡 is a city's name; 是不是 asks.
    masked = _CITY_NAME_RE.sub(lambda m: "　" * len(m.group(0)), said.replace("是不是", "是否是"))
    found = list(_CONTRARY_RE.finditer(masked))
    if len(found) != 1 or len(_NOT_RE.findall(masked)) != 1:
        return None
    negated = found[0]
    # The subject may be that of the alternative asked before, before its 是 ("统计简报是每半年发一次，还是不定期的？
    # 听说是不定期印发的吧").
    terms = [t for t in key_terms(said[: negated.start()] + " " + said[negated.end():]) if len(t) >= 2] or \
        [t for t in key_terms(text.partition("是")[0]) if len(t) >= 2]
    if not terms:
        return None
    if negated.group("negation"):
        return Contrary(negated.group("negation"), negated.group("negated"), terms)
    return Contrary(negated.group("needless"), negated.group("level_act"), terms, len(negated.group("level")) + 1)


# A figure or frequency denied ("不是250万，对吗", "不是每年评吧"), not in "是不是" or the rhetorical "不是…吗"
# (which asserts it); and an amount said to exceed the one named ("不到20万吧").
_DENIED_RE = re.compile(r"(?<!是)(?:不是|并非|而非)[一-鿿]{0,3}$")
_BELOW_RE = re.compile(r"(?:不到|少于|低于|不足|没到)$")
_RHETORICAL_RE = re.compile(r"(?<![对是])吗\s*[？?]?\s*$")


def _denials(text: str, departments: list[str]) -> tuple[list[str], list[str], list[str]]:
    """The figures, frequencies and departments ``text`` denies; the amounts it says exceed the one named; and
    those negated in another way, which no check can judge."""
    if _RHETORICAL_RE.search(text):
        return [], [], []
    # 是不是 asks, it denies nothing: a window of six characters before a figure may cut it to 不是.
    text = text.replace("是不是", "是否是")
    digits = amounts_in_digits(text)
    # A duration ("3年") matches as a figure but is none: extract_figures leaves it out.
    asserted = [(digits[max(0, m.start() - 6): m.start()], figure[0].text, not m.group("qual"))
                for m in FIGURE_RE.finditer(digits) if (figure := extract_figures(m.group(0)))]
    asserted += [(text[max(0, m.start() - 6): m.start()], frequencies(m.group(0))[0], False)
                 for m in _FREQUENCY_RE.finditer(text)]
    asserted += [(text[max(0, at - 6): at], d, False) for d in departments if (at := text.find(d)) >= 0]
    denied, below, unjudged = [], [], []
    for before, what, bare in asserted:
        if _DENIED_RE.search(before):
            denied.append(what)
        elif bare and _BELOW_RE.search(before):
            below.append(what)
        elif _negated(_NOT_RE, before):
            unjudged.append(what)
    return denied, below, unjudged


# "发明人奖是不是给5万", "是不是每年评一次", "是不是归知识产权服务处统筹的": 是不是 before what it asks to confirm,
# an amount, a share, a frequency or a department, in the clause that ends the question.
_CONFIRM_BEFORE_RE = re.compile(r"是不是(?P<said>[^，,；;？?]{1,14})[？?]?\s*$")


def _confirms_before(text: str, departments: list[str]) -> bool:
    """Whether 是不是 comes before an amount, a share, a frequency or a department named (``departments``) it asks
    to confirm: "是不是归知识产权服务处统筹的"."""
    said = match.group("said") if (match := _CONFIRM_BEFORE_RE.search(amounts_in_digits(text))) else ""
    return bool(_FREQUENCY_RE.search(said)) or any(f.kind in ("money", "percent") for f in extract_figures(said)) \
        or any(d in said for d in departments)


# A statement put as a question by its mark alone ("文件要推动10家外国专利代理机构在江苏设办事处？"): it asks
# nothing of its own, so it asks to confirm what it states.
_QUESTION_MARK_RE = re.compile(r"[？?]\s*$")
# Asking for something without a question word: a listing, a look-up, a sum worked out, an explanation, an item
# ("列一下", "帮我查", "算一下", "想了解", "…的那一条"). A statement with none of these, no total and no question
# word asks nothing of its own either ("律所同事讲江苏专利奖是每年评一次的，我得跟客户确认下"): it too asks to
# confirm what it states.
_REQUEST_RE = re.compile(r"列[一个出举下]|罗列|介绍|说说|讲讲|[说讲]一?下|[查找算]一?下|[查找算]{2}|帮我|给我|告诉|解释|梳理|总结|"
                         rf"汇总|整理|计算|了解|知道|问问|咨询|请教|看看|看一?下|原文|条文|哪|[那这]一?[条项]|{PICKED_OUT}")


# What an asserted amount is said to be worked out as: a total (合计300万), or a result (拿了三个就是6万).
_RESULT_RE = re.compile(rf"{_TOTAL_RE.pattern}|就是|等于|算下来|算起来")
# Bearing an amount: "省基金担640万", "银行承担1000万", "基金兜400万".
_BEARING_RE = re.compile(r"担|兜|赔付?")


# Where a sentence ends, and a sentence asking an alternative ("…每半年发一次，还是不定期的？"), not one
# confirming a side ("还是每年评吧？").
_SENTENCE_END_RE = re.compile(r"(?<=[？?。！!])")
_ALTERNATIVE_SENTENCE_RE = re.compile(r"还是(?![^。？?]*[吧吗])[^。？?]*[？?]")
_ALTERNATIVE_ASKED_RE = re.compile(r"(?<=[\u4e00-\u9fff])还是(?![^，,。？?]*[吧吗])")


def _confirmed(text: str) -> str:
    """The sentences of ``text`` that confirm, less one asking an alternative: in "简报是每半年发一次，还是不定期的？
    听说是不定期印发的吧" a frequency or word the alternative asks between is asserted by neither side; the sentence
    confirming asserts."""
    said = [s for s in _SENTENCE_END_RE.split(text) if s.strip()]
    confirming = "".join(s for s in said if not _ALTERNATIVE_SENTENCE_RE.search(s))
    return confirming if len(confirming) < len(text.strip()) and _CONFIRM_RE.search(confirming) else text


def _premise(text: str, confirmed: str, departments: list[str]) -> Premise | None:
    """What a confirmation question asserts; ``confirmed`` is what it confirms (_confirmed), ``departments``
    those it names (Plan.departments)."""
    marked = not _ASKING_RE.search(text) and (bool(_QUESTION_MARK_RE.search(text))
                                              or not _TOTAL_RE.search(text) and not _REQUEST_RE.search(text))
    if not (_CONFIRM_RE.search(text) or _confirms_before(text, departments) or marked):
        return None
    text = counts_in_digits(_in_percent(text))
    named = list(departments)
    # "责任部门是省财政厅吧", "由科技厅负责吧", "是省科技厅牵头设的吧"
    if not named and (DEPARTMENT_RE.search(text) or re.search("负责|牵头|主管", text)):
        named = [m.group(1) for m in _BODY_RE.finditer(text) if not LEVEL_WORD_RE.match(m.group(1))]
    by_clause = [(clause, money[0]) for clause in re.split(r"[，,、；;]", text)
                 if len(money := [f for f in extract_figures(clause) if f.kind == "money"]) == 1]
    totals = [f.text for clause, f in by_clause if _RESULT_RE.search(clause)]
    # "苏知贷800万，省基金担640万": an amount borne, after the asker's own, is that amount's share worked out.
    totals += [f.text for (_, given), (clause, f) in pairwise(by_clause)
               if _BEARING_RE.search(clause) and f.text not in totals and given.text not in totals]
    # "运营中心那150万是一次性到账还是分批给": an alternative asserts only what its sides say, not the amount
    # named before them; "还是得交钱吧" (still) is no alternative.
    alternative = _ALTERNATIVE_ASKED_RE.search(text)
    sides = text[text.rfind("是", 0, alternative.start()) + 1:] if alternative else text
    premise = Premise(extract_figures(sides), named, frequencies(confirmed), by_clause, *_denials(text, named),
                      sole=bool(named and _SOLE_RE.search(text)), totals=totals)
    return premise if premise.figures or premise.departments or premise.frequencies else None


# Departments asserted as the only ones: "只有知识产权保护处一家负责", "仅由政策法规处牵头", "服务处单独负责".
_SOLE_RE = re.compile(r"只有|只由|只归|仅有|仅由|仅归|[一1]家(?:负责|牵头|在管|管)|一个处|单独|独自|唯一")


# The asker describing themselves, in a clause opening on themselves that asks and wants nothing: "本人退休工程师",
# "我们是做服装的小老板", "家里开了个小作坊", or their trade as a clause of its own ("做直播卖货的"); not
# "我们公司想申请苏知贷", whose wish is what is asked about.
_SELF_RE = re.compile(r"^\s*(?:本人|[我俺咱]们?|我家|家里|本公司|本单位|本企业|本厂|作为|"
                      r"(?:做|搞|干|开|跑)[\u4e00-\u9fff]{1,8}的\s*$)")
_WISH_RE = re.compile(r"想|要|需|打算|准备|计划|希望")


def _self_described(text: str) -> list[str]:
    """The key terms only the asker's description of themselves, before the clause that asks, or of others
    acting in what they tell ("被同行仿了") holds."""
    clauses = [c for c in _CLAUSE_RE.split(text) if c.strip()]
    own = [c for c in clauses[:-1] if _SELF_RE.match(c) and not _ASKING_RE.search(c) and not _WISH_RE.search(c)]
    others = others_acting(text)
    if not own:  # most questions: no second segmentation of the whole question
        return others
    elsewhere = set(key_terms("，".join(c for c in clauses if c not in own)))
    return [t for t in dict.fromkeys(key_terms("，".join(own))) if t not in elsewhere] + others


# A clause saying what the asker does not know: context, not a question ("啥时候能进中欧互认清单咱不知道，…").
_UNKNOWN_TO_ASKER_RE = re.compile(r"(?:[我咱俺]们?|我家)?(?:也|都|还)?(?:不知道|不清楚|不晓得|搞不清|不懂)\s*$")


# Money a public body pays ("市里会不会掏钱扶一把", "政府肯不肯掏腰包"): a support asked for, not a fee the
# asker is charged.
_BODY_PAYS_RE = re.compile(r"(?:省里|市里|县里|区里|镇里|政府|省局|市局|财政|国家|省上|上面)(?:会不会|会|肯不肯|肯|能不能|能|"
                           r"给不给|愿不愿意|愿意)?(?:帮忙|帮着|帮)?(?:掏钱|掏腰包)")


def _asked(text: str) -> list[AskedAttribute]:
    """The details asked for (a fee, a deadline…), in the clauses that ask: "…要写进申报材料里" is context.
    A request with no asking word ("确认一下优秀奖的奖金数，企业要写进申报材料里") asks in its first clause; a
    clause saying what the asker does not know ("啥时候能进清单咱不知道") asks nothing. Money a public body
    pays asks for no fee."""
    clauses = [c for c in _CLAUSE_RE.split(_BODY_PAYS_RE.sub("出钱支持", text))
               if c.strip() and not _UNKNOWN_TO_ASKER_RE.search(c)]
    asking = "，".join(c for c in clauses if _ASKING_RE.search(c) or _YES_NO_RE.search(c)) or \
        (clauses[0] if clauses else text)
    return asked_attributes(asking)


# What a question asks for: the words after 多少/什么/哪些 ("多少自有资金", "什么检索技能比赛") or between 有
# and 吗 ("有名额限制吗"), or the last key term before 是多少/是什么/有哪些/怎么 ("名额是多少", "评审专家怎么选").
# What "多少/几" counts when not money: 多少天 → 天数.
# A bare 几个 closing the question counts the thing named before it ("推荐名额每个市几个"); 多少个 counts what
# follows too ("一届评多少个金奖"), where 几个 may be "a few" ("我们厂有几个专利") or money ("几个钱"); not
# 多少个钱 or 多少个数, which ask an amount.
# "招几个学生", "多少个调查员": people, by the suffix naming a person (学生, 调查员, 教师), not 个 things; and
# people counted by 名 ("多少名预审员": 预审员人数), which 名额 is not (places).
_PERSON_CHARS = "人员生师者工"  # 学生, 调查员, 教师, 员工
COUNT_UNIT_RE = re.compile(rf"(?:多少|{COUNT_JI})个?(工作日|名额)|"
                             rf"(?:多少|{COUNT_JI})(天|日|个月|周|年|小时|分钟|课时|次|人|名|项|件|家|门|科|页|期|篇|场|个{CLOSING}|分{CLOSING})|"
                             rf"(?:多少|{COUNT_JI})个[\u4e00-\u9fff]{{0,4}}?([{_PERSON_CHARS}]){CLOSING}|多少(个)(?!钱|数)|"
                             rf"(?:多少|{COUNT_JI})个(人)")  # "评几个人": people, not 个 things
_COUNT_NAMES = {"工作日": "工作日数", "天": "天数", "日": "天数", "个月": "月数", "周": "周数", "年": "年限", "小时": "时长", "分钟": "时长", "课时": "课时",
                "次": "次数", **dict.fromkeys(_PERSON_CHARS, "人数"), "名": "人数", "名额": "名额", "项": "数量",
                "件": "数量", "家": "数量", "门": "科目数", "科": "科目数", "页": "页数", "期": "期数", "篇": "篇数", "场": "场次", "个": "数量",
                "分": "分值"}
# The thing a 几个 or 多少个 counts, after it and closing the question: "每年评几个名额".
_COUNTED_NOUN_RE = re.compile(rf"(?:多少|{COUNT_JI})个([\u4e00-\u9fff]{{2,4}}){CLOSING}")
# The thing a closing 几个 counts, past a "per" phrase: "推荐名额每个市几个" → 名额.
_COUNTED_RE = re.compile(rf"([\u4e00-\u9fff]{{2,8}}?)(?:每个?[\u4e00-\u9fff]{{1,2}})?(?:有|是)?(?:多少|几)个{CLOSING}")
# "多少家名额", "多少名预审员": the thing counted, past its classifier.
_CLASSIFIER_RE = re.compile(r"^(?:个|家|项(?!目)|位|件|种|所(?!有)|名(?!额|单|字|称))")
_MODAL_CUT_RE = re.compile(r"才|能|可以|会|要|该|得")
# "年营收多少以上": a bound (以上, 以内) is no thing asked for.
_ASKED_FOR_AFTER_RE = re.compile(rf"(多少|什么|哪些)(?!以上|以下|以内|左右|上下)([\u4e00-\u9fff]{{2,6}}?){CLOSING}")
# "有名额限制吗", "有没有规模要求？"; not "有没有办法走快一点", a way to do an act, which asks whether the act is
# provided for (as the items say in their own words), no thing called 办法走快一点.
_WAY_TO = r"(?:办法|法子|方法|途径|门路|路子)[\u4e00-\u9fff]"
_SAYING_VERB = r"(?:说|写|提|讲|规定|明确)"
_ASKED_FOR_HAVE_RE = re.compile(rf"有(?:没有|无)?(?!人|点|些|个|啥|什么|{_WAY_TO}|{_SAYING_VERB})([\u4e00-\u9fff]{{2,6}}?)(?:吗|没|不|么|嘛)|"
                                rf"有没有(?!人|点|些|个|啥|什么|{_WAY_TO}|{_SAYING_VERB})([\u4e00-\u9fff]{{2,6}})(?=[？?，,。]|$)")  # not 有人管不
# "清单有没有说每届招生规模", "文件有提到示范中心的验收标准吗", "写没写贷款期限": whether the text states a thing;
# the thing is what the saying verb is of (招生规模, 验收标准), however long its phrase. Not what an asking word
# inside asks ("有没有说给多少钱", "有没有提怎么申请"), which the other patterns read.
_SAID_ASKED_RE = re.compile(rf"(?:(?:有没有|有无|是否|有){_SAYING_VERB}|(?P<verb>[说写提讲])没(?P=verb))(?:到|过|了|明)?(?:关于|一?个)?"
                            r"(?P<thing>(?:(?!多少|什么|哪|几|谁|怎|咋|啥|吗|么|嘛|没)[\u4e00-\u9fff]){2,12}?)"
                            r"(?:的事|的内容|的要求)?(?:吗|没有|没|么|嘛)?(?=[？?，,。]|$)")
# "…是多少", "营收要达到多少", "评审专家都是谁", "…怎么", who pays for something ("专员的工资由谁发", "律师费谁出"),
# and where to see it ("获奖名单在哪看").
_WHEN_RE = re.compile(r"[\u4e00-\u9fff]时(?:候)?[又还再]?$")
_ASKED_FOR_BEFORE_RE = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:各自?|分别|都|也|还)?((?:是|为)(?:多少|什么)|都?是谁|都?是哪些人|都有谁|(?:要|需要|得)?达到多少|有哪些|有哪几[项个条类种]|怎么(?!样)|如何|"
                                  r"有(?:啥|什么)(?=要求|条件|限制)|"
                                  r"(?:由|归)?谁来?(?:发|出|付|支付|掏|承担|负担|买单)|"
                                  r"(?:在|去)?(?:哪里|哪儿|哪)(?:能|可以)?(?:看|查)(?:到|看)?)")
# A quantity asked by a noun of its own: "发行规模要达到多少", "面积是多少", "要多大办公面积".
# "营业收入有没有下限，要多少": a bound asked of it, then its figure.
_SIZE_NOUNS = "规模|体量|面积|产值|营业收入|营收|销售额"  # the quantities of a business or project, by name
_QUANTITY_ASKED_RE = re.compile(rf"(?P<n>数量|人数|名额|{_SIZE_NOUNS})"
                                r"(?:(?:有没有|有无)?(?:下限|上限|门槛)[，,]?)?(?:要|需要|得)?各?(?:达到|是|为|有|占)?"
                                r"(?:多少|多大)|"
                                rf"(?:多少|多大)的?[\u4e00-\u9fff]{{0,2}}?(?P<m>{_SIZE_NOUNS})|"
                                # a bound set on it, asked without 多少: "发行体量有没有定个下限"
                                rf"(?P<b>{_SIZE_NOUNS})(?:有没有|有无|是否)?(?:定|设|规定|设定|划)?"
                                r"(?:了|个|一个)?(?:下限|上限|门槛|最低要求)")
# Of those, the quantities of a business or project, which only an item naming them states (100家 is a count
# of anything; 250万元 is no one's 营收).
NAMED_QUANTITIES = frozenset({"规模", "面积", "产值", "营业收入", "营收", "销售额"})
# Nouns that frame what they follow rather than name a thing: 验收标准, 申报要求, 办理流程.
FRAMING_NOUNS = frozenset({"标准", "要求", "条件", "流程", "程序", "方式", "办法", "规定"})
# The words by which a listing names the task list's own items ("关于专利代理的事项有哪些"): what is listed is
# the items, no thing of its own to look for in them. So are a level's duties ("市里这块职责原文是怎么写的").
ITEM_NOUNS = frozenset({"事项", "举措", "措施", "工作", "任务", "内容", "条款", "事情", "条目", "动作", "做法",
                        "安排", "部署", "布置", "职责", "职能"})
# What a thing is for ("派什么用场", "有啥用处"): its duties, as the items state them.
_PURPOSE_RE = re.compile(r"(?:用场|用途|用处|作用)$")
# An amount a question names with what it is of ("收入标准是多少", "奖补上限是多少万") or by its own name
# ("一个月工资多少", "运营经费有多少"): named so when unstated.
# Pay by its names: an amount, and money stated only where named (100家 工作站 is no one's salary).
PAY_WORDS = ("工资", "薪酬", "薪资", "薪水", "月薪", "年薪", "报酬")  # pay, by its names
_PAY = "|".join(PAY_WORDS)
_AMOUNT_NAMED_RE = re.compile(rf"([^\W\d_的]{{2}}(?:金额|额度|数额|标准|上限|经费|费用)|{_PAY}|租金|押金|保证金|"
                              r"注册资本|注册资金|[月年]?收入)(?:是|为|有|要|得|需要|低于|高于|少于|超过|不超过|不到)?"
                              rf"(?:大概|大约|一般)?(?:多少|个?{WHAT_NUMBER})")
# Pay asked by its level ("这个岗位月薪大概什么水平", "工资啥档次"): an amount, named so when unstated.
_PAY_LEVEL_ASKED_RE = re.compile(rf"({_PAY}|待遇|[月年]?收入)(?:大概|大约|一般)?(?:是|在)?"
                                 r"(?:什么|啥|哪个)(?:水平|档次|价位)")
# A rate asked by its name ("预审通过率有多少", "回报率能有几个点", "违约率有没有要求，最高多少"): a percentage,
# named so when unstated.
# A percentage asked in points: "几个点", "多少个点", "百分之几".
_POINTS_ASKED = r"(?:几|多少)个点|百分之几"
_RATE_NAMED_RE = re.compile(rf"([^\W\d_的]{{1,4}}(?<!频)率)[^。？?；;]{{0,10}}?(?:多少|{_POINTS_ASKED}|多[高低])")
# "推荐参评的频率是多少": how often, a time the items state (每年), not an amount or a rate.
_FREQUENCY_ASKED_RE = re.compile(r"(?:频率|频次)(?:是|为|大概)?多少")
# The money a question asks for by its own name ("多少注册资金", "多少运营经费"): named as asked when unstated.
# 贴息 (an interest subsidy) too, a kind of money no support item states by another name, unlike 补贴 or 奖励,
# the asker's words for any support; and 利息 ("每个月要还多少利息"), which the loan item names only as a risk.
# Pay too (_PAY).
MONEY_NOUN_RE = re.compile(rf"(?:资金|经费|费|奖金|钱|款|[贴利]息|资本|{_PAY})$")
# Modal and helping verbs (jieba's words, so not the 要 of 要求 or the 会 of 协会): what holds one is a clause
# ("地方能求助", "地方帮撮合"), not the name of a thing.
_MODALS = frozenset({"能", "能够", "可以", "可", "会", "要", "该", "应该", "得", "想", "帮", "帮着", "帮忙"})
_POINTING_PREFIX_RE = re.compile(r"^(?:这方面|那方面|这块|那块|这类|那类|这种|那种|这个|那个|这项|这样|那样|相关)的?|^[\u4e00-\u9fff]?啥")
_DEMONSTRATIVE_RE = re.compile(r"^(?:这|那)(?:种|类|个|样)的?")
_INNER_DEMONSTRATIVE_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?:这|那)(?:种|类|个|样)的?")
# What the policy says or thinks of a thing ("有没有试点说法", "省里什么态度"), whether it has rules for it
# ("这事有章程没", "有啥规矩") or whether there is a chance ("南通的企业有没有机会"): the items' words answer it.
# So does its plan for it ("培育的思路是什么", "总体安排是什么"), however qualified.
_SAYING = r"(?:(?:总体|整体|大体|主要|具体|下一步|后续)?(?:说法|讲法|提法|态度|看法|立场|想法|思路|打算|安排|部署|路子)|章程|规矩|机会)"
_SAYING_RE = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}}){_SAYING}$")
# "那个行动叫什么名字": a thing's name is written by any item naming the thing; it is no thing of its own.
_NAME_WORD_RE = re.compile(r"(?:名字|名称|全称|全名|叫法|称呼)")
# The office asked for ("由哪些处室负责完善"): who, not a thing an item must name.
_OFFICE_ASKED_RE = re.compile(r"^(?:责任|负责)?(?:处室|部门|单位|科室)")
# Words naming an amount itself, not what it is of: "贷款额度是多少" asks an amount of 贷款, "网点的数量目标是多少"
# a count of 网点.
_AMOUNT_WORD = rf"(?:金额|额度|数额|数量|目标|标准|{CEILING_WORDS}|比例|额)"
# A target set for a thing, however qualified (硬指标, 考核目标, 量化指标); not one an amount word already says
# (网点的数量目标: the amount asked, of 网点, which names no thing asked for).
_TARGET_OF_RE = re.compile(rf"(?!{_AMOUNT_WORD})[\u4e00-\u9fff]{{0,2}}?(?:指标|目标)")
_AMOUNT_SUFFIX_RE = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}}){_AMOUNT_WORD}+$")
_AMOUNT_PREFIX_RE = re.compile(rf"^{_AMOUNT_WORD}+的?(?=[\u4e00-\u9fff]{{2}})")


_TIME_UNIT_FIRST_RE = re.compile(r"(?:天|日|个月|周|小时)(?![\u4e00-\u9fff]*(?:费|钱|金|额))")


def _before_tentative(thing: str) -> str:
    """"比赛练练手" → "比赛": the words before the first act done a little, if any come before it."""
    pieces = words(thing)
    cut = next((i for i, w in enumerate(pieces) if tentative_verb(w)), len(pieces))
    return "".join(pieces[:cut]) if cut else thing


def _closing_de(span: str) -> str:
    """"哪些专家组成的": a 的 closing the clause makes what it follows a description (专家组成), whose thing is the
    words naming things it opens with (专家); a 的 inside qualifies what follows it, as before."""
    if not span.endswith("的"):
        return span
    pieces = segments(span[:-1])
    lead = "".join(takewhile(names_a_thing, pieces))
    return lead or span[:-1]


def _word_starts(text: str) -> set[int]:
    """The offsets where jieba's words of ``text`` start (and where it ends)."""
    return set(accumulate((len(w) for w in segments(text)), initial=0))


_REQUIREMENT_OF_RE = re.compile(r"对(?P<of>[\u4e00-\u9fff]{2,4}?)有(?:啥|什么|哪些)(?:硬性|具体|特别|特殊)?的?"
                                r"(?P<req>要求|规定|限制|门槛)")
_BY_WHAT_REQUIREMENT_RE = re.compile(r"按(?:照)?(?:啥|什么|哪些)(?P<req>标准|条件|程序|流程)(?P<act>[\u4e00-\u9fff]{2,4}?)的?"
                                     r"(?:[？?]|$)")


# Several of those doing what the question is about, opening a clause: "几家上下游企业想抱团…", "有几个园区准备…".
_SEVERAL_WISHING_RE = re.compile(r"(?:^|(?<=[，,；;。]))(?:有|我们|咱们)?几(?:家|个|位|名)"
                                 r"(?=[\u4e00-\u9fff]{1,8}?(?:想|打算|准备|计划|合伙|抱团|联手|一起|一道))")

# A group counted and its members asked after by the same measure word: "办好的几场交流活动，分别是哪几场",
# "点了几个城市，是哪几个": the names are asked, no count.
_GROUP_THEN_WHICH_RE = re.compile(rf"{COUNT_JI}(?=(?P<c>[场个家项所条类种位])[^？?。]*哪几(?P=c))")


# A manner asked with the act after it: "用什么方式审理" → 方式审理, "以什么形式开展".
_MANNER_OF_ACT_RE = re.compile(r"^(?:方式|办法|形式|途径|手段|方法)(?=[\u4e00-\u9fff]{2})")


def _asked_for(text: str, corpus_text: str) -> list[str]:
    """The things a question asks for, less, for an amount, the words naming it ("贷款额度" → "贷款"), and
    what a 的 qualifies ("什么层级的标准" → "标准"); none for "多少钱", "奖多少", "怎么样"."""
    # "哪些学校能招": the thing is 学校; what follows a modal (能招) is what it does.
    # "多少个工作日": the thing counted, past its classifier.
    after = list(_ASKED_FOR_AFTER_RE.finditer(text))
    found = [(m.group(1), _CLASSIFIER_RE.sub("", _MODAL_CUT_RE.split(_closing_de(m.group(2)).rpartition("的")[2])[0]))
             for m in after]
    # "多少天出结果": a number of days (天数, the amount asked), not a thing called 天出结果. Nor is what the
    # amount gets the asker a thing asked for: "最多贷多少享受风险补偿" asks the loan, not 享受风险补偿. Money
    # a verb qualifies is ("多少配套资金").
    found = [(asking, t) for asking, t in found if not _TIME_UNIT_FIRST_RE.match(t)
             and not (asking == "多少" and t and not names_a_thing(segments(t)[0]) and not MONEY_NOUN_RE.search(t))]
    # The 有 of a word of its own (有, 有没有), not of 所有权 ("所有权能给个人不").
    starts = _word_starts(text)
    # "有没有这样的班子": the demonstrative stays, to be judged below with what it points back at.
    found += [("有", t if _DEMONSTRATIVE_RE.match(t := m.group(1) or m.group(2)) else t.rpartition("的")[2])
              for m in _ASKED_FOR_HAVE_RE.finditer(text)
              if m.start() in starts and (m.start() + 1 in starts or text.startswith(("有没有", "有无"), m.start()))]
    found += [("有", m.group("thing").rpartition("的")[2]) for m in _SAID_ASKED_RE.finditer(text)]
    # "在专利代理行业监管上有哪些动作": the thing after 哪些 is what is asked for; the words before name the topic.
    after_starts = {m.start() for m in after}
    for m in _ASKED_FOR_BEFORE_RE.finditer(text):
        if _WHEN_RE.search(m.group(1)):  # "设区市办案时又怎么用上": when it is used, not a thing asked for
            continue
        # "银行那边都有哪些牌子的对接活动": 哪些 before a noun asks for that noun's kind, however long its phrase;
        # "宣教处名下都有哪些活": before 活 or 事, it asks for the items (工作, 事项), not for the words before it.
        if m.group(2).endswith("哪些") and (m.end() - 2 in after_starts or text.startswith(("活", "事"), m.end())
                                          or names_a_thing(next(iter(segments(text[m.end():])), ""))):
            continue
        qualified, of, tail = m.group(1).rpartition("的")
        # "一年办班人次的硬指标是多少": an amount asked of a thing's target (指标, 目标) asks the thing's amount
        # (人次), not for a thing called 硬指标.
        if of and "多少" in m.group(2) and _TARGET_OF_RE.fullmatch(tail):
            qualified, of, tail = "", "", qualified
        last = [tail] if of else key_terms(qualified or tail)[-1:]
        # "验收标准是什么": the key term with the framing word after it (标准, 要求), which key_terms drops.
        framed = [t + rest for t in last if t and (rest := m.group(1).rpartition(t)[2]) in FRAMING_NOUNS]
        found += [(m.group(2), t) for t in framed or last]
    found += [("几个", t) for m in _COUNTED_RE.finditer(text) for t in key_terms(m.group(1))[-1:]]
    # "对学历有啥硬性要求" asks the 学历要求, of a thing the corpus never names (what "对联盟有什么要求" asks, the
    # alliance item states); "按什么标准选拔的" the 选拔标准: a requirement of the act named.
    found += [("什么", m.group("of") + m.group("req")) for m in _REQUIREMENT_OF_RE.finditer(text)
              if m.group("of") not in corpus_text]
    found += [("什么", m.group("act") + m.group("req")) for m in _BY_WHAT_REQUIREMENT_RE.finditer(text)]
    # "有没有比赛练练手": the thing ends where an act done a little begins (练练手, 看一看).
    found = [(asking, _before_tentative(t)) for asking, t in found]
    # "数量目标是多少": amount words alone name no thing, only the amount asked.
    # "多少比例本金损失": the amount word first, then what it is of (本金损失).
    things = ("" if re.fullmatch(f"{_AMOUNT_WORD}+", t) else
              _AMOUNT_PREFIX_RE.sub("", _AMOUNT_SUFFIX_RE.sub("", t)) if "多少" in asking else t
              for asking, t in found)
    # "有没有试点说法": whether the policy says anything of 试点; 说法 is no thing asked for. Nor are words
    # pointing back or asking before it: "这方面试点" is 试点, "编啥申请指南" 申请指南.
    # A word pointing back at what the asker described, which the corpus never writes ("有这种好事吗"), is the
    # asker's name for it, not a thing of its own.
    # Inside the thing, a demonstrative points back at what was named before ("有培育这种机构不": the 鉴定机构 of
    # the clause before): the thing is the words around it (培育机构).
    things = (_INNER_DEMONSTRATIVE_RE.sub("", _POINTING_PREFIX_RE.sub("", "" if re.fullmatch(_SAYING, t)
                                                                      else _SAYING_RE.sub("", t))) for t in things
              if not (_DEMONSTRATIVE_RE.match(t) and _DEMONSTRATIVE_RE.sub("", t) not in corpus_text))
    # "有地方能求助吗" asks whether there is help, not for a thing called 地方能求助: a clause is no thing.
    # "在哪些条目出现过" asks where, which the answer's place says: an item noun and what it holds is no thing.
    # "后者的搭建任务是什么", "技术调查员派什么用场": the duties of an act or a thing, which its items state in
    # their own words, not a thing to be named. Nor is the manner of an act ("用什么方式审理"): the item writing
    # the act says how (书面审理、独任审理).
    return list(dict.fromkeys(t for t in things if len(t) >= 2 and not _MODALS & set(words(t))
                              and not _MANNER_OF_ACT_RE.match(t)
                              and not t.endswith(tuple(ITEM_NOUNS)) and not _PURPOSE_RE.search(t)
                              and not t.startswith(("条目", "条款"))
                              and not re.fullmatch(_SAYING, t) and not _NAME_WORD_RE.fullmatch(t)
                              and not _OFFICE_ASKED_RE.match(t)
                              and not re.match(TEXT_PLACES.removeprefix("哪些?"), t)))


# What a yes/no question about a requirement asks whether: what follows its modal of need in the clause that
# closes it ("验收不合格要退钱吗" → 退钱, "要不要抵押房产" → 抵押房产); and each side of an alternative
# ("是一次性发放还是分期"). A requirement is a condition, which the task list states only by naming it; "能…吗"
# asks whether a support exists, which the items offering it answer in their own words (能来江苏开分号吗).
_WHETHER_RE = re.compile(r"(?:需要|必须|还要|要)([\u4e00-\u9fff]{2,8}?)(?:吗|嘛|(?<![什怎那])么|不|没)$|"
                         r"(?:要不要|需不需要|用不用|必不必须)([\u4e00-\u9fff]{1,8})$")
# "是不是要有高级职称才能当", "得有硕士学位才可以报吗": a requirement asked of a yes/no question by what must be
# had first, wherever the clause ends; the task list states a requirement only by naming it.
_REQUIRED_FIRST_RE = re.compile(r"(?:要|需要|必须|得)(?:有|具备|持有|拿到|取得)?([\u4e00-\u9fff]{2,8}?)才(?:能|可以|可|行)")
# "逾期了会不会上征信", "拨的钱会被收回吗": whether a consequence follows, which only an item naming what it involves
# states.
_WILL_RE = re.compile(r"(?:会不会|会否)([\u4e00-\u9fff]{2,12}?)(?:吗|呢|啊|呀)?$|"
                      r"(?<![展协大机学工社商聚])会(被[\u4e00-\u9fff]{1,11}?)(?:吗|么)$")  # not 展会被人投诉
# "省里给不给报住宿": an A-not-A verb and what it acts on, asked as a yes/no question; not 能不能 (whether a
# support exists), 是不是 or 对不对 (a confirmation), nor the modals _WHETHER_RE reads.
_A_NOT_A_OBJECT_RE = re.compile(r"([^\W\d_能是可会有对好行要用需])不\1([\u4e00-\u9fff]{2,8}?)(?:呢|啊|呀)?$")
# "市里管不管这摊事": what the A-not-A verb acts on is the matter just named, pointed back at; no thing of its own.
_THIS_MATTER_RE = re.compile(r"[这那](?:摊|个|件|块|档子?)?(?:事儿?|事情|活儿?)?")
# "技术调查员怎么报名": how to do an act, closing the clause; the task list names the acts it provides for.
# Not "咋个分法" ("the way it is split"), which asks what the item states.
# Nor "怎么解决/处理/应对/对待/落实", which ask how a matter is handled, as the items say in their own words, nor
# "咋回事", which asks what the thing is; nor how it is supported or built up ("打算怎么扶起来", "如何培育"); nor how
# the text puts it ("怎么表述的"), which its words answer.
# The words asking how, and a clause asking it (cut at commas and enumeration marks too: "…、咋申请").
_HOW_WORDS = "怎么|怎样|如何|咋"
_HOW_WORD_RE = re.compile(_HOW_WORDS)
_HOW_CLAUSE_CUT_RE = re.compile(r"[，,。？?；;、]")
_HOW_RE = re.compile(rf"(?:{_HOW_WORDS})(?!个|回事|解决|处理|应对|对待|看待|安排|部署|布置|落实|进行|实现|保障|推进|管理|扶|支持|"
                     r"培育|发展|建设|表述|规定|写|说|讲)"
                     r"([\u4e00-\u9fff]{2,4}?)(?:呢|啊|呀|嘛)?$")
# "资金能不能用于广告宣传", "奖金能用来发工资吗": whether money may be spent on a thing, which the task list
# states only by naming the thing.
# "怎么在美国注册商标", "怎么申请美国专利的加速审查": how to do what the clause closes on, whatever its length.
_HOW_SPAN_RE = re.compile(rf"(?:{_HOW_WORDS})([\u4e00-\u9fff]{{2,14}}?)(?:呢|啊|呀|嘛)?$")
_USE_RE = re.compile(r"(?:用于|用来|用在|花在|拿来)([\u4e00-\u9fff]{2,6}?)(?:吗|嘛|么|不|没|呢)?$")
_ALTERNATIVE_RE = re.compile(r"(?:是)?([\u4e00-\u9fff]{2,6})还是([\u4e00-\u9fff]{2,10}?)(?:呢|啊|呀)?$")
# "是一笔打过来，还是拆成几年分着发": an alternative's sides parted by a pause are one clause.
_PAUSED_ALTERNATIVE_RE = re.compile(r"[，,]\s*(?=还是)")


_PERCENT_OF_RE = re.compile(rf"(?:大概|大约|一般|能有|有|是|在)?(?:{_POINTS_ASKED})")
_PERCENT_ASKED_RE = re.compile(rf"(?<![按照])比例|百分比|百分点|几成|占比|{_POINTS_ASKED}")  # "按成交额的百分之几算": a share, not a sum of money


# The money asked named after the asking word, before any count it holds: "每年拨多少日常经费" → 日常经费, not
# the 天数 of 多少日.
_MONEY_AFTER_ASKING_RE = re.compile(r"(?:多少|几)[个笔份]?([\u4e00-\u9fff]{0,4}?(?:经费|资金|费用|补贴|补助))")
# Named before the asking word too, as what the clause asking an amount is about ("日常运转的经费省里一年拨
# 多少"), with who pays and when between them.
_MONEY_SIZE_ASKED_RE = re.compile(MONEY_SIZE_ASKED)  # "资金盘子定了多大": a sum of money's 规模
_MONEY_BEFORE_ASKING_RE = re.compile(r"(经费|工资|薪酬|租金)[^，,。？?的]{0,8}?多少")


def _amount_word(own: str, asked_for: list[str]) -> str:
    """What to name an amount asked for when none is stated: 比例, a rate by its name (通过率), the amount's
    own name (收入标准), a count's (天数), the money asked (注册资金), a quantity (规模), else 金额."""
    # A rate asked by its name, however asked: "投资回报率能有几个点" is unstated as 投资回报率, not as 比例.
    if rate := _RATE_NAMED_RE.search(own):
        return rate.group(1)
    # A percentage asked of a thing named right before it ("票息大概几个点"): named as its 比例 when unstated
    # (票息比例); not of an act ("按成交额返几个点", "能贴百分之几"), which asks a share of what it acts on.
    if (of := _PERCENT_OF_RE.search(own)) and (before := [w for w in segments(own[: of.start()]) if w.strip()]) \
            and names_a_thing(thing := before[-1]) and not LEVEL_WORD_RE.match(thing):
        return thing + "比例"
    if _PERCENT_ASKED_RE.search(own):
        return "比例"
    if named := _AMOUNT_NAMED_RE.search(own) or _PAY_LEVEL_ASKED_RE.search(own) or _MONEY_AFTER_ASKING_RE.search(own) or \
            _MONEY_BEFORE_ASKING_RE.search(own):
        return named.group(1)
    # "培训多少天": a number of days, not an amount of money; but "省里还另外给钱，给几个" asks how much money
    # (几个钱), a bare 几个 after money talked of.
    if (unit := COUNT_UNIT_RE.search(own)) and not (unit.group(2) == "个" and "钱" in own[: unit.start()]):
        return _COUNT_NAMES[next(g for g in unit.groups() if g)]
    # "每年评几个名额", "推荐几个项目", "人才分几个层次": the things counted, named as a count (名额, 项目数量,
    # 层次数量), however jieba tags them (层次 as a numeral), unless the word describes ("推荐几个合适").
    if (counted := _COUNTED_NOUN_RE.search(own)) and (names_a_thing(noun := counted.group(1)) or not describes(noun)):
        return noun if noun.endswith(("额", "数", "量")) else noun + "数量"
    # "资金盘子定了多大": how big a sum of money is, its 规模.
    if _MONEY_SIZE_ASKED_RE.search(own):
        return "规模"
    # "发行规模要达到多少": the quantity asked by its own name (规模), when it is no money word.
    quantity = _QUANTITY_ASKED_RE.search(own)
    word = quantity.group("n") or quantity.group("m") or quantity.group("b") if quantity else ""
    # In the policy's word for it, when the asker's is another (体量: 规模), so a refusal names what items write.
    word = next((alt for alt in synonyms().get(word, ()) if alt in NAMED_QUANTITIES), word)
    # The quantity's own word when asked for ("营收要多少"), not a bound asked of it ("营业收入有没有下限").
    return next((t for t in asked_for if MONEY_NOUN_RE.search(t)), "") or \
        next((t for t in asked_for if word and t in word), "") or word or "金额"


# Summing every amount an item states: "四个奖全加起来", "所有奖项都加起来", "全部加在一起", and a count
# summed ("四个奖项的奖励一共是多少").
_ALL_SUM_RE = re.compile(r"(?:(?P<n>[两三四五六七八九十])个[\u4e00-\u9fff]{0,2})?"
                         r"(?:全部?|所有的?[\u4e00-\u9fff]{0,3}?|统统)都?(?:加|算)")
# "四个奖项的奖励一共是多少", and past the clause that says all were won: "四个奖项全拿，一共多少",
# "四个奖项每样拿一个，一共多少", "三个奖全拿，省里一共奖多少" (who pays, before the total), "四个档次的奖各拿到
# 一个，省里总共要发多少".
_COUNT_SUMMED_RE = re.compile(rf"(?P<n>[两三四五六七八九十])个[\u4e00-\u9fff]{{0,6}}?"
                              rf"(?:(?:全|都|每样|每个|每种|各)[\u4e00-\u9fff]{{0,4}}[，,][\u4e00-\u9fff]{{0,3}}?)?"
                              rf"(?:{_TOTAL_RE.pattern})")


# Each of a count doing it ("两个园区都想挂", "三件专利都评上", "两个示范中心运行期绩效评价都是良好"), not a count of
# prizes (两个奖都): what follows the count.
_ALL_OF_COUNT = r"(?:个|家|项|件)(?!奖)[\u4e00-\u9fff]{1,12}?(?:都|均)"
_ALL_OF_COUNT_RE = re.compile(rf"[两二三四五2-5]{_ALL_OF_COUNT}")
# One thing won more than once: "金奖拿了两次", "两家企业各拿了…", "两个发明人都拿了…", "三个县各建一个": a repetition (次, 回, 届)
# or a count of those winning, never of the prizes (两个奖 are two prizes, which the sum's addends name).
# Each of a count doing it once ("三个县各建一个", group j) comes before the count of those winning.
_REPEATED_RE = re.compile(r"(?P<n>[两二三四五2-5])(?:次|回|届)(?!性)|"
                          # each of a count of winners takes one ("两个园区各拿一个"), not one of each grade
                          # counted ("四个档次各拿一个": every amount, summed)
                          r"(?P<j>[两二三四五2-5])(?:个|家|位|名)(?!档|奖|等级|级别)[\u4e00-\u9fff]{1,4}?各"
                          r"(?=自?[\u4e00-\u9fff]{0,2}一)|"
                          r"(?P<m>[两二三四五2-5])(?:个|家|位|名)(?:发明人|设计人|企业|公司|单位|园区|地方|人)|"
                          # people counted ("两位同事拿到"), each of a count doing it ("两个县都获批", not 两个奖都),
                          # and a count won ("拿了两项", not 拿了两个奖)
                          r"(?P<p>[两二三四五2-5])(?:位|名)(?=[\u4e00-\u9fff])|"
                          rf"(?P<e>[两二三四五2-5]){_ALL_OF_COUNT}|"
                          r"(?:拿|获|得|评)了?(?P<w>[两二三四五2-5])(?:项|个)(?!奖)|"
                          rf"(?<=[\u4e00-\u9fff]{{2}})(?P<k>[两二三四五2-5])个(?=[，,]?(?:{_TOTAL_RE.pattern})|都)")


# The amounts a sum adds, counted by the asker: "三笔加总", "两笔钱", "这三项奖金".
_AMOUNTS_COUNTED_RE = re.compile(r"([两三四五六七八九十])笔|(?<=[这那])([两三四五六七八九十])(?:项|个|样)")


def _amounts_counted(text: str) -> int:
    """How many amounts the asker says a sum adds ("三笔加总" → 3, "这三项奖金" → 3), or 0."""
    if not (match := _AMOUNTS_COUNTED_RE.search(text)):
        return 0
    numeral = match.group(1) or match.group(2)
    return 2 if numeral == "两" else from_chinese_numeral(numeral)


def _times(text: str, addends: list[str]) -> int:
    """How many times the one amount a sum names is won, or 0: not when it adds two things."""
    if len(addends) > 1 or not (match := _REPEATED_RE.search(text)):
        return 0
    n = next(g for g in match.groups() if g)
    return int(n) if n.isdigit() else _FREQUENCY_NUMBERS[n]


# Grades enumerated by their stems, the last one whole or counted as prizes or grades: "金银优秀奖", "金、银、
# 优秀奖", "金奖、银奖和优秀奖", "金银优秀三个奖", "金银优秀三个档".
_GRADE_STEM = f"(?:{'|'.join(t.removesuffix('奖') for t in TIERS)})"  # 金, 银, 优秀, 发明人 …
_GRADES_RE = re.compile(rf"(?:{_GRADE_STEM}奖?(?:[、和与及跟]|再?加上?)?)+{_GRADE_STEM}"
                        rf"(?:奖|(?=[两三四五六七八九十]个?(?:奖|档|等级|等|级)))")


def _grades(text: str) -> list[str]:
    """The grades a question enumerates ("金银优秀奖" → 金奖, 银奖, 优秀奖), when it names two or more."""
    found = [g + "奖" for m in _GRADES_RE.finditer(text) for g in re.findall(_GRADE_STEM, m.group(0))]
    found = list(dict.fromkeys(found))
    return found if len(found) > 1 else []


def _sum_of_all(text: str) -> int:
    if not (match := _ALL_SUM_RE.search(text) or _COUNT_SUMMED_RE.search(text)):
        return 0
    return "两三四五六七八九十".index(match.group("n")) + 2 if match.group("n") else -1


# Asking which members of a group of named bodies ("合作银行是哪几家", "哪些城市在搞"): the answer needs
# their names, which an item naming the group alone does not give.
# A city is asked for as 市 too ("哪两个市配合"), not as 市场 or 市级.
_BODY_KIND = r"(?:银行|机构|公司|高校|大学|院校|学校|城市|市(?![场民级长委政])|国家(?!标准|级|知识产权)|地区|园区|协会|法院)"
_WHICH_MEMBERS = r"哪(?:几|[两三四五六七八九十])?[家些个所]"  # 哪家, 哪几个, 哪两个
# Not a department asked ("是哪个处指导各市建立的": 哪个处, not a group called 处指导各市).
_MEMBERS_AFTER_RE = re.compile(rf"{_WHICH_MEMBERS}(?!处|部门|单位|科室)([\u4e00-\u9fff]{{0,4}}?{_BODY_KIND})")
_MEMBERS_BEFORE_RE = re.compile(rf"([\u4e00-\u9fff]{{0,6}}?{_BODY_KIND})(?:是|有|在)?{_WHICH_MEMBERS}{CLOSING}")
# A group counted first and its members asked after: "点了几个专利转化重点城市…，是哪几个".
_MEMBERS_COUNTED_RE = re.compile(rf"{COUNT_JI}[家个所]([\u4e00-\u9fff]{{0,8}}?{_BODY_KIND}).*哪几?[家些个所]{CLOSING}")


def _members_of(text: str) -> tuple[str, bool]:
    """The group whose members a question asks for and whether one is asked for: "苏知贷的合作银行是哪几家" →
    (合作银行, False), "靠哪家机构来做" → (机构, True); or ("", False)."""
    match = _MEMBERS_BEFORE_RE.search(text) or _MEMBERS_AFTER_RE.search(text) or _MEMBERS_COUNTED_RE.search(text)
    if not match:
        return "", False
    return match.group(1).rpartition("的")[2], not re.search("哪(?:几|些|[两三四五六七八九十])", match.group(0))


def abroad(text: str, corpus_text: str) -> list[str]:
    """The places ``text`` names that are neither Jiangsu's nor named by the corpus: 美国, 日本 (not 苏州, 海外)."""
    return [p for p in place_names(text) if p not in corpus_text and not p.startswith(("江苏", *CITIES))]


def _whether(text: str, elsewhere: list[str]) -> list[str]:
    """The predicates a yes/no, alternative or how question asks about, as asked: 是否退钱, 是一次性发放还是
    分期, 怎么报名; how to do a thing in or of a place ``elsewhere`` (怎么在美国注册商标), whatever its length."""
    found = []
    for clause in (c.strip() for c in _CLAUSE_RE.split(_PAUSED_ALTERNATIVE_RE.sub("", text))):
        if (how := _HOW_SPAN_RE.search(clause)) and any(p in how.group(1) for p in elsewhere):
            found.append("怎么" + how.group(1))  # another country's procedure
        elif alternative := _ALTERNATIVE_RE.search(clause):
            # The sides are alike: "专利归个人还是归单位" sets 归个人 against 归单位, not 的专利归个人.
            # A side starts on a word of the clause: "申报材料要交纸质版还是电子版" sets 要交纸质版, not 料要交纸质版.
            starts = _word_starts(clause)
            begin = next((i for i in range(alternative.start(1), alternative.end(1)) if i in starts),
                         alternative.start(1))
            first = clause[begin:alternative.end(1)].removeprefix("是").rpartition("的")[2]
            second = alternative.group(2)
            # "注明是省级还是市级", "那笔钱到底是一回拨完还是按进度拨": the side is what follows its 是, not the
            # words before it (a level too: every answer says the level).
            if LEVEL_WORD_RE.match(after := first.rpartition("是")[2]) or len(after) >= 2:
                first = after
            if second[0] in first[:-1]:
                first = first[first.rindex(second[0]):]
            found.append(f"是{first}还是{second}")
        elif will := _WILL_RE.search(clause):
            found.append("会不会" + (will.group(1) or will.group(2)))
        elif (either := _A_NOT_A_OBJECT_RE.search(clause)) and not _THIS_MATTER_RE.fullmatch(either.group(2)):
            found.append("是否" + either.group(2))
        elif required := _REQUIRED_FIRST_RE.search(clause):
            found.append("是否需要" + required.group(1))
        elif whether := _WHETHER_RE.search(clause):
            act = whether.group(1) or whether.group(2)
            # "援助款要不要还": a verb of one character acts on the money named before it (还款).
            money = [m.group(0) for w in words(clause[: whether.start()]) if (m := MONEY_NOUN_RE.search(w))] \
                if len(act) == 1 else []
            found.append("是否" + act + "".join(money[-1:]))
        elif (how := _HOW_RE.search(clause)) and not _SPLIT_ASKED_RE.search(how.group(0)):
            found.append("怎么" + how.group(1))  # not "风险咋分摊的": the shares the item states answer it
        elif (use := _USE_RE.search(clause)) and _YES_NO_RE.search(clause):
            found.append("是否用于" + use.group(1))
    return found


def subject_of_its_own(terms: list[str]) -> bool:
    """A follow-up or part naming a new subject ("专利代理援助呢"), not a grade or level of the old one
    ("银奖呢", "再加上评优秀的奖励"), a money word (奖励), a count ("银奖两个奖…": 两个) or a word pointing back
    at it ("市里有没有类似的")."""
    return any(not _GRADE_RE.match(t) and not LEVEL_WORD_RE.match(t) and not _POINTING_BACK_RE.fullmatch(t)
               and not FIGURE_WORD_RE.search(t) and not _COUNT_WORD_RE.fullmatch(t) for t in terms)


# What the asker sets aside ("除了专利商标，…", "保护中心除了快速预审，还…"): no subject of the question.
_EXCEPTED_RE = re.compile(r"除了?[^，,。？?；;]{1,20}?(?:以外|之外|外)?(?=[，,]|还|也)")


def _not_excepted(text: str) -> list[str]:
    """The key terms of ``text`` less those of what it sets aside, when any remain."""
    return key_terms(_EXCEPTED_RE.sub("，", text)) or key_terms(text)


def names_new_subject(terms: list[str]) -> bool:
    """A follow-up naming a subject of its own names a thing: "归哪个处管" and "在哪一条" name none, whatever
    pieces of their asking words jieba cut loose (处管, 哪一条), nor do the items' own nouns ("设区市的职责又是
    什么": 职责, what is asked of the subject before)."""
    return subject_of_its_own([t for t in terms if names_a_thing(t) and not _ASKING_CHAR_RE.search(t)
                               and t not in ITEM_NOUNS])


# A count ("两个", "几个"), and the thing it counts after it ("四个奖项" → 奖项).
_COUNT_WORD_RE = re.compile(r"[一两二三四五六七八九十几多]个")
_INSTANCES_RE = re.compile(rf"{_COUNT_WORD_RE.pattern}([\u4e00-\u9fff]{{2,4}})")


def _benefit(text: str) -> tuple[str, list[str]]:
    """In "PCT国际专利申请每件资助多少" the benefit (资助) and its subject's last two key terms, with any Latin
    acronym before them (PCT), which names the subject most specifically."""
    for clause in _CLAUSE_RE.split(text):
        match = _BENEFIT_RE.search(clause)
        # "坏账银行要赔几成": a share borne of a loss (赔 as 担), not a payout (保险赔多少).
        if match and match.group(1) == "赔" and _PERCENT_ASKED_RE.search(clause):
            continue
        if match and (AMOUNT_ASKED_RE.search(clause) or _YES_NO_BENEFIT_RE.search(clause)):
            # "加起来一共能拿多少奖金": a sum word (加起来 → 起来) is no subject of the benefit.
            before = _DIFFERENCE_RE.sub(" ", _SUM_RE.sub(" ", clause[: match.start()]))
            # A pronoun or place says where, not what: "江苏这边能领多少奖金" names no subject by 这边.
            # Nor do words pointing back at things counted ("这三项奖金": the prizes named before).
            terms = [t for t in key_terms(before) if (t.isascii() or things_and_acts(t)) and not _POINTING_AT_COUNTED_RE.match(t)]
            # "江苏专利奖四个奖项的奖励": what is counted (奖项) are the instances of the subject named before it.
            counted = {m.group(1) for m in _INSTANCES_RE.finditer(before)}
            terms = [t for t in terms if not any(c.startswith(t) for c in counted)] or terms
            # The benefit by the whole word holding it: 理赔 ("理赔额度"), not its 赔.
            word = next((w for w in segments(clause) if match.group(1) in w), match.group(1))
            return word, [t for t in terms[:-2] if t.isascii()] + terms[-2:]
    return "", []


def _part(text: str, corpus: str) -> Part:
    terms = key_terms(_SUM_RE.sub(" ", text))  # "…两个奖加起来": no 奖加, 起来
    return Part(text, terms, terms, intent_of(text, corpus))


_EXTREMES_RE = re.compile(r"最(?:高|多|大)[\u4e00-\u9fff]{0,3}?[和与跟]最(?:低|少|小)")


# Two things pointed back at: "两个奖", "这两项", "两者", "它俩".
_BOTH_RE = re.compile(r"(?:这|那)?(?:两个|两项|两者|二者|两种|它俩|俩)[\u4e00-\u9fff]{0,2}?的?")


# "同样是金奖，…": what both sides of the comparison after it are, said once before it.
_SHARED_KIND_RE = re.compile(r"^(?:同样|一样|同|都|同为|同属)是?(?P<kind>[\u4e00-\u9fff]{2,6})$")


def _compared(text: str, corpus: str = "") -> list[str]:
    """The two things a ratio or difference compares, in the order asked: "外观设计金奖是优秀奖的几倍" →
    外观设计金奖, 优秀奖; "A和B的差额" → A, B; or none when the question does not name two. A kind said of both
    in a clause before ("同样是金奖，中国专利奖的比江苏专利奖的高出多少") is each side's."""
    sides = _sides_compared(text, corpus)
    shared = next((m.group("kind") for c in _CLAUSE_RE.split(text)
                   if (m := _SHARED_KIND_RE.match(c.strip()))), "")
    return [s if shared in s else s.removesuffix("的") + shared for s in sides] if shared else sides


def _sides_compared(text: str, corpus: str) -> list[str]:
    clause = next((c for c in _CLAUSE_RE.split(text) if _RATIO_RE.search(c) or _DIFFERENCE_RE.search(c)), text)
    # "示范中心立项最高的钱，减去运营中心立项最高的钱，还剩多少": the minuend is in the clause before; so is the
    # first side of "…的立项封顶，相当于运营中心项目封顶的多少倍" and of "…给的钱，抵得上几个江苏专利奖银奖".
    if clause.startswith(("减去", "减掉", "相当于", "是", "为", "占", "抵得上", "顶得上")):
        clause = _CLAUSE_RE.sub("", text)
    if match := next((m for r in _COMPARED_RES if (m := r.search(clause))), None):
        return [match.group("a").strip(), match.group("b").strip()]
    if not (asked := _DIFFERENCE_RE.search(clause)):
        return []
    earlier = [c.strip() for c in _CLAUSE_RE.split(text[: max(text.find(clause), 0)]) if c.strip()]
    # "江苏专利奖金奖拿了，中国专利奖也拿了金奖，两个奖差多少": the two named in the two clauses before.
    if _BOTH_RE.fullmatch(clause[: asked.start()].strip()):
        return earlier if len(earlier) == 2 else []
    sides = [s.removesuffix("的") for s in _subjects(clause[: asked.start()], corpus)]
    # "国家级的专利金奖和本省专利奖的金奖，省财政给的钱谁高，高出几十万", "评优秀跟评良好，到手的奖励能差出去多少":
    # a difference asked in a clause naming no two things is of the two the nearest clause before it joins.
    # "示范中心的立项资助，跟运营中心的项目资助比，封顶差了多少": a clause opening with its coordinator joins
    # the clause before it.
    earlier = _joined_clauses(earlier)
    if len(sides) != 2:
        sides = next((found for c in reversed(earlier)
                      if len(found := [s.removesuffix("的") for s in _subjects(c, corpus, paired=True)]) == 2), [])
    return sides if len(sides) == 2 else []


_OPENING_COORDINATOR_RE = re.compile(r"(?:跟|和|与|同)(?=[\u4e00-\u9fff]+比$)")


def _joined_clauses(clauses: list[str]) -> list[str]:
    """The clauses, each one opening with a coordinator and closing with 比 ("跟运营中心的项目资助比") joined to
    the clause before it, whose thing it compares."""
    joined: list[str] = []
    for clause in clauses:
        if joined and _OPENING_COORDINATOR_RE.match(clause):
            joined[-1] += clause
        else:
            joined.append(clause)
    return joined


def _comparison(text: str, premise: Premise | None) -> list[str]:
    """"中国专利银奖的奖励比江苏专利奖金奖少，对吗" → [中国专利银奖的奖励, 江苏专利奖金奖, less]: a comparison
    asserted of two amounts the question does not give ("比银奖多50万": by how much, the premise's amount), or
    none. The word right after the second thing says
    which way ("比B少多了": less)."""
    if not _CONFIRM_RE.search(text):
        return []
    if premise is None and (same := _SAME_RE.search(text)):  # "外观设计金奖和中国专利银奖奖金一样，对吗"
        return [same.group("a").strip(), same.group("b").strip(), "same"]
    if not (match := _COMPARED_RES[1].search(text)):
        return []
    if premise is not None:  # "中国专利金奖比银奖多50万，对吗": a difference asserted, checked as one
        money = [f for f in premise.figures if f.kind == "money"]
        if len(money) != 1 or extract_figures(match.group("a") + match.group("b")):
            return []
    way = "more" if text[match.end("b")] in "多高贵" else "less"
    return [match.group("a").strip(), match.group("b").strip(), way]


_SAME_RE = re.compile(rf"(?P<a>[^，,]+?)(?:和|跟|与|同)(?P<b>[^，,]+?){SAME_AMOUNT}")


def _turns_added(standalone: str, text: str, count: int) -> list[str]:
    """"两个加起来呢" after "中国专利金奖奖多少" and "那银奖呢": the turns before it are what it adds (the last
    ``count`` of them when it counts them)."""
    turns = standalone.removesuffix(text).split()
    return turns[-count:] if count > 0 else turns


_PRIZE_NAMED_RE = re.compile(r"[\u4e00-\u9fff]{0,8}奖")
# A clause pointing back at the things summed ("这两笔江苏专利奖"), or naming only the one winner ("同一个项目";
# not "同一项专利拿了江苏专利奖金奖", a thing won).
_POINTING_AT_COUNTED = r"(?:这|那)(?:[一两俩二三四五六七八九十几]|些)"
_POINTING_AT_COUNTED_RE = re.compile(rf"^{_POINTING_AT_COUNTED}")
_ADDS_NOTHING_RE = re.compile(rf"^(?:{_POINTING_AT_COUNTED}|同一[个项家件]?[\u4e00-\u9fff]{{1,3}}$)")


# A clause after a comma winning a prize it names: "…，另外还拿了个江苏专利奖银奖".
_PRIZE_CLAUSE_RE = re.compile(rf"[，,]\s*(?=[\u4e00-\u9fff]{{0,6}}?(?:{_WON_RE.pattern})[\u4e00-\u9fff]{{0,12}}奖$)")


def _addends(text: str, corpus: str) -> list[str]:
    """The subjects a sum adds, before the word asking the total: "示范中心立项支持加上良好奖励一共多少" →
    示范中心立项支持, 良好奖励 (加上 joins them; 一共 asks the total)."""
    total = _TOTAL_RE.search(text)
    subjects = _subjects(text[: total.start()] if total else text, corpus)
    clauses = _added_clauses(text[: total.start()]) if total else []
    # "示范中心立项拿了满额支持，进入运行期又评了优秀": each clause one thing won.
    if len(clauses) > 1 and (len(subjects) == 1 or _across_clauses(subjects, text)):
        return clauses
    # "工业品牌和地标两个项目都中了，另外还拿了个江苏专利奖银奖": a subject running over a comma into a clause
    # that wins a prize it names holds that prize too, an addend of its own.
    return [piece for s in subjects for piece in _PRIZE_CLAUSE_RE.split(s) if piece.strip(" ，,")]


def _across_clauses(subjects: list[str], text: str) -> bool:
    """"示范中心立项拿了满额支持，进入运行期又评了优秀": subjects cut at a 又 inside a clause, one running over a
    comma (…支持，进入运行期), mix two clauses' things; the clauses are the addends."""
    return len(subjects) > 1 and "又" in text and any(re.search(r"[，,]\s*\S", s) for s in subjects)


def _added_clauses(before: str) -> list[str]:
    """"评上示范中心优秀，再拿个江苏专利奖银奖，合计多少": the clauses before the total, each naming a thing won.
    A clause saying how many were won ("两个园区各建一个") repeats the thing, it adds none; nor does one pointing
    back at the clauses before ("…也拿满，两个一共多少"), nor the total's own clause naming no thing ("…，前后一共
    多少": 前后 says when, not what)."""
    said = re.split(r"[，,]", before)
    # "…，算下来省里一共多少": working it out (算下来) is no thing won.
    said = said if len(said) < 2 or any(names_a_thing(t) and not FIGURE_WORD_RE.search(t) and not _RESULT_RE.search(t)
                                        for t in key_terms(said[-1])) else said[:-1]
    # "金奖之外发明人还拿了发明人奖": a thing won besides another is an addend of its own.
    said = [piece for c in said for piece in re.split(r"(?<=[\u4e00-\u9fff])(?:之外|以外)", c)]
    # A count won of a prize it names ("拿了两个中国专利银奖，外加…"), or of those winning the prize it names ("两个
    # 项目都评上了江苏专利奖银奖，另外…", "还有两位员工拿了发明人奖"), is an addend, counted; a clause pointing back or
    # at the one winner adds nothing.
    return [c for c in said if key_terms(c) and not _BOTH_RE.fullmatch(c.strip()) and not _ADDS_NOTHING_RE.match(c.strip())
            and (not (m := _REPEATED_RE.search(c))
                 or (m.group("w") or m.group("e") or m.group("p") or m.group("m")) and _PRIZE_NAMED_RE.match(c, m.end()))]


def _names_apart(before: str, coordinator: str, after: str, corpus: str) -> bool:
    """"中国专利奖和江苏专利奖": the names either side, which the corpus coordinates the same way, are each
    written apart from that coordination too (推荐参评中国专利奖，…; 开展一届江苏专利奖评选), so two subjects;
    保护计划 of 商标品牌培育和保护计划 is not."""
    left, right = key_terms(before)[-1:], key_terms(after)[:1]
    if not (left and right) or min(len(left[0]), len(right[0])) < 3:
        return False
    rest = corpus.replace(left[0] + coordinator + right[0], " ")
    return left[0] in rest and right[0] in rest


def _subjects(text: str, corpus: str, paired: bool = False) -> list[str]:
    """``text`` cut at its coordinators, except one in quotation marks or inside a name the corpus writes: "商标品牌培育和保护计划"
    (牌培育和保护计, three characters either side, is in the task list's text) is one name, not two subjects;
    "商标品牌和地理标志" is two, though the text coordinates 产业集群品牌和地理标志 the same way."""
    quoted = [m.span() for m in _QUOTED_RE.finditer(text)]  # "双随机、一公开" is one name
    cuts = [m for m in (_COORDINATOR_RE if not paired else _PAIRED_COORDINATOR_RE).finditer(text)
            if not (corpus and m.group(0) in "和与及" and m.start() >= 3 and text[m.start() - 3: m.end() + 3] in corpus
                    and not _names_apart(text[: m.start()], m.group(0), text[m.end():], corpus))
            and not any(a < m.start() < b for a, b in quoted)
            # 又 joins a second thing won to one won before it in its clause ("拿了A又拿了B"), not a winner to
            # a win ("…，发明人又拿了发明人奖" is one more clause of its own).
            and not (m.group(0) == "又" and not _WON_RE.search(re.split(r"[，,]", text[: m.start()])[-1]))]
    bounds = [0, *(x for m in cuts for x in (m.start(), m.end())), len(text)]
    return [s.strip(" ，,") for s in (text[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True))
            if s.strip(" ，,")]


def _coordinated(clause: str, corpus: str = "") -> list[str]:
    """"A和B分别奖多少" → ["A奖多少", "B奖多少"]; coordinated levels are left to Intent.both_levels.

    The predicate is the first one that leaves two subjects before it: in "A奖励加上B支持，总共多少" the
    奖励 inside A's name is not it, 总共 is; nor is one inside a word ("想拿商标和专利去银行换点周转资金": 周转资金),
    where what is coordinated is the object of one act."""
    # "A的上限跟B的上限，相差多少": 跟 joins two subjects only where each is asked of (分别) or they are
    # worked on together (相差, 一共); "让专利跟标准搭一块儿" is one thing done with another.
    paired = bool(_PAIRED_ASKED_RE.search(clause))
    starts = _word_starts(clause)
    for predicate in _PREDICATE_RE.finditer(clause):
        # "换点周转资金": a noun predicate inside a word is no predicate; "发明人奖多少" still asks 奖多少.
        if predicate.group(0) in _NOUN_PREDICATES and predicate.start() not in starts:
            continue
        subjects = _subjects(clause[: predicate.start()], corpus, paired)
        if _across_clauses(subjects, clause) and len(added := _added_clauses(clause[: predicate.start()])) > 1:
            subjects = added  # "…拿了满额支持，进入运行期又评了优秀，两笔加起来": a subject each clause
        if len(subjects) < 2:
            continue
        if any(LEVEL_WORD_RE.match(s) or _GRADE_RE.match(s) for s in subjects):
            return [clause]
        if any(len(s) < 3 for s in subjects):  # "…立项支持和绩效奖励": 奖励 of 绩效奖励 is no predicate
            continue
        # "发明专利和实用新型的名额各占多少": the thing the last subject has (的名额) is each one's; not an act
        # done of it ("保护中心、快速维权中心的建设": 建设).
        head, of, tail = subjects[-1].rpartition("的")
        if of and head and len(tail) >= 2 and words(tail) == [tail] and is_noun(tail):
            subjects = [s if "的" in s else f"{s}的{tail}" for s in subjects[:-1]] + subjects[-1:]
        return [s + clause[predicate.start():] for s in subjects]
    return [clause]


# A closing clause asking each of a count of things named before ("…拿了A，另一个拿了B，两个奖分别给多少").
_DISTRIBUTED_RE = re.compile(r"^(?:这|那)?(?P<n>[两二三四五])(?:个|项|样|种)[\u4e00-\u9fff]{0,3}?"
                             r"(?=(?:省里|市里)?(?:分别|各))")


def _distributed(clauses: list[str]) -> list[str]:
    """Each clause naming one of the things a closing "两个奖分别给多少" counts, with what it asks; else the
    clauses as they are."""
    if len(clauses) < 3 or not (match := _DISTRIBUTED_RE.match(clauses[-1])):
        return clauses
    named, asked = clauses[:-1], clauses[-1][match.end():]
    if len(named) != _FREQUENCY_NUMBERS[match.group("n")] or not all(key_terms(c) for c in named):
        return clauses
    return [f"{c}，{asked}" for c in named]


# A clause naming the topic every part asks of: "对知识产权工作站，", "关于苏知贷，".
_TOPIC_CLAUSE_RE = re.compile(r"^(?:对于?|关于|针对|至于|说到|就)(?=[\u4e00-\u9fff])")


def split_parts(text: str, corpus: str) -> list[Part]:
    """Clauses that each ask something, and coordinated subjects; a clause naming no subject of its
    own ("，归哪个处？") asks about the previous one, or about the topic the question opens on ("对知识产权
    工作站，省局那头怎么考核评价，设区市这头给什么支持": 知识产权工作站, not the 考核评价 asked before)."""
    raw = _distributed([c.strip() for c in _CLAUSE_RE.split(text) if c.strip()])
    topic = key_terms(raw[0]) if len(raw) > 2 and _TOPIC_CLAUSE_RE.match(raw[0]) and not _ASKING_RE.search(raw[0]) \
        else []
    clauses: list[str] = []
    for clause in raw:
        if clauses and not (_ASKING_RE.search(clause) and _ASKING_RE.search(clauses[-1])):
            clauses[-1] += "，" + clause  # a clause that asks nothing, or follows one, joins its neighbour
        else:
            clauses.append(clause)
    pieces = [piece for clause in clauses for piece in _coordinated(clause, corpus)]
    parts: list[Part] = []
    for piece in pieces:
        part = _part(piece, corpus)
        asked = next((r for r in (_SUM_RE, _DIFFERENCE_RE, _RATIO_RE) if r.search(piece)), None)
        if parts and asked and not key_terms(asked.sub(" ", piece)):
            continue  # "…，一共多少", "，多多少": the parts before, which the arithmetic works on, not a part of its own
        # "，市里要配合做什么": a part naming a level and no thing asks of the same subject at that level.
        at_level = part.intent.level is not None and not names_new_subject(part.terms)
        if parts and (not subject_of_its_own(part.terms) or at_level):
            # "，归哪个处": the subject before, whole; "，再加上评优秀的奖励": its subject words (not its grade,
            # 良好 in "优秀的奖励比良好的多多少") with this part's own grade.
            subject = [t for t in topic or parts[-1].terms if not part.terms or subject_of_its_own([t])]
            terms = list(dict.fromkeys([*subject, *part.terms]))
            part = Part(" ".join([*subject, piece]), terms, terms, intent_of(piece, corpus))
        if parts and not _ASKING_RE.search(piece.replace("呢", "")):
            # "…，保险呢", "…，银奖呢": asked the way the part before asked (哪个处, 多少).
            part = replace(part, intent=asked_as(part.intent, parts[-1].intent))
        parts.append(part)
    return parts or [_part(text, corpus)]


# An amount that bounds a tier ("1000万以下", "不超过1000万") rather than being the asker's own.
_TIER_AFTER_RE = re.compile(r"^\s*(?:元)?(?:以下|以内|以上|之内|内|到|至|[-－~～])")


# A verb and its object split by a measure word ("备个案", "贷个款", "打个官司") or by whom it is done to ("侵我们
# 权"): spoken Chinese parts them. Not a count and what it counts ("两个地方" is no 两地).
_SPLIT_WORD_RE = re.compile(r"(?![一两二三四五六七八九十几每各这那哪])([\u4e00-\u9fff])(?:个|一个|了个|了一个|点儿?|(?:了)?(?:我们|我|咱们|咱|俺们|人家)的?)"
                            r"([\u4e00-\u9fff])")


# A name parted by a demonstrative: "地理标志那类项目", "运营中心这种项目".
_PARTED_NAME_RE = re.compile(r"([\u4e00-\u9fff]{2,6})(?:这|那)(?:类|种|个|样的?)([\u4e00-\u9fff]{2,4})")


def _joined(text: str, corpus: str) -> str:
    """"专利产品能不能去备个案" → "…备案": a verb and object parted by a measure word, joined back when they make a
    word of the dictionary the corpus writes (备案, 贷款); "搞个专利" stays as it is. So is a name the corpus
    writes parted by a demonstrative ("地理标志那类项目" → 地理标志项目)."""
    def join(m: re.Match[str]) -> str:
        word = m.group(1) + m.group(2)
        return word if word_frequency(word) and word in corpus else m.group(0)

    def unpart(m: re.Match[str]) -> str:
        before, after = m.group(1), m.group(2)
        named = any(len(before) - k + j >= 4 and before[k:] + after[:j] in corpus
                    for k in range(len(before) - 1) for j in range(len(after), 1, -1))
        return before + after if named else m.group(0)
    return _PARTED_NAME_RE.sub(unpart, _SPLIT_WORD_RE.sub(join, text)) if corpus else text


# "工业品牌和地标两个项目": two names sharing the noun the count closes on, each a 项目 of its own.
_SHARED_NOUN_RE = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,6})(?P<c>[和与跟及、])(?P<b>[\u4e00-\u9fff]{2,6}?)"
                             r"(?:这|那)?(?:两|二|俩)个?(?P<n>项目|中心|基地)")


def _shared_noun(text: str) -> str:
    """"工业品牌和地标两个项目都顶格支持" → "工业品牌项目和地标项目都顶格支持": the noun a count of two closes on
    is each name's, unless a name already ends on it."""
    def each(m: re.Match[str]) -> str:
        a, b, noun = m.group("a"), m.group("b"), m.group("n")
        return m.group(0) if a.endswith(noun) or b.endswith(noun) else f"{a}{noun}{m.group('c')}{b}{noun}"
    return _SHARED_NOUN_RE.sub(each, text)


# "省、市两级", "省市两级": the two levels, each by its one character, as 省里和市里 names them.
_TWO_LEVELS_RE = re.compile(r"省[、和与及跟]?市两级")


def _as_corpus_writes(text: str, speller: Speller) -> tuple[str, list[Correction]]:
    """``text`` with the names it shares, splits or grades written as the corpus writes them, its two levels
    named as the other questions name them, and its typos corrected: what the question and its standalone form
    are read as."""
    corpus = speller.corpus_text
    return speller.correct(_graded(_joined(_shared_noun(_TWO_LEVELS_RE.sub("省里和市里", text)), corpus), corpus))


def _graded(text: str, corpus: str) -> str:
    """"江苏专利金奖" → "江苏专利奖金奖": a grade written into a prize's name the way the corpus writes 中国专利金奖,
    for a prize the corpus names apart from its grades ("江苏专利奖评选，对获得金奖…"), never with one inside."""
    prizes = [t for t in domain_terms() if t.endswith("奖") and t not in TIERS]
    # A prize by its own name, not one inside others' (专利奖 of 中国专利奖 and 江苏专利奖).
    for prize in (p for p in prizes if p in corpus and not any(p != other and p in other for other in prizes)):
        if not any(prize[:-1] + tier in corpus for tier in TIERS):
            for tier in TIERS:
                text = text.replace(prize[:-1] + tier, prize + tier)
    return text


def _out_of_context(correction: Correction, query: str, corpus: str) -> bool:
    """"南京今天限行吗" is no typo of 先行: a correction stands when the rest of the question is the corpus's
    too (unless the typed word is one the lexicon reads), or when one of its other words is in an item with the
    term; not when words the corpus never uses (今天) stay beside it and nothing else of the question (a city is
    where, not what) meets it in an item."""
    # A word of jieba's dictionary typed ("网店", "纸质") was meant unless the term, with a character of the
    # question beside it, is written in the corpus: "江苏专力奖" is 专利奖, "服务网店" 服务网点; "开网店的" is no
    # 开网点 or 网点的, however many items 知识产权 meets the term in.
    if word_frequency(correction.typed) and not _beside_in_corpus(correction.term, query, corpus):
        return True
    others = [t for t in key_terms(query) if t != correction.term and not LEVEL_WORD_RE.match(t)]
    # A word the lexicon reads ("网店" is 电商) was meant whatever the rest: "开网店的，平台上老被人抄" is no 网点.
    if not any(not term_covered(t, corpus) for t in others) and correction.typed not in synonyms():
        return False
    items = [line for line in corpus.splitlines() if correction.term in line]
    return not any(term_covered(t, line) for t in others for line in items)


def _beside_in_corpus(term: str, query: str, corpus: str) -> bool:
    """Whether ``corpus`` writes ``term`` with the character before or after it in ``query``."""
    for m in re.finditer(re.escape(term), query):
        sides = (query[m.start() - 1:m.end()] if m.start() else "", query[m.start():m.end() + 1])
        if any(len(side) > len(term) and side in corpus for side in sides):
            return True
    return False


# A count written as one token: 两个, 三项, 两次, 一回; of two or more, or of any number.
_COUNT_UNITS = "(?:个|项|次|回)"
_COUNT_TOKEN_RE = re.compile(rf"[两二三四五六七八九2-9]{_COUNT_UNITS}")
_ANY_COUNT_RE = re.compile(rf"[一两二三四五六七八九1-9]{_COUNT_UNITS}")


def _plus_spelled(text: str) -> str:
    """"一个地理标志项目加一个工业品牌项目" sums as "…加上…" does: a 加 that jieba reads as a word of its own,
    after a word naming a thing and before a word of two characters or more (not 参加, 加强, "再加…",
    "加分多少", "费用加计扣除"), and not already part of a sum word (加起来, 加在一起)."""
    tokens, out, at = segments(text), [], 0
    summed = bool(_TOTAL_RE.search(text)) or _counted_sides(text)
    for i, token in enumerate(tokens):
        # …or after a count of it ("银奖两项加一个发明人奖").
        plus = (token == "加" and 0 < i < len(tokens) - 1
                and (names_a_thing(tokens[i - 1]) or i > 1 and _COUNT_TOKEN_RE.fullmatch(tokens[i - 1])
                     and names_a_thing(tokens[i - 2]))
                and len(tokens[i + 1]) >= 2 and _WORD_RE.match(tokens[i + 1]) and not _SUM_RE.match(text, at))
        before, after = _counted_side_by_side(tokens, i) if summed else (False, False)
        out.append("加上" if plus else "加上" * before + token + "加上" * after)
        at += len(token)
    return "".join(out)


def _counted_side_by_side(tokens: list[str], i: int) -> tuple[bool, bool]:
    """Whether a sum's 加上 belongs before or after the count ``tokens[i]``: counted things side by side in a
    total asked are added ("两个金奖一个优秀奖，加起来多少": before 一个; "中国专利金奖一项外观设计银奖两项，合计多少":
    after 一项, a count after its thing, then the next thing and its count). A rating counts as the thing
    rated: "评了两回优秀一回良好"."""
    if not _ANY_COUNT_RE.fullmatch(tokens[i]):
        return False, False

    def thing(token: str) -> bool:
        return names_a_thing(token) or token in RATINGS

    back = i
    while back > 0 and thing(tokens[back - 1]):
        back -= 1
    ahead = i + 1
    while ahead < len(tokens) and thing(tokens[ahead]):
        ahead += 1
    thing_before, thing_after = back < i, ahead > i + 1
    counted_before = back > 0 and bool(_ANY_COUNT_RE.fullmatch(tokens[back - 1]))
    counted_after = ahead < len(tokens) and bool(_ANY_COUNT_RE.fullmatch(tokens[ahead]))
    return (thing_before and counted_before and thing_after,
            thing_before and not counted_before and thing_after and counted_after)


# Two things, each of them won, and the amount asked: "示范区和重点联系指导项目都批了，最多拿多少" asks what
# both bring together; "分别" or "各" asks each, which the parts answer. So does "A和B各拿一个，省里给多少": one of
# each won, the total asked (not "各拿一个，每个给多少").
_ALL_WON_RE = re.compile(r"(?<![分各])(?:都|同时|全都)(?:被)?(?:批|拿|评|获|立项|入选|中了|得了|列入|通过)(?!.*(?:分别|各))|"
                         r"各(?:拿|获|评|中)了?[一1][个项](?!.*(?:分别|各|每))")


_COUNTED_SIDES_RE = re.compile(r"[一两二三四五六七八九1-9][个项家][\u4e00-\u9fff]{2,16}?[、和及与跟加]?"
                               r"[一两二三四五六七八九1-9][个项家][\u4e00-\u9fff]{2,}")


def _counted_sides(text: str) -> bool:
    """"一个示范区、两个重点联系指导项目，最多能拿多少": things counted side by side, an amount asked of them all
    (not of each: 分别, 各)."""
    return bool(_COUNTED_SIDES_RE.search(text) and AMOUNT_ASKED_RE.search(text)) and not re.search("分别|各", text)


_TOGETHER_RE = re.compile(_TOGETHER)


# "…工业品牌项目和地理标志项目，两项顶格拿能有多少": a clause counting the two things named before asks an amount of
# both (not of each: 分别, 各).
_BOTH_ASKED_RE = re.compile(r"(?:^|[，,])\s*(?:省里|市里)?(?:这|那)?(?:两个|两项|两头|两笔|两块|两者|二者|俩)"
                            r"(?![\u4e00-\u9fff]{0,6}?(?:分别|各))[\u4e00-\u9fff]{0,6}?(?:多少|几)")


def _sums(own: str, worked_out: bool) -> bool:
    """A total asked: its word, where "together" is of amounts only with an amount asked after it or one
    asserted as worked out ("跟同行几家凑一块，政府支不支持" joins firms and asks no total); or both things named
    before asked of in one clause, not compared."""
    return any(not _TOGETHER_RE.fullmatch(m.group(0)) or worked_out or AMOUNT_ASKED_RE.search(own, m.end())
               for m in _SUM_RE.finditer(own)) \
        or bool(_BOTH_ASKED_RE.search(own)) and not (_DIFFERENCE_RE.search(own) or _RATIO_RE.search(own))


def _arithmetic(own: str, premise: Premise | None, asks_amount: bool, amount_word: str) -> str | None:
    """"sum" (加起来), "ratio" (几倍), "difference" (差多少), or "share": an amount of money asked of the asker's own one
    ("贷了500万，基金承担多少"), to be worked out from a share the cited item states."""
    # An amount asserted as worked out ("拿了三个就是6万对吗", "800万，省基金担640万对不对") asks the arithmetic
    # that judges it.
    results = premise.totals if premise else []
    asks_amount = asks_amount or bool(results)
    won = _ALL_WON_RE.search(own) if asks_amount else None
    # "两家园区各建一个运营中心，省里最多给多少", "两个园区都想挂运营中心，都批了的话顶格能给多少": each of a count
    # doing it once asks what all bring, total word or not; not what each gets (每个, 分别, 各给多少).
    each = asks_amount and bool((rep := _REPEATED_RE.search(own)) and rep.group("j")
                                or _ALL_OF_COUNT_RE.search(own)) \
        and not re.search("分别|各(?:是|奖|给|拿)?多少|每(?:个|家|项|一个)", own)
    if _sums(own, bool(results)) or won and len(_subjects(own[: won.start()], "")) > 1 or each \
            or _counted_sides(own) or results and _REPEATED_RE.search(own):
        return "sum"
    if _RATIO_RE.search(own):
        return "ratio"
    if _DIFFERENCE_RE.search(own):
        return "difference"
    if premise and not results or not asks_amount or amount_word.endswith("比例"):
        return None
    own = amounts_in_digits(own)
    money = [m for m in FIGURE_RE.finditer(own) if (f := extract_figures(m.group(0))) and f[0].kind == "money"
             and f[0].text not in results]
    if len(money) == 1 and not money[0].group("qual") and not _TIER_AFTER_RE.match(own[money[0].end():]):
        return "share"
    return None


# Words saying the list mentions a thing ("清单点到盐城是在讲哪项工作"), asking nothing of it; the list's own nouns
# (清单, 工作, 内容…) and 涉及, 点名 are asking words, which key_terms has already left out.
_MENTIONING_RE = re.compile(r"(?:点|提|写|说|讲)到?|讲的|提及|出现|条目")


def _place_located(own: str) -> str:
    """"连云港在清单里出现在哪些地方", "盐城在清单里被提到的是哪件事": the city a request for places in the text
    names and asks nothing else of; "" otherwise ("南京的保护中心在哪一条" asks of the centre)."""
    if not _LOCATION_RE.search(own):
        return ""
    named = key_terms(_LOCATION_RE.sub("，", own))
    # The city may stand inside the request ("点到无锡的条目", "提到连云港的是哪件事").
    cities = [c for c in CITIES if c in own]
    # Nothing else asked of it: other words only say where the city is looked for (省级, 市里) or that the list
    # mentions it ("清单点到盐城是在讲哪项工作").
    rest = [t for t in named if t not in (*cities, *(c + "市" for c in cities)) and not LEVEL_WORD_RE.match(t)
            and not _MENTIONING_RE.fullmatch(t)]
    return cities[0] if len(cities) == 1 and not rest else ""


# A year written by its last two digits, as a point in time ("说是25年才开始招人", "24年底"): 2025年; not a
# number of years ("管25年").
_SHORT_YEAR_RE = re.compile(r"(?<![\d.])([12]\d)年(?=才|就|开始|起|底|初|上半年|下半年|实现)")
# "省局要做的几件事", "市里负责几项工作": the tasks, listed (哪些事); the count is no figure an item states.
_TASKS_COUNTED_RE = re.compile(r"几(?:件|项|样)(?=事|工作|任务|活)")


_ENGLISH_ALTERNATIVE_RE = re.compile(r"\w\s+or\s+(?!not\b)\w", re.IGNORECASE)


def read_question(text: str, standalone: str, speller: Speller, departments: frozenset[str] = frozenset()) -> Plan:
    """The Plan for ``text`` (cleaned), given its standalone form (a follow-up joined to what it follows).

    ``departments`` are the department names the corpus uses: a premise naming one is checked.
    """
    language = "en" if is_english(text) else "zh"
    corpus = speller.corpus_text
    # "我们的 patent 能不能做 pledge loan": the English words of a Chinese question read as the policy's (质押 贷款).
    if language == "zh":
        text, standalone = _SHORT_YEAR_RE.sub(r"20\1年", text), _SHORT_YEAR_RE.sub(r"20\1年", standalone)
        text, standalone = _TASKS_COUNTED_RE.sub("哪些", text), _TASKS_COUNTED_RE.sub("哪些", standalone)
        full = full_names(text)  # 南理工 → 南京理工大学; a question standing alone is read once
        text, standalone = full, full if standalone == text else full_names(standalone)
        (text, read_english), (standalone, _) = english_in_chinese(text), english_in_chinese(standalone)
    own = chinese_reading(text) if language == "en" else _plus_spelled(strip_preamble(strip_instructions(text)))
    query = _plus_spelled(strip_preamble(strip_instructions(standalone)))
    # A correction serves a policy term and can break the asking words around it ("三个奖全拿" → 三个健全拿):
    # a sum's grades and count are read from what was typed as well.
    typed = own
    corrections: list[Correction] = []
    declined: list[Correction] = []
    if language == "en":
        reading = chinese_reading(query)  # the policy's words, searched beside the English as asked
        query = f"{query} {reading}"
    else:
        query, corrections = _as_corpus_writes(query, speller)
        own, _ = _as_corpus_writes(own, speller)
        declined = [c for c in corrections if _out_of_context(c, query, corpus)]
        for wrong in declined:
            query, own = query.replace(wrong.term, wrong.typed), own.replace(wrong.term, wrong.typed)
            corrections.remove(wrong)
        corrections = [Correction(english, chinese) for english, chinese in read_english] + corrections
        reading = query
    named_departments = departments_named(own, departments, corpus)
    confirmed = _confirmed(own)
    # "Is the award held annually or biennially?": an English alternative asserts neither side, though the
    # lexicon's reading keeps only the side it knows (每两年).
    premise = None if language == "en" and _ENGLISH_ALTERNATIVE_RE.search(text) else \
        _premise(own, confirmed, list(named_departments))
    intent = intent_of(query, corpus)
    if premise and premise.departments:  # a department asserted is a department asked about
        intent = replace(intent, department=True)
    # An amount asserted ("…一样都是10万，对吧") is an amount asked about: the items stating amounts answer it.
    if premise and any(f.kind in ("money", "percent") for f in premise.figures):
        intent = replace(intent, figure=True)
    for department in premise.departments if premise else []:
        # An asserted department is checked, not searched for: "高价值专利培育是知识产权服务处负责的吧" must find
        # the item on 高价值专利培育, not one that 知识产权服务处 runs.
        query = reading = query.replace(department, "")
    own_key = _not_excepted(own)  # the terms of this turn alone ("银奖" in "那银奖呢？")
    # A follow-up naming no subject of its own ("市里呢", "贷2000万呢", "在哪一条") is about the question before.
    leans_back = standalone != text and not names_new_subject(own_key)
    own_intent = intent_of(own, corpus)
    if own_level := own_intent.level:  # "市里呢？" switches the level of the question it follows
        intent = replace(intent, level=own_level, both_levels=False)
    if standalone != text and _ASKING_RE.search(own.replace("呢", "")) and not (_QUOTE_RE.search(own) or _LOCATION_RE.search(own)):
        # "市里要做什么" or "淮安要做什么" after "…哪个处负责" asks what is done, not who: a follow-up's own asking
        # words decide what it asks; a request for an item's place or wording asks it of the answer before.
        intent = asked_as(intent, own_intent)
    if intent.level == "city" and names_both_levels(own, departments):
        intent = replace(intent, level=None, both_levels=True)
    followup, dense_query = "", ""
    if standalone != text:
        followup = "joined to the question before"
        if language == "zh" and not leans_back:
            # "专利代理援助呢": a new subject, asked the way the question before asked. BM25 keeps the joined
            # question (工业品牌项目 → 地理标志项目 lives in the same item); the embedding reads the turn alone.
            dense_query, followup = own, "a subject of its own: embedded alone, cited by its own terms"
    terms = _not_excepted(reading)
    benefit, subject = _benefit(own) if language == "zh" else english_benefit(text)
    parts = split_parts(own, corpus) if language == "zh" and standalone == text else [_part(reading, corpus)]
    own_terms = own_key or terms
    parts = parts if len(parts) > 1 else [Part(reading, own_terms if dense_query else terms, own_terms, intent)]
    said = [intent_of(c, corpus).level for c in _CLAUSE_RE.split(own) if _ASKED_LAST_RE.search(c.strip())]
    if len(parts) > 1 and not intent.both_levels and None in said and len(set(said)) > 1:
        # "…要落地几家？地方上谁配合": a clause asking a question of its own at no level beside one asking at a
        # level asks the whole question at none (the province's item states 3家); each part is searched at its
        # own. Not "家里几亩地…想申请个地标，市里有啥扶持", whose first clause says who asks.
        intent = replace(intent, level=None)
    # A follow-up naming no subject ("贷2000万呢" after "苏知贷风险怎么分") asks the way the question before did;
    # one naming a level ("市里呢") asks what that level does, which need not be an amount.
    asking = f"{query} {own}" if leans_back and not own_level else own
    # "几家上下游企业想抱团弄个联盟，要不要去备案": several of those wishing, no count asked; nor "几场活动…是哪几场".
    asking = _GROUP_THEN_WHICH_RE.sub("", _SEVERAL_WISHING_RE.sub("", asking))
    asks_amount = bool(AMOUNT_ASKED_RE.search(asking)) and intent.figure and not _FREQUENCY_ASKED_RE.search(asking) \
        or bool(_SHARE_ASKED_RE.search(asking)) or bool(_PAY_LEVEL_ASKED_RE.search(asking)) \
        or bool((bound := _QUANTITY_ASKED_RE.search(asking)) and bound.group("b"))
    asked_for = _asked_for(own, corpus)
    elsewhere = abroad(own, corpus)
    amount_word = _amount_word(own, asked_for)
    arithmetic = _arithmetic(own, premise, asks_amount, amount_word)
    # "奖金差额是多少", "总额多少": the result the arithmetic computes, no thing an item must state.
    asked_for = [t for t in asked_for if not (arithmetic and _RESULT_WORD_RE.search(t))]
    # "招多少个研究生": the people counted are asked for by their number (研究生人数), not as a thing.
    asked_for = [t + amount_word if amount_word == "人数" and t[-1] in _PERSON_CHARS else t for t in asked_for]
    members, one_member = _members_of(own if language == "zh" else reading)
    how_clause = next((c for c in _HOW_CLAUSE_CUT_RE.split(own) if _HOW_WORD_RE.search(c)), "")
    added = _addends(own, corpus) if arithmetic == "sum" else []
    all_summed = _sum_of_all(own) or _sum_of_all(typed)
    return Plan(
        text=text, query=query, language=language, intent=intent, terms=terms,
        # "在哪一条" after "江苏专利奖多久评一次" asks where the answer to that is: its asked detail (多久) stays.
        focus_terms=own_terms, parts=parts, outside=outside_places(query),
        asked=_asked(own) or (_asked(query) if leans_back else []),
        premise=premise, request="quote" if _QUOTE_RE.search(own) else
        "location" if _LOCATION_RE.search(own) else None,
        arithmetic=arithmetic,
        corrections=corrections, declined=declined, followup=followup,
        # 法规处, 宣教那边: the department's full name finds its items; one asserted is checked, not searched for.
        expansions=expansions(terms) + ([] if premise else
                                        [d for d, written in named_departments.items() if written != d]),
        departments=named_departments,
        # "《知识产权动态速递》是哪项措施的第几条" asks where the task list names it, not what it says; "…工作规范，
        # 省局原文和责任部门给一下" asks for the item naming it, which has a level and a department.
        about_content=bool(_CONTENT_RE.search(text)) and not _ITEM_REF_RE.search(text) and not _LOCATION_RE.search(own)
        and not (intent.department or intent.level),
        dense_query=dense_query,
        asks_amount=asks_amount, amount_word=amount_word, benefit_word=benefit, benefit_subject=subject,
        asked_for=asked_for, abroad=elsewhere,
        how_clause=how_clause, how_level=intent_of(how_clause, corpus).level if how_clause else None,
        # "…在清单里怎么提到的" asks the item's words (a quote), not how a thing is done.
        asked_whether=[w for w in (_whether(own, elsewhere) if language == "zh" else how_abroad(text, elsewhere))
                       if not _QUOTE_RE.search(w)],
        level_switch=leans_back and own_level is not None, own=own,
        reference=item_reference(own, corpus) if language == "zh" else None,
        quoted=[q.strip() for q in _QUOTED_RE.findall(text) if q.strip()],
        yes_no=bool(_YES_NO_RE.search(text if language == "en" else own)),
        claim=_claim(own, premise) if language == "zh" else [],
        statement=_statement(own) if language == "zh" else None,
        contrary=_contrary(own, confirmed, premise) if language == "zh" else None,
        comparison=_comparison(own, premise) if language == "zh" and arithmetic is None else [],
        members_of=members, one_member=one_member, place_located=_place_located(own) if language == "zh" else "",
        # "工业品牌项目两个加起来": two of one thing, not the item's two amounts.
        # "金银优秀奖三个都拿了": three grades, each won once, not one prize three times.
        grades=(grades := _grades(own) or _grades(typed) if arithmetic == "sum" else []),
        times=(times := _times(own, added) if arithmetic == "sum" and not grades else 0),
        sum_of_all=0 if times else all_summed,
        amounts_counted=_amounts_counted(own) if arithmetic == "sum" else 0,
        addends=_turns_added(standalone, text, all_summed) if arithmetic == "sum" and leans_back else
        added if arithmetic == "sum" else
        _compared(own, corpus) if arithmetic in ("ratio", "difference") else [],
        extremes=arithmetic == "difference" and bool(_EXTREMES_RE.search(own)),
        split_asked=asks_amount and bool(_SPLIT_ASKED_RE.search(own)),
        described=_self_described(own) if language == "zh" else [],
    )
