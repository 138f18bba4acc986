"""How an answer is shown in the chat: markdown with linked [n], its source cards, and what to ask next."""

from __future__ import annotations

import html
import re
from typing import Any

import gradio as gr

from assistant.evidence import body, sentences
from assistant.records import Answer, Citation

GIST_CHARS = 36  # a matched item's gist in the compact table; its full text is on its card
EXAMPLES = ["我能拿到多少专利奖奖励", "专利能拿去银行贷款吗，风险谁担", "我是苏州的专精特新小巨人企业，能享受哪些支持？",
            "高价值专利培育有哪些支持", "专利导航服务基地建设找哪个处室？"]

# [n] in an answer links to its card; a new answer is shown from its first line, not its last.
HEAD = """<script>
document.addEventListener("click", (event) => {
  const link = event.target.closest('a[href^="#src-"]');
  if (!link) return;
  event.preventDefault();
  event.stopPropagation();
  const card = document.getElementById(link.getAttribute("href").slice(1));
  if (!card) return;
  card.scrollIntoView({behavior: "smooth", block: "start"});
  card.classList.add("flash");
  setTimeout(() => card.classList.remove("flash"), 1500);
}, true);
</script>"""
SCROLL_TO_ANSWER = """() => {
  const rows = document.querySelectorAll("#chat .message-row.bot-row");
  if (rows.length) rows[rows.length - 1].scrollIntoView({block: "start"});
}"""
CITE_RE = re.compile(r"\[(\d{1,3})\]")


def render(answer: Answer) -> str:
    """The answer as markdown: notices, then the text (a matching list as a compact table), each [n] a link to
    its card, which says where the item stands and holds its full text."""
    text = match_table(answer) if answer.match and answer.match.get("groups") else answer.answer
    lines = [f"> {n}" for n in answer.notices] + [CITE_RE.sub(r"[\\[\1\\]](#src-\1)", text)]
    return "\n".join(lines)


def match_table(answer: Answer) -> str:
    """政策匹配 in a chat: one compact table per kind of support (place, level, amounts, contact, [n]), each item
    once; its full text is on its card."""
    assert answer.match is not None
    cited = {c.chunk.id: c for c in answer.citations}
    lines = [answer.answer.splitlines()[0], ""]
    for benefit, items in answer.match["groups"].items():
        lines += [f"**{benefit}**", "", "| 出处 | 摘要 | 条目 | 层级 | 金额 | 联系 |", "|---|---|---|---|---|---|"]
        for item in items:
            c = cited[item["id"]]
            level = "省级" if item["level"] == "province" else "市级"
            amounts = "、".join(item["amounts"]) or "—"
            gist = item["quote"][0] if item["quote"] else c.chunk.text
            gist = gist if len(gist) <= GIST_CHARS else gist[: GIST_CHARS - 1] + "…"
            lines.append(f"| [{c.n}] | {gist} | {c.chunk.place} | {level} | {amounts} | {item['contact']} |")
        lines.append("")
    if answer.match.get("not_covered"):
        lines += ["**未覆盖**", *(f"- {note}" for note in answer.match["not_covered"])]
    return "\n".join(lines)


def suggestions(answer: Answer | None) -> dict[str, Any]:
    """After a refusal, the closest measures as questions to ask with one click; else the example questions."""
    if answer is None or not answer.refused:
        return gr.update(samples=[[q] for q in EXAMPLES], label="示例问题（点击即问）")
    measures = dict.fromkeys(s.chunk.measure for s in answer.sources[:3] if s.chunk.measure)
    return gr.update(samples=[[f"{m}有哪些措施？"] for m in measures] or [[q] for q in EXAMPLES],
                     label="最接近的措施（点击即问）")


def _highlighted(citation: Citation, answer_text: str) -> str:
    """The item's full text, escaped, with the sentences the answer quotes marked."""
    parts = []
    for sentence in sentences(body(citation.chunk)):
        escaped = html.escape(sentence)
        parts.append(f"<mark>{escaped}</mark>" if sentence.rstrip("。；;") in answer_text else escaped)
    return "".join(parts)


def source_cards(answer: Answer | None) -> str:
    """One card per citation: place, departments, and the full item text with its supporting sentences marked."""
    if answer is None or not answer.citations:
        note = "（本次回答没有引用条目）" if answer is not None else "提问后，这里显示答案引用的政策条目原文。"
        return f"<div class='sources-empty'>{note}</div>"
    cards = []
    for c in answer.citations:
        departments = "、".join(c.chunk.departments) or "—"
        cards.append(
            f"<div class='source-card' id='src-{c.n}' data-id='{html.escape(c.chunk.id)}'>"
            f"<div class='path'>[{c.n}] {html.escape(c.chunk.place)}</div>"
            f"<div class='dept'>责任部门：{html.escape(departments)}</div>"
            f"<div class='text'>{_highlighted(c, answer.answer)}</div></div>"
        )
    return "".join(cards)
