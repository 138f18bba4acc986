"""The one reading of a question: preambles, typos, parts, premises, requests, English."""

from __future__ import annotations

import pytest

from assistant.english import amounts, asked_words, chinese_reading, unknown_acronyms
from assistant.plan import (
    ItemReference,
    Statement,
    frequencies,
    item_reference,
    names_new_subject,
    read_question,
    split_parts,
    strip_preamble,
    subject_of_its_own,
)
from assistant.question import departments_named, expansions, intent_of, key_terms, term_covered
from assistant.spelling import Speller

CORPUS = ("“苏知贷”政银合作子产品，省风险补偿基金承担80%。专利导航服务基地。江苏专利奖金奖30万元。"
          "中国专利金奖100万元。高价值专利培育示范中心。知识产权服务处。产业促进处。小巨人。工作站专家顾问制度。")


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller(CORPUS)


def read(text: str, speller: Speller):  # type: ignore[no-untyped-def]
    return read_question(text, text, speller, frozenset({"知识产权服务处", "产业促进处"}))


@pytest.mark.parametrize(("asked", "left"), [
    ("有家企业打电话来问，苏知贷风险怎么分", "苏知贷风险怎么分"),
    ("展会上别人抄我家产品 谁来管 语音转文字的不好意思", "展会上别人抄我家产品，谁来管"),
    ("不好意思打扰了，苏知贷归哪个处，谢谢", "苏知贷归哪个处"),
    ("另外问一下，专利导航归哪个处", "专利导航归哪个处"),
    ("同事让我查：苏知贷归哪个处", "苏知贷归哪个处"),
    ("老板让我问下，公司能评知识产权示范企业不", "公司能评知识产权示范企业不"),
    ("老板叫我问问，拿专利去银行贷款，银行要担几成", "拿专利去银行贷款，银行要担几成"),
    ("主任要我确认一下：苏知贷归哪个处", "苏知贷归哪个处"),
    ("上面让我整理省局在人才培养方面的措施，有哪些", "省局在人才培养方面的措施，有哪些"),
    ("俺们有几个商标挺出名的，能进重点商标保护名录不", "俺们有商标挺出名的，能进重点商标保护名录不"),  # a few
    ("我们有几个名额", "我们有几个名额"),  # asked: no clause follows
    # the few someone sends, before the clause that asks; a count when the later clause asks which ones
    ("老板想让几个技术骨干去学学知识产权管理，省里有没有培训基地", "老板想让技术骨干去学学知识产权管理，省里有没有培训基地"),
    ("省里让几个城市配合试点，是哪几个", "省里让几个城市配合试点，是哪几个"),
    ("想拉几家上下游组个联盟，省里支持不", "想拉上下游组个联盟，省里支持不"),
    ("想把几家同行拉一起搞个专利池，政府给不给指导", "想把同行拉一起搞个专利池，政府给不给指导"),  # 把, 给不给
    ("苏知贷风险怎么分", "苏知贷风险怎么分"),
    # someone who asked, introduced by a classifier: 园区 is who asks, not what about
    ("有个园区问专利池的事，市里层面原文是怎么写的", "专利池的事，市里层面原文是怎么写的"),
    ("有家律所问：知识产权鉴定机构这块，设区市要做哪些事", "知识产权鉴定机构这块，设区市要做哪些事"),
    ("有个问题问一下：苏知贷归哪个处", "苏知贷归哪个处"),
    ("有个人问题很多，能申请维权援助吗", "有个人问题很多，能申请维权援助吗"),  # 问题 is no asking
    ("工作站的同事问一下：开放许可试点是哪个处牵头的", "开放许可试点是哪个处牵头的"),  # the verb's 一下 too
    ("有人问下个月能申报吗", "下个月能申报吗"),  # 下 of 下个月 is the question's
    # an introduction announcing the questions, closed by a colon; not one naming the subject
    ("你好，我是苏州一家企业的法务，想确认两件事：苏知贷谁负责？保险谁负责？", "苏知贷谁负责？保险谁负责？"),
    ("我们是做芯片的，想咨询一下：布图设计能质押吗", "布图设计能质押吗"),
    ("技术调查员的事想了解一下：谁负责", "技术调查员的事想了解一下：谁负责"),
    # dialects' closing particles: 伐 asks as 吗 does, 撒 only colours the clause
    ("苏知贷能贷伐", "苏知贷能贷吗"),
    ("侬晓得伐，苏知贷出了坏账银行要赔几成", "苏知贷出了坏账银行要赔几成"),  # a marker first, then the particle
    # a few who mean to do something, not a count asked
    ("厂里几个老师傅想学学知识产权，有没有培训基地可以去", "厂里老师傅想学学知识产权，有没有培训基地可以去"),
    ("行业里几家大厂想抱团搞个知识产权联盟，省里什么态度", "行业里大厂想抱团搞个知识产权联盟，省里什么态度"),
    # a time feared is some day, no time asked
    ("老板想给专利上份保险，防着哪天被人告侵权，有哪几家保险公司", "老板想给专利上份保险，防着某天被人告侵权，有哪几家保险公司"),
    # what the askers are, of a few people: no count asked
    ("我们是几个人的小作坊，请不起代理师写专利，有没有谁做援助", "我们是小作坊，请不起代理师写专利，有没有谁做援助"),
    ("弄个知识产权工作站，市里头给不给钱撒", "弄个知识产权工作站，市里头给不给钱"),
    # what the asker has in hand, a few, before the clause that asks
    ("俺们公司手里有几件发明专利，想去银行押一押，省里有啥说法", "俺们公司手里有发明专利，想去银行押一押，省里有啥说法"),
    # a relayed saying, and how staff want the answer set out, are not asked
    ("老板说想评个省里的知识产权示范企业，有这回事不", "想评个省里的知识产权示范企业，有这回事不"),
    ("行刑衔接工作规范归哪几个处管，请注明省级还是市级", "行刑衔接工作规范归哪几个处管"),
    # a figure recalled, closing a question that asks nothing else, asks to confirm it
    ("示范中心运行期考评拿了良好，我记得能奖40万", "示范中心运行期考评拿了良好，我记得能奖40万，对吗"),
    ("听说苏知贷银行担两成，那省里呢", "听说苏知贷银行担两成，那省里呢"),  # asks something else
    ("我一直以为地理标志项目只给100万", "我一直以为地理标志项目只给100万，对吗"),  # taken for granted
    # whom the staff gather it for
    ("给无锡市局整理：清单里点到无锡的条目", "清单里点到无锡的条目"),
    ("替领导汇总一下，苏知贷的比例", "苏知贷的比例"),
])
def test_a_preamble_is_not_part_of_the_question(asked: str, left: str) -> None:
    assert strip_preamble(asked) == left


@pytest.mark.parametrize(("typed", "term"), [("苏知袋", "苏知贷"), ("专利导行", "专利导航"), ("小居人", "小巨人"),
                                            ("风险不偿基金", "风险补偿基金")])  # 不 among a long term's characters
def test_a_same_sounding_typo_of_a_corpus_term_is_read_as_the_term(speller: Speller, typed: str, term: str) -> None:
    plan = read(f"{typed}是哪个处负责", speller)
    assert term in plan.query and [(c.typed, c.term) for c in plan.corrections] == [(typed, term)]


def test_a_particle_glued_into_a_guessed_word_is_a_typo_of_the_terms_character() -> None:
    # jieba guesses 银将 as one word: its 将 is no "will" but 奖 mistyped (jiang); the 的 of 的收入 stands alone.
    plan = read("企业拿到中国外观设计银将后给多少钱", Speller("对获得中国外观设计金奖、银奖、优秀奖的，分别给予奖励。"))
    assert [(c.typed, c.term) for c in plan.corrections] == [("银将", "银奖")]
    # a verb glued so is meant: 各是 (each is) is no 各市
    assert read("金奖和银奖的奖励各是多少", Speller("各市组织遴选。对获得金奖、银奖的给予奖励。")).corrections == []


def test_everyday_words_are_not_corrected(speller: Speller) -> None:
    assert read("我想问一件事：苏知贷归哪个处", speller).corrections == []
    # 的 reads dí too, but a particle typed is a particle meant
    assert read("援助对发明人的收入标准是多少", Speller("无收入或者低收入的发明人")).corrections == []
    # An asking or negating character typed is meant: 哪天 (nǎ/lǎ tiān) is no 蓝天, 发不 no 发布.
    words = Speller("知识产权代理蓝天专项行动。定期发布统计报告。")
    assert read("江苏专利奖申报截止日期是哪天", words).corrections == []
    # A real word read as a term only if the question is the corpus's otherwise or meets the term in an item:
    # 限行 beside 今天 (the corpus's nowhere) is no 先行; 苏知袋 alone is 苏知贷, and 网点 meets 信息 in its item.
    context = Speller("推动高校先行开展学科试点。建设“苏知贷”政银合作子产品。知识产权信息公共服务网点100家。")
    plan = read("南京今天限行吗", context)
    assert plan.corrections == [] and [(c.typed, c.term) for c in plan.declined] == [("限行", "先行")]  # traced
    assert [c.term for c in read("苏知袋是哪个处负责", context).corrections] == ["苏知贷"]
    assert [c.term for c in read("信息服务网店今天有多少家", context).corrections] == ["网点"]
    # A word the lexicon reads (网店 is 电商) is corrected only by a word meeting the term in an item, even when
    # the rest of the question is the corpus's (平台): the asker of "开网店的，平台上" sells online.
    shop = Speller("知识产权信息公共服务网点100家。\n电子商务平台知识产权保护管理。")
    assert [(c.typed, c.term) for c in read("我是开网店的，平台上老被人抄", shop).declined] == [("网店", "网点")]
    # A word of jieba's typed is meant unless the term with a character beside it is the corpus's: 知识产权
    # meets 网点 in its item, but neither 开网点 nor 网点的 is written; 服务网点 is.
    assert [(c.typed, c.term) for c in read("开网店的，店铺知识产权管理有国家标准吗", shop).declined] == [("网店", "网点")]
    assert [c.term for c in read("知识产权服务网店有多少家", shop).corrections] == ["网点"]
    assert read("省里发不发年度报告", words).corrections == []
    # A function word typed among four of a longer term's own characters is a typo (将 for 奖).
    prize = Speller("每两年开展一届江苏专利奖评选，对获得金奖的给予30万元奖励。")
    assert [c.term for c in read("要是评上江苏专利将的金奖，能领多少", prize).corrections] == ["江苏专利奖"]


def test_two_questions_in_one_become_two_parts() -> None:
    assert [p.text for p in split_parts("苏知贷归哪个处，专利导航又归哪个处？", "")] == ["苏知贷归哪个处", "专利导航又归哪个处"]
    assert [p.text for p in split_parts("江苏专利奖金奖和中国专利金奖分别奖多少", "")] == \
        ["江苏专利奖金奖分别奖多少", "中国专利金奖分别奖多少"]
    # grades of one prize, and a question about both levels, stay one part
    assert len(split_parts("示范中心绩效评价优秀和良好各奖多少", "")) == 1
    assert len(split_parts("省局和各设区市在知识产权证券化上各做什么", "")) == 1


def test_a_predicate_word_inside_the_first_subject_does_not_stop_the_split() -> None:
    parts = split_parts("国家地理标志产品保护示范区奖励加上高价值专利培育示范中心支持，总共多少", "")
    assert len(parts) == 2 and parts[1].text.startswith("高价值专利培育示范中心")


def test_things_coordinated_as_the_object_of_one_act_are_one_part() -> None:
    # 资金 of 周转资金 is inside a word: no predicate with 想拿商标 and 专利去银行换点周转 as its subjects.
    assert len(split_parts("想拿商标和专利去银行换点周转资金，省里有没有牵线搭桥让银行跟企业见面的活动", "")) == 1
    assert "对接" in expansions(["牵线搭桥"])  # matching banks with firms: the items' 对接


def test_a_clause_without_a_subject_asks_about_the_one_before() -> None:
    parts = split_parts("高价值专利培育示范中心给多少，归哪个处", "")
    assert len(parts) == 2 and parts[1].terms == parts[0].terms and parts[1].intent.department


def test_a_clause_without_a_subject_asks_about_the_topic_the_question_opens_on() -> None:
    # Not about the 考核评价 the part before asks: the cities' support of the workstations.
    parts = split_parts("对知识产权工作站，省局那头怎么考核评价，设区市这头给什么支持", "")
    assert len(parts) == 2 and parts[1].terms == ["知识产权工作站"] and parts[1].intent.level == "city"
    assert "那头" not in parts[0].terms  # a pointing word, as 那边 is


def test_a_detail_named_in_a_context_clause_is_not_asked(speller: Speller) -> None:
    assert read("江苏专利奖要准备哪些材料", speller).asked[0].label == "申报材料"
    assert read("海外布局前的评估要我们自己掏钱吗", speller).asked[0].label == "费用"  # paying is a fee asked
    # …but money a public body pays is a support asked for: no fee.
    assert read("小县城的土特产想申报地理标志，市里会不会掏钱扶一把", speller).asked == []
    assert read("申请地理标志，政府肯不肯掏腰包", speller).asked == []
    assert not read("帮我确认一下江苏专利奖金奖的奖金数，企业要写进申报材料里", speller).asked
    assert not read("江苏专利奖金奖多少，企业要写进申报材料里", speller).asked
    # The asker's own 材料 asks for none: its kind or list is what is asked (要交哪些材料, 材料清单).
    assert not read("材料里写的是2025年前建成两百家网点，帮我确认一下", speller).asked
    assert read("申报示范中心要提交什么", speller).asked[0].label == "申报材料"


