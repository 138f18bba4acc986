"""政策匹配: eligibility read from items, profiles from JSON and first-person questions, and matching.

The extraction table pins what the rules read from 41 items of the seed; the matching cases
pin which items apply to ten profiles. Both run on the real seed document.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.matching import Matcher
from assistant.pipeline import PolicyAssistant
from assistant.profile import Profile, parse_profile, profile_from_text, wants_matching
from assistant.prompts import CLARIFY_PHRASE, Templates
from assistant.question import QuestionError
from eval.metrics import false_numbers
from index.eligibility import extract
from index.records import Chunk
from tests.conftest import ids, run_cli

# item → (beneficiaries, benefits, topics, requires), as the rules read them.
EXTRACTION = [
    ("M01-P-01", ['高校院所', '企业'], ['资金支持', '试点资格'], ['资金支持'], []),
    ("M01-P-02", [], ['奖励', '试点资格'], ['奖励'], []),
    ("M01-P-04", ['发明人'], ['奖励', '试点资格'], ['奖励'], []),
    ("M01-P-05", [], ['奖励'], ['奖励'], []),
    ("M01-C-02", ['发明人'], ['奖励', '试点资格'], ['奖励'], []),
    ("M03-P-03", ['专精特新小巨人', '高新技术企业'], ['服务', '试点资格'], ['维权', '快速审查'], []),
    ("M03-P-05", ['服务机构', '高校院所', '企业'], ['服务'], ['海外布局', '人才', '品牌'], []),
    ("M03-C-01", ['企业'], ['服务'], ['维权', '快速审查'], []),
    ("M04-P-01", ['园区'], ['资金支持'], ['资金支持', '转化运用'], []),
    ("M04-P-02", ['高校院所'], ['服务', '试点资格'], ['转化运用'], []),
    ("M04-C-01", ['中小企业', '高校院所', '企业', '园区'], ['资金支持', '奖励', '服务', '试点资格'], ['奖励', '资金支持', '转化运用'], []),
    ("M05-P-01", ['金融机构', '企业'], ['风险补偿'], ['融资'], []),
    ("M05-P-02", ['金融机构'], [], ['融资', '品牌', '数据知识产权'], []),
    ("M05-P-03", ['金融机构', '企业'], ['服务'], ['融资', '品牌'], []),
    ("M05-P-04", ['金融机构', '园区'], ['服务'], ['融资', '维权', '海外布局', '转化运用'], []),
    ("M05-P-05", ['设区市'], ['试点资格'], ['融资', '转化运用'], []),
    ("M05-C-01", ['企业'], ['资金支持', '服务', '试点资格'], ['融资', '资金支持'], []),
    ("M06-P-02", ['企业'], ['资金支持'], ['资金支持', '品牌'], []),
    ("M06-P-03", ['园区', '设区市'], ['资金支持', '奖励', '试点资格'], ['奖励', '资金支持', '品牌'], []),
    ("M06-C-02", ['企业'], ['资金支持'], ['资金支持', '品牌'], []),
    ("M07-P-01", [], [], [], []),
    ("M07-P-05", ['高校院所', '企业', '行业组织', '园区', '设区市'], ['资金支持', '奖励', '试点资格'], ['奖励', '资金支持'], []),
    ("M08-P-02", [], [], ['数据知识产权'], []),
    ("M10-P-04", ['企业', '行业组织'], ['风险补偿', '服务'], ['维权', '海外布局'], []),
    ("M10-C-04", [], ['风险补偿', '服务'], ['维权'], []),
    ("M11-P-02", [], ['服务'], ['维权', '海外布局', '品牌'], ['有地理标志']),
    ("M11-P-03", ['企业'], ['服务'], ['海外布局'], []),
    ("M12-C-02", ['知识产权工作站'], ['资金支持'], ['品牌'], []),
    ("M13-P-04", ['中小企业', '服务机构', '发明人', '行业组织'], ['奖励', '服务'], ['品牌'], []),
    ("M13-C-02", ['服务机构', '发明人'], ['服务'], [], []),
    ("M13-C-03", [], ['试点资格'], [], []),
    ("M14-P-02", ['企业', '设区市'], ['资金支持', '奖励', '试点资格'], ['奖励', '资金支持'], []),
    ("M15-P-01", ['专精特新小巨人', '高校院所', '企业'], ['试点资格'], ['管理贯标'], []),
    ("M15-C-02", ['中小企业', '企业'], ['资金支持', '奖励'], ['奖励', '资金支持', '管理贯标'], []),
    ("M17-P-01", [], [], [], []),
    ("M18-P-01", ['企业'], ['服务'], ['快速审查'], ['在自贸区']),
    ("M18-P-02", ['企业'], ['服务'], ['维权', '快速审查'], ['在自贸区']),
    ("M18-P-04", ['园区'], ['服务'], ['融资'], ['在自贸区']),
    ("M19-P-02", ['企业'], ['服务'], ['人才'], []),
    ("M19-P-03", ['企业'], ['服务'], ['人才'], []),
    ("M20-P-01", [], [], [], []),
]


@pytest.mark.parametrize(("item", "beneficiaries", "benefits", "topics", "requires"), EXTRACTION)
def test_eligibility_extracted_from_an_item(seed_chunks: dict[str, Chunk], item: str, beneficiaries: list[str],
                                            benefits: list[str], topics: list[str], requires: list[str]) -> None:
    chunk = seed_chunks[item]
    assert (chunk.beneficiaries, chunk.benefits, chunk.topics, chunk.requires) == (
        beneficiaries, benefits, topics, requires)
    assert extract(chunk.text).beneficiaries == beneficiaries  # the same rules, from the text alone


def test_a_specific_kind_is_not_also_counted_as_the_broad_one() -> None:
    assert extract("支持专精特新“小巨人”企业、高新技术企业备案").beneficiaries == ["专精特新小巨人", "高新技术企业"]


# A first-person question → (city, types, needs, facts) of the asker.
QUESTIONS = [
    ("我是苏州的专精特新小巨人企业，能享受哪些支持？", '苏州', ['专精特新小巨人'], [], []),
    ("我们公司想融资", None, ['企业'], ['融资'], []),
    ("我们公司在南京，想贷款，有什么政策？", '南京', ['企业'], ['融资'], []),
    ("我是无锡的高新技术企业，能享受哪些支持？", '无锡', ['高新技术企业'], [], []),
    ("我是南京的高校，有哪些支持？", '南京', ['高校院所'], [], []),
    ("我们是常州的企业，想申请商标品牌项目资金，有哪些支持？", '常州', ['企业'], ['资金支持', '品牌'], []),
    ("我是徐州的企业，被侵权了想维权，有什么支持？", '徐州', ['企业'], ['维权'], []),
    ("我们是盐城的企业，想开拓海外市场，有哪些支持？", '盐城', ['企业'], ['海外布局'], []),
    ("我们是扬州的中小企业，想培养知识产权人才，有什么政策？", '扬州', ['中小企业'], ['人才'], []),
    ("我们公司在连云港自贸区，能享受哪些支持？", '连云港', ['企业'], [], ['在自贸区']),
    ("我们企业获得了江苏专利奖，能拿到什么奖励？", None, ['企业'], ['奖励'], ['已获专利奖']),
    ("我们是泰州的园区，有哪些支持？", '泰州', ['园区'], [], []),
    ("我们是宿迁的企业，有地理标志产品，想做品牌，有哪些支持？", '宿迁', ['企业'], ['品牌'], ['有地理标志']),
    ("我们是镇江的企业，想做知识产权贯标，有什么政策？", '镇江', ['企业'], ['管理贯标'], []),
    ("我是淮安的发明人，能享受哪些支持？", '淮安', ['发明人'], [], []),
    ("我是南通的专利代理机构，有哪些支持？", '南通', ['服务机构'], [], []),
    ("本公司是苏州市的小微企业，有发明专利，想拿去质押贷款，有什么政策", '苏州', ['中小企业'], ['融资'], ['有发明专利']),
    ("我们是无锡的高企，想加快专利授权，需要快速预审", '无锡', ['高新技术企业'], ['快速审查'], []),
    ("我司在常州，需要数据知识产权登记，有哪些服务？", '常州', ['企业'], ['数据知识产权'], []),
    ("我们是南京的行业协会，想开展海外维权援助，有什么支持？", '南京', ['行业组织'], ['维权', '海外布局'], []),
    ("我们是一家银行，想做知识产权质押融资，有哪些政策？", None, ['金融机构'], ['融资'], []),
    ("我们学校在镇江，想做专利转化，有什么政策？", '镇江', ['高校院所'], ['转化运用'], []),
]


@pytest.mark.parametrize(("question", "city", "types", "needs", "facts"), QUESTIONS)
def test_a_first_person_question_fills_the_profile(question: str, city: str | None, types: list[str],
                                                    needs: list[str], facts: list[str]) -> None:
    assert wants_matching(question)
    assert profile_from_text(question) == Profile(city=city, types=types, needs=needs, facts=facts)


@pytest.mark.parametrize("question", ["我能拿到多少专利奖奖励", "专利能拿去银行贷款吗，风险谁担", "江苏专利奖金奖奖金多少",
                                      "我想知道苏知贷的风险分担比例", "我们公司的专利能拿去银行贷款吗",
                                      "我们公司想借钱，专利能抵押吗",
                                      # asks who, or the text; 计划 here is a plan's name, not the asker's wish
                                      "我们想拿专利去银行贷点款，万一还不上谁兜底",
                                      "帮忙查下商标品牌培育计划的资助标准，我要原文",
                                      # asks what qualifies for one measure
                                      "我们园区想建运营中心，什么样的园区才行",
                                      # a yes/no question in the asker's words; a staff member's 给我
                                      "咱们想拿地理标志去银行质押贷款，能行不", "咱单位想搞个维权援助基金，行不行",
                                      "我们想建个快速维权中心，省里给不给指导",
                                      "我们想把开放许可的专利卖出去，有人帮忙对接不", "咱厂想开放许可，成交了市里有没有奖",
                                      "来电咨询：高价值专利培育中心市里有没有政策，给我原文",
                                      # wants a thing no need names (常驻 of foreign agencies): one measure's matter
                                      "我们想请外国专利代理机构来常驻，有没有政策",
                                      # a policy thing named beside who the asker is: that measure's matter
                                      "咱们是高新技术企业，在当地保护中心备了案能享受点啥",
                                      # an amount asked of one measure, as a share (几成)
                                      "咱厂想拿专利去银行借3000万，要是还不上，省里兜底几成",
                                      # a thing of its own asked for, qualified: not support in general
                                      "我们想做区域品牌，市里有没有专门的培育资金",
                                      # who acts for one measure (哪个机构)
                                      "我们想申报快速维权中心，该找哪家单位牵线",
                                      # where (哪几个城市)
                                      "我们想做证券化融资，省里支持哪几个城市",
                                      # which members (fresh35's am007, once asked for the asker's city)
                                      "我们想给专利买份保险，省里点了哪几家保险公司的名",
                                      # what is said of one thing, and a thing asked for by name (fresh37's
                                      # ao002 and fresh24's ab002 were asked for the asker's city or kind)
                                      "想拿咱们的地理标志去银行押点钱，省里对这种新路子是个啥态度",
                                      "我是做跨境生意的，想先在国外把专利商标布局好，省里有没有出过什么申请指南",
                                      # a want of a thing one measure names (fresh42 at009 was asked its kind)
                                      "我们镇上想建个商标品牌指导站，市里会不会给点资金项目扶持"])
def test_a_question_about_one_measure_is_not_matched(question: str) -> None:
    assert not wants_matching(question)


def test_a_profile_from_json_accepts_the_usual_spellings() -> None:
    profile = parse_profile({"city": "苏州市", "types": ["专精特新“小巨人”", "企业"], "needs": ["融资"], "facts": []})
    assert profile == Profile(city="苏州", types=["专精特新小巨人", "企业"], needs=["融资"])
    assert profile.kinds() == {"专精特新小巨人", "中小企业", "企业"}


@pytest.mark.parametrize(("data", "named", "accepted"), [
    ({"city": "上海"}, "上海", "宿迁"),
    ({"types": ["国企"]}, "国企", "专精特新小巨人"),
    ({"needs": ["上市"]}, "上市", "融资"),
    ({"facts": ["有软著"]}, "有软著", "在自贸区"),
    ({"town": "苏州"}, "town", "city、types、needs、facts"),
    ({"types": "企业"}, "types", "字符串列表"),
])
def test_an_unknown_value_is_named_with_the_accepted_ones(data: dict[str, object], named: str, accepted: str) -> None:
    with pytest.raises(QuestionError) as caught:
        parse_profile(data)
    assert named in str(caught.value) and accepted in str(caught.value)


# Ten profiles: items that must apply, and items that must not.
MATCHES = [
    ({"city": "苏州", "types": ["专精特新小巨人"], "needs": ["融资"]},
     {"M03-P-03", "M05-P-01", "M05-P-05", "M05-C-01"}, {"M18-P-04", "M05-P-02", "M13-C-03"}),
    ({"city": "徐州", "types": ["企业"], "needs": ["融资"]},  # 「其他有条件的城市」 includes 徐州
     {"M05-P-01", "M05-P-05", "M05-C-01"}, {"M03-P-03", "M18-P-04"}),
    ({"city": "南京", "types": ["企业"], "needs": ["融资"], "facts": ["在自贸区"]},
     {"M05-P-01", "M18-P-04"}, set()),
    ({"city": "南京", "types": ["高校院所"], "needs": []},
     {"M01-P-01", "M04-P-02", "M04-P-03", "M19-P-01"}, {"M05-P-01", "M03-P-03"}),
    ({"city": "苏州", "types": ["高校院所"], "needs": []},  # the master's programmes are for 南京's universities
     {"M01-P-01", "M04-P-02"}, {"M19-P-01"}),
    ({"city": "宿迁", "types": ["服务机构"], "needs": []},  # 南京 and 苏州 alone pilot foreign agencies
     {"M13-P-04", "M13-C-02"}, {"M13-C-03", "M05-P-01"}),
    ({"city": "常州", "types": ["企业"], "needs": ["品牌"]},
     {"M06-P-02", "M06-C-02"}, {"M11-P-02", "M11-C-03", "M05-P-01"}),
    ({"city": "常州", "types": ["企业"], "needs": ["品牌"], "facts": ["有地理标志"]},
     {"M06-P-02", "M11-P-02", "M11-C-03"}, set()),
    ({"city": "扬州", "types": ["企业"], "needs": [], "facts": ["已获专利奖"]},
     {"M01-P-04"}, {"M03-P-03"}),
    ({"city": "泰州", "types": ["园区"], "needs": ["转化运用"]},
     {"M04-P-01", "M04-C-01"}, {"M01-P-04", "M05-P-01"}),
]


@pytest.fixture(scope="module")
def matcher(seed_chunks: dict[str, Chunk]) -> Matcher:
    return Matcher(list(seed_chunks.values()), Templates())


@pytest.mark.parametrize(("data", "included", "excluded"), MATCHES)
def test_a_profile_gets_the_items_that_apply_to_it(matcher: Matcher, data: dict[str, object], included: set[str],
                                                   excluded: set[str]) -> None:
    result = matcher.match(parse_profile(data))
    found = {m.chunk.id.split(":")[1] for m in result.matches}
    assert included <= found, f"missing {included - found}"
    assert not excluded & found, f"should not apply: {excluded & found}"
    levels = [m.chunk.level for m in result.matches]
    assert levels == sorted(levels, key=("province", "city").index)  # province first, then the city's duties
    # Every figure shown is in the item it cites.
    text = matcher.compose(result)
    for n, m in enumerate(result.matches, start=1):
        line = next(line for line in text.splitlines() if f"[{n}]" in line)
        assert false_numbers(line, m.chunk.text) == []


def test_the_match_gives_amounts_department_and_what_is_not_covered(matcher: Matcher) -> None:
    result = matcher.match(parse_profile({"city": "苏州", "types": ["专精特新小巨人"], "needs": ["融资", "人才"]}))
    loan = next(m for m in result.matches if m.chunk.id.endswith("M05-P-01"))
    assert loan.benefit == "风险补偿" and loan.contact == "知识产权服务处"
    assert {"80%", "20%", "50%"} <= set(loan.amounts)
    city = next(m for m in result.matches if m.chunk.level == "city")
    assert city.contact.startswith("苏州市知识产权局")
    text = matcher.compose(result)
    assert "**风险补偿**（省级）" in text and "**苏州市（各设区市职责）**" in text
    assert any("人才" in line for line in result.not_covered) is False  # 人才 items exist for enterprises
    assert "申报条件" in text and "苏州市的配套政策" in text


def test_a_need_nothing_covers_is_said(matcher: Matcher) -> None:
    result = matcher.match(parse_profile({"city": "南京", "types": ["金融机构"], "needs": ["人才"]}))
    assert result.matches == []
    text = matcher.compose(result)
    assert "没有找到适用的措施" in text and "「人才」：任务清单中没有面向金融机构的相关措施。" in text


def test_the_chat_asks_for_what_the_answer_depends_on_then_matches(assistant: PolicyAssistant) -> None:
    first = assistant.ask("我们公司想融资")
    assert CLARIFY_PHRASE in first.answer and "哪个设区市" in first.answer
    assert first.match is not None and first.match["clarify"] == "city" and not first.citations
    history = [{"role": "user", "content": "我们公司想融资"}, {"role": "assistant", "content": first.answer}]
    second = assistant.ask("苏州", history=history)
    assert second.match is not None and second.match["profile"]["city"] == "苏州"
    assert {"M05-P-01", "M05-P-05"} <= set(ids(second.citations))
    assert "80%" in second.answer and "苏州市知识产权局" in second.answer


def test_a_question_with_no_kind_of_entity_asks_for_one(assistant: PolicyAssistant) -> None:
    answer = assistant.ask("我想融资，有什么政策？")
    assert answer.match is not None and answer.match["clarify"] == "types" and "哪类主体" in answer.answer


def test_a_question_about_one_measure_is_answered_as_before(assistant: PolicyAssistant) -> None:
    answer = assistant.ask("我能拿到多少专利奖奖励")
    assert answer.match is None and "30万元" in answer.answer


def test_cli_match_prints_json_grouped_by_benefit(tmp_path: Path) -> None:
    path = tmp_path / "profile.json"
    path.write_text(json.dumps({"city": "苏州", "types": ["专精特新小巨人"], "needs": ["融资"]}), encoding="utf-8")
    done = run_cli("match", "--profile", str(path), "--json")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["match"]["profile"]["city"] == "苏州"
    assert [m["id"].split(":")[1] for m in answer["match"]["groups"]["风险补偿"]] == ["M05-P-01"]
    assert {c["id"].split(":")[1] for c in answer["citations"]} >= {"M03-P-03", "M05-P-01", "M05-P-05"}


@pytest.mark.parametrize(("content", "message"), [
    ('{"city": "上海", "types": ["企业"]}', "未知的设区市「上海」"),
    ("{not json", "不是有效的 JSON"),
    ('["企业"]', "画像应为 JSON 对象"),
])
def test_cli_match_rejects_a_bad_profile_without_a_traceback(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "profile.json"
    path.write_text(content, encoding="utf-8")
    done = run_cli("match", "--profile", str(path))
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr
    missing = run_cli("match", "--profile", str(tmp_path / "absent.json"))
    assert missing.returncode == 2 and "找不到画像文件" in missing.stderr
