"""The real app in a child process: its API through gradio_client, and its page in Debian's chromium."""

from __future__ import annotations

import json
import re
import shutil
import threading
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from gradio_client import Client

from assistant.feedback import append_record
from assistant.incentives import incentives, search
from assistant.pipeline import PolicyAssistant
from assistant.settings import Settings
from index.records import Chunk

from .conftest import serve_app

if TYPE_CHECKING:
    from playwright.sync_api import Page

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ADMIN_PASSWORD = "测试-管理密码-42"
UPLOAD = ("苏州市商标品牌托管补充措施\n一、强化品牌建设\n（一）支持商标品牌托管\n省知识产权局：\n"
          "1. 对商标品牌托管机构每家给予3万元支持。（责任部门：商标品牌处）\n")


@contextmanager
def page_at(url: str, width: int = 1400, height: int = 1000) -> Iterator[Page]:
    """Debian's chromium on ``url`` at ``width`` px, closed afterwards."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(url)
        yield page
        browser.close()


@pytest.fixture(scope="module")
def feedback_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("feedback") / "feedback.jsonl"


@pytest.fixture(scope="module")
def app_url(settings: Settings, feedback_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The public app, sharing the session's index; no admin password, so no staff tab."""
    env = {"ASSISTANT_INDEX_DIR": str(settings.index_dir), "ASSISTANT_FEEDBACK_PATH": str(feedback_path),
           "ASSISTANT_ADMIN_PASSWORD": ""}  # blank counts as unset
    yield from serve_app(env, tmp_path_factory.mktemp("app"))