def test_what_a_question_asks_for_is_read(speller: Speller) -> None:
    assert read("运营中心要配套多少自有资金", speller).asked_for == ["自有资金"]
    assert read("苏知贷的贷款额度是多少", speller).asked_for == ["贷款"]  # 额度 names the amount
    assert read("苏知贷的风险补偿比例是多少", speller).asked_for == ["风险补偿"]
    assert read("银行承担多少比例本金损失", speller).asked_for == ["本金损失"]  # the amount word first
    assert read("示范中心的评审标准是什么", speller).asked_for == ["评审标准"]
    assert read("江苏专利奖多少钱", speller).asked_for == [] and read("苏知贷怎么样", speller).asked_for == []
    assert read("中国专利奖推荐有名额限制吗", speller).asked_for == ["名额限制"]
    assert read("保护中心备案要交钱吗", speller).asked[0].label == "费用"
    # How long a status or certificate holds is its validity, a time of its own (not 几年 评一次).
    for text in ["省级知识产权示范企业认定下来管几年", "这块牌子能挂多少年有效", "登记证书几年要续"]:
        assert "有效期" in [a.label for a in read(text, speller).asked], text
    assert [a.label for a in read("江苏专利奖几年评一次", speller).asked] == ["时间或频率"]
    # Years a thing has run (开了几年) say when, in the asker's story; they ask nothing.
    assert not read("示范中心开了几年，考核拿了个良好，还能再奖点啥不", speller).asked
    assert read("苏知贷对企业有没有规模要求？", speller).asked_for == ["规模要求"]
    assert read("在国外被抢注商标了，有人管不", speller).asked_for == []  # 有人: someone, not a thing
    # Whether the text says a thing (有没有说, 有提到…吗, 写没写): the thing is what the saying verb is of.
    assert read("专硕点清单有没有说每届招生规模", speller).asked_for == ["每届招生规模"]
    assert read("文件有提到示范中心的验收标准吗", speller).asked_for == ["验收标准"]
    assert read("写没写示范中心的验收标准", speller).asked_for == ["验收标准"]
    assert read("票面利率省里有没有规定个区间", speller).asked_for == ["区间"]
    assert read("清单有没有提到苏知贷", speller).asked_for == ["苏知贷"]  # not a thing called 提到苏知贷
    # An amount asked of a target (硬指标, 考核目标) asks the amount of what the target is of.
    assert read("一年办班人次的硬指标是多少", speller).asked_for == ["人次"]
    assert read("示范中心的评审标准是什么", speller).asked_for == ["评审标准"]  # a standard asked, not an amount
    # A level's duties (职责) are its items, no thing of their own.
    assert read("站里来电问展会维权，市里这块职责原文是怎么写的", speller).asked_for == []
    # A way to do an act asks whether the act is provided for: no thing called 办法走快一点.
    assert read("专利审得太慢了，有没有办法走快一点", speller).asked_for == []
    # The thing ends where an act done a little begins; a bound is no thing.
    assert read("想学专利检索，有没有比赛练练手", speller).asked_for == ["比赛"]
    assert read("有没有专家帮帮忙", speller).asked_for == ["专家"]
    assert read("申报要企业年营收多少以上", speller).asked_for == []
    assert read("示范中心申报对企业年营收有啥要求", speller).asked_for == ["营收"]  # what a requirement is of
    assert read("导航基地绩效优秀能拿到几万块奖金", speller).asks_amount  # 几万 asks an amount
    # A demonstrative inside the thing points back at what the clause before named.
    assert read("想找机构做鉴定，政府有培育这种机构不", speller).asked_for == ["培育机构"]
    assert [a.label for a in read("奖金要交税吗", speller).asked] == ["税收"]
    assert [a.label for a in read("进了重点商标保护名录的企业能减免多少税", speller).asked] == ["税收"]
    plan = read("员工发明的专利归个人还是归单位，有没有试点说法", speller)
    assert plan.asked_whether == ["是归个人还是归单位"] and plan.asked_for == ["试点"]  # alike sides; 说法 frames
    # So does the policy's plan for a thing, however qualified: the items' words answer it.
    assert read("鉴定机构省里培育的思路是什么", speller).asked_for == []
    assert read("专利导航基地省里的总体安排是什么", speller).asked_for == []
    # A pause before 还是 does not part the sides.
    assert read("示范中心的钱是一次给齐，还是按进度分批拨付", speller).asked_whether == ["是一次给齐还是按进度分批拨付"]
    assert read("奖金是发给单位，还是直接发给发明人个人", speller).asked_whether == ["是发给单位还是直接发给发明人个人"]
    # The clause asking is the one closing on 不; the fee before it is context: "…费用太高，有人免费帮忙不".
    assert read("搞研发的小微企业请代理费用太高，有人免费帮忙不", speller).asked == []


def test_an_asserted_figure_department_or_frequency_is_a_premise(speller: Speller) -> None:
    premise = read("苏知贷省基金承担70%，是知识产权服务处管的，对吗？", speller).premise
    assert premise and [f.text for f in premise.figures] == ["70%"] and premise.departments == ["知识产权服务处"]
    assert read("江苏专利奖是每年评一次吧？", speller).premise.frequencies == ["每年"]  # type: ignore[union-attr]
    assert read("江苏专利奖金奖多少", speller).premise is None
    assert read("江苏专利奖是每年评一次的对吧，金奖30万", speller).premise.frequencies == ["每年"]  # type: ignore[union-attr]
    assert read("示范中心评价良好给50万，对不", speller).premise is not None  # 对不, 真的假的 ask to confirm too
    assert read("听说江苏专利奖银奖奖励25万，真的假的", speller).premise is not None
    assert read("我记得发明人奖是两万块，记对了没有", speller).premise is not None  # 记对了没有, 没记错吧 too
    # Asking whether one got it wrong asks to confirm what was said.
    for asked in ("苏知贷我理解是知识产权服务处在管，有没有搞错", "江苏专利奖一年评一届，是不是我弄错了",
                  "发明人奖两万块，我记错了没"):
        assert read(asked, speller).premise is not None, asked
    assert read("中国专利奖好像是两年才推荐一回吧", speller).premise.frequencies == ["每两年"]  # type: ignore[union-attr]
    assert read("奖金是两年内一次性发放吧", speller).premise is None  # 一次性 is no frequency
    # 是不是 before the amount it asks to confirm, mid-sentence; it denies nothing.
    premise = read("苏知贷是不是银行承担20%", speller).premise
    assert premise is not None and [f.text for f in premise.figures] == ["20%"] and premise.unjudged == []
    assert read("苏知贷是不是所有企业都能贷", speller).premise is None
    # Tenths are shares: 七成 before 本金 is 70%, as 八成 is 80%; 成本 (cost) is no share.
    premise = read("苏知贷1000万以下省基金担七成本金，是吗", speller).premise
    assert premise is not None and "70%" in [f.text for f in premise.figures]
    # A count of bodies in Chinese numerals is a figure asserted; a bare 一家 is an article, none.
    premise = read("外国专利代理机构在苏落地的是四家吧", speller).premise
    assert premise is not None and [f.text for f in premise.figures] == ["4家"]
    assert read("有一家企业问苏知贷是知识产权服务处管的吧", speller).premise.figures == []  # type: ignore[union-attr]
    assert read("江苏专利奖是不是每年评一次", speller).premise.frequencies == ["每年"]  # type: ignore[union-attr]
    assert read("专利导航基地是不是归产业促进处统筹的", speller).premise.departments == ["产业促进处"]  # type: ignore[union-attr]
    assert read("江苏专利奖评审专家都是哪些人", speller).asked_for == ["专家"]
    assert read("江苏专利奖评审委员会是由哪些专家组成的", speller).asked_for == ["专家"]  # 组成的 describes them
    assert read("海外纠纷应对指导工作站设在哪些国家", speller).members_of == "国家"
    assert read("专利导航推广的是哪个国家标准", speller).members_of == ""  # a standard, not countries


def test_a_statement_that_asks_nothing_is_a_premise_to_check(speller: Speller) -> None:
    # No question word, no request: what it states is to be checked, however it closes.
    premise = read("律所同事讲江苏专利奖是每年评一次的，我得跟客户确认下", speller).premise
    assert premise is not None and premise.frequencies == ["每年"]
    premise = read("示范中心绩效评价良好给20万，我们按这个做预算了", speller).premise  # 预算 requests nothing
    assert premise is not None and [f.text for f in premise.figures] == ["20万"]
    assert read("这边以为开放许可试点归产业促进处管", speller).premise.departments == ["产业促进处"]  # type: ignore[union-attr]
    # A request, a total or a question word asks for something: no premise.
    assert read("帮我查一下江苏专利奖金奖30万的那一条", speller).premise is None
    assert read("金奖30万和银奖20万加起来", speller).premise is None
    assert read("示范中心250万加良好30万合计280万？", speller).premise is not None  # a question mark asks to confirm
    assert read("江苏专利奖金奖30万是哪个处发", speller).premise is None


def test_a_confirmation_s_statement_says_how_much_a_party_bears(speller: Speller) -> None:
    for text, said, extent in [("利息损失是省基金和银行一起承担的吧", "利息损失是省基金和银行一起承担的", "shared"),
                               ("本金损失全部由合作银行承担，是吧", "本金损失全部由合作银行承担", "whole"),
                               ("利息损失由合作银行承担吗", "利息损失由合作银行承担", ""),
                               ("本金损失是银行担大头吧", "本金损失是银行担大头", "most"),
                               ("银行只承担利息损失，本金不用管，是吧", "银行只承担利息损失", "only")]:
        statement = read(text, speller).statement
        assert statement is not None and (statement.text, statement.extent) == (said, extent), text
    assert read("利息损失不由银行承担吧", speller).statement is None  # negated
    assert read("运营中心那150万是一次性到账还是分批给", speller).premise is None  # an alternative asks
    # A negation in a condition says when, not what is asserted.
    statement = read("贷款的利息要是收不回来，这块损失是省里的基金来兜的吧", speller).statement
    assert statement is not None and statement.text.endswith("这块损失是省里的基金来兜的")
    assert read("省基金不用承担利息损失，对吧", speller).statement == Statement("省基金承担利息损失", "", True)
    premise = read("运营中心项目支持不超过150万，不是250万，对吗", speller).premise
    assert premise is not None and premise.denied == ["250万"] and premise.below == []
    premise = read("江苏专利奖是不是每年评吧", speller).premise  # 是不是 asks; it denies nothing
    assert premise is not None and premise.denied == []
    assert read("外观设计优秀奖不到20万吧", speller).premise.below == ["20万"]  # type: ignore[union-attr]
    assert read("银奖比金奖少，对吗", speller).comparison == ["银奖", "金奖", "less"]


def test_a_doubled_one_character_verb_is_no_term_but_a_doubled_noun_is(speller: Speller) -> None:
    assert read("信用上会不会管管他们", speller).terms == ["信用"]  # 管管: 管 done a little
    assert "人人" in read("人人都能申请苏知贷吗", speller).terms
    # Doubled around 不, a verb the lexicon reads is a term (考 → 考核); one it does not read (管) is not.
    assert read("各市保护工作省里考不考", speller).terms == ["保护", "考"]
    assert read("信用上管不管", speller).terms == ["信用"]


def test_a_distributive_before_a_verb_or_an_asking_word_is_no_term(speller: Speller) -> None:
    assert read("第十一项措施省里和市里各写了什么", speller).reference == ItemReference(11, None, None, [])
    assert read("省基金和银行承担的本金损失比例各是多少", speller).asked_for == ["本金损失"]  # no 比例各
    assert "各地" in read("各地的保护中心有哪些", speller).terms  # 各地 names places
    # Which and how many (哪几个, 几家) and a level alone (地级市) name nothing asked about.
    assert read("证券化这事，省里点名了哪几个地方，地级市自己要怎么做", speller).terms == ["证券化"]
    plan = read("知识产权评议具体靠哪家机构来做", speller)
    assert (plan.members_of, plan.one_member) == ("机构", True)
    assert read("各设区市在第十二项措施里要做的三件事是什么", speller).reference == ItemReference(12, "city", None, [])
    assert read("江苏专利奖金奖是中国专利金奖的几分之几", speller).arithmetic == "ratio"
    # 算下来 says the figure is worked out; 多少倍 asks a ratio, not a sum (aq059).
    assert read("都是江苏专利奖，银奖的奖金算下来是发明人奖的多少倍", speller).arithmetic == "ratio"
    # "几个…活动里，…" names the few things among which the question asks: no count is asked (aq096).
    assert not read("几个知识产权交流活动里，无锡和南京分别负责哪个", speller).asks_amount
    # "管不管这摊事" acts on the matter named before it: no thing of its own is asked whether (aq003).
    assert read("想把本地的牌子做成区域品牌，市里管不管这摊事", speller).asked_whether == []
    assert read("省里给不给报住宿", speller).asked_whether == ["是否报住宿"]
    # Who is responsible for the item named asks of the item, not of a subject within it.
    assert read("第二十项措施市里那条责任主体是谁", speller).reference == ItemReference(20, "city", None, [])
    assert read("第十九项措施省局有哪些举措", speller).reference == ItemReference(19, "province", None, [])
    assert [a.label for a in read("专利代理援助服务一件收多少钱", speller).asked] == ["费用"]
    assert [a.label for a in read("外国人报考专利代理师，要交多少考试费", speller).asked] == ["费用"]
    assert read("小公司没啥钱，专利申请费能找谁援助下", speller).asked == []  # the fee is what help is for
    assert read("调解经费纳入预算了吗", speller).asked == []  # 经费 is funding
    assert read("苏知贷谁负责", speller).statement is None  # no confirmation asked


def test_a_group_whose_members_are_asked_for_is_read(speller: Speller) -> None:
    assert read("苏知贷的合作银行是哪几家", speller).members_of == "合作银行"
    assert read("知识产权证券化试点支持哪些城市", speller).members_of == "城市"
    # A city is asked for as 市 too, and by a count: "哪两个市" asks for two names, "哪个市" for one.
    assert (read("哪两个市配合", speller).members_of, read("哪两个市配合", speller).one_member) == ("市", False)
    assert read("证券化试点在哪个市", speller).one_member
    assert read("哪个市场最大", speller).members_of == ""
    assert read("重点商标保护名录是哪个处指导各市建立的", speller).members_of == ""  # a department asked
    assert read("省局在知识产权金融方面有哪几条措施", speller).members_of == ""  # measures, not named bodies
    # Counted first, asked after: "点了几个重点城市…，是哪几个".
    assert read("证券化那条点了几个专利转化重点城市，是哪几个", speller).members_of == "专利转化重点城市"


def test_asking_what_a_body_does_is_a_listing(speller: Speller) -> None:
    assert read("知识产权金融方面省局做了哪些事", speller).intent.listing
    assert not read("哪些城市支持证券化", speller).intent.listing
    assert read("省局在知识产权协同保护方面有几条措施", speller).intent.listing
    # "都要做些啥" (fresh42 at096): what it does, its items
    assert read("提升知识产权治理能力那一项，省里都要做些啥", speller).intent.listing
    plan = read("非正常专利申请在清单里哪些条目出现过", speller)  # where, every place
    assert (plan.request, plan.intent.listing, plan.asked_for) == ("location", True, [])


