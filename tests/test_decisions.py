"""Each decision of the answer engine on hand-built items and evidence: no embedder, no index."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answer import Composer, graded_item
from assistant.claims import judge_partner, judge_places, judge_title
from assistant.decisions import (
    Coverage,
    Weights,
    amount_naming_first,
    choose_citations,
    choose_template,
    coverage,
    listed_grants,
    listed_measure,
    listed_subject,
    measures_of,
    rerank,
)
from assistant.evidence import relevant_sentences
from assistant.evidence_model import CoverageModel, Evidence, gather
from assistant.plan import Plan, Statement, read_question
from assistant.prompts import NOT_COVERED_PHRASE, PREMISE_FALSE, PREMISE_TRUE, Templates
from assistant.records import Source
from assistant.settings import Thresholds
from assistant.spelling import Speller
from index.records import Chunk

LOAN = Chunk(id="d:M05-P-01", doc="d", doc_title="清单", measure_no=5, measure="强化知识产权金融支撑", level="province",
             item=1, departments=["知识产权服务处"],
             text="设立“苏知贷”，对于单户贷款余额不超过1000万元（含）的，省风险补偿基金承担80%的贷款本金损失风险。"
                  "（责任部门：知识产权服务处）")
AWARD = Chunk(id="d:M01-P-04", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育", level="province",
              item=4, departments=["知识产权服务处"],
              text="每两年开展一届江苏专利奖评选，对获得金奖、银奖的，分别给予30万元、20万元奖励。（责任部门：知识产权服务处）")
TIERED_LOAN = Chunk(id="d:M05-P-01", doc="d", doc_title="清单", measure_no=5, measure="强化知识产权金融支撑",
                    level="province", item=1, departments=["知识产权服务处"],
                    text="推动设立“苏知贷”，对于单户贷款余额不超过1000万元（含）的，省风险补偿基金承担80%的贷款本金损失风险，"
                         "合作银行承担20%的贷款本金损失风险。对于单户贷款余额1000万元-3000万元（含）的，省风险补偿基金承担50%的"
                         "贷款本金损失风险，合作银行承担50%的贷款本金损失风险。（责任部门：知识产权服务处）")
GEO = Chunk(id="d:M06-P-03", doc="d", doc_title="清单", measure_no=6, measure="创新知识产权运用方式",
            level="province", item=3, text="对获批建设国家地理标志产品保护示范区的地方给予不超过100万元奖励，"
                                           "对列入国家地理标志运用促进重点联系指导项目的地方给予不超过50万元资金支持。")
# The centre's two items: its grades (a bare enumeration, 优秀、良好) and its project funding (one lone amount).
GRADES = Chunk(id="d:M01-P-02", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
               level="province", item=2, text="对示范中心进行绩效评价，评价为优秀、良好的分别给予50万元、30万元奖励。")
CENTRE = Chunk(id="d:M01-P-01", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
               level="province", item=1, text="立项支持组建示范中心，每个项目给予不超过250万元资金支持。")
NAVIGATION = Chunk(id="d:M02-C-01", doc="d", doc_title="清单", measure_no=2, measure="实施产业专利导航工程", level="city",
                   item=1, text="布局建设专利导航服务基地，组织实施专利导航项目。")
CHUNKS = [LOAN, AWARD, NAVIGATION]
CORPUS = "\n".join(c.search_text for c in CHUNKS)
# A model that keeps everything in scope unless told otherwise: the tests below decide on the other rules.
KEEP = CoverageModel([0.0] * 7, [1.0] * 7, [0.0] * 7, 5.0)
STRONG = Evidence(0.9, 0.05, 2.0, 0.6, 1.0, 1.0, 0.0)


def plan(text: str) -> Plan:
    return read_question(text, text, Speller(CORPUS), frozenset({"知识产权服务处", "产业促进处"}))


def sources(*chunks: Chunk) -> list[Source]:
    return [Source(c, 1.0 / (i + 1), 0.9 - i / 100, 5.0 - i) for i, c in enumerate(chunks)]


def decide(text: str, *chunks: Chunk, model: CoverageModel = KEEP, evidence: Evidence = STRONG):  # type: ignore[no-untyped-def]
    return coverage(plan(text), sources(*chunks), evidence, model, Thresholds(), CORPUS, Weights(CHUNKS))


def decide_among(text: str, extra: list[Chunk], *ranked: Chunk, model: CoverageModel = KEEP):  # type: ignore[no-untyped-def]
    """``decide`` over a corpus of CHUNKS and ``extra``, which hand-built items outside CHUNKS need."""
    chunks = [*CHUNKS, *extra]
    return coverage(plan(text), sources(*ranked), STRONG, model, Thresholds(), "\n".join(c.text for c in chunks),
                    Weights(chunks))


def item(ref: str, measure: str, text: str) -> Chunk:
    """A hand-built item by its reference ("M12-P-05": measure 12, the province's item 5)."""
    no, level, number = ref.split("-")
    return Chunk(id=f"d:{ref}", doc="d", doc_title="清单", measure_no=int(no[1:]), measure=measure,
                 level="province" if level == "P" else "city", item=int(number), text=text)


def test_a_word_the_corpus_never_uses_does_not_refuse_on_its_own() -> None:
    covered, decision = decide("我们厂的专利押给银行借点钱，亏了算谁的", LOAN, AWARD)
    assert covered.outcome == "answer", decision


def test_colloquial_names_of_money_and_of_what_is_done_are_asking_words_not_unstated_things() -> None:
    # 票子 is money, 干嘛 and 分工 ask what is done: none is a thing the items must name.
    covered, decision = decide("江苏专利奖金奖，省里发多少票子", AWARD, LOAN)
    assert covered.outcome == "answer", decision
    covered, decision = decide("苏知贷这块省里和市里各有什么分工", LOAN, AWARD)
    assert covered.outcome == "answer", decision
    covered, decision = decide("苏知贷市里要干嘛", LOAN, AWARD)
    assert covered.outcome == "answer", decision
    # 甜头 is what a benefit is called: whether one is given (给不给点甜头) is answered by the item giving it.
    covered, decision = decide("江苏专利奖评上了，省里给不给点甜头", AWARD, LOAN)
    assert covered.outcome == "answer", decision
    covered, decision = decide("江苏专利奖评上了，省里会不会给点真金白银", AWARD, LOAN)  # money, one word
    assert covered.outcome == "answer", decision
    # An 活动 asked for is named by an item's 行动 (a campaign is an activity).
    talent = Chunk(id="d:M19-P-03", doc="d", doc_title="清单", measure_no=19, measure="打造知识产权人才高地",
                   level="province", item=3, text="开展“知识产权助力产业强链”产才对接行动，完善产才对接工作机制。")
    covered, decision = decide_among("想找懂知识产权的人才，有没有对接活动", [talent], talent, AWARD)
    assert covered.outcome == "answer", decision
    # 黑账 is a credit record; 管理层 are 高管.
    credit = Chunk(id="d:M17-C-01", doc="d", doc_title="清单", measure_no=17, measure="提升知识产权治理能力",
                   level="city", item=1, text="严格落实知识产权信用管理相关规定，重点加强对重复侵权行为的信用监管。")
    covered, decision = decide_among("有家公司老侵权，又被抓又再犯，市里会不会记他信用黑账", [credit], credit, AWARD)
    assert covered.outcome == "answer", decision


def test_a_duration_within_which_an_act_is_done_is_a_term_and_one_an_act_is_spread_over_is_named_with_it() -> None:
    covered, decision = decide("借苏知贷的话，多少年内得还清", LOAN, AWARD)
    assert (covered.outcome, covered.unstated) == ("unstated", ["期限"]), decision
    covered, decision = decide("苏知贷的资金分几年拨付", LOAN, AWARD)
    assert covered.outcome == "unstated" and covered.unstated == ["分几年拨付"], decision


def test_an_unstated_detail_is_named() -> None:
    covered, decision = decide("苏知贷的利率是多少", LOAN, AWARD)
    assert (covered.outcome, covered.unstated) == ("unstated", ["利率"]) and "利率" in decision.reason


def test_a_fee_of_a_named_kind_needs_that_fee_stated_not_a_fee_subsidy() -> None:
    subsidy = Chunk(id="d:M05-C-01", doc="d", doc_title="清单", measure_no=5, measure="强化知识产权金融支撑",
                    level="city", item=1, text="建立完善知识产权质押融资贴息补费等优惠政策。")
    covered, _ = decide("知识产权质押融资的评估费谁出", subsidy, LOAN)
    assert (covered.outcome, covered.unstated) == ("unstated", ["评估费"])
    covered, _ = decide("知识产权质押融资要交什么费用", subsidy, LOAN)
    assert covered.outcome == "answer"  # a fee in general: 补费 states one


def test_an_amount_for_a_subject_whose_items_state_none_is_unstated() -> None:
    covered, _ = decide("专利导航项目每个给多少钱", NAVIGATION, AWARD, LOAN)
    assert (covered.outcome, covered.unstated) == ("unstated", ["金额"])


def test_a_thing_asked_for_that_the_corpus_never_names_is_unstated_though_the_item_states_an_amount() -> None:
    covered, _ = decide("苏知贷要配套多少自有资金", LOAN, AWARD)
    assert (covered.outcome, covered.unstated) == ("unstated", ["自有资金"])
    covered, _ = decide("苏知贷的贷款额度是多少", LOAN, AWARD)  # 额度 names the amount, of 贷款
    assert covered.outcome == "answer"
    covered, _ = decide("江苏专利奖的评审标准是什么", AWARD, LOAN)
    assert (covered.outcome, covered.unstated) == ("unstated", ["评审标准"])


def test_money_asked_needs_an_amount_but_a_count_asked_any_figure() -> None:
    outlets = Chunk(id="d:M12-P-06", doc="d", doc_title="清单", measure_no=12, measure="完善知识产权公共服务",
                    level="province", item=6, text="力争到2025年，全省拥有省级知识产权信息公共服务网点100家。")
    items = [outlets, AWARD]

    def ask(text: str):  # type: ignore[no-untyped-def]
        return coverage(plan(text), sources(*items), STRONG, KEEP, Thresholds(), "\n".join(c.search_text for c in items),
                        Weights(items))[0]
    assert ask("信息公共服务网点每家补助多少钱").unstated == ["补助"]  # 100家 is no money: the benefit, as asked
    assert ask("信息公共服务网点要达到多少家").outcome == "answer"


def test_a_duration_is_named_as_such_and_dialect_money_words_name_no_thing() -> None:
    assert decide("苏知贷最长能贷几年", LOAN, AWARD)[0].unstated == ["期限"]
    assert decide("苏知贷一个企业最多能贷几次", LOAN, AWARD)[0].unstated == ["次数"]  # a count of times, no time
    assert decide("江苏专利奖金奖有好多钱嘛", AWARD, LOAN)[0].outcome == "answer"


def test_a_compound_whose_words_no_one_item_holds_together_is_unstated() -> None:
    size = Chunk(id="d:M05-P-05", doc="d", doc_title="清单", measure_no=5, measure="强化知识产权金融支撑", level="province",
                 item=5, text="支持有条件的城市扩大知识产权证券化产品发行规模。")
    rules = Chunk(id="d:M03-C-02", doc="d", doc_title="清单", measure_no=3, measure="加快创新技术专利获权", level="city",
                  item=2, text="按照科研类事业单位条件要求积极申报。")
    items = [size, rules]
    p = plan("知识产权证券化有没有规模要求")  # 规模 and 要求 are each in an item, never in one
    covered, _ = coverage(p, sources(size, rules), STRONG, KEEP, Thresholds(), "\n".join(c.search_text for c in items),
                          Weights(items))
    assert (covered.outcome, covered.unstated) == ("unstated", ["规模要求"])
    p = plan("知识产权证券化的申请条件是什么")  # "有条件的城市" states no condition
    covered, _ = coverage(p, sources(size), STRONG, KEEP, Thresholds(), size.search_text, Weights([size]))
    assert covered.unstated == ["申请条件"]
    # Nor do "符合条件的联盟" and "创造条件": the task list names conditions without stating any.
    alliance = item("M07-P-05", "壮大知识产权密集型产业", "鼓励符合条件的联盟进行法人登记，积极创造条件开展服务。")
    covered, _ = coverage(plan("联盟法人登记需要什么条件"), sources(alliance), STRONG, KEEP, Thresholds(),
                          alliance.search_text, Weights([alliance]))
    assert covered.unstated == ["申请条件"]
    # An item stating whom it serves states who qualifies; a question quoting "有条件的地区" asks no condition.
    aid = item("M13-P-04", "促进知识产权服务业发展", "鼓励专利代理机构为小微企业以及低收入的发明人提供专利代理援助服务。")
    covered, _ = coverage(plan("专利代理援助的申请条件是什么"), sources(aid), STRONG, KEEP, Thresholds(),
                          aid.search_text, Weights([aid]))
    assert covered.outcome == "answer"
    assert not plan("有条件的地区可以探索什么试点").asked


def test_a_benefit_asked_of_a_subject_whose_items_offer_no_money_is_unstated() -> None:
    fund = Chunk(id="d:M04-P-01", doc="d", doc_title="清单", measure_no=4, measure="完善知识产权转化运营机制",
                 level="province", item=1, text="支持建设产业知识产权运营中心，每个项目给予不超过150万元资金支持。")
    items = [NAVIGATION, fund]
    covered, _ = coverage(plan("专利导航项目有没有资金补贴"), sources(*items), STRONG, KEEP, Thresholds(),
                          "\n".join(c.search_text for c in items), Weights(items))
    assert (covered.outcome, covered.unstated) == ("unstated", ["补贴"])
    covered, _ = coverage(plan("运营中心有没有补贴"), sources(fund, NAVIGATION), STRONG, KEEP, Thresholds(),
                          "\n".join(c.search_text for c in items), Weights(items))  # its item offers 资金支持
    assert covered.outcome == "answer"


def test_a_benefit_must_be_offered_in_a_sentence_naming_the_subject() -> None:
    brand = Chunk(id="d:M06-P-02", doc="d", doc_title="清单", measure_no=6, measure="创新知识产权运用方式",
                  level="province", item=2, text="对工业品牌项目、地理标志项目，分别给予不超过150万元、200万元资金支持。"
                  "组织实施“千企百城”商标品牌价值提升行动，指导入选企业提升品牌影响力。")
    items = [brand, NAVIGATION]
    corpus = "\n".join(c.search_text for c in items)
    covered, _ = coverage(plan("千企百城行动入选企业有没有奖金"), sources(*items), STRONG, KEEP, Thresholds(), corpus,
                          Weights(items))
    assert (covered.outcome, covered.unstated) == ("unstated", ["奖金"])
    covered, _ = coverage(plan("地理标志项目有没有补贴"), sources(*items), STRONG, KEEP, Thresholds(), corpus,
                          Weights(items))
    assert covered.outcome == "answer"


def test_a_benefit_for_a_thing_the_corpus_never_names_is_unstated_and_named() -> None:
    covered, _ = decide("知识产权保险的保费补贴比例是多少", LOAN, AWARD)
    assert covered.outcome == "unstated" and any("保费" in u for u in covered.unstated)


def test_a_benefit_is_named_by_its_whole_word_and_a_count_states_no_money() -> None:
    insurance = Chunk(id="d:M05-P-04", doc="d", doc_title="清单", measure_no=5, measure="强化知识产权金融支撑",
                      level="province", item=4, text="推动知识产权海外侵权责任保险、交易保险等新型险种服务常态化。")
    outlets = Chunk(id="d:M12-P-06", doc="d", doc_title="清单", measure_no=12, measure="完善知识产权公共服务",
                    level="province", item=6, text="加强网点认定，力争到2025年，全省拥有省级知识产权信息公共服务网点100家。")
    items = [insurance, outlets]

    def ask(text: str, *ranked: Chunk):  # type: ignore[no-untyped-def]
        return decide_among(text, items, *ranked)[0]
    assert ask("知识产权交易保险的理赔额度最高多少", insurance).unstated == ["理赔"]  # not its 赔
    assert ask("被认定为省级知识产权信息公共服务网点有什么奖励", outlets).unstated == ["奖励"]  # 100家 is no money


def test_a_duration_a_count_of_days_and_a_fee_paid_are_named_in_the_askers_terms() -> None:
    training = Chunk(id="d:M19-P-02", doc="d", doc_title="清单", measure_no=19, measure="打造知识产权人才高地",
                     level="province", item=2, text="设立助力产业强链企业高管知识产权培训项目。")
    review = Chunk(id="d:M03-P-03", doc="d", doc_title="清单", measure_no=3, measure="加快创新技术专利获权",
                   level="province", item=3, text="在国家级知识产权保护中心进行备案，开展快速预审、快速确权。")
    abroad = Chunk(id="d:M03-P-05", doc="d", doc_title="清单", measure_no=3, measure="加快创新技术专利获权",
                   level="province", item=5, text="探索开展企业专利海外布局申请前评估制度。")
    items = [training, review, abroad]

    def ask(text: str, *ranked: Chunk):  # type: ignore[no-untyped-def]
        return decide_among(text, items, *ranked)[0]
    assert ask("高管培训项目要培训多长时间", training).unstated == ["培训多长时间"]  # not 时间或频率
    assert ask("在保护中心做快速预审一般多少天出结果", review).unstated == ["天数"]  # not a thing called 天出结果
    assert ask("企业专利海外布局申请前评估要交费吗", abroad).unstated == ["费用"]  # paying names the fee
    # Any 某费 is a fee, named whole (jieba's word, or the word before a lone 费); 收不收钱 asks one too.
    assert ask("海外布局申请前评估要交多少评估费", abroad).unstated == ["评估费"]
    assert ask("海外布局申请前评估收不收钱", abroad).unstated == ["费用"]


def test_weak_evidence_is_out_of_scope_and_the_probability_is_in_the_trace() -> None:
    refuse_all = CoverageModel([0.0] * 7, [1.0] * 7, [0.0] * 7, -5.0)
    covered, decision = decide("明天天气怎么样", AWARD, model=refuse_all)
    assert covered.outcome == "out_of_scope" and decision.inputs["in_scope_probability"] < 0.3


REFUSE_ALL = CoverageModel([0.0] * 7, [1.0] * 7, [0.0] * 7, -5.0)
ACCEPT_ALL = CoverageModel([0.0] * 7, [1.0] * 7, [0.0] * 7, 5.0)


def test_a_model_refusal_keeps_a_top_item_naming_the_thing_and_stating_what_is_asked() -> None:
    covered, decision = decide("苏知贷到底归哪个处管嘛", LOAN, AWARD, model=REFUSE_ALL)
    assert covered.outcome == "answer" and LOAN.id in decision.inputs["kept"]
    covered, _ = decide("苏知贷的奖励能给多少", LOAN, AWARD, model=REFUSE_ALL)  # 奖励 says what is asked, not about
    assert covered.outcome == "answer"
    covered, _ = decide("苏知贷是干啥的", LOAN, AWARD, model=REFUSE_ALL)  # one thing, and nothing the item states
    assert covered.outcome == "out_of_scope"
    # an open question naming two things the top item holds both of ("有班没": 班 is no word of the corpus)
    covered, decision = decide("专利导航服务基地有班没", NAVIGATION, LOAN, model=REFUSE_ALL)
    assert covered.outcome == "answer" and "every thing an open question names" in decision.inputs["kept"]
    covered, _ = decide("专利导航有班没", NAVIGATION, LOAN, model=REFUSE_ALL)  # one thing is not enough
    assert covered.outcome == "out_of_scope"
    covered, _ = decide("专利导航归哪个处管", LOAN, NAVIGATION, model=REFUSE_ALL)  # the top item is not about it
    assert covered.outcome == "out_of_scope"
    # A place says where, not what about: the item naming 南京 is not about 落户, which the corpus never names.
    degree = Chunk(id="d:M19-P-01", doc="d", doc_title="清单", measure_no=19, measure="打造知识产权人才高地",
                   level="province", item=1, text="支持南京理工大学申报专业硕士学位点，具备招生条件的高校先行开展试点。")
    covered, _ = decide_among("南京落户需要什么条件", [degree], degree, LOAN, model=REFUSE_ALL)
    assert covered.outcome == "out_of_scope"
    covered, _ = decide_among("南京理工大学申报硕士学位点需要什么条件", [degree], degree, LOAN, model=REFUSE_ALL)
    assert covered.outcome == "answer"


RIGHTS = Chunk(id="d:M04-P-03", doc="d", doc_title="清单", measure_no=4, measure="完善知识产权转化运营机制",
               level="province", item=3, text="组织开展赋予科研人员职务科技成果所有权或者长期使用权试点。")
LICENSING = Chunk(id="d:M04-P-02", doc="d", doc_title="清单", measure_no=4, measure="完善知识产权转化运营机制",
                  level="province", item=2, text="支持高校院所采用开放许可方式，推进专利技术转移转化。")


def test_a_model_refusal_keeps_a_top_item_holding_the_rarest_thing_and_most_of_the_rest() -> None:
    centre = Chunk(id="d:M01-P-01", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                   level="province", item=1, text="立项支持企业、高校院所牵头组建示范中心。")
    chunks = [RIGHTS, LICENSING, centre, LOAN, AWARD]
    corpus = "\n".join(c.search_text for c in chunks)
    asked = "高校的老师搞出来的成果，所有权能给个人不"  # 所有权 and 成果 are in the top item; 高校 is not
    covered, decision = coverage(read_question(asked, asked, Speller(corpus)), sources(RIGHTS, LICENSING), STRONG,
                                 REFUSE_ALL, Thresholds(), corpus, Weights(chunks))
    assert covered.outcome == "answer" and RIGHTS.id in decision.inputs["kept"], decision
    asked = "高校的专利能开放许可吗"  # the top item lacks the rarest thing asked about
    covered, _ = coverage(read_question(asked, asked, Speller(corpus)), sources(RIGHTS, LICENSING), STRONG,
                          REFUSE_ALL, Thresholds(), corpus, Weights(chunks))
    assert covered.outcome == "out_of_scope"
    # Most of what it names (公积金, 买房, 首付) the corpus never does: 贷款 of the loan item is no subject of it.
    asked = "公积金贷款买房首付要几成"
    covered, decision = coverage(read_question(asked, asked, Speller(corpus)), sources(LOAN, AWARD), STRONG,
                                 REFUSE_ALL, Thresholds(), corpus, Weights(chunks))
    assert covered.outcome != "answer" and "kept" not in decision.inputs, decision


def test_a_model_refusal_of_an_amount_its_top_item_is_about_names_the_amount() -> None:
    station = Chunk(id="d:M12-P-04", doc="d", doc_title="清单", measure_no=12, measure="完善知识产权公共服务",
                    level="province", item=4, text="推动全省知识产权工作站建设，对成效突出的工作站给予表扬激励。")
    chunks = [station, LOAN, AWARD, NAVIGATION]
    corpus = "\n".join(c.search_text for c in chunks)

    def decided(asked: str) -> Coverage:
        return coverage(read_question(asked, asked, Speller(corpus)), sources(station, LOAN), STRONG, REFUSE_ALL,
                        Thresholds(), corpus, Weights(chunks))[0]

    assert decided("知识产权工作站评上先进能领多少奖金") == Coverage("unstated", ["奖金"])
    assert decided("苏州的写字楼租金多少钱").outcome == "out_of_scope"  # the top item is not about it


def test_a_model_refusal_keeps_the_top_item_in_the_measure_a_question_names_by_number() -> None:
    events = Chunk(id="d:M20-P-01", doc="d", doc_title="清单", measure_no=20, measure="深化知识产权国际交流合作",
                   level="province", item=1, text="会同相关部门办好紫金知识产权国际峰会等知识产权交流活动。")
    chunks = [events, RIGHTS, LICENSING, LOAN, AWARD]
    corpus = "\n".join(c.search_text for c in chunks)
    for asked, outcome in (("第二十项措施里列了哪些交流活动", "answer"), ("第四项措施里列了哪些交流活动", "out_of_scope")):
        covered, _ = coverage(read_question(asked, asked, Speller(corpus)), sources(events, LOAN), STRONG,
                              REFUSE_ALL, Thresholds(), corpus, Weights(chunks))
        assert covered.outcome == outcome, asked


def test_a_figure_asked_of_a_subject_stating_none_is_not_answered_by_other_subjects_figures() -> None:
    station = Chunk(id="d:M12-P-04", doc="d", doc_title="清单", measure_no=12, measure="完善知识产权公共服务",
                    level="province", item=4, text="推动全省知识产权工作站建设，对成效突出的工作站给予表扬激励。")
    graded = Chunk(id="d:M01-P-02", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                   level="province", item=2, text="对示范中心进行绩效评价，评价为优秀、良好的分别给予50万元、30万元奖励。")
    prize = Chunk(id="d:M01-P-05", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                  level="province", item=5, text="对获得中国专利优秀奖的，给予20万元奖励。")
    chunks = [station, graded, prize, *CHUNKS]
    text = "省里对优秀的知识产权工作站有奖励吗"
    asked = read_question(text, text, Speller("\n".join(c.search_text for c in chunks)))
    chosen, _ = choose_citations(asked, sources(station, graded), asked.terms, Weights(chunks), Thresholds())
    assert chosen == [station]  # the prize graded 优秀 names no 工作站


def test_an_amount_is_stated_only_by_items_naming_most_of_what_the_subject_item_names() -> None:
    station = Chunk(id="d:M12-P-04", doc="d", doc_title="清单", measure_no=12, measure="完善知识产权公共服务",
                    level="province", item=4, text="推动全省知识产权工作站建设，建立工作站绩效评价机制，对成效突出的"
                                                   "工作站给予表扬激励。")
    graded = Chunk(id="d:M01-P-02", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                   level="province", item=2, text="对示范中心进行绩效评价，评价为优秀、良好的分别给予50万元、30万元奖励。")
    prize = Chunk(id="d:M01-P-05", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                  level="province", item=5, text="推荐参评中国专利奖，对获得中国专利优秀奖的，给予20万元奖励。")
    duty = Chunk(id="d:M01-C-02", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                 level="city", item=2, text="组织遴选优秀专利项目推荐参评中国专利奖和江苏专利奖。")
    chunks = [station, graded, prize, duty, *CHUNKS]
    corpus = "\n".join(c.search_text for c in chunks)

    def decided(text: str, *ranked: Chunk) -> Coverage:
        return coverage(read_question(text, text, Speller(corpus)), sources(*ranked), STRONG, KEEP, Thresholds(),
                        corpus, Weights(chunks))[0]

    # The 示范中心's grades share 绩效评价 with the 工作站 item, not the 工作站 itself.
    unstated = decided("知识产权工作站绩效评价拿了优秀能奖多少钱", station, graded)
    assert unstated.outcome == "unstated" and unstated.unstated == ["金额"]
    # The city duty names both prizes; their two items state the amounts between them.
    assert decided("拿了中国专利优秀奖又拿了江苏专利奖优秀奖，两个加起来多少", duty, prize, AWARD).outcome == "answer"


def test_only_words_naming_a_thing_count_against_coverage() -> None:
    colloquial = gather(sources(LOAN), ["苏知贷", "打包", "评得"], CORPUS, 1.0, False)  # verbs of how it is asked
    assert colloquial.corpus_terms == colloquial.top_item_terms == 1.0
    elsewhere = gather(sources(LOAN), ["苏知贷", "地铁"], CORPUS, 1.0, False)  # a thing the corpus never names
    assert elsewhere.corpus_terms == elsewhere.top_item_terms == 0.5
    # A word jieba's HMM guessed joins two words' characters (集聚区能入驻 → 区能): it names nothing said.
    glued = gather(sources(LOAN), ["苏知贷", "区能", "地乱"], CORPUS, 1.0, False)
    assert glued.corpus_terms == glued.top_item_terms == 1.0
    latin = gather(sources(LOAN), ["苏知贷", "ISO9001"], CORPUS, 1.0, False)  # a Latin word is no guess
    assert latin.corpus_terms == 0.5


def test_another_region_is_out_of_scope() -> None:
    covered, decision = decide("浙江省专利奖奖多少", AWARD)
    assert covered.outcome == "out_of_scope" and "浙江" in decision.reason


def test_rerank_puts_an_item_stating_the_asked_time_first() -> None:
    ranked, decision = rerank(plan("江苏专利奖多久评一次"), sources(NAVIGATION, AWARD))
    assert ranked[0].chunk is AWARD and decision.outcome == AWARD.id


def test_who_does_a_work_only_a_city_duty_writes_is_answered_by_that_duty() -> None:
    # "谁来…" with no level is answered by the provincial items, which name departments; but 参展 is written only
    # by the cities' item on the fair, so that item is the work asked about (aq014).
    fair = item("M20-P-01", "深化知识产权国际交流合作", "会同相关部门办好（无锡）国际设计博览会等知识产权交流活动。")
    fair = replace(fair, departments=["知识产权服务处"])
    exhibit = item("M20-C-01", "深化知识产权国际交流合作", "组织优秀设计产品参展中国（无锡）国际设计博览会。")
    asked = plan("想带产品去国际设计博览会，谁来组织参展")
    ranked, _ = rerank(asked, sources(exhibit, fair))
    assert ranked[0].chunk is exhibit  # kept in retrieval's place, not put after the provincial item
    chosen, _ = choose_citations(asked, sources(exhibit, fair), asked.terms, Weights([fair, exhibit]), Thresholds())
    assert exhibit in chosen
    # A city duty holding no word the provincial items lack still comes after them.
    ranked, _ = rerank(plan("国际设计博览会归哪个处"), sources(exhibit, fair))
    assert ranked[0].chunk is fair


def test_rerank_puts_first_the_item_holding_more_of_an_english_question_s_terms() -> None:
    pools = Chunk(id="d:M07-P-05", doc="d", doc_title="清单", measure_no=7, measure="壮大知识产权密集型产业",
                  level="province", item=5, text="鼓励联盟构建产业专利池。")
    ranked, _ = rerank(plan("Does the province support patent pools?"), sources(NAVIGATION, pools))
    assert ranked[0].chunk is pools
    ranked, _ = rerank(plan("省里支持专利池吗"), sources(NAVIGATION, pools))
    assert ranked[0].chunk is NAVIGATION  # a Chinese question's own words are no lexicon's: retrieval order


def test_rerank_puts_first_the_item_whose_enumeration_names_the_amount_asked() -> None:
    brand = Chunk(id="d:M06-P-02", doc="d", doc_title="清单", measure_no=6, measure="创新知识产权运用方式",
                  level="province", item=2, text="对工业品牌项目、地理标志项目，分别给予不超过150万元、200万元资金支持。")
    ranked, decision = rerank(plan("地理标志项目支持多少"), sources(GEO, brand))
    assert ranked[0].chunk is brand and "word for word" in decision.reason
    ranked, _ = rerank(plan("地理标志产品保护示范区奖励多少"), sources(GEO, brand))
    assert ranked[0].chunk is GEO  # no enumeration names it: retrieval order stands


def test_an_item_naming_the_amount_asked_comes_first_though_retrieval_missed_it() -> None:
    brand = Chunk(id="d:M06-P-02", doc="d", doc_title="清单", measure_no=6, measure="创新知识产权运用方式",
                  level="province", item=2, text="对工业品牌项目、地理标志项目，分别给予不超过150万元、200万元资金支持。")
    first, decision = amount_naming_first(plan("地理标志项目支持多少"), sources(GEO, LOAN), [GEO, LOAN, AWARD, brand])
    assert [s.chunk for s in first] == [brand, GEO, LOAN] and decision is not None
    assert decision.outcome == brand.id and "word for word" in decision.reason
    # Found already, or nothing asked of an amount: retrieval's items stand.
    assert amount_naming_first(plan("地理标志项目支持多少"), sources(brand, GEO), [GEO, brand])[1] is None
    assert amount_naming_first(plan("地理标志项目归哪个处"), sources(GEO), [GEO, brand])[1] is None


def test_an_item_below_the_top_four_more_about_the_subject_is_cited() -> None:
    pool = Chunk(id="d:M07-P-05", doc="d", doc_title="清单", measure_no=7, measure="壮大知识产权密集型产业",
                 level="province", item=5, departments=["产业促进处"], text="鼓励联盟构建产业专利池。（责任部门：产业促进处）")
    chosen, decision = choose_citations(plan("专利池省里怎么说"), sources(NAVIGATION, AWARD, LOAN, NAVIGATION, pool),
                                        ["专利池"], Weights([*CHUNKS, pool]), Thresholds())
    assert chosen == [pool] and "below them" in decision.reason


def test_members_asked_for_are_cited_from_an_item_naming_them() -> None:
    cities = Chunk(id="d:M05-P-05", doc="d", doc_title="清单", measure_no=5, measure="强化知识产权金融支撑",
                   level="province", item=5, text="支持南京、苏州等地扩大知识产权证券化产品发行规模。")
    city_duty = Chunk(id="d:M05-C-01", doc="d", doc_title="清单", measure_no=5, measure="强化知识产权金融支撑",
                      level="city", item=1, text="建立完善知识产权质押融资贴息补费等优惠政策，积极推进知识产权证券化试点。")
    asked = plan("我们想把专利拿去做证券化融资，哪些城市在搞")
    chosen, _ = choose_citations(asked, sources(city_duty, cities), asked.terms,
                                 Weights([cities, city_duty, *CHUNKS]), Thresholds())
    assert chosen == [cities]  # the city duty holds 融资 too, but names no city


def test_an_item_below_the_top_four_joins_the_items_naming_members_only_if_it_names_them_too() -> None:
    # fresh41 as085: the cities' 南京、苏州 item, found for the members asked, was passed over for lower items
    # more about 外国专利代理机构 that name no city.
    pilot = item("M13-C-03", "促进知识产权服务业发展", "南京、苏州两地配合省局开展专利代理对外开放试点工作。")
    opening = item("M13-P-03", "促进知识产权服务业发展", "推动专利代理机构对外开放试点，推动3家外国专利代理机构在苏设立办事机构。")
    asked = plan("外国专利代理机构那件事，哪两个城市配合")
    chosen, _ = choose_citations(asked, sources(pilot, AWARD, LOAN, NAVIGATION, opening), asked.terms,
                                 Weights([pilot, opening, *CHUNKS]), Thresholds())
    assert chosen == [pilot]


def test_money_asked_with_no_amount_stated_is_cited_from_the_item_offering_it() -> None:
    # "市里有没有钱补贴贯标" (fresh40 ar013): the cities' item offering 专项资金 to 贯标 units, not the one that
    # names 管理规范 more fully but offers nothing; money for another pilot is no answer to it either.
    rules = item("M15-C-01", "提升创新主体知识产权管理水平", "持续推进本地区企业、科研院所、高校、服务机构贯彻知识产权管理"
                 "规范国家标准，组织企业参与创新管理知识产权国际标准实施试点。")
    funding = item("M15-C-02", "提升创新主体知识产权管理水平", "加大政策支持和引导力度，运用知识产权专项资金、中小企业发展专项"
                   "资金等，为贯标单位提供支持，对于在贯标工作中表现优秀的单位，可以视情给予一定奖补。")
    pilots = item("M14-C-01", "开展知识产权试点示范", "积极参与试点示范创建，配合省局对获评单位给予奖补资金支持。")
    # 管理 and 规范 are common words of the task list, as they are in the corpus (of 122 items, many hold them).
    common = [item(f"M0{i}-P-09", "其他", text)
              for i, text in enumerate(["加强重大项目知识产权管理。", "推动服务规范贯彻落实。", "规范化开展管理服务。"], 1)]
    weights = Weights([rules, funding, pilots, *common, *CHUNKS])
    asked = plan("想在公司里推行企业知识产权管理规范，市里有没有钱补贴贯标")
    chosen, _ = choose_citations(asked, sources(rules, funding), asked.terms, weights, Thresholds())
    assert chosen == [funding]
    asked = plan("参加知识产权国际标准实施试点有没有资金补助")
    chosen, _ = choose_citations(asked, sources(rules, pilots), asked.terms, weights, Thresholds())
    assert chosen == [rules]


def test_for_both_levels_the_missing_level_s_item_most_about_the_subject_is_cited() -> None:
    province = Chunk(id="d:M09-P-03", doc="d", doc_title="清单", measure_no=9, measure="严格知识产权行政执法",
                     level="province", item=3, text="推进落实《江苏省知识产权技术调查员管理办法》。")
    standards = Chunk(id="d:M06-C-01", doc="d", doc_title="清单", measure_no=6, measure="创新知识产权运用方式",
                      level="city", item=1, text="支持企业专利技术标准化。")
    city = Chunk(id="d:M09-C-02", doc="d", doc_title="清单", measure_no=9, measure="严格知识产权行政执法",
                 level="city", item=2, text="充分利用技术调查员参与案件处理。")
    chunks = [province, standards, city, *CHUNKS]
    chosen, _ = choose_citations(plan("技术调查员省里和市里分别怎么说"), sources(province, standards, city),
                                 ["技术调查员"], Weights(chunks), Thresholds())
    assert chosen == [province, city]


def test_citations_and_template_are_decided_with_reasons() -> None:
    chosen, decision = choose_citations(plan("苏知贷风险谁担"), sources(LOAN, AWARD), ["苏知贷", "风险"],
                                        Weights(CHUNKS), Thresholds())
    assert chosen == [LOAN] and decision.inputs["candidates"][LOAN.id] == 1.0
    assert choose_template(plan("苏知贷承担70%对吗"), "answer", False).outcome == "premise"
    assert choose_template(plan("苏知贷的原文"), "answer", False).outcome == "quote"


def compose(text: str, *chunks: Chunk) -> str:
    p = plan(text)
    return Composer(Templates()).compose(p, [(part, list(chunks)) for part in p.parts])[0].text


def test_who_bears_a_thing_is_judged_from_the_item_s_structure_not_its_words() -> None:
    shares = Chunk(id="d:M05-P-01", doc="d", doc_title="清单", measure_no=5, measure="强化知识产权金融支撑",
                   level="province", item=1, text="设立“苏知贷”，省风险补偿基金承担80%的贷款本金损失风险，"
                   "合作银行承担20%的贷款本金损失风险和全部利息损失风险。")
    for asked, verdict in [
        ("苏知贷的利息损失风险全部由合作银行承担，对吗？", PREMISE_TRUE),
        ("苏知贷的利息损失风险全部由合作银行承担吗", PREMISE_TRUE),  # a yes/no question the structure answers
        ("苏知贷的利息损失风险是合作银行全担，没错吧", PREMISE_TRUE),
        ("苏知贷的本金损失是省基金和银行分担的吧", PREMISE_TRUE),
        ("苏知贷的利息损失风险由省风险补偿基金承担，对吗？", PREMISE_FALSE),  # the fund bears none of it
        ("苏知贷利息损失是省基金和银行一起承担的吧", PREMISE_FALSE),  # the bank bears all of it
        ("苏知贷的利息损失省基金也要分一部分吧", PREMISE_FALSE),
        ("苏知贷的本金损失全部由合作银行承担，是吧", PREMISE_FALSE),  # the bank bears 20% of it
        ("苏知贷利息损失省基金和合作银行五五开，对吗", PREMISE_FALSE),
        # 贷款 before 的 qualifies the 利息 borne: the interest is the thing, not the 贷款本金 too.
        ("苏知贷贷款的利息损失是省风险补偿基金来兜的吧", PREMISE_FALSE),
    ]:
        assert compose(asked, shares).startswith(verdict), asked
    answer = compose("苏知贷的利息损失风险不由合作银行承担，对吧", shares)  # negated: neither structure nor words
    assert not answer.startswith((PREMISE_TRUE, PREMISE_FALSE))
    # A bearing denied ("不用承担") holds when the party named bears none of the thing.
    assert compose("苏知贷省基金不用承担利息损失，对吧", shares).startswith(PREMISE_TRUE)
    assert compose("合作银行不用承担利息损失吧", shares).startswith(PREMISE_FALSE)
    # A party said to bear one thing only: false when the item gives it another (the bank's 20% of the principal).
    assert compose("苏知贷合作银行只承担利息损失，对吧", shares).startswith(PREMISE_FALSE)
    assert compose("苏知贷合作银行只承担利息损失，本金不用管，是吧", shares).startswith(PREMISE_FALSE)
    assert compose("苏知贷省风险补偿基金只承担本金损失，对吗", shares).startswith(PREMISE_TRUE)
    # The larger share (担大头) is judged by the shares stated: the fund's 80% of the principal, not the bank's 20%.
    assert compose("苏知贷贷款本金损失是银行担大头吧", shares).startswith(PREMISE_FALSE)
    assert compose("苏知贷本金损失主要是省风险补偿基金承担的吧", shares).startswith(PREMISE_TRUE)
    # Of no thing named, the larger share is of the thing the parties split; the tier's bound asserts nothing.
    assert compose("苏知贷1000万以内，银行担大头对吗", shares).startswith(PREMISE_FALSE)
    # Tiers that disagree decide nothing: past 1000万 each bears half.
    tiers = replace(shares, text=shares.text + "单户贷款余额超过1000万元的，省风险补偿基金承担50%的贷款本金损失风险，"
                    "合作银行承担50%的贷款本金损失风险和全部利息损失风险。")
    assert not compose("苏知贷本金损失主要是省风险补偿基金承担的吧", tiers).startswith((PREMISE_TRUE, PREMISE_FALSE))


def test_a_word_asserted_negated_is_judged_by_the_item_writing_it() -> None:
    brief = Chunk(id="d:M17-P-02", doc="d", doc_title="清单", measure_no=17, measure="提升知识产权治理能力",
                  level="province", item=2, text="加强知识产权产出统计监测与分析，定期印发《江苏知识产权统计简报》。")
    assert compose("统计简报是不定期印发的吧", brief).startswith(PREMISE_FALSE)
    assert compose("统计简报是不定期印发的，对吗", brief).startswith(PREMISE_FALSE)
    assert compose("统计简报是不是不定期印发", brief).startswith(PREMISE_FALSE)  # the negation asked by 是不是
    # Done when one thinks of it is done 不定期.
    assert compose("那个江苏知识产权统计简报是想起来才发一期的吧", brief).startswith(PREMISE_FALSE)
    assert compose("统计简报是随便发发的吧", brief).startswith(PREMISE_FALSE)
    # …after an alternative asked: the frequency asked between (每半年) is asserted by neither side, the sentence
    # confirming asserts (fresh28's af042, once "条文没有写明是否每半年").
    asked = "统计简报是每半年才发一次，还是不定期的？听说是不定期印发的吧"
    assert plan(asked).premise is None and compose(asked, brief).startswith(PREMISE_FALSE)
    assert not compose("专利快讯是想起来才发的吧", brief).startswith((PREMISE_TRUE, PREMISE_FALSE))
    # The item writing the word negated too confirms it; a clause without the rest of the assertion decides nothing.
    irregular = replace(brief, text="不定期印发《江苏知识产权统计简报》。")
    assert compose("统计简报是不定期印发的吧", irregular).startswith(PREMISE_TRUE)
    assert not compose("专利快讯是不定期印发的吧", brief).startswith((PREMISE_TRUE, PREMISE_FALSE))
    # An obligation, a modal, a bound or a place's name is no negated word: 不用, 不能, 不超过, 无锡.
    for asked in ["统计简报不用定期印发吧", "统计简报不能定期印发吧", "无锡定期印发统计简报吧"]:
        assert plan(asked).contrary is None, asked


def test_a_level_said_to_have_no_part_in_an_act_is_judged_by_the_item_giving_it_that_act() -> None:
    trademarks = Chunk(id="d:M09-P-04", doc="d", doc_title="清单", measure_no=9, measure="严格知识产权行政执法",
                       level="province", item=4, text="指导各市建立重点商标保护名录，加强重点商标保护。")
    assert compose("重点商标保护名录是省局直接建的，不用各市建，对吗", trademarks).startswith(PREMISE_FALSE)
    # The level alone is no act: an item naming 各市 for another thing decides nothing.
    assert not compose("重点商标保护名录是省局直接发布的，不用各市发布吧", trademarks).startswith(
        (PREMISE_TRUE, PREMISE_FALSE))


def test_a_share_asserted_above_a_bound_is_judged_in_the_tier_above_it() -> None:
    assert compose("苏知贷超过1000万的部分省基金也是担80%吧", TIERED_LOAN).startswith(PREMISE_FALSE)  # 50% there
    assert compose("苏知贷1000万以上省基金担50%，对吗", TIERED_LOAN).startswith(PREMISE_TRUE)
    assert compose("苏知贷1000万以下省基金担80%对吧", TIERED_LOAN).startswith(PREMISE_TRUE)  # 含 1000万


def test_is_it_before_a_figure_or_frequency_asks_to_confirm_it() -> None:
    assert compose("江苏专利奖是不是每年评一次", AWARD).startswith(PREMISE_FALSE)  # 每两年
    assert compose("江苏专利奖金奖是不是给30万", AWARD).startswith(PREMISE_TRUE)


def test_two_parts_answered_by_one_sentence_show_it_once() -> None:
    mediation = Chunk(id="d:M10-P-02", doc="d", doc_title="清单", measure_no=10, measure="强化知识产权协同保护",
                      level="province", item=2, text="做好专利侵权纠纷行政调解协议司法确认工作，推进知识产权纠纷调解工作规范化。")
    text = compose("省里有没有知识产权纠纷调解，调解协议能去法院确认吗", mediation)
    assert text.count("做好专利侵权纠纷行政调解协议司法确认工作") == 1, text


def test_a_frequency_corrected_opens_with_the_item_stating_the_frequency() -> None:
    # The city's item on the prize is cited first (the question's words match it as well), but states no
    # frequency: "不对" is followed by the province item's 每两年, cited as [2].
    city = Chunk(id="d:M01-C-02", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育", level="city",
                 item=2, text="组织遴选优秀专利项目推荐参评江苏专利奖，结合自身实际组织开展本地区专利奖评选活动。")
    assert compose("有客户说江苏专利奖每年评一次，对吧", city, AWARD).startswith(
        "不对。\n\n每两年开展一届江苏专利奖评选")


def test_a_department_asserted_under_another_name_the_task_list_gives_it_holds() -> None:
    degree = Chunk(id="d:M19-P-01", doc="d", doc_title="清单", measure_no=19, measure="打造知识产权人才高地",
                   level="province", item=1, departments=["宣传教育处"],
                   text="支持高校申报知识产权专业硕士学位点。（责任部门：宣传教育处）")
    for asked, verdict in [("硕士学位点申报是宣教处负责的吧", PREMISE_TRUE),  # 宣教处 is 宣传教育处
                           ("硕士学位点申报只有宣教处一家负责吧", PREMISE_TRUE),
                           ("硕士学位点申报是产业促进处负责的吧", PREMISE_FALSE)]:
        p = read_question(asked, asked, Speller(CORPUS), frozenset({"宣教处", "宣传教育处", "产业促进处"}))
        text = Composer(Templates()).compose(p, [(part, [degree]) for part in p.parts])[0].text
        assert text.startswith(verdict), (asked, text)


def test_a_denied_figure_or_frequency_holds_when_the_item_does_not_state_it() -> None:
    assert compose("江苏专利奖不是每年评，对吧", AWARD).startswith(PREMISE_TRUE)  # 每两年
    assert compose("江苏专利奖金奖不是30万，对吧", AWARD).startswith(PREMISE_FALSE)
    assert compose("江苏专利奖金奖是30万，不是50万，对吗", AWARD).startswith(PREMISE_TRUE)
    assert compose("江苏专利奖不是每年都评吗", AWARD).startswith(PREMISE_FALSE)  # rhetorical: asserts 每年
    assert compose("江苏专利奖不是知识产权服务处负责的吧", AWARD).startswith(PREMISE_FALSE)  # a department denied
    # Negated another way: neither confirmed nor refuted by a check that cannot read the negation.
    assert not compose("江苏专利奖不归知识产权服务处管吧", AWARD).startswith((PREMISE_TRUE, PREMISE_FALSE))
    assert not compose("江苏专利奖金奖不给30万吧", AWARD).startswith((PREMISE_TRUE, PREMISE_FALSE))
    # An amount said to exceed the one named.
    assert compose("地理标志产品保护示范区奖励不到200万吧", GEO).startswith(PREMISE_TRUE)
    assert compose("地理标志产品保护示范区奖励不到80万吧", GEO).startswith(PREMISE_FALSE)


def test_a_comparison_asserted_is_judged_from_the_two_amounts_named() -> None:
    assert compose("江苏专利奖银奖比金奖少，对吗", AWARD).startswith(PREMISE_TRUE)
    assert compose("江苏专利奖银奖比金奖高吧", AWARD).startswith(PREMISE_FALSE)
    assert compose("江苏专利奖银奖比金奖少多了吧", AWARD).startswith(PREMISE_TRUE)  # 少, not the 多 after it
    assert compose("江苏专利奖金奖和银奖奖金一样，对吗", AWARD).startswith(PREMISE_FALSE)
    # By how much, too: the amount asserted is the difference, not the first side's amount.
    assert compose("江苏专利奖金奖比银奖多10万，对吗", AWARD).startswith(PREMISE_TRUE)
    assert compose("江苏专利奖金奖比银奖多20万，对吗", AWARD).startswith(PREMISE_FALSE)
    prizes = Chunk(id="d:M01-P-05", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                   level="province", item=5, text="对获得中国专利金奖、银奖的，分别给予100万元、50万元奖励；"
                   "对获得中国外观设计金奖、银奖的，分别给予50万元、25万元奖励。")
    assert compose("外观设计金奖和中国专利银奖奖金一样，对吗", prizes).startswith(PREMISE_TRUE)


def test_a_side_writing_an_amount_s_label_whole_takes_that_amount() -> None:
    brand = Chunk(id="d:M06-P-02", doc="d", doc_title="清单", measure_no=6, measure="创新知识产权运用方式",
                  level="province", item=2, text="对工业品牌项目、地理标志项目，分别给予不超过150万元、200万元资金支持。")
    text = compose("地理标志项目的支持是示范区奖励的几倍", GEO, brand)
    assert "200万元 ÷ 100万元 = 2倍" in text  # not the 50万元 of 地理标志运用促进重点联系指导项目


def test_a_name_listed_beside_a_closed_list_s_names_and_absent_from_it_shows_a_statement_false() -> None:
    degree = Chunk(id="d:M19-P-01", doc="d", doc_title="清单", measure_no=19, measure="打造知识产权人才高地",
                   level="province", item=1, text="支持南京理工大学、江苏大学申报第一批全国知识产权专业硕士学位点。")
    bonds = Chunk(id="d:M05-P-05", doc="d", doc_title="清单", measure_no=5, measure="强化知识产权金融支撑",
                  level="province", item=5, text="支持南通、盐城、常州等专利转化重点城市尽快发行知识产权证券化产品。")
    assert compose("支持南京理工大学和东南大学申报知识产权专业硕士学位点，对吗", degree).startswith(PREMISE_FALSE)
    assert not compose("支持南京理工大学和江苏大学申报专业硕士学位点，对吗", degree).startswith(PREMISE_FALSE)
    # "…等" is no closed list: 扬州 may be one of the cities it means.
    assert not compose("支持南通和扬州尽快发行知识产权证券化产品，对吗", bonds).startswith(PREMISE_FALSE)
    # A name before the listed one, and one whose halves the item writes (南京 and 大学 of 南京理工大学).
    assert compose("知识产权专业硕士学位点是南京大学和江苏大学申报，对吧", degree).startswith(PREMISE_FALSE)
    assert not compose("南京大学申报知识产权专业硕士学位点，对吗", degree).startswith(PREMISE_TRUE)  # no word match
    assert compose("证券化只支持南通和盐城吧", bonds).startswith(PREMISE_FALSE)  # the item names 常州 too
    # Names of the kind asserted in place of the item's, short names read as the full ones (南大: 南京大学);
    # the item's own names only, true, unless a figure is asserted beside them.
    assert compose("专硕点支持的是南大和苏大这两所吧", degree).startswith(PREMISE_FALSE)
    assert compose("专硕点支持的是南理工和江苏大学，我没记错吧", degree).startswith(PREMISE_TRUE)
    assert not compose("支持江苏大学申报专业硕士学位点，2025年实现招生吧", degree).startswith(PREMISE_TRUE)
    brands = Chunk(id="d:M06-P-02", doc="d", doc_title="清单", measure_no=6, measure="创新知识产权运用方式",
                   level="province", item=2, text="对工业品牌项目、地理标志项目，分别给予不超过150万元、200万元资金支持。")
    assert compose("地理标志项目支持比工业品牌项目少，对吧", brands).startswith(PREMISE_FALSE)  # 比…少 is judged
    assert not compose("证券化支持南通和盐城吧", bonds).startswith(PREMISE_FALSE)
    # Cities asserted in place of a closed list's, in the sentence about what they are said to do.
    pilot = Chunk(id="d:M13-C-03", doc="d", doc_title="清单", measure_no=13, measure="促进知识产权服务业发展",
                  level="city", item=3, text="南京、苏州两地配合省局开展专利代理对外开放试点工作。")
    assert compose("专利代理对外开放试点是无锡和常州配合的吧", pilot).startswith(PREMISE_FALSE)
    assert not compose("专利代理对外开放试点，无锡也有专利代理机构吧", pilot).startswith(PREMISE_FALSE)  # not 配合


def test_summing_every_amount_of_one_thing_adds_them_all_and_of_several_things_adds_none() -> None:
    award = Chunk(id="d:M01-P-04", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                  level="province", item=4, text="对获得金奖、银奖、优秀奖、发明人奖的，分别给予30万元、20万元、10万元、2万元奖励。")
    assert "30万元 + 20万元 + 10万元 + 2万元 = 62万元" in compose("江苏专利奖四个奖全加起来是多少", award)
    assert "=" not in compose("江苏专利奖三个奖全加起来是多少", award)  # four are stated, not three
    # Three named by their grades' first characters.
    jiangsu = replace(award, text="每两年开展一届江苏专利奖评选，" + award.text)
    assert "30万元 + 20万元 + 10万元 = 60万元" in compose("江苏专利奖金银优秀三个奖加起来", jiangsu)
    prizes = Chunk(id="d:M01-P-05", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                   level="province", item=5, text="对获得中国专利金奖、银奖的，分别给予100万元、50万元奖励；"
                   "对获得中国外观设计金奖、银奖的，分别给予50万元、25万元奖励。")
    assert "=" not in compose("中国专利奖所有奖都加起来多少", prizes)  # patents and designs: which is meant?
    # A count says which: the two 中国外观设计 prizes, the two of 中国专利 (whose name holds both).
    assert "50万元 + 25万元 = 75万元" in compose("中国外观设计两个奖项一共多少", prizes)
    assert "100万元 + 50万元 = 150万元" in compose("中国专利奖两个奖项总共奖多少", prizes)
    assert "=" not in compose("中国专利奖三个奖项总共奖多少", prizes)  # two of each are stated
    centre = Chunk(id="d:M01-P-01", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                   level="province", item=1, text="立项支持省高价值专利培育示范中心，每个项目给予不超过250万元资金支持。")
    rated = Chunk(id="d:M01-P-02", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                  level="province", item=2, text="评价为优秀、良好的分别给予50万元、30万元奖励。")
    # One amount led, the other named by the sum's other subject; the largest less the smallest.
    assert "250万元 + 30万元 = 280万元" in compose("示范中心立项支持加上良好奖励一共多少", rated, centre)
    assert "30万元 − 2万元 = 28万元" in compose("江苏专利奖四个奖里最高和最低差多少", award)
    # Three of one thing among two things' grades: the labels less their grades say which thing.
    three = Chunk(id="d:M01-P-05", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                  level="province", item=5, text="对获得中国专利金奖、银奖、优秀奖的，分别给予100万元、50万元、20万元奖励；"
                  "对获得中国外观设计金奖、银奖、优秀奖的，分别给予50万元、25万元、10万元奖励。")
    assert "100万元 + 50万元 + 20万元 = 170万元" in compose("中国专利金、银、优秀奖三个加起来是多少", three)
    # No amount is added twice: a part whose words name only an amount already taken adds nothing.
    assert "250万元 + 250万元" not in compose("示范中心立项250万，再加上评优秀的奖励，总共能拿多少", centre)
    assert "100万元 − 30万元 = 70万元" in compose("中国专利金奖的奖励比江苏专利奖金奖高出多少", three, award)
    # A part naming a grade and a count only ("银奖两个奖…") is of the subject before it.
    assert "100万元 + 50万元 = 150万元" in compose("中国专利奖金奖、银奖两个奖加起来是多少", prizes)


def test_grades_enumerated_by_their_stems_add_their_amounts_and_a_counted_unit_repeats_one() -> None:
    three = Chunk(id="d:M01-P-05", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                  level="province", item=5, text="对获得中国专利金奖、银奖、优秀奖的，分别给予100万元、50万元、20万元奖励；"
                  "对获得中国外观设计金奖、银奖、优秀奖的，分别给予50万元、25万元、10万元奖励。")
    # The grades' count is no repetition: 金银优秀 are three prizes, each once, of the thing named (外观设计).
    text = compose("中国外观设计金银优秀奖三个都拿了，一共多少", three)
    assert "50万元 + 25万元 + 10万元 = 85万元" in text
    # Each grade summed leads the answer, not only the one its words name last (优秀奖).
    assert text.startswith("中国外观设计金奖：50万元[1]；中国外观设计银奖：25万元[1]；中国外观设计优秀奖：10万元[1]。")
    assert "100万元 + 20万元 = 120万元" in compose("中国专利金奖跟优秀奖我们都拿了，合计多少", three)
    centre = Chunk(id="d:M01-P-01", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                   level="province", item=1, text="立项支持组建示范中心，每个项目给予不超过250万元资金支持。")
    # The item gives its amount per project (每个项目): a count of projects repeats it.
    assert "250万元 + 250万元 = 500万元" in compose("两个示范中心项目同时立项，合计最多支持多少", centre)
    rated = Chunk(id="d:M01-P-02", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                  level="province", item=2, text="评价为优秀、良好的分别给予50万元、30万元奖励。")
    award = Chunk(id="d:M01-P-04", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                  level="province", item=4, text="江苏专利奖对获得金奖、银奖、优秀奖的，分别给予30万元、20万元、10万元奖励。")
    # A side giving its own amount the items state (20万那档) is that amount, not the grade its words name.
    assert "50万元 + 20万元 = 70万元" in compose("示范中心评了优秀，又拿了江苏专利奖20万那档，合计多少", rated, award)
    assert "=" not in compose("示范中心立项总共最多支持多少", centre)  # no count, nothing to repeat
    # The count qualifies the unit across a long name, in one clause with no other number between.
    assert "250万元 + 250万元 = 500万元" in compose("两个高价值专利培育示范中心项目同时立项，资金支持上限合计多少", centre)


def test_a_total_asked_after_the_parts_adds_each_part_once() -> None:
    prizes = Chunk(id="d:M01-P-05", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                   level="province", item=5, text="对获得中国专利金奖、银奖、优秀奖的，分别给予100万元、50万元、20万元奖励；"
                   "对获得中国外观设计金奖、银奖、优秀奖的，分别给予50万元、25万元、10万元奖励。")
    text = compose("中国专利优秀奖和外观设计优秀奖各多少？一共多少？", prizes)
    assert "20万元 + 10万元 = 30万元" in text, text


def test_an_asserted_period_is_no_subject_so_the_frequency_is_checked_against_the_right_prize() -> None:
    china = Chunk(id="d:M01-P-05", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                  level="province", item=5, text="每年组织遴选优秀专利项目推荐参评中国专利奖，给予100万元奖励。")
    chunks = [china, AWARD, *CHUNKS]
    text = "中国专利奖是两年评一次对吧"  # 两年 is in 江苏专利奖's 每两年, not what the question is about
    asked = read_question(text, text, Speller("\n".join(c.search_text for c in chunks)))
    chosen, _ = choose_citations(asked, sources(china, AWARD), asked.terms, Weights(chunks), Thresholds())
    assert chosen == [china]
    assert Composer(Templates()).compose(asked, [(asked.parts[0], chosen)])[0].text.startswith(PREMISE_FALSE)


def test_a_count_asked_by_its_thing_and_a_period_by_its_own_word_are_named_unstated() -> None:
    covered, decision = decide("江苏专利奖一届评多少个金奖", AWARD, LOAN)  # 30万元 is no count of prizes
    assert (covered.outcome, covered.unstated) == ("unstated", ["数量"]), decision
    centre = Chunk(id="d:M01-P-01", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                   level="province", item=1, text="立项支持省高价值专利培育示范中心，每个项目给予不超过250万元资金支持。")
    covered, decision = decide("高价值专利培育示范中心的项目周期是几年", centre, AWARD)
    assert (covered.outcome, covered.unstated) == ("unstated", ["周期"]), decision
    covered, decision = decide("江苏专利奖的获奖率有多少", AWARD, LOAN)  # a rate: a percentage, named as asked
    assert (covered.outcome, covered.unstated) == ("unstated", ["获奖率"]), decision


def test_a_time_is_stated_only_by_an_item_naming_the_thing_it_is_of() -> None:
    review = Chunk(id="d:M18-P-01", doc="d", doc_title="清单", measure_no=18, measure="深化自贸试验区知识产权管理",
                   level="province", item=1, text="提高自贸区创新主体专利申请优先审查推荐效率。")
    # 发明 and 专利 make the prize item a subject item; its 每两年 is the prize's, not the 审查's.
    covered, _ = decide_among("发明专利审查周期一般多久", [review], AWARD, review)
    assert covered.outcome == "unstated"
    assert decide("江苏专利奖多久评一次", AWARD, LOAN)[0].outcome == "answer"
    covered, _ = decide("江苏专利奖评审办公室几点下班", AWARD, LOAN)  # a clock time, which no item states
    assert covered.outcome == "unstated" and "几点" in covered.unstated[0]


def test_an_event_is_no_unknown_subject_of_a_benefit() -> None:
    # "亏了银行赔多少": 亏了 says what happened; it names no thing the corpus lacks.
    assert decide_among("苏知贷亏了银行赔多少", [TIERED_LOAN], TIERED_LOAN, AWARD)[0].outcome == "answer"


def test_weak_evidence_keeps_the_top_item_naming_what_a_location_request_asks_the_place_of() -> None:
    covered, decision = decide("Where in the task list is the Su Zhi Dai measure?", TIERED_LOAN, AWARD,
                               model=REFUSE_ALL)
    assert covered.outcome == "answer" and "place or wording" in decision.inputs["kept"], decision


def test_how_many_times_is_stated_by_a_frequency_not_by_a_count_of_things() -> None:
    outlets = Chunk(id="d:M12-P-06", doc="d", doc_title="清单", measure_no=12, measure="完善知识产权公共服务",
                    level="province", item=6, text="力争全省拥有省级知识产权信息公共服务网点100家，加强网点指导评价。")
    covered, decision = decide("知识产权信息公共服务网点每年考核几次", outlets, AWARD)
    assert covered.outcome == "unstated" and "次" in covered.unstated[0], decision
    covered, decision = decide("江苏专利奖一年评几次", AWARD, LOAN)  # 每两年 answers it
    assert covered.outcome == "answer", decision


def test_money_asked_by_its_name_is_stated_by_an_amount_in_a_clause_naming_it() -> None:
    # The loan item names 利息 as a risk borne, with a share beside it: no amount of interest.
    loan = replace(LOAN, text="对于单户贷款余额不超过1000万元（含）的，省风险补偿基金承担80%的贷款本金损失风险，"
                              "合作银行承担20%的贷款本金损失风险和全部利息损失风险。")
    asked = "苏知贷贷下来以后每个月要还多少利息"
    covered, decision = decide(asked, loan, AWARD)
    assert plan(asked).amount_word == "利息" and covered.outcome == "unstated", decision
    assert covered.unstated == ["利息数额"], decision
    covered, decision = decide("示范中心每个项目给多少资金", CENTRE, AWARD)
    assert covered.outcome == "answer", decision


def test_how_to_do_an_act_is_stated_only_by_the_item_about_the_subject() -> None:
    operation = Chunk(id="d:M04-P-01", doc="d", doc_title="清单", measure_no=4, measure="完善知识产权转化运营机制",
                      level="province", item=1, text="深入实施专利转化专项计划，每个项目给予不超过150万元资金支持。")
    clusters = Chunk(id="d:M13-P-01", doc="d", doc_title="清单", measure_no=13, measure="促进知识产权服务业发展",
                     level="province", item=1, text="组织有条件的地方申报知识产权服务业集聚示范区。")
    covered, decision = decide_among("专利转化专项计划项目怎么申报", [operation, clusters], operation, clusters)
    assert (covered.outcome, covered.unstated) == ("unstated", ["怎么申报"]), decision  # 申报 is another item's
    covered, decision = decide_among("知识产权服务业集聚示范区怎么申报", [operation, clusters], clusters, operation)
    assert covered.outcome == "answer", decision
    # Of two parts, each part's subject items: the province item writes 培育 though the city item ranks first.
    province = Chunk(id="d:M10-P-03", doc="d", doc_title="清单", measure_no=10, measure="强化知识产权协同保护",
                     level="province", item=3, text="加大知识产权鉴定机构的培育力度。")
    city = Chunk(id="d:M10-C-03", doc="d", doc_title="清单", measure_no=10, measure="强化知识产权协同保护",
                 level="city", item=3, text="配合省局对相关鉴定机构建设加强跟踪指导和动态管理。")
    covered, _ = decide_among("知识产权鉴定机构省里怎么培育，市里配合做什么", [province, city], city, province)
    assert covered.outcome == "answer"


def test_what_is_asked_to_be_handed_in_and_how_often_an_act_is_done_are_named_with_the_act() -> None:
    covered, decision = decide("专利导航项目结题要提交哪些成果", NAVIGATION, AWARD)
    assert covered.outcome == "unstated" and covered.unstated[0] == "结题要提交哪些成果", decision
    covered, decision = decide("专利导航服务基地一年考核几次", NAVIGATION, AWARD)
    assert (covered.outcome, covered.unstated) == ("unstated", ["考核几次"]), decision


def test_a_model_refusal_keeps_a_top_item_writing_the_thing_and_act_a_yes_no_question_asks_of() -> None:
    alliance = Chunk(id="d:M07-P-05", doc="d", doc_title="清单", measure_no=7, measure="壮大知识产权密集型产业",
                     level="province", item=5, text="鼓励联盟构建产业专利池，建立产业知识产权风险预警和应对机制。")
    covered, decision = decide_among("我们跟同行想一起凑个专利池，省里鼓励吗", [alliance], alliance, LOAN,
                                     model=REFUSE_ALL)
    assert covered.outcome == "answer" and "asks whether" in decision.inputs["kept"], decision
    covered, _ = decide_among("专利池能拿去质押吗", [alliance], alliance, LOAN, model=REFUSE_ALL)  # 质押: not there
    assert covered.outcome == "out_of_scope"


def test_an_alternative_is_decided_by_an_item_stating_its_negated_side() -> None:
    report = Chunk(id="d:M17-P-02", doc="d", doc_title="清单", measure_no=17, measure="提升知识产权治理能力",
                   level="province", item=2, text="加强知识产权产出统计监测与分析，定期印发《江苏知识产权统计简报》。")
    covered, decision = decide_among("统计简报是不定期出还是有规律地出", [report], report)
    assert covered.outcome == "answer", decision  # 定期 answers 不定期 (no)


def test_a_detail_qualified_by_a_word_no_item_names_is_unstated_as_asked() -> None:
    centre = Chunk(id="d:M03-C-02", doc="d", doc_title="清单", measure_no=3, measure="加快创新技术专利获权",
                   level="city", item=2, text="按照科研类事业单位条件要求积极申报保护中心。")
    covered, decision = decide_among("申报保护中心要满足什么营收条件", [centre], centre)
    assert (covered.outcome, covered.unstated) == ("unstated", ["营收条件"]), decision  # not 申请条件: 条件 is stated


def test_a_consequence_asked_is_stated_only_where_the_items_name_what_it_involves() -> None:
    covered, decision = decide("苏知贷逾期了会不会影响企业征信", LOAN, AWARD)
    assert (covered.outcome, covered.unstated) == ("unstated", ["会不会影响企业征信"]), decision
    assert decide("苏知贷会不会由省风险补偿基金承担损失风险", LOAN, AWARD)[0].outcome == "answer"
    assert decide("江苏专利奖会不会给点钱", AWARD, LOAN)[0].outcome == "answer"  # money asked: a support
    # An A-not-A verb asks whether of what it acts on; 能不能 asks whether a support exists, left to the evidence.
    assert decide("评上江苏专利奖，省里给不给报住宿", AWARD, LOAN)[0].unstated == ["是否报住宿"]
    assert decide("江苏专利奖能不能给到个人", AWARD, LOAN)[0].outcome == "answer"


def test_an_interest_subsidy_and_the_courts_asked_for_are_unstated_where_no_item_states_them() -> None:
    assert decide("苏知贷的利息政府贴多少", LOAN, AWARD)[0].outcome == "unstated"  # not the 80% of the principal
    assert decide("苏知贷纠纷可以去哪个法院起诉", LOAN, AWARD)[0].outcome == "unstated"  # no court is named


def test_a_use_of_money_and_a_unit_no_item_names_are_unstated() -> None:
    covered, decision = decide("专利导航项目的资金能用来发工资吗", NAVIGATION, AWARD)
    assert (covered.outcome, covered.unstated) == ("unstated", ["是否用于发工资"]), decision
    covered, decision = decide("苏知贷的审批要多少个工作日", LOAN, AWARD)  # 工作 frames; 工作日 is a thing
    assert (covered.outcome, covered.unstated) == ("unstated", ["工作日"]), decision


def test_where_to_see_a_thing_asks_for_it_and_a_count_needs_its_unit() -> None:
    covered, decision = decide("江苏专利奖的获奖名单在哪看", AWARD, LOAN)  # no place in the list is asked
    assert (covered.outcome, covered.unstated) == ("unstated", ["获奖名单"]), decision
    agencies = Chunk(id="d:M13-P-03", doc="d", doc_title="清单", measure_no=13, measure="促进知识产权服务业发展",
                     level="province", item=3, text="推动3家外国专利代理机构在苏设立办事机构，鼓励外国人参加专利代理师资格考试。")
    covered, decision = decide_among("专利代理师资格考试考几门", [agencies], agencies, AWARD)  # subjects, not 3家
    assert (covered.outcome, covered.unstated) == ("unstated", ["科目数"]), decision
    covered, decision = decide_among("推动几家外国专利代理机构来苏设立办事机构", [agencies], agencies, AWARD)
    assert covered.outcome == "answer", decision


def test_how_long_until_an_act_is_named_with_the_act_and_which_year_is_not() -> None:
    covered, decision = decide("江苏专利奖评选结果多久公布", AWARD, LOAN)  # 每两年 says how often, not this
    assert (covered.outcome, covered.unstated) == ("unstated", ["多久公布"]), decision
    degree = Chunk(id="d:M19-P-01", doc="d", doc_title="清单", measure_no=19, measure="打造知识产权人才高地",
                   level="province", item=1, text="支持申报知识产权专业硕士学位点，争取2024年实现招生。")
    covered, decision = decide_among("知识产权专业硕士学位点争取哪一年招生", [degree], degree, AWARD)
    assert covered.outcome == "answer", decision


def test_a_counted_noun_names_instances_of_the_subject_and_a_count_summed_adds_them() -> None:
    asked = plan("江苏专利奖四个奖项的奖励一共是多少")
    assert asked.benefit_subject == ["江苏专利奖"] and asked.sum_of_all == 4  # 奖项: the prize's four, no new thing


def test_a_question_of_which_the_corpus_knows_only_a_place_is_out_of_scope() -> None:
    nanjing = Chunk(id="d:M18-C-02", doc="d", doc_title="清单", measure_no=18, measure="深化自贸试验区知识产权管理",
                    level="city", item=2, text="南京市局认真抓好南京国际知识产权金融创新中心建设。")
    covered, decision = decide_among("南京今天天气怎么样", [nanjing], nanjing, LOAN)
    assert covered.outcome == "out_of_scope" and "say where" in decision.reason, decision
    covered, _ = decide_among("南京的金融创新中心谁负责", [nanjing], nanjing, LOAN)
    assert covered.outcome == "answer"
    # Where a place is asked after, the place is what the question is about, kept though the model refuses.
    covered, decision = decide_among("南京出现在哪些条目里", [nanjing], nanjing, LOAN, model=REFUSE_ALL)
    assert covered.outcome == "answer" and nanjing.id in decision.inputs["kept"], decision


def test_weak_evidence_does_not_keep_an_item_for_holding_only_the_detail_asked() -> None:
    alliance = Chunk(id="d:M07-C-02", doc="d", doc_title="清单", measure_no=7, measure="壮大知识产权密集型产业",
                     level="city", item=2, text="推动达到登记条件的联盟进行法人登记注册。")
    covered, _ = decide_among("公司想上市需要什么条件", [alliance], alliance, LOAN, model=REFUSE_ALL)
    assert covered.outcome == "out_of_scope"  # 条件 is what is asked, not what about


def test_members_asked_of_a_group_need_an_item_that_enumerates_names() -> None:
    covered, decision = decide("苏知贷的合作银行是哪几家", TIERED_LOAN, AWARD)  # the item names the group only
    assert (covered.outcome, covered.unstated) == ("unstated", ["合作银行名单"]), decision
    insurers = Chunk(id="d:M05-P-04", doc="d", doc_title="清单", measure_no=5, measure="强化知识产权金融支撑",
                     level="province", item=4, text="支持人保财险、太平洋财险、平安财险等保险机构创新知识产权保险产品。")
    covered, decision = decide("哪些保险公司在做知识产权保险", insurers, LOAN)
    assert covered.outcome == "answer", decision
    # The enumeration must be of the kind asked: prize grades are no banks, associations no agencies.
    covered, decision = decide("江苏专利奖的奖金由哪家银行发放", AWARD, LOAN)
    assert (covered.outcome, covered.unstated) == ("unstated", ["银行名单"]), decision
    bodies = Chunk(id="d:M13-P-04", doc="d", doc_title="清单", measure_no=13, measure="促进知识产权服务业发展",
                   level="province", item=4, text="加强江苏省专利代理人协会、江苏省商标协会等行业组织建设。")
    covered, decision = decide("苏州哪家专利代理机构比较靠谱", bodies, LOAN)
    assert (covered.outcome, covered.unstated) == ("unstated", ["专利代理机构名单"]), decision
    cities = Chunk(id="d:M05-P-05", doc="d", doc_title="清单", measure_no=5, measure="强化知识产权金融支撑",
                   level="province", item=5, text="支持南京、苏州等地扩大知识产权证券化产品发行规模。")
    covered, decision = decide("哪些城市在搞知识产权证券化", cities, LOAN)
    assert covered.outcome == "answer", decision
    # One body asked for ("靠哪家机构来做") is answered by one named as such; a kind alone names none.
    appraisal = Chunk(id="d:M16-P-01", doc="d", doc_title="清单", measure_no=16, measure="加强重大项目知识产权管理",
                      level="province", item=1, text="依托省知识产权保护中心，对重大经济科技活动开展知识产权评议。")
    covered, decision = decide("重大经济科技活动的知识产权评议靠哪家机构来做", appraisal, LOAN)
    assert covered.outcome == "answer", decision
    covered, decision = decide("重大经济科技活动的知识产权评议有哪些机构参与", appraisal, LOAN)
    assert (covered.outcome, covered.unstated) == ("unstated", ["机构名单"]), decision
    # Bodies asked for by the bare kind (哪些机构) are named by the kind an item engages (专利代理机构).
    aid = Chunk(id="d:M13-C-02", doc="d", doc_title="清单", measure_no=13, measure="促进知识产权服务业发展",
                level="city", item=2, text="组织专利代理机构和专利代理师开展专利代理援助服务。")
    covered, decision = decide("专利代理援助，设区市组织哪些机构来做", aid, LOAN)
    assert covered.outcome == "answer", decision


def test_members_asked_for_with_an_act_are_kept_from_the_top_item_naming_them() -> None:
    pilots = Chunk(id="d:M13-C-03", doc="d", doc_title="清单", measure_no=13, measure="促进知识产权服务业发展",
                   level="city", item=3, text="南京、苏州两地配合省局开展专利代理对外开放试点工作。")
    covered, decision = decide_among("市里哪些城市配合", [pilots], pilots, LOAN, model=REFUSE_ALL)
    assert covered.outcome == "answer" and "城市 asked for" in decision.inputs["kept"], decision  # not 城市配合
    covered, _ = decide_among("市里哪些城市牵头", [pilots], pilots, LOAN, model=REFUSE_ALL)  # only the kind is held
    assert covered.outcome == "out_of_scope"


def test_members_named_by_the_top_item_count_when_it_is_of_the_subject_s_measure() -> None:
    agencies = Chunk(id="d:M13-P-03", doc="d", doc_title="清单", measure_no=13, measure="促进知识产权服务业发展",
                     level="province", item=3, text="推动专利代理机构对外开放试点，推动3家外国专利代理机构在苏设立办事机构尽快落地。")
    pilots = Chunk(id="d:M13-C-03", doc="d", doc_title="清单", measure_no=13, measure="促进知识产权服务业发展",
                   level="city", item=3, text="南京、苏州两地配合省局开展专利代理对外开放试点。")
    question = "外国专利代理机构办事机构目标几家 哪两个市配合"
    covered, decision = decide_among(question, [pilots, agencies], pilots, agencies)
    assert covered.outcome == "answer", decision
    # Cities an item of another measure names are no answer about this subject.
    exports = Chunk(id="d:M20-C-01", doc="d", doc_title="清单", measure_no=20, measure="深化知识产权国际交流合作",
                    level="city", item=1, text="南京、苏州完善出口基地功能定位和目标任务。")
    # Nor is the first item the subject of a part no item is about ("哪两个市配合"): it asks of the other part's.
    for asked in (question, question.replace(" ", "，")):
        covered, decision = decide_among(asked, [exports, agencies], exports, agencies)
        assert (covered.outcome, covered.unstated) == ("unstated", ["市名单"]), decision


def test_a_benefit_no_item_offers_is_named_as_asked_and_one_offered_without_an_amount_is_a_sum() -> None:
    examiner = Chunk(id="d:M09-P-03", doc="d", doc_title="清单", measure_no=9, measure="严格知识产权行政执法",
                     level="province", item=3, text="推进落实《江苏省知识产权技术调查员管理办法》。")
    firms = Chunk(id="d:M14-P-02", doc="d", doc_title="清单", measure_no=14, measure="开展知识产权试点示范",
                  level="province", item=2, text="培育认定省级知识产权示范企业，给予奖补资金支持。")
    for text, top, named in [("技术调查员一个月补贴多少", examiner, "补贴"), ("省级知识产权示范企业认定后奖励多少钱", firms, "金额")]:
        covered, decision = decide_among(text, [examiner, firms], top, AWARD)
        assert (covered.outcome, covered.unstated) == ("unstated", [named]), decision


def test_an_act_framed_as_a_requirement_is_a_thing_no_item_names() -> None:
    covered, decision = decide("江苏专利奖的验收要求有哪些", AWARD, LOAN)  # jieba tags both words verbs
    assert (covered.outcome, covered.unstated) == ("unstated", ["验收要求"]), decision


def test_money_qualified_by_a_word_of_its_own_is_a_thing_no_item_names() -> None:
    centre = Chunk(id="d:M04-P-01", doc="d", doc_title="清单", measure_no=4, measure="完善知识产权转化运营机制",
                   level="province", item=1, text="支持有条件的园区建设产业知识产权运营中心，每个项目给予不超过150万元资金支持。")
    covered, decision = decide("产业知识产权运营中心要准备多少周转资金", centre, AWARD)  # jieba: one word
    assert (covered.outcome, covered.unstated) == ("unstated", ["周转资金"]), decision
    # The asker's own contribution is a detail of its own, named by its label whatever money word follows.
    covered, decision = decide("产业知识产权运营中心要配套多少自筹资金", centre, AWARD)
    assert (covered.outcome, covered.unstated) == ("unstated", ["企业自筹或配套资金"]), decision
    covered, decision = decide("产业知识产权运营中心每个项目有多少资金", centre, AWARD)  # money alone frames
    assert covered.outcome == "answer", decision


def test_what_a_light_verb_asks_to_be_provided_is_a_thing_no_item_names() -> None:
    covered, decision = decide("苏知贷需要企业提供担保吗", TIERED_LOAN, AWARD)  # jieba tags 担保 a verb
    assert (covered.outcome, covered.unstated) == ("unstated", ["是否企业提供担保"]), decision


def test_how_long_an_act_takes_is_no_frequency_and_how_a_matter_is_handled_is_no_act() -> None:
    covered, decision = decide("江苏专利奖评审要多久", AWARD, LOAN)
    assert (covered.outcome, covered.unstated) == ("unstated", ["评审要多久"]), decision
    covered, decision = decide("江苏专利奖多久评一次", AWARD, LOAN)
    assert covered.outcome == "answer", decision
    covered, decision = decide("江苏专利奖的奖金多久发下来", AWARD, LOAN)  # until an act's result: 每两年 is no answer
    assert (covered.outcome, covered.unstated) == ("unstated", ["多久发下来"]), decision
    covered, decision = decide("苏知贷的风险怎么解决", LOAN, AWARD)  # 解决 asks how it is handled
    assert covered.outcome == "answer", decision


def test_a_false_premise_is_corrected_first_and_a_true_one_confirmed() -> None:
    geo = Chunk(id="d:M06-P-03", doc="d", doc_title="清单", measure_no=6, measure="创新知识产权运用方式",
                level="province", item=3, text="对获批建设国家地理标志产品保护示范区的地方给予不超过100万元奖励，"
                "对列入国家地理标志运用促进重点联系指导项目的地方给予不超过50万元资金支持。")
    # Each asserted amount against the one its clause names: 100万元 is stated, but not for the second.
    assert compose("示范区奖励不超过100万元，重点联系指导项目也是100万，对吗", geo).startswith(PREMISE_FALSE)
    assert compose("示范区奖励不超过100万元，重点联系指导项目50万，对吗", geo).startswith(PREMISE_TRUE)
    assert compose("江苏专利奖金奖是50万元，对吧", AWARD).startswith(PREMISE_FALSE)
    assert compose("江苏专利奖金奖是30万元，对吧", AWARD).startswith(PREMISE_TRUE)
    assert compose("江苏专利奖是每年评一次吧", AWARD).startswith(PREMISE_FALSE)
    assert compose("江苏专利奖是两年评一届，对吗", AWARD).startswith(PREMISE_TRUE)  # 两年一届 is 每两年


def test_a_department_asserted_as_the_only_one_is_false_where_the_item_names_another() -> None:
    shared = replace(AWARD, departments=["知识产权服务处", "产业促进处"])
    assert compose("江苏专利奖只有知识产权服务处一家负责，对吗", shared).startswith(PREMISE_FALSE)
    assert compose("江苏专利奖是知识产权服务处负责的吧", shared).startswith(PREMISE_TRUE)  # one of them
    assert compose("江苏专利奖只有知识产权服务处负责吧", AWARD).startswith(PREMISE_TRUE)  # the only one named


def test_a_frequency_is_checked_against_the_item_about_the_subject_and_never_confirmed_unstated() -> None:
    centre = Chunk(id="d:M01-P-01", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                   level="province", item=1, text="立项支持组建省高价值专利培育示范中心，每个项目给予不超过250万元资金支持。")
    china = Chunk(id="d:M01-P-05", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                  level="province", item=5, text="每年组织遴选优秀专利项目推荐参评中国专利奖，对获得中国专利金奖的，给予100万元奖励。")
    text = compose("高价值专利培育示范中心250万是每年都给吗", centre, china)
    assert text.startswith("条文没有写明是否每年") and PREMISE_TRUE not in text  # 每年 is 中国专利奖's
    assert compose("中国专利奖每年推荐一次对吧", centre, china).startswith(PREMISE_TRUE)


def test_each_part_of_a_sum_takes_the_one_amount_its_words_name() -> None:
    jiangsu = Chunk(id="d:M01-P-04", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                    level="province", item=4, text="每两年开展一届江苏专利奖评选，对获得金奖、银奖、优秀奖的，"
                                                   "分别给予30万元、20万元、10万元奖励。")
    china = Chunk(id="d:M01-P-05", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                  level="province", item=5, text="推荐参评中国专利奖，对获得中国专利金奖、优秀奖的，分别给予100万元、20万元奖励。")
    text = compose("中国专利优秀奖和江苏专利优秀奖加起来多少", china, jiangsu)
    assert "20万元 + 10万元 = 30万元" in text  # not 20 + 10 + 20: 优秀奖 alone names two prizes
    # Named word for word in clauses of their own: not the cross (江苏专利奖优秀奖, 中国专利金奖) of their words.
    text = compose("我们拿了江苏专利奖银奖，另外还拿了一个中国专利优秀奖，加起来一共多少", china, jiangsu)
    assert "20万元 + 20万元 = 40万元" in text and "10万元" not in text.split("依据")[0]
    text = compose("我们拿了江苏专利奖银奖，另外还拿了一个中国专利优秀奖，加起来一共能拿多少奖金", china, jiangsu)
    assert "20万元 + 20万元 = 40万元" in text  # 奖金 is not in 江苏专利奖 金奖
    assert "30万元 + 20万元 = 50万元" in compose("江苏专利奖金奖加银奖一共多少", jiangsu)
    centre = Chunk(id="d:M01-P-01", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                   level="province", item=1, text="立项支持牵头组建省高价值专利培育示范中心，每个项目给予不超过250万元资金支持。")
    text = compose("国家地理标志产品保护示范区奖励加上高价值专利培育示范中心支持，总共多少", GEO, centre)
    assert "100万元 + 250万元 = 350万元" in text  # the lone amounts named by their clauses


def test_an_amount_won_twice_is_added_twice_and_a_grade_by_what_it_grades() -> None:
    assert "30万元 + 30万元 = 60万元" in compose("江苏专利奖金奖拿了两次，一共多少", AWARD)
    # 良好 is the centre's evaluation (the words before its enumeration), not the centre's 250万 again.
    assert "30万元 + 250万元 = 280万元" in compose("示范中心评了良好，加上立项支持最多能拿多少", GRADES, CENTRE)


def test_each_clause_before_a_total_is_a_side_and_a_fraction_is_the_smaller_over_the_larger() -> None:
    # 优秀 is the centre's grade here, not the prize's 优秀奖 that the leads name too.
    answer = compose("评上示范中心优秀，再拿个江苏专利奖银奖，合计能拿多少", AWARD, GRADES)
    assert "50万元 + 20万元 = 70万元" in answer
    assert "50万元 ÷ 250万元 = 0.2倍" in compose("示范中心立项支持250万，评价优秀的奖励是它的几分之几", GRADES, CENTRE)


def test_a_sum_of_a_led_amount_and_the_askers_own_stated_one() -> None:
    # 再加 joins the two sides, added in the order asked.
    assert "250万元 + 30万元 = 280万元" in compose("示范中心立项支持最多250万，再加评价良好的奖励，一共多少", GRADES, CENTRE)
    # The part giving its amount is that amount; the other part may not take it again (250 + 250).
    text = compose("示范中心评优秀的奖励加上立项的250万，一共能拿多少", GRADES, CENTRE)
    assert "50万元 + 250万元 = 300万元" in text and "250万元 + 250万元" not in text


def test_an_asserted_amount_is_checked_against_the_amount_its_words_name() -> None:
    assert compose("地理标志产品保护示范区奖励最多50万吧", GEO).startswith(PREMISE_FALSE)  # 50万元 is another's
    assert compose("地理标志产品保护示范区奖励最多100万吧", GEO).startswith(PREMISE_TRUE)


def test_an_asserted_share_is_checked_against_its_tier_and_party() -> None:
    assert compose("苏知贷1000万以内的，合作银行承担一半的本金风险，对吗", TIERED_LOAN).startswith(PREMISE_FALSE)
    assert compose("苏知贷1000万以内的，合作银行承担20%的本金风险，对吗", TIERED_LOAN).startswith(PREMISE_TRUE)
    assert compose("苏知贷1000万到3000万的，省风险补偿基金承担80%，是吗", TIERED_LOAN).startswith(PREMISE_FALSE)
    # The asker's own amount locates the tier; it is not a figure asserted of the policy.
    assert compose("贷款2000万，合作银行承担一半对吧", TIERED_LOAN).startswith(PREMISE_TRUE)
    assert compose("贷款500万，合作银行承担一半对吧", TIERED_LOAN).startswith(PREMISE_FALSE)
    # No amount: a share holding in one tier only is confirmed for that tier alone, tier by tier.
    text = compose("苏知贷合作银行承担一半对吗", TIERED_LOAN)
    assert text.startswith("是的，但只适用于其中一档")
    assert "合作银行承担20%" in text and "合作银行承担50%" in text


def test_a_sum_is_computed_from_cited_figures_with_the_arithmetic_shown() -> None:
    assert "30万元 + 20万元 = 50万元" in compose("江苏专利奖金奖和银奖加起来多少", AWARD)
    assert "30万元 − 20万元 = 10万元" in compose("江苏专利奖金奖和银奖差多少", AWARD)
    assert "30万元 − 20万元 = 10万元" in compose("江苏专利奖金奖和银奖哪个多，多多少", AWARD)  # 多多少 is no part


def test_a_ratio_divides_the_two_amounts_named_in_the_order_asked() -> None:
    prizes = Chunk(id="d:M01-P-05", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                   level="province", item=5, text="对获得中国专利金奖、银奖、优秀奖的，分别给予100万元、50万元、20万元奖励；"
                   "对获得中国外观设计金奖、银奖、优秀奖的，分别给予50万元、25万元、10万元奖励。")
    assert "倍数：50万元 ÷ 10万元 = 5倍" in compose("中国外观设计金奖是优秀奖的几倍", prizes)  # 优秀奖 of 外观设计
    assert "20万元 ÷ 100万元 = 0.2倍" in compose("中国专利优秀奖是中国专利金奖的多少倍", prizes)
    assert "倍数：30万元 ÷ 20万元 = 1.5倍" in compose("江苏专利奖金奖是银奖的几倍", AWARD)
    assert "=" not in compose("江苏专利奖金奖是示范中心的几倍", AWARD)  # one side names no amount cited


def test_a_difference_of_shares_is_worked_out_in_percentage_points_never_from_the_tiers_bounds() -> None:
    text = compose("苏知贷1000万以内，省基金比银行多担几个百分点", TIERED_LOAN)
    assert "相差：80% − 20% = 60个百分点（单户贷款余额不超过1000万元（含）的" in text and "50% − 50%" not in text
    both = compose("苏知贷省基金比银行多担几个百分点", TIERED_LOAN)  # no amount: each tier's
    assert "80% − 20% = 60个百分点" in both and "50% − 50% = 0个百分点" in both
    # One party in two tiers; the asker's 1000万 bounds the tiers and is no operand (once 1000万 − 1000万 = 0万元).
    text = compose("1000万以内和1000万以上，省基金承担比例差多少", TIERED_LOAN)
    assert "80% − 50% = 30个百分点" in text and "万元 − " not in text
    for asked in ("苏知贷1000万以内的和1000万以上的，相差多少", "贷款1000万以内跟1000万以上的，省基金兜的差多少"):
        assert "1000万元 − 1000万元" not in compose(asked, TIERED_LOAN), asked



def test_a_share_asked_with_the_askers_amount_opens_with_the_sentence_of_its_tier() -> None:
    for asked in ("苏知贷贷款2500万，银行承担几成", "苏知贷贷款余额2500万的，银行承担多少比例本金损失"):
        opening = compose(asked, TIERED_LOAN).split("依据")[0]
        assert "1000万元-3000万元" in opening and "20%" not in opening, asked  # not the first tier's share
    assert "不超过1000万元" in compose("苏知贷800万，银行担几成", TIERED_LOAN).split("依据")[0]


def test_an_amount_asserted_as_the_most_is_false_when_it_bounds_a_tier_a_higher_one_follows() -> None:
    assert compose("苏知贷单户最多只能贷1000万，对吧", TIERED_LOAN).startswith(PREMISE_FALSE)
    assert compose("苏知贷单户最多贷3000万，对吧", TIERED_LOAN).startswith(PREMISE_TRUE)  # the top bound
    assert compose("苏知贷不超过1000万的，省基金担80%对吧", TIERED_LOAN).startswith(PREMISE_TRUE)  # a tier named
    # A share asserted as the most a party bears: another tier gives the fund 80%, the bank 50%.
    assert compose("苏知贷省基金最多担50%，对不对", TIERED_LOAN).startswith(PREMISE_FALSE)
    assert compose("苏知贷合作银行最多承担20%对吧", TIERED_LOAN).startswith(PREMISE_FALSE)
    assert compose("苏知贷省基金最多担80%，对不对", TIERED_LOAN).startswith(PREMISE_TRUE)


def test_how_much_more_money_one_party_bears_of_the_askers_loan_is_worked_out_from_both_shares() -> None:
    text = compose("苏知贷800万的贷款，省基金比银行多担多少钱的本金", TIERED_LOAN)
    assert "相差：800万元 × 80% = 640万元，800万元 × 20% = 160万元，640万元 − 160万元 = 480万元（单户贷款余额不超过" \
           "1000万元（含）的" in text
    assert "× 50%" not in compose("苏知贷800万，省基金比银行多担多少钱", TIERED_LOAN)  # not the other tier
    # The side that bears less asked first: the gap, never an amount or share below zero.
    text = compose("一笔500万的苏知贷，银行比省基金少担多少钱", TIERED_LOAN)
    assert "400万元 − 100万元 = 300万元" in text and "-" not in text.split("依据")[0]
    assert "80% − 20% = 60个百分点" in compose("苏知贷1000万以内，银行比省基金少担几个百分点", TIERED_LOAN)


def test_how_a_risk_is_shared_on_the_askers_loan_is_worked_out_for_every_party_of_its_tier() -> None:
    text = compose("贷款2000万，风险怎么分", TIERED_LOAN)
    assert "2000万元 × 50% = 1000万元（省风险补偿基金" in text and "2000万元 × 50% = 1000万元（合作银行" in text
    assert "× 80%" not in text  # not the tier up to 1000万
    assert "800万元 × 80% = 640万元" in compose("我贷了800万，亏了谁兜底", TIERED_LOAN)


def test_a_share_of_the_askers_amount_is_cited_from_an_item_giving_shares() -> None:
    pledge = Chunk(id="d:M05-P-02", doc="d", doc_title="清单", measure_no=5, measure="强化知识产权金融支撑",
                   level="province", item=2, text="扩大专利质物范围，推动100家企业开展专利质押融资。")  # a figure, no share
    asked = plan("想用专利做质押贷个500万，要是还不上，省里那个基金兜多少")
    assert asked.arithmetic == "share"
    chosen, decision = choose_citations(asked, sources(pledge, TIERED_LOAN), asked.terms, Weights([pledge, TIERED_LOAN]),
                                        Thresholds())
    assert [c.id for c in chosen] == ["d:M05-P-01"], decision


def test_a_share_of_the_askers_amount_is_worked_out_for_its_tier_and_the_party_asked() -> None:
    text = compose("贷了两千万，合作银行承担多少本金损失", TIERED_LOAN)
    assert "2000万元 × 50% = 1000万元" in text and "× 20%" not in text and "× 80%" not in text
    assert "单户贷款余额1000万元-3000万元（含）的" in text
    both = compose("苏知贷贷了800万，风险各承担多少钱", TIERED_LOAN)
    assert "800万元 × 80% = 640万元" in both and "800万元 × 20% = 160万元" in both and "× 50%" not in both
    outside = compose("贷了5000万，基金承担多少", TIERED_LOAN)  # no tier holds it: said so, nothing computed
    assert "× " not in outside and "没有写明5000万元的情况" in outside
    # 按比例 (by its share) asks the amount borne, not the share; nor is its 比 a comparison splitting the question.
    asked = "一家企业苏知贷余额一千五百万，全部成了坏账，省风险补偿基金按比例要承担多少本金"
    assert len(plan(asked).parts) == 1
    assert "1500万元 × 50% = 750万元" in compose(asked, TIERED_LOAN)


def test_every_cited_item_is_named_by_its_place_and_a_quote_is_verbatim() -> None:
    assert LOAN.place == "（五）强化知识产权金融支撑 · 省知识产权局 第1条"
    assert LOAN.place in compose("苏知贷风险谁担", LOAN)
    assert LOAN.text in compose("把苏知贷那条的原文发给我", LOAN)


def test_an_english_answer_frames_the_chinese_quote_and_gives_rmb() -> None:
    text = compose("How much is the gold award of the Jiangsu Patent Award?", AWARD)
    assert text.startswith("Answer from the Jiangsu IP task list") and "RMB 300,000" in text


def test_refusals_keep_the_one_sentinel() -> None:
    p = plan("苏知贷的利率是多少")
    assert NOT_COVERED_PHRASE in Composer(Templates()).unstated(p, sources(LOAN), ["利率"])


def _measure(no: int, title: str, *texts: str) -> list[Chunk]:
    return [Chunk(id=f"d:M{no:02d}-P-{i:02d}", doc="d", doc_title="清单", measure_no=no, measure=title, level="province",
                  item=i, text=text) for i, text in enumerate(texts, start=1)]


def test_a_listing_lists_the_measure_whose_title_holds_the_subject_not_the_top_items() -> None:
    service = _measure(12, "完善知识产权公共服务", "加强知识产权信息公共服务人才培养。", "建设综合服务平台。")
    talent = _measure(19, "打造知识产权人才高地", "申报知识产权专业硕士学位点。", "设立企业高管知识产权培训项目。")
    trade = _measure(18, "深化自贸试验区知识产权管理", "支持自贸区设立南京代办处工作站。")
    award = _measure(1, "开展高价值专利培育", "江苏专利奖金奖30万元。")
    chunks = measures_of(service + talent + trade + award)
    items, decision = listed_measure(plan("人才培养方面省局有哪些措施"), sources(service[0], talent[0]), chunks, Thresholds())
    assert items == talent and decision is not None and decision.outcome == "打造知识产权人才高地"
    items, _ = listed_measure(plan("自贸区知识产权方面有哪些措施"), sources(trade[0]), chunks, Thresholds())
    assert items == trade  # 自贸区 is held by 自贸试验区
    # 专利 is in two titles, so 专利培育 does not hold 专利奖; 数据 is in none.
    for question in ("专利奖相关的奖励都有哪些", "数据知识产权方面省局有哪些工作"):
        more = measures_of([*service, *talent, *trade, *award, *_measure(3, "加快创新技术专利获权", "推进保护中心建设。")])
        items, decision = listed_measure(plan(question), sources(award[0]), more, Thresholds())
        assert items == [] and decision is not None and decision.outcome == "none", question
    assert listed_measure(plan("人才培养有什么要求"), sources(talent[0]), chunks, Thresholds()) == ([], None)


def test_an_unstated_detail_is_named_in_the_askers_words_where_they_name_it() -> None:
    assert decide("苏知贷认定有效期几年", LOAN, AWARD)[0].unstated == ["有效期"]  # the thing 几年 is about
    assert decide("苏知贷的申请门槛是多少", LOAN, AWARD)[0].unstated == ["申请门槛"]  # as asked, not the label 申请条件
    assert decide("苏知贷要满足什么条件", LOAN, AWARD)[0].unstated == ["申请条件"]  # 条件 is in the label
    assert decide("苏知贷要准备多长时间", LOAN, AWARD)[0].unstated == ["准备多长时间"]  # how long the act takes
    assert decide("专利导航项目要多少运营经费", NAVIGATION, AWARD, LOAN)[0].unstated == ["运营经费"]
    assert decide("苏知贷批下来最长能用多少年再还", LOAN, AWARD)[0].unstated == ["期限"]  # 多少年 as 几年
    assert decide("江苏专利奖的材料最晚几号前要交", AWARD, LOAN)[0].unstated[-1] == "截止日期"  # a deadline by its name
    # A share asked ("占比多少", "几个点") is not stated by an amount of money.
    assert decide("江苏专利奖申报要求研发投入占比多少", AWARD, LOAN)[0].unstated == ["比例"]
    assert decide("江苏专利奖一次性奖励多少钱", AWARD, LOAN)[0].outcome == "answer"  # an amount, not 发放方式


def test_a_yes_no_prize_money_question_about_items_offering_none_is_unstated() -> None:
    assert decide("专利导航项目有奖金吗", NAVIGATION, AWARD, LOAN)[0].unstated == ["奖金"]
    assert decide("江苏专利奖有奖金吗", AWARD, LOAN)[0].outcome == "answer"


def test_who_pays_for_a_thing_no_item_names_is_unstated() -> None:
    assert decide("专利导航服务基地人员的工资由谁发", NAVIGATION, AWARD, LOAN)[0].unstated == ["工资"]
    assert decide("苏知贷的贷款本金损失谁承担", LOAN, AWARD)[0].outcome == "answer"


def test_an_amount_asked_is_cited_from_an_item_stating_one_though_a_duty_matches_better() -> None:
    duty = Chunk(id="d:M02-C-01", doc="d", doc_title="清单", measure_no=2, measure="实施产业专利导航工程", level="city",
                 item=1, text="推动专利导航服务基地建设。")
    funded = Chunk(id="d:M02-P-01", doc="d", doc_title="清单", measure_no=2, measure="实施产业专利导航工程",
                   level="province", item=1, text="支持专利导航服务基地，每个基地给予不超过50万元资金支持。")
    centre = Chunk(id="d:M04-P-01", doc="d", doc_title="清单", measure_no=4, measure="完善知识产权转化运营机制",
                   level="province", item=1, text="支持建设产业知识产权运营中心。")  # 建设 is a common word
    terms, weights = ["专利导航", "服务", "基地", "建设"], Weights([*CHUNKS, duty, funded, centre])
    chosen, decision = choose_citations(plan("专利导航服务基地建设支持多少"), sources(duty, funded), terms, weights,
                                        Thresholds())
    assert chosen == [funded] and decision.inputs["candidates"][duty.id] == 1.0  # 建设 is only in the duty
    chosen, _ = choose_citations(plan("专利导航服务基地建设怎么推动"), sources(duty, funded), terms, weights, Thresholds())
    assert chosen == [duty]  # no amount asked


def test_matching_money_asserted_is_a_money_word_so_the_item_stating_the_prize_is_cited() -> None:
    # 配套 says what is asserted (money), as 奖励 does: the cities' duty writing 配套奖励办法 is not about it more.
    duty = Chunk(id="d:M01-C-02", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育", level="city",
                 item=2, text="推荐参评中国专利奖和江苏专利奖，建立完善配套奖励办法。")
    china = Chunk(id="d:M01-P-05", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                  level="province", item=5, text="推荐参评中国专利奖，对获得中国专利金奖、银奖、优秀奖的，"
                                                 "分别给予100万元、50万元、20万元奖励。")
    asked = "听同行讲拿中国专利奖里的优秀奖，江苏只配套十万，是这么回事吧"
    p = plan(asked)
    chosen, decision = choose_citations(p, sources(duty, china), p.terms, Weights([*CHUNKS, duty, china]), Thresholds())
    shares = decision.inputs["candidates"]
    assert chosen == [china] and shares[duty.id] < shares[china.id], shares  # 配套 weighs on neither
    assert compose(asked, china).startswith(PREMISE_FALSE)


def test_every_part_of_a_two_part_question_is_answered_by_its_own_item() -> None:
    fund = Chunk(id="d:M04-P-01", doc="d", doc_title="清单", measure_no=4, measure="完善知识产权转化运营机制",
                 level="province", item=1, text="支持建设产业知识产权运营中心，每个项目给予不超过150万元资金支持。")
    p = plan("专利导航基地和运营中心分别怎么支持")
    text = Composer(Templates()).compose(p, [(p.parts[0], [NAVIGATION]), (p.parts[1], [fund])])[0].text
    lead = text.split("\n\n")[0]
    assert "[1]" in lead and "[2]" in lead and "150万元" in lead


def test_money_asked_of_an_item_stating_no_amount_is_answered_by_its_sentence_offering_money() -> None:
    alliance = Chunk(id="d:M07-P-05", doc="d", doc_title="清单", measure_no=7, measure="壮大知识产权密集型产业",
                     level="province", item=5, departments=["产业促进处"],
                     text="鼓励龙头企业牵头组建产业知识产权联盟。建立联盟绩效评价体系，给予奖补资金支持。（责任部门：产业促进处）")
    assert "给予奖补资金支持" in compose("产业知识产权联盟省里有没有钱补", alliance).split("\n")[0]


def test_a_requirement_no_item_names_is_unstated_but_one_an_item_names_is_answered() -> None:
    covered, decision = decide("苏知贷贷款要抵押房产吗", LOAN, AWARD)
    assert (covered.outcome, covered.unstated) == ("unstated", ["是否抵押房产"]), decision
    covered, _ = decide("江苏专利奖的奖金是一次性发放还是分期", AWARD, LOAN)
    assert (covered.outcome, covered.unstated) == ("unstated", ["是一次性发放还是分期"])
    # Paid in one sum or split over years, in other words: not a time 每两年 answers.
    covered, decision = decide("江苏专利奖奖金到手是一笔打过来，还是拆成几年分着发", AWARD, LOAN)
    assert covered.outcome == "unstated" and "发放方式" in covered.unstated, decision
    covered, decision = decide("专利导航项目要不要布局服务基地", NAVIGATION, AWARD)
    assert covered.outcome == "answer", decision
    covered, decision = decide("专利导航项目要不要公开说明", NAVIGATION, AWARD)  # a bare act: the evidence decides
    assert covered.outcome == "answer", decision


def test_a_thing_known_only_as_part_of_the_askers_own_does_not_keep_the_top_item() -> None:
    # 专利 is known, but only inside 专利权人, which no item names: the top item on 江苏专利奖 is not about it.
    covered, decision = decide("专利权人死了专利归谁", AWARD, LOAN, model=REFUSE_ALL)
    assert covered.outcome != "answer", decision
    covered, decision = decide("江苏专利奖归谁管", AWARD, LOAN, model=REFUSE_ALL)
    assert covered.outcome == "answer", decision


def test_the_time_until_an_event_is_not_stated_by_a_frequency() -> None:
    covered, _ = decide("江苏专利奖奖金多久能到账", AWARD, LOAN)
    assert (covered.outcome, covered.unstated) == ("unstated", ["多久能到账"])
    covered, decision = decide("江苏专利奖多久能评一次", AWARD, LOAN)
    assert covered.outcome == "answer", decision


def test_how_many_years_a_thing_lasts_is_stated_by_no_year_or_frequency() -> None:
    degree = Chunk(id="d:M19-P-01", doc="d", doc_title="清单", measure_no=19, measure="打造知识产权人才高地",
                   level="province", item=1, text="支持高校申报知识产权专业硕士学位点，争取2024年实现招生。每年组织知识竞赛。")
    covered, decision = decide_among("知识产权专业硕士学制是几年", [degree], degree)
    assert covered.outcome == "unstated", decision  # 2024年 says when, 每年 how often: neither how long
    covered, decision = decide("江苏专利奖几年评一次", AWARD, LOAN)  # how often: 每两年 states it
    assert covered.outcome == "answer", decision


def test_a_specific_thing_asked_for_must_be_named_by_the_items_about_the_rest_of_the_question() -> None:
    station = Chunk(id="d:M12-P-04", doc="d", doc_title="清单", measure_no=12, measure="完善知识产权公共服务",
                    level="province", item=4, text="推动全省知识产权工作站建设，建立工作站绩效评价机制。")
    review = Chunk(id="d:M17-P-04", doc="d", doc_title="清单", measure_no=17, measure="提升知识产权治理能力",
                   level="province", item=4, text="将专利质量指标纳入省对设区市高质量发展绩效评价考核指标。")
    chunks = [station, review, LOAN]
    covered, decision = coverage(plan("知识产权工作站的考核指标是什么"), sources(review, station), STRONG, KEEP,
                                 Thresholds(), "\n".join(c.search_text for c in chunks), Weights(chunks))
    assert (covered.outcome, covered.unstated) == ("unstated", ["考核指标"]), decision
    assert decision.inputs["asked_of"] == {"things": ["考核指标"], "items": ["d:M12-P-04"]}
    # A listing's specific thing is looked for the same way.
    covered, decision = coverage(plan("知识产权工作站每年的考核指标有哪些"), sources(station, review), STRONG, KEEP,
                                 Thresholds(), "\n".join(c.search_text for c in chunks), Weights(chunks))
    assert covered.outcome == "unstated" and "考核指标" in covered.unstated[0], decision
    # Unless the top item, about the subject, names it and all else the clause asking it names: the words before
    # that clause (专利, 官司, 专家) say why it is asked.
    appraisal = Chunk(id="d:M10-P-03", doc="d", doc_title="清单", measure_no=10, measure="强化知识产权协同保护",
                      level="province", item=3, text="加大知识产权鉴定机构的培育力度，推进保护中心申报建设知识产权鉴定机构。")
    experts = Chunk(id="d:M09-P-03", doc="d", doc_title="清单", measure_no=9, measure="严格知识产权行政执法",
                    level="province", item=3, text="建立专家库，为专利侵权纠纷行政裁决提供技术支持。")
    covered, decision = decide_among("打专利官司想请专家做个鉴定，省里有鉴定机构不", [appraisal, experts],
                                     appraisal, experts)
    assert covered.outcome == "answer", decision


def test_a_listing_no_title_holds_lists_every_item_naming_the_subject_when_few_do() -> None:
    brand = _measure(6, "创新知识产权运用方式", "对工业品牌项目、地理标志项目，分别给予不超过150万元、200万元资金支持。",
                     "对获批建设国家地理标志产品保护示范区的地方给予不超过100万元奖励。")
    overseas = _measure(11, "加强海外知识产权风险防控", "指导各市对中欧地理标志产品加强海外维权服务。", "编制动态速递。")
    chunks = measures_of(brand + overseas)
    items, decision = listed_subject(plan("地理标志相关的支持措施有哪些"), chunks, Thresholds())
    assert items == [*brand, overseas[0]] and decision is not None and "every item naming it" in decision.reason
    # One item is no listing; more than max_listed is a subject too common to list by.
    items, decision = listed_subject(plan("动态速递有哪些"), chunks, Thresholds())
    assert items == [] and decision is not None and decision.outcome == "none"
    items, _ = listed_subject(plan("地理标志相关的支持措施有哪些"), chunks, Thresholds(max_listed=2))
    assert items == []
    # A word naming the items themselves (事项, 举措) is no word each item must name.
    items, _ = listed_subject(plan("清单里关于地理标志的事项有哪些"), chunks, Thresholds())
    assert items == [*brand, overseas[0]]
    assert decide_among("清单里关于地理标志的事项有哪些", brand + overseas, *brand)[0].outcome == "answer"


def test_a_listing_subject_is_not_narrowed_by_its_trade_or_by_acts_no_item_names() -> None:
    rules = _measure(8, "完善知识产权地方法规政策体系", "制定出台《江苏省专利代理自由裁量权基准》。",
                     "建立长三角专利代理行业合作机制。")
    spot = _measure(9, "严格知识产权行政执法", "开展知识产权代理“蓝天”专项行动，打击无资质专利代理行为。")
    chunks = measures_of(rules + spot + _measure(1, "开展高价值专利培育", "江苏专利奖金奖30万元。"))
    # 行业 is the trade 专利代理 is; 监管 is how the asker sees the work, which no item words so.
    items, decision = listed_subject(plan("省里在专利代理行业监管上有哪些动作"), chunks, Thresholds())
    assert items == [*rules, *spot] and decision is not None and decision.inputs["unheld"] == ["监管"], decision
    # A thing no item names stays a term of the subject: it lists nothing.
    items, decision = listed_subject(plan("专利代理的区块链存证有哪些动作"), chunks, Thresholds())
    assert items == [], decision


def test_an_act_beside_a_thing_lists_every_item_naming_the_thing_when_few_do() -> None:
    rules = _measure(8, "完善知识产权地方法规政策体系", "推动《长三角区域知识产权执法协作协议》各项工作任务落实。")
    service = _measure(12, "完善知识产权公共服务", "在清单中吸纳长三角知识产权公共服务跨省通办服务清单事项。",
                       "落实《长三角地区专利代理行业一体化合作备忘录》。")
    meeting = _measure(20, "深化知识产权国际交流合作", "办好国际知识产权应用暨合作交流大会。")
    chunks = measures_of(rules + service + meeting)
    # 合作 is how the asker sees 长三角's items: the 跨省通办 and 执法协作 items write no 合作.
    for asked in ("关于长三角合作，清单里都写了哪些事", "长三角方面清单里有哪些合作"):
        items, decision = listed_subject(plan(asked), chunks, Thresholds())
        assert items == [*rules, *service] and decision is not None and decision.inputs["framing"] == ["合作"], asked
    # Things too common to list by alone keep the act: it narrows them.
    items, _ = listed_subject(plan("关于长三角合作，清单里都写了哪些事"), chunks, Thresholds(max_listed=2))
    assert items == []
    # An act written before a thing names it with the thing (鉴定机构): it still narrows.
    appraisal = _measure(10, "强化知识产权协同保护", "加大知识产权鉴定机构的培育力度。")
    agencies = _measure(13, "促进知识产权服务业发展", "推动专利代理机构对外开放试点。", "培育知识产权服务机构。")
    items, decision = listed_subject(plan("知识产权鉴定机构方面有哪些事"), measures_of(appraisal + agencies),
                                     Thresholds())
    assert decision is not None and "framing" not in decision.inputs and items in ([], appraisal), decision


def test_a_city_named_alone_is_listed_whatever_framing_word_the_asker_uses() -> None:
    finance = _measure(5, "强化知识产权金融支撑", "支持南京、苏州等地扩大知识产权证券化产品发行规模。")
    agents = _measure(13, "促进知识产权服务业发展", "南京、苏州两地配合省局开展专利代理对外开放试点工作。")
    chunks = measures_of(finance + agents + _measure(1, "开展高价值专利培育", "江苏专利奖金奖30万元。"))
    for asked in ("俺们是苏州的，清单里对苏州有啥要求", "清单里对苏州有哪些要求",  # 啥 for 哪些; 要求 frames
                  "涉及苏州的条款有哪些"):  # where a city is written: its items, listed
        items, decision = listed_subject(plan(asked), chunks, Thresholds())
        assert items == [*finance, *agents], (asked, decision)


def test_a_benefit_asked_of_a_subject_is_offered_only_by_an_item_about_that_subject() -> None:
    # The 示范中心's evaluation awards share 绩效评价 and 优秀 with the question, not 专利导航基地.
    base = Chunk(id="d:M02-P-01", doc="d", doc_title="清单", measure_no=2, measure="实施产业专利导航工程",
                 level="province", item=1, text="统筹布局省级专利导航服务基地，建立基地绩效评价机制。")
    centre = Chunk(id="d:M01-P-02", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                   level="province", item=2, text="对示范中心进行绩效评价，评价为优秀、良好的分别给予50万元、30万元奖励。")
    chunks = [base, centre, *CHUNKS]
    corpus = "\n".join(c.search_text for c in chunks)
    asked = "专利导航基地绩效评价优秀有奖金吗"
    covered, decision = coverage(read_question(asked, asked, Speller(corpus)), sources(base, centre), STRONG,
                                 ACCEPT_ALL, Thresholds(), corpus, Weights(chunks))
    assert (covered.outcome, covered.unstated) == ("unstated", ["奖金"]), decision
    asked = "示范中心绩效评价优秀有奖金吗"
    covered, decision = coverage(read_question(asked, asked, Speller(corpus)), sources(centre, base), STRONG,
                                 ACCEPT_ALL, Thresholds(), corpus, Weights(chunks))
    assert covered.outcome == "answer", decision


def test_a_yes_no_question_about_a_benefit_keeps_a_top_item_offering_one() -> None:
    station = Chunk(id="d:M12-P-04", doc="d", doc_title="清单", measure_no=12, measure="完善知识产权公共服务",
                    level="province", item=4, text="推动全省知识产权工作站建设，对成效突出的工作站给予表扬激励。")
    chunks = [station, *CHUNKS]
    corpus = "\n".join(c.search_text for c in chunks)
    for asked in ("Does the province give any reward to outstanding IP workstations?", "工作站干得好有奖励吗"):
        read = read_question(asked, asked, Speller(corpus))
        assert read.yes_no
        covered, decision = coverage(read, sources(station, LOAN), STRONG, REFUSE_ALL, Thresholds(), corpus,
                                     Weights(chunks))
        assert covered.outcome == "answer" and "states a benefit" in decision.inputs["kept"], (asked, decision)
    # A reward may be praise: "有什么奖励" is answered by 表扬激励; 评得 (评得好) is how well, not a thing.
    for asked in ("知识产权工作站有什么奖励", "知识产权工作站评得好有什么奖励"):
        covered, decision = coverage(read_question(asked, asked, Speller(corpus)), sources(station, LOAN), STRONG,
                                     ACCEPT_ALL, Thresholds(), corpus, Weights(chunks))
        assert covered.outcome == "answer", (asked, decision)
    asked = "工作站干得好奖励多少"  # not asking whether: an amount, which the item does not state
    covered, _ = coverage(read_question(asked, asked, Speller(corpus)), sources(station, LOAN), STRONG, REFUSE_ALL,
                          Thresholds(), corpus, Weights(chunks))
    assert covered.outcome != "answer"


def test_paying_money_back_or_in_is_a_requirement_only_an_item_naming_it_states() -> None:
    centre = Chunk(id="d:M04-P-01", doc="d", doc_title="清单", measure_no=4, measure="完善知识产权转化运营机制",
                   level="province", item=1, text="支持园区建设产业知识产权运营中心，每个项目给予不超过150万元资金支持。")
    chunks = [centre, *CHUNKS]
    corpus = "\n".join(c.search_text for c in chunks)
    for asked, unstated in (("知识产权运营中心验收不合格要退钱吗", "是否退钱"), ("运营中心申报要交费吗", "费用"),
                            ("运营中心项目结束后资金有结余要退回吗", "是否退回")):
        covered, decision = coverage(read_question(asked, asked, Speller(corpus)), sources(centre, LOAN), STRONG,
                                     KEEP, Thresholds(), corpus, Weights(chunks))
        assert (covered.outcome, covered.unstated) == ("unstated", [unstated]), decision


def test_a_benefit_of_a_thing_the_corpus_never_names_is_unstated_whatever_the_evidence() -> None:
    for asked in ("PCT国际专利申请每件资助多少", "Is there a subsidy for PCT international patent applications?"):
        covered, decision = decide(asked, AWARD, LOAN, model=REFUSE_ALL)
        assert covered.outcome == "unstated" and "PCT" in covered.unstated[0], (asked, decision)


def test_an_unstated_duration_of_a_thing_is_named_with_what_is_asked_of_it() -> None:
    covered, _ = decide("苏知贷处理一个案子要多久", LOAN, AWARD)
    assert covered.unstated == ["案子要多久"]
    covered, _ = decide("苏知贷有效期几年", LOAN, AWARD)
    assert covered.unstated == ["有效期"]  # a period itself


def test_how_to_do_an_act_no_item_names_is_unstated() -> None:
    covered, decision = decide("苏知贷怎么报名", LOAN, AWARD)
    assert (covered.outcome, covered.unstated) == ("unstated", ["怎么报名"]), decision
    for asked in ("苏知贷的风险怎么分担", "贷了两千万，这个风险咋个分法"):  # an act the item names; the way it is split
        covered, decision = decide(asked, LOAN, AWARD)
        assert covered.outcome == "answer", (asked, decision)


def test_each_part_of_a_question_is_looked_for_in_its_own_subjects_items() -> None:
    china = Chunk(id="d:M01-P-05", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                  level="province", item=5, text="每年组织遴选优秀专利项目推荐参评中国专利奖，对获得中国专利金奖的，给予100万元奖励。")
    both = Chunk(id="d:M01-C-02", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育", level="city",
                 item=2, text="组织推荐参评中国专利奖和江苏专利奖，建立完善配套奖励办法。")
    chunks = [AWARD, china, both, LOAN]
    corpus = "\n".join(c.search_text for c in chunks)
    asked = "江苏专利奖和中国专利奖分别多久评一次"  # the city duty naming both states no frequency; each prize's does
    covered, decision = coverage(read_question(asked, asked, Speller(corpus)), sources(both, AWARD, china), STRONG,
                                 KEEP, Thresholds(), corpus, Weights(chunks))
    assert covered.outcome == "answer", decision


@pytest.mark.parametrize(("asked", "top"), [
    ("江苏专利奖奖金分几次拨付", AWARD),  # not a time the prize's 每两年 answers
    ("江苏专利奖的奖金分几次打到账上", AWARD),
    ("示范中心的250万是分几年拨下来", CENTRE),  # one thing unstated, not also a time (几年拨下来)
    ("示范中心那250万分几批给", CENTRE),
])
def test_money_paid_in_parts_asks_how_it_is_paid_whatever_the_verb(asked: str, top: Chunk) -> None:
    covered, decision = decide_among(asked, [CENTRE], top, LOAN)
    assert covered.outcome == "unstated" and len(covered.unstated) == 1, decision
    assert covered.unstated[0] == "发放方式" or covered.unstated[0].startswith("分几"), decision  # as asked


@pytest.mark.parametrize(("asked", "top", "unstated"), [
    ("江苏专利奖获奖项目有效期几年", AWARD, "有效期"),  # 每两年 is no 有效期
    ("江苏专利奖奖金是一次性发吗", AWARD, "发放方式"),
    ("江苏专利奖要达到什么标准才能评上", AWARD, "达到什么标准才能评上"),
    ("专利导航服务基地的专员一个月工资多少", NAVIGATION, "工资"),
    # a count or a duration asked is not answered by an amount of money
    ("江苏专利奖评审要多少天", AWARD, "天数"),
    ("江苏专利奖需要几项专利", AWARD, "数量"),
    ("中国专利奖推荐名额每个市几个", AWARD, "名额"),  # a closing 几个 counts the thing before it
    ("江苏专利奖的奖金要交多少比例的税", AWARD, "税收"),  # a tax, not the share it is asked as
])
def test_a_detail_asked_by_a_word_of_its_own_is_named_so_and_needs_that_stated(asked: str, top: Chunk,
                                                                               unstated: str) -> None:
    covered, decision = decide(asked, top, LOAN)
    assert (covered.outcome, covered.unstated) == ("unstated", [unstated]), decision


def test_an_amount_is_not_taken_from_an_item_sharing_only_a_word_every_item_holds() -> None:
    fund = Chunk(id="d:M10-P-04", doc="d", doc_title="清单", measure_no=10, measure="强化知识产权协同保护",
                 level="province", item=4, departments=["知识产权保护处"],
                 text="指导社会资本发起设立的知识产权维权援助基金依法开展维权援助。（责任部门：知识产权保护处）")
    china = Chunk(id="d:M01-P-05", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                  level="province", item=5, departments=["知识产权服务处"],
                  text="每年组织遴选优秀专利项目推荐参评中国专利奖，对获得中国专利金奖的，给予100万元奖励。（责任部门：知识产权服务处）")
    chunks = [fund, china, *CHUNKS]
    corpus = "\n".join(c.search_text for c in chunks)
    asked = "知识产权维权援助基金每年能给企业多少钱"  # 知识产权 (every department) and 每年 are all they share
    covered, decision = coverage(read_question(asked, asked, Speller(corpus)), sources(fund, china), STRONG, KEEP,
                                 Thresholds(), corpus, Weights(chunks))
    assert covered.outcome == "unstated", decision


def test_a_fee_asked_by_its_name_is_unstated_unless_an_item_states_it() -> None:
    covered, decision = decide("苏知贷的许可费谁来定", LOAN, AWARD)
    assert (covered.outcome, covered.unstated) == ("unstated", ["许可费"]), decision
    covered, decision = decide("苏知贷纠纷调解要收调解费吗", LOAN, AWARD)
    assert (covered.outcome, covered.unstated) == ("unstated", ["调解费"]), decision


def test_what_each_of_two_subjects_is_asks_no_detail_of_the_other() -> None:
    covered, decision = decide("苏知贷和江苏专利奖分别是什么", LOAN, AWARD)
    assert covered.outcome == "answer", decision


def test_a_yes_no_or_alternative_about_what_no_item_names_is_unstated() -> None:
    centre = Chunk(id="d:M01-C-02", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育", level="city",
                   item=2, text="组织推荐参评江苏专利奖，建立完善配套奖励办法。")
    chunks = [centre, *CHUNKS]
    corpus = "\n".join(c.search_text for c in chunks)
    for asked, unstated in (("江苏专利奖申报要企业出配套资金吗", "企业自筹或配套资金"),  # 配套 alone is named
                            ("江苏专利奖奖金发给个人还是单位", "是奖金发给个人还是单位")):  # 单位 only asks
        covered, decision = coverage(read_question(asked, asked, Speller(corpus)), sources(AWARD, centre), STRONG,
                                     KEEP, Thresholds(), corpus, Weights(chunks))
        assert (covered.outcome, covered.unstated) == ("unstated", [unstated]), decision
    # An alternative of how it is paid (一次性, 分批), which no item writes; the amount named asserts nothing.
    covered, decision = decide("示范中心那250万是一次性到账还是分批给", CENTRE, AWARD)
    assert (covered.outcome, covered.unstated) == ("unstated", ["是一次性到账还是分批给"]), decision
    # Only the items about the money decide how it is paid: another measure's 年度发展报告 does not state 分年度给.
    report = item("M07-P-01", "壮大知识产权密集型产业", "发布知识产权密集型产业目录和年度发展报告。")
    covered, decision = decide_among("示范中心那250万是一次给齐还是分年度给", [report], CENTRE, report, AWARD)
    assert (covered.outcome, covered.unstated) == ("unstated", ["是一次给齐还是分年度给"]), decision
    # 地标 is also a 地方标准, which the item about the standard writes (not only a 地理标志, another measure's).
    standard = item("M01-P-03", "开展高价值专利培育", "推广《高价值专利培育工作规范》地方标准，引导创新主体开展培育。")
    origin = item("M06-P-03", "创新知识产权运用方式", "加强地理标志资源普查，建立地理标志基础库。")
    covered, decision = decide_among("《高价值专利培育工作规范》属于行标还是地标", [standard, origin], standard, AWARD)
    assert covered.outcome == "answer", decision
    covered, decision = decide("江苏专利奖评上了管几年", AWARD, LOAN)  # how long the prize holds: its validity
    assert (covered.outcome, covered.unstated) == ("unstated", ["有效期"]), decision
    covered, decision = decide("江苏专利讲评选几年一次", AWARD, LOAN)  # a frequency, stated; 期限 is no word of the asker
    assert covered.outcome == "answer", decision


def test_a_requirement_of_where_or_when_names_no_thing() -> None:
    covered, decision = decide("专利要先在那边申请吗", AWARD, LOAN)
    assert covered.outcome == "answer", decision


def test_support_asked_is_answered_by_the_sentence_offering_it() -> None:
    alliance = Chunk(id="d:M07-P-05", doc="d", doc_title="清单", measure_no=7, measure="壮大知识产权密集型产业",
                     level="province", item=5, text="鼓励龙头企业牵头组建产业知识产权联盟。开展联盟备案管理。"
                     "建立联盟绩效评价体系，给予奖补资金支持。")
    assert relevant_sentences(alliance, ["产业知识产权联盟"], False, 1) == ["鼓励龙头企业牵头组建产业知识产权联盟。"]
    # The support offered comes with the sentence naming what was asked about, which it names only as 联盟.
    assert relevant_sentences(alliance, ["产业知识产权联盟"], False, 1, support=True) == \
        ["鼓励龙头企业牵头组建产业知识产权联盟。", "建立联盟绩效评价体系，给予奖补资金支持。"]
    pool = replace(alliance, text="加强本地区联盟的统筹布局。推动联盟在组建专利池等方面发挥作用。有条件的地方可对联盟给予资金支持。")
    assert relevant_sentences(pool, ["本地", "专利池"], False, 1, support=True) == \
        ["推动联盟在组建专利池等方面发挥作用。", "有条件的地方可对联盟给予资金支持。"]  # 专利池 over 本地区's 本地
    assert plan("产业知识产权联盟，省里怎么支持").intent.support
    # What a body does is every duty its item names, not the sentence best matching the question's words.
    lead = compose("产业知识产权联盟省里管什么", alliance).split("\n")[0]
    assert "开展联盟备案管理" in lead and "给予奖补资金支持" in lead
    assert "开展联盟备案管理" not in compose("产业知识产权联盟是什么", alliance).split("\n")[0]
    # …and so is a level's 职责 or 任务 asked (fresh34's al073 quoted the city item's first sentence only).
    for asked in ("产业知识产权联盟，省局的职责是什么", "产业知识产权联盟省里的任务有哪些"):
        lead = compose(asked, alliance).split("\n")[0]
        assert "开展联盟备案管理" in lead and "给予奖补资金支持" in lead, asked


def test_when_the_document_itself_was_issued_is_unstated_though_its_items_are_dated() -> None:
    dated = Chunk(id="d:M12-P-06", doc="d", doc_title="清单", measure_no=12, measure="完善知识产权公共服务",
                  level="province", item=6, text="力争到2025年，全省拥有省级知识产权信息公共服务网点100家。")
    covered, _ = decide("这个清单是什么时候印发的", dated, AWARD)
    assert (covered.outcome, covered.unstated) == ("unstated", ["印发时间"])
    covered, _ = decide("江苏专利奖多久评一次", AWARD, dated)
    assert covered.outcome == "answer"


def test_an_unstated_amount_quotes_the_subjects_sentence_offering_money_without_one() -> None:
    model = Chunk(id="d:M14-P-02", doc="d", doc_title="清单", measure_no=14, measure="开展知识产权试点示范",
                  level="province", item=2, text="培育认定省级知识产权示范企业。将示范企业培育认定工作作为评价因素，"
                  "给予奖补资金支持。")
    text = Composer(Templates()).unstated(plan("示范企业认定后奖励多少"), sources(model, LOAN), ["金额"], amount=True)
    assert NOT_COVERED_PHRASE in text and "条文没有写明金额" in text
    assert text.splitlines()[-1].startswith("条文中相关的表述（没有写明金额）：「将示范企业培育认定工作作为评价因素，给予奖补资金支持。」")
    # Not for a detail other than the amount, and never a sentence stating a figure.
    assert "相关的表述" not in Composer(Templates()).unstated(plan("示范企业认定要什么材料"), sources(model), ["申报材料"])
    assert "相关的表述" not in Composer(Templates()).unstated(plan("苏知贷利率多少"), sources(LOAN), ["利率"], amount=True)


def test_a_grade_asked_of_a_subject_leads_with_that_subjects_amount_not_another_prizes() -> None:
    centre = Chunk(id="d:M01-P-02", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                   level="province", item=2, text="对进入运行期的省高价值专利培育示范中心进行绩效评价，评价为优秀、良好的"
                   "分别给予50万元、30万元奖励。")
    china = Chunk(id="d:M01-P-05", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                  level="province", item=5, text="推荐参评中国专利奖，对获得中国专利金奖、优秀奖的，分别给予100万元、20万元奖励。")
    assert compose("高价值专利培育示范中心优秀奖多少", centre, china).startswith("优秀：50万元[1]。")
    assert compose("示范中心优秀奖多少钱", china, centre).startswith("优秀：50万元[2]。")  # whatever the order
    assert compose("中国专利优秀奖多少", centre, china).startswith("中国专利优秀奖：20万元[2]。")


BRAND = Chunk(id="d:M06-P-02", doc="d", doc_title="清单", measure_no=6, measure="创新知识产权运用方式", level="province",
              item=2, text="深入实施商标品牌培育工程，对省商标品牌培育和保护计划工业品牌项目、地理标志项目，分别给予不超过"
                           "150万元、200万元资金支持。")


def test_an_enumerations_context_tells_no_label_apart_and_a_name_with_he_is_one_subject() -> None:
    # 商标品牌培育和保护计划 is the programme both labels belong to: 地理标志项目 is what is asked.
    asked = "商标品牌培育和保护计划的地理标志项目最多支持多少"
    p = read_question(asked, asked, Speller(BRAND.search_text))
    text = Composer(Templates()).compose(p, [(part, [BRAND]) for part in p.parts])[0].text
    assert text.startswith("地理标志项目：不超过200万元[1]。") and "150万元[1]" not in text.split("依据")[0]
    assert compose("工业品牌项目支持多少", BRAND).startswith("省商标品牌培育和保护计划工业品牌项目：不超过150万元[1]。")


def test_the_tier_the_askers_amounts_name_leads() -> None:
    text = compose("苏知贷1000万到3000万的部分，省基金承担80%，是吗", TIERED_LOAN)
    assert text.startswith(PREMISE_FALSE) and text.split("\n\n")[1].startswith("对于单户贷款余额1000万元-3000万元（含）的")


def test_items_equally_about_the_subject_lead_by_the_questions_other_words() -> None:
    centre = Chunk(id="d:M01-P-01", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                   level="province", item=1, text="立项支持组建省高价值专利培育示范中心，每个项目给予不超过250万元资金支持。")
    graded = Chunk(id="d:M01-P-02", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                   level="province", item=2, text="对省高价值专利培育示范中心进行绩效评价，评价为优秀、良好的分别给予50万元、"
                   "30万元奖励。")
    chunks, _ = choose_citations(plan("高价值专利培育示范中心每个项目支持多少"), sources(graded, centre),
                                 ["高价值专利培育", "示范中心"], Weights([centre, graded]), Thresholds())
    assert chunks[0] is centre
    chunks, _ = choose_citations(plan("高价值专利培育示范中心评优秀奖励多少"), sources(centre, graded),
                                 ["高价值专利培育", "示范中心"], Weights([centre, graded]), Thresholds())
    assert chunks[0] is graded


def test_a_thing_made_of_asking_words_is_no_unstated_thing() -> None:
    covered, decision = decide("苏知贷有哪些具体任务", LOAN, AWARD)
    assert covered.outcome == "answer", decision


def test_a_verb_with_its_direction_is_no_subject_of_a_benefit() -> None:
    chunks = [GEO, AWARD]
    corpus = "\n".join(c.search_text for c in chunks)
    asked = "国家地理标志产品保护示范区批下来给多少奖励"
    covered, decision = coverage(read_question(asked, asked, Speller(corpus)), sources(GEO, AWARD), STRONG, KEEP,
                                 Thresholds(), corpus, Weights(chunks))
    assert covered.outcome == "answer", decision


def test_the_sentence_holding_the_term_few_sentences_hold_is_the_relevant_one() -> None:
    register = Chunk(id="d:M12-P-03", doc="d", doc_title="清单", measure_no=12, measure="完善知识产权公共服务",
                     level="province", item=3, text="搭建数据知识产权登记平台，探索开展数据知识产权登记服务。"
                     "推动数据知识产权登记平台与数据交易相关平台对接。推动登记证书在民商事活动中作为初步证据应用。")
    # 数据知识产权 and 登记 are in every sentence; 证书 in one, which answers "登记证书有啥用".
    assert relevant_sentences(register, ["数据", "数据知识产权", "登记", "证书"], False, 1) == \
        ["推动登记证书在民商事活动中作为初步证据应用。"]


def test_a_level_asked_as_an_alternative_is_no_unstated_detail() -> None:
    p = plan("请帮我把苏知贷那条原文发我，注明是省级还是市级")
    assert not any("注明" in w for w in p.asked_whether)


def test_the_item_grading_its_amounts_by_a_bare_grade_is_found_by_that_grade() -> None:
    assert graded_item("评优秀又奖多少", [CENTRE, GRADES, AWARD]) == GRADES
    assert graded_item("银奖奖多少", [CENTRE, GRADES, AWARD]) is None  # a prize's grade: by the prize's name


def test_weak_evidence_on_a_subject_the_top_item_names_names_what_no_item_does() -> None:
    refuse_all = CoverageModel([0.0] * 7, [1.0] * 7, [0.0] * 7, -5.0)
    covered, decision = decide("苏知贷能贷给个体工商户吗", LOAN, AWARD, model=refuse_all)
    assert covered.outcome == "unstated" and covered.unstated == ["贷给个体工商户"], decision  # as written
    covered, _ = decide("明天天气怎么样", AWARD, model=refuse_all)  # no subject of the corpus: out of scope
    assert covered.outcome == "out_of_scope"


def test_an_english_question_of_which_the_lexicon_reads_only_a_city_is_out_of_scope() -> None:
    # "Suzhou" is all the lexicon reads; the hotel and the station are words the policy does not use.
    cities = Chunk(id="d:M05-P-05", doc="d", doc_title="清单", measure_no=5, measure="强化知识产权金融支撑",
                   level="province", item=5, text="支持南京、苏州等地扩大知识产权证券化产品发行规模。")
    covered, decision = decide_among("Can you recommend a good hotel near Suzhou railway station?", [cities], cities, LOAN)
    assert covered.outcome == "out_of_scope" and "say where, not what" in decision.reason
    covered, _ = decide("How much is the Jiangsu Patent Award gold prize?", AWARD, LOAN)
    assert covered.outcome == "answer"


def test_a_count_of_people_is_asked_as_such_and_no_prize_amount_states_it() -> None:
    covered, _ = decide("江苏专利奖金奖一届最多评几个人", AWARD, LOAN)
    assert (covered.outcome, covered.unstated) == ("unstated", ["人数"])


DEGREE = Chunk(id="d:M19-P-01", doc="d", doc_title="清单", measure_no=19, measure="打造知识产权人才高地", level="province",
               item=1, text="支持南京理工大学申报知识产权专业硕士学位点，争取2024年实现招生。（责任部门：宣传教育处）")


def test_a_year_answers_only_a_question_asking_when() -> None:
    covered, decision = decide_among("南京理工大学知识产权专业硕士学位点一年招几个学生", [DEGREE], DEGREE, AWARD,
                                     model=REFUSE_ALL)
    assert (covered.outcome, covered.unstated) == ("unstated", ["人数"]), decision  # 2024年 counts no students
    covered, decision = decide_among("南京理工大学知识产权专业硕士学位点哪一年招生", [DEGREE], DEGREE, AWARD,
                                     model=REFUSE_ALL)
    assert covered.outcome == "answer", decision


def test_money_an_item_names_without_an_amount_is_unstated_as_its_amount() -> None:
    model = Chunk(id="d:M14-P-02", doc="d", doc_title="清单", measure_no=14, measure="开展知识产权试点示范",
                  level="province", item=2, text="培育认定省级知识产权示范企业，作为知识产权发展奖补评价因素，给予奖补资金支持。")
    assert decide_among("省级知识产权示范企业奖补资金具体是多少", [model], model, AWARD)[0].unstated == ["资金数额"]
    # Money asked by a name no item gives it is not stated by the loan balance's 1000万元.
    assert decide("申请苏知贷要多少注册资金", LOAN, AWARD)[0].unstated == ["注册资金"]
    # So is a business's quantity by its name: 250万元 is no one's 营收; 以上 is a bound, no thing asked for.
    assert decide_among("示范中心申报要企业年营收多少以上", [CENTRE], CENTRE, AWARD)[0].unstated == ["营收"]


MARK = Chunk(id="d:M17-P-03", doc="d", doc_title="清单", measure_no=17, measure="提升知识产权治理能力",
             level="province", item=3, text="持续规制专利申请和商标注册行为。")


def test_years_to_be_reached_are_a_minimum_not_a_term() -> None:
    # 每两年 is the prize's frequency, not the years a firm has been registered (注册, named elsewhere).
    assert decide_among("江苏专利奖申报要求企业注册满几年", [MARK], AWARD, LOAN)[0].unstated == ["年限"]
    assert decide("苏知贷最长能贷几年", LOAN, AWARD)[0].unstated == ["期限"]


def test_a_ceiling_asked_is_stated_by_the_amount_an_item_caps() -> None:
    assert decide_among("地理标志产品保护示范区奖励封顶是多少", [GEO], GEO, AWARD)[0].outcome == "answer"


def test_how_it_is_done_in_a_country_no_item_names_is_unstated() -> None:
    covered, _ = decide_among("怎么在美国注册商标", [MARK], MARK, AWARD)
    assert (covered.outcome, covered.unstated) == ("unstated", ["怎么在美国注册商标"])


def test_a_wrong_amount_asserted_is_followed_by_the_amount_the_question_names() -> None:
    prizes = Chunk(id="d:M01-P-05", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                   level="province", item=5, text="对获得中国专利金奖、银奖、优秀奖的，分别给予100万元、50万元、20万元奖励；"
                   "对获得中国外观设计金奖、银奖、优秀奖的，分别给予50万元、25万元、10万元奖励。")
    # The 20万元 asserted is another prize's; the design prize's 10万元 leads after the verdict: an amount asserted
    # is an amount asked about.
    assert compose("中国外观设计优秀奖省里配套20万，对吗", prizes).startswith("不对。\n\n中国外观设计优秀奖：10万元[1]。")


def test_a_share_asserted_of_a_thing_one_party_bears_wholly_is_judged_by_the_bearing() -> None:
    loan = Chunk(id="d:M05-P-01", doc="d", doc_title="清单", measure_no=5, measure="强化知识产权金融支撑",
                 level="province", item=1, text="对于单户贷款余额不超过1000万元（含）的，省风险补偿基金承担80%的贷款本金损失风险，"
                 "合作银行承担20%的贷款本金损失风险和全部利息损失风险。对于单户贷款余额1000万元-3000万元（含）的，省风险补偿基金"
                 "承担50%的贷款本金损失风险，合作银行承担50%的贷款本金损失风险和全部利息损失风险。")
    # 50% is the principal's share in one tier; the interest loss is the bank's, all of it.
    assert compose("苏知贷的利息损失是省基金和银行各担一半，对吗", loan).startswith(PREMISE_FALSE)
    assert compose("苏知贷1000万以上省基金担50%，对吗", loan).startswith(PREMISE_TRUE)  # a share of the principal


def test_a_statement_with_a_bare_question_mark_asks_to_confirm_it() -> None:
    agencies = Chunk(id="d:M13-P-03", doc="d", doc_title="清单", measure_no=13, measure="促进知识产权服务业发展",
                     level="province", item=3, text="推动3家外国专利代理机构在苏设立办事机构尽快落地。")
    assert compose("文件要推动10家外国专利代理机构在江苏设办事处？", agencies).startswith(PREMISE_FALSE)
    assert compose("推动几家外国专利代理机构在江苏设办事处？", agencies).startswith("推动")  # it asks: no verdict


def test_a_count_of_departments_is_stated_by_the_departments_an_item_names() -> None:
    rules = Chunk(id="d:M09-P-05", doc="d", doc_title="清单", measure_no=9, measure="严格知识产权行政执法",
                  level="province", item=5, departments=["知识产权保护处", "政策法规处"],
                  text="完善行刑衔接工作规范。（责任部门：知识产权保护处、政策法规处）")
    assert decide_among("行刑衔接工作规范那条，责任部门有几个", [rules], rules, AWARD)[0].outcome == "answer"


def test_each_part_of_a_sum_counts_its_own_thing() -> None:
    award = Chunk(id="d:M01-P-04", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                  level="province", item=4, text="江苏专利奖对获得金奖、银奖、优秀奖、发明人奖的，分别给予30万元、20万元、10万元、"
                  "2万元奖励。")
    assert "20万元 + 2万元 + 2万元 = 24万元" in compose("江苏专利奖一个银奖加两个发明人奖，总共多少", award)
    assert "30万元 + 20万元 = 50万元" in compose("江苏专利奖金奖和银奖两个都拿了，合计多少", award)  # both, each once
    # A count of those rated, with the rating after it: "两个评良好" is two 良好.
    assert "50万元 + 30万元 + 30万元 = 110万元" in compose("一个示范中心评优秀、两个评良好，绩效奖励总共多少", GRADES)
    assert "20万元 + 20万元 + 2万元 = 42万元" in compose("江苏专利奖两个拿银奖、一个拿发明人奖，一共多少", award)


def test_public_bodies_are_members_of_a_group_of_institutions_whatever_their_names_end_on() -> None:
    bodies = Chunk(id="d:M20-P-02", doc="d", doc_title="清单", measure_no=20, measure="深化知识产权国际交流合作",
                   level="province", item=2, text="对接国家知识产权局、世界知识产权组织中国办事处、国（境）外知识产权管理部门等，"
                   "将优质知识产权资源引入我省。")
    # 局, 办事处 and 部门 are institutions; a bracketed qualifier (国（境）外) stays inside the name.
    covered, decision = decide_among("对接哪些机构引入优质知识产权资源", [bodies], bodies, AWARD)
    assert covered.outcome == "answer", decision


def test_an_amount_asserted_of_items_that_state_none_is_unstated_not_false() -> None:
    duty = Chunk(id="d:M01-C-02", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育", level="city",
                 item=2, text="组织遴选优秀专利项目推荐参评中国专利奖和江苏专利奖，建立完善配套奖励办法。")
    text = compose("市里对中国专利奖获奖项目配套奖励30万，是文件里定的吧", duty)
    assert text.startswith("条文没有写明金额") and PREMISE_FALSE not in text
    assert compose("江苏专利奖金奖奖励40万对吧", AWARD).startswith(PREMISE_FALSE)  # an item stating amounts judges it


def test_when_an_act_can_be_done_is_stated_by_a_date_an_item_gives_it() -> None:
    degree = Chunk(id="d:M19-P-01", doc="d", doc_title="清单", measure_no=19, measure="打造知识产权人才高地",
                   level="province", item=1, text="支持南京理工大学、江苏大学申报第一批全国知识产权专业硕士学位点，争取2024年实现招生。")
    covered, decision = decide_among("南京理工大学申请知识产权硕士点的事，什么时候能招生", [degree], degree, AWARD)
    assert covered.outcome == "answer", decision
    # How long until it can be done is a duration, which a date does not state.
    assert decide_among("硕士学位点申报后多久能招生", [degree], degree, AWARD)[0].outcome == "unstated"


def test_ratings_counted_side_by_side_are_summed_each_as_often_as_counted() -> None:
    assert "50万元 + 50万元 + 30万元 = 130万元" in compose("示范中心评了两回优秀一回良好，奖励合计", GRADES)
    assert "50万元 + 30万元 + 30万元 = 110万元" in compose("示范中心评了一次优秀两次良好，一共奖多少", GRADES)


def test_things_asked_for_by_kind_are_named_by_an_enumeration_of_that_kind() -> None:
    fast = Chunk(id="d:M03-P-03", doc="d", doc_title="清单", measure_no=3, measure="加快创新技术专利获权",
                 level="province", item=3, text="支持专精特新企业在国家级知识产权保护中心进行备案，开展快速预审、快速确权、快速维权。")
    covered, decision = decide_among("专精特新企业在保护中心备案后能享受哪些快速服务", [fast], fast, AWARD)
    assert covered.outcome == "answer", decision


def test_an_amount_recalled_or_confirmed_after_the_statement_is_judged() -> None:
    assert compose("印象里示范中心绩效优秀给80万", GRADES).startswith(PREMISE_FALSE)
    assert compose("示范中心绩效优秀给50万，我记得是这样", GRADES).startswith(PREMISE_TRUE)


def test_a_year_written_by_its_last_two_digits_is_judged_as_that_year() -> None:
    degree = Chunk(id="d:M19-P-01", doc="d", doc_title="清单", measure_no=19, measure="打造知识产权人才高地",
                   level="province", item=1, text="支持南京理工大学、江苏大学申报知识产权专业硕士学位点，争取2024年实现招生。")
    assert compose("两所学校申报的知识产权专硕，说是25年才开始招人，对吗", degree).startswith(PREMISE_FALSE)
    assert compose("知识产权专硕24年开始招生吧", degree).startswith(PREMISE_TRUE)


def test_an_unstated_noun_is_named_with_the_act_written_before_it() -> None:
    loan = replace(LOAN, text="设立“苏知贷”政银合作子产品，省风险补偿基金承担80%的贷款本金损失风险。")
    covered, decision = decide_among("企业递了苏知贷申请，审批流程走完大概要几天", [loan], loan, AWARD)
    assert covered.outcome == "unstated" and "审批流程" in covered.unstated, decision


def test_a_detail_qualified_by_an_act_no_item_writes_is_unstated() -> None:
    investigators = Chunk(id="d:M09-P-03", doc="d", doc_title="清单", measure_no=9, measure="严格知识产权行政执法",
                          level="province", item=3, text="加强技术调查员队伍建设和管理，为行政裁决提供技术支撑。")
    cases = Chunk(id="d:M09-C-02", doc="d", doc_title="清单", measure_no=9, measure="严格知识产权行政执法", level="city",
                  item=2, text="对符合条件的简单案件探索开展书面审理；充分利用技术调查员参与案件处理。")
    covered, decision = decide_among("技术调查员的选聘条件是什么", [investigators, cases], cases, investigators, AWARD)
    assert covered.outcome == "unstated" and covered.unstated == ["选聘条件"], decision


def test_things_counted_side_by_side_are_summed_without_a_total_word() -> None:
    award = Chunk(id="d:M01-P-04", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                  level="province", item=4, text="江苏专利奖对获得金奖、银奖、优秀奖、发明人奖的，分别给予30万元、20万元、10万元、"
                  "2万元奖励。")
    assert "30万元 + 20万元 + 20万元 = 70万元" in compose("一个金奖两个银奖，江苏专利奖能拿多少", award)
    assert "=" not in compose("两个金奖一个优秀奖，各给多少", award)  # each asked, no total


@pytest.mark.parametrize(("said", "holds"), [
    ("国际设计博览会是在南京办的", False),  # the item ties it to 无锡, though it names 南京 elsewhere
    ("国际设计博览会是在无锡办的", True),
    ("证券化试点城市里有无锡", False),  # 证券化 in each clause naming cities, 证券化试点 in none; unsaid
    ("证券化试点城市里有南京", True),
    # 发行规模 in the cities' own clause is what they are said of; the sentence gives 南通、盐城 another thing.
    ("证券化试点里，南通、盐城是要扩大发行规模的那两个城市", False),
    ("扩大证券化发行规模的是南通和常州", False),  # the clause doing 扩大 and 发行, not the one doing 发行 alone
    ("紫金知识产权国际峰会会务是无锡负责", False),  # 无锡、南京分别…: each city has its own thing
    ("紫金知识产权国际峰会会务是南京负责", True),
    ("南京大学支持申报专硕点", None),  # a city inside a name is no city asserted
    ("知识产权服务处负责专利奖", None),  # no city
])
def test_a_city_asserted_of_a_thing_is_judged_by_the_cities_the_item_ties_it_to(said: str, holds: bool | None) -> None:
    text = ("组织优秀设计产品参展第十八届中国（无锡）国际设计博览会。无锡、南京分别做好中国（无锡）国际设计博览会、"
            "紫金知识产权国际峰会会务保障工作。大力推动知识产权证券化试点，支持南京、苏州等地扩大知识产权证券化产品"
            "发行规模，支持南通、盐城、常州等城市尽快发行知识产权证券化产品。支持南京理工大学申报专硕点。")
    judged = judge_places(Statement(said, "", False), text)
    assert (judged.holds if judged else None) is holds
    # 证券化's cities close on 等: a city the list leaves out is unsaid, not refuted.
    assert (judged.unstated if judged else "") == ("无锡" if "无锡" in said and "证券化" in said else "")


@pytest.mark.parametrize(("said", "holds"), [
    ("淮安推进的地方立法是《淮安市商标保护条例》", False),  # a variant of the item's title: false
    ("淮安推进的地方立法是《淮安市地理标志保护条例》", None),  # written: judged by what else is asserted
    ("省里推动的是《地理标志条例》立法", None),  # part of the item's own title (《江苏省地理标志条例》)
    ("这是为了落实《知识产权强国建设纲要》", None),  # shares nothing with a title the item writes: unsaid
])
def test_a_title_asserted_is_false_when_it_is_a_variant_of_the_one_the_item_writes(said: str, holds: bool | None) -> None:
    text = "推动《江苏省地理标志条例》立法，指导淮安市知识产权局推进《淮安市地理标志保护条例》地方立法。"
    judged = judge_title(Statement(said, "", False), text)
    assert (judged.holds if judged else None) is holds
    assert judged is None or judged.clause == "《淮安市地理标志保护条例》"


def test_the_cities_an_item_names_asked_are_said_beside_the_one_left_unsaid() -> None:
    text = "大力推动知识产权证券化试点，支持南京、苏州等地扩大知识产权证券化产品发行规模。"
    # 点名…是无锡吧 asks which cities are named: 无锡 is not (不对), though 等 leaves it possible (unstated)
    judged = judge_places(Statement("证券化试点省里点名扩大发行规模的是无锡", "", False), text)
    assert judged is not None and (judged.holds, judged.named, judged.unstated) == (False, "南京、苏州", "无锡")
    # 也有无锡 asks whether 无锡 is among them: the open list leaves it unsaid, no city list asked
    judged = judge_places(Statement("证券化试点扩大发行规模的也有无锡", "", False), text)
    assert judged is not None and (judged.named, judged.unstated) == ("", "无锡")


@pytest.mark.parametrize(("said", "text", "holds"), [
    ("省局要跟文旅那边一起研究出台展会保护办法", "会同商务部门研究制定展会知识产权保护办法。", False),
    ("展会保护办法是会同科技部门制定的", "会同商务部门研究制定展会知识产权保护办法。", False),
    ("展会保护办法是和商务部门一起定的", "会同商务部门研究制定展会知识产权保护办法。", True),
    ("保护办法是省局和商务部门一块研究的", "会同商务部门研究制定展会知识产权保护办法。", True),
    ("试点是联合省科技厅搞的", "联合省科技厅等部门组织开展试点。", True),
    ("试点是联合省教育厅搞的", "联合省科技厅等部门组织开展试点。", None),  # 等: other departments too
    ("办博览会是跟商务厅一起办的", "会同相关部门办好国际设计博览会。", None),  # 相关部门 names none
    ("展会保护办法是和商务部门一起定的", "加强展会知识产权保护。", None),  # no partner named
])
def test_a_partner_asserted_is_judged_by_the_department_the_item_does_the_thing_with(
        said: str, text: str, holds: bool | None) -> None:
    judged = judge_partner(Statement(said, "shared", False), text)
    assert (judged.holds if judged else None) is holds, judged


def test_a_listing_of_support_of_no_subject_lists_every_item_granting_an_amount() -> None:
    brand = _measure(6, "创新知识产权运用方式", "对工业品牌项目、地理标志项目，分别给予不超过150万元、200万元资金支持。",
                     "组织实施商标品牌价值提升行动。")
    finance = _measure(5, "强化知识产权金融支撑", "对于单户贷款余额不超过1000万元（含）的，省风险补偿基金承担80%的损失。")
    chunks = measures_of(brand + finance)
    items, decision = listed_grants(plan("省里给钱的事项都有哪些，列个清单"), chunks)
    assert items == [brand[0]] and decision is not None  # a loan's 1000万元 is granted to no one
    assert listed_grants(plan("地理标志有哪些资金支持"), chunks) == ([], None)  # of a subject: listed by it
    assert listed_grants(plan("工业品牌项目给多少钱"), chunks) == ([], None)  # no listing


STATION = Chunk(id="d:M06-C-03", doc="d", doc_title="清单", measure_no=6, measure="创新知识产权运用方式", level="city",
                item=3, text="认真落实“千企百城”商标品牌价值提升行动，充分发挥知识产权工作站（商标品牌指导站）作用，"
                             "指导相关主体开展企业品牌、区域品牌培育。")


def test_an_amount_asked_of_a_name_the_corpus_writes_whole_is_not_stated_by_its_measures_other_amounts() -> None:
    # 商标品牌指导站 is one name: the 150万元/200万元 its measure grants 工业品牌项目 share only 商标品牌 with it.
    # 指导 alone is written by many items (a quarter of the task list's), so it tells no subject apart.
    guiding = [Chunk(id=f"d:M09-P-0{i}", doc="d", doc_title="清单", measure_no=9, measure="严格知识产权行政执法",
                     level="province", item=i, text=f"指导各地开展第{i}类工作。") for i in range(1, 4)]
    extra = [STATION, BRAND, *guiding]
    covered, decision = decide_among("商标品牌指导站一年能给多少钱", extra, BRAND, STATION)
    assert covered.outcome == "unstated", decision
    covered, decision = decide_among("商标品牌培育和保护计划的工业品牌项目能拿多少", extra, BRAND, STATION)
    assert covered.outcome == "answer", decision


def test_places_for_organisations_are_counted_in_jia() -> None:
    outlets = Chunk(id="d:M12-P-06", doc="d", doc_title="清单", measure_no=12, measure="完善知识产权公共服务",
                    level="province", item=6, text="力争到2025年，全省拥有省级知识产权信息公共服务网点100家。")
    covered, decision = decide_among("省级信息公共服务网点一共有多少名额", [outlets], outlets)
    assert covered.outcome == "answer", decision
    # Money is no count of places: the prize's amounts state no 名额.
    covered, _ = decide("江苏专利奖每届推荐多少名额", AWARD, LOAN)
    assert (covered.outcome, covered.unstated) == ("unstated", ["名额"])


def test_who_handles_a_matter_only_the_cities_items_are_about_is_answered_by_the_city_item() -> None:
    enforcing = Chunk(id="d:M09-C-01", doc="d", doc_title="清单", measure_no=9, measure="严格知识产权行政执法",
                      level="city", item=1, text="按照职责分工加强辖区内查处专利商标侵权假冒、专利商标代理行业违法行为。")
    chunks = [*CHUNKS, BRAND, enforcing]
    corpus = "\n".join(c.search_text for c in chunks)
    # 招牌 is a 商标, 模仿 a 假冒: the city duty to 查处 them is the subject, not the province's brand programme.
    asked = read_question("开饭店的，招牌被人模仿了，归谁查", "开饭店的，招牌被人模仿了，归谁查", Speller(corpus))
    chosen, decision = choose_citations(asked, sources(BRAND, enforcing), asked.terms, Weights(chunks), Thresholds())
    assert chosen == [enforcing], decision
    # A provincial item about the subject names the department: 苏知贷's, not the city's.
    city_loan = replace(enforcing, id="d:M05-C-01", measure_no=5, text="建立完善知识产权质押融资贴息补费等优惠政策。")
    asked = read_question("苏知贷归哪个处室管", "苏知贷归哪个处室管", Speller(corpus))
    chosen, _ = choose_citations(asked, sources(city_loan, LOAN), asked.terms, Weights(chunks), Thresholds())
    assert chosen == [LOAN]


CHINA_PRIZES = Chunk(id="d:M01-P-05", doc="d", doc_title="清单", measure_no=1, measure="开展高价值专利培育",
                     level="province", item=5, text="每年组织遴选优秀专利项目推荐参评中国专利奖，对获得中国专利金奖、银奖、"
                     "优秀奖的，分别给予100万元、50万元、20万元奖励；对获得中国外观设计金奖、银奖、优秀奖的，分别给予50万元、"
                     "25万元、10万元奖励。")


def test_an_amount_said_to_be_the_same_as_anothers_is_judged_for_both() -> None:
    # 100万元 is 中国专利金奖's, not 外观设计金奖's: the thing it is compared with is not the one asserted of.
    for asserted, verdict in [("外观设计拿了中国金奖，省里的奖励跟中国专利金奖一样都是一百万吧", PREMISE_FALSE),
                              ("中国专利银奖跟外观设计金奖一样都是50万吧", PREMISE_TRUE),
                              ("外观设计金奖和中国专利银奖一样都是100万吧", PREMISE_FALSE)]:
        assert compose(asserted, CHINA_PRIZES).startswith(verdict), asserted


def test_the_askers_own_contribution_is_unstated_not_the_support_the_province_gives() -> None:
    # 250万元 is what the province gives the centre; what the enterprise itself puts in is stated nowhere.
    for asked in ("示范中心立项，企业自己要配套多少资金", "示范中心申报要企业出多少配套资金", "示范中心批了，我们单位还要配多少"):
        covered, decision = decide_among(asked, [CENTRE], CENTRE, AWARD)
        assert (covered.outcome, covered.unstated) == ("unstated", ["企业自筹或配套资金"]), (asked, decision)
    covered, decision = decide_among("示范中心立项省里给多少资金", [CENTRE], CENTRE, AWARD)
    assert covered.outcome == "answer", decision


def test_a_listing_naming_things_a_measures_items_name_together_lists_the_measure() -> None:
    talent = _measure(19, "打造知识产权人才高地", "申报知识产权专业硕士学位点。", "设立企业高管知识产权培训项目。",
                      "开展产才对接行动。")
    service = _measure(12, "完善知识产权公共服务", "加强知识产权信息公共服务人才培养。")
    chunks = measures_of(talent + service)
    asked = plan("人才这块，省知识产权局从学位点到高管培训再到产才对接都安排了什么")
    assert asked.intent.listing
    items, decision = listed_measure(asked, sources(talent[2], service[0]), chunks, Thresholds())
    assert items == talent, decision
    # How a thing is arranged (怎么部署的) is what the items say, no act of the asker's.
    assert plan("关于险种和保险产品是怎么部署的").asked_whether == []


def test_a_listing_of_what_a_measure_arranges_lists_the_measure() -> None:
    # 安排, 部署 and 布置 are what the items themselves are, no subject word the title must hold.
    finance = _measure(5, "强化知识产权金融支撑", "设立苏知贷。", "推动知识产权金融创新。")
    trade = _measure(18, "深化自贸试验区知识产权管理", "支持自贸区设立南京代办处工作站。", "建设金融创新中心。")
    chunks = measures_of(finance + trade)
    for question, measure in (("省局在知识产权金融方面布置了哪些任务", finance), ("省里在自贸区知识产权上有哪些安排", trade),
                              ("自贸区这块省里作了哪些部署", trade)):
        items, decision = listed_measure(plan(question), sources(measure[1], trade[1]), chunks, Thresholds())
        assert items == measure, (question, decision)


def test_acts_no_title_holds_say_what_is_done_to_the_subject_a_title_names() -> None:
    # 培养 and 引进 are done to 人才, which 打造知识产权人才高地 names; 这边 points at the province, naming nothing.
    talent = _measure(19, "打造知识产权人才高地", "申报知识产权专业硕士学位点。", "设立企业高管知识产权培训项目。")
    service = _measure(12, "完善知识产权公共服务", "加强知识产权信息公共服务人才培养。", "建设综合服务平台。")
    chunks = measures_of(talent + service)
    asked = plan("省知识产权局这边在培养、引进知识产权人才上安排了哪些工作")
    assert "这边" not in asked.terms
    items, decision = listed_measure(asked, sources(service[0], talent[0]), chunks, Thresholds())
    assert items == talent, decision
    # A thing no title holds still lists nothing: 数据 is in none.
    items, decision = listed_measure(plan("省局在培养数据人才上有哪些工作"), sources(talent[0]), chunks, Thresholds())
    assert items == [], decision


def test_parts_asking_of_two_levels_list_both_levels_items() -> None:
    trade = _measure(18, "深化自贸试验区知识产权管理", "支持自贸区设立南京代办处工作站。") + [
        Chunk(id="d:M18-C-01", doc="d", doc_title="清单", measure_no=18, measure="深化自贸试验区知识产权管理",
              level="city", item=1, text="南京市局认真抓好南京国际知识产权金融创新中心建设。")]
    asked = plan("南京市局在自贸区要做什么，省局在自贸区有哪些举措")
    items, decision = listed_measure(asked, sources(trade[0]), measures_of(trade), Thresholds())
    assert items == trade, decision
    items, _ = listed_measure(plan("省局在自贸区有哪些举措"), sources(trade[0]), measures_of(trade), Thresholds())
    assert items == trade[:1]


def test_what_a_light_verb_asks_be_given_is_decisive_of_a_requirement() -> None:
    # 抵押 reads as 质押, which the items write; 房产, what is to be given, no item names.
    pledge = Chunk(id="d:M05-C-01", doc="d", doc_title="清单", measure_no=5, measure="强化知识产权金融支撑", level="city",
                   item=1, text="建立完善知识产权质押融资贴息补费等优惠政策。")
    covered, decision = decide_among("苏知贷要不要提供房产抵押", [pledge], LOAN, pledge)
    assert (covered.outcome, covered.unstated) == ("unstated", ["是否提供房产抵押"]), decision
    covered, decision = decide_among("苏知贷要不要提供知识产权质押", [pledge], LOAN, pledge)
    assert covered.outcome == "answer", decision


def test_documents_asked_for_by_their_kind_are_named_by_the_items_titles() -> None:
    delta = item("M12-P-05", "完善知识产权公共服务", "落实《长三角地区专利代理行业高质量发展一体化合作备忘录》，推动信息互通共享。")
    covered, decision = decide_among("清单里涉及长三角的合作文件有哪些", [delta], delta, AWARD)
    assert covered.outcome == "answer", decision
    # a kind no title holds is still unstated
    covered, decision = decide_among("清单里涉及长三角的执法文件有哪些", [delta], delta, AWARD)
    assert (covered.outcome, covered.unstated) == ("unstated", ["执法文件"]), decision


def test_points_and_minutes_asked_are_counts_no_item_states() -> None:
    contest = item("M12-P-07", "完善知识产权公共服务", "组织专利检索技能大赛，以赛促训，每年培训100人。")
    covered, decision = decide_among("专利检索技能大赛拿了名次，评职称能加几分", [contest], contest, AWARD)
    assert (covered.outcome, covered.unstated) == ("unstated", ["分值"]), decision  # 100人 are no points
    covered, decision = decide_among("专利检索技能大赛报名几分钟能办好", [contest], contest, AWARD)
    assert (covered.outcome, covered.unstated) == ("unstated", ["时长"]), decision


def test_pay_asked_by_its_level_is_an_amount_named_unstated() -> None:
    station = item("M12-P-04", "完善知识产权公共服务", "推动全省知识产权工作站建设，实施服务专员成长计划，提升服务水平，建设100家工作站。")
    covered, decision = decide_among("想去工作站当服务专员，这个岗位月薪大概什么水平", [station], station, AWARD)
    assert (covered.outcome, covered.unstated) == ("unstated", ["月薪"]), decision


def test_how_a_wrong_is_dealt_with_is_stated_by_the_items_words_for_curbing_it() -> None:
    curb = item("M17-P-03", "提升知识产权治理能力", "持续规制商标注册行为，组织开展恶意商标注册通报案件的核查整改。")
    covered, decision = decide_among("这种恶意抢注商标的，省里是怎么整治的", [curb], curb, AWARD)  # 整治: 规制, 整改
    assert covered.outcome == "answer", decision


def test_whether_a_wrong_is_recorded_against_ones_credit_is_stated_by_credit_supervision() -> None:
    credit = item("M17-C-01", "提升知识产权治理能力", "严格落实知识产权信用管理相关规定，重点加强对重复侵权行为的信用监管。")
    covered, decision = decide_among("被同一家公司反复侵权好几次了，这种人会不会记到信用上", [credit], credit, AWARD)
    assert covered.outcome == "answer", decision  # 记到: 监管


def test_how_to_do_an_act_of_a_thing_the_top_item_does_not_name_is_unstated() -> None:
    review = item("M10-P-01", "强化知识产权协同保护", "指导各知识产权保护中心积极争取开展专利复审无效案件多模式审理试点。")
    brand = item("M06-P-02", "创新知识产权运用方式", "深入实施商标品牌培育工程。")
    covered, decision = decide_among("商标被驳回后怎么申请复审", [review, brand], review, AWARD)  # 专利复审, not 商标
    assert (covered.outcome, covered.unstated) == ("unstated", ["怎么申请复审"]), decision
    # asked at a level, the how is looked for in that level's item (办案 is the city item's)
    staff = item("M09-P-03", "严格知识产权行政执法", "加强技术调查员队伍建设和管理。")
    cases = item("M09-C-02", "严格知识产权行政执法", "充分利用技术调查员参与案件处理，提高办案质量。")
    covered, decision = decide_among("技术调查员这支队伍，省级层面抓什么、设区市办案时又怎么用上", [staff, cases, brand],
                                     staff, cases, AWARD)
    assert covered.outcome == "answer", decision