@pytest.fixture(scope="module")
def admin_app(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The app with a staff password, on its own copies of the corpus and of the session's index."""
    root = tmp_path_factory.mktemp("admin")
    corpus, index = root / "corpus", root / "index"
    shutil.copytree(settings.corpus_dir, corpus)
    shutil.copytree(settings.index_dir, index)
    env = {"ASSISTANT_CORPUS_DIR": str(corpus), "ASSISTANT_INDEX_DIR": str(index),
           "ASSISTANT_FEEDBACK_PATH": str(root / "feedback.jsonl"), "ASSISTANT_REFUSED_PATH": str(root / "refused.jsonl"),
           "ASSISTANT_ADMIN_PASSWORD": ADMIN_PASSWORD}
    for url in serve_app(env, root):
        yield url, corpus


@pytest.mark.slow
def test_the_api_gives_the_same_answer_and_citations_as_the_assistant(
    app_url: str, assistant: PolicyAssistant
) -> None:
    client = Client(app_url, verbose=False)
    got = json.loads(client.predict("我能拿到多少专利奖奖励", [], "全部", api_name="/ask"))
    expected = assistant.ask("我能拿到多少专利奖奖励").to_dict()
    assert got["answer"] == expected["answer"] and "30万元" in got["answer"]
    assert [c["id"] for c in got["citations"]] == [c["id"] for c in expected["citations"]]
    city = json.loads(client.predict("专利奖", [], "市级", api_name="/ask"))
    assert all(s["level"] == "city" for s in city["sources"])


@pytest.mark.slow
def test_a_person_asks_in_the_browser_sees_cited_sources_and_leaves_feedback(
    app_url: str, feedback_path: Path, tmp_path: Path
) -> None:
    from playwright.sync_api import expect, sync_playwright

    assert CHROMIUM.exists(), "Debian's chromium is missing: `apt-get install chromium` (.ci/run does this)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(app_url)
        page.locator("#question textarea").fill("江苏专利奖金奖奖金多少")
        page.locator("#send").click()
        card = page.locator("#sources .source-card").first
        card.wait_for(timeout=30_000)
        expect(page.locator("#chat")).to_contain_text("30万元")
        expect(card).to_contain_text("（一）开展高价值专利培育 · 省知识产权局 第4条")  # its place, in words
        expect(card).to_have_attribute("data-id", "jiangsu-ip-task-list:M01-P-04")
        expect(card).to_contain_text("知识产权服务处")
        assert page.locator("#sources mark").count() >= 1  # the supporting sentences are marked
        page.locator("#why").get_by_text("为什么这样回答").click()  # the folded panel: each decision and its inputs
        expect(page.locator("#why-text")).to_contain_text("coverage: answer")
        expect(page.locator("#why-text")).to_contain_text("citations: jiangsu-ip-task-list:M01-P-04")
        expect(page.locator("#why-text")).to_contain_text("in_scope_probability")
        page.locator("#comment textarea").fill("金额清楚")
        page.locator("#thumbs-up").click()
        expect(page.locator("#feedback-status")).to_contain_text("已记录反馈")
        page.screenshot(path=str(tmp_path / "chat.png"), full_page=True)

        page.get_by_role("tab", name="政策速查").click()
        page.locator("#lookup-query textarea").fill("苏知贷")
        expect(page.locator("#lookup-table")).to_contain_text("80%")
        assert page.get_by_role("tab", name="知识库").count() == 0  # no password set: no staff tab
        browser.close()
    lines = [json.loads(line) for line in feedback_path.read_text(encoding="utf-8").splitlines()]
    assert lines[-1]["rating"] == "up" and lines[-1]["question"] == "江苏专利奖金奖奖金多少"
    assert lines[-1]["comment"] == "金额清楚" and "jiangsu-ip-task-list:M01-P-04" in lines[-1]["citations"]
    assert (tmp_path / "chat.png").read_bytes().startswith(b"\x89PNG")


def test_concurrent_feedback_loses_no_line(tmp_path: Path) -> None:
    path = tmp_path / "feedback.jsonl"
    text = "长" * 5000  # lines far beyond one write buffer

    def write(i: int) -> None:
        for j in range(10):
            append_record(path, {"rating": "up", "comment": f"{i}-{j}", "answer": text})

    threads = [threading.Thread(target=write, args=(i,)) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["comment"] for r in lines) == sorted(f"{i}-{j}" for i in range(20) for j in range(10))


def test_the_lookup_table_lists_every_tier_with_its_source(seed_chunks: dict[str, Chunk]) -> None:
    rows = incentives(list(seed_chunks.values()))
    table = [r.row() for r in rows]
    assert ["江苏专利奖 金奖", "30万元", 30.0, "省级", "知识产权服务处"] == \
        table[[r[0] for r in table].index("江苏专利奖 金奖")][:5]
    assert "省高价值专利培育示范中心绩效评价：优秀" in [r[0] for r in table]  # a grade with what it grades
    assert any(str(r[0]).startswith("强化知识产权金融支撑（苏知贷）：") for r in table)
    assert {r.chunk.id.split(":")[1] for r in rows} == {"M01-P-01", "M01-P-02", "M01-P-04", "M01-P-05", "M04-P-01",
                                                         "M05-P-01", "M06-P-02", "M06-P-03"}
    su = search(rows, "苏知贷")
    assert su and all(r.chunk.id.endswith("M05-P-01") for r in su)
    assert search(rows, "省级 外观设计") and not search(rows, "市级 外观设计")
    # any column or the item's own text, synonyms included
    assert {"中国专利金奖", "江苏专利奖 金奖"} <= {r.what for r in search(rows, "专利奖")}
    assert search(rows, "借钱") and not search(rows, "无锡")


@pytest.mark.slow
@pytest.mark.parametrize("width", [1400, 390])
def test_the_lookup_shows_the_money_sorts_by_value_and_says_when_nothing_matches(
    app_url: str, tmp_path: Path, width: int
) -> None:
    from playwright.sync_api import expect

    with page_at(app_url, width, 900) as page:
        page.get_by_role("tab", name="政策速查").click()
        table = page.locator("#lookup-table")
        for header in ("事项", "金额或比例", "层级", "责任部门", "出处"):
            expect(table.get_by_text(header, exact=True).first).to_be_visible()
        if width >= 1400:  # every column fits the page: none hides off the right edge
            for header in ("金额或比例", "责任部门", "出处"):
                box = table.get_by_text(header, exact=True).first.bounding_box()
                assert box and box["x"] + box["width"] <= width
        page.locator("#lookup-query textarea").fill("专利奖")
        expect(table).to_contain_text("中国专利金奖")
        expect(page.locator("#lookup-count")).to_contain_text("共 10 条")
        page.screenshot(path=str(tmp_path / f"lookup-{width}.png"), full_page=True)
        table.get_by_text("中国专利金奖", exact=True).click()  # a row opens its item's own text
        expect(page.locator("#lookup-item")).to_contain_text("对获得中国专利金奖、银奖、优秀奖的")
        page.locator("#lookup-query textarea").fill("无锡")
        expect(page.locator("#lookup-count")).to_contain_text("没有匹配的条目")


@pytest.mark.slow
def test_staff_log_in_upload_a_document_and_the_chat_answers_from_it(
    admin_app: tuple[str, Path], tmp_path: Path
) -> None:
    from playwright.sync_api import expect, sync_playwright

    url, corpus = admin_app
    for path in ("", "config", "gradio_api/info"):  # the password is in no page, config or API description
        with urllib.request.urlopen(url + path, timeout=10) as response:
            assert ADMIN_PASSWORD not in response.read().decode("utf-8")
    upload = tmp_path / "品牌托管 措施.txt"
    upload.write_text(UPLOAD, encoding="gbk")  # as Windows editors in Chinese save it
    (tmp_path / "tool.exe").write_bytes(b"MZ\x90\x00")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url)
        page.get_by_role("tab", name="知识库").click()
        expect(page.locator("#documents")).to_be_hidden()
        page.locator("#admin-password input").fill("wrong")
        page.locator("#admin-login").click()
        expect(page.locator("#admin-message")).to_contain_text("密码错误")
        expect(page.locator("#documents")).to_be_hidden()

        page.locator("#admin-password input").fill(ADMIN_PASSWORD)
        page.locator("#admin-login").click()
        expect(page.locator("#documents")).to_contain_text("jiangsu-ip-task-list.txt")
        expect(page.locator("#admin-password")).to_be_hidden()
        page.locator("#upload input[type=file]").set_input_files([str(upload), str(tmp_path / "tool.exe")])
        expect(page.locator("#upload-index")).to_be_hidden()  # nothing can be stored before a preview
        page.locator("#upload-preview").click()
        status = page.locator("#upload-status")
        expect(status).to_contain_text("识别为任务清单", timeout=60_000)
        expect(status).to_contain_text("共 1 个条目")
        assert not (corpus / "uploads").exists() or not any((corpus / "uploads").iterdir())  # a preview stores nothing
        page.screenshot(path=str(tmp_path / "knowledge-preview.png"), full_page=True)
        page.locator("#upload-index").click()
        expect(status).to_contain_text("索引已更新", timeout=120_000)
        expect(status).to_contain_text("已保存为 品牌托管-措施.txt")
        expect(page.locator("#documents")).to_contain_text("品牌托管-措施.txt")
        page.screenshot(path=str(tmp_path / "knowledge.png"), full_page=True)
        browser.close()
    assert sorted(p.name for p in corpus.rglob("*.txt")) == ["jiangsu-ip-task-list.txt", "品牌托管-措施.txt"]
    assert (corpus / "uploads" / "品牌托管-措施.txt").exists()
    assert not any(p.name.startswith(".upload-") or p.suffix == ".exe" for p in corpus.rglob("*"))

    answer = json.loads(Client(url, verbose=False).predict("商标品牌托管机构能得到多少支持", [], "全部",
                                                           api_name="/ask"))
    assert "3万元" in answer["answer"]
    assert answer["citations"][0]["id"] == "品牌托管-措施:M01-P-01"