def test_requests_and_arithmetic_are_read(speller: Speller) -> None:
    assert read("把苏知贷那条的原文发给我", speller).request == "quote"
    assert read("苏知贷那条是怎么写的", speller).request == "quote"
    # How the asker should write or say something of their own asks for no wording of the policy.
    assert read("复审理由书该怎么写才容易过", speller).request is None
    assert read("跟银行要怎么说才能贷到苏知贷", speller).request is None
    assert read("苏知贷出自哪一项措施", speller).request == "location"
    assert read("清单里凡是点到苏州的条目都有哪些", speller).request == "location"
    assert read("江苏专利奖金奖加上中国专利金奖一共多少", speller).arithmetic == "sum"
    # Two things each won, and the amount asked, ask what both bring; "分别" asks each.
    assert read("示范区和重点联系指导项目都批了，最多拿多少", speller).arithmetic == "sum"
    assert read("示范区和重点联系指导项目都批了，分别拿多少", speller).arithmetic is None
    assert read("江苏专利奖四个奖项全拿，一共多少", speller).sum_of_all == 4
    assert read("拿了两个优秀奖外加一个发明人奖，一共多少", speller).addends == ["拿了两个优秀奖", "一个发明人奖"]
    plan = read("运营中心项目拿满再加地理标志项目拿满，能拿多少", speller)  # 再加 adds; 再加强 does not
    assert plan.arithmetic == "sum" and plan.addends == ["运营中心项目拿满", "地理标志项目拿满，能拿多少"]
    assert read("苏知贷再加强宣传能贷多少", speller).arithmetic is None
    # 又 before winning again joins two things won; a grade written into the prize's name (江苏专利金奖, as the
    # corpus writes 中国专利金奖) is read as the corpus names it (江苏专利奖金奖).
    plan = read("拿了中国专利银奖又拿了江苏专利金奖，两笔奖励加起来多少", speller)
    assert len(plan.addends) == 2 and plan.addends[1].startswith("拿了江苏专利奖金奖")
    plan = read("同一项专利拿了江苏专利奖金奖，发明人又拿了发明人奖，合计多少钱", speller)  # 又 after the winner
    assert plan.addends == ["同一项专利拿了江苏专利奖金奖", "发明人又拿了发明人奖"]
    # A clause pointing back at the ones before ("两个一共多少") adds nothing of its own.
    plan = read("立项的示范中心拿满，运营中心项目也拿满，两个一共多少", speller)
    assert plan.addends == ["立项的示范中心拿满", "运营中心项目也拿满"]
    # a kind both sides are, said once before the comparison
    assert read("同样是金奖，中国专利奖的比江苏专利奖的高出多少钱", speller).addends == ["中国专利奖金奖", "江苏专利奖金奖"]
    assert "江苏专利奖金奖" in read("江苏专利金奖多少钱", speller).query
    assert "中国专利金奖" in read("中国专利金奖多少钱", speller).query  # the corpus's own name stays
    # One thing won more than once is summed that many times; two things named are two addends.
    assert read("江苏专利奖金奖拿了两次，一共多少", speller).times == 2
    plan = read("工业品牌项目两个加起来最多能拿多少", speller)
    assert (plan.times, plan.sum_of_all) == (2, 0)  # two of one thing, not the item's two amounts
    assert read("江苏专利奖金奖和银奖两个加起来多少", speller).times == 0
    assert read("江苏专利奖银奖拿两个，一共多少", speller).times == 2  # the count closes its clause
    # What the count does may be named at length before 都 (aq060).
    assert read("我们牵头的两个示范中心运行期绩效评价都是良好，省里一共奖多少", speller).times == 2
    # The amounts the asker says a sum adds, read once for the composer's check of what it found.
    assert read("两个项目都评上了银奖，另外有位同事拿了发明人奖，三笔加总", speller).amounts_counted == 3
    assert read("两件评上银奖，一件评上优秀奖，这三项奖金合计多少", speller).amounts_counted == 3
    assert read("这三项措施分别由哪个处负责", speller).amounts_counted == 0  # no sum asked
    assert read("两位同事拿了江苏专利奖发明人奖，一共多少", speller).times == 2  # people counted
    assert read("三个县都获批了示范区，奖励加起来最多多少", speller).times == 3  # each of a count doing it
    assert read("中国专利金奖拿了两项，一共奖多少", speller).times == 2  # a count won
    assert read("江苏专利奖两个奖都拿了，一共多少", speller).times == 0  # two prizes, not one twice
    assert read("两个工业品牌项目都立项了，最多一共支持多少", speller).times == 2
    assert len(read("江苏专利奖金银优秀加发明人奖全拿了，总共多少", speller).grades) == 4  # 加 joins grades too
    plan = read("If two of our engineers each win a Jiangsu Patent Award silver prize, what is the total bonus?", speller)
    assert (plan.arithmetic, plan.times) == ("sum", 2)
    plan = read("Is it right that the fund covers only half of the principal loss for loans under 10 million yuan?", speller)
    assert plan.premise is not None and [f.text for f in plan.premise.figures if f.kind == "percent"] == ["50%"]
    assert read("网点的数量目标是多少", speller).asked_for == []  # amount words name no thing
    assert read("省级示范企业每年认定多少家名额", speller).asked_for == ["名额"]  # past its classifier
    plan = read("江苏专利奖金、银、优秀奖三个都拿了，合计多少", speller)  # three grades, not one prize thrice
    assert (plan.grades, plan.times) == (["金奖", "银奖", "优秀奖"], 0)
    assert read("金银优秀奖各一个，一共多少", speller).grades == ["金奖", "银奖", "优秀奖"]
    # Grades counted as grades (档, 等) rather than as prizes: still the three, each once.
    assert read("外观设计金银优秀三个档都拿了，各一个，总计奖多少", speller).grades == ["金奖", "银奖", "优秀奖"]
    assert read("江苏专利奖金奖一共多少", speller).grades == []  # one grade enumerates nothing
    # The result a difference computes is no thing an item must state.
    assert "差额" not in read("中国专利金奖和江苏专利奖金奖的奖金差额是多少", speller).asked_for
    assert read("中国专利金奖比江苏专利奖金奖多多少", speller).arithmetic == "difference"
    assert read("示范中心评价优秀比良好多给多少", speller).arithmetic == "difference"
    assert read("示范中心绩效评价优秀比良好多几万", speller).arithmetic == "difference"
    assert read("一笔500万的苏知贷出了风险，银行比省基金少掏多少本金", speller).arithmetic == "difference"  # borne less
    assert read("江苏专利奖好像一年一评，是不是", speller).premise.frequencies == ["每年"]  # type: ignore[union-attr]
    assert read("想出海申请专利，省里有没有编啥申请指南", speller).asked_for == ["申请指南"]  # 编啥 asks
    assert read("科研人员想拿到职务成果的所有权，有这方面试点吗", speller).asked_for == ["试点"]  # 这方面 points back
    assert "多久" not in read("What is the reward when a demonstration center is rated excellent?", speller).own
    assert "多久" in read("How frequently does the Jiangsu Patent Award run?", speller).own
    assert "多久" in read("Is the patent award an annual competition?", speller).own
    assert not read("帮我找一下《知识产权动态速递》那条的原文", speller).about_content  # the item, not the document
    assert not read("《知识产权动态速递》是哪项措施的第几条", speller).about_content  # where it is named
    # A level and a department are the item's: the item naming the document is asked for.
    assert not read("企业咨询高价值专利培育工作规范，省局原文和责任部门给一下", speller).about_content
    assert read("《高价值专利培育工作规范》的具体内容是什么", speller).about_content
    assert read("江苏专利奖金奖和中国专利金奖一起拿，最多多少", speller).arithmetic == "sum"  # 最多多少 is no difference
    assert read("苏知贷贷了两千万，省基金承担多少", speller).arithmetic == "share"
    assert read("苏知贷1000万以下的，省基金承担多少", speller).arithmetic is None  # a tier, not the asker's amount
    assert read("苏知贷贷了500万，省基金承担80%对吗", speller).arithmetic is None  # a premise to check


def test_a_sum_s_grades_and_count_are_read_from_what_was_typed_when_a_correction_breaks_them() -> None:
    speller = Speller(CORPUS + "健全信用管理工作机制。中国外观设计金奖50万元。")
    plan = read("中国外观设计金银优秀三个奖全拿，省里一共奖多少", speller)
    assert [c.term for c in plan.corrections] == ["健全"]  # 奖全 sounds like 健全, which the corpus uses
    assert (plan.grades, plan.sum_of_all) == (["金奖", "银奖", "优秀奖"], 3)


def test_an_english_question_gets_the_policys_chinese_words(speller: Speller) -> None:
    plan = read("Which department is in charge of the Suzhidai program?", speller)
    assert plan.language == "en" and "苏知贷" in plan.terms and plan.intent.department
    assert not plan.dense_query and "苏知贷" in plan.query  # the embedding reads the English with the Chinese words


def test_an_english_question_about_the_cities_asks_at_city_level(speller: Speller) -> None:
    plan = read("Who investigates trademark infringement in the cities?", speller)
    assert plan.intent.level == "city" and "查处" in plan.terms
    assert read("What does local government do about patent navigation?", speller).intent.level == "city"


def test_who_bears_a_loss_asks_for_the_party_not_a_department(speller: Speller) -> None:
    plan = read("Who bears the interest loss under Suzhidai?", speller)
    assert "谁承担" in plan.query and not plan.intent.department
    assert read("Who is responsible for Suzhidai?", speller).intent.department


def test_the_lexicon_reads_degree_programmes_and_ratings() -> None:
    reading = chinese_reading("Which universities apply for the master's programme, and when will they enrol students?")
    assert "专业硕士学位点" in reading and "招生" in reading
    assert "良好" in chinese_reading("What is the reward for a good rating of a centre?")
    # how often, in English: the policy's 每两年 (fresh40 ar086); not "every year", which asks whether it is
    # yearly ("Is the award held every year?") and would read as a yearly time no item states
    often = chinese_reading("Does Jiangsu hold its own provincial patent award annually or biennially?")
    assert "江苏专利奖" in often and "每两年" in often


def test_a_fee_of_a_named_kind_is_read_as_that_fee_and_named_in_the_askers_words() -> None:
    # 补费 (a fee subsidy) states no application fee: the kind of fee is what is asked.
    text = "What is the application fee for the IP securitization pilot?"
    assert "申请费" in chinese_reading(text) and asked_words(text, "申请费") == "application fee"
    assert asked_words("What are the annual fees for a loan?", "年费") == "annual fees"  # plural as written


def test_the_lexicon_reads_a_subsidy_s_rate_as_the_detail_asked() -> None:
    # The rate of an interest subsidy is a detail asked of it (贴息比例), not the subsidy alone (贴息).
    assert "贴息比例" in chinese_reading("What is the interest subsidy rate for IP pledge loans?")
    assert "保费" in chinese_reading("Is there a subsidy rate for IP insurance premiums?")


def test_a_fund_that_bears_a_loss_is_named_not_asked_for() -> None:
    # fresh42 at086: the compensation fund's share of the principal, not funding asked
    reading = chinese_reading("Of the unpaid principal, how much in percent falls on the provincial compensation fund?")
    assert "风险补偿基金" in reading and "本金损失" in reading and "什么比例" in reading
    assert "资金支持" not in reading
    assert "资金支持" in chinese_reading("Is there any fund for patent navigation?")  # funding asked


def test_the_lexicon_reads_a_prize_s_grades_and_english_comparisons() -> None:
    reading = chinese_reading("What is the total for winning both the Jiangsu Patent Gold and Silver awards?")
    assert "江苏专利奖金奖" in reading and "银奖" in reading
    assert "相差多少" in chinese_reading("How much more is the China Patent Gold Award than the Jiangsu one?")
    assert "几倍" in chinese_reading("How many times the silver award is the gold award?")


def test_short_names_of_institutions_are_read_as_the_full_names(speller: Speller) -> None:
    assert "南京理工大学和江苏大学" in read("专硕点支持的是南理工和江大吧", speller).query
    assert "东大街" in read("南京东大街有知识产权工作站吗", speller).query  # 东大 only as a word of its own


def test_a_teacher_is_a_researcher_and_copying_is_infringement_in_the_policy_s_words() -> None:
    assert term_covered("老师", "赋予科研人员职务科技成果所有权或者长期使用权试点")
    assert term_covered("照着", "依法查处侵权假冒行为")
    assert term_covered("亏损", "合作银行承担20%的贷款本金损失风险")  # a loss borne (fresh40 ar055)
    assert "人管" not in key_terms("展会上有没有人管这个")  # 有没有人管 asks who, as 谁管 does


def test_the_bureau_addressed_is_whom_asked() -> None:
    # 省局里, 厅里: no thing the items must name (fresh41 as131)
    assert "局里" not in key_terms("推进落实技术调查员管理办法，省局里是谁牵头")


def test_being_accused_abroad_is_a_dispute_to_answer() -> None:
    # 在国外被人告, 被外国公司起诉: 被告 (纠纷 应对, the overseas dispute-response centres); at home, a 纠纷 only
    assert "被告" in key_terms("我们在国外被人告侵权了，有没有地方帮忙维权")
    assert "被告" in key_terms("公司在海外被起诉了专利侵权，江苏有没有能帮我们出主意的机构")
    assert "被告" not in key_terms("被人恶意告专利侵权，能不能请政府帮忙鉴定一下")
    # beside a place abroad, 国内 is the asker's side, no term (fresh36 an005 cited 收集国内外知识产权信息 by it)
    assert "国内" not in key_terms("老外那边发来律师函说我们侵权，国内有没有专门给出主意的中心")
    assert "国内" in key_terms("国内标准制定有啥支持")


def test_whether_a_way_works_is_asked_and_cash_flow_is_financing() -> None:
    assert "行得通" not in key_terms("老板想拿去银行押点钱周转，行得通伐")
    assert term_covered("周转", "推动知识产权质押融资")
    # A verb the lexicon reads keeps its reading with a complement (押给); a half read as a synonym counts.
    assert "押" in key_terms("厂子资金周转不开，专利能不能押给银行")
    assert term_covered("资金周转", "给予资金支持，推动质押融资")


def test_putting_patents_up_for_anyone_to_use_reads_as_open_licensing() -> None:
    # 挂出去/挂出来: one word each, the way owners speak of offering a licence to all comers.
    assert "开放许可" in expansions(key_terms("公司想把专利挂出去谁用谁付点钱"))
    assert "开放许可" in expansions(key_terms("听人说专利可以公开挂出来谁想用谁用"))


