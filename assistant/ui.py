"""The Gradio app: a cited chat with a sources panel and feedback, the 我的情况 matching form, and 政策速查.

Every path (the chat, the ``/ask`` API, the CLI, the /v1 API) answers through ``PolicyAssistant.ask_stream``.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from typing import Any

import gradio as gr

from assistant.chat import Message, normalise_history
from assistant.feedback import append_record
from assistant.incentives import COLUMNS, NO_MATCH, incentives, search
from assistant.knowledge import KnowledgeBase, knowledge_tab
from assistant.pipeline import PolicyAssistant
from assistant.profile import parse_profile, vocabulary
from assistant.question import QuestionError
from assistant.records import Answer, Delta, Restart, explanation
from assistant.rendering import EXAMPLES, SCROLL_TO_ANSWER, render, source_cards, suggestions
from assistant.reply import plain_text, reply_docx, reply_folder
from index.errors import PolicyIndexError

TITLE = "江苏知识产权政策助手"
NO_CITY = "未选择"
LEVELS = {"全部": None, "省级": "province", "市级": "city"}
CSS = """
.source-card {border: 1px solid #d0d7de; border-radius: 8px; padding: 10px 12px; margin-bottom: 10px;}
.source-card .path {font-weight: 600;}
.source-card .dept {color: #57606a; font-size: 0.9em; margin: 4px 0;}
.source-card mark {background: #fff3b0; padding: 0 1px;}
.source-card.flash {outline: 2px solid #f59e0b;}
/* On a phone the cards follow the answer directly: the chat column's parts join the row, ordered;
   the tabs (and the hidden copies Gradio measures them by) are compact enough that none hides behind an
   overflow menu. */
@media (max-width: 768px) {
  .tab-wrapper .tab-container button {padding-left: 6px !important; padding-right: 6px !important; min-width: 0 !important;}
  #chat-col {display: contents;}
  #chat-col > * {order: 3; flex: 1 1 100%; min-width: 100%;}
  #chat-col > #chat {order: 1;}
  #sources-col {order: 2; flex: 1 1 100%; min-width: 100%;}
}
"""
def _history(chat: list[dict[str, Any]]) -> list[Message]:
    """The chat's text messages as the assistant's history (Gradio may send content as a list of parts)."""
    messages = []
    for m in chat:
        content = m.get("content")
        if isinstance(content, list):
            content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
        if m.get("role") in ("user", "assistant") and isinstance(content, str):
            messages.append({"role": m["role"], "content": content})
    return normalise_history(messages)


class ChatApp:
    """The chat's event handlers, bound to one assistant and one feedback file."""

    def __init__(self, assistant: PolicyAssistant) -> None:
        self.swap(assistant)

    def swap(self, assistant: PolicyAssistant) -> None:
        """Serve a re-indexed assistant; a question already being answered finishes on the old one."""
        self.assistant = assistant
        self.incentives = incentives(assistant.retriever.chunks)

    def ask_api(self, question: str, history: list[Any] | None = None, level: str = "全部") -> str:
        """``/ask``: the CLI's ``--json`` object, as a JSON string.

        A string, not a dict: gradio_client takes any dict with a "path" key for a file to download.
        """
        try:
            answer = self.assistant.ask(question, history=normalise_history(history or []),
                                        level=LEVELS.get(level))
        except (QuestionError, PolicyIndexError) as exc:
            raise gr.Error(str(exc)) from exc
        self._log_refusal(answer)
        return json.dumps(answer.to_dict(), ensure_ascii=False)

    def _log_refusal(self, answer: Answer) -> None:
        """A refused question is kept for staff: it shows what the knowledge base lacks."""
        if answer.refused:
            append_record(self.assistant.settings.refused_path, {"question": answer.question, "answer": answer.answer})

    def respond(self, message: str, chat: list[dict[str, Any]], level: str
                ) -> Iterator[tuple[list[dict[str, Any]], str, dict[str, Any] | None, str, str, dict[str, Any]]]:
        """The answer as it streams (checked sentences, or lines), then its notices, citations, cards and
        the decisions that made it (the 「为什么这样回答」 panel)."""
        events = self.assistant.ask_stream(message, history=_history(chat), level=LEVELS.get(level))
        chat = [*chat, {"role": "user", "content": message}, {"role": "assistant", "content": ""}]
        shown = ""
        try:
            for event in events:
                if isinstance(event, Delta):
                    shown += event.text
                elif isinstance(event, Restart):
                    shown = ""
                else:
                    self._log_refusal(event)
                    chat[-2:] = [{"role": "user", "content": event.question},
                                 {"role": "assistant", "content": render(event)}]
                    yield (chat, source_cards(event), event.to_dict(), "", "".join(explanation(event)),
                           suggestions(event))
                    return
                chat[-1] = {"role": "assistant", "content": shown}
                yield chat, source_cards(None), None, "", "", gr.update()
        except (QuestionError, PolicyIndexError) as exc:
            raise gr.Error(str(exc)) from exc

    def feedback(self, rating: str, comment: str, last: dict[str, Any] | None) -> tuple[str, str]:
        if not last:
            return "请先提问，再对回答评价。", comment
        append_record(self.assistant.settings.feedback_path, {
            "rating": rating, "comment": comment.strip(), "question": last["question"],
            "answer": last["answer"], "citations": [c["id"] for c in last["citations"]],
        })
        return "已记录反馈，谢谢！", ""

    @staticmethod
    def as_text(last: dict[str, Any] | None) -> dict[str, Any]:
        """The last answer as plain text with its sources' places, in a box with a copy button."""
        if not last:
            return gr.update(value="请先提问。", visible=True)
        return gr.update(value=plain_text(last), visible=True)

    def export(self, last: dict[str, Any] | None) -> dict[str, Any]:
        """The last answer as a printable 答复 (.docx) to download."""
        if not last:
            raise gr.Error("请先提问，再导出答复。")
        return gr.update(value=str(reply_docx(last, reply_folder() / "政策咨询答复.docx")), visible=True)

    def match_api(self, profile: str) -> str:
        """``/match``: the CLI's ``match --json`` object for a profile given as a JSON string."""
        try:
            answer = self.assistant.match(parse_profile(json.loads(profile)))
        except json.JSONDecodeError as exc:
            raise gr.Error(f"画像不是有效的 JSON：{exc.msg}") from exc
        except (QuestionError, PolicyIndexError) as exc:
            raise gr.Error(str(exc)) from exc
        return json.dumps(answer.to_dict(), ensure_ascii=False)

    def match_form(self, city: str, types: list[str], needs: list[str], facts: list[str]) -> tuple[str, str]:
        """The 我的情况 form: the same matching as a first-person question, shown with its citation cards.

        Without a type of entity (and a city), nothing is matched: the form asks for them.
        """
        if not types:
            missing = "单位类型" + ("和所在设区市" if city == NO_CITY else "")
            return self.assistant.composer.t.fill("match_form_incomplete", missing=missing), source_cards(None)
        try:
            answer = self.assistant.match(parse_profile({"city": None if city == NO_CITY else city, "types": types,
                                                         "needs": needs, "facts": facts}))
        except QuestionError as exc:
            raise gr.Error(str(exc)) from exc
        return render(answer), source_cards(answer)

    def lookup(self, query: str) -> tuple[list[list[Any]], str, list[str]]:
        """The matching rows, how many there are (or that none matches), and each row's item id."""
        found = search(self.incentives, query)
        count = f"共 {len(found)} 条。点击一行查看该条目原文。" if found else NO_MATCH
        return [r.row() for r in found], count, [r.chunk.id for r in found]


def _chat_tab(app: ChatApp) -> None:
    with gr.Row():
        with gr.Column(scale=3, elem_id="chat-col"):
            chatbot = gr.Chatbot(label="对话", height=520, elem_id="chat", buttons=["copy"], autoscroll=False)
            with gr.Row():
                box = gr.Textbox(placeholder="例如：我能拿到多少专利奖奖励", show_label=False, scale=5,
                                 elem_id="question", max_length=app.assistant.settings.max_question_chars)
                send = gr.Button("发送", variant="primary", scale=1, elem_id="send")
            with gr.Row():
                level = gr.Radio(list(LEVELS), value="全部", label="层级", elem_id="level")
                clear = gr.Button("清空对话", elem_id="clear")
            suggest = gr.Dataset(components=[box], samples=[[q] for q in EXAMPLES], label="示例问题（点击即问）",
                                 elem_id="suggestions")
            with gr.Row():
                comment = gr.Textbox(placeholder="对最近一条回答的意见（可选）", show_label=False, scale=4,
                                     elem_id="comment")
                up = gr.Button("有帮助", scale=1, elem_id="thumbs-up")
                down = gr.Button("没帮助", scale=1, elem_id="thumbs-down")
            status = gr.Markdown(elem_id="feedback-status")
            with gr.Row():
                copy = gr.Button("复制为文字（含出处）", elem_id="copy-text")
                export = gr.Button("导出答复（Word）", elem_id="export-reply")
            plain = gr.Textbox(label="回答全文（点右上角复制，可贴到微信或邮件）", lines=8, visible=False,
                               buttons=["copy"], elem_id="plain-text")
            reply_file = gr.File(label="答复文件", visible=False, elem_id="reply-file")
        with gr.Column(scale=2, elem_id="sources-col"):
            gr.Markdown("### 引用条目")
            sources = gr.HTML(source_cards(None), elem_id="sources")
            with gr.Accordion("为什么这样回答", open=False, elem_id="why"):
                why = gr.Markdown(elem_id="why-text")
    last = gr.State(None)
    outputs = [chatbot, sources, last, box, why, suggest]
    for event in (box.submit, send.click):
        event(app.respond, [box, chatbot, level], outputs, api_visibility="private").then(
            None, js=SCROLL_TO_ANSWER)
    suggest.click(lambda sample: sample[0], suggest, box, api_visibility="private").then(
        app.respond, [box, chatbot, level], outputs, api_visibility="private").then(None, js=SCROLL_TO_ANSWER)
    clear.click(lambda: ([], source_cards(None), None, "", "", suggestions(None)), None, outputs,
                api_visibility="private")
    copy.click(app.as_text, last, plain, api_visibility="private")
    export.click(app.export, last, reply_file, api_visibility="private")
    up.click(lambda c, s: app.feedback("up", c, s), [comment, last], [status, comment], api_visibility="private")
    down.click(lambda c, s: app.feedback("down", c, s), [comment, last], [status, comment],
               api_visibility="private")


def _profile_tab(app: ChatApp) -> None:
    vocab = vocabulary()
    gr.Markdown("填写单位情况，列出任务清单中适用的措施：先省级，后所在设区市；每条注明金额、责任部门和出处。")
    with gr.Row():
        with gr.Column(scale=2):
            city = gr.Dropdown([NO_CITY, *vocab["city"]], value=NO_CITY, label="所在设区市", elem_id="profile-city")
            types = gr.CheckboxGroup(vocab["types"], label="单位类型", elem_id="profile-types")
            needs = gr.CheckboxGroup(vocab["needs"], label="需求", elem_id="profile-needs")
            facts = gr.CheckboxGroup(vocab["facts"], label="已有情况（可选）", elem_id="profile-facts")
            submit = gr.Button("匹配政策", variant="primary", elem_id="profile-submit")
        with gr.Column(scale=3):
            answer = gr.Markdown(elem_id="profile-answer")
            cards = gr.HTML(elem_id="profile-sources")
    submit.click(app.match_form, [city, types, needs, facts], [answer, cards], api_visibility="private")


def _lookup_tab(app: ChatApp) -> None:
    gr.Markdown("任务清单中的全部资金支持、奖励和风险分担比例，均摘自条目原文；点击表头排序（「金额（万元）」取该行提到的最大金额，按数值排序），"
                "输入关键词筛选（任一列或条目原文，含同义说法）。")
    query = gr.Textbox(placeholder="筛选，例如：专利奖、苏知贷、贷款、省级", show_label=False, elem_id="lookup-query")
    rows, count, ids = app.lookup("")
    found = gr.Markdown(count, elem_id="lookup-count")
    table = gr.Dataframe(rows, headers=COLUMNS, datatype=["str", "str", "number", "str", "str", "str"],
                         interactive=False, wrap=True, elem_id="lookup-table",
                         # fixed widths: on a phone 事项 and 金额 fill the first screen, the rest scrolls sideways
                         column_widths=["230px", "110px", "90px", "60px", "140px", "240px"])
    shown = gr.State(ids)  # the item id of each row shown, in order
    item = gr.HTML(elem_id="lookup-item")
    query.change(app.lookup, query, [table, found, shown], api_visibility="private")

    def show(event: gr.SelectData, ids: list[str]) -> str:
        chunk = app.assistant.retriever.chunk(ids[event.index[0]])
        return (f"<div class='source-card'><div class='path'>{html.escape(chunk.place)}</div>"
                f"<div class='text'>{html.escape(chunk.text)}</div></div>")

    table.select(show, shown, item, api_visibility="private")


def build_ui(app: ChatApp) -> gr.Blocks:
    assistant = app.assistant
    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:  # analytics off: no network at run time
        gr.Markdown(f"# {TITLE}\n依据《贯彻落实高标准推进知识产权强省建设若干政策措施任务清单》作答，"
                    "每个数字都标注出处 [n]；文本没有涉及的问题会直说。")
        with gr.Tab("政策问答"):
            _chat_tab(app)
        with gr.Tab("我的情况"):
            _profile_tab(app)
        with gr.Tab("政策速查"):
            _lookup_tab(app)
        if assistant.settings.admin_password is not None:  # no password, no staff tab at all
            with gr.Tab("知识库"):
                knowledge_tab(KnowledgeBase(lambda: app.assistant, app.swap))
        gr.api(app.ask_api, api_name="ask")
        gr.api(app.match_api, api_name="match")
    return demo