@pytest.mark.slow
def test_on_a_phone_every_tab_shows_and_an_empty_profile_asks_what_is_missing(admin_app: tuple[str, Path]) -> None:
    from playwright.sync_api import expect

    url, _ = admin_app
    with page_at(url, 390, 900) as page:
        for name in ("政策问答", "我的情况", "政策速查", "知识库"):
            expect(page.get_by_role("tab", name=name)).to_be_visible()
        page.get_by_role("tab", name="我的情况").click()
        page.locator("#profile-submit").click()
        answer = page.locator("#profile-answer")
        expect(answer).to_contain_text("请先在左侧选择单位类型和所在设区市")
        expect(answer).not_to_contain_text("按您的情况")


@pytest.mark.slow
def test_staff_see_why_a_document_yields_nothing_and_can_delete_an_upload(
    admin_app: tuple[str, Path], tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    url, corpus = admin_app
    empty = tmp_path / "只有标题.txt"
    empty.write_text("某某办法\n第一章 总则\n第二章 附则\n", encoding="utf-8")
    note = tmp_path / "会议纪要.txt"
    note.write_text("会议纪要\n\n与会企业讨论了专利质押贷款的办理流程和所需时间。\n", encoding="utf-8")
    with page_at(url, 1400, 1000) as page:
        page.get_by_role("tab", name="知识库").click()
        page.locator("#admin-password input").fill(ADMIN_PASSWORD)
        page.locator("#admin-login").click()
        status = page.locator("#upload-status")
        page.locator("#upload input[type=file]").set_input_files([str(empty)])
        page.locator("#upload-preview").click()
        expect(status).to_contain_text("没有切分出任何条目", timeout=60_000)
        expect(page.locator("#upload-index")).to_be_hidden()
        page.screenshot(path=str(tmp_path / "knowledge-empty.png"), full_page=True)

        page.locator("#upload button[aria-label='Clear']").first.click()
        page.locator("#upload input[type=file]").set_input_files([str(note)])
        page.locator("#upload-preview").click()
        expect(status).to_contain_text("普通文档", timeout=60_000)
        page.locator("#upload-index").click()
        expect(status).to_contain_text("已保存为 会议纪要.txt", timeout=120_000)
        page.locator("#uploaded input").click()
        page.get_by_role("option", name="会议纪要.txt").click()
        page.locator("#delete-upload").click()
        expect(status).to_contain_text("已删除 会议纪要.txt", timeout=120_000)
        expect(page.locator("#documents")).not_to_contain_text("会议纪要.txt")
    assert not (corpus / "uploads" / "会议纪要.txt").exists() and not (corpus / "uploads" / "只有标题.txt").exists()
    assert (corpus / "jiangsu-ip-task-list.txt").exists()


def test_uploading_without_logging_in_is_refused_on_the_server(assistant: PolicyAssistant, tmp_path: Path) -> None:
    """The panel is hidden before login, but its handler checks the session's login again."""
    import gradio as gr

    from assistant.knowledge import KnowledgeBase

    upload = tmp_path / "x.txt"
    upload.write_text(UPLOAD, encoding="utf-8")
    kb = KnowledgeBase(lambda: assistant, lambda _: pytest.fail("nothing may be re-indexed"))
    with pytest.raises(gr.Error, match="请先登录"):
        kb.upload([str(upload)], logged_in=False)
    assert not (assistant.settings.corpus_dir / "x.txt").exists()


@pytest.mark.slow
@pytest.mark.parametrize("width", [1400, 390])
def test_the_chat_answers_first_links_its_sources_and_turns_a_refusal_into_questions_to_ask(
    app_url: str, tmp_path: Path, width: int
) -> None:
    from playwright.sync_api import expect

    with page_at(app_url, width, 900) as page:
        # an example question is asked with one click
        page.locator("#suggestions").get_by_text("专利导航服务基地建设找哪个处室？").click()
        bot = page.locator("#chat .message-row.bot-row").last
        expect(bot).to_contain_text("依据", timeout=30_000)
        first_line = bot.locator("p").first
        expect(first_line).to_contain_text("该项工作由省知识产权局产业促进处负责")  # the answer comes first
        expect(first_line).to_be_in_viewport()  # and the view shows it, not the end of the answer
        expect(page.locator("#chat")).not_to_contain_text("jiangsu-ip-task-list")  # no internal ids
        expect(page.locator("#chat")).to_contain_text("（二）实施产业专利导航工程 · 省知识产权局 第1条")
        # [1] in the answer brings its card into view
        page.locator("#chat a[href='#src-1']").first.click()
        expect(page.locator("#src-1")).to_be_in_viewport()
        if width < 768:  # on a phone the cards follow the chat directly, before the question box
            # Both tops in one frame: measured one after the other, a scroll still running in between moves one.
            card_top, question_top = page.evaluate(
                "['#src-1', '#question'].map(s => document.querySelector(s).getBoundingClientRect().top)")
            assert card_top < question_top
        page.screenshot(path=str(tmp_path / f"chat-{width}.png"), full_page=True)
        # a refusal offers the closest measures as questions, and one click asks about one of them
        page.locator("#question textarea").fill("苏知贷的贷款利率是多少")
        page.locator("#send").click()
        expect(page.locator("#chat .message-row.bot-row").last).to_contain_text("条文没有写明利率", timeout=30_000)
        suggestions = page.locator("#suggestions")
        expect(suggestions).to_contain_text("强化知识产权金融支撑有哪些措施？")
        suggestions.get_by_text("强化知识产权金融支撑有哪些措施？").click()
        listing = page.locator("#chat .message-row.bot-row").last
        expect(listing).to_contain_text("苏知贷", timeout=30_000)
        expect(listing.locator("p").first).to_be_in_viewport()  # a long listing opens at its first line
        page.screenshot(path=str(tmp_path / f"refusal-{width}.png"), full_page=True)


@pytest.mark.slow
def test_staff_copy_an_answer_with_its_sources_and_export_a_printable_reply(app_url: str, tmp_path: Path) -> None:
    from docx import Document as DocxDocument
    from playwright.sync_api import expect

    with page_at(app_url, 1400, 1000) as page:
        page.locator("#question textarea").fill("江苏专利奖金奖奖多少")
        page.locator("#send").click()
        expect(page.locator("#chat .message-row.bot-row").last).to_contain_text("30万元", timeout=30_000)
        page.locator("#copy-text").click()
        plain = page.locator("#plain-text textarea")
        expect(plain).to_have_value(re.compile(r"问：江苏专利奖金奖奖多少[\s\S]*30万元"))
        expect(plain).to_have_value(re.compile(r"\[1\] （一）开展高价值专利培育 · 省知识产权局 第4条（省级；责任部门：知识产权服务处）"))
        page.locator("#export-reply").click()
        link = page.locator("#reply-file a").first
        expect(link).to_be_visible(timeout=30_000)
        with page.expect_download() as download:
            link.click()
        saved = tmp_path / "reply.docx"
        download.value.save_as(saved)
        page.screenshot(path=str(tmp_path / "export.png"), full_page=True)
    text = "\n".join(par.text for par in DocxDocument(str(saved)).paragraphs)
    for wanted in ("政策咨询答复", "江苏专利奖金奖奖多少", "30万元", "（一）开展高价值专利培育 · 省知识产权局 第4条",
                   "责任部门：知识产权服务处", "每两年开展一届江苏专利奖评选", "任务清单", "答复日期："):
        assert wanted in text, wanted


@pytest.mark.slow
def test_staff_see_refused_and_unhelpful_questions_grouped_and_counted(admin_app: tuple[str, Path]) -> None:
    from playwright.sync_api import expect

    url, _ = admin_app
    client = Client(url, verbose=False)
    for question in ("苏知贷的利率是多少", "苏知贷的利率是多少？", "明天南京天气怎么样"):
        assert json.loads(client.predict(question, [], "全部", api_name="/ask"))["refused"]
    with page_at(url, 1400, 1000) as page:
        page.locator("#question textarea").fill("专利导航归哪个处室管")
        page.locator("#send").click()
        expect(page.locator("#chat .message-row.bot-row").last).to_contain_text("产业促进处", timeout=30_000)
        page.locator("#comment textarea").fill("想知道联系电话")
        page.locator("#thumbs-down").click()
        expect(page.locator("#feedback-status")).to_contain_text("已记录反馈")
        page.get_by_role("tab", name="知识库").click()
        page.locator("#admin-password input").fill(ADMIN_PASSWORD)
        page.locator("#admin-login").click()
        gaps = page.locator("#gaps")
        expect(gaps).to_contain_text("苏知贷的利率是多少", timeout=30_000)
        rows = gaps.locator(".virtual-row, tr")
        top = rows.filter(has_text="苏知贷的利率是多少").first
        expect(top).to_contain_text("2")  # the two spellings are one question, counted twice
        expect(top).to_contain_text("拒答")
        expect(rows.filter(has_text="专利导航归哪个处室管").first).to_contain_text("没帮助")
        expect(rows.filter(has_text="专利导航归哪个处室管").first).to_contain_text("想知道联系电话")


@pytest.mark.slow
def test_markup_in_a_question_is_never_run_in_the_page(app_url: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    attack = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>江苏专利奖金奖奖金多少"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        page = browser.new_page()
        page.goto(app_url)
        page.locator("#question textarea").fill(attack)
        page.locator("#send").click()
        expect(page.locator("#sources .source-card").first).to_contain_text("第4条", timeout=30_000)
        expect(page.locator("#chat")).to_contain_text("30万元")
        assert page.evaluate("window.__pwned") is None
        assert page.locator("#chat script, #sources script, #chat img[onerror]").count() == 0
        browser.close()


@pytest.mark.slow
def test_twenty_concurrent_users_asking_ten_questions_each_see_no_error(app_url: str) -> None:
    from benchmarks.load import run_load

    result = run_load(app_url, users=20, questions=10)
    assert result.errors == [] and len(result.latencies_ms) == 200


@pytest.mark.slow
def test_the_profile_form_and_the_match_api_list_what_applies(app_url: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    profile = {"city": "苏州", "types": ["专精特新小巨人"], "needs": ["融资"], "facts": []}
    got = json.loads(Client(app_url, verbose=False).predict(json.dumps(profile, ensure_ascii=False), api_name="/match"))
    assert [m["id"].split(":")[1] for m in got["match"]["groups"]["风险补偿"]] == ["M05-P-01"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(app_url)
        page.get_by_role("tab", name="我的情况").click()
        city = page.locator("#profile-city input")
        city.click()
        city.fill("苏州")
        page.get_by_role("option", name="苏州").click()
        page.locator("#profile-types").get_by_label("专精特新小巨人").check()
        page.locator("#profile-needs").get_by_label("融资").check()
        page.locator("#profile-submit").click()
        answer = page.locator("#profile-answer")
        expect(answer).to_contain_text("苏知贷", timeout=30_000)
        expect(answer).to_contain_text("80%")
        expect(answer).to_contain_text("苏州市知识产权局（各设区市职责）")
        # a compact table per kind of support, each item once; its full text is on its card
        expect(answer.locator("table").first).to_be_visible()
        cards = page.locator("#profile-sources .source-card")
        expect(cards.first).to_be_visible()
        links = [a.get_attribute("href") for a in answer.locator("a[href^='#src-']").all()]
        assert sorted(links) == sorted(f"#src-{n}" for n in range(1, cards.count() + 1))
        page.screenshot(path=str(tmp_path / "profile.png"), full_page=True)
        browser.close()