def test_a_named_institution_is_one_thing_of_its_kind() -> None:
    # Not covered by the halves of another university's name; searched for by the kind the policy writes of.
    assert not term_covered("南京大学", "支持南京理工大学、江苏大学申报专业硕士学位点")
    assert "高校院所" in expansions(["南京大学", "专利"]) and "高校院所" not in expansions(["专利"])


def test_hearsay_and_a_verb_jieba_tags_as_a_place_name_nothing(speller: Speller) -> None:
    assert key_terms("听说有个评议的说法，省里谁在搞") == ["评议", "说法"]
    assert read("想上马新产线，会不会有专利风险", speller).abroad == []  # 上马: to launch, not the place


def test_what_is_done_in_speech_is_no_subject_but_a_count_is_kept() -> None:
    assert "评个" not in key_terms("老板想评个省里的知识产权示范企业，给不给钱")  # 评 + 个, said in passing
    assert "两个" in key_terms("银奖两个奖加起来多少")  # a count, which a sum reads
    assert key_terms("村口开了个知识产权工作站，那到底管啥的") == ["村口", "知识产权工作站"]  # 开 + 了 + 个; 到底 presses
    assert key_terms("几家大厂想搞个知识产权联盟，省里什么态度") == ["大厂", "知识产权联盟"]  # a stance asked
    assert key_terms("听说能拿专利去借钱，是真的不") == ["专利", "借钱"]  # 真的 asks whether it holds


def test_a_verb_jieba_cuts_from_its_complement_keeps_its_reading_but_a_noun_does_not() -> None:
    assert "押" in key_terms("商标能拿去银行押着贷款不")  # 押 / 着, as 押给
    assert key_terms("钱到了没有") == []  # 钱 / 到: a noun arriving, no act
    assert key_terms("") == key_terms("，") == []


def test_a_word_led_by_the_askers_own_is_the_rest_of_it() -> None:
    assert key_terms("公司老总想系统学学知识产权") == ["老总", "知识产权"]  # 公司老总 is a word of jieba's


def test_what_the_asker_sets_aside_is_no_subject_of_the_question(speller: Speller) -> None:
    plan = read("除了专利商标，我们的地理标志能拿去银行押着贷款不", speller)
    assert "地理标志" in plan.terms and not {"专利", "商标"} & set(plan.terms)
    assert "快速预审" not in read("保护中心除了快速预审，还提供哪些快速服务", speller).terms
    assert "专利" in read("除了专利", speller).terms  # nothing else asked: what is named stays


def test_a_ceo_and_a_course_are_read_as_the_policy_s_words(speller: Speller) -> None:
    reading = chinese_reading("Our CEO would like to attend an IP course for senior managers.")
    assert "高管" in reading and "培训" in reading
    # 专门 (dedicated) names no thing.
    assert "专门" not in key_terms("有没有专门的班")


def test_a_fund_and_defending_rights_are_read_as_the_policy_s_words() -> None:
    reading = chinese_reading("Is there a fund to help companies defend their IP rights overseas?")
    assert "基金" in reading and "维权" in reading
    assert "基金" not in chinese_reading("Does the province fund IP alliances?")  # to fund is to support


def test_ip_qualifying_a_word_inside_a_lexicon_phrase_does_not_break_it() -> None:
    assert "公共服务" in chinese_reading("Is there a list of public IP services?")
    assert "产业知识产权联盟" in chinese_reading("Does the province fund IP alliances?")


def test_british_spellings_read_as_the_lexicon_s_words() -> None:
    assert "运营中心" in chinese_reading("Maximum support for building an industrial IP operation centre in a park?")
    assert "目录" in chinese_reading("Is there a catalogue of IP-intensive industries?")  # lexicon's own spelling
    assert "目录" in chinese_reading("Is there a catalog of IP-intensive industries?")


def test_an_english_question_asking_for_money_names_the_benefit(speller: Speller) -> None:
    assert read("Is there any subsidy for building a patent navigation service base?", speller).benefit_word == "补贴"
    # "maximum" asks a ceiling, an amount: so does 最高.
    assert read("What is the maximum support for a geographical indication project?", speller).asks_amount
    assert read("What support do universities get for IP degree programs?", speller).benefit_word == ""
    plan = read("Is there support for companies to join international standard setting?", speller)
    assert not plan.intent.listing and "标准制定" in plan.own  # whether there is support, not a listing


def test_a_city_s_name_is_no_negation_and_which_items_is_no_figure(speller: Speller) -> None:
    plan = read("南京、苏州、无锡三地配合开展专利代理对外开放试点，对吧", speller)
    assert plan.statement is not None  # 无 of 无锡 negates nothing
    # The cities helping the province (配合省局) name no level; the one guiding the cities (指导各市) is the province.
    assert read("专利代理对外开放试点是苏州和无锡配合省局开展的，对吧", speller).intent.level is None
    assert read("指导各市建立重点商标保护名录是谁负责", speller).intent.level == "province"
    assert read("市里配合省局做什么", speller).intent.level == "city"
    assert read("苏知贷不由合作银行承担吧", speller).statement is None
    assert not read("商标品牌指导站出现在哪几条", speller).intent.figure
    assert not read("江苏专利奖那一条是第几条", speller).intent.figure
    assert read("示范中心奖励有几档", speller).intent.figure
    # a money word heading a longer word names what it does (the firm's cash flow): no figure asked
    assert not read("厂子资金周转不开，专利能不能押给银行", speller).intent.figure
    assert read("省里奖补资金有没有", speller).intent.figure and read("能拿多少钱", speller).intent.figure
    # money the asker lacks (没钱, 出不起钱) says who asks, no figure asked (fresh16 d011 was answered with the
    # 3家 of the measure's only item stating a figure); money asked for is one still
    assert not read("小作坊没钱请代理，申请专利有没有人帮衬", speller).intent.figure
    assert not read("厂子小，出不起钱请代理，专利申请谁能搭把手", speller).intent.figure
    assert read("市里给不给钱", speller).intent.figure


def test_a_city_word_inside_words_an_item_writes_is_what_the_item_says() -> None:
    # "纳入设区市高质量发展考核": the question quotes the province's item (纳入省对设区市高质量发展绩效评价考核指标), whose
    # 设区市 is what the province assesses, not the level asked; the same words unquoted ask the cities' duty.
    quoting = Speller("继续推动将专利质量指标纳入省对设区市高质量发展绩效评价考核指标。")
    assert read("把专利质量指标纳入设区市高质量发展考核那条的责任部门", quoting).intent.level is None
    assert read("设区市高质量专利培育谁负责", quoting).intent.level == "city"
    assert read("纳入设区市高质量发展考核那条，市里谁负责", quoting).intent.level == "city"
    # a city's own work as its item names it is still the city level
    own = Speller("鼓励有条件的地方开展市级知识产权示范企业培育认定工作。")
    # every reading of a level takes the corpus: each part of a question, and a measure named by number
    parts = split_parts("纳入设区市高质量发展考核归哪个处，苏知贷归哪个处", quoting.corpus_text)
    assert [p.intent.level for p in parts] == [None, None]
    reference = item_reference("第十七项措施纳入设区市高质量发展考核讲的啥", quoting.corpus_text)
    assert reference is not None and reference.level is None
    assert read("市级知识产权示范企业每家奖多少", own).intent.level == "city"


def test_a_helping_clause_is_no_thing_asked_for_and_matchmaking_reads_as_the_policy_s_words(speller: Speller) -> None:
    plan = read("手上的专利想卖掉换点钱，有没有地方帮撮合", speller)
    assert plan.asked_for == [] and "供需对接" in plan.expansions  # 地方帮撮合: someone to help, not a thing


def test_a_person_s_question_relayed_is_a_preamble_and_a_procedure_is_asked(speller: Speller) -> None:
    assert read("老板问能不能给县里的企业也搞专利转化，市里管不管", speller).own.startswith("能不能")
    assert [a.label for a in read("江苏专利奖评审流程是怎样的", speller).asked] == ["流程"]


def test_a_pointing_word_frames_and_tax_asked_by_amount_is_a_tax(speller: Speller) -> None:
    assert read("想找专家当工作站顾问，市里有这个制度不", speller).asked_for == ["制度"]
    assert [a.label for a in read("个人专利转让要交多少税", speller).asked] == ["税收"]


def test_is_it_so_confirms_a_premise(speller: Speller) -> None:
    assert read("专利转化专项计划每个项目不超过100万，是这样不", speller).premise is not None


def test_sums_spoken_and_lengths_asked_are_read(speller: Speller) -> None:
    assert read("江苏专利奖金奖、银奖、优秀奖三个加一块多少", speller).arithmetic == "sum"
    assert [a.label for a in read("技术调查员的聘期多长", speller).asked] == ["时间或频率"]
    assert [a.label for a in read("Can I get a tax refund for R&D expenses in China?", speller).asked] == ["税收"]


def test_what_money_may_be_spent_on_and_a_counted_unit_are_asked(speller: Speller) -> None:
    assert read("地理标志项目的资金能不能用于广告宣传", speller).asked_whether == ["是否用于广告宣传"]
    assert read("苏知贷的审批要多少个工作日", speller).asked_for == ["工作日"]  # past the classifier 个


def test_an_english_question_asking_whether_a_thing_is_supported_asks_of_support(speller: Speller) -> None:
    plan = read("Does the province support patent pools?", speller)
    assert plan.yes_no and plan.intent.support and "专利池" in plan.terms
    assert not read("Who supports patent pools?", speller).intent.support  # who, not whether


def test_an_english_question_asking_where_or_for_the_wording_is_a_request(speller: Speller) -> None:
    assert read("Where in the task list is the Su Zhi Dai measure?", speller).request == "location"
    assert read("Which measure is Su Zhi Dai in?", speller).request == "location"
    plan = read("Please give me the original text of the Su Zhi Dai item", speller)
    assert plan.request == "quote" and not plan.intent.figure  # "give me" asks for nothing given


def test_an_english_deadline_asked_by_date_is_the_deadline_detail(speller: Speller) -> None:
    plan = read("By what date must applications for the Jiangsu Patent Award be submitted?", speller)
    assert [a.label for a in plan.asked] == ["截止日期"]
    for text in ("What is China's standard corporate income tax rate?", "Is the Jiangsu Patent Award bonus taxed?"):
        assert [a.label for a in read(text, speller).asked] == ["税收"], text


def test_the_bilingual_lexicon_reads_plurals_and_the_measures_terms() -> None:
    reading = chinese_reading("Do open licenses or patent pools get funding in free trade zones?")
    assert {"开放许可", "专利池", "自贸区"} <= set(reading.split())


def test_an_english_question_s_amounts_bounds_and_confirmation_are_read(speller: Speller) -> None:
    assert amounts("a loan of 20 million yuan, RMB 300,000 or 2.5 million") == ["2000万元", "30万元", "250万元"]
    assert amounts("loans between 10 and 30 million") == ["1000万元", "3000万元"]  # the first million elided
    assert amounts("loans up to 10 million yuan, in 2024, 3 agencies") == ["1000万元以内"]  # a bound; no count
    plan = read("I borrowed 5 million yuan under Su Zhi Dai, how much loss does the fund bear?", speller)
    assert plan.arithmetic == "share" and "500万元" in plan.own
    assert read("What share does the fund bear for loans up to 10 million yuan?", speller).arithmetic is None
    plan = read("The Jiangsu Patent Award silver prize is 300,000 yuan, right?", speller)
    assert plan.premise is not None and [f.text for f in plan.premise.figures] == ["30万元"]
    assert "银奖" in plan.own  # a prize is an award
    assert read("Is there IP insurance support?", speller).premise is None


def test_a_benefit_for_something_is_read_with_its_subject(speller: Speller) -> None:
    plan = read("PCT国际专利申请每件资助多少？", speller)
    assert plan.benefit_word == "资助" and "专利申请" in plan.benefit_subject and plan.asks_amount
    assert "PCT" in plan.benefit_subject  # an acronym before the last two terms still names the subject
    assert read("苏知贷出了坏账银行要赔几成", speller).benefit_word == ""  # a share borne, no payout
    plan = read("Is there a subsidy for PCT international patent applications?", speller)
    assert (plan.benefit_word, plan.benefit_subject) == ("补贴", ["PCT"]) and "PCT" in plan.own
    assert read("Is there IP insurance support?", speller).benefit_subject == []  # IP is a word the lexicon knows


def test_a_frequency_is_read_in_any_of_its_shapes() -> None:
    assert frequencies("每两年开展一届江苏专利奖评选") == frequencies("两年评一届") == ["每两年"]
    assert frequencies("一年一次") == frequencies("年年都评") == frequencies("每年组织") == ["每年"]
    assert frequencies("三个月一次") == ["每三个月"] and frequencies("定期发布") == []
    assert frequencies("每半年才发一次") == ["每半年"]


def test_an_asserted_department_is_checked_not_searched_for() -> None:
    departments = frozenset({"知识产权服务处", "产业促进处"})
    plan = read_question("高价值专利培育是知识产权服务处负责的，对吧", "高价值专利培育是知识产权服务处负责的，对吧",
                         Speller("高价值专利培育"), departments)
    assert plan.premise is not None and plan.premise.departments == ["知识产权服务处"]
    assert "知识产权服务处" not in plan.query and "知识产权服务处" not in plan.terms
    assert plan.intent.department  # asserting a department asks which one it is
    # A body that is no item's department is asserted all the same, and checked; a level is not a body.
    for asked, body in (("苏知贷的责任部门是省财政厅吧", "省财政厅"), ("专利导航由科技厅负责，对吗", "科技厅")):
        plan = read_question(asked, asked, Speller("苏知贷"), departments)
        assert plan.premise is not None and plan.premise.departments == [body] and body not in plan.query
    plan = read_question("苏知贷是省知识产权局负责的吧", "苏知贷是省知识产权局负责的吧", Speller("苏知贷"), departments)
    assert plan.premise is None
    # A department shortened to the end of its name, which one department alone ends with.
    offices = departments | {"知识产权保护处", "政策法规处"}
    for asked, body in (("数据知识产权登记规则，是保护处在牵头研究的，对不", "知识产权保护处"),
                        ("登记规则是法规处研究的吧", "政策法规处")):
        plan = read_question(asked, asked, Speller("数据知识产权登记规则"), offices)
        assert plan.premise is not None and plan.premise.departments == [body], asked
    assert read_question("规则是哪个处研究的", "规则是哪个处研究的", Speller("规则"), offices).premise is None


def test_a_plus_between_two_subjects_is_a_sum_but_not_inside_a_word(speller: Speller) -> None:
    assert read("一个地理标志项目加一个工业品牌项目最多能拿多少", speller).arithmetic == "sum"
    assert len(split_parts(read("运营中心项目加示范中心项目一共多少", speller).query, speller.corpus_text)) == 2
    assert read("参加专利奖评选能拿多少", speller).arithmetic is None
    assert read("加强保护有多少资金", speller).arithmetic is None


def test_leading_asked_about_is_a_department_question_but_the_askers_own_lead_is_not(speller: Speller) -> None:
    assert read("麻烦查一下蓝天专项行动是哪个处牵头", speller).intent.department
    assert read("搞个产业专利池得谁牵头", speller).intent.department
    assert not read("我们园区想牵头搞运营中心，什么样的园区才行", speller).intent.department


def test_a_follow_up_s_own_asking_words_decide_what_it_asks(speller: Speller) -> None:
    # "淮安要做什么" after a department question asks what is done there, as "市里要做什么" does.
    plan = read_question("淮安要做什么", "地理标志条例是哪个处推动的 淮安要做什么", speller)
    assert not plan.intent.department
    plan = read_question("哪个处负责", "江苏专利奖金奖多少 哪个处负责", speller)
    assert plan.intent.department and not plan.intent.figure
    # A request for the wording or place asks it of the answer before, whatever that asked.
    assert read_question("原文怎么写", "江苏专利奖金奖多少 原文怎么写", speller).intent.figure


def test_who_pays_or_bears_asks_for_a_party_not_a_department(speller: Speller) -> None:
    for asked in ("知识产权维权援助基金谁来出钱", "这笔钱谁来兜底"):
        assert not read(asked, speller).intent.department, asked
    assert read("技术调查员谁来管", speller).intent.department


def test_a_follow_up_pointing_back_keeps_the_subject_before(speller: Speller) -> None:
    plan = read_question("市里有没有类似的", "高价值专利培育示范中心给多少钱 市里有没有类似的", speller)
    assert plan.followup == "joined to the question before" and not plan.dense_query
    assert plan.intent.level == "city"
    # A word pointing back (类似, 同样) names no subject of its own.
    assert not subject_of_its_own(["类似"]) and not subject_of_its_own(["同样", "市里"])


def test_a_clause_is_not_a_thing_asked_for_and_an_amount_is_named_with_what_it_is_of(speller: Speller) -> None:
    assert read("在国外被告侵权，有地方能求助吗", speller).asked_for == []  # 地方能求助 is a clause
    assert read("专利代理援助对发明人的收入标准是多少", speller).amount_word == "收入标准"
    assert read("开放许可奖补上限是多少万", speller).amount_word == "奖补上限"
    assert read("苏知贷省基金承担多少", speller).amount_word == "金额"
    # An interest subsidy is money of its own kind, named as asked; a support's other names are not.
    assert read("知识产权证券化产品发行有没有贴息，贴多少", speller).amount_word == "贴息"
    assert read("示范中心每个项目补贴多少", speller).amount_word == "金额"
    assert read("市里奖补按成交额的百分之几算", speller).amount_word == "比例"  # a share, not a sum
    # A rate asked by its own name is named so, however its figure is asked (几个点 as much as 多少).
    assert read("买证券化那种产品，投资回报率能有几个点", speller).amount_word == "投资回报率"
    # a bound asked of a business's quantity, then its figure: the quantity is what is unstated (fresh41 as023)
    assert read("组建示范中心，对合作企业的营业收入有没有下限，要多少", speller).amount_word == "营业收入"
    # …and asked without 多少 ("有没有定个下限", fresh42 at025): a figure of it is asked all the same
    plan = read("问清单里对单只产品的发行体量有没有定个下限", speller)
    assert plan.asks_amount and plan.amount_word == "规模"  # the policy's word for 体量
    assert read("知识产权保险的理赔率大概多少", speller).amount_word == "理赔率"  # one word, not 理 + 赔率
    assert read("证券化产品的违约率有没有要求，最高多少", speller).amount_word == "违约率"
    # …and a percentage asked of a thing named right before it as that thing's 比例 (once 比例); not of an act.
    assert read("想认购一只知识产权证券化的债券，它的票息大概几个点", speller).amount_word == "票息比例"
    assert read("我们走开放许可把专利许可出去了，市里按成交额返几个点给我们", speller).amount_word == "比例"
    assert read("知识产权工作站一年的运营经费有多少", speller).amount_word == "运营经费"  # money by its own name
    # A group counted and its members asked by the same measure word asks the names; a count alone is asked.
    assert not read("省局要办好的几场交流活动，分别是哪几场", speller).asks_amount
    assert read("省局每年办几场交流活动", speller).asks_amount
    # 截止到2025年 gives a date; 截止到哪天 asks one.
    assert [a.label for a in read("网点的数量目标，截止到2025年是多少家", speller).asked] == []
    assert "截止日期" in [a.label for a in read("苏知贷申请截止到哪天", speller).asked]
    # How big a sum of money is (资金盘子定了多大) asks its 规模; how strong a support is (支持力度有多大) asks no figure.
    plan = read("社会资本设的维权援助基金，资金盘子定了多大", speller)
    assert plan.asks_amount and plan.amount_word == "规模"
    assert not read("省里对专利奖的资金支持力度有多大", speller).asks_amount
    assert [a.label for a in read("江苏专利奖的奖金要交个税吗", speller).asked] == ["税收"]


def test_an_a_not_a_clause_asks_a_part_of_its_own(speller: Speller) -> None:
    parts = read("专利导航成果备案是哪个处管，市里要不要做", speller).parts
    assert len(parts) == 2 and parts[1].intent.level == "city" and parts[1].terms == parts[0].terms
    assert len(read("外国代表机构靠不靠谱，哪里能查", speller).parts) == 1  # 靠不靠谱: no light verb


def test_a_part_naming_only_a_grade_takes_the_subject_before_but_not_its_grade() -> None:
    parts = split_parts("示范中心项目最多250万，再加上评优秀的奖励，总共多少", "")
    assert len(parts) == 2 and {"示范", "中心", "优秀"} <= set(parts[1].terms)
    parts = split_parts("示范中心评优秀的奖励比评良好的多多少", "")
    assert "良好" in parts[1].terms and "优秀" not in parts[1].terms


def test_a_requirement_or_an_alternative_is_read_as_asked_whether(speller: Speller) -> None:
    assert read("知识产权运营中心验收不合格要退钱吗", speller).asked_whether == ["是否退钱"]
    assert read("苏知贷要不要抵押房产", speller).asked_whether == ["是否抵押房产"]
    # What must be had first ("要有…才能"), wherever the clause ends.
    assert read("技术调查员是不是要有高级职称才能当", speller).asked_whether == ["是否需要高级职称"]
    assert read("奖金是一次性发放还是分期？", speller).asked_whether == ["是一次性发放还是分期"]
    # "能…吗" asks whether a support exists, "要做什么" asks what is done, 评得好 is no modal of need.
    # "咋回事" asks what the thing is, which its item says: no act called 回事.
    for asked in ("外国代理所能来江苏开分号吗", "市里要做什么", "工作站评得好有啥说法没", "非正常申请到底咋回事"):
        assert read(asked, speller).asked_whether == [], asked


def test_a_measure_and_item_named_by_number_are_read() -> None:
    assert item_reference("第十二项措施省局第6条讲的啥", "") == ItemReference(12, "province", 6, [])
    assert item_reference("（九）里面各设区市第2条是什么内容", "") == ItemReference(9, "city", 2, [])  # 里面 says where
    assert item_reference("第五项措施里苏知贷银行承担多少", "") == ItemReference(5, None, None, ["苏知贷", "银行"])
    # Asking for a number, or a number of another kind, names no measure.
    for text in ("苏知贷在第几项措施", "第十八届中国（无锡）国际设计博览会", "力争到2025年"):
        assert item_reference(text, "") is None, text


def test_a_part_asking_only_with_ne_is_asked_the_way_the_part_before_was() -> None:
    parts = split_parts("苏知贷是哪个处负责，证券化又是哪个处，保险呢", "")
    assert len(parts) == 3 and all(p.intent.department for p in parts)
    parts = split_parts("江苏专利奖金奖多少，银奖呢", "")
    assert len(parts) == 2 and parts[1].intent.figure


def test_gen_joins_two_subjects_only_when_both_are_asked_of_or_worked_on_together() -> None:
    parts = split_parts("运营中心每个项目的上限跟示范中心每个项目的上限，相差多少钱", "")
    assert [p.text for p in parts] == ["运营中心每个项目的上限相差多少钱", "示范中心每个项目的上限相差多少钱"]
    assert len(split_parts("我们企业想让专利跟标准搭一块儿，省里支持不", "")) == 1  # one thing done with another


def test_a_coordinator_inside_a_name_the_corpus_writes_does_not_split() -> None:
    corpus = "对省商标品牌培育和保护计划工业品牌项目、地理标志项目，分别给予支持。产业集群品牌和地理标志培育工作。"
    assert len(split_parts("商标品牌培育和保护计划的地理标志项目最多支持多少", corpus)) == 1
    assert len(split_parts("商标品牌和地理标志分别支持多少", corpus)) == 2  # the text coordinates them too
    # Names the text writes apart from its own coordination of them are two subjects.
    prizes = "推荐参评中国专利奖和江苏专利奖。每年推荐参评中国专利奖。每两年开展一届江苏专利奖评选。"
    assert [p.text for p in split_parts("中国专利奖和江苏专利奖分别多久评一次", prizes)] == \
        ["中国专利奖分别多久评一次", "江苏专利奖分别多久评一次"]


def test_a_part_naming_only_a_level_asks_of_the_subject_before_at_that_level() -> None:
    parts = split_parts("企业高管培训项目是省里哪个处负责的，市里要配合做什么", "")
    assert len(parts) == 2 and parts[1].intent.level == "city" and "高管" in parts[1].terms
    parts = split_parts("专利代理对外开放试点，省里要推几家外国机构落地，哪两个市配合", "")  # no level word: its own
    assert parts[1].terms == ["两个", "配合"]


def test_a_sums_clauses_are_its_addends_where_a_coordinator_would_mix_them(speller: Speller) -> None:
    # 又 after 进入运行期 would cut "…满额支持，进入运行期" from "评了优秀": each clause is one thing won.
    plan = read("示范中心立项拿了满额支持，进入运行期又评了优秀，两笔加起来多少", speller)
    assert plan.addends == ["示范中心立项拿了满额支持", "进入运行期又评了优秀"]
    assert [p.text for p in plan.parts] == ["示范中心立项拿了满额支持加起来多少", "进入运行期又评了优秀加起来多少"]
    # Working it out (算下来) before the total is no thing won.
    plan = read("拿了江苏专利奖金奖的那个项目，发明人顺带捧了个发明人奖，算下来省里一共奖多少", speller)
    assert plan.addends == ["拿了江苏专利奖金奖的那个项目", "发明人顺带捧了个发明人奖"]
    assert "运行期" in read("立项顶格的钱加上运行期评良好的奖励，总计多少", speller).terms  # the item's word
    # A thing won besides another (之外) is an addend of its own; clauses pointing back at the things (这两笔) or at
    # the one winner (同一个项目) add none.
    plan = read("同一个项目，金奖之外发明人还拿了发明人奖，这两笔江苏专利奖加在一块是多少", speller)
    assert plan.addends == ["金奖", "发明人还拿了发明人奖"]


def test_a_city_named_beside_the_province_asks_both_levels(speller: Speller) -> None:
    plan = read("南京国际知识产权金融创新中心，省里和南京市各干什么", speller)
    assert plan.intent.both_levels and plan.intent.level is None
    assert read("南京市的企业，省里有什么支持", speller).intent.level == "province"  # where the asker is


def test_two_levels_named_by_one_character_each_ask_both_levels(speller: Speller) -> None:
    for asked in ("专利导航这块，省、市两级分别要做哪些工作", "专利导航这块，省市两级分别要做哪些工作"):
        plan = read(asked, speller)
        assert plan.intent.both_levels and len(plan.parts) == 1, asked


def test_parts_asking_at_different_levels_ask_the_whole_question_at_none(speller: Speller) -> None:
    plan = read("外国专利代理机构来设办事机构，要落地几家？地方上谁配合", speller)
    assert [p.intent.level for p in plan.parts] == [None, "city"] and plan.intent.level is None
    assert read("专利代理对外开放试点，地方上谁配合", speller).intent.level == "city"  # one part: its level
    # A first clause saying who asks, not asking itself, leaves the question at the level of the one that does.
    assert read("家里几亩地种的大米想申请个地标，市里有啥扶持", speller).intent.level == "city"


def test_fresh5s_failures_read_generally(speller: Speller) -> None:
    assert read("老板想去读个知识产权硕士，哪些学校能招", speller).asked_for == ["学校"]  # not 学校能招
    assert read("企业高管培训一期多少天", speller).amount_word == "天数"
    assert read("苏知贷审批一般要几个工作日", speller).amount_word == "工作日数"
    assert read("推荐名额每个市几个", speller).asked_for == ["名额"]  # past the per phrase
    assert read("推荐名额每个市几个", speller).amount_word == "数量"
    assert read("示范中心申报要多少家企业联合", speller).amount_word == "数量"  # a count of firms, not money
    assert read("江苏专利奖有几个奖项", speller).asked_for == []  # 几个 counts 奖项, which follows


def test_who_to_report_to_asks_a_department_but_who_benefits_does_not(speller: Speller) -> None:
    assert read("在展会上看到有人卖假货，能举报给谁", speller).intent.department
    assert not read("专利代理援助是给谁的", speller).intent.department
    assert "不让" not in read("厂里想弄个专利池跟同行共享，省里让不让", speller).terms  # an A-not-A asks


def test_a_closing_ask_for_the_total_is_no_part_of_its_own() -> None:
    parts = split_parts("中国专利优秀奖和外观设计优秀奖各多少？一共多少？", "")
    assert [p.text for p in parts] == ["中国专利优秀奖各多少", "外观设计优秀奖各多少"]  # not a third 外观设计优秀奖


def test_a_ratios_first_side_may_be_the_clause_before_its_comparing_word(speller: Speller) -> None:
    plan = read("高价值专利培育示范中心的立项封顶，相当于产业知识产权运营中心项目封顶的多少倍", speller)
    assert (plan.arithmetic, plan.addends) == ("ratio", ["高价值专利培育示范中心的立项封顶", "产业知识产权运营中心项目封顶"])


def test_asking_whether_it_is_so_or_written_right_confirms_what_is_said(speller: Speller) -> None:
    for asked in ("统计简报我一直以为是产业促进处在编印，是不是这样", "报销单上把江苏专利奖银奖写成了二十五万，这个数是不是写对了",
                  "苏知贷是服务处负责的，我说对了吗",
                  # asking whether it was written wrong or mixed up (fresh40 ar040, ar042)
                  "申报书里我写了示范中心每个项目能拿到150万元，这个数有没有写错",
                  "朋友以为展会知识产权保护办法归知识产权服务处牵头起草，是不是搞混了",
                  # remembered crossed or the wrong way round (fresh41 as048)
                  "我一直以为统计简报是产业促进处负责印发，是不是我记岔了", "统计简报归产业促进处，我是不是记反了",
                  # whether what one wrote is all right (fresh42 at042)
                  "我写通稿时写的是：展会知识产权保护办法由省局会同科技部门研究制定，这样写没问题吧"):
        assert read(asked, speller).statement is not None, asked


def test_put_together_is_a_sum_and_higher_by_some_ten_thousands_a_difference(speller: Speller) -> None:
    assert read("两个项目拿了江苏专利奖金奖和银奖，两笔奖金合一块儿是多少", speller).arithmetic == "sum"
    assert read("中国专利金奖的奖励比江苏专利奖金奖高出几十万", speller).arithmetic == "difference"
    # money given out more, with its directional complement (多给出去): fresh40 ar052
    assert read("中国专利金奖比江苏专利奖金奖，省里多给出去多少钱", speller).arithmetic == "difference"


def test_the_thing_the_last_coordinated_subject_has_is_each_one_s(speller: Speller) -> None:
    # "发明专利和实用新型的名额各占多少" asks each one's 名额, a count no amount states (fresh40 ar022).
    plan = read("江苏专利奖评审时发明专利和实用新型的名额各占多少", speller)
    assert [p.text for p in plan.parts] == ["江苏专利奖评审时发明专利的名额各占多少", "实用新型的名额各占多少"]
    assert plan.amount_word == "名额"
    # an act done of them (的建设) is what is asked of both together, not each one's thing
    assert split_parts("保护中心和快速维权中心的建设分别谁负责", "")[0].text == "保护中心分别谁负责"
    # a thing of one word: not the 话银行 that jieba leaves after 之间的
    assert "的话" not in split_parts("余额在1000万和3000万之间的话银行担多少", "")[0].text


def test_an_english_alternative_asserts_neither_side(speller: Speller) -> None:
    assert read("Does Jiangsu hold its own provincial patent award annually or biennially?", speller).premise is None
    assert read("Is the Jiangsu patent award held every two years or not?", speller).premise is not None


def test_a_split_asked_of_the_askers_own_loan_is_worked_out(speller: Speller) -> None:
    for asked in ("贷了两千万，这个风险咋个分法", "What is the risk split for a Su Zhi Dai loan of 20 million yuan?"):
        assert read(asked, speller).arithmetic == "share", asked


def test_asking_how_a_risk_is_split_asks_every_partys_share_and_no_act(speller: Speller) -> None:
    plan = read("找银行贷800万，还不上的话风险咋分摊的", speller)
    assert (plan.arithmetic, plan.split_asked, plan.asked_whether) == ("share", True, [])
    assert not read("贷了800万，银行担多少", speller).split_asked  # one party's share


def test_a_word_pointing_back_at_what_was_described_asks_for_no_thing(speller: Speller) -> None:
    assert read("小公司想找人免费帮忙申请专利，有这种好事吗", speller).asked_for == []
    assert read("苏知贷有没有这类专利导航", speller).asked_for == ["专利导航"]  # a thing the corpus names


def test_a_difference_and_a_count_of_items_are_read_in_their_usual_words(speller: Speller) -> None:
    assert read("工业品牌项目比地理标志项目少支持多少", speller).arithmetic == "difference"
    plan = read("中国专利银奖减去江苏专利奖银奖剩多少", speller)
    assert plan.arithmetic == "difference" and plan.addends == ["中国专利银奖", "江苏专利奖银奖"]
    plan = read("外观设计银奖和外观设计优秀奖的差额", speller)
    assert plan.arithmetic == "difference" and plan.addends == ["外观设计银奖", "外观设计优秀奖"]
    plan = read("中国外观设计金奖是优秀奖的几倍", speller)
    assert plan.arithmetic == "ratio" and plan.addends == ["中国外观设计金奖", "优秀奖"]
    plan = read("江苏专利奖金奖拿了，中国专利奖也拿了金奖，两个奖差多少", speller)  # the two clauses before 两个奖
    assert plan.arithmetic == "difference" and plan.addends == ["江苏专利奖金奖拿了", "中国专利奖也拿了金奖"]
    assert read("中国专利金奖、银奖、优秀奖的奖励总和", speller).arithmetic == "sum"
    assert read("单户贷款余额最高多少能有风险补偿", speller).arithmetic is None  # the ceiling, not a difference
    assert item_reference("第三项措施市级一共几条", "") == ItemReference(3, "city", None, [])  # a count, no subject


def test_a_clause_saying_what_the_asker_lacks_asks_nothing(speller: Speller) -> None:
    plan = read("我们这小公司没啥钱，专利申请费能找谁援助下", speller)  # 没啥钱: "not much money"
    assert len(plan.parts) == 1 and "小公司" in plan.terms  # a word of its own, not 这小 + 公司
    assert "法子" not in read("专利卖不出去，放那吃灰，省里有啥法子", speller).terms  # an asking word


def test_words_that_only_look_like_asking_are_not_read_as_asking(speller: Speller) -> None:
    assert read("高校的老师搞出来的成果，所有权能给个人不", speller).asked_for == []  # the 有 of 所有权
    assert read("有名额限制吗", speller).asked_for == ["名额限制"]
    assert read("申报示范中心，企业年营收要达到多少", speller).asked_for == ["营收"]
    assert read("江苏专利奖的评审专家都是谁", speller).asked_for == ["评审专家"]
    assert read("知识产权运营中心项目验收标准是什么", speller).asked_for == ["验收标准"]  # 标准 frames 验收
    assert read("苏知贷负责的是什么", speller).asked_for == []  # nothing between 的 and 是什么 (it once raised)
    assert read("技术调查员省级抓什么、设区市办案时又怎么用上", speller).asked_for == []  # 办案时: when, not what
    # What the amount gets the asker is no thing asked for; a thing after 多少 is.
    assert read("苏知贷单户最多贷多少享受风险补偿", speller).asked_for == []
    assert read("申请苏知贷要多少注册资金", speller).asked_for == ["注册资金"]
    # A thing pointed back at ("这样的班子") is the asker's name for what was described, when the corpus lacks it.
    assert "班子" not in read("我们高管想去充电学知识产权，省里有没有这样的班子", speller).asked_for
    assert read("知识产权证券化产品发行规模要达到多少", speller).amount_word == "规模"  # a quantity by its name
    assert read("维权援助基金的规模有多大", speller).amount_word == "规模"  # …and 有多大 asks it too
    plan = read("运营中心项目要求园区面积多大", speller)  # an area's size is an amount asked, by its name
    assert (plan.asks_amount, plan.amount_word) == (True, "面积")
    for asked in ("导航基地办公面积要多大", "导航基地要多大的办公面积"):  # with 要 between, or before its noun
        plan = read(asked, speller)
        assert (plan.asks_amount, plan.amount_word) == (True, "面积"), asked
    assert read("保护中心备案企业的名额有多少", speller).amount_word == "名额"
    assert read("专利导航项目做完要交多少页报告", speller).amount_word == "页数"  # pages, not money
    assert not read("阿拉厂里专利好几件，听讲可以押给银行贷款，省里有啥政策", speller).asks_amount  # 好几: several
    # A bare 几个 after money talked of asks how much (几个钱); without money it asks a count.
    assert read("拿了中国外观设计优秀奖省里还另外给钱，给几个", speller).amount_word == "金额"
    assert read("示范中心能评几个", speller).amount_word == "数量"
    assert read("外观设计得了中国的金奖，省里奖励是多少个数", speller).amount_word == "金额"  # 多少个数: how much
    assert "这边" not in read("江苏这边能领多少奖金", speller).benefit_subject  # a pronoun says where, not what
    assert "要多久" in read("How long does the Jiangsu Patent Award review take?", speller).own
    assert read("知识产权证券化试点只支持南京，对吗", speller).claim == []  # an "only" words cannot confirm
    plan = read("我们几个企业想抱团搞个联盟，省里让备案不", speller)  # the askers counted, not a count asked
    assert not plan.asks_amount and not plan.intent.figure
    assert read("高新技术企业认定需要几项专利", speller).asks_amount  # a count asked…
    for asked in ("展会知识产权保护办法在第几项措施", "省局有哪几项工作"):  # …not a place, not a listing
        assert not read(asked, speller).asks_amount, asked
    assert read("提升创新主体知识产权管理水平，省里有哪几条", speller).intent.listing


def test_an_acronym_inside_a_term_the_lexicon_knows_is_that_term() -> None:
    assert unknown_acronyms("products under the China-EU agreement, and PCT filings") == ["PCT"]  # not EU


def test_sums_of_one_thing_won_by_several_and_of_each_of_a_count() -> None:
    speller = Speller(CORPUS)
    plan = read("运营中心一个项目封顶150万，两个园区各建一个，最多总共给多少", speller)
    assert (plan.arithmetic, plan.times) == ("sum", 2)  # the second clause says how many, it adds nothing
    assert read("江苏专利奖四个奖项每样拿一个，一共多少钱", speller).sum_of_all == 4
    # One of each grade counted (四个档次各拿一个): every amount summed, not one amount won four times.
    plan = read("假设一届江苏专利奖里，我们公司四个档次的奖各拿到一个，省里总共要发多少", speller)
    assert (plan.sum_of_all, plan.times) == (4, 0)


def test_a_closing_clause_asking_each_of_a_count_splits_into_the_things_named_before() -> None:
    parts = split_parts("一个项目拿了江苏专利奖金奖，另一个拿了中国专利金奖，两个奖省里分别给多少", "")
    assert [p.text for p in parts] == ["一个项目拿了江苏专利奖金奖，省里分别给多少", "另一个拿了中国专利金奖，省里分别给多少"]
    assert len(split_parts("拿了江苏专利奖金奖，三个奖分别给多少", "")) == 1  # the count does not match


def test_a_doubled_character_is_never_read_as_a_typo() -> None:
    text, corrections = Speller("每两年开展一届江苏专利奖评选").correct("江苏专利奖年年都评")
    assert (text, corrections) == ("江苏专利奖年年都评", [])


def test_a_typo_inside_a_word_jieba_only_guessed_is_corrected() -> None:
    # jieba guesses 苏知代出 as one word; it is in no dictionary, so 苏知代 may be read as 苏知贷.
    text, _ = Speller("设立“苏知贷”政银合作子产品").correct("苏知代出了坏账，省里和银行各担几成")
    assert text.startswith("苏知贷出了坏账")


def test_asking_to_list_and_asking_which_departments_are_read_as_such(speller: Speller) -> None:
    assert read("对外合作交流处负责的事项列出来", speller).intent.listing
    assert read("省局在自贸区方面要做哪几件事", speller).intent.listing
    assert read("把清单里责任部门写着产业促进处的任务逐条给我", speller).intent.listing  # item by item
    assert read("苏知贷的要求一条一条说给我听", speller).intent.listing
    assert read("各设区市在自贸区方面要做什么", speller).intent.listing  # what a body does on a topic
    assert not read("申请苏知贷要做什么", speller).intent.listing  # a procedure asked
    assert read("保护中心列入事业单位管理，哪些部门负责这事", speller).intent.department
    # An amount asserted in Chinese numerals (十万) is no term; 是这么回事吧 asks to confirm.
    assert read("听同行讲中国专利奖的优秀奖，江苏只配套十万，是这么回事吧", speller).terms == ["同行", "中国专利奖", "优秀奖", "配套"]
    # Thinking aloud and pointing words (寻思, 那些, 针对) frame a question, as 中不中 asks yes or no.
    assert read("俺寻思着把商标押出去贷款，中不中", speller).terms == ["商标", "贷款"]
    # "全部…列出来" asks for every item: neither word is what the items are about.
    plan = read("全部跟商标有关的措施列出来", speller)
    assert plan.intent.listing and plan.terms == ["商标"]


def test_help_for_us_is_asked_for_and_an_a_not_a_is_cut_off_before_segmentation(speller: Speller) -> None:
    assert "帮我们出主意" in read("江苏有没有能帮我们出主意的机构", speller).query  # not a request to the assistant
    assert strip_preamble("帮我查一下苏知贷归哪个处") == "苏知贷归哪个处"
    plan = read("有人屡次侵权，信用上管不管", speller)
    assert "上管" not in plan.terms and plan.yes_no


def test_each_of_a_count_building_one_is_one_amount_that_many_times(speller: Speller) -> None:
    assert read("示范区奖励封顶100万，我们三个县各建一个，省里总共最多给多少", speller).times == 3


def test_an_english_total_is_a_sum_and_a_patent_agent_is_the_policys_word() -> None:
    assert "一共多少" in chinese_reading("What do the two excellence awards come to together?")
    assert "专利代理师" in chinese_reading("Is there help for small firms that cannot afford a patent agent?")


def test_each_of_a_count_building_one_asks_their_total_without_a_total_word(speller: Speller) -> None:
    plan = read("两家园区各建一个运营中心，省里最多给多少", speller)
    assert (plan.arithmetic, plan.times, len(plan.parts)) == ("sum", 2, 1)
    assert read("两家企业各拿一个江苏专利奖金奖，分别奖多少", speller).arithmetic is None  # each, not the total


def test_an_english_question_for_documents_asks_for_materials(speller: Speller) -> None:
    asked = read("What documents do I need to open a bank account in Suzhou?", speller)
    assert [a.label for a in asked.asked] == ["申报材料"] and "银行账户" in asked.query


def test_a_ceiling_asks_an_amount_and_a_running_total_is_a_sum(speller: Speller) -> None:
    plan = read("示范区的奖励封顶是多少", speller)
    assert plan.asks_amount and "封顶" not in plan.asked_for  # the cap is the amount asked, no thing of its own
    plan = read("中国专利金奖拿了两次，累计奖励多少", speller)
    assert (plan.arithmetic, plan.times) == ("sum", 2)
    # two amounts counted and asked as one are a sum, their clauses its addends; each asked is no sum
    plan = read("拿了江苏专利奖银奖，又评了示范中心良好，两笔能拿到多少", speller)
    assert plan.arithmetic == "sum" and len(plan.addends) == 2
    assert read("拿了江苏专利奖银奖，又评了示范中心良好，两笔分别多少", speller).arithmetic != "sum"


def test_doubting_a_statement_asks_to_confirm_it(speller: Speller) -> None:
    premise = read("有人跟我讲中国专利金奖省里配套50万，我有点怀疑", speller).premise
    assert premise is not None and [f.text for f in premise.figures] == ["50万"]
    assert read("听说苏知贷省里承担90%，我不太信", speller).premise is not None
    assert read("江苏专利奖金奖奖30万，这个说法属实吗", speller).premise is not None


def test_a_how_to_in_a_place_outside_jiangsu_is_asked_with_the_place(speller: Speller) -> None:
    assert read("怎么在美国注册商标", speller).asked_whether == ["怎么在美国注册商标"]
    assert read("怎么申请美国专利的加速审查", speller).asked_whether == ["怎么申请美国专利的加速审查"]
    assert read("怎么在徐州申请苏知贷", speller).asked_whether == []  # a Jiangsu city's is the policy's own matter


def test_a_count_of_people_is_named_by_its_person_suffix(speller: Speller) -> None:
    assert read("专硕点一年计划招几个学生", speller).amount_word == "人数"
    assert read("一届评多少个技术调查员", speller).amount_word == "人数"
    assert read("办事处可以雇几个中国员工", speller).amount_word == "人数"  # 员工 are people too
    assert read("要几个工作日", speller).amount_word == "工作日数"


def test_a_character_the_lexicon_reads_in_a_pair_jieba_guessed_is_a_term(speller: Speller) -> None:
    terms = read("产品卖到国外被人告侵权了，哪个处管", speller).terms
    assert "告" in terms and "人告" not in terms  # 告 (sued) reads as 纠纷; 人告 is no word
    assert "高管" in read("企业高管培训项目谁负责", speller).terms  # a guess with no such character stays whole


def test_people_counted_are_asked_for_by_their_number_and_a_term_won_twice_repeats(speller: Speller) -> None:
    assert read("专硕点每年能招多少个研究生", speller).asked_for == ["研究生人数"]
    assert read("江苏专利奖金奖我们拿过两届，累计奖金多少", speller).times == 2


def test_a_gap_between_two_times_is_one_period_more() -> None:
    assert frequencies("隔一年才办一回") == ["每两年"] and frequencies("隔年评一次") == ["每两年"]
    assert frequencies("一年一次") == ["每年"]


def test_a_noun_ending_on_a_predicate_word_is_a_subject_not_its_predicate() -> None:
    parts = split_parts("示范中心的立项支持和绩效奖励分别是多少", "")
    assert [p.text for p in parts] == ["示范中心的立项支持分别是多少", "绩效奖励分别是多少"]


def test_local_coordinated_with_the_province_is_the_city_level_and_a_place_otherwise(speller: Speller) -> None:
    assert read("鉴定机构的培育，省里和地方各有什么分工", speller).intent.both_levels
    assert read("地方政府要做什么", speller).intent.level == "city"
    plan = read("有地方能求助吗", speller)  # a place to turn to, no level
    assert (plan.intent.level, plan.intent.both_levels) == (None, False)


def test_the_askers_own_city_is_who_asks_not_the_level_asked(speller: Speller) -> None:
    plan = read("我们这个地级市拿下了国家级地理标志产品保护示范区的建设资格，江苏这边能奖多少钱", speller)
    assert plan.intent.level is None  # the province rewards the city: its item is not a city item
    # what the asker's city itself is to do is the city level
    assert read("海外纠纷应对指导分中心，咱们市应该怎么去申报", speller).intent.level == "city"
    assert read("地级市在示范区建设上要做什么", speller).intent.level == "city"


def test_di_shi_is_the_city_level_and_not_the_di_shi_of_a_local_market(speller: Speller) -> None:
    parts = read("鉴定机构这一块，省局打算怎么把它们扶起来，地市又要配合干些什么", speller).parts
    assert parts[1].intent.level == "city" and "鉴定" in parts[1].terms  # the subject before, at city level
    assert read("本地市场上的商标侵权谁管", speller).intent.level is None


def test_a_provincial_department_coordinated_with_the_cities_asks_both_levels(speller: Speller) -> None:
    # read() knows 知识产权服务处 and 产业促进处 as the corpus's departments.
    for text in ["苏知贷，知识产权服务处和市里各干什么", "市里和产业促进处在专利导航上各管什么"]:
        intent = read(text, speller).intent
        assert (intent.level, intent.both_levels) == (None, True), text
    assert read("知识产权服务处负责的苏知贷，市里做什么", speller).intent.level == "city"  # not coordinated


def test_liaising_asks_for_a_department_only_with_whom(speller: Speller) -> None:
    assert read("知识产权保险找谁对接", speller).intent.department
    assert not read("想找懂知识产权的人才，有没有对接活动", speller).intent.department


def test_these_few_years_ask_no_count_and_the_item_naming_a_place_is_asked_for(speller: Speller) -> None:
    # 这几年 (these few years) was read as asking a time and a count: the question was refused.
    for asked in ("这几年陆陆续续申请了二十多件专利，想问问省里有没有风险补偿的政策",
                  "申请了好几年的专利能拿去质押吗"):
        plan = read(asked, speller)
        assert not plan.asks_amount and not plan.asked, asked
    assert read("盐城在清单里被提到的是哪件事", speller).request == "location"
    # A time the asker says they do not know is context: the question is who looks after them abroad.
    assert not read("做地理标志产品的，啥时候能进中欧互认清单咱不知道，进了以后出国被侵权谁管", speller).asked


def test_a_verb_and_object_parted_by_a_measure_word_are_joined_back_into_the_corpus_word() -> None:
    words = Speller("组织企业开展专利产品备案认定。支持金融机构开展质押融资。")
    assert "备案" in read("咱做的专利产品能不能去备个案", words).query
    assert "融资" in read("想拿专利融点资", words).query
    assert "搞个专利" in read("搞个专利要多少钱", words).query  # 搞专 is no word
    # …or by whom it is done to
    assert "侵权" in read("同行连着侵我们权好几回了，有没有办法", Speller("重点加强对重复侵权行为的信用监管。")).query
    # A name the corpus writes parted by a demonstrative is joined back; a thing merely pointed at is not.
    names = Speller("对工业品牌项目、地理标志项目，分别给予不超过150万元、200万元资金支持。")
    assert "地理标志项目" in read("我们报的是地理标志那类项目，上限多少", names).query
    assert "地理标志这个事情" in read("地理标志这个事情归谁管", names).query


def test_places_in_the_text_are_asked_by_a_verb_of_writing_after_them(speller: Speller) -> None:
    plan = read("清单里哪些地方提到保险", speller)
    assert (plan.request, plan.intent.listing, plan.asked_for) == ("location", True, [])
    assert "地方" not in plan.terms  # not the cities' 地方 (地方法规)
    plan = read("证券化试点支持哪些地方扩大发行规模", speller)  # places: cities
    assert plan.request is None and "哪些地方" in plan.terms


def test_items_asked_for_by_a_thing_they_write_are_a_listing_of_places(speller: Speller) -> None:
    plan = read("写到集体保险或者专利池的条目，全部翻出来", speller)
    assert (plan.request, plan.intent.listing) == ("location", True)
    assert plan.terms == ["集体", "保险", "专利池", "条目"]  # 或者 joins, 翻出来 is how: neither names anything
    assert read("知识产权服务业集聚区认定有哪些条件", speller).request is None  # 条件, not 条


DEPARTMENTS = frozenset({"政策法规处", "知识产权保护处", "知识产权服务处", "宣传教育处", "宣教处", "产业促进处",
                         "对外合作交流处", "对外交流合作处", "南京专利代办处", "省知识产权保护中心"})


@pytest.mark.parametrize(("asked", "named"), [
    ("政策法规处负责什么", {"政策法规处": "政策法规处"}),
    ("法规处牵头的事项有哪些", {"政策法规处": "法规处"}),  # the end of its name
    ("是保护处在牵头研究的吧", {"知识产权保护处": "保护处"}),
    ("宣教那边管的是哪几项", {"宣传教育处": "宣教"}),  # its characters in order, some left out
    ("产业处和服务处分别负责啥", {"产业促进处": "产业处", "知识产权服务处": "服务处"}),
    ("交流处管啥", {"对外交流合作处": "交流处"}),  # one department under two names
    ("专利那块谁负责", {}),  # a word written inside a name is its topic, not the office
    ("保护那边谁管", {}),
    ("外事那个处负责哪几条", {}),  # no department's characters
    # 那个处 points at an office, as 那边 does not: words written inside its name name it (保护, 合作).
    ("保护那个处管哪些事", {"知识产权保护处": "保护"}),
    ("外事合作那个处在清单里管着哪几件事", {"对外交流合作处": "合作"}),
])
def test_a_department_is_named_in_full_or_shortened_as_staff_shorten_it(asked: str, named: dict[str, str]) -> None:
    assert departments_named(asked, DEPARTMENTS, CORPUS + "自贸区设立南京代办处工作站。") == named


def test_evidence_is_weighed_on_what_the_question_is_about_not_who_asks_or_what_is_listed(speller: Speller) -> None:
    # The asker's words of themselves the corpus lacks (退休, 工程师) weigh on no evidence; what they ask about does.
    plan = read("本人退休工程师，手上有几个专利，有没有人帮着对接企业", speller)
    assert {"退休", "工程师"} <= set(plan.described)
    assert "工程师" not in plan.evidence_terms(CORPUS) and "专利" in plan.evidence_terms(CORPUS)
    # So is the trade a clause of its own gives ("做直播卖货的"): who asks, not what about.
    assert read("做直播卖货的，老有人盗用我们的商标，这种事归谁查", speller).described == ["直播", "卖货"]
    # So are others acting in what the asker tells: the agent of a passive, those acting with them.
    assert read("我们一小公司，被同行抄了外观，找谁能快点维权", speller).described == ["小公司", "同行"]
    assert read("厂里想搞个专利池，跟几家同行一道弄，省里有啥说法", speller).described == ["同行"]
    assert read("外地人来苏州开公司，商标让人抢先注册了", speller).described == ["人"]
    # A wish is what is asked about: "我们公司想申请苏知贷" describes nobody.
    assert read("我们公司想申请苏知贷，要什么条件", speller).described == []
    # The task list's items are what is listed: 条目 is no word of the subject.
    assert read("涉及苏知贷的条目有哪些", speller).evidence_terms(CORPUS) == ["苏知贷"]
    # A follow-up with a subject of its own is weighed on its own words, not the question before's.
    plan = read_question("那专利导航是谁负责", "江苏专利奖金奖多少钱 那专利导航是谁负责", speller)
    assert plan.dense_query and "金奖" in plan.terms and "金奖" not in plan.evidence_terms(CORPUS)


def test_a_duration_beside_a_premise_or_an_amount_asked_is_read_without_error(speller: Speller) -> None:
    # "3年" matches the figure pattern but is no figure (the task list states no duration).
    plan = read("专利导航基地建设期是3年，对吧", speller)
    assert plan.premise is None or not plan.premise.figures
    assert read("专利导航项目3年能拿多少钱", speller).arithmetic is None


def test_what_a_place_is_mentioned_for_who_organises_and_which_cities_are_asked(speller: Speller) -> None:
    # What a place is mentioned for, asked with 了 as with 的.
    assert read("淮安在清单里提到了什么事", speller).request == "location"
    assert read("连云港在清单里提到了什么", speller).request == "location"  # what the list says of it
    assert read("常州在清单里被提到几次", speller).request == "location"
    # Who organises a thing asks for a department.
    assert read("紫金那个峰会谁在张罗", speller).intent.department
    # 城市里 is the cities listed, not the city level (市里).
    assert read("证券化试点城市里有无锡吧", speller).intent.level is None
    assert read("市里有没有配套", speller).intent.level == "city"


def test_an_unstated_count_or_alternative_is_named_as_asked(speller: Speller) -> None:
    # Things counted are named as a count: 名额 as itself, 项目 as 项目数量.
    assert read("优秀青年专利代理师表彰每年评几个名额", speller).amount_word == "名额"
    assert read("每个市能推荐几个项目", speller).amount_word == "项目数量"
    # How high a rate is asks the rate, by its name (aq033).
    rate = read("高价值专利培育示范中心立项申报的通过率有多高", speller)
    assert rate.asks_amount and rate.amount_word == "通过率"
    # Whatever jieba tags the word counted (层次 as a numeral), it is a thing; an adjective is none ("几个合适").
    assert read("省高层次人才发展促进办法里人才分几个层次", speller).amount_word == "层次数量"
    assert read("每个市推荐几个合适", speller).amount_word != "合适数量"
    # 名 counts people ("多少名预审员": 预审员人数); 名额 counts places.
    assert read("保护中心有多少名预审员", speller).amount_word == "人数"
    assert read("保护中心有多少名预审员", speller).asked_for == ["预审员人数"]
    assert read("今年推荐多少名额", speller).amount_word == "名额"
    # An alternative's first side starts after its 是 ("到底是"), not at 底.
    assert read("那笔钱到底是一回拨完还是按进度拨", speller).asked_whether == ["是一回拨完还是按进度拨"]
    # A side starts on a word: not 料要交纸质版.
    assert read("申报材料要交纸质版还是电子版", speller).asked_whether == ["是要交纸质版还是电子版"]


def test_english_days_asked_are_a_count_of_days_named_in_english() -> None:
    reading = chinese_reading("How many working days does the province take to pay out the award?")
    assert "多少个工作日" in reading
    assert asked_words("How many working days does the province take to pay out the award?", "工作日数") == \
        "working days"


def test_an_english_refusal_names_the_rate_asked_in_the_askers_words() -> None:
    # The refusal reads 利率; the asking phrase holds it as 利率多少, and its asking word is no part of the thing.
    text = "If my company borrows through Su Zhi Dai, what annual interest will the bank charge?"
    assert asked_words(text, "利率") == "annual interest"


def test_an_english_price_asked_is_a_fee_named_in_english() -> None:
    # "How much is charged" asks a fee, not an amount on offer; the refusal names it by the lexicon's English.
    text = "How much is charged to register a dataset as data intellectual property in Jiangsu?"
    assert "要交多少钱" in chinese_reading(text)
    assert asked_words(text, "费用") == "fee"
    assert "要交多少钱" in chinese_reading("How much does a patent search cost?")
    # A share of a cost, or a grant paid, is no price.
    assert "要交多少钱" not in chinese_reading("How much of the cost does the province cover?")
    assert "要交多少钱" not in chinese_reading("How much will the province pay for each patent?")
    # The asker's side paying is a fee (fresh41 as090); the province paying a winner is the award.
    assert "要交多少钱" in chinese_reading("How much must a company pay to enter its patent for the Jiangsu Patent Award?")
    assert "要交多少钱" in chinese_reading("How much do we have to pay to join the Su Zhi Dai scheme?")
    assert "要交多少钱" not in chinese_reading("How much will the province pay a firm that wins the gold award?")


def test_copying_and_a_shop_sign_read_as_the_policys_infringement_and_trademark() -> None:
    for copied in ("模仿", "仿造", "仿制", "盗用", "冒用"):
        assert term_covered(copied, "查处专利商标侵权假冒"), copied
    assert term_covered("招牌", "重点商标保护名录")


def test_what_is_done_asked_after_a_topic_is_no_thing_and_the_topic_is_not_asked_for(speller: Speller) -> None:
    # 动作 and 做法 are what the items themselves are; 监管 names the topic 在…上, not a thing asked for.
    assert read("省里在专利代理行业监管上有哪些动作", speller).asked_for == []
    assert read("在地理标志保护上省里有哪些做法", speller).asked_for == []
    assert read("苏知贷的合作银行都有哪些", speller).asked_for == ["合作银行"]  # the words before 有哪些, as before
    # 哪些 before a noun asks for that noun, however long its phrase: 银行 (那边) is the topic.
    assert "银行" not in read("拿专利去贷款，银行那边都有哪些牌子的对接活动", speller).asked_for
    assert read("苏知贷合作银行都有哪些牌子的对接活动", speller).asked_for == []
    # 哪些活 / 哪些事 ask for the items, not for the words before them (名下 of a department).
    assert read("宣教处名下都有哪些活", speller).asked_for == []
    # Asking item by item (一条条, 逐项) or to be listed (列给我) is no term of the question.
    plan = read("宣教处名下都有哪些活，一条条列给我", speller)
    assert plan.terms == ["宣教处", "名下"] and plan.intent.listing
    assert read("逐项说一下规划发展处的事", speller).terms == ["规划发展处"]


def test_a_staff_members_reason_for_asking_is_a_preamble_and_a_listing_request_asserts_nothing(
        speller: Speller) -> None:
    # 写汇报材料 / 领导要材料: the staff's own 材料, no 申报材料 asked for.
    assert strip_preamble("写汇报材料：数据知识产权登记规则由谁牵头") == "数据知识产权登记规则由谁牵头"
    assert strip_preamble("领导要材料，这一条原文给一下") == "这一条原文给一下"
    assert strip_preamble("企业要准备什么材料") == "企业要准备什么材料"  # what is asked, no preamble
    # 我在整理分工台账: the staff's own ledger, no 台账 the policy keeps.
    assert strip_preamble("我在整理分工台账，规划发展处名下挂了哪些任务") == "规划发展处名下挂了哪些任务"
    assert strip_preamble("做个表格：苏知贷谁负责") == "苏知贷谁负责"
    # 市里替下辖县算账: for whom the sum is done, not the cities' items asked (fresh40 ar059 was refused)
    assert strip_preamble("市里替下辖县算账：示范区的奖励封顶，加上重点联系指导项目的支持封顶，合计多少") == \
        "示范区的奖励封顶，加上重点联系指导项目的支持封顶，合计多少"
    # 想给员工讲讲…：whom the staff will tell, not the employees' own prize (员工的奖励).
    assert strip_preamble("想给员工讲讲奖励档次：银奖是发明人奖的多少倍") == "银奖是发明人奖的多少倍"
    assert strip_preamble("给员工发奖励：要交税吗") == "给员工发奖励：要交税吗"  # no explaining: the question
    # "…的任务都拎出来" lists a department's items; it asserts nothing of the department.
    plan = read("帮我把知识产权服务处作为责任部门的任务都拎出来", speller)
    assert plan.premise is None and plan.intent.listing


def test_amounts_put_together_in_speech_are_a_sum(speller: Speller) -> None:
    assert read("金奖和发明人奖的奖金加在一块是多少", speller).arithmetic == "sum"
    assert read("示范区加上重点联系指导项目，两块钱顶格凑一起是多少", speller).arithmetic == "sum"


def test_how_often_asked_as_a_frequency_is_a_time_not_a_rate(speller: Speller) -> None:
    plan = read("推荐参评中国专利奖的频率是多少", speller)
    assert not plan.asks_amount and [a.label for a in plan.asked] == ["时间或频率"]
    assert read("专利申请的授权率是多少", speller).amount_word == "授权率"


def test_a_name_asked_for_is_no_thing_of_its_own(speller: Speller) -> None:
    # Any item naming the thing writes its name: 名字 is what is asked of it, not a thing an item must name.
    assert read("那个品牌价值提升行动叫什么名字", speller).asked_for == []
    assert read("这个贷款产品的全称是什么", speller).asked_for == []


def test_an_adverb_before_the_asking_words_is_no_part_of_the_thing_asked_for(speller: Speller) -> None:
    assert read("苏知贷的合作银行都有哪些", speller).asked_for == ["合作银行"]  # not 合作银行都
    assert read("苏知贷的合作银行有哪些", speller).asked_for == ["合作银行"]


def test_an_infringer_who_will_not_stop_is_a_repeated_infringer() -> None:
    assert term_covered("屡教不改", "重点加强对重复侵权、恶意侵权行为的信用监管。")


def test_together_joins_amounts_only_with_an_amount_asked_after_it(speller: Speller) -> None:
    # 跟同行几家凑一块: firms joined, a few of them (no count asked), and no total.
    plan = read("厂里想搞个专利池，跟同行几家凑一块，政府支不支持", speller)
    assert plan.arithmetic is None and not plan.asks_amount
    assert read("厂里拿了金奖又拿了银奖，两笔奖金合一块儿是多少", speller).arithmetic == "sum"


def test_a_clause_counting_both_things_named_asks_their_sum(speller: Speller) -> None:
    assert read("申到了工业品牌项目和地理标志项目，两项顶格拿能有多少资金", speller).arithmetic == "sum"
    assert read("申到了工业品牌项目和地理标志项目，两项分别能有多少资金", speller).arithmetic is None


def test_the_city_a_question_says_the_list_mentions_is_the_place_asked_for(speller: Speller) -> None:
    assert read("盐城的同事想知道，清单点到盐城是在讲哪项工作", speller).place_located == "盐城"
    assert read("南京的保护中心在哪一条", speller).place_located == ""
    # The city inside the request for places: "提到连云港的是哪件事", "点到无锡的条目".
    assert read("清单里提到连云港的是哪件事", speller).place_located == "连云港"
    assert read("清单里点到无锡的条目", speller).place_located == "无锡"


def test_a_task_or_a_use_asked_for_is_what_the_items_say_is_done(speller: Speller) -> None:
    assert read("登记平台的搭建任务是什么", speller).asked_for == []
    assert read("到了地市，技术调查员主要派什么用场", speller).asked_for == []


def test_money_paid_back_is_asked_whether_by_a_verb_of_one_character(speller: Speller) -> None:
    assert read("维权援助基金给企业的援助款要不要还", speller).asked_whether == ["是否还款"]


def test_an_adverb_or_conjunction_typed_is_no_typo() -> None:
    speller = Speller(CORPUS + "支持市级高价值专利培育中心。示范区。重点联系指导项目。")  # 市级 sounds like 市既
    assert read("我们市既获批了示范区，又进了重点联系指导项目，合计给多少", speller).corrections == []


def test_money_to_be_paid_named_by_what_is_paid_is_a_fee_asked(speller: Speller) -> None:
    assert [a.label for a in read("报名环节要交的钱是多少", speller).asked] == ["费用"]


def test_english_asking_words_read_as_asked() -> None:
    # "puts it together" compiles, totals nothing; "which office" asks the department.
    reading = chinese_reading("Is there a newsletter on foreign IP developments, and which office puts it together?")
    assert "哪个部门" in reading and "一共多少" not in reading
    assert "哪几个城市" in chinese_reading("Which two cities work with the provincial bureau on that pilot?")
    # "US" and "EU" are places; "us" is the asker. "Does Jiangsu help…" asks whether it supports; "Can you help" does not.
    reading = chinese_reading("We protect designs in the EU and the US. Does Jiangsu help firms build a patent portfolio?")
    assert {"欧盟", "美国", "外观设计", "专利布局", "支持吗"} <= set(reading.split())
    reading = chinese_reading("Can you help us find the item on patent pools?")
    assert "美国" not in reading and "支持吗" not in reading


def test_an_english_question_asking_which_cities_asks_their_names(speller: Speller) -> None:
    plan = read("Foreign patent firms setting up offices in Jiangsu: which two cities work on that pilot?", speller)
    assert plan.members_of == "城市" and {"专利代理机构", "设立办事机构"} <= set(plan.query.split())


def test_how_to_do_a_thing_abroad_asked_in_english_is_another_countrys_procedure(speller: Speller) -> None:
    plan = read("How do I register a trademark in the United States?", speller)
    assert plan.abroad == ["美国"] and plan.asked_whether == ["怎么在美国办理"]
    assert read("Does Jiangsu help firms protect designs in the US?", speller).asked_whether == []
    assert [a.label for a in read("What is the patent term for a design patent in China?", speller).asked] == ["时间或频率"]


def test_rules_asked_for_or_how_a_matter_is_met_are_what_the_items_say(speller: Speller) -> None:
    assert read("省里对大项目上马前查知识产权风险这事有章程没", speller).asked_for == []
    assert read("出口到欧洲的货被说侵权了，有没有官方的地方能咨询咋应对", speller).asked_whether == []


def test_each_of_a_count_doing_a_thing_asks_what_all_bring(speller: Speller) -> None:
    plan = read("我们市有两个园区都想挂运营中心，都批了的话省里顶格能给多少", speller)
    assert plan.arithmetic == "sum" and plan.times == 2
    assert read("两个园区都想挂运营中心，每个最多给多少", speller).arithmetic is None
    plan = read("两个县都获批了地理标志产品保护示范区，省里最多给多少", speller)
    assert plan.arithmetic == "sum" and plan.times == 2


def test_a_few_joined_or_a_chance_asked_is_no_thing_asked_for(speller: Speller) -> None:
    plan = read("跟几家同行凑了个产业联盟，想去登记成法人，市里帮不帮推", speller)
    assert not plan.asks_amount  # 几家: a few firms joined, and the question two clauses on asks no count
    assert read("公司想拿专利去搞证券化融资，南通的企业有没有机会", speller).asked_for == []
    reading = chinese_reading("Is the Jiangsu Patent Award an annual contest, or does it run on a longer cycle?")
    assert "评选" in reading and "大赛" not in reading


def test_the_jobs_asked_for_in_speech_ask_for_a_listing() -> None:
    assert intent_of("金融支撑这块，省知识产权局手上排了哪些活", "").listing  # 哪些活: which jobs, as 哪些工作
    assert intent_of("自贸区这块市里要做哪些", "").listing  # the level said between the topic and what is done


def test_money_named_after_the_asking_word_names_the_amount_before_a_count_inside_it(speller: Speller) -> None:
    # 多少日常经费: the 经费 asked, not the 天数 of 多少日
    assert read("外派的工作站每月能批多少日常经费", speller).amount_word == "日常经费"
    assert read("预审要多少天", speller).amount_word == "天数"


def test_how_the_list_mentions_a_thing_asks_a_quote_not_how_it_is_done(speller: Speller) -> None:
    plan = read("国家知识产权局在清单里是怎么提及的", speller)
    assert (plan.request, plan.asked_whether) == ("quote", [])


def test_a_count_of_tasks_asks_them_listed_not_a_figure(speller: Speller) -> None:
    plan = read("自贸区这项措施，省局负责几项工作", speller)
    assert plan.intent.listing and not plan.asks_amount and plan.amount_word != "数量"


def test_guiding_the_cities_is_the_provinces_act(speller: Speller) -> None:
    assert read("指导各市建立重点商标保护名录的是哪个处", speller).intent.level == "province"


def test_a_requirement_of_a_thing_never_named_or_of_an_act_by_what_standard_is_asked_for(speller: Speller) -> None:
    assert "年龄要求" in read("当服务专员对年龄有什么硬性要求", speller).asked_for
    assert "遴选条件" in read("技术调查专家是按什么条件遴选的", speller).asked_for
    # the requirements of a thing the items are about are what those items state
    assert not any(t.endswith("要求") for t in read("省里对示范中心有什么要求", speller).asked_for)


def test_a_lexicon_word_is_read_whole_though_jieba_glues_its_last_character_to_de() -> None:
    # jieba cuts 地 / 标的 ("subject matter"); 地标 is the lexicon's word for 地理标志.
    terms = key_terms("清单里所有涉及地标的任务条目")
    assert "地标" in terms and "标的" not in terms
    # Every item on a thing, wanted without an asking word, is a listing.
    assert intent_of("清单里所有涉及地理标志的条目", "").listing


def test_askers_words_for_the_province_a_condition_and_a_share_are_read_as_such(speller: Speller) -> None:
    # 省厅 is the asker's name for the provincial bureau: a level, no subject.
    assert intent_of("省厅那边的奖励款该记多少", "").level == "province"
    # 要是 puts a case (no term); 几成 is a share asked, ending before 本金 (not 成本 / 金).
    assert key_terms("要是贷两千万，银行那头得扛几成本金的坑") == ["银行", "本金"]
    assert "成本核算" in key_terms("统一成本核算")  # 一成 inside a word is no share
    # Money named before the asking word, who pays between, is the amount named when unstated.
    assert read("日常运转的经费省里一年拨多少", speller).amount_word == "经费"
    # The items' own nouns (职责) ask of the subject before; they name no subject of their own.
    assert not names_new_subject(["职责"])


def test_a_british_spelling_the_lexicon_writes_with_z_is_read() -> None:
    assert "证券化" in chinese_reading("Which cities are encouraged to issue IP securitisation products?")
